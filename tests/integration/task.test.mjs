// Plans and tasks over the JSON API (issue 11): a task without its deadline,
// unit, assignee or responsible leader is refused naming each missing field;
// deadlines in working days; statuses computed from dates; the list's
// filters, paging, total and Vietnamese order; deadline changes judged
// against the original unless a leader approved them; progress reports and
// their history; plans linked to the targets they serve.
//
// Everything written lives in units this file makes (a ward-level group
// under Long Bình, with a sub-group), so other files cannot change what the
// lists return here.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { BASE, assertProblem, assertVietnameseOrder, client, demoDistrict, list, signIn, uniq } from './lib.mjs';

const clients = {};
function as(login) {
  clients[login] ??= signIn(BASE, login, `demo-2019-${login}`).then((cookie) => {
    assert.ok(cookie, `signing in as ${login} gave no cookie`);
    return client(cookie);
  });
  return clients[login];
}
const anon = client(null);

const ctx = {};
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

async function ok(res, status, what) {
  assert.equal(res.status, status, `${what}: ${res.status} ${res.text.slice(0, 400)}`);
  return res.json;
}

before(async () => {
  const admin = await as('quantri');
  const q9 = await demoDistrict();
  const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
  ctx.lb = wards.find((w) => w.code === 'Q9.LONGBINH');
  const tag = uniq('tk').toUpperCase();
  ctx.unit = await ok(await admin.post('/api/v1/units', {
    kind: 'neighbourhood_group', code: `TK-${tag}`, name: `Tổ nhiệm vụ ${tag}`, parent_id: ctx.lb.id,
  }), 201, 'unit');
  ctx.sub = await ok(await admin.post('/api/v1/units', {
    kind: 'neighbourhood_group', code: `TK-${tag}-SUB`, name: `Tổ con ${tag}`, parent_id: ctx.unit.id,
  }), 201, 'sub-unit');
  ctx.officer = await ok(await admin.post('/api/v1/people', {
    full_name: `Cán bộ ${tag}`, title: 'Chuyên viên', unit_id: ctx.unit.id,
  }), 201, 'person');
  ctx.leader = await ok(await admin.post('/api/v1/people', {
    full_name: `Lãnh đạo ${tag}`, title: 'Chủ tịch', unit_id: ctx.lb.id,
  }), 201, 'leader');
});

const body = (extra = {}) => ({
  title: `Việc ${uniq()}`, unit_id: ctx.unit.id, assignee_id: ctx.officer.id,
  leader_id: ctx.leader.id, due_date: '2099-06-30', ...extra,
});

describe('tasks: required fields', () => {
  test('a task without a leader is refused naming leader_id; each missing field is named', async () => {
    const admin = await as('quantri');
    const noLeader = body();
    delete noLeader.leader_id;
    let r = await admin.post('/api/v1/tasks', noLeader);
    let p = assertProblem(r, 422, 'leader_id');
    assert.deepEqual(p.fields, ['leader_id']);
    r = await admin.post('/api/v1/tasks', { title: 'Chỉ có tên', leader_id: null });
    p = assertProblem(r, 422, 'unit_id');
    assert.deepEqual(p.fields, ['unit_id', 'assignee_id', 'leader_id', 'due_date']);
    assert.deepEqual(p.errors.map((e) => e.field), p.fields);
    for (const f of p.fields) assert.match(p.detail, new RegExp(f));
    r = await admin.post('/api/v1/tasks', body({ leader_id: 'one' }));
    assertProblem(r, 422, 'leader_id');
    r = await admin.post('/api/v1/tasks', body({ leader_id: 999999999 }));
    assertProblem(r, 422, 'leader_id');
    r = await admin.post('/api/v1/tasks', body({ due_date: '2026-02-30' }));
    assertProblem(r, 422, 'due_date');
    r = await admin.post('/api/v1/tasks', body({ colour: 'red' }));
    assertProblem(r, 422, 'colour');
    // Nothing of the refused ones was written.
    const all = await ok(await admin.get(`/api/v1/tasks?unit_id=${ctx.unit.id}&title=x`), 200, 'list');
    assert.ok(!all.tasks.some((t) => t.title === 'Chỉ có tên'));
  });

  test('anonymous readers and writers get 401; an officer may not assign', async () => {
    assert.equal((await anon.get('/api/v1/tasks')).status, 401);
    assert.equal((await anon.post('/api/v1/tasks', body())).status, 401);
    const officer = await as('longbinh');
    assertProblem(await officer.post('/api/v1/tasks', body()), 403);
  });
});

