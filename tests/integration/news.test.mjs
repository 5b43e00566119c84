// News (issue 14): the contract other tools rely on (GET /api/v1/articles,
// /api/v1/articles/{id}, /news/{slug}), the seed article of the demo, the
// editorial workflow by role and unit (audited, scheduled publication),
// Markdown without raw HTML, pictures checked by their bytes with
// thumbnails, and the view counter: exact under concurrent readers, robots
// left out, written to the database in batches.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { before, describe, test } from 'node:test';

import { BASE, DB, ENGINE, assertProblem, client, get, list, rawRequest, signIn, uniq } from './lib.mjs';

const READER = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) integration-reader' };
const SEED_TITLE = 'Quận 9: Tập trung giải pháp thực hiện tốt chủ đề năm 2019';

/** The stored view count of article ID, read from the database itself. */
function storedViews(id) {
  if (ENGINE === 'postgresql' || DB.startsWith('postgres')) {
    const r = spawnSync('psql', ['-X', '-q', '-At', DB, '-c', `SELECT views FROM article WHERE id = ${Number(id)}`],
      { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stdout.trim());
  }
  const file = DB.replace(/^sqlite:/, '');
  return Number(execFileSync('sqlite3', [file, `SELECT views FROM article WHERE id = ${Number(id)}`],
    { encoding: 'utf8' }).trim());
}

/** A small PNG, W×H, made here (CRC and all), so the test needs no file; TEXT: a tEXt chunk. */
function png(w, h, text) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = x % 256; raw[o + 1] = y % 256; raw[o + 2] = 128;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), ...(text ? [chunk('tEXt', Buffer.from(text, 'latin1'))] : []),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const ctx = {};
const anon = client(null);

before(async () => {
  ctx.officer = client(await signIn(BASE, 'longbinh', 'demo-2019-longbinh'));
  ctx.leader = client(await signIn(BASE, 'lanhdao', 'demo-2019-lanhdao'));
  ctx.hpHead = client(await signIn(BASE, 'hiepphu', 'demo-2019-hiepphu'));
  ctx.admin = client(await signIn());
  const q9 = (await list('/api/v1/units?kind=district')).find((u) => u.code === 'Q9');
  const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
  ctx.lb = wards.find((u) => u.code === 'Q9.LONGBINH');
  ctx.hp = wards.find((u) => u.code === 'Q9.HIEPPHU');
  assert.ok(ctx.lb && ctx.hp, 'the demo wards');
});

