// The HTML side, with plain fetch (no browser): who may see and change what
// through the pages, the sign-in form's CSRF protection, and hostile input
// to the sign-in form.  Signs in through POST /login like a browser would.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { BASE, assertHealthy, demoDistrict, get, list, post, uniq } from './lib.mjs';

const T = { timeout: 60000 };

/** A cookie jar: name -> value, fed by Set-Cookie (Max-Age=0 deletes). */
class Jar {
  constructor() { this.c = new Map(); }
  take(headers) {
    for (const sc of headers.getSetCookie()) {
      const [pair, ...attrs] = sc.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a)) || value === '') this.c.delete(name);
      else this.c.set(name, value);
    }
  }
  header() { return [...this.c].map(([k, v]) => `${k}=${v}`).join('; '); }
}

/** GET or POST (form-encoded FORM) PATH with JAR's cookies; no redirects followed. */
async function page(jar, path, form) {
  const headers = {};
  const cookie = jar ? jar.header() : '';
  if (cookie) headers.cookie = cookie;
  let body;
  if (form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  const r = await fetch(BASE + path, {
    method: form === undefined ? 'GET' : 'POST', headers, body, redirect: 'manual',
    signal: AbortSignal.timeout(20000),
  });
  if (jar) jar.take(r.headers);
  return { status: r.status, headers: r.headers, text: await r.text() };
}

/** The hidden csrf field of the form posting to ACTION (else the first one). */
function csrfOf(html, action) {
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);
  const form = (action && forms.find((f) => f.includes(`action="${action}"`))) || forms[0] || '';
  const m = /<input type="hidden" name="csrf" value="([^"]*)"/.exec(form);
  assert.ok(m, `no csrf field in the form posting to ${action}:\n${html.slice(0, 2000)}`);
  return m[1];
}

/** A location header reduced to its path and query. */
function where(r) {
  const loc = r.headers.get('location');
  return loc ? new URL(loc, BASE).pathname + new URL(loc, BASE).search : null;
}

/** Signs in through the form; returns the jar holding the session. */
async function signInForm(login, password) {
  const jar = new Jar();
  const g = await page(jar, '/login');
  assert.equal(g.status, 200);
  assert.ok(jar.c.has('dh_csrf'), 'GET /login set no dh_csrf cookie');
  const r = await page(jar, '/login', { csrf: csrfOf(g.text, '/login'), login, password });
  assert.equal(r.status, 303, `signing in as ${login}: ${r.status} ${r.text.slice(0, 500)}`);
  assert.ok(jar.c.has('dh_session'), `signing in as ${login} set no dh_session cookie`);
  return jar;
}

const accounts = {};
function as(login) {
  accounts[login] ??= signInForm(login, `demo-2019-${login}`);
  return accounts[login];
}

async function ward(name) {
  const d = await demoDistrict();
  const wards = await list(`/api/v1/units?kind=ward&parent=${d.id}`);
  const w = wards.find((u) => u.name === `Phường ${name}`);
  assert.ok(w, `no ward "Phường ${name}" under Quận 9`);
  return w;
}

/** The unit edit form's fields for U (as stored), overridden by OVER. */
function unitForm(u, csrf, over = {}) {
  return {
    csrf, name: u.name, code: u.code, kind: u.kind,
    valid_from: u.valid_from ?? '', valid_to: u.valid_to ?? '', ...over,
  };
}

const unitNow = async (id) => (await get(`/api/v1/units/${id}`)).json;

describe('pages that need a sign-in', () => {
  for (const path of ['/account', '/admin/users']) {
    test(`an anonymous GET ${path} is sent to /login?next=${path}`, T, async () => {
      const r = await page(null, path);
      assert.ok(r.status === 303 || r.status === 302, `status ${r.status}`);
      const loc = where(r);
      assert.ok(loc && loc.startsWith('/login?next='), `Location: ${r.headers.get('location')}`);
      const next = new URLSearchParams(loc.slice(loc.indexOf('?'))).get('next');
      assert.equal(next, path);
    });
  }

  test('an anonymous GET /history?entity=org_unit&id=N keeps the query in next=', T, async () => {
    const hp = await ward('Hiệp Phú');
    const path = `/history?entity=org_unit&id=${hp.id}`;
    const r = await page(null, path);
    assert.ok(r.status === 303 || r.status === 302, `status ${r.status}`);
    const loc = where(r);
    assert.ok(loc && loc.startsWith('/login?next='), `Location: ${r.headers.get('location')}`);
    assert.equal(new URLSearchParams(loc.slice(loc.indexOf('?'))).get('next'), path);
  });
});

