import * as checklist from "@st/practice-checklist";
import {
  completedChecklistRecord,
  defaultChecklist,
  safeValidateCompletedChecklists,
  summariseChecklists,
} from "@st/practice-checklist";
import { demoAuditRounds, demoChecklistBoroughs, demoChecklists } from "@st/practice-checklist/demo";
import { describe, expect, it } from "vitest";

describe("the demo audits", () => {
  const audits = demoChecklists();

  it("are 40 valid completed checklists whose stored form reads back the same", () => {
    expect(audits).toHaveLength(demoChecklistBoroughs.length * demoAuditRounds.length * 10);
    expect(audits).toHaveLength(40);
    for (const [i, audit] of audits.entries()) {
      const read = completedChecklistRecord.safeParse(completedChecklistRecord.write(audit), { record: i + 1 });
      expect(read.ok ? [] : read.problems).toEqual([]);
      expect(read.ok && read.value).toEqual(audit);
    }
    // Every answer is on the default checklist's scale, and every item is answered.
    const checked = safeValidateCompletedChecklists(audits.map((a) => completedChecklistRecord.write(a)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    for (const audit of audits) expect(audit.answers).toHaveLength(defaultChecklist.items.length);
    expect(new Set(audits.map((a) => a.caseId)).size).toBe(audits.length);
  });

  it("are the same on every call, in new objects a caller may change", () => {
    const again = demoChecklists();
    expect(again).toEqual(audits);
    again[0]!.answers[0]!.answer = "no";
    again[0]!.caseId = "changed";
    expect(demoChecklists()[0]).toEqual(audits[0]);
    // The figures the demo report and the partnership-report example quote.
    const { total } = summariseChecklists(audits);
    expect([total.overall.met.count, total.overall.met.total]).toEqual([660, 1291]);
  });

  it("show practice a little stronger in each borough's second round", () => {
    const summary = summariseChecklists(audits, { by: ["borough", "quarter"] });
    for (const borough of demoChecklistBoroughs) {
      const [first, second] = summary.groups.filter((g) => g.key.borough === borough);
      expect(first!.overall.met.percent!).toBeLessThan(second!.overall.met.percent!);
    }
  });

  it("are not in the main entry, which applications recording real audits ship", () => {
    expect(Object.keys(checklist).filter((name) => /demo/i.test(name))).toEqual([]);
  });
});
