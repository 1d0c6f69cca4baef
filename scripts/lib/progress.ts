/**
 * Progress for long script steps: a bar on stderr when it is a terminal, plain lines otherwise (logs, CI).
 */
import cliProgress from "cli-progress";
import type { OnProgress, Progress } from "../../src/types.js";

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onProgress: OnProgress; stop: () => void } {
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    let phase = "";
    return {
      onProgress: (p: Progress) => {
        if (p.phase !== phase) {
          bar?.stop();
          phase = p.phase;
          bar = new cliProgress.SingleBar(
            { stream, format: `${p.phase.padEnd(14)} [{bar}] {percentage}% {value}/{total}`, hideCursor: true, clearOnComplete: false },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(1, p.total), p.done);
        } else bar?.update(p.done);
      },
      stop: () => bar?.stop(),
    };
  }
  let last = "";
  return {
    onProgress: (p: Progress) => {
      // One line a phase, plus a line every 25% of long phases.
      const quarter = p.total > 0 ? Math.floor((4 * p.done) / p.total) : 0;
      const key = `${p.phase}:${p.total > 100 ? quarter : 0}`;
      if (key === last) return;
      last = key;
      stream.write(`${p.phase}${p.total > 1 ? ` ${p.done}/${p.total}` : ""}\n`);
    },
    stop: () => {},
  };
}
