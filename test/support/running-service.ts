/**
 * The whole service as `npm start` runs it (scripts/start.ts, through tsx, as package.json's script does),
 * as a child process on free ports of its own, on a register the test made: for commands that must work
 * while the service runs. Stopped as Ctrl-C stops it; whatever is left of its process group goes after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './paths';

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningService {
  /** e.g. http://127.0.0.1:40123 */
  base: string;
  /** What the service printed so far. */
  output(): string;
  /** The ports it was given: the API's, the dev server's and Temporal Web's. */
  ports: number[];
  /** The process `npm start` runs (tsx, with the supervisor under it), leader of the service's process group. */
  pid: number;
  /** Resolves with the exit code once that process has exited (null: ended by a signal). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const STARTED = /is running\./;
// Free ports are found before the service binds them: a test running beside it may take one first.
const PORT_TAKEN = /address already in use|EADDRINUSE/;

export async function startService(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningService> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env, timeoutMs);
    } catch (error) {
      if (attempt === 3 || !PORT_TAKEN.test(String(error))) throw error;
    }
  }
}

async function startOnce(env: Record<string, string>, timeoutMs: number): Promise<RunningService> {
  const [port, temporalPort, uiPort] = [await freePort(), await freePort(), await freePort()];
  let output = '';
  // Its own process group: if it does not stop by itself, the group (with the Temporal dev server) goes.
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      ...env,
    },
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (!STARTED.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the service did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    ports: [port, temporalPort, uiPort],
    pid: child.pid!,
    exited,
    stop,
  };
}
