import {
  checklistMapping,
  checklistTarget,
  checkMapping,
  complaintMapping,
  complaintTarget,
  parseFormMapping,
  safeParseFormMapping,
} from "@st/forms";
import { describe, expect, it } from "vitest";

describe("checking a mapping against the record it maps onto", () => {
  it("finds nothing wrong with the example mappings", () => {
    expect(checkMapping(complaintMapping, complaintTarget)).toEqual([]);
    expect(checkMapping(checklistMapping, checklistTarget())).toEqual([]);
  });

  it("names every mistake, each against the mapping entry it is in", () => {
    const mapping = parseFormMapping({
      id: "broken",
      title: "A mapping with mistakes",
      formId: "FORM_NO",
      fields: [
        { source: "REF", label: "Reference", target: "complaint.reference" },
        { source: "RECVD", label: "Received", target: "complaint.recieved" },
        { source: "ROLE", label: "Complainant", target: "complaint.complainantRole", codes: { P: "perp" } },
        { source: "STATUS", label: "Status", target: "complaint.status", default: "archived" },
        { source: "REF2", label: "Reference again", target: "complaint.reference" },
        { source: "EMAILS", label: "Emails", target: "process.emails", format: "dd/mm/yyyy" },
        { source: "CC", label: "Copied in", target: "process.copiedIn", codes: { "MP;MAYOR": "mp" } },
      ],
      constants: { "complaint.borough": "Hackney" },
      ignore: ["REF"],
    });
    const problems = checkMapping(mapping, complaintTarget);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["REF", "ignored_and_mapped"],
      ["RECVD", "unknown_target"],
      ["ROLE=P", "invalid_code_value"],
      ["STATUS", "invalid_default"],
      ["REF2", "duplicate_target"],
      ["EMAILS", "format_not_allowed"],
      ["CC", "code_holds_separator"],
      ["complaint.received", "required_unmapped"],
      ["formId", "unknown_form_id"],
    ]);
    expect(problems[1]!.message).toBe("complaint.recieved is not a field of the complaint record");
    expect(problems[2]).toMatchObject({
      field: 'ROLE ("Complainant") -> complaint.complainantRole',
      received: '"perp"',
      message:
        'the code "P" gives a value our field complaint.complainantRole ("Who made the complaint?") does not allow',
    });
  });

  it("reports a constant our field does not allow", () => {
    const mapping = parseFormMapping({ ...complaintMapping, constants: { "complaint.borough": 12 } });
    expect(checkMapping(mapping, complaintTarget).map((p) => [p.path, p.code])).toEqual([
      ["constants.complaint.borough", "invalid_constant"],
    ]);
  });

  it("reports an item the checklist does not have", () => {
    const mapping = parseFormMapping({
      ...checklistMapping,
      fields: [
        ...checklistMapping.fields,
        { source: "Q_AUD_99", label: "Old item", target: "answers.no-such-item.answer" },
      ],
    });
    expect(checkMapping(mapping, checklistTarget()).map((p) => p.message)).toEqual([
      "answers.no-such-item.answer is not a field of the completed checklist",
    ]);
  });

  it("reads a mapping's shape with every problem named", () => {
    const result = safeParseFormMapping({ id: "x", title: "", dateFormat: "dd/mm/yy", fields: [], extra: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path).sort()).toEqual(["dateFormat", "extra", "fields", "title"]);
  });
});
