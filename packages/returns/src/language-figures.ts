/**
 * A return's language figures: the borough's case-note extracts written before and after
 * Safe & Together Core training, linted, counted per category. Only counts leave the borough,
 * never the text.
 * @module
 */
import type { Problem } from "@st/core";
import { categories, lint, summariseFindings } from "@st/language-lint";
import type { CaseNoteExtract } from "@st/language-lint/demo";
import { boroughName } from "./borough-name.js";
import { countFigure, type RawFigure, shareFigure } from "./figure.js";
import { LANGUAGE_DEFINITION } from "./figure-definitions.js";
import type { SectionFigures } from "./indicator-figures.js";

/** Extracts of another borough among the notes. */
export function caseNoteProblems(notes: readonly CaseNoteExtract[], borough: string, source: string): Problem[] {
  return notes.flatMap((note, i) =>
    note.borough === borough
      ? []
      : [
          {
            record: i + 1,
            path: "borough",
            field: "Borough",
            expected: `${boroughName(borough)} (${borough})`,
            received: `${boroughName(note.borough)} (${note.borough})`,
            message: `${source}: extract ${i + 1} is ${boroughName(note.borough)}'s, not ${boroughName(borough)}'s`,
            code: "wrong_borough",
          },
        ],
  );
}

const groups = [
  ["before-training", "Before training"],
  ["after-training", "After training"],
] as const;

/** The language figures of a borough's extracts, before and after training. */
export function languageFigures(notes: readonly CaseNoteExtract[], source: string): SectionFigures {
  const base = {
    section: "language" as const,
    definition: LANGUAGE_DEFINITION,
    caveats: ["language:machine-derived"],
    sources: [source],
  };
  const figures: RawFigure[] = [];
  for (const [written, title] of groups) {
    const linted = notes
      .filter((n) => n.written === written)
      .map((n) => summariseFindings(lint(n.text, { positives: true }), n.text));
    const sum = (pick: (s: (typeof linted)[number]) => number) => linted.reduce((n, s) => n + pick(s), 0);
    const id = `language/${written}`;
    figures.push(
      countFigure({ ...base, id: `${id}/notes`, label: `${title}: extracts`, unit: "notes", value: linted.length }),
      countFigure({ ...base, id: `${id}/words`, label: `${title}: words`, unit: "words", value: sum((s) => s.words) }),
      shareFigure({
        ...base,
        id: `${id}/notes-with-concerns`,
        label: `${title}: extracts with at least one concern`,
        unit: "notes",
        value: linted.filter((s) => s.concerns.count > 0).length,
        n: linted.length,
      }),
      ...categories.map((category) =>
        countFigure({
          ...base,
          id: `${id}/findings/${category}`,
          label: `${title}: ${category} findings`,
          unit: "findings",
          value: sum((s) => s.byCategory[category].count),
        }),
      ),
      countFigure({
        ...base,
        id: `${id}/positives`,
        label: `${title}: good practice signals`,
        unit: "findings",
        value: sum((s) => s.positive.count),
      }),
    );
  }
  return {
    figures,
    groups: [],
    caveats: [
      {
        id: "language:machine-derived",
        text: "Machine-derived: @st/language-lint's default rules run over the extracts. The linter flags wording for a person to consider; it does not judge practice.",
      },
    ],
    notes: [],
  };
}
