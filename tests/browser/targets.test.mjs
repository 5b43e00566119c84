// The district's targets in a real browser: the board and its charts, the
// year/as-of form without JavaScript, a target's page with its wards,
// reporting (a refused figure, then a correction) as a ward's officer, the
// late reporters, and axe-core on these pages in both themes.
//
// Reads only the demo's 2019 targets; the one thing it writes is a
// correction of Phường Long Bình's December HN figure to the value already
// shown, so every status stays as it was (the history keeps both figures).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';

import { BASE, T, launch, open, signIn } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const BOARD = '/targets?year=2019&as_of=2020-06-30';
const CODES = ['DV', 'CN', 'NS', 'XDCB', 'HN', 'PP', 'DT', 'TDP'];
const WARDS_OF = { HN: 13, PP: 13, TDP: 13 };
// The status labels (Vietnamese, the default language).
// Once the year is over a target still off track is missed: "Không đạt".
const LABELS = ['Đạt', 'Đúng tiến độ', 'Có nguy cơ không đạt', 'Không đạt', 'Chưa có số liệu'];
const ACHIEVED = 'Đạt';
const OFF_TRACK = 'Không đạt';

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

const text = async (loc) => (await loc.innerText()).replace(/\s+/g, ' ').trim();

/** The label of a .status badge: its text, the shape being aria-hidden. */
async function statusText(badge) {
  const hidden = await badge.locator('svg').getAttribute('aria-hidden');
  assert.equal(hidden, 'true', 'the status shape is not aria-hidden');
  return text(badge);
}

/** The board card of CODE on PAGE (already at the board). */
function card(page, code) {
  return page.locator('section.target-card').filter({
    has: page.locator('h3 .code', { hasText: new RegExp(`^${code}$`) }),
  });
}

/** Goes from the 2019 board to the HN page, then to Long Bình's HN breakdown target; returns its path. */
async function longBinhHN(page) {
  await page.goto(BOARD);
  await Promise.all([page.waitForURL(/\/targets\/\d+/), card(page, 'HN').locator('h3 a').click()]);
  const row = page.locator('table.breakdown tbody tr').filter({
    has: page.locator('th a', { hasText: /^(Phường )?Long Bình$/ }),
  });
  assert.equal(await row.count(), 1, 'no single "Long Bình" row in the HN breakdown');
  const href = await row.locator('th a').getAttribute('href');
  // The link keeps the board's as-of date; the tests then use the plain page.
  assert.match(href, /^\/targets\/\d+\?as_of=2020-06-30$/);
  return href.split('?')[0];
}

/** The parts of a Vietnamese number in a cell ("1.234,5 hộ" → 1234.5). */
function viNumber(s) {
  const m = /-?[\d.]+(,\d+)?/.exec(s);
  assert.ok(m, `no number in "${s}"`);
  return Number(m[0].replace(/\./g, '').replace(',', '.'));
}

