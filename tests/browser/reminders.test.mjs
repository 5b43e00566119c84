// The reminders inbox in a real browser: making a calendar feed through the form shows its
// address once, the address serves the feed, revoking it from the page closes it; axe-core
// on the inbox in both themes.  Makes one feed of longbinh's and revokes it.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';

import { BASE, T, launch, open, signIn } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function withPage(fn, opts) {
  const s = await open(browser, opts);
  try {
    return await fn(s);
  } finally {
    await s.context.close();
  }
}

test('an officer makes a feed of their reminders, sees its address once, and revokes it', T,
  () => withPage(async ({ page }) => {
    await signIn(page, 'longbinh');
    const resp = await page.goto('/inbox');
    assert.equal(resp.status(), 200);
    assert.equal((await page.locator('h1').innerText()).trim(), 'Nhắc việc');
    await Promise.all([page.waitForLoadState(), page.locator('#form-feed button[type=submit]').click()]);
    const url = (await page.locator('.new-token code').innerText()).trim();
    assert.match(url, /\/ical\/dhf_[A-Za-z0-9_-]+\.ics$/);
    const path = new URL(url, BASE).pathname;
    const feed = await fetch(BASE + path);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /^BEGIN:VCALENDAR/);
    // Shown once: the inbox again has no address on it.
    await page.goto('/inbox');
    assert.equal(await page.locator('.new-token').count(), 0);
    const revoke = page.locator('ul.feeds li form button').last();
    await Promise.all([page.waitForURL((u) => u.pathname === '/inbox'), revoke.click()]);
    assert.equal((await fetch(BASE + path)).status, 404);
  }, { viewport: { width: 390, height: 844 } }));

for (const theme of ['default', 'contrast']) {
  test(`${theme} theme: the inbox has no serious or critical axe violation`, T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'longbinh');
      await page.goto(`/prefs?theme=${theme}&back=/inbox`);
      await page.addScriptTag({ path: AXE });
      const vs = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      const bad = vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, []);
    }, { bypassCSP: true }));
}
