// Every page on a 390 px phone, at the default and the largest text size:
// nothing may scroll sideways (document.scrollingElement.scrollWidth ≤ 390).
// Wide tables scroll inside themselves; the page does not.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BASE, T, api, launch, open, signIn, unitNamed } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The pages to check, found through the API (ids differ between runs). */
async function pages() {
  const admin = await api('quantri');
  const lb = await unitNamed('Phường Long Bình');
  const board = await admin.call('GET', '/api/v1/targets?year=2019&as_of=2019-09-30');
  const items = board.json.items || board.json.targets || [];
  const hn = items.find((t) => t.code === 'HN');
  assert.ok(hn, `no HN on the 2019 board: ${board.text.slice(0, 200)}`);
  const users = await admin.call('GET', '/api/v1/users?q=longbinh');
  const user = (users.json.items || []).find((u) => u.login === 'longbinh');
  assert.ok(user, 'no user longbinh');
  const ward = (hn.children || hn.breakdown || [])[0];
  return [
    '/', '/units', `/units/${lb.id}`, '/targets', '/targets?year=2019&as_of=2019-09-30',
    `/targets/${hn.id}?as_of=2019-09-30`, ...(ward ? [`/targets/${ward.id}`] : []),
    '/targets/late?year=2019&as_of=2020-01-20', '/account', '/admin/users',
    `/admin/users/${user.id}`, `/admin/users/${user.id}/history`, '/history', '/nothing-here',
    // The other modules' pages share the layout and the stylesheet: held to the same.
    '/calendar', '/tasks', '/tasks/mine', '/plans', '/inbox', '/procedures', '/dossiers',
    '/dossiers/new', '/dossiers/report', '/lookup', '/news', '/news/editor', '/search', '/transparency',
    '/dossiers/audits?year=2019', '/dossiers/audits/new', '/dossiers/review?year=2019',
  ];
}

for (const font of ['normal', 'large']) {
  describe(`390 px wide, ${font} text`, () => {
    test(`no page scrolls sideways (${font} text)`, T, async () => {
      const list = await pages();
      const s = await open(browser, { viewport: { width: 390, height: 844 } });
      try {
        await s.context.addCookies([{ name: 'dh_font', value: font, url: BASE }]);
        const wide = [];
        // Anonymous first (the public pages), then signed in as the city's administrator.
        for (const who of ['anonymous', 'quantri']) {
          if (who !== 'anonymous') await signIn(s.page, who);
          for (const path of list) {
            await s.page.goto(path);
            const w = await s.page.evaluate(() => document.scrollingElement.scrollWidth);
            if (w > 390) wide.push(`${who} ${path}: ${w} px`);
          }
        }
        assert.deepEqual(wide, [], `pages wider than 390 px:\n${wide.join('\n')}`);
      } finally {
        await s.context.close();
      }
    });
  });
}

// One unclosed block swallows every rule after it (a print block once hid the
// news pages' image sizes from the screen): the stylesheet's braces balance.
test('the stylesheet\'s blocks are all closed', T, async () => {
  const css = await (await fetch(`${BASE}/static/css/app.css`)).text();
  let depth = 0;
  const lines = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).split('\n');
  const opened = [];
  lines.forEach((line, i) => {
    for (const ch of line) {
      if (ch === '{') { depth++; opened.push(i + 1); }
      if (ch === '}') { depth--; opened.pop(); }
    }
    assert.ok(depth >= 0, `app.css line ${i + 1}: a "}" closes nothing`);
  });
  assert.equal(depth, 0, `app.css: blocks opened at lines ${opened.join(', ')} are never closed`);
});

