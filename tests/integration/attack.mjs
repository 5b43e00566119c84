// Hostile clients for tests/integration/http_limits.test.mjs and the
// attack benchmarks (bench/attack_bodies.sh, bench/attack_connections.sh).
// Loopback only; every function is bounded in time and in sockets.
import { readFileSync } from 'node:fs';
import net from 'node:net';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Peak resident set (VmHWM) of process PID in MiB, from /proc. */
export function peakRssMiB(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** The status code of the first response line in BUF, or 0. */
function statusOf(buf) {
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(buf.toString('latin1', 0, 64));
  return m ? Number(m[1]) : 0;
}

/**
 * Sends one request whose body goes out in pieces, waiting for each piece to
 * be flushed (and PAUSE_MS every PAUSE_EVERY pieces) so the server receives
 * it as many small reads.  BODY_BYTES of 'a' after PREFIX.  CHUNKED frames it
 * with Transfer-Encoding: chunked (no length), else Content-Length.
 * Resolves { status (0: no answer), ms, sent } once the server answers or
 * closes, or after TIMEOUT_MS.
 */
export function piecewisePost({
  host, port, path, prefix = '', bodyBytes, piece = 500, chunked = false,
  contentType = 'application/x-www-form-urlencoded', pauseEvery = 20, pauseMs = 1,
  timeoutMs = 60000,
}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const sock = net.connect({ host, port });
    sock.setNoDelay(true);
    let got = Buffer.alloc(0);
    let done = false;
    let sent = 0;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ status: statusOf(got), ms: Date.now() - t0, sent });
    };
    const timer = setTimeout(finish, timeoutMs);
    sock.on('data', (d) => {
      got = Buffer.concat([got, d]);
      // The head is enough: the status is what is measured.
      if (got.includes('\r\n\r\n')) finish();
    });
    sock.on('error', finish);
    sock.on('close', finish);
    sock.on('connect', async () => {
      const total = prefix.length + bodyBytes;
      sock.write(`POST ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\n`
        + `Content-Type: ${contentType}\r\n`
        + (chunked ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${total}\r\n`)
        + 'Connection: close\r\n\r\n');
      const fill = Buffer.alloc(piece, 'a');
      let first = Buffer.from(prefix, 'latin1');
      let left = bodyBytes;
      let n = 0;
      while (!done && (left > 0 || first.length > 0)) {
        const take = Math.min(left, Math.max(piece - first.length, 0));
        const data = Buffer.concat([first, fill.subarray(0, take)]);
        first = Buffer.alloc(0);
        left -= take;
        const framed = chunked
          ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
          : data;
        const flushed = sock.write(framed);
        sent += data.length;
        if (!flushed) await new Promise((r) => { sock.once('drain', r); sock.once('close', r); });
        if (++n % pauseEvery === 0) await sleep(pauseMs);
      }
      if (!done && chunked) sock.write('0\r\n\r\n');
    });
  });
}

/** GET PATH on a fresh connection: { status (0: none), ms }. */
export function timedGet({ host, port, path = '/healthz', localAddress, timeoutMs = 20000 }) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const sock = net.connect({ host, port, localAddress });
    let got = Buffer.alloc(0);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ status: statusOf(got), ms: Date.now() - t0 });
    };
    const timer = setTimeout(finish, timeoutMs);
    sock.on('data', (d) => {
      got = Buffer.concat([got, d]);
      if (got.includes('\r\n\r\n')) finish();
    });
    sock.on('error', finish);
    sock.on('close', finish);
    sock.on('connect', () => {
      sock.write(`GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`);
    });
  });
}

/**
 * Opens IDLE silent connections and SLOW ones that send a request line and
 * then one header line every SLOW_EVERY_MS, never finishing the header.
 * Idle ones come from IDLE_ADDRS loopback addresses (127.0.1.x), slow ones
 * from SLOW_ADDRS (127.0.2.x), so no address passes the per-address limit.
 * Resolves once every connection is open or refused:
 * { opened, failed, closedByServer(), close() }.
 */
export async function openFlood({
  host, port, idle = 0, slow = 0, idleAddrs = 25, slowAddrs = 5, slowEveryMs = 15000,
  batch = 200,
}) {
  const socks = [];
  const timers = [];
  let opened = 0;
  let failed = 0;
  let closedByServer = 0;
  const one = (localAddress, isSlow) => new Promise((resolve) => {
    const s = net.connect({ host, port, localAddress });
    let settled = false;
    const settle = (ok) => {
      if (settled) return;
      settled = true;
      if (ok) opened++; else failed++;
      resolve();
    };
    s.on('connect', () => {
      settle(true);
      if (isSlow) {
        s.write(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\n`);
        let i = 0;
        const t = setInterval(() => { if (!s.destroyed) s.write(`X-Slow-${i++}: 1\r\n`); }, slowEveryMs);
        timers.push(t);
      }
    });
    s.on('error', () => settle(false));
    s.on('close', () => { if (settled) closedByServer++; settle(false); });
    s.on('data', () => {});
    s.setTimeout(0);
    socks.push(s);
  });
  const jobs = [];
  for (let i = 0; i < idle; i++) jobs.push([`127.0.1.${1 + (i % idleAddrs)}`, false]);
  for (let i = 0; i < slow; i++) jobs.push([`127.0.2.${1 + (i % slowAddrs)}`, true]);
  for (let i = 0; i < jobs.length; i += batch) {
    await Promise.race([
      Promise.all(jobs.slice(i, i + batch).map(([a, s]) => one(a, s))),
      sleep(5000),
    ]);
  }
  return {
    opened: () => opened,
    failed: () => failed,
    closedByServer: () => closedByServer,
    close: () => {
      for (const t of timers) clearInterval(t);
      for (const s of socks) s.destroy();
    },
  };
}

