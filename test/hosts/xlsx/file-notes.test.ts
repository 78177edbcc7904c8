import { parseComments } from "../../../src/hosts/xlsx/file-notes";
import { resolveTarget } from "../../../src/hosts/xlsx/package-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("reading a comments part", () => {
  it("keeps each note's author and its runs' markup, and gives its text without phonetic guides", () => {
    const xml =
      `<x:comments xmlns:x="${MAIN}"><x:authors><x:author>审核 A</x:author><x:author>B &amp; C</x:author></x:authors>` +
      `<x:commentList><x:comment ref="C7" authorId="1"><x:text>` +
      `<x:r><x:rPr><x:b/><x:sz val="9"/></x:rPr><x:t>加粗 &lt;注&gt;</x:t></x:r>` +
      `<x:r><x:t xml:space="preserve"> 普通</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ジャ</x:t></x:rPh>` +
      `</x:text></x:comment><x:comment ref="A1" authorId="0"><x:text><x:t>一行</x:t></x:text></x:comment>` +
      `</x:commentList></x:comments>`;
    expect(parseComments(xml)).toEqual([
      {
        row: 6,
        col: 2,
        author: "B & C",
        text: "加粗 <注> 普通",
        textXml:
          '<r><rPr><b/><sz val="9"/></rPr><t>加粗 &lt;注&gt;</t></r><r><t xml:space="preserve"> 普通</t></r>' +
          '<rPh sb="0" eb="1"><t>ジャ</t></rPh>',
      },
      { row: 0, col: 0, author: "审核 A", text: "一行", textXml: "<t>一行</t>" },
    ]);
  });
});

describe("package paths", () => {
  it("resolves relationship targets against the source part's folder", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../comments1.xml")).toBe("xl/comments1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/s.xml")).toBe("xl/worksheets/s.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });
});