describe('tasks: deadlines, statuses, lists', () => {
  test('a deadline in working days skips Tết: 2026-02-12 + 3 is 2026-02-24', async () => {
    const admin = await as('quantri');
    const t = await ok(await admin.post('/api/v1/tasks', body({
      start_date: '2026-02-12', working_days: 3, due_date: undefined,
    })), 201, 'create');
    assert.equal(t.due_date, '2026-02-24');
    assert.equal(t.status, 'overdue');
    // Due on a day off (Saturday 14/2/2026, Tết): judged on the next working day.
    const s = await ok(await admin.post('/api/v1/tasks', body({ due_date: '2026-02-14' })), 201, 'create');
    assert.equal(s.judged_due_date, '2026-02-23');
    assert.equal(s.original_due_date, '2026-02-14');
  });

  test("deadlines and lateness follow the administrator's calendar, not only the shipped one", async () => {
    const admin = await as('quantri');
    // Days nobody else's test edits: Monday 6/6/2033 and Tuesday 5/6/2001.
    const past = await ok(await admin.post('/api/v1/tasks', body({ due_date: '2001-06-01' })), 201, 'past task');
    const lateBefore = (await ok(await admin.get(`/api/v1/tasks/${past.id}`), 200, 'get')).working_days_late;
    try {
      for (const d of ['2033-06-06', '2001-06-05']) {
        await ok(await admin.put(`/api/v1/calendar/days/${d}`, { working: false, note: 'Bão số 9' }), 200, `day off ${d}`);
      }
      // Friday 3/6/2033 + 2 working days is Tuesday 7/6, but Monday is now off: Wednesday 8/6.
      const t = await ok(await admin.post('/api/v1/tasks', body({
        start_date: '2033-06-03', working_days: 2, due_date: undefined,
      })), 201, 'create');
      assert.equal(t.due_date, '2033-06-08');
      // Due on the new day off: judged on the next working day.
      const s = await ok(await admin.post('/api/v1/tasks', body({ due_date: '2033-06-06' })), 201, 'create');
      assert.equal(s.judged_due_date, '2033-06-07');
      // An overdue task is one working day less late, in its JSON and in the list.
      const got = await ok(await admin.get(`/api/v1/tasks/${past.id}`), 200, 'get');
      assert.equal(got.working_days_late, lateBefore - 1);
      const listed = await ok(await admin.get(`/api/v1/tasks?unit_id=${ctx.unit.id}&due_before=2001-06-02`), 200, 'list');
      assert.equal(listed.tasks.find((x) => x.id === past.id).working_days_late, lateBefore - 1);
    } finally {
      for (const d of ['2033-06-06', '2001-06-05']) await admin.del(`/api/v1/calendar/days/${d}`);
    }
    const reset = await ok(await admin.get(`/api/v1/tasks/${past.id}`), 200, 'get');
    assert.equal(reset.working_days_late, lateBefore);
  });

  test('lists filter by unit (and subtree), person, status and due dates, in Vietnamese order, with total and paging', async () => {
    const admin = await as('quantri');
    const lead = await as('lanhdao');
    const u = ctx.sub.id;
    const mk = async (title, due, extra = {}) => ok(await admin.post('/api/v1/tasks', body({
      title, due_date: due, unit_id: u, ...extra,
    })), 201, `create ${title}`);
    const early = await mk('Đường', '2020-03-02');
    await mk('Dân số', '2099-03-02');
    await mk('An ninh', '2099-03-02');
    await mk('Ăn uống', '2099-03-02');
    const done = await mk('Xong sớm', '2099-01-05');
    const late = await mk('Xong muộn', '2020-01-06', { start_date: '2020-01-02' });
    await ok(await lead.post(`/api/v1/tasks/${done.id}/updates`, { progress: 100 }), 201, 'complete');
    await ok(await lead.post(`/api/v1/tasks/${late.id}/updates`, { progress: 100, date: today }), 201, 'complete late');

    const get = async (q) => ok(await admin.get(`/api/v1/tasks?${q}`), 200, q);
    const all = await get(`unit_id=${u}`);
    assert.equal(all.total, 6);
    const titles = all.tasks.map((t) => t.title);
    assert.deepEqual(titles, ['Xong muộn', 'Đường', 'Xong sớm', 'An ninh', 'Ăn uống', 'Dân số']);
    assertVietnameseOrder(titles.slice(3), 'tasks due the same day');
    const statusOf = Object.fromEntries(all.tasks.map((t) => [t.title, t.status]));
    assert.equal(statusOf['Đường'], 'overdue');
    assert.equal(statusOf['Xong muộn'], 'late');
    assert.equal(statusOf['Xong sớm'], 'on_time');
    assert.equal(statusOf['An ninh'], 'in_progress');
    assert.ok(all.tasks.find((t) => t.title === 'Đường').working_days_late > 0);

    assert.equal((await get(`unit_id=${u}&status=open`)).total, 4);
    assert.equal((await get(`unit_id=${u}&status=done`)).total, 2);
    assert.deepEqual((await get(`unit_id=${u}&status=overdue`)).tasks.map((t) => t.id), [early.id]);
    assert.deepEqual((await get(`unit_id=${u}&status=late`)).tasks.map((t) => t.id), [late.id]);
    assert.equal((await get(`unit_id=${u}&status=on_time`)).total, 1);
    assert.equal((await get(`unit_id=${u}&status=in_progress`)).total, 3);
    assert.equal((await get(`unit_id=${u}&due_before=2099-01-05`)).total, 3);
    assert.equal((await get(`unit_id=${u}&due_after=2099-01-05&due_before=2099-03-01`)).total, 1);
    const page = await get(`unit_id=${u}&limit=2&offset=3`);
    assert.equal(page.total, 6);
    assert.deepEqual(page.tasks.map((t) => t.title), ['An ninh', 'Ăn uống']);
    // The parent unit alone has none of them; with subtree=1 it has them all.
    const parent = await get(`unit_id=${ctx.unit.id}&subtree=1`);
    assert.ok(parent.total >= 6);
    assert.ok(all.tasks.every((t) => parent.tasks.some((p) => p.id === t.id)));
    const mine = await get(`assignee_id=${ctx.officer.id}&unit_id=${u}&status=open&due_before=2099-12-31`);
    assert.equal(mine.total, 4);
    const led = await get(`leader_id=${ctx.leader.id}&unit_id=${u}`);
    assert.equal(led.total, 6);
    for (const q of ['status=pending', 'due_before=soon', 'unit_id=-1', 'subtree=2', 'limit=0']) {
      assertProblem(await admin.get(`/api/v1/tasks?${q}`), 400);
    }
  });
});

