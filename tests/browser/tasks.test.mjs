// Plans and tasks in a real browser (issue 11): the head of Hiệp Phú makes a
// plan, adds a task without a leader and is refused with the message beside
// the leader field (the rest of what was typed kept), adds it with one, sees
// it on the plan's timeline and table, reports progress on the task's
// page and changes its deadline (refused without a reason and with a date
// that does not exist, the typed date kept); dates typed as officials write
// them (31/12/2019); axe-core on the plan and task pages, the refused forms
// included.
//
// Writes a plan and a task of its own (unique titles) in Phường Hiệp Phú.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';

import { T, launch, open, signIn } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAG = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function axeSerious(page) {
  await page.addScriptTag({ path: AXE });
  const vs = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Submits FORM (a locator) and waits for the next page; returns the response status. */
async function submit(page, form) {
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    form.locator('button[type=submit]').click(),
  ]);
  await page.waitForLoadState();
  return resp.status();
}

/** Chooses, in select SEL, the first option whose label contains TEXT. */
async function chooseLabel(page, sel, text) {
  const value = await page.locator(`${sel} option`).evaluateAll(
    (os, t) => os.find((o) => o.textContent.includes(t))?.value, text);
  assert.ok(value, `no option containing "${text}" in ${sel}`);
  await page.locator(sel).selectOption(value);
}

