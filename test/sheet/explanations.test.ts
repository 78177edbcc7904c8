import fc from "fast-check";
import { noteOf } from "../../src/sheet/explanations";
import { MARKER, isOurNote, noteBody } from "../../src/sheet/marker";

describe("explanations as notes (noteOf / noteBody)", () => {
  test("a note is the marker line, then the explanation; the explanation reads back unchanged", () => {
    const text = "成员收集(权重 10 分): 6.41 分\n输入: 目标(N9) = 593";
    const note = noteOf(text);
    expect(note).toBe(`${MARKER}\n${text}`);
    expect(isOurNote(note)).toBe(true);
    expect(noteBody(note)).toBe(text);
    expect(noteBody(`  ${MARKER}\r\n${text}`)).toBe(text);
  });

  test("any text survives the round trip; a text that is not a note is its own body", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(noteBody(noteOf(text))).toBe(text);
        if (!text.trimStart().startsWith(MARKER)) expect(noteBody(text)).toBe(text);
      }),
    );
  });
});