describe('tasks: deadline changes and progress', () => {
  test('a change keeps the old deadline and reason; lateness stays on the original unless a leader approved', async () => {
    const admin = await as('quantri');
    const lead = await as('lanhdao');
    const t = await ok(await admin.post('/api/v1/tasks', body({ due_date: '2020-03-02' })), 201, 'create');
    assertProblem(await admin.patch(`/api/v1/tasks/${t.id}`, { due_date: '2099-03-16' }), 422, 'due_change_reason');
    // An administrator is no approver: the deadline shown moves, the judged one does not.
    let c = await ok(await admin.patch(`/api/v1/tasks/${t.id}`, {
      due_date: '2099-03-16', due_change_reason: 'Chờ vốn',
    }), 200, 'change');
    assert.equal(c.due_date, '2099-03-16');
    assert.equal(c.judged_due_date, '2020-03-02');
    assert.equal(c.status, 'overdue');
    c = await ok(await lead.patch(`/api/v1/tasks/${t.id}`, {
      due_date: '2099-03-20', due_change_reason: 'Được Chủ tịch duyệt',
    }), 200, 'approved change');
    assert.equal(c.judged_due_date, '2099-03-20');
    assert.equal(c.status, 'in_progress');
    assert.equal(c.original_due_date, '2020-03-02');
    const full = await ok(await admin.get(`/api/v1/tasks/${t.id}`), 200, 'get');
    assert.deepEqual(full.deadline_changes.map((x) => [x.old_due_date, x.new_due_date, x.approved, x.reason]), [
      ['2020-03-02', '2099-03-16', false, 'Chờ vốn'],
      ['2099-03-16', '2099-03-20', true, 'Được Chủ tịch duyệt'],
    ]);
    assert.equal(full.deadline_changes[1].approved_by, 'lanhdao');
    assert.equal(full.deadline_changes[0].approved_by, null);
  });

  test('progress reports are dated, kept in order, and 100 % completes the task', async () => {
    const admin = await as('quantri');
    const t = await ok(await admin.post('/api/v1/tasks', body({ start_date: '2026-01-05' })), 201, 'create');
    await ok(await admin.post(`/api/v1/tasks/${t.id}/updates`, {
      progress: 30, date: '2026-02-02', note: 'Đã khảo sát', attachment: 'bien-ban-01.pdf',
    }), 201, 'report');
    assertProblem(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 101 }), 422, 'progress');
    assertProblem(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 50, date: '2025-12-01' }), 422, 'date');
    assertProblem(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 50, date: '2999-01-01' }), 422, 'date');
    assertProblem(await admin.post(`/api/v1/tasks/${t.id}/updates`, { note: 'no progress' }), 422, 'progress');
    const r = await ok(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 100 }), 201, 'complete');
    assert.equal(r.task.completed_on, today);
    assert.equal(r.task.status, 'on_time');
    assertProblem(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 90 }), 422, 'progress');
    const full = await ok(await admin.get(`/api/v1/tasks/${t.id}`), 200, 'get');
    assert.deepEqual(full.updates.map((u) => [u.date, u.progress]), [['2026-02-02', 30], [today, 100]]);
    assert.equal(full.updates[0].note, 'Đã khảo sát');
    assert.equal(full.updates[0].attachment, 'bien-ban-01.pdf');
    assert.equal(full.updates[0].reporter, 'quantri');
    assert.equal((await admin.get('/api/v1/tasks/999999999')).status, 404);
    assert.equal((await admin.post('/api/v1/tasks/999999999/updates', { progress: 5 })).status, 404);
  });

  test('every write is in the audit trail', async () => {
    const admin = await as('quantri');
    const t = await ok(await admin.post('/api/v1/tasks', body()), 201, 'create');
    await ok(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 20 }), 201, 'report');
    const a = await ok(await admin.get(`/api/v1/audit?entity=task&entity_id=${t.id}`), 200, 'audit');
    const actions = (a.items ?? a.entries ?? []).map((e) => e.action);
    assert.ok(actions.includes('create') && actions.includes('report_progress'), JSON.stringify(actions));
  });
});

