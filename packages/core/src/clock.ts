/** The engine's only source of time, so tests, stories and demos can fix or advance it. */
export interface Clock {
  now(): Date;
  /** The same instant in epoch milliseconds, when the clock can tell it without making a `Date` (every command asks). */
  nowMs?(): number;
}

export const systemClock: Clock = { now: () => new Date(), nowMs: () => Date.now() };

/** The clock's time in epoch milliseconds. */
export const nowMs = (clock: Clock): number => (clock.nowMs ? clock.nowMs() : clock.now().getTime());

/** A clock that stands still until told to move. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: Date | string = '2026-01-01T00:00:00.000Z') {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  nowMs(): number {
    return this.#ms;
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}
