// Targets (chỉ tiêu) over the JSON API: the public board and a target's page
// on the demo's 2019 District 9 targets, bad queries, defining targets and
// their ward breakdown, reporting figures (and what is refused), corrections,
// the audit trail of reports, and the late reporters list.
//
// The 2019 demo targets are only read.  Everything written goes to targets
// of this file's own, under a unique code prefix, in a year picked at random
// from 2030–2049 (targets_io.test.mjs uses 2050–2094), so other files'
// writes cannot change what is asserted here and ours cannot change theirs.
// The demo accounts sign in once each.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { before, describe, test } from 'node:test';

import { BASE, assertProblem, client, demoDistrict, list, signIn, uniq } from './lib.mjs';

const T = { timeout: 120000 };

// ---- identities --------------------------------------------------------------

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

// ---- the demo ----------------------------------------------------------------

const DEMO_YEAR = 2019;
const YEAR_END = '2020-06-30';
const MID_YEAR = '2019-07-15';
const DEMO_CODES = ['DV', 'CN', 'NS', 'XDCB', 'HN', 'PP', 'DT', 'TDP'];
/** Year-end statuses of the demo's top-level targets. */
const YEAR_END_STATUS = {
  DV: 'achieved', CN: 'off_track', NS: 'achieved', XDCB: 'achieved',
  HN: 'achieved', PP: 'achieved', DT: 'achieved', TDP: 'achieved',
};
/** The wards off track at the year end, per broken-down target. */
const OFF_TRACK_WARDS = {
  HN: ['Q9.LONGPHUOC', 'Q9.TRUONGTHANH'],
  PP: ['Q9.PHUHUU'],
  TDP: ['Q9.LONGPHUOC', 'Q9.TRUONGTHANH'],
};
const STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'];

let placesP;
/** Quận 9 and its wards (by code), found through the units API. */
function places() {
  placesP ??= (async () => {
    const q9 = await demoDistrict();
    const wards = await list(`/api/v1/units?kind=ward&parent=${q9.id}`);
    const byCode = new Map(wards.map((w) => [w.code, w]));
    const ward = (code) => {
      const w = byCode.get(code);
      assert.ok(w, `no ward ${code} under Quận 9: ${[...byCode.keys()].join(', ')}`);
      return w;
    };
    return { q9, wards, byCode, ward, lb: ward('Q9.LONGBINH'), hp: ward('Q9.HIEPPHU') };
  })();
  return placesP;
}

