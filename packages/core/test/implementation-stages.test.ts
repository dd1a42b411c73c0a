import {
  groupByImplementationStage,
  implementationStageOf,
  implementationStages,
  partnershipBoroughs,
} from "@st/core/places";
import { describe, expect, it } from "vitest";

describe("stages of implementation", () => {
  it("read the evaluation's four tracks: Hackney and Waltham Forest had S&T before the partnership", () => {
    expect(implementationStageOf("Hackney")?.id).toBe("before-partnership");
    expect(implementationStageOf("E09000031")?.startedBeforePartnership).toBe(true);
    expect(implementationStageOf("Newham")?.id).toBe("founder");
    expect(implementationStageOf("Newham")?.startedBeforePartnership).toBe(false);
    expect(implementationStageOf("H&F")?.id).toBe("joined-year-2");
    expect(implementationStageOf("Barnet")?.id).toBe("joined-year-3");
    expect(implementationStageOf("LBBD")?.id).toBe("joined-year-3");
  });

  it("place every partnership borough in exactly one stage, agreeing with its join year", () => {
    for (const b of partnershipBoroughs) {
      const holding = implementationStages.filter((s) => s.boroughs.includes(b.code));
      expect(holding).toHaveLength(1);
      expect(holding[0]!.partnershipJoined).toBe(b.partnershipJoined);
    }
    expect(implementationStages.flatMap((s) => s.boroughs)).toHaveLength(partnershipBoroughs.length);
  });

  it("leave a borough outside the partnership without a stage", () => {
    expect(implementationStageOf("Camden")).toBeUndefined();
    expect(implementationStageOf("nowhere")).toBeUndefined();
  });

  it("group items by stage in the stages' order, outsiders last, empty stages left out", () => {
    const groups = groupByImplementationStage(["Barnet", "Camden", "Hackney", "Newham", "Waltham Forest"], (b) => b);
    expect(groups.map((g) => [g.stage?.id, g.items])).toEqual([
      ["before-partnership", ["Hackney", "Waltham Forest"]],
      ["founder", ["Newham"]],
      ["joined-year-3", ["Barnet"]],
      [undefined, ["Camden"]],
    ]);
  });
});
