// The authorization matrix: every route of the binary (`dieuhanh routes`)
// against src/routes.authz, the expected status of each route for each kind
// of requester (anonymous, officers of the record's ward and of another, a
// unit head, the district's leader and supervisor, a ward's and the city's
// administrator), on records inside Long Bình ("own") and inside Hiệp Phú
// ("other").  A route without rows in the table fails, so does a row for a
// route that is gone, and a row this file cannot make a request for (a new
// route with {parameters} needs its recipe in PROBES below).
//
// Harmless by construction: every write goes to records made here (units,
// people, accounts, targets in a year of its own, 2095-2100, which no other
// file uses), PATCHes send the record's own values, grants and tokens made
// for a request are taken back after it, sign-out and sign-in use fresh
// sessions.  The demo's records are only read; the demo accounts sign in
// once each and never change password.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BASE, demoDistrict, list, runCli, trySignIn, uniq } from './lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TABLE = 'src/routes.authz';
const PENDING_NOTE = 'marked * in the table: the intended policy, brought by branch fix-c';

// ---- the table and the routes --------------------------------------------------

/** src/routes.authz as { subjects, rows, problems }; rows keep their line. */
function readTable() {
  const subjects = [];
  const rows = [];
  const problems = [];
  const text = readFileSync(join(ROOT, TABLE), 'utf8');
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const where = `${TABLE}:${i + 1}`;
    if (line.startsWith('subjects:')) {
      subjects.push(...line.slice('subjects:'.length).trim().split(/\s+/));
      return;
    }
    const [method, pattern, site, ...cells] = line.split(/\s+/);
    if (subjects.length === 0) {
      problems.push(`${where}: a row before the "subjects:" line`);
      return;
    }
    if (cells.length !== subjects.length) {
      problems.push(`${where}: ${cells.length} cells for ${subjects.length} subjects`);
      return;
    }
    const expect = {};
    cells.forEach((c, k) => {
      const m = /^(login|[1-5]\d\d)(\*?)$/.exec(c);
      if (!m) problems.push(`${where}: "${c}" is neither a status, "login", nor one marked *`);
      else expect[subjects[k]] = { status: m[1], pending: m[2] === '*' };
    });
    rows.push({ method, pattern, site, key: `${method} ${pattern}`, expect, where });
  });
  return { subjects, rows, problems };
}

let servedP;
/** "METHOD PATTERN" for each route the binary serves (asked once). */
function binaryRoutes() {
  servedP ??= readRoutes();
  return servedP;
}

