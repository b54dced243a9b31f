const HEX_DIGITS = Buffer.from('0123456789abcdef');
const uuidBuffer = Buffer.alloc(36);

/**
 * A seeded pseudo-random generator (sfc32): the same seed gives the same region on every machine,
 * so two bench runs measure the same data.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 16; i += 1) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** Uniform 32-bit unsigned integer. */
  uint32(): number {
    return Math.floor(this.next() * 4294967296);
  }

  /**
   * A random version-4 UUID (the app's ids are random too, so index locality is realistic).
   * Written into a buffer: a template literal would leave a rope of nine strings per id, which
   * at millions of rows costs gigabytes of heap.
   */
  uuid(): string {
    let position = 0;
    for (let word = 0; word < 4; word += 1) {
      let value = this.uint32();
      if (word === 1) value = (value & 0xffff0fff) | 0x4000; // version 4
      if (word === 2) value = ((value & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
      for (let shift = 24; shift >= 0; shift -= 8) {
        if (position === 8 || position === 13 || position === 18 || position === 23) uuidBuffer[position++] = 0x2d;
        const byte = (value >>> shift) & 0xff;
        uuidBuffer[position++] = HEX_DIGITS[byte >> 4]!;
        uuidBuffer[position++] = HEX_DIGITS[byte & 15]!;
      }
    }
    return uuidBuffer.toString('latin1');
  }
}

/**
 * Picks items with given weights in O(log n). Name frequencies follow a power law, which is what
 * makes namesakes common; `zipf` builds such weights from a list ordered most common first.
 */
export class WeightedPicker<T> {
  private readonly cumulative: number[];

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let total = 0;
    this.cumulative = weights.map((weight) => (total += weight));
  }

  static zipf<T>(items: readonly T[], exponent = 1): WeightedPicker<T> {
    return new WeightedPicker(
      items,
      items.map((_, rank) => 1 / (rank + 1) ** exponent),
    );
  }

  pick(prng: Prng): T {
    const target = prng.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}
