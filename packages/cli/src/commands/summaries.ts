/**
 * Each command's line in `st --help`. Kept apart from the commands themselves so that `st --help`
 * lists them without loading any command's module (and the libraries it imports).
 */
export const summaries = {
  demo: "write the partnership report from the embedded demo data",
  lint: "find mutualising, victim-blaming, minimising and perpetrator-hiding language in case notes",
  complaints:
    "the complaints proforma: validate records, due dates, the workbook, the monitoring summary, text detection",
  indicators: "the partnership's CSC indicators: import published returns, compute from census data, report",
  checklist: "the S&T practice checklist: show, validate, diff, summarise, score, prompts",
  review: "learning reviews: draw the sample, check the records, summarise and report",
  return: "build and check a borough's quarterly partnership return",
  report: "merge boroughs' quarterly returns into the partnership report",
} as const;
