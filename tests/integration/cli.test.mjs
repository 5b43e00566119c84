// The command line: help, version, flags and their env vars, migrate, demo,
// serve, and shutdown on SIGTERM.  Servers started here use their own
// temporary SQLite databases and ports.
import assert from 'node:assert/strict';
import net from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import {
  DB, LOGIN, PASSWORD, assertHealthy, freePort, get, removeDir, runCli, signIn, startServer, tempDir,
  uniq,
} from './lib.mjs';

const dirs = [];
function scratch() {
  const d = tempDir();
  dirs.push(d);
  return d;
}
after(() => { for (const d of dirs) removeDir(d); });

const T = { timeout: 60000 };

async function fetchJson(url) {
  const r = await fetch(url, { signal: AbortSignal.timeout(10000) });
  return { status: r.status, json: await r.json() };
}

/** Counts what a server on URL holds. */
async function census(url) {
  const units = (await fetchJson(`${url}/api/v1/units`)).json;
  const people = (await fetchJson(`${url}/api/v1/people`)).json;
  const districts = (await fetchJson(`${url}/api/v1/units?kind=district`)).json;
  const q9 = districts.items.filter((u) => u.name === 'Quận 9');
  const wards = q9.length === 1
    ? (await fetchJson(`${url}/api/v1/units?kind=ward&parent=${q9[0].id}`)).json.items : [];
  return { units: units.items.length, people: people.items.length, districtQ9: q9.length, wardsQ9: wards.length };
}

async function assertStopsCleanly(srv) {
  const r = await srv.stop();
  assert.deepEqual(r, { code: 0, signal: null },
    `after SIGTERM the server should exit 0; output:\n${srv.output().slice(-3000)}`);
}

describe('help and version', () => {
  test('`dieuhanh version` prints "dieuhanh " and a version', () => {
    const r = runCli(['version']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout.trim(), /^dieuhanh \S+/);
    assert.match(r.stdout, /^dieuhanh \d+\.\d+/, `version line: ${r.stdout}`);
  });

  for (const args of [['help'], ['--help']]) {
    test(`\`dieuhanh ${args.join(' ')}\` prints usage naming every command, exit 0`, () => {
      const r = runCli(args);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /usage/i);
      for (const cmd of ['serve', 'migrate', 'demo', 'version']) {
        assert.ok(r.stdout.includes(cmd), `usage does not mention "${cmd}":\n${r.stdout}`);
      }
    });
  }

  for (const [cmd, flags] of [
    ['serve', ['--listen', '--db', '--threads', '--static']],
    ['migrate', ['--db']],
    ['demo', ['--db']],
  ]) {
    test(`\`dieuhanh ${cmd} --help\` prints its usage with ${flags.join(', ')}, exit 0`, () => {
      const r = runCli([cmd, '--help']);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.includes(cmd), r.stdout);
      for (const f of flags) assert.ok(r.stdout.includes(f), `"${cmd} --help" does not mention ${f}:\n${r.stdout}`);
    });
  }
});

describe('bad command lines exit 2 with a message on stderr', () => {
  for (const [args, name] of [
    [['serve', '--threads', 'zero'], /--threads/],
    [['serve', '--threads', '0'], /--threads/],
    [['serve', '--threads'], /--threads/],
    [['serve', '--listen', 'nonsense'], /--listen/],
    [['serve', '--listen', '127.0.0.1:99999'], /--listen/],
    [['serve', '--bogus'], /--bogus/],
    [['migrate', '--bogus'], /--bogus/],
    [['demo', '--bogus'], /--bogus/],
  ]) {
    test(`\`dieuhanh ${args.join(' ')}\` is refused naming the flag`, () => {
      const r = runCli(args, { timeout: 10000 });
      assert.equal(r.status, 2, `exit ${r.status} ${r.signal ?? ''}; stderr: ${r.stderr}`);
      assert.match(r.stderr, name);
      assert.match(r.stderr, /usage/i, `no usage on stderr: ${r.stderr}`);
      assert.equal(r.stdout, '', 'errors go to stderr, not stdout');
    });
  }

  test('an unknown command exits 2', () => {
    const r = runCli(['frobnicate']);
    assert.equal(r.status, 2, `exit ${r.status}; stderr: ${r.stderr}`);
    assert.match(r.stderr, /frobnicate/);
  });

  test('a bad DIEUHANH_THREADS value is refused like the flag', () => {
    const r = runCli(['serve'], { env: { DIEUHANH_THREADS: 'zero' }, timeout: 10000 });
    assert.equal(r.status, 2, `exit ${r.status} ${r.signal ?? ''}; stderr: ${r.stderr}`);
    assert.match(r.stderr, /threads/i);
  });

  test('a bad DIEUHANH_LISTEN value is refused like the flag', () => {
    const r = runCli(['serve'], { env: { DIEUHANH_LISTEN: 'nonsense' }, timeout: 10000 });
    assert.equal(r.status, 2, `exit ${r.status} ${r.signal ?? ''}; stderr: ${r.stderr}`);
    assert.match(r.stderr, /listen/i);
  });

  test('an unsupported database URL is refused with a message naming it', () => {
    const url = 'mysql://localhost/dieuhanh';
    const r = runCli(['migrate', '--db', url], { timeout: 10000 });
    assert.ok(r.status === 1 || r.status === 2, `exit ${r.status}; stderr: ${r.stderr}`);
    assert.ok(r.stderr.includes(url), `the message does not name ${url}: ${r.stderr}`);
    const r2 = runCli(['migrate'], { env: { DIEUHANH_DB: url }, timeout: 10000 });
    assert.ok(r2.status === 1 || r2.status === 2, `DIEUHANH_DB: exit ${r2.status}; stderr: ${r2.stderr}`);
    assert.ok(r2.stderr.includes(url), `DIEUHANH_DB: the message does not name ${url}: ${r2.stderr}`);
  });
});

