/**
 * The interactions and messages being handled right now, so a shutdown can stop taking new ones, let the ones in
 * flight finish for a grace period, then abort what is left (each handler tells its user the bot is restarting).
 */
export class InFlight {
  private readonly tasks = new Set<{ done: Promise<void>; controller: AbortController }>();
  private closingFlag = false;

  /** True once shutdown has begun: handlers refuse new questions. */
  get closing(): boolean {
    return this.closingFlag;
  }

  get size(): number {
    return this.tasks.size;
  }

  /**
   * Runs `fn` as a tracked task; its signal aborts (with a `ShutdownError`) when the grace period ends. The
   * returned promise never rejects: an error escaping `fn` goes to `onError`.
   */
  run(fn: (signal: AbortSignal) => Promise<void>, onError: (err: unknown) => void): Promise<void> {
    const controller = new AbortController();
    const done = Promise.resolve()
      .then(() => fn(controller.signal))
      .catch((err: unknown) => {
        onError(err);
      })
      .finally(() => this.tasks.delete(task));
    const task = { done, controller };
    this.tasks.add(task);
    return done;
  }

  /**
   * Stops taking new work, waits up to `graceMs` for the tasks in flight, aborts the rest and waits up to
   * `abortMs` more for them to tell their users. Resolves with how many had to be aborted.
   */
  async drain(graceMs: number, abortMs = 5_000): Promise<{ finished: number; aborted: number }> {
    this.closingFlag = true;
    const started = this.tasks.size;
    await settleWithin([...this.tasks].map((t) => t.done), graceMs);
    const left = [...this.tasks];
    for (const t of left) t.controller.abort(new ShutdownError());
    await settleWithin(left.map((t) => t.done), abortMs);
    return { finished: started - left.length, aborted: left.length };
  }
}

/** The abort reason of a shutdown, to tell it from a timeout. */
export class ShutdownError extends Error {
  override readonly name = "ShutdownError";
  constructor() {
    super("discord: the bot is shutting down");
  }
}

async function settleWithin(promises: Promise<unknown>[], ms: number): Promise<void> {
  if (promises.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(promises),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
