import { fileProblem } from "../../src/cli/file-messages";
import { internalError } from "../../src/cli/main";

const systemError = (code: string) => Object.assign(new Error(`${code}: some system text, write`), { code });

describe("a file the command cannot read or write", () => {
  it.each([
    ["ENOSPC", "磁盘空间已满；请腾出空间或换一个位置再试。（ENOSPC）"],
    ["EACCES", "没有写入权限，或文件是只读的；请检查权限或换一个位置。（EACCES）"],
    ["EPERM", "没有写入权限，或文件是只读的；请检查权限或换一个位置。（EPERM）"],
    ["EISDIR", "这是一个文件夹，不是文件；请给出文件名（如 输出.xlsx）。（EISDIR）"],
    ["EBUSY", "文件正被其他程序占用；请在 Excel、WPS 等程序中关闭它后再试。（EBUSY）"],
    ["EWHATEVER", "系统报告了一个意外的错误；请检查路径与磁盘后再试。（EWHATEVER）"],
  ])("%s is said in Chinese with the code in brackets, never the system's sentence", (code, cause) => {
    const text = fileProblem(systemError(code), "out/评分.xlsx", "zh-CN", "write");
    expect(text).toBe(`无法写入“out/评分.xlsx”：${cause}`);
  });

  it("is said in English with --lang en", () => {
    expect(fileProblem(systemError("ENOSPC"), "o.xlsx", "en", "write")).toBe(
      'Cannot write "o.xlsx": the disk is full; free some space or choose another place and try again. (ENOSPC)',
    );
  });

  it("escapes control characters in the path", () => {
    expect(fileProblem(systemError("ENOENT"), "a\u202Eb.xlsx", "zh-CN", "read")).toBe(
      "找不到文件“a\\u{202E}b.xlsx”。",
    );
  });
});

describe("an internal error", () => {
  const e = new Error("boom\nsecond line");
  it("says what happened in the chosen language, with the error's first line and no stack", () => {
    const text = internalError(e, true, false);
    expect(text).toContain("内部错误：GridScore 出了故障，评分没有完成，输入文件未改动。");
    expect(text).toContain("（boom）");
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("adds the stack with GRIDSCORE_DEBUG=1", () => {
    expect(internalError(e, false, true)).toMatch(/^Internal error: [\s\S]*\n\s+at /);
  });
});
