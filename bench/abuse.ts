/**
 * Abuse numbers for the README's limits (not a timed test): idle sockets, attribute-heavy
 * envelopes beside /health, concurrent registrations' memory, UsernameToken vs bearer cost.
 * Starts `src/main.ts` as its own process (the server as shipped, default limits) and measures
 * it from outside. Run: node --import tsx bench/abuse.ts
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';

// The demo customer main.ts prints at start (not a secret).
const demoCustomer = { email: 'ada@example.com', password: 'shop-demo-2026' };

const ns = 'http://api-playground.example/shop/v1';
const wsse = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const kib = (pid: number, field: 'VmRSS' | 'VmHWM') => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

async function startServer(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', DATABASE_PATH: ':memory:', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /serving the shop at (http:\/\/\S+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
  });
  return { url, pid: child.pid as number, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const health = (url: string) => timed(async () => (await fetch(`${url}/health`)).text());

/** 2,000 sockets that never send a byte, from 127.0.0.2, while /health is asked from 127.0.0.1. */
async function idleSockets(label: string, env: Record<string, string>, timeoutMs: number) {
  const server = await startServer(env);
  const { port } = new URL(server.url);
  const started = Date.now();
  // Each socket's life from its own connect: 2,000 connects at once overflow the listen backlog
  // (SYNs are retried for seconds), so they are opened 100 at a time, each batch once connected.
  const lifetimes: number[] = [];
  const closedAt: number[] = [];
  let refusedAtOnce = 0;
  let connected = 0;
  const sockets: Socket[] = [];
  for (let batch = 0; batch < 20; batch += 1) {
    await Promise.all(
      Array.from({ length: 100 }, () => {
        const socket = connect({ port: Number(port), host: '127.0.0.1', localAddress: '127.0.0.2' });
        sockets.push(socket);
        socket.on('error', () => undefined);
        // Read what the server sends (its 408), or the socket never reports the server's close.
        socket.resume();
        return new Promise<void>((resolve) => {
          let connectedAt = Number.NaN;
          socket.once('connect', () => {
            connectedAt = Date.now();
            connected += 1;
            resolve();
          });
          socket.on('close', () => {
            closedAt.push(Date.now() - started);
            const life = Date.now() - connectedAt;
            lifetimes.push(life);
            if (life < timeoutMs / 2) refusedAtOnce += 1; // long before any timeout: refused by a cap
            resolve();
          });
        });
      }),
    );
  }
  const latencies: number[] = [];
  let failures = 0;
  while (closedAt.length < 2_000 && Date.now() - started < timeoutMs + 10_000) {
    try {
      latencies.push(await health(server.url));
    } catch {
      failures += 1;
    }
    await settle(100);
  }
  console.log(
    `${label}: ${connected} connected, ${closedAt.length}/2000 closed, the longest-lived after ${Math.max(...lifetimes.filter(Number.isFinite))} ms from its connect ` +
      `(limit ${timeoutMs} ms + the 1 s sweep), the last ${Math.max(...closedAt)} ms after the first connect; ` +
      `${refusedAtOnce} refused by the cap (closed in under half the timeout); /health meanwhile: ${latencies.length} answers, p50 ${median(latencies).toFixed(1)} ms, ` +
      `max ${Math.max(...latencies).toFixed(1)} ms, ${failures} failures`,
  );
  for (const socket of sockets) socket.destroy();
  await server.stop();
}