describe('roles on the pages', () => {
  test('the officer longbinh gets 403 on /admin/users', T, async () => {
    const jar = await as('longbinh');
    const r = await page(jar, '/admin/users');
    assert.equal(r.status, 403, r.text.slice(0, 300));
    assert.match(r.headers.get('content-type') || '', /text\/html/);
  });

  test("the officer longbinh gets 403 on the history of Hiệp Phú's unit", T, async () => {
    const jar = await as('longbinh');
    const hp = await ward('Hiệp Phú');
    const r = await page(jar, `/history?entity=org_unit&id=${hp.id}`);
    assert.equal(r.status, 403, r.text.slice(0, 300));
  });

  test('the unit head hiepphu can save the edit form of Phường Hiệp Phú', T, async () => {
    const jar = await as('hiepphu');
    const hp = await ward('Hiệp Phú');
    const before = await unitNow(hp.id);
    const g = await page(jar, `/units/${hp.id}`);
    assert.equal(g.status, 200);
    assert.ok(g.text.includes(`action="/units/${hp.id}"`), 'hiepphu sees no edit form on their ward');
    const csrf = csrfOf(g.text, `/units/${hp.id}`);
    const newFrom = before.valid_from === '1990-01-02' ? '1990-01-03' : '1990-01-02';
    try {
      const r = await page(jar, `/units/${hp.id}`, unitForm(before, csrf, { valid_from: newFrom }));
      assert.equal(r.status, 303, r.text.slice(0, 800));
      assert.equal(where(r), `/units/${hp.id}?saved=1`);
      assert.equal((await unitNow(hp.id)).valid_from, newFrom);
      const shown = await page(jar, where(r));
      assert.equal(shown.status, 200);
      assert.match(shown.text, /role="status"/, 'no "saved" notice after saving');
    } finally {
      const g2 = await page(jar, `/units/${hp.id}`);
      const back = await page(jar, `/units/${hp.id}`, unitForm(before, csrfOf(g2.text, `/units/${hp.id}`)));
      assert.equal(back.status, 303, `restoring the unit: ${back.status}`);
    }
    assert.deepEqual(await unitNow(hp.id), before);
  });

  test("the unit head hiepphu gets 403 posting the edit form of another ward (Long Bình)", T, async () => {
    const jar = await as('hiepphu');
    const lb = await ward('Long Bình');
    const before = await unitNow(lb.id);
    const g = await page(jar, `/units/${lb.id}`);
    assert.equal(g.status, 200);
    assert.ok(!g.text.includes(`action="/units/${lb.id}"`), 'hiepphu is offered the edit form of Long Bình');
    const csrf = csrfOf(g.text, '/logout');
    const r = await page(jar, `/units/${lb.id}`, unitForm(before, csrf, { name: `Đổi tên ${uniq()}` }));
    assert.equal(r.status, 403, r.text.slice(0, 300));
    assert.deepEqual(await unitNow(lb.id), before);
  });
});