/** A draft by the Long Bình officer. */
async function draft(fields = {}) {
  const r = await ctx.officer.post('/api/v1/articles', {
    title: `Tin phường Long Bình ${uniq()}`, lead: 'Tóm tắt.', body: 'Đoạn một.\n\nĐoạn hai.',
    category: 'hoat-dong', author: 'Phóng viên', unit_id: ctx.lb.id, ...fields,
  });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function publish(a, publishAt) {
  assert.equal((await ctx.officer.post(`/api/v1/articles/${a.id}/status`, { status: 'review' })).status, 200);
  const r = await ctx.leader.post(`/api/v1/articles/${a.id}/status`,
    { status: 'published', ...(publishAt ? { publish_at: publishAt } : {}) });
  assert.equal(r.status, 200, r.text);
  return r.json;
}

describe('the contract: /api/v1/articles', () => {
  test('published articles, newest first, with id, slug, title, published_at, views', async () => {
    const r = await anon.get('/api/v1/articles?limit=50');
    assert.equal(r.status, 200);
    assert.ok(r.json.items.length >= 6);
    for (const a of r.json.items) {
      assert.equal(typeof a.id, 'number');
      assert.match(a.slug, /^[a-z0-9-]+$/);
      assert.equal(typeof a.title, 'string');
      assert.match(a.published_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
      assert.equal(typeof a.views, 'number');
    }
    const times = r.json.items.map((a) => Date.parse(a.published_at));
    assert.deepEqual(times, [...times].sort((x, y) => y - x), 'newest first');
    assert.equal((await anon.get('/api/v1/articles?limit=2')).json.items.length, 2);
  });

  test('the demo\'s first published article is the seed: 17/01/2019 20:50, 811 views or more', async () => {
    const all = (await anon.get('/api/v1/articles?limit=1000')).json.items;
    const first = all.reduce((a, b) => (Date.parse(a.published_at) <= Date.parse(b.published_at) ? a : b));
    assert.ok(first.title.startsWith(SEED_TITLE), first.title);
    assert.equal(first.published_at, '2019-01-17T20:50:00+07:00');
    assert.ok(first.views >= 811, `${first.views} views`);
    const one = await anon.get(`/api/v1/articles/${first.id}`);
    assert.equal(one.status, 200);
    assert.match(one.json.body, /Chiều 14\/1, UBND Quận 9 tổ chức Hội nghị/);
    assert.equal(one.json.images.length, 2);
    assert.match(one.json.images[0].caption, /Đặng Thị Hồng Liên/);
    assert.ok(one.json.images[0].alt.length > 10);
    const page = await get(`/news/${first.slug}`, { anonymous: true, headers: READER });
    assert.equal(page.status, 200);
    assert.match(page.text, /Thứ năm, 17\/01\/2019, 20:50/);
    assert.match(page.text, /Số lượng lượt xem: \d/);
    assert.match(page.text, /<link rel="canonical" href="http:\/\/[^"]+\/news\//);
    assert.match(page.text, /<meta property="og:title" content="Quận 9: Tập trung/);
    assert.match(page.text, /<img src="\/media\/articles\/\d+\/thumb" width="480" height="\d+" alt="[^"]+">/);
    assert.match(page.text, /<figcaption>Bí thư Quận ủy Quận 9/);
  });

  test('q folds diacritics and đ, category filters, bad input is a problem', async () => {
    const q = await anon.get('/api/v1/articles?q=quan%209');
    assert.ok(q.json.items.some((a) => a.title.startsWith(SEED_TITLE)));
    const d = await anon.get(`/api/v1/articles?q=${encodeURIComponent('duong van minh')}`);
    assert.ok(d.json.items.some((a) => a.title.includes('đường văn minh')), JSON.stringify(d.json));
    const c = await anon.get('/api/v1/articles?category=thong-bao');
    assert.ok(c.json.items.length >= 1);
    for (const a of c.json.items) assert.equal(a.category, 'thong-bao');
    assert.equal((await anon.get('/api/v1/articles?category=nope')).status, 400);
    assert.equal((await anon.get('/api/v1/articles?limit=0')).status, 400);
    assert.equal((await anon.get('/api/v1/articles/999999999')).status, 404);
    assert.equal((await anon.get('/news/khong-co-bai-nay')).status, 404);
  });
});

describe('editorial workflow', () => {
  test('draft → review → published → withdrawn, each by its role, each audited', async () => {
    const a = await draft();
    assert.equal(a.status, 'draft');
    assert.equal(a.published_at, null);
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).status, 404, 'a draft is not public');
    assert.equal((await ctx.hpHead.get(`/api/v1/articles/${a.id}`)).status, 404, 'nor another ward\'s');
    assert.equal((await anon.get(`/news/${a.slug}`)).status, 404);
    // Straight to published is no step of the workflow.
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'published' })).status, 409);
    assert.equal((await ctx.officer.post(`/api/v1/articles/${a.id}/status`, { status: 'review' })).status, 200);
    // An officer drafts and submits but does not publish; another ward's head cannot either.
    assert.equal((await ctx.officer.post(`/api/v1/articles/${a.id}/status`, { status: 'published' })).status, 403);
    assert.equal((await ctx.hpHead.post(`/api/v1/articles/${a.id}/status`, { status: 'published' })).status, 403);
    const p = await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'published' });
    assert.equal(p.status, 200, p.text);
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).status, 200);
    assert.ok((await anon.get('/api/v1/articles?limit=1000')).json.items.some((x) => x.id === a.id));
    // Published content is frozen: edits are a conflict until withdrawn.
    assert.equal((await ctx.officer.patch(`/api/v1/articles/${a.id}`, { title: 'Khác' })).status, 409);
    assert.equal((await ctx.officer.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 403);
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).status, 404);
    const h = await ctx.admin.get(`/api/v1/audit?entity=article&entity_id=${a.id}`);
    assert.equal(h.status, 200, h.text);
    const actions = (h.json.items ?? h.json).map((e) => e.action);
    for (const want of ['create', 'review', 'published', 'withdrawn']) assert.ok(actions.includes(want), `${want} in ${actions}`);
  });

  test('scheduled publication: public from its time on, with no further write', async () => {
    const a = await draft();
    const at = new Date(Date.now() + 2500);
    const iso = `${new Date(at.getTime() + 7 * 3600e3).toISOString().slice(0, 19)}+07:00`;
    const p = await publish(a, iso);
    assert.equal(p.status, 'published');
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).status, 404, 'not yet');
    await new Promise((r) => setTimeout(r, 3500));
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).status, 200, 'its time has come');
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`,
      { status: 'withdrawn' })).status, 200);
  });

  test('bad input: problems naming the field, nothing written', async () => {
    for (const [body, field] of [
      [{ title: '', body: 'x', category: 'hoat-dong', unit_id: ctx.lb.id }, 'title'],
      [{ title: 'x', body: 'x', category: 'khong-co', unit_id: ctx.lb.id }, 'category'],
      [{ title: 'x'.repeat(301), body: 'x', category: 'hoat-dong', unit_id: ctx.lb.id }, 'title'],
      [{ title: 'x', body: 'x', category: 'hoat-dong', unit_id: 999999999 }, 'unit_id'],
    ]) {
      const r = await ctx.officer.post('/api/v1/articles', body);
      assert.equal(r.status, 422, r.text);
      assert.equal(r.json.field, field);
    }
    assert.equal((await ctx.officer.post('/api/v1/articles', {
      title: 'x', body: 'x', category: 'hoat-dong', unit_id: ctx.hp.id,
    })).status, 403, 'another ward');
    assert.equal((await anon.post('/api/v1/articles', { title: 'x' })).status, 401);
  });

  test('Markdown is rendered; raw HTML and javascript: links are not passed through', async () => {
    const a = await draft({
      body: '## Mục\n\n**đậm** [trang](https://example.org)\n\n<script>alert(1)</script>\n\n'
        + '<img src=x onerror=alert(2)>\n\n[xấu](javascript:alert(3))',
    });
    const p = await publish(a);
    const page = await anon.get(`/news/${p.slug}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<h2>Mục<\/h2>/);
    assert.match(page.text, /<strong>đậm<\/strong>/);
    assert.match(page.text, /<a href="https:\/\/example.org">trang<\/a>/);
    assert.doesNotMatch(page.text, /<script>alert/);
    assert.doesNotMatch(page.text, /onerror=/);
    assert.doesNotMatch(page.text, /javascript:/);
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });

  test('pictures: checked by their bytes, alt text required, a thumbnail 480 wide', async () => {
    const a = await draft();
    const up = (bytes, q) => fetch(`${BASE}/api/v1/articles/${a.id}/images?${q}`, {
      method: 'POST', body: bytes, headers: { cookie: ctx.officerCookie ?? '', 'content-type': 'image/png' },
    });
    ctx.officerCookie = await signIn(BASE, 'longbinh', 'demo-2019-longbinh');
    const ok = await up(png(1200, 600), `alt=${encodeURIComponent('Toàn cảnh hội nghị')}&caption=${encodeURIComponent('Chú thích ảnh')}`);
    assert.equal(ok.status, 201, await ok.clone().text());
    const img = await ok.json();
    assert.deepEqual([img.width, img.height, img.mime], [1200, 600, 'image/png']);
    const noAlt = await up(png(10, 10), 'alt=');
    assert.equal(noAlt.status, 422);
    assert.equal((await noAlt.json()).field, 'alt');
    const fake = await up(Buffer.from('GIF89a not really'), 'alt=x');
    assert.equal(fake.status, 422);
    const html = await up(Buffer.from('<svg onload=alert(1)>'), 'alt=x');
    assert.equal(html.status, 422, 'an SVG (script inside) is no accepted picture');
    // The editor sees the draft's picture; the public does not until publication.
    const thumbAnon = await fetch(`${BASE}${img.thumbnail_url}`);
    assert.equal(thumbAnon.status, 404);
    await publish(a);
    const thumb = await fetch(`${BASE}${img.thumbnail_url}`);
    assert.equal(thumb.status, 200);
    assert.equal(thumb.headers.get('content-type'), 'image/png');
    const tb = Buffer.from(await thumb.arrayBuffer());
    assert.equal(tb.readUInt32BE(16), 480, 'thumbnail width');
    assert.equal(tb.readUInt32BE(20), 240, 'thumbnail height');
    const full = Buffer.from(await (await fetch(`${BASE}${img.url}`)).arrayBuffer());
    assert.equal(full.readUInt32BE(16), 1200);
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });
});