/** 4 clients posting 1 MB attribute-heavy envelopes in a loop while /health is asked. */
async function attributeEnvelopes() {
  const server = await startServer();
  const attributes = Array.from({ length: 94_000 }, (_, i) => ` a${i}="v"`).join('');
  const body = Buffer.from(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><GetProduct xmlns="${ns}"><id${attributes}>1</id></GetProduct></s:Body></s:Envelope>`);
  const quiet: number[] = [];
  for (let i = 0; i < 50; i += 1) quiet.push(await health(server.url));
  let stop = false;
  const refusals: number[] = [];
  const statuses = new Map<number, number>();
  const attacker = async () => {
    while (!stop) {
      const ms = await timed(async () => {
        const response = await fetch(`${server.url}/soap`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8' }, body });
        await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      });
      refusals.push(ms);
    }
  };
  const attackers = Array.from({ length: 4 }, attacker);
  await settle(500);
  const latencies: number[] = [];
  const until = Date.now() + 5_000;
  while (Date.now() < until) latencies.push(await health(server.url));
  stop = true;
  await Promise.all(attackers);
  console.log(
    `attribute envelopes (${(body.length / 1e6).toFixed(2)} MB, 94,000 attributes, 4 clients): ${refusals.length} sent, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
      `round trip p50 ${median(refusals).toFixed(1)} ms; /health alone p50 ${median(quiet).toFixed(1)} ms, beside them p50 ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms (${latencies.length} answers)`,
  );
  await server.stop();
}

/** 20 registrations at once: RSS before and the peak after, at the server's real scrypt cost. */
async function registrations() {
  const server = await startServer();
  for (let i = 0; i < 20; i += 1) await health(server.url);
  await settle(500);
  const before = kib(server.pid, 'VmRSS');
  const statuses = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const response = await fetch(`${server.url}/rest/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `bench${i}@example.com`, name: `Bench ${i}`, password: 'correct horse battery' }),
      });
      await response.text();
      return response.status;
    }),
  );
  const peak = kib(server.pid, 'VmHWM');
  const counts = statuses.reduce<Record<number, number>>((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {});
  console.log(`20 concurrent registrations: statuses ${JSON.stringify(counts)}; RSS before ${(before / 1024).toFixed(0)} MB, peak ${(peak / 1024).toFixed(0)} MB, added ${((peak - before) / 1024).toFixed(0)} MB`);
  await server.stop();
}

/** GetMe with a UsernameToken on every call vs with a bearer token, after the first call. */
async function usernameTokenCost() {
  const server = await startServer();
  const { email, password } = demoCustomer;
  const login = (await (await fetch(`${server.url}/rest/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).json()) as { token: string };
  const getMe = (header: string) => `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>${header}</s:Header><s:Body><GetMe xmlns="${ns}"/></s:Body></s:Envelope>`;
  const tokenHeader = () =>
    `<wsse:Security xmlns:wsse="${wsse}"><wsse:UsernameToken><wsse:Username>${email}</wsse:Username><wsse:Password>${password}</wsse:Password>` +
    `<wsse:Nonce>${Math.random().toString(36).slice(2)}</wsse:Nonce><wsu:Created xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">${new Date().toISOString()}</wsu:Created></wsse:UsernameToken></wsse:Security>`;
  const call = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/soap`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', ...headers }, body });
    const text = await response.text();
    if (response.status !== 200) throw new Error(text);
  };
  const first = await timed(() => call(getMe(tokenHeader())));
  const bearer: number[] = [];
  const token: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    bearer.push(await timed(() => call(getMe(''), { authorization: `Bearer ${login.token}` })));
    token.push(await timed(() => call(getMe(tokenHeader()))));
  }
  console.log(
    `GetMe: first UsernameToken call ${first.toFixed(1)} ms; then p50 UsernameToken ${median(token).toFixed(2)} ms vs bearer ${median(bearer).toFixed(2)} ms ` +
      `(ratio ${(median(token) / median(bearer)).toFixed(2)}, 300 calls each, alternating)`,
  );
  await server.stop();
}

await idleSockets('2,000 idle sockets, default limits (256 per address)', {}, 10_000);
await idleSockets('2,000 idle sockets, per-address cap off', { MAX_CONNECTIONS_PER_ADDRESS: '0' }, 10_000);
if (!process.argv.includes("--sockets-only")) await attributeEnvelopes();
if (!process.argv.includes("--sockets-only")) await registrations();
if (!process.argv.includes("--sockets-only")) await usernameTokenCost();
