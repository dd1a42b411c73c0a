import { formatQuarter } from "@st/core/calendar";
import { getLondonLocalAuthority } from "@st/core/places";
import type { ReportBlock } from "@st/core/report";
import { type CareEpisode, computeIndicators, DA_FACTOR_CODES, indicatorSets, tableDimensions } from "@st/indicators";
import { censusXmlChunks, syntheticCareEpisodes, syntheticChildren } from "@st/indicators/demo";
import { type SectionContent, sectionFromBlocks } from "./section-content.js";

/**
 * The synthetic Children in Need census extract of the demo: one borough, one census year, small
 * enough that the demo stays fast, computed exactly as `st indicators compute` computes it from the
 * files the demo writes beside the report (so an analyst can check one against the other).
 */
export const CENSUS_EXTRACT = {
  borough: "E09000012",
  laNumber: 204,
  referenceDate: "2025-03-31",
  children: 600,
  seed: 2025,
  referralIssueElement: "ReferralIssue",
  cinFile: "data/cin-census-synthetic-hackney-2024-25.xml",
  episodesFile: "data/ssda903-episodes-synthetic-hackney-2024-25.csv",
} as const;

/** The values the CLI takes to mean DA when a referral-issue source is given: the same here. */
const DA_VALUES = ["DA", "DV", "Domestic abuse", "Domestic violence"];

/** The command that computes the same figures from the files the demo writes, run in the report folder. */
export const CENSUS_EXTRACT_COMMAND = `st indicators compute --cin ${CENSUS_EXTRACT.cinFile} --episodes ${CENSUS_EXTRACT.episodesFile} --referral-issue-field ${CENSUS_EXTRACT.referralIssueElement} --format md`;

/** A file the demo writes beside the report pages, relative to the report folder. */
export interface ReportFile {
  /** Path relative to the report folder, with `/` separators. */
  path: string;
  /** The file's text. */
  content: string;
}

function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The SSDA903 episodes as returned (`dd/mm/yyyy` dates), for `--episodes`. */
function episodesCsv(episodes: readonly CareEpisode[]): string {
  const rows = episodes.map((e) =>
    [e.childId, dmy(e.startDate), e.reasonForNewEpisode, e.legalStatus ?? "", e.categoryOfNeed ?? ""].join(","),
  );
  return `CHILD,DECOM,RNE,LS,CIN\n${rows.join("\n")}\n`;
}

/** The census extract's part of the indicators page, and the files to write beside it. */
export async function censusExtractBlock(): Promise<SectionContent> {
  const options = {
    children: CENSUS_EXTRACT.children,
    referenceDate: CENSUS_EXTRACT.referenceDate,
    seed: CENSUS_EXTRACT.seed,
    idPrefix: "HK",
    referralIssues: true,
  };
  const xml = [
    ...censusXmlChunks(
      { referenceDate: CENSUS_EXTRACT.referenceDate, laNumber: CENSUS_EXTRACT.laNumber, year: "2025" },
      syntheticChildren(options),
      { referralIssueElement: CENSUS_EXTRACT.referralIssueElement },
    ),
  ].join("");
  const episodes = [...syntheticCareEpisodes(options)];
  const csv = episodesCsv(episodes);
  const { table: computed } = await computeIndicators(
    [{ source: xml, fileName: CENSUS_EXTRACT.cinFile.slice("data/".length) }],
    {
      careEpisodes: episodes,
      da: {
        factors: DA_FACTOR_CODES,
        referralIssue: { field: CENSUS_EXTRACT.referralIssueElement, daValues: DA_VALUES },
      },
    },
  );

  const borough = getLondonLocalAuthority(CENSUS_EXTRACT.borough).name;
  const dims = tableDimensions(computed);
  const period = `${formatQuarter(dims.quarters[0]!, "short")} to ${formatQuarter(dims.quarters.at(-1)!, "short")}`;
  const labels = new Map(indicatorSets["2023"].indicators.map((i) => [i.id, i.shortLabel]));
  const head = ["Indicator", ...dims.quarters.map((q) => formatQuarter(q, "short")), "Year (sum of quarters)"];
  const rows = dims.indicators.map((indicator) => {
    const values = dims.quarters.map(
      (q) => computed.series.find((p) => p.indicator === indicator && p.quarter === q)?.value ?? null,
    );
    const known = values.filter((v): v is number => v !== null);
    return [labels.get(indicator) ?? indicator, ...values, known.length ? known.reduce((a, b) => a + b, 0) : null];
  });
  const caveats = (computed.caveats ?? []).map((c) => c.text);
  const notes = computed.notes.filter((n) => !n.startsWith("Caveat: "));
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 2, text: `Computed from record-level data (synthetic): ${borough}` },
    {
      kind: "paragraph",
      text: [
        `A Children in Need census extract for ${borough}, census year to ${CENSUS_EXTRACT.referenceDate} (${CENSUS_EXTRACT.children} invented children, seed ${CENSUS_EXTRACT.seed}), with an SSDA903 episodes extract (${episodes.length} children starting care) and the borough's own referral issue recorded on each referral. These are not ${borough}'s figures: they show what `,
        { text: "st indicators compute", style: "code" },
        ` does with a borough's own files, ${period}.`,
      ],
    },
    { kind: "table", head, rows },
    ...(caveats.length ? [{ kind: "caution", title: "Read these figures with care", lines: caveats } as const] : []),
    { kind: "heading", level: 3, text: "Run notes" },
    { kind: "list", items: notes },
    { kind: "heading", level: 3, text: "Try it" },
    {
      kind: "paragraph",
      text: "The files are in the report's data folder. To compute the same figures yourself, run this in the report folder:",
    },
    { kind: "code", text: CENSUS_EXTRACT_COMMAND },
    {
      kind: "paragraph",
      text: [
        { text: "The census extract (XML)", href: CENSUS_EXTRACT.cinFile },
        " · ",
        { text: "The episodes extract (CSV)", href: CENSUS_EXTRACT.episodesFile },
      ],
    },
  ];
  return sectionFromBlocks(blocks, {
    json: {
      command: CENSUS_EXTRACT_COMMAND,
      files: [CENSUS_EXTRACT.cinFile, CENSUS_EXTRACT.episodesFile],
      table: computed,
    },
    files: [
      { path: CENSUS_EXTRACT.cinFile, content: xml },
      { path: CENSUS_EXTRACT.episodesFile, content: csv },
    ],
  });
}
