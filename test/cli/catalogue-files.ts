/** The catalogue's rows about files, arguments and what kind of file the input is. */
import { join } from "node:path";
import ExcelJS from "exceljs";
import * as make from "./catalogue-inputs";
import { IN, sheetOf, type Row } from "./catalogue-row";

export const FILE_ROWS: Row[] = [
  // Files: the input is never written, whatever path or link names it.
  {
    name: "--out a symbolic link to the input",
    make: make.withFiles(make.sample(), make.symlink("in.xlsx", "link.xlsx")),
    args: ["@in.xlsx", "--out", "@link.xlsx"],
    code: 1,
    says: "不能覆盖输入文件",
  },
  {
    name: "--out a hard link to the input",
    make: make.withFiles(make.sample(), make.hardLink("in.xlsx", "hard.xlsx")),
    args: ["@in.xlsx", "--out", "@hard.xlsx"],
    code: 1,
    says: "不能覆盖输入文件",
  },
  {
    name: "--report a symbolic link to the input",
    make: make.withFiles(make.sample(), make.symlink("in.xlsx", "link.json")),
    args: [...IN, "--report", "@link.json"],
    code: 1,
    says: "不能覆盖输入文件",
  },
  {
    name: "--report equal to --out, an earlier output there",
    make: make.withFiles(make.sample(), make.file("out.xlsx", "earlier output")),
    args: [...IN, "--report", "@out.xlsx"],
    code: 1,
    says: "--report 与 --out 指向同一个文件",
    kept: ["out.xlsx"],
  },
  {
    name: "--report equal to --out spelt another way, in English",
    make: make.withFiles(make.sample(), make.folder("o")),
    args: ["@in.xlsx", "--out", "@o/x.xlsx", "--report", "@o/../o/x.xlsx", "--lang", "en"],
    code: 1,
    says: "--report and --out name the same file",
  },
  {
    name: "--out an existing folder",
    make: make.withFiles(make.sample(), make.folder("out.xlsx")),
    args: IN,
    code: 1,
    says: /无法写入“.*out\.xlsx”：这是一个文件夹，不是文件.*（EISDIR）/,
    never: ["EISDIR:", "illegal operation"],
  },
  {
    name: "--report cannot be written: the scored workbook was",
    make: make.withFiles(make.sample(), make.folder("report.json")),
    args: [...IN, "--report", "@report.json"],
    code: 1,
    says: /无法写入“.*report\.json”[\s\S]*评分后的工作簿已写出：.*out\.xlsx/,
    writes: ["out.xlsx"],
  },
  {
    name: "an earlier output is replaced whole",
    make: make.withFiles(make.sample(), make.file("out.xlsx", "earlier output")),
    args: IN,
    code: 0,
    says: "已写出",
    writes: [],
    check: async (dir) => expect((await sheetOf(join(dir, "out.xlsx"))).getCell("B6").value).toBeTruthy(),
  },
  {
    name: "--out -",
    make: make.sample(),
    args: ["@in.xlsx", "--out", "-"],
    code: 1,
    says: "“-”（标准输出）不受支持",
  },
  // Arguments and files said in the chosen language only.
  {
    name: "an unknown option",
    make: make.sample(),
    args: [...IN, "--colour"],
    code: 1,
    says: "参数错误：未知选项“--colour”",
    never: ["Unknown option"],
  },
  {
    name: "an option without its value",
    make: make.sample(),
    args: ["@in.xlsx", "--out"],
    code: 1,
    says: "选项 -o, --out 后面缺少值",
    never: ["argument missing"],
  },
  {
    name: "an encrypted workbook",
    make: make.bytes(make.encryptedBytes()),
    args: IN,
    code: 1,
    says: "设了打开密码（加密）的工作簿",
  },
  {
    name: "an .ods",
    make: async (d) => make.bytes(await make.odsBytes())(d),
    args: IN,
    code: 1,
    says: "OpenDocument 电子表格（.ods）",
  },
  {
    name: "a text file",
    make: make.bytes("这不是工作簿"),
    args: IN,
    code: 1,
    says: "不是有效的 .xlsx 工作簿",
  },
  { name: "a missing input", make: async () => undefined, args: IN, code: 1, says: "找不到文件" },
  {
    name: "--sheet naming no sheet",
    make: make.sample(),
    args: [...IN, "--sheet", "六月"],
    code: 1,
    says: "没有名为“六月”的工作表（有：考核表）",
  },
  {
    name: "--sheet naming no sheet, in English",
    make: make.sample(),
    args: [...IN, "--sheet", "六月", "--lang", "en"],
    code: 1,
    says: 'No sheet named "六月" (found: 考核表)',
    never: ["没有名为"],
  },
  {
    name: "a workbook with no worksheets",
    make: async (dir) => new ExcelJS.Workbook().xlsx.writeFile(join(dir, "in.xlsx")),
    args: IN,
    code: 1,
    says: "工作簿中没有工作表",
    never: ["worksheets"],
  },
  {
    name: "headers and no managers: one message",
    make: make.sample((ws) => {
      for (let r = 6; r <= 33; r++) ws.getRow(r).eachCell((cell) => (cell.value = null));
    }),
    args: IN,
    code: 1,
    says: /^无法评分：“.*”的工作表“考核表”有考核表的表头，但表头下面没有客户经理行。\n[\s\S]*成员收集：目标 N，累计导入成员数 O，成员真实性 P\n(?![\s\S]*(没有识别出任何考核指标列|缺少必填列))/,
  },
];