describe('plans and tasks in the browser', () => {
  test('a plan, a task refused without a leader, then added, then progress reported', T, async () => {
    const { context, page } = await open(browser, { bypassCSP: true });
    try {
      await signIn(page, 'hiepphu');
      await page.goto('/plans');
      assert.equal(await page.locator('nav a[href="/plans"]').count(), 1, 'no Plans entry in the navigation');
      const planTitle = `Kế hoạch cải cách hành chính ${TAG}`;
      const pf = page.locator('form#form-plan');
      await pf.locator('#f-plan-title').fill(planTitle);
      await chooseLabel(page, '#f-plan-unit_id', 'Phường Hiệp Phú');
      await pf.locator('#f-plan-year').fill('2019');
      await chooseLabel(page, '#f-plan-leader_id', 'Chủ tịch UBND phường');
      await pf.locator('#f-plan-due_date').fill('31/12/2019');
      assert.equal(await submit(page, pf), 303);
      assert.match(new URL(page.url()).pathname, /^\/plans\/\d+$/);
      assert.equal(await page.locator('h1').innerText(), planTitle);
      const planPath = new URL(page.url()).pathname;
      assert.equal(await page.locator('svg.timeline').count(), 0, 'a plan without tasks has no timeline');

      // Without a leader: refused, the message beside the field, the title kept.
      const taskTitle = `Rà soát thủ tục hành chính ${TAG}`;
      const tf = page.locator('form#form-task');
      await tf.locator('#f-task-title').fill(taskTitle);
      await chooseLabel(page, '#f-task-assignee_id', 'Phó Chủ tịch UBND phường');
      await page.locator('#f-task-leader_id').selectOption('');
      await tf.locator('#f-task-due_date').fill('28/6/2019');
      assert.equal(await submit(page, tf), 422);
      const err = page.locator('#f-task-leader_id-error');
      assert.equal(await err.count(), 1, 'no error beside the leader field');
      assert.match(await err.innerText(), /lãnh đạo phụ trách/i);
      assert.equal(await page.locator('#f-task-leader_id').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#f-task-title').inputValue(), taskTitle);
      assert.equal(await page.locator('.error-summary a[href="#f-task-leader_id"]').count(), 1);
      assert.deepEqual(await axeSerious(page), [], 'the refused form has serious axe violations');

      // With a leader: added, on the timeline and in the table.
      await chooseLabel(page, '#f-task-leader_id', 'Chủ tịch UBND phường');
      assert.equal(await submit(page, page.locator('form#form-task')), 303);
      assert.equal(new URL(page.url()).pathname, planPath);
      assert.equal(await page.locator('svg.timeline rect.bar').count(), 1);
      const row = page.locator('table.tasks tbody tr').filter({ hasText: taskTitle });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), /28\/06\/2019/);
      assert.deepEqual(await axeSerious(page), [], 'the plan page has serious axe violations');

      // Progress on the task's page.
      await Promise.all([page.waitForURL(/\/tasks\/\d+$/), row.locator('a').first().click()]);
      assert.equal(await page.locator('h1').innerText(), taskTitle);
      const rf = page.locator('form#form-report');
      await rf.locator('#f-report-progress').fill('140');
      assert.equal(await submit(page, rf), 422);
      assert.equal(await page.locator('#f-report-progress-error').count(), 1);
      await page.locator('#f-report-progress').fill('40');
      await page.locator('#f-report-note').fill('Đã rà soát 12 thủ tục');
      assert.equal(await submit(page, page.locator('form#form-report')), 303);
      assert.match(await page.locator('.notice').innerText(), /Đã ghi nhận tiến độ/);
      const hist = page.locator('table.updates tbody tr');
      assert.equal(await hist.count(), 1);
      assert.match(await hist.first().innerText(), /40\u00a0%[\s\S]*Đã rà soát 12 thủ tục[\s\S]*hiepphu/);
      assert.match(await page.locator('main').innerText(), /40\u00a0%/);
      assert.deepEqual(await axeSerious(page), [], 'the task page has serious axe violations');

      // A change of deadline: a reason is required and the date must exist; what was typed stays.
      const df = page.locator('form#form-deadline');
      assert.equal(await df.locator('#f-deadline-due_date').inputValue(), '28/06/2019');
      await df.locator('#f-deadline-due_date').fill('31/02/2019');
      assert.equal(await submit(page, df), 422);
      assert.match(await page.title(), /^Lỗi:/);
      assert.equal(await page.locator('#f-deadline-due_date').inputValue(), '31/02/2019');
      assert.match(await page.locator('#f-deadline-due_date-error').innerText(), /30\/09\/2019/);
      assert.equal(await page.locator('#f-deadline-reason-error').count(), 1, 'no error beside the reason');
      assert.deepEqual(await axeSerious(page), [], 'the refused deadline form has serious axe violations');
      await page.locator('#f-deadline-due_date').fill('15/07/2019');
      await page.locator('#f-deadline-reason').fill('Chờ hướng dẫn của Sở Nội vụ');
      assert.equal(await submit(page, page.locator('form#form-deadline')), 303);
      assert.match(await page.locator('.notice').innerText(), /Đã điều chỉnh thời hạn/);
      const facts = await page.locator('dl.facts').innerText();
      assert.match(facts, /Thời hạn\s+15\/07\/2019/);
      assert.match(facts, /28\/06\/2019/, 'the first deadline is no longer shown');
      // The head is no approver: kept, with the reason, as not approved.
      const change = page.locator('table').filter({ has: page.locator('caption', { hasText: /thời hạn/i }) }).locator('tbody tr');
      assert.equal(await change.count(), 1);
      assert.match(await change.innerText(), /28\/06\/2019[\s\S]*15\/07\/2019[\s\S]*Chờ hướng dẫn của Sở Nội vụ[\s\S]*hiepphu/);

      // "My tasks" answers for an account linked to no person.
      await page.goto('/tasks/mine');
      assert.equal(await page.locator('h1').innerText(), 'Nhiệm vụ của tôi');
    } finally {
      await context.close();
    }
  });

  test('a leader reads the 2019 scorecard: the wards ranked, who does not fulfil their duties and why, then a ward\'s review', T, async () => {
    const { context, page } = await open(browser, { bypassCSP: true });
    try {
      await signIn(page, 'lanhdao');
      await page.goto('/scorecards?year=2019');
      assert.equal(await page.locator('nav a[href="/scorecards"]').count(), 1);
      assert.match(await page.locator('h1').innerText(), /2019/);
      const rows = page.locator('table.scores').first().locator('tbody tr');
      const wards = (await rows.allInnerTexts()).filter((r) => /Phường/.test(r));
      assert.equal(wards.length, 13, 'the 13 wards are ranked');
      const ranks = (await rows.locator('td.num:first-child').allInnerTexts()).map(Number);
      assert.deepEqual(ranks, ranks.map((_, i) => i + 1));
      const failing = page.locator('ul.failing > li');
      assert.ok(await failing.count() > 0, 'nobody is listed as not fulfilling their duties');
      assert.ok(await failing.first().locator('ul li a[href^="/tasks/"]').count() > 0, 'no evidence listed');
      assert.deepEqual(await axeSerious(page), [], 'the scorecard has serious axe violations');
      const link = rows.filter({ hasText: 'Long Phước' }).locator('a');
      await Promise.all([page.waitForURL(/\/reviews\/\d+$/), link.click()]);
      assert.match(await page.locator('h1').innerText(), /Long Phước/);
      assert.ok(await page.locator('table.tasks tbody tr').count() > 0, 'the review lists no task');
    } finally {
      await context.close();
    }
  });

  test('the Standing Committee records a programme, a finding and its follow-up task, and reads who fails their duties', T, async () => {
    const { context, page } = await open(browser, { bypassCSP: true });
    try {
      await signIn(page, 'giamsat');
      await page.goto('/supervisions');
      assert.equal(await page.locator('nav a[href="/supervisions"]').count(), 1, 'no Supervision entry in the navigation');
      const title = `Giám sát cải cách hành chính ${TAG}`;
      const sf = page.locator('form#form-supervision');
      await sf.locator('#f-supervision-title').fill(title);
      await chooseLabel(page, '#f-supervision-unit_id', 'Phường Hiệp Phú');
      await sf.locator('#f-supervision-from_date').fill('31/02/2019');
      await sf.locator('#f-supervision-to_date').fill('30/11/2019');
      assert.equal(await submit(page, sf), 422);
      assert.match(await page.title(), /^Lỗi:/);
      assert.equal(await page.locator('#f-supervision-from_date-error').count(), 1, 'no error beside the first day');
      assert.equal(await page.locator('#f-supervision-from_date').inputValue(), '31/02/2019');
      assert.equal(await page.locator('#f-supervision-title').inputValue(), title);
      await page.locator('#f-supervision-from_date').fill('01/11/2019');
      assert.equal(await submit(page, page.locator('form#form-supervision')), 303);
      assert.match(new URL(page.url()).pathname, /^\/supervisions\/\d+$/);
      assert.equal(await page.locator('h1').innerText(), title);
      assert.match(await page.locator('dl.facts').innerText(), /Phường Hiệp Phú[\s\S]*01\/11\/2019 – 30\/11\/2019/);

      // A finding, then a follow-up task made from it: refused without a leader, then added.
      await page.locator('#f-finding-text').fill(`Hồ sơ trễ hạn chưa được xin lỗi công dân ${TAG}`);
      assert.equal(await submit(page, page.locator('form#form-finding')), 303);
      const tf = page.locator('form#form-task');
      assert.match(await tf.locator('#f-task-finding_id option:checked').innerText(), new RegExp(TAG));
      const taskTitle = `Gửi thư xin lỗi công dân ${TAG}`;
      await tf.locator('#f-task-title').fill(taskTitle);
      await chooseLabel(page, '#f-task-unit_id', 'Phường Hiệp Phú');
      await chooseLabel(page, '#f-task-assignee_id', 'Phó Chủ tịch UBND phường');
      await tf.locator('#f-task-due_date').fill('15/12/2019');
      assert.equal(await submit(page, tf), 422);
      assert.equal(await page.locator('#f-task-leader_id-error').count(), 1, 'no error beside the leader field');
      assert.equal(await page.locator('#f-task-title').inputValue(), taskTitle);
      await chooseLabel(page, '#f-task-leader_id', 'Chủ tịch UBND phường');
      assert.equal(await submit(page, page.locator('form#form-task')), 303);
      const finding = page.locator('ol.findings > li').filter({ hasText: TAG });
      assert.match(await finding.locator('table.tasks tbody').innerText(), new RegExp(`${taskTitle}[\\s\\S]*15/12/2019`));

      // Conclusions, and the evidence of who does not fulfil their duties.
      await page.locator('#f-supervision-conclusions').fill('Yêu cầu khắc phục trước 31/12/2019.');
      assert.equal(await submit(page, page.locator('form#form-supervision')), 303);
      assert.match(await page.locator('dl.facts').innerText(), /Yêu cầu khắc phục trước 31\/12\/2019/);
      assert.match(await page.locator('#not-fulfilling').innerText(), /Phường Hiệp Phú, năm 2019/);
      assert.deepEqual(await axeSerious(page), [], 'the supervision page has serious axe violations');
      await page.goto('/supervisions');
      assert.equal(await page.locator('table.supervisions a').filter({ hasText: title }).count(), 1);
    } finally {
      await context.close();
    }
  });

  test('an anonymous visitor is asked to sign in', T, async () => {
    const { context, page } = await open(browser);
    try {
      await page.goto('/plans');
      assert.equal(new URL(page.url()).pathname, '/login');
    } finally {
      await context.close();
    }
  });
});