describe('the target board', () => {
  test('the 2019 board shows the 8 targets, each with its status in text, charts with a name and a table; CN is off track; HN has 13 wards', T,
    () => withPage(async ({ page }) => {
      const resp = await page.goto(BOARD);
      assert.equal(resp.status(), 200);
      assert.match(await text(page.locator('h1')), /2019/);
      assert.match(await text(page.locator('p.as-of')), /30\/06\/2020/);

      const cards = page.locator('section.target-card');
      const codes = await cards.locator('h3 .code').allInnerTexts();
      assert.deepEqual([...codes].sort(), [...CODES].sort(), `codes on the board: ${codes.join(', ')}`);

      // The counts at the top: 7 achieved, 1 off track, each with its label.
      const counts = {};
      for (const li of await page.locator('#counts-title ~ ul.status-counts > li').all()) {
        counts[await statusText(li.locator('.status'))] = Number(await text(li.locator('.count')));
      }
      assert.deepEqual(Object.keys(counts).sort(), [...LABELS].sort(), `status counts: ${JSON.stringify(counts)}`);
      assert.equal(counts[ACHIEVED], 7, `status counts: ${JSON.stringify(counts)}`);
      assert.equal(counts[OFF_TRACK], 1, `status counts: ${JSON.stringify(counts)}`);

      for (const code of CODES) {
        const c = card(page, code);
        assert.equal(await c.count(), 1, `${code}: one card`);
        // The status in words (beside its shape), not by colour alone.
        const label = await statusText(c.locator('p.judgement .status'));
        assert.equal(label, code === 'CN' ? OFF_TRACK : ACHIEVED, `${code}: status "${label}"`);
        // The card's heading links to the target's page at the same as-of day.
        assert.match(await c.locator('h3 a').getAttribute('href'), /^\/targets\/\d+\?as_of=2020-06-30$/);

        // Every chart is an image with a name from its <title>.
        const charts = await c.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => {
          const title = s.querySelector(':scope > title');
          const ids = (s.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
          return {
            role: s.getAttribute('role'), title: title?.textContent.trim() || '',
            titled: !!title && ids.includes(title.id),
            resolved: ids.every((id) => document.getElementById(id)),
            inBlock: !!s.closest('.chart-block'), small: s.classList.contains('small'),
          };
        }));
        assert.ok(charts.length >= 2, `${code}: ${charts.length} charts`);
        for (const ch of charts) {
          assert.equal(ch.role, 'img', `${code}: a chart without role="img"`);
          assert.ok(ch.title.length > 3 && ch.titled && ch.resolved,
            `${code}: a chart not named by its title: ${JSON.stringify(ch)}`);
        }
        // The big charts, found by their accessible name (as a screen reader would).
        assert.equal(await c.getByRole('img', { name: `${code}: số liệu so với chỉ tiêu` }).count(), 1,
          `${code}: no image named "${code}: số liệu so với chỉ tiêu"`);
        assert.equal(await c.getByRole('img', { name: new RegExp(`^${code}: số liệu (lũy kế )?theo kỳ`) }).count(), 1,
          `${code}: no trend image named by its title`);

        // Each chart block: one chart and its table with the same figures.
        const blocks = await c.locator('.chart-block').all();
        assert.equal(blocks.length, 2, `${code}: ${blocks.length} chart blocks`);
        for (const b of blocks) {
          assert.equal(await b.locator('svg.chart').count(), 1);
          assert.ok(await b.locator('table').count() >= 1, `${code}: a chart without its table`);
          assert.ok(await b.locator('table caption').count() >= 1, `${code}: a chart table without a caption`);
        }
        const bulletFigure = await text(c.locator('table.figures tbody td').first());
        const desc = await c.locator('.chart-block svg.bullet desc').textContent();
        if (bulletFigure !== '–') assert.ok(desc.includes(bulletFigure), `${code}: bullet says "${desc}", table "${bulletFigure}"`);

        // The wards' small multiples: names, statuses and a table with a row each.
        const wards = c.locator('ul.multiples > li');
        const n = await wards.count();
        assert.equal(n, WARDS_OF[code] ?? 0, `${code}: ${n} ward entries`);
        if (n === 0) continue;
        const names = [];
        for (const li of await wards.all()) {
          const name = await text(li.locator('a.ward'));
          assert.match(name, /\S{3,}/);
          assert.ok(LABELS.includes(await statusText(li.locator('.status'))), `${code}/${name}: no status label`);
          assert.equal(await li.locator('svg.chart[role=img]').count(), 1, `${code}/${name}: no small chart`);
          names.push(name);
        }
        // (In a closed <details>: textContent, as innerText of hidden text is empty.)
        const rows = await c.locator('ul.multiples ~ details table tbody th[scope=row]').allTextContents();
        assert.deepEqual(rows.map((r) => r.trim()), names, `${code}: the wards' table does not match the small multiples`);
        // Every ward's small chart is named by the ward.
        for (const name of names) {
          assert.equal(await c.getByRole('img', { name: `${name}, ${code}` }).count(), 1, `${code}: no image named "${name}, ${code}"`);
        }
      }
      const hnWards = await card(page, 'HN').locator('ul.multiples a.ward').allInnerTexts();
      assert.ok(hnWards.some((w) => /Long Bình$/.test(w)), `HN wards: ${hnWards.join(', ')}`);
    }));

  test('without JavaScript, the year links and the year and as-of form (dates as dd/mm/yyyy) change the address and the heading', T,
    () => withPage(async ({ page }) => {
      // The board opens on the latest year with figures (2019 in the demo), with a link per year.
      await page.goto('/targets');
      assert.match(await text(page.locator('h1')), /2019/);
      assert.equal(await page.locator('nav.years a[aria-current="page"]').innerText(), '2019');
      await page.goto(BOARD);
      await page.locator('details.query > summary').click();
      const year = page.locator('form.query select[name=year]');
      const asOf = page.locator('form.query input[name=as_of]');
      assert.equal(await year.inputValue(), '2019');
      assert.equal(await asOf.inputValue(), '30/06/2020');
      // The fields are labelled.
      assert.equal(await page.getByLabel('Năm', { exact: true }).count(), 1);
      assert.equal(await page.getByLabel('Tính đến ngày', { exact: true }).count(), 1);

      await year.selectOption('2020');
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/targets' && u.searchParams.get('year') === '2020'),
        page.locator('form.query button[type=submit]').click(),
      ]);
      let u = new URL(page.url());
      assert.equal(u.searchParams.get('as_of'), '30/06/2020', page.url());
      assert.match(await text(page.locator('h1')), /2020/);
      assert.doesNotMatch(await text(page.locator('h1')), /2019/);
      assert.match(await page.title(), /2020/);
      await page.locator('details.query > summary').click();
      assert.equal(await year.inputValue(), '2020', 'the chosen year was not kept in the form');

      await year.selectOption('2019');
      await asOf.fill('30/6/2019');
      await Promise.all([
        page.waitForURL((x) => x.searchParams.get('as_of') === '30/6/2019'),
        page.locator('form.query button[type=submit]').click(),
      ]);
      u = new URL(page.url());
      assert.equal(u.pathname, '/targets');
      assert.equal(u.searchParams.get('year'), '2019', page.url());
      assert.match(await text(page.locator('h1')), /2019/);
      assert.match(await text(page.locator('p.as-of')), /30\/06\/2019/);
      await page.locator('details.query > summary').click();
      assert.equal(await asOf.inputValue(), '30/06/2019');
      assert.equal(await page.locator('section.target-card').count(), CODES.length);

      // A mistyped date: the message beside the field, the text kept, the title says so.
      await asOf.fill('31/02/2019');
      await page.locator('form.query button[type=submit]').click();
      await page.waitForLoadState();
      assert.match(await page.title(), /^Lỗi: /);
      assert.equal(await asOf.inputValue(), '31/02/2019', 'the mistyped date vanished');
      assert.match(await text(page.locator('#f-board-as_of-error')), /30\/09\/2019/);
    }, { javaScriptEnabled: false }));

  test('the board lists the targets worst first with a reason each, and the status counts filter it', T,
    () => withPage(async ({ page }) => {
      await page.goto(BOARD);
      const rows = page.locator('table.summary tbody tr');
      assert.equal(await rows.count(), CODES.length);
      // CN, missed, comes first, with its reason in words.
      assert.match(await text(rows.first().locator('th')), /^CN\b/);
      assert.equal(await statusText(rows.first().locator('.status')), OFF_TRACK);
      assert.match(await text(rows.first().locator('.reason')), /9,6 %.*11 %/);
      // The HN row names the wards behind, as links.
      const hn = rows.filter({ has: page.locator('th .code', { hasText: /^HN$/ }) });
      const behind = await hn.locator('ul.lagging a').allInnerTexts();
      assert.ok(behind.some((w) => /Long Phước/.test(w)), `HN's wards behind: ${behind.join(', ')}`);
      // The "missed" count is a link that leaves only CN.
      const missed = page.locator('ul.status-counts a', { has: page.locator('.st-off_track') });
      await Promise.all([page.waitForURL(/status=off_track/), missed.click()]);
      assert.equal(await page.locator('table.summary tbody tr').count(), 1);
      assert.equal(await page.locator('section.target-card').count(), 1);
      assert.match(await text(page.locator('table.summary tbody tr th')), /^CN\b/);
    }));
});