/** GET PATH as CLIENT (anonymous by default); asserts 200; returns the body. */
async function ok(path, who = anon) {
  const r = await who.get(path);
  assert.equal(r.status, 200, `GET ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(r.json && typeof r.json === 'object', `GET ${path}: not JSON: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** The board of YEAR as of AS_OF: its items by code. */
async function board(year, asOf) {
  const b = await ok(`/api/v1/targets?year=${year}&as_of=${asOf}`);
  assert.equal(b.year, year);
  assert.equal(b.as_of, asOf);
  assert.ok(Array.isArray(b.items), 'the board has no items');
  assert.equal(b.count, b.items.length);
  const byCode = new Map();
  for (const t of b.items) {
    assert.ok(!byCode.has(t.code), `${t.code} is twice on the board of ${year}`);
    byCode.set(t.code, t);
  }
  return byCode;
}

/** The demo's 2019 top-level target CODE (its id, from the board). */
let demoBoardP;
async function demoTarget(code) {
  demoBoardP ??= board(DEMO_YEAR, YEAR_END);
  const t = (await demoBoardP).get(code);
  assert.ok(t, `no target ${code} on the 2019 board`);
  return t;
}

/** Every figure ever reported for target ID (corrections included). */
async function historyOf(id) {
  const h = await ok(`/api/v1/targets/${id}/measurements`, await as('quantri'));
  assert.ok(Array.isArray(h.items), JSON.stringify(h).slice(0, 300));
  return h.items;
}

/** The audit entries of measurement ID, newest first, as the administrator. */
async function auditOf(id) {
  const r = await (await as('quantri')).get(`/api/v1/audit?entity=measurement&entity_id=${id}`);
  assert.equal(r.status, 200, `audit of measurement ${id}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(Array.isArray(r.json?.items), r.text.slice(0, 300));
  return r.json.items;
}

// ---- the board of 2019 -----------------------------------------------------------

describe('the public board of 2019', () => {
  test('at the year end: the 8 targets, CN off track, the other seven achieved', T, async () => {
    const b = await board(DEMO_YEAR, YEAR_END);
    for (const code of DEMO_CODES) {
      const t = b.get(code);
      assert.ok(t, `${code} missing from the board: ${[...b.keys()].join(', ')}`);
      assert.equal(t.status, YEAR_END_STATUS[code],
        `${code} at the year end: ${JSON.stringify(t).slice(0, 600)}`);
      assert.equal(t.parent_id, null, `${code} is on the board but has a parent`);
      assert.equal(t.year, DEMO_YEAR);
      assert.ok(STATUSES.includes(t.status));
    }
    const cn = b.get('CN');
    assert.equal(cn.value, 9.6);
    assert.equal(cn.target_low, 11);
    assert.ok(Math.abs(cn.attainment - (9.6 / 11) * 100) < 1e-6, `CN attainment ${cn.attainment}`);
    for (const code of ['HN', 'PP', 'TDP']) {
      assert.equal(b.get(code).breakdown_count, 13, `${code}'s breakdown`);
    }
    for (const code of ['DV', 'CN', 'NS', 'XDCB', 'DT']) {
      assert.equal(b.get(code).breakdown_count, 0, `${code}'s breakdown`);
    }
    // The year is over: every period has elapsed.
    for (const code of DEMO_CODES) {
      const t = b.get(code);
      assert.equal(t.periods_elapsed, { month: 12, quarter: 4, year: 1 }[t.period],
        `${code} (${t.period}) periods elapsed at the year end`);
    }
    // Public: the same board without signing in as with.
    const signedIn = await ok(`/api/v1/targets?year=${DEMO_YEAR}&as_of=${YEAR_END}`, await as('quantri'));
    for (const code of DEMO_CODES) {
      assert.equal(signedIn.items.find((t) => t.code === code)?.status, YEAR_END_STATUS[code]);
    }
  });

  test('mid-year (2019-07-15): nothing achieved but met flows, CN not achieved, XDCB behind', T, async () => {
    const b = await board(DEMO_YEAR, MID_YEAR);
    for (const code of DEMO_CODES) {
      const t = b.get(code);
      assert.ok(t, `${code} missing from the mid-year board`);
      if (t.period === 'month') assert.equal(t.periods_elapsed, 6, `${code}: months elapsed`);
      if (t.period === 'quarter') assert.equal(t.periods_elapsed, 2, `${code}: quarters elapsed`);
      if (t.period === 'year') assert.equal(t.periods_elapsed, 0, `${code}: years elapsed`);
      assert.ok(t.periods_reported <= t.periods_elapsed,
        `${code}: ${t.periods_reported} periods reported of ${t.periods_elapsed} elapsed`);
      // Before the year ends only an amount or count (higher is better) whose
      // total already meets its target can be achieved.
      if (t.status === 'achieved') {
        assert.ok(['amount', 'count'].includes(t.kind) && t.direction === 'higher'
          && t.value >= t.target_low,
        `${code} is "achieved" mid-year: ${JSON.stringify(t).slice(0, 600)}`);
      }
    }
    assert.notEqual(b.get('CN').status, 'achieved');
    const xdcb = b.get('XDCB');
    assert.ok(['off_track', 'at_risk'].includes(xdcb.status),
      `XDCB mid-year: ${JSON.stringify(xdcb).slice(0, 600)}`);
    assert.ok(xdcb.value < xdcb.target_low, `XDCB's first half: ${xdcb.value}`);
    // An amount's forecast: the total so far × 12 ÷ 6 (TARGETS.md §5).
    assert.ok(Math.abs(xdcb.forecast - xdcb.value * 2) < 1e-6,
      `XDCB forecast ${xdcb.forecast} for ${xdcb.value} in six months`);
  });

  test('HN: 13 ward targets, Long Phước and Trường Thạnh off track, series to November', T, async () => {
    const { wards, byCode } = await places();
    const hn = await demoTarget('HN');
    const d = await ok(`/api/v1/targets/${hn.id}?as_of=${YEAR_END}`);
    assert.equal(d.id, hn.id);
    assert.equal(d.code, 'HN');
    assert.equal(d.status, 'achieved');
    assert.ok(Array.isArray(d.breakdown), 'no breakdown array');
    assert.equal(d.breakdown.length, 13, d.breakdown.map((c) => c.code).join(', '));
    const wardIds = new Set(wards.map((w) => w.id));
    const owners = d.breakdown.map((c) => c.owner_unit_id);
    assert.equal(new Set(owners).size, 13, 'two breakdown targets share a ward');
    for (const c of d.breakdown) {
      assert.ok(wardIds.has(c.owner_unit_id), `${c.code}: owner ${c.owner_unit_id} is not a ward of Quận 9`);
      assert.equal(c.parent_id, hn.id);
      assert.equal(c.period, d.period, `${c.code}'s period`);
      assert.ok(STATUSES.includes(c.status), `${c.code}: status ${c.status}`);
      assert.ok(Array.isArray(c.series), `${c.code}: no series`);
    }
    const offTrack = d.breakdown.filter((c) => c.status === 'off_track').map((c) => c.owner_unit_id).sort();
    assert.deepEqual(offTrack, OFF_TRACK_WARDS.HN.map((code) => byCode.get(code).id).sort(),
      `HN off-track wards: ${d.breakdown.filter((c) => c.status === 'off_track').map((c) => c.code)}`);
    // Long Phước missed December: the district's sum stops at November.
    assert.equal(d.rolled_up, true);
    assert.ok(Array.isArray(d.series) && d.series.length > 0, 'HN has no series');
    assert.deepEqual(d.series.map((p) => p.period_no), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const lp = d.breakdown.find((c) => c.owner_unit_id === byCode.get('Q9.LONGPHUOC').id);
    assert.ok(!lp.series.some((p) => p.period_no === 12), 'Long Phước has a December figure');
    // November's district figure is the sum of the wards' November figures.
    const nov = d.breakdown.reduce((s, c) => s + c.series.find((p) => p.period_no === 11).value, 0);
    assert.ok(Math.abs(d.series[10].value - nov) < 1e-6, `HN November ${d.series[10].value} ≠ Σ ${nov}`);
  });

  test('PP and TDP: the off-track wards', T, async () => {
    const { byCode } = await places();
    for (const code of ['PP', 'TDP']) {
      const t = await demoTarget(code);
      const d = await ok(`/api/v1/targets/${t.id}?as_of=${YEAR_END}`);
      assert.equal(d.breakdown.length, 13, `${code}'s breakdown`);
      const off = d.breakdown.filter((c) => c.status === 'off_track');
      assert.deepEqual(off.map((c) => c.owner_unit_id).sort(),
        OFF_TRACK_WARDS[code].map((w) => byCode.get(w).id).sort(),
        `${code} off-track wards: ${off.map((c) => c.code)}`);
    }
  });

  test('XDCB: March corrected from 12 to 14.5, both in the history', T, async () => {
    const x = await demoTarget('XDCB');
    const march = (await historyOf(x.id)).filter((m) => m.period_no === 3);
    assert.equal(march.length, 2, JSON.stringify(march));
    const first = march.find((m) => m.corrects === null);
    const second = march.find((m) => m.corrects !== null);
    assert.ok(first && second, JSON.stringify(march));
    assert.equal(first.value, 12);
    assert.equal(second.value, 14.5);
    assert.equal(second.corrects, first.id);
    // The current figures hold only the correction.
    const d = await ok(`/api/v1/targets/${x.id}?as_of=${YEAR_END}`);
    const cur = d.measurements.filter((m) => m.period_no === 3);
    assert.deepEqual(cur.map((m) => m.value), [14.5]);
    assert.equal(d.series.find((p) => p.period_no === 3)?.value, 14.5);
  });

  test('late reporters as of 2020-01-20: Long Phước\'s HN December, Trường Thạnh\'s TDP Q4', T, async () => {
    const { byCode } = await places();
    const late = await ok(`/api/v1/targets/late?year=${DEMO_YEAR}&as_of=2020-01-20`);
    assert.equal(late.year, DEMO_YEAR);
    assert.equal(late.as_of, '2020-01-20');
    const hit = (code, unit, period) => late.items.find((x) =>
      x.code === code && x.unit_id === byCode.get(unit).id && x.period_no === period);
    const hn = hit('HN.Q9.LONGPHUOC', 'Q9.LONGPHUOC', 12);
    const tdp = hit('TDP.Q9.TRUONGTHANH', 'Q9.TRUONGTHANH', 4);
    assert.ok(hn, `Long Phước's HN December is not late: ${JSON.stringify(late.items)}`);
    assert.ok(tdp, `Trường Thạnh's TDP Q4 is not late: ${JSON.stringify(late.items)}`);
    assert.equal(hn.due, '2020-01-10');
    assert.equal(hn.days_late, 10);
    assert.equal(tdp.due, '2020-01-15');
    assert.equal(tdp.days_late, 5);
    // Nothing else of the demo's own targets.
    const demo = late.items.filter((x) => DEMO_CODES.some((c) => x.code === c || x.code.startsWith(`${c}.Q9.`)));
    assert.equal(demo.length, 2, `demo targets late: ${JSON.stringify(demo)}`);
  });
});

