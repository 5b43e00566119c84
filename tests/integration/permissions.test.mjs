// Permissions over the JSON API: what the public, an officer, a unit head, a
// supervisor, a leader and an administrator may read and write, and the audit
// trail every write leaves (and every refused write does not).
//
// The demo accounts sign in once each.  Records are created with random tags;
// demo units are only changed with no-op PATCHes (same values), because other
// test files compare them before and after their own requests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  BASE, DB, assertNoUnitNamed, assertProblem, client, createUnit, demoDistrict, list, runCli,
  signIn, uniq,
} from './lib.mjs';

const T = { timeout: 120000 };
const enc = encodeURIComponent;

// ---- identities ------------------------------------------------------------

const clients = {};
/** A client signed in (once per file) as the demo account LOGIN. */
function as(login) {
  clients[login] ??= signIn(BASE, login, `demo-2019-${login}`).then((cookie) => {
    assert.ok(cookie, `signing in as ${login} gave no cookie`);
    return client(cookie);
  });
  return clients[login];
}
const anon = client(null);

let placesP;
/** The city, Quận 9 and the wards Hiệp Phú and Long Bình (found by code). */
function places() {
  placesP ??= (async () => {
    const q9 = await demoDistrict();
    const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
    const byCode = (code) => {
      const w = wards.find((u) => u.code === code);
      assert.ok(w, `no ward with code ${code} under Quận 9: ${wards.map((u) => u.code).join(', ')}`);
      return w;
    };
    assert.ok(q9.parent_id, 'Quận 9 has no parent (the city)');
    return { city: q9.parent_id, q9, hp: byCode('Q9.HIEPPHU'), lb: byCode('Q9.LONGBINH') };
  })();
  return placesP;
}

// ---- reading back ----------------------------------------------------------

