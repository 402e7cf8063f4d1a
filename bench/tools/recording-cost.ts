/**
 * What recording exchanges (RECORDING=on) costs per request: our server started with it off and
 * on, in turns, loaded with one REST, GraphQL and SOAP read each (autocannon, 20 connections,
 * 1 s warm-up + 4 s), server CPU read from /proc around each load; medians over the rounds.
 *
 *   node --import tsx bench/tools/recording-cost.ts [rounds=3]
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';

const ticks = async (pid: number) => { const s = await readFile(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return Number(f[11]) + Number(f[12]); };
const loads = {
  rest: { path: '/rest/products/1', method: 'GET' as const },
  restList: { path: '/rest/products?limit=20', method: 'GET' as const },
  graphql: { path: '/graphql', method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query P { product(id: 1) { id name priceCents category { name } } }' }) },
  soap: { path: '/soap', method: 'POST' as const, headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '"http://api-playground.example/shop/v1/GetProduct"' }, body: '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:shop="http://api-playground.example/shop/v1"><soap:Body><shop:GetProduct><shop:id>1</shop:id></shop:GetProduct></soap:Body></soap:Envelope>' },
};
const rounds = Number(process.argv[2] ?? 3);
const results: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < rounds; round += 1) {
  for (const mode of ['off', 'on']) {
    const child = spawn('node', ['--import', 'tsx', 'bench/tools/recording-cost-target.ts', mode], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    const port: number = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(JSON.parse(String(d)).port)));
    for (const [name, load] of Object.entries(loads)) {
      const opts = { url: `http://127.0.0.1:${port}${load.path}`, connections: 20, ...load };
      await autocannon({ ...opts, duration: 1 });
      const before = await ticks(child.pid!);
      const r = await autocannon({ ...opts, duration: 4 });
      const after = await ticks(child.pid!);
      if (r.non2xx > 0 || r.errors > 0) console.log('errors', name, mode, r.non2xx, r.errors);
      const us = ((after - before) * 10_000) / r.requests.total;
      ((results[name] ??= {})[mode] ??= []).push(us);
      console.log(round, mode, name, `${r.requests.average} req/s`, `${us.toFixed(1)} µs CPU/req`);
    }
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [name, modes] of Object.entries(results)) {
  const off = median(modes.off!), on = median(modes.on!);
  console.log(`${name}: off ${off.toFixed(1)} µs, on ${on.toFixed(1)} µs, +${(on - off).toFixed(1)} µs (${((on / off - 1) * 100).toFixed(0)}%)`);
}
