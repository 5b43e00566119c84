// People: listing, search, create, edit, validation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  assertPersonShape, assertProblem, createPerson, createRoot, createUnit, get, list, patch,
  post, uniq,
} from './lib.mjs';

const q = (s) => encodeURIComponent(s);

describe('listing people', () => {
  test('the list has items and a count, every item a well-formed person', async () => {
    const r = await get('/api/v1/people');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') || '', /^application\/json\b/);
    assert.ok(Array.isArray(r.json.items));
    assert.ok(Number.isInteger(r.json.count) && r.json.count >= r.json.items.length);
    assert.ok(r.json.items.length >= 1, 'the demo data should have people');
    r.json.items.forEach(assertPersonShape);
  });

  test('every listed person belongs to a unit that exists', async () => {
    const people = await list('/api/v1/people');
    for (const id of new Set(people.map((p) => p.unit_id))) {
      const r = await get(`/api/v1/units/${id}`);
      assert.equal(r.status, 200, `a person is in unit ${id}, which answers ${r.status}`);
    }
  });

  test('?unit=ID lists only the people of that unit', async () => {
    const root = await createRoot();
    const a = await createUnit({ parent_id: root.id });
    const b = await createUnit({ parent_id: root.id });
    const p1 = await createPerson({ unit_id: a.id });
    const p2 = await createPerson({ unit_id: a.id });
    await createPerson({ unit_id: b.id });
    const items = await list(`/api/v1/people?unit=${a.id}`);
    assert.deepEqual(items.map((p) => p.id).sort((x, y) => x - y), [p1.id, p2.id].sort((x, y) => x - y));
    for (const p of items) assert.equal(p.unit_id, a.id);
  });

  test('a people search ignores diacritics and case: "nguyen van duc" finds "Nguyễn Văn Đức"', async () => {
    const unit = await createUnit();
    const tag = uniq('p');
    const p = await createPerson({ full_name: `Nguyễn Văn Đức ${tag}`, unit_id: unit.id });
    await createPerson({ full_name: `Trần Thị Mai ${tag}`, unit_id: unit.id });
    const hits = await list(`/api/v1/people?q=${q(`nguyen van duc ${tag}`)}`);
    assert.deepEqual(hits.map((h) => h.id), [p.id]);
    const hits2 = await list(`/api/v1/people?q=${q(`NGUYỄN VĂN ĐỨC ${tag}`)}`);
    assert.deepEqual(hits2.map((h) => h.id), [p.id]);
  });

  test('?unit and ?q together narrow the list to both', async () => {
    const a = await createUnit();
    const b = await createUnit();
    const tag = uniq('p');
    const p = await createPerson({ full_name: `Lê Văn Hùng ${tag}`, unit_id: a.id });
    await createPerson({ full_name: `Lê Văn Hùng ${tag}`, unit_id: b.id });
    const hits = await list(`/api/v1/people?unit=${a.id}&q=${q(`le van hung ${tag}`)}`);
    assert.deepEqual(hits.map((h) => h.id), [p.id]);
  });

  test('a bad ?unit filter is a 400 problem naming "unit"', async () => {
    assertProblem(await get('/api/v1/people?unit=abc'), 400, 'unit');
  });
});

