// Helpers for the integration tests.
//
// Environment (set by scripts/test.sh):
//   DIEUHANH_URL     base URL of a running server (demo data loaded)
//   DIEUHANH_BIN     absolute path of the dieuhanh binary
//   DIEUHANH_DB      database URL the server uses
//   DIEUHANH_ENGINE  "sqlite" or "postgresql"
//   DIEUHANH_DEMO_SQLITE  an SQLite file holding the demo (its audit key beside
//                    it, FILE.audit-key), copied by demoDb()
//   DIEUHANH_DEMO_PG, DIEUHANH_DEMO_PG_KEY
//                    on the PostgreSQL run: a database holding the demo, used
//                    by demoDb() as a template, and the key its chain was made with
//   DIEUHANH_LOGIN, DIEUHANH_PASSWORD
//                    the account the tests sign in with (POST /api/v1/session);
//                    default: the demo's administrator.  Every request()
//                    carries its session cookie unless asked to be anonymous;
//                    a server without /api/v1/session is used anonymously.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = (process.env.DIEUHANH_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const BIN = process.env.DIEUHANH_BIN || 'build/dieuhanh';
export const DB = process.env.DIEUHANH_DB || '';
export const ENGINE = process.env.DIEUHANH_ENGINE || '';

const base = new URL(BASE);
export const HOST = base.hostname;
export const PORT = Number(base.port || 80);

export const UNIT_KINDS = [
  'province', 'city', 'district', 'ward', 'commune', 'department',
  'neighbourhood_group', 'party_committee', 'one_stop_desk',
];
export const UNIT_FIELDS = [
  'id', 'kind', 'code', 'name', 'parent_id', 'valid_from', 'valid_to',
  'predecessor_id', 'successor_id',
];
export const PERSON_FIELDS = ['id', 'full_name', 'title', 'unit_id', 'email', 'phone'];

export const collator = new Intl.Collator('vi');

export const LOGIN = process.env.DIEUHANH_LOGIN || 'quantri';
export const PASSWORD = process.env.DIEUHANH_PASSWORD || 'demo-2019-quantri';

/**
 * Signs in on the server at URL; returns the Cookie header value ("" when the
 * server has no sign-in endpoint).  Fails the test on a refused sign-in.
 */
