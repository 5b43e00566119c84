// Whole numbers are range-checked before they are narrowed (issue 7, item 8).
//
// JSON integers are 64-bit; the targets' year, due_days and period_no are
// C ints.  (int)4294967297 is 1: such a period_no was stored as period 1 and
// superseded the real figure, year 4294969315 became 2019, due_days
// 4294967301 became 5.  Now each is refused with 422 naming the field, and
// a query parameter (?reported=) the same way.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { before, describe, test } from 'node:test';

import { BASE, assertProblem, demoDistrict, get, signIn, uniq } from './lib.mjs';

const T = { timeout: 60000 };
const year = 2030 + randomInt(0, 20);
const tag = uniq('INT').toUpperCase();
// 2^32 + n: what a 32-bit narrowing turns into n.
const WRAP = (n) => 4294967296 + n;

async function as(login) {
  const cookie = await signIn(BASE, login, `demo-2019-${login}`);
  const send = async (method, path, body) => {
    const r = await fetch(BASE + path, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual', signal: AbortSignal.timeout(15000),
    });
    const text = await r.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: r.status, headers: r.headers, text, json };
  };
  return {
    get: (p) => send('GET', p),
    post: (p, b) => send('POST', p, b),
    patch: (p, b) => send('PATCH', p, b),
  };
}

describe('out-of-range integers are refused, not narrowed', () => {
  let lanhdao;
  let q9;
  let target;
  before(async () => {
    lanhdao = await as('lanhdao');
    q9 = await demoDistrict();
    const r = await lanhdao.post('/api/v1/targets', {
      code: `${tag}.A`, year, name: `Chỉ tiêu số nguyên ${tag}`, period: 'month', due_days: 5,
      kind: 'amount', unit_of_measure: 'tỷ đồng', target_low: 100, owner_unit_id: q9.id,
    });
    assert.equal(r.status, 201, `creating the target: ${r.status} ${r.text.slice(0, 300)}`);
    target = r.json;
  });

  async function codesOfYear(y) {
    const r = await get(`/api/v1/targets?year=${y}&as_of=${y}-12-31`, { anonymous: true });
    assert.equal(r.status, 200);
    return r.json.items.map((t) => t.code);
  }

  test('POST a target with year 4294969315 (2019 after narrowing): 422 "year", nothing stored', T, async () => {
    const code = `${tag}.Y`;
    const r = await lanhdao.post('/api/v1/targets', {
      code, year: WRAP(2019), name: 'Năm tràn số', period: 'month', due_days: 5,
      kind: 'amount', target_low: 1, owner_unit_id: q9.id,
    });
    assertProblem(r, 422, 'year');
    assert.ok(!(await codesOfYear(2019)).includes(code), 'the target was stored in 2019 anyway');
  });

  test('POST a target with due_days 4294967301 (5 after narrowing): 422 "due_days"', T, async () => {
    const code = `${tag}.D`;
    const r = await lanhdao.post('/api/v1/targets', {
      code, year, name: 'Hạn tràn số', period: 'month', due_days: WRAP(5),
      kind: 'amount', target_low: 1, owner_unit_id: q9.id,
    });
    assertProblem(r, 422, 'due_days');
    assert.ok(!(await codesOfYear(year)).includes(code), 'the target was stored anyway');
  });

  test('PATCH year / due_days out of range: 422 naming the field, target unchanged', T, async () => {
    for (const [field, value] of [['year', WRAP(2019)], ['year', -WRAP(0) + 2019],
      ['due_days', WRAP(5)], ['due_days', -1], ['due_days', 61]]) {
      const r = await lanhdao.patch(`/api/v1/targets/${target.id}`, { [field]: value });
      assertProblem(r, 422, field);
    }
    const now = await get(`/api/v1/targets/${target.id}`, { anonymous: true });
    assert.equal(now.status, 200);
    assert.equal(now.json.year, year);
    assert.equal(now.json.due_days, 5);
  });

  test('period_no 4294967297 (1 after narrowing): 422 "period_no", the real figure stays current', T, async () => {
    const good = await lanhdao.post(`/api/v1/targets/${target.id}/measurements`,
      { unit_id: q9.id, period_no: 1, value: 7 });
    assert.equal(good.status, 201, `reporting period 1: ${good.status} ${good.text.slice(0, 300)}`);
    for (const p of [WRAP(1), -WRAP(0) + 1, 2 ** 53]) {
      const r = await lanhdao.post(`/api/v1/targets/${target.id}/measurements`,
        { unit_id: q9.id, period_no: p, value: 99 });
      assertProblem(r, 422, 'period_no');
    }
    const h = await lanhdao.get(`/api/v1/targets/${target.id}/measurements`);
    assert.equal(h.status, 200, h.text.slice(0, 300));
    assert.deepEqual(h.json.items.map((m) => [m.period_no, m.value]), [[1, 7]],
      `the history should hold only the real figure: ${JSON.stringify(h.json.items)}`);
  });

  test('query parameters: ?reported=4294967297 on a target page is no period 1', T, async () => {
    const one = await lanhdao.get(`/targets/${target.id}?reported=1`);
    assert.equal(one.status, 200);
    assert.match(one.text, /class="notice"/, 'reported=1 shows the notice');
    for (const q of [`reported=${WRAP(1)}`, 'reported=%201', 'reported=1x', 'reported=-4294967295']) {
      const r = await lanhdao.get(`/targets/${target.id}?${q}`);
      assert.equal(r.status, 200);
      assert.doesNotMatch(r.text, /class="notice"/, `?${q} was taken for a reported period`);
    }
  });

  test('query parameters: year and limit out of range or malformed are 400 naming them', T, async () => {
    for (const [path, field] of [
      [`/api/v1/targets?year=${WRAP(2019)}`, 'year'],
      ['/api/v1/targets?year=%2B2019', 'year'],
      ['/api/v1/targets?year=%202019', 'year'],
      [`/api/v1/units?limit=${WRAP(10)}`, 'limit'],
      ['/api/v1/units?limit=99999999999999999999', 'limit'],
      [`/api/v1/units?offset=${WRAP(0)}`, 'offset'],
    ]) {
      assertProblem(await get(path, { anonymous: true }), 400, field);
    }
    const page = await get(`/targets?year=${WRAP(2019)}`, { anonymous: true });
    assert.equal(page.status, 400, 'the board page refuses the year');
  });
});
