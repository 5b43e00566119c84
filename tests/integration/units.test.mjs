// Org units: the demo data, listing and search, the tree, create and edit, validation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  UNIT_KINDS, assertNoUnitNamed, assertProblem, assertUnitShape, assertVietnameseOrder,
  createRoot, createUnit, demoDistrict, get, home, list, patch, post, uniq,
} from './lib.mjs';

const WARDS = [
  'Hiệp Phú', 'Long Bình', 'Long Phước', 'Long Thạnh Mỹ', 'Long Trường', 'Phú Hữu',
  'Phước Bình', 'Phước Long A', 'Phước Long B', 'Tân Phú', 'Tăng Nhơn Phú A',
  'Tăng Nhơn Phú B', 'Trường Thạnh',
];

const q = (s) => encodeURIComponent(s);

describe('demo data', () => {
  test('there is exactly one district named Quận 9', async () => {
    const d = await demoDistrict();
    assertUnitShape(d);
    assert.equal(d.kind, 'district');
  });

  test('Quận 9 has exactly the 13 wards, each by name', async () => {
    const d = await demoDistrict();
    const wards = await list(`/api/v1/units?kind=ward&parent=${d.id}`);
    assert.equal(wards.length, 13, `wards: ${wards.map((w) => w.name).join(', ')}`);
    for (const w of wards) {
      assert.equal(w.kind, 'ward');
      assert.equal(w.parent_id, d.id);
    }
    for (const name of WARDS) {
      const hits = wards.filter((w) => w.name.includes(name));
      assert.ok(hits.length >= 1, `no ward named like "${name}"`);
    }
    // "Phước Long A" must not be satisfied by "Phước Long B" and the like.
    assert.equal(new Set(WARDS.map((n) => wards.find((w) => w.name.endsWith(n))?.id)).size, 13,
      'each of the 13 names should end a different ward name');
  });

  test('Quận 9 has departments, a party committee, a one-stop desk and neighbourhood groups', async () => {
    const d = await demoDistrict();
    const tree = (await get(`/api/v1/units/${d.id}/tree`)).json;
    const kinds = new Map();
    const walk = (u) => { kinds.set(u.kind, (kinds.get(u.kind) || 0) + 1); (u.children || []).forEach(walk); };
    walk(tree);
    assert.ok(kinds.get('department') >= 1, `kinds under Quận 9: ${JSON.stringify([...kinds])}`);
    assert.ok(kinds.get('party_committee') >= 1, `kinds under Quận 9: ${JSON.stringify([...kinds])}`);
    assert.ok(kinds.get('one_stop_desk') >= 1, `kinds under Quận 9: ${JSON.stringify([...kinds])}`);
    assert.ok(kinds.get('neighbourhood_group') >= 1, `kinds under Quận 9: ${JSON.stringify([...kinds])}`);
    const wards = tree.children.filter((c) => c.kind === 'ward');
    assert.ok(wards.some((w) => w.children.some((g) => g.kind === 'neighbourhood_group')),
      'no neighbourhood group directly under a ward of Quận 9');
  });

  test('the demo data has people', async () => {
    const people = await list('/api/v1/people');
    assert.ok(people.length >= 1, 'no people');
  });
});

