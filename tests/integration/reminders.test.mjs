// Reminders: the daily digest of what is due (target reports), in the inbox and by e-mail
// to a real SMTP server on loopback (Debian's python3-aiosmtpd: tests/integration/smtp_sink.py),
// delivery that fails first and is retried, never lost; the iCalendar feeds parsed with
// ical.js, revoked, and closed when their owner loses the right to them.
//
// Everything here is this file's own: a unit under Long Bình, a person with an e-mail
// address, an officer account linked to that person, and monthly targets of that unit in a
// year of its own (2060-2089: a digest day runs once per database) and in the current year
// (for the feeds, which look from today).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import ICAL from 'ical.js';

import {
  BASE, DB, assertProblem, client, demoDistrict, freePort, list, runCli, signIn, uniq,
} from './lib.mjs';

const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const SINK = new URL('./smtp_sink.py', import.meta.url).pathname;
const YEAR = 2060 + Math.floor(Math.random() * 30);
const DAY = `${YEAR}-06-05`;
const PASSWORD = `rm-${uniq()}-secret`;

let admin;
let me;          // the officer's client
const ctx = {};

/** The deadline N working days after FROM, from the server's calendar. */
async function deadline(from, n) {
  const r = await fetch(`${BASE}/api/v1/calendar/deadline?from=${from}&working_days=${n}`);
  return (await r.json()).deadline;
}

const iso = (d) => d.toISOString().slice(0, 10);
/** The day a month's figure is due: the month's last day + 10 days (the targets' due_days). */
function dueOf(year, month) {
  return iso(new Date(Date.UTC(year, month, 0 + 10)));
}

