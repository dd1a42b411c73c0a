import { escapeHtml, escapeMarkdown, htmlTable, markdownTable } from "@st/core/report";
import { type Category, categories, type Finding, lint, markFindings, summariseFindings } from "@st/language-lint";
import { demoCaseNotes } from "@st/language-lint/demo";
import type { ReportSection } from "./sections.js";

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
export const languageSection: ReportSection = {
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
    const findingList = (findings: readonly Finding[]) => {
      const concerns = findings.filter((f) => !f.positive);
      if (concerns.length === 0) return '<p class="muted">No concerns found.</p>';
      return `<ul>${concerns
        .map(
          (f) =>
            `<li><strong>“${escapeHtml(f.excerpt)}”</strong>: ${escapeHtml(f.message)}${
              f.reason ? ` <span class="st-lint-reason">${escapeHtml(f.reason)}</span>` : ""
            }${
              f.suggestions.length
                ? ` <em>Try:</em> ${f.suggestions.map((s) => `“${escapeHtml(s)}”`).join(" or ")}`
                : ""
            }</li>`,
        )
        .join("")}</ul>`;
    };
    const html = [
      "<p>The change most visible in case files after Safe &amp; Together training is language. Each situation below was written twice: as a worker might before training, and after. The linter marks wording that frames abuse as mutual, blames the non-abusive parent, plays the harm down, hides who did it, or leaves the behaviour unnamed, and suggests better wording. Where it worked out who is who in a sentence (the non-abusive parent, the person using harm), it says so, in the note's own names.</p>",
      `<h2>What the linter found</h2>${htmlTable(head, rows)}<p>${escapeHtml(base)}</p><p class="caveat">${escapeHtml(caveat)}</p>`,
      ...pairs.map(
        (p) =>
          `<h2>${escapeHtml(p.situation)}</h2>${p.notes
            .map(
              (l) =>
                `<h3>${writtenNames[l.note.written]}</h3><blockquote>${markFindings(l.note.text, l.findings)}</blockquote>${findingList(l.findings)}`,
            )
            .join("")}`,
      ),
    ].join("\n");
    const markdown = [
      "The same situations written before and after Safe & Together Core training, checked by the language linter.",
      markdownTable(head, rows),
      base,
      `> ${caveat}`,
      ...pairs.map((p) =>
        [
          `## ${escapeMarkdown(p.situation)}`,
          ...p.notes.map(
            (l) =>
              `### ${writtenNames[l.note.written]}\n\n> ${escapeMarkdown(l.note.text)}\n\n${
                l.findings
                  .filter((f) => !f.positive)
                  .map(
                    (f) =>
                      `- "${escapeMarkdown(f.excerpt)}": ${escapeMarkdown(f.message)}${f.reason ? ` (${escapeMarkdown(f.reason)})` : ""}${f.suggestions.length ? ` Try: ${f.suggestions.map((s) => `"${escapeMarkdown(s)}"`).join(" or ")}` : ""}`,
                  )
                  .join("\n") || "No concerns found."
              }`,
          ),
        ].join("\n\n"),
      ),
    ].join("\n\n");
    return {
      html,
      css: ".st-lint-reason{display:block;color:#555;font-size:.95em}mark.st-lint{background:#fde2e1;border-bottom:2px solid #c0392b}mark.st-lint-positive{background:#e0f3e4;border-bottom-color:#2e7d32}",
      markdown,
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
    };
  },
};