describe('tasks: co-assigned units', () => {
  test('unit_ids adds co-assigned units beside the lead unit_id; a unit lists the tasks it shares', async () => {
    const admin = await as('quantri');
    const tag = uniq('co').toUpperCase();
    const partner = await ok(await admin.post('/api/v1/units', {
      kind: 'neighbourhood_group', code: `TK-${tag}`, name: `Tổ phối hợp ${tag}`, parent_id: ctx.lb.id,
    }), 201, 'partner unit');
    // The old contract: unit_id alone, unit_ids echoes it.
    const alone = await ok(await admin.post('/api/v1/tasks', body()), 201, 'lead only');
    assert.deepEqual(alone.unit_ids, [ctx.unit.id]);
    const shared = await ok(await admin.post('/api/v1/tasks', body({ unit_ids: [ctx.unit.id, partner.id, partner.id] })), 201, 'shared');
    assert.equal(shared.unit_id, ctx.unit.id);
    assert.deepEqual(shared.unit_ids, [ctx.unit.id, partner.id]);
    // Without unit_id, the first listed leads.
    const led = await ok(await admin.post('/api/v1/tasks', body({ unit_id: undefined, unit_ids: [partner.id, ctx.sub.id] })), 201, 'led by partner');
    assert.equal(led.unit_id, partner.id);
    assert.deepEqual(led.unit_ids, [partner.id, ctx.sub.id]);
    const ids = async (q) => (await ok(await admin.get(`/api/v1/tasks?${q}&limit=500`), 200, q)).tasks.map((t) => t.id);
    const mine = await ids(`unit_id=${partner.id}`);
    assert.ok(mine.includes(shared.id) && mine.includes(led.id) && !mine.includes(alone.id), 'the partner lists what it shares');
    const sub = await ids(`unit_id=${ctx.sub.id}`);
    assert.ok(sub.includes(led.id), 'a co-assigned unit lists the task');
    // A subtree holding both the lead and a co-assigned unit lists the task once.
    const lb = await ids(`unit_id=${ctx.lb.id}&subtree=1&due_after=2099-06-30&due_before=2099-06-30`);
    assert.equal(lb.filter((x) => x === shared.id).length, 1);
    // Refused: an empty list, an unknown unit; nothing written.
    assertProblem(await admin.post('/api/v1/tasks', body({ unit_ids: [] })), 422, 'unit_ids');
    assertProblem(await admin.post('/api/v1/tasks', body({ unit_ids: [ctx.unit.id, 999999999] })), 422, 'unit_ids');
    // A GET's body sent back changes nothing; unit_ids: [lead] clears the co-assigned ones.
    const got = await ok(await admin.get(`/api/v1/tasks/${shared.id}`), 200, 'get');
    const { updates, deadline_changes, ...same } = got;
    assert.deepEqual((await ok(await admin.patch(`/api/v1/tasks/${shared.id}`, same), 200, 'same')).unit_ids, [ctx.unit.id, partner.id]);
    const cleared = await ok(await admin.patch(`/api/v1/tasks/${shared.id}`, { unit_ids: [ctx.unit.id] }), 200, 'clear');
    assert.deepEqual(cleared.unit_ids, [ctx.unit.id]);
    assert.ok(!(await ids(`unit_id=${partner.id}`)).includes(shared.id));
    // Hiệp Phú's head assigns in Hiệp Phú, but may not co-assign a unit of Long Bình.
    const wards = await list(`/api/v1/units?kind=ward&parent=${ctx.lb.parent_id}`);
    const hp = wards.find((w) => w.code === 'Q9.HIEPPHU');
    const head = await as('hiepphu');
    await ok(await head.post('/api/v1/tasks', body({ unit_id: hp.id })), 201, 'head in own ward');
    assert.equal((await head.post('/api/v1/tasks', body({ unit_id: hp.id, unit_ids: [hp.id, partner.id] }))).status, 403);
  });
});