/**
 * Command line (the benchmarks, and the flood test in a child with its own
 * descriptor limit: some 6,200 sockets; the caller raises `ulimit -n`):
 *
 *   node attack.mjs flood HOST PORT IDLE SLOW [HOLD_MS]
 *     opens the flood, times FRESH_COUNT (3) fresh GET /healthz a second
 *     apart (each given FRESH_TIMEOUT_MS, 20000), waits HOLD_MS, counts the
 *     flood's connections the server has closed; prints one JSON object.
 *   node attack.mjs bodies HOST PORT SERVER_PID one|four|chunked8|chunked40
 *     POST /login: a 1 MB form in 2,000 pieces of 500 bytes (one, or four at
 *     once), or an 8 MB / 40 MB chunked form; prints the statuses, the time,
 *     the bytes sent and the server's peak RSS (VmHWM) before and after.
 */
const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain && process.argv[2] === 'flood') {
  const [host, port, idle, slow, hold = '0'] = process.argv.slice(3);
  const count = Number(process.env.FRESH_COUNT || 3);
  const timeoutMs = Number(process.env.FRESH_TIMEOUT_MS || 20000);
  const t0 = Date.now();
  const f = await openFlood({ host, port: Number(port), idle: Number(idle), slow: Number(slow) });
  const openMs = Date.now() - t0;
  const opened = f.opened();
  const fresh = [];
  for (let i = 0; i < count; i++) {
    fresh.push(await timedGet({ host, port: Number(port), timeoutMs }));
    await sleep(1000);
  }
  const closedEarly = f.closedByServer();
  await sleep(Number(hold));
  const closedLater = f.closedByServer();
  f.close();
  console.log(JSON.stringify({ opened, failed: f.failed(), openMs, fresh, closedEarly, closedLater }));
  process.exit(0);
}
if (isMain && process.argv[2] === 'bodies') {
  const [host, portText, pid, which] = process.argv.slice(3);
  const port = Number(portText);
  const form = { host, port, path: '/login', prefix: 'login=' };
  const pieces = () => piecewisePost({ ...form, bodyBytes: 1000000 - 6, piece: 500 });
  const rssBefore = peakRssMiB(pid);
  const t0 = Date.now();
  let results;
  if (which === 'one') results = [await pieces()];
  else if (which === 'four') results = await Promise.all([pieces(), pieces(), pieces(), pieces()]);
  else if (which === 'chunked8') {
    results = [await piecewisePost({ ...form, bodyBytes: 8000000, piece: 16384, chunked: true })];
  } else if (which === 'chunked40') {
    results = [await piecewisePost({ ...form, bodyBytes: 40000000, piece: 16384, chunked: true })];
  } else {
    console.error(`unknown scenario ${which}`);
    process.exit(2);
  }
  console.log(JSON.stringify({
    scenario: which, ms: Date.now() - t0, statuses: results.map((r) => r.status),
    sent: results.map((r) => r.sent), rssBefore, rssPeak: peakRssMiB(pid),
  }));
  process.exit(0);
}
