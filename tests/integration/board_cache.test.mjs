// The cached board and target JSON under concurrent readers and writers:
// whoever has just reported a figure reads it on the board and on the
// target at once; a crowd arriving at a board that is being rebuilt gets
// the previous answer or the current one, never a figure going back, and
// the writer's own crowd the current one; while a build is held up, the
// others are not kept waiting for it (PostgreSQL: a lock holds the build);
// a figure for one target leaves the other targets' answers as they were.
//
// Everything is written to targets of this file's own in a year picked from
// 2095–2099 (targets.test.mjs uses 2030–2049, targets_io 2050–2094).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { before, describe, test } from 'node:test';

import { BASE, DB, ENGINE, client, demoDistrict, list, signIn, uniq } from './lib.mjs';

const T = { timeout: 120000 };
const year = 2095 + randomInt(0, 5);
const tag = uniq('BC').toUpperCase();
const asOf = `${year}-12-31`;
const anon = client(null);

let leader;
let reporter;
let lb;
const targets = {};

async function ok(path, who = anon) {
  const r = await who.get(path);
  assert.equal(r.status, 200, `GET ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  return r;
}

async function boardItems(who = anon) {
  const r = await ok(`/api/v1/targets?year=${year}&as_of=${asOf}`, who);
  return new Map(r.json.items.map((t) => [t.code, t]));
}

describe('cached board and target answers', () => {
  before(async () => {
    leader = client(await signIn(BASE, 'lanhdao', 'demo-2019-lanhdao'));
    reporter = client(await signIn(BASE, 'longbinh', 'demo-2019-longbinh'));
    const q9 = await demoDistrict();
    const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
    lb = wards.find((w) => w.code === 'Q9.LONGBINH');
    assert.ok(lb, 'no Long Bình ward in the demo');
    for (const s of ['A', 'B', 'C', 'D']) {
      const r = await leader.post('/api/v1/targets', {
        code: `${tag}.${s}`, year, name: `Chỉ tiêu bộ đệm ${tag} ${s}`, period: 'month',
        kind: 'amount', unit_of_measure: 'tỷ đồng', target_low: 120, owner_unit_id: lb.id,
      });
      assert.equal(r.status, 201, r.text.slice(0, 300));
      targets[s] = r.json;
    }
  });

  test('a reporter reads each figure back at once, board and target', T, async () => {
    for (let month = 1; month <= 12; month++) {
      const value = month * 10 + randomInt(0, 9);
      const w = await reporter.post(`/api/v1/targets/${targets.A.id}/measurements`,
        { unit_id: lb.id, period_no: month, value });
      assert.equal(w.status, 201, w.text.slice(0, 300));
      const one = (await ok(`/api/v1/targets/${targets.A.id}?as_of=${asOf}`, reporter)).json;
      const last = one.series.at(-1);
      assert.deepEqual(last, { period_no: month, value }, `target after month ${month}`);
      const item = (await boardItems(reporter)).get(`${tag}.A`);
      assert.equal(item.periods_reported, month, `board after month ${month}`);
    }
  });

  test('64 readers at a board being rebuilt: the writer\'s get the write, others one of two', T, async () => {
    const path = `/api/v1/targets?year=${year}&as_of=${asOf}`;
    const previous = (await ok(path)).text;
    const w = await reporter.post(`/api/v1/targets/${targets.B.id}/measurements`,
      { unit_id: lb.id, period_no: 1, value: 7 });
    assert.equal(w.status, 201, w.text.slice(0, 300));
    const [mine, others] = await Promise.all([
      Promise.all(Array.from({ length: 64 }, () => reporter.get(path))),
      Promise.all(Array.from({ length: 64 }, () => anon.get(path))),
    ]);
    for (const r of [...mine, ...others])
      assert.equal(r.status, 200, r.text.slice(0, 200));
    const bodies = new Set(mine.map((r) => r.text));
    assert.equal(bodies.size, 1, 'the writer\'s readers got different boards');
    const current = [...bodies][0];
    const item = JSON.parse(current).items.find((t) => t.code === `${tag}.B`);
    assert.equal(item.periods_reported, 1);
    assert.equal(item.value, 7);
    // Others may be served the board before the figure while it is rebuilt: nothing else.
    for (const r of others)
      assert.ok(r.text === current || r.text === previous, 'a reader got a third board');
    assert.equal((await ok(path)).text, current, 'the board after the rebuild');
  });

  test('readers during a stream of writes never see a figure go back', T, async () => {
    const path = `/api/v1/targets?year=${year}&as_of=${asOf}`;
    let writing = true;
    const seen = [];
    const readers = Array.from({ length: 8 }, async () => {
      let last = 0;
      while (writing) {
        const r = await anon.get(path);
        assert.equal(r.status, 200, r.text.slice(0, 200));
        const c = JSON.parse(r.text).items.find((t) => t.code === `${tag}.C`);
        const n = c.periods_reported;
        assert.ok(n >= last, `a reader saw ${n} periods after ${last}`);
        last = n;
        seen.push(n);
      }
    });
    try {
      for (let month = 1; month <= 12; month++) {
        const w = await reporter.post(`/api/v1/targets/${targets.C.id}/measurements`,
          { unit_id: lb.id, period_no: month, value: month });
        assert.equal(w.status, 201, w.text.slice(0, 300));
        // The writer's own read; the others may be served the board before it meanwhile.
        const c = (await boardItems(reporter)).get(`${tag}.C`);
        assert.equal(c.periods_reported, month, 'the writer does not read its write');
      }
    } finally {
      writing = false;   // a failed write must not leave the readers going for ever
      await Promise.all(readers);
    }
    assert.ok(seen.length > 0);
    // B kept its one figure through all of C's: other families' answers stand.
    assert.equal((await boardItems()).get(`${tag}.B`).periods_reported, 1);
  });
});

describe('readers while a board is being built', {
  skip: ENGINE !== 'postgresql' && 'a lock held from psql holds the build up on PostgreSQL only',
}, () => {
  // A transaction holding the target table stops every build of the board
  // (the build reads the year's targets); the revision is read elsewhere,
  // so requests still arrive at the cache and find their board stale.
  const psql = (args) => spawnSync('psql', ['-X', '-qtA', '-v', 'ON_ERROR_STOP=1', DB, ...args],
    { encoding: 'utf8', timeout: 30000 });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  test('the others get the previous board at once, the writer waits for its figure', T, async () => {
    const path = `/api/v1/targets?year=${year}&as_of=${asOf}`;
    const figureOf = (r) => JSON.parse(r.text).items.find((t) => t.code === `${tag}.D`).periods_reported;
    assert.equal(figureOf(await ok(path)), 0);
    const w = await reporter.post(`/api/v1/targets/${targets.D.id}/measurements`,
      { unit_id: lb.id, period_no: 1, value: 5 });
    assert.equal(w.status, 201, w.text.slice(0, 300));

    const locker = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', DB, '-c',
      'BEGIN; LOCK TABLE target IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(4); COMMIT;'],
    { stdio: 'ignore' });
    const done = new Promise((resolve) => locker.on('exit', resolve));
    for (let i = 0; i < 100 && psql(['-c', "SELECT count(*) FROM pg_locks WHERE relation = "
      + "'target'::regclass AND mode = 'AccessExclusiveLock' AND granted"]).stdout.trim() !== '1'; i++)
      await sleep(50);
    const lockedAt = Date.now();

    // The lock holds for 4 s from here: an answer within 3 s came while it held (a
    // reader served at once answers in milliseconds), one after it waited for it.
    const timed = (p) => p.then((r) => ({ r, early: Date.now() - lockedAt < 3000 }));
    const first = timed(anon.get(path));          // asks for the build, which waits
    await sleep(400);
    const second = timed(anon.get(path));         // a build is on its way: the previous board
    const mine = timed(reporter.get(path));       // the writer: its figure, so it waits
    await sleep(1100);
    const late = timed(anon.get(path));           // the build is over a second old: it waits too
    const answers = { first: await first, second: await second, mine: await mine, late: await late };
    assert.equal(await done, 0, 'psql failed to hold the lock');
    for (const [who, a] of Object.entries(answers))
      assert.equal(a.r.status, 200, `${who}: ${a.r.text.slice(0, 200)}`);

    const early = [answers.first, answers.second].filter((a) => a.early);
    assert.ok(early.length >= 1, 'every reader waited for the held-up build');
    for (const a of early)
      assert.equal(figureOf(a.r), 0, 'a reader served during the build got a board not yet built');
    assert.equal(answers.mine.early, false, 'the writer was served a board without its figure');
    assert.equal(figureOf(answers.mine.r), 1);
    assert.equal(answers.late.early, false, 'a second into a held-up build, a reader was still served the old board');
    assert.equal(figureOf(answers.late.r), 1);
  });
});

describe('readers who leave while their board is being built', () => {
  // A request waiting on a build is suspended; when its client has gone by
  // the time the build lands, the server ends it without answering, and
  // what the request held (its share of the build, the page begun around
  // the body) must be let go: the sanitizer pass's leak check at the
  // server's exit is where a leak shows (fuzz_http found one).
  test('30 readers hang up on cold boards; the server answers the next ones whole', T, async () => {
    const net = await import('node:net');
    const { hostname, port } = new URL(BASE);
    const leave = (path) => new Promise((resolve) => {
      const s = net.connect({ host: hostname, port: Number(port) }, () => {
        s.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
        // Gone before any answer: the board is built after this.
        setImmediate(() => { s.destroy(); resolve(); });
      });
      s.on('error', resolve);
    });
    const days = [];
    for (let i = 1; i <= 30; i++) days.push(`2019-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`);
    await Promise.all(days.map((d, i) => leave(i % 2 ? `/targets?year=2019&as_of=${d}`
      : `/api/v1/targets?year=2019&as_of=${d}`)));
    await new Promise((r) => setTimeout(r, 500));
    for (const d of days.slice(0, 3)) {
      const page = await fetch(`${BASE}/targets?year=2019&as_of=${d}`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<\/html>\s*$/);
      const json = await fetch(`${BASE}/api/v1/targets?year=2019&as_of=${d}`);
      assert.equal(json.status, 200);
      assert.ok(Array.isArray((await json.json()).items));
    }
  });
});