describe('tasks: a unit\'s list is cached, and shows every write at once', () => {
  // The lists of one unit are kept rendered at the unit's revision
  // (task migration 5): each read below comes right after the write it checks,
  // for the lead unit and for a co-assigned one, so a stale body fails it.
  test('edits, progress, co-assignment, a new lead and renames show in the lead\'s and co-assigned units\' lists', async () => {
    const admin = await as('quantri');
    const tag = uniq('cache').toUpperCase();
    const mk = async (what) => ok(await admin.post('/api/v1/units', {
      kind: 'neighbourhood_group', code: `TK-${tag}-${what}`, name: `Tổ ${what} ${tag}`, parent_id: ctx.lb.id,
    }), 201, `unit ${what}`);
    const [lead, co, next] = [await mk('A'), await mk('B'), await mk('C')];
    const who = await ok(await admin.post('/api/v1/people', {
      full_name: `Cán bộ ${tag}`, title: 'Chuyên viên', unit_id: lead.id,
    }), 201, 'person');
    const open = async (unit) => (await ok(await admin.get(`/api/v1/tasks?unit_id=${unit.id}&status=open&limit=25`), 200, 'list')).tasks;
    const row = async (unit, id) => (await open(unit)).find((t) => t.id === id);
    // A person's list is kept the same way, at the person's revision.
    const mine = async () => (await ok(await admin.get(`/api/v1/tasks?assignee_id=${who.id}&due_before=2099-12-31&limit=25`), 200, 'mine')).tasks;
    // Read (and so cached) before the task exists, then at once after.
    assert.equal((await open(lead)).length, 0);
    assert.equal((await open(co)).length, 0);
    assert.equal((await mine()).length, 0);
    const t = await ok(await admin.post('/api/v1/tasks', body({
      unit_id: lead.id, unit_ids: [lead.id, co.id], assignee_id: who.id, title: `Việc ${tag}`,
    })), 201, 'create');
    for (const u of [lead, co]) assert.deepEqual((await row(u, t.id))?.unit_ids, [lead.id, co.id], `listed by ${u.code}`);
    // An edit of the title, in both lists.
    await ok(await admin.patch(`/api/v1/tasks/${t.id}`, { title: `Việc đã sửa ${tag}` }), 200, 'edit');
    for (const u of [lead, co]) assert.equal((await row(u, t.id))?.title, `Việc đã sửa ${tag}`, `edited in ${u.code}`);
    assert.deepEqual((await mine()).map((x) => x.title), [`Việc đã sửa ${tag}`]);
    // The HTML list (a unit and its subtree, kept at every task's revision) too.
    const page = async (unit) => {
      const r = await admin.get(`/tasks?unit_id=${unit.id}&status=open`);
      assert.equal(r.status, 200);
      return r.text;
    };
    assert.ok((await page(co)).includes(`Việc đã sửa ${tag}`), 'the page shows the edit');
    // Progress.
    await ok(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 40 }), 201, 'progress');
    for (const u of [lead, co]) assert.equal((await row(u, t.id))?.progress, 40, `progress in ${u.code}`);
    // Renames: the person and the lead unit, names the rows show.
    await ok(await admin.patch(`/api/v1/people/${who.id}`, { full_name: `Cán bộ mới ${tag}` }), 200, 'rename person');
    for (const u of [lead, co]) assert.equal((await row(u, t.id))?.assignee_name, `Cán bộ mới ${tag}`, `renamed in ${u.code}`);
    assert.equal((await mine())[0].assignee_name, `Cán bộ mới ${tag}`);
    await ok(await admin.patch(`/api/v1/units/${lead.id}`, { name: `Tổ dẫn ${tag}` }), 200, 'rename unit');
    assert.equal((await row(co, t.id))?.unit_name, `Tổ dẫn ${tag}`);
    // Another unit leads now: the first no longer lists it; the co-assigned one sees the new lead.
    await ok(await admin.patch(`/api/v1/tasks/${t.id}`, { unit_ids: [next.id, co.id] }), 200, 'new lead');
    assert.equal(await row(lead, t.id), undefined);
    assert.equal((await row(next, t.id))?.unit_id, next.id);
    assert.deepEqual((await row(co, t.id))?.unit_ids, [next.id, co.id]);
    // Completed: out of both open lists at once, in both lists of done tasks.
    await ok(await admin.post(`/api/v1/tasks/${t.id}/updates`, { progress: 100 }), 201, 'complete');
    assert.equal(await row(next, t.id), undefined);
    assert.equal(await row(co, t.id), undefined);
    assert.ok(!(await page(co)).includes(`Việc đã sửa ${tag}`), 'the page drops it once done');
    assert.equal((await mine())[0].status, 'on_time');
    // Given to someone else: out of this person's list at once.
    await ok(await admin.patch(`/api/v1/tasks/${t.id}`, { assignee_id: ctx.officer.id }), 200, 'reassign');
    assert.equal((await mine()).length, 0);
    for (const u of [next, co]) {
      const done = (await ok(await admin.get(`/api/v1/tasks?unit_id=${u.id}&status=done`), 200, 'done')).tasks;
      assert.deepEqual(done.map((x) => x.id), [t.id]);
    }
  });
});

