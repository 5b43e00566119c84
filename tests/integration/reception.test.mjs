// Citizen reception and dialogue sessions against the running server: the
// public calendar with the missed days flagged, registering a question
// without an account, the 06-TCD register kept to those who manage the
// session, minutes and the public summary, answers, and a commitment that
// becomes a task with its leader and deadline.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { before, describe, test } from 'node:test';

import { BASE, list, trySignIn, uniq } from './lib.mjs';

function visitor(cookie = '') {
  const jar = new Map(cookie ? cookie.split('; ').map((c) => c.split('=')) : []);
  const v = {
    async fetch(method, path, body) {
      const headers = { cookie: [...jar].map(([k, x]) => `${k}=${x}`).join('; ') };
      if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
      const r = await fetch(BASE + path, { method, body, headers, redirect: 'manual', signal: AbortSignal.timeout(30000) });
      for (const c of r.headers.getSetCookie()) {
        const [kv] = c.split(';');
        const i = kv.indexOf('=');
        jar.set(kv.slice(0, i), kv.slice(i + 1));
      }
      return { status: r.status, headers: r.headers, text: await r.text() };
    },
    /** POSTs FIELDS to PATH with the csrf token of the form on FROM (as a browser would). */
    async post(path, fields, from) {
      const g = await v.fetch('GET', from);
      const csrf = /name="csrf" value="([^"]+)"/.exec(g.text)?.[1];
      assert.ok(csrf, `${from} has no form`);
      return v.fetch('POST', path, new URLSearchParams({ csrf, ...fields }));
    },
  };
  return v;
}

async function staff(login) {
  const r = await trySignIn(login, `demo-2019-${login}`);
  assert.equal(r.status, 201);
  const v = visitor(r.cookie);
  v.csrf = r.json.csrf;
  v.postForm = (path, fields) => v.fetch('POST', path, new URLSearchParams({ csrf: r.json.csrf, ...fields }));
  return v;
}

const isoIn = (days) => new Date(Date.now() + days * 86400000 + 7 * 3600000).toISOString().slice(0, 10);
let wards;
before(async () => { wards = await list('/api/v1/units?kind=ward'); });