describe('listing units', () => {
  test('the list has items and a count, every item a well-formed unit', async () => {
    const r = await get('/api/v1/units');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') || '', /^application\/json\b/);
    assert.ok(Array.isArray(r.json.items));
    assert.ok(Number.isInteger(r.json.count) && r.json.count >= r.json.items.length,
      `count ${r.json.count} for ${r.json.items.length} items`);
    assert.ok(r.json.items.length >= 14);
    r.json.items.forEach(assertUnitShape);
  });

  test('the list is in Vietnamese alphabetical order of name', async () => {
    const items = await list('/api/v1/units');
    assertVietnameseOrder(items.map((u) => u.name), 'GET /api/v1/units');
  });

  test('the wards of Quận 9 are in Vietnamese order: Tăng Nhơn Phú before Tân Phú', async () => {
    const d = await demoDistrict();
    const wards = await list(`/api/v1/units?kind=ward&parent=${d.id}`);
    const names = wards.map((w) => w.name);
    assertVietnameseOrder(names, 'the wards of Quận 9');
    const iTang = names.findIndex((n) => n.includes('Tăng Nhơn Phú A'));
    const iTan = names.findIndex((n) => n.includes('Tân Phú'));
    assert.ok(iTang >= 0 && iTan >= 0);
    assert.ok(iTang < iTan, `in Vietnamese "ă" sorts before "â": ${JSON.stringify(names)}`);
  });

  test('Vietnamese order puts D before Đ and a before ă before â', async () => {
    const root = await createRoot();
    const tag = uniq('x');
    const wanted = ['An', 'Ăn', 'Ân', 'Dương', 'Đông', 'Em'].map((n) => `${tag} ${n}`);
    // Create them out of order.
    for (const n of [wanted[4], wanted[2], wanted[5], wanted[0], wanted[3], wanted[1]]) {
      await createUnit({ name: n, parent_id: root.id });
    }
    const items = await list(`/api/v1/units?parent=${root.id}`);
    assert.deepEqual(items.map((u) => u.name), wanted);
  });

  test('?kind=ward lists only wards', async () => {
    const items = await list('/api/v1/units?kind=ward');
    assert.ok(items.length >= 13);
    for (const u of items) assert.equal(u.kind, 'ward');
  });

  test('?parent=ID lists only the direct children of that unit', async () => {
    const root = await createRoot();
    const a = await createUnit({ parent_id: root.id });
    await createUnit({ parent_id: a.id });
    const items = await list(`/api/v1/units?parent=${root.id}`);
    assert.deepEqual(items.map((u) => u.id), [a.id]);
  });

  test('a ward search ignores diacritics: "phuoc long" finds Phước Long A and B', async () => {
    const items = await list(`/api/v1/units?q=${q('phuoc long')}`);
    const names = items.map((u) => u.name);
    assert.ok(names.some((n) => n.includes('Phước Long A')), JSON.stringify(names));
    assert.ok(names.some((n) => n.includes('Phước Long B')), JSON.stringify(names));
    assert.ok(!names.some((n) => n.includes('Long Phước')), `"Long Phước" is not a match: ${JSON.stringify(names)}`);
    assert.ok(!names.some((n) => n.includes('Phước Bình')), JSON.stringify(names));
  });

  test('a search for "tang nhon phu" finds Tăng Nhơn Phú A and B', async () => {
    const items = await list(`/api/v1/units?q=${q('tang nhon phu')}`);
    const names = items.map((u) => u.name);
    assert.ok(names.some((n) => n.includes('Tăng Nhơn Phú A')), JSON.stringify(names));
    assert.ok(names.some((n) => n.includes('Tăng Nhơn Phú B')), JSON.stringify(names));
  });

  test('a search typed with diacritics or in capitals finds the same wards', async () => {
    const plain = (await list(`/api/v1/units?q=${q('phuoc long')}`)).map((u) => u.id).sort();
    const accented = (await list(`/api/v1/units?q=${q('Phước Long')}`)).map((u) => u.id).sort();
    const upper = (await list(`/api/v1/units?q=${q('PHUOC LONG')}`)).map((u) => u.id).sort();
    assert.ok(plain.length >= 2);
    assert.deepEqual(accented, plain);
    assert.deepEqual(upper, plain);
  });

  test('a search folds đ to d: "dong" finds "Đồng" and "đ" finds "D"', async () => {
    const tag = uniq('d');
    const u = await createUnit({ name: `Phòng ${tag} Đồng Nai` });
    const hits = await list(`/api/v1/units?q=${q(`${tag} dong nai`)}`);
    assert.deepEqual(hits.map((h) => h.id), [u.id]);
    const v = await createUnit({ name: `Phòng ${tag} Dinh` });
    const hits2 = await list(`/api/v1/units?q=${q(`${tag} đinh`)}`);
    assert.deepEqual(hits2.map((h) => h.id), [v.id]);
  });

  test('a search that matches nothing returns an empty list', async () => {
    const r = await get(`/api/v1/units?q=${q(uniq('nothing-'))}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.items, []);
    assert.equal(r.json.count, 0);
  });

  test('?limit and ?offset page through the list in order', async () => {
    const root = await createRoot();
    for (const n of ['Ba', 'Bốn', 'Hai', 'Một', 'Năm']) await createUnit({ name: `Phòng ${n}`, parent_id: root.id });
    const all = (await list(`/api/v1/units?parent=${root.id}`)).map((u) => u.id);
    assert.equal(all.length, 5);
    const p1 = (await list(`/api/v1/units?parent=${root.id}&limit=2`)).map((u) => u.id);
    const p2 = (await list(`/api/v1/units?parent=${root.id}&limit=2&offset=2`)).map((u) => u.id);
    const p3 = (await list(`/api/v1/units?parent=${root.id}&limit=2&offset=4`)).map((u) => u.id);
    assert.deepEqual(p1, all.slice(0, 2));
    assert.deepEqual(p2, all.slice(2, 4));
    assert.deepEqual(p3, all.slice(4));
    const p4 = await list(`/api/v1/units?parent=${root.id}&offset=10`);
    assert.deepEqual(p4, []);
  });

  for (const [query, field] of [
    ['kind=spaceship', 'kind'],
    ['parent=abc', 'parent'],
    ['limit=-1', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-5', 'offset'],
  ]) {
    test(`a bad filter ?${query} is a 400 problem naming "${field}"`, async () => {
      const r = await get(`/api/v1/units?${query}`);
      assertProblem(r, 400, field);
    });
  }
});

describe('one unit and its tree', () => {
  test('GET /api/v1/units/{id} returns the unit', async () => {
    const d = await demoDistrict();
    const r = await get(`/api/v1/units/${d.id}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, d);
  });

  test('an unknown unit id is a 404 problem', async () => {
    const r = await get('/api/v1/units/987654321');
    assertProblem(r, 404);
  });

  test('a non-numeric unit id is refused with 404 or 400', async () => {
    for (const id of ['abc', '1x', '-1', '1.5', '99999999999999999999999']) {
      const r = await get(`/api/v1/units/${id}`);
      assert.ok(r.status === 404 || r.status === 400, `/api/v1/units/${id}: ${r.status}`);
      assertProblem(r, r.status);
    }
  });

  test('the tree of Quận 9 nests wards and their neighbourhood groups, each with children', async () => {
    const d = await demoDistrict();
    const r = await get(`/api/v1/units/${d.id}/tree`);
    assert.equal(r.status, 200);
    const t = r.json;
    assert.equal(t.id, d.id);
    assert.equal(t.name, 'Quận 9');
    assert.ok(Array.isArray(t.children));
    const wards = t.children.filter((c) => c.kind === 'ward');
    assert.equal(wards.length, 13);
    let depth2 = 0;
    const check = (u, parent) => {
      assertUnitShape(u);
      assert.ok(Array.isArray(u.children), `unit ${u.id} has no children array`);
      if (parent) assert.equal(u.parent_id, parent.id);
      assertVietnameseOrder(u.children.map((c) => c.name), `children of ${u.name}`);
      for (const c of u.children) check(c, u);
    };
    check(t, null);
    for (const w of wards) depth2 += w.children.length;
    assert.ok(depth2 >= 1, 'no unit under any ward (neighbourhood groups expected)');
  });

  test('a tree four levels deep comes back nested to the bottom, children in Vietnamese order', async () => {
    const root = await createRoot();
    const a = await createUnit({ kind: 'district', name: 'Quận thử', parent_id: root.id });
    const b2 = await createUnit({ kind: 'ward', name: 'Phường Tân', parent_id: a.id });
    const b1 = await createUnit({ kind: 'ward', name: 'Phường Tăng', parent_id: a.id });
    const c = await createUnit({ kind: 'neighbourhood_group', name: 'Tổ 1', parent_id: b1.id });
    const r = await get(`/api/v1/units/${root.id}/tree`);
    assert.equal(r.status, 200);
    const t = r.json;
    assert.equal(t.children.length, 1);
    assert.equal(t.children[0].id, a.id);
    assert.deepEqual(t.children[0].children.map((x) => x.id), [b1.id, b2.id]);
    assert.deepEqual(t.children[0].children[0].children.map((x) => x.id), [c.id]);
    assert.deepEqual(t.children[0].children[0].children[0].children, []);
    assert.deepEqual(t.children[0].children[1].children, []);
  });

  test('the tree of an unknown unit is a 404 problem', async () => {
    const r = await get('/api/v1/units/987654321/tree');
    assertProblem(r, 404);
  });
});

