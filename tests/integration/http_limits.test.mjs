// HTTP framing and connection limits (docs/SECURITY.md, "HTTP framing and
// connection limits"): body caps however framed, linear form buffering,
// over-long queries, NUL bytes, the header deadline and eviction of idle
// connections, X-Forwarded-For from trusted proxies only (also through a
// real nginx with the documented configuration), symlinks under /static/.
//
// Tests that need a special server start their own on the engine under test
// (DIEUHANH_DB); the others use the shared server (DIEUHANH_URL).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { peakRssMiB, piecewisePost, timedGet } from './attack.mjs';
import { BASE, DB, freePort, removeDir, startServer, tempDir } from './lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const base = new URL(BASE);
const SHARED = { host: base.hostname, port: Number(base.port || 80) };

async function ownServer(extra = [], opts = {}) {
  const port = await freePort();
  const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', DB, ...extra],
    { waitMs: 60000, ...opts });
  return { ...srv, host: '127.0.0.1', port };
}

describe('request bodies', () => {
  test('a 1 MB form sent in 2,000 pieces keeps the server under 100 MB', async () => {
    const srv = await ownServer();
    try {
      const one = await piecewisePost({
        host: srv.host, port: srv.port, path: '/login', prefix: 'login=',
        bodyBytes: 1000000 - 6, piece: 500,
      });
      assert.ok(one.status >= 400 && one.status < 500, `answered ${one.status}`);
      const peak = peakRssMiB(srv.proc.pid);
      // Before the fix: 740-950 MB for this one request.
      assert.ok(peak < 100, `peak RSS ${peak.toFixed(1)} MiB after one 1 MB form in pieces`);
      const four = await Promise.all([0, 1, 2, 3].map(() => piecewisePost({
        host: srv.host, port: srv.port, path: '/login', prefix: 'login=',
        bodyBytes: 1000000 - 6, piece: 500,
      })));
      for (const r of four) assert.ok(r.status >= 400 && r.status < 500, `answered ${r.status}`);
      const peak4 = peakRssMiB(srv.proc.pid);
      assert.ok(peak4 < 200, `peak RSS ${peak4.toFixed(1)} MiB after four at once (was 3.7 GB)`);
    } finally {
      await srv.stop();
    }
  });

  test('form fields together over 1 MiB in a chunked body are refused 413', async () => {
    // Three fields of 400 KB: each under the cap, together over it.
    const field = 'a'.repeat(400000);
    const prefix = `x=${field}&y=${field}&z=`;
    const r = await piecewisePost({
      ...SHARED, path: '/login', prefix, bodyBytes: 400000, piece: 16384, chunked: true,
    });
    assert.equal(r.status, 413);
  });

  test('a chunked body far over the cap is not read to its end', async () => {
    const r8 = await piecewisePost({
      ...SHARED, path: '/login', prefix: 'login=', bodyBytes: 8000000, piece: 16384, chunked: true,
    });
    assert.equal(r8.status, 413, '8 MB chunked: 413');
    const r40 = await piecewisePost({
      ...SHARED, path: '/login', prefix: 'login=', bodyBytes: 40000000, piece: 16384,
      chunked: true,
    });
    // Discarded up to 8 times the cap, then the connection is closed.
    assert.ok(r40.sent < 20000000, `the server read ${r40.sent} bytes of a 40 MB body`);
    assert.ok(r40.status === 0 || r40.status === 413, `answered ${r40.status}`);
  });

  test('a JSON body over 1 MiB in chunks is refused 413', async () => {
    const r = await piecewisePost({
      ...SHARED, path: '/api/v1/units', contentType: 'application/json', prefix: '{"name":"',
      bodyBytes: 1200000, piece: 16384, chunked: true,
    });
    assert.equal(r.status, 413);
  });
});

