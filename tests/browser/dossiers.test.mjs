// The one-stop shop in a real browser: a Long Bình clerk receives a dossier
// through the intake form and prints form 01 (A5, with its code and the QR
// code of the lookup address) to PDF; asks for a missing document (form 02),
// takes it in, apologises with a new date (form 04), finishes and returns the
// result; prints the register (form 06, A4); the citizen looks the dossier up
// without signing in, sees progress but nothing personal, and rates it.
// axe-core runs on each of these pages.
//
// Writes one dossier of its own, received today at Long Bình's desk under the
// demo's "Đăng ký kết hôn" (HT.02, five working days).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';

import { T, api, launch, open, signIn } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const APPLICANT = { name: 'Lê Thị Thu Trang', id: '079196001122', phone: '0912345678',
  address: '88 Lê Văn Việt, phường Long Bình' };

let browser;
let clerk;      // { context, page } signed in as longbinh, CSP bypassed for axe
let code;
before(async () => {
  browser = await launch();
  clerk = await open(browser, { bypassCSP: true });
  await signIn(clerk.page, 'longbinh');
});
after(async () => {
  await clerk?.context.close();
  await browser?.close();
});

async function axeClean(page, where) {
  await page.addScriptTag({ path: AXE });
  const vs = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${where} has serious/critical axe violations`);
}

/** The PDF's page boxes [width, height] in points, one per page. */
function pageBoxes(pdf) {
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)]
    .map((m) => [Number(m[1]), Number(m[2])]);
  return boxes;
}

const A5 = [419.5, 595.3];
const A4 = [595.3, 841.9];
function assertPaper(boxes, paper, what) {
  assert.ok(boxes.length >= 1, `${what}: no page in the PDF`);
  for (const [w, h] of boxes) {
    assert.ok(Math.abs(w - paper[0]) < 2 && Math.abs(h - paper[1]) < 2,
      `${what}: a page of ${w}×${h} pt, expected ${paper.join('×')}`);
  }
}

async function printForm(n) {
  const page = await clerk.context.newPage();
  try {
    const resp = await page.goto(`/dossiers/${code}/forms/${n}`);
    assert.equal(resp.status(), 200);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const body = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    return { page, pdf, body, close: () => page.close() };
  } catch (e) {
    await page.close();
    throw e;
  }
}

async function act(formId, fill = async () => {}) {
  const { page } = clerk;
  await fill(page);
  await Promise.all([
    page.waitForURL(new RegExp(`/dossiers/${code.replace(/\./g, '\\.')}$`)),
    page.locator(`#form-${formId} button[type=submit]`).click(),
  ]);
}

async function state(page) {
  return (await page.locator('main .status').first().innerText()).replace(/\s+/g, ' ');
}

