// The audit chain detects truncation and a forger's full re-hash (issue 7, item 14).
//
// Before: deleting the last 5 entries, or rewriting entries from some point
// on with recomputed SHA-256, passed `dieuhanh audit verify`.  Now entries
// carry an HMAC under a key kept outside the database (a forger with only the
// database cannot recompute them), and `audit verify --head ID:HASH` checks a
// head published earlier (`audit head`, the server's log) is still in place.
//
// Each test makes its own database holding the demo (SQLite in a temporary
// folder; on the PostgreSQL run a database of its own in the suite's
// cluster), copied from the suite's template (lib.mjs demoDb), and tampers
// with it directly, as an intruder with database access would.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import {
  ENGINE, demoDb, dropDemoDb, freePort, removeDir, runCli, startServer, tempDir,
} from './lib.mjs';

const T = { timeout: 180000 };

const dirs = [];
const dbs = [];
after(() => {
  for (const db of dbs) dropDemoDb(db);
  for (const d of dirs) removeDir(d);
});

/** Direct access to a database, bypassing the application. */
function sqliteDb(file) {
  return {
    url: `sqlite:${file}`,
    rows(sql) {
      // The demo's trail runs to thousands of entries: more than the default 1 MiB of output.
      const out = execFileSync('sqlite3', ['-json', file, sql], { encoding: 'utf8', maxBuffer: 1 << 30 });
      return out.trim() === '' ? [] : JSON.parse(out);
    },
    exec(sql) {
      execFileSync('sqlite3', [file], { input: sql, encoding: 'utf8' });
    },
  };
}