/** The unit or person as the administrator reads it now. */
async function unitNow(id) {
  const r = await (await as('quantri')).get(`/api/v1/units/${id}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}
async function personNow(id) {
  const r = await (await as('quantri')).get(`/api/v1/people/${id}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

/** The audit history of ENTITY ID as the administrator reads it (newest first). */
async function history(entity, id) {
  const r = await (await as('quantri')).get(`/api/v1/audit?entity=${entity}&entity_id=${id}`);
  assert.equal(r.status, 200, `GET audit of ${entity} ${id}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(Array.isArray(r.json?.items), r.text.slice(0, 300));
  return r.json.items;
}

/**
 * Runs WRITE (which must succeed) and asserts it added exactly one audit
 * entry for ENTITY ID, by ACTOR with ACTION; returns [write result, entry].
 */
async function auditedOnce(entity, id, actor, action, write) {
  const before = id ? await history(entity, id) : [];
  const res = await write();
  const eid = id || res.json?.id;
  assert.ok(eid, `the write returned no id: ${res.status} ${res.text.slice(0, 300)}`);
  const after = await history(entity, eid);
  const known = new Set(before.map((e) => e.id));
  const added = after.filter((e) => !known.has(e.id));
  assert.equal(added.length, 1,
    `a ${action} of ${entity} ${eid} should add exactly one audit entry, added ${added.length}: ` +
    JSON.stringify(added).slice(0, 1500));
  assert.equal(added[0].actor, actor);
  assert.equal(added[0].action, action);
  assert.equal(added[0].entity, entity);
  assert.equal(added[0].entity_id, eid);
  assert.equal(after[0].id, added[0].id, 'the new entry is not the newest of the history');
  return [res, added[0]];
}

/**
 * Runs REFUSED (a refused write) and asserts it added no entry to the
 * histories of TARGETS.  Demo wards may be written at the same time by other
 * test files (as other users): ONLY, when given, is the actor's login (or a
 * predicate on entries) that picks the entries the refused write could have made.
 */
async function leavesNoAudit(targets, refused, only) {
  const mine = typeof only === 'string' ? (e) => e.actor === only : only ?? (() => true);
  const before = await Promise.all(targets.map(([e, id]) => history(e, id)));
  const res = await refused();
  const after = await Promise.all(targets.map(([e, id]) => history(e, id)));
  targets.forEach(([e, id], i) => {
    const known = new Set(before[i].map((x) => x.id));
    const added = after[i].filter((x) => !known.has(x.id) && mine(x));
    assert.deepEqual(added, [], `a refused write (${res.status} ${res.text.slice(0, 200)}) added ` +
      `audit entries for ${e} ${id}`);
  });
  return res;
}

/** A person with contact details, created by the administrator in UNIT. */
async function contactPerson(unitId, tag = uniq('c')) {
  const body = {
    full_name: `Liên hệ ${tag}`, title: 'Cán bộ', unit_id: unitId,
    email: `${tag}@example.org`, phone: `+84 28 ${Math.floor(1000000 + Math.random() * 8999999)}`,
  };
  const r = await (await as('quantri')).post('/api/v1/people', body);
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.email, body.email);
  return { ...r.json, email: body.email, phone: body.phone };
}

function assertHidden(p, what) {
  assert.ok(p.email === undefined || p.email === null, `${what}: email shown: ${JSON.stringify(p)}`);
  assert.ok(p.phone === undefined || p.phone === null, `${what}: phone shown: ${JSON.stringify(p)}`);
}

function assertShown(p, expected, what) {
  assert.equal(p.email, expected.email, `${what}: email: ${JSON.stringify(p)}`);
  assert.equal(p.phone, expected.phone, `${what}: phone: ${JSON.stringify(p)}`);
}

function assertUnauthenticated(r, what) {
  assertProblem(r, 401);
  assert.match(r.headers.get('www-authenticate') || '', /^Bearer\b/i,
    `${what}: 401 without WWW-Authenticate: Bearer`);
}

/** A unit body under PARENT with a unique tag in its name. */
function unitBody(parentId, tag, kind = 'neighbourhood_group') {
  return { kind, code: `P-${tag}`, name: `Tổ thử ${tag}`, parent_id: parentId };
}

async function assertNoPersonNamed(tag, what) {
  const found = await list(`/api/v1/people?q=${enc(tag)}`);
  assert.deepEqual(found.map((p) => `${p.id} ${p.full_name}`), [], `${what} wrote a person anyway`);
}

// ---- anonymous -----------------------------------------------------------

describe('anonymous visitors', () => {
  test('may read units, a unit, the tree, people and the health check', T, async () => {
    const { q9, hp } = await places();
    for (const path of ['/api/v1/units', `/api/v1/units/${hp.id}`, `/api/v1/units/${q9.id}/tree`,
      '/api/v1/people', `/api/v1/people?unit=${hp.id}`, '/healthz']) {
      const r = await anon.get(path);
      assert.equal(r.status, 200, `anonymous GET ${path}: ${r.status} ${r.text.slice(0, 300)}`);
    }
    const tree = (await anon.get(`/api/v1/units/${q9.id}/tree`)).json;
    assert.ok(tree.children.some((c) => c.id === hp.id), 'the public tree of Quận 9 lacks Hiệp Phú');
  });

  test('see people without email and phone', T, async () => {
    const { hp } = await places();
    const p = await contactPerson(hp.id);
    assertHidden((await anon.get(`/api/v1/people/${p.id}`)).json, 'GET /people/{id}');
    const listed = (await anon.get(`/api/v1/people?unit=${hp.id}`)).json.items.find((x) => x.id === p.id);
    assert.ok(listed, 'the new person is not listed');
    assertHidden(listed, 'GET /people?unit=');
    const all = (await anon.get('/api/v1/people')).json.items;
    for (const x of all) assertHidden(x, 'GET /people');
    // The administrator does see them.
    assertShown((await (await as('quantri')).get(`/api/v1/people/${p.id}`)).json, p, 'quantri');
  });

  test('POST and PATCH of units and people → 401 with WWW-Authenticate, nothing written', T, async () => {
    const { lb } = await places();
    const tag = uniq('anon');
    assertUnauthenticated(await anon.post('/api/v1/units', unitBody(lb.id, tag)), 'POST /units');
    await assertNoUnitNamed(tag, 'an anonymous POST /units');
    const before = await unitNow(lb.id);
    const r = await leavesNoAudit([['org_unit', lb.id]],
      () => anon.patch(`/api/v1/units/${lb.id}`, { name: `Đổi ${tag}` }));
    assertUnauthenticated(r, 'PATCH /units');
    assert.deepEqual(await unitNow(lb.id), before);
    assertUnauthenticated(await anon.post('/api/v1/people',
      { full_name: `Người ${tag}`, title: 'x', unit_id: lb.id }), 'POST /people');
    await assertNoPersonNamed(tag, 'an anonymous POST /people');
    const p = await contactPerson(lb.id);
    assertUnauthenticated(await anon.patch(`/api/v1/people/${p.id}`, { full_name: `Đổi ${tag}` }), 'PATCH /people');
    assert.deepEqual(await personNow(p.id), { ...p });
  });

  test('GET /users, /audit, /tokens, /session and a user\'s audit → 401', T, async () => {
    const { hp } = await places();
    for (const path of ['/api/v1/users', `/api/v1/audit?entity=org_unit&entity_id=${hp.id}`,
      '/api/v1/tokens', '/api/v1/session', '/api/v1/users/1/audit']) {
      assertUnauthenticated(await anon.get(path), `GET ${path}`);
    }
  });
});

// ---- officer -------------------------------------------------------------

describe('officer longbinh (Long Bình)', () => {
  test('sees email and phone of people in Long Bình and below, not in Hiệp Phú', T, async () => {
    const { hp, lb } = await places();
    const me = await as('longbinh');
    const tag = uniq('o');
    const group = await createUnit(unitBody(lb.id, tag));
    const inLb = await contactPerson(lb.id, `${tag}a`);
    const inGroup = await contactPerson(group.id, `${tag}b`);
    const inHp = await contactPerson(hp.id, `${tag}c`);
    assertShown((await me.get(`/api/v1/people/${inLb.id}`)).json, inLb, 'Long Bình person');
    assertShown((await me.get(`/api/v1/people/${inGroup.id}`)).json, inGroup, 'person in a group of Long Bình');
    assertHidden((await me.get(`/api/v1/people/${inHp.id}`)).json, 'Hiệp Phú person');
    // The same in a list holding all three.
    const r = await me.get(`/api/v1/people?q=${enc(tag)}`);
    assert.equal(r.status, 200);
    const byId = new Map(r.json.items.map((x) => [x.id, x]));
    assert.equal(byId.size, 3, `listing "${tag}": ${r.text.slice(0, 600)}`);
    assertShown(byId.get(inLb.id), inLb, 'listed Long Bình person');
    assertShown(byId.get(inGroup.id), inGroup, 'listed group person');
    assertHidden(byId.get(inHp.id), 'listed Hiệp Phú person');
  });

  test('cannot PATCH Long Bình (403, unchanged, no audit entry)', T, async () => {
    const { lb } = await places();
    const me = await as('longbinh');
    const before = await unitNow(lb.id);
    const r = await leavesNoAudit([['org_unit', lb.id]],
      () => me.patch(`/api/v1/units/${lb.id}`, { name: `Đổi ${uniq()}` }));
    assertProblem(r, 403);
    assert.deepEqual(await unitNow(lb.id), before);
  });

  test('cannot create a unit under Long Bình (403, nothing written)', T, async () => {
    const { lb } = await places();
    const tag = uniq('o');
    const r = await leavesNoAudit([['org_unit', lb.id]],
      async () => (await as('longbinh')).post('/api/v1/units', unitBody(lb.id, tag)));
    assertProblem(r, 403);
    await assertNoUnitNamed(tag, 'an officer\'s POST /units');
  });

  test('cannot create or change people in Long Bình (403)', T, async () => {
    const { lb } = await places();
    const me = await as('longbinh');
    const tag = uniq('o');
    assertProblem(await me.post('/api/v1/people', { full_name: `Người ${tag}`, title: 'x', unit_id: lb.id }), 403);
    await assertNoPersonNamed(tag, 'an officer\'s POST /people');
    const p = await contactPerson(lb.id);
    const r = await leavesNoAudit([['person', p.id]], () => me.patch(`/api/v1/people/${p.id}`, { title: 'Đổi' }));
    assertProblem(r, 403);
    assert.deepEqual(await personNow(p.id), p);
  });

  test('cannot PATCH another ward, Hiệp Phú (403, unchanged)', T, async () => {
    const { hp } = await places();
    const before = await unitNow(hp.id);
    const r = await leavesNoAudit([['org_unit', hp.id]],
      async () => (await as('longbinh')).patch(`/api/v1/units/${hp.id}`, { name: `Đổi ${uniq()}` }), 'longbinh');
    assertProblem(r, 403);
    assert.equal((await unitNow(hp.id)).name, before.name);
  });

  test('cannot read the audit of a unit, even their own (403)', T, async () => {
    const { hp, lb } = await places();
    const me = await as('longbinh');
    for (const id of [lb.id, hp.id]) {
      assertProblem(await me.get(`/api/v1/audit?entity=org_unit&entity_id=${id}`), 403);
    }
    assertProblem(await me.get('/api/v1/users/1/audit'), 403);
  });

  test('GET /users → 403; creating or changing accounts → 403', T, async () => {
    const me = await as('longbinh');
    assertProblem(await me.get('/api/v1/users'), 403);
    const { lb } = await places();
    const login = uniq('o');
    assertProblem(await me.post('/api/v1/users', {
      login, display_name: 'x', password: 'mật-khẩu-dài-đủ', role: 'officer', unit_id: lb.id,
    }), 403);
    const users = (await (await as('quantri')).get('/api/v1/users')).json.items;
    assert.ok(!users.some((u) => u.login === login), 'the officer created an account');
    const hiepphu = users.find((u) => u.login === 'hiepphu');
    assert.ok(hiepphu, 'no account hiepphu');
    assertProblem(await me.patch(`/api/v1/users/${hiepphu.id}`, { disabled: true }), 403);
    const after = (await (await as('quantri')).get('/api/v1/users')).json.items.find((u) => u.login === 'hiepphu');
    assert.equal(after.disabled, false);
  });

  test('with an API token the officer has the same roles and the same refusals', T, async () => {
    const { lb } = await places();
    const me = await as('longbinh');
    const t = await me.post('/api/v1/tokens', { name: `thử ${uniq()}` });
    assert.equal(t.status, 201, t.text);
    const bearer = client({ bearer: t.json.token });
    try {
      const s = await bearer.get('/api/v1/session');
      assert.equal(s.status, 200, s.text);
      assert.equal(s.json.user.login, 'longbinh');
      assert.deepEqual(s.json.roles.map((g) => [g.role, g.unit_id]), [['officer', lb.id]]);
      const before = await unitNow(lb.id);
      assertProblem(await bearer.patch(`/api/v1/units/${lb.id}`, { name: `Đổi ${uniq()}` }), 403);
      assert.deepEqual(await unitNow(lb.id), before);
      assertProblem(await bearer.get('/api/v1/users'), 403);
    } finally {
      assert.equal((await me.del(`/api/v1/tokens/${t.json.id}`)).status, 200);
    }
  });
});

// ---- unit head -----------------------------------------------------------

describe('unit head hiepphu (Hiệp Phú)', () => {
  test('may PATCH Hiệp Phú (200; its own name again, so other tests are not disturbed)', T, async () => {
    const { hp } = await places();
    const before = await unitNow(hp.id);
    const known = new Set((await history('org_unit', hp.id)).map((e) => e.id));
    const r = await (await as('hiepphu')).patch(`/api/v1/units/${hp.id}`, { name: before.name });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.name, before.name);
    assert.equal(r.json.parent_id, before.parent_id);
    assert.equal(r.json.code, before.code);
    // Other files may edit Hiệp Phú as hiepphu meanwhile: look for an update keeping the name.
    const added = (await history('org_unit', hp.id)).filter((e) => !known.has(e.id)
      && e.actor === 'hiepphu' && e.action === 'update' && e.before?.name === before.name
      && e.after?.name === before.name);
    assert.ok(added.length >= 1, 'no audit entry for the PATCH of Hiệp Phú');
    assert.equal((await unitNow(hp.id)).name, before.name);
  });

  test('may create a neighbourhood group under Hiệp Phú, edit it, and create and edit people in it', T, async () => {
    const { hp } = await places();
    const me = await as('hiepphu');
    const tag = uniq('h');
    const [c, created] = await auditedOnce('org_unit', 0, 'hiepphu', 'create',
      () => me.post('/api/v1/units', unitBody(hp.id, tag)));
    assert.equal(c.status, 201, c.text);
    assert.equal(c.json.parent_id, hp.id);
    assert.equal(created.before, null);
    assert.equal(created.after.name, `Tổ thử ${tag}`);
    const group = c.json;
    const [u] = await auditedOnce('org_unit', group.id, 'hiepphu', 'update',
      () => me.patch(`/api/v1/units/${group.id}`, { name: `Tổ thử ${tag} đổi tên` }));
    assert.equal(u.status, 200, u.text);
    assert.equal((await unitNow(group.id)).name, `Tổ thử ${tag} đổi tên`);
    for (const unitId of [group.id, hp.id]) {
      const [p] = await auditedOnce('person', 0, 'hiepphu', 'create',
        () => me.post('/api/v1/people', { full_name: `Người ${tag}`, title: 'Tổ viên', unit_id: unitId, email: `${tag}@example.org` }));
      assert.equal(p.status, 201, p.text);
      assert.equal(p.json.email, `${tag}@example.org`);
      const [e] = await auditedOnce('person', p.json.id, 'hiepphu', 'update',
        () => me.patch(`/api/v1/people/${p.json.id}`, { title: 'Tổ trưởng' }));
      assert.equal(e.status, 200, e.text);
      assert.equal((await personNow(p.json.id)).title, 'Tổ trưởng');
    }
  });

  test('cannot PATCH Long Bình or Quận 9 (403, unchanged, no audit entry)', T, async () => {
    const { q9, lb } = await places();
    const me = await as('hiepphu');
    for (const unit of [lb, q9]) {
      const before = await unitNow(unit.id);
      const r = await leavesNoAudit([['org_unit', unit.id]],
        () => me.patch(`/api/v1/units/${unit.id}`, { name: `Đổi ${uniq()}` }));
      assertProblem(r, 403);
      assert.deepEqual(await unitNow(unit.id), before);
    }
  });

  test('cannot create units or people under Long Bình or Quận 9 (403, nothing written)', T, async () => {
    const { q9, lb } = await places();
    const me = await as('hiepphu');
    for (const [unit, kind] of [[lb, 'neighbourhood_group'], [q9, 'ward']]) {
      const tag = uniq('h');
      assertProblem(await me.post('/api/v1/units', unitBody(unit.id, tag, kind)), 403);
      await assertNoUnitNamed(tag, `hiepphu's POST /units under ${unit.name}`);
      assertProblem(await me.post('/api/v1/people', { full_name: `Người ${tag}`, title: 'x', unit_id: unit.id }), 403);
      await assertNoPersonNamed(tag, `hiepphu's POST /people in ${unit.name}`);
    }
  });

  test('cannot move Hiệp Phú, a group of it, or a person of it out of their scope (403)', T, async () => {
    const { city, hp, lb } = await places();
    const me = await as('hiepphu');
    const before = await unitNow(hp.id);
    for (const parent of [lb.id, city]) {
      const r = await leavesNoAudit([['org_unit', hp.id]],
        () => me.patch(`/api/v1/units/${hp.id}`, { parent_id: parent }),
        (e) => e.after?.parent_id !== before.parent_id);
      assertProblem(r, 403);
      assert.equal((await unitNow(hp.id)).parent_id, before.parent_id);
    }
    const tag = uniq('h');
    const g = await me.post('/api/v1/units', unitBody(hp.id, tag));
    assert.equal(g.status, 201, g.text);
    const r = await leavesNoAudit([['org_unit', g.json.id]],
      () => me.patch(`/api/v1/units/${g.json.id}`, { parent_id: lb.id }));
    assertProblem(r, 403);
    assert.equal((await unitNow(g.json.id)).parent_id, hp.id);
    const p = await me.post('/api/v1/people', { full_name: `Người ${tag}`, title: 'x', unit_id: hp.id });
    assert.equal(p.status, 201, p.text);
    const rp = await leavesNoAudit([['person', p.json.id]],
      () => me.patch(`/api/v1/people/${p.json.id}`, { unit_id: lb.id }));
    assertProblem(rp, 403);
    assert.equal((await personNow(p.json.id)).unit_id, hp.id);
  });

  test('cannot make a group of theirs a root unit, nor create a root unit (403)', T, async () => {
    const { hp } = await places();
    const me = await as('hiepphu');
    const tag = uniq('h');
    const body = unitBody(hp.id, tag, 'department');
    delete body.parent_id;
    assertProblem(await me.post('/api/v1/units', body), 403);
    assertProblem(await me.post('/api/v1/units', { ...body, parent_id: null }), 403);
    await assertNoUnitNamed(tag, 'a root unit created by a unit head');
    const g = await me.post('/api/v1/units', unitBody(hp.id, uniq('h')));
    assert.equal(g.status, 201, g.text);
    assertProblem(await me.patch(`/api/v1/units/${g.json.id}`, { parent_id: null }), 403);
    assert.equal((await unitNow(g.json.id)).parent_id, hp.id);
  });

  test('cannot read audit or accounts (403)', T, async () => {
    const { hp } = await places();
    const me = await as('hiepphu');
    assertProblem(await me.get(`/api/v1/audit?entity=org_unit&entity_id=${hp.id}`), 403);
    assertProblem(await me.get('/api/v1/users'), 403);
  });
});