describe('CSRF', () => {
  for (const [what, csrf] of [
    ['a forged csrf', 'A'.repeat(43)], ['no csrf', undefined], ['an empty csrf', ''],
  ]) {
    test(`a unit edit POST with ${what} is refused (403) and changes nothing`, T, async () => {
      const jar = await as('hiepphu');
      const hp = await ward('Hiệp Phú');
      const before = await unitNow(hp.id);
      const form = unitForm(before, csrf, { name: `Giả mạo ${uniq()}` });
      if (csrf === undefined) delete form.csrf;
      const r = await page(jar, `/units/${hp.id}`, form);
      assert.equal(r.status, 403, r.text.slice(0, 300));
      assert.deepEqual(await unitNow(hp.id), before);
    });
  }

  test("another session's csrf is refused (403)", T, async () => {
    const hp = await ward('Hiệp Phú');
    const other = await as('giamsat');
    const otherCsrf = csrfOf((await page(other, '/')).text, '/logout');
    const jar = await as('hiepphu');
    const before = await unitNow(hp.id);
    const r = await page(jar, `/units/${hp.id}`, unitForm(before, otherCsrf, { name: `Giả mạo ${uniq()}` }));
    assert.equal(r.status, 403, r.text.slice(0, 300));
    assert.deepEqual(await unitNow(hp.id), before);
  });

  test('a sign-in POST with a forged csrf is refused (403) and signs nobody in', T, async () => {
    const jar = new Jar();
    await page(jar, '/login');
    const r = await page(jar, '/login', { csrf: 'B'.repeat(43), login: 'hiepphu', password: 'demo-2019-hiepphu' });
    assert.equal(r.status, 403, r.text.slice(0, 300));
    assert.ok(!jar.c.has('dh_session'), 'a session cookie was set');
  });

  test('an anonymous visitor keeps one csrf token: two pages share it and both forms are accepted', T, async () => {
    const jar = new Jar();
    const first = await page(jar, '/login');
    const a = csrfOf(first.text, '/login');
    assert.match(first.headers.get('set-cookie') || '', /dh_csrf=/, 'the first page set no dh_csrf cookie');
    const second = await page(jar, '/login');
    const b = csrfOf(second.text, '/login');
    assert.equal(b, a, 'the second page minted another token');
    assert.doesNotMatch(second.headers.get('set-cookie') || '', /dh_csrf=/, 'the cookie was set again');
    for (const csrf of [a, b]) {
      const r = await page(jar, '/login', { csrf, login: 'hiepphu', password: 'not-the-password-1' });
      assert.notEqual(r.status, 403, `a form's token was refused: ${r.text.slice(0, 300)}`);
      assert.match(r.text, /<form[^>]*action="\/login"/);
    }
  });

  test('a malformed csrf cookie is replaced, not trusted', T, async () => {
    const bad = `${'A'.repeat(42)}!`;
    const r = await fetch(`${BASE}/login`, { headers: { cookie: `dh_csrf=${bad}` }, redirect: 'manual' });
    const html = await r.text();
    assert.equal(r.status, 200);
    assert.notEqual(csrfOf(html, '/login'), bad, 'the page used the malformed cookie as its token');
    assert.match(r.headers.get('set-cookie') || '', /dh_csrf=[A-Za-z0-9_-]{43};/, 'no fresh cookie');
  });

  test('a sign-out POST without csrf is refused (403) and the session lives on', T, async () => {
    const jar = await signInForm('lanhdao', 'demo-2019-lanhdao');
    const r = await page(jar, '/logout', {});
    assert.equal(r.status, 403, r.text.slice(0, 300));
    const acc = await page(jar, '/account');
    assert.equal(acc.status, 200, 'the session ended anyway');
  });
});

describe('sessions', () => {
  test('a tampered session cookie (one character changed) is treated as anonymous', T, async () => {
    const good = await signInForm('lanhdao', 'demo-2019-lanhdao');
    const token = good.c.get('dh_session');
    const i = Math.floor(token.length / 2);
    const bad = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    const jar = new Jar();
    jar.c.set('dh_session', bad);
    const acc = await page(jar, '/account');
    assert.ok(acc.status === 303 || acc.status === 302, `GET /account: ${acc.status}`);
    assert.ok(where(acc).startsWith('/login?next='), `Location: ${acc.headers.get('location')}`);
    const home = await page(jar, '/');
    assert.equal(home.status, 200);
    assert.ok(!home.text.includes('action="/logout"'), 'the home page offers to sign out');
    assert.ok(home.text.includes('href="/login"'), 'the home page offers no sign-in link');
    // The real session still works.
    assert.equal((await page(good, '/account')).status, 200);
  });
});

