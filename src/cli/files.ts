/**
 * The command's files: which paths name the same file, and writing an output so that a reader (or a
 * failure half-way) never sees a partly written file.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * What a path names, as a comparable key: an existing file is its device and inode after following
 * links (so a symbolic or hard link to the input is the input); a file not yet there is its real
 * folder and its name (so "out/../out/a.xlsx" and "out/a.xlsx" are the same future file).
 */
export async function fileKey(path: string): Promise<string> {
  // A file that cannot be looked at (missing, or no permission) is compared by its path; reading or
  // writing it then fails with its own message.
  const s = await nodeFs.stat(path).catch(() => undefined);
  return s ? `inode:${s.dev}:${s.ino}` : `path:${await realTarget(path)}`;
}

/**
 * The file a write to `path` lands in: links followed to their target (so that a link a person keeps
 * to the output still points at the new output after the rename), the folder resolved where it exists.
 */
async function realTarget(path: string): Promise<string> {
  const real = await nodeFs.realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const folder = await nodeFs.realpath(dirname(resolve(path))).catch(() => undefined);
  return folder === undefined ? resolve(path) : join(folder, basename(path));
}

/** The file-system calls an atomic write makes (Node's by default; tests inject failures). */
export interface AtomicFs {
  open(path: string, flags: number, mode: number): Promise<nodeFs.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

const NODE_FS: AtomicFs = nodeFs;

/**
 * Writes `bytes` to a new temporary file in the target's own folder, flushes it to the disk, then
 * renames it over the target. A rename within one folder replaces the target in one step (POSIX
 * rename(2); MoveFileEx on Windows), so the target is always either the earlier file, whole, or the
 * new one, whole. On any failure the temporary file is removed and the error passed on.
 */
export async function writeAtomically(
  path: string,
  bytes: Uint8Array,
  fs: AtomicFs = NODE_FS,
): Promise<void> {
  await fs.mkdir(dirname(resolve(path)), { recursive: true });
  const target = await realTarget(path);
  // A replaced output keeps its mode exactly (set on the handle: open's mode is narrowed by umask).
  const kept = await fs.stat(target).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  );
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, kept ?? 0o666);
    created = true;
    if (kept !== undefined) await handle.chmod(kept);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (e) {
    // Cleaning up must not hide the failure that matters: the write's own error is the one passed on.
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}