/** Runs `dieuhanh reminders ARGS` on the test database with ENV. */
function reminders(args, env = {}) {
  const r = runCli(['reminders', ...args, '--db', DB], { env, timeout: 120000 });
  assert.equal(r.status, 0, `reminders ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A real SMTP server on PORT writing messages into a fresh folder: { dir, stop() }. */
async function smtpSink(port) {
  const dir = mkdtempSync(join(tmpdir(), 'dieuhanh-smtp-'));
  const proc = spawn(PY, [SINK, String(port), dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (d) => { err += d; });
  await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`smtp_sink did not start: ${err}`)), 15000);
    proc.stdout.on('data', (d) => { if (String(d).includes('ready')) { clearTimeout(t); resolve(); } });
    proc.on('exit', (code) => { clearTimeout(t); reject(new Error(`smtp_sink exited ${code}: ${err}`)); });
  });
  const stop = () => new Promise((resolve) => {
    proc.removeAllListeners('exit');
    proc.on('exit', resolve);
    proc.stdin.end();
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
  });
  return { dir, stop };
}

/** The messages in DIR as { to, headers, subject, body } (base64 body, encoded-word subject decoded). */
function messages(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const [head, ...rest] = raw.split(/\r?\n\r?\n/);
    const headers = {};
    for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
    }
    const subject = headers.subject.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi,
      (_, b) => Buffer.from(b, 'base64').toString('utf8'));
    const body = headers['content-transfer-encoding'] === 'base64'
      ? Buffer.from(rest.join('\n').replace(/\s+/g, ''), 'base64').toString('utf8') : rest.join('\n');
    return { to: headers['x-envelope-to'], headers, subject, body };
  });
}

before(async () => {
  admin = client(await signIn(BASE, 'quantri', 'demo-2019-quantri'));
  const q9 = await demoDistrict();
  const lb = (await list(`/api/v1/units?kind=ward&parent=${q9.id}`)).find((u) => u.code === 'Q9.LONGBINH');
  const tag = uniq('rm');
  const unit = await admin.post('/api/v1/units', {
    kind: 'neighbourhood_group', code: `RM-${tag}`.toUpperCase(), name: `Tổ nhắc việc ${tag}`, parent_id: lb.id,
  });
  assert.equal(unit.status, 201, unit.text);
  ctx.unit = unit.json;
  ctx.email = `${tag}@example.test`;
  const person = await admin.post('/api/v1/people', {
    full_name: `Nguyễn Văn Nhắc ${tag}`, title: 'Cán bộ thống kê', unit_id: ctx.unit.id, email: ctx.email,
  });
  assert.equal(person.status, 201, person.text);
  const acct = await admin.post('/api/v1/users', {
    login: `rm-${tag}`, display_name: `Nguyễn Văn Nhắc ${tag}`, password: PASSWORD, role: 'officer',
    unit_id: ctx.unit.id, person_id: person.json.id,
  });
  assert.equal(acct.status, 201, acct.text);
  ctx.account = acct.json;
  ctx.login = `rm-${tag}`;
  me = client(await signIn(BASE, ctx.login, PASSWORD));
  const leader = await admin.post('/api/v1/people', {
    full_name: `Trần Thị Chỉ Đạo ${tag}`, title: 'Phó Chủ tịch', unit_id: ctx.unit.id,
  });
  assert.equal(leader.status, 201, leader.text);
  // Two open tasks of the officer's: one overdue on the digest's day, one due within 5 working days.
  ctx.tasks = [];
  for (const [due, title] of [[`${YEAR}-05-20`, `Rà soát hộ nghèo ${tag}`], [`${YEAR}-06-09`, `Tổng hợp báo cáo ${tag}`]]) {
    const t = await admin.post('/api/v1/tasks', {
      title, unit_id: ctx.unit.id, assignee_id: person.json.id, leader_id: leader.json.id, due_date: due,
    });
    assert.equal(t.status, 201, t.text);
    ctx.tasks.push({ ...t.json, due });
  }
  ctx.targets = {};
  for (const year of [YEAR, new Date().getUTCFullYear()]) {
    const t = await admin.post('/api/v1/targets', {
      code: `RM-${tag}-${year}`.toUpperCase(), year, name: `Số hộ được thăm hỏi ${tag}`, kind: 'count',
      target_low: 10, period: 'month', due_days: 10, owner_unit_id: ctx.unit.id,
    });
    assert.equal(t.status, 201, t.text);
    ctx.targets[year] = t.json;
  }
});

after(async () => {
  if (ctx.account) await admin.patch(`/api/v1/users/${ctx.account.id}`, { disabled: true });
});

describe('the daily digest', () => {
  test('a run puts the reports due and overdue in the officer\'s inbox; e-mail that fails is kept and delivered once the relay answers', async () => {
    const target = ctx.targets[YEAR];
    // Nobody listens on this port yet: the first delivery fails.
    const port = await freePort();
    const env = { DIEUHANH_SMTP_URL: `smtp://127.0.0.1:${port}`, DIEUHANH_SMTP_FROM: 'nhacviec@dieuhanh.test' };
    const out = reminders(['run', '--date', DAY], env);
    assert.match(out, new RegExp(`reminders ${DAY}: \\d+ items due, [1-9]\\d* digests, [1-9]\\d* e-mails queued`));
    assert.match(out, /e-mail: 0 sent, [1-9]\d* failed/);

    // The inbox: January to April overdue, May due within 5 working days (due 10/6).
    const inbox = await me.get('/api/v1/reminders/inbox');
    assert.equal(inbox.status, 200, inbox.text);
    const digest = inbox.json.items.find((d) => d.day === DAY);
    assert.ok(digest, `no digest of ${DAY}: ${inbox.text.slice(0, 300)}`);
    assert.equal(digest.n_items, 7);
    assert.equal(digest.n_overdue, 5);
    const reports = digest.due.filter((i) => i.kind === 'target_report');
    assert.deepEqual(reports.map((i) => i.due), [1, 2, 3, 4, 5].map((m) => dueOf(YEAR, m)));
    assert.ok(reports.every((i) => i.path === `/targets/${target.id}` && i.title.includes(target.code)));
    assert.deepEqual(reports.map((i) => i.detail), [1, 2, 3, 4, 5].map((m) => `Số liệu tháng ${m}/${YEAR}`));
    assert.ok(reports.slice(0, 4).every((i) => i.days_left < 0));
    assert.ok(reports[4].days_left > 0 && reports[4].days_left <= 5);
    // The tasks, on their deadline moved to a working day (Civil Code Art. 148).
    const tasks = digest.due.filter((i) => i.kind === 'task');
    assert.deepEqual(tasks.map((i) => i.path), ctx.tasks.map((t) => `/tasks/${t.id}`));
    assert.deepEqual(tasks.map((i) => i.due), [await deadline(ctx.tasks[0].due, 0), await deadline(ctx.tasks[1].due, 0)]);
    assert.ok(tasks[0].days_left < 0 && tasks[1].days_left >= 0);
    // Oldest first.
    assert.deepEqual(digest.due.map((i) => i.due), [...digest.due.map((i) => i.due)].sort());
    const [d, m, y] = [DAY.slice(8), DAY.slice(5, 7), YEAR];
    assert.equal(digest.subject, `Nhắc việc ngày ${d}/${m}/${y}: 5 việc quá hạn, 2 việc sắp đến hạn`);

    // The relay comes up: the kept message goes out on the next delivery, once.
    const sink = await smtpSink(port);
    try {
      assert.match(reminders(['deliver'], env), /e-mail: [1-9]\d* sent, 0 failed \(kept for another attempt\), 0 unsent/);
      const mine = messages(sink.dir).filter((msg) => msg.to === ctx.email);
      assert.equal(mine.length, 1, `messages to ${ctx.email}: ${mine.length}`);
      const msg = mine[0];
      assert.equal(msg.subject, digest.subject);
      assert.equal(msg.headers.from, 'nhacviec@dieuhanh.test');
      assert.equal(msg.headers.to, ctx.email);
      assert.match(msg.headers['content-type'], /text\/plain; charset=UTF-8/);
      assert.match(msg.body, /^Kính gửi Nguyễn Văn Nhắc/);
      assert.match(msg.body, /Quá hạn \(5\):/);
      assert.match(msg.body, /Đến hạn trong 5 ngày làm việc tới \(2\):/);
      assert.ok(msg.body.includes(ctx.tasks[1].title) && msg.body.includes(`/tasks/${ctx.tasks[1].id}`));
      assert.ok(msg.body.includes(`Báo cáo chỉ tiêu ${target.code}`));
      assert.ok(msg.body.includes(`/targets/${target.id}`));
      // Running the day again writes nothing and sends nothing.
      assert.match(reminders(['run', '--date', DAY], env), new RegExp(`reminders ${DAY}: already run`));
      assert.match(reminders(['deliver'], env), /e-mail: 0 sent, 0 failed \(kept for another attempt\), 0 unsent/);
      assert.equal(messages(sink.dir).filter((x) => x.to === ctx.email).length, 1);
    } finally {
      await sink.stop();
      rmSync(sink.dir, { recursive: true, force: true });
    }
    const again = await me.get('/api/v1/reminders/inbox');
    assert.equal(again.json.items.filter((x) => x.day === DAY).length, 1);

    // The inbox page lists it, each item linked to its target.
    const page = await me.get('/inbox');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(digest.subject));
    assert.ok(page.text.includes(`href="/targets/${target.id}"`));
    assert.match(page.text, /quá hạn \d+ ngày làm việc/);
  });

  test('the inbox is each account\'s own; refused without signing in', async () => {
    assertProblem(await client(null).get('/api/v1/reminders/inbox'), 401);
    const other = await admin.get('/api/v1/reminders/inbox');
    assert.equal(other.status, 200);
    assert.ok(!other.json.items.some((d) => d.due.some((i) => i.path === `/targets/${ctx.targets[YEAR].id}`)),
      'the city administrator was given the officer\'s unit\'s reports');
    const r = runCli(['reminders', 'run', '--date', '2019-02-30', '--db', DB]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--date wants YYYY-MM-DD/);
  });
});