// ---- supervisor and leader -----------------------------------------------

/** Asserts the shape of audit ENTRIES and the hash links between consecutive ones. */
function assertAuditChain(entries, what) {
  const keys = ['id', 'at', 'actor_id', 'actor', 'action', 'entity', 'entity_id', 'before', 'after',
    'prev_hash', 'hash'].sort();
  for (const e of entries) {
    assert.deepEqual(Object.keys(e).sort(), keys, `${what}: entry fields ${JSON.stringify(e).slice(0, 400)}`);
    assert.ok(Number.isInteger(e.id) && e.id > 0);
    assert.equal(typeof e.actor, 'string');
    assert.ok(e.actor.length > 0);
    assert.equal(typeof e.action, 'string');
    assert.match(e.hash, /^[0-9a-f]{64}$/, `${what}: hash`);
    assert.match(e.prev_hash, /^[0-9a-f]{64}$/, `${what}: prev_hash`);
    assert.notEqual(e.hash, e.prev_hash);
    assert.ok(!Number.isNaN(Date.parse(e.at)), `${what}: at ${e.at}`);
    assert.ok(e.before === null || typeof e.before === 'object');
    assert.ok(e.after === null || typeof e.after === 'object');
  }
  for (let i = 1; i < entries.length; i++) {
    assert.ok(entries[i - 1].id > entries[i].id, `${what}: not newest first`);
    if (entries[i - 1].id === entries[i].id + 1) {
      assert.equal(entries[i - 1].prev_hash, entries[i].hash,
        `${what}: entry ${entries[i - 1].id}'s prev_hash is not the hash of entry ${entries[i].id}`);
    }
  }
  assert.equal(new Set(entries.map((e) => e.hash)).size, entries.length, `${what}: repeated hashes`);
}

