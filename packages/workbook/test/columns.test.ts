import { readCsv, readWorkbook, writeTemplate } from "@st/workbook";
import { describe, expect, it } from "vitest";

const form = {
  id: "f",
  version: 1,
  title: "Form",
  sections: [
    {
      id: "s",
      title: "Section",
      questions: [
        { id: "s.a", label: "A", type: "text" as const },
        { id: "s.b", label: "B", type: "integer" as const },
      ],
    },
  ],
};

describe("columns", () => {
  it("says which column each question was read from, so callers can point at cells", async () => {
    const book = await readWorkbook(form, await writeTemplate(form, { records: [{ "s.a": "x", "s.b": 1 }] }));
    expect(book.columns).toEqual({ "s.a": "A", "s.b": "B" });
    expect(book.sheet).toBe("Records");
    const csv = readCsv(form, "B,A\n1,x\n");
    expect(csv.columns).toEqual({ "s.b": "A", "s.a": "B" });
    expect(readCsv(form, "").columns).toEqual({});
  });
});
