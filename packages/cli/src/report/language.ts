import type { ReportBlock, ReportText } from "@st/core/report";
import { type Category, categories, type Finding, lint, summariseFindings } from "@st/language-lint";
import { demoCaseNotes } from "@st/language-lint/demo";
import { type BlocksContent, type ReportSection, sectionFromBlocks } from "./section-content.js";

const categoryNames: Record<Category, string> = {
  mutualising: "Mutualising (abuse framed as mutual)",
  responsibilising: "Responsibilising (the non-abusive parent blamed)",
  minimising: "Minimising (abuse or harm played down)",
  "hidden-perpetrator": "Hidden perpetrator (abuse with no one doing it)",
  vague: "Vague (behaviour not named)",
  other: "Other",
};

const written = ["before-training", "after-training"] as const;
const writtenNames = { "before-training": "Before training", "after-training": "After training" } as const;

/** The language page: the same situations written before and after S&T Core training, linted. */
export const languageSection: ReportSection<BlocksContent> = {
  id: "language",
  title: "Language in case notes, before and after training",
  summary:
    "Twelve synthetic situations, each written before and after Safe & Together Core training, checked by the language linter.",
  async build() {
    const notes = demoCaseNotes();
    const linted = notes.map((note) => {
      const findings = lint(note.text, { positives: true });
      return { note, findings, summary: summariseFindings(findings, note.text) };
    });
    const totals = written.map((w) => {
      const group = linted.filter((l) => l.note.written === w);
      const words = group.reduce((n, l) => n + l.summary.words, 0);
      const count = (category: Category) => group.reduce((n, l) => n + l.summary.byCategory[category].count, 0);
      const positives = group.reduce((n, l) => n + l.summary.positive.count, 0);
      const notesWithConcerns = group.filter((l) => l.summary.concerns.count > 0).length;
      return {
        written: w,
        notes: group.length,
        notesWithConcerns,
        words,
        positives,
        byCategory: categories.map(count),
      };
    });
    const per1000 = (count: number, words: number) => (words ? Math.round((count / words) * 10_000) / 10 : 0);
    const head = ["Category", ...totals.map((t) => `${writtenNames[t.written]}: found (per 1,000 words)`)];
    const rows = categories
      .map((category, i) => [
        categoryNames[category],
        ...totals.map((t) => `${t.byCategory[i]} (${per1000(t.byCategory[i] ?? 0, t.words)})`),
      ])
      .concat([
        [
          "Good practice signals (naming his behaviour, its impact, her protective efforts)",
          ...totals.map((t) => `${t.positives} (${per1000(t.positives, t.words)})`),
        ],
      ]);
    const base = totals
      .map(
        (t) =>
          `${writtenNames[t.written]}: ${t.notes} notes, ${t.words} words, ${t.notesWithConcerns} of ${t.notes} with at least one concern.`,
      )
      .join(" ");
    const caveat =
      "These are synthetic extracts written to show the linter, not a sample of real case files: the counts show what the tool finds, not how practice changed. The linter flags wording for a person to consider; it does not judge practice.";

    const pairs = [...new Set(notes.map((n) => n.situation))].map((situation) => ({
      situation,
      notes: written.map((w) => linted.find((l) => l.note.situation === situation && l.note.written === w)!),
    }));
    // Each concern: the excerpt first, then what is wrong with it, why, and better wording.
    const concernItem = (f: Finding): ReportText => [
      { text: `“${f.excerpt}”`, style: "strong" },
      `: ${f.message}`,
      ...(f.reason ? [" ", { text: f.reason, style: "quiet" } as const] : []),
      ...(f.suggestions.length
        ? [" ", { text: "Try:", style: "emphasis" } as const, ` ${f.suggestions.map((x) => `“${x}”`).join(" or ")}`]
        : []),
    ];
    const noteBlocks = (l: (typeof linted)[number]): ReportBlock[] => {
      const concerns = l.findings.filter((f) => !f.positive);
      return [
        { kind: "heading", level: 3, text: writtenNames[l.note.written] },
        {
          kind: "quote",
          text: l.note.text,
          marks: l.findings.map((f) => ({
            offset: f.offset,
            length: f.length,
            tone: f.positive ? "strength" : "concern",
            note: f.message,
          })),
        },
        concerns.length
          ? { kind: "list", items: concerns.map(concernItem) }
          : { kind: "paragraph", text: "No concerns found." },
      ];
    };
    const blocks: ReportBlock[] = [
      {
        kind: "paragraph",
        text: "The change most visible in case files after Safe & Together training is language. Each situation below was written twice: as a worker might before training, and after. The linter marks wording that frames abuse as mutual, blames the non-abusive parent, plays the harm down, hides who did it, or leaves the behaviour unnamed, and suggests better wording. Where it worked out who is who in a sentence (the non-abusive parent, the person using harm), it says so, in the note's own names.",
      },
      { kind: "heading", level: 2, text: "What the linter found" },
      { kind: "table", head, rows },
      { kind: "paragraph", text: base },
      { kind: "caution", title: "Read these counts with care", lines: [caveat] },
      ...pairs.flatMap((p): ReportBlock[] => [
        { kind: "heading", level: 2, text: p.situation },
        ...p.notes.flatMap(noteBlocks),
      ]),
    ];
    return sectionFromBlocks(blocks, {
      json: {
        caveat,
        totals: totals.map((t) => ({
          written: t.written,
          notes: t.notes,
          notesWithConcerns: t.notesWithConcerns,
          words: t.words,
          positives: t.positives,
          byCategory: Object.fromEntries(categories.map((c, i) => [c, t.byCategory[i]])),
        })),
        extracts: linted.map((l) => ({ ...l.note, findings: l.findings })),
      },
    });
  },
};