function readRoutes() {
  const r = runCli(['routes']);
  assert.equal(r.status, 0, `dieuhanh routes: exit ${r.status} ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  assert.ok(lines.length > 0, 'dieuhanh routes printed nothing');
  return lines.map((l) => {
    const [method, pattern, extra] = l.split('\t');
    assert.ok(method && pattern && extra === undefined, `dieuhanh routes: odd line "${l}"`);
    return `${method} ${pattern}`;
  });
}

let table;
let tableError;
try {
  table = readTable();
} catch (e) {
  tableError = e;
  table = { subjects: [], rows: [], problems: [] };
}

// ---- requests ------------------------------------------------------------------

/** One request: SPEC { method, path, json | form | csv, cookie, bearer }. */
async function send(spec) {
  const headers = {};
  if (spec.cookie) headers.cookie = spec.cookie;
  if (spec.bearer) headers.authorization = `Bearer ${spec.bearer}`;
  let body;
  if (spec.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(spec.json);
  } else if (spec.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(spec.form).toString();
  } else if (spec.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = spec.csv;
  }
  const res = await fetch(BASE + spec.path, {
    method: spec.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(30000),
  });
  const text = await res.text();
  let json;
  try { json = text === '' ? undefined : JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, headers: res.headers, text, json };
}

/** The table's word for an answer: "login" for a redirect to sign in, else the status. */
function verdict(res) {
  const loc = res.headers.get('location') || '';
  if (res.status === 303 && new URL(loc, BASE).pathname === '/login') return 'login';
  return String(res.status);
}

/** A JSON request as subject S, with its session cookie (anonymous: only the csrf cookie). */
const api = (s, method, path, json) => ({ method, path, json, cookie: s.cookie });
/** A page as S; FORM (for a POST) gets S's csrf token, as the page's form would. */
const page = (s, method, path, form) => ({
  method, path, cookie: s.cookie, form: form && { csrf: s.csrf, ...form },
});

/** As the city administrator, for setup and clean-up; asserts the status. */
async function admin(method, path, json, status) {
  const r = await send({ method, path, json, cookie: ctx.cadmin.cookie });
  if (status !== undefined) {
    assert.equal(r.status, status, `setup: ${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  }
  return r;
}

const PASSWORD = `az-${uniq()}-secret`;
const YEAR = 2095 + randomInt(0, 6);

/** Every subject of the table: how it comes to exist. */
const SUBJECTS = {
  anon: {},
  officer: { login: 'longbinh' },
  officer2: { role: 'officer', ward: 'hp' },
  head: { role: 'unit_head', ward: 'lb' },
  leader: { login: 'lanhdao' },
  super: { login: 'giamsat' },
  wadmin: { role: 'admin', ward: 'lb' },
  cadmin: { login: 'quantri' },
};

const ctx = {};

/** Signs in as LOGIN: { cookie, csrf }. */
async function session(login, password) {
  const r = await trySignIn(login, password);
  assert.equal(r.status, 201, `signing in as ${login}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(r.cookie, `signing in as ${login} set no session cookie`);
  return { cookie: r.cookie, csrf: r.json.csrf };
}

/** A session of S other than the one the matrix uses (to sign out of). */
function fresh(s) {
  return session(s.login, s.password);
}

/** A new API token of S: { id, token }. */
async function newToken(s) {
  const r = await send(api(s, 'POST', '/api/v1/tokens', { name: `az-${uniq()}` }));
  assert.equal(r.status, 201, `setup: a token for ${s.name}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

/** Revokes S's token ID (clean-up; anonymous owns none). */
async function revokeToken(s, id) {
  if (s.name !== 'anon') await send(api(s, 'DELETE', `/api/v1/tokens/${id}`));
}

/** A grant of officer on Long Bình itself, added to account ID by the city administrator. */
async function addGrant(id) {
  return (await admin('POST', `/api/v1/users/${id}/grants`, { role: 'officer', unit_id: ctx.lb.id }, 201)).json.id;
}
async function dropGrant(id, grant) {
  await admin('DELETE', `/api/v1/users/${id}/grants/${grant}`);
}
/** Takes back any officer grant on Long Bình itself that a request gave account ID. */
async function dropAddedGrants(id) {
  const r = await admin('PATCH', `/api/v1/users/${id}`, { disabled: false }, 200);
  for (const g of r.json.roles) {
    if (g.role === 'officer' && g.unit_id === ctx.lb.id) await dropGrant(id, g.id);
  }
}

/** Throwaway accounts' fields (an officer role in UNIT). */
const accountBody = (unit) => ({
  login: `az-${uniq()}`, display_name: `Tài khoản thử ${uniq()}`, password: PASSWORD,
  role: 'officer', unit_id: unit.id,
});

// ---- probes: how to make each row's request --------------------------------------
//
// PROBES['METHOD PATTERN'][site] = (s) => request spec, for subject s; the spec
// may carry after(res) to take back what the request made.  A GET route
// without parameters needs none: its site "-" is the plain GET.

const both = (fn) => ({ own: (s) => fn(s, 'own'), other: (s) => fn(s, 'other') });
const unit = (site) => ctx.units[site];
const acct = (site) => ctx.accounts[site];
const target = (site) => ctx.targets[site];
const wrongPasswords = { current_password: 'not-the-password-1', new_password: `az-${uniq()}-unused` };

const PROBES = {
  'GET /units/{id}': both((s, site) => page(s, 'GET', `/units/${unit(site).id}`)),
  'POST /units/{id}': both((s, site) => {
    const u = unit(site);
    return page(s, 'POST', `/units/${u.id}`, {
      kind: u.kind, code: u.code, name: u.name, valid_from: u.valid_from ?? '', valid_to: u.valid_to ?? '',
    });
  }),
  'POST /login': { '-': (s) => page(s, 'POST', '/login', { login: acct('own').login, password: PASSWORD }) },
  'POST /logout': {
    '-': async (s) => (s.name === 'anon' ? page(s, 'POST', '/logout', {})
      : page(await fresh(s), 'POST', '/logout', {})),
  },
  'GET /prefs': { '-': (s) => page(s, 'GET', '/prefs?lang=vi&back=/') },
  'POST /account/password': { '-': (s) => page(s, 'POST', '/account/password', wrongPasswords) },
  'POST /account/tokens': {
    '-': (s) => {
      const name = `az-${uniq()}`;
      return {
        ...page(s, 'POST', '/account/tokens', { name }),
        after: async () => {
          if (s.name === 'anon') return;
          const mine = (await send(api(s, 'GET', '/api/v1/tokens'))).json?.items ?? [];
          for (const t of mine.filter((x) => x.name === name)) await revokeToken(s, t.id);
        },
      };
    },
  },
  'POST /account/tokens/{id}/revoke': {
    own: async (s) => {
      const t = s.name === 'anon' ? ctx.otherToken : await newToken(s);
      return {
        ...page(s, 'POST', `/account/tokens/${t.id}/revoke`, {}),
        after: (res) => (verdict(res) === '303' ? undefined : revokeToken(s, t.id)),
      };
    },
    other: (s) => page(s, 'POST', `/account/tokens/${ctx.otherToken.id}/revoke`, {}),
  },
  'POST /admin/users': both((s, site) => page(s, 'POST', '/admin/users', accountBody(unit(site)))),
  'GET /admin/users/{id}': both((s, site) => page(s, 'GET', `/admin/users/${acct(site).id}`)),
  'POST /admin/users/{id}/state': both((s, site) =>
    page(s, 'POST', `/admin/users/${acct(site).id}/state`, { disabled: '0' })),
  'POST /admin/users/{id}/password': both((s, site) =>
    page(s, 'POST', `/admin/users/${acct(site).id}/password`, { password: PASSWORD })),
  'POST /admin/users/{id}/grants': both((s, site) => ({
    ...page(s, 'POST', `/admin/users/${acct(site).id}/grants`, { role: 'officer', unit_id: String(ctx.lb.id) }),
    after: () => dropAddedGrants(acct(site).id),
  })),
  'POST /admin/users/{id}/grants/{grant}/revoke': both(async (s, site) => {
    const a = acct(site);
    const g = await addGrant(a.id);
    return {
      ...page(s, 'POST', `/admin/users/${a.id}/grants/${g}/revoke`, {}),
      after: (res) => (verdict(res) === '303' ? undefined : dropGrant(a.id, g)),
    };
  }),
  'GET /admin/users/{id}/history': both((s, site) => page(s, 'GET', `/admin/users/${acct(site).id}/history`)),
  'GET /history': {
    ...both((s, site) => page(s, 'GET', `/history?entity=org_unit&id=${unit(site).id}`)),
    'user-own': (s) => page(s, 'GET', `/history?entity=user&id=${acct('own').id}`),
    'user-other': (s) => page(s, 'GET', `/history?entity=user&id=${acct('other').id}`),
  },
  'GET /targets/{id}': both((s, site) => page(s, 'GET', `/targets/${ctx.demoTargets[site].id}`)),
  'POST /targets/{id}/report': both((s, site) =>
    page(s, 'POST', `/targets/${target(site).id}/report`, { period: '1', value: '5' })),
  'GET /static/{*path}': { '-': (s) => page(s, 'GET', '/static/css/app.css') },

  'POST /api/v1/units': both((s, site) => api(s, 'POST', '/api/v1/units', {
    kind: 'neighbourhood_group', code: `AZ-${uniq()}`, name: `Tổ thử ${uniq()}`, parent_id: unit(site).id,
  })),
  'GET /api/v1/units/{id}': both((s, site) => api(s, 'GET', `/api/v1/units/${unit(site).id}`)),
  'PATCH /api/v1/units/{id}': both((s, site) =>
    api(s, 'PATCH', `/api/v1/units/${unit(site).id}`, { name: unit(site).name })),
  'GET /api/v1/units/{id}/tree': both((s, site) => api(s, 'GET', `/api/v1/units/${unit(site).id}/tree`)),
  'POST /api/v1/people': both((s, site) => api(s, 'POST', '/api/v1/people', {
    full_name: `Người thử ${uniq()}`, title: 'Chuyên viên', unit_id: unit(site).id,
  })),
  'GET /api/v1/people/{id}': both((s, site) => api(s, 'GET', `/api/v1/people/${ctx.people[site].id}`)),
  'PATCH /api/v1/people/{id}': both((s, site) =>
    api(s, 'PATCH', `/api/v1/people/${ctx.people[site].id}`, { full_name: ctx.people[site].full_name })),
  'POST /api/v1/session': {
    '-': (s) => api(s, 'POST', '/api/v1/session', { login: acct('own').login, password: PASSWORD }),
  },
  'DELETE /api/v1/session': {
    '-': async (s) => (s.name === 'anon' ? api(s, 'DELETE', '/api/v1/session')
      : api(await fresh(s), 'DELETE', '/api/v1/session')),
  },
  'PUT /api/v1/session/password': { '-': (s) => api(s, 'PUT', '/api/v1/session/password', wrongPasswords) },
  'POST /api/v1/tokens': {
    '-': (s) => ({
      ...api(s, 'POST', '/api/v1/tokens', { name: `az-${uniq()}` }),
      after: (res) => (res.status === 201 ? revokeToken(s, res.json.id) : undefined),
    }),
    token: async (s) => {
      const spec = { method: 'POST', path: '/api/v1/tokens', json: { name: `az-${uniq()}` } };
      if (s.name !== 'anon') {
        s.token ??= await newToken(s);
        spec.bearer = s.token.token;
      }
      return { ...spec, after: (res) => (res.status === 201 ? revokeToken(s, res.json.id) : undefined) };
    },
  },
  'DELETE /api/v1/tokens/{id}': {
    own: async (s) => {
      const t = s.name === 'anon' ? ctx.otherToken : await newToken(s);
      return {
        ...api(s, 'DELETE', `/api/v1/tokens/${t.id}`),
        after: (res) => (res.status === 200 ? undefined : revokeToken(s, t.id)),
      };
    },
    other: (s) => api(s, 'DELETE', `/api/v1/tokens/${ctx.otherToken.id}`),
  },
  'POST /api/v1/users': both((s, site) => api(s, 'POST', '/api/v1/users', accountBody(unit(site)))),
  'PATCH /api/v1/users/{id}': both((s, site) =>
    api(s, 'PATCH', `/api/v1/users/${acct(site).id}`, { disabled: false })),
  'POST /api/v1/users/{id}/grants': both((s, site) => ({
    ...api(s, 'POST', `/api/v1/users/${acct(site).id}/grants`, { role: 'officer', unit_id: ctx.lb.id }),
    after: (res) => (res.status === 201 ? dropGrant(acct(site).id, res.json.id) : undefined),
  })),
  'DELETE /api/v1/users/{id}/grants/{grant}': both(async (s, site) => {
    const a = acct(site);
    const g = await addGrant(a.id);
    return {
      ...api(s, 'DELETE', `/api/v1/users/${a.id}/grants/${g}`),
      after: (res) => (res.status === 200 ? undefined : dropGrant(a.id, g)),
    };
  }),
  'GET /api/v1/users/{id}/audit': both((s, site) => api(s, 'GET', `/api/v1/users/${acct(site).id}/audit`)),
  'GET /api/v1/audit': {
    ...both((s, site) => api(s, 'GET', `/api/v1/audit?entity=org_unit&entity_id=${unit(site).id}`)),
    'user-own': (s) => api(s, 'GET', `/api/v1/audit?entity=user&entity_id=${acct('own').id}`),
    'user-other': (s) => api(s, 'GET', `/api/v1/audit?entity=user&entity_id=${acct('other').id}`),
  },
  'GET /api/v1/calendar/deadline': {
    '-': (s) => api(s, 'GET', '/api/v1/calendar/deadline?from=2019-01-02&working_days=5'),
  },
  'GET /api/v1/calendar/working-days': {
    '-': (s) => api(s, 'GET', '/api/v1/calendar/working-days?from=2019-01-01&to=2019-12-31'),
  },
  'POST /api/v1/targets': both((s, site) => api(s, 'POST', '/api/v1/targets', {
    code: `AZ-${uniq()}`, year: YEAR, name: `Chỉ tiêu thử ${uniq()}`, kind: 'count', target_low: 10,
    period: 'year', owner_unit_id: unit(site).id,
  })),
  'POST /api/v1/targets/import': both((s, site) => ({
    method: 'POST', path: `/api/v1/targets/import?year=${YEAR}`, cookie: s.cookie,
    csv: `target_code,unit_code,period_no,value,note\n${target(site).code},${unit(site).code},1,5,\n`,
  })),
  'GET /api/v1/targets/{id}': both((s, site) => api(s, 'GET', `/api/v1/targets/${ctx.demoTargets[site].id}`)),
  'PATCH /api/v1/targets/{id}': both((s, site) =>
    api(s, 'PATCH', `/api/v1/targets/${target(site).id}`, { name: target(site).name })),
  'GET /api/v1/targets/{id}/measurements': both((s, site) =>
    api(s, 'GET', `/api/v1/targets/${ctx.demoTargets[site].id}/measurements`)),
  'POST /api/v1/targets/{id}/measurements': both((s, site) =>
    api(s, 'POST', `/api/v1/targets/${target(site).id}/measurements`,
      { unit_id: target(site).owner_unit_id, period_no: 1, value: 5 })),
  // --- module: task ---
  'POST /api/v1/tasks': both((s, site) => api(s, 'POST', '/api/v1/tasks', taskBody(site))),
  'GET /api/v1/tasks/{id}': both(async (s, site) => api(s, 'GET', `/api/v1/tasks/${(await azTask(site)).id}`)),
  'PATCH /api/v1/tasks/{id}': both(async (s, site) => {
    const t = await azTask(site);
    return api(s, 'PATCH', `/api/v1/tasks/${t.id}`, { title: t.title });
  }),
  'POST /api/v1/tasks/{id}/updates': both(async (s, site) =>
    api(s, 'POST', `/api/v1/tasks/${(await azTask(site)).id}/updates`, { progress: 10 })),
  'POST /api/v1/plans': both((s, site) => api(s, 'POST', '/api/v1/plans', planBody(site))),
  'GET /api/v1/plans/{id}': both(async (s, site) => api(s, 'GET', `/api/v1/plans/${(await azPlan(site)).id}`)),
  'PATCH /api/v1/plans/{id}': both(async (s, site) => {
    const p = await azPlan(site);
    return api(s, 'PATCH', `/api/v1/plans/${p.id}`, { title: p.title });
  }),
  'POST /api/v1/import/people': both((s, site) => ({
    method: 'POST', path: '/api/v1/import/people', cookie: s.cookie, csv: azPeopleCsv(site),
  })),
  'POST /api/v1/import/tasks': both(async (s, site) => {
    await azPeople(site);
    return {
      method: 'POST', path: '/api/v1/import/tasks', cookie: s.cookie,
      csv: 'ref,unit_code,title,assignee,leader,due_date\n'
        + `az-${uniq()},${unit(site).code},Nhiệm vụ nhập thử,${azRef(site)},${azRef(site)},${YEAR}-06-30\n`,
    };
  }),
  'GET /api/v1/scorecards': { '-': (s) => api(s, 'GET', `/api/v1/scorecards?unit_id=${ctx.lb.id}&year=2019`) },
  'GET /api/v1/scorecards/export.xlsx': {
    '-': (s) => api(s, 'GET', `/api/v1/scorecards/export.xlsx?unit_id=${ctx.lb.id}&year=2019`),
  },
  'GET /api/v1/reviews/{unit_id}': both((s, site) => api(s, 'GET', `/api/v1/reviews/${unit(site).id}?year=${YEAR}`)),
  'POST /api/v1/supervisions': both((s, site) => api(s, 'POST', '/api/v1/supervisions', supervisionBody(site))),
  'GET /api/v1/supervisions/{id}': both(async (s, site) =>
    api(s, 'GET', `/api/v1/supervisions/${(await azSupervision(site)).id}`)),
  'PATCH /api/v1/supervisions/{id}': both(async (s, site) => {
    const v = await azSupervision(site);
    return api(s, 'PATCH', `/api/v1/supervisions/${v.id}`, { title: v.title });
  }),
  'POST /api/v1/supervisions/{id}/findings': both(async (s, site) =>
    api(s, 'POST', `/api/v1/supervisions/${(await azSupervision(site)).id}/findings`, { text: 'Phát hiện thử quyền' })),
  'GET /reviews/{unit_id}': both((s, site) => page(s, 'GET', `/reviews/${unit(site).id}`)),
  'GET /tasks/{id}': both(async (s, site) => page(s, 'GET', `/tasks/${(await azTask(site)).id}`)),
  'POST /tasks/{id}/updates': both(async (s, site) =>
    page(s, 'POST', `/tasks/${(await azTask(site)).id}/updates`, { progress: '10' })),
  // A new day each time: the same deadline again would be refused (422), not allowed.
  'POST /supervisions': both((s, site) => {
    const b = supervisionBody(site);
    return page(s, 'POST', '/supervisions', { ...b, unit_id: String(b.unit_id), from_date: `01/03/${YEAR}`, to_date: `31/03/${YEAR}` });
  }),
  'GET /supervisions/{id}': both(async (s, site) => page(s, 'GET', `/supervisions/${(await azSupervision(site)).id}`)),
  'POST /supervisions/{id}': both(async (s, site) => {
    const v = await azSupervision(site);
    return page(s, 'POST', `/supervisions/${v.id}`, {
      title: v.title, unit_id: String(v.unit_id), from_date: v.from_date, to_date: v.to_date, members: '', conclusions: '',
    });
  }),
  'POST /supervisions/{id}/findings': both(async (s, site) =>
    page(s, 'POST', `/supervisions/${(await azSupervision(site)).id}/findings`, { text: 'Phát hiện thử quyền' })),
  'POST /supervisions/{id}/tasks': both(async (s, site) => {
    const f = await azFinding(site);
    const b = taskBody(site);
    return page(s, 'POST', `/supervisions/${f.supervision_id}/tasks`, {
      finding_id: String(f.id), title: b.title, unit_id: String(b.unit_id), assignee_id: String(b.assignee_id),
      leader_id: String(b.leader_id), due_date: `30/06/${YEAR}`,
    });
  }),
  'POST /tasks/{id}/deadline': both(async (s, site) => {
    const d = new Date(Date.UTC(YEAR, 6, 1 + (azDeadlineShift++ % 150)));
    const typed = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${YEAR}`;
    return page(s, 'POST', `/tasks/${(await azTask(site)).id}/deadline`, { due_date: typed, reason: 'Thử quyền' });
  }),
  'POST /plans': both((s, site) => {
    const b = planBody(site);
    return page(s, 'POST', '/plans', { ...b, unit_id: String(b.unit_id), leader_id: String(b.leader_id), year: String(b.year) });
  }),
  'GET /plans/{id}': both(async (s, site) => page(s, 'GET', `/plans/${(await azPlan(site)).id}`)),
  'POST /plans/{id}/tasks': both(async (s, site) => {
    const b = taskBody(site);
    return page(s, 'POST', `/plans/${(await azPlan(site)).id}/tasks`, {
      title: b.title, unit_id: String(b.unit_id), assignee_id: String(b.assignee_id),
      leader_id: String(b.leader_id), due_date: b.due_date,
    });
  }),
  // --- module: calendar ---
  // 2099, which no other file uses, left as it was: 2/3/2099 is a Monday without edits.
  'POST /calendar/days': { '-': (s) => page(s, 'POST', '/calendar/days', { date: '2099-03-02', state: 'reset' }) },
  'POST /calendar/confirm': { '-': (s) => page(s, 'POST', '/calendar/confirm', { year: '2099', confirmed: '0' }) },
  'GET /api/v1/calendar/years/{year}': { '-': (s) => api(s, 'GET', '/api/v1/calendar/years/2026') },
  'PATCH /api/v1/calendar/years/{year}': { '-': (s) => api(s, 'PATCH', '/api/v1/calendar/years/2099', { confirmed: false }) },
  'PUT /api/v1/calendar/days/{date}': {
    '-': (s) => api(s, 'PUT', '/api/v1/calendar/days/2099-03-02', { working: true, note: 'authz matrix' }),
  },
  'DELETE /api/v1/calendar/days/{date}': { '-': (s) => api(s, 'DELETE', '/api/v1/calendar/days/2099-03-02') },
  // --- module: reminder ---
  // A fresh feed of the city administrator's per request, revoked after; a subject's own feeds likewise.
  'POST /inbox/feeds': {
    '-': (s) => ({ ...page(s, 'POST', '/inbox/feeds', { kind: 'person' }), after: () => revokeOwnFeeds(s) }),
  },
  'POST /inbox/feeds/{id}/revoke': {
    '-': async (s) => {
      const f = await cadminFeed();
      return { ...page(s, 'POST', `/inbox/feeds/${f.id}/revoke`, {}), after: () => admin('DELETE', `/api/v1/reminders/feeds/${f.id}`) };
    },
  },
  'GET /ical/{token}': {
    '-': async (s) => {
      const f = await cadminFeed();
      return { ...page(s, 'GET', `/ical/${f.token}.ics`), after: () => admin('DELETE', `/api/v1/reminders/feeds/${f.id}`) };
    },
  },
  'POST /api/v1/reminders/feeds': {
    '-': (s) => ({ ...api(s, 'POST', '/api/v1/reminders/feeds', { kind: 'person' }), after: () => revokeOwnFeeds(s) }),
  },
  'DELETE /api/v1/reminders/feeds/{id}': {
    '-': async (s) => {
      const f = await cadminFeed();
      return { ...api(s, 'DELETE', `/api/v1/reminders/feeds/${f.id}`), after: () => admin('DELETE', `/api/v1/reminders/feeds/${f.id}`) };
    },
  },

  // --- module: dossier ---
  'GET /procedures/{code}': { '-': async (s) => page(s, 'GET', `/procedures/${(await dossierFixture()).proc.own}`) },
  'POST /dossiers': {
    '-': async (s) => page(s, 'POST', '/dossiers', {
      procedure: (await dossierFixture()).proc.own, full_name: 'Người thử quyền', id_number: '079000000001',
      doc0: '1', outcome: 'auto',
    }),
  },
  'GET /dossiers/{code}': both(async (s, site) => page(s, 'GET', `/dossiers/${(await dossierFixture()).dossier[site]}`)),
  'POST /dossiers/{code}/events': both(async (s, site) =>
    page(s, 'POST', `/dossiers/${await freshDossier(site)}/events`, { action: 'forward' })),
  'GET /dossiers/{code}/forms/{form}': both(async (s, site) =>
    page(s, 'GET', `/dossiers/${(await dossierFixture()).dossier[site]}/forms/01`)),
  'POST /lookup/{code}/rating': {
    '-': async (s) => page(s, 'POST', `/lookup/${await freshDossier('own', true)}/rating`, DOSSIER_SCORES),
  },
  'POST /api/v1/procedures': both((s, site) => api(s, 'POST', '/api/v1/procedures', {
    code: `AZ${uniq().replace(/[^A-Za-z0-9]/g, '')}`, name: 'Thủ tục thử quyền', level: 'ward',
    owner_unit_id: unit(site).id, working_days: 3,
  })),
  'GET /api/v1/procedures/{code}': { '-': async (s) => api(s, 'GET', `/api/v1/procedures/${(await dossierFixture()).proc.own}`) },
  'POST /api/v1/procedures/{code}/versions': both(async (s, site) =>
    api(s, 'POST', `/api/v1/procedures/${(await dossierFixture()).proc[site]}/versions`, {
      name: 'Thủ tục thử quyền', level: 'ward', owner_unit_id: unit(site).id, working_days: 3,
      documents: [{ name: 'Tờ khai', required: true }],
    })),
  'POST /api/v1/procedures/{code}/review': both(async (s, site) =>
    api(s, 'POST', `/api/v1/procedures/${(await dossierFixture()).proc[site]}/review`, { reviewed_on: '2019-06-01' })),
  'POST /api/v1/dossiers': both(async (s, site) => api(s, 'POST', '/api/v1/dossiers', {
    procedure_code: (await dossierFixture()).proc.own, unit_id: (await dossierFixture()).desk[site],
    applicant: { full_name: 'Người thử quyền', id_number: '079000000001' }, documents: ['Tờ khai'],
  })),
  'GET /api/v1/dossiers/{code}': both(async (s, site) => api(s, 'GET', `/api/v1/dossiers/${(await dossierFixture()).dossier[site]}`)),
  'GET /api/v1/dossiers/{code}/events': {
    own: async (s) => api(s, 'GET', `/api/v1/dossiers/${(await dossierFixture()).dossier.own}/events`),
  },
  'POST /api/v1/dossiers/{code}/events': both(async (s, site) =>
    api(s, 'POST', `/api/v1/dossiers/${await freshDossier(site)}/events`, { action: 'forward' })),
  'GET /api/v1/lookup/{code}': { '-': async (s) => api(s, 'GET', `/api/v1/lookup/${(await dossierFixture()).dossier.own}`) },
  'POST /api/v1/lookup/{code}/rating': {
    '-': async (s) => api(s, 'POST', `/api/v1/lookup/${await freshDossier('own', true)}/rating`,
      Object.fromEntries(Object.entries(DOSSIER_SCORES).map(([k, v]) => [k, Number(v)]))),
  },
  'GET /dossiers/units/{id}': both((s, site) => page(s, 'GET', `/dossiers/units/${(site === 'own' ? ctx.lb : ctx.hp).id}?year=2019`)),
  'POST /dossiers/nonconformities/{id}': both(async (s, site) =>
    page(s, 'POST', `/dossiers/nonconformities/${await lateDossierNc(site)}`, { cause: 'Thử quyền' })),
  'POST /api/v1/iso-audits': both((s, site) => api(s, 'POST', '/api/v1/iso-audits', {
    unit_id: unit(site).id, audit_date: '2019-06-15', auditor: 'Đoàn đánh giá thử quyền', nonconformities: 0,
  })),
  'POST /api/v1/nonconformities/{id}': both(async (s, site) =>
    api(s, 'POST', `/api/v1/nonconformities/${await lateDossierNc(site)}`, { cause: 'Thử quyền' })),
  'POST /dossiers/audits': both((s, site) => page(s, 'POST', '/dossiers/audits', {
    unit_id: String(unit(site).id), audit_date: '15/06/2019', auditor: 'Đoàn đánh giá thử quyền', nonconformities: '0',
  })),
  'GET /dossiers/audits/{id}': { '-': async (s) => page(s, 'GET', `/dossiers/audits/${await isoAuditFixture()}`) },
  // --- module: feedback ---
  ...(() => {
    const wardCode = (site) => (site === 'own' ? 'Q9.LONGBINH' : 'Q9.HIEPPHU');
    const wardOf = (site) => (site === 'own' ? ctx.lb : ctx.hp);
    const once = new Map();
    const memo = (key, fn) => { if (!once.has(key)) once.set(key, fn()); return once.get(key); };
    const key311 = () => memo('key', () => {
      const r = runCli(['open311', 'key', 'add', `az-${uniq()}`, '--db', process.env.DIEUHANH_DB]);
      assert.equal(r.status, 0, `open311 key add: ${r.stderr}`);
      return r.stdout.trim();
    });
    // A report in SITE's ward through Open311: { id, token }.
    const report = async (site) => {
      const r = await send({ method: 'POST', path: '/open311/v2/requests.json', form: {
        api_key: key311(), service_code: 'noise', 'attribute[ward]': wardCode(site),
        description: `Thử quyền phản ánh ${uniq()}`, address_string: 'Hẻm thử',
      } });
      assert.equal(r.status, 200, `setup: open311 POST ${r.status} ${r.text.slice(0, 200)}`);
      return { id: Number(r.json[0].service_request_id), token: r.json[0].token };
    };
    const publish = async (id) => {
      const r = await send({ method: 'POST', path: `/feedback/${id}/moderate`, cookie: ctx.cadmin.cookie,
        form: { csrf: ctx.cadmin.csrf, publish: '1' } });
      assert.equal(r.status, 303, `setup: publishing ${id}: ${r.status}`);
    };
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    // A published report in SITE sent through the web form with a photo: its photo's id.
    const photo = (site) => memo(`photo-${site}`, async () => {
      const fd = new FormData();
      const anon = ctx.subjects.anon;
      for (const [k, v] of Object.entries({ csrf: anon.csrf, category: 'noise', ward_id: String(wardOf(site).id),
        address: 'Hẻm thử ảnh', description: `Thử quyền ảnh ${uniq()}` })) fd.append(k, v);
      fd.append('photo', new Blob([PNG], { type: 'image/png' }), 'p.png');
      const r = await fetch(`${BASE}/feedback/new`, { method: 'POST', body: fd, headers: { cookie: anon.cookie } });
      const code = /id="fb-code">([0-9A-Z]+)</.exec(await r.text())?.[1];
      assert.ok(code, `setup: web report with photo: ${r.status}`);
      const t = await send({ method: 'GET', path: `/open311/v2/tokens/${code}.json` });
      const id = Number(t.json[0].service_request_id);
      await publish(id);
      const page = await send({ method: 'GET', path: `/feedback/${id}` });
      return Number(/\/feedback\/photos\/(\d+)/.exec(page.text)[1]);
    });
    const published = (site) => memo(`pub-${site}`, async () => {
      const r = await report(site);
      await publish(r.id);
      return r;
    });
    const open = (site) => memo(`open-${site}`, () => report(site));
    const cadminPage = (method, path, form) =>
      send({ method, path, cookie: ctx.cadmin.cookie, form: form && { csrf: ctx.cadmin.csrf, ...form } });
    const rulesOf = async (unitId) => {
      const html = (await cadminPage('GET', '/feedback/rules')).text;
      const name = (await send({ method: 'GET', path: `/api/v1/units/${unitId}` })).json.name;
      return [...html.matchAll(/<tr><td>(?:(?!<\/tr>).)*?<\/tr>/gs)].map((m) => m[0])
        .filter((row) => row.includes(name))
        .map((row) => Number(/\/feedback\/rules\/(\d+)\/delete/.exec(row)?.[1])).filter((x) => x);
    };
    const dropRules = async (unitId) => {
      for (const id of await rulesOf(unitId)) await cadminPage('POST', `/feedback/rules/${id}/delete`, {});
    };
    const ruleBody = (site) => ({ category: 'other', ward_id: String(wardOf(site).id), unit_id: String(unit(site).id) });
    const newKey = async () => {
      const r = await cadminPage('POST', '/open311/keys', { name: `az-${uniq()}` });
      return Number([...r.text.matchAll(/\/open311\/keys\/(\d+)\/revoke/g)].pop()[1]);
    };
    return {
      'POST /feedback/new': { '-': (s) => page(s, 'POST', '/feedback/new', {
        category: 'noise', ward_id: String(ctx.lb.id), address: 'Hẻm thử', description: `Thử quyền ${uniq()}`,
      }) },
      'POST /feedback/track': { '-': async (s) => page(s, 'POST', '/feedback/track', { code: (await open('own')).token }) },
      'POST /feedback/track/info': { '-': async (s) =>
        page(s, 'POST', '/feedback/track/info', { code: (await open('own')).token, text: 'Thêm thông tin thử.' }) },
      'POST /feedback/track/reopen': { '-': async (s) =>
        page(s, 'POST', '/feedback/track/reopen', { code: (await open('own')).token, text: 'Chưa xong.' }) },
      'POST /feedback/rules': both((s, site) => ({
        ...page(s, 'POST', '/feedback/rules', ruleBody(site)),
        after: () => dropRules(unit(site).id),
      })),
      'POST /feedback/rules/{id}/delete': both(async (s, site) => {
        await cadminPage('POST', '/feedback/rules', ruleBody(site));
        const [id] = await rulesOf(unit(site).id);
        return { ...page(s, 'POST', `/feedback/rules/${id}/delete`, {}), after: () => dropRules(unit(site).id) };
      }),
      'GET /feedback/photos/{id}': both(async (s, site) => page(s, 'GET', `/feedback/photos/${await photo(site)}`)),
      'GET /feedback/{id}': both(async (s, site) => page(s, 'GET', `/feedback/${(await published(site)).id}`)),
      'GET /feedback/{id}/handle': both(async (s, site) => page(s, 'GET', `/feedback/${(await open(site)).id}/handle`)),
      'POST /feedback/{id}/act': both(async (s, site) =>
        page(s, 'POST', `/feedback/${(await open(site)).id}/act`, { action: 'assign', unit_id: String(wardOf(site).id) })),
      'POST /feedback/{id}/moderate': both(async (s, site) =>
        page(s, 'POST', `/feedback/${(await published(site)).id}/moderate`, { publish: '1' })),
      'POST /open311/keys': { '-': (s) => page(s, 'POST', '/open311/keys', { name: `az-${uniq()}` }) },
      'POST /open311/keys/{id}/revoke': { '-': async (s) => page(s, 'POST', `/open311/keys/${await newKey()}/revoke`, {}) },
      'GET /open311/v2/{doc}': { '-': (s) => page(s, 'GET', '/open311/v2/requests.json') },
      'POST /open311/v2/{doc}': { '-': (s) => ({ method: 'POST', path: '/open311/v2/requests.json', cookie: s.cookie,
        form: { api_key: key311(), service_code: 'noise', 'attribute[ward]': 'Q9.LONGBINH', address_string: 'Hẻm thử',
          description: `Thử quyền Open311 ${uniq()}` } }) },
      'GET /open311/v2/services/{file}': { '-': (s) => page(s, 'GET', '/open311/v2/services/flooding.json') },
      'GET /open311/v2/requests/{file}': { '-': async (s) => page(s, 'GET', `/open311/v2/requests/${(await open('own')).id}.json`) },
      'GET /open311/v2/tokens/{file}': { '-': async (s) => page(s, 'GET', `/open311/v2/tokens/${(await open('own')).token}.json`) },
    };
  })(),
  // --- module: reception ---
  ...(() => {
    const wardOf = (site) => (site === 'own' ? ctx.lb : ctx.hp);
    const once = new Map();
    const asAdmin = (method, path, form) =>
      send({ method, path, cookie: ctx.cadmin.cookie, form: form && { csrf: ctx.cadmin.csrf, ...form } });
    const sessionBody = (site) => ({ unit_id: String(wardOf(site).id), kind: 'reception', day: `${YEAR}-06-15`,
      leader: 'Chủ tịch UBND phường', place: 'Trụ sở thử', agenda: `Thử quyền ${uniq()}` });
    // A planned session of SITE's ward in the test's own year: its id.
    const session = (site) => {
      if (!once.has(site)) {
        once.set(site, (async () => {
          const r = await asAdmin('POST', '/reception', sessionBody(site));
          assert.equal(r.status, 303, `setup: planning a session: ${r.status} ${r.text.slice(0, 200)}`);
          return Number(/\/reception\/(\d+)/.exec(r.headers.get('location'))[1]);
        })());
      }
      return once.get(site);
    };
    const question = (site) => {
      const key = `q-${site}`;
      if (!once.has(key)) {
        once.set(key, (async () => {
          const id = await session(site);
          await send({ method: 'POST', path: `/reception/${id}/questions`, cookie: ctx.subjects.anon.cookie,
            form: { csrf: ctx.subjects.anon.csrf, citizen_name: 'Người thử', content: 'Câu hỏi thử quyền.', people: '1' } });
          const reg = await asAdmin('GET', `/reception/${id}/register`);
          return Number(/\/questions\/(\d+)\/answer/.exec(reg.text)[1]);
        })());
      }
      return once.get(key);
    };
    return {
      'POST /reception': both((s, site) => page(s, 'POST', '/reception', sessionBody(site))),
      'GET /reception/{id}': both(async (s, site) => page(s, 'GET', `/reception/${await session(site)}`)),
      'POST /reception/{id}/questions': both(async (s, site) => page(s, 'POST', `/reception/${await session(site)}/questions`,
        { citizen_name: 'Người thử', content: 'Câu hỏi thử quyền.', people: '1' })),
      'GET /reception/{id}/register': both(async (s, site) => page(s, 'GET', `/reception/${await session(site)}/register`)),
      'POST /reception/{id}/record': both(async (s, site) => page(s, 'POST', `/reception/${await session(site)}/record`,
        { status: 'planned', minutes: '', summary: '' })),
      'POST /reception/{id}/commitments': both(async (s, site) => page(s, 'POST', `/reception/${await session(site)}/commitments`,
        { text: 'Cam kết thử', leader_id: String(ctx.people[site].id), due_day: `${YEAR}-07-15` })),
      'POST /reception/{id}/questions/{qid}/answer': both(async (s, site) =>
        page(s, 'POST', `/reception/${await session(site)}/questions/${await question(site)}/answer`, { result: 'Trả lời thử.' })),
    };
  })(),
  // --- module: news ---
  ...(() => {
    /** A fresh draft of the test's unit at SITE, made by the city administrator. */
    const draft = async (site) => (await admin('POST', '/api/v1/articles', {
      title: `Bài thử quyền ${uniq()}`, body: 'Nội dung thử.', category: 'thong-bao', unit_id: unit(site).id,
    }, 201)).json;
    const drafts = {};
    const oneDraft = async (site) => (drafts[site] ??= await draft(site));
    const published = async () => (await send({ method: 'GET', path: '/api/v1/articles?limit=1' })).json.items[0];
    const image = async () => (await send({ method: 'GET', path: `/api/v1/articles/${(await published()).id}` }))
      .json.images.find(() => true) ?? { id: 1 };
    const draftSite = (fn) => both(async (s, site) => fn(s, await oneDraft(site), site));
    return {
      'GET /news/{slug}': { '-': async (s) => page(s, 'GET', `/news/${(await published()).slug}`) },
      'POST /news/editor': both((s, site) => page(s, 'POST', '/news/editor', {
        unit_id: String(unit(site).id), title: `Bài thử ${uniq()}`, body: 'Nội dung.', category: 'thong-bao',
      })),
      'GET /news/editor/{id}': draftSite((s, a) => page(s, 'GET', `/news/editor/${a.id}`)),
      'POST /news/editor/{id}': draftSite((s, a) => page(s, 'POST', `/news/editor/${a.id}`, {
        title: a.title, lead: a.lead, body: a.body, category: a.category, author: a.author,
      })),
      'POST /news/editor/{id}/status': both(async (s, site) =>
        page(s, 'POST', `/news/editor/${(await draft(site)).id}/status`, { status: 'review' })),
      // A form without a picture: 422 once past the permission, nothing written.
      'POST /news/editor/{id}/images': draftSite((s, a) =>
        page(s, 'POST', `/news/editor/${a.id}/images`, { alt: 'x', caption: '' })),
      // A picture the draft does not have: past the permission, 404.
      'POST /news/editor/{id}/images/{image}/move': draftSite((s, a) =>
        page(s, 'POST', `/news/editor/${a.id}/images/999999999/move`, { direction: 'later' })),
      'POST /news/editor/{id}/images/{image}/remove': draftSite((s, a) =>
        page(s, 'POST', `/news/editor/${a.id}/images/999999999/remove`, {})),
      'GET /media/articles/{id}': { '-': async (s) => page(s, 'GET', `/media/articles/${(await image()).id}`) },
      'GET /media/articles/{id}/thumb': {
        '-': async (s) => page(s, 'GET', `/media/articles/${(await image()).id}/thumb`),
      },
      'POST /api/v1/articles': both((s, site) => api(s, 'POST', '/api/v1/articles', {
        title: `Bài thử ${uniq()}`, body: 'Nội dung.', category: 'thong-bao', unit_id: unit(site).id,
      })),
      'GET /api/v1/articles/{id}': {
        '-': async (s) => api(s, 'GET', `/api/v1/articles/${(await published()).id}`),
        ...draftSite((s, a) => api(s, 'GET', `/api/v1/articles/${a.id}`)),
      },
      'PATCH /api/v1/articles/{id}': draftSite((s, a) => api(s, 'PATCH', `/api/v1/articles/${a.id}`, { title: a.title })),
      'POST /api/v1/articles/{id}/status': both(async (s, site) =>
        api(s, 'POST', `/api/v1/articles/${(await draft(site)).id}/status`, { status: 'review' })),
      'DELETE /api/v1/articles/{id}/images/{image}': draftSite((s, a) =>
        api(s, 'DELETE', `/api/v1/articles/${a.id}/images/999999999`)),
      'POST /api/v1/articles/{id}/images/{image}/move': draftSite((s, a) =>
        api(s, 'POST', `/api/v1/articles/${a.id}/images/999999999/move`, { direction: 'later' })),
      'POST /api/v1/articles/{id}/images': draftSite((s, a) => ({
        method: 'POST', path: `/api/v1/articles/${a.id}/images?alt=x`, cookie: s.cookie, csv: 'not a picture',
      })),
    };
  })(),
  // --- module: portal ---
  'GET /feeds/{file}': { '-': (s) => page(s, 'GET', '/feeds/news.atom') },
  'GET /transparency/{id}': { '-': (s) => page(s, 'GET', `/transparency/${ctx.lb.id}`) },
  'GET /transparency/{id}/targets.xlsx': { '-': (s) => page(s, 'GET', `/transparency/${ctx.lb.id}/targets.xlsx`) },
  'GET /transparency/{id}/dossiers.xlsx': { '-': (s) => page(s, 'GET', '/transparency/0/dossiers.xlsx?year=2019') },
  'GET /transparency/{id}/tasks.xlsx': { '-': (s) => page(s, 'GET', `/transparency/${ctx.lb.id}/tasks.xlsx?year=2019`) },
  'GET /transparency/{id}/feedback.xlsx': { '-': (s) => page(s, 'GET', '/transparency/0/feedback.xlsx?year=2025') },
};

// --- module: task --- a task and a plan of the run's own in each site's unit, made once.
let azDeadlineShift = 0;
const taskBody = (site) => ({
  title: `Nhiệm vụ thử quyền ${uniq()}`, unit_id: unit(site).id, assignee_id: ctx.people[site].id,
  leader_id: ctx.people[site].id, due_date: `${YEAR}-06-30`,
});
const planBody = (site) => ({
  title: `Kế hoạch thử quyền ${uniq()}`, unit_id: unit(site).id, year: YEAR,
  leader_id: ctx.people[site].id, due_date: `${YEAR}-12-31`,
});
const azMade = {};
const supervisionBody = (site) => ({
  title: `Giám sát thử quyền ${uniq()}`, unit_id: unit(site).id, from_date: `${YEAR}-03-01`, to_date: `${YEAR}-03-31`,
});
function azSupervision(site) {
  azMade[`sup-${site}`] ??= admin('POST', '/api/v1/supervisions', supervisionBody(site), 201).then((r) => r.json);
  return azMade[`sup-${site}`];
}
function azFinding(site) {
  azMade[`finding-${site}`] ??= azSupervision(site).then(async (v) =>
    (await admin('POST', `/api/v1/supervisions/${v.id}/findings`, { text: 'Phát hiện để giao việc' }, 201)).json);
  return azMade[`finding-${site}`];
}
const azRef = (site) => `az-${ctx.units[site].code}`.toLowerCase();
const azPeopleCsv = (site) => `ref,unit_code,full_name,title\n${azRef(site)},${unit(site).code},Người nhập thử ${site},Chuyên viên\n`;
function azPeople(site) {
  azMade[`people-${site}`] ??= send({
    method: 'POST', path: '/api/v1/import/people', cookie: ctx.cadmin.cookie, csv: azPeopleCsv(site),
  }).then((r) => assert.equal(r.status, 200, `setup: people import: ${r.status} ${r.text.slice(0, 300)}`));
  return azMade[`people-${site}`];
}
function azTask(site) {
  azMade[`task-${site}`] ??= admin('POST', '/api/v1/tasks', taskBody(site), 201).then((r) => r.json);
  return azMade[`task-${site}`];
}
function azPlan(site) {
  azMade[`plan-${site}`] ??= admin('POST', '/api/v1/plans', planBody(site), 201).then((r) => r.json);
  return azMade[`plan-${site}`];
}

/** A new calendar feed of the city administrator's: { id, token }. */
async function cadminFeed() {
  return (await admin('POST', '/api/v1/reminders/feeds', { kind: 'person' }, 201)).json;
}
/** Revokes every live feed of subject S (clean-up after a probe that made one). */
async function revokeOwnFeeds(s) {
  if (s.name === 'anon') return;
  const mine = (await send(api(s, 'GET', '/api/v1/reminders/feeds'))).json?.items ?? [];
  for (const f of mine) await send(api(s, 'DELETE', `/api/v1/reminders/feeds/${f.id}`));
}

/** The probe for ROW, or null. */
function probeFor(row) {
  const p = PROBES[row.key];
  if (p) return p[row.site] ?? null;
  if (row.method === 'GET' && !row.pattern.includes('{') && row.site === '-') {
    return (s) => page(s, 'GET', row.pattern);
  }
  return null;
}

// ---- setup ---------------------------------------------------------------------

/** A demo 2019 breakdown target owned by WARD (read only). */
async function demoTargetOf(wardId) {
  const board = await send({ method: 'GET', path: '/api/v1/targets?year=2019&as_of=2019-12-31' });
  assert.equal(board.status, 200, board.text.slice(0, 300));
  for (const t of board.json.items.filter((x) => x.breakdown_count > 0)) {
    const d = await send({ method: 'GET', path: `/api/v1/targets/${t.id}?as_of=2019-12-31` });
    const child = (d.json?.breakdown ?? []).find((b) => b.owner_unit_id === wardId);
    if (child) return child;
  }
  assert.fail(`no demo 2019 target has a breakdown for unit ${wardId}`);
}

before(async () => {
  const q9 = await demoDistrict();
  const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
  const ward = (code) => {
    const w = wards.find((u) => u.code === code);
    assert.ok(w, `no ward ${code} under Quận 9`);
    return w;
  };
  ctx.lb = ward('Q9.LONGBINH');
  ctx.hp = ward('Q9.HIEPPHU');
  ctx.cadmin = await session('quantri', 'demo-2019-quantri');

  // Records of the run's own, one set per site.
  const tag = uniq('az');
  ctx.units = {};
  ctx.people = {};
  ctx.accounts = {};
  ctx.targets = {};
  for (const [site, w] of [['own', ctx.lb], ['other', ctx.hp]]) {
    const u = (await admin('POST', '/api/v1/units', {
      kind: 'neighbourhood_group', code: `AZ-${tag}-${site}`.toUpperCase(),
      name: `Tổ thử quyền ${tag} ${site}`, parent_id: w.id,
    }, 201)).json;
    ctx.units[site] = u;
    ctx.people[site] = (await admin('POST', '/api/v1/people', {
      full_name: `Người thử quyền ${tag} ${site}`, title: 'Chuyên viên', unit_id: u.id,
    }, 201)).json;
    ctx.accounts[site] = { ...(await admin('POST', '/api/v1/users', accountBody(u), 201)).json };
    ctx.targets[site] = (await admin('POST', '/api/v1/targets', {
      code: `AZ-${tag}-${site}`.toUpperCase(), year: YEAR, name: `Chỉ tiêu thử quyền ${tag} ${site}`,
      kind: 'count', target_low: 10, period: 'year', owner_unit_id: u.id,
    }, 201)).json;
  }
  // A token nobody in the matrix owns.
  const other = { name: 'other', ...(await session(ctx.accounts.other.login, PASSWORD)) };
  ctx.otherToken = await newToken(other);
  ctx.demoTargets = { own: await demoTargetOf(ctx.lb.id), other: await demoTargetOf(ctx.hp.id) };

  // The subjects.  Anonymous carries the sign-in form's csrf cookie, as a
  // browser that has seen the form does.
  const g = await send({ method: 'GET', path: '/login' });
  const anonCsrf = g.headers.getSetCookie().map((c) => c.split(';')[0])
    .find((c) => c.startsWith('dh_csrf='))?.slice('dh_csrf='.length);
  assert.ok(anonCsrf, 'GET /login set no dh_csrf cookie');
  ctx.subjects = {};
  for (const [name, how] of Object.entries(SUBJECTS)) {
    if (name === 'anon') {
      ctx.subjects.anon = { name, cookie: `dh_csrf=${anonCsrf}`, csrf: anonCsrf };
      continue;
    }
    let { login } = how;
    let password = `demo-2019-${login}`;
    if (!login) {
      login = `az-${tag}-${name}`;
      password = PASSWORD;
      await admin('POST', '/api/v1/users', {
        login, display_name: `Thử quyền ${name}`, password, role: how.role, unit_id: ctx[how.ward].id,
      }, 201);
    }
    ctx.subjects[name] = { name, login, password, ...(await session(login, password)) };
  }
});

// ---- the tests -----------------------------------------------------------------

describe('authorization matrix (src/routes.authz)', () => {
  test('every route has rows, every row a route and a request, every subject a column', async () => {
    if (tableError) throw tableError;
    const problems = [...table.problems];
    const served = binaryRoutes();
    const inTable = new Set(table.rows.map((r) => r.key));
    for (const key of served) {
      if (!inTable.has(key)) problems.push(`${key}: no rows; add its rows to ${TABLE}`);
    }
    const servedSet = new Set(served);
    const seen = new Set();
    for (const row of table.rows) {
      if (!servedSet.has(row.key)) {
        problems.push(`${row.where}: ${row.key} is not a route of the binary (remove the row)`);
      }
      const id = `${row.key} [${row.site}]`;
      if (seen.has(id)) problems.push(`${row.where}: ${id} has a second row`);
      seen.add(id);
      if (!probeFor(row)) {
        problems.push(`${row.where}: ${id}: ${fileURLToPath(import.meta.url).replace(`${ROOT}/`, '')} ` +
          'has no request for it (add one to PROBES)');
      }
    }
    for (const [key, sites] of Object.entries(PROBES)) {
      for (const site of Object.keys(sites)) {
        if (!seen.has(`${key} [${site}]`)) problems.push(`PROBES has ${key} [${site}] but ${TABLE} has no row for it`);
      }
    }
    const want = Object.keys(SUBJECTS).join(' ');
    if (table.subjects.join(' ') !== want) {
      problems.push(`${TABLE}: subjects "${table.subjects.join(' ')}", the test knows "${want}"`);
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });

  for (const row of table.rows) {
    test(`${row.key} [${row.site}]`, { timeout: 120000 }, async (t) => {
      // A row without a route is reported once, by the test above.
      if (!binaryRoutes().includes(row.key)) {
        t.skip(`${row.key} is not a route of the binary`);
        return;
      }
      const probe = probeFor(row);
      assert.ok(probe, `${row.where}: no request for ${row.key} [${row.site}] (add one to PROBES)`);
      const wrong = [];
      for (const name of table.subjects) {
        const s = ctx.subjects[name];
        assert.ok(s, `${row.where}: unknown subject ${name}`);
        const spec = await probe(s);
        const res = await send(spec);
        const got = verdict(res);
        const exp = row.expect[name];
        if (got !== exp.status) {
          wrong.push(`${row.key} [${row.site}] as ${name}: got ${got}, expected ${exp.status}` +
            `${exp.pending ? ` (${PENDING_NOTE})` : ''} — ${spec.method} ${spec.path} → ` +
            `${res.text.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
        if (spec.after) await spec.after(res);
      }
      assert.deepEqual(wrong, [], `${row.where}:\n${wrong.join('\n')}`);
    });
  }
});

// --- module: dossier ---
// The dossier rows' records: a procedure kept by each site's ward, and
// dossiers received at each ward's desk by the district's leader (who may
// handle both).  Made once, on first use; a probe that moves a dossier or
// rates one gets a fresh dossier of its own.
const DOSSIER_SCORES = { return_time: '5', agencies_contacted: '5', contacts_needed: '4',
  information_accuracy: '5', staff_attitude: '5', legality_and_cost: '4', explanation_quality: '5',
  online_service: '4' };
let isoAuditP;
/** An internal audit of Long Bình the leader records once: its id. */
function isoAuditFixture() {
  isoAuditP ??= (async () => {
    const r = await send(api(ctx.subjects.leader, 'POST', '/api/v1/iso-audits', {
      unit_id: ctx.lb.id, audit_date: '2019-06-14', auditor: 'Đoàn đánh giá thử quyền', nonconformities: 0,
    }));
    assert.equal(r.status, 201, `setup: an internal audit: ${r.status} ${r.text.slice(0, 300)}`);
    return r.json.id;
  })();
  return isoAuditP;
}
let dossierFixtureP;
function dossierFixture() {
  dossierFixtureP ??= (async () => {
    const leader = ctx.subjects.leader;
    const as = async (method, path, json, status) => {
      const r = await send(api(leader, method, path, json));
      assert.equal(r.status, status, `setup: ${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
      return r.json;
    };
    const proc = {};
    const desk = {};
    const dossier = {};
    for (const [site, w] of [['own', ctx.lb], ['other', ctx.hp]]) {
      proc[site] = `AZ${uniq().replace(/[^A-Za-z0-9]/g, '')}`;
      await as('POST', '/api/v1/procedures', { code: proc[site], name: `Thủ tục thử quyền ${site}`,
        level: 'ward', owner_unit_id: w.id, working_days: 3, documents: [{ name: 'Tờ khai', required: true }] }, 201);
      const desks = await as('GET', `/api/v1/units?kind=one_stop_desk&parent=${w.id}`, undefined, 200);
      desk[site] = (desks.items ?? desks)[0].id;
    }
    const fx = { proc, desk, dossier };
    for (const site of ['own', 'other']) {
      dossier[site] = (await as('POST', '/api/v1/dossiers', { procedure_code: proc.own, unit_id: desk[site],
        applicant: { full_name: 'Người thử quyền', id_number: '079000000001' }, documents: ['Tờ khai'] }, 201)).code;
    }
    fx.as = as;
    return fx;
  })();
  return dossierFixtureP;
}
/** A dossier just received at SITE's desk (RETURNED: finished and handed back). */
async function freshDossier(site, returned = false) {
  const fx = await dossierFixture();
  const code = (await fx.as('POST', '/api/v1/dossiers', { procedure_code: fx.proc.own, unit_id: fx.desk[site],
    applicant: { full_name: 'Người thử quyền', id_number: '079000000001' }, documents: ['Tờ khai'] }, 201)).code;
  if (returned) {
    for (const action of ['forward', 'finish', 'return']) {
      await fx.as('POST', `/api/v1/dossiers/${code}/events`, { action }, 200);
    }
  }
  return code;
}
const lateNc = {};
/** The nonconformity a late dossier at SITE's desk opened (made once per site). */
function lateDossierNc(site) {
  lateNc[site] ??= (async () => {
    const fx = await dossierFixture();
    const code = (await fx.as('POST', '/api/v1/dossiers', { procedure_code: fx.proc.own, unit_id: fx.desk[site],
      received_at: '2019-05-13T09:00:00+07:00', applicant: { full_name: 'Người thử quyền', id_number: '079000000001' },
      documents: ['Tờ khai'] }, 201)).code;
    await fx.as('POST', `/api/v1/dossiers/${code}/events`, { action: 'forward', at: '2019-05-13T10:00:00+07:00' }, 200);
    await fx.as('POST', `/api/v1/dossiers/${code}/events`, { action: 'finish', at: '2019-05-30T10:00:00+07:00' }, 200);
    const list = await fx.as('GET', '/api/v1/nonconformities?open=1', undefined, 200);
    const nc = list.items.find((x) => x.dossier_code === code);
    assert.ok(nc, `setup: no nonconformity for the late dossier ${code}`);
    return nc.id;
  })();
  return lateNc[site];
}
