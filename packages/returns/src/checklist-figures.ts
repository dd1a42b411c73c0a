/**
 * A return's checklist figures: how far the quarter's audited case files show Safe & Together
 * practice, overall, by principle, by critical component and by item, counted as
 * `@st/practice-checklist`'s summary counts them.
 * @module
 */
import type { Problem } from "@st/core";
import { isInQuarter, type QuarterId } from "@st/core/calendar";
import {
  type ChecklistDefinition,
  COVERAGE_RULE,
  type CompletedChecklist,
  type Coverage,
  defaultChecklist,
  summariseChecklists,
} from "@st/practice-checklist";
import { boroughName } from "./borough-name.js";
import { countFigure, type RawFigure, shareFigure } from "./figure.js";
import type { SectionFigures } from "./indicator-figures.js";

/** Audits of another borough among the records. */
export function checklistProblems(records: readonly CompletedChecklist[], borough: string, source: string): Problem[] {
  return records.flatMap((r, i) =>
    r.borough === undefined || r.borough === borough
      ? []
      : [
          {
            record: i + 1,
            path: "borough",
            field: "Borough",
            expected: `${boroughName(borough)} (${borough})`,
            received: `${boroughName(r.borough)} (${r.borough})`,
            message: `${source}: audit ${i + 1} is ${boroughName(r.borough)}'s, not ${boroughName(borough)}'s`,
            code: "wrong_borough",
          },
        ],
  );
}

/** The checklist figures of one quarter's audits (those dated in the quarter). */
export function checklistFigures(
  records: readonly CompletedChecklist[],
  quarter: QuarterId,
  source: string,
  definitions: readonly ChecklistDefinition[] = [defaultChecklist],
): SectionFigures {
  const audits = records.filter((r) => isInQuarter(r.date, quarter));
  const first = audits[0]?.checklist ?? { id: defaultChecklist.id, version: defaultChecklist.version };
  const definition = { id: first.id, version: first.version };
  const { total } = summariseChecklists(audits, { definitions });
  const base = { definition, caveats: ["checklist:coverage-rule"], sources: [source] };
  const met = (id: string, label: string, unit: string, c: Coverage): RawFigure =>
    shareFigure({ ...base, section: "checklist", id, label, unit, value: c.met.count, n: c.met.total });
  const figures: RawFigure[] = [
    countFigure({
      ...base,
      section: "checklist",
      id: "checklist/audits",
      label: "Case files audited",
      unit: "cases",
      value: audits.length,
    }),
    met("checklist/overall", "All items: answers met", "answers", total.overall),
    ...total.principles.map((p) => met(`checklist/principle/${p.id}`, `Principle: ${p.label}`, "answers", p)),
    ...total.components.map((c) => met(`checklist/component/${c.id}`, `Component: ${c.label}`, "answers", c)),
    ...total.items.map((item) => met(`checklist/item/${item.id}`, item.question, "cases", item)),
  ];
  const items = new Set(total.items.map((i) => i.id));
  const defined = definitions.find((d) => d.id === definition.id && d.version === definition.version);
  const serving = (pick: (item: ChecklistDefinition["items"][number]) => readonly string[], id: string) =>
    (defined?.items ?? []).filter((i) => items.has(i.id) && pick(i).includes(id)).map((i) => `checklist/item/${i.id}`);
  const groups = [
    { total: "checklist/overall", parts: total.items.map((i) => `checklist/item/${i.id}`) },
    ...total.principles.map((p) => ({
      total: `checklist/principle/${p.id}`,
      parts: serving((i) => i.principles, p.id),
    })),
    ...total.components.map((c) => ({
      total: `checklist/component/${c.id}`,
      parts: serving((i) => i.components, c.id),
    })),
  ].filter((g) => g.parts.length > 0);
  const left = records.length - audits.length;
  return {
    figures,
    groups: defined ? groups : groups.slice(0, 1),
    caveats: [{ id: "checklist:coverage-rule", text: COVERAGE_RULE }],
    notes: left ? [`${source}: ${left} audits dated outside ${quarter} were left out of this return.`] : [],
  };
}