describe('request targets', () => {
  test('2,000 query arguments are answered 414 at once', async () => {
    const q = Array.from({ length: 2000 }, (_, i) => `p${i}=v`).join('&');
    const r = await timedGet({ ...SHARED, path: `/healthz?${q}`, timeoutMs: 10000 });
    // Before the fix: no answer, the connection closed after 30 s.
    assert.equal(r.status, 414);
    assert.ok(r.ms < 2000, `answered after ${r.ms} ms`);
    const ok = await timedGet({ ...SHARED, path: '/healthz?a=1&b=2' });
    assert.equal(ok.status, 200);
  });

  test('the largest target accepted (8 KiB, 64 arguments) with a 4 KiB cookie is served', async () => {
    // What a connection's memory must hold (src/main.c, connection_memory);
    // 8 KiB is nginx's default limit for a request line too.
    const arg = (i) => `a${i}=${'v'.repeat(124)}`;
    const q = Array.from({ length: 64 }, (_, i) => arg(i)).join('&');
    const path = `/api/v1/units?${q}`.slice(0, 8 * 1024 - 1);
    assert.ok(path.length > 7 * 1024, `target of ${path.length} bytes`);
    const r = await fetch(`${BASE}${path}`, {
      headers: { cookie: `dh_lang=vi; other=${'c'.repeat(4096)}`, 'accept-language': 'vi,en;q=0.8' },
      signal: AbortSignal.timeout(15000),
    });
    await r.text();
    assert.equal(r.status, 200);
    const over = await fetch(`${BASE}/healthz?q=${'x'.repeat(8 * 1024)}`, { signal: AbortSignal.timeout(15000) });
    await over.text();
    assert.equal(over.status, 414, 'a target over 8 KiB');
  });

  test('a NUL byte in a form value or the query string is refused 400', async () => {
    const form = await fetch(`${BASE}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'login=abc%00def&password=whatever-it-is',
      signal: AbortSignal.timeout(15000),
    });
    const text = await form.text();
    assert.equal(form.status, 400);
    assert.match(text, /NUL/);
    const api = await fetch(`${BASE}/api/v1/units?q=abc%00def`, { signal: AbortSignal.timeout(15000) });
    const problem = await api.json();
    assert.equal(api.status, 400);
    assert.match(problem.detail, /NUL/);
    const page = await fetch(`${BASE}/units?q=abc%00`, { signal: AbortSignal.timeout(15000) });
    await page.text();
    assert.equal(page.status, 400);
  });
});

describe('connections', () => {
  test('a fresh client is answered within 1 s while 5,000 idle and 1,100 slow-header connections are open', async (t) => {
    const hard = Number(spawnSync('bash', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).stdout.trim());
    if (!(hard >= 7000) && !Number.isNaN(hard)) {
      t.skip(`the descriptor limit (ulimit -Hn ${hard}) cannot hold 6,100 client sockets`);
      return;
    }
    const srv = await ownServer();
    try {
      // A child with its own descriptor limit holds the 6,100 sockets.
      const child = spawn('bash', ['-c',
        'ulimit -n 16384 2>/dev/null || ulimit -n "$(ulimit -Hn)"; '
        + `exec node ${JSON.stringify(join(HERE, 'attack.mjs'))} flood 127.0.0.1 ${srv.port} 5000 1100 13000`],
      { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => { out += d; });
      child.stderr.on('data', (d) => { err += d; });
      const code = await new Promise((resolve) => child.on('exit', resolve));
      assert.equal(code, 0, `flood client failed: ${err.slice(-2000)}`);
      const r = JSON.parse(out.trim().split('\n').pop());
      assert.ok(r.opened >= 6000, `only ${r.opened} of 6,100 connections opened`);
      for (const f of r.fresh) {
        assert.equal(f.status, 200, `fresh client: ${JSON.stringify(r)}`);
        // Before the fix: 60-75 s.
        assert.ok(f.ms < 1000, `fresh client answered after ${f.ms} ms`);
      }
      // 3 s + 13 s after they opened, past the 10 s header deadline: every
      // flood connection (idle or trickling headers) has been closed.
      assert.ok(r.closedLater >= 6000,
        `${r.closedLater} of ${r.opened} flood connections closed after 16 s`);
      const after16 = await timedGet({ host: srv.host, port: srv.port });
      assert.equal(after16.status, 200);
    } finally {
      await srv.stop();
    }
  });
});

describe('X-Forwarded-For', () => {
  // The sign-in throttle: 20 failures from one address in 15 minutes.
  async function failSignIns(url, n, xffOf, localAddress) {
    const statuses = [];
    for (let i = 0; i < n; i++) {
      const login = `nobody-${randomBytes(6).toString('hex')}`;
      const r = await rawJsonPost(url, '/api/v1/session', { login, password: 'wrong-password-1' },
        { 'X-Forwarded-For': xffOf(i) }, localAddress);
      statuses.push(r);
    }
    return statuses;
  }

  test('behind --trusted-proxies the client cannot choose its address with X-Forwarded-For', async () => {
    const srv = await ownServer(['--trusted-proxies', '127.0.0.1']);
    try {
      // The proxy (127.0.0.1) appended the real client, 198.51.100.N; the
      // entries left of it rotate, as an attacker's would.
      const real = `198.51.100.${1 + randomBytes(1)[0] % 250}`;
      const statuses = await failSignIns(`http://127.0.0.1:${srv.port}`, 24,
        (i) => `10.${i}.${i}.${i}, ${real}`);
      assert.deepEqual(statuses.slice(0, 20).filter((s) => s !== 401), [],
        `first 20: ${statuses.join(' ')}`);
      assert.ok(statuses.slice(20).every((s) => s === 429),
        `after 20 failures from ${real}: ${statuses.join(' ')}`);
    } finally {
      await srv.stop();
    }
  });
});

/** POST of JSON from LOCAL_ADDRESS with extra headers; resolves the status. */
function rawJsonPost(url, path, body, headers, localAddress) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    import('node:http').then(({ request }) => {
      const data = JSON.stringify(body);
      const req = request({
        host: u.hostname, port: u.port, path, method: 'POST', localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers },
        timeout: 60000,
      }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
      req.on('error', reject);
      req.end(data);
    });
  });
}

