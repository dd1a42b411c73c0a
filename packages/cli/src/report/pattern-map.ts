import { formQuestions } from "@st/core/forms";
import { patternMapForm, patternMapHtml, patternMapMarkdown, patternMapRows } from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import { writeCsv } from "@st/workbook";
import { type ReportSection, sectionFromBlocks } from "./section-content.js";

/** One synthetic perpetrator pattern map, as it would sit in a case file. */
export const patternMapSection: ReportSection = {
  id: "pattern-map",
  title: "Perpetrator pattern map: an example",
  summary:
    "One synthetic case mapped the Safe & Together way: the perpetrator's behaviours with dates and sources, the impact on each child by pathway, the mother's protective efforts and the engagement with the perpetrator.",
  async build() {
    const map = demoPatternMap();
    const caveat =
      "An invented case: every person, date and event is synthetic. The map records what is known and where it comes from; it is not a risk score.";
    const rows = patternMapRows(map);
    const before = await sectionFromBlocks(
      [
        {
          kind: "paragraph",
          text: "The map puts the perpetrator's whole pattern of behaviour in view, not only the latest incident, and traces how it harms each child through more than one pathway, beside what the non-abusive parent has done to protect them and every attempt to engage the perpetrator and invite change. Each entry has an id (B1, I1, P1, E1) that plans, supervision notes and court statements can cite.",
        },
        { kind: "caution", title: "Read with care", lines: [caveat] },
      ],
      { json: {} },
    );
    const after = await sectionFromBlocks(
      [
        {
          kind: "paragraph",
          text: [
            "The same map as workbook rows, one an entry: ",
            { text: "data/pattern-map.csv", href: "data/pattern-map.csv" },
            ` (${rows.length} rows, ${formQuestions(patternMapForm).length} columns); `,
            { text: "writeTemplate(patternMapForm)", style: "code" },
            " in ",
            { text: "@st/workbook", style: "code" },
            " writes the empty template.",
          ],
        },
      ],
      { json: {} },
    );
    // The map itself is @st/pattern-map's own rendering, placed between this page's blocks.
    return {
      html: [before.html, patternMapHtml(map), after.html].join("\n"),
      markdown: [
        before.markdown,
        patternMapMarkdown(map)
          .replace(/^# .*\n+/, "")
          .trim(),
        after.markdown,
      ].join("\n\n"),
      json: { caveat, map },
      files: [{ path: "data/pattern-map.csv", content: writeCsv(patternMapForm, rows) }],
    };
  },
};
