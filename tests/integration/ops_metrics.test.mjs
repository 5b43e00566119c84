// Watching it (issue 15): /metrics in the Prometheus text format, readable
// only from the configured addresses, and the structured access log.  Each
// test starts its own server on its own SQLite database.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { demoDb, freePort, removeDir, runCli, signIn, startServer, tempDir } from './lib.mjs';

const T = { timeout: 120000 };
const dirs = [];
let db;
before(() => {
  const d = tempDir();
  dirs.push(d);
  db = demoDb(d).url;
});
after(() => { for (const d of dirs) removeDir(d); });

async function serve(extra = []) {
  return startServer(['serve', '--db', db, '--listen', `127.0.0.1:${await freePort()}`, ...extra]);
}

/** Parses the text format: { 'name{labels}': value }, checking every line's syntax. */
function parse(text) {
  const out = {};
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (\S+)$/.exec(line);
    assert.ok(m, `not a Prometheus sample line: ${line}`);
    assert.ok(!Number.isNaN(Number(m[3])), `not a number: ${line}`);
    out[m[1] + (m[2] || '')] = Number(m[3]);
  }
  return out;
}

async function scrape(url, headers = {}) {
  const r = await fetch(`${url}/metrics`, { headers });
  return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
}

describe('/metrics', () => {
  test('counts requests by route and status, with latency, database time and the rest', T, async () => {
    const s = await serve();
    try {
      const first = parse((await scrape(s.url)).text);
      const key = 'dieuhanh_http_requests_total{route="GET /api/v1/units",status="200"}';
      const before0 = first[key] ?? 0;
      for (let i = 0; i < 7; i++) await (await fetch(`${s.url}/api/v1/units`)).text();
      await (await fetch(`${s.url}/no/such/page`)).text();
      await (await fetch(`${s.url}/api/v1/units/999999999`)).text();
      await signIn(s.url);   // the slow pool (password hashing)
      const r = await scrape(s.url);
      assert.equal(r.status, 200);
      assert.match(r.type, /^text\/plain; version=0\.0\.4/);
      const m = parse(r.text);
      assert.equal(m[key] - before0, 7);
      assert.equal(m['dieuhanh_http_requests_total{route="unmatched",status="404"}'], 1);
      assert.equal(m['dieuhanh_http_requests_total{route="GET /api/v1/units/{id}",status="404"}'], 1);
      const count = m['dieuhanh_http_request_duration_seconds_count{route="GET /api/v1/units"}'];
      assert.equal(count, m[key]);
      assert.equal(m['dieuhanh_http_request_duration_seconds_bucket{route="GET /api/v1/units",le="+Inf"}'], count);
      assert.ok(m['dieuhanh_http_request_duration_seconds_sum{route="GET /api/v1/units"}'] > 0);
      // Buckets are cumulative.
      const buckets = Object.entries(m).filter(([k]) => k.startsWith('dieuhanh_http_request_duration_seconds_bucket{route="GET /api/v1/units"'))
        .map(([, v]) => v);
      for (let i = 1; i < buckets.length; i++) assert.ok(buckets[i] >= buckets[i - 1], 'buckets not cumulative');
      assert.ok(m['dieuhanh_db_statements_total{route="GET /api/v1/units"}'] >= 7);
      assert.ok(m['dieuhanh_db_seconds_total{route="GET /api/v1/units"}'] > 0);
      assert.ok(m['dieuhanh_slow_jobs_total'] >= 1, 'the sign-in did not go through the slow pool');
      assert.ok('dieuhanh_slow_wait_seconds_total' in m);
      assert.equal(m['dieuhanh_slow_queue_depth'], 0);
      assert.ok(m['dieuhanh_http_connections'] >= 1);
      assert.ok(m['dieuhanh_http_requests_in_flight'] >= 1);  // the scrape itself
      assert.ok('dieuhanh_cache_lookups_total{result="hit"}' in m);
      // The unit tree is cached: a second read is a hit.
      const root = (await (await fetch(`${s.url}/api/v1/units?kind=city`)).json()).items[0].id;
      for (let i = 0; i < 2; i++) {
        const t = await fetch(`${s.url}/api/v1/units/${root}/tree`);
        await t.text();
        assert.equal(t.status, 200);
      }
      const m2 = parse((await scrape(s.url)).text);
      assert.ok(m2['dieuhanh_cache_lookups_total{result="hit"}'] > m['dieuhanh_cache_lookups_total{result="hit"}'],
        'two reads of the tree made no cache hit');
      assert.match(r.text, /dieuhanh_build_info\{version="[^"]+",engine="sqlite",schema="\d+"\} 1/);
    } finally {
      await s.stop();
    }
  });

  test('is refused to addresses outside metrics-allow and through a proxy the server does not trust', T, async () => {
    let s = await serve(['--metrics-allow', '10.0.0.0/8']);
    try {
      assert.equal((await scrape(s.url)).status, 403);
    } finally {
      await s.stop();
    }
    s = await serve(['--metrics-allow', 'none']);
    try {
      assert.equal((await scrape(s.url)).status, 403);
    } finally {
      await s.stop();
    }
    s = await serve();
    try {
      // nginx on this machine: every request would come from 127.0.0.1.
      assert.equal((await scrape(s.url, { 'x-forwarded-for': '203.0.113.9' })).status, 403);
      assert.equal((await scrape(s.url)).status, 200);
    } finally {
      await s.stop();
    }
    s = await serve(['--trust-proxy']);
    try {
      // A trusted proxy reporting an outside client: refused; reporting this machine: allowed.
      assert.equal((await scrape(s.url, { 'x-forwarded-for': '203.0.113.9' })).status, 403);
      assert.equal((await scrape(s.url, { 'x-forwarded-for': '127.0.0.1' })).status, 200);
    } finally {
      await s.stop();
    }
    const bad = runCli(['serve', '--db', db, '--metrics-allow', 'everyone']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--metrics-allow/);
  });
});

describe('access log', () => {
  test('access-log = json writes one JSON object per request with route, status, time and client', T, async () => {
    const s = await serve(['--access-log', 'json']);
    await (await fetch(`${s.url}/api/v1/units?q=%22quoted%22`)).text();
    await (await fetch(`${s.url}/nowhere`)).text();
    await s.stop();
    const lines = s.output().split('\n').filter((l) => l.startsWith('{'));
    const entries = lines.map((l) => JSON.parse(l));
    const units = entries.find((e) => e.path === '/api/v1/units');
    assert.ok(units, `no line for /api/v1/units in:\n${lines.join('\n')}`);
    assert.equal(units.method, 'GET');
    assert.equal(units.route, '/api/v1/units');
    assert.equal(units.status, 200);
    assert.equal(units.client, '127.0.0.1');
    assert.ok(units.us > 0 && Number.isInteger(units.bytes) && units.db_statements >= 1);
    assert.match(units.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const nowhere = entries.find((e) => e.path === '/nowhere');
    assert.equal(nowhere.route, null);
    assert.equal(nowhere.status, 404);
  });

  test('access-log = off writes none; text stays the default', T, async () => {
    let s = await serve(['--access-log', 'off']);
    await (await fetch(`${s.url}/api/v1/units`)).text();
    await s.stop();
    assert.doesNotMatch(s.output(), /GET \/api\/v1\/units 200/);
    s = await serve();
    await (await fetch(`${s.url}/api/v1/units`)).text();
    await s.stop();
    assert.match(s.output(), /GET \/api\/v1\/units 200 \d+ \d+us/);
  });
});
