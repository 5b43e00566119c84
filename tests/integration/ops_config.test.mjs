// The configuration file (issue 15): "name = value" lines read as the flags
// and the environment are, precedence flag > environment > file > default,
// and `dieuhanh config check` telling the officer what is wrong and where.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { BIN, childEnv, freePort, removeDir, runCli, startServer, tempDir } from './lib.mjs';

const dirs = [];
after(() => { for (const d of dirs) removeDir(d); });
const T = { timeout: 60000 };

function confFile(text) {
  const d = tempDir();
  dirs.push(d);
  const f = join(d, 'dieuhanh.conf');
  writeFileSync(f, typeof text === 'function' ? text(d) : text);
  return { dir: d, file: f };
}

describe('configuration file', () => {
  test('config check accepts a good file and names where each setting came from', T, () => {
    const { file } = confFile((dir) =>
      `# a comment\n\ndb = sqlite:${dir}/x.db\nlisten = 127.0.0.1:18123\nsecure-cookies = yes\n`);
    const r = runCli(['config', 'check', '--config', file],
      { env: { DIEUHANH_THREADS: '3' } });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /configuration OK/);
    assert.match(r.stdout, /listen\s+= 127\.0\.0\.1:18123\s+\(file\)/);
    assert.match(r.stdout, /secure-cookies\s+= 1\s+\(file\)/);
    assert.match(r.stdout, /threads\s+= 3\s+\(environment\)/);
  });

  test('config check names the line of an unknown setting, a bad value, a duplicate', T, () => {
    for (const [text, msg] of [
      ['db = sqlite:/tmp/x.db\nlistn = 127.0.0.1:1\n', /:2: unknown setting 'listn'/],
      ['secure-cookies = maybe\n', /:1: secure-cookies: 'maybe' is not yes or no/],
      ['threads = 2\nthreads = 3\n', /:2: 'threads' already set on line 1/],
      ['just words\n', /:1: not "key = value"/],
    ]) {
      const { file } = confFile(text);
      const r = runCli(['config', 'check', '--config', file]);
      assert.equal(r.status, 1, `${text}: ${r.stdout}${r.stderr}`);
      assert.match(r.stdout, msg);
      assert.match(r.stdout, /configuration NOT OK/);
      // Every other command refuses to start on it (exit 2, as a bad flag).
      const m = runCli(['migrate', '--config', file]);
      assert.equal(m.status, 2, m.stderr);
      assert.match(m.stderr, msg);
    }
  });

  test('a value the flags would refuse is refused in the file too', T, () => {
    const { file } = confFile('threads = 9999\n');
    const r = runCli(['config', 'check', '--config', file]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--threads: '9999' is not a number from 1 to 256/);
  });

  test('a named file that does not exist is an error; the default one may be absent', T, () => {
    const r = runCli(['config', 'check', '--config', '/nonexistent/dieuhanh.conf']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /cannot read the configuration file/);
    const e = runCli(['config', 'check'], { env: { DIEUHANH_CONFIG: '/nonexistent/x.conf' } });
    assert.equal(e.status, 1);
  });

  test('serve takes its settings from the file; the environment and a flag win over it', T, async () => {
    const [pFile, pEnv, pFlag] = [await freePort(), await freePort(), await freePort()];
    const { file } = confFile((dir) => `db = sqlite:${dir}/t.db\nlisten = 127.0.0.1:${pFile}\n`);
    assert.equal(runCli(['migrate', '--config', file]).status, 0);
    const env = { DIEUHANH_CONFIG: file };
    // Nothing but the file names the address.
    const proc = spawn(BIN, ['serve'], { env: childEnv(env), stdio: 'ignore' });
    let up = 0;
    for (let i = 0; i < 100 && up !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      up = await fetch(`http://127.0.0.1:${pFile}/healthz`).then((r) => r.status, () => 0);
    }
    proc.kill('SIGTERM');
    await new Promise((r) => proc.on('close', r));
    assert.equal(up, 200, 'the server did not listen where the file said');
    let s = await startServer(['serve'], { env: { ...env, DIEUHANH_LISTEN: `127.0.0.1:${pEnv}` } });
    assert.match(s.output(), new RegExp(`:${pEnv}/`));
    await s.stop();
    s = await startServer(['serve', '--listen', `127.0.0.1:${pFlag}`],
      { env: { ...env, DIEUHANH_LISTEN: `127.0.0.1:${pEnv}` } });
    assert.match(s.output(), new RegExp(`:${pFlag}/`));
    await s.stop();
    // The database the file names is the one used.
    const h = runCli(['audit', 'head'], { env });
    assert.equal(h.status, 0, h.stderr);
  });
});
