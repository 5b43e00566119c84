// The working calendar in a real browser: the year view at 1280 and 390 px
// and printed, an administrator editing a day through the form (a refused
// edit first, then a holiday added, seen in the month grid, the list and the
// deadline API, then taken back), and axe-core on the page in both themes.
//
// Writes only to 2032 (no other file uses it) and takes back what it wrote.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';

import { BASE, T, api, launch, open, signIn } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DAY = '2032-11-24';   // a Wednesday, an ordinary working day
const TYPED = '24/11/2032'; // the same, as an official types it

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  const a = await api('quantri');
  await a.call('DELETE', `/api/v1/calendar/days/${DAY}`);
});

async function withPage(fn, opts) {
  const s = await open(browser, opts);
  try {
    return await fn(s);
  } finally {
    await s.context.close();
  }
}

const text = async (loc) => (await loc.innerText()).replace(/\s+/g, ' ').trim();

async function deadline(from, n) {
  const r = await fetch(`${BASE}/api/v1/calendar/deadline?from=${from}&working_days=${n}`);
  return (await r.json()).deadline;
}

describe('the working calendar page', () => {
  test('2026 at 1280 px: twelve months side by side, Tết and the Saturdays worked marked, with reasons in the list', T,
    () => withPage(async ({ page }) => {
      const resp = await page.goto('/calendar?year=2026');
      assert.equal(resp.status(), 200);
      assert.equal(await text(page.locator('h1')), 'Lịch làm việc năm 2026');
      assert.equal(await page.locator('table.cal-month').count(), 12);
      const off = page.locator('td[data-date="2026-02-16"]');
      assert.match(await off.getAttribute('class'), /\bcal-off\b/);
      assert.equal(await off.getAttribute('title'), 'Tết Nguyên đán');
      assert.match(await page.locator('td[data-date="2026-01-10"]').getAttribute('class'), /\bcal-worked\b/);
      // The months sit several to a row on a wide screen.
      const b1 = await page.locator('table.cal-month').nth(0).boundingBox();
      const b2 = await page.locator('table.cal-month').nth(1).boundingBox();
      assert.ok(Math.abs(b1.y - b2.y) < 2 && b2.x > b1.x, 'months 1 and 2 are not side by side');
      const row = page.locator('table.cal-list tbody tr').filter({ hasText: '27/04/2026' });
      assert.match(await text(row), /Thứ Hai Ngày nghỉ Giỗ Tổ Hùng Vương/);
      // A published year says so; no warning.
      assert.equal(await page.locator('.cal-unconfirmed').count(), 0);
      assert.equal(await page.locator('#form-day').count(), 0, 'the public sees no edit form');
    }, { viewport: { width: 1280, height: 900 } }));

  test('at 390 px the months stack in one column without sideways scrolling; 2027 says it is not confirmed', T,
    () => withPage(async ({ page }) => {
      await page.goto('/calendar?year=2027');
      assert.match(await text(page.locator('.cal-unconfirmed')), /Chưa được xác nhận/);
      const b1 = await page.locator('table.cal-month').nth(0).boundingBox();
      const b2 = await page.locator('table.cal-month').nth(1).boundingBox();
      assert.ok(b2.y > b1.y + b1.height - 1, 'months are not stacked at 390 px');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    }, { viewport: { width: 390, height: 844 } }));

  test('printed: no navigation or forms, three months to a row, the list kept', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'quantri');
      await page.goto('/calendar?year=2026');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#form-day').isVisible(), false);
      assert.equal(await page.locator('nav.main').isVisible(), false);
      assert.equal(await page.locator('table.cal-list').isVisible(), true);
      const ys = [];
      for (let i = 0; i < 4; i++) ys.push((await page.locator('table.cal-month').nth(i).boundingBox()).y);
      assert.ok(Math.abs(ys[0] - ys[2]) < 2 && ys[3] > ys[0] + 10, `printed rows: ${ys.join(', ')}`);
    }, { viewport: { width: 1000, height: 1200 } }));

  test('an administrator adds a holiday through the form: refused without a reason, then saved and counted, then taken back', T,
    () => withPage(async ({ page }) => {
      assert.equal(await deadline('2032-11-23', 1), DAY);
      await signIn(page, 'quantri');
      await page.goto('/calendar?year=2032');
      // A date that does not exist: refused beside the field, kept as typed.
      await page.locator('#f-day-date').fill('31/11/2032');
      await page.locator('#f-day-note').fill('Thử');
      await Promise.all([page.waitForLoadState(), page.locator('#form-day button[type=submit]').click()]);
      assert.match(await page.title(), /^Lỗi:/);
      assert.match(await text(page.locator('#f-day-date-error')), /30\/09\/2019/);
      assert.equal(await page.locator('#f-day-date').inputValue(), '31/11/2032');
      await page.locator('#f-day-note').fill('');
      await page.locator('#f-day-date').fill(TYPED);
      await page.locator('#f-day-state').selectOption('off');
      await Promise.all([page.waitForLoadState(), page.locator('#form-day button[type=submit]').click()]);
      // Refused: the message beside the reason, the typed date kept, nothing saved.
      assert.match(await text(page.locator('.error-summary')), /Ghi lý do điều chỉnh/);
      assert.match(await text(page.locator('.field.has-error')), /Lý do/);
      assert.equal(await page.locator('#f-day-date').inputValue(), TYPED);
      assert.equal(await deadline('2032-11-23', 1), DAY);

      await page.locator('#f-day-note').fill('Ngày Văn hóa Việt Nam (thử)');
      await Promise.all([page.waitForURL(/saved=2032-11-24/), page.locator('#form-day button[type=submit]').click()]);
      assert.match(await text(page.locator('.notice')), /24\/11\/2032/);
      const cell = page.locator(`td[data-date="${DAY}"]`);
      assert.match(await cell.getAttribute('class'), /\bcal-off\b.*\bcal-edited\b/);
      assert.match(await cell.getAttribute('title'), /Ngày Văn hóa Việt Nam \(thử\)/);
      const row = page.locator('table.cal-list tbody tr').filter({ hasText: '24/11/2032' });
      assert.match(await text(row), /Quản trị viên đã điều chỉnh: Ngày Văn hóa Việt Nam \(thử\)/);
      assert.equal(await deadline('2032-11-23', 1), '2032-11-25');

      // Taken back (typed the ISO way, also accepted): the day is the table's again.
      await page.locator('#f-day-date').fill(DAY);
      await page.locator('#f-day-state').selectOption('reset');
      await Promise.all([page.waitForURL(/saved=2032-11-24/), page.locator('#form-day button[type=submit]').click()]);
      assert.match(await page.locator(`td[data-date="${DAY}"]`).getAttribute('class'), /^cal-work$/);
      assert.equal(await deadline('2032-11-23', 1), DAY);
    }, { viewport: { width: 1280, height: 900 } }));
});

async function axeClean(t, page, where) {
  await page.addScriptTag({ path: AXE });
  const vs = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  const bad = vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (vs.length > bad.length) t.diagnostic(`${where}: minor axe findings: ${JSON.stringify(vs.filter((v) => !bad.includes(v)))}`);
  assert.deepEqual(bad.map((v) => v.id), [], `${where}: ${JSON.stringify(bad, null, 1)}`);
}

for (const theme of ['default', 'contrast']) {
  test(`${theme} theme: the calendar page with its edit form has no serious or critical axe violation`, T,
    (t) => withPage(async ({ page }) => {
      await signIn(page, 'quantri');
      await page.goto(`/prefs?theme=${theme}&back=${encodeURIComponent('/calendar?year=2027')}`);
      assert.match(await page.locator('html').getAttribute('class'), new RegExp(`\\btheme-${theme}\\b`));
      await axeClean(t, page, `/calendar?year=2027 (${theme})`);
    }, { bypassCSP: true }));
}
