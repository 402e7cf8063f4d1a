import { ensurePeers } from './install-peers.js';

// The harness imports autocannon and starts the peers: install bench/'s own dependencies first.
try {
  ensurePeers();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
await import('./run-bench.js');