describe('nginx in front', { skip: !existsSync('/usr/sbin/nginx') && 'no /usr/sbin/nginx (scripts/deps.sh --test installs it)' }, () => {
  let dir;
  let srv;
  let nginx;
  let nport;
  before(async () => {
    dir = tempDir();
    srv = await ownServer(['--trusted-proxies', '127.0.0.1']);
    nport = await freePort();
    // The block documented in docs/SECURITY.md, only its ports changed.
    const doc = readFileSync(join(ROOT, 'docs', 'SECURITY.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## HTTP framing and connection limits'));
    const m = /```nginx\n([\s\S]*?)```/.exec(section);
    assert.ok(m, 'docs/SECURITY.md has the nginx configuration');
    const block = m[1]
      .replace(/server 127\.0\.0\.1:8080;/, `server 127.0.0.1:${srv.port};`)
      .replace(/listen 80;/, `listen 127.0.0.1:${nport};`);
    assert.notEqual(block, m[1]);
    for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
    const conf = `${process.getuid() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${block}
}
`;
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const check = spawnSync('/usr/sbin/nginx', ['-t', '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-p', dir],
      { encoding: 'utf8' });
    assert.equal(check.status, 0, `nginx -t: ${check.stderr}`);
    nginx = spawn('/usr/sbin/nginx', ['-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    const deadline = Date.now() + 10000;
    for (;;) {
      const r = await timedGet({ host: '127.0.0.1', port: nport, timeoutMs: 1000 });
      if (r.status === 200) break;
      assert.ok(Date.now() < deadline, 'nginx did not start');
      await new Promise((res) => setTimeout(res, 100));
    }
  });
  after(async () => {
    if (nginx) {
      nginx.kill('SIGQUIT');
      await new Promise((r) => { nginx.on('exit', r); setTimeout(r, 5000); });
    }
    if (srv) await srv.stop();
    if (dir) removeDir(dir);
  });

  test('nginx with the documented configuration passes requests and the client\'s address', async () => {
    const url = `http://127.0.0.1:${nport}`;
    const h = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10000) });
    assert.equal(h.status, 200);
    assert.equal((await h.json()).status, 'ok');
    // The client connects from an address of its own; nginx appends it to
    // whatever X-Forwarded-For the client sent, and dieuhanh must count the
    // failures against it, not against the rotating forged entries.
    const me = `127.0.3.${1 + randomBytes(1)[0] % 250}`;
    const statuses = [];
    for (let i = 0; i < 22; i++) {
      const login = `nobody-${randomBytes(6).toString('hex')}`;
      statuses.push(await rawJsonPost(url, '/api/v1/session', { login, password: 'wrong-password-1' },
        { 'X-Forwarded-For': `10.1.${i}.${i}` }, me));
    }
    assert.deepEqual(statuses.slice(0, 20).filter((s) => s !== 401), [], statuses.join(' '));
    assert.ok(statuses.slice(20).every((s) => s === 429), statuses.join(' '));
    // Another address through the same proxy is not throttled.
    const other = await rawJsonPost(url, '/api/v1/session',
      { login: `nobody-${randomBytes(6).toString('hex')}`, password: 'wrong-password-1' },
      {}, `127.0.4.${1 + randomBytes(1)[0] % 250}`);
    assert.equal(other, 401);
  });
});

describe('static files', () => {
  test('a symlinked folder inside static/ is not followed', async () => {
    const dir = tempDir();
    let srv;
    try {
      const stat = join(dir, 'static');
      cpSync(join(ROOT, 'static'), stat, { recursive: true });
      const outside = join(dir, 'outside');
      mkdirSync(outside);
      writeFileSync(join(outside, 'secret.txt'), 'not for the public\n');
      symlinkSync(outside, join(stat, 'linked'));
      symlinkSync(join(outside, 'secret.txt'), join(stat, 'secret.txt'));
      mkdirSync(join(stat, 'plain'));
      writeFileSync(join(stat, 'plain', 'ok.txt'), 'public\n');
      srv = await ownServer(['--static', stat]);
      const get = async (p) => {
        const r = await fetch(`http://127.0.0.1:${srv.port}${p}`, { signal: AbortSignal.timeout(10000) });
        return { status: r.status, text: await r.text() };
      };
      const ok = await get('/static/plain/ok.txt');
      assert.equal(ok.status, 200);
      assert.equal(ok.text, 'public\n');
      // Before the fix the linked folder was followed: 200 with the secret.
      const linked = await get('/static/linked/secret.txt');
      assert.equal(linked.status, 404);
      assert.doesNotMatch(linked.text, /not for the public/);
      assert.equal((await get('/static/secret.txt')).status, 404);
    } finally {
      if (srv) await srv.stop();
      removeDir(dir);
    }
  });
});
