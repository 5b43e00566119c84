// What a user sees and does in a real browser: signing in and out, form
// errors, language, text size and colours, browsing the organisation,
// hostile names, and the site without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BASE, T, api, launch, open, signIn, unitNamed } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs FN({ context, page }) in a fresh context, closed afterwards. */
async function withPage(fn, opts) {
  const s = await open(browser, opts);
  try {
    return await fn(s);
  } finally {
    await s.context.close();
  }
}

const htmlState = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const cs = getComputedStyle(root);
  const body = getComputedStyle(document.body);
  return {
    lang: root.lang, className: root.className, fontSize: cs.fontSize,
    color: body.color, background: body.backgroundColor,
  };
});

describe('signing in and out', () => {
  test('hiepphu signs in through the form and sees their name and unit in the header; after signing out the sign-in link is back', T,
    () => withPage(async ({ page }) => {
      await page.goto('/');
      const signInLink = page.locator('nav.main a[href="/login"]');
      await signInLink.waitFor();
      await signIn(page, 'hiepphu');
      const header = page.locator('header.site');
      await header.locator('.who').waitFor();
      const who = await header.locator('.who').innerText();
      assert.match(who, /Chủ tịch UBND phường Hiệp Phú/, `header "who": ${who}`);
      assert.equal((await header.locator('.brand .unit').innerText()).trim(), 'Phường Hiệp Phú');
      assert.equal(await signInLink.count(), 0, 'the sign-in link is still shown after signing in');
      assert.equal(await page.locator('nav.main a[href="/account"]').count(), 1, 'no "my account" link');

      await Promise.all([
        page.waitForURL(`${BASE}/`),
        header.locator('.who form[action="/logout"] button').click(),
      ]);
      await signInLink.waitFor();
      assert.equal(await header.locator('.who').count(), 0, 'the header still names a user after signing out');
      assert.equal(await page.locator('nav.main a[href="/account"]').count(), 0);
      const acc = await page.goto('/account');
      assert.equal(new URL(page.url()).pathname, '/login', `after sign-out /account gave ${acc.status()} at ${page.url()}`);
    }));

  test('a wrong password shows the error beside the password field, linked by aria-describedby, and keeps the typed login', T,
    () => withPage(async ({ page }) => {
      await page.goto('/login');
      await page.locator('#f-login-login').fill('longbinh');
      await page.locator('#f-login-password').fill('not-the-password-123');
      const [resp] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${BASE}/login` && r.request().method() === 'POST'),
        page.locator('#form-login button[type=submit]').click(),
      ]);
      await page.waitForLoadState();
      assert.equal(resp.status(), 401);
      const pw = page.locator('#f-login-password');
      const describedBy = (await pw.getAttribute('aria-describedby')) || '';
      assert.ok(describedBy.split(/\s+/).includes('f-login-password-error'),
        `password aria-describedby="${describedBy}"`);
      assert.equal(await pw.getAttribute('aria-invalid'), 'true');
      const err = page.locator('#f-login-password-error');
      assert.ok(await err.isVisible(), 'the error is not visible');
      assert.match(await err.innerText(), /\S{3,}/);
      // Beside the field: in the same field block as the password input.
      assert.equal(await page.locator('.field:has(#f-login-password) #f-login-password-error').count(), 1);
      assert.equal(await page.locator('#f-login-login').inputValue(), 'longbinh', 'the typed login was lost');
      assert.equal(await pw.inputValue(), '', 'the password was sent back');
      // The summary at the top links to the field.
      assert.equal(await page.locator('.error-summary a[href="#f-login-password"]').count(), 1);
    }));
});

describe('reader preferences', () => {
  test('switching to English and back changes the headings, the navigation and <html lang>', T,
    () => withPage(async ({ page }) => {
      await page.goto('/units');
      const nav = page.locator('nav.main');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
      assert.equal((await page.locator('h1').innerText()).trim(), 'Cơ cấu tổ chức');
      assert.match(await nav.innerText(), /Trang chủ/);

      await page.locator('details.prefs:not([open]) > summary').click();
      await page.locator('nav.prefs a[hreflang="en"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(new URL(page.url()).pathname, '/units', 'the language switch did not come back to the page');
      assert.equal((await page.locator('h1').innerText()).trim(), 'Organisation');
      assert.match(await nav.innerText(), /Home/);
      assert.match(await nav.innerText(), /Sign in/);
      assert.doesNotMatch(await nav.innerText(), /Trang chủ/);

      await page.goto('/login');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the language was not kept');
      assert.equal((await page.locator('h1').innerText()).trim(), 'Sign in');

      await page.locator('details.prefs:not([open]) > summary').click();
      await page.locator('nav.prefs a[hreflang="vi"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'vi');
      assert.equal(new URL(page.url()).pathname, '/login');
      assert.equal((await page.locator('h1').innerText()).trim(), 'Đăng nhập');
      assert.match(await nav.innerText(), /Trang chủ/);
    }));

  test('text size A+ and high contrast stay on the next page and in a later visit (a new tab)', T,
    () => withPage(async ({ context, page }) => {
      await page.goto('/');
      const plain = await htmlState(page);
      assert.match(plain.className, /\bfont-normal\b/);
      assert.match(plain.className, /\btheme-default\b/);
      assert.equal(plain.fontSize, '16px');

      await page.locator('details.prefs:not([open]) > summary').click();
      await Promise.all([page.waitForURL(`${BASE}/`), page.locator('nav.prefs a[href^="/prefs?font=large"]').click()]);
      await page.locator('details.prefs:not([open]) > summary').click();
      await Promise.all([page.waitForURL(`${BASE}/`), page.locator('nav.prefs a[href^="/prefs?theme=contrast"]').click()]);
      const want = (s, where) => {
        assert.match(s.className, /\bfont-large\b/, `${where}: class="${s.className}"`);
        assert.match(s.className, /\btheme-contrast\b/, `${where}: class="${s.className}"`);
        assert.equal(s.fontSize, '20px', `${where}: root font-size`);
        assert.equal(s.background, 'rgb(0, 0, 0)', `${where}: background`);
        assert.equal(s.color, 'rgb(255, 255, 255)', `${where}: text colour`);
      };
      want(await htmlState(page), 'after choosing');
      assert.equal(await page.locator('nav.prefs a[href^="/prefs?font=large"]').getAttribute('aria-current'), 'true');

      await page.locator('nav.main a[href="/units"]').click();
      await page.waitForURL(`${BASE}/units`);
      want(await htmlState(page), 'on /units');

      const later = await context.newPage();
      await later.goto('/login');
      want(await htmlState(later), 'in a new tab');
      // Back to normal: the classes and sizes follow.
      await later.locator('details.prefs:not([open]) > summary').click();
      await Promise.all([later.waitForURL(`${BASE}/login`), later.locator('nav.prefs a[href^="/prefs?font=normal"]').click()]);
      await later.locator('details.prefs:not([open]) > summary').click();
      await Promise.all([later.waitForURL(`${BASE}/login`), later.locator('nav.prefs a[href^="/prefs?theme=default"]').click()]);
      const reset = await htmlState(later);
      assert.match(reset.className, /\bfont-normal\b/);
      assert.match(reset.className, /\btheme-default\b/);
      assert.equal(reset.fontSize, '16px');
      assert.equal(reset.background, 'rgb(255, 255, 255)');
    }));
});

describe('the organisation', () => {
  test('from the home page to the tree, Quận 9, Phường Hiệp Phú and its people', T,
    () => withPage(async ({ page }) => {
      const people = (await (await fetch(`${BASE}/api/v1/people?unit=${(await unitNamed('Phường Hiệp Phú')).id}`)).json()).items;
      assert.ok(people.length > 0, 'the demo ward has no people');
      await page.goto('/');
      await page.locator('nav.main a[href="/units"]').click();
      await page.waitForURL(`${BASE}/units`);
      assert.equal(await page.locator('nav.main a[href="/units"]').getAttribute('aria-current'), 'page');
      await page.locator('ul.tree a', { hasText: /^Quận 9$/ }).click();
      await page.waitForURL(/\/units\/\d+$/);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Quận 9');
      await page.locator('main a', { hasText: /^Phường Hiệp Phú$/ }).first().click();
      await page.waitForURL(/\/units\/\d+$/);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Phường Hiệp Phú');
      const rows = page.locator('main table tbody th[scope=row]');
      const names = (await rows.allInnerTexts()).map((s) => s.trim());
      for (const p of people) assert.ok(names.includes(p.full_name), `"${p.full_name}" is not listed: ${names.join(', ')}`);
      // "Part of" leads back up to Quận 9.
      assert.equal(await page.locator('dl.facts a', { hasText: /^Quận 9$/ }).count(), 1);
    }));
});

describe('forms with errors', () => {
  test('hiepphu saves their ward with an empty name: the message is beside the name and the typed code is kept', T,
    () => withPage(async ({ page }) => {
      const hp = await unitNamed('Phường Hiệp Phú');
      await signIn(page, 'hiepphu');
      await page.goto(`/units/${hp.id}`);
      const name = page.locator('#f-unit-name');
      const code = page.locator('#f-unit-code');
      await name.fill('');
      const typedCode = `${hp.code}-X`;
      await code.fill(typedCode);
      const [resp] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('#form-unit button[type=submit]').click(),
      ]);
      await page.waitForLoadState();
      assert.equal(resp.status(), 422);
      const err = page.locator('#f-unit-name-error');
      assert.ok(await err.isVisible(), 'no message beside the name');
      assert.equal(await page.locator('.field:has(#f-unit-name) #f-unit-name-error').count(), 1);
      assert.ok(((await name.getAttribute('aria-describedby')) || '').split(/\s+/).includes('f-unit-name-error'));
      assert.equal(await name.getAttribute('aria-invalid'), 'true');
      assert.equal(await code.inputValue(), typedCode, 'the typed code was lost');
      assert.equal(await name.inputValue(), '');
      assert.equal(await page.locator('.error-summary a[href="#f-unit-name"]').count(), 1);
      // Nothing was saved.
      const now = await (await fetch(`${BASE}/api/v1/units/${hp.id}`)).json();
      assert.equal(now.name, hp.name);
      assert.equal(now.code, hp.code);
    }));

  test('quantri creates an account with a too-short password: the message is beside the password and the typed values are kept', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'quantri');
      await page.goto('/admin/users');
      const login = `thu${Date.now().toString(36)}`;
      await page.locator('#f-new-login').fill(login);
      await page.locator('#f-new-display_name').fill('Người dùng thử');
      await page.locator('#f-new-password').fill('short');
      const [resp] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('#form-new button[type=submit]').click(),
      ]);
      await page.waitForLoadState();
      assert.ok(resp.status() >= 400 && resp.status() < 500, `status ${resp.status()}`);
      const pw = page.locator('#f-new-password');
      const err = page.locator('#f-new-password-error');
      assert.ok(await err.isVisible(), 'no message beside the password');
      assert.equal(await page.locator('.field:has(#f-new-password) #f-new-password-error').count(), 1);
      assert.ok(((await pw.getAttribute('aria-describedby')) || '').split(/\s+/).includes('f-new-password-error'));
      assert.equal(await page.locator('#f-new-login').inputValue(), login);
      assert.equal(await page.locator('#f-new-display_name').inputValue(), 'Người dùng thử');
      assert.equal(await pw.inputValue(), '', 'the password was sent back');
      assert.ok(!(await page.locator('main table').innerText()).includes(login), 'the account was created anyway');
    }));
});

describe('hostile names', () => {
  test('a person named <script>…</script> shows as text and runs nothing', T,
    () => withPage(async ({ page }) => {
      const hp = await unitNamed('Phường Hiệp Phú');
      const { call } = await api('quantri');
      const evil = '<script>window.__x=1</script>';
      const r = await call('POST', '/api/v1/people', { full_name: evil, title: '<img src=x onerror="window.__y=1">', unit_id: hp.id });
      assert.equal(r.status, 201, `creating the person: ${r.status} ${r.text.slice(0, 300)}`);
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
      await page.goto(`/units/${hp.id}`);
      const cell = page.locator('main table tbody th[scope=row]', { hasText: evil });
      assert.equal(await cell.count() >= 1, true, 'the name is not shown as text');
      assert.ok(await cell.first().isVisible());
      assert.equal(await page.evaluate(() => typeof window.__x), 'undefined', 'the script in the name ran');
      assert.equal(await page.evaluate(() => typeof window.__y), 'undefined', 'the handler in the title ran');
      assert.equal(await page.locator('main script').count(), 0);
      assert.deepEqual(dialogs, []);
    }));
});

describe('without JavaScript', () => {
  test('with JavaScript off a user can sign in and make the text larger', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'hiepphu');
      assert.equal(new URL(page.url()).pathname, '/');
      assert.match(await page.locator('header.site .who').innerText(), /Hiệp Phú/);
      await page.locator('details.prefs:not([open]) > summary').click();
      await Promise.all([page.waitForURL(`${BASE}/`), page.locator('nav.prefs a[href^="/prefs?font=large"]').click()]);
      assert.match((await page.locator('html').getAttribute('class')) || '', /\bfont-large\b/);
      assert.equal(await page.locator('nav.prefs a[href^="/prefs?font=large"]').getAttribute('aria-current'), 'true');
      await page.goto('/units');
      assert.match((await page.locator('html').getAttribute('class')) || '', /\bfont-large\b/);
    }, { javaScriptEnabled: false }));
});
