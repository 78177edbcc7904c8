import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

describe("the gridscore bin", () => {
  it("runs from the TypeScript sources through tsx and prints the help", () => {
    const r = spawnSync(
      process.execPath,
      [resolve(__dirname, "../../bin/gridscore.cjs"), "--help", "--lang", "en"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("gridscore score <IN.xlsx> --out <OUT.xlsx>");
  });

  it("exits 1 on bad arguments", () => {
    const r = spawnSync(process.execPath, [resolve(__dirname, "../../bin/gridscore.cjs"), "score"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("一个输入文件");
  });
});
