/**
 * The few zip operations an .xlsx needs, over bytes: list the entries of an archive (from its
 * central directory) and write a new archive from entries. No streaming, no zip64: an .xlsx part
 * stays far below 4 GB.
 */
import { HostError } from "../host-error";

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc32: number;
  uncompressedSize: number;
  /** The entry's bytes as stored in the archive (compressed when method is 8). */
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw unreadable("a broken central directory");
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(offset, true) !== LOCAL) throw unreadable(`a broken entry ${name}`);
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    entries.push({
      name,
      method,
      crc32,
      uncompressedSize,
      data: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  throw unreadable("no zip directory");
}

function unreadable(what: string): HostError {
  return new HostError("unreadableWorkbook", `Not an .xlsx workbook (${what}).`);
}

/** Writes entries in the given order; every entry gets the same modification time. */
export function writeZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const time =
    (modified.getUTCHours() << 11) | (modified.getUTCMinutes() << 5) | (modified.getUTCSeconds() >> 1);
  const date =
    ((Math.max(modified.getUTCFullYear(), 1980) - 1980) << 9) |
    ((modified.getUTCMonth() + 1) << 5) |
    modified.getUTCDate();
  let size = 22;
  entries.forEach((e, i) => (size += 30 + 46 + 2 * names[i].length + e.data.length));
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    writeCommon(view, at + 4, e, names[i].length, time, date);
    out.set(names[i], at + 30);
    out.set(e.data, at + 30 + names[i].length);
    at += 30 + names[i].length + e.data.length;
  });
  const directory = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, zip 2.0
    writeCommon(view, at + 6, e, names[i].length, time, date);
    view.setUint32(at + 42, offsets[i], true); // comment length, disk, attributes stay 0
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

/** The 26 bytes local and central headers share: version needed … extra length. */
function writeCommon(
  view: DataView,
  at: number,
  e: ZipEntry,
  nameLength: number,
  time: number,
  date: number,
) {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, time, true);
  view.setUint16(at + 8, date, true);
  view.setUint32(at + 10, e.crc32, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.uncompressedSize, true);
  view.setUint16(at + 22, nameLength, true);
}
