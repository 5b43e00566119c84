// Two dieuhanh processes on one PostgreSQL database, as behind a load
// balancer: a write through one is seen through the other at once — the
// unit tree, the target board, sessions (signed in on one, signed out on
// the other), the sign-in throttle, and one audit chain that verifies.
// Each process remembers revision counters while its LISTEN connection
// says nothing changed (store/pg_watch.h): this is where a missed
// notification would show.
//
// "At once" for the cached reads is PostgreSQL's delivery of the
// notification: the writer's backend signals the listeners as it commits,
// but a listener's backend must still be scheduled to pass it on, and on
// a loaded machine the next request can reach the other process first
// (seen in CI: one read in six behind). So those reads are retried for up
// to CONVERGE_MS, and the test fails when a process never sees the write,
// which is what a missed notification does: it keeps its memory for good.
// Sessions, the throttle and the audit chain are read from the database
// on every request and are held to the first read.
//
// Runs on its own database in the suite's PostgreSQL cluster (created and
// dropped here), so the throttle it trips cannot lock anyone else out.
// SQLite serves one process: skipped there.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import {
  ENGINE, client, demoDb, dropDemoDb, freePort, removeDir, runCli, startServer, tempDir, trySignIn,
  uniq,
} from './lib.mjs';

const T = { timeout: 180000 };
const CONVERGE_MS = 3000;

