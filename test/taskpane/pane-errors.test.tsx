/**
 * @jest-environment jsdom
 *
 * A failure while scoring is said in the pane's language only: the sheet's own errors by their text
 * in that language, the host's by their code, and Excel refusing a request with its message and code.
 */
import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { xiaoshan201405 } from "../../src/engine";
import { HostError } from "../../src/hosts/host-error";
import type { Locale } from "../../src/engine/types";
import { SheetError } from "../../src/sheet/errors";
import type { WritePlan } from "../../src/sheet/types";
import { PaneApp } from "../../src/taskpane/components/PaneApp";
import { paneHost } from "./pane-fixture";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
jest.setTimeout(30_000);

/** An error shaped as Office.js raises it (OfficeExtension.Error: a message and a code). */
function officeError(): Error {
  return Object.assign(new Error("The request payload size has exceeded the limit."), {
    code: "RequestPayloadSizeLimitExceeded",
  });
}

const CASES: Array<[string, () => Error, Record<Locale, RegExp>]> = [
  [
    "the scoring sheet gone",
    () => new HostError("unknownSheet", 'No sheet named "考核表" in this workbook.', [], "考核表"),
    { "zh-CN": /找不到工作表“考核表”.*重新评分/, en: /The sheet “考核表” is no longer there.*Score again/ },
  ],
  [
    "a check of the host",
    () => new HostError("overlappingMerge", "Cannot write F6: it is inside a merged area."),
    {
      "zh-CN": /写入前的检查没有通过（overlappingMerge）/,
      en: /a check before writing failed \(overlappingMerge\)/,
    },
  ],
  [
    "a sheet error",
    () =>
      new SheetError("noRoomForScores", {
        "zh-CN": "表格右侧没有空间写入评分列。",
        en: "No room for the score columns.",
      }),
    { "zh-CN": /^表格右侧没有空间写入评分列。$/, en: /^No room for the score columns\.$/ },
  ],
  [
    "Excel refusing a request",
    officeError,
    {
      "zh-CN": /^Excel 拒绝了这次操作：The request payload.*\(RequestPayloadSizeLimitExceeded\)。.*重新评分/,
      en: /^Excel refused the operation: .*\(RequestPayloadSizeLimitExceeded\)\. Press “Score again”/,
    },
  ],
];

describe("the pane's failures", () => {
  it.each(
    CASES.flatMap(([what, error, said]) =>
      (["zh-CN", "en"] as const).map((l) => [what, l, error, said[l]] as const),
    ),
  )("says %s in %s only", async (_, locale, error, said) => {
    const { host } = paneHost();
    host.apply = (_plan: WritePlan) => Promise.reject(error());
    render(<PaneApp host={host} ruleSet={xiaoshan201405} theme={webLightTheme} initialLocale={locale} />);
    const name = locale === "zh-CN" ? "重新评分" : "Score again";
    const button = await screen.findByRole("button", { name });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const alert = await screen.findByText(said, {}, { timeout: 20_000 });
    expect(alert).toBeTruthy();
  });
});
