import { readFile } from 'node:fs/promises';
import { buildTargets } from './build-targets.js';
import { ensurePeers } from './install-peers.js';
import { detectPinning, pinSelf, startTarget, targetEntry } from './target-process.js';

// autocannon lives in bench/'s own install; the target runs compiled (see build-targets.ts).
ensurePeers();
buildTargets();
const { default: autocannon } = await import('autocannon');

/**
 * The sandbox numbers: time to create one (over HTTP, as a learner's button does), the memory
 * 200 open sandboxes add to the server, and a request into a sandbox against the same request
 * to the shared shop (ratio of req/s from interleaved rounds). Run: `npm run bench:sandboxes`.
 */
const count = Number(process.argv[2] ?? 200);
const rounds = 3;
const seconds = 3;

const rssMb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const load = async (url: string): Promise<number> => {
  const result = await autocannon({ url, connections: 50, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
};

const pinning = detectPinning();
const target = await startTarget(targetEntry('ours-sandboxes.ts'), [], pinning);
if (pinning) pinSelf(pinning.load);
try {
  // Warm both paths first, so the base figure includes what any first request loads.
  for (const path of ['/rest/products/1', '/graphql?query=%7Bcategories%7Bid%7D%7D', '/soap?wsdl']) await fetch(`${target.url}${path}`);
  const first = (await (await fetch(`${target.url}/sandboxes`, { method: 'POST' })).json()) as { id: string };
  await fetch(`${target.url}/s/${first.id}/rest/products/1`);
  const baseRss = await rssMb(target.pid);

  const createMs: number[] = [];
  const ids: string[] = [first.id];
  for (let index = 1; index < count; index += 1) {
    const started = performance.now();
    const response = await fetch(`${target.url}/sandboxes`, { method: 'POST' });
    createMs.push(performance.now() - started);
    if (response.status !== 201) throw new Error(`create ${index}: ${response.status} ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  // Each sandbox used once through each protocol, as a class that has just started would.
  for (const id of ids) {
    await fetch(`${target.url}/s/${id}/rest/products/1`);
    await fetch(`${target.url}/s/${id}/graphql?query=%7Bproduct(id:1)%7Bname%7D%7D`);
  }
  const fullRss = await rssMb(target.pid);

  const shared: number[] = [];
  const sandbox: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    shared.push(await load(`${target.url}/rest/products/1`));
    sandbox.push(await load(`${target.url}/s/${ids[round % ids.length]}/rest/products/1`));
  }
  const report = {
    sandboxes: count,
    createMedianMs: Number(median(createMs).toFixed(2)),
    createP95Ms: Number(([...createMs].sort((a, b) => a - b)[Math.floor(createMs.length * 0.95)] ?? 0).toFixed(2)),
    rssBaseMb: Math.round(baseRss),
    rssWithSandboxesMb: Math.round(fullRss),
    rssAddedMb: Math.round(fullRss - baseRss),
    restProductSharedReqPerSec: Math.round(median(shared)),
    restProductSandboxReqPerSec: Math.round(median(sandbox)),
    sandboxToSharedRatio: Number((median(sandbox) / median(shared)).toFixed(3)),
    pinned: pinning !== undefined,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await target.stop();
}
