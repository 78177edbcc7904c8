/**
 * An .xlsx file as its parts (the zip entries), and the way the Open Packaging Conventions link
 * them: a part's relationships live in `_rels/<name>.rels` beside it, each with a type and a
 * target relative to the part. Sheets and their notes are found through those links, never by
 * the file names one writer happens to give them. Zip reading and writing are fflate's.
 */
import { Zip, inflateSync, unzipSync, type ZipInputFile } from "fflate";
import { SaxesParser } from "saxes";
import { HostError } from "../host-error";
import type { ZipCodec } from "./codec";

/** The text of a part, or undefined when the package has no such part. */
export type PartReader = (path: string) => string | undefined;

/** Relationship types by their last segment (transitional and strict OOXML share it). */
export type RelationshipKind = "officeDocument" | "worksheet" | "comments" | "vmlDrawing";

/** The parts of `bytes` whose path `wanted` accepts, decompressed. */
export function unzipParts(bytes: Uint8Array, wanted: (path: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch (e) {
    throw new HostError("unreadableWorkbook", `Not an .xlsx workbook (${(e as Error).message}).`);
  }
}

/** A reader that unzips each part on first use (only the parts asked for are decompressed). */
export function lazyPartReader(bytes: Uint8Array): PartReader {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      const part = unzipParts(bytes, (name) => name === path)[path];
      cache.set(path, part && new TextDecoder().decode(part));
    }
    return cache.get(path);
  };
}

/** Calls `visit` with each element's local name and attributes (names as written, prefix and all). */
export function eachElement(
  xml: string,
  visit: (local: string, attributes: Record<string, string>) => void,
): void {
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => visit(localName(tag.name), tag.attributes as Record<string, string>));
  parser.write(xml).close();
}

export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** Where a part's relationships live ("" is the package itself: `_rels/.rels`). */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The targets (package paths) of `part`'s relationships of the given kind, in document order. */
export function relatedParts(read: PartReader, part: string, kind: RelationshipKind): string[] {
  const rels = read(relationshipsPart(part));
  if (rels === undefined) return [];
  const targets: string[] = [];
  eachElement(rels, (local, a) => {
    if (local !== "Relationship" || a.TargetMode === "External" || !a.Target) return;
    if (a.Type?.endsWith(`/${kind}`)) targets.push(resolveTarget(part, a.Target));
  });
  return targets;
}

/** The relationships of the workbook part, by id (worksheets are named by id in workbook.xml). */
function relationshipIds(read: PartReader, part: string): Map<string, string> {
  const rels = read(relationshipsPart(part)) ?? "";
  const byId = new Map<string, string>();
  eachElement(rels, (local, a) => {
    if (local === "Relationship" && a.Id && a.Target && a.TargetMode !== "External")
      byId.set(a.Id, resolveTarget(part, a.Target));
  });
  return byId;
}

/** Each worksheet's part path, by sheet name. */
export function worksheetParts(read: PartReader): Map<string, string> {
  const sheets = new Map<string, string>();
  const [workbook] = relatedParts(read, "", "officeDocument");
  const xml = workbook === undefined ? undefined : read(workbook);
  if (workbook === undefined || xml === undefined) return sheets;
  const byId = relationshipIds(read, workbook);
  eachElement(xml, (local, a) => {
    if (local !== "sheet" || a.name === undefined) return;
    const id = Object.entries(a).find(([name]) => localName(name) === "id" && name !== "sheetId")?.[1];
    const target = id === undefined ? undefined : byId.get(id);
    if (target !== undefined) sheets.set(a.name, target);
  });
  return sheets;
}

/** A relationship target → package path (targets are relative to the source part's folder). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** A part's bytes as a zip stores them (deflated when `compression` is 8). */
export interface CompressedPart {
  /** 0 = stored, 8 = deflated. */
  compression: 0 | 8;
  crc32: number;
  /** The part's size before compression. */
  size: number;
  data: Uint8Array;
}

/** A part for `writeZip`. */
export interface ZipPart extends CompressedPart {
  path: string;
}

/** The part deflated with the codec, or stored when deflating would not make it smaller. */
export async function compressPart(data: Uint8Array, codec: ZipCodec): Promise<CompressedPart> {
  const crc32 = codec.crc32(data);
  const deflated = await codec.deflateRaw(data);
  return deflated.length < data.length
    ? { compression: 8, crc32, size: data.length, data: deflated }
    : { compression: 0, crc32, size: data.length, data };
}

/** A compressed part's bytes as they were before compression. */
export function decompressPart(part: CompressedPart): Uint8Array {
  return part.compression === 8 ? inflateSync(part.data) : part.data;
}

/** Writes the parts, in the given order, as one zip archive; every entry gets the time `modified`. */
export function writeZip(parts: readonly ZipPart[], modified: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const part of parts) {
    // A part whose bytes are already compressed (by the caller's codec) goes in as they are:
    // fflate's documented way to add data it did not compress is an input file of one's own.
    const file: ZipInputFile = {
      filename: part.path,
      size: part.size,
      crc: part.crc32,
      compression: part.compression,
      mtime: modified,
    };
    zip.add(file);
    file.ondata?.(null, part.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
