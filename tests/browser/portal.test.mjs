// The public portal in a real browser (issue 14): an editor drafts an
// article, adds a picture and places it in the body, submits it; a leader
// publishes it; a reader finds
// it, changes the text size and colour (no JavaScript), searches, follows
// the feed; axe-core (WCAG 2.1 A and AA rules) on every portal page at
// 1280 and 390 px wide, in the default and the high-contrast theme.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { BASE, T, launch, open, signIn, unitNamed } from './lib.mjs';

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

/** A PNG W×H (a gradient), made here. */
function png(w, h) {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = x % 256; raw[o + 1] = y % 256; raw[o + 2] = 90;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The reading preferences may sit in a closed <details>: open it first. */
async function prefLink(page, href) {
  const closed = page.locator('details.prefs:not([open]) > summary');
  if (await closed.count()) await closed.first().click();
  return page.locator(`a[href^="${href}"]`).first();
}

async function seedArticle() {
  const r = await fetch(`${BASE}/api/v1/articles?limit=1000`);
  const items = (await r.json()).items;
  return items.reduce((a, b) => (Date.parse(a.published_at) <= Date.parse(b.published_at) ? a : b));
}

describe('the newsroom', () => {
  test('an officer drafts with a picture and submits; a leader publishes; the public reads it', T, async () => {
    const title = `Phường Long Bình tổ chức ngày hội đọc sách ${Date.now()}`;
    let editorUrl;
    await withPage(async ({ page }) => {
      await signIn(page, 'longbinh');
      await page.goto('/news/editor');
      await page.locator('#f-article-title').fill(title);
      await page.locator('#f-article-lead').fill('Hơn 300 học sinh tham gia ngày hội.');
      await page.locator('#f-article-body').fill('Sáng 21/4, phường tổ chức **ngày hội đọc sách**.\n\nĐoạn thứ hai.');
      await page.locator('#f-article-category').selectOption('hoat-dong');
      await Promise.all([
        page.waitForURL(/\/news\/editor\/\d+$/),
        page.locator('#form-article button[type=submit]').click(),
      ]);
      editorUrl = new URL(page.url()).pathname;
      assert.match(await page.locator('main').innerText(), /bản nháp/);
      await page.locator('#f-image-image').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: png(900, 600) });
      await page.locator('#f-image-alt').fill('Học sinh đọc sách tại nhà văn hóa phường');
      await page.locator('#f-image-caption').fill('Ngày hội đọc sách tại phường Long Bình.');
      await Promise.all([
        page.waitForURL(/#images$/),
        page.locator('#form-image button[type=submit]').click(),
      ]);
      const img = page.locator('figure.news-figure img[alt="Học sinh đọc sách tại nhà văn hóa phường"]');
      await img.waitFor();
      assert.equal(await img.evaluate((el) => el.naturalWidth), 480, 'the thumbnail');
      // The line the newsroom shows under the picture places it in the body.
      const line = await page.locator('figure.news-figure code').first().innerText();
      assert.match(line, /^!\[\]\(image:\d+\)$/);
      const body = page.locator('#f-article-body');
      await body.fill(`${await body.inputValue()}\n\n${line}\n\nĐoạn cuối.`);
      await Promise.all([
        page.waitForURL(/\/news\/editor\/\d+$/),
        page.locator('#form-article button[type=submit]').click(),
      ]);
      // A second picture, moved before the first, then taken off again; the placed one cannot be.
      await page.locator('#f-image-image').setInputFiles({ name: 'thua.png', mimeType: 'image/png', buffer: png(300, 200) });
      await page.locator('#f-image-alt').fill('Ảnh chụp nhầm');
      await Promise.all([page.waitForURL(/#images$/), page.locator('#form-image button[type=submit]').click()]);
      const alts = () => page.locator('figure.news-figure img').evaluateAll((els) => els.map((e) => e.alt));
      assert.deepEqual(await alts(), ['Học sinh đọc sách tại nhà văn hóa phường', 'Ảnh chụp nhầm']);
      const second = page.locator('figure.news-figure', { has: page.locator('img[alt="Ảnh chụp nhầm"]') });
      await Promise.all([page.waitForURL(/#images$/), second.getByRole('button', { name: 'Chuyển lên trước' }).click()]);
      assert.deepEqual(await alts(), ['Ảnh chụp nhầm', 'Học sinh đọc sách tại nhà văn hóa phường']);
      const first = page.locator('figure.news-figure', { has: page.locator('img[alt="Học sinh đọc sách tại nhà văn hóa phường"]') });
      await Promise.all([page.waitForLoadState(), first.getByRole('button', { name: 'Gỡ ảnh' }).click()]);
      assert.match(await first.locator('.error').innerText(), /đang được chèn trong nội dung/);
      await Promise.all([page.waitForURL(/#images$/), second.getByRole('button', { name: 'Gỡ ảnh' }).click()]);
      assert.deepEqual(await alts(), ['Học sinh đọc sách tại nhà văn hóa phường']);
      await Promise.all([
        page.waitForURL(/\/news\/editor\/\d+$/),
        page.locator('form[action$="/status"] button[type=submit]', { hasText: 'Gửi duyệt' }).click(),
      ]);
      assert.match(await page.locator('main').innerText(), /chờ duyệt/);
      // An officer does not publish: the form is not offered.
      assert.equal(await page.locator('#form-publish').count(), 0);
    });
    let slug;
    await withPage(async ({ page }) => {
      await signIn(page, 'lanhdao');
      await page.goto(editorUrl);
      await Promise.all([
        page.waitForURL(/\/news\/editor\/\d+$/),
        page.locator('#form-publish button[type=submit]').click(),
      ]);
      assert.match(await page.locator('main').innerText(), /đã đăng/);
      slug = (await page.locator('main a', { hasText: 'Xem' }).getAttribute('href')).replace('/news/', '');
    });
    await withPage(async ({ page }) => {
      await page.goto('/news');
      await page.locator('a', { hasText: title }).click();
      await page.waitForURL(`${BASE}/news/${slug}`);
      assert.equal(await page.locator('h1').innerText(), title);
      assert.match(await page.locator('.news-body').innerHTML(), /<strong>ngày hội đọc sách<\/strong>/);
      // The picture where the body placed it, whole, with its alt text and its caption under it.
      const placed = page.locator('.news-body img[alt="Học sinh đọc sách tại nhà văn hóa phường"]');
      await placed.waitFor();
      assert.equal(await placed.evaluate((el) => el.complete && el.naturalWidth), 900);
      assert.equal(await page.locator('.news-body em').innerText(), 'Ngày hội đọc sách tại phường Long Bình.');
      assert.equal(await page.locator('figure.news-figure').count(), 0, 'not shown twice');
      assert.match(await page.locator('article .dateline time').first().innerText(), /^Thứ .+, \d\d\/\d\d\/\d{4}, \d\d:\d\d/);
    });
  });
});

describe('a reader', () => {
  test('changes text size and colour and contrast without JavaScript; the choice is remembered', T,
    () => withPage(async ({ page }) => {
      const seed = await seedArticle();
      await page.goto(`/news/${seed.slug}`);
      assert.match(await page.locator('h1').innerText(), /^Quận 9: Tập trung/);
      assert.match(await page.locator('p.views').innerText(), /Số lượng lượt xem: [\d.]+/);
      // The link comes back to the same address: wait for the new page's class, not the URL.
      await (await prefLink(page, '/prefs?font=large')).click();
      await page.waitForSelector('html.font-large');
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      assert.equal(size, '20px');
      await (await prefLink(page, '/prefs?color=blue')).click();
      await page.waitForSelector('html.color-blue');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(11, 61, 145)');
      await page.goto('/news');
      const cls = await page.locator('html').getAttribute('class');
      assert.match(cls, /\bfont-large\b/);
      assert.match(cls, /\bcolor-blue\b/);
      await (await prefLink(page, '/prefs?theme=contrast')).click();
      await page.waitForSelector('html.theme-contrast');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(0, 0, 0)');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(255, 255, 255)',
        'high contrast wins over a chosen colour');
    }, { javaScriptEnabled: false }));

  test('searches "quan 9" without diacritics and follows the feed', T, () => withPage(async ({ page }) => {
    await page.goto('/news');
    await page.locator('#news-q').fill('quan 9');
    await Promise.all([page.waitForURL(/\/search\?q=quan\+9/), page.locator('form.search button').click()]);
    const first = page.locator('ol.results li a').filter({ hasText: /^Quận 9: Tập trung/ });
    assert.equal(await first.count(), 1);
    await page.goto('/news');
    const feedHref = await page.locator('a[href="/feeds/news.atom"]').getAttribute('href');
    const resp = await page.request.get(feedHref);
    assert.equal(resp.status(), 200);
    assert.match(resp.headers()['content-type'], /application\/atom\+xml/);
    assert.match(await resp.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  }, { javaScriptEnabled: false }));
});

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 3).join(' ')}`),
    }));
  });
}

const seedP = seedArticle();
const lb = await unitNamed('Phường Long Bình');
const seed = await seedP;
const PAGES = [
  ['anonymous', '/news'], ['anonymous', `/news/${seed.slug}`], ['anonymous', `/news/${seed.slug}?print=1`],
  ['anonymous', '/news?category=thong-bao'], ['anonymous', '/search?q=quan%209'],
  ['anonymous', '/transparency'], ['anonymous', `/transparency/${lb.id}`], ['lanhdao', '/news/editor'],
];

for (const width of [1280, 390]) {
  for (const theme of ['default', 'contrast']) {
    describe(`WCAG 2.1 AA at ${width} px, ${theme} theme`, () => {
      let s;
      const sessions = {};
      before(async () => {
        s = await open(browser, { bypassCSP: true, viewport: { width, height: 900 } });
        await s.context.addCookies([{ name: 'dh_theme', value: theme, url: BASE },
          { name: 'dh_color', value: theme === 'default' ? 'brown' : 'default', url: BASE }]);
        sessions.anonymous = s.page;
        const l = await open(browser, { bypassCSP: true, viewport: { width, height: 900 } });
        await l.context.addCookies([{ name: 'dh_theme', value: theme, url: BASE }]);
        await signIn(l.page, 'lanhdao');
        sessions.lanhdao = l.page;
        sessions.close = () => l.context.close();
      });
      after(async () => { await s?.context.close(); await sessions.close?.(); });
      for (const [who, path] of PAGES) {
        test(`${path} (${who}): no WCAG 2.1 AA violation, nothing wider than the screen`, T, async () => {
          const page = sessions[who];
          const resp = await page.goto(path);
          assert.equal(resp.status(), 200);
          const vs = await axe(page);
          assert.deepEqual(vs.map((v) => `${v.id} (${v.impact}): ${v.nodes.join(' | ')}`), [], path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${path} is ${overflow} px wider than ${width} px`);
        });
      }
    });
  }
}
