// Revocation, account scope and who sees what (issue 7, items 5, 6, 11, 13):
//
// - a new password, a reset, disabling: every session and API token obtained
//   with the old credential ends (the session that changed its own password
//   goes on); enabling does not revive tokens; a token cannot mint tokens;
// - an administrator manages an account only when its home unit and every
//   grant lie in their subtree (a ward administrator and a role-less account
//   of the city's, or the city administrator's own account);
// - the public sees the reporting unit of a figure, not the official's login,
//   and no notes; wrong guesses from one address cannot lock an official out;
// - a record's history is readable only where the reader's audit reaches
//   every unit the record belongs to.
//
// No deliberate wrong password on the shared server (its per-address limit is
// shared by every file): the lockout test runs a server of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  BASE, BIN, DB, assertProblem, childEnv, client, demoDb, demoDistrict, freePort, list, removeDir,
  runCli, signIn, startServer, tempDir, trySignIn, uniq,
} from './lib.mjs';

const T = { timeout: 120000 };
const SLOW = { timeout: 600000 };

const clients = {};
/** A client signed in (once per file) as the demo account LOGIN. */
function as(login) {
  clients[login] ??= signIn(BASE, login, `demo-2019-${login}`).then((c) => client(c));
  return clients[login];
}
const anon = client(null);
const newPassword = () => `mk-${uniq()}-dài`;

let placesP;
/** The city, Quận 9, and the wards Hiệp Phú and Long Bình. */
function places() {
  placesP ??= (async () => {
    const q9 = await demoDistrict();
    const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
    const ward = (code) => {
      const w = wards.find((u) => u.code === code);
      assert.ok(w, `no ward ${code}`);
      return w;
    };
    return { city: q9.parent_id, q9: q9.id, hp: ward('Q9.HIEPPHU').id, lb: ward('Q9.LONGBINH').id };
  })();
  return placesP;
}

/** Signs in (asserting 201); returns a client with the session cookie. */
async function signedIn(login, password, url = BASE) {
  const r = await trySignIn(login, password, url);
  assert.equal(r.status, 201, `signing in as ${login}: ${r.status} ${r.text.slice(0, 300)}`);
  return client(r.cookie, url);
}

/** Creates an account as WHO (quantri by default); asserts 201. */
async function newAccount(fields, who = 'quantri') {
  const body = {
    login: uniq('tk.'), display_name: `Tài khoản thử ${uniq()}`, password: newPassword(), ...fields,
  };
  const r = await (await as(who)).post('/api/v1/users', body);
  assert.equal(r.status, 201, `creating ${body.login}: ${r.status} ${r.text.slice(0, 300)}`);
  return { id: r.json.id, login: body.login, password: body.password, json: r.json };
}

/** A new account with role ROLE on UNIT, signed in. */
async function signedInAccount(role, unit) {
  const acc = await newAccount({ role, unit_id: unit });
  return { ...acc, me: await signedIn(acc.login, acc.password) };
}

async function newToken(me) {
  const t = await me.post('/api/v1/tokens', { name: `thử ${uniq()}` });
  assert.equal(t.status, 201, t.text.slice(0, 300));
  return { id: t.json.id, bearer: client({ bearer: t.json.token }) };
}

function assertUnauthenticated(r, what) {
  assert.equal(r.status, 401, `${what}: ${r.status} ${r.text.slice(0, 300)}`);
}

async function myId(who) {
  const s = await who.get('/api/v1/session');
  assert.equal(s.status, 200, s.text.slice(0, 300));
  return s.json.user.id;
}

// ---- item 5: revocation -----------------------------------------------------------