describe('supervisor giamsat and leader lanhdao (Quận 9)', () => {
  for (const login of ['giamsat', 'lanhdao']) {
    test(`${login} reads the audit history of Quận 9 and its wards, with a consistent hash chain`, T, async () => {
      const { q9, hp } = await places();
      const me = await as(login);
      // A group with three updates in a row: its entries are likely consecutive.
      const tag = uniq('s');
      const g = await createUnit(unitBody(hp.id, tag));
      const admin = await as('quantri');
      for (let i = 1; i <= 3; i++) {
        assert.equal((await admin.patch(`/api/v1/units/${g.id}`, { name: `Tổ thử ${tag} ${i}` })).status, 200);
      }
      for (const id of [q9.id, hp.id, g.id]) {
        const r = await me.get(`/api/v1/audit?entity=org_unit&entity_id=${id}`);
        assert.equal(r.status, 200, `${login} reading the audit of unit ${id}: ${r.status} ${r.text.slice(0, 300)}`);
        assert.ok(r.json.items.length >= 1, `no history for unit ${id}`);
        assert.equal(r.json.count, r.json.items.length);
        assertAuditChain(r.json.items, `audit of unit ${id}`);
        assert.ok(r.json.items.every((e) => e.entity === 'org_unit' && e.entity_id === id));
      }
      const items = (await me.get(`/api/v1/audit?entity=org_unit&entity_id=${g.id}`)).json.items;
      assert.deepEqual(items.map((e) => e.action), ['update', 'update', 'update', 'create']);
      assert.ok(items.every((e) => e.actor === 'quantri'));
      assert.deepEqual(items.map((e) => e.after.name), [3, 2, 1].map((i) => `Tổ thử ${tag} ${i}`).concat(`Tổ thử ${tag}`));
      for (let i = 0; i < 3; i++) assert.deepEqual(items[i].before, items[i + 1].after, 'before is not the previous after');
      // A person's history too.
      const p = await contactPerson(hp.id);
      const rp = await me.get(`/api/v1/audit?entity=person&entity_id=${p.id}`);
      assert.equal(rp.status, 200, rp.text.slice(0, 300));
      assert.deepEqual(rp.json.items.map((e) => e.action), ['create']);
    });

    test(`${login} cannot read the audit of the city or of a unit outside Quận 9 (403)`, T, async () => {
      const { city } = await places();
      const me = await as(login);
      const outside = await createUnit();   // under the city, beside Quận 9
      for (const id of [city, outside.id]) {
        assertProblem(await me.get(`/api/v1/audit?entity=org_unit&entity_id=${id}`), 403);
      }
      const p = await contactPerson(outside.id);
      assertProblem(await me.get(`/api/v1/audit?entity=person&entity_id=${p.id}`), 403);
      // Nor the contact details of that person, which are hidden from them.
      assertHidden((await me.get(`/api/v1/people/${p.id}`)).json, `${login} reading a person outside Quận 9`);
    });

    test(`${login} cannot see records outside Quận 9 through a user's audit (GET /users/{id}/audit)`, T, async () => {
      const me = await as(login);
      const admin = await as('quantri');
      const adminId = (await admin.get('/api/v1/session')).json.user.id;
      const outside = await createUnit();   // beside Quận 9, written by quantri
      const p = await contactPerson(outside.id);
      const r = await me.get(`/api/v1/users/${adminId}/audit`);
      if (r.status === 403) return;         // refusing the whole list is fine too
      assert.equal(r.status, 200, r.text.slice(0, 300));
      const leaked = r.json.items.filter((e) => (e.entity === 'person' && e.entity_id === p.id)
        || (e.entity === 'org_unit' && e.entity_id === outside.id));
      assert.deepEqual(leaked.map((e) => `${e.id} ${e.action} ${e.entity} ${e.entity_id} ${JSON.stringify(e.after)}`), [],
        `${login} (${login === 'giamsat' ? 'supervisor' : 'leader'} on Quận 9) reads, in quantri's audit, ` +
        'records outside Quận 9 (with the email and phone GET /people hides from them)');
    });

    test(`${login} cannot write units or people in Quận 9 (403, nothing written)`, T, async () => {
      const { q9, hp } = await places();
      const me = await as(login);
      for (const unit of [q9, hp]) {
        const before = await unitNow(unit.id);
        const r = await leavesNoAudit([['org_unit', unit.id]],
          () => me.patch(`/api/v1/units/${unit.id}`, { name: `Đổi ${uniq()}` }), login);
        assertProblem(r, 403);
        assert.equal((await unitNow(unit.id)).name, before.name);
        const tag = uniq('s');
        assertProblem(await me.post('/api/v1/units', unitBody(unit.id, tag, 'department')), 403);
        await assertNoUnitNamed(tag, `${login}'s POST /units`);
        assertProblem(await me.post('/api/v1/people', { full_name: `Người ${tag}`, title: 'x', unit_id: unit.id }), 403);
        await assertNoPersonNamed(tag, `${login}'s POST /people`);
      }
      assertProblem(await me.get('/api/v1/users'), 403);
    });
  }
});