describe('creating and editing units', () => {
  test('POST creates a unit: 201, Location, the unit with nulls for absent fields', async () => {
    const code = uniq('NEW-');
    const parent = await home();
    const r = await post('/api/v1/units', { kind: 'department', code, name: 'Phòng Tư pháp thử', parent_id: parent });
    assert.equal(r.status, 201, r.text);
    assertUnitShape(r.json);
    assert.equal(r.json.code, code);
    assert.equal(r.json.kind, 'department');
    assert.equal(r.json.name, 'Phòng Tư pháp thử');
    assert.equal(r.json.parent_id, parent);
    for (const f of ['valid_from', 'valid_to', 'predecessor_id', 'successor_id']) {
      assert.equal(r.json[f], null, f);
    }
    assert.equal(r.headers.get('location'), `/api/v1/units/${r.json.id}`);
    const again = await get(r.headers.get('location'));
    assert.equal(again.status, 200);
    assert.deepEqual(again.json, r.json);
  });

  test('POST keeps every optional field it is given', async () => {
    const root = await createRoot();
    const old = await createUnit({ kind: 'ward', parent_id: root.id, valid_to: '2019-12-31' });
    const body = {
      kind: 'ward', code: uniq('W-'), name: 'Phường mới', parent_id: root.id,
      valid_from: '2020-01-01', valid_to: '2030-06-30', predecessor_id: old.id,
    };
    const r = await post('/api/v1/units', body);
    assert.equal(r.status, 201, r.text);
    for (const [k, v] of Object.entries(body)) assert.equal(r.json[k], v, k);
    assert.equal(r.json.successor_id, null);
    const s = await patch(`/api/v1/units/${old.id}`, { successor_id: r.json.id });
    assert.equal(s.status, 200, s.text);
    assert.equal(s.json.successor_id, r.json.id);
  });

  test('every unit kind can be created', async () => {
    for (const kind of UNIT_KINDS) {
      const u = await createUnit({ kind });
      assert.equal(u.kind, kind);
    }
  });

  test('a 29 February in a leap year is a valid date', async () => {
    const u = await createUnit({ valid_from: '2020-02-29' });
    assert.equal(u.valid_from, '2020-02-29');
  });

  test('PATCH changes only the fields it is given', async () => {
    const u = await createUnit({ valid_from: '2020-01-01', valid_to: '2025-01-01' });
    const r = await patch(`/api/v1/units/${u.id}`, { name: 'Tên mới' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { ...u, name: 'Tên mới' });
    const again = await get(`/api/v1/units/${u.id}`);
    assert.deepEqual(again.json, r.json);
  });

  test('PATCH with null clears an optional field', async () => {
    const root = await createRoot();
    const pred = await createUnit({ parent_id: root.id });
    const u = await createUnit({
      parent_id: root.id, valid_from: '2020-01-01', valid_to: '2025-01-01', predecessor_id: pred.id,
    });
    const r = await patch(`/api/v1/units/${u.id}`, { valid_to: null, predecessor_id: null });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.valid_to, null);
    assert.equal(r.json.predecessor_id, null);
    assert.equal(r.json.valid_from, '2020-01-01');
    assert.equal(r.json.parent_id, root.id);
    const again = await get(`/api/v1/units/${u.id}`);
    assert.equal(again.json.valid_to, null);
    assert.equal(again.json.predecessor_id, null);
  });

  test('PATCH can move a unit under another parent', async () => {
    const r1 = await createRoot();
    const r2 = await createRoot();
    const u = await createUnit({ parent_id: r1.id });
    const r = await patch(`/api/v1/units/${u.id}`, { parent_id: r2.id });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual((await list(`/api/v1/units?parent=${r1.id}`)).map((x) => x.id), []);
    assert.deepEqual((await list(`/api/v1/units?parent=${r2.id}`)).map((x) => x.id), [u.id]);
  });

  test('PATCH of an unknown unit is a 404 problem', async () => {
    const r = await patch('/api/v1/units/987654321', { name: 'x' });
    assertProblem(r, 404);
  });

  test('a name sent in NFD comes back in NFC', async () => {
    const nfd = 'Phú Hữu'.normalize('NFD');
    const nfc = 'Phú Hữu'.normalize('NFC');
    assert.notEqual(nfd, nfc);
    // Decomposed by hand, with the combining marks in the canonical order.
    assert.equal(nfd, 'Phu\u0301 Hu\u031b\u0303u');
    const u = await createUnit({ name: `Phường ${nfd}` });
    assert.equal(u.name, `Phường ${nfc}`);
    assert.equal((await get(`/api/v1/units/${u.id}`)).json.name, `Phường ${nfc}`);
    const p = await patch(`/api/v1/units/${u.id}`, { name: `Phường ${nfd} 2` });
    assert.equal(p.json.name, `Phường ${nfc} 2`);
  });
});

