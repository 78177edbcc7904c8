/**
 * Builders of the catalogue's inputs: each writes files into the case's folder. Workbooks start
 * from the bundled sample with its one bad cell (P10 "八十") corrected, so that a case's exit code
 * and messages come from what the case changed.
 */
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { runCli, SAMPLE } from "./run-cli";

export type Make = (dir: string) => Promise<void>;
type Edit = (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void;

async function writeWorkbook(path: string, edit: Edit, from = SAMPLE, clean = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.worksheets[0];
  if (clean) ws.getCell("P10").value = 0.8;
  edit(ws, wb);
  await wb.xlsx.writeFile(path);
}

/** in.xlsx: the corrected sample, changed by `edit`. */
export function sample(edit: Edit = () => undefined): Make {
  return (dir) => writeWorkbook(join(dir, "in.xlsx"), edit);
}

/** in.xlsx: the corrected sample scored once by the command, then changed by `edit` (a person's work). */
export function scoredSample(edit: Edit = () => undefined, args: string[] = []): Make {
  return async (dir) => {
    await writeWorkbook(join(dir, "first.xlsx"), () => undefined);
    const r = await runCli(["score", join(dir, "first.xlsx"), "--out", join(dir, "scored.xlsx"), ...args]);
    if (r.code !== 0) throw new Error(`the first scoring failed: ${r.err}`);
    await writeWorkbook(join(dir, "in.xlsx"), edit, join(dir, "scored.xlsx"), false);
  };
}

/** Runs `make`, then adds the files `extra` writes (links, earlier outputs, folders). */
export function withFiles(make: Make, extra: (dir: string) => void): Make {
  return async (dir) => {
    await make(dir);
    extra(dir);
  };
}

export const symlink = (target: string, link: string) => (dir: string) =>
  symlinkSync(join(dir, target), join(dir, link));
export const hardLink = (target: string, link: string) => (dir: string) =>
  linkSync(join(dir, target), join(dir, link));
export const file = (name: string, text: string) => (dir: string) => writeFileSync(join(dir, name), text);
export const folder = (name: string) => (dir: string) => mkdirSync(join(dir, name), { recursive: true });

/** in.xlsx holding `bytes` as they are. */
export function bytes(content: Uint8Array | string): Make {
  return async (dir) => writeFileSync(join(dir, "in.xlsx"), content);
}

/**
 * in.xlsx as an .ods package: the `mimetype` entry first and stored, as ODF 1.2 part 3 (3.3)
 * requires, then a content part.
 */
export async function odsBytes(): Promise<Uint8Array> {
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8('<?xml version="1.0" encoding="UTF-8"?><office:document-content/>'),
  });
}

/**
 * A Compound File (MS-CFB) as Office writes for a workbook with a password to open: the 512-byte
 * header with its signature and version, then a directory sector naming the streams of an encrypted
 * package (MS-OFFCRYPTO 2.3.4.1), names in UTF-16LE in 128-byte entries.
 */
export function encryptedBytes(): Uint8Array {
  const out = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  out.writeUInt16LE(0xfffe, 28); // little-endian
  out.writeUInt16LE(9, 30); // sector shift
  const names = ["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"];
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    out.write(name, at, "utf16le");
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return new Uint8Array(out);
}
