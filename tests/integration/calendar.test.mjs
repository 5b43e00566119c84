// The working calendar over the API: deadlines in working days as the Civil
// Code counts them (start day not counted, a day off moves the deadline on),
// over the published days off, Saturdays worked and the lunar holidays.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE, DB, assertProblem, client, freePort, get, signIn, startServer, uniq,
} from './lib.mjs';

async function deadline(from, n) {
  const r = await get(`/api/v1/calendar/deadline?from=${from}&working_days=${n}`, { anonymous: true });
  assert.equal(r.status, 200, `${from} + ${n}: ${r.text}`);
  return r.json;
}

describe('calendar API', () => {
  test('deadlines cross Tết, Saturdays worked and weekends as published', async () => {
    // The examples: Tết 2026 is 14–22/2; 4/5/2019 was a Saturday worked.
    assert.deepEqual(await deadline('2026-02-12', 3), { deadline: '2026-02-24', provisional: false });
    assert.deepEqual(await deadline('2019-05-03', 1), { deadline: '2019-05-04', provisional: false });
    assert.equal((await deadline('2019-01-18', 1)).deadline, '2019-01-21');    // Friday → Monday
    assert.equal((await deadline('2019-02-02', 0)).deadline, '2019-02-11');    // off → next working day
    assert.equal((await deadline('2019-04-26', 2)).deadline, '2019-05-03');    // 27/4–1/5 off
  });

  test('a deadline in a year not yet published is marked provisional', async () => {
    const d = await deadline('2026-12-31', 1);
    assert.equal(d.deadline, '2027-01-04');
    assert.equal(d.provisional, true);
  });

  test('working days between two dates agree with the deadline', async () => {
    const r = await get('/api/v1/calendar/working-days?from=2026-02-12&to=2026-02-24', { anonymous: true });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { working_days: 3, provisional: false });
    const y = await get('/api/v1/calendar/working-days?from=2018-12-31&to=2019-12-31', { anonymous: true });
    assert.equal(y.json.working_days, 252);   // 261 weekdays − 11 off + 2 Saturdays worked
    const back = await get('/api/v1/calendar/working-days?from=2026-02-24&to=2026-02-12', { anonymous: true });
    assert.equal(back.json.working_days, -3);
  });

  test('bad dates and counts are refused with 422 naming the parameter', async () => {
    const bad = [
      ['/api/v1/calendar/deadline?from=2019-02-30&working_days=1', 'from'],
      ['/api/v1/calendar/deadline?from=17/01/2019&working_days=1', 'from'],
      ['/api/v1/calendar/deadline?working_days=1', 'from'],
      ['/api/v1/calendar/deadline?from=2019-01-17', 'working_days'],
      ['/api/v1/calendar/deadline?from=2019-01-17&working_days=-1', 'working_days'],
      ['/api/v1/calendar/deadline?from=2019-01-17&working_days=3651', 'working_days'],
      ['/api/v1/calendar/deadline?from=2019-01-17&working_days=4294967299', 'working_days'],
      ['/api/v1/calendar/deadline?from=2019-01-17&working_days=3.0', 'working_days'],
      ['/api/v1/calendar/deadline?from=2199-12-20&working_days=100', 'working_days'],
      ['/api/v1/calendar/working-days?from=2019-01-01', 'to'],
      ['/api/v1/calendar/working-days?from=1900-01-01&to=2199-12-31', 'to'],
    ];
    for (const [path, field] of bad) {
      const r = await get(path, { anonymous: true });
      assertProblem(r, 422, field);
    }
    // The largest count allowed is answered.
    const max = await get('/api/v1/calendar/deadline?from=2019-01-17&working_days=3650', { anonymous: true });
    assert.equal(max.status, 200, max.text);
    assert.match(max.json.deadline, /^20(3[2-4])-\d\d-\d\d$/);
  });
});

// ---- an administrator's edits ------------------------------------------------
//
// Year 2031 is this file's own (a computed year no other file touches), left
// as found: every edit is taken back and the year unconfirmed at the end.

const YEAR = 2031;
let admin;      // the city's administrator (quantri), by session cookie
let officer;    // a ward officer (longbinh)
let anon;

before(async () => {
  admin = client(await signIn(BASE, 'quantri', 'demo-2019-quantri'));
  officer = client(await signIn(BASE, 'longbinh', 'demo-2019-longbinh'));
  anon = client(null);
});

after(async () => {
  if (!admin) return;
  for (const d of ['2031-11-24', '2031-11-22', '2031-04-01']) await admin.del(`/api/v1/calendar/days/${d}`);
  await admin.patch(`/api/v1/calendar/years/${YEAR}`, { confirmed: false });
});

/*
 * The deadline as the server at URL answers, once it equals WANT, within 3 s:
 * another process learns of a write by PostgreSQL's notification
 * (store/pg_watch.h), which can trail the writer's reply by the database's
 * delivery time on a loaded machine.  Never seen: the last answer, to fail on.
 */
