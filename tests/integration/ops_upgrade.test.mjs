// Upgrades (issue 15): a database made by each earlier schema version's own
// binary (tests/upgrade/vN.*.sql, made by scripts/make-upgrade-fixtures.sh
// from this repository's history) migrates forward with today's binary:
// `migrate --dry-run` names exactly the steps it lacks and changes nothing,
// `migrate` applies them, the data is all there, the audit chain verifies,
// the server serves it and the old accounts sign in.  And a migration that
// fails part-way leaves the database as the old binary left it.
// Runs on the engine of the pass: SQLite files, or new PostgreSQL databases
// in the cluster of DIEUHANH_DB.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';

import {
  DB, ENGINE, freePort, removeDir, runCli, signIn, startServer, tempDir, uniq,
} from './lib.mjs';

const FIXTURES = resolve(import.meta.dirname, '../upgrade');
const PG = ENGINE === 'postgresql';
const T = { timeout: 180000 };
const CURRENT = 7;
const dirs = [];
const pgDbs = [];
const adminUrl = () => DB.replace(/\/[^/?]*(\?.*)?$/, '/postgres');
const psql = (url, args) => execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', url, ...args],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
after(() => {
  for (const d of dirs) removeDir(d);
  for (const n of pgDbs) {
    try { psql(adminUrl(), ['-c', `DROP DATABASE IF EXISTS ${n} WITH (FORCE)`]); } catch { /* gone */ }
  }
});

const versions = readdirSync(FIXTURES).map((f) => /^v(\d+)\.sqlite\.sql$/.exec(f)).filter(Boolean)
  .map((m) => Number(m[1])).sort((a, b) => a - b);

/** The fixture of version V loaded into a new database: { url, sql(q), dir, key }. */
function load(v) {
  const dir = tempDir();
  dirs.push(dir);
  const keyFile = join(FIXTURES, `v${v}${PG ? '.pg' : ''}.audit-key`);
  const key = join(dir, 'audit.key');
  try { copyFileSync(keyFile, key); } catch { /* versions before the keyed chain have none */ }
  if (PG) {
    const name = `ops_up_v${v}_${uniq('')}`;
    psql(adminUrl(), ['-c', `CREATE DATABASE ${name}`]);
    pgDbs.push(name);
    const url = DB.replace(/\/[^/?]*(\?.*)?$/, `/${name}`);
    psql(url, ['-f', join(FIXTURES, `v${v}.pg.sql`)]);
    return { url, dir, key, sql: (q) => psql(url, ['-c', q]).trim() };
  }
  const file = join(dir, 't.db');
  execFileSync('sqlite3', [file, `.read ${join(FIXTURES, `v${v}.sqlite.sql`)}`]);
  return { url: `sqlite:${file}`, dir, key, sql: (q) => execFileSync('sqlite3', [file, q], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim() };
}

/** Everything a migration could change: the tables, their columns, and the rows' counts. */
function snapshot(db) {
  const tables = PG
    ? db.sql("SELECT string_agg(table_name || '(' || cols || ')', ' ' ORDER BY table_name) FROM (SELECT table_name, string_agg(column_name, ',' ORDER BY column_name) AS cols FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name) t")
    : db.sql("SELECT group_concat(name || ':' || sql, ' ') FROM (SELECT name, sql FROM sqlite_master ORDER BY name)");
  const counts = {};
  for (const t of ['org_unit', 'person', 'app_user', 'audit_entry', 'target', 'measurement', 'schema_version']) {
    try { counts[t] = db.sql(`SELECT count(*) FROM ${t}`); } catch { counts[t] = 'absent'; }
  }
  return { tables, counts };
}

describe('upgrades from every earlier schema version', () => {
  test('the fixtures cover every earlier version', () => {
    assert.deepEqual(versions, Array.from({ length: CURRENT }, (_, i) => i + 1));
  });

  for (const v of versions) {
    test(`version ${v}: dry run, migrate, the data and the audit chain, serve`, T, async () => {
      const db = load(v);
      const before = snapshot(db);
      assert.equal(Number(db.sql('SELECT max(version) FROM schema_version')), v);

      const dry = runCli(['migrate', '--dry-run', '--db', db.url]);
      assert.equal(dry.status, 0, dry.stdout + dry.stderr);
      const would = [...dry.stdout.matchAll(/^would apply base step (\d+): /gm)].map((m) => Number(m[1]));
      assert.deepEqual(would, Array.from({ length: CURRENT - v }, (_, i) => v + 1 + i));
      if (v === CURRENT) assert.doesNotMatch(dry.stdout, /base step/);
      assert.deepEqual(snapshot(db), before, 'the dry run changed the database');

      const m = runCli(['migrate', '--db', db.url]);
      assert.equal(m.status, 0, m.stdout + m.stderr);
      const applied = [...m.stdout.matchAll(/^applied base step (\d+): /gm)].map((x) => Number(x[1]));
      assert.deepEqual(applied, would);
      assert.match(m.stdout, new RegExp(`schema version ${CURRENT} `));
      const after = snapshot(db);
      for (const [t, n] of Object.entries(before.counts)) {
        if (t !== 'schema_version' && n !== 'absent') assert.equal(after.counts[t], n, `rows of ${t}`);
      }
      if (v < 6) {
        // Step 6 gave every account a home unit.
        assert.equal(db.sql('SELECT count(*) FROM app_user WHERE home_unit_id IS NULL'), '0');
      }

      const verify = runCli(['audit', 'verify', '--db', db.url, '--audit-key', db.key]);
      assert.equal(verify.status, 0, verify.stdout + verify.stderr);
      assert.match(verify.stdout, /audit trail intact/);

      const srv = await startServer(['serve', '--db', db.url, '--audit-key', db.key,
        '--listen', `127.0.0.1:${await freePort()}`]);
      try {
        const units = await (await fetch(`${srv.url}/api/v1/units?limit=1000`)).json();
        assert.equal(units.count, Number(before.counts.org_unit));
        if (v >= 2) await signIn(srv.url);   // the old binary's demo accounts
        if (v >= 4) {
          const r = await fetch(`${srv.url}/api/v1/targets?year=2019`);
          assert.equal(r.status, 200, await r.text());
        }
      } finally {
        await srv.stop();
      }
      const again = runCli(['audit', 'verify', '--db', db.url, '--audit-key', db.key]);
      assert.equal(again.status, 0, again.stdout + again.stderr);
    });
  }

  test('a migration that fails part-way leaves the database as the old version left it', T, () => {
    const db = load(5);
    // Step 7 will fail: its table is already there (as if made by hand).
    db.sql('CREATE TABLE audit_scheme (x integer)');
    const before = snapshot(db);
    const m = runCli(['migrate', '--db', db.url]);
    assert.equal(m.status, 1, m.stdout + m.stderr);
    assert.match(m.stderr, /migration 7 .* failed/);
    assert.match(m.stderr, /nothing was changed/);
    // Step 6 ran before step 7 failed, in the same transaction: gone too.
    assert.deepEqual(snapshot(db), before);
    assert.equal(Number(db.sql('SELECT max(version) FROM schema_version')), 5);
    // The dry run finds the same failure and says so.
    const dry = runCli(['migrate', '--dry-run', '--db', db.url]);
    assert.equal(dry.status, 1);
    // Once the obstacle is removed the upgrade goes through.
    db.sql('DROP TABLE audit_scheme');
    assert.equal(runCli(['migrate', '--db', db.url]).status, 0);
    assert.equal(Number(db.sql('SELECT max(version) FROM schema_version')), CURRENT);
  });
});
