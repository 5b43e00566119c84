// The one-stop shop over the JSON API: the procedure catalogue (versions,
// who may publish), intake at the desk (receipt with its appointment date,
// a supplement request listing everything missing, refusal), the deadline
// rules on the 2019 calendar, codes without gaps or duplicates under
// concurrent intake, the state machine (409 naming the state), a dossier's
// whole life with its events, personal data kept from those who do not
// handle it (other wards, the audit trail, the citizen's lookup), the
// satisfaction rating, and the on-time report.
//
// Everything written goes to a procedure of this file's own (a unique
// code); dossiers are received in 2019 at Long Bình's desk, on days picked
// at random, so reruns and other files do not share a code sequence.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { before, describe, test } from 'node:test';

import { BASE, assertProblem, client, demoDistrict, list, signIn, uniq } from './lib.mjs';

const T = { timeout: 120000 };

const clients = {};
function as(login) {
  clients[login] ??= signIn(BASE, login, `demo-2019-${login}`).then((cookie) => {
    assert.ok(cookie, `signing in as ${login} gave no cookie`);
    return client(cookie);
  });
  return clients[login];
}
const anon = client(null);

const PROC = `T${uniq('').replace(/[^A-Za-z0-9]/g, '').slice(-10)}`;
const DOCS = ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', 'Giấy tờ tùy thân'];
const APPLICANT = { full_name: 'Trần Thị Bích Ngọc', id_number: '079190004321',
  phone: '0909123456', address: '45 Lã Xuân Oai, phường Long Bình' };

/** A random working Monday of 2019 between March and November (no holiday that week). */
function mondayOf2019() {
  const mondays = ['2019-03-04', '2019-03-11', '2019-03-18', '2019-03-25', '2019-05-13',
    '2019-05-20', '2019-06-03', '2019-06-10', '2019-07-08', '2019-07-15', '2019-08-05',
    '2019-10-07', '2019-10-14', '2019-11-04', '2019-11-11'];
  return mondays[randomInt(mondays.length)];
}

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

let q9;
before(async () => {
  q9 = await demoDistrict();
  const leader = await as('lanhdao');
  const r = await leader.post('/api/v1/procedures', {
    code: PROC, name: 'Đăng ký khai sinh (thử)', field: 'Hộ tịch', level: 'ward',
    owner_unit_id: q9.id, legal_basis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP',
    working_days: 5, fee: 'Miễn phí', version_date: '2019-01-02', reviewed_on: '2019-01-02',
    documents: [{ name: DOCS[0], required: true }, { name: DOCS[1], required: true },
      { name: DOCS[2], required: false }],
    steps: [{ name: 'Tiếp nhận, chuyển hồ sơ', responsible: 'Bộ phận một cửa', days: 1,
      records: 'Sổ theo dõi' },
    { name: 'Thẩm định, trình ký', responsible: 'Công chức tư pháp - hộ tịch', days: 3,
      records: 'Phiếu kiểm soát' },
    { name: 'Ký duyệt', responsible: 'Chủ tịch UBND phường', days: 1, records: 'Sổ hộ tịch' }],
  });
  assert.equal(r.status, 201, r.text);
});

async function receive(fields = {}, who = 'longbinh') {
  const c = await as(who);
  return c.post('/api/v1/dossiers', { procedure_code: PROC, applicant: APPLICANT,
    documents: [DOCS[0], DOCS[1]], ...fields });
}

async function act(code, action, fields = {}, who = 'longbinh') {
  const c = await as(who);
  return c.post(`/api/v1/dossiers/${code}/events`, { action, ...fields });
}

