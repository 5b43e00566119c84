// Onboarding (issue 11): `dieuhanh import people FILE` and `import tasks FILE`
// with the columns of people-13-wards.csv and tasks-10k.csv, CSV and xlsx,
// all or nothing with every bad row named, and the same over the API for
// administrators only.
//
// The data sets' references are prefixed with this run's tag, so the file
// can run again on the same database: its people are new people, its tasks
// new tasks (500 of the 10,000, to stay quick).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { BASE, BIN, DB, childEnv, client, removeDir, signIn, tempDir, uniq } from './lib.mjs';
import { spawnSync } from 'node:child_process';

const DATA = join(import.meta.dirname, 'data');
const TAG = uniq('im');
let dir;
let admin;

/** The data set NAME with each reference (and the people it names) prefixed by TAG. */
function tagged(name, rows = Infinity) {
  const lines = readFileSync(join(DATA, name), 'utf8').trim().split('\n');
  const head = lines[0].split(',');
  const refCols = head.map((h, i) => (['ref', 'assignee', 'leader'].includes(h) ? i : -1)).filter((i) => i >= 0);
  const out = [lines[0]];
  for (const l of lines.slice(1, rows === Infinity ? undefined : rows + 1)) {
    const cells = l.split(',');
    for (const i of refCols) cells[i] = `${TAG}.${cells[i]}`;
    out.push(cells.join(','));
  }
  return `${out.join('\n')}\n`;
}

function cli(kind, file) {
  return spawnSync(BIN, ['import', kind, file, '--db', DB],
    { env: childEnv(), encoding: 'utf8', timeout: 120000 });
}

before(async () => {
  dir = tempDir();
  admin = client(await signIn(BASE, 'quantri', 'demo-2019-quantri'));
});
after(() => removeDir(dir));

describe('dieuhanh import', () => {
  test('people then tasks from CSV: created, then the same people updated; the tasks are listed', { timeout: 180000 }, async () => {
    const people = join(dir, 'people.csv');
    writeFileSync(people, tagged('people-13-wards.csv'));
    let r = cli('people', people);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /91 created, 0 updated/);
    r = cli('people', people);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /0 created, 91 updated/);

    const tasks = join(dir, 'tasks.csv');
    writeFileSync(tasks, tagged('tasks-10k.csv', 500));
    r = cli('tasks', tasks);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /500 created/);
    // The same file again: every row's reference is taken; nothing more is written.
    r = cli('tasks', tasks);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /500 problems; nothing was imported/);
    assert.match(r.stderr, /row 2, column ref: A task with this reference exists already/);

    // RM-4 (row 5) of the data set: Hiệp Phú, done on 2026-02-26, due 2026-03-01.
    const hp = (await admin.get('/api/v1/units?q=hiep%20phu&kind=ward')).json.items[0];
    const list = await admin.get(`/api/v1/tasks?unit_id=${hp.id}&status=on_time&due_after=2026-03-01&due_before=2026-03-01&limit=1000`);
    assert.equal(list.status, 200);
    const rm4 = list.json.tasks.find((t) => t.ref === `${TAG}.RM-4`);
    assert.ok(rm4, `RM-4 not listed: ${list.text.slice(0, 300)}`);
    assert.equal(rm4.completed_on, '2026-02-26');
    assert.equal(rm4.progress, 100);
    assert.match(rm4.leader_name, /Chủ tịch phường 01/);
    const audit = await admin.get(`/api/v1/audit?entity=task&entity_id=${rm4.id}`);
    assert.equal(audit.status, 200);
    assert.ok(JSON.stringify(audit.json).includes('"import"'), 'no audit entry of the import');
  });

  test('a file with bad rows is refused whole, every bad row and column named', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'ref,unit_code,title,assignee,leader,status,start_date,due_date,completed_on,progress\n'
      + `${TAG}-B1,Q9.NOWHERE,Việc,${TAG}.w01.officer1,,new,,2026-13-01,,0\n`
      + `${TAG}-B2,Q9.HIEPPHU,Việc tốt,${TAG}.w01.officer1,${TAG}.w01.chairman,new,,2026-05-04,,0\n`
      + `${TAG}-B2,Q9.HIEPPHU,,nobody,${TAG}.w01.chairman,done,,2026-05-04,,150\n`);
    const r = cli('tasks', bad);
    assert.equal(r.status, 1);
    for (const line of [
      'row 2, column unit_code: No unit has the code "Q9.NOWHERE"',
      'row 2, column leader: The leader responsible is missing',
      'row 2, column due_date: The deadline is not a date',
      'row 4, column ref: Row 3 has the same reference',
      'row 4, column title: The title is missing',
      'row 4, column assignee: No person has the reference "nobody"',
      'row 4, column progress: Progress is a whole number from 0 to 100',
      'row 4, column completed_on: A task done needs its completion date',
    ]) assert.ok(r.stderr.includes(line), `missing "${line}" in:\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, /row 3,/, 'the good row is named');
    const missing = cli('tasks', join(dir, 'absent.csv'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /absent\.csv/);
  });
});

// ---- over the API ----------------------------------------------------------

const CRC = (() => {
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
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A minimal zip (deflated entries), enough for a real xlsx workbook. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content, 'utf8');
    const data = deflateRawSync(raw);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
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
    central.writeUInt16LE(8, 10);
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
function xlsx(rows) {
  const col = (i) => String.fromCharCode(65 + i);
  const sheet = rows.map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => (v === ''
    ? '' : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`)).join('')}</row>`).join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheet}</sheetData></worksheet>`,
  });
}
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(cookie, path, body, type) {
  const r = await fetch(BASE + path, {
    method: 'POST', body, headers: { cookie, 'content-type': type }, signal: AbortSignal.timeout(120000),
  });
  const text = await r.text();
  return { status: r.status, text, json: text ? JSON.parse(text) : undefined };
}

