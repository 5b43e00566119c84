// The pages speak as people do: history in field labels and names (never
// parent_id or "system"), reported figures in the activity page, times on a
// 24-hour clock without SA/CH, people by rank on a unit's page, no empty
// contact columns, a unit's targets linked from its page, and a unit tree
// that folds and can be searched without script.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { T, launch, open, signIn, unitNamed } from './lib.mjs';

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

const text = async (loc) => (await loc.innerText()).replace(/\s+/g, ' ').trim();
const DB_WORDS = /\b(parent_id|unit_id|target_id|period_no|valid_from|owner_unit_id|org_unit)\b/;

describe('history in words', () => {
  test('a unit\'s history names its fields and values as people read them', T,
    () => withPage(async ({ page }) => {
      const lb = await unitNamed('Phường Long Bình');
      await signIn(page, 'quantri');
      await page.goto(`/history?entity=org_unit&id=${lb.id}`);
      const body = await text(page.locator('main'));
      assert.doesNotMatch(body, DB_WORDS, body.slice(0, 400));
      assert.match(body, /Trực thuộc: Quận 9/, body.slice(0, 400));
      assert.match(body, /Loại: Phường/);
      assert.match(body, /Hiệu lực từ: 01\/04\/1997/);
      assert.match(body, /Hệ thống/);
      assert.doesNotMatch(body, /\bsystem\b/);
      // 24-hour times: no SA/CH after the hour.
      assert.doesNotMatch(body, /\d{2}:\d{2} (SA|CH)\b/);
    }));

  test('/history alone is the recent activity, reported figures included, with a filter', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'lanhdao');
      const resp = await page.goto('/history?kind=measurement');
      assert.equal(resp.status(), 200);
      assert.match(await text(page.locator('h1')), /Hoạt động gần đây/);
      const rows = page.locator('table.history tbody tr');
      assert.ok(await rows.count() >= 10, `${await rows.count()} figures in the activity`);
      const first = await text(rows.filter({ hasText: 'báo cáo số liệu' }).first());
      assert.match(first, /Số liệu: [\d.,]+/, first);
      assert.match(first, /Kỳ: \d+/, first);
      assert.doesNotMatch(first, DB_WORDS, first);
    }));
});

describe('unit pages', () => {
  test('Hiệp Phú lists its chairman before the vice-chairmen, shows no empty contact column, and links to its targets', T,
    () => withPage(async ({ page }) => {
      const hp = await unitNamed('Phường Hiệp Phú');
      await signIn(page, 'lanhdao');
      await page.goto(`/units/${hp.id}`);
      const titles = (await page.locator('main table:not(.summary) tbody td:nth-of-type(1)').allInnerTexts()).map((t) => t.trim());
      const chair = titles.findIndex((t) => /^Chủ tịch/.test(t));
      const vice = titles.findIndex((t) => /^Phó Chủ tịch/.test(t));
      if (chair >= 0 && vice >= 0) assert.ok(chair < vice, `titles in order: ${titles.join(' | ')}`);
      // Every column shown has something in it.
      const table = page.locator('main table:not(.summary)').first();
      const heads = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
      for (let c = 0; c < heads.length; c++) {
        if (!heads[c]) continue;
        const cells = await table.locator(`tbody tr > :nth-child(${c + 1})`).allInnerTexts();
        assert.ok(cells.some((x) => x.trim() !== ''), `the column "${heads[c]}" is empty`);
      }
      // The ward's targets, as links.
      const links = page.locator('#unit-targets ~ .table-wrap table.summary tbody th a');
      assert.ok(await links.count() >= 3, `${await links.count()} targets linked from the unit page`);
      assert.match(await links.first().getAttribute('href'), /^\/targets\/\d+/);
    }));

  test('the unit tree folds, and a search without script finds Long Bình in its place', T,
    () => withPage(async ({ page }) => {
      await page.goto('/units');
      const all = await page.locator('ul.tree a').count();
      assert.ok(await page.locator('ul.tree details:not([open])').count() >= 1, 'nothing in the tree is folded');
      await page.locator('#f-q').fill('long binh');
      await Promise.all([page.waitForURL(/q=long/), page.locator('form.query button[type=submit]').click()]);
      const found = await page.locator('ul.tree a.match').allInnerTexts();
      assert.ok(found.some((n) => n.trim() === 'Phường Long Bình'), `found: ${found.join(', ')}`);
      assert.ok(await page.locator('ul.tree a').count() < all, 'the search shows the whole tree');
      // In its place: under Quận 9.
      assert.equal(await page.locator('ul.tree a', { hasText: /^Quận 9$/ }).count(), 1);
    }, { javaScriptEnabled: false }));
});