// ---- bad queries -------------------------------------------------------------

describe('the leaders\' board: what else is behind', () => {
  test('a signed-in leader sees overdue tasks, dossiers and late reports of their reach above the targets; the public does not', T, async () => {
    const { q9 } = await places();
    const lead = await as('lanhdao');
    const page = (await lead.get('/targets?year=2019')).text;
    const at = page.indexOf('<section class="behind"');
    assert.ok(at > 0, 'the section for a signed-in leader');
    assert.ok(at < page.indexOf('<table class="summary">'), 'above the targets');
    const section = page.slice(at, page.indexOf('</section>', at));
    const line = (cls) => {
      const m = new RegExp(`<li class="${cls}"><a href="([^"]+)">[^<]+</a>: ([^<]+)</li>`).exec(section);
      assert.ok(m, `${cls} in ${section}`);
      return { href: m[1].replace(/&amp;/g, '&'), counts: m[2].match(/\d+/g).map(Number) };
    };
    // Tasks: the count is the task list's own for the leader's unit and below.
    const tasks = line('behind-tasks');
    assert.equal(tasks.href, `/tasks?unit_id=${q9.id}&status=overdue`);
    const overdue = (await lead.get(`/api/v1/tasks?unit_id=${q9.id}&subtree=1&status=overdue&limit=1`)).json.total;
    assert.equal(tasks.counts[0], overdue);
    assert.ok(overdue > 0, 'the demo has overdue tasks');
    const dossiers = line('behind-dossiers');
    assert.equal(dossiers.href, '/dossiers');
    const reports = line('behind-feedback');
    assert.equal(reports.href, '/feedback/queue');
    assert.ok(dossiers.counts[0] + dossiers.counts[1] > 0 && reports.counts[0] + reports.counts[1] > 0);
    // The public board is the cached body alone.
    const pub = (await anon.get('/targets?year=2019')).text;
    assert.ok(!pub.includes('class="behind"'), 'nothing of it for the public');
  });
});