describe('revocation', () => {
  test('changing one\'s own password ends the other sessions and every API token; the changing session goes on', T, async () => {
    const { hp } = await places();
    const acc = await signedInAccount('officer', hp);
    const other = await signedIn(acc.login, acc.password);
    const { bearer } = await newToken(acc.me);
    assert.equal((await bearer.get('/api/v1/session')).status, 200);

    const pw = newPassword();
    const r = await acc.me.put('/api/v1/session/password', { current_password: acc.password, new_password: pw });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.equal((await acc.me.get('/api/v1/session')).status, 200, 'the session that changed the password ended');
    assertUnauthenticated(await other.get('/api/v1/session'), 'another session after a password change');
    assertUnauthenticated(await bearer.get('/api/v1/session'), 'an API token after a password change');
    const tokens = (await acc.me.get('/api/v1/tokens')).json.items;
    assert.ok(tokens.every((t) => t.revoked_at !== null), `live tokens after a password change: ${JSON.stringify(tokens)}`);
  });

  test('the same through the /account page: this browser stays signed in, the other session and the token end', T, async () => {
    const { hp } = await places();
    const acc = await signedInAccount('officer', hp);   // the other session
    const { bearer } = await newToken(acc.me);
    const cookie = (await trySignIn(acc.login, acc.password)).cookie;   // the browser
    const csrf = (await client(cookie).get('/api/v1/session')).json.csrf;
    const form = new URLSearchParams({ csrf, current_password: acc.password, new_password: newPassword() });
    const res = await fetch(`${BASE}/account/password`, {
      method: 'POST', redirect: 'manual', body: form.toString(),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      signal: AbortSignal.timeout(60000),
    });
    await res.text();
    assert.equal(res.status, 303, `the password form: ${res.status}`);
    assert.equal((await client(cookie).get('/api/v1/session')).status, 200, 'the browser that changed the password was signed out');
    assertUnauthenticated(await acc.me.get('/api/v1/session'), 'another session after a change on the page');
    assertUnauthenticated(await bearer.get('/api/v1/session'), 'a token after a change on the page');
  });

  test('an administrator\'s reset ends the sessions and revokes the tokens: a write with the old token is refused', T, async () => {
    const { lb } = await places();
    const acc = await signedInAccount('officer', lb);
    const { bearer } = await newToken(acc.me);
    const r = await (await as('quantri')).patch(`/api/v1/users/${acc.id}`, { password: newPassword() });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assertUnauthenticated(await acc.me.get('/api/v1/session'), 'a session after a reset');
    assertUnauthenticated(await bearer.get('/api/v1/session'), 'a token after a reset');
    // The write the report saw answered 201 with the old token.
    assertUnauthenticated(await bearer.post('/api/v1/tokens', { name: 'sau khi đặt lại' }), 'a write with the old token');
  });

  test('disabling revokes the tokens; enabling the account again does not revive them', T, async () => {
    const { hp } = await places();
    const acc = await signedInAccount('officer', hp);
    const { bearer } = await newToken(acc.me);
    const admin = await as('quantri');
    assert.equal((await admin.patch(`/api/v1/users/${acc.id}`, { disabled: true })).status, 200);
    assert.equal((await admin.patch(`/api/v1/users/${acc.id}`, { disabled: false })).status, 200);
    assertUnauthenticated(await bearer.get('/api/v1/session'), 'an old token after disable and enable');
    // The account itself works again with its password.
    await signedIn(acc.login, acc.password);
  });

  test('a token cannot create tokens (403 problem), so a revoked token leaves no offspring', T, async () => {
    const { hp } = await places();
    const acc = await signedInAccount('officer', hp);
    const { id, bearer } = await newToken(acc.me);
    const before = (await acc.me.get('/api/v1/tokens')).json.items.length;
    const child = await bearer.post('/api/v1/tokens', { name: 'con' });
    const p = assertProblem(child, 403);
    assert.equal(p.type, '/problems/token-cannot-mint');
    assert.equal((await acc.me.get('/api/v1/tokens')).json.items.length, before, 'a token minted a token');
    assert.equal((await acc.me.del(`/api/v1/tokens/${id}`)).status, 200);
    assertUnauthenticated(await bearer.get('/api/v1/session'), 'the revoked token');
  });
});

// ---- item 6: who manages which account ---------------------------------------------

