/**
 * Progress on long work (ingest, reanalyze). On a terminal: one bar redrawn
 * in place, at most ten times a second. Elsewhere (logs, pipes, CI): a quiet
 * line every few seconds, so a log shows the job is alive without flooding.
 * Messages (a failed file) always get their own line.
 */

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** One more item done. */
  tick(): void;
  /** A line of its own (the bar is cleared and redrawn after it). */
  message(line: string): void;
  /** Final line with the count and rate. */
  done(summary: string): void;
}

export interface ProgressOptions {
  label: string;
  /** Items expected, when known. */
  total?: number | null;
  stream?: ProgressStream;
  /** Override terminal detection (tests). */
  tty?: boolean;
  /** Milliseconds between quiet lines when not on a terminal. */
  quietEveryMs?: number;
  now?: () => number;
}

function formatRate(n: number, ms: number): string {
  return ms > 0 ? `${(n / (ms / 1000)).toFixed(1)}/s` : '-';
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  const now = options.now ?? Date.now;
  const quietEvery = options.quietEveryMs ?? 5000;
  const total = options.total ?? null;
  const started = now();
  let count = 0;
  let lastDraw = 0;
  let drawn = false;

  const status = (): string => {
    const elapsed = now() - started;
    const rate = formatRate(count, elapsed);
    if (total === null) return `${options.label}: ${count} ${rate}`;
    const pct = total > 0 ? Math.min(100, Math.floor((count / total) * 100)) : 100;
    return `${options.label}: ${count}/${total} (${pct}%) ${rate}`;
  };

  const bar = (): string => {
    const text = status();
    if (total === null || total === 0) return text;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - text.length - 4));
    const filled = Math.round((Math.min(count, total) / total) * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`;
  };

  const clear = () => { if (tty && drawn) { stream.write('\r\x1b[2K'); drawn = false; } };
  const draw = () => { stream.write(`\r\x1b[2K${bar()}`); drawn = true; };

  return {
    tick() {
      count++;
      const t = now();
      if (tty) {
        if (t - lastDraw >= 100) { lastDraw = t; draw(); }
      } else if (t - lastDraw >= quietEvery) {
        if (lastDraw === 0 && t - started < quietEvery) return;
        lastDraw = t;
        stream.write(`${status()}\n`);
      }
    },
    message(line) {
      clear();
      stream.write(`${line}\n`);
      if (tty && count > 0) draw();
    },
    done(summary) {
      clear();
      stream.write(`${options.label}: ${summary} in ${((now() - started) / 1000).toFixed(1)}s (${formatRate(count, now() - started)})\n`);
    },
  };
}
