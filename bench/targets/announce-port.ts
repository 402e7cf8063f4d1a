/** Every target prints this one line on stdout once it listens; the harness waits for it. */
export function announcePort(port: number, stop: () => Promise<void> | void): void {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Said on stderr so that a target stopped by someone else shows up as such in the report.
      process.stderr.write(`stopped by ${signal}\n`);
      void Promise.resolve(stop()).finally(() => process.exit(0));
    });
  }
}
