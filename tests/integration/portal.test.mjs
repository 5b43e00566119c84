// The public portal (issue 14): Atom feeds checked by a real feed parser
// (feedparser, from npm), caching validators and 304, the sitemap, search
// that folds diacritics and đ and ranks, the transparency dashboards with
// their tables and xlsx downloads, the reader controls without JavaScript.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';

import FeedParser from 'feedparser';

import { BASE, client } from './lib.mjs';

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
    assert.match(r.text, /<svg role="img" aria-labelledby="tr-chart-t tr-chart-d"/);
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
    assert.match(y.text, /<svg role="img" aria-labelledby="trd-t trd-d"/);
    assert.match(y.text, /Hồ sơ năm 2019: trước hạn, đúng hạn, trễ hạn/);
    const dx = await fetch(`${BASE}/transparency/0/dossiers.xlsx?year=2019`);
    assert.equal(dx.status, 200);
    assert.equal(Buffer.from(await dx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
    assert.equal((await anon.get('/transparency/0/dossiers.xlsx')).status, 400);
    assert.equal((await anon.get('/transparency/999999999')).status, 404);
    assert.equal((await anon.get('/transparency?year=abc')).status, 400);
  });
});