describe('iCalendar feeds', () => {
  test('a person\'s feed lists their reports due as all-day events, read by ical.js; revoking it closes it', async () => {
    const year = new Date().getUTCFullYear();
    const target = ctx.targets[year];
    const r = await me.post('/api/v1/reminders/feeds', { kind: 'person' });
    assert.equal(r.status, 201, r.text);
    assert.match(r.json.url, /\/ical\/dhf_[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(r.json.url, BASE).pathname;
    const feed = await fetch(BASE + path);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type'), /^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await feed.text()));
    assert.equal(cal.name, 'vcalendar');
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    // Expected: each month of this year and last whose figure is due from a year ago to 60 working days ahead.
    const today = iso(new Date(Date.now() + 7 * 3600e3));
    const horizon = await deadline(today, 60);
    const yearAgo = iso(new Date(Date.parse(today) - 366 * 86400e3));
    const want = [];
    for (let m = 1; m <= 12; m++) {
      const due = dueOf(year, m);
      if (due >= yearAgo && due <= horizon) want.push(due);
    }
    const mine = events.filter((e) => e.summary.includes(target.code));
    assert.deepEqual(mine.map((e) => e.startDate.toString()).sort(), want.sort());
    for (const e of mine) {
      assert.equal(e.startDate.isDate, true);
      assert.match(e.uid, new RegExp(`^target-${target.id}-\\d+-${ctx.unit.id}@dieuhanh$`));
      assert.match(e.description, /^Số liệu tháng \d+\/\d{4}$/);
    }
    // Nothing of another unit's.
    assert.equal(events.length, mine.length);
    const listed = await me.get('/api/v1/reminders/feeds');
    assert.deepEqual(listed.json.items.map((f) => f.id), [r.json.id]);
    assert.ok(!JSON.stringify(listed.json).includes(r.json.token), 'the feed list shows the secret');

    assert.equal((await me.del(`/api/v1/reminders/feeds/${r.json.id}`)).status, 200);
    assert.equal((await fetch(BASE + path)).status, 404);
    assert.equal((await me.del(`/api/v1/reminders/feeds/${r.json.id}`)).status, 404);
    assert.equal((await fetch(`${BASE}/ical/dhf_${'A'.repeat(43)}.ics`)).status, 404);
  });

  test('a unit\'s feed needs a role on the unit, and closes when its owner\'s account is disabled', async () => {
    const outsider = client(await signIn(BASE, 'hiepphu', 'demo-2019-hiepphu'));
    assertProblem(await outsider.post('/api/v1/reminders/feeds', { kind: 'unit', unit_id: ctx.unit.id }), 403);
    assertProblem(await me.post('/api/v1/reminders/feeds', { kind: 'team' }), 422, 'kind');
    assertProblem(await me.post('/api/v1/reminders/feeds', { kind: 'unit' }), 422, 'unit_id');
    assertProblem(await me.post('/api/v1/reminders/feeds', { kind: 'unit', unit_id: 'x' }), 422, 'unit_id');
    assertProblem(await client(null).post('/api/v1/reminders/feeds', { kind: 'person' }), 401);
    const r = await me.post('/api/v1/reminders/feeds', { kind: 'unit', unit_id: ctx.unit.id });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.unit_id, ctx.unit.id);
    const path = new URL(r.json.url, BASE).pathname;
    const text = await (await fetch(BASE + path)).text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    assert.ok(events.length > 0, 'the unit feed is empty');
    assert.ok(events.every((e) => String(e.getFirstPropertyValue('summary')).includes(ctx.targets[new Date().getUTCFullYear()].code)));
    // The owner's account disabled: the address stops answering.
    assert.equal((await admin.patch(`/api/v1/users/${ctx.account.id}`, { disabled: true })).status, 200);
    try {
      assert.equal((await fetch(BASE + path)).status, 404);
    } finally {
      assert.equal((await admin.patch(`/api/v1/users/${ctx.account.id}`, { disabled: false })).status, 200);
    }
    assert.equal((await fetch(BASE + path)).status, 200);
    me = client(await signIn(BASE, ctx.login, PASSWORD));
    assert.equal((await me.del(`/api/v1/reminders/feeds/${r.json.id}`)).status, 200);
  });

  test('an account keeps at most 20 live feeds', async () => {
    const made = [];
    try {
      for (let i = 0; i < 20; i++) {
        const r = await me.post('/api/v1/reminders/feeds', { kind: 'person' });
        assert.equal(r.status, 201, r.text);
        made.push(r.json.id);
      }
      assertProblem(await me.post('/api/v1/reminders/feeds', { kind: 'person' }), 422, 'kind');
    } finally {
      for (const id of made) await me.del(`/api/v1/reminders/feeds/${id}`);
    }
    assert.deepEqual((await me.get('/api/v1/reminders/feeds')).json.items, []);
  });
});