describe('pictures in the body', () => {
  test('placed by ![](image:N) with their alt text, stripped of metadata; other images are not shown', async () => {
    const cookie = await signIn(BASE, 'longbinh', 'demo-2019-longbinh');
    const up = async (id, bytes, alt, caption = '') => {
      const r = await fetch(`${BASE}/api/v1/articles/${id}/images?alt=${encodeURIComponent(alt)}&caption=${encodeURIComponent(caption)}`, {
        method: 'POST', body: bytes, headers: { cookie, 'content-type': 'image/png' },
      });
      assert.equal(r.status, 201, await r.clone().text());
      return r.json();
    };
    const other = await draft();
    const foreign = await up(other.id, png(40, 20), 'Ảnh của bài khác');
    const a = await draft();
    const sent = png(3000, 1000, 'Comment\0GPS 10.84 106.77 camera serial 4242');
    assert.ok(sent.includes('serial 4242'));
    const img = await up(a.id, sent, 'Đoàn kiểm tra tại công trình', 'Ảnh: Phường Long Bình');
    const kept = await up(a.id, png(50, 50), 'Ảnh chỉ ở cuối bài');
    assert.deepEqual([img.width, img.height], [2400, 800], 'kept at most 2400 pixels a side');
    const body = `Đoạn một.\n\n![](image:${img.id})\n\nĐoạn hai ![Bản đồ](/media/articles/${foreign.id}) `
      + '![theo dõi](https://tracker.example/p.gif)\n\n<img src=x onerror=alert(1)> [x](javascript:alert(2))';
    assert.equal((await ctx.officer.patch(`/api/v1/articles/${a.id}`, { body })).status, 200);
    const p = await publish(a);
    const page = (await anon.get(`/news/${p.slug}`)).text;
    const main = page.slice(page.indexOf('<div class="news-body">'));
    assert.match(main, new RegExp(`<img src="/media/articles/${img.id}" alt="Đoàn kiểm tra tại công trình" />`
      + '<br />\\n<em>Ảnh: Phường Long Bình</em>'));
    assert.ok(!page.includes(`/media/articles/${img.id}/thumb`), 'placed in the body, not again among the figures');
    assert.ok(page.includes(`/media/articles/${kept.id}/thumb`), 'a picture the body does not place stays a figure');
    assert.ok(!page.includes(`/media/articles/${foreign.id}`), 'another article\'s picture is not shown');
    assert.match(main, /Bản đồ/);
    assert.doesNotMatch(page, /tracker\.example|onerror|javascript:/);
    // What is served is the picture encoded afresh: no text chunk, no serial number.
    const full = Buffer.from(await (await fetch(`${BASE}/media/articles/${img.id}`)).arrayBuffer());
    assert.equal(full.readUInt32BE(16), 2400);
    assert.ok(!full.includes('serial 4242') && !full.includes('tEXt'), 'the metadata is gone');
    // The feed carries the picture at its absolute address.
    const feed = await (await fetch(`${BASE}/feeds/news.atom`)).text();
    assert.match(feed, new RegExp(`&lt;img src="https?://[^"]+/media/articles/${img.id}"`));
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });
});

