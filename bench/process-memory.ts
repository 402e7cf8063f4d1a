import { readFile, writeFile } from 'node:fs/promises';

const kib = async (pid: number, field: 'VmHWM' | 'VmRSS'): Promise<number | undefined> => {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined; // not Linux, or the process is gone
  }
};

/**
 * Peak resident memory of a process over a window. VmHWM is the kernel's own high-water mark;
 * writing 5 to clear_refs resets it, so each measurement sees its own peak rather than the
 * largest since start. Where that is not allowed, VmRSS sampled every 100 ms stands in.
 */
export async function watchPeakRss(pid: number): Promise<{ stop(): Promise<number | undefined> }> {
  const canReset = await writeFile(`/proc/${pid}/clear_refs`, '5').then(
    () => true,
    () => false,
  );
  let sampled = 0;
  const timer = setInterval(() => {
    void kib(pid, 'VmRSS').then((value) => {
      if (value !== undefined) sampled = Math.max(sampled, value);
    });
  }, 100);
  return {
    async stop() {
      clearInterval(timer);
      const hwm = canReset ? await kib(pid, 'VmHWM') : undefined;
      const peak = Math.max(hwm ?? 0, sampled);
      return peak === 0 ? undefined : Math.round((peak / 1024) * 10) / 10;
    },
  };
}

/** Resident memory of a process now, in MB (one decimal); undefined off Linux or once it is gone. */
export async function rssMb(pid: number): Promise<number | undefined> {
  const value = await kib(pid, 'VmRSS');
  return value === undefined ? undefined : Math.round((value / 1024) * 10) / 10;
}
