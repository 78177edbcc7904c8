import {
  chmodSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import * as fsp from "node:fs/promises";
import { join } from "node:path";
import { fileKey, writeAtomically, type AtomicFs } from "../../src/cli/files";
import { tempDir } from "./run-cli";

/** Node's calls, with the temporary file's writes failing as a full disk makes them fail. */
function diskFullFs(): AtomicFs {
  return {
    ...fsp,
    open: async (path, flags, mode) => {
      const handle = await fsp.open(path, flags, mode);
      handle.writeFile = async () => {
        // What write(2) reports on a full disk (ENOSPC), after part of the data went out.
        await fsp.appendFile(path, "PK\u0003\u0004partial");
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
      return handle;
    },
  };
}

describe("writeAtomically", () => {
  it("replaces the target with the new bytes and leaves no temporary file", async () => {
    const dir = tempDir();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "earlier");
    await writeAtomically(target, new TextEncoder().encode("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("keeps the earlier output whole and removes the temporary file when the disk is full", async () => {
    const dir = tempDir();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "earlier good output");
    await expect(
      writeAtomically(target, new TextEncoder().encode("new"), diskFullFs()),
    ).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(readFileSync(target, "utf8")).toBe("earlier good output");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("keeps the earlier output when the rename fails, and removes the temporary file", async () => {
    const dir = tempDir();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "earlier");
    const failingRename: AtomicFs = {
      ...fsp,
      rename: async () => {
        throw Object.assign(new Error("EXDEV"), { code: "EXDEV" });
      },
    };
    await expect(writeAtomically(target, new Uint8Array([1]), failingRename)).rejects.toMatchObject({
      code: "EXDEV",
    });
    expect(readFileSync(target, "utf8")).toBe("earlier");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("writes through a symbolic link to the file it points at, keeping the link", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.xlsx"), "earlier");
    symlinkSync(join(dir, "real.xlsx"), join(dir, "link.xlsx"));
    await writeAtomically(join(dir, "link.xlsx"), new TextEncoder().encode("new"));
    expect(readFileSync(join(dir, "real.xlsx"), "utf8")).toBe("new");
    expect((await fsp.lstat(join(dir, "link.xlsx"))).isSymbolicLink()).toBe(true);
  });

  it("keeps the permissions of the output it replaces", async () => {
    const target = join(tempDir(), "out.xlsx");
    writeFileSync(target, "earlier");
    chmodSync(target, 0o664); // group-writable: more than the usual umask (022) lets open() give
    await writeAtomically(target, new TextEncoder().encode("new"));
    expect(statSync(target).mode & 0o777).toBe(0o664);
  });

  it("creates missing folders", async () => {
    const target = join(tempDir(), "a", "b", "out.xlsx");
    await writeAtomically(target, new TextEncoder().encode("x"));
    expect(readFileSync(target, "utf8")).toBe("x");
  });
});

describe("fileKey", () => {
  it("gives a file, a symbolic link to it and a hard link to it the same key", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.xlsx"), "x");
    symlinkSync(join(dir, "in.xlsx"), join(dir, "soft.xlsx"));
    linkSync(join(dir, "in.xlsx"), join(dir, "hard.xlsx"));
    const key = await fileKey(join(dir, "in.xlsx"));
    expect(await fileKey(join(dir, "soft.xlsx"))).toBe(key);
    expect(await fileKey(join(dir, "hard.xlsx"))).toBe(key);
  });

  it("gives two spellings of a file not yet written the same key, and other files other keys", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    const key = await fileKey(join(dir, "out", "a.json"));
    expect(await fileKey(join(dir, "out", "..", "out", "a.json"))).toBe(key);
    expect(await fileKey(join(dir, "out", "b.json"))).not.toBe(key);
  });
});