describe('pictures moved and removed', () => {
  test('an editor reorders and removes pictures; one the text shows is refused beside it; each change audited', async () => {
    const cookie = await signIn(BASE, 'longbinh', 'demo-2019-longbinh');
    const up = async (id, alt) => {
      const r = await fetch(`${BASE}/api/v1/articles/${id}/images?alt=${encodeURIComponent(alt)}`, {
        method: 'POST', body: png(40, 20), headers: { cookie, 'content-type': 'image/png' },
      });
      assert.equal(r.status, 201, await r.clone().text());
      return (await r.json()).id;
    };
    const a = await draft();
    const [one, two, three] = [await up(a.id, 'Một'), await up(a.id, 'Hai'), await up(a.id, 'Ba')];
    const order = async () => (await ctx.officer.get(`/api/v1/articles/${a.id}`)).json.images.map((i) => i.id);
    assert.deepEqual(await order(), [one, two, three]);

    // Over the API: three one place earlier, then one place later (nothing after it: no change).
    let r = await ctx.officer.post(`/api/v1/articles/${a.id}/images/${three}/move`, { direction: 'earlier' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.images.map((i) => i.id), [one, three, two]);
    r = await ctx.officer.post(`/api/v1/articles/${a.id}/images/${two}/move`, { direction: 'later' });
    assert.deepEqual(r.json.images.map((i) => i.id), [one, three, two]);
    assertProblem(await ctx.officer.post(`/api/v1/articles/${a.id}/images/${two}/move`, { direction: 'up' }), 422, 'direction');
    // Another ward's officer may not; another article's picture is not this one's.
    const hpOfficer = client(await signIn(BASE, 'hiepphu', 'demo-2019-hiepphu'));
    assert.equal((await hpOfficer.del(`/api/v1/articles/${a.id}/images/${one}`)).status, 403);
    const other = await draft();
    assert.equal((await ctx.officer.del(`/api/v1/articles/${other.id}/images/${one}`)).status, 404);

    // The text shows two: removing it is refused, over the API and on the page, and nothing changes.
    assert.equal((await ctx.officer.patch(`/api/v1/articles/${a.id}`, { body: `Mở đầu.\n\n![](image:${two})` })).status, 200);
    assertProblem(await ctx.officer.del(`/api/v1/articles/${a.id}/images/${two}`), 409, 'image');
    const editor = await fetch(`${BASE}/news/editor/${a.id}`, { headers: { cookie } });
    const csrf = /name="csrf" value="([^"]+)"/.exec(await editor.text())[1];
    const form = (path, fields) => fetch(`${BASE}${path}`, {
      method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
    });
    const refused = await form(`/news/editor/${a.id}/images/${two}/remove`, {});
    assert.equal(refused.status, 409);
    const html = await refused.text();
    assert.match(html, new RegExp(`<p class="error" id="f-pictures-picture-${two}-error">Ảnh này đang được chèn trong nội dung`));
    assert.match(html, new RegExp(`href="#f-pictures-picture-${two}"`), 'the summary links to the picture\'s button');
    assert.deepEqual(await order(), [one, three, two]);

    // On the page: two one place earlier, then one removed; the rest close up.
    assert.equal((await form(`/news/editor/${a.id}/images/${two}/move`, { direction: 'earlier' })).status, 303);
    assert.deepEqual(await order(), [one, two, three]);
    assert.equal((await form(`/news/editor/${a.id}/images/${one}/remove`, {})).status, 303);
    assert.deepEqual(await order(), [two, three]);
    assert.equal((await fetch(`${BASE}/media/articles/${one}`)).status, 404, 'its bytes are gone');
    // A picture added now goes last, after the removal's gap.
    const four = await up(a.id, 'Bốn');
    assert.deepEqual(await order(), [two, three, four]);

    // In the article's history: each picture added, moved (each one whose place changed) and removed.
    const history = (await (client(await signIn(BASE, 'quantri', 'demo-2019-quantri')))
      .get(`/api/v1/audit?entity=article&entity_id=${a.id}`)).json.items;
    const of = (id, action) => history.filter((e) => e.action === action
      && (e.after?.id ?? e.before?.id) === id).map((e) => [e.actor, e.before?.position ?? null, e.after?.position ?? null]);
    assert.deepEqual(of(one, 'add_picture'), [['longbinh', null, 1]]);
    assert.deepEqual(of(one, 'remove_picture'), [['longbinh', 1, null]]);
    assert.equal(of(three, 'move_picture').length, 3, 'three moved up, back down, and up when one went');
    assert.deepEqual(of(four, 'add_picture'), [['longbinh', null, 3]]);

    // A published article's pictures stay as they are until it is withdrawn: none added either
    // (a picture the body does not place would show at its end without review).
    const p = await publish(a);
    assertProblem(await ctx.officer.post(`/api/v1/articles/${p.id}/images/${three}/move`, { direction: 'earlier' }), 409, 'status');
    const late = await fetch(`${BASE}/api/v1/articles/${p.id}/images?alt=x`, {
      method: 'POST', body: png(40, 20), headers: { cookie, 'content-type': 'image/png' },
    });
    assert.equal(late.status, 409);
    assert.deepEqual(await order(), [two, three, four]);
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });
});

