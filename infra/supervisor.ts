/**
 * `npm start`'s parts — the worker and the API — each in a process of its own (issue 20: in one process
 * the worker's activities and the API's requests took turns on one event loop). The supervisor starts
 * them at once, waits until each says it is ready (infra/service-part.ts), and stops them when told.
 *
 * It does not restart a part that dies. A restart would hide a crash behind a service that looks up, and
 * a part that crashed once (a lost database, a bad key) mostly crashes again. It stops the whole service
 * instead, says which part died and exits non-zero, so that whoever started it (an operator, systemd, a
 * container runtime with its own restart policy) sees the failure. Open complaints lose nothing: their
 * timers live in Temporal and resume at the next start.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { STOP, SUPERVISOR_PID, isReady } from './service-part';

export interface Part {
  name: string;
  /** The module that runs it (it calls `serveAsPart`): .ts under tsx, .js in dist/. */
  module: string;
}

export interface Parts {
  /** What each part said when it was ready (the API its address, the worker where mail goes), by name. */
  described: Record<string, string>;
  /** Asks the parts to stop, one after the other in the order given, and waits until each has exited. */
  stop(): Promise<void>;
}

interface Running extends Part {
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * Forks `parts` with `env` (the configuration, resolved) and resolves once all are ready; rejects, with
 * the others stopped, when one exits first. Afterwards `onDeath` hears of a part that exits unasked.
 */
export async function startParts(
  parts: Part[],
  env: NodeJS.ProcessEnv,
  onDeath: (name: string, how: string) => void,
): Promise<Parts> {
  let stopping = false;
  let started = false;
  const running: Running[] = parts.map((part) => {
    // The parent's execArgv goes along: under tsx that is tsx's loader, so a .ts module runs as it does here.
    const child = fork(part.module, [], { env: { ...env, [SUPERVISOR_PID]: String(process.pid) }, stdio: 'inherit' });
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        if (started && !stopping) onDeath(part.name, signal ? `was killed (${signal})` : `exited (code ${code})`);
        resolve();
      }),
    );
    return { ...part, child, exited };
  });

  const stop = async () => {
    stopping = true;
    for (const { child, exited } of running) {
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) child.send(STOP);
        else child.kill('SIGTERM');
      }
      await exited;
    }
  };

  try {
    const described = await Promise.all(running.map(readiness));
    started = true;
    return { described: Object.fromEntries(running.map((p, i) => [p.name, described[i]])), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A part that could not start; its own message is above this one, so a stack would add nothing. */
export class PartError extends Error {}

function readiness({ name, child }: Running): Promise<string> {
  return new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (isReady(message)) resolve(message.ready);
    });
    child.once('exit', (code, signal) =>
      reject(
        new PartError(`The ${name} stopped before it was ready (${signal ?? `code ${code}`}); see its message above`),
      ),
    );
  });
}