describe('the procedure catalogue', () => {
  test('is public, with the statutory time, documents and steps', T, async () => {
    const r = await anon.get('/api/v1/procedures');
    assert.equal(r.status, 200);
    const p = r.json.items.find((x) => x.code === PROC);
    assert.ok(p, 'our procedure is listed');
    assert.equal(p.working_days, 5);
    assert.equal(p.name, 'Đăng ký khai sinh (thử)');
    assert.equal(p.documents.length, 3);
    assert.equal(p.steps[1].days, 3);
    assert.equal(p.version, 1);
  });

  test('an officer may not publish; a code is published once, then versioned', T, async () => {
    const officer = await as('longbinh');
    const r = await officer.post('/api/v1/procedures', { code: `${PROC}X`, name: 'x', level: 'ward',
      owner_unit_id: q9.id, working_days: 1 });
    assert.equal(r.status, 403, r.text);
    const leader = await as('lanhdao');
    assertProblem(await leader.post('/api/v1/procedures', { code: PROC, name: 'again', level: 'ward',
      owner_unit_id: q9.id, working_days: 5 }), 409, 'code');
    assertProblem(await leader.post('/api/v1/procedures', { code: `${PROC}Y`, name: 'x',
      level: 'province', owner_unit_id: q9.id, working_days: 1 }), 422, 'level');
    assertProblem(await leader.post('/api/v1/procedures', { code: `${PROC}Z`, name: 'x',
      level: 'ward', owner_unit_id: q9.id, working_days: 1,
      steps: [{ name: 'a', days: 2 }] }), 422, 'steps');
  });

  test('the review flags: a year without review, a legal change not folded in', T, async () => {
    const leader = await as('lanhdao');
    const code = `${PROC}R`;
    const r = await leader.post('/api/v1/procedures', { code, name: 'Cấp bản sao', level: 'ward',
      owner_unit_id: q9.id, working_days: 1, version_date: '2019-01-02', reviewed_on: '2019-01-02' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.flags.review_overdue, true, 'reviewed in 2019: overdue today');
    const m = await leader.post(`/api/v1/procedures/${code}/review`,
      { reviewed_on: new Date().toISOString().slice(0, 10), legal_changed: '2020-01-01' });
    assert.equal(m.status, 200, m.text);
    assert.equal(m.json.flags.review_overdue, false);
    assert.equal(m.json.flags.legal_change_pending, true);
    const v = await leader.post(`/api/v1/procedures/${code}/versions`, { name: 'Cấp bản sao từ sổ gốc',
      level: 'ward', owner_unit_id: q9.id, working_days: 2 });
    assert.equal(v.status, 201, v.text);
    assert.equal(v.json.version, 2);
    assert.equal(v.json.flags.legal_change_pending, false, 'a new version folds the change in');
    const g = await anon.get(`/api/v1/procedures/${code}`);
    assert.equal(g.status, 200);
    assert.equal(g.json.working_days, 2);
    assert.deepEqual(g.json.versions.map((x) => [x.version, x.current]), [[2, true], [1, false]]);
  });
});

describe('intake at the desk', () => {
  test('a receipt: the code, the appointment date by the calendar, portal status 2', T, async () => {
    const day = mondayOf2019();
    const r = await receive({ received_at: `${day}T09:30:00+07:00`, documents: DOCS });
    assert.equal(r.status, 201, r.text);
    assert.match(r.json.code, new RegExp(`^Q9\\.LONGBINH\\.MOTCUA-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-\\d{4}$`));
    // Receipt day not counted: five working days from a Monday end the next Monday.
    assert.equal(r.json.due_date, addDays(day, 7));
    assert.equal(r.json.portal_status, 2);
    assert.equal(r.json.state, 'received');
    assert.equal(r.json.applicant.full_name, APPLICANT.full_name);
    // After 15:00 it is forwarded the next working day: one day later.
    const late = await receive({ received_at: `${day}T15:20:00+07:00` });
    assert.equal(late.status, 201, late.text);
    assert.equal(late.json.due_date, addDays(day, 8));
  });

  test('the deadline skips the 2019 holidays (27/4–1/5 off, Saturday 4/5 worked)', T, async () => {
    const r = await receive({ received_at: '2019-04-26T10:00:00+07:00' });
    assert.equal(r.status, 201, r.text);
    // 5 working days after Friday 26/4: 2/5, 3/5, 4/5 (Saturday worked), 6/5, 7/5.
    assert.equal(r.json.due_date, '2019-05-07');
  });

  test('incomplete: a supplement request listing everything missing, no date yet', T, async () => {
    const r = await receive({ received_at: '2019-06-03T08:00:00+07:00', documents: [DOCS[2]] });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.state, 'supplement');
    assert.equal(r.json.portal_status, 5);
    assert.deepEqual(r.json.missing, [DOCS[0], DOCS[1]]);
    assert.equal(r.json.due_date, null);
    // Completed on Wednesday: received then, five working days from Wednesday.
    const s = await act(r.json.code, 'supplement', { at: '2019-06-05T09:00:00+07:00' });
    assert.equal(s.status, 200, s.text);
    assert.equal(s.json.state, 'received');
    assert.equal(s.json.due_date, '2019-06-12');
  });

  test('a refusal states its reason; a receipt with missing documents is refused', T, async () => {
    assertProblem(await receive({ outcome: 'refuse' }), 422, 'note');
    const r = await receive({ outcome: 'refuse', note: 'Không thuộc thẩm quyền của phường' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.portal_status, 3);
    assertProblem(await receive({ outcome: 'receipt', documents: [DOCS[0]] }), 422, 'documents');
  });

  test('bad input is a problem naming the field, and writes nothing', T, async () => {
    assertProblem(await receive({ procedure_code: 'NO-SUCH' }), 422, 'procedure_code');
    assertProblem(await receive({ applicant: { ...APPLICANT, full_name: '' } }), 422, 'applicant.full_name');
    assertProblem(await receive({ applicant: { ...APPLICANT, passport: 'x' } }), 422, 'applicant.passport');
    assertProblem(await receive({ received_at: '2019-03-04 09:00' }), 422, 'received_at');
    assertProblem(await receive({ received_at: '2999-03-04T09:00:00+07:00' }), 422, 'received_at');
    assertProblem(await receive({ documents: 'all' }), 422, 'documents');
    assertProblem(await receive({ outcome: 'maybe' }), 422, 'outcome');
    const a = await anon.post('/api/v1/dossiers', { procedure_code: PROC, applicant: APPLICANT });
    assert.equal(a.status, 401);
    // The supervisor handles no dossiers; Hiệp Phú's head may not receive at Long Bình's desk.
    assert.equal((await receive({}, 'giamsat')).status, 403);
    const desk = (await list(`/api/v1/units?q=${encodeURIComponent('một cửa phường Long Bình')}`))[0];
    assert.ok(desk, 'Long Bình has a desk');
    assert.equal((await receive({ unit_id: desk.id }, 'hiepphu')).status, 403);
  });

  test('codes have no gaps and no duplicates under concurrent intake', T, async () => {
    const day = `2019-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 28)).padStart(2, '0')}`;
    const N = 40;
    const results = await Promise.all(Array.from({ length: N },
      () => receive({ received_at: `${day}T10:00:00+07:00` })));
    for (const r of results) assert.equal(r.status, 201, r.text);
    const seqs = results.map((r) => Number(r.json.code.slice(-4))).sort((a, b) => a - b);
    assert.equal(new Set(seqs).size, N, 'no duplicates');
    assert.equal(seqs[N - 1] - seqs[0], N - 1, `no gaps: ${seqs.join(',')}`);
  });
});

describe('a dossier moves on', () => {
  test('a transition not allowed is a 409 naming the state', T, async () => {
    const r = await receive({ received_at: '2019-07-08T09:00:00+07:00' });
    const p = assertProblem(await act(r.json.code, 'return'), 409, 'state');
    assert.match(p.detail, /received/);
    assertProblem(await act(r.json.code, 'finish'), 409, 'state');
    assertProblem(await act(r.json.code, 'dance'), 422, 'action');
    assert.equal((await act('Q9.LONGBINH.MOTCUA-000000-0000', 'forward')).status, 404);
    assert.equal((await act(r.json.code, 'forward', {}, 'hiepphu')).status, 403);
    assert.equal((await act(r.json.code, 'forward', {}, 'giamsat')).status, 403);
  });

  test('receipt to return: steps, a supplement, an apology, events, judgement', T, async () => {
    const r = await receive({ received_at: '2019-03-11T09:00:00+07:00' });
    const code = r.json.code;
    assert.equal(r.json.due_date, '2019-03-18');
    let s = await act(code, 'forward', { at: '2019-03-11T10:00:00+07:00' });
    assert.equal(s.status, 200, s.text);
    assert.equal(s.json.portal_status, 4);
    s = await act(code, 'step', { at: '2019-03-11T11:00:00+07:00', note: 'Đã chuyển tư pháp' });
    assert.equal(s.json.step_no, 1);
    assertProblem(await act(code, 'request_supplement', { at: '2019-03-12T09:00:00+07:00' }), 422, 'missing');
    s = await act(code, 'request_supplement', { at: '2019-03-12T09:00:00+07:00',
      missing: ['Bản sao giấy chứng nhận kết hôn'] });
    assert.equal(s.status, 200, s.text);
    assert.equal(s.json.portal_status, 5);
    // Back on Thursday: two working days (Wed, Thu) not counted.
    s = await act(code, 'supplement', { at: '2019-03-14T08:00:00+07:00' });
    assert.equal(s.json.state, 'processing');
    assert.equal(s.json.due_date, '2019-03-20');
    assert.equal(s.json.paused_days, 2);
    // An apology on the deadline's eve is allowed once, to a later date.
    assertProblem(await act(code, 'apologize', { at: '2019-03-19T08:00:00+07:00', new_due: '2019-03-18' }), 422, 'new_due');
    s = await act(code, 'apologize', { at: '2019-03-19T08:00:00+07:00', new_due: '2019-03-22',
      note: 'Chờ xác minh' });
    assert.equal(s.status, 200, s.text);
    assert.equal(s.json.due_date, '2019-03-22');
    assert.equal(s.json.first_due_date, '2019-03-20');
    assertProblem(await act(code, 'apologize', { at: '2019-03-19T09:00:00+07:00', new_due: '2019-03-25' }), 422, 'action');
    assertProblem(await act(code, 'step', { at: '2019-03-18T09:00:00+07:00' }), 422, 'at');
    await act(code, 'step', { at: '2019-03-20T09:00:00+07:00' });
    s = await act(code, 'finish', { at: '2019-03-21T16:00:00+07:00' });
    assert.equal(s.json.state, 'done');
    assert.equal(s.json.portal_status, 9);
    assert.equal(s.json.result, 'late', 'past the date first promised');
    s = await act(code, 'return', { at: '2019-03-22T09:00:00+07:00' });
    assert.equal(s.json.portal_status, 10);
    const g = await (await as('longbinh')).get(`/api/v1/dossiers/${code}`);
    assert.deepEqual(g.json.events.map((e) => e.action), ['receive', 'forward', 'step',
      'request_supplement', 'supplement', 'apologize', 'step', 'finish', 'return']);
    assert.equal(g.json.events[0].actor, 'longbinh');
    assert.equal(g.json.events[5].note, 'Chờ xác minh');
  });

  test('early and on time, and more than one supplement request is late', T, async () => {
    const run = async (finishAt, supplements) => {
      const r = await receive({ received_at: '2019-10-07T09:00:00+07:00' });
      await act(r.json.code, 'forward', { at: '2019-10-07T09:30:00+07:00' });
      for (let i = 0; i < supplements; i++) {
        const q = await act(r.json.code, 'request_supplement', { at: `2019-10-07T1${i}:00:00+07:00`, missing: ['Bản sao'] });
        assert.equal(q.status, 200, q.text);
        await act(r.json.code, 'supplement', { at: `2019-10-07T1${i}:30:00+07:00` });
      }
      return (await act(r.json.code, 'finish', { at: finishAt })).json.result;
    };
    assert.equal(await run('2019-10-10T10:00:00+07:00', 0), 'early');
    assert.equal(await run('2019-10-14T23:00:00+07:00', 0), 'on_time');
    assert.equal(await run('2019-10-08T10:00:00+07:00', 2), 'late');
  });
});

describe('forwarding to the competent unit', () => {
  test("the department's staff process a district dossier once it is forwarded to them", T, async () => {
    const admin = await as('quantri');
    const deps = await list(`/api/v1/units?kind=department&parent=${q9.id}`);
    const tp = deps.find((u) => u.code === 'Q9.TP');
    assert.ok(tp, 'Phòng Tư pháp');
    const login = `tp-${uniq('').replace(/[^a-z0-9]/gi, '').toLowerCase().slice(-8)}`;
    const made = await admin.post('/api/v1/users', { login, display_name: 'Chuyên viên Phòng Tư pháp',
      password: 'mat-khau-thu-2019', role: 'officer', unit_id: tp.id });
    assert.equal(made.status, 201, made.text);
    const officer = client(await signIn(BASE, login, 'mat-khau-thu-2019'));
    const desk = (await list(`/api/v1/units?kind=one_stop_desk&parent=${q9.id}`))[0];
    const leader = await as('lanhdao');
    const r = await leader.post('/api/v1/dossiers', { procedure_code: PROC, unit_id: desk.id,
      applicant: APPLICANT, documents: [DOCS[0], DOCS[1]], received_at: '2019-08-05T09:00:00+07:00' });
    assert.equal(r.status, 201, r.text);
    const code = r.json.code;
    assert.match(code, /^Q9\.MOTCUA-190805-\d{4}$/);
    // Not theirs yet: the department sees no applicant and may not act.
    assert.equal((await officer.get(`/api/v1/dossiers/${code}`)).json.applicant, undefined);
    assert.equal((await officer.post(`/api/v1/dossiers/${code}/events`, { action: 'step' })).status, 403);
    assertProblem(await leader.post(`/api/v1/dossiers/${code}/events`, { action: 'forward', unit_id: 999999999,
      at: '2019-08-05T10:00:00+07:00' }), 422, 'unit_id');
    const f = await leader.post(`/api/v1/dossiers/${code}/events`, { action: 'forward', unit_id: tp.id,
      at: '2019-08-05T10:00:00+07:00' });
    assert.equal(f.status, 200, f.text);
    assert.equal(f.json.processing_unit_id, tp.id);
    const seen = await officer.get(`/api/v1/dossiers/${code}`);
    assert.equal(seen.json.applicant.id_number, APPLICANT.id_number);
    assert.ok((await officer.get('/api/v1/dossiers')).json.items.some((x) => x.code === code), 'in their queue');
    const s = await officer.post(`/api/v1/dossiers/${code}/events`, { action: 'step', at: '2019-08-06T09:00:00+07:00' });
    assert.equal(s.status, 200, s.text);
    assert.equal(s.json.handler, login);
    // Another ward's head still may not.
    assert.equal((await act(code, 'finish', {}, 'hiepphu')).status, 403);
  });
});

describe('nonconformities (ISO 9001 clause 10.2)', () => {
  test('a late dossier opens one; its cause and correction close it', T, async () => {
    const r = await receive({ received_at: '2019-05-13T09:00:00+07:00' });
    await act(r.json.code, 'forward', { at: '2019-05-13T10:00:00+07:00' });
    const on = await act(r.json.code, 'finish', { at: '2019-05-24T10:00:00+07:00' });
    assert.equal(on.json.result, 'late');
    const mine = await as('longbinh');
    const open = await mine.get('/api/v1/nonconformities?open=1');
    assert.equal(open.status, 200, open.text);
    const nc = open.json.items.find((x) => x.dossier_code === r.json.code);
    assert.ok(nc, 'the late dossier opened a nonconformity');
    assert.equal(nc.opened_on, '2019-05-24');
    assert.equal(nc.closed_on, null);
    const other = await as('hiepphu');
    assert.ok(!(await other.get('/api/v1/nonconformities')).json.items.some((x) => x.id === nc.id),
      "another ward's head does not see it");
    assert.equal((await other.post(`/api/v1/nonconformities/${nc.id}`, { cause: 'x' })).status, 403);
    assertProblem(await mine.post(`/api/v1/nonconformities/${nc.id}`, { close: true }), 422, 'cause');
    const done = await mine.post(`/api/v1/nonconformities/${nc.id}`, {
      cause: 'Chờ xác minh của công an phường', corrective_action: 'Gửi phiếu xác minh ngay ngày tiếp nhận',
      close: true });
    assert.equal(done.status, 200, done.text);
    assert.match(done.json.closed_on, /^\d{4}-\d\d-\d\d$/);
    assertProblem(await mine.post(`/api/v1/nonconformities/${nc.id}`, { cause: 'again' }), 409, 'state');
    // An early one opens none.
    const e = await receive({ received_at: '2019-05-13T09:00:00+07:00' });
    await act(e.json.code, 'forward', { at: '2019-05-13T10:00:00+07:00' });
    await act(e.json.code, 'finish', { at: '2019-05-14T10:00:00+07:00' });
    const all = await mine.get('/api/v1/nonconformities');
    assert.ok(!all.json.items.some((x) => x.dossier_code === e.json.code));
  });

  test('a corrective action followed as a task: a leader, a deadline, closed once it is done', T, async () => {
    const r = await receive({ received_at: '2019-05-20T09:00:00+07:00' });
    await act(r.json.code, 'forward', { at: '2019-05-20T10:00:00+07:00' });
    assert.equal((await act(r.json.code, 'finish', { at: '2019-06-04T10:00:00+07:00' })).json.result, 'late');
    const leader = await as('lanhdao');
    const nc = (await leader.get('/api/v1/nonconformities?open=1')).json.items
      .find((x) => x.dossier_code === r.json.code);
    assert.ok(nc, 'the late dossier opened a nonconformity');
    assert.equal(nc.task_id, null);
    const people = await list(`/api/v1/people?unit=${nc.unit_id}`);
    const ward = (await leader.get(`/api/v1/units/${nc.unit_id}`)).json;
    const wardPeople = people.length ? people : await list(`/api/v1/people?unit=${ward.parent_id}`);
    assert.ok(wardPeople.length >= 1, 'someone to assign');
    const task = { leader_id: wardPeople[0].id, assignee_id: wardPeople.at(-1).id, due_date: '2019-07-15' };
    const url = `/api/v1/nonconformities/${nc.id}`;
    assertProblem(await leader.post(url, { task }), 422, 'corrective_action');
    assertProblem(await leader.post(url, { task: { ...task, due_date: '15/07/2019' } }), 422, 'task.due_date');
    const action = `Gửi phiếu xác minh ngay ngày tiếp nhận ${r.json.code}`;
    // The desk's clerk handles dossiers but assigns no tasks.
    assert.equal((await (await as('longbinh')).post(url, { corrective_action: action, task })).status, 403);
    const made = await leader.post(url, { cause: 'Chờ xác minh', corrective_action: action, task });
    assert.equal(made.status, 200, made.text);
    assert.ok(made.json.task_id > 0);
    const t = (await leader.get(`/api/v1/tasks/${made.json.task_id}`)).json;
    assert.equal(t.title, action);
    assert.equal(t.unit_id, nc.unit_id);
    assert.equal(t.leader_id, task.leader_id);
    assert.equal(t.due_date, '2019-07-15');
    assertProblem(await leader.post(url, { task }), 409, 'task');
    // Not closed before its task is done; then it is.
    assertProblem(await leader.post(url, { close: true }), 409, 'task');
    const done = await leader.post(`/api/v1/tasks/${t.id}/updates`, { progress: 100, date: '2019-07-10' });
    assert.equal(done.status, 201, done.text);
    const closed = await leader.post(url, { close: true });
    assert.equal(closed.status, 200, closed.text);
    assert.match(closed.json.closed_on, /^\d{4}-\d\d-\d\d$/);
  });
});

describe('personal data and the citizen', () => {
  let code;
  before(async () => {
    const r = await receive({ received_at: '2019-11-04T09:00:00+07:00' });
    code = r.json.code;
    await act(code, 'forward', { at: '2019-11-04T10:00:00+07:00' });
    await act(code, 'finish', { at: '2019-11-06T10:00:00+07:00' });
  });

  test('staff of another ward and the supervisor see no applicant', T, async () => {
    for (const who of ['hiepphu', 'giamsat']) {
      const r = await (await as(who)).get(`/api/v1/dossiers/${code}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.applicant, undefined, who);
      assert.ok(!r.text.includes(APPLICANT.id_number), who);
      assert.equal(r.json.events[0].actor, undefined);
    }
    assert.equal((await anon.get(`/api/v1/dossiers/${code}`)).status, 401);
    const mine = await (await as('longbinh')).get(`/api/v1/dossiers/${code}`);
    assert.equal(mine.json.applicant.id_number, APPLICANT.id_number);
  });

  test('the audit trail holds the transitions but not the applicant', T, async () => {
    const mine = await (await as('longbinh')).get(`/api/v1/dossiers/${code}`);
    const r = await (await as('quantri')).get(`/api/v1/audit?entity=dossier&entity_id=${mine.json.id}`);
    assert.equal(r.status, 200, r.text);
    assert.ok(r.json.items.length >= 3);
    for (const secret of [APPLICANT.full_name, APPLICANT.id_number, APPLICANT.phone, APPLICANT.address]) {
      assert.ok(!r.text.includes(secret), `the audit trail shows "${secret}"`);
    }
  });

  test('the lookup: progress and dates, nothing personal, without signing in', T, async () => {
    const r = await anon.get(`/api/v1/lookup/${code}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.portal_status, 9);
    assert.equal(r.json.received_date, '2019-11-04');
    assert.equal(r.json.due_date, '2019-11-11');
    assert.equal(r.json.steps.length, 3);
    for (const secret of [APPLICANT.full_name, APPLICANT.id_number, APPLICANT.phone, 'longbinh']) {
      assert.ok(!r.text.includes(secret), `the lookup shows "${secret}"`);
    }
    assert.equal((await anon.get('/api/v1/lookup/Q9.LONGBINH.MOTCUA-190101-9999')).status, 404);
  });

  test('the lookup shows each event at once, though its body is kept between events', T, async () => {
    const r = await receive({ received_at: '2019-11-05T09:00:00+07:00' });
    const fresh = r.json.code;
    const seen = [];
    for (let i = 0; i < 2; i++) seen.push(await anon.get(`/api/v1/lookup/${fresh}`));
    assert.equal(seen[1].text, seen[0].text, 'the same body while nothing happens');
    const page = () => anon.get(`/lookup?code=${fresh}`);
    const before = [await page(), await page()];
    assert.equal(before[1].text, before[0].text, 'the same page while nothing happens');
    assert.match(before[0].text, /class="status ds-received"/);
    assert.equal(seen[0].json.state, 'received');
    assert.deepEqual(seen[0].json.events.map((e) => e.action), ['receive']);
    assert.equal((await act(fresh, 'forward', { at: '2019-11-05T10:00:00+07:00' })).status, 200);
    const moved = await anon.get(`/api/v1/lookup/${fresh}`);
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.json.state, 'processing');
    assert.deepEqual(moved.json.events.map((e) => e.action), ['receive', 'forward']);
    const after = await page();
    assert.equal(after.status, 200);
    assert.match(after.text, /class="status ds-processing"/);
    assert.ok(!after.text.includes(APPLICANT.full_name), 'the page shows the applicant');
    assert.equal((await act(fresh, 'step', { at: '2019-11-05T11:00:00+07:00' })).status, 200);
    const stepped = await anon.get(`/api/v1/lookup/${fresh}`);
    assert.equal(stepped.json.step_no, moved.json.step_no + 1);
    assert.equal(stepped.json.steps.filter((s) => s.done).length, stepped.json.step_no);
    for (const secret of [APPLICANT.full_name, APPLICANT.id_number, APPLICANT.phone, 'longbinh']) {
      assert.ok(!stepped.text.includes(secret), `the lookup shows "${secret}"`);
    }
  });

  test('a rating after the return only, once, with the Decree 61 criteria', T, async () => {
    const scores = { return_time: 5, agencies_contacted: 5, contacts_needed: 4,
      information_accuracy: 5, staff_attitude: 5, legality_and_cost: 4,
      explanation_quality: 5, online_service: 3 };
    assertProblem(await anon.post(`/api/v1/lookup/${code}/rating`, scores), 409, 'state');
    await act(code, 'return', { at: '2019-11-07T10:00:00+07:00' });
    assertProblem(await anon.post(`/api/v1/lookup/${code}/rating`, { ...scores, staff_attitude: 6 }), 422, 'staff_attitude');
    const r = await anon.post(`/api/v1/lookup/${code}/rating`, { ...scores, comment: 'Cán bộ nhiệt tình' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.average, 4.5);
    assertProblem(await anon.post(`/api/v1/lookup/${code}/rating`, scores), 409, 'code');
  });
});

describe('reporting', () => {
  test('early, on time and late per unit, procedure and month, with score and rate', T, async () => {
    const r = await anon.get('/api/v1/dossiers/report?year=2019&by=procedure');
    assert.equal(r.status, 200, r.text);
    const mine = r.json.items.find((x) => x.key === PROC);
    assert.ok(mine, 'our procedure is counted');
    assert.ok(mine.early >= 1 && mine.on_time >= 1 && mine.late >= 2, JSON.stringify(mine));
    assert.equal(mine.score, 2 * mine.early + mine.on_time);
    const done = mine.early + mine.on_time + mine.late;
    assert.ok(Math.abs(mine.on_time_rate - (mine.early + mine.on_time) / done) < 1e-9);
    const units = await anon.get('/api/v1/dossiers/report?year=2019&by=unit');
    assert.ok(units.json.items.some((x) => /Long Bình/.test(x.label)));
    const months = await anon.get('/api/v1/dossiers/report?year=2019&by=month');
    assert.ok(months.json.items.every((x) => /^2019-\d\d$/.test(x.key)));
    assert.equal((await anon.get('/api/v1/dossiers/report?year=2019&by=officer')).status, 401);
    const officers = await (await as('lanhdao')).get('/api/v1/dossiers/report?year=2019&by=officer');
    assert.ok(officers.json.items.some((x) => x.key === 'longbinh'));
    assertProblem(await anon.get('/api/v1/dossiers/report?by=weather'), 400, 'by');
    // One unit's figures (a ward and its desk): ours are at Long Bình's desk, none at Hiệp Phú's.
    const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
    const lb = wards.find((w) => w.code === 'Q9.LONGBINH');
    const hp = wards.find((w) => w.code === 'Q9.HIEPPHU');
    const atLb = await anon.get(`/api/v1/dossiers/report?year=2019&by=procedure&unit=${lb.id}`);
    assert.deepEqual(atLb.json.items.find((x) => x.key === PROC), mine);
    const atHp = await anon.get(`/api/v1/dossiers/report?year=2019&by=procedure&unit=${hp.id}`);
    assert.ok(!atHp.json.items.some((x) => x.key === PROC));
    assertProblem(await anon.get('/api/v1/dossiers/report?year=2019&unit=999999999'), 400, 'unit');
    const page = await anon.get(`/dossiers/units/${lb.id}?year=2019`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Long Bình/);
    assert.ok(!page.text.includes(APPLICANT.full_name));
  });
});

describe('the management review', () => {
  test("the year's figures agree with the report; satisfaction, nonconformities, catalogue", T, async () => {
    assert.equal((await anon.get('/api/v1/dossiers/review?year=2019')).status, 401);
    const r = await (await as('lanhdao')).get('/api/v1/dossiers/review?year=2019');
    assert.equal(r.status, 200, r.text);
    const units = (await anon.get('/api/v1/dossiers/report?year=2019&by=unit')).json.items;
    const sum = (k) => units.reduce((n, u) => n + u[k], 0);
    assert.equal(r.json.finished.early, sum('early'));
    assert.equal(r.json.finished.on_time, sum('on_time'));
    assert.equal(r.json.finished.late, sum('late'));
    assert.ok(r.json.received >= r.json.finished.early + r.json.finished.on_time + r.json.finished.late);
    const rates = r.json.units.map((u) => u.on_time_rate);
    assert.deepEqual(rates, [...rates].sort((a, b) => a - b), 'weakest unit first');
    assert.ok(r.json.nonconformities.opened >= r.json.nonconformities.closed);
    assert.ok(r.json.nonconformities.opened >= 1, 'this file finished dossiers late in 2019');
    assert.ok(r.json.ratings >= 1);
    for (const v of Object.values(r.json.rating_averages)) assert.ok(v >= 1 && v <= 5, String(v));
    assert.ok(r.json.procedures.current >= 1);
  });

  test('internal audits are recorded by leaders and listed in the review of their year', T, async () => {
    const lb = (await list(`/api/v1/units?kind=ward&parent=${q9.id}`)).find((w) => w.code === 'Q9.LONGBINH');
    const audit = { unit_id: lb.id, audit_date: '2019-09-20', auditor: 'Đoàn đánh giá nội bộ ISO quận 9',
      scope: 'Hộ tịch, chứng thực', findings: 'Hai hồ sơ trễ hạn do chờ xác minh', nonconformities: 2 };
    assert.equal((await (await as('longbinh')).post('/api/v1/iso-audits', audit)).status, 403);
    const leader = await as('lanhdao');
    assertProblem(await leader.post('/api/v1/iso-audits', { ...audit, audit_date: '2999-01-01' }), 422, 'audit_date');
    assertProblem(await leader.post('/api/v1/iso-audits', { ...audit, auditor: '' }), 422, 'auditor');
    const r = await leader.post('/api/v1/iso-audits', audit);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.recorded_by, 'lanhdao');
    const review = await leader.get('/api/v1/dossiers/review?year=2019');
    assert.ok(review.json.internal_audits.some((a) => a.id === r.json.id && a.nonconformities === 2));
    const list2019 = await leader.get('/api/v1/iso-audits?year=2019');
    assert.ok(list2019.json.items.some((a) => a.id === r.json.id));
    assert.ok(!(await leader.get('/api/v1/iso-audits?year=2020')).json.items.some((a) => a.id === r.json.id));
  });
});


describe('the home page (module.home)', () => {
  /** The text of the <section> labelled ID on page HTML, tags stripped; null when absent. */
  function section(html, id) {
    const m = html.match(new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`));
    return m ? m[1] : null;
  }
  const cells = (row) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)]
    .map((c) => c[1].replace(/<[^>]+>/g, '').trim());
  const count = (s) => Number(s.replace(/[.,\s]/g, ''));

  test("the clerk's desk: its overdue dossiers, soonest due first, as the queue has them", T, async () => {
    // One of ours left open in 2019: overdue now.
    const r = await receive({ received_at: `${mondayOf2019()}T09:00:00+07:00` });
    assert.equal(r.status, 201, r.text);
    const clerk = await as('longbinh');
    const due = (await clerk.get('/api/v1/dossiers?due_within=0&limit=500')).json.items;
    const page = await clerk.get('/');
    assert.equal(page.status, 200);
    const desk = section(page.text, 'home-dossiers');
    assert.ok(desk, 'the home has the desk section');
    const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    const overdue = due.filter((d) => d.due_date < today).length;
    assert.equal(desk.match(/<\/h2><p>(\d+)\D/)[1], String(overdue), 'the overdue count comes first');
    const codes = [...desk.matchAll(/<a href="\/dossiers\/([^"]+)">/g)].map((m) => decodeURIComponent(m[1]));
    assert.ok(codes.length >= 1 && codes.length <= 10, codes.join());
    assert.deepEqual(codes, due.slice(0, codes.length).map((d) => d.code), 'soonest due first');
    assert.ok(codes.every((c) => c.startsWith('Q9.LONGBINH.')), 'only the desk of the clerk');
    // The district's leader has no desk of their own: no desk section, the subtree's instead.
    const leaderHome = (await (await as('lanhdao')).get('/')).text;
    assert.equal(section(leaderHome, 'home-dossiers'), null);
  });

  test("the leader's subtree: early, on time, late as the report counts them, and what is overdue", T, async () => {
    const leader = await as('lanhdao');
    const page = await leader.get('/');
    const s = section(page.text, 'home-dossier-results');
    assert.ok(s, 'the home has the results section');
    const year = Number(s.match(/<h2[^>]*>[^<]*?(\d{4})<\/h2>/)[1]);
    const units = (await anon.get(`/api/v1/dossiers/report?year=${year}&by=unit`)).json.items;
    const sum = (k) => units.reduce((n, u) => n + u[k], 0);
    const total = cells(s.match(/<tr class="total">[\s\S]*?<\/tr>/)[0]);
    assert.deepEqual(total.slice(1, 4).map(count), [sum('early'), sum('on_time'), sum('late')]);
    const open = (await leader.get('/api/v1/dossiers?due_within=0&limit=500')).json.items;
    const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    assert.ok(count(total[5]) >= 1 && count(total[5]) <= open.filter((d) => d.due_date < today).length,
      `overdue now: ${total[5]}`);
    // Worst first: the rows' overdue counts never rise.
    const rows = [...s.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => cells(m[0]));
    const over = rows.map((r) => count(r[5]));
    assert.deepEqual(over, [...over].sort((a, b) => b - a));
    // A ward's head sees their ward only.
    const head = section((await (await as('hiepphu')).get('/')).text, 'home-dossier-results');
    assert.match(head, /Hiệp Phú/);
    assert.doesNotMatch(head, /Long Bình/);
  });

  test("a unit's page: its desks' overdue and due-soon dossiers, counts only, for anyone", T, async () => {
    const lb = (await list(`/api/v1/units?kind=ward&parent=${q9.id}`)).find((w) => w.code === 'Q9.LONGBINH');
    const before = section((await anon.get(`/units/${lb.id}`)).text, 'unit-dossiers');
    const r = await receive({ received_at: `${mondayOf2019()}T09:00:00+07:00` });
    assert.equal(r.status, 201, r.text);
    const page = await anon.get(`/units/${lb.id}`);
    assert.equal(page.status, 200);
    const s = section(page.text, 'unit-dossiers');
    assert.ok(s, 'the unit page has the one-stop section');
    const overdueOf = (text) => Number(text.match(/<\/h2><p>[^\d]*(\d+)/)[1]);
    if (before) assert.equal(overdueOf(s), overdueOf(before) + 1, 'the new overdue dossier is counted');
    // As the desk's clerk's queue has them.
    const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    const due = (await (await as('longbinh')).get('/api/v1/dossiers?due_within=0&limit=1000')).json.items;
    const rows = [...s.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => cells(m[0]));
    const desk = rows.find((row) => /Long Bình/.test(row[0]));
    assert.equal(count(desk[1]), due.filter((d) => d.code.startsWith('Q9.LONGBINH.') && d.due_date < today).length);
    // Counts only: no dossier code, no applicant.
    assert.ok(!s.includes(r.json.code) && !s.includes(APPLICANT.full_name));
    // Most overdue first.
    const over = rows.map((row) => count(row[1]));
    assert.deepEqual(over, [...over].sort((a, b) => b - a));
  });
});

describe('internal audits on the pages (ISO 9001 clause 9.2)', () => {
  /** GET or POST (form-encoded) PATH with COOKIE; redirects not followed. */
  async function page(cookie, path, form) {
    const r = await fetch(BASE + path, {
      method: form ? 'POST' : 'GET', redirect: 'manual', signal: AbortSignal.timeout(20000),
      headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    return { status: r.status, location: r.headers.get('location'), text: await r.text() };
  }

  test('a leader records one: dates as dd/mm/yyyy, errors beside the field, then its page', T, async () => {
    const leader = await signIn(BASE, 'lanhdao', 'demo-2019-lanhdao');
    const clerk = await signIn(BASE, 'longbinh', 'demo-2019-longbinh');
    assert.equal((await page(clerk, '/dossiers/audits/new')).status, 403);
    const form = await page(leader, '/dossiers/audits/new');
    assert.equal(form.status, 200);
    const csrf = form.text.match(/name="csrf" value="([^"]+)"/)[1];
    const lb = (await list(`/api/v1/units?kind=ward&parent=${q9.id}`)).find((w) => w.code === 'Q9.LONGBINH');
    assert.match(form.text, new RegExp(`<option value="${lb.id}"`), 'Long Bình can be chosen');
    const findings = `Hồ sơ chờ xác minh quá lâu ${uniq('')}`;
    const fields = { csrf, unit_id: String(lb.id), auditor: 'Đoàn đánh giá nội bộ quận 9',
      scope: 'Chứng thực', findings, nonconformities: '1' };
    // A mistyped date: the form again, the message beside the date, what was typed kept.
    const bad = await page(leader, '/dossiers/audits', { ...fields, audit_date: '31/02/2019' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /<title>[^<]*Lỗi/);
    assert.match(bad.text, /id="f-audit-audit_date-error"/);
    assert.match(bad.text, /value="31\/02\/2019"/);
    assert.ok(bad.text.includes(findings), 'the findings typed are kept');
    const future = await page(leader, '/dossiers/audits', { ...fields, audit_date: '01/01/2999' });
    assert.equal(future.status, 422);
    assert.match(future.text, /id="f-audit-audit_date-error"/);
    const ok = await page(leader, '/dossiers/audits', { ...fields, audit_date: '18/10/2019' });
    assert.equal(ok.status, 303, ok.text.slice(0, 500));
    const id = Number(ok.location.match(/\/dossiers\/audits\/(\d+)/)[1]);
    const shown = await page(clerk, `/dossiers/audits/${id}`);
    assert.equal(shown.status, 200);
    assert.ok(shown.text.includes(findings));
    assert.match(shown.text, /18\/10\/2019/);
    assert.match(shown.text, /Long Bình/);
    const year = await page(clerk, '/dossiers/audits?year=2019');
    assert.ok(year.text.includes(`href="/dossiers/audits/${id}"`), 'listed in its year');
    const api = await (await as('lanhdao')).get('/api/v1/iso-audits?year=2019');
    const rec = api.json.items.find((a) => a.id === id);
    assert.equal(rec.audit_date, '2019-10-18');
    assert.equal(rec.recorded_by, 'lanhdao');
    assert.equal(rec.nonconformities, 1);
    // Audited: who recorded what, in the trail.
    const trail = await (await as('lanhdao')).get(`/api/v1/audit?entity=iso_audit&entity_id=${id}`);
    assert.equal(trail.status, 200, trail.text);
    const items = trail.json.items ?? trail.json;
    assert.ok(items.some((e) => e.action === 'create' && e.actor === 'lanhdao'), trail.text.slice(0, 300));
  });
});

describe('corrective actions as tasks on the nonconformities page', () => {
  async function page(cookie, path, form) {
    const r = await fetch(BASE + path, {
      method: form ? 'POST' : 'GET', redirect: 'manual', signal: AbortSignal.timeout(20000),
      headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    return { status: r.status, text: await r.text() };
  }
  const sectionOf = (html, id) =>
    html.match(new RegExp(`<section class="nc" aria-labelledby="nc-${id}">([\\s\\S]*?)</section>`))[1];

  test('a leader picks the leader, the person and a date; the task shows; closing waits for it', T, async () => {
    const r = await receive({ received_at: '2019-06-10T09:00:00+07:00' });
    await act(r.json.code, 'forward', { at: '2019-06-10T10:00:00+07:00' });
    await act(r.json.code, 'finish', { at: '2019-06-25T10:00:00+07:00' });
    const nc = (await (await as('lanhdao')).get('/api/v1/nonconformities?open=1')).json.items
      .find((x) => x.dossier_code === r.json.code);
    const leader = await signIn(BASE, 'lanhdao', 'demo-2019-lanhdao');
    const form = await page(leader, '/dossiers/nonconformities');
    const mine = sectionOf(form.text, nc.id);
    assert.match(mine, new RegExp(`name="task_leader"`), 'the task fields are offered to a leader');
    const people = [...mine.matchAll(/<select id="f-nc\d+-task_leader"[^>]*>([\s\S]*?)<\/select>/g)][0][1];
    const ids = [...people.matchAll(/<option value="(\d+)"/g)].map((m) => m[1]);
    assert.ok(ids.length >= 1, 'people of the unit to choose from');
    const csrf = form.text.match(/name="csrf" value="([^"]+)"/)[1];
    const url = `/dossiers/nonconformities/${nc.id}`;
    const fields = { csrf, corrective_action: 'Rà soát quy trình xác minh', task_leader: ids[0],
      task_assignee: ids.at(-1) };
    const bad = await page(leader, url, { ...fields, task_due: '31/02/2019' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, new RegExp(`id="f-nc${nc.id}-task_due-error"`), 'the message beside the date');
    assert.equal((await page(leader, url, { ...fields, task_due: '15/08/2019' })).status, 303);
    const after = sectionOf((await page(leader, '/dossiers/nonconformities')).text, nc.id);
    const task = after.match(/<p class="nc-task">[\s\S]*?<a href="\/tasks\/(\d+)">([^<]*)<\/a>/);
    assert.ok(task, 'the task it is followed as is shown');
    assert.equal(task[2], 'Rà soát quy trình xác minh');
    assert.doesNotMatch(after, /name="task_leader"/, 'no second task');
    const t = (await (await as('lanhdao')).get(`/api/v1/tasks/${task[1]}`)).json;
    assert.equal(t.due_date, '2019-08-15');
    assert.equal(String(t.leader_id), ids[0]);
    const early = await page(leader, url, { csrf, cause: 'Thiếu phiếu', close: '1' });
    assert.equal(early.status, 409);
    assert.match(early.text, new RegExp(`href="#f-nc${nc.id}-close"`), 'the reason, linked to the box');
  });
});
