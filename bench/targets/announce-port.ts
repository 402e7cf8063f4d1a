/** Every target prints this one line on stdout once it listens; the harness waits for it. */
export function announcePort(port: number, stop: () => Promise<void> | void): void {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void Promise.resolve(stop()).finally(() => process.exit(0));
    });
  }
}