describe('plans', () => {
  test('a plan needs its unit, year, leader and completion date, serves targets and holds tasks', async () => {
    const admin = await as('quantri');
    let r = await admin.post('/api/v1/plans', { title: 'Kế hoạch không người phụ trách', unit_id: ctx.unit.id, year: 2019 });
    const p = assertProblem(r, 422, 'leader_id');
    assert.deepEqual(p.fields, ['leader_id', 'due_date']);
    const board = await ok(await anon.get('/api/v1/targets?year=2019&as_of=2019-12-31'), 200, 'board');
    const targetIds = board.items.slice(0, 2).map((t) => t.id);
    const plan = await ok(await admin.post('/api/v1/plans', {
      title: `Kế hoạch ${uniq()}`, unit_id: ctx.unit.id, year: 2019, leader_id: ctx.leader.id,
      due_date: '2019-12-31', target_ids: targetIds,
    }), 201, 'plan');
    assert.deepEqual(plan.target_ids, [...targetIds].sort((a, b) => a - b));
    assertProblem(await admin.post('/api/v1/plans', {
      title: 'x', unit_id: ctx.unit.id, year: 2019, leader_id: ctx.leader.id, due_date: '2019-12-31',
      target_ids: [999999999],
    }), 422, 'target_ids');
    const t = await ok(await admin.post('/api/v1/tasks', body({ plan_id: plan.id, due_date: '2019-06-28' })), 201, 'task');
    assert.equal(t.plan_id, plan.id);
    const got = await ok(await admin.get(`/api/v1/plans/${plan.id}`), 200, 'get plan');
    assert.deepEqual(got.tasks.map((x) => x.id), [t.id]);
    const listed = await ok(await admin.get(`/api/v1/plans?unit_id=${ctx.unit.id}&year=2019`), 200, 'plans');
    assert.ok(listed.plans.some((x) => x.id === plan.id));
    const patched = await ok(await admin.patch(`/api/v1/plans/${plan.id}`, { target_ids: [] }), 200, 'patch');
    assert.deepEqual(patched.target_ids, []);
    assertProblem(await admin.post('/api/v1/tasks', body({ plan_id: 999999999 })), 422, 'plan_id');
  });
});