// ---- administrator -------------------------------------------------------

describe('administrator quantri (the city)', () => {
  test('GET /users lists the demo accounts with their roles', T, async () => {
    const { city, q9, hp, lb } = await places();
    const r = await (await as('quantri')).get('/api/v1/users');
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.ok(Array.isArray(r.json.items));
    const byLogin = new Map(r.json.items.map((u) => [u.login, u]));
    const expected = {
      quantri: ['admin', city], giamsat: ['supervisor', q9.id], lanhdao: ['leader', q9.id],
      hiepphu: ['unit_head', hp.id], longbinh: ['officer', lb.id],
    };
    for (const [login, [role, unit]] of Object.entries(expected)) {
      const u = byLogin.get(login);
      assert.ok(u, `GET /users lacks ${login}: ${[...byLogin.keys()].join(', ')}`);
      assert.ok(u.roles.some((g) => g.role === role && g.unit_id === unit),
        `${login} should be ${role} on ${unit}: ${JSON.stringify(u.roles)}`);
      assert.ok(!JSON.stringify(u).includes('argon2'), 'a password hash in GET /users');
    }
  });

  test('the audit of a PATCH shows before and after with the changed field, actor quantri', T, async () => {
    const admin = await as('quantri');
    const me = (await admin.get('/api/v1/session')).json.user;
    const u = await createUnit();
    const newName = `Đã đổi ${uniq()}`;
    const [r, e] = await auditedOnce('org_unit', u.id, 'quantri', 'update',
      () => admin.patch(`/api/v1/units/${u.id}`, { name: newName }));
    assert.equal(r.status, 200, r.text);
    assert.equal(e.actor_id, me.id);
    assert.equal(e.before.name, u.name);
    assert.equal(e.after.name, newName);
    const { name: _a, ...restBefore } = e.before;
    const { name: _b, ...restAfter } = e.after;
    assert.deepEqual(restAfter, restBefore, 'fields other than name changed in the audit entry');
    assert.equal(e.after.id, u.id);
  });

  test('may write anywhere below the city: a group and a person in Long Bình', T, async () => {
    const { lb, city } = await places();
    const admin = await as('quantri');
    const tag = uniq('a');
    const [g] = await auditedOnce('org_unit', 0, 'quantri', 'create',
      () => admin.post('/api/v1/units', unitBody(lb.id, tag)));
    assert.equal(g.status, 201, g.text);
    const [p] = await auditedOnce('person', 0, 'quantri', 'create',
      () => admin.post('/api/v1/people', { full_name: `Người ${tag}`, title: 'x', unit_id: g.json.id }));
    assert.equal(p.status, 201, p.text);
    assert.equal((await admin.get(`/api/v1/audit?entity=org_unit&entity_id=${city}`)).status, 200);
  });

  test('an API token write is audited once, under the token owner', T, async () => {
    const admin = await as('quantri');
    const [t] = await auditedOnce('api_token', 0, 'quantri', 'create',
      () => admin.post('/api/v1/tokens', { name: `thử ${uniq()}` }));
    assert.equal(t.status, 201, t.text);
    const entries = await history('api_token', t.json.id);
    assert.ok(!JSON.stringify(entries).includes(t.json.token), 'the token text is in the audit trail');
    const bearer = client({ bearer: t.json.token });
    const u = await createUnit();
    const [r] = await auditedOnce('org_unit', u.id, 'quantri', 'update',
      () => bearer.patch(`/api/v1/units/${u.id}`, { name: `Qua token ${uniq()}` }));
    assert.equal(r.status, 200, r.text);
    await auditedOnce('api_token', t.json.id, 'quantri', 'revoke', () => admin.del(`/api/v1/tokens/${t.json.id}`));
  });
});

