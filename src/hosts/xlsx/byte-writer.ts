/**
 * A growing UTF-8 byte buffer for writing large XML parts straight into bytes: no string of the
 * whole part and no list of chunks to join later. Constant markup is encoded once (`constant`) and
 * copied; numbers are written digit by digit; text goes through TextEncoder.encodeInto (Node and
 * browsers alike). The bytes live outside the JavaScript heap, so the garbage collector never
 * traces them.
 */
import { wrappedLines } from "../note-box";

const encoder = new TextEncoder();

/** Markup encoded once, written many times. */
export function constant(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Characters XML cannot hold: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const AMP = constant("&amp;");
const LT = constant("&lt;");
const GT = constant("&gt;");

/**
 * A buffer whose bytes are all written before they are read (`result` ends at the last written):
 * in Node without zero-filling it first (a notes part is ~100 MB), elsewhere a plain Uint8Array.
 */
function uninitialised(size: number): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: { allocUnsafeSlow(size: number): Uint8Array } }).Buffer;
  return NodeBuffer ? NodeBuffer.allocUnsafeSlow(size) : new Uint8Array(size);
}

export class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = uninitialised(capacity);
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

  /**
   * Text as XML character data in UTF-8, in one pass: `&`, `<` and `>` escaped, the characters XML
   * cannot hold dropped (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF).
   * The same bytes as TextEncoder gives for `text` with those dropped and the markup escaped; text
   * with a character to drop or a surrogate (never in our notes) takes that plain way.
   *
   * Returns, because this pass sees every character anyway, how many lines the text takes when each
   * of its lines wraps every `wrapAt` characters (UTF-16 code units, as `String.length` counts; a
   * note's box is sized by it).
   */
  xmlText(text: string, wrapAt: number): number {
    const n = text.length;
    const start = this.length;
    this.reserve(n * 4); // "&amp;" is 5 bytes for 1 unit, "&lt;" 4; any other unit at most 3
    const b = this.buffer;
    let at = start;
    let lines = 0;
    let lineLength = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x800) {
        if ((c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return this.plainXmlText(text, start, wrapAt);
        lineLength++;
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0x80) {
        lineLength++;
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else if (c === 0x0a) {
        lines += lineLength <= wrapAt ? 1 : Math.ceil(lineLength / wrapAt);
        lineLength = 0;
        b[at++] = c;
      } else {
        lineLength++;
        if (c === 0x26) {
          // &amp; — the only 5-byte case: make room for it (the reserve counted 4 per unit).
          if (at + 5 + 4 * (n - i) > b.length) return this.plainXmlText(text, start, wrapAt);
          b[at++] = 0x26;
          b[at++] = 0x61;
          b[at++] = 0x6d;
          b[at++] = 0x70;
          b[at++] = 0x3b;
        } else if (c === 0x3c || c === 0x3e) {
          b[at++] = 0x26;
          b[at++] = c === 0x3c ? 0x6c : 0x67;
          b[at++] = 0x74;
          b[at++] = 0x3b;
        } else if (c >= 0x20 || c === 0x09 || c === 0x0d) b[at++] = c;
        else return this.plainXmlText(text, start, wrapAt);
      }
    }
    this.length = at;
    return lines + (lineLength <= wrapAt ? 1 : Math.ceil(lineLength / wrapAt));
  }

  /** `xmlText` the plain way: characters to drop dropped, the rest encoded, then escaped. */
  private plainXmlText(text: string, start: number, wrapAt: number): number {
    this.length = start;
    const kept = new TextEncoder().encode(text.replace(NOT_XML, ""));
    let size = kept.length;
    for (const x of kept)
      if (x === 0x26) size += 4;
      else if (x === 0x3c || x === 0x3e) size += 3;
    this.reserve(size);
    let at = start;
    for (const x of kept) {
      const entity = x === 0x26 ? AMP : x === 0x3c ? LT : x === 0x3e ? GT : null;
      if (entity === null) this.buffer[at++] = x;
      else for (const e of entity) this.buffer[at++] = e;
    }
    this.length = at;
    // Sized by the text as given (dropped characters included).
    return wrappedLines(text, wrapAt);
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
    const grown = uninitialised(Math.max(needed, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
