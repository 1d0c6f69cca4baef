/**
 * A per-user cooldown between questions, so one person cannot keep the engine busy for everyone.
 */
export class Cooldowns {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes a slot for `userId` if the cooldown has passed and returns 0, or returns the whole seconds left to wait
   * (at least 1) without taking one.
   */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const since = now - (this.last.get(userId) ?? -Infinity);
    const waitMs = this.seconds * 1000 - since;
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
    this.last.set(userId, now);
    if (this.last.size > 10_000) this.prune(now);
    return 0;
  }

  /** Forgets users whose cooldown is over, so the map does not grow with every user ever seen. */
  private prune(now: number): void {
    for (const [user, at] of this.last) if (now - at >= this.seconds * 1000) this.last.delete(user);
  }
}
