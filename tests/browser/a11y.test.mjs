// axe-core on every page, for an anonymous visitor and for the
// administrator, in the default and the high-contrast theme.  A violation
// of impact "serious" or "critical" fails the test; the others are listed
// in the test output (as TAP diagnostics) without failing it.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';

import { BASE, T, api, launch, open, signIn, unitNamed } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs axe on PAGE (already at its address); returns the violations. */
async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 3).join(' ')}`),
    }));
  });
}

function describeViolations(vs) {
  return vs.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`).join('\n');
}

/** The addresses to check, worked out once (they need ids from the API). */
let pagesP;
function pages() {
  pagesP ??= (async () => {
    const hp = await unitNamed('Phường Hiệp Phú');
    const { call } = await api('quantri');
    const users = await call('GET', '/api/v1/users');
    const items = users.json?.items ?? users.json ?? [];
    const hiepphu = Array.isArray(items) ? items.find((u) => u.login === 'hiepphu') : null;
    assert.ok(hiepphu, `no account "hiepphu" in GET /api/v1/users: ${users.text.slice(0, 300)}`);
    return {
      anonymous: [
        ['/', 200], ['/units', 200], ['/units?q=long%20binh', 200], [`/units/${hp.id}`, 200],
        ['/login', 200], ['/targets', 200], ['/khong-co-trang-nay', 404],
      ],
      quantri: [
        ['/account', 200], ['/admin/users', 200], [`/admin/users/${hiepphu.id}`, 200],
        [`/history?entity=org_unit&id=${hp.id}`, 200], [`/units/${hp.id}`, 200],
        ['/', 200], ['/history', 200], ['/history?kind=measurement', 200],
      ],
    };
  })();
  return pagesP;
}

// Top-level await: the test names carry the addresses.
const PAGES = await pages();

for (const theme of ['default', 'contrast']) {
  for (const who of ['anonymous', 'quantri']) {
    describe(`accessibility: ${who}, ${theme} theme`, () => {
      let s;
      before(async () => {
        // The pages' CSP (script-src 'self') would block the injected axe.
        s = await open(browser, { bypassCSP: true });
        await s.context.addCookies([{ name: 'dh_theme', value: theme, url: BASE }]);
        if (who !== 'anonymous') await signIn(s.page, who);
      });
      after(async () => { await s?.context.close(); });

      for (const [path, status] of PAGES[who]) {
        test(`${who}, ${theme} theme: ${path} has no serious or critical axe violation`, T, async (t) => {
          const resp = await s.page.goto(path);
          assert.equal(resp.status(), status, `GET ${path}`);
          assert.match(await s.page.locator('html').getAttribute('class'), new RegExp(`\\btheme-${theme}\\b`));
          const vs = await axe(s.page);
          const bad = vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          const minor = vs.filter((v) => !bad.includes(v));
          if (minor.length) t.diagnostic(`${path}: minor axe findings (not failing):\n${describeViolations(minor)}`);
          assert.deepEqual(bad.map((v) => v.id), [],
            `${path} (${who}, ${theme} theme) has serious/critical axe violations:\n${describeViolations(bad)}`);
        });
      }
    });
  }
}
