import type { Clock } from '@creditkit/core';

/**
 * The server's clock: the system time, shifted or frozen on demand. Seeding freezes it in the
 * past so history gets real timestamps, then resumes it; in demo mode the admin clock routes
 * move it so expirations and renewals can be shown without waiting.
 */
export class ServerClock implements Clock {
  #offsetMs = 0;
  #frozenAt: number | null = null;

  now(): Date {
    return new Date(this.#frozenAt ?? Date.now() + this.#offsetMs);
  }

  /** Stops time at `at` until `resume` (or `set`). */
  freeze(at: Date | string): void {
    this.#frozenAt = new Date(at).getTime();
  }

  /** Lets time run again from the real time plus the offset set so far. */
  resume(): void {
    this.#frozenAt = null;
  }

  /** Jumps to `at` and keeps running from there. Time only moves forward in the engine. */
  set(at: Date | string): void {
    this.#frozenAt = null;
    this.#offsetMs = new Date(at).getTime() - Date.now();
  }

  advance(ms: number): void {
    if (this.#frozenAt !== null) this.#frozenAt += ms;
    else this.#offsetMs += ms;
  }

  get frozen(): boolean {
    return this.#frozenAt !== null;
  }
}
