// The public portal (issue 14): Atom feeds checked by a real feed parser
// (feedparser, from npm), caching validators and 304, the sitemap, search
// that folds diacritics and đ and ranks, the transparency dashboards with
// their tables and xlsx downloads, the reader controls without JavaScript.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';

import FeedParser from 'feedparser';

import { BASE, client, signIn } from './lib.mjs';

const anon = client(null);

/** The feed at PATH through feedparser: { meta, items }; rejects on any parse error. */
async function parseFeed(path) {
  const res = await fetch(BASE + path);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/atom\+xml/);
  const text = await res.text();
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false, feedurl: BASE + path });
    const items = [];
    let meta;
    parser.on('error', reject);
    parser.on('meta', (m) => { meta = m; });
    parser.on('readable', () => {
      let item;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta, items, res, text }));
    Readable.from([text]).pipe(parser);
  });
}

describe('feeds', () => {
  test('the site-wide Atom feed parses, newest first, each entry linked to its page', async () => {
    const { meta, items } = await parseFeed('/feeds/news.atom');
    assert.equal(meta['#type'], 'atom');
    assert.equal(meta.title, 'Tin tức');
    assert.ok(items.length >= 6);
    const api = (await anon.get('/api/v1/articles?limit=30')).json.items;
    assert.deepEqual(items.map((i) => i.title), api.map((a) => a.title));
    for (const it of items) {
      assert.match(it.guid, /^tag:dieuhanh,2019:article:\d+$/);
      assert.match(it.link, /^http:\/\/[^/]+\/news\/[a-z0-9-]+$/);
      assert.ok(it.pubdate instanceof Date && !Number.isNaN(it.pubdate.getTime()));
    }
    const seed = items.find((i) => i.title.startsWith('Quận 9: Tập trung'));
    assert.ok(seed, 'the seed article is in the feed');
    assert.equal(seed.pubdate.toISOString(), '2019-01-17T13:50:00.000Z');
    assert.match(seed.description, /Hội nghị triển khai nhiệm vụ/);
    const page = await fetch(seed.link);
    assert.equal(page.status, 200);
  });

  test('a category feed holds that category only; an unknown one is 404', async () => {
    const { items, meta } = await parseFeed('/feeds/thong-bao.atom');
    assert.equal(meta.title, 'Thông báo');
    assert.ok(items.length >= 1);
    for (const it of items) assert.deepEqual(it.categories, ['thong-bao']);
    assert.equal((await anon.get('/feeds/khong-co.atom')).status, 404);
    assert.equal((await anon.get('/feeds/news.rss')).status, 404);
  });

  test('ETag and Last-Modified answer 304; a new publication changes them', async () => {
    const first = await fetch(`${BASE}/feeds/news.atom`);
    const etag = first.headers.get('etag');
    const lm = first.headers.get('last-modified');
    assert.ok(etag && lm);
    await first.arrayBuffer();
    const again = await fetch(`${BASE}/feeds/news.atom`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const since = await fetch(`${BASE}/feeds/news.atom`, { headers: { 'if-modified-since': lm } });
    assert.equal(since.status, 304);
    const sm = await fetch(`${BASE}/sitemap.xml`);
    const smEtag = sm.headers.get('etag');
    await sm.arrayBuffer();
    assert.equal((await fetch(`${BASE}/sitemap.xml`, { headers: { 'if-none-match': smEtag } })).status, 304);
    assert.notEqual(smEtag, etag, 'the sitemap and the feed have tags of their own');
    // The city administrator publishes: the old tag no longer matches.
    const admin = client(await (await import('./lib.mjs')).signIn());
    const units = (await admin.get('/api/v1/units?kind=district')).json.items;
    const q9 = units.find((u) => u.code === 'Q9');
    const a = (await admin.post('/api/v1/articles', {
      title: `Tin mới ${Date.now()}`, body: 'Nội dung.', category: 'thong-bao', unit_id: q9.id,
    })).json;
    await admin.post(`/api/v1/articles/${a.id}/status`, { status: 'review' });
    assert.equal((await admin.post(`/api/v1/articles/${a.id}/status`, { status: 'published' })).status, 200);
    const changed = await fetch(`${BASE}/feeds/news.atom`, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.match(await changed.text(), new RegExp(a.title));
    await admin.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' });
  });
});

describe('sitemap, search', () => {
  test('the sitemap lists the public pages and every published article, absolute', async () => {
    const r = await anon.get('/sitemap.xml');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/xml/);
    const locs = [...r.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.ok(locs.every((l) => l.startsWith('http://')), locs.slice(0, 3).join(' '));
    for (const a of (await anon.get('/api/v1/articles?limit=1000')).json.items) {
      assert.ok(locs.some((l) => l.endsWith(`/news/${a.slug}`)), a.slug);
    }
    assert.ok(locs.some((l) => l.endsWith('/transparency')));
  });

  test('search folds diacritics and đ: "quan 9" finds Quận 9, ranked by the title', async () => {
    const r = await anon.get('/search?q=quan%209');
    assert.equal(r.status, 200);
    const titles = [...r.text.matchAll(/<li><span class="kind">[^<]*<\/span> <a href="([^"]+)">([^<]+)<\/a>/g)]
      .map((m) => ({ href: m[1], title: m[2] }));
    assert.ok(titles.length >= 2, r.text.slice(0, 500));
    assert.ok(titles.some((t) => t.title === 'Quận 9' && t.href.startsWith('/units/')), 'the district itself');
    const seed = titles.findIndex((t) => t.title.startsWith('Quận 9: Tập trung'));
    assert.ok(seed >= 0 && seed < 3, `the seed ranks near the top (${seed})`);
    const d = await anon.get(`/search?q=${encodeURIComponent('DUONG van minh')}`);
    assert.match(d.text, /Phường Hiệp Phú ra mắt tuyến đường văn minh/);
    // Procedures of the one-stop shop, by name or field, folded too.
    const proc = await anon.get('/search?q=ho%20tich');
    assert.match(proc.text, /<span class="kind">Thủ tục<\/span> <a href="\/procedures\/[^"]+">Đăng ký khai sinh<\/a>/);
    const none = await anon.get('/search?q=zzzzkhongco');
    assert.match(none.text, /0 kết quả/);
    assert.equal((await anon.get('/search')).status, 200);
  });
});

describe('transparency', () => {
  test('the district and its wards by target status: chart, table, xlsx', async () => {
    const r = await anon.get('/transparency');
    assert.equal(r.status, 200);
    assert.match(r.text, /<svg [^>]*role="img"[^>]*aria-labelledby="tr-chart-t tr-chart-d"/);
    assert.match(r.text, /<th scope="row"><a href="\/transparency\/\d+">Quận 9<\/a><\/th>/);
    assert.match(r.text, /Phường Long Bình/);
    const id = /href="\/transparency\/(\d+)">Phường Long Bình/.exec(r.text)[1];
    const w = await anon.get(`/transparency/${id}`);
    assert.equal(w.status, 200);
    assert.match(w.text, /<span class="status st-/);
    const x = await fetch(`${BASE}/transparency/${id}/targets.xlsx`);
    assert.equal(x.status, 200);
    const bytes = Buffer.from(await x.arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an xlsx is a zip archive');
    const all = await fetch(`${BASE}/transparency/0/targets.xlsx?year=2019`);
    assert.equal(all.status, 200);
    // The one-stop shop's 2019 dossiers by unit: early, on time, late, with their download.
    const y = await anon.get('/transparency?year=2019');
    assert.match(y.text, /<svg [^>]*role="img"[^>]*aria-labelledby="trd-t trd-d"/);
    assert.match(y.text, /Hồ sơ năm 2019: trước hạn, đúng hạn, trễ hạn/);
    const dx = await fetch(`${BASE}/transparency/0/dossiers.xlsx?year=2019`);
    assert.equal(dx.status, 200);
    assert.equal(Buffer.from(await dx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
    // A ward's page: its own desk's row only, the same figures as the overview's.
    const wy = (await anon.get(`/transparency/${id}?year=2019`)).text;
    const desk = 'Bộ phận một cửa phường Long Bình';
    const mine = tableRows(section(wy, 'tr-dossiers'), 'Hồ sơ đã giải quyết theo đơn vị');
    assert.deepEqual(Object.keys(mine), [desk]);
    assert.deepEqual(mine[desk], tableRows(section(y.text, 'tr-dossiers'), 'Hồ sơ đã giải quyết theo đơn vị')[desk]);
    const wx = await fetch(`${BASE}/transparency/${id}/dossiers.xlsx?year=2019`);
    assert.equal(wx.status, 200);
    assert.equal(Buffer.from(await wx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
    assert.equal((await anon.get('/transparency/999999999/dossiers.xlsx?year=2019')).status, 404);
    assert.equal((await anon.get('/transparency/0/dossiers.xlsx')).status, 400);
    assert.equal((await anon.get('/transparency/999999999')).status, 404);
    assert.equal((await anon.get('/transparency?year=abc')).status, 400);
  });
});

/** A share as every page writes it (web_fmt_percent): "29,5 %", "29 %", a no-break space before the sign. */
const vnPercent = (v, decimals) => `${Number(v.toFixed(decimals)).toString().replace('.', ',')}\u00a0%`;

/** The rows of the table captioned CAPTION on HTML: { unit name: [cell texts] }. */
function tableRows(html, caption) {
  const at = html.indexOf(`<caption>${caption}</caption>`);
  assert.ok(at >= 0, `no table "${caption}"`);
  const body = html.slice(at, html.indexOf('</table>', at));
  const rows = {};
  for (const m of body.matchAll(/<tr><th scope="row">(?:<a href="[^"]*">)?([^<]+)(?:<\/a>)?<\/th>(.*?)<\/tr>/g)) {
    rows[m[1]] = [...m[2].matchAll(/<td class="num">([^<]*)<\/td>/g)].map((c) => c[1]);
  }
  return rows;
}

/** The section of HTML headed by the <h2> with id ID, to its </section>. */
function section(html, id) {
  const at = html.indexOf(`<h2 id="${id}">`);
  assert.ok(at >= 0, `no section ${id}`);
  return html.slice(at, html.indexOf('</section>', at));
}

describe('transparency: tasks and citizens\' reports', () => {
  let admin;
  const units = {};
  const ctx = {};
  test('setup: the district, its parent and a ward', async () => {
    admin = client(await signIn());
    for (const u of (await admin.get('/api/v1/units?limit=1000')).json.items) units[u.id] = u;
    ctx.q9 = Object.values(units).find((u) => u.code === 'Q9');
    ctx.lb = Object.values(units).find((u) => u.name === 'Phường Long Bình');
    assert.ok(ctx.q9 && ctx.lb && ctx.q9.parent_id);
  });

  /** The scorecard rows (units directly under ROOT, each with its subtree) of YEAR by name. */
  async function scorecard(root, year) {
    const r = await admin.get(`/api/v1/scorecards?unit_id=${root}&year=${year}`);
    assert.equal(r.status, 200, r.text);
    return Object.fromEntries(r.json.units.map((u) => [u.name, [u.on_time, u.late, u.in_progress, u.overdue]]));
  }

  /** The transparency tasks table of YEAR against the task module's scorecards, row by row. */
  async function tasksMatch(year) {
    const page = (await anon.get(`/transparency?year=${year}`)).text;
    // A year without tasks has no such section.
    const rows = page.includes('<h2 id="tr-tasks">') ? tableRows(section(page, 'tr-tasks'), 'Nhiệm vụ theo đơn vị') : {};
    const [wards, district] = await Promise.all([scorecard(ctx.q9.id, year), scorecard(ctx.q9.parent_id, year)]);
    const want = { [ctx.q9.name]: district[ctx.q9.name] };
    for (const name of Object.keys(rows)) if (name !== ctx.q9.name) want[name] = wards[name];
    const got = Object.fromEntries(Object.entries(rows).map(([n, c]) => [n, c.slice(0, 4).map(Number)]));
    return { page, rows, got, want };
  }

  test('tasks by district and ward are the task module\'s figures; no title or person reaches the public', async () => {
    // 2019: the demo's tasks in the district and its wards (other test files may add some
    // meanwhile: the two reads are compared again until they agree, three times at most).
    let m;
    for (let i = 0; i < 3; i++) {
      m = await tasksMatch(2019);
      try { assert.deepEqual(m.got, m.want); break; } catch (e) { if (i === 2) throw e; }
    }
    assert.ok(Object.keys(m.rows).length >= 14, 'the district and its 13 wards');
    assert.ok(m.got[ctx.lb.name].reduce((a, b) => a + b) > 0, 'the ward has 2019 tasks');
    const [onTime, late, , overdue] = m.got[ctx.q9.name];
    const pct = m.rows[ctx.q9.name][4];
    assert.equal(pct, vnPercent(100 * onTime / (onTime + late + overdue), 1));

    // A task of the ward in a year of its own: counted in the ward and in the district only.
    const year = 2021 + randomInt(0, 3);
    // People of the test's own, so no one else's list of tasks changes.
    const tag = Date.now().toString(36);
    const people = [];
    for (const [name, title] of [[`Cán bộ minh bạch ${tag}`, 'Chuyên viên'], [`Lãnh đạo minh bạch ${tag}`, 'Phó Chủ tịch']]) {
      const r = await admin.post('/api/v1/people', { full_name: name, title, unit_id: ctx.lb.id });
      assert.equal(r.status, 201, r.text);
      people.push(r.json);
    }
    const before = (await tasksMatch(year)).got;
    const title = `Nhiệm vụ nội bộ ${Date.now()}`;
    const t = await admin.post('/api/v1/tasks', {
      title, description: 'Ghi chú nội bộ không công khai', unit_id: ctx.lb.id,
      assignee_id: people[0].id, leader_id: people[1].id, due_date: `${year}-06-30`,
    });
    assert.equal(t.status, 201, t.text);
    const after = await tasksMatch(year);
    assert.deepEqual(after.got, after.want);
    const plus = (row) => (before[row] ?? [0, 0, 0, 0]).map((v, i) => v + (i === 3 ? 1 : 0));
    assert.deepEqual(after.got[ctx.lb.name], plus(ctx.lb.name), 'overdue in its ward (a past deadline)');
    assert.deepEqual(after.got[ctx.q9.name], plus(ctx.q9.name), 'and in its district');
    for (const name of Object.keys(after.got)) {
      if (name !== ctx.lb.name && name !== ctx.q9.name) assert.deepEqual(after.got[name], before[name] ?? [0, 0, 0, 0], name);
    }
    for (const secret of [title, 'Ghi chú nội bộ', people[0].full_name, people[1].full_name]) {
      assert.ok(!after.page.includes(secret), `"${secret}" is not on the public page`);
    }
    const unitPage = await anon.get(`/transparency/${ctx.lb.id}?year=${year}`);
    assert.deepEqual(tableRows(section(unitPage.text, 'tr-tasks'), 'Nhiệm vụ theo đơn vị')[ctx.lb.name].slice(0, 4).map(Number),
      after.got[ctx.lb.name], 'the ward\'s own page');
    assert.ok(!unitPage.text.includes(title));
    const x = await fetch(`${BASE}/transparency/0/tasks.xlsx?year=${year}`);
    assert.equal(x.status, 200);
    assert.match(x.headers.get('content-disposition'), new RegExp(`nhiem-vu-${year}\\.xlsx`));
    assert.equal(Buffer.from(await x.arrayBuffer()).subarray(0, 2).toString(), 'PK');
  });

  test('reports answered on time by district and ward are the feedback module\'s figures; no report or sender', async () => {
    // 2025: the demo's reports of last year, which no test adds to (a report is received now).
    const page = (await anon.get('/transparency?year=2025')).text;
    const sec = section(page, 'tr-feedback');
    const rows = tableRows(sec, 'Phản ánh, kiến nghị theo đơn vị');
    const metrics = tableRows((await anon.get('/feedback/metrics?year=2025')).text, 'Theo đơn vị chịu trách nhiệm');
    const unitNames = new Set(Object.values(units).map((u) => u.name));
    let total = 0;
    for (const [name, cells] of Object.entries(metrics)) {
      if (unitNames.has(name)) total += Number(cells[0]); // not the footer, nor the reports not yet routed
      if (!(name in rows)) continue;
      const [reports, answered, onTime, pct, late] = rows[name];
      assert.equal(reports, cells[0], `${name}: reports`);
      assert.equal(answered, cells[1], `${name}: answered`);
      assert.equal(late, cells[6], `${name}: open past the deadline`);
      assert.equal(vnPercent(100 * Number(onTime) / Number(answered), 0), cells[3], `${name}: on time`);
      assert.equal(pct, vnPercent(100 * Number(onTime) / Number(answered), 1));
    }
    assert.ok(Object.keys(rows).filter((n) => n in metrics).length >= 13, 'every ward answered reports in 2025');
    assert.equal(Number(rows[ctx.q9.name][0]), total, 'the district counts every unit under it');
    // Nothing of a report or its sender: no text, no phone number, no e-mail address.
    const texts = (await anon.get('/open311/v2/requests.json')).json.map((r) => r.description).filter(Boolean);
    assert.ok(texts.length > 0);
    const now = (await anon.get('/transparency')).text;
    for (const html of [page, now]) {
      for (const d of texts) assert.ok(!html.includes(d), `a report's text is on the page: ${d}`);
      assert.doesNotMatch(html, /\b0\d{9}\b/, 'a phone number');
      assert.doesNotMatch(html, /[\w.-]+@[\w-]+\.\w/, 'an e-mail address');
    }
    assert.match(now, /<h2 id="tr-feedback">Phản ánh, kiến nghị năm \d{4}: trả lời đúng hạn<\/h2>/);
    const x = await fetch(`${BASE}/transparency/${ctx.lb.id}/feedback.xlsx?year=2025`);
    assert.equal(x.status, 200);
    assert.match(x.headers.get('content-disposition'), /phan-anh-2025\.xlsx/);
    assert.equal(Buffer.from(await x.arrayBuffer()).subarray(0, 2).toString(), 'PK');
    assert.equal((await anon.get('/transparency/0/feedback.xlsx?year=x')).status, 400);
    assert.equal((await anon.get('/transparency/999999999/tasks.xlsx')).status, 404);
  });
});
