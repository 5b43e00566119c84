// Health check, security headers, HTTP error handling, static files, home page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  ENGINE, assertHealthy, assertProblem, get, header, home, post, rawGet, rawPost, request, uniq,
  assertNoUnitNamed,
} from './lib.mjs';

function assertSecurityHeaders(headers, what) {
  const csp = header(headers, 'content-security-policy');
  assert.ok(csp, `${what}: no Content-Security-Policy header`);
  assert.ok(csp.includes("default-src 'self'"), `${what}: CSP lacks default-src 'self': ${csp}`);
  assert.ok(csp.includes("frame-ancestors 'none'"), `${what}: CSP lacks frame-ancestors 'none': ${csp}`);
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean)
    .map((d) => { const [k, ...v] = d.split(/\s+/); return [k.toLowerCase(), v]; }));
  const scriptSrc = directives['script-src'] ?? directives['default-src'] ?? [];
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), `${what}: scripts allow 'unsafe-inline': ${csp}`);
  assert.equal(header(headers, 'x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(header(headers, 'referrer-policy'), 'strict-origin-when-cross-origin', `${what}: Referrer-Policy`);
}

describe('health check', () => {
  test('GET /healthz says the server and its database are ok', async () => {
    const r = await get('/healthz');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') || '', /^application\/json\b/);
    assert.equal(r.json.status, 'ok');
    assert.equal(r.json.database, 'ok');
    assert.ok(['sqlite', 'postgresql'].includes(r.json.engine), `engine: ${r.json.engine}`);
    assert.ok(Number.isInteger(r.json.schema_version) && r.json.schema_version >= 1,
      `schema_version: ${r.json.schema_version}`);
  });

  test('GET /healthz names the database engine the server was started with', async (t) => {
    if (!ENGINE) { t.skip('DIEUHANH_ENGINE not set'); return; }
    const r = await get('/healthz');
    assert.equal(r.json?.engine, ENGINE);
  });
});

describe('security headers', () => {
  const paths = [
    ['the home page', '/'],
    ['the health check', '/healthz'],
    ['an API list', '/api/v1/units'],
    ['an API 404', '/api/v1/no-such-thing'],
    ['a stylesheet', '/static/css/app.css'],
    ['a missing static file', '/static/no-such-file.css'],
    ['a missing page', '/no-such-page'],
  ];
  for (const [what, path] of paths) {
    test(`${what} (${path}) carries CSP, nosniff and Referrer-Policy headers`, async () => {
      const r = await get(path);
      assert.ok(r.status < 500, `${path} answered ${r.status}`);
      assertSecurityHeaders(r.headers, path);
    });
  }

  test('a 405 and a 400 error also carry the security headers', async () => {
    const r1 = await request('DELETE', '/api/v1/units');
    assertSecurityHeaders(r1.headers, 'DELETE /api/v1/units');
    const r2 = await post('/api/v1/units', '{not json');
    assertSecurityHeaders(r2.headers, 'malformed POST');
  });
});

describe('API errors are RFC 9457 problems and the server keeps serving', () => {
  test('writing without signing in is refused with a 401 problem and writes nothing', async () => {
    const tag = uniq('anon');
    const r = await post('/api/v1/units',
      { kind: 'department', code: tag, name: `Phòng ${tag}`, parent_id: await home() }, { anonymous: true });
    assertProblem(r, 401);
    await assertNoUnitNamed(tag, 'an anonymous POST');
  });

  test('an unknown API path is a 404 problem', async () => {
    const r = await get('/api/v1/no-such-collection');
    assertProblem(r, 404);
    const r2 = await get('/api/v2/units');
    assertProblem(r2, 404);
    await assertHealthy();
  });

  test('DELETE on the unit list is 405 with an Allow header listing GET and POST', async () => {
    const r = await request('DELETE', '/api/v1/units');
    assertProblem(r, 405);
    const allow = r.headers.get('allow');
    assert.ok(allow, 'no Allow header');
    const methods = allow.split(',').map((m) => m.trim().toUpperCase());
    assert.ok(methods.includes('GET'), `Allow: ${allow}`);
    assert.ok(methods.includes('POST'), `Allow: ${allow}`);
    assert.ok(!methods.includes('DELETE'), `Allow: ${allow}`);
    await assertHealthy();
  });

  test('PUT on a single unit is 405 with an Allow header that offers PATCH', async () => {
    const r = await request('PUT', '/api/v1/units/1', { body: { name: 'x' } });
    assertProblem(r, 405);
    const allow = (r.headers.get('allow') || '').split(',').map((m) => m.trim().toUpperCase());
    assert.ok(allow.includes('GET') && allow.includes('PATCH'), `Allow: ${r.headers.get('allow')}`);
    await assertHealthy();
  });

  test('a malformed JSON body is a 400 problem and creates nothing', async () => {
    const tag = uniq('bad');
    const r = await post('/api/v1/units', `{"kind":"department","code":"${tag}","name":"${tag}",`);
    assertProblem(r, 400);
    await assertNoUnitNamed(tag, 'a malformed body');
    await assertHealthy();
  });

  test('an empty JSON body is a 400 problem', async () => {
    const r = await post('/api/v1/units', '');
    assert.ok([400, 422].includes(r.status), `status ${r.status}`);
    assertProblem(r, r.status);
    await assertHealthy();
  });

  test('a JSON body over 1 MiB is refused with 413', async () => {
    const tag = uniq('big');
    const body = Buffer.from(JSON.stringify({
      kind: 'department', code: tag, name: `${tag} ${'a'.repeat(1024 * 1024 + 16)}`,
    }));
    const r = await rawPost('/api/v1/units', body);
    assertProblem(r, 413);
    await assertNoUnitNamed(tag, 'an oversized body');
    await assertHealthy();
  });

  test('a body just under 1 MiB is not refused as too large', async () => {
    const body = Buffer.from(JSON.stringify({
      kind: 'department', code: uniq('NEAR-'), name: '', padding: 'a'.repeat(1000 * 1000),
    }));
    assert.ok(body.length < 1024 * 1024);
    const r = await rawPost('/api/v1/units', body);
    assert.notEqual(r.status, 413, 'a body under 1 MiB was refused as too large');
    await assertHealthy();
  });

  test('invalid UTF-8 inside a JSON string is a 400 problem and creates nothing', async () => {
    const tag = uniq('utf');
    const body = Buffer.concat([
      Buffer.from(`{"kind":"department","code":"${tag}","name":"${tag} Ph`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('ng"}'),
    ]);
    const r = await rawPost('/api/v1/units', body);
    assertProblem(r, 400);
    await assertNoUnitNamed(tag, 'a body with invalid UTF-8');
    await assertHealthy();
  });

  test('an overlong UTF-8 encoding (0xC0 0xAF) is a 400 problem', async () => {
    const body = Buffer.concat([
      Buffer.from(`{"kind":"department","code":"${uniq('UTF-')}","name":"a`),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from('b"}'),
    ]);
    const r = await rawPost('/api/v1/units', body);
    assertProblem(r, 400);
    await assertHealthy();
  });

  test('a POST with Content-Type text/plain is a 415 problem and creates nothing', async () => {
    const tag = uniq('txt');
    const r = await post('/api/v1/units',
      JSON.stringify({ kind: 'department', code: tag, name: `Phòng ${tag}` }),
      { contentType: 'text/plain' });
    assertProblem(r, 415);
    await assertNoUnitNamed(tag, 'a text/plain body');
    await assertHealthy();
  });

  test('a POST with a form Content-Type is a 415 problem', async () => {
    const r = await post('/api/v1/people', 'full_name=x&unit_id=1',
      { contentType: 'application/x-www-form-urlencoded' });
    assertProblem(r, 415);
    await assertHealthy();
  });

  test('application/json with a charset parameter is accepted', async () => {
    const code = uniq('CS-');
    const r = await post('/api/v1/units', { kind: 'department', code, name: `Phòng ${code}`, parent_id: await home() },
      { contentType: 'application/json; charset=utf-8' });
    assert.equal(r.status, 201, `${r.status} ${r.text.slice(0, 200)}`);
  });
});

describe('static files', () => {
  test('the stylesheet is served as text/css with ETag and Cache-Control', async () => {
    const r = await get('/static/css/app.css');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') || '', /^text\/css\b/);
    assert.ok(r.headers.get('etag'), 'no ETag');
    assert.ok(r.headers.get('cache-control'), 'no Cache-Control');
    assert.ok(r.text.length > 0, 'empty stylesheet');
  });

  test('asking again with If-None-Match: <etag> gives 304 Not Modified with no body', async () => {
    const first = await get('/static/css/app.css');
    const etag = first.headers.get('etag');
    assert.ok(etag, 'no ETag');
    const r = await get('/static/css/app.css', { headers: { 'if-none-match': etag } });
    assert.equal(r.status, 304);
    assert.equal(r.text, '');
    const other = await get('/static/css/app.css', { headers: { 'if-none-match': '"not-the-etag"' } });
    assert.equal(other.status, 200, 'a stale ETag must get the full file');
  });

  for (const path of [
    '/static/../Makefile',
    '/static/%2e%2e/Makefile',
    '/static/%2E%2E/Makefile',
    '/static/..%2fMakefile',
    '/static/css/../../Makefile',
    '/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  ]) {
    test(`a path escaping the static directory (${path}) is 404`, async () => {
      const r = await rawGet(path);
      assert.equal(r.status, 404, `${path}: ${r.status} ${r.text.slice(0, 200)}`);
      assert.ok(!/\$\(CC\)|root:x:0:0/.test(r.text), `${path} leaked a file outside static/`);
    });
  }

  test('a missing static file is 404', async () => {
    const r = await get('/static/css/no-such-file.css');
    assert.equal(r.status, 404);
  });
});

describe('home page', () => {
  test('GET / is an HTML page in UTF-8 that shows the demo district Quận 9', async () => {
    const r = await get('/');
    assert.equal(r.status, 200);
    assert.equal((r.headers.get('content-type') || '').toLowerCase().replace(/\s+/g, ''),
      'text/html;charset=utf-8');
    assert.match(r.text, /<html[\s>]/i);
    assert.ok(r.text.includes('Quận 9'), 'the page does not mention Quận 9');
  });

  test('the home page has no inline script', async () => {
    const r = await get('/');
    const inline = [...r.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter(([, attrs, body]) => !/\bsrc=/i.test(attrs) && body.trim() !== '');
    assert.equal(inline.length, 0, 'inline <script> would be blocked by the CSP');
  });
});