describe('one person', () => {
  test('POST creates a person: 201 and the person, readable by id', async () => {
    const unit = await createUnit();
    const body = {
      full_name: 'Phạm Thị Hồng', title: 'Chủ tịch', unit_id: unit.id,
      email: 'hong@example.org', phone: '+84 28 3896 0000',
    };
    const r = await post('/api/v1/people', body);
    assert.equal(r.status, 201, r.text);
    assertPersonShape(r.json);
    for (const [k, v] of Object.entries(body)) assert.equal(r.json[k], v, k);
    const loc = r.headers.get('location');
    if (loc !== null) assert.equal(loc, `/api/v1/people/${r.json.id}`);
    const again = await get(`/api/v1/people/${r.json.id}`);
    assert.equal(again.status, 200);
    assert.deepEqual(again.json, r.json);
  });

  test('a person without email or phone has them as null', async () => {
    const unit = await createUnit();
    const r = await post('/api/v1/people', { full_name: 'Võ Văn Kiệt', title: 'Cán bộ', unit_id: unit.id });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.email, null);
    assert.equal(r.json.phone, null);
  });

  test('an unknown person id is a 404 problem', async () => {
    assertProblem(await get('/api/v1/people/987654321'), 404);
  });

  test('PATCH changes the given fields and null clears email', async () => {
    const unit = await createUnit();
    const other = await createUnit();
    const p = await createPerson({ unit_id: unit.id, email: 'a@example.org', phone: '0909' });
    const r = await patch(`/api/v1/people/${p.id}`, { title: 'Phó Chủ tịch', email: null, unit_id: other.id });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { ...p, title: 'Phó Chủ tịch', email: null, unit_id: other.id });
    assert.deepEqual((await get(`/api/v1/people/${p.id}`)).json, r.json);
  });

  test('PATCH of an unknown person is a 404 problem', async () => {
    assertProblem(await patch('/api/v1/people/987654321', { title: 'x' }), 404);
  });

  test('HTML in a name is stored as given and returned as JSON text', async () => {
    const unit = await createUnit();
    const name = `<script>alert("x")</script> & <b>Lý</b> ${uniq()}`;
    const p = await createPerson({ full_name: name, unit_id: unit.id });
    assert.equal(p.full_name, name);
    const r = await get(`/api/v1/people/${p.id}`);
    assert.equal(r.json.full_name, name);
    assert.match(r.headers.get('content-type') || '', /^application\/json\b/);
  });

  test('a name sent in NFD comes back in NFC', async () => {
    const unit = await createUnit();
    const nfd = 'Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031b\u0300ng'.normalize('NFD');
    const nfc = nfd.normalize('NFC');
    assert.notEqual(nfd, nfc);
    const p = await createPerson({ full_name: nfd, unit_id: unit.id });
    assert.equal(p.full_name, nfc);
  });
});

describe('people validation: a 422 problem naming the field, nothing written', () => {
  test('a person without full_name is refused with 422 "full_name"', async () => {
    const unit = await createUnit();
    const r = await post('/api/v1/people', { title: 'Chuyên viên', unit_id: unit.id });
    assertProblem(r, 422, 'full_name');
    assert.deepEqual(await list(`/api/v1/people?unit=${unit.id}`), []);
  });

  test('a person with an empty full_name is refused with 422 "full_name"', async () => {
    const unit = await createUnit();
    const r = await post('/api/v1/people', { full_name: '', unit_id: unit.id });
    assertProblem(r, 422, 'full_name');
    assert.deepEqual(await list(`/api/v1/people?unit=${unit.id}`), []);
  });

  test('a person in an unknown unit is refused with 422 "unit_id"', async () => {
    const name = `Người lạc ${uniq()}`;
    const r = await post('/api/v1/people', { full_name: name, unit_id: 987654321 });
    assertProblem(r, 422, 'unit_id');
    assert.deepEqual(await list(`/api/v1/people?q=${q(name)}`), []);
  });

  test('a person whose full_name is a number is refused with 422 "full_name"', async () => {
    const unit = await createUnit();
    const r = await post('/api/v1/people', { full_name: 7, unit_id: unit.id });
    assertProblem(r, 422, 'full_name');
    assert.deepEqual(await list(`/api/v1/people?unit=${unit.id}`), []);
  });

  test('PATCH moving a person to an unknown unit is refused and changes nothing', async () => {
    const unit = await createUnit();
    const p = await createPerson({ unit_id: unit.id });
    assertProblem(await patch(`/api/v1/people/${p.id}`, { unit_id: 987654321, title: 'Đổi' }), 422, 'unit_id');
    assertProblem(await patch(`/api/v1/people/${p.id}`, { full_name: '' }), 422, 'full_name');
    assert.deepEqual((await get(`/api/v1/people/${p.id}`)).json, p);
  });
});
