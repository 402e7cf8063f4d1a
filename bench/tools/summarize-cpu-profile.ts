import { readFileSync } from 'node:fs';

/**
 * Self and inclusive time by function from a V8 .cpuprofile (as `node --cpu-prof` writes),
 * to see where a request's CPU goes:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/targets/ours.ts   # load it, then stop it
 *   node --import tsx bench/tools/summarize-cpu-profile.ts /tmp/prof/CPU.*.cpuprofile [top=40] [filter]
 *
 * `filter` keeps only functions whose name or file contains it (e.g. "graphql-yoga").
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText = '40', filter = ''] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-cpu-profile.ts <file.cpuprofile> [top] [filter]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((sample, index) => {
  const micros = profile.timeDeltas[index] ?? 0;
  const leaf = byId.get(sample);
  // Waiting is not cost: percentages are of the time the process was busy.
  if (!leaf || leaf.callFrame.functionName === '(idle)') return;
  total += micros;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + micros);
  // Each function once per sample, however deep its recursion.
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const node = byId.get(id);
    if (!node) break;
    const name = label(node);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
  }
});

const top = Number(topText);
const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms busy)`);
  [...table]
    .filter(([name]) => name.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, micros]) => console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`));
};
print('self', self);
print('inclusive', inclusive);
