// Install (issue 15): `make install PREFIX=... DESTDIR=...` puts every piece
// where the prefix says (binary, translations, static files, man page,
// systemd units, backup script, configuration), never overwrites an edited
// configuration, and what it installed serves.  The man page dieuhanh(8)
// names every command, flag, setting and environment variable the binary
// knows (read from the binary's own help, not from a copy).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';

import { BIN, childEnv, freePort, removeDir, runCli, tempDir } from './lib.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = dirname(resolve(BIN)).startsWith(ROOT) ? dirname(resolve(BIN)).slice(ROOT.length + 1) : 'build';
const T = { timeout: 180000 };
const dirs = [];
after(() => { for (const d of dirs) removeDir(d); });

function install(vars) {
  return execFileSync('make', ['--no-print-directory', '-C', ROOT, 'install', `BUILD=${BUILD}`,
    ...Object.entries(vars).map(([k, v]) => `${k}=${v}`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('make install', () => {
  test('puts each piece under PREFIX and DESTDIR, with the units naming the installed paths', T, () => {
    const d = tempDir();
    dirs.push(d);
    install({ DESTDIR: d, PREFIX: '/opt/dh', SYSCONFDIR: '/etc' });
    for (const f of ['opt/dh/sbin/dieuhanh', 'opt/dh/share/dieuhanh/po/vi.po', 'opt/dh/share/dieuhanh/static/css/app.css',
      'opt/dh/share/man/man8/dieuhanh.8.gz', 'opt/dh/lib/systemd/system/dieuhanh.service',
      'opt/dh/lib/systemd/system/dieuhanh-backup.service', 'opt/dh/lib/systemd/system/dieuhanh-backup.timer',
      'opt/dh/share/dieuhanh/dieuhanh-backup', 'opt/dh/share/doc/dieuhanh/OPERATIONS.md', 'etc/dieuhanh/dieuhanh.conf']) {
      assert.ok(existsSync(join(d, f)), `make install did not install ${f}`);
    }
    assert.equal(statSync(join(d, 'opt/dh/sbin/dieuhanh')).mode & 0o777, 0o755);
    assert.equal(statSync(join(d, 'etc/dieuhanh/dieuhanh.conf')).mode & 0o777, 0o640);
    const unit = readFileSync(join(d, 'opt/dh/lib/systemd/system/dieuhanh.service'), 'utf8');
    assert.match(unit, /^ExecStart=\/opt\/dh\/sbin\/dieuhanh serve$/m);
    assert.match(unit, /^Type=notify$/m);
    assert.match(unit, /^User=dieuhanh$/m);
    for (const h of ['NoNewPrivileges=yes', 'ProtectSystem=strict', 'PrivateTmp=yes', 'ProtectHome=yes']) {
      assert.ok(unit.includes(h), `the unit lacks ${h}`);
    }
    const conf = readFileSync(join(d, 'etc/dieuhanh/dieuhanh.conf'), 'utf8');
    assert.match(conf, /^static = \/opt\/dh\/share\/dieuhanh\/static$/m);
    assert.match(conf, /^po = \/opt\/dh\/share\/dieuhanh\/po$/m);
    // The shipped configuration is one config check accepts.
    const chk = runCli(['config', 'check', '--config', join(d, 'etc/dieuhanh/dieuhanh.conf')]);
    assert.match(chk.stdout + chk.stderr, /listen\s+= 127\.0\.0\.1:8080\s+\(file\)/);
    // An edited configuration survives the next install.
    writeFileSync(join(d, 'etc/dieuhanh/dieuhanh.conf'), '# edited by the officer\n');
    install({ DESTDIR: d, PREFIX: '/opt/dh', SYSCONFDIR: '/etc' });
    assert.equal(readFileSync(join(d, 'etc/dieuhanh/dieuhanh.conf'), 'utf8'), '# edited by the officer\n');
  });

  test('the installed binary serves with the installed configuration, translations and static files', T, async () => {
    const d = tempDir();
    dirs.push(d);
    install({ PREFIX: join(d, 'usr'), SYSCONFDIR: join(d, 'etc') });
    const bin = join(d, 'usr/sbin/dieuhanh');
    const env = {
      DIEUHANH_CONFIG: join(d, 'etc/dieuhanh/dieuhanh.conf'),
      DIEUHANH_DB: `sqlite:${join(d, 'db.sqlite')}`, DIEUHANH_AUDIT_KEY_FILE: join(d, 'audit.key'),
    };
    const port = await freePort();
    // The installed binary, from elsewhere than the tree: nothing relative to
    // the checkout may be what makes it work.
    const proc = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`],
      { env: childEnv(env), cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (c) => { out += c; });
    proc.stderr.on('data', (c) => { out += c; });
    const closed = new Promise((r) => proc.on('close', r));
    try {
      let up = 0;
      for (let i = 0; i < 150 && up !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
      }
      assert.equal(up, 200, `the installed binary did not serve:\n${out}`);
      const css = await fetch(`http://127.0.0.1:${port}/static/css/app.css`);
      assert.equal(css.status, 200);
      const home = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie: 'lang=vi' } })).text();
      assert.match(home, /Trang chủ/, 'the page is not in Vietnamese: the translations were not found');
    } finally {
      proc.kill('SIGTERM');
      await closed;
    }
  });
});

describe('dieuhanh(8)', () => {
  const man = readFileSync(join(ROOT, 'docs/dieuhanh.8'), 'utf8').replace(/\\-/g, '-').replace(/\\f[BIRP]/g, '');
  test('names every command and flag of the help, every setting and every environment variable', () => {
    const helps = [runCli(['help']).stdout];
    for (const c of [['backup', '--help'], ['copy', '--help'], ['user', '--help'], ['audit', '--help']]) {
      helps.push(runCli(c).stdout + runCli(c).stderr);
    }
    const text = helps.join('\n');
    const flags = new Set(text.match(/--[a-z][a-z-]+/g));
    assert.ok(flags.size > 15, `only ${flags.size} flags found in the help`);
    for (const f of flags) assert.ok(man.includes(f), `dieuhanh(8) does not mention ${f}`);
    const envs = new Set(text.match(/DIEUHANH_[A-Z_]+/g));
    for (const e of envs) assert.ok(man.includes(e), `dieuhanh(8) does not mention ${e}`);
    const commands = [...runCli(['help']).stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    assert.ok(commands.length >= 10, `commands: ${commands}`);
    for (const c of commands) assert.match(man, new RegExp(`\\.B ${c}\\b|\\.BR ${c}\\b|^\\.B dieuhanh ${c}`, 'm'), `dieuhanh(8) does not describe the command ${c}`);
    // The settings the configuration file takes, from config check's own list.
    const src = readFileSync(join(ROOT, 'src/cli/cli_config.c'), 'utf8');
    for (const [, key, env] of src.matchAll(/\{ "([a-z-]+)", "(DIEUHANH_[A-Z_]+)"/g)) {
      assert.ok(man.includes(key), `dieuhanh(8) does not mention the setting ${key}`);
      assert.ok(man.includes(env), `dieuhanh(8) does not mention ${env}`);
    }
    for (const s of ['EXIT STATUS', 'FILES', 'ENVIRONMENT', '/etc/dieuhanh/dieuhanh.conf']) {
      assert.ok(man.includes(s), `dieuhanh(8) lacks ${s}`);
    }
  });
});
