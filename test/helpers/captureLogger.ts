/**
 * A real pino logger whose JSON lines are kept in memory, so a test can assert on what was logged.
 */
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

export function captureLogger(level: pino.Level = "debug"): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const dest = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, dest), lines };
}