describe('the view counter', () => {
  test('exact under concurrent readers, robots and prefetches left out, written in a batch', async () => {
    const a = await publish(await draft());
    assert.equal(a.views, 0);
    const path = `/news/${a.slug}`;
    const N = 300;
    const hit = (headers, method = 'GET') => fetch(BASE + path, { method, headers })
      .then((r) => { assert.equal(r.status, 200); return r.arrayBuffer(); });
    const robots = [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'user-agent': 'facebookexternalhit/1.1' },
      { 'user-agent': 'curl/7.88.1' },
      { ...READER, 'sec-purpose': 'prefetch' },
    ];
    const jobs = [];
    for (let i = 0; i < N; i++) jobs.push(() => hit(READER));
    for (let i = 0; i < 40; i++) jobs.push(() => hit(robots[i % robots.length]));
    for (let i = 0; i < 10; i++) jobs.push(() => hit(READER, 'HEAD'));
    // 24 readers at once, the kinds interleaved.
    let next = 0;
    const worker = async () => { while (next < jobs.length) await jobs[next++](); };
    await Promise.all(Array.from({ length: 24 }, worker));
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).json.views, N, 'counted, flushed or not');
    // Written within a flush interval (2 s): the database itself holds the count.
    let stored = -1;
    for (let i = 0; i < 20 && stored !== N; i++) {
      await new Promise((r) => setTimeout(r, 500));
      stored = storedViews(a.id);
    }
    assert.equal(stored, N, 'the stored count after the flush');
    assert.equal((await anon.get(`/api/v1/articles/${a.id}`)).json.views, N, 'shown once, not twice');
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });

  test('a page kept whole shows each reader the count of that moment and their own choices', async () => {
    const a = await publish(await draft());
    const path = `/news/${a.slug}`;
    const page = async (cookie = '', query = '') => {
      const r = await fetch(`${BASE}${path}${query}`, { headers: { ...READER, cookie } });
      assert.equal(r.status, 200);
      const text = await r.text();
      return { text, views: Number(/class="views">[^<]*?([\d.]+)<\/p>/.exec(text)[1].replace(/\./g, '')) };
    };
    // The count goes up by one a reading, whether the page was rendered or kept.
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push((await page()).views);
    assert.deepEqual(seen, [1, 2, 3, 4]);
    // Choices (size, colour, language) each get their own page, never another reader's.
    const large = await page('dh_font=large; dh_color=blue');
    assert.match(large.text, /<html lang="vi" class="font-large theme-default color-blue">/);
    assert.match(large.text, /href="\/prefs\?font=large&amp;back=[^"]*" aria-current="true"/);
    const en = await page('dh_lang=en');
    assert.match(en.text, /<html lang="en" class="font-normal theme-default color-default">/);
    assert.match(en.text, /Views: 6/);
    const plain = await page();
    assert.match(plain.text, /<html lang="vi" class="font-normal theme-default color-default">/);
    assert.doesNotMatch(plain.text, /font=large&amp;back=[^"]*" aria-current/);
    // A cookie the layout does not know, an address with a query: rendered, counted all the same.
    const odd = await page('dh_font=huge');
    assert.match(odd.text, /class="font-normal theme-default color-default"/);
    const query = await page('', '?utm_source=zalo');
    assert.match(query.text, /back=\/news\/[^"]*%3F|back=\/news\/[^"]*\?utm_source/);
    assert.deepEqual([plain.views, odd.views, query.views], [7, 8, 9]);
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
    assert.equal((await fetch(`${BASE}${path}`, { headers: READER })).status, 404, 'withdrawn: the kept page is gone');
  });

  test('a forged Host never reaches another reader\'s canonical address', async () => {
    const a = await publish(await draft());
    for (const query of ['', '?ref=1']) { // kept whole, and kept in parts
      const forged = await rawRequest(`GET /news/${a.slug}${query} HTTP/1.1\r\nHost: evil.example\r\n`
        + `User-Agent: ${READER['user-agent']}\r\nConnection: close\r\n\r\n`);
      assert.equal(forged.status, 200);
      assert.match(forged.text, /<link rel="canonical" href="http:\/\/evil\.example\/news\//);
      const page = await (await fetch(`${BASE}/news/${a.slug}${query}`, { headers: READER })).text();
      assert.ok(page.includes(`<link rel="canonical" href="${BASE}/news/${a.slug}">`), query);
      assert.ok(!page.includes('evil.example'), query);
    }
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });

  test('the news list answers 304 to its own validator, until a choice or a publication differs', async () => {
    const first = await fetch(`${BASE}/news`, { headers: READER });
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.match(etag, /^W\/"news-[0-9a-f]{16}-\d+"$/);
    assert.equal(first.headers.get('vary'), 'Cookie');
    await first.arrayBuffer();
    const again = await fetch(`${BASE}/news`, { headers: { ...READER, 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const large = await fetch(`${BASE}/news`, { headers: { ...READER, cookie: 'dh_font=large', 'if-none-match': etag } });
    assert.equal(large.status, 200, 'another reader\'s choices: another page');
    assert.match(await large.text(), /class="font-large/);
    const a = await publish(await draft());
    const after = await fetch(`${BASE}/news`, { headers: { ...READER, 'if-none-match': etag } });
    assert.equal(after.status, 200, 'a publication changes the list');
    assert.match(await after.text(), new RegExp(a.title));
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
  });
});

describe("the citizen's home as the portal's front page", () => {
  test('its latest news are kept whole for anonymous readers, yet a publication or a withdrawal shows at once', async () => {
    const latest = async () => {
      const r = await anon.get('/');
      assert.equal(r.status, 200);
      const s = /<section class="home-news">([\s\S]*?)<\/section>/.exec(r.text);
      assert.ok(s, 'no latest news on the home page');
      return [...s[1].matchAll(/<a href="\/news\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    };
    const before = await latest();
    assert.equal(before.length, 3, `${before.length} latest articles`);
    assert.deepEqual(await latest(), before, 'two reads of the kept page differ');
    const a = await draft();
    await publish(a);
    const after = await latest();
    assert.equal(after[0], a.slug, 'the article just published is not first on the home page');
    assert.deepEqual(after.slice(1), before.slice(0, 2));
    assert.equal((await ctx.leader.post(`/api/v1/articles/${a.id}/status`, { status: 'withdrawn' })).status, 200);
    assert.deepEqual(await latest(), before, 'the withdrawn article is still on the home page');
  });
});
