/**
 * A part of the service (the worker, the API) run on its own (`npm run start:worker`, docker-compose) or
 * forked by `npm start`'s supervisor (infra/supervisor.ts), which speaks to it over the IPC channel.
 */
import { stopOnSignal } from './stop-on-signal';

/** What the supervisor sends to have a part stop. */
export const STOP = 'stop';

interface Ready {
  ready: string;
}

export function isReady(message: unknown): message is Ready {
  return typeof message === 'object' && message !== null && typeof (message as Ready).ready === 'string';
}

/** Set by the supervisor to its own process ID in each part's environment. */
export const SUPERVISOR_PID = 'COMPLAINTS_SUPERVISOR_PID';

/**
 * Forked by the supervisor: an IPC channel alone does not say so (process managers such as PM2 fork with
 * one too, and stop their children with signals this part would then ignore).
 */
export function underSupervisor(): boolean {
  return typeof process.send === 'function' && process.env[SUPERVISOR_PID] === String(process.ppid);
}

/**
 * Keeps `part` running until it is told to stop: by the supervisor, or on its own by SIGINT/SIGTERM.
 * `describe` is what the supervisor's banner shows of it; `alone` is what the part says when on its own.
 */
export function serveAsPart(part: { describe: string; stop(): Promise<void> }, alone: string): void {
  if (!underSupervisor()) {
    console.log(alone);
    stopOnSignal(() => part.stop());
    return;
  }
  // Ctrl-C reaches every process of the terminal's group, this one too. The supervisor got it as well and
  // says when: the API stops before the worker (a staff action waits on it), both before the dev server.
  // Ignored, not left to the default, which would end this process at once.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  process.on('SIGTERM', ignore);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    part.stop().then(
      () => process.exit(0),
      (error) => {
        console.error('stopping failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('message', (message) => {
    if (message === STOP) stop();
  });
  // The supervisor is gone (killed): nobody will say stop, and a part on its own is not the service.
  process.on('disconnect', stop);
  process.send!({ ready: part.describe } satisfies Ready);
}
