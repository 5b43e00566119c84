// The home page as the people it is for use it: the district chairman sees
// what is behind above the fold; a ward clerk finds a figure due and files
// it in three actions, typing the number the way the pages write it.
//
// Writes one target of its own (Phường Long Bình, last year, monthly
// households) and one figure, then moves the target to a far year so the
// pages open on the demo's year again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { T, api, launch, open, signIn, unitNamed } from './lib.mjs';

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

describe('the chairman\'s home', () => {
  test('lanhdao sees the missed target first and the wards behind, above the fold at 1280×800', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'lanhdao');
      await page.goto('/');
      const rows = page.locator('section.behind table.summary tbody tr');
      assert.ok(await rows.count() >= 8, `${await rows.count()} targets on the home page`);
      const first = rows.first();
      assert.match(await text(first.locator('th')), /^CN\b/);
      assert.match(await text(first.locator('.status')), /Không đạt/);
      // The wards behind on HN are named, as links to their targets.
      const hn = rows.filter({ has: page.locator('th .code', { hasText: /^HN$/ }) });
      const ward = hn.locator('ul.lagging a', { hasText: /Long Phước/ });
      assert.equal(await ward.count(), 1, 'Long Phước is not listed behind on HN');
      assert.match(await ward.getAttribute('href'), /^\/targets\/\d+/);
      // All of it without scrolling.
      for (const [what, loc] of [['CN row', first], ['Long Phước on HN', ward]]) {
        const box = await loc.boundingBox();
        assert.ok(box && box.y + box.height <= 800, `${what} is below the fold: ${JSON.stringify(box)}`);
      }
      // The grid of wards × targets: Long Phước, behind on two, comes first.
      await page.locator('details.grid > summary').click();
      const firstWard = page.locator('table.grid tbody tr').first();
      assert.match(await text(firstWard.locator('th')), /Long Phước|Trường Thạnh/);
      assert.equal(await firstWard.locator('.status.st-off_track').count(), 2,
        `first row of the grid: ${await text(firstWard)}`);
      // The late reporters of the wards, with a link to the full list.
      const late = page.locator('ul.late li');
      assert.ok((await late.allInnerTexts()).some((l) => /Long Phước/.test(l) && /HN/.test(l)),
        `late: ${(await late.allInnerTexts()).join(' | ')}`);
    }, { viewport: { width: 1280, height: 800 } }));
});

describe('the ward clerk\'s home', () => {
  const year = new Date().getFullYear() - 1;
  const code = `KT${Date.now().toString(36).toUpperCase()}`;
  let target;
  let admin;

  before(async () => {
    admin = await api('quantri');
    const lb = await unitNamed('Phường Long Bình');
    const r = await admin.call('POST', '/api/v1/targets', {
      code, year, name: `Hộ được hỗ trợ (thử ${code})`, kind: 'count', unit_of_measure: 'hộ',
      target_low: 1200, period: 'month', due_days: 10, owner_unit_id: lb.id,
    });
    assert.equal(r.status, 201, `creating ${code}: ${r.status} ${r.text.slice(0, 300)}`);
    target = r.json;
  });
  after(async () => {
    // Out of the way: the pages open on the latest year with figures.
    if (target) {
      const r = await admin.call('PATCH', `/api/v1/targets/${target.id}`, { year: 2100 });
      assert.equal(r.status, 200, `moving ${code} away: ${r.status} ${r.text.slice(0, 300)}`);
    }
  });

  test('longbinh finds November on the home page and files it in three actions, typing 1.228 as the page writes it', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'longbinh');
      await page.goto('/');
      const item = page.locator('ul.due li', { hasText: code }).filter({ hasText: 'Tháng 11' });
      assert.equal(await item.count(), 1, `no "${code} – Tháng 11" due on the home page: ${(await page.locator('ul.due').innerText().catch(() => ''))}`);
      assert.match(await text(item), new RegExp(`hạn 10/12/${year}`));
      assert.match(await text(item), /chưa báo cáo/);
      // 1: the link opens the target with the form first, November chosen.
      await Promise.all([page.waitForURL(new RegExp(`/targets/${target.id}\\?period=11`)), item.locator('a').click()]);
      assert.equal(await page.locator('#f-report-period').inputValue(), '11');
      const form = await page.locator('#form-report').boundingBox();
      assert.ok(form && form.y < 800, `the report form starts ${form?.y} px down`);
      // 2 and 3: the figure as the page writes it, then send.
      await page.locator('#f-report-value').fill('1.228');
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('reported') === '11'),
        page.locator('#form-report button[type=submit]').click(),
      ]);
      assert.match(await text(page.locator('p.notice')), /Tháng 11/);
      const nov = page.locator('table.periods tbody tr', { has: page.locator('th', { hasText: /^Tháng 11$/ }) });
      assert.match(await text(nov.locator('td.num')), /^1\.228 hộ/);
      // A month of the target's year with no figure reads "chưa báo cáo"; the home no longer lists November.
      await page.goto('/');
      assert.equal(await page.locator('ul.due li', { hasText: code }).filter({ hasText: 'Tháng 11' }).count(), 0);
      const stored = await admin.call('GET', `/api/v1/targets/${target.id}/measurements`);
      assert.ok(JSON.stringify(stored.json).includes('1228'), `stored: ${stored.text.slice(0, 300)}`);
    }));
});

