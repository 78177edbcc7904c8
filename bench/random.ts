/** A small seeded PRNG (mulberry32) with the draws the generator needs: same seed, same managers. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * A rate as a sheet would hold it: a fraction in [low, high] (both included) with `decimals`
   * decimals, so 3 gives values such as 0.926 (92.6%).
   */
  rate(low: number, high: number, decimals = 3): number {
    const scale = 10 ** decimals;
    return this.int(Math.round(low * scale), Math.round(high * scale)) / scale;
  }
}
