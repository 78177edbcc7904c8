/**
 * A growing UTF-8 byte buffer for writing large XML parts straight into bytes: no string of the
 * whole part and no list of chunks to join later. Constant markup is encoded once (`constant`) and
 * copied; numbers are written digit by digit; text goes through TextEncoder.encodeInto (Node and
 * browsers alike). The bytes live outside the JavaScript heap, so the garbage collector never
 * traces them.
 */
const encoder = new TextEncoder();

/** Markup encoded once, written many times. */
export function constant(text: string): Uint8Array {
  return encoder.encode(text);
}

export class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  /** Pre-encoded bytes (see `constant`). */
  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** A non-negative integer in decimal. */
  int(n: number): void {
    this.reserve(16);
    if (n === 0) {
      this.buffer[this.length++] = 0x30;
      return;
    }
    let digits = 0;
    for (let m = n; m >= 1; m = Math.floor(m / 10)) digits++;
    for (let i = this.length + digits - 1; i >= this.length; i--, n = Math.floor(n / 10)) {
      this.buffer[i] = 0x30 + (n % 10);
    }
    this.length += digits;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8, so this always fits.
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** A cell's A1 address ("C6"), from its 0-based row and column. */
  cell(row: number, col: number): void {
    this.reserve(4);
    const b = this.buffer;
    let n = this.length;
    if (col >= 702) b[n++] = 0x41 + Math.floor((col - 702) / 676);
    if (col >= 26) b[n++] = 0x41 + (Math.floor((col - 26) / 26) % 26);
    b[n++] = 0x41 + (col % 26);
    this.length = n;
    this.int(row + 1);
  }

  /** The bytes written so far (a view, not a copy). */
  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    const needed = this.length + more;
    if (needed <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