describe('supervision, scorecards and the review', () => {
  test('a finding of the Standing Committee creates follow-up tasks, refused without a leader', async () => {
    const sup = await as('giamsat');
    const officer = await as('longbinh');
    assertProblem(await officer.post('/api/v1/supervisions', {
      title: 'x', unit_id: ctx.unit.id, from_date: '2026-03-01', to_date: '2026-03-31',
    }), 403);
    const prog = await ok(await sup.post('/api/v1/supervisions', {
      title: `Giám sát cải cách hành chính ${uniq()}`, unit_id: ctx.unit.id, from_date: '2026-03-01',
      to_date: '2026-03-31', members: 'Ban Thường vụ Quận ủy',
    }), 201, 'programme');
    const follow = { title: 'Khắc phục hồ sơ trễ hạn', unit_id: ctx.unit.id, assignee_id: ctx.officer.id, due_date: '2099-04-30' };
    const refused = assertProblem(await sup.post(`/api/v1/supervisions/${prog.id}/findings`, {
      text: 'Còn 12 hồ sơ trễ hạn', tasks: [follow],
    }), 422, 'tasks[0].leader_id');
    assert.deepEqual(refused.fields, ['tasks[0].leader_id']);
    let got = await ok(await sup.get(`/api/v1/supervisions/${prog.id}`), 200, 'get');
    assert.deepEqual(got.findings, [], 'a refused finding left something behind');
    const f = await ok(await sup.post(`/api/v1/supervisions/${prog.id}/findings`, {
      text: 'Còn 12 hồ sơ trễ hạn', tasks: [{ ...follow, leader_id: ctx.leader.id }],
    }), 201, 'finding');
    assert.equal(f.tasks.length, 1);
    assert.equal(f.tasks[0].source, 'supervision');
    assert.equal(f.tasks[0].finding_id, f.id);
    got = await ok(await sup.get(`/api/v1/supervisions/${prog.id}`), 200, 'get');
    assert.equal(got.findings.length, 1);
    assert.equal(got.findings[0].tasks[0].id, f.tasks[0].id);
    const t = await ok(await sup.get(`/api/v1/tasks/${f.tasks[0].id}`), 200, 'task');
    assert.equal(t.status, 'in_progress');
  });

  test('scorecards rank the units, name those not fulfilling their duties with the evidence; the review lists what is missing', async () => {
    const admin = await as('quantri');
    const lead = await as('lanhdao');
    const tag = uniq('sc').toUpperCase();
    const unitP = (code, name, parent) => admin.post('/api/v1/units', { kind: 'neighbourhood_group', code, name, parent_id: parent });
    const root = await ok(await unitP(`SC-${tag}`, `Khối ${tag}`, ctx.lb.id), 201, 'root');
    const a = await ok(await unitP(`SC-${tag}-A`, `Tổ A ${tag}`, root.id), 201, 'A');
    const b = await ok(await unitP(`SC-${tag}-B`, `Tổ B ${tag}`, root.id), 201, 'B');
    const person = async (name, unit) => ok(await admin.post('/api/v1/people', { full_name: name, title: 'Tổ trưởng', unit_id: unit }), 201, name);
    const la = await person(`Lãnh đạo A ${tag}`, root.id);
    const lb = await person(`Lãnh đạo B ${tag}`, root.id);
    const mk = async (unit, leader) => ok(await admin.post('/api/v1/tasks', body({
      unit_id: unit.id, leader_id: leader.id, due_date: '2020-03-02', start_date: '2020-01-02',
    })), 201, 'task');
    const aTasks = [];
    for (let i = 0; i < 5; i++) aTasks.push(await mk(a, la));
    // The page's tables are kept rendered (at every task's revision): read now, then after each write.
    const page = async () => {
      const r = await admin.get(`/scorecards?unit_id=${root.id}&year=2020`);
      assert.equal(r.status, 200);
      return r.text;
    };
    const onTime = (html, unit) => Number(html.match(new RegExp(`<a href="/reviews/${unit.id}">[^<]*</a></th><td class="num">(\\d+)</td>`))?.[1]);
    assert.equal(onTime(await page(), b), 0);
    for (let i = 0; i < 5; i++) {
      const t = await mk(b, lb);
      await ok(await lead.post(`/api/v1/tasks/${t.id}/updates`, { progress: 100, date: '2020-02-28' }), 201, 'done');
    }
    const sc = await ok(await admin.get(`/api/v1/scorecards?unit_id=${root.id}&year=2020`), 200, 'scorecard');
    assert.deepEqual(sc.units.map((u) => [u.name, u.rank, u.on_time, u.overdue, u.on_time_pct]), [
      [b.name, 1, 5, 0, 100], [a.name, 2, 0, 5, 0]]);
    assert.deepEqual(sc.leaders.map((l) => l.leader_id), [lb.id, la.id]);
    const failing = sc.not_fulfilling.map((x) => [x.kind, x.name]);
    assert.deepEqual(failing, [['unit', a.name], ['leader', `${la.full_name}, Tổ trưởng`]]);
    const fa = sc.not_fulfilling[0];
    assert.deepEqual(fa.reasons, ['on_time_rate_below_70', 'overdue_over_20_working_days']);
    assert.equal(fa.evidence.length, 5);
    assert.ok(fa.evidence.every((t) => t.status === 'overdue' && t.unit_id === a.id));
    assert.ok(fa.max_working_days_late > 20);

    // The review of A: the target no plan serves, the plan with no task, the overdue and silent tasks.
    const target = await ok(await admin.post('/api/v1/targets', {
      code: `SC-${tag}`, year: 2020, name: `Chỉ tiêu ${tag}`, kind: 'count', target_low: 10, period: 'year', owner_unit_id: a.id,
    }), 201, 'target');
    const plan = await ok(await admin.post('/api/v1/plans', {
      title: `Kế hoạch rỗng ${tag}`, unit_id: a.id, year: 2020, leader_id: la.id, due_date: '2020-12-31',
    }), 201, 'plan');
    const rv = await ok(await admin.get(`/api/v1/reviews/${a.id}?year=2020`), 200, 'review');
    assert.deepEqual(rv.targets_without_plan.map((t) => t.id), [target.id]);
    assert.deepEqual(rv.plans_without_tasks.map((p) => p.id), [plan.id]);
    assert.equal(rv.overdue.length, 5);
    assert.equal(rv.tasks_without_progress_30_days.length, 5);
    assert.equal(rv.due_within_5_working_days.length, 0);
    // The page shows each write at once: B's five on time, then one of A's done, a leader's new title, a unit's new name.
    assert.equal(onTime(await page(), b), 5);
    await ok(await lead.post(`/api/v1/tasks/${aTasks[0].id}/updates`, { progress: 100, date: '2020-02-28' }), 201, 'one of A done');
    assert.equal(onTime(await page(), a), 1);
    assert.ok((await page()).includes(`${la.full_name}, Tổ trưởng`));
    await ok(await admin.patch(`/api/v1/people/${la.id}`, { title: 'Tổ phó' }), 200, 'new title');
    assert.ok((await page()).includes(`${la.full_name}, Tổ phó`), 'the leader\'s new title');
    await ok(await admin.patch(`/api/v1/units/${a.id}`, { name: `Tổ A mới ${tag}` }), 200, 'new name');
    assert.ok((await page()).includes(`Tổ A mới ${tag}`), 'the unit\'s new name');

    const x = await fetch(`${BASE}/api/v1/scorecards/export.xlsx?unit_id=${root.id}&year=2020`, {
      headers: { cookie: await signIn(BASE, 'quantri', 'demo-2019-quantri') },
    });
    assert.equal(x.status, 200);
    assert.match(x.headers.get('content-type'), /spreadsheetml/);
    assert.equal(Buffer.from(await x.arrayBuffer()).subarray(0, 2).toString(), 'PK');
    assertProblem(await admin.get('/api/v1/scorecards?year=2020'), 400, 'unit_id');
  });
});
