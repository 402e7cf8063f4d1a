/** One status line on stderr: rewritten in place on a terminal, one line per step otherwise. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  const prefix = () => `[${String(done).padStart(String(total).length)}/${total}]`;
  const write = (text: string, final: boolean) => {
    if (stream.isTTY) stream.write(`\r\x1b[K${text}${final ? '\n' : ''}`);
    else if (final) stream.write(`${text}\n`);
  };
  return {
    /** A step begins (shown live on a terminal only). */
    start(text: string) {
      write(`${prefix()} ${text} …`, false);
    },
    /** A step ends with its outcome. */
    finish(text: string) {
      done += 1;
      write(`${prefix()} ${text}`, true);
    },
    /** A line outside the counted steps (startup, cold start, failures). */
    note(text: string) {
      write(text, true);
    },
  };
}

export type Progress = ReturnType<typeof createProgress>;