async function seenBy(url, from, n, want) {
  const until = Date.now() + 3000;
  for (;;) {
    const got = (await deadlineOf(from, n, url)).deadline;
    if (got === want || Date.now() > until) return got;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function deadlineOf(from, n, url = BASE) {
  const r = await fetch(`${url}/api/v1/calendar/deadline?from=${from}&working_days=${n}`);
  assert.equal(r.status, 200, `${from} + ${n}`);
  return r.json();
}

describe('calendar edited by an administrator', () => {
  test("a year nobody entered is the law's, marked not confirmed, until an administrator confirms it", async () => {
    const y = await anon.get(`/api/v1/calendar/years/${YEAR}`);
    assert.equal(y.status, 200, y.text);
    assert.equal(y.json.year, YEAR);
    assert.equal(y.json.source, 'computed');
    assert.equal(y.json.confirmed, false);
    // The law's holidays with the lunar ones: Tết 2031 is 23/1, Hùng Kings 10/3 lunar = 1/4.
    const off = new Map(y.json.days_off.map((d) => [d.date, d.reason]));
    assert.equal(off.get('2031-01-01'), 'new_year');
    assert.equal(off.get('2031-01-23'), 'tet');
    assert.equal(off.get('2031-04-01'), 'hung_kings');
    assert.equal(off.get('2031-09-02'), 'national_day');
    assert.equal((await deadlineOf('2031-03-31', 1)).provisional, true);
    let page = await anon.get(`/calendar?year=${YEAR}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Chưa được xác nhận/);

    const c = await admin.patch(`/api/v1/calendar/years/${YEAR}`, { confirmed: true });
    assert.equal(c.status, 200, c.text);
    assert.equal(c.json.confirmed, true);
    assert.equal(c.json.source, 'computed');
    assert.equal((await deadlineOf('2031-03-31', 1)).provisional, false);
    page = await anon.get(`/calendar?year=${YEAR}`);
    assert.doesNotMatch(page.text, /Chưa được xác nhận/);
    assert.match(page.text, /đã được quản trị viên xác nhận/);

    const u = await admin.patch(`/api/v1/calendar/years/${YEAR}`, { confirmed: false });
    assert.equal(u.json.confirmed, false);
    assert.equal((await deadlineOf('2031-03-31', 1)).provisional, true);
  });

  test('an edited day moves deadlines at once, in this server and in another on the same database', async () => {
    // Mon 24/11/2031 made a holiday: Fri 21/11 + 1 working day skips it.
    assert.equal((await deadlineOf('2031-11-21', 1)).deadline, '2031-11-24');
    const note = `Ngày Văn hóa Việt Nam ${uniq()}`;
    const put = await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note });
    assert.equal(put.status, 200, put.text);
    assert.deepEqual(put.json, { date: '2031-11-24', working: false, reason: 'edited', edited: true, note });
    assert.equal((await deadlineOf('2031-11-21', 1)).deadline, '2031-11-25');
    const wd = await anon.get('/api/v1/calendar/working-days?from=2031-11-21&to=2031-11-28');
    assert.equal(wd.json.working_days, 4);

    // A Saturday worked counts, and a day off taken back works again.
    const sat = await admin.put('/api/v1/calendar/days/2031-11-22', { working: true, note: 'Làm bù' });
    assert.equal(sat.status, 200, sat.text);
    assert.equal((await deadlineOf('2031-11-21', 1)).deadline, '2031-11-22');
    const back = await admin.put('/api/v1/calendar/days/2031-04-01', { working: true, note: 'Thử lấy lại ngày nghỉ' });
    assert.equal(back.json.working, true);
    assert.equal((await deadlineOf('2031-03-31', 1)).deadline, '2031-04-01');

    const y = await anon.get(`/api/v1/calendar/years/${YEAR}`);
    assert.deepEqual(y.json.edits.map((e) => [e.date, e.working]),
      [['2031-04-01', true], ['2031-11-22', true], ['2031-11-24', false]]);
    assert.ok(y.json.days_off.some((d) => d.date === '2031-11-24' && d.edited && d.note === note));
    assert.ok(y.json.weekend_days_worked.some((d) => d.date === '2031-11-22' && d.reason === 'edited'));
    assert.ok(!y.json.days_off.some((d) => d.date === '2031-04-01'));

    // Another process on the same database sees the edit (the revision moved), and its removal.
    if (DB) {
      const port = await freePort();
      const other = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', DB], { waitMs: 60000 });
      try {
        assert.equal(await seenBy(other.url, '2031-11-23', 1, '2031-11-25'), '2031-11-25');
        const del = await admin.del('/api/v1/calendar/days/2031-11-24');
        assert.equal(del.status, 200, del.text);
        assert.deepEqual(del.json, { date: '2031-11-24', working: true, reason: 'working', edited: false, note: null });
        assert.equal(await seenBy(other.url, '2031-11-23', 1, '2031-11-24'), '2031-11-24');
        // And an edit made through the other process is seen here.
        const o = client(await signIn(other.url, 'quantri', 'demo-2019-quantri'), other.url);
        assert.equal((await o.put('/api/v1/calendar/days/2031-11-24', { working: false, note })).status, 200);
        assert.equal(await seenBy(BASE, '2031-11-23', 1, '2031-11-25'), '2031-11-25');
      } finally {
        await other.stop();
      }
    }
    for (const d of ['2031-11-24', '2031-11-22', '2031-04-01']) {
      assert.equal((await admin.del(`/api/v1/calendar/days/${d}`)).status, 200);
    }
    assert.equal((await deadlineOf('2031-11-21', 1)).deadline, '2031-11-24');
    assert.deepEqual((await anon.get(`/api/v1/calendar/years/${YEAR}`)).json.edits, []);
  });

  test('every edit is in the audit trail of the year, with who, before and after', async () => {
    const note = `Kiểm tra nhật ký ${uniq()}`;
    assert.equal((await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note })).status, 200);
    assert.equal((await admin.del('/api/v1/calendar/days/2031-11-24')).status, 200);
    const h = await admin.get(`/api/v1/audit?entity=calendar_year&entity_id=${YEAR}`);
    assert.equal(h.status, 200, h.text);
    const items = h.json.items ?? h.json.entries ?? h.json;
    const mine = items.filter((e) => JSON.stringify(e).includes(note));
    assert.equal(mine.length, 2, JSON.stringify(items).slice(0, 500));
    assert.ok(mine.every((e) => e.actor === 'quantri'));
    // A ward officer may not read the calendar's history.
    assert.equal((await officer.get(`/api/v1/audit?entity=calendar_year&entity_id=${YEAR}`)).status, 403);
  });

  test("only the city's administrators may edit; bad edits are refused naming the field", async () => {
    const body = { working: false, note: 'x' };
    assertProblem(await anon.put('/api/v1/calendar/days/2031-11-24', body), 401);
    assertProblem(await officer.put('/api/v1/calendar/days/2031-11-24', body), 403);
    assertProblem(await officer.patch(`/api/v1/calendar/years/${YEAR}`, { confirmed: true }), 403);
    assertProblem(await officer.del('/api/v1/calendar/days/2031-11-24'), 403);
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: false }), 422, 'note');
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note: '   ' }), 422, 'note');
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note: 'x'.repeat(201) }), 422, 'note');
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note: 'a\nb' }), 422, 'note');
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: 'no', note: 'x' }), 422, 'working');
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note: 'x', extra: 1 }), 422, 'extra');
    assertProblem(await admin.put('/api/v1/calendar/days/2031-11-24', { working: false, note: 7 }), 422, 'note');
    assert.equal((await admin.put('/api/v1/calendar/days/2031-02-30', body)).status, 404);
    assert.equal((await admin.put('/api/v1/calendar/days/tomorrow', body)).status, 404);
    assert.equal((await anon.get('/api/v1/calendar/years/1899')).status, 404);
    assert.equal((await anon.get('/api/v1/calendar/years/20x6')).status, 404);
    assertProblem(await admin.patch(`/api/v1/calendar/years/${YEAR}`, { confirmed: 'yes' }), 422, 'confirmed');
    // A shipped year is the Government's: it cannot be unconfirmed, only its days edited.
    assertProblem(await admin.patch('/api/v1/calendar/years/2026', { confirmed: false }), 409, 'confirmed');
    // Nothing was written by any of these.
    assert.deepEqual((await anon.get(`/api/v1/calendar/years/${YEAR}`)).json.edits, []);
  });

  test('the year page: twelve months, the days off with their reasons, the edit form for administrators only', async () => {
    const page = await anon.get('/calendar?year=2026');
    assert.equal(page.status, 200);
    assert.equal((page.text.match(/<table class="cal-month">/g) || []).length, 12);
    assert.match(page.text, /Tết Nguyên đán/);
    assert.match(page.text, /Giỗ Tổ Hùng Vương/);
    assert.match(page.text, /data-date="2026-01-10">10/);            // a Saturday worked
    assert.match(page.text, /class="cal-worked"[^>]*data-date="2026-01-10"/);
    assert.match(page.text, /class="cal-off"[^>]*data-date="2026-02-16"/);
    assert.doesNotMatch(page.text, /id="form-day"/);
    assert.doesNotMatch((await officer.get('/calendar?year=2026')).text, /id="form-day"/);
    assert.match((await admin.get('/calendar?year=2026')).text, /id="form-day"/);
    assert.equal((await anon.get('/calendar?year=abc')).status, 400);
    assert.equal((await anon.get('/calendar?year=2200')).status, 400);
    assert.equal((await anon.get('/calendar')).status, 200);
  });
});