describe('migrate and demo', () => {
  test('migrate on a new SQLite file succeeds, and again does nothing harmful', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 'm.db')}`;
    const r1 = runCli(['migrate', '--db', db]);
    assert.equal(r1.status, 0, r1.stderr);
    const r2 = runCli(['migrate', '--db', db]);
    assert.equal(r2.status, 0, r2.stderr);
    const port = await freePort();
    const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db]);
    try {
      const h = await fetchJson(`${srv.url}/healthz`);
      const main = await get('/healthz');
      assert.equal(h.json.schema_version, main.json.schema_version);
      const c = await census(srv.url);
      assert.equal(c.units, 0, 'migrate alone should load no data');
      assert.equal(c.people, 0, 'migrate alone should load no data');
    } finally {
      await assertStopsCleanly(srv);
    }
  });

  test('demo loads Quận 9 and its 13 wards; a second demo adds nothing', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 'demo.db')}`;
    const r1 = runCli(['demo', '--db', db]);
    assert.equal(r1.status, 0, r1.stderr);
    const port = await freePort();
    let srv = await startServer(['serve'], { env: { DIEUHANH_DB: db, DIEUHANH_LISTEN: `127.0.0.1:${port}` } });
    let first;
    try {
      first = await census(srv.url);
    } finally {
      await assertStopsCleanly(srv);
    }
    assert.equal(first.districtQ9, 1);
    assert.equal(first.wardsQ9, 13);
    assert.ok(first.people > 0);
    const r2 = runCli(['demo', '--db', db]);
    assert.equal(r2.status, 0, r2.stderr);
    srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db]);
    try {
      assert.deepEqual(await census(srv.url), first, 'the second demo changed the data');
    } finally {
      await assertStopsCleanly(srv);
    }
  });

  test('demo adds nothing to a database that is not empty, even without Quận 9', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 'own.db')}`;
    assert.equal(runCli(['demo', '--db', db]).status, 0);
    const port = await freePort();
    let srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db]);
    let before;
    try {
      const cookie = await signIn(srv.url);
      const q9 = (await fetchJson(`${srv.url}/api/v1/units?kind=district`)).json.items
        .find((u) => u.name === 'Quận 9');
      const r = await fetch(`${srv.url}/api/v1/units/${q9.id}`, {
        method: 'PATCH', headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ name: 'Thành phố Thủ Đức' }),
      });
      assert.equal(r.status, 200, await r.text());
      before = await census(srv.url);
      assert.equal(before.districtQ9, 0);
    } finally {
      await assertStopsCleanly(srv);
    }
    const r2 = runCli(['demo', '--db', db]);
    assert.equal(r2.status, 0, r2.stderr);
    srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db]);
    try {
      assert.deepEqual(await census(srv.url), before, 'demo loaded data into a database that was not empty');
    } finally {
      await assertStopsCleanly(srv);
    }
  });

  test('migrate and demo on the database under test change nothing', T, async (t) => {
    if (!DB) { t.skip('DIEUHANH_DB not set'); return; }
    const base = process.env.DIEUHANH_URL;
    const before = await census(base);
    const m = runCli(['migrate', '--db', DB]);
    assert.equal(m.status, 0, m.stderr);
    const r = runCli(['demo', '--db', DB]);
    assert.equal(r.status, 0, r.stderr);
    const now = await census(base);
    assert.equal(now.districtQ9, 1);
    assert.equal(now.wardsQ9, before.wardsQ9);
    await assertHealthy();
  });
});

describe('serve', () => {
  test('serve takes --static, --threads and reports a working health check', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 's.db')}`;
    assert.equal(runCli(['migrate', '--db', db]).status, 0);
    const stat = join(d, 'static');
    mkdirSync(join(stat, 'css'), { recursive: true });
    const marker = `/* ${uniq('marker-')} */`;
    writeFileSync(join(stat, 'css', 'app.css'), `${marker}\nbody { color: black; }\n`);
    const port = await freePort();
    const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db,
      '--threads', '2', '--static', stat]);
    try {
      const h = await fetchJson(`${srv.url}/healthz`);
      assert.equal(h.json.status, 'ok');
      assert.equal(h.json.engine, 'sqlite');
      const css = await fetch(`${srv.url}/static/css/app.css`);
      assert.equal(css.status, 200);
      assert.ok((await css.text()).includes(marker), 'the stylesheet did not come from --static');
    } finally {
      await assertStopsCleanly(srv);
    }
  });

  test('DIEUHANH_STATIC and DIEUHANH_THREADS stand for --static and --threads', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 'e.db')}`;
    assert.equal(runCli(['migrate', '--db', db]).status, 0);
    const stat = join(d, 'static');
    mkdirSync(join(stat, 'css'), { recursive: true });
    const marker = `/* ${uniq('env-')} */`;
    writeFileSync(join(stat, 'css', 'app.css'), `${marker}\n`);
    const port = await freePort();
    const srv = await startServer(['serve'], {
      env: {
        DIEUHANH_DB: db, DIEUHANH_LISTEN: `127.0.0.1:${port}`,
        DIEUHANH_THREADS: '3', DIEUHANH_STATIC: stat,
      },
    });
    try {
      const css = await fetch(`${srv.url}/static/css/app.css`);
      assert.equal(css.status, 200);
      assert.ok((await css.text()).includes(marker), 'the stylesheet did not come from DIEUHANH_STATIC');
    } finally {
      await assertStopsCleanly(srv);
    }
  });

  test('a flag wins over its environment variable', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 'f.db')}`;
    assert.equal(runCli(['migrate', '--db', db]).status, 0);
    const port = await freePort();
    const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db], {
      env: { DIEUHANH_LISTEN: 'nonsense', DIEUHANH_DB: 'mysql://nowhere/x' },
    });
    try {
      assert.equal((await fetchJson(`${srv.url}/healthz`)).json.status, 'ok');
    } finally {
      await assertStopsCleanly(srv);
    }
  });

  test('serving a port that is already taken fails with a non-zero exit', T, async () => {
    const blocker = net.createServer();
    await new Promise((r) => blocker.listen(0, '127.0.0.1', r));
    const { port } = blocker.address();
    try {
      const d = scratch();
      const r = runCli(['serve', '--listen', `127.0.0.1:${port}`, '--db', `sqlite:${join(d, 'p.db')}`],
        { timeout: 15000 });
      assert.equal(r.signal, null, 'the server kept running (killed by the timeout) on a taken port');
      assert.notEqual(r.status, 0);
      assert.ok(r.stderr.length > 0, 'no message on stderr');
    } finally {
      blocker.close();
    }
  });

  test('on SIGTERM the server stops accepting, finishes the request in flight and exits 0', T, async () => {
    const d = scratch();
    const db = `sqlite:${join(d, 't.db')}`;
    assert.equal(runCli(['demo', '--db', db]).status, 0);
    const port = await freePort();
    const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db]);
    let exit;
    try {
      // A sign-in whose body arrives in two halves, SIGTERM in between.
      const body = Buffer.from(JSON.stringify({ login: LOGIN, password: PASSWORD }));
      const half = Math.floor(body.length / 2);
      const sock = net.connect({ host: '127.0.0.1', port });
      await new Promise((r, j) => { sock.once('connect', r); sock.once('error', j); });
      const chunks = [];
      const closed = new Promise((r) => sock.on('close', r));
      sock.on('data', (c) => chunks.push(c));
      sock.on('error', () => {});
      sock.write(`POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
      sock.write(body.subarray(0, half));
      await new Promise((r) => setTimeout(r, 300));
      srv.proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      // New connections are refused now.
      const refused = await new Promise((resolve) => {
        const c = net.connect({ host: '127.0.0.1', port });
        c.once('connect', () => { c.destroy(); resolve(false); });
        c.once('error', () => resolve(true));
      });
      // No half-close (FIN) after the body: MHD 0.9.75 aborts a suspended request
      // (the sign-in waits for argon2id) whose client half-closed; browsers and
      // HTTP libraries keep the connection open until the response.
      sock.write(body.subarray(half));
      await Promise.race([closed, new Promise((r) => setTimeout(r, 10000))]);
      sock.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      assert.match(text, /^HTTP\/1\.[01] 201 /, `the request in flight got: ${text.slice(0, 300) || '(nothing)'}`);
      assert.ok(refused, 'a new connection was accepted after SIGTERM');
    } finally {
      exit = await srv.stop();
    }
    assert.deepEqual(exit, { code: 0, signal: null }, `exit after SIGTERM; output:\n${srv.output().slice(-3000)}`);
  });
});
