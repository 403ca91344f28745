import type { Log } from './scheduler.js';

/** Log lines for people on stderr: time, who, what. Quiet drops the routine ones. */
export function stderrLog(who: string, quiet = false): Log {
  const line = (level: string, message: string): void => {
    process.stderr.write(`${new Date().toISOString()} ${who} ${level} ${message}\n`);
  };
  return {
    info: (m) => { if (!quiet) line('info', m); },
    warn: (m) => line('warn', m),
    error: (m) => line('error', m),
  };
}

/** Aborts when the process is asked to stop, so the current job or poll finishes first. */
export function stopSignal(log: Log): AbortSignal {
  const controller = new AbortController();
  const stop = (name: string): void => {
    if (controller.signal.aborted) process.exit(130); // a second ^C means now
    log.info(`${name}: finishing the current job, then stopping`);
    controller.abort();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return controller.signal;
}
