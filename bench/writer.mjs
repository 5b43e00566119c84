// bench/writer.mjs: figures reported at a steady rate, for the mixed
// read/write benchmark (bench/run.sh): readers measure the board with wrk
// while this corrects figures of the same year.
//
//   node bench/writer.mjs URL TOKEN RATE SECONDS TARGETS_JSON
//
// TARGETS_JSON: [{ "id": 12, "unit_id": 3, "period": "month" }, ...] — breakdown targets to
// write to.  Writes go round the (target, month) pairs in turn, so the
// writes in flight correct different figures: two corrections of one
// figure at once are refused, one of them, as they should be.  Keeps at
// most 64 writes in flight; a rate it cannot keep is reported, not hidden.
// Prints one JSON line: { rate, seconds, sent, ok, failed, p50_ms, p99_ms }.
import { readFileSync } from 'node:fs';

const [url, token, rateArg, secondsArg, targetsFile] = process.argv.slice(2);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const targets = JSON.parse(readFileSync(targetsFile, 'utf8'));
if (!url || !token || !(rate > 0) || !(seconds > 0) || !targets.length) {
  console.error('usage: node bench/writer.mjs URL TOKEN RATE SECONDS TARGETS_JSON');
  process.exit(2);
}

const latencies = [];
let sent = 0;
let ok = 0;
let failed = 0;
let inFlight = 0;
let skipped = 0;
let turn = 0;
const statuses = {};

// Periods in a year by the target's period kind: a quarterly target takes 1 to 4.
const PERIODS = { month: 12, quarter: 4, year: 1 };
// A whole number from 0 to 100 is a valid figure for every kind (a count
// must be whole, a ratio or share at most 100): a refused write measures nothing.
async function writeOne() {
  const k = turn++ % (targets.length * 12);
  const t = targets[Math.floor(k / 12)];
  const body = JSON.stringify({
    unit_id: t.unit_id, period_no: 1 + (k % (PERIODS[t.period] ?? 12)),
    value: Math.round(Math.random() * 100),
  });
  const t0 = performance.now();
  inFlight++;
  sent++;
  try {
    const r = await fetch(`${url}/api/v1/targets/${t.id}/measurements`, {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    await r.arrayBuffer();
    if (r.status === 201) ok++;
    else {
      failed++;
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  } catch {
    failed++;
  } finally {
    inFlight--;
    latencies.push(performance.now() - t0);
  }
}

const start = performance.now();
const interval = 1000 / rate;
let next = start;
await new Promise((resolve) => {
  const tick = () => {
    const now = performance.now();
    if (now - start >= seconds * 1000) {
      resolve();
      return;
    }
    while (next <= now) {
      if (inFlight < 64) writeOne();
      else skipped++;
      next += interval;
    }
    setTimeout(tick, Math.max(0, Math.min(10, next - performance.now())));
  };
  tick();
});
while (inFlight > 0) await new Promise((r) => setTimeout(r, 10));
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1,
  Math.floor(p * latencies.length))] : 0);
console.log(JSON.stringify({
  rate: Math.round((ok / elapsed) * 10) / 10, seconds: Math.round(elapsed * 10) / 10,
  sent, ok, failed, statuses, skipped, p50_ms: Math.round(pct(0.5) * 100) / 100,
  p99_ms: Math.round(pct(0.99) * 100) / 100,
}));
