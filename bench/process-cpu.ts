import { readFile } from 'node:fs/promises';

/** Clock ticks per second for /proc/<pid>/stat times: 100 on every Linux this runs on (USER_HZ). */
const ticksPerSecond = 100;

async function cpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/**
 * Share of one core the server and this load generator used over a window (1 = a full core).
 * A server near 1 is the bottleneck, as it should be; a load generator near 1 means the
 * target may be faster than measured (the ceiling, typically).
 */
export async function watchCpu(serverPid: number) {
  const began = performance.now();
  const ownBefore = process.cpuUsage();
  const serverBefore = await cpuSeconds(serverPid);
  return {
    async stop(): Promise<{ serverCpu?: number; loadGeneratorCpu: number }> {
      const seconds = (performance.now() - began) / 1000;
      const own = process.cpuUsage(ownBefore);
      const serverAfter = await cpuSeconds(serverPid);
      const share = (used: number) => Math.round((used / seconds) * 100) / 100;
      return {
        ...(serverBefore === undefined || serverAfter === undefined ? {} : { serverCpu: share(serverAfter - serverBefore) }),
        loadGeneratorCpu: share((own.user + own.system) / 1e6),
      };
    },
  };
}
