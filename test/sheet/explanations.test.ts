import fc from "fast-check";
import { explanationOf, noteOf } from "../../src/sheet/explanations";
import { MARKER, isOurNote, noteBody } from "../../src/sheet/marker";

describe("explanations as notes (noteOf / explanationOf)", () => {
  test("a note is the marker line, then the explanation; the explanation reads back unchanged", () => {
    const text = "成员收集(权重 10 分): 6.41 分\n输入: 目标(N9) = 593";
    const note = noteOf(text);
    expect(note).toBe(`${MARKER}\n${text}`);
    expect(isOurNote(note)).toBe(true);
    expect(explanationOf(note)).toBe(text);
    expect(noteBody(note)).toBe(text);
  });

  test("any text survives the round trip; a text that is not a note is its own explanation", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(explanationOf(noteOf(text))).toBe(text);
        if (!text.startsWith(MARKER + "\n")) expect(explanationOf(text)).toBe(text);
      }),
    );
  });
});