describe('bad queries', () => {
  test('year=abc → 400 year; as_of=2019-02-30 → 400 as_of; unknown id → 404', T, async () => {
    assertProblem(await anon.get('/api/v1/targets?year=abc'), 400, 'year');
    assertProblem(await anon.get('/api/v1/targets?as_of=2019-02-30'), 400, 'as_of');
    assertProblem(await anon.get('/api/v1/targets/late?year=abc'), 400, 'year');
    assertProblem(await anon.get('/api/v1/targets/late?year=2019&as_of=2019-02-30'), 400, 'as_of');
    const hn = await demoTarget('HN');
    assertProblem(await anon.get(`/api/v1/targets/${hn.id}?as_of=2019-02-30`), 400, 'as_of');
    assertProblem(await anon.get('/api/v1/targets/999999999'), 404);
    assertProblem(await anon.get('/api/v1/targets/abc'), 404);
    const admin = await as('quantri');
    assertProblem(await admin.post('/api/v1/targets/999999999/measurements',
      { unit_id: (await places()).q9.id, period_no: 1, value: 1 }), 404);
  });

  test('the figures of an unknown target → 404, not an empty list', T, async () => {
    assertProblem(await anon.get('/api/v1/targets/999999999/measurements'), 404);
  });
});

// ---- defining and reporting in a year of our own -----------------------------------

const year = 2030 + randomInt(0, 20);
const tag = uniq('TG').toUpperCase();
const code = (s) => `${tag}.${s}`;
const mine = {}; // suffix -> target

