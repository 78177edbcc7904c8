/**
 * A progress bar on standard error, only on a terminal (nothing at all when stderr is a pipe or a
 * file, so logs and tests stay clean). The run reports stages with the fraction done so far.
 */
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  stage(label: string, fraction: number): void;
  done(): void;
}

const WIDTH = 24;

export function progressBar(sink: ProgressSink): Progress {
  if (!sink.isTTY) return { stage: () => undefined, done: () => undefined };
  return {
    stage(label, fraction) {
      const filled = Math.round(Math.min(Math.max(fraction, 0), 1) * WIDTH);
      const percent = String(Math.round(fraction * 100)).padStart(3);
      sink.write(`\r\x1b[K[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${percent}% ${label}`);
    },
    done() {
      sink.write("\r\x1b[K");
    },
  };
}
