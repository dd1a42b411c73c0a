import { readFileSync } from "node:fs";
import { join } from "node:path";
import { complaintMapping } from "@st/forms";
import { readBoroughExports, writeBoroughExports } from "@st-examples/case-management-integration";
import { describe, expect, it } from "vitest";

const data = (name: string) => readFileSync(join(import.meta.dirname, "..", "data", name), "utf8");

describe("a night's exports through @st/forms", () => {
  const read = readBoroughExports(data("complaints-export.json"), data("checklist-audits.csv"));

  it("reads every form of the sample exports into a record", () => {
    expect(read.problems).toEqual([]);
    expect(read.complaints).toHaveLength(3);
    expect(read.checklists).toHaveLength(3);
    expect(read.complaints.map((c) => c.complaint.borough)).toEqual(["E09000012", "E09000012", "E09000012"]);
  });

  it("writes them back as the borough exported them, less the fields the mapping ignores (lossless both ways)", () => {
    const written = writeBoroughExports(read);
    expect(written.problems).toEqual([]);
    const original = (JSON.parse(data("complaints-export.json")) as Record<string, unknown>[]).map((form) =>
      Object.fromEntries(Object.entries(form).filter(([key]) => !complaintMapping.ignore.includes(key))),
    );
    expect(JSON.parse(written.complaintsJson)).toEqual(original);
    const again = readBoroughExports(written.complaintsJson, written.auditsCsv);
    expect(again).toEqual(read);
  });

  it("tells a bad form in the borough's own terms, and keeps the good ones", () => {
    const forms = JSON.parse(data("complaints-export.json")) as Record<string, unknown>[];
    forms[1] = { ...forms[1], Q_CMP_07: "31/02/2025", OUTCOME_CD: "9" };
    const result = readBoroughExports(JSON.stringify(forms), data("checklist-audits.csv"));
    expect(result.complaints).toHaveLength(2);
    expect(result.problems.join("\n")).toMatch(
      /form 1057, question Q_CMP_07 \("Date complaint received"\).*there is no 31 February 2025/,
    );
    expect(result.problems.join("\n")).toMatch(/question OUTCOME_CD/);
  });
});
