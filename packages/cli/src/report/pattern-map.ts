import { formQuestions } from "@st/core/forms";
import { escapeHtml } from "@st/core/report";
import { patternMapForm, patternMapHtml, patternMapMarkdown, patternMapRows } from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import { writeCsv } from "@st/workbook";
import type { ReportSection } from "./sections.js";

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
    const html = [
      `<p>The map puts the perpetrator&#39;s whole pattern of behaviour in view, not only the latest incident, and traces how it harms each child through more than one pathway, beside what the non-abusive parent has done to protect them and every attempt to engage the perpetrator and invite change. Each entry has an id (B1, I1, P1, E1) that plans, supervision notes and court statements can cite.</p>`,
      `<p class="caveat">${escapeHtml(caveat)}</p>`,
      patternMapHtml(map),
      `<p class="muted">The same map as workbook rows, one an entry: <a href="data/pattern-map.csv">data/pattern-map.csv</a> (${rows.length} rows, ${formQuestions(patternMapForm).length} columns); <code>writeTemplate(patternMapForm)</code> in <code>@st/workbook</code> writes the empty template.</p>`,
    ].join("\n");
    return {
      html,
      markdown: `${patternMapMarkdown(map).replace(/^# .*\n+/, "")}\n> ${caveat}\n`,
      json: { caveat, map },
      files: [{ path: "data/pattern-map.csv", content: writeCsv(patternMapForm, rows) }],
    };
  },
};