// ---- refused writes leave no trace ----------------------------------------

describe('refused writes leave no audit entry', () => {
  test('422 (valid_to before valid_from), 409 (duplicate code), 422 (unknown field)', T, async () => {
    const admin = await as('quantri');
    const a = await createUnit({ valid_from: '2020-01-01' });
    const b = await createUnit();
    const targets = [['org_unit', a.id], ['org_unit', b.id]];
    const r1 = await leavesNoAudit(targets, () => admin.patch(`/api/v1/units/${a.id}`, { valid_to: '2019-01-01' }));
    assertProblem(r1, 422, 'valid_to');
    const r2 = await leavesNoAudit(targets, () => admin.patch(`/api/v1/units/${a.id}`, { code: b.code }));
    assertProblem(r2, 409, 'code');
    const r3 = await leavesNoAudit(targets, () => admin.patch(`/api/v1/units/${a.id}`, { colour: 'red' }));
    assert.equal(r3.status, 422, r3.text);
    const r4 = await leavesNoAudit(targets, () => admin.patch(`/api/v1/units/${a.id}`, { parent_id: a.id }));
    assertProblem(r4, 422, 'parent_id');
    assert.deepEqual(await unitNow(a.id), a);
    assert.deepEqual(await unitNow(b.id), b);
  });

  test('a refused person write (422 empty name, 422 unknown unit) leaves no entry', T, async () => {
    const admin = await as('quantri');
    const u = await createUnit();
    const p = await contactPerson(u.id);
    const targets = [['person', p.id]];
    const r1 = await leavesNoAudit(targets, () => admin.patch(`/api/v1/people/${p.id}`, { full_name: '' }));
    assertProblem(r1, 422, 'full_name');
    const r2 = await leavesNoAudit(targets, () => admin.patch(`/api/v1/people/${p.id}`, { unit_id: 999999999 }));
    assertProblem(r2, 422, 'unit_id');
    assert.deepEqual(await personNow(p.id), p);
  });
});

// ---- the whole chain -------------------------------------------------------

test('`dieuhanh audit verify` finds the chain intact after all of this', T, async (t) => {
  if (!DB) { t.skip('DIEUHANH_DB not set'); return; }
  await places();
  const r = runCli(['audit', 'verify', '--db', DB], { timeout: 60000 });
  assert.equal(r.status, 0, `audit verify: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
});