describe(`targets of ${year}`, () => {
  let q9;
  let lb;
  let hp;
  before(async () => {
    ({ q9, lb, hp } = await places());
  });

  /** Creates target SUFFIX as WHO (lanhdao by default); asserts 201. */
  async function define(suffix, fields, who = 'lanhdao') {
    const body = {
      code: code(suffix), year, name: `Chỉ tiêu thử ${tag} ${suffix}`, period: 'month',
      due_days: 5, ...fields,
    };
    const r = await (await as(who)).post('/api/v1/targets', body);
    assert.equal(r.status, 201, `creating ${body.code}: ${r.status} ${r.text.slice(0, 300)}`);
    assert.equal(r.headers.get('location'), `/api/v1/targets/${r.json.id}`);
    mine[suffix] = r.json;
    return r.json;
  }

  /** The top-level codes of our year's board. */
  async function boardCodes() {
    return [...(await board(year, `${year}-12-31`)).keys()];
  }

  /** POST a figure to target ID as WHO. */
  async function report(who, id, body) {
    return (await as(who)).post(`/api/v1/targets/${id}/measurements`, body);
  }

  test('lanhdao defines a district target and Long Bình\'s and Hiệp Phú\'s breakdown', T, async () => {
    const p = await define('P', {
      kind: 'amount', unit_of_measure: 'tỷ đồng', target_low: 100, owner_unit_id: q9.id,
      rollup: 'sum',
    });
    assert.equal(p.code, code('P'));
    assert.equal(p.year, year);
    assert.equal(p.kind, 'amount');
    assert.equal(p.owner_unit_id, q9.id);
    assert.equal(p.parent_id, null);
    assert.equal(p.rollup, 'sum');
    assert.equal(p.period, 'month');
    assert.equal(p.due_days, 5);
    assert.equal(p.target_low, 100);
    for (const [suffix, ward, low] of [['P.LB', lb, 40], ['P.HP', hp, 60]]) {
      const c = await define(suffix, {
        kind: 'amount', unit_of_measure: 'tỷ đồng', target_low: low, owner_unit_id: ward.id,
        parent_id: p.id,
      });
      assert.equal(c.parent_id, p.id);
      assert.equal(c.owner_unit_id, ward.id);
      assert.equal(c.period, p.period);
    }
    // Read back: the parent with its two-ward breakdown, no figures yet.
    const d = await ok(`/api/v1/targets/${p.id}?as_of=${year}-12-31`);
    assert.deepEqual(d.breakdown.map((c) => c.owner_unit_id).sort(), [lb.id, hp.id].sort());
    assert.equal(d.status, 'no_data');
    assert.deepEqual(d.series, []);
    const b = await board(year, `${year}-12-31`);
    assert.equal(b.get(code('P'))?.breakdown_count, 2);
    assert.ok(!b.has(code('P.LB')), 'a breakdown target is listed on the board');

    // Targets the later tests report against, owned by Long Bình.
    await define('RATIO', { kind: 'ratio', unit_of_measure: '%', target_low: 70, owner_unit_id: lb.id, period: 'quarter' });
    await define('COUNT', { kind: 'count', unit_of_measure: 'vụ', target_low: 40, direction: 'lower', owner_unit_id: lb.id });
    await define('LATE', { kind: 'amount', unit_of_measure: 'tỷ đồng', target_low: 12, owner_unit_id: q9.id });
  });

  test('refused definitions: an officer (403), a range without target_high, a duplicate code, a ratio of 150', T, async () => {
    const before = await boardCodes();
    const base = {
      year, name: `Bị từ chối ${tag}`, kind: 'amount', target_low: 10, owner_unit_id: lb.id,
      period: 'month',
    };
    const officer = await (await as('longbinh')).post('/api/v1/targets', { ...base, code: code('NO.OFFICER') });
    assertProblem(officer, 403);
    // A unit head manages Hiệp Phú but does not set its targets.
    assertProblem(await (await as('hiepphu')).post('/api/v1/targets',
      { ...base, code: code('NO.HEAD'), owner_unit_id: hp.id }), 403);
    // An officer cannot add to the district's breakdown, even for their own ward.
    assertProblem(await (await as('longbinh')).post('/api/v1/targets',
      { ...base, code: code('NO.CHILD'), parent_id: mine.P.id }), 403);
    // A breakdown has its parent's year and period.
    assertProblem(await (await as('lanhdao')).post('/api/v1/targets',
      { ...base, code: code('NO.PERIOD'), parent_id: mine.P.id, period: 'quarter' }), 422, 'parent_id');
    const noHigh = await (await as('lanhdao')).post('/api/v1/targets',
      { ...base, code: code('NO.RANGE'), kind: 'range', unit_of_measure: '%', target_low: 6 });
    assertProblem(noHigh, 422, 'target_high');
    const dup = await (await as('lanhdao')).post('/api/v1/targets', { ...base, code: code('P'), owner_unit_id: q9.id });
    assertProblem(dup, 409, 'code');
    const ratio = await (await as('lanhdao')).post('/api/v1/targets',
      { ...base, code: code('NO.RATIO'), kind: 'ratio', unit_of_measure: '%', target_low: 150 });
    assertProblem(ratio, 422, 'target_low');
    // A range with both ends is fine (the 422 above was for the missing end).
    await define('RANGE', { kind: 'range', unit_of_measure: '%', target_low: 6, target_high: 8, owner_unit_id: q9.id, period: 'quarter' });
    const after = await boardCodes();
    assert.deepEqual(after.filter((c) => !before.includes(c)), [code('RANGE')],
      'a refused definition wrote a target');
    const kids = (await ok(`/api/v1/targets/${mine.P.id}`)).breakdown.map((c) => c.code).sort();
    assert.deepEqual(kids, [code('P.HP'), code('P.LB')], 'a refused breakdown target was written');
  });

  test('longbinh reports for Long Bình\'s breakdown target (201)', T, async () => {
    const LB = mine['P.LB'];
    const r = await report('longbinh', LB.id, { unit_id: lb.id, period_no: 1, value: 5, note: 'Tháng 1' });
    assert.equal(r.status, 201, r.text.slice(0, 300));
    assert.equal(r.json.target_id, LB.id);
    assert.equal(r.json.unit_id, lb.id);
    assert.equal(r.json.period_no, 1);
    assert.equal(r.json.value, 5);
    assert.equal(r.json.note, 'Tháng 1');
    assert.equal(r.json.corrects, null);
    assert.equal(r.json.reporter, 'longbinh');
    assert.ok(Number.isInteger(r.json.id) && r.json.id > 0);
    mine.firstReport = r.json;
    assert.deepEqual((await historyOf(LB.id)).map((m) => m.id), [r.json.id]);
  });

  test('longbinh cannot report for the district target or Hiệp Phú\'s (refused, nothing written)', T, async () => {
    const P = mine.P;
    const HP = mine['P.HP'];
    const attempts = [
      [P.id, { unit_id: q9.id, period_no: 1, value: 1 }],
      [P.id, { unit_id: lb.id, period_no: 1, value: 1 }],
      [HP.id, { unit_id: hp.id, period_no: 1, value: 1 }],
      [HP.id, { unit_id: lb.id, period_no: 1, value: 1 }],
    ];
    for (const [id, body] of attempts) {
      const r = await report('longbinh', id, body);
      const what = `longbinh → target ${id} ${JSON.stringify(body)}: ${r.status} ${r.text.slice(0, 300)}`;
      assert.ok(r.status === 403 || r.status === 422, what);
      if (r.status === 422) assertProblem(r, 422, 'unit_id');
      else assertProblem(r, 403);
      // With the target's own unit the refusal can only be about permission.
      if (body.unit_id === (id === P.id ? q9.id : hp.id)) assert.equal(r.status, 403, what);
      else assert.equal(r.status, 422, what);
    }
    assert.deepEqual(await historyOf(P.id), [], 'a refused report wrote a figure for the district');
    assert.deepEqual(await historyOf(HP.id), [], 'a refused report wrote a figure for Hiệp Phú');
  });

  test('values out of range, a period 13, another unit → 422 naming the field', T, async () => {
    const LB = mine['P.LB'];
    const cases = [
      [mine.RATIO.id, { unit_id: lb.id, period_no: 1, value: 130 }, 'value'],
      [mine.RATIO.id, { unit_id: lb.id, period_no: 1, value: -1 }, 'value'],
      [mine.RATIO.id, { unit_id: lb.id, period_no: 5, value: 50 }, 'period_no'],
      [LB.id, { unit_id: lb.id, period_no: 2, value: -3 }, 'value'],
      [mine.COUNT.id, { unit_id: lb.id, period_no: 1, value: 2.5 }, 'value'],
      [LB.id, { unit_id: lb.id, period_no: 13, value: 1 }, 'period_no'],
      [LB.id, { unit_id: lb.id, period_no: 0, value: 1 }, 'period_no'],
      [LB.id, { unit_id: lb.id, period_no: 2, value: '3' }, 'value'],
      [LB.id, { unit_id: hp.id, period_no: 2, value: 1 }, 'unit_id'],
      [LB.id, { unit_id: q9.id, period_no: 2, value: 1 }, 'unit_id'],
    ];
    for (const [id, body, field] of cases) {
      const r = await report('longbinh', id, body);
      assertProblem(r, 422, field);
    }
    // The administrator is refused the same way: the unit is checked, not the reporter.
    assertProblem(await report('quantri', LB.id, { unit_id: q9.id, period_no: 2, value: 1 }), 422, 'unit_id');
    assert.deepEqual((await historyOf(LB.id)).map((m) => m.id), [mine.firstReport.id],
      'a refused report wrote a figure');
    assert.deepEqual(await historyOf(mine.RATIO.id), []);
    assert.deepEqual(await historyOf(mine.COUNT.id), []);
    // In range they are accepted.
    const ratio = await report('longbinh', mine.RATIO.id, { unit_id: lb.id, period_no: 1, value: 100 });
    assert.equal(ratio.status, 201, ratio.text.slice(0, 300));
    const count = await report('longbinh', mine.COUNT.id, { unit_id: lb.id, period_no: 12, value: 3 });
    assert.equal(count.status, 201, count.text.slice(0, 300));
  });

  test('a second report for a period corrects the first: both in the history, the new one counts', T, async () => {
    const LB = mine['P.LB'];
    const HP = mine['P.HP'];
    const first = mine.firstReport;
    // Hiệp Phú's January, so the district rolls up.
    const hpJan = await report('lanhdao', HP.id, { unit_id: hp.id, period_no: 1, value: 3 });
    assert.equal(hpJan.status, 201, hpJan.text.slice(0, 300));
    assert.equal(hpJan.json.corrects, null);
    const asOf = `${year}-12-31`;
    let p = (await board(year, asOf)).get(code('P'));
    assert.equal(p.value, 8, `district total before the correction: ${JSON.stringify(p)}`);

    const r = await report('longbinh', LB.id, { unit_id: lb.id, period_no: 1, value: 7, note: 'Sửa' });
    assert.equal(r.status, 201, r.text.slice(0, 300));
    assert.equal(r.json.corrects, first.id);
    assert.notEqual(r.json.id, first.id);
    assert.equal(r.json.value, 7);
    mine.correction = r.json;

    const h = await historyOf(LB.id);
    assert.deepEqual(h.map((m) => [m.id, m.period_no, m.value, m.corrects]),
      [[first.id, 1, 5, null], [r.json.id, 1, 7, first.id]]);
    const d = await ok(`/api/v1/targets/${LB.id}?as_of=${asOf}`);
    assert.deepEqual(d.measurements.map((m) => [m.period_no, m.value]), [[1, 7]]);
    assert.deepEqual(d.series, [{ period_no: 1, value: 7 }]);
    assert.equal(d.value, 7);
    p = (await board(year, asOf)).get(code('P'));
    assert.equal(p.value, 10, `district total after the correction: ${JSON.stringify(p)}`);
    assert.equal(p.rolled_up, true);
    const pd = await ok(`/api/v1/targets/${mine.P.id}?as_of=${asOf}`);
    assert.deepEqual(pd.series, [{ period_no: 1, value: 10 }]);
    assert.equal(pd.breakdown.find((c) => c.id === LB.id)?.value, 7);
  });

  test('the audit trail records each report and the correction', T, async () => {
    const first = mine.firstReport;
    const second = mine.correction;
    assert.ok(first && second, 'the reporting tests did not run');
    const a1 = await auditOf(first.id);
    assert.equal(a1.length, 1, JSON.stringify(a1).slice(0, 1000));
    assert.equal(a1[0].actor, 'longbinh');
    assert.equal(a1[0].action, 'report');
    assert.equal(a1[0].entity, 'measurement');
    assert.equal(a1[0].entity_id, first.id);
    assert.equal(a1[0].before, null);
    assert.equal(a1[0].after?.value, 5);
    assert.equal(a1[0].after?.period_no, 1);
    const a2 = await auditOf(second.id);
    assert.equal(a2.length, 1, JSON.stringify(a2).slice(0, 1000));
    assert.equal(a2[0].actor, 'longbinh');
    assert.equal(a2[0].action, 'correct');
    assert.equal(a2[0].entity_id, second.id);
    assert.equal(a2[0].before?.value, 5);
    assert.equal(a2[0].before?.id, first.id);
    assert.equal(a2[0].after?.value, 7);
    assert.equal(a2[0].after?.corrects, first.id);
    // Hiệp Phú's report, by lanhdao.
    const hpHist = await historyOf(mine['P.HP'].id);
    const a3 = await auditOf(hpHist[0].id);
    assert.deepEqual(a3.map((e) => [e.actor, e.action]), [['lanhdao', 'report']]);
    // Not for anonymous visitors.
    assertProblem(await anon.get(`/api/v1/audit?entity=measurement&entity_id=${first.id}`), 401);
  });

  test('figures sent together (they share a commit) each land once, audited; a refused one changes nothing', T, async () => {
    const t = await define('GC', { kind: 'amount', unit_of_measure: 'hộ', target_low: 10, owner_unit_id: lb.id });
    const months = [...Array(12).keys()].map((i) => i + 1);
    const sent = await Promise.all([
      ...months.map((m) => report('longbinh', t.id, { unit_id: lb.id, period_no: m, value: m })),
      report('longbinh', t.id, { unit_id: hp.id, period_no: 1, value: 99 }),   // not its unit
      report('longbinh', t.id, { unit_id: lb.id, period_no: 1, value: -1 }),   // negative amount
    ]);
    for (const [i, r] of sent.slice(0, 12).entries()) {
      assert.equal(r.status, 201, `month ${i + 1}: ${r.status} ${r.text.slice(0, 300)}`);
      assert.equal(r.json.period_no, i + 1);
      assert.equal(r.json.value, i + 1);
    }
    assertProblem(sent[12], 422, 'unit_id');
    assertProblem(sent[13], 422, 'value');
    const ids = sent.slice(0, 12).map((r) => r.json.id);
    assert.equal(new Set(ids).size, 12, 'twelve distinct figures');
    const h = await historyOf(t.id);
    assert.deepEqual(h.map((m) => [m.period_no, m.value]).sort((a, b) => a[0] - b[0]),
      months.map((m) => [m, m]), 'the history holds the twelve and nothing of the refused two');
    for (const id of ids) {
      const a = await auditOf(id);
      assert.deepEqual(a.map((e) => [e.actor, e.action, e.after?.value]),
        [['longbinh', 'report', h.find((m) => m.id === id).value]]);
    }
    const d = await ok(`/api/v1/targets/${t.id}?as_of=${year}-12-31`);
    assert.equal(d.value, 78, 'the year sums the twelve at once');
  });

  test('late reporters: months 3.. of a target with only January–February are late in August', T, async () => {
    const L = mine.LATE;
    for (const [m, v] of [[1, 1], [2, 2]]) {
      const r = await report('lanhdao', L.id, { unit_id: q9.id, period_no: m, value: v });
      assert.equal(r.status, 201, r.text.slice(0, 300));
    }
    const lateOf = async (asOf) => {
      const l = await ok(`/api/v1/targets/late?year=${year}&as_of=${asOf}`);
      assert.equal(l.year, year);
      return l.items.filter((x) => x.target_id === L.id);
    };
    const aug = await lateOf(`${year}-08-15`);
    assert.deepEqual(aug.map((x) => x.period_no), [3, 4, 5, 6, 7], JSON.stringify(aug));
    const m3 = aug[0];
    assert.equal(m3.code, code('LATE'));
    assert.equal(m3.unit_id, q9.id);
    assert.equal(m3.due, `${year}-04-05`);
    const days = (Date.UTC(year, 7, 15) - Date.UTC(year, 3, 5)) / 86400000;
    assert.equal(m3.days_late, days);
    assert.equal(aug[4].due, `${year}-08-05`);
    assert.equal(aug[4].days_late, 10);
    // Due on 5 April: not late that day, late the day after.
    assert.deepEqual((await lateOf(`${year}-04-05`)).map((x) => x.period_no), []);
    const apr6 = await lateOf(`${year}-04-06`);
    assert.deepEqual(apr6.map((x) => [x.period_no, x.days_late]), [[3, 1]]);

    const r = await report('lanhdao', L.id, { unit_id: q9.id, period_no: 3, value: 1.5 });
    assert.equal(r.status, 201, r.text.slice(0, 300));
    assert.deepEqual((await lateOf(`${year}-08-15`)).map((x) => x.period_no), [4, 5, 6, 7]);
    // The district target with a breakdown is reported through its wards: not itself late.
    const all = (await ok(`/api/v1/targets/late?year=${year}&as_of=${year}-08-15`)).items;
    assert.ok(!all.some((x) => x.target_id === mine.P.id), 'a rolled-up target is listed as late');
    assert.ok(all.some((x) => x.target_id === mine['P.LB'].id && x.period_no === 2),
      'Long Bình\'s missing February is not listed');
  });
});
