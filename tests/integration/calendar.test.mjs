// The working calendar over the API: deadlines in working days as the Civil
// Code counts them (start day not counted, a day off moves the deadline on),
// over the published days off, Saturdays worked and the lunar holidays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { assertProblem, get } from './lib.mjs';

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