describe('unit validation: a 4xx problem naming the field, nothing written', () => {
  /*
   * POSTs BODY (plus a unique code, a unique tag in the name when the name is
   * a string, and a fresh parent unless BODY names one), expects the problem,
   * then checks that nothing was written: no unit with the tag in its name,
   * no child under the fresh parent.
   */
  async function refusedPost(body, status, field) {
    const tag = uniq('v');
    const root = await createRoot();
    const full = { code: `V-${tag}`, parent_id: root.id, ...body };
    if (typeof full.name === 'string' && full.name !== '') full.name = `${full.name} ${tag}`;
    const r = await post('/api/v1/units', full);
    assertProblem(r, status, field);
    await assertNoUnitNamed(tag);
    assert.deepEqual(await list(`/api/v1/units?parent=${root.id}`), [], 'a refused unit was written');
  }

  test('a unit without a name is refused with 422 "name"', async () => {
    await refusedPost({ kind: 'department' }, 422, 'name');
  });

  test('a unit with an empty name is refused with 422 "name"', async () => {
    await refusedPost({ kind: 'department', name: '' }, 422, 'name');
  });

  test('a unit whose name is a number is refused with 422 "name"', async () => {
    await refusedPost({ kind: 'department', name: 5 }, 422, 'name');
  });

  test('a unit of an unknown kind is refused with 422 "kind"', async () => {
    await refusedPost({ kind: 'spaceship', name: 'Tàu' }, 422, 'kind');
  });

  test('a unit without a kind is refused with 422 "kind"', async () => {
    await refusedPost({ name: 'Không loại' }, 422, 'kind');
  });

  test('a unit without a code is refused with 422 "code"', async () => {
    await refusedPost({ kind: 'department', name: 'Không mã', code: undefined }, 422, 'code');
  });

  test('a unit under an unknown parent is refused with 422 "parent_id"', async () => {
    await refusedPost({ kind: 'ward', name: 'Mồ côi', parent_id: 987654321 }, 422, 'parent_id');
  });

  test('a unit with an unknown predecessor is refused with 422 "predecessor_id"', async () => {
    await refusedPost({ kind: 'ward', name: 'Kế thừa', predecessor_id: 987654321 }, 422, 'predecessor_id');
  });

  test('a duplicate code is refused with 409 "code" and the first unit is untouched', async () => {
    const u = await createUnit();
    await refusedPost({ kind: 'ward', code: u.code, name: 'Bản sao' }, 409, 'code');
    assert.deepEqual((await get(`/api/v1/units/${u.id}`)).json, u);
  });

  test('valid_to before valid_from is refused with 422 "valid_to"', async () => {
    await refusedPost({ kind: 'ward', name: 'Ngược', valid_from: '2020-01-01', valid_to: '2019-12-31' },
      422, 'valid_to');
  });

  test('an impossible date 2019-02-30 is refused with 422 "valid_from"', async () => {
    await refusedPost({ kind: 'ward', name: 'Sai ngày', valid_from: '2019-02-30' }, 422, 'valid_from');
  });

  test('a date in another format (30/01/2019) is refused with 422 "valid_from"', async () => {
    await refusedPost({ kind: 'ward', name: 'Sai ngày', valid_from: '30/01/2019' }, 422, 'valid_from');
  });

  test('a body that is not a JSON object is a 400 problem', async () => {
    for (const body of ['[]', '"unit"', '42', 'null']) {
      const r = await post('/api/v1/units', body);
      assertProblem(r, 400);
    }
  });

  test('PATCH making a unit its own parent is refused with 422 "parent_id"', async () => {
    const u = await createUnit();
    const r = await patch(`/api/v1/units/${u.id}`, { parent_id: u.id });
    assertProblem(r, 422, 'parent_id');
    assert.deepEqual((await get(`/api/v1/units/${u.id}`)).json, u);
  });

  test('PATCH making a unit its own ancestor (a cycle) is refused with 422 "parent_id"', async () => {
    const root = await createRoot();
    const a = await createUnit({ parent_id: root.id });
    const b = await createUnit({ parent_id: a.id });
    const c = await createUnit({ parent_id: b.id });
    const r = await patch(`/api/v1/units/${root.id}`, { parent_id: c.id });
    assertProblem(r, 422, 'parent_id');
    assert.equal((await get(`/api/v1/units/${root.id}`)).json.parent_id, root.parent_id);
    const tree = (await get(`/api/v1/units/${root.id}/tree`)).json;
    assert.equal(tree.children[0].children[0].children[0].id, c.id);
  });

  test('PATCH to a code another unit has is refused with 409 "code"', async () => {
    const a = await createUnit();
    const b = await createUnit();
    const r = await patch(`/api/v1/units/${b.id}`, { code: a.code });
    assertProblem(r, 409, 'code');
    assert.deepEqual((await get(`/api/v1/units/${b.id}`)).json, b);
  });

  test('PATCH with an empty name is refused with 422 "name" and the name is kept', async () => {
    const u = await createUnit();
    const r = await patch(`/api/v1/units/${u.id}`, { name: '' });
    assertProblem(r, 422, 'name');
    assert.deepEqual((await get(`/api/v1/units/${u.id}`)).json, u);
  });

  test('PATCH with name null is refused with 422 "name" (a name is required)', async () => {
    const u = await createUnit();
    const r = await patch(`/api/v1/units/${u.id}`, { name: null });
    assertProblem(r, 422, 'name');
    assert.deepEqual((await get(`/api/v1/units/${u.id}`)).json, u);
  });

  test('PATCH setting valid_to before the stored valid_from is refused with 422 "valid_to"', async () => {
    const u = await createUnit({ valid_from: '2021-01-01' });
    const r = await patch(`/api/v1/units/${u.id}`, { valid_to: '2020-01-01' });
    assertProblem(r, 422, 'valid_to');
    assert.deepEqual((await get(`/api/v1/units/${u.id}`)).json, u);
  });

  test('PATCH with an unknown kind or a bad date changes nothing', async () => {
    const u = await createUnit();
    assertProblem(await patch(`/api/v1/units/${u.id}`, { kind: 'spaceship', name: 'Đổi' }), 422, 'kind');
    assertProblem(await patch(`/api/v1/units/${u.id}`, { valid_from: '2019-02-30', name: 'Đổi' }), 422, 'valid_from');
    assertProblem(await patch(`/api/v1/units/${u.id}`, { parent_id: 987654321 }), 422, 'parent_id');
    assert.deepEqual((await get(`/api/v1/units/${u.id}`)).json, u);
  });
});
