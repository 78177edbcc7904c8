/**
 * LibreOffice headless as an independent spreadsheet engine (Node only; not part of the pane bundle).
 * `recalculate` opens a workbook in LibreOffice Calc with "recalculate on load: always" forced in its
 * own profile, so every formula is computed by LibreOffice rather than read from the cached values,
 * and saves the result as .xlsx for ExcelJS to read.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** org.openoffice.Office.Calc/Formula/Load: 0 = always recalculate (OOXML and ODF). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class LibreOfficeError extends Error {
  override name = "LibreOfficeError";
}

/** A LibreOffice profile of our own (first use takes a few seconds to initialise). */
export class LibreOffice {
  private readonly dir: string;

  constructor(readonly binary = process.env.SOFFICE ?? "soffice") {
    this.dir = mkdtempSync(join(tmpdir(), "gridscore-lo-"));
    mkdirSync(join(this.dir, "profile", "user"), { recursive: true });
    writeFileSync(join(this.dir, "profile", "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }

  /** Opens the workbook, recalculates every formula, returns it saved again as .xlsx. */
  async recalculate(xlsx: Uint8Array): Promise<Buffer> {
    const work = mkdtempSync(join(this.dir, "job-"));
    const input = join(work, "in.xlsx");
    const outDir = join(work, "out");
    writeFileSync(input, xlsx);
    try {
      await this.run(["--headless", "--calc", "--convert-to", "xlsx", "--outdir", outDir, input]);
      return readFileSync(join(outDir, "in.xlsx"));
    } catch (e) {
      if (e instanceof LibreOfficeError) throw e;
      throw new LibreOfficeError(`LibreOffice wrote no result: ${(e as Error).message}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(args: string[]): Promise<void> {
    const profile = `-env:UserInstallation=${pathToFileURL(join(this.dir, "profile")).href}`;
    return new Promise((resolve, reject) => {
      execFile(this.binary, [profile, ...args], { timeout: 600_000 }, (error, _stdout, stderr) => {
        if (error) reject(new LibreOfficeError(`${this.binary} failed: ${error.message}\n${stderr}`));
        else resolve();
      });
    });
  }
}
