// The district-wide activity page (/history without a record; issue 10 §5):
// every kind of record a module answers for can be picked, the days are
// typed as officials type them (dd/mm/yyyy, inclusive, in Asia/Ho_Chi_Minh),
// a bad day comes back beside its field, and older entries are a link away.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { get, post, uniq } from './lib.mjs';

const T = { timeout: 60000 };

/** A civil day in Asia/Ho_Chi_Minh, DAYS from today, as dd/mm/yyyy. */
function vnDay(days = 0) {
  const iso = new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The record links of the table's rows: [[entity, id], ...]. */
function records(html) {
  const table = html.slice(html.indexOf('<table class="history"'));
  return [...table.matchAll(/href="\/history\?entity=([a-z_]+)&amp;id=(\d+)"/g)]
    .map((m) => [m[1], Number(m[2])]);
}

describe('recent activity', () => {
  test('the filter offers the kinds of every module, and one kind lists only its records', T, async () => {
    const r = await get('/history');
    assert.equal(r.status, 200);
    for (const kind of ['org_unit', 'target', 'measurement', 'task', 'dossier', 'feedback', 'article']) {
      assert.match(r.text, new RegExp(`<option value="${kind}"`), `no choice for ${kind}`);
    }
    const tasks = await get('/history?kind=task');
    assert.equal(tasks.status, 200);
    const rows = records(tasks.text);
    assert.ok(rows.length > 0, 'the demo has tasks, and their creation was recorded');
    assert.deepEqual([...new Set(rows.map(([e]) => e))], ['task']);
    // A task's own history is a page too, with the task named.
    const [, id] = rows[0];
    const one = await get(`/history?entity=task&id=${id}`);
    assert.equal(one.status, 200, one.text.slice(0, 300));
    assert.ok(records(one.text).length === 0, 'one record\'s history has no record column');
  });

  test('a day range keeps what was done within it, today included', T, async () => {
    const code = uniq('ACT-');
    const made = await post('/api/v1/units', { kind: 'department', code, name: `Phòng ${code}`,
      parent_id: (await get('/api/v1/units?kind=city')).json.items[0].id });
    assert.equal(made.status, 201, made.text.slice(0, 300));
    const today = await get(`/history?kind=org_unit&from=${vnDay()}&to=${vnDay()}`);
    assert.equal(today.status, 200);
    assert.ok(records(today.text).some(([e, i]) => e === 'org_unit' && i === made.json.id),
      'the unit made now is not in today\'s activity');
    const yesterday = await get(`/history?kind=org_unit&from=${vnDay(-1)}&to=${vnDay(-1)}`);
    assert.equal(yesterday.status, 200);
    assert.ok(!records(yesterday.text).some(([e, i]) => e === 'org_unit' && i === made.json.id),
      'the unit made now is in yesterday\'s activity');
    // The form keeps the days as typed.
    assert.ok(today.text.includes(`value="${vnDay()}"`));
  });

  test('a day that does not exist, or a range that ends before it starts, is refused beside the field', T, async () => {
    const bad = await get('/history?from=31/02/2019');
    assert.equal(bad.status, 422);
    assert.ok(bad.text.includes('value="31/02/2019"'), 'the typed day is not kept');
    assert.match(bad.text, /<title>[^<]*(Lỗi|Error)/, 'the title does not say there is an error');
    assert.ok(!bad.text.includes('<table class="history"'), 'entries listed under a refused filter');
    const backwards = await get('/history?from=10/02/2019&to=09/02/2019');
    assert.equal(backwards.status, 422);
    assert.match(backwards.text, /Ngày kết thúc sớm hơn ngày bắt đầu|The last day comes before the first/);
  });

  test('older entries are a link away, each page further back', T, async () => {
    const first = await get('/history');
    const link = /<a rel="next" href="\/history\?kind=&amp;before=(\d+)">/.exec(first.text);
    assert.ok(link, 'the demo holds thousands of entries, yet there is no link to older ones');
    const second = await get(`/history?kind=&before=${link[1]}`);
    assert.equal(second.status, 200);
    assert.ok(records(second.text).length > 0, 'the older page is empty');
    const next = /<a rel="next" href="\/history\?kind=&amp;before=(\d+)">/.exec(second.text);
    assert.ok(next && Number(next[1]) < Number(link[1]), 'the second page does not go further back');
  });
});