describe('the printed board', () => {
  test('Chromium prints the 2019 board on one A4 page that names the district, the as-of date and the print date', T,
    () => withPage(async ({ page }) => {
      await page.goto(BOARD);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, `the printed board takes ${pages} A4 pages`);
      await page.emulateMedia({ media: 'print' });
      const printed = await text(page.locator('main'));
      assert.match(printed, /Quận 9/, 'the printed board does not name the district');
      assert.match(printed, /30\/06\/2020/, 'no as-of date on the printed board');
      assert.match(printed, /In ngày \d{2}\/\d{2}\/\d{4}/, 'no print date on the printed board');
      // Every target is on it, worst first.
      assert.equal(await page.locator('table.summary tbody tr').count(), CODES.length);
    }));
});

describe('a target page', () => {
  test('the HN page lists the 13 wards with their statuses and offers no report form to an anonymous visitor', T,
    () => withPage(async ({ page }) => {
      await page.goto(BOARD);
      await Promise.all([page.waitForURL(/\/targets\/\d+/), card(page, 'HN').locator('h3 a').click()]);
      assert.match(await text(page.locator('h1')), /^HN\b/);
      const rows = page.locator('table.breakdown tbody tr');
      assert.equal(await rows.count(), 13);
      const seen = {};
      for (const r of await rows.all()) {
        const name = await text(r.locator('th[scope=row]'));
        assert.match(await r.locator('th a').getAttribute('href'), /^\/targets\/\d+\?as_of=2020-06-30$/);
        const label = await statusText(r.locator('td .status'));
        assert.ok(LABELS.includes(label), `${name}: status "${label}"`);
        assert.equal(await r.locator('svg.chart[role=img]').count(), 1, `${name}: no chart`);
        seen[name] = label;
      }
      assert.ok(Object.keys(seen).some((n) => /Long Bình$/.test(n)), `wards: ${Object.keys(seen).join(', ')}`);
      const lp = Object.keys(seen).find((n) => /Long Phước$/.test(n));
      assert.equal(seen[lp], OFF_TRACK, `Long Phước's HN: ${seen[lp]}`);
      // The figures per period are there; the form is not.
      assert.equal(await page.locator('table.periods tbody tr').count(), 12);
      assert.equal(await page.locator('form[action$="/report"]').count(), 0, 'an anonymous visitor is offered the report form');
      assert.equal(await page.locator('#report-title').count(), 0);
      assert.equal(await page.locator('#f-report-value').count(), 0);
    }));

  test('longbinh reports a figure that is not a number, sees the error beside the field with the note kept, then corrects December', T,
    () => withPage(async ({ page }) => {
      await signIn(page, 'longbinh');
      const path = await longBinhHN(page);
      await page.goto(path);
      assert.match(await text(page.locator('h1')), /Long Bình/);
      const form = page.locator('form#form-report');
      assert.equal(await form.count(), 1, 'longbinh is not offered the report form on Long Bình\'s HN target');
      assert.equal(await form.getAttribute('action'), `${path}/report`);

      const before = await statusText(page.locator('p.judgement .status'));
      const decRow = () => page.locator('table.periods tbody tr').filter({
        has: page.locator('th', { hasText: /^Tháng 12$/ }),
      });
      const decCell = await text(decRow().locator('td.num'));
      const dec = viNumber(decCell);
      assert.ok(Number.isFinite(dec) && dec > 0, `December's figure: "${decCell}"`);
      const historyBefore = await page.locator('table.periods ~ details table tbody tr').count();

      // 1. Not a number: refused, the error beside the field, everything typed kept.
      const note = `Kiểm thử trình duyệt ${Date.now()}`;
      await page.locator('#f-report-period').selectOption('12');
      await page.locator('#f-report-value').fill('mười hai');
      await page.locator('#f-report-note').fill(note);
      await page.locator('#f-report-evidence').fill('CV số 12/UBND');
      const [resp] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${BASE}${path}/report` && r.request().method() === 'POST'),
        form.locator('button[type=submit]').click(),
      ]);
      await page.waitForLoadState();
      assert.equal(resp.status(), 422);
      const value = page.locator('#f-report-value');
      const err = page.locator('#f-report-value-error');
      assert.ok(await err.isVisible(), 'no visible error for the figure');
      assert.match(await text(err), /số/i, `error: ${await text(err)}`);
      assert.equal(await page.locator('.field:has(#f-report-value) #f-report-value-error').count(), 1,
        'the error is not beside the figure field');
      assert.ok(((await value.getAttribute('aria-describedby')) || '').split(/\s+/).includes('f-report-value-error'));
      assert.equal(await value.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('.error-summary a[href="#f-report-value"]').count(), 1, 'no summary link to the field');
      assert.equal(await value.inputValue(), 'mười hai', 'the typed figure was lost');
      assert.equal(await page.locator('#f-report-note').inputValue(), note, 'the typed note was lost');
      assert.equal(await page.locator('#f-report-evidence').inputValue(), 'CV số 12/UBND', 'the typed evidence was lost');
      assert.equal(await page.locator('#f-report-period').inputValue(), '12', 'the chosen period was lost');
      assert.equal(await page.locator('p.notice').count(), 0);
      // The page says at once that something went wrong: the title, and focus on the summary.
      assert.match(await page.title(), /^Lỗi: /, `title: ${await page.title()}`);
      assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
        'the error summary does not have the focus');

      // A negative number of households: refused with the reason, the text kept.
      await value.fill('-3');
      await form.locator('button[type=submit]').click();
      await page.waitForLoadState();
      assert.match(await text(err), /âm/, `error for -3: ${await text(err)}`);
      assert.equal(await value.inputValue(), '-3');
      // Households are counted whole: 1.234,5 is refused, with an example as the page writes numbers.
      await value.fill('1.234,5');
      await form.locator('button[type=submit]').click();
      await page.waitForLoadState();
      assert.match(await text(err), /số nguyên.*1\.228/, `error for 1.234,5: ${await text(err)}`);
      assert.equal(await value.inputValue(), '1.234,5');
      // Nothing was recorded.
      assert.equal(await page.locator('table.periods ~ details table tbody tr').count(), historyBefore);

      // 2. The same figure again, as a number: a correction.
      await value.fill(String(dec).replace('.', ','));
      await Promise.all([
        page.waitForURL((u) => u.pathname === path && u.searchParams.get('reported') === '12'),
        form.locator('button[type=submit]').click(),
      ]);
      const u = new URL(page.url());
      assert.equal(u.searchParams.get('corrected'), '1', `after the correction: ${page.url()}`);
      const notice = page.locator('p.notice[role=status]');
      assert.equal(await notice.count(), 1, 'no confirmation');
      assert.match(await text(notice), /Tháng 12/);
      assert.match(await text(notice), /điều chỉnh/i, `confirmation: ${await text(notice)}`);
      const cell = decRow().locator('td.num');
      assert.equal(viNumber(await text(cell)), dec, `December now: ${await text(cell)}`);
      assert.equal(await cell.locator('.corrected').count(), 1, 'December is not marked as corrected');
      assert.ok(await cell.locator('del').count() >= 1, 'the earlier figure is not shown struck through');
      assert.match(await text(decRow()), new RegExp(note));
      assert.match(await text(decRow()), /longbinh|Long Bình/i, `December row: ${await text(decRow())}`);
      // The history keeps both; the status is as before.
      assert.equal(await page.locator('table.periods ~ details table tbody tr').count(), historyBefore + 1);
      assert.equal(await statusText(page.locator('p.judgement .status')), before);
      assert.equal(await form.count(), 1);
      assert.equal(await page.locator('#f-report-value').inputValue(), '', 'the form is not empty after a report');
    }));

  test('the late reporters page (public, like the board) lists Long Phước\'s HN and Trường Thạnh\'s TDP as of 2020-01-20', T,
    () => withPage(async ({ page }) => {
      const late = '/targets/late?year=2019&as_of=2020-01-20';
      // An anonymous visitor finds it from the board and reads it without signing in.
      await page.goto('/targets?year=2019&as_of=2020-01-20');
      assert.equal(await page.locator(`p.as-of a[href="${late}"]`).count(), 1, 'the board does not link to the late reports');
      const resp = await page.goto(late);
      assert.equal(new URL(page.url()).pathname, '/targets/late', 'an anonymous visitor is sent to sign in');
      assert.equal(resp.status(), 200);
      assert.match(await text(page.locator('h1')), /2019/);
      const rows = [];
      for (const r of await page.locator('main table tbody tr').all()) {
        const cells = (await r.locator('th, td').allInnerTexts()).map((c) => c.trim());
        rows.push(cells);
        assert.match(await r.locator('th a').getAttribute('href'), /^\/targets\/\d+\?as_of=2020-01-20$/);
      }
      const has = (code, unit, period) => rows.some((c) => c[0].startsWith(code) && c[2] === unit && c[3] === period);
      assert.ok(has('HN', 'Phường Long Phước', 'Tháng 12'), `late rows:\n${rows.map((c) => c.join(' | ')).join('\n')}`);
      assert.ok(has('TDP', 'Phường Trường Thạnh', 'Quý IV'), `late rows:\n${rows.map((c) => c.join(' | ')).join('\n')}`);
      // Most overdue first.
      const days = rows.map((c) => viNumber(c[5]));
      assert.deepEqual(days, [...days].sort((a, b) => b - a), `days late: ${days.join(', ')}`);
      // The link back to the board keeps the year and date.
      assert.equal(await page.locator('p.as-of a[href="/targets?year=2019&as_of=2020-01-20"]').count(), 1);
    }));
});

/* ---- accessibility -------------------------------------------------------- */

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

async function axeClean(t, page, where, theme) {
  assert.match(await page.locator('html').getAttribute('class'), new RegExp(`\\btheme-${theme}\\b`), `${where}: theme`);
  const vs = await axe(page);
  const bad = vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = vs.filter((v) => !bad.includes(v));
  if (minor.length) t.diagnostic(`${where}: minor axe findings (not failing):\n${describeViolations(minor)}`);
  assert.deepEqual(bad.map((v) => v.id), [],
    `${where} (${theme} theme) has serious/critical axe violations:\n${describeViolations(bad)}`);
}

for (const theme of ['default', 'contrast']) {
  describe(`accessibility of the target pages, ${theme} theme`, () => {
    let s;
    let lbPath;
    before(async () => {
      // The pages' CSP (script-src 'self') would block the injected axe.
      s = await open(browser, { bypassCSP: true });
      await signIn(s.page, 'longbinh');
      lbPath = await longBinhHN(s.page);
    });
    after(async () => { await s?.context.close(); });

    /** Chooses THEME through the site's own switch, coming back to PATH. */
    async function visit(path) {
      await s.page.goto(`/prefs?theme=${theme}&back=${encodeURIComponent(path)}`);
      const u = new URL(s.page.url());
      assert.equal(u.pathname + u.search, path, `/prefs did not come back to ${path}`);
    }

    test(`${theme} theme: the board has no serious or critical axe violation`, T, async (t) => {
      await visit(BOARD);
      await axeClean(t, s.page, BOARD, theme);
    });

    test(`${theme} theme: Long Bình's HN target with the report form has no serious or critical axe violation`, T, async (t) => {
      await visit(lbPath);
      assert.equal(await s.page.locator('form#form-report').count(), 1);
      await axeClean(t, s.page, lbPath, theme);
    });

    test(`${theme} theme: a refused report (errors beside the field) has no serious or critical axe violation`, T, async (t) => {
      await visit(lbPath);
      await s.page.locator('#f-report-value').fill('abc');
      const [resp] = await Promise.all([
        s.page.waitForResponse((r) => r.url() === `${BASE}${lbPath}/report` && r.request().method() === 'POST'),
        s.page.locator('form#form-report button[type=submit]').click(),
      ]);
      await s.page.waitForLoadState();
      assert.equal(resp.status(), 422);
      assert.equal(await s.page.locator('#f-report-value-error').count(), 1);
      await axeClean(t, s.page, `${lbPath} (refused report)`, theme);
    });

    test(`${theme} theme: the late reports have no serious or critical axe violation`, T, async (t) => {
      const late = '/targets/late?year=2019&as_of=2020-01-20';
      await visit(late);
      assert.ok(await s.page.locator('main table tbody tr').count() >= 2);
      await axeClean(t, s.page, late, theme);
    });
  });
}
