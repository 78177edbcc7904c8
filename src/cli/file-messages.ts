/**
 * A file the command could not read or write, said in the user's language: what happened and what
 * to do, with the system's code in brackets (never the system's English sentence).
 */
import type { Locale, Localized } from "../engine/types";
import { escapeControls } from "../sheet/safe-text";

type Action = "read" | "write";

/** What each system error code means for a file the command reads or writes. */
const CAUSES: Readonly<Record<string, (action: Action) => Localized>> = {
  ENOENT: (action) =>
    action === "read"
      ? { "zh-CN": "找不到这个文件，请检查路径。", en: "there is no such file; check the path." }
      : {
          "zh-CN": "路径中的文件夹不存在，且无法创建。",
          en: "a folder on the path does not exist and could not be created.",
        },
  EISDIR: () => ({
    "zh-CN": "这是一个文件夹，不是文件；请给出文件名（如 输出.xlsx）。",
    en: "this is a folder, not a file; give a file name (e.g. out.xlsx).",
  }),
  ENOTDIR: () => ({
    "zh-CN": "路径中有一段是文件而不是文件夹，请检查路径。",
    en: "part of the path is a file, not a folder; check the path.",
  }),
  EACCES: (action) => noPermission(action),
  EPERM: (action) => noPermission(action),
  EBUSY: () => ({
    "zh-CN": "文件正被其他程序占用；请在 Excel、WPS 等程序中关闭它后再试。",
    en: "the file is in use by another program; close it in Excel, WPS etc. and try again.",
  }),
  ENOSPC: () => ({
    "zh-CN": "磁盘空间已满；请腾出空间或换一个位置再试。",
    en: "the disk is full; free some space or choose another place and try again.",
  }),
  EDQUOT: () => ({
    "zh-CN": "磁盘配额已用完；请腾出空间或换一个位置再试。",
    en: "the disk quota is used up; free some space or choose another place and try again.",
  }),
  EROFS: () => ({
    "zh-CN": "这个位置是只读的；请换一个可写的位置。",
    en: "this place is read-only; choose a place that can be written.",
  }),
  ENAMETOOLONG: () => ({
    "zh-CN": "文件名或路径太长；请换一个短一些的名字。",
    en: "the file name or path is too long; choose a shorter one.",
  }),
  EMFILE: () => ({
    "zh-CN": "同时打开的文件太多；请关闭一些程序后再试。",
    en: "too many files are open; close some programs and try again.",
  }),
};

function noPermission(action: Action): Localized {
  return action === "read"
    ? {
        "zh-CN": "没有读取权限；请检查文件的权限。",
        en: "no permission to read it; check the file's permissions.",
      }
    : {
        "zh-CN": "没有写入权限，或文件是只读的；请检查权限或换一个位置。",
        en: "no permission to write it, or it is read-only; check the permissions or choose another place.",
      };
}

const UNKNOWN: Localized = {
  "zh-CN": "系统报告了一个意外的错误；请检查路径与磁盘后再试。",
  en: "the system reported an unexpected error; check the path and the disk and try again.",
};

export function fileProblem(e: unknown, path: string, locale: Locale, action: Action): string {
  const zh = locale === "zh-CN";
  const code = (e as { code?: unknown } | null)?.code;
  const known = typeof code === "string" ? CAUSES[code] : undefined;
  const cause = known ? known(action)[locale] : UNKNOWN[locale];
  const where = escapeControls(path);
  if (action === "read" && code === "ENOENT")
    return zh ? `找不到文件“${where}”。` : `File not found: "${where}".`;
  const bracket = typeof code !== "string" ? "" : zh ? `（${code}）` : ` (${code})`;
  const head = action === "read" ? (zh ? "无法读取" : "Cannot read") : zh ? "无法写入" : "Cannot write";
  return zh ? `${head}“${where}”：${cause}${bracket}` : `${head} "${where}": ${cause}${bracket}`;
}
