// A read that fails is a 5xx and is never cached (issue 8, "reads that never
// lie"): with the unit table briefly gone, the target board and a target's
// JSON answer 5xx; once it is back they show the units' names, not a page
// or a document built while they could not be read and kept since.
//
// SQLite only: the table is renamed away and back under a running server
// with the sqlite3 command; PostgreSQL shares the code path.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { ENGINE, client, freePort, removeDir, runCli, startServer, tempDir } from './lib.mjs';

const T = { timeout: 120000 };

function sql(db, statement) {
  execFileSync('sqlite3', [db, statement], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('failed reads are 5xx and never cached', {
  skip: ENGINE && ENGINE !== 'sqlite' ? 'SQLite only (the table is renamed with sqlite3)' : false,
}, () => {
  const dir = tempDir();
  let srv;
  after(async () => {
    if (srv) await srv.stop();
    removeDir(dir);
  });

  test('units unreadable: board and target 5xx; readable again: names shown', T, async () => {
    const file = join(dir, 'loads.db');
    const db = `sqlite:${file}`;
    const demo = runCli(['demo', '--db', db], { timeout: 120000 });
    assert.equal(demo.status, 0, demo.stderr);
    const port = await freePort();
    srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db, '--threads', '1']);
    const anon = client(null, srv.url);
    const list = await anon.get('/api/v1/targets?year=2019');
    assert.equal(list.status, 200, list.text);
    const hn = list.json.targets?.find((t) => t.code === 'HN') ?? list.json.items?.find((t) => t.code === 'HN');
    assert.ok(hn, `no HN target: ${list.text.slice(0, 200)}`);

    sql(file, 'ALTER TABLE org_unit RENAME TO org_unit_away');
    const board = await anon.get('/targets?year=2019&as_of=2019-12-31');
    assert.ok(board.status >= 500, `board while units are unreadable: ${board.status}`);
    const one = await anon.get(`/api/v1/targets/${hn.id}?as_of=2019-12-31`);
    assert.ok(one.status >= 500, `target JSON while units are unreadable: ${one.status}`);
    sql(file, 'ALTER TABLE org_unit_away RENAME TO org_unit');

    const again = await anon.get('/targets?year=2019&as_of=2019-12-31');
    assert.equal(again.status, 200);
    assert.match(again.text, /Long Bình/, 'the board names the wards again');
    const oneAgain = await anon.get(`/api/v1/targets/${hn.id}?as_of=2019-12-31`);
    assert.equal(oneAgain.status, 200, oneAgain.text);
    for (const m of oneAgain.json.measurements ?? [])
      assert.ok(m.reporting_unit, `a figure without its reporting unit: ${JSON.stringify(m)}`);
  });
});