describe('a dossier from the desk to the citizen', () => {
  test('the clerk receives it through the intake form', T, async () => {
    const { page } = clerk;
    await page.goto('/dossiers/new');
    await page.locator('#procedure').selectOption('HT.02');
    await Promise.all([page.waitForURL(/procedure=HT\.02/),
      page.locator('form[action="/dossiers/new"] button[type=submit]').click()]);
    await axeClean(page, 'the intake form');
    // Submitting with nothing filled in: the form again, errors beside the fields.
    await page.locator('#form-intake button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    assert.equal(await page.locator('#f-intake-full_name').getAttribute('aria-invalid'), 'true');
    await page.locator('#f-intake-full_name').fill(APPLICANT.name);
    await page.locator('#f-intake-id_number').fill(APPLICANT.id);
    await page.locator('#f-intake-phone').fill(APPLICANT.phone);
    await page.locator('#f-intake-address').fill(APPLICANT.address);
    await page.locator('#doc0').check();
    await page.locator('#doc1').check();
    await Promise.all([page.waitForURL(/\/dossiers\/Q9\.LONGBINH\.MOTCUA-\d{6}-\d{4}\?received=1$/),
      page.locator('#form-intake button[type=submit]').click()]);
    code = new URL(page.url()).pathname.split('/').pop();
    assert.match(await state(page), /Đã tiếp nhận/);
    assert.match(await state(page), /2\)/, 'portal code 2');
    assert.match(await page.locator('main').innerText(), new RegExp(APPLICANT.id));
    await axeClean(page, 'the dossier page');
  });

  test('form 01 prints on one A5 page with the code, the date and the QR code', T, async () => {
    const f = await printForm('01');
    try {
      assert.match(f.body, /GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ/i);
      assert.ok(f.body.includes(code), 'the code is printed');
      assert.ok(f.body.includes(APPLICANT.name));
      assert.match(f.body, /Thời gian trả kết quả: \d\d\/\d\d\/\d{4}/);
      const qr = f.page.locator('.code-line svg.qr');
      assert.equal(await qr.count(), 1, 'a QR code beside the code');
      assert.match(await qr.getAttribute('aria-label'), new RegExp(code.replace(/\./g, '\\.')));
      assert.ok((await qr.locator('path').getAttribute('d')).length > 500, 'the QR code has modules');
      const box = await qr.boundingBox();
      assert.ok(box.width > 60 && Math.abs(box.width - box.height) < 1, `QR ${box.width}×${box.height}`);
      assert.ok(f.pdf.subarray(0, 5).toString() === '%PDF-', 'a PDF');
      const boxes = pageBoxes(f.pdf);
      assert.equal(boxes.length, 1, 'one page');
      assertPaper(boxes, A5, 'form 01');
      await axeClean(f.page, 'form 01');
    } finally {
      await f.close();
    }
  });

  test('a supplement request lists what is missing, on form 02', T, async () => {
    await act('act-forward');
    assert.match(await state(clerk.page), /Đang giải quyết/);
    await act('act-request_supplement', async (page) => {
      await page.locator('#f-act-request_supplement-missing').fill('Bản sao sổ hộ khẩu\nẢnh 4x6');
    });
    assert.match(await state(clerk.page), /Chờ bổ sung hồ sơ/);
    const f = await printForm('02');
    try {
      assert.match(f.body, /Bản sao sổ hộ khẩu/);
      assert.match(f.body, /Ảnh 4x6/);
      assertPaper(pageBoxes(f.pdf), A5, 'form 02');
    } finally {
      await f.close();
    }
    await act('act-supplement');
    assert.match(await state(clerk.page), /Đang giải quyết/);
  });

  test('an apology sets a new date once, printed on form 04', T, async () => {
    const { call } = await api('longbinh');
    const before = (await call('GET', `/api/v1/dossiers/${code}`)).json;
    const due = new Date(`${before.due_date}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 7);
    const newDue = due.toISOString().slice(0, 10);
    const [y, m, d] = newDue.split('-');
    // Typed as the pages show dates; a mistyped one comes back beside the field, as typed.
    const { page } = clerk;
    await page.locator('#f-act-apologize-new_due').fill(`31/02/${y}`);
    await page.locator('#f-act-apologize-note').fill('Cần xác minh thêm');
    await page.locator('#form-act-apologize button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    assert.match(await page.title(), /^Lỗi/);
    assert.match(await page.locator('#f-act-apologize-new_due-error').innerText(), /ngày\/tháng\/năm/i);
    assert.equal(await page.locator('#f-act-apologize-new_due').inputValue(), `31/02/${y}`);
    assert.equal(await page.locator('#f-act-apologize-note').inputValue(), 'Cần xác minh thêm');
    await act('act-apologize', async (p) => {
      await p.locator('#f-act-apologize-new_due').fill(`${d}/${m}/${y}`);
    });
    const afterIt = (await call('GET', `/api/v1/dossiers/${code}`)).json;
    assert.equal(afterIt.due_date, newDue);
    assert.equal(afterIt.first_due_date, before.due_date);
    // Once only: the form is still offered, the second is refused beside the field.
    await clerk.page.locator('#f-act-apologize-new_due').fill(`${d}/${m}/${y}`);
    await clerk.page.locator('#form-act-apologize button[type=submit]').click();
    await clerk.page.waitForSelector('.error-summary');
    assert.match(await clerk.page.locator('.error-summary').innerText(), /một lần/);
    const f = await printForm('04');
    try {
      assert.ok(f.body.includes(`${d}/${m}/${y}`), 'the new date is printed');
      assert.match(f.body, /Cần xác minh thêm/);
      assertPaper(pageBoxes(f.pdf), A5, 'form 04');
    } finally {
      await f.close();
    }
  });

  test('finish and return; the register prints on A4', T, async () => {
    await clerk.page.goto(`/dossiers/${code}`);
    for (let i = 0; i < 3; i++) await act('act-step');
    await act('act-finish');
    assert.match(await state(clerk.page), /Đã có kết quả/);
    await act('act-return');
    assert.match(await state(clerk.page), /Đã trả kết quả/);
    assert.match(await state(clerk.page), /10\)/);
    const f = await printForm('06');
    try {
      assert.ok(f.body.includes(code));
      assertPaper(pageBoxes(f.pdf), A4, 'form 06');
    } finally {
      await f.close();
    }
  });

  test('the citizen looks it up without signing in, sees nothing personal, and rates it', T, async () => {
    const s = await open(browser, { bypassCSP: true });
    try {
      const { page } = s;
      await page.goto('/lookup');
      await page.locator('#code').fill(code);
      await Promise.all([page.waitForURL(/\/lookup\?code=/), page.locator('form[action="/lookup"] button').click()]);
      const main = await page.locator('main').innerText();
      assert.match(main, /Đã trả kết quả/);
      assert.match(main, /Tiến độ/);
      for (const secret of [APPLICANT.name, APPLICANT.id, APPLICANT.phone, 'longbinh', 'Cần xác minh']) {
        assert.ok(!main.includes(secret), `the lookup shows "${secret}"`);
      }
      await axeClean(page, 'the lookup with the rating form');
      await page.locator('#f-rating-staff_attitude').selectOption('4');
      await Promise.all([page.waitForURL(/\/lookup\?code=/),
        page.locator('#form-rating button[type=submit]').click()]);
      assert.match(await page.locator('main').innerText(), /đã được đánh giá/);
      const bad = await page.goto('/lookup?code=Q9.LONGBINH.MOTCUA-190101-9999');
      assert.equal(bad.status(), 404);
    } finally {
      await s.context.close();
    }
  });

  test('the pages fit a 390 px phone without sideways scrolling', T, async () => {
    const s = await open(browser, { viewport: { width: 390, height: 844 } });
    try {
      await signIn(s.page, 'longbinh');
      for (const path of [`/dossiers/${code}`, '/dossiers/new?procedure=HT.02', `/lookup?code=${code}`]) {
        await s.page.goto(path);
        const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px`);
      }
    } finally {
      await s.context.close();
    }
  });
});

describe('the other one-stop pages', () => {
  for (const path of ['/procedures', '/procedures/HT.01', '/dossiers', '/dossiers/report?year=2019',
    '/dossiers/report?year=2019&by=month', '/dossiers/review?year=2019', '/dossiers/nonconformities']) {
    test(`${path} has no serious or critical axe violation`, T, async () => {
      const resp = await clerk.page.goto(path);
      assert.equal(resp.status(), 200, path);
      await axeClean(clerk.page, path);
    });
  }
  test("a ward's transparency page is public and shows its year", T, async () => {
    const s = await open(browser, { bypassCSP: true });
    try {
      await s.page.goto('/dossiers/report?year=2019');
      await Promise.all([s.page.waitForURL(/\/dossiers\/units\/\d+\?year=2019/),
        s.page.locator('main table a', { hasText: 'Long Bình' }).first().click()]);
      assert.match(await s.page.locator('h1').innerText(), /Long Bình/);
      assert.match(await s.page.locator('main').innerText(), /2019/);
      await axeClean(s.page, 'the transparency page');
    } finally {
      await s.context.close();
    }
  });
});

