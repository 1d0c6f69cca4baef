import { describe, expect, it } from "vitest";
import { InFlight, ShutdownError } from "../../src/discord/InFlight.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("InFlight", () => {
  it("GIVEN a task that finishes within the grace period THEN drain waits for it and aborts nothing", async () => {
    const inFlight = new InFlight();
    let finished = false;
    void inFlight.run(async () => {
      await sleep(50);
      finished = true;
    }, () => undefined);
    const result = await inFlight.drain(1_000);
    expect(finished).toBe(true);
    expect(result).toEqual({ finished: 1, aborted: 0 });
    expect(inFlight.closing).toBe(true);
  });

  it("GIVEN a task longer than the grace period THEN it is aborted with a ShutdownError and drain waits for its ending", async () => {
    const inFlight = new InFlight();
    const seen: unknown[] = [];
    void inFlight.run(
      (signal) =>
        new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => {
            seen.push(signal.reason);
            setTimeout(resolve, 20);
          }),
        ),
      () => undefined,
    );
    const result = await inFlight.drain(30);
    expect(seen[0]).toBeInstanceOf(ShutdownError);
    expect(result).toEqual({ finished: 0, aborted: 1 });
    expect(inFlight.size).toBe(0);
  });

  it("GIVEN a task that throws THEN the error goes to onError and run never rejects", async () => {
    const inFlight = new InFlight();
    const errors: unknown[] = [];
    await expect(inFlight.run(async () => Promise.reject(new Error("boom")), (e) => errors.push(e))).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
