/** One progress line on stderr, rewritten in place on a terminal, a line per step elsewhere (CI logs). */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  let lastPercent = -1;
  return {
    update(done: number, total: number, label: string): void {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const line = `compare ${String(percent).padStart(3)}% ${done}/${total} ${label}`;
      if (stream.isTTY) stream.write(`\r${line.padEnd(78).slice(0, 78)}`);
      else if (percent !== lastPercent && percent % 10 === 0) stream.write(`${line}\n`);
      lastPercent = percent;
    },
    note(text: string): void {
      stream.write(`${stream.isTTY ? '\r\x1b[K' : ''}${text}\n`);
    },
  };
}