describe('reception days and dialogues', () => {
  test('the public calendar shows coming sessions and flags missed days', async () => {
    const r = await visitor().fetch('GET', '/reception');
    assert.equal(r.status, 200);
    assert.match(r.text, /Phường Long Bình/, 'the demo leaves two weeks without a reception day in Long Bình');
    assert.match(r.text, /class="rc-gaps"/);
    assert.match(r.text, /\d+ trên 1 ngày|\d+ of 1 days/);
    assert.doesNotMatch(r.text, /form-rc/, 'no planning form for the public');
  });

  test('a session: questions registered without an account, the register, minutes, answers, a commitment as a task', async () => {
    const lb = wards.find((w) => w.code === 'Q9.LONGBINH');
    const head = await staff('hiepphu');
    const officer = await staff('longbinh');
    const leader = await staff('lanhdao');
    const day = isoIn(2);
    const agenda = `Đối thoại về chỉnh trang đô thị ${uniq()}`;
    // An officer does not plan; a head of another ward does not plan for Long Bình.
    const body = { unit_id: String(lb.id), kind: 'dialogue', day, leader: 'Chủ tịch UBND phường Long Bình',
      place: 'Hội trường UBND phường', online_link: 'https://hop.example.vn/lb', agenda };
    assert.equal((await officer.postForm('/reception', body)).status, 403);
    assert.equal((await head.postForm('/reception', body)).status, 403);
    const bad = await leader.postForm('/reception', { ...body, online_link: 'javascript:alert(1)' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /id="f-rc-online_link-error"/);
    // The day as the pages show days; one that does not exist comes back beside the field, as typed.
    const noDay = await leader.postForm('/reception', { ...body, day: '30/02/2030' });
    assert.equal(noDay.status, 422);
    assert.match(noDay.text, /id="f-rc-day-error"/);
    assert.match(noDay.text, /value="30\/02\/2030"/);
    const [yy, mo, dd0] = day.split('-');
    const made = await leader.postForm('/reception', { ...body, day: `${dd0}/${mo}/${yy}` });
    assert.equal(made.status, 303);
    const id = Number(/\/reception\/(\d+)/.exec(made.headers.get('location'))[1]);
    const page = await visitor().fetch('GET', `/reception/${id}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(agenda));
    assert.match(page.text, /href="https:\/\/hop\.example\.vn\/lb"/);
    // Two citizens register; the register numbers them; the public never sees their names.
    // (From an address of their own: the hourly limit per address is the server's, shared.)
    const citizen = visitorAt(randomLoopback());
    const q1 = await citizen.post(`/reception/${id}/questions`, { citizen_name: 'Võ Thị Lan', citizen_address: 'Tổ 2',
      people: '3', content: 'Đề nghị làm rõ tiến độ nâng cấp hẻm 12.' }, `/reception/${id}`);
    assert.equal(q1.status, 303);
    const short = await citizen.post(`/reception/${id}/questions`, { citizen_name: 'X', content: 'ngắn', people: '1' }, `/reception/${id}`);
    assert.equal(short.status, 422);
    assert.match(short.text, /id="f-question-content-error"/);
    assert.equal((await citizen.post(`/reception/${id}/questions`, { citizen_name: 'Đỗ Văn Minh', people: '1',
      content: 'Xin hỏi về kế hoạch lắp đèn đường.' }, `/reception/${id}`)).status, 303);
    assert.doesNotMatch((await visitor().fetch('GET', `/reception/${id}`)).text, /Võ Thị Lan/);
    assert.equal((await visitor().fetch('GET', `/reception/${id}/register`)).status, 303, 'the register asks for sign-in');
    assert.equal((await officer.fetch('GET', `/reception/${id}/register`)).status, 403);
    const reg = await leader.fetch('GET', `/reception/${id}/register`);
    assert.equal(reg.status, 200);
    assert.match(reg.text, /<th scope="row">1<\/th>[^]*Võ Thị Lan[^]*Tổ 2[^]*<td class="num">3<\/td>/);
    assert.match(reg.text, /<th scope="row">2<\/th>[^]*Đỗ Văn Minh/);
    const dueMatch = /(?:Hạn|Due) (\d\d\/\d\d\/\d{4})/.exec(reg.text);
    assert.ok(dueMatch, 'each line shows its answer deadline');
    // 10 working days after the session's day, never earlier than two weeks of calendar.
    const [dd, mm, yyyy] = dueMatch[1].split('/');
    const due = Date.UTC(+yyyy, +mm - 1, +dd);
    const sessionDay = Date.parse(`${day}T00:00:00Z`);
    assert.ok(due - sessionDay >= 13 * 86400000 && due - sessionDay <= 20 * 86400000, `due ${dueMatch[1]} for ${day}`);
    const qid = Number(/\/questions\/(\d+)\/answer/.exec(reg.text)[1]);
    assert.equal((await leader.postForm(`/reception/${id}/questions/${qid}/answer`, { result: 'Hẻm 12 khởi công tháng 3.' })).status, 303);
    assert.match((await leader.fetch('GET', `/reception/${id}/register`)).text, /Hẻm 12 khởi công tháng 3\./);
    // Not held before its day.
    const early = await leader.postForm(`/reception/${id}/record`, { status: 'held', minutes: 'x', summary: 'y' });
    assert.equal(early.status, 422);
    const summary = `Đã đối thoại với 5 hộ dân ${uniq()}.`;
    assert.equal((await leader.postForm(`/reception/${id}/record`, { status: 'planned', minutes: 'Biên bản nội bộ', summary })).status, 303);
    const pub = await visitor().fetch('GET', `/reception/${id}`);
    assert.ok(pub.text.includes(summary));
    assert.ok(!pub.text.includes('Biên bản nội bộ'), 'the minutes stay internal');
    // A commitment becomes a task of the ward with the leader who made it.
    const people = await list(`/api/v1/people?unit_id=${lb.id}`);
    const chair = people.find((p) => /Chủ tịch/.test(p.title)) ?? people[0];
    const text = `Lắp đèn hẻm 12 trước Tết ${uniq()}`;
    const c = await leader.postForm(`/reception/${id}/commitments`, { text, leader_id: String(chair.id), due_day: isoIn(40) });
    assert.equal(c.status, 303);
    const after = await leader.fetch('GET', `/reception/${id}`);
    const taskId = Number(/href="\/tasks\/(\d+)"/.exec(after.text)?.[1]);
    assert.ok(taskId > 0, 'the commitment links its task');
    const task = await leader.fetch('GET', `/api/v1/tasks/${taskId}`);
    assert.equal(task.status, 200, task.text.slice(0, 200));
    const t = JSON.parse(task.text);
    assert.equal(t.title, text);
    assert.equal(t.unit_id, lb.id);
    assert.equal(t.leader_id, chair.id);
    assert.equal(t.source, 'citizen');
    // The public sees the commitment and its state, not the task page link.
    const seen = await visitor().fetch('GET', `/reception/${id}`);
    assert.ok(seen.text.includes(text));
    assert.doesNotMatch(seen.text, /href="\/tasks\//);
  });
});

/** An address of this machine other than 127.0.0.1 (all of 127/8 is loopback). */
function randomLoopback() {
  const [a, b, c] = randomBytes(3);
  return `127.${100 + (a % 100)}.${b}.${1 + (c % 250)}`;
}

// A browser without JavaScript at its own loopback address (127.a.b.c is
// this machine too), so the hourly budget it spends is its own.
function visitorAt(localAddress) {
  let cookie = '';
  const u = new URL(BASE);
  const go = (method, path, body) => new Promise((resolve, reject) => {
    const headers = { cookie };
    if (body) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = http.request({ host: u.hostname, port: u.port, path, method, headers, localAddress, timeout: 30000 }, (res) => {
      const set = (res.headers['set-cookie'] || []).map((c) => c.split(';')[0]);
      if (set.length) cookie = set.join('; ');
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
  let csrf;
  return {
    async post(path, fields, from) {
      // One GET for the form's token, as a browser keeps it; the cookie stays the same.
      csrf ??= /name="csrf" value="([^"]+)"/.exec((await go('GET', from)).text)?.[1];
      assert.ok(csrf, `${from} has no form`);
      return go('POST', path, new URLSearchParams({ csrf, ...fields }).toString());
    },
  };
}

describe('the hourly limit on questions per address', () => {
  test('the 31st question of the hour from one address gets the form again with 429 and Retry-After; another address registers', async () => {
    const lb = wards.find((w) => w.code === 'Q9.LONGBINH');
    const leader = await staff('lanhdao');
    const made = await leader.postForm('/reception', { unit_id: String(lb.id), kind: 'reception', day: isoIn(3),
      leader: 'Chủ tịch UBND phường Long Bình', place: 'Phòng tiếp công dân', agenda: `Tiếp dân ${uniq()}` });
    assert.equal(made.status, 303);
    const path = new URL(made.headers.get('location'), BASE).pathname;
    const robot = visitorAt(randomLoopback());
    const ask = (v, n) => v.post(`${path}/questions`, { citizen_name: `Người hỏi ${n}`, people: '1',
      content: `Câu hỏi số ${n} về thoát nước hẻm 5.` }, path);
    for (let i = 1; i <= 30; i++) assert.equal((await ask(robot, i)).status, 303, `question ${i}`);
    const over = await ask(robot, 31);
    assert.equal(over.status, 429);
    const wait = Number(over.headers['retry-after']);
    assert.ok(wait > 3500 && wait <= 3600, `Retry-After: ${over.headers['retry-after']}`);
    assert.match(over.text, /Quá nhiều câu hỏi|Too many questions/);
    assert.match(over.text, /value="Người hỏi 31"/, 'what was typed stays in the form');
    assert.equal((await ask(visitorAt(randomLoopback()), 32)).status, 303, 'another address is not held back');
    // Signed in, an official is not counted: the leader enters the register past the limit.
    assert.equal((await leader.postForm(`${path}/questions`, { citizen_name: 'Người hỏi tại bàn', people: '1',
      content: 'Câu hỏi nhập tại bàn tiếp dân.' })).status, 303);
    const reg = await leader.fetch('GET', `${path}/register`);
    assert.match(reg.text, /Người hỏi 30\b/);
    assert.match(reg.text, /Người hỏi 32\b/);
    assert.doesNotMatch(reg.text, /Người hỏi 31\b/, 'the refused question is not in the register');
  });
});

describe('the home page: promises to citizens that are late', () => {
  test('the district leader sees late commitments (their tasks) and unanswered register lines; a ward officer sees none', async () => {
    const r = await (await staff('lanhdao')).fetch('GET', '/');
    const m = /<section aria-labelledby="home-reception">([^]*?)<\/section>/.exec(r.text);
    assert.ok(m, 'the leader\'s home has the reception section');
    const rows = [...m[1].matchAll(/<tr><th scope="row"><a href="\/tasks\/(\d+)">[^]*?<\/tr>/g)];
    assert.ok(rows.length > 0 && rows.length <= 8, 'the demo leaves late commitments');
    const today = Date.parse(new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10));
    for (const [row, taskId] of rows) {
      const [dd, mm, yyyy] = /<td[^>]*>(\d\d\/\d\d\/\d{4})<\/td>/.exec(row)[1].split('/');
      assert.ok(Date.UTC(+yyyy, +mm - 1, +dd) < today, `the deadline of task ${taskId} has passed`);
    }
    assert.match(m[1], /href="\/reception\/\d+\/register"/);
    const officer = await (await staff('longbinh')).fetch('GET', '/');
    assert.doesNotMatch(officer.text, /home-reception/);
  });
});