/** Reads through READ until CHECK passes or CONVERGE_MS pass; returns the last read. */
async function eventually(read, check) {
  const t0 = Date.now();
  for (;;) {
    const r = await read();
    if (check(r) || Date.now() - t0 > CONVERGE_MS) return r;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const skip = ENGINE !== 'postgresql' && 'two processes share a PostgreSQL database; SQLite serves one';

let dir;
let made;
let url;
let key;
let a;
let b;

async function signedIn(srv, login) {
  const r = await trySignIn(login, `demo-2019-${login}`, srv.url);
  assert.equal(r.status, 201, `${login} on ${srv.url}: ${r.status} ${r.text.slice(0, 200)}`);
  return client(r.cookie, srv.url);
}

describe('two instances on one PostgreSQL', { skip }, () => {
  before(async () => {
    dir = tempDir();
    made = demoDb(dir, { engine: 'postgresql' });
    ({ url, key } = made);
    const serve = async () => startServer(['serve', '--listen', `127.0.0.1:${await freePort()}`,
      '--db', url, '--audit-key', key], { waitMs: 60000 });
    a = await serve();
    b = await serve();
  });

  after(async () => {
    await a?.stop();
    await b?.stop();
    if (made) dropDemoDb(made);
    if (dir) removeDir(dir);
  });

  test('a unit added through one is in the other\'s tree at once', T, async () => {
    const admin = await signedIn(a, 'quantri');
    const anonB = client(null, b.url);
    const q9 = (await anonB.get('/api/v1/units?kind=district')).json.items[0];
    const tree0 = await anonB.get(`/api/v1/units/${q9.id}/tree`);
    assert.equal(tree0.status, 200);
    for (let i = 0; i < 5; i++) {
      const name = `Tổ hai tiến trình ${uniq()}`;
      const r = await admin.post('/api/v1/units', {
        kind: 'department', code: uniq('U-'), name, parent_id: q9.id,
      });
      assert.equal(r.status, 201, r.text.slice(0, 300));
      const tree = await eventually(() => anonB.get(`/api/v1/units/${q9.id}/tree`),
        (x) => x.status !== 200 || x.text.includes(name));
      assert.equal(tree.status, 200);
      assert.ok(tree.text.includes(name), `round ${i}: B's tree lacks the unit A just added`);
      assert.notEqual(tree.headers.get('etag'), tree0.headers.get('etag'));
    }
  });

  test('a figure reported through one is on the other\'s board at once', T, async () => {
    const leader = await signedIn(a, 'lanhdao');
    const reporter = await signedIn(a, 'longbinh');
    const anonB = client(null, b.url);
    const wards = (await anonB.get('/api/v1/units?kind=ward&limit=100')).json.items;
    const lb = wards.find((w) => w.code === 'Q9.LONGBINH');
    const year = 2095 + randomInt(0, 5);
    const code = uniq('TWO').toUpperCase();
    const t = await leader.post('/api/v1/targets', {
      code, year, name: `Chỉ tiêu hai tiến trình ${code}`, period: 'month', kind: 'amount',
      unit_of_measure: 'tỷ đồng', target_low: 100, owner_unit_id: lb.id,
    });
    assert.equal(t.status, 201, t.text.slice(0, 300));
    for (let month = 1; month <= 6; month++) {
      // Read through B first, so B remembers the revision the write must change.
      await anonB.get(`/api/v1/targets?year=${year}&as_of=${year}-12-31`);
      const w = await reporter.post(`/api/v1/targets/${t.json.id}/measurements`,
        { unit_id: lb.id, period_no: month, value: month * 10 });
      assert.equal(w.status, 201, w.text.slice(0, 300));
      const reported = (r) => r.json?.items?.find((x) => x.code === code)?.periods_reported;
      const board = await eventually(
        () => anonB.get(`/api/v1/targets?year=${year}&as_of=${year}-12-31`),
        (r) => reported(r) === month);
      assert.equal(reported(board), month, `month ${month}: B's board is behind A's write`);
      const one = await eventually(
        () => anonB.get(`/api/v1/targets/${t.json.id}?as_of=${year}-12-31`),
        (r) => r.json?.series?.at(-1)?.period_no === month);
      assert.deepEqual(one.json.series.at(-1), { period_no: month, value: month * 10 });
    }
  });

  test('a task written through one is in the other\'s lists of its units and its assignee at once', T, async () => {
    const admin = await signedIn(a, 'quantri');
    const onB = await signedIn(b, 'quantri');
    const wards = (await onB.get('/api/v1/units?kind=ward&limit=100')).json.items;
    const lb = wards.find((w) => w.code === 'Q9.LONGBINH');
    const tag = uniq('TWO').toUpperCase();
    const made2 = async (path, body) => {
      const r = await admin.post(path, body);
      assert.equal(r.status, 201, r.text.slice(0, 300));
      return r.json;
    };
    const lead = await made2('/api/v1/units', { kind: 'neighbourhood_group', code: `${tag}-A`, name: `Tổ ${tag} A`, parent_id: lb.id });
    const co = await made2('/api/v1/units', { kind: 'neighbourhood_group', code: `${tag}-B`, name: `Tổ ${tag} B`, parent_id: lb.id });
    const who = await made2('/api/v1/people', { full_name: `Cán bộ ${tag}`, title: 'Chuyên viên', unit_id: lead.id });
    const lists = [`unit_id=${lead.id}&status=open`, `unit_id=${co.id}&status=open`, `assignee_id=${who.id}&status=open`];
    const titles = (r) => (r.json?.tasks ?? []).map((x) => x.title).sort();
    const want = [];
    for (let i = 0; i < 3; i++) {
      // Read through B first, so B keeps the lists the write must change.
      for (const q of lists) await onB.get(`/api/v1/tasks?${q}`);
      const title = `Việc ${tag} ${i}`;
      await made2('/api/v1/tasks', {
        title, unit_id: lead.id, unit_ids: [lead.id, co.id], assignee_id: who.id, leader_id: who.id, due_date: '2099-05-05',
      });
      want.push(title);
      for (const q of lists) {
        const r = await eventually(() => onB.get(`/api/v1/tasks?${q}`), (x) => titles(x).length === want.length);
        assert.deepEqual(titles(r), [...want].sort(), `round ${i}: B's list ${q} is behind A's write`);
      }
    }
  });

  test('signed in on one, the session works on the other; signed out there, it ends here', T, async () => {
    const r = await trySignIn('giamsat', 'demo-2019-giamsat', a.url);
    assert.equal(r.status, 201);
    const onA = client(r.cookie, a.url);
    const onB = client(r.cookie, b.url);
    assert.equal((await onB.get('/api/v1/session')).status, 200);
    assert.equal((await onB.del('/api/v1/session')).status, 200);
    assert.equal((await onA.get('/api/v1/session')).status, 401);
  });

  test('failed sign-ins through both count together', T, async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await trySignIn('lanhdao', `sai-${i}`, (i % 2 ? a : b).url);
      assert.equal(r.status, 401, `attempt ${i}: ${r.status}`);
    }
    for (const srv of [a, b]) {
      const r = await trySignIn('lanhdao', 'demo-2019-lanhdao', srv.url);
      assert.equal(r.status, 429, `the 6th attempt through ${srv.url}: ${r.status}`);
    }
  });

  test('writes through both make one audit chain that verifies', T, async () => {
    const onA = await signedIn(a, 'quantri');
    const onB = await signedIn(b, 'quantri');
    const q9 = (await onA.get('/api/v1/units?kind=district')).json.items[0];
    const writes = [];
    for (let i = 0; i < 10; i++) {
      const c = i % 2 ? onA : onB;
      writes.push(c.post('/api/v1/units', {
        kind: 'department', code: uniq('U-'), name: `Tổ kiểm ${uniq()}`, parent_id: q9.id,
      }));
    }
    for (const r of await Promise.all(writes))
      assert.equal(r.status, 201, r.text.slice(0, 200));
    const v = runCli(['audit', 'verify', '--db', url, '--audit-key', key],
      { timeout: 120000 });
    assert.equal(v.status, 0, `audit verify: ${v.stdout}\n${v.stderr}`);
  });
});