describe('import over the API', () => {
  test('an administrator imports people and tasks from xlsx; a refused file names its rows; others get 403', { timeout: 120000 }, async () => {
    const cookie = await signIn(BASE, 'quantri', 'demo-2019-quantri');
    const tag = `${TAG}x`;
    let r = await upload(cookie, '/api/v1/import/people', xlsx([
      ['ref', 'unit_code', 'full_name', 'title'],
      [`${tag}.a`, 'Q9.LONGBINH', 'Nguyễn Thị Nhập', 'Chuyên viên'],
      [`${tag}.b`, 'Q9.LONGBINH', 'Trần Văn Dẫn', 'Chủ tịch UBND phường'],
    ]), XLSX_TYPE);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { created: 2, updated: 0 });
    r = await upload(cookie, '/api/v1/import/tasks', xlsx([
      ['ref', 'unit_code', 'title', 'assignee', 'leader', 'due_date', 'status', 'progress'],
      [`${tag}-1`, 'Q9.LONGBINH', 'Việc nhập từ xlsx', `${tag}.a`, `${tag}.b`, '2099-05-04', 'in_progress', '40'],
    ]), XLSX_TYPE);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.created, 1);
    r = await upload(cookie, '/api/v1/import/tasks',
      `ref,unit_code,title,assignee,leader,due_date\n${tag}-2,Q9.LONGBINH,Không lãnh đạo,${tag}.a,,2099-05-04\n`, 'text/csv');
    assert.equal(r.status, 422);
    assert.deepEqual(r.json.errors, [{ row: 2, field: 'leader', detail: 'The leader responsible is missing.' }]);
    r = await upload(cookie, '/api/v1/import/tasks', 'ref\n', 'application/json');
    assert.equal(r.status, 415);
    const head = await signIn(BASE, 'hiepphu', 'demo-2019-hiepphu');
    r = await upload(head, '/api/v1/import/tasks', 'ref\n', 'text/csv');
    assert.equal(r.status, 403);
  });
});
