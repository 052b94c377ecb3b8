/** A small seeded PRNG (mulberry32), so the demo data is the same on every first start. */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). Used for shapes of synthetic data only, never for amounts of credits. */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      if ((roll -= weight) < 0) return value;
    }
    return choices.at(-1)![0];
  }

  /** Roughly normal around 1 with the given spread (sum of uniforms). */
  jitter(spread: number): number {
    return 1 + (this.next() + this.next() + this.next() - 1.5) * spread;
  }
}