// --- homeqa: the page as a whole, each module's part in its place ---
describe('the home page as one page', () => {
  test('the chairman reads the targets first, then tasks, dossiers, feedback, citizens, his unit', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'lanhdao');
      await page.goto('/');
      const order = await page.locator('main section[aria-labelledby]').evaluateAll(
        (els) => els.map((e) => e.getAttribute('aria-labelledby')));
      const at = (id) => order.indexOf(id);
      assert.equal(order[0], 'behind-title', `first section: ${order.join(', ')}`);
      for (const id of ['home-tasks', 'home-dossier-results', 'home-feedback', 'home-reception', 'glance-title'])
        assert.ok(at(id) > 0, `no ${id} on the chairman's home: ${order.join(', ')}`);
      assert.ok(at('home-tasks') < at('home-feedback') && at('home-feedback') < at('glance-title'),
        `order: ${order.join(', ')}`);
      assert.equal(order.at(-1), 'glance-title', 'the unit at a glance comes last');
      const heading = await page.locator('#behind-title').boundingBox();
      assert.ok(heading && heading.y < 400, `the targets' heading starts at ${heading?.y}`);
      // Late wards are told by the district target's code, as in the table above them.
      const lateCodes = await page.locator('ul.late .code').allInnerTexts();
      assert.ok(lateCodes.length > 0, 'no late report on the chairman\'s home');
      assert.deepEqual(lateCodes.filter((c) => c.includes('.')), [], `late codes: ${lateCodes.join(', ')}`);
      // A count column's heading stands over its numbers, in dossiers as in feedback.
      for (const table of ['table.dz-home-units', 'table.fb-home-units']) {
        const mismatched = await page.locator(table).evaluate((t) => {
          const heads = [...t.tHead.rows[0].cells];
          const row = t.tBodies[0].rows[0];
          return heads.slice(1).filter((th, i) => getComputedStyle(th).textAlign
            !== getComputedStyle(row.cells[i + 1]).textAlign).map((th) => th.textContent);
        });
        assert.deepEqual(mismatched, [], `${table}: headings not aligned with their numbers`);
      }
      // The tasks' link says whose tasks it opens, and that page counts the same tasks.
      const tasks = page.locator('section[aria-labelledby="home-tasks"]');
      const tasksHeading = await text(tasks.locator('h2'));
      const tasksLink = await text(tasks.locator('a[href="/tasks/mine"]'));
      assert.ok(tasksLink.endsWith(tasksHeading.replace(/^Nhiệm vụ/, '').trim()),
        `"${tasksLink}" under "${tasksHeading}"`);
      const openOnHome = (await text(tasks.locator('p').first())).match(/^\d+/)?.[0];
      // The rate a unit shows on the home is the one its row shows in the report linked below:
      // the first unit that finished a dossier this year (one with only open ones, put first by
      // what is overdue, has no rate, "—", and no row in the report).
      const rows = page.locator('table.dz-home-units tbody tr');
      let first = null;
      for (let i = 0; i < await rows.count() && !first; i++) {
        if (/\d/.test(await text(rows.nth(i).locator('td').nth(3)))) first = rows.nth(i);
      }
      assert.ok(first, 'a unit with an on-time rate on the home');
      const unit = await text(first.locator('th'));
      const rate = await text(first.locator('td').nth(3));
      assert.match(rate, /^\d+(,\d)? %$/, `on-time rate on the home: ${rate}`);
      await page.locator('section[aria-labelledby="home-dossier-results"] a[href^="/dossiers/report"]').first().click();
      await page.waitForURL(/\/dossiers\/report/);
      const row = page.locator('main table tbody tr').filter({ has: page.locator('th', { hasText: unit }) });
      assert.equal(await row.count(), 1, `${unit} in the report`);
      assert.equal(await text(row.locator('td').last()), rate, `${unit}: home and report disagree`);
      await page.goto('/tasks/mine');
      assert.match(await text(page.locator('main')), new RegExp(`\\b${openOnHome} nhiệm vụ`),
        `the home counts ${openOnHome} open tasks`);
    }, { viewport: { width: 1280, height: 800 } }));

  for (const login of ['lanhdao', 'longbinh', 'hiepphu', 'giamsat']) {
    test(`${login}'s home fits a 390 px phone without sideways scrolling`, T,
      () => withPage(async ({ page }) => {
        await signIn(page, login);
        await page.goto('/');
        assert.ok(await page.locator('main h2').count() >= 3, 'the home has its sections');
        const [sw, cw] = await page.evaluate(() =>
          [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(sw <= cw, `${login}: page is ${sw} px wide on a ${cw} px screen`);
        // Every module's table stacks into rows that fit: none scrolls sideways in itself.
        const wide = await page.locator('main table:not(.grid)').evaluateAll((ts) => ts
          .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth)
          .map((t) => `${t.className} ${t.scrollWidth}/${t.clientWidth}`));
        assert.deepEqual(wide, [], `${login}: tables wider than the phone`);
        // No section is a heading alone.
        const bare = await page.locator('main section[aria-labelledby]').evaluateAll((els) =>
          els.filter((e) => e.children.length < 2).map((e) => e.getAttribute('aria-labelledby')));
        assert.deepEqual(bare, [], `${login}: sections with only a heading`);
      }, { viewport: { width: 390, height: 844 } }));
  }
});
