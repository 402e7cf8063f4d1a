import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const env = { ...process.env, PORT: '0', DATABASE_PATH: ':memory:', LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '5000' };

/** Starts a server process and resolves with its URL once it prints it. */
function startProcess(command: string, args: string[]) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /serving the shop at (http:\/\/\S+)/.exec(stdout);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`exited before serving: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url, exited, stderr: () => stderr };
}

/** A POST to /graphql whose body arrives in two parts; `finish()` sends the rest. */
function slowGraphqlPost(url: string) {
  const body = JSON.stringify({ query: '{ product(id: 1) { name } }' });
  const { hostname, port } = new URL(url);
  const req = request({ hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { answer, finish: () => req.end(body.slice(10)) };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kill = (child: ChildProcess, signal: NodeJS.Signals) => child.pid !== undefined && process.kill(child.pid, signal);

describe('graceful shutdown of the real process', () => {
  it('on SIGTERM, stops accepting, finishes the request in flight, logs one line and exits 0', { timeout: 30_000 }, async () => {
    const server = startProcess(process.execPath, ['--import', 'tsx', 'src/main.ts']);
    const url = await server.url;
    const slow = slowGraphqlPost(url);
    await settle(300);
    kill(server.child, 'SIGTERM');
    await settle(300);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    slow.finish();
    const answer = await slow.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ data: { product: { name: expect.any(String) } } });
    expect(await server.exited).toBe(0);
    const stopped = server.stderr().split('\n').filter((line) => line.includes('"stopped"'));
    expect(stopped).toHaveLength(1);
    expect(JSON.parse(stopped[0] ?? '{}')).toMatchObject({ signal: 'SIGTERM', inFlight: 1, cut: 0 });
  });

  it('`npm start` hands SIGTERM to node: the server stops instead of living on as an orphan', { timeout: 30_000 }, async () => {
    const npm = startProcess('npm', ['start', '--silent']);
    const url = await npm.url;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    kill(npm.child, 'SIGTERM');
    await npm.exited;
    await settle(200);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });
});
