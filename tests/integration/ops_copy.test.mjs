// Moving from SQLite to PostgreSQL (issue 15): `dieuhanh copy --from
// sqlite:... --to postgresql://...` copies every table the schema has (listed
// from the schema itself, so a module's new tables are covered the day they
// are registered), keeps the audit chain whole and its head, and the copy
// serves: the same units, sign-in works, new records get fresh ids.
// Needs PostgreSQL: runs on the PostgreSQL pass (new databases in the
// cluster of DIEUHANH_DB); skipped on the SQLite pass.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import {
  DB, ENGINE, demoDb, freePort, removeDir, runCli, signIn, startServer, tempDir, uniq,
} from './lib.mjs';

const PG = ENGINE === 'postgresql';
const T = { timeout: 240000, skip: PG ? false : 'needs PostgreSQL (runs on the PostgreSQL pass)' };
const dirs = [];
const pgDbs = [];
const adminUrl = () => DB.replace(/\/[^/?]*(\?.*)?$/, '/postgres');
const psql = (url, sql) => execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', url, '-c', sql],
  { encoding: 'utf8' });
after(() => {
  for (const d of dirs) removeDir(d);
  for (const name of pgDbs) {
    try { psql(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } catch { /* gone */ }
  }
});
function newPgDb() {
  const name = `ops_copy_${uniq('')}`;
  psql(adminUrl(), `CREATE DATABASE ${name}`);
  pgDbs.push(name);
  return DB.replace(/\/[^/?]*(\?.*)?$/, `/${name}`);
}
const sqlite = (file, sql) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8' });

describe('copy from SQLite to PostgreSQL', () => {
  test('every table of the schema is copied, row for row, with the audit chain and its head', T, async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'src.db');
    const { key } = demoDb(dir, { name: 'src' });
    // Rows in tables the demo leaves empty: a session and a throttle entry.
    const port0 = await freePort();
    const s0 = await startServer(['serve', '--db', `sqlite:${file}`, '--audit-key', key,
      '--listen', `127.0.0.1:${port0}`]);
    await signIn(s0.url);
    await fetch(`${s0.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'quantri', password: 'wrong-password' }) }).then((r) => r.text());
    await s0.stop();
    const head = runCli(['audit', 'head', '--db', `sqlite:${file}`]).stdout.trim();
    // Text COPY must escape: a tab, a backslash, a newline, a carriage return.
    sqlite(file, "UPDATE person SET title = 'a' || char(9) || 'b\\c' || char(10) || 'd' || char(13) || 'e' WHERE id = (SELECT min(id) FROM person)");

    const to = newPgDb();
    const r = runCli(['copy', '--from', `sqlite:${file}`, '--to', to, '--audit-key', key], { timeout: 180000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`copy: audit trail intact, \\d+ entries, head ${head}`));

    // The tables, from the schema itself: the same set on both sides and
    // the same number of rows in each.
    const srcTables = sqlite(file, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .split('\n').filter(Boolean);
    const dstTables = psql(to, "SELECT table_name FROM information_schema.tables WHERE table_schema='public' AND table_type='BASE TABLE' ORDER BY table_name")
      .split('\n').filter(Boolean);
    assert.deepEqual(dstTables, srcTables);
    let nonEmpty = 0;
    for (const t of srcTables) {
      const a = Number(sqlite(file, `SELECT count(*) FROM "${t}"`));
      const b = Number(psql(to, `SELECT count(*) FROM "${t}"`));
      assert.equal(b, a, `table ${t}: ${a} rows in SQLite, ${b} in PostgreSQL`);
      assert.match(r.stdout, new RegExp(`\\b${t}\\s+${a} rows`), `copy did not report table ${t}`);
      if (a > 0) nonEmpty++;
    }
    // Not a vacuous comparison: most tables hold rows after the demo (some
    // modules' tables, like outboxes, start empty).
    assert.ok(nonEmpty * 2 >= srcTables.length, `only ${nonEmpty} of ${srcTables.length} tables had rows`);
    // Values, not just counts: a few columns of each kind compared exactly.
    assert.equal(psql(to, "SELECT string_agg(code || ':' || name || ':' || encode(sort_key, 'hex'), ',' ORDER BY id) FROM org_unit").trim(),
      sqlite(file, "SELECT group_concat(code || ':' || name || ':' || lower(hex(sort_key)), ',') FROM (SELECT * FROM org_unit ORDER BY id)").trim());
    assert.equal(psql(to, "SELECT string_agg(value::text, ',' ORDER BY id) FROM measurement").trim(),
      sqlite(file, "SELECT group_concat(value, ',') FROM (SELECT CASE WHEN value = CAST(value AS INTEGER) THEN CAST(value AS INTEGER) ELSE value END AS value FROM measurement ORDER BY id)").trim());
    assert.equal(psql(to, "SELECT encode(convert_to(title, 'UTF8'), 'hex') FROM person ORDER BY id LIMIT 1").trim(),
      sqlite(file, 'SELECT lower(hex(title)) FROM person ORDER BY id LIMIT 1').trim());
    assert.equal(psql(to, "SELECT title = E'a\\tb\\\\c\\nd\\re' FROM person ORDER BY id LIMIT 1").trim(), 't');
    // The foreign keys are as the migrations made them again.
    assert.equal(psql(to, "SELECT count(*) FROM pg_constraint WHERE contype='f' AND condeferrable").trim(), '0');

    // The copy serves: same units, the demo's sign-in, a new unit gets a fresh id.
    const port = await freePort();
    const srv = await startServer(['serve', '--db', to, '--audit-key', key, '--listen', `127.0.0.1:${port}`]);
    try {
      const units = await (await fetch(`${srv.url}/api/v1/units?limit=1000`)).json();
      assert.equal(units.count, Number(sqlite(file, 'SELECT count(*) FROM org_unit')));
      const cookie = await signIn(srv.url);
      const city = units.items.find((u) => u.kind === 'city');
      const w = await fetch(`${srv.url}/api/v1/units`, {
        method: 'POST', headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ kind: 'department', code: uniq('CP-'), name: 'Phòng sau khi chuyển', parent_id: city.id }),
      });
      assert.equal(w.status, 201, await w.text());
    } finally {
      await srv.stop();
    }
    const v = runCli(['audit', 'verify', '--db', to, '--audit-key', key, '--head', head]);
    assert.equal(v.status, 0, v.stdout + v.stderr);
  });

  test('copy refuses a target that is not empty and a source whose chain is broken', T, () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'src.db');
    const { key } = demoDb(dir, { name: 'src' });
    const used = newPgDb();
    assert.equal(runCli(['migrate', '--db', used]).status, 0);
    let r = runCli(['copy', '--from', `sqlite:${file}`, '--to', used, '--audit-key', key]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /already holds \d+ tables/);
    sqlite(file, "UPDATE audit_entry SET after = '{}' WHERE id = 2");
    const to = newPgDb();
    r = runCli(['copy', '--from', `sqlite:${file}`, '--to', to, '--audit-key', key]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /audit trail of the source is not intact/);
    assert.equal(psql(to, "SELECT count(*) FROM information_schema.tables WHERE table_schema='public'").trim(), '0');
  });
});
