import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ceilingRoutes, type CeilingRoutes } from './ceiling-bodies.js';
import { writeDbJson } from './export-db-json.js';
import type { Progress } from './progress.js';
import type { SeededShop } from './seeded-shop.js';
import type { TargetSpec } from './target-list.js';
import { startTarget, targetEntry, type Pinning, type RunningTarget } from './target-process.js';
import type { ExpectedData } from './workloads/workload-types.js';

export interface StartedTargets {
  running: Map<string, RunningTarget>;
  failures: Map<string, string>;
  ceilingBodies: CeilingRoutes['source'] | 'not run';
  stopAll(): Promise<void>;
}

interface StartContext {
  tmpDir: string;
  shop: SeededShop;
  expected: ExpectedData;
  pinning: Pinning | undefined;
  progress: Progress;
}

/** Starts each target (one process each) on a free port; a target that fails is reported, not fatal. */
export async function startTargets(specs: readonly TargetSpec[], context: StartContext): Promise<StartedTargets> {
  const running = new Map<string, RunningTarget>();
  const failures = new Map<string, string>();
  let ceilingBodies: StartedTargets['ceilingBodies'] = 'not run';

  const oursRestUrl = async (): Promise<{ url: string; stop?: () => Promise<void> }> => {
    const ours = running.get('ours-rest');
    if (ours) return { url: ours.url };
    const temporary = await startTarget(targetEntry('ours.ts'), [], context.pinning);
    return { url: temporary.url, stop: temporary.stop };
  };

  const argsFor = async (spec: TargetSpec): Promise<string[]> => {
    if (spec.input === 'db-json') return [writeDbJson(context.shop, context.tmpDir)];
    if (spec.input !== 'ceiling-routes') return [];
    const ours = await oursRestUrl();
    try {
      const routes = await ceilingRoutes(ours.url, context.expected, context.shop);
      ceilingBodies = routes.source;
      const file = join(context.tmpDir, 'ceiling-routes.json');
      writeFileSync(file, JSON.stringify(routes.routes));
      return [file];
    } finally {
      await ours.stop?.();
    }
  };

  const start = async (spec: TargetSpec) => {
    const began = Date.now();
    try {
      running.set(spec.name, await startTarget(targetEntry(spec.entry), await argsFor(spec), context.pinning));
      context.progress.note(`started ${spec.name} in ${Date.now() - began} ms`);
    } catch (error) {
      const message = (error as Error).message;
      failures.set(spec.name, message);
      context.progress.note(`could not start ${spec.name}: ${message.split('\n')[0]}`);
    }
  };
  // All at once (startup is mostly waiting on module loading), then the ceiling, which copies our REST answers.
  await Promise.all(specs.filter((spec) => spec.input !== 'ceiling-routes').map(start));
  for (const spec of specs.filter((candidate) => candidate.input === 'ceiling-routes')) await start(spec);
  return {
    running,
    failures,
    get ceilingBodies() {
      return ceilingBodies;
    },
    stopAll: async () => {
      await Promise.all([...running.values()].map((target) => target.stop()));
    },
  };
}