describe('account administration stays inside the administrator\'s subtree', () => {
  let ward; // an administrator of Hiệp Phú
  before(async () => {
    const { hp } = await places();
    ward = await signedInAccount('admin', hp);
  });

  test('a role-less account of the city\'s is not a ward administrator\'s: no list, no reset (403), also once it is made a district leader', T, async () => {
    const { city, q9 } = await places();
    // Made as the report made it: the city administrator creates it with a
    // role on the city (its home unit), then takes the role away.
    const x = await newAccount({ role: 'officer', unit_id: city });
    const admin = await as('quantri');
    const rv = await admin.del(`/api/v1/users/${x.id}/grants/${x.json.roles[0].id}`);
    assert.equal(rv.status, 200, rv.text.slice(0, 300));
    const listed = (await ward.me.get('/api/v1/users')).json.items.map((u) => u.login);
    assert.ok(!listed.includes(x.login), 'the ward administrator lists a city account');
    const pw = newPassword();
    assertProblem(await ward.me.patch(`/api/v1/users/${x.id}`, { password: pw }), 403);
    assertProblem(await ward.me.patch(`/api/v1/users/${x.id}`, { disabled: true }), 403);
    assert.equal((await ward.me.get(`/admin/users/${x.id}`)).status, 403, 'the admin page of a city account');
    const g = await (await as('quantri')).post(`/api/v1/users/${x.id}/grants`, { role: 'leader', unit_id: q9 });
    assert.equal(g.status, 201, g.text.slice(0, 300));
    assertProblem(await ward.me.patch(`/api/v1/users/${x.id}`, { password: pw }), 403);
    // The account still opens with its own password only.
    await signedIn(x.login, x.password);
    const shown = (await admin.get('/api/v1/users')).json.items.find((u) => u.id === x.id);
    assert.equal(shown.home_unit_id, city);
  });

  test('a ward administrator cannot add ward grants to accounts outside the ward (the city administrator, a district leader)', T, async () => {
    const { hp } = await places();
    const quantri = await myId(await as('quantri'));
    const lanhdao = await myId(await as('lanhdao'));
    for (const id of [quantri, lanhdao]) {
      assertProblem(await ward.me.post(`/api/v1/users/${id}/grants`, { role: 'officer', unit_id: hp }), 403);
    }
    const roles = (await (await as('quantri')).get('/api/v1/users')).json.items
      .filter((u) => u.id === quantri || u.id === lanhdao)
      .flatMap((u) => u.roles.map((r) => r.unit_id));
    assert.ok(!roles.includes(hp), `a grant on Hiệp Phú was added: ${JSON.stringify(roles)}`);
  });

  test('within the ward: creates a role-less account homed there, resets it; once the district grants it a role outside, it is no longer theirs', T, async () => {
    const { hp, q9 } = await places();
    assertProblem(await ward.me.post('/api/v1/users', {
      login: uniq('tk.'), display_name: 'Ngoài phường', password: newPassword(), home_unit_id: q9,
    }), 403);
    const c = await ward.me.post('/api/v1/users', {
      login: uniq('tk.'), display_name: 'Trong phường', password: newPassword(), home_unit_id: hp,
    });
    assert.equal(c.status, 201, c.text.slice(0, 300));
    const mineAcc = c.json;
    assert.equal(mineAcc.home_unit_id, hp);
    assert.equal((await ward.me.patch(`/api/v1/users/${mineAcc.id}`, { password: newPassword() })).status, 200);
    assert.equal((await (await as('quantri')).post(`/api/v1/users/${mineAcc.id}/grants`,
      { role: 'leader', unit_id: q9 })).status, 201);
    assertProblem(await ward.me.patch(`/api/v1/users/${mineAcc.id}`, { password: newPassword() }), 403);
  });

  test('dieuhanh user add --unit without --role: an account of that unit, the ward administrator\'s to manage', T, async () => {
    const { hp } = await places();
    const login = uniq('cli.');
    const pw = newPassword();
    const r = spawnSync(BIN, ['user', 'add', login, '--unit', 'Q9.HIEPPHU', '--password-stdin', '--db', DB],
      { env: childEnv(), input: `${pw}\n`, encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, `user add: ${r.stderr}`);
    const acc = (await ward.me.get('/api/v1/users')).json.items.find((u) => u.login === login);
    assert.ok(acc, 'the ward administrator does not see an account of the ward');
    assert.equal(acc.home_unit_id, hp);
    assert.deepEqual(acc.roles, []);
    assert.equal((await ward.me.patch(`/api/v1/users/${acc.id}`, { disabled: true })).status, 200);
  });

  test('an account needs a home unit: none and no role → 422 naming home_unit_id', T, async () => {
    const r = await (await as('quantri')).post('/api/v1/users', {
      login: uniq('tk.'), display_name: 'Không đơn vị', password: newPassword(),
    });
    assertProblem(r, 422, 'home_unit_id');
  });
});

// ---- item 13: whose history a reader may read -----------------------------------------

describe('history is read only where the reader\'s audit reaches', () => {
  let sup; // a supervisor of Long Bình
  before(async () => {
    const { lb } = await places();
    sup = await signedInAccount('supervisor', lb);
  });

  const audit = (who, entity, id) => who.get(`/api/v1/audit?entity=${entity}&entity_id=${id}`);

  test('a ward supervisor cannot read the history of the city administrator\'s account, nor of its API token (403)', T, async () => {
    const admin = await as('quantri');
    const quantri = await myId(admin);
    assertProblem(await audit(sup.me, 'user', quantri), 403);
    const t = await admin.post('/api/v1/tokens', { name: `lịch sử ${uniq()}` });
    assert.equal(t.status, 201);
    assertProblem(await audit(sup.me, 'api_token', t.json.id), 403);
    assert.equal((await admin.del(`/api/v1/tokens/${t.json.id}`)).status, 200);
    // Nor through what the city administrator did.
    const did = await sup.me.get(`/api/v1/users/${quantri}/audit?limit=500`);
    assert.equal(did.status, 200, did.text.slice(0, 300));
    const leaked = did.json.items.filter((e) => (e.entity === 'api_token' && e.entity_id === t.json.id)
      || (e.entity === 'user' && e.entity_id === quantri));
    assert.deepEqual(leaked, [], 'the city administrator\'s token or account history through GET /users/{id}/audit');
    const page = await sup.me.get(`/history?entity=user&id=${quantri}`);
    assert.equal(page.status, 403, 'the history page of the city administrator');
    // Their own ward's accounts they may read.
    assert.equal((await audit(sup.me, 'user', sup.id)).status, 200);
  });

  test('targets and figures: the district\'s are refused (403), Long Bình\'s are readable', T, async () => {
    const { q9, lb } = await places();
    const board = (await anon.get('/api/v1/targets?year=2019&as_of=2020-06-30')).json;
    const all = [];
    const walk = (items) => { for (const t of items || []) { all.push(t); walk(t.breakdown); } };
    walk(board.items);
    const district = all.find((t) => t.owner_unit_id === q9);
    assert.ok(district, 'no target of Quận 9 on the 2019 board');
    // The ward breakdown targets are in each target's detail.
    let ward;
    for (const t of all) {
      const d = (await anon.get(`/api/v1/targets/${t.id}?as_of=2020-06-30`)).json;
      ward = (d.breakdown || []).find((c) => c.owner_unit_id === lb);
      if (ward) break;
    }
    assert.ok(ward, 'no Long Bình breakdown target in 2019');
    assertProblem(await audit(sup.me, 'target', district.id), 403);
    assert.equal((await audit(sup.me, 'target', ward.id)).status, 200);
    const figures = async (id) => (await (await as('quantri')).get(`/api/v1/targets/${id}/measurements`)).json.items;
    const dm = await figures(district.id);
    const wm = await figures(ward.id);
    assert.ok(dm.length && wm.length, 'the demo targets have no figures');
    assertProblem(await audit(sup.me, 'measurement', dm[0].id), 403);
    assert.equal((await audit(sup.me, 'measurement', wm[0].id)).status, 200);
  });
});

// ---- item 11: the public sees units, not logins ------------------------------------------

describe('the public sees the reporting unit, not the reporter', () => {
  test('anonymous figures of a Long Bình target: no login, no note; the officer and the district see both', T, async () => {
    const { lb } = await places();
    const year = 2095 + randomInt(0, 5);
    const code = uniq('PUB').toUpperCase();
    const t = await (await as('lanhdao')).post('/api/v1/targets', {
      code, year, name: `Chỉ tiêu công khai ${code}`, period: 'month', due_days: 5, kind: 'count',
      unit_of_measure: 'hộ', target_low: 10, owner_unit_id: lb,
    });
    assert.equal(t.status, 201, t.text.slice(0, 300));
    const note = `Ghi chú nội bộ ${uniq()}`;
    const r = await (await as('longbinh')).post(`/api/v1/targets/${t.json.id}/measurements`,
      { unit_id: lb, period_no: 1, value: 3, note, evidence: 'CV 7/UBND' });
    assert.equal(r.status, 201, r.text.slice(0, 300));

    for (const path of [`/api/v1/targets/${t.json.id}/measurements`, `/api/v1/targets/${t.json.id}?as_of=${year}-12-31`]) {
      const pub = await anon.get(path);
      assert.equal(pub.status, 200, pub.text.slice(0, 300));
      assert.ok(!pub.text.includes('longbinh'), `${path} shows the login to the public: ${pub.text.slice(0, 500)}`);
      assert.ok(!pub.text.includes(note), `${path} shows the internal note to the public`);
      const items = pub.json.items || pub.json.measurements;
      assert.equal(items[0].reporting_unit, 'Phường Long Bình');
      for (const who of ['longbinh', 'lanhdao']) {
        const inside = await (await as(who)).get(path);
        assert.ok(inside.text.includes('"reporter":"longbinh"'), `${who} does not see the reporter on ${path}`);
        assert.ok(inside.text.includes(note), `${who} does not see the note on ${path}`);
      }
    }
    const page = await anon.get(`/targets/${t.json.id}?as_of=${year}-12-31`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('longbinh'), 'the public page shows the reporter\'s login');
    assert.ok(!page.text.includes(note), 'the public page shows the internal note');
    assert.ok(page.text.includes('Long Bình'));
    const inside = await (await as('longbinh')).get(`/targets/${t.json.id}?as_of=${year}-12-31`);
    assert.ok(inside.text.includes('longbinh') && inside.text.includes(note), 'the officer no longer sees reporter and note');
  });
});

// ---- item 11: nobody can lock an official out ----------------------------------------------

const dirs = [];
after(() => { for (const d of dirs) removeDir(d); });

async function signInFrom(url, address, login, password) {
  const r = await fetch(`${url}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ login, password }), signal: AbortSignal.timeout(60000),
  });
  await r.text();
  return r.status;
}

describe('sign-in throttling cannot lock an official out (own server, --trust-proxy)', () => {
  test('5 wrong guesses from one address: that address is throttled (429), the official signs in from theirs (201)', SLOW, async () => {
    const d = tempDir();
    dirs.push(d);
    const db = demoDb(d, { name: 'lock' }).url;
    const port = await freePort();
    const srv = await startServer(['serve', '--listen', `127.0.0.1:${port}`, '--db', db, '--trust-proxy'],
      { waitMs: 60000 });
    try {
      const attacker = '203.0.113.66';
      for (let i = 1; i <= 5; i++) {
        assert.equal(await signInFrom(srv.url, attacker, 'longbinh', `doan-sai-${i}-mat-khau`), 401);
      }
      assert.equal(await signInFrom(srv.url, attacker, 'longbinh', `doan-sai-6-mat-khau`), 429,
        'the guessing address is not throttled');
      assert.equal(await signInFrom(srv.url, '198.51.100.7', 'longbinh', 'demo-2019-longbinh'), 201,
        'the official is locked out by someone else\'s guesses');
      // The guessing address stays throttled even with the right password.
      assert.equal(await signInFrom(srv.url, attacker, 'longbinh', 'demo-2019-longbinh'), 429);
    } finally {
      await srv.stop();
    }
  });
});