function pgDb(url) {
  const psql = (args, input) => {
    const r = spawnSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', url, ...args],
      { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(r.status, 0, `psql: ${r.stderr ?? r.error}`);
    return r.stdout;
  };
  return {
    url,
    rows(sql) {
      return JSON.parse(psql(['-c', `SELECT coalesce(json_agg(t), '[]') FROM (${sql}) t`]));
    },
    exec(sql) { psql([], sql); },
  };
}

/**
 * A fresh database with the demo in it (and so thousands of audit entries).
 * LOAD: the demo loaded here, not copied, so that its key file is the one
 * the load created.
 */
function freshDb({ load = false } = {}) {
  const dir = tempDir();
  dirs.push(dir);
  const made = demoDb(dir, { engine: ENGINE === 'postgresql' ? 'postgresql' : 'sqlite', load });
  dbs.push(made);
  const db = ENGINE === 'postgresql' ? pgDb(made.url) : sqliteDb(made.url.slice(7));
  return { dir, db, key: made.key };
}

function verify({ db, key }, ...extra) {
  return runCli(['audit', 'verify', '--db', db.url, '--audit-key', key, ...extra], { timeout: 120000 });
}

function head({ db }) {
  const r = runCli(['audit', 'head', '--db', db.url]);
  assert.equal(r.status, 0, r.stderr);
  const h = r.stdout.trim();
  assert.match(h, /^\d+:[0-9a-f]{64}$/);
  return h;
}

const ENTRY = 'SELECT id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash FROM audit_entry';

/** The plain scheme, as src/audit/audit.c computes it: SHA-256 of length-prefixed fields. */
function plainHash(e) {
  const h = createHash('sha256');
  const feed = (s) => {
    const len = Buffer.alloc(8);
    if (s === null || s === undefined) {
      len.fill(0xff);
      h.update(len);
      return;
    }
    const b = Buffer.from(String(s), 'utf8');
    len.writeBigUInt64LE(BigInt(b.length));
    h.update(len);
    h.update(b);
  };
  for (const v of [e.prev_hash, e.at, e.actor_id ?? 0, e.actor, e.action, e.entity, e.entity_id,
    e.before, e.after]) feed(v);
  return h.digest('hex');
}

describe(`audit chain on ${ENGINE || 'sqlite'}: keyed hashes and a published head`, () => {
  test('the forger\'s SHA-256 below is the plain scheme exactly (so its forgery is a real one)', T, () => {
    // A chain without a key is plain SHA-256: an entry hashed here must verify.
    const dir = tempDir();
    dirs.push(dir);
    const db = sqliteDb(join(dir, 'plain.db'));
    const m = runCli(['migrate', '--db', db.url]);
    assert.equal(m.status, 0, m.stderr);
    const e = {
      prev_hash: '0'.repeat(64), at: '2019-01-01T00:00:00.000Z', actor_id: null, actor: 'system',
      action: 'create', entity: 'org_unit', entity_id: 1, before: null, after: '{"name":"Phường Hiệp Phú"}',
    };
    db.exec(`INSERT INTO audit_entry(at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash)
      VALUES ('${e.at}', NULL, 'system', 'create', 'org_unit', 1, NULL, '${e.after}', '${e.prev_hash}', '${plainHash(e)}');`);
    const v = runCli(['audit', 'verify', '--db', db.url, '--audit-key', join(dir, 'absent.key')]);
    assert.equal(v.status, 0, `a plain entry hashed by the test should verify: ${v.stdout}${v.stderr}`);
  });

  test('the key file is created 0600 on first use, and the chain is keyed', T, async () => {
    const c = freshDb({ load: true });
    assert.ok(existsSync(c.key), 'no key file');
    assert.equal(statSync(c.key).mode & 0o777, 0o600);
    const r = verify(c);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /intact: \d+ entries, keyed from entry \d+/);
    // Without its key a keyed chain cannot be checked (and is not called intact).
    const nokey = runCli(['audit', 'verify', '--db', c.db.url, '--audit-key', join(c.dir, 'none')]);
    assert.equal(nokey.status, 1, nokey.stdout);
    assert.match(nokey.stdout, /CANNOT VERIFY/);
  });

  test('deleting the last 5 entries: verify --head (and --head-file) fails', T, async () => {
    const c = freshDb();
    const h = head(c);
    const ok = verify(c, '--head', h);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    c.db.exec('DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT 5);');
    const r = verify(c, '--head', h);
    assert.equal(r.status, 1, `verify --head passed after truncation:\n${r.stdout}`);
    assert.match(r.stdout, /BROKEN.*cut off the end/);
    const file = join(c.dir, 'head.txt');
    writeFileSync(file, `audit head ${h}\n`);
    const rf = verify(c, '--head-file', file);
    assert.equal(rf.status, 1, rf.stdout);
    // The hash alone, without its position, is found or not found the same way.
    const rh = verify(c, '--head', h.split(':')[1]);
    assert.equal(rh.status, 1, rh.stdout);
  });

  test('rewriting entries from N onward with recomputed SHA-256 (no key): verify fails at N', T, async () => {
    const c = freshDb();
    const rows = c.db.rows(`${ENTRY} ORDER BY id`);
    assert.ok(rows.length > 40, `only ${rows.length} entries`);
    const n = rows[rows.length - 30].id;
    let prev = rows[rows.length - 31].hash;
    let sql = 'BEGIN;\n';
    for (const e of rows.filter((x) => x.id >= n)) {
      e.prev_hash = prev;
      e.action = 'delete';
      e.hash = plainHash(e);
      sql += `UPDATE audit_entry SET action = 'delete', prev_hash = '${e.prev_hash}', hash = '${e.hash}' WHERE id = ${e.id};\n`;
      prev = e.hash;
    }
    c.db.exec(`${sql}COMMIT;\n`);
    const r = verify(c);
    assert.equal(r.status, 1, `a plain-SHA-256 forgery passed:\n${r.stdout}`);
    assert.match(r.stdout, new RegExp(`BROKEN at entry ${n}:`));
    // Hiding the keyed scheme does not help the forger either.
    c.db.exec('DELETE FROM audit_scheme;');
    const r2 = verify(c);
    assert.equal(r2.status, 1, r2.stdout);
  });

  test('the server logs the head at start-up and at shutdown; audit head prints it', T, async () => {
    const c = freshDb();
    const port = await freePort();
    // Without the day's reminder digests, which the server makes (and audits) as it starts.
    const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', c.db.url,
      '--audit-key', c.key], { env: { DIEUHANH_REMINDERS: 'off' } });
    const h = head(c);
    const stopped = await srv.stop();
    assert.deepEqual(stopped, { code: 0, signal: null });
    const logged = [...srv.output().matchAll(/(start|stop): audit head (\d+:[0-9a-f]{64})/g)];
    assert.deepEqual(logged.map((m) => m[1]), ['start', 'stop'], srv.output().slice(-2000));
    assert.equal(logged[0][2], h);
    // A server given another key refuses to start rather than fork the chain.
    const other = join(c.dir, 'other.key');
    writeFileSync(other, `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    const bad = runCli(['serve', '--listen', `127.0.0.1:${await freePort()}`, '--db', c.db.url,
      '--audit-key', other], { timeout: 30000 });
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stderr, /not the key of this database/);
  });
});
