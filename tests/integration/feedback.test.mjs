// Citizen feedback and Open311 GeoReport v2, against the running server:
// the public form without JavaScript (photos stripped of their metadata,
// honeypot, moderation), the citizen's code (follow, add, re-open), staff
// handling with contact details kept to handlers, and Open311 — every JSON
// answer validated against the published schemas (tests/integration/open311),
// every XML answer parsed and compared with its JSON twin.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';

import {
  BASE, DB, assertHealthy, list, runCli, trySignIn, uniq,
} from './lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---- Open311 schemas -----------------------------------------------------------

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const f of ['service.json', 'services.json', 'request.json', 'requests.json', 'service-definition.json']) {
  ajv.addSchema(JSON.parse(readFileSync(join(HERE, 'open311', f), 'utf8')), f);
}
function assertSchema(name, body, what) {
  const validate = ajv.getSchema(name);
  assert.ok(validate(body), `${what} does not match ${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 400)}`);
}
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format'].includes(name) });

// ---- HTTP as a browser without JavaScript -----------------------------------------

/** A visitor: keeps its cookies (the anonymous csrf one, or a session). */
function visitor(cookie = '') {
  const jar = new Map(cookie ? cookie.split('; ').map((c) => c.split('=')) : []);
  const v = {
    cookie: () => [...jar].map(([k, x]) => `${k}=${x}`).join('; '),
    async fetch(method, path, body) {
      const headers = { cookie: v.cookie() };
      if (body instanceof URLSearchParams) headers['content-type'] = 'application/x-www-form-urlencoded';
      const r = await fetch(BASE + path, { method, body, headers, redirect: 'manual', signal: AbortSignal.timeout(30000) });
      for (const c of r.headers.getSetCookie()) {
        const [kv] = c.split(';');
        const i = kv.indexOf('=');
        jar.set(kv.slice(0, i), kv.slice(i + 1));
      }
      const buf = Buffer.from(await r.arrayBuffer());
      return { status: r.status, headers: r.headers, buf, text: buf.toString('utf8') };
    },
    /** The csrf field of the page at PATH (a GET first, as a browser would). */
    async csrf(path = '/feedback/new') {
      const r = await v.fetch('GET', path);
      const m = /name="csrf" value="([^"]+)"/.exec(r.text);
      assert.ok(m, `${path} has no csrf field`);
      return m[1];
    },
    async post(path, fields) {
      return v.fetch('POST', path, new URLSearchParams({ csrf: await v.csrf(), ...fields }));
    },
  };
  return v;
}

async function staff(login, password = `demo-2019-${login}`) {
  const r = await trySignIn(login, password);
  assert.equal(r.status, 201, `sign-in ${login}`);
  return visitor(r.cookie);
}

const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwBPDHgv7n7r9Kn1bxnb6fjTvCoiu7kgiS9K7o4j0+Ts5755Xp97JwUU3roCXut/11P/2Q==', 'base64');
/** The JPEG with an EXIF segment carrying a position, as a phone writes it. */
function jpegWithGps() {
  const payload = Buffer.from('Exif\0\0GPSLatitude 10/1 50/1 28/1 N GPSLongitude 106/1 46/1 12/1 E', 'latin1');
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xffe1, 0);
  seg.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([JPEG.subarray(0, 2), seg, payload, JPEG.subarray(2)]);
}

let wards;
const ward = (code) => wards.find((w) => w.code === code);
let leader;
let admin;

before(async () => {
  wards = await list('/api/v1/units?kind=ward');
  leader = await staff('lanhdao');
  admin = await staff('quantri');
});

/** Sends the public form as V (multipart, like a browser); returns { res, code }. */
async function sendReport(v, fields, photos = []) {
  const csrf = await v.csrf();
  const fd = new FormData();
  for (const [k, x] of Object.entries({ csrf, ...fields })) fd.append(k, x);
  for (const p of photos) fd.append('photo', new Blob([p.bytes], { type: p.type }), p.name);
  const res = await v.fetch('POST', '/feedback/new', fd);
  return { res, code: /id="fb-code">([0-9A-Z]+)</.exec(res.text)?.[1] };
}

const idOfCode = async (code) => {
  const r = await fetch(`${BASE}/open311/v2/tokens/${code}.json`);
  return Number((await r.json())[0].service_request_id);
};

