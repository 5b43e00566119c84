// The target board as a spreadsheet (GET /api/v1/targets/export.csv,
// export.xlsx) and figures imported from one (POST /api/v1/targets/import).
//
// The import tests work on targets of their own, created here under unique
// codes in a year of their own, so they neither depend on the demo's
// targets nor change the 2019 board other tests look at.  The export is
// checked on the demo's 2019 board and on that year.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';

import {
  BASE, assertProblem, demoDistrict, get, list, post, request, trySignIn, uniq,
} from './lib.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ---- helpers ----------------------------------------------------------------

/** RFC 4180 CSV to an array of rows (arrays of strings). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Rows of objects keyed by the header. */
function csvObjects(text) {
  const [head, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/** CSV text from rows of cells (quoted when needed), CRLF. */
function toCsv(rows) {
  const q = (v) => {
    const s = String(v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}

// A minimal xlsx writer (stored zip entries, inline strings): enough to
// send a real workbook without a spreadsheet library in the tests.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function zip(files, { deflate = false } = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content, 'utf8');
    const data = deflate ? deflateRawSync(raw, { level: 9 }) : raw;
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8); // deflated or stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function xlsx(rows, opts) {
  const col = (i) => String.fromCharCode(65 + i);
  const sheetRows = typeof rows === 'string' ? rows : rows.map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => {
    const ref = `${col(ci)}${ri + 1}`;
    if (v === null || v === undefined || v === '') return '';
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  }).join('')}</row>`).join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  }, opts);
}

const HEADER = ['target_code', 'unit_code', 'period_no', 'value', 'note'];

/** POSTs an import as the default session (or with COOKIE). */
async function importCsv(year, rows, { cookie, contentType = 'text/csv' } = {}) {
  const body = typeof rows === 'string' || Buffer.isBuffer(rows) ? rows : toCsv(rows);
  if (cookie === undefined) {
    return request('POST', `/api/v1/targets/import?year=${year}`, { body, contentType });
  }
  return request('POST', `/api/v1/targets/import?year=${year}`, {
    body, contentType, anonymous: true, headers: cookie ? { cookie } : {},
  });
}

/** The current figures of target ID: { period_no: value }. */
async function figures(id) {
  const r = await get(`/api/v1/targets/${id}`);
  assert.equal(r.status, 200, `GET /api/v1/targets/${id}: ${r.status} ${r.text.slice(0, 300)}`);
  return Object.fromEntries(r.json.measurements.map((m) => [m.period_no, m.value]));
}

function assertRowError(res, row, field) {
  const body = assertProblem(res, 422);
  assert.ok(Array.isArray(body.errors), `no errors array: ${res.text.slice(0, 300)}`);
  const hit = body.errors.find((e) => e.row === row && e.field === field);
  assert.ok(hit, `no error for row ${row}, field ${field}: ${JSON.stringify(body.errors)}`);
  assert.equal(typeof hit.detail, 'string');
  return body;
}

// ---- fixtures ----------------------------------------------------------------

const tag = uniq('IO').toUpperCase();
const year = 2050 + randomInt(0, 45);
const T = {}; // code -> target
let district;
let wardLB;
let wardHP;

async function createTarget(fields) {
  const r = await post('/api/v1/targets', { year, ...fields });
  assert.equal(r.status, 201, `creating target ${fields.code}: ${r.status} ${r.text.slice(0, 300)}`);
  T[fields.code] = r.json;
  return r.json;
}

before(async () => {
  district = await demoDistrict();
  const wards = await list(`/api/v1/units?kind=ward&parent=${district.id}`);
  wardLB = wards.find((u) => u.code === 'Q9.LONGBINH') ?? wards[0];
  wardHP = wards.find((u) => u.code === 'Q9.HIEPPHU') ?? wards.find((u) => u !== wardLB);
  assert.ok(wardLB && wardHP && wardLB.id !== wardHP.id, 'the demo district needs two wards');
  const p = await createTarget({
    code: `${tag}.P`, name: `Giải ngân, thử ${tag}`, kind: 'amount', unit_of_measure: 'tỷ đồng',
    target_low: 100, owner_unit_id: district.id, period: 'month', rollup: 'sum',
  });
  await createTarget({
    code: `${tag}.P.LB`, name: `Giải ngân - ${wardLB.name}`, kind: 'amount',
    unit_of_measure: 'tỷ đồng', target_low: 40, owner_unit_id: wardLB.id, period: 'month',
    parent_id: p.id,
  });
  await createTarget({
    code: `${tag}.P.HP`, name: `Giải ngân - ${wardHP.name}`, kind: 'amount',
    unit_of_measure: 'tỷ đồng', target_low: 60, owner_unit_id: wardHP.id, period: 'month',
    parent_id: p.id,
  });
  await createTarget({
    code: `${tag}.Q`, name: `Tỷ lệ "thử" ${tag}`, kind: 'ratio', unit_of_measure: '%',
    target_low: 70, owner_unit_id: district.id, period: 'quarter',
  });
});

// ---- export ------------------------------------------------------------------

describe('export', () => {
  test('CSV of the 2019 board: a row per target, breakdown included', async () => {
    const r = await get('/api/v1/targets/export.csv?year=2019', { anonymous: true });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.match(r.headers.get('content-type'), /^text\/csv\b/);
    assert.match(r.headers.get('content-disposition') || '',
      /^attachment;\s*filename="chi-tieu-2019\.csv"$/);
    const raw = Buffer.from(await (await fetch(`${BASE}/api/v1/targets/export.csv?year=2019`)).arrayBuffer());
    assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no UTF-8 byte order mark');
    assert.ok(!/[^\r]\n/.test(r.text), 'lines must end with CRLF');
    const text = r.text.replace(/^\uFEFF/, '');
    const rows = csvObjects(text);
    const header = parseCsv(text)[0];
    for (const h of ['code', 'parent_code', 'name', 'unit_of_measure', 'kind', 'target_low',
      'target_high', 'owner_unit', 'value', 'attainment_pct', 'forecast', 'status_label',
      'status', 'period_1']) {
      assert.ok(header.includes(h), `no column ${h} in ${header.join(',')}`);
    }
    const board = await list('/api/v1/targets?year=2019');
    const codes = rows.map((x) => x.code);
    assert.equal(new Set(codes).size, codes.length, 'a target appears twice');
    let expected = 0;
    for (const t of board) {
      expected += 1 + t.breakdown_count;
      const row = rows.find((x) => x.code === t.code);
      assert.ok(row, `target ${t.code} missing from the CSV`);
      assert.equal(row.parent_code, '');
      assert.equal(row.status, t.status);
      assert.equal(row.name, t.name);
      if (t.breakdown_count > 0) {
        const kids = rows.filter((x) => x.parent_code === t.code);
        assert.equal(kids.length, t.breakdown_count, `breakdown rows of ${t.code}`);
        // Right after their parent.
        const at = codes.indexOf(t.code);
        assert.deepEqual(codes.slice(at + 1, at + 1 + kids.length), kids.map((k) => k.code));
      }
    }
    assert.ok(rows.length >= expected, `${rows.length} rows for ${expected} targets`);
  });

  test('CSV of a year of our own: exactly our targets, parents first', async () => {
    const r = await get(`/api/v1/targets/export.csv?year=${year}`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-disposition'), new RegExp(`chi-tieu-${year}\\.csv`));
    const rows = csvObjects(r.text.replace(/^\uFEFF/, ''));
    const mine = rows.filter((x) => x.code.startsWith(`${tag}.`));
    assert.deepEqual(mine.map((x) => x.code),
      [`${tag}.P`, `${tag}.P.HP`, `${tag}.P.LB`, `${tag}.Q`]);
    const q = mine[3];
    assert.equal(q.name, `Tỷ lệ "thử" ${tag}`);
    assert.equal(q.kind, 'ratio');
    assert.equal(q.owner_unit, district.name);
    assert.equal(mine[2].parent_code, `${tag}.P`);
    assert.equal(mine[2].owner_unit, wardLB.name);
    assert.equal(q.status, 'no_data');
    assert.equal(q.status_label, 'Chưa có số liệu');
  });

  test('xlsx of the board', async () => {
    for (const y of [2019, year]) {
      const res = await fetch(`${BASE}/api/v1/targets/export.xlsx?year=${y}`,
        { signal: AbortSignal.timeout(15000) });
      const buf = Buffer.from(await res.arrayBuffer());
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), XLSX);
      assert.match(res.headers.get('content-disposition') || '',
        new RegExp(`^attachment;\\s*filename="chi-tieu-${y}\\.xlsx"$`));
      assert.equal(buf.subarray(0, 2).toString('latin1'), 'PK');
      assert.ok(buf.length > 1000, `xlsx of ${buf.length} bytes`);
    }
  });

  test('bad query parameters are 400 problems', async () => {
    assertProblem(await get('/api/v1/targets/export.csv?year=19'), 400, 'year');
    assertProblem(await get('/api/v1/targets/export.xlsx?as_of=2019-13-01'), 400, 'as_of');
  });
});

// ---- import ------------------------------------------------------------------

describe('import', () => {
  test('a good CSV as the administrator: figures appear, re-import corrects', async () => {
    const P = T[`${tag}.P`];
    const LB = T[`${tag}.P.LB`];
    const HP = T[`${tag}.P.HP`];
    const Q = T[`${tag}.Q`];
    // Columns in another order, and a note with a comma and a quote.
    const csv = toCsv([
      ['value', 'period_no', 'note', 'unit_code', 'target_code'],
      // Quotes, a backslash and braces: PostgreSQL's bulk write sends array literals.
      [10.5, 1, 'Ghi chú, có "dấu" \\ {a,b} NULL', wardLB.code, LB.code],
      [7, 1, '', wardHP.code, HP.code],
      [71.5, 1, '', district.code, Q.code],
    ]);
    const r = await importCsv(year, `\uFEFF${csv}`);
    assert.equal(r.status, 200, r.text.slice(0, 500));
    assert.deepEqual({ imported: r.json.imported, corrected: r.json.corrected },
      { imported: 3, corrected: 0 });
    assert.deepEqual(await figures(LB.id), { 1: 10.5 });
    assert.deepEqual(await figures(HP.id), { 1: 7 });
    assert.deepEqual(await figures(Q.id), { 1: 71.5 });
    const detail = await get(`/api/v1/targets/${LB.id}`);
    assert.equal(detail.json.measurements[0].note, 'Ghi chú, có "dấu" \\ {a,b} NULL');
    // The parent rolls its breakdown up.
    const parent = await get(`/api/v1/targets/${P.id}?as_of=${year}-12-31`);
    assert.equal(parent.status, 200);

    const again = await importCsv(year, [HEADER, [LB.code, wardLB.code, 1, 11, 'sửa']]);
    assert.equal(again.status, 200, again.text.slice(0, 500));
    assert.deepEqual({ imported: again.json.imported, corrected: again.json.corrected },
      { imported: 1, corrected: 1 });
    assert.deepEqual(await figures(LB.id), { 1: 11 });
    const hist = await get(`/api/v1/targets/${LB.id}/measurements`);
    assert.equal(hist.status, 200);
    assert.deepEqual(hist.json.items.map((m) => m.value), [10.5, 11], 'the history keeps both');
  });

  test('an xlsx workbook imports like CSV', async () => {
    const LB = T[`${tag}.P.LB`];
    const body = xlsx([HEADER, [LB.code, wardLB.code, 5, 3.25, 'Tháng 5 từ xlsx']]);
    const r = await importCsv(year, body, { contentType: XLSX });
    assert.equal(r.status, 200, r.text.slice(0, 500));
    assert.equal(r.json.imported, 1);
    assert.equal((await figures(LB.id))[5], 3.25);

    const bad = xlsx([HEADER, [LB.code, wardLB.code, 6, 'nhiều', '']]);
    assertRowError(await importCsv(year, bad, { contentType: XLSX }), 2, 'value');
    assert.equal((await figures(LB.id))[6], undefined);

    assertProblem(await importCsv(year, 'not a workbook', { contentType: XLSX }), 422);
  });

  test('one bad row among good ones: 422 naming it, and nothing written', async () => {
    const P = T[`${tag}.P`];
    const LB = T[`${tag}.P.LB`];
    const HP = T[`${tag}.P.HP`];
    const Q = T[`${tag}.Q`];
    const before = [await figures(LB.id), await figures(HP.id), await figures(Q.id)];
    const r = await importCsv(year, [
      HEADER,
      [LB.code, wardLB.code, 2, 5, 'good'],
      [HP.code, wardHP.code, 2, -3, 'an amount cannot be negative'],
      [Q.code, district.code, 2, 50, 'good'],
    ]);
    const body = assertRowError(r, 3, 'value');
    assert.equal(body.errors.length, 1, JSON.stringify(body.errors));
    assert.deepEqual([await figures(LB.id), await figures(HP.id), await figures(Q.id)], before,
      'a refused import wrote figures');

    // Each kind of problem, all reported at once.
    const many = await importCsv(year, [
      HEADER,
      [LB.code, wardLB.code, 2, 5, ''],
      [`${tag}.NOPE`, district.code, 1, 1, ''],
      [P.code, wardLB.code, 1, 1, ''],
      [Q.code, district.code, 5, 50, ''],
      [Q.code, district.code, 2, 150, ''],
      [LB.code, 'NO.SUCH.UNIT', 2, 5, ''],
      [LB.code, wardLB.code, 'hai', 5, ''],
    ]);
    assertRowError(many, 3, 'target_code');
    assertRowError(many, 4, 'unit_code');
    assertRowError(many, 5, 'period_no');
    assertRowError(many, 6, 'value');
    assertRowError(many, 7, 'unit_code');
    assertRowError(many, 8, 'period_no');
    assert.equal(many.json.errors.some((e) => e.row === 2), false, 'row 2 is fine');
    assert.deepEqual([await figures(LB.id), await figures(HP.id), await figures(Q.id)], before);
  });

  test('two rows for the same target, unit and period: 422 naming both', async () => {
    const LB = T[`${tag}.P.LB`];
    const before = await figures(LB.id);
    const r = await importCsv(year, [
      HEADER,
      [LB.code, wardLB.code, 7, 1, ''],
      [LB.code, wardLB.code, 8, 1, ''],
      [LB.code, wardLB.code, 7, 2, ''],
    ]);
    const body = assertProblem(r, 422);
    const dup = body.errors.find((e) => e.row === 4);
    assert.ok(dup, JSON.stringify(body.errors));
    assert.match(dup.detail, /\b2\b/);
    assert.match(dup.detail, /\b4\b/);
    assert.deepEqual(await figures(LB.id), before);
  });

  test('a missing column is named; the header row is row 1', async () => {
    const r = await importCsv(year, 'target_code,unit_code,value\r\nX,Y,1\r\n');
    const body = assertRowError(r, 1, 'period_no');
    assert.match(body.errors[0].detail, /period_no/);
    assertRowError(await importCsv(year, '"unclosed\r\n'), 1, null);
  });

  test('a ward officer cannot import another ward\'s figures', async (t) => {
    const s = await trySignIn('longbinh', 'demo-2019-longbinh');
    if (s.status !== 200 && s.status !== 201) {
      t.skip(`no demo account longbinh (sign-in: ${s.status})`);
      return;
    }
    assert.ok(s.cookie, 'signing in as longbinh set no cookie');
    const LB = T[`${tag}.P.LB`];
    const HP = T[`${tag}.P.HP`];
    if (wardLB.code !== 'Q9.LONGBINH') {
      t.skip('the demo has no ward Q9.LONGBINH');
      return;
    }
    const before = [await figures(LB.id), await figures(HP.id)];
    const r = await importCsv(year, [
      HEADER,
      [LB.code, wardLB.code, 9, 4, 'own ward'],
      [HP.code, wardHP.code, 9, 4, 'another ward'],
    ], { cookie: s.cookie });
    assert.ok(r.status === 422 || r.status === 403, `${r.status} ${r.text.slice(0, 300)}`);
    if (r.status === 422) assertRowError(r, 3, 'unit_code');
    assert.deepEqual([await figures(LB.id), await figures(HP.id)], before,
      'a refused import wrote figures');

    // Their own ward alone is fine.
    const own = await importCsv(year, [HEADER, [LB.code, wardLB.code, 9, 4, 'own ward']],
      { cookie: s.cookie });
    assert.equal(own.status, 200, own.text.slice(0, 300));
    assert.equal((await figures(LB.id))[9], 4);
  });

  test('signed-in users only; the file is the body; the year is required', async () => {
    const LB = T[`${tag}.P.LB`];
    const csv = toCsv([HEADER, [LB.code, wardLB.code, 10, 1, '']]);
    const anon = await importCsv(year, csv, { cookie: '' });
    assertProblem(anon, 401);
    assertProblem(await importCsv(year, csv, { contentType: 'application/json' }), 415);
    assertProblem(await request('POST', '/api/v1/targets/import', {
      body: csv, contentType: 'text/csv',
    }), 400, 'year');
    assert.equal((await figures(LB.id))[10], undefined);
  });
});

// ---- issue 7: hostile files and imports under load ---------------------------

/**
 * Sheet XML rows: ROWS rows (after the header) of one number in column COL.
 * Identical rows (no row number: each follows the last) deflate ~1000:1.
 */
function oneCellRows(rows, col) {
  return `<row><c r="${col}2"><v>1</v></c></row>`.repeat(rows);
}
const headerRow = `<row r="1">${HEADER.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

/** A CSV (under 1 MiB) of N rows whose target and unit codes exist nowhere. */
function unknownCodesCsv(n) {
  const lines = ['target_code,unit_code,period_no,value'];
  for (let i = 0; i < n; i++) lines.push(`Z${i},U${i},1,1`);
  const text = `${lines.join('\n')}\n`;
  assert.ok(text.length < 1 << 20, `the CSV is ${text.length} bytes`);
  return text;
}

async function timed(fn) {
  const t0 = performance.now();
  const r = await fn();
  return { r, ms: performance.now() - t0 };
}

describe('import limits (issue 7)', () => {
  test('an xlsx of 250,000 one-cell rows in column AMJ: 422 naming the row limit, quickly', async () => {
    // Each row used to take 1,024 column slots: 5 GB and 10-14 s for 26 KB.
    const body = xlsx(headerRow + oneCellRows(250000, 'AMJ'), { deflate: true });
    assert.ok(body.length < 100000, `the workbook is ${body.length} bytes`);
    const { r, ms } = await timed(() => importCsv(year, body, { contentType: XLSX }));
    const p = assertProblem(r, 422);
    assert.equal(p.limit, 'rows', r.text.slice(0, 300));
    assert.equal(p.max, 100000);
    assert.match(p.detail, /100,000/);
    assert.equal(p.errors[0].row, 100002);
    assert.ok(ms < 3000, `answered in ${ms} ms`);
    await assertHealthyAfter();
  });

  test('an xlsx of 1.8 million small rows: 422 naming the row limit', async () => {
    const body = xlsx(headerRow + oneCellRows(1800000, 'A'), { deflate: true });
    assert.ok(body.length < 1 << 20, `the workbook is ${body.length} bytes`);
    const { r, ms } = await timed(() => importCsv(year, body, { contentType: XLSX }));
    const p = assertProblem(r, 422);
    assert.equal(p.limit, 'rows', r.text.slice(0, 300));
    assert.ok(ms < 3000, `answered in ${ms} ms`);
  });

  test('an xlsx whose sheet inflates past 64 MiB: 422 naming the limit', async () => {
    // Blanks between rows deflate to almost nothing.
    const body = xlsx(`${headerRow}${' '.repeat(70 << 20)}`, { deflate: true });
    assert.ok(body.length < 1 << 20, `the workbook is ${body.length} bytes`);
    const p = assertProblem(await importCsv(year, body, { contentType: XLSX }), 422);
    assert.equal(p.limit, 'uncompressed_bytes');
    assert.equal(p.max, 64 << 20);
  });

  test('a CSV over 100,000 rows: 422 naming the limit; nothing written', async () => {
    const LB = T[`${tag}.P.LB`];
    const before = await figures(LB.id);
    const lines = [HEADER.join(','), `${LB.code},${wardLB.code},11,1,`];
    for (let i = 0; i < 100000; i++) lines.push('x');
    const p = assertProblem(await importCsv(year, `${lines.join('\n')}\n`), 422);
    assert.equal(p.limit, 'rows');
    assert.equal(p.max, 100000);
    assert.equal(p.errors[0].row, 100002);
    assert.deepEqual(await figures(LB.id), before);
  });

  test('a CSV of 55,000 unknown codes is checked in well under 9 s', async () => {
    // Each row used to cost a query and a scan of every unit seen: 9.1 s.
    const { r, ms } = await timed(() => importCsv(year, unknownCodesCsv(55000)));
    const p = assertProblem(r, 422);
    assert.ok(p.errors_total >= 110000, `errors_total ${p.errors_total}`);
    assert.ok(p.errors.some((e) => e.field === 'unit_code' && /U17/.test(e.detail)));
    assert.ok(ms < 3000, `answered in ${ms} ms`);
  });

  test('/healthz and another write answer within 1 s while a large import runs', async () => {
    // The import used to run on an HTTP thread inside the write
    // transaction: for 9 s every other write (and /healthz) waited.
    const Q = T[`${tag}.Q`];
    const started = performance.now();
    let done = false;
    const imp = importCsv(year, unknownCodesCsv(55000)).finally(() => { done = true; });
    await new Promise((res) => { setTimeout(res, 50); });
    const seen = [];
    let i = 0;
    do {
      const h = await timed(() => get('/healthz', { anonymous: true }));
      seen.push({ what: 'healthz', status: h.r.status, ms: h.ms, during: !done });
      const w = await timed(() => post(`/api/v1/targets/${Q.id}/measurements`,
        { unit_id: district.id, period_no: 4, value: 60 + (i++ % 10) }));
      seen.push({ what: 'write', status: w.r.status, ms: w.ms, during: !done, text: w.r.text.slice(0, 200) });
    } while (!done && performance.now() - started < 30000);
    assertProblem(await imp, 422);
    for (const s of seen) {
      assert.ok(s.status === 200 || s.status === 201, JSON.stringify(s));
      assert.ok(s.ms < 1000, `${s.what} took ${Math.round(s.ms)} ms: ${JSON.stringify(seen)}`);
    }
  });

  test('two imports at once: one runs, one may get 503 with Retry-After', async () => {
    const LB = T[`${tag}.P.LB`];
    // Whichever starts second while the other runs is refused; the other is answered.
    const big = importCsv(year, unknownCodesCsv(55000));
    const small = await importCsv(year, [HEADER, [LB.code, wardLB.code, 12, 2, 'cùng lúc']]);
    const done = await big;
    const pair = `${small.status}/${done.status}`;
    assert.ok(['200/422', '503/422', '200/503'].includes(pair), `${pair}: ${small.text.slice(0, 200)} ${done.text.slice(0, 200)}`);
    for (const r of [small, done]) {
      if (r.status === 503) {
        assert.ok(r.headers.get('retry-after'));
        assertProblem(r, 503);
      }
    }
  });
});

async function assertHealthyAfter() {
  const r = await get('/healthz', { anonymous: true });
  assert.equal(r.status, 200);
}
