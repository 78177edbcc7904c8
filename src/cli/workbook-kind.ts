/**
 * Files that are spreadsheets but not .xlsx workbooks, recognised by their first bytes so that the
 * message can name what the file is and what to do with it.
 */
import type { Locale } from "../engine/types";
import { escapeControls } from "../sheet/safe-text";

export type OtherSpreadsheet = "encrypted" | "xls" | "ods";

/** The Compound File Binary signature (MS-CFB 2.2): legacy .xls files and encrypted .xlsx files. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The ODF package's first entry, stored uncompressed at the start of the zip (ODF 1.2 part 3, 3.3). */
const ODS_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";
/** An encrypted Office file is a CFB holding this stream in place of the zip (MS-OFFCRYPTO 2.3.4.1). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

export function otherSpreadsheet(bytes: Uint8Array): OtherSpreadsheet | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (CFB_SIGNATURE.every((b, i) => buffer[i] === b))
    return buffer.includes(ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
  // A local file header (PK\3\4) of 30 bytes, then the entry's name and, stored, its content.
  if (buffer.length > 30 && buffer.readUInt32LE(0) === 0x04034b50) {
    const nameLength = buffer.readUInt16LE(26);
    const extraLength = buffer.readUInt16LE(28);
    const name = buffer.toString("latin1", 30, 30 + nameLength);
    const start = 30 + nameLength + extraLength;
    const content = buffer.toString("latin1", start, start + ODS_MIMETYPE.length - "mimetype".length);
    if (name + content === ODS_MIMETYPE) return "ods";
  }
  return undefined;
}

export function otherSpreadsheetMessage(kind: OtherSpreadsheet, path: string, locale: Locale): string {
  const p = escapeControls(path);
  const zh = locale === "zh-CN";
  switch (kind) {
    case "encrypted":
      return zh
        ? `无法读取“${p}”：这是一个设了打开密码（加密）的工作簿。请在 Excel 或 WPS 中打开它，去掉打开密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）并保存，再评分。`
        : `Cannot read "${p}": the workbook is encrypted with a password to open. Open it in Excel or WPS, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and score it again.`;
    case "xls":
      return zh
        ? `无法读取“${p}”：这是旧版 Excel 97–2003 工作簿（.xls）。请在 Excel、WPS 或 LibreOffice 中另存为 Excel 工作簿（.xlsx），再评分。`
        : `Cannot read "${p}": this is a legacy Excel 97–2003 workbook (.xls). Save it as an Excel workbook (.xlsx) in Excel, WPS or LibreOffice, and score that.`;
    case "ods":
      return zh
        ? `无法读取“${p}”：这是 OpenDocument 电子表格（.ods）。请在 LibreOffice 或 WPS 中另存为 Excel 工作簿（.xlsx），再评分。`
        : `Cannot read "${p}": this is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) in LibreOffice or WPS, and score that.`;
  }
}
