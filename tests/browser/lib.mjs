// Helpers for the browser tests: one Chromium per test file (Debian's, never
// a downloaded one), a fresh context per test, sign-in through the form,
// and a little of the JSON API for setting things up.
//
// Environment (set by scripts/test.sh): DIEUHANH_URL, the running server
// with the demo data loaded.  CHROMIUM overrides /usr/bin/chromium.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE = (process.env.DIEUHANH_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const T = { timeout: 90000 };

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-dev-shm-usage'],
  });
}

/** A new context on BASE (OPTS: playwright context options) and a page in it. */
export async function open(browser, opts = {}) {
  const context = await browser.newContext({ baseURL: BASE, ...opts });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in as LOGIN through the sign-in form (demo password unless given). */
export async function signIn(page, login, password = `demo-2019-${login}`) {
  await page.goto('/login');
  await page.locator('#f-login-login').fill(login);
  await page.locator('#f-login-password').fill(password);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/login'),
    page.locator('#form-login button[type=submit]').click(),
  ]);
}

/** The JSON API as LOGIN: returns { cookie, call(method, path, body) }. */
export async function api(login = 'quantri', password = `demo-2019-${login}`) {
  const r = await fetch(`${BASE}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }), signal: AbortSignal.timeout(20000),
  });
  const text = await r.text();
  assert.ok(r.status === 200 || r.status === 201, `API sign-in as ${login}: ${r.status} ${text.slice(0, 300)}`);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const call = async (method, path, body) => {
    const res = await fetch(BASE + path, {
      method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      signal: AbortSignal.timeout(20000),
    });
    const t = await res.text();
    let json;
    try { json = JSON.parse(t); } catch { json = undefined; }
    return { status: res.status, text: t, json };
  };
  return { cookie, call };
}

/** The demo unit named exactly NAME (through the public API). */
export async function unitNamed(name) {
  const r = await fetch(`${BASE}/api/v1/units?q=${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(20000) });
  const items = (await r.json()).items || [];
  const u = items.find((x) => x.name === name);
  assert.ok(u, `no unit named "${name}" (found: ${items.map((x) => x.name).join(', ')})`);
  return u;
}