describe('hostile sign-in input', () => {
  test('a 300-character login gets the form back with an error, 4xx, and the server keeps serving', T, async () => {
    const jar = new Jar();
    const g = await page(jar, '/login');
    const login = 'x'.repeat(300);
    const r = await page(jar, '/login', { csrf: csrfOf(g.text, '/login'), login, password: 'whatever-123' });
    assert.ok(r.status >= 400 && r.status < 500, `status ${r.status}`);
    assert.match(r.text, /<form[^>]*action="\/login"/, 'no sign-in form in the answer');
    assert.match(r.text, /id="f-login-login-error"/, 'no error beside the login field');
    assert.match(r.text, /id="f-login-login"[^>]*aria-invalid="true"/);
    assert.ok(!r.text.includes(login), 'the whole 300-character login was echoed back');
    await assertHealthy();
  });

  test('a 10,000-character password gets the form back with an error, 4xx, and the server keeps serving', T, async () => {
    const jar = new Jar();
    const g = await page(jar, '/login');
    const t0 = Date.now();
    const r = await page(jar, '/login', { csrf: csrfOf(g.text, '/login'), login: 'hiepphu', password: 'p'.repeat(10000) });
    assert.ok(r.status >= 400 && r.status < 500, `status ${r.status}`);
    assert.match(r.text, /<form[^>]*action="\/login"/, 'no sign-in form in the answer');
    assert.match(r.text, /id="f-login-password-error"/, 'no error beside the password field');
    assert.match(r.text, /id="f-login-login"[^>]*value="hiepphu"/, 'the typed login was not kept');
    assert.ok(Date.now() - t0 < 10000, 'refusing took over 10 s');
    await assertHealthy();
    // Still signs in normally afterwards.
    await signInForm('hiepphu', 'demo-2019-hiepphu');
  });
});

describe('contact details on the unit page', () => {
  let person;
  const contact = async () => {
    if (person) return person;
    const lb = await ward('Long Bình');
    const tag = uniq();
    const r = await post('/api/v1/people', {
      full_name: `Liên hệ ${tag}`, title: 'Chuyên viên', unit_id: lb.id,
      email: `${tag}@longbinh.example.vn`, phone: `028 3${tag.replace(/\D/g, '').padEnd(7, '0').slice(0, 7)}`,
    });
    assert.equal(r.status, 201, `creating the person: ${r.status} ${r.text.slice(0, 300)}`);
    person = { ...r.json, unit: lb.id };
    assert.ok(person.email && person.phone, `the person has no email/phone: ${JSON.stringify(r.json)}`);
    return person;
  };

  test("longbinh sees a Long Bình person's email and phone on the unit page", T, async () => {
    const p = await contact();
    const r = await page(await as('longbinh'), `/units/${p.unit}`);
    assert.equal(r.status, 200);
    assert.ok(r.text.includes(p.full_name), 'the person is not listed');
    assert.ok(r.text.includes(p.email), 'the email is not shown');
    assert.ok(r.text.includes(p.phone), 'the phone is not shown');
  });

  for (const who of ['anonymous', 'hiepphu']) {
    test(`${who} sees the Long Bình person without email or phone`, T, async () => {
      const p = await contact();
      const jar = who === 'anonymous' ? null : await as(who);
      const r = await page(jar, `/units/${p.unit}`);
      assert.equal(r.status, 200);
      assert.ok(r.text.includes(p.full_name), 'the person is not listed');
      assert.ok(!r.text.includes(p.email), `${who} sees the email`);
      assert.ok(!r.text.includes(p.phone), `${who} sees the phone`);
    });
  }
});

describe("the citizen's home", () => {
  test('says what the site is and leads to what a citizen comes for, each page open to them', T, async () => {
    const home = await page(null, '/');
    assert.equal(home.status, 200);
    const list = /<section class="intro">[\s\S]*?<ul class="links">([\s\S]*?)<\/ul>/.exec(home.text);
    assert.ok(list, 'no list of what the site offers');
    const hrefs = [...list[1].matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    // Sending a report and following a dossier come first: they are why citizens come.
    assert.deepEqual(hrefs.slice(0, 2), ['/feedback/new', '/lookup']);
    for (const want of ['/procedures', '/news', '/transparency', '/targets', '/units']) {
      assert.ok(hrefs.includes(want), `the home does not lead to ${want}`);
    }
    for (const href of hrefs) {
      const r = await page(null, href);
      assert.equal(r.status, 200, `${href} answers ${r.status} to a citizen`);
    }
  });
});
