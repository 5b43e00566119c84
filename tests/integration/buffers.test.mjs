// Cached bodies are written out by their length (issue 7, item 0).
//
// The board page appended its cached body, which has no NUL after it, with a
// strlen-based writer: every request after the first sent whatever heap bytes
// followed it (an empty board, e.g. 2030, showed them under its empty state).
// A cache hit must give the same bytes as the render that filled it.  Under
// the ASan build (scripts/test.sh's second pass) the old code aborts here
// with a heap-buffer-overflow.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  BASE, HOST, LOGIN, PASSWORD, PORT, assertProblem, get, rawRequest,
} from './lib.mjs';

// The first request renders and fills the cache; the next ones are hits.
const PAGES = [
  '/targets?year=2019',
  '/targets?year=2030',
  '/targets?year=2019&as_of=2019-07-15',
];
const JSONS = [
  '/api/v1/targets?year=2019',
  '/api/v1/targets?year=2030',
];

/** No control characters but tab/newline/CR, and no U+FFFD (invalid UTF-8 replaced). */
function assertCleanText(text, what) {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.exec(text);
  assert.equal(bad, null,
    `${what}: stray byte ${bad && JSON.stringify(bad[0])} at ${bad?.index}: ` +
    `…${bad ? JSON.stringify(text.slice(Math.max(0, bad.index - 80), bad.index + 40)) : ''}`);
}

/**
 * Fetches PATH until two answers in a row are byte-identical (other test
 * files may change the targets in between, which legitimately changes the
 * body); returns them.  With the bug, the garbage differs from one hit to
 * the next, or shows up as stray bytes that assertCleanText catches.
 */
async function twoAlike(path, opts) {
  let prev = await get(path, opts);
  assert.equal(prev.status, 200, `${path}: ${prev.status} ${prev.text.slice(0, 300)}`);
  for (let i = 0; i < 8; i++) {
    const r = await get(path, opts);
    assert.equal(r.status, 200, `${path}: ${r.status}`);
    assertCleanText(r.text, path);
    if (r.text === prev.text) return [prev, r];
    prev = r;
  }
  assert.fail(`${path}: no two answers in a row were identical`);
}

describe('cached bodies are sent by their length, byte for byte', () => {
  for (const anonymous of [true, false]) {
    const who = anonymous ? 'anonymous' : 'signed in';
    for (const path of PAGES) {
      test(`${who} GET ${path} twice: identical bodies ending in </html>`, async () => {
        const [a, b] = await twoAlike(path, { anonymous });
        for (const r of [a, b]) {
          assertCleanText(r.text, path);
          assert.ok(r.text.trimEnd().endsWith('</html>'),
            `${path} does not end with </html>: …${JSON.stringify(r.text.slice(-200))}`);
          assert.equal(r.text.match(/<\/html>/g).length, 1, `${path}: more than one </html>`);
          assert.equal(Number(r.headers.get('content-length')), Buffer.byteLength(r.text));
        }
      });
    }
  }

  test('the empty 2030 board shows its empty state and nothing after it but the page', async () => {
    const [, r] = await twoAlike('/targets?year=2030', { anonymous: true });
    const main = r.text.slice(r.text.indexOf('<main'), r.text.indexOf('</main>'));
    assertCleanText(main, '2030 board');
    assert.ok(main.length > 0, 'no <main> on the page');
  });

  for (const path of JSONS) {
    test(`GET ${path} twice: identical JSON`, async () => {
      const [a, b] = await twoAlike(path, { anonymous: true });
      assert.deepEqual(JSON.parse(b.text), JSON.parse(a.text));
    });
  }

  test('GET one target and the unit tree twice: identical JSON', async () => {
    const board = await get('/api/v1/targets?year=2019', { anonymous: true });
    const id = board.json.items[0].id;
    const [a] = await twoAlike(`/api/v1/targets/${id}`, { anonymous: true });
    assert.equal(JSON.parse(a.text).id, id);
    const units = await get('/api/v1/units?kind=district', { anonymous: true });
    const [t] = await twoAlike(`/api/v1/units/${units.json.items[0].id}/tree`, { anonymous: true });
    assert.ok(JSON.parse(t.text));
  });
});

describe('query arguments and form fields are read by their length', () => {
  // "2019%00x" decodes to 8 bytes; read as a C string it was the year 2019.
  for (const [path, field] of [
    ['/api/v1/targets?year=2019%00x', 'year'],
    ['/api/v1/units?limit=5%00000', 'limit'],
    ['/api/v1/units?q=ph%00uoc', 'q'],
  ]) {
    test(`GET ${path}: 400 naming "${field}", not the part before the NUL`, async () => {
      assertProblem(await get(path, { anonymous: true }), 400, field);
    });
  }

  test('a form field with a NUL (sign-in form) is refused, not read as its first part', async () => {
    // A valid CSRF pair from the sign-in page, then "quantri\0anything" with quantri's password:
    // read by strlen, that signed in as quantri.
    const page = await fetch(`${BASE}/login`, { signal: AbortSignal.timeout(15000) });
    const html = await page.text();
    const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(cookie && csrf, 'no CSRF cookie and field on /login');
    const body = `login=${LOGIN}%00anything&password=${encodeURIComponent(PASSWORD)}&csrf=${encodeURIComponent(csrf)}`;
    const r = await rawRequest(
      `POST /login HTTP/1.1\r\nHost: ${HOST}:${PORT}\r\nCookie: ${cookie}\r\n` +
      'Content-Type: application/x-www-form-urlencoded\r\n' +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    assert.equal(r.status, 400, `${r.status} ${r.headers.location ?? ''} ${r.text.slice(0, 200)}`);
    assert.ok(!/dh_session=[^;]/.test(r.headers['set-cookie'] ?? ''), 'a session was opened');
  });
});