describe('the public form, without JavaScript', () => {
  test('a report with a photo: a code, routed to its ward, due in 5 working days; the photo loses its GPS', async () => {
    const v = visitor();
    const text = `Nước ngập sâu trước số 12, ${uniq()}.`;
    const form = await v.fetch('GET', '/feedback/new');
    assert.equal(form.status, 200);
    // The form needs no script: the only one is the map picker's, from a file, and its map
    // stays hidden without it; latitude and longitude are plain fields.
    assert.deepEqual([...form.text.matchAll(/<script[^>]*>/gi)].map((m) => m[0]),
      ['<script src="/static/js/feedback-map.js" defer>'], 'no inline script');
    assert.match(form.text, /<div class="fb-map" id="fb-map" hidden /);
    assert.match(form.text, /<input type="text" id="f-fb-lat" name="lat"/);
    assert.match(form.text, /enctype="multipart\/form-data"/);
    const { res, code } = await sendReport(v, {
      category: 'noise', ward_id: String(ward('Q9.LONGBINH').id), address: '12 Lê Văn Việt', description: text,
      contact_name: 'Nguyễn Văn An', contact_phone: '0903111222', reply: '1',
    }, [{ bytes: jpegWithGps(), type: 'image/jpeg', name: 'IMG_0001.jpg' }]);
    assert.equal(res.status, 200, res.text.slice(0, 500));
    assert.match(code ?? '', /^[0-9A-Z]{10}$/);
    const id = await idOfCode(code);
    // Not public before moderation: neither the page nor the photo.
    assert.equal((await visitor().fetch('GET', `/feedback/${id}`)).status, 404);
    const handle = await leader.fetch('GET', `/feedback/${id}/handle`);
    assert.equal(handle.status, 200);
    assert.match(handle.text, /0903111222/, 'the handler sees the contact');
    assert.match(handle.text, /Phường Long Bình/);
    const photoId = Number(/\/feedback\/photos\/(\d+)/.exec(handle.text)[1]);
    assert.equal((await visitor().fetch('GET', `/feedback/photos/${photoId}`)).status, 404);
    const pub = await leader.post(`/feedback/${id}/moderate`, { publish: '1' });
    assert.equal(pub.status, 303);
    const photo = await visitor().fetch('GET', `/feedback/photos/${photoId}`);
    assert.equal(photo.status, 200);
    assert.equal(photo.headers.get('content-type'), 'image/jpeg');
    assert.equal(photo.buf.readUInt16BE(0), 0xffd8, 'still a JPEG');
    assert.ok(!photo.buf.includes('GPSLatitude'), 'the position is gone');
    assert.ok(!photo.buf.includes('Exif'), 'the EXIF segment is gone');
    // The public page and list show the text, never the contact.
    const page = await visitor().fetch('GET', `/feedback/${id}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(text));
    assert.doesNotMatch(page.text, /0903111222|Nguyễn Văn An/);
    const o = await (await fetch(`${BASE}/open311/v2/requests/${id}.json`)).json();
    assert.ok(!JSON.stringify(o).includes('0903111222'));
  });

  test('mistakes come back beside their fields; nothing is stored', async () => {
    const v = visitor();
    const { res, code } = await sendReport(v, {
      category: '', ward_id: String(ward('Q9.LONGBINH').id), address: '', description: 'ngắn', reply: '1',
    });
    assert.equal(res.status, 422);
    assert.equal(code, undefined);
    assert.match(res.text, /class="error-summary"/);
    assert.match(res.text, /id="f-fb-contact_phone-error"/);
    assert.match(res.text, /aria-invalid="true"/);
    assert.match(res.text, /value="" *selected|<option value="">/);
  });

  test('a photo that is not an image is refused, the form kept', async () => {
    const { res } = await sendReport(visitor(), {
      category: 'waste', ward_id: String(ward('Q9.HIEPPHU').id), address: 'Chợ Hiệp Phú',
      description: 'Rác ùn ứ trước chợ nhiều ngày.',
    }, [{ bytes: Buffer.from('<svg onload="alert(1)"/>'), type: 'image/jpeg', name: 'x.jpg' }]);
    assert.equal(res.status, 422);
    assert.match(res.text, /id="f-fb-photo-error"/);
    assert.match(res.text, /Chợ Hiệp Phú/, 'what was typed is kept');
  });

  test('the honeypot: thanked, but no code and nothing kept', async () => {
    const text = `Bot ${uniq()} spam spam spam`;
    const { res, code } = await sendReport(visitor(), {
      category: 'other', ward_id: String(ward('Q9.LONGBINH').id), address: 'x', description: text, website: 'http://spam',
    });
    assert.equal(res.status, 200);
    assert.equal(code, undefined);
    const q = await admin.fetch('GET', '/feedback/queue');
    assert.ok(!q.text.includes(text));
  });

  test('a form without its csrf token is refused', async () => {
    const fd = new FormData();
    fd.append('category', 'other');
    const r = await fetch(`${BASE}/feedback/new`, { method: 'POST', body: fd });
    assert.equal(r.status, 403);
  });
});

describe('the citizen follows the report by its code', () => {
  test('follow, add information, and re-open after the answer', async () => {
    const v = visitor();
    const { code } = await sendReport(v, {
      category: 'waste', ward_id: String(ward('Q9.HIEPPHU').id), address: 'Hẻm 5 Lã Xuân Oai',
      description: 'Rác không được thu gom ba ngày.', contact_email: 'dan@example.vn',
    });
    const id = await idOfCode(code);
    // Typed as people type it: lower case, with a dash.
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const page = await v.post('/feedback/track', { code: typed });
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`<h1[^>]*>[^<]*${id}`));
    assert.doesNotMatch(page.text, /dan@example\.vn/, 'the code shows no contact details');
    assert.doesNotMatch(page.text, /Re-open the report|Mở lại phản ánh/, 'nothing to re-open before an answer');
    const wrong = await v.post('/feedback/track', { code: 'ZZZZZZZZZZ' });
    assert.equal(wrong.status, 404);
    const info = await v.post('/feedback/track/info', { code, text: 'Thêm: xe rác chỉ dừng ở đầu hẻm.' });
    assert.equal(info.status, 200);
    assert.match(info.text, /xe rác chỉ dừng ở đầu hẻm/);
    const early = await v.post('/feedback/track/reopen', { code, text: 'Chưa xong' });
    assert.equal(early.status, 409);

    // Staff answer it (a Hiệp Phú report: the district's leader handles it).
    const ans = await leader.post(`/feedback/${id}/act`, { action: 'answer', text: 'Đã bố trí xe thu gom.' });
    assert.equal(ans.status, 303);
    const again = await leader.post(`/feedback/${id}/act`, { action: 'answer', text: 'Lần nữa' });
    assert.equal(again.status, 409, 'an answered report cannot be answered again');
    const answered = await v.post('/feedback/track', { code });
    assert.match(answered.text, /Đã bố trí xe thu gom/);
    const reopen = await v.post('/feedback/track/reopen', { code, text: 'Xe vẫn không vào hẻm.' });
    assert.equal(reopen.status, 200);
    const h = await leader.fetch('GET', `/feedback/${id}/handle`);
    assert.match(h.text, /fb-reopened/);
    assert.match(h.text, /Xe vẫn không vào hẻm/);
  });
});

describe('staff handle reports', () => {
  test('the queue, the handling page and who may do what', async () => {
    const v = visitor();
    const { code } = await sendReport(v, {
      category: 'noise', ward_id: String(ward('Q9.LONGBINH').id), address: 'Quán 99 Lê Văn Việt',
      description: 'Karaoke mở lớn đến 1 giờ sáng.', contact_phone: '0988777666',
    });
    const id = await idOfCode(code);
    const officer = await staff('longbinh');
    const q = await officer.fetch('GET', '/feedback/queue');
    assert.equal(q.status, 200);
    assert.match(q.text, new RegExp(`/feedback/${id}/handle`));
    const other = await staff('hiepphu');
    assert.equal((await other.fetch('GET', `/feedback/${id}/handle`)).status, 403, "another ward's head");
    const sup = await staff('giamsat');
    const supPage = await sup.fetch('GET', `/feedback/${id}/handle`);
    assert.equal(supPage.status, 200, 'the supervisor reads');
    assert.doesNotMatch(supPage.text, /0988777666/, 'but not the contact');
    assert.equal((await sup.post(`/feedback/${id}/act`, { action: 'start' })).status, 403);
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'start' })).status, 303);
    // A unit that will be late: progress and a committed date in the past is refused.
    const past = await officer.post(`/feedback/${id}/act`, { action: 'progress', text: 'Đang làm', committed_day: '2020-01-01' });
    assert.equal(past.status, 422);
    assert.match(past.text, /id="f-progress-committed_day-error"/);
    // Dates as the pages show them: a day that does not exist comes back beside the field, as typed.
    const bogus = await officer.post(`/feedback/${id}/act`, { action: 'progress', text: 'Đang làm', committed_day: '31/02/2099' });
    assert.equal(bogus.status, 422);
    assert.match(bogus.text, /id="f-progress-committed_day-error"/);
    assert.match(bogus.text, /id="f-progress-committed_day" name="committed_day"[^>]*value="31\/02\/2099"/);
    assert.doesNotMatch(bogus.text, /type="date"/);
    const later = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);
    const [y, m, d] = later.split('-');
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'progress', text: 'Đã mời chủ quán làm việc.', committed_day: `${d}/${m}/${y}` })).status, 303);
    assert.match((await officer.fetch('GET', `/feedback/${id}/handle`)).text, new RegExp(`${d}/${m}/${y}`));
    // Duplicate of itself: refused; reject needs a reason.
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'duplicate', duplicate_of: String(id) })).status, 422);
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'reject', text: '' })).status, 422);
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'answer', text: 'Chủ quán cam kết tắt nhạc lúc 22 giờ.' })).status, 303);
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'close' })).status, 303);
    assert.equal((await officer.post(`/feedback/${id}/act`, { action: 'close' })).status, 409);
    // The officer does not moderate; the ward's head does not either for another ward.
    assert.equal((await officer.post(`/feedback/${id}/moderate`, { publish: '1' })).status, 403);
  });

  test('a report entered by phone by staff, and the routing rules page', async () => {
    const officer = await staff('longbinh');
    const { res } = await sendReport(officer, {
      channel: 'phone', category: 'roads', ward_id: String(ward('Q9.LONGBINH').id), address: 'Ngã ba Lò Lu',
      description: 'Đèn tín hiệu giao thông hỏng từ sáng.', contact_name: 'Trần Thị Bình',
    });
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location'), /\/feedback\/\d+\/handle\?done=created/);
    // A citizen cannot claim another channel.
    const v = visitor();
    const { code } = await sendReport(v, {
      channel: 'phone', category: 'roads', ward_id: String(ward('Q9.LONGBINH').id), address: 'x',
      description: 'Một phản ánh của người dân.',
    });
    const o = await (await fetch(`${BASE}/open311/v2/tokens/${code}.json`)).json();
    const h = await leader.fetch('GET', `/feedback/${o[0].service_request_id}/handle`);
    assert.match(h.text, /Web form|Biểu mẫu trên web/);
    assert.equal((await officer.fetch('GET', '/feedback/rules')).status, 403);
    const rules = await admin.fetch('GET', '/feedback/rules');
    assert.equal(rules.status, 200);
    assert.match(rules.text, /Phòng Quản lý đô thị/, 'the demo sends flooding to urban management');
  });

  test('metrics per unit and category are public', async () => {
    const r = await visitor().fetch('GET', '/feedback/metrics');
    assert.equal(r.status, 200);
    assert.match(r.text, /<table class="fb-metrics"/);
    assert.match(r.text, /Phường Long Bình/);
    assert.match(r.text, /\d+\u00a0%/);
    const x = await visitor().fetch('GET', '/feedback/metrics.xlsx');
    assert.equal(x.status, 200);
    assert.match(x.headers.get('content-type'), /spreadsheetml/);
    assert.equal(x.buf.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a zip archive');
  });
});

// ---- Open311 -------------------------------------------------------------------------

let apiKey;
function issueKey(name = `it-${uniq()}`, extra = []) {
  const r = runCli(['open311', 'key', 'add', name, ...extra, '--db', DB]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout.trim(), /^[0-9a-f]{48}$/);
  return r.stdout.trim();
}

async function o311(path, { method = 'GET', form } = {}) {
  const r = await fetch(`${BASE}/open311/v2/${path}`, {
    method, body: form && new URLSearchParams(form),
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
  });
  const text = await r.text();
  return { status: r.status, type: r.headers.get('content-type'), headers: r.headers, text,
    json: path.includes('.json') ? JSON.parse(text) : undefined };
}

describe('the home page: what is due and late in feedback', () => {
  /** The home page's feedback section as text rows: [[cell, …], …] per table, and the whole text. */
  async function homeSection(who) {
    const r = await who.fetch('GET', '/');
    assert.equal(r.status, 200);
    const m = /<section aria-labelledby="home-feedback">([^]*?)<\/section>/.exec(r.text);
    if (!m) return null;
    const tables = [...m[1].matchAll(/<table class="([^"]+)">([^]*?)<\/table>/g)].map(([, cls, t]) => ({
      cls, rows: [...t.matchAll(/<tr>([^]*?)<\/tr>/g)].slice(1)
        .map(([, row]) => [...row.matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map(([, c]) => c)),
    }));
    return { html: m[1], tables };
  }

  test('the district leader: counts per responsible unit, most late first, and the most urgent reports, late ones first', async () => {
    const s = await homeSection(await staff('lanhdao'));
    assert.ok(s, 'the leader\'s home has a feedback section');
    assert.match(s.html, /<p>\d+ [^<]*\d+/, 'the counts of open and late reports');
    const units = s.tables.find((t) => t.cls.includes('fb-home-units'));
    assert.ok(units && units.rows.length > 1, 'several units are listed');
    const late = units.rows.map((r) => Number(r[2]));
    assert.deepEqual(late, [...late].sort((a, b) => b - a), 'units with the most late reports first');
    const reports = s.tables.find((t) => t.cls.includes('fb-home-reports'));
    assert.ok(reports && reports.rows.length > 0 && reports.rows.length <= 8);
    const isLate = reports.rows.map((r) => /fb-late/.test(r[2]));
    assert.ok(isLate.some(Boolean), 'the demo has late reports, and they are shown');
    assert.deepEqual(isLate, [...isLate].sort((a, b) => b - a), 'late reports come first');
    for (const r of reports.rows) assert.match(r[0], /href="\/feedback\/\d+\/handle"/);
  });

  test('a ward officer: the ward\'s reports only, no unit table; the public home has none', async () => {
    const s = await homeSection(await staff('longbinh'));
    assert.ok(s, 'the officer\'s home has a feedback section');
    assert.ok(!s.tables.some((t) => t.cls.includes('fb-home-units')));
    const reports = s.tables.find((t) => t.cls.includes('fb-home-reports'));
    for (const r of reports?.rows ?? []) assert.ok(r[4] === 'Phường Long Bình' || r[5] === 'Phường Long Bình', r.join(' | '));
    assert.equal(await homeSection(visitor()), null);
  });
});

describe('Open311 GeoReport v2', () => {
  before(() => { apiKey = issueKey(); });

  test('discovery, services and service definitions, JSON and XML alike', async () => {
    const d = await o311('discovery.json');
    assert.equal(d.status, 200);
    assert.equal(d.json.endpoints[0].specification, 'http://wiki.open311.org/GeoReport_v2');
    const dx = xml.parse((await o311('discovery.xml')).text);
    assert.deepEqual(dx.discovery.endpoints.endpoint[0].formats.format, ['text/xml', 'application/json']);
    const s = await o311('services.json');
    assertSchema('services.json', s.json, 'services.json');
    assert.ok(s.json.some((x) => x.service_code === 'flooding'));
    const sx = await o311('services.xml');
    assert.match(sx.type, /text\/xml/);
    const parsed = xml.parse(sx.text);
    assert.deepEqual(parsed.services.service.map((x) => x.service_code), s.json.map((x) => x.service_code));
    const def = await o311('services/flooding.json');
    assertSchema('service-definition.json', def.json, 'services/flooding.json');
    const wardAttr = def.json.attributes.find((a) => a.code === 'ward');
    assert.equal(wardAttr.values.length, 13);
    const defx = xml.parse((await o311('services/flooding.xml')).text);
    assert.equal(defx.service_definition.attributes.attribute[0].values.value.length, 13);
    const nope = await o311('services/weather.json');
    assert.equal(nope.status, 404);
    assert.deepEqual(Object.keys(nope.json[0]).sort(), ['code', 'description']);
    assert.equal(nope.json[0].code, 404);
  });

  test('POST with a key lands in the web queue; GET by id, by token, in the list once published', async () => {
    const desc = `Cây đổ chắn ngang đường ${uniq()}`;
    const noKey = await o311('requests.json', { method: 'POST', form: { service_code: 'roads' } });
    assert.equal(noKey.status, 403);
    assert.equal(noKey.json[0].code, 403);
    const bad = await o311('requests.xml', { method: 'POST', form: { api_key: apiKey, service_code: 'roads', description: desc, address_string: 'x' } });
    assert.equal(bad.status, 400, 'the ward is required');
    assert.equal(xml.parse(bad.text).errors.error[0].code, '400');
    const p = await o311('requests.json', { method: 'POST', form: {
      api_key: apiKey, service_code: 'roads', 'attribute[ward]': 'Q9.PHUHUU', description: desc,
      lat: '10.8012', long: '106.7905', email: 'app-user@example.vn', first_name: 'An', last_name: 'Lê',
    } });
    assert.equal(p.status, 200, p.text);
    const id = p.json[0].service_request_id;
    assert.match(id, /^\d+$/);
    assert.match(p.json[0].token, /^[0-9A-Z]{10}$/);
    // The same queue as the web form.
    const h = await leader.fetch('GET', `/feedback/${id}/handle`);
    assert.equal(h.status, 200);
    assert.ok(h.text.includes(desc));
    assert.match(h.text, /app-user@example\.vn/);
    assert.match(h.text, /Open311/);
    // By id before publishing: status and dates, not the text.
    const one = await o311(`requests/${id}.json`);
    assertSchema('requests.json', one.json, `requests/${id}.json`);
    assert.equal(one.json[0].status, 'open');
    assert.equal(one.json[0].description, null);
    const tok = await o311(`tokens/${p.json[0].token}.json`);
    assert.equal(tok.json[0].service_request_id, id);
    assert.equal(xml.parse((await o311(`tokens/${p.json[0].token}.xml`)).text).service_requests.request[0].service_request_id, id);
    let listed = await o311('requests.json?service_code=roads');
    assert.ok(!listed.json.some((r) => r.service_request_id === id), 'not listed before moderation');
    assert.equal((await leader.post(`/feedback/${id}/moderate`, { publish: '1' })).status, 303);
    listed = await o311('requests.json?service_code=roads&status=open');
    assertSchema('requests.json', listed.json, 'requests.json');
    const mine = listed.json.find((r) => r.service_request_id === id);
    assert.ok(mine);
    assert.equal(mine.description, desc);
    assert.equal(mine.lat, 10.8012);
    assert.equal(mine.agency_responsible, 'Phường Phú Hữu');
    assert.ok(!JSON.stringify(listed.json).includes('app-user@example.vn'), 'no personal data');
    const lx = xml.parse((await o311('requests.xml?service_code=roads&status=open')).text);
    assert.deepEqual(lx.service_requests.request.map((r) => r.service_request_id), listed.json.map((r) => r.service_request_id));
    // The spec's other filters.
    const byId = await o311(`requests.json?service_request_id=${id},999999999`);
    assert.deepEqual(byId.json.map((r) => r.service_request_id), [id]);
    const closed = await o311('requests.json?status=closed&service_code=roads');
    assert.ok(!closed.json.some((r) => r.service_request_id === id));
    const future = await o311('requests.json?start_date=2099-01-01T00:00:00Z');
    assert.deepEqual(future.json, []);
    const today = new Date().toISOString().slice(0, 10);
    const window = await o311(`requests.json?start_date=${today}T00:00:00Z&end_date=2099-01-01&service_code=roads`);
    assertSchema('requests.json', window.json, 'requests.json with dates');
    assert.ok(window.json.some((r) => r.service_request_id === id));
    assert.equal((await o311('requests.json?start_date=yesterday')).status, 400);
    assert.equal((await o311('requests.json?status=pending')).status, 400);
    assert.equal((await o311('requests.json?jurisdiction_id=elsewhere')).status, 404);
    assert.equal((await o311('requests.json?jurisdiction_id=dieuhanh')).status, 200);
    assert.equal((await o311('requests.csv')).status, 404);
    // A demo year: the default window is the last 90 days, every item valid.
    const all = await o311('requests.json');
    assertSchema('requests.json', all.json, 'requests.json (default)');
    assert.ok(all.json.length > 10);
    const allx = xml.parse((await o311('requests.xml')).text);
    assert.equal(allx.service_requests.request.length, all.json.length);
  });

  test('the unfiltered lists are cached, and a report published a moment ago is in them at once', async () => {
    const before = await o311('requests.json');
    const beforePage = await visitor().fetch('GET', '/feedback');
    assert.equal(beforePage.status, 200);
    const desc = `Cây đổ chắn ngang đường ${uniq()}`;
    const p = await o311('requests.json', { method: 'POST', form: {
      api_key: apiKey, service_code: 'roads', 'attribute[ward]': 'Q9.TANPHU', description: desc, address_string: 'Đường số 6',
    } });
    const id = p.json[0].service_request_id;
    assert.ok(!before.json.some((r) => r.service_request_id === id));
    assert.ok(!(await o311('requests.json')).json.some((r) => r.service_request_id === id), 'not before it is published');
    assert.equal((await leader.post(`/feedback/${id}/moderate`, { publish: '1' })).status, 303);
    const after = await o311('requests.json');
    assert.equal(after.json.find((r) => r.service_request_id === id)?.description, desc);
    assertSchema('requests.json', after.json, 'requests.json after a publication');
    assert.ok(xml.parse((await o311('requests.xml')).text).service_requests.request.some((r) => r.service_request_id === id));
    assert.ok((await visitor().fetch('GET', '/feedback')).text.includes(desc), 'the public list too');
  });

  test('XML escapes what citizens write', async () => {
    const desc = `<b>&amp; "quotes" 'x' ${uniq()}</b>`;
    const p = await o311('requests.json', { method: 'POST', form: {
      api_key: apiKey, service_code: 'other', 'attribute[ward]': 'Q9.TANPHU', description: desc, address_string: 'A & B',
    } });
    const id = p.json[0].service_request_id;
    assert.equal((await leader.post(`/feedback/${id}/moderate`, { publish: '1' })).status, 303);
    const x = await o311(`requests/${id}.xml`);
    const parsed = new XMLParser({ parseTagValue: false, processEntities: true, htmlEntities: false }).parse(x.text);
    assert.equal(parsed.service_requests.request.description, desc);
    assert.equal(parsed.service_requests.request.address, 'A & B');
  });

  test('keys: issued on the page, revoked, refused afterwards', async () => {
    // A key's own hourly limit: a whole number, else the form again with the message beside it.
    const badLimit = await admin.post('/open311/keys', { name: `Ứng dụng ${uniq()}`, per_hour: '12,5' });
    assert.equal(badLimit.status, 422);
    assert.match(badLimit.text, /id="f-key-per_hour-error"/);
    assert.match(badLimit.text, /name="per_hour"[^>]*value="12,5"/);
    const page = await admin.post('/open311/keys', { name: `Ứng dụng ${uniq()}`, per_hour: '250' });
    assert.equal(page.status, 200);
    const key = /id="new-key">([0-9a-f]+)</.exec(page.text)[1];
    const ok = await o311('requests.json', { method: 'POST', form: { api_key: key, service_code: 'waste', 'attribute[ward]': 'Q9.TANPHU', description: 'Rác tràn ra đường.', address_string: 'Chợ Tân Phú' } });
    assert.equal(ok.status, 200);
    const keyId = [...page.text.matchAll(/\/open311\/keys\/(\d+)\/revoke/g)].pop()[1];
    assert.match(page.text, /<td>250<\/td><td>(?:Đang dùng|In use)<\/td>/, 'the list shows the key\'s limit');
    assert.equal((await admin.post(`/open311/keys/${keyId}/revoke`, {})).status, 303);
    const after = await o311('requests.json', { method: 'POST', form: { api_key: key, service_code: 'waste', 'attribute[ward]': 'Q9.TANPHU', description: 'Rác tràn ra đường.', address_string: 'x' } });
    assert.equal(after.status, 403);
    const listed = runCli(['open311', 'key', 'list', '--db', DB]);
    assert.equal(listed.status, 0);
    assert.match(listed.stdout, new RegExp(`${keyId}\\t.*\\trevoked`));
    assert.doesNotMatch(listed.stdout, new RegExp(key), 'keys are kept as hashes only');
  });
});

describe('the hourly limit per Open311 key', () => {
  test('a key of 2 reports an hour: the third is 429 with Retry-After and the spec\'s error list; other keys still send', async () => {
    const name = `it-limit-${uniq()}`;
    const key = issueKey(name, ['--per-hour', '2']);
    const listed = runCli(['open311', 'key', 'list', '--db', DB]);
    assert.match(listed.stdout, new RegExp(`\\t${name}\\t.*\\tin use\\t2/hour`));
    const form = (k) => ({ api_key: k, service_code: 'waste', 'attribute[ward]': 'Q9.TANPHU',
      description: 'Rác để lâu chưa thu gom.', address_string: 'Chợ Tân Phú' });
    assert.equal((await o311('requests.json', { method: 'POST', form: form(key) })).status, 200);
    assert.equal((await o311('requests.xml', { method: 'POST', form: form(key) })).status, 200);
    const third = await o311('requests.json', { method: 'POST', form: form(key) });
    assert.equal(third.status, 429);
    assert.equal(third.json.length, 1);
    assert.equal(third.json[0].code, 429);
    assert.match(third.json[0].description, /api_key/);
    const wait = Number(third.headers.get('retry-after'));
    assert.ok(wait > 3500 && wait <= 3600, `Retry-After: ${third.headers.get('retry-after')}`);
    const thirdx = await o311('requests.xml', { method: 'POST', form: form(key) });
    assert.equal(thirdx.status, 429);
    assert.equal(xml.parse(thirdx.text).errors.error[0].code, '429');
    // The budget is the key's: another key still sends.
    assert.equal((await o311('requests.json', { method: 'POST', form: form(issueKey()) })).status, 200);
    // An unknown key is still 403, not 429.
    assert.equal((await o311('requests.json', { method: 'POST', form: form('0'.repeat(48)) })).status, 403);
  });
});

describe('the hourly limit per address', () => {
  // On the shared server, from an address of this machine other than 127.0.0.1 (all of
  // 127/8 is loopback), so the budget spent is this test's own: the 61st report of the
  // hour (DIEUHANH_FEEDBACK_PER_HOUR, 60) is refused.
  test('the 61st report of the hour from one address is refused with 429 and the form again', { timeout: 120000 }, async () => {
    const [a, b, c] = randomBytes(3);
    const localAddress = `127.${100 + (a % 100)}.${b}.${1 + (c % 250)}`;
    const u = new URL(BASE);
    let cookie = '';
    const go = (method, body) => new Promise((resolve, reject) => {
      const headers = { cookie };
      if (body) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) });
      const req = httpRequest({ host: u.hostname, port: u.port, path: '/feedback/new', method, headers, localAddress, timeout: 30000 }, (res) => {
        const set = (res.headers['set-cookie'] || []).map((x) => x.split(';')[0]);
        if (set.length) cookie = set.join('; ');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
    const csrf = /name="csrf" value="([^"]+)"/.exec((await go('GET')).text)[1];
    const ward = (await list('/api/v1/units?kind=ward')).find((w) => w.code === 'Q9.LONGPHUOC');
    const send = (n) => go('POST', new URLSearchParams({ csrf, category: 'other', ward_id: String(ward.id),
      address: `Tổ ${n}`, description: `Phản ánh thử giới hạn số ${n}.` }).toString());
    for (let n = 1; n <= 60; n++) assert.equal((await send(n)).status, 200, `report ${n}`);
    const over = await send(61);
    assert.equal(over.status, 429);
    assert.equal(over.headers['retry-after'], '3600');
    assert.match(over.text, /Tổ 61/, 'what was typed stays in the form');
  });
});

describe('reports sent at once (the group commit)', () => {
  // Each report is answered only once its batch is durable; a refused one in a batch is
  // refused with its own message, the others land.  Each from its own loopback address
  // (all of 127/8), so the hourly limit per address is not what refuses them.
  /** One POST of the form from a fresh loopback address; DESTROY: leave before the answer. */
  function sendFrom(cookie, body, { destroy = false } = {}) {
    const [a, b, c] = randomBytes(3);
    const u = new URL(BASE);
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: u.hostname, port: u.port, path: '/feedback/new', method: 'POST',
        localAddress: `127.${100 + (a % 100)}.${b}.${1 + (c % 250)}`, timeout: 30000,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve({ status: res.statusCode, text }));
      });
      req.on('error', (e) => (destroy ? resolve({ status: 0 }) : reject(e)));
      if (destroy) {
        req.write(body);
        req.end();
        // Gone the moment it is sent: its report is queued (or being committed) meanwhile.
        req.on('finish', () => setImmediate(() => { req.destroy(); resolve({ status: 0 }); }));
      } else {
        req.end(body);
      }
    });
  }

  test('40 reports sent together: all stored with distinct codes, each audited; the 3 bad ones refused with their message', { timeout: 120000 }, async () => {
    const v = visitor();
    const csrf = await v.csrf();
    const ward = (await list('/api/v1/units?kind=ward')).find((w) => w.code === 'Q9.LONGPHUOC');
    const bad = new Set([7, 19, 31]);
    const tag = uniq('gc');
    const sent = await Promise.all(Array.from({ length: 40 }, (_, n) => sendFrom(v.cookie(),
      new URLSearchParams({ csrf, category: bad.has(n) ? 'weather' : 'waste', ward_id: String(ward.id),
        address: `Tổ ${tag} ${n}`, description: `Rác chưa thu gom, phản ánh ${tag} số ${n}.` }).toString())));
    const codes = [];
    sent.forEach((r, n) => {
      if (bad.has(n)) {
        assert.equal(r.status, 422, `report ${n} has an unknown category`);
        assert.match(r.text, /id="f-fb-category-error"/, 'the message beside the category');
        assert.match(r.text, new RegExp(`Tổ ${tag} ${n}`), 'what was typed stays in the form');
      } else {
        assert.equal(r.status, 200, `report ${n}`);
        codes.push(/id="fb-code">([^<]+)</.exec(r.text)[1]);
      }
    });
    assert.equal(new Set(codes).size, 37, 'distinct follow-up codes');
    const admin = await staff('quantri');
    for (const code of codes) {
      const tok = await (await fetch(`${BASE}/open311/v2/tokens/${code}.json`)).json();
      const id = tok[0].service_request_id;
      const audit = await admin.fetch('GET', `/api/v1/audit?entity=feedback&entity_id=${id}`);
      assert.equal(audit.status, 200);
      const entries = JSON.parse(audit.text);
      const items = Array.isArray(entries) ? entries : entries.items;
      assert.deepEqual(items.map((e) => e.action), ['create'], `report ${code} has its audit entry`);
    }
  });

  test('clients that leave while their report waits for its batch: the server goes on', { timeout: 60000 }, async () => {
    const v = visitor();
    const csrf = await v.csrf();
    const ward = (await list('/api/v1/units?kind=ward')).find((w) => w.code === 'Q9.LONGPHUOC');
    const body = (n) => new URLSearchParams({ csrf, category: 'noise', ward_id: String(ward.id),
      address: `Hẻm ${n}`, description: `Tiếng ồn về đêm, phản ánh số ${n}.` }).toString();
    await Promise.all(Array.from({ length: 20 }, (_, n) => sendFrom(v.cookie(), body(n), { destroy: n % 2 === 0 })));
    assert.equal((await sendFrom(v.cookie(), body(99))).status, 200);
    await assertHealthy();
  });
});

describe('the public list kept whole for anonymous readers', () => {
  test('a publication and an answer show at once, in the list and its filtered form; nothing personal, nothing of a signed-in reader', async () => {
    const w = ward('Q9.PHUOCLONGA');
    const filtered = `/feedback?ward_id=${w.id}&category=roads`;
    const anon = () => visitor();
    // Twice the same bytes: the second is the kept page.
    const first = await anon().fetch('GET', filtered);
    assert.equal(first.status, 200);
    assert.equal((await anon().fetch('GET', filtered)).text, first.text);
    await anon().fetch('GET', '/feedback');
    // A signed-in reader's page is never the one kept for the public, nor the other way round.
    const staffPage = await leader.fetch('GET', '/feedback');
    assert.match(staffPage.text, /href="\/feedback\/queue"/);
    const desc = `Đèn đường tắt cả tuần ${uniq()}`;
    const { code } = await sendReport(anon(), {
      category: 'roads', ward_id: String(w.id), address: 'Đường Đỗ Xuân Hợp', description: desc,
      contact_name: 'Trần Thị Bích', contact_phone: '0912345678', contact_email: 'bich@example.vn', reply: '1',
    });
    const id = await idOfCode(code);
    assert.ok(!(await anon().fetch('GET', filtered)).text.includes(desc), 'not before it is published');
    assert.equal((await leader.post(`/feedback/${id}/moderate`, { publish: '1' })).status, 303);
    for (const path of ['/feedback', filtered]) {
      const page = await anon().fetch('GET', path);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(desc), `${path} shows the report published a moment ago`);
      assert.doesNotMatch(page.text, /Trần Thị Bích|0912345678|bich@example\.vn/, `${path}: no contact details`);
      assert.doesNotMatch(page.text, /href="\/feedback\/queue"|\/logout/, `${path}: nothing of a signed-in reader`);
    }
    const answer = `Đã thay bóng đèn ${uniq()}`;
    assert.equal((await leader.post(`/feedback/${id}/act`, { action: 'answer', text: answer })).status, 303);
    assert.ok((await anon().fetch('GET', filtered)).text.includes(answer), 'the answer shows at once');
  });
});

describe('a unit\'s page: its citizens\' reports due and late', () => {
  /** The open and late counts of the feedback section of unit ID's page as WHO, or null without one. */
  async function section(who, id) {
    const page = await who.fetch('GET', `/units/${id}`);
    assert.equal(page.status, 200);
    const m = /<section aria-labelledby="unit-feedback">([\s\S]*?)<\/section>/.exec(page.text);
    if (!m) return null;
    const [open, late] = /<p>(\d+)[^<\d]*(\d+)/.exec(m[1]).slice(1).map(Number);
    return { open, late, html: m[1] };
  }

  test('the leader sees the ward\'s open reports, a new one counted at once; the public sees nothing of them', async () => {
    const w = ward('Q9.TANPHU');
    const before = await section(leader, w.id);
    assert.ok(before, 'the leader sees the section');
    assert.ok(before.late <= before.open);
    assert.match(before.html, /href="\/feedback\/\d+\/handle"/, 'the most urgent linked to their handling page');
    await sendReport(visitor(), { category: 'waste', ward_id: String(w.id), address: 'Chợ Tân Phú',
      description: `Rác ứ đọng trước chợ ${uniq()}.` });
    assert.equal((await section(leader, w.id)).open, before.open + 1);
    assert.equal(await section(visitor(), w.id), null, 'nothing for the public');
  });
});

describe('the queue a page at a time', () => {
  /** The queue page's count of open reports, its rows (id, deadline as yyyymmdd) and its links. */
  async function queuePage(who, offset) {
    const r = await who.fetch('GET', offset ? `/feedback/queue?offset=${offset}` : '/feedback/queue');
    assert.equal(r.status, 200);
    const count = /<p>(\d+)[^<]*<\/p><p><a href="\/feedback\/new">/.exec(r.text);
    assert.ok(count, 'the count of open reports above the table');
    const rows = [...r.text.matchAll(/<tr><th scope="row"><a href="\/feedback\/(\d+)\/handle">\d+<\/a><\/th><td>(\d\d)\/(\d\d)\/(\d{4})<\/td>/g)]
      .map(([, id, d, m, y]) => ({ id: Number(id), due: Number(`${y}${m}${d}`) }));
    const link = (rel) => new RegExp(`rel="${rel}" href="/feedback/queue\\?offset=(\\d+)"`).exec(r.text)?.[1];
    return { open: Number(count[1]), rows, next: link('next'), prev: link('prev') };
  }

  /** Every page of WHO's queue, following its links: each page's rows and the count above. */
  async function wholeQueue(who) {
    const pages = [await queuePage(who)];
    while (pages.at(-1).next !== undefined) {
      assert.ok(pages.length < 20, 'the pages end');
      pages.push(await queuePage(who, Number(pages.at(-1).next)));
    }
    return pages;
  }

  function assertPaged(pages, who) {
    const open = pages[0].open;
    const rows = pages.flatMap((p) => p.rows);
    pages.forEach((p, i) => {
      assert.equal(p.open, open, `${who}: the same count on every page`);
      assert.equal(p.rows.length, i < pages.length - 1 ? 100 : open - 100 * i, `${who}: page ${i + 1} holds 100, the last the rest`);
      assert.equal(p.prev, i ? String(100 * (i - 1)) : undefined, `${who}: page ${i + 1}'s link back`);
    });
    assert.equal(new Set(rows.map((r) => r.id)).size, open, `${who}: every open report once, none twice`);
    const dues = rows.map((r) => r.due);
    assert.deepEqual(dues, [...dues].sort((a, b) => a - b), `${who}: soonest deadline first, across the pages`);
  }

  test('over 100 open reports: pages of 100, most urgent first, each open report on exactly one page', { timeout: 120000 }, async () => {
    const officer = await staff('longbinh');
    const before = await queuePage(officer);
    const missing = Math.max(0, 105 - before.open);
    const key = issueKey(`it-queue-${uniq()}`, ['--per-hour', '1000']);
    for (let i = 0; i < missing; i += 10) {
      const batch = [];
      for (let k = i; k < Math.min(missing, i + 10); k++)
        batch.push(o311('requests.json', { method: 'POST', form: { api_key: key, service_code: 'waste',
          'attribute[ward]': 'Q9.LONGBINH', description: `Rác chưa thu gom, lần ${k}.`, address_string: 'Chợ Long Bình' } }));
      for (const p of await Promise.all(batch)) assert.equal(p.status, 200, p.text);
    }
    // The ward's officer reads the ward's reports only (the district's others are skipped).
    const ward = await wholeQueue(officer);
    assert.ok(ward[0].open >= 105, `the ward's open reports: ${ward[0].open}`);
    assert.ok(ward.length >= 2);
    assertPaged(ward, 'the ward');
    // The district's leader reads them all.
    const district = await wholeQueue(await staff('lanhdao'));
    assert.ok(district[0].open > ward[0].open, 'the district has more than one ward\'s');
    assertPaged(district, 'the district');
    const all = new Set(district.flatMap((p) => p.rows.map((r) => r.id)));
    assert.ok(ward.flatMap((p) => p.rows).every((r) => all.has(r.id)), 'the ward\'s are among the district\'s');
  });
});