export async function signIn(url = BASE, login = LOGIN, password = PASSWORD) {
  const r = await fetch(`${url}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }), signal: AbortSignal.timeout(15000),
  });
  const text = await r.text();
  if (r.status === 404) return '';
  assert.ok(r.status === 200 || r.status === 201,
    `signing in as ${login}: ${r.status} ${text.slice(0, 300)}`);
  const cookies = r.headers.getSetCookie().map((c) => c.split(';')[0]);
  assert.ok(cookies.length > 0, `signing in as ${login} set no cookie`);
  return cookies.join('; ');
}

let sessionP;
/** The Cookie header of this process's session on BASE (signs in once). */
export function session() {
  sessionP ??= signIn();
  return sessionP;
}

/** A short random tag, unique per call: lower-case letters and digits. */
export function uniq(prefix = 't') {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/**
 * An HTTP request with fetch.  BODY: an object/array/number (sent as JSON),
 * or a string / Buffer (sent as is).  Returns { status, headers, text, json }.
 * json is the parsed body, or undefined when the body is not JSON.
 */
export async function request(method, path, { body, headers = {}, contentType, anonymous = false } = {}) {
  const h = { ...headers };
  if (!anonymous) {
    const c = await session();
    if (c) h.cookie = c;
  }
  let payload;
  if (body !== undefined) {
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      payload = body;
    } else {
      payload = JSON.stringify(body);
    }
    h['content-type'] = contentType ?? h['content-type'] ?? 'application/json';
  }
  const res = await fetch(BASE + path, {
    method, headers: h, body: payload, redirect: 'manual',
    signal: AbortSignal.timeout(15000),
  });
  const text = await res.text();
  let json;
  try { json = text === '' ? undefined : JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, headers: res.headers, text, json };
}

export const get = (path, opts) => request('GET', path, opts);
export const post = (path, body, opts = {}) => request('POST', path, { ...opts, body });
export const patch = (path, body, opts = {}) => request('PATCH', path, { ...opts, body });

/**
 * Sends BYTES (a Buffer or string: a whole HTTP/1.1 request) over a fresh TCP
 * connection and parses the response.  Used for what fetch would not send:
 * raw "..", invalid UTF-8, oversized bodies.  Write errors after the server
 * answered (it may close early, e.g. on 413) are ignored.
 * Returns { status, statusLine, headers (lower-cased keys), body (Buffer), text }.
 */
export function rawRequest(bytes, { timeout = 15000 } = {}) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let done = false;
    const sock = net.connect({ host: HOST, port: PORT });
    const finish = (err) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      const buf = Buffer.concat(chunks);
      if (buf.length === 0) {
        reject(err || new Error('no response from the server'));
        return;
      }
      try { resolve(parseResponse(buf)); } catch (e) { reject(e); }
    };
    const timer = setTimeout(() => finish(new Error('timeout waiting for the response')), timeout);
    sock.on('data', (d) => {
      chunks.push(d);
      // Stop once a complete response is here (the server may keep the
      // connection open despite Connection: close).
      const buf = Buffer.concat(chunks);
      try {
        const r = parseResponse(buf);
        if (r.complete) finish();
      } catch { /* not yet complete */ }
    });
    sock.on('end', () => finish());
    sock.on('close', () => finish());
    sock.on('error', (e) => {
      // EPIPE / ECONNRESET after the answer arrived: fine.
      if (chunks.length > 0) finish(); else finish(e);
    });
    sock.on('connect', () => {
      sock.write(bytes, () => { /* errors reported on 'error' */ });
    });
  });
}

function parseResponse(buf) {
  const sep = buf.indexOf('\r\n\r\n');
  if (sep < 0) throw new Error('incomplete response head');
  const head = buf.subarray(0, sep).toString('latin1').split('\r\n');
  const statusLine = head[0];
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!m) throw new Error(`bad status line: ${statusLine}`);
  const headers = {};
  for (const line of head.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) {
      const k = line.slice(0, i).trim().toLowerCase();
      const v = line.slice(i + 1).trim();
      headers[k] = headers[k] ? `${headers[k]}, ${v}` : v;
    }
  }
  let body = buf.subarray(sep + 4);
  let complete = false;
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    complete = body.length >= n;
    body = body.subarray(0, n);
  } else if (/chunked/i.test(headers['transfer-encoding'] || '')) {
    const out = [];
    let i = 0;
    for (;;) {
      const e = body.indexOf('\r\n', i);
      if (e < 0) break;
      const size = parseInt(body.subarray(i, e).toString('latin1'), 16);
      if (Number.isNaN(size)) break;
      if (size === 0) { complete = true; break; }
      if (body.length < e + 2 + size) break;
      out.push(body.subarray(e + 2, e + 2 + size));
      i = e + 2 + size + 2;
    }
    body = Buffer.concat(out);
  }
  const status = Number(m[1]);
  if (status === 304 || status === 204) complete = true;
  return { status, statusLine, headers, body, text: body.toString('utf8'), complete };
}

/** A raw request with a body: BODY is a Buffer (bytes sent as they are). */
export async function rawPost(path, body, { method = 'POST', contentType = 'application/json' } = {}) {
  const c = await session();
  const head = Buffer.from(
    `${method} ${path} HTTP/1.1\r\nHost: ${HOST}:${PORT}\r\n` +
    `Content-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n` +
    (c ? `Cookie: ${c}\r\n` : '') +
    'Connection: close\r\n\r\n', 'latin1');
  return rawRequest(Buffer.concat([head, body]));
}

/** A raw GET of PATH exactly as written (no normalisation of ".."). */
export function rawGet(path, extraHeaders = '') {
  return rawRequest(
    `GET ${path} HTTP/1.1\r\nHost: ${HOST}:${PORT}\r\n${extraHeaders}Connection: close\r\n\r\n`);
}

/** Header lookup for both fetch Headers and rawRequest's plain object. */
export function header(headers, name) {
  if (typeof headers.get === 'function') return headers.get(name);
  return headers[name.toLowerCase()] ?? null;
}

/**
 * Asserts an RFC 9457 problem: status, media type, the four members, and
 * FIELD when given.  RES is a request() or rawRequest() result.
 */
export function assertProblem(res, status, field) {
  const what = `response was ${res.status} ${String(res.text).slice(0, 300)}`;
  assert.equal(res.status, status, what);
  const ct = header(res.headers, 'content-type') || '';
  assert.match(ct, /^application\/problem\+json\b/i, `Content-Type was "${ct}"`);
  const body = res.json ?? JSON.parse(res.text);
  assert.equal(typeof body, 'object', what);
  assert.equal(typeof body.type, 'string', `problem "type" missing: ${what}`);
  assert.equal(typeof body.title, 'string', `problem "title" missing: ${what}`);
  assert.ok(body.title.length > 0, `problem "title" empty: ${what}`);
  assert.equal(body.status, status, `problem "status" member: ${what}`);
  assert.equal(typeof body.detail, 'string', `problem "detail" missing: ${what}`);
  assert.ok(body.detail.length > 0, `problem "detail" empty: ${what}`);
  if (field !== undefined) {
    assert.equal(body.field, field, `problem "field": ${what}`);
  }
  return body;
}

/** Asserts the server still answers /healthz with 200. */
export async function assertHealthy() {
  const r = await get('/healthz');
  assert.equal(r.status, 200, `the server stopped serving: /healthz gave ${r.status}`);
  assert.equal(r.json?.status, 'ok');
}

/** Asserts UNIT has exactly the unit fields, with the right types. */
export function assertUnitShape(u) {
  assert.deepEqual(Object.keys(u).filter((k) => k !== 'children').sort(), [...UNIT_FIELDS].sort(),
    `unit fields: ${JSON.stringify(u)}`);
  assert.ok(Number.isInteger(u.id) && u.id > 0, `id: ${u.id}`);
  assert.ok(UNIT_KINDS.includes(u.kind), `kind: ${u.kind}`);
  assert.equal(typeof u.code, 'string');
  assert.ok(u.code.length > 0);
  assert.equal(typeof u.name, 'string');
  assert.ok(u.name.length > 0);
  for (const f of ['parent_id', 'predecessor_id', 'successor_id']) {
    assert.ok(u[f] === null || (Number.isInteger(u[f]) && u[f] > 0), `${f}: ${u[f]}`);
  }
  for (const f of ['valid_from', 'valid_to']) {
    assert.ok(u[f] === null || /^\d{4}-\d{2}-\d{2}$/.test(u[f]), `${f}: ${u[f]}`);
  }
}

export function assertPersonShape(p) {
  assert.deepEqual(Object.keys(p).sort(), [...PERSON_FIELDS].sort(),
    `person fields: ${JSON.stringify(p)}`);
  assert.ok(Number.isInteger(p.id) && p.id > 0);
  assert.equal(typeof p.full_name, 'string');
  assert.ok(p.full_name.length > 0);
  assert.equal(typeof p.title, 'string');
  assert.ok(Number.isInteger(p.unit_id) && p.unit_id > 0);
  assert.ok(p.email === null || typeof p.email === 'string');
  assert.ok(p.phone === null || typeof p.phone === 'string');
}

/** Asserts NAMES are in Vietnamese alphabetical order. */
export function assertVietnameseOrder(names, what = 'list') {
  for (let i = 1; i < names.length; i++) {
    assert.ok(collator.compare(names[i - 1], names[i]) <= 0,
      `${what} is not in Vietnamese order: "${names[i - 1]}" comes before "${names[i]}"\n` +
      `whole order: ${JSON.stringify(names)}`);
  }
}

/** GET a list; asserts 200 and the {items,count} shape; returns items. */
export async function list(path) {
  const r = await get(path);
  assert.equal(r.status, 200, `GET ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(Array.isArray(r.json?.items), `GET ${path}: no items array`);
  assert.ok(Number.isInteger(r.json.count), `GET ${path}: no integer count`);
  return r.json.items;
}

let homeP;
/**
 * The unit the tests create their units under: the parent of the demo's
 * Quận 9 (the city), where the demo administrator may write.
 */
export function home() {
  homeP ??= demoDistrict().then((d) => {
    assert.ok(d.parent_id, 'Quận 9 has no parent unit');
    return d.parent_id;
  });
  return homeP;
}

/** Creates a unit (under home() unless FIELDS say); asserts 201. */
export async function createUnit(fields = {}) {
  const body = {
    kind: 'department', code: uniq('U-'), name: `Đơn vị ${uniq()}`, parent_id: await home(), ...fields,
  };
  const r = await post('/api/v1/units', body);
  assert.equal(r.status, 201, `creating ${JSON.stringify(body)}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

/** Creates a fresh unit (under home()) as the root of a test's own subtree. */
export function createRoot(tag = uniq()) {
  return createUnit({ kind: 'department', code: `ROOT-${tag}`, name: `Khối thử ${tag}` });
}

export async function createPerson(fields = {}) {
  const body = { full_name: `Người thử ${uniq()}`, title: 'Chuyên viên', ...fields };
  const r = await post('/api/v1/people', body);
  assert.equal(r.status, 201, `creating ${JSON.stringify(body)}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

/**
 * The units whose name contains TAG (a unique random word), found with the
 * search filter: listing everything is not enough, lists may be capped.
 */
export async function unitsNamed(tag) {
  return list(`/api/v1/units?q=${encodeURIComponent(tag)}`);
}

/** Asserts no unit has TAG in its name: a refused request wrote nothing. */
export async function assertNoUnitNamed(tag, what = 'a refused request') {
  const found = await unitsNamed(tag);
  assert.deepEqual(found.map((u) => `${u.id} ${u.code} ${u.name}`), [], `${what} wrote a unit anyway`);
}

/** The demo district "Quận 9". */
export async function demoDistrict() {
  const items = await list('/api/v1/units?kind=district');
  const q9 = items.filter((u) => u.name === 'Quận 9');
  assert.equal(q9.length, 1, `expected one district "Quận 9", found ${q9.length}`);
  return q9[0];
}

// ---- running the binary -------------------------------------------------

/**
 * The environment for a child: ours without any DIEUHANH_* setting, and no
 * configuration file (an installed /etc/dieuhanh/dieuhanh.conf must not leak
 * in) unless EXTRA names one.
 */
export function childEnv(extra = {}) {
  const env = { DIEUHANH_CONFIG: '/dev/null' };
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('DIEUHANH_')) env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs the binary to completion. Returns { status, signal, stdout, stderr }. */
export function runCli(args, { env = {}, timeout = 30000, cwd } = {}) {
  const r = spawnSync(BIN, args, {
    env: childEnv(env), timeout, encoding: 'utf8', cwd, stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

let demoDbs = 0;

/**
 * A database of its own holding the demo, for a test that changes what it
 * finds or runs its own server: a copy of the template scripts/test.sh
 * loaded once (a load is ~10,000 audited writes, tens of seconds on
 * PostgreSQL under load), or a load here when the file runs alone.
 * ENGINE 'sqlite' makes DIR/NAME.db; 'postgresql' a database in the
 * cluster of DIEUHANH_DB.  LOAD: load the demo here even when there is a
 * template (for a test of what the load itself does).  Returns { url, key }:
 * KEY is the audit key file of the copy's chain, in DIR.
 */
export function demoDb(dir, { engine = 'sqlite', name = 'demo', load = false } = {}) {
  const key = join(dir, `${name}.audit-key`);
  let url;
  if (engine === 'sqlite') {
    const file = join(dir, `${name}.db`);
    url = `sqlite:${file}`;
    const tmpl = process.env.DIEUHANH_DEMO_SQLITE;
    if (tmpl && existsSync(tmpl) && !load) {
      copyFileSync(tmpl, file);
      copyFileSync(`${tmpl}.audit-key`, `${file}.audit-key`);
      copyFileSync(`${tmpl}.audit-key`, key);
      return { url, key };
    }
  } else {
    assert.ok(DB.startsWith('postgresql:'), 'demoDb(postgresql) needs DIEUHANH_DB on PostgreSQL');
    const db = `demo_${process.pid}_${++demoDbs}_${randomBytes(3).toString('hex')}`;
    const admin = DB.replace(/\/[^/?]*(\?.*)?$/, '/postgres$1');
    url = DB.replace(/\/[^/?]*(\?.*)?$/, `/${db}$1`);
    const tmpl = !load && process.env.DIEUHANH_DEMO_PG;
    const tmplName = tmpl && tmpl.replace(/^.*\/([^/?]*)(\?.*)?$/, '$1');
    const sql = tmpl ? `CREATE DATABASE ${db} TEMPLATE ${tmplName}` : `CREATE DATABASE ${db}`;
    const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', admin, '-c', sql],
      { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, `${sql}: ${r.stderr}`);
    if (tmpl) {
      copyFileSync(process.env.DIEUHANH_DEMO_PG_KEY, key);
      return { url, key };
    }
  }
  const r = runCli(['demo', '--db', url, '--audit-key', key], { timeout: 600000 });
  assert.equal(r.status, 0, `demo: ${r.stderr}`);
  // Where the CLI looks for an SQLite database's key when not told.
  if (engine === 'sqlite') copyFileSync(key, `${url.slice(7)}.audit-key`);
  return { url, key };
}

/** Drops a database demoDb() made on PostgreSQL (an SQLite one goes with its folder). */
export function dropDemoDb({ url }) {
  if (!url.startsWith('postgresql:')) return;
  const db = url.replace(/^.*\/([^/?]*)(\?.*)?$/, '$1');
  const admin = url.replace(/\/[^/?]*(\?.*)?$/, '/postgres$1');
  spawnSync('psql', ['-X', '-q', admin, '-c', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`],
    { encoding: 'utf8', timeout: 120000 });
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'dieuhanh-it-'));
}

export function removeDir(d) {
  rmSync(d, { recursive: true, force: true });
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `dieuhanh ARGS` (serve, with --listen in ARGS or DIEUHANH_LISTEN in
 * ENV) and waits until GET URL/healthz answers 200.  Returns { url, proc, output(), stop() }; stop() sends
 * SIGTERM and resolves with { code, signal }.
 */
export async function startServer(args, { env = {}, waitMs = 15000, cwd } = {}) {
  const i = args.indexOf('--listen');
  const listen = i >= 0 ? args[i + 1] : env.DIEUHANH_LISTEN;
  assert.ok(listen, 'startServer needs --listen or DIEUHANH_LISTEN');
  const proc = spawn(BIN, args, { env: childEnv(env), cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.on('data', (d) => { out += d; });
  proc.stderr.on('data', (d) => { out += d; });
  let exited = null;
  // 'close', not 'exit': 'exit' may come before the last output is read, and
  // tests read what the server wrote at shutdown.
  const exitP = new Promise((resolve) => {
    proc.on('close', (code, signal) => { exited = { code, signal }; resolve(exited); });
  });
  const url = `http://${listen}`;
  const deadline = Date.now() + waitMs;
  let ok = false;
  while (Date.now() < deadline && !exited) {
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      await r.text();
      if (r.status === 200) { ok = true; break; }
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (!exited) proc.kill('SIGTERM');
    const t = setTimeout(() => proc.kill('SIGKILL'), 10000);
    const r = await exitP;
    clearTimeout(t);
    return r;
  };
  if (!ok) {
    const how = exited ? `exited (${JSON.stringify(exited)})` : 'did not answer /healthz';
    await stop();
    assert.fail(`server ${args.join(' ')} ${how}; output:\n${out.slice(-3000)}`);
  }
  return { url, proc, output: () => out, stop };
}

// ---- requests as a given identity ----------------------------------------

/**
 * Signs in as LOGIN on URL and returns the whole answer:
 * { status, json, text, headers, cookie } (cookie: "dh_session=..." or "").
 * Unlike signIn(), a refusal is returned, not asserted.
 */
export async function trySignIn(login, password, url = BASE) {
  const r = await fetch(`${url}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }), signal: AbortSignal.timeout(60000),
  });
  const text = await r.text();
  let json;
  try { json = text === '' ? undefined : JSON.parse(text); } catch { json = undefined; }
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0])
    .filter((c) => c.startsWith('dh_session=') && c !== 'dh_session=').join('; ');
  return { status: r.status, headers: r.headers, text, json, cookie };
}

/**
 * A client acting as one identity on URL.  AUTH: a Cookie header value
 * (from signIn), { bearer: TOKEN }, or null for an anonymous visitor.
 * Returns { request(method, path, body?), get, post, patch, put, del }, each
 * resolving to { status, headers, text, json } like request().
 */
export function client(auth, url = BASE) {
  const send = async (method, path, body) => {
    const h = {};
    if (typeof auth === 'string' && auth) h.cookie = auth;
    else if (auth && auth.bearer !== undefined) h.authorization = `Bearer ${auth.bearer}`;
    let payload;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(url + path, {
      method, headers: h, body: payload, redirect: 'manual', signal: AbortSignal.timeout(60000),
    });
    const text = await res.text();
    let json;
    try { json = text === '' ? undefined : JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, headers: res.headers, text, json };
  };
  return {
    request: send,
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    patch: (path, body) => send('PATCH', path, body),
    put: (path, body) => send('PUT', path, body),
    del: (path) => send('DELETE', path),
  };
}
