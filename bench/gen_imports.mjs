// bench/gen_imports.mjs DIR: writes the hostile import files of issue 7 into DIR.
//   amj.xlsx       250,000 one-cell rows in column AMJ (a deflated sheet, ~26 KB)
//   rows1800k.xlsx 1,800,000 one-cell rows in column A (~180 KB)
//   unknown.csv    55,000 rows whose target and unit codes exist nowhere (~0.97 MB)
//   cells1m.xlsx   100,000 rows of 10 distinct-column text cells: 1,000,000 cells, 61 MB
//                  of XML, the most a sheet may hold (~300 KB deflated)
// Nothing big is committed: the files are made here, each run.
import { writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const dir = process.argv[2];
const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content, 'utf8');
    const data = deflateRawSync(raw, { level: 9 });
    const nb = Buffer.from(name);
    const crc = crc32(raw);
    const l = Buffer.alloc(30);
    l.writeUInt32LE(0x04034b50, 0); l.writeUInt16LE(20, 4); l.writeUInt16LE(8, 8);
    l.writeUInt32LE(crc, 14); l.writeUInt32LE(data.length, 18); l.writeUInt32LE(raw.length, 22);
    l.writeUInt16LE(nb.length, 26);
    parts.push(l, nb, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10); c.writeUInt32LE(crc, 16); c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(raw.length, 24); c.writeUInt16LE(nb.length, 28); c.writeUInt32LE(offset, 42);
    central.push(c, nb);
    offset += 30 + nb.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  const n = Object.keys(files).length;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(n, 8); end.writeUInt16LE(n, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
const HEADER = ['target_code', 'unit_code', 'period_no', 'value', 'note'];
const head = `<row r="1">${HEADER.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;
function sheet(rows) {
  return zip({
    'xl/worksheets/sheet1.xml': '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="'
      + `http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${head}${rows}`
      + '</sheetData></worksheet>',
  });
}
// Rows without a number follow the last one: identical rows deflate ~1000:1.
writeFileSync(`${dir}/amj.xlsx`, sheet('<row><c r="AMJ2"><v>1</v></c></row>'.repeat(250000)));
writeFileSync(`${dir}/rows1800k.xlsx`, sheet('<row><c r="A2"><v>1</v></c></row>'.repeat(1800000)));
const ten = [...'ABCDEFGHIJ'].map((c) => `<c r="${c}2" t="inlineStr"><is><t>abcdefghijklmnop</t></is></c>`).join('');
writeFileSync(`${dir}/cells1m.xlsx`, sheet(`<row>${ten}</row>`.repeat(100000)));
const lines = ['target_code,unit_code,period_no,value'];
for (let i = 0; i < 55000; i++) lines.push(`Z${i},U.${i},1,1`);
writeFileSync(`${dir}/unknown.csv`, `${lines.join('\n')}\n`);
