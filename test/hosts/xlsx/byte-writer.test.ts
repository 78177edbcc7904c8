import fc from "fast-check";
import { ByteWriter } from "../../../src/hosts/xlsx/byte-writer";
import { wrappedLines } from "../../../src/hosts/note-box";

const lineCount = (text: string) => wrappedLines(text, 20);
import { cellAddress } from "../../../src/sheet/address";

const decode = (w: ByteWriter) => new TextDecoder().decode(w.result());

/** XML character data the plain way: drop what XML cannot hold, then escape the markup characters. */
function reference(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

describe("ByteWriter", () => {
  it("writes XML text escaped, with what XML cannot hold dropped", () => {
    const w = new ByteWriter(4);
    w.xmlText("得分 = 15 × 45 ÷ 50 < 80% & 达标 > 0\u0001\uffff\t\n完", 20);
    expect(decode(w)).toBe("得分 = 15 × 45 ÷ 50 &lt; 80% &amp; 达标 &gt; 0\t\n完");
  });

  it("writes any text as the plain escaping would, around other output", () => {
    const pieces = fc.array(
      fc.oneof(
        fc.string({ unit: "binary" }),
        fc.string({ unit: "grapheme" }),
        fc.constantFrom(
          "<",
          ">",
          "&",
          "\u0000",
          "\u001f",
          "\ufffe",
          "\uffff",
          "\uffef",
          "说明",
          "\n",
          "\r\n",
        ),
        fc.constantFrom("\ud83d", "\ude00", "\ud83d\ude00", "\udbff\udfff", "a\ud800"),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        fc.array(
          pieces.map((p) => p.join("")),
          { maxLength: 5 },
        ),
        (texts) => {
          const w = new ByteWriter(1);
          for (const t of texts) {
            w.text("|");
            expect(w.xmlText(t, 20)).toBe(lineCount(t));
          }
          // The same bytes as TextEncoder gives for the plain escaping (lone surrogates as U+FFFD).
          const expected = texts.map((t) => "|" + reference(t)).join("");
          expect(Buffer.from(w.result()).equals(Buffer.from(new TextEncoder().encode(expected)))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("writes cell addresses as the sheet module names them, to the last column", () => {
    for (const [row, col] of [
      [0, 0],
      [5, 2],
      [9, 25],
      [99, 26],
      [1_048_575, 701],
      [41, 702],
      [0, 16_383],
    ]) {
      const w = new ByteWriter(1);
      w.cell(row, col);
      expect(decode(w)).toBe(cellAddress(row, col));
    }
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
        const w = new ByteWriter(1);
        w.cell(row, col);
        expect(decode(w)).toBe(cellAddress(row, col));
      }),
    );
  });
});

describe("note boxes are sized to their text (wrappedLines at 20 characters)", () => {
  test("each line counts once, and once more per 20 characters beyond the first 20", () => {
    expect(lineCount("")).toBe(1);
    expect(lineCount("得分 = 10.00")).toBe(1);
    expect(lineCount("字".repeat(20))).toBe(1);
    expect(lineCount("字".repeat(21))).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
    expect(lineCount("\n")).toBe(2);
    expect(lineCount("字".repeat(45) + "\n" + "abc" + "\n")).toBe(3 + 1 + 1);
  });

  test("agrees with counting line by line", () => {
    const byLines = (text: string) =>
      text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 20)), 0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "字", "\n", " ", "%"), { maxLength: 120 }), (chars) => {
        const text = chars.join("");
        expect(lineCount(text)).toBe(byLines(text));
      }),
    );
  });
});
