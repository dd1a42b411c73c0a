import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { publishedPartnershipActivity } from "@st/indicators";
import { type Command, ExitCode, parseOptions } from "../command.js";
import { type Io, progress } from "../io.js";
import { censusExtractBlock } from "../report/census-extract.js";
import { patternMapSection } from "../report/pattern-map.js";
import { sectionFromBlocks, underHeading } from "../report/section-content.js";
import { demoIllustrations } from "../report/sections.js";
import { buildCommand, demoReturns } from "../returns/demo-returns.js";
import { reportFromReturns } from "../returns/report-from-returns.js";
import { buildReturnCommand } from "./return.js";
import { summaries } from "./summaries.js";

/** `st demo`: the partnership report from returns built from the embedded demo data. */
export const demo: Command = {
  name: "demo",
  summary: summaries.demo,
  help: `
st demo [--out DIR] [--force]

Runs the partnership's main job on the embedded demo data (synthetic people only): writes each
borough's synthetic files to data/boroughs/, builds every borough's quarterly return from them
exactly as \`st return build\` does (into returns/), then merges the returns into the report
exactly as \`st report --returns\` does: an index.html with the coverage table, linking one page a
section, with Markdown and JSON beside each page. Prints the path of the index page.

The folder is written whole or not at all: st builds it beside the output and swaps it into place.
Running st demo again replaces the report it wrote before (it is recognised by its
.st-output.json file); a folder holding any file st did not write is refused and left alone.

Options:
  --out DIR   where to write the report (default: ./st-report)
  --force     replace a report another st command wrote in DIR
`,
  async run(args, io) {
    const { values } = parseOptions(args, { out: { type: "string" }, force: { type: "boolean" } }, false);
    const { files, builds } = demoReturns();
    // The borough files and their returns are made in a private working folder first, exactly as a
    // borough would make them; the report folder is then written whole (see writeOutputFolder).
    const work = await mkdtemp(join(tmpdir(), "st-demo-"));
    try {
      for (const file of files) {
        await mkdir(dirname(join(work, file.path)), { recursive: true });
        await writeFile(join(work, file.path), file.content);
      }
      await mkdir(join(work, "returns"));
      const quiet: Io = { ...io, cwd: work, stdout: () => {}, stderr: () => {} };
      for (const [i, build] of builds.entries()) {
        progress(io, `[${i + 1}/${builds.length}] building ${build.out}`);
        const code = await buildReturnCommand.run!(buildCommand(build).slice(2), quiet);
        if (code !== ExitCode.ok) return code;
      }
      const returnFiles = await Promise.all(
        (await readdir(join(work, "returns"))).sort().map(async (name) => ({
          path: `returns/${name}`,
          content: await readFile(join(work, "returns", name), "utf8"),
        })),
      );
      return await report(join(work, "returns"), [...files, ...returnFiles], values, io);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

async function report(
  returns: string,
  files: readonly { path: string; content: string }[],
  values: { out?: string | undefined; force?: boolean | undefined },
  io: Io,
): Promise<ExitCode> {
  const census = await censusExtractBlock();
  // Placed under a heading of the page it illustrates, so a reader knows these are not the returns' figures.
  const illustration = async (section: (typeof demoIllustrations)[keyof typeof demoIllustrations]) => {
    const content = await section.build();
    const heading = "From the synthetic records behind these returns (demo only)";
    return sectionFromBlocks(underHeading(heading, content.blocks), { json: { fromRecords: content.json } });
  };
  const result = await reportFromReturns(returns, values.out ?? "st-report", io, {
    command: "st demo",
    force: values.force,
    // Its own earlier report (./st-report by default) is replaced, so `npm start` runs twice in a row.
    replaceOwn: true,
    files,
    pages: [patternMapSection],
    // The evaluation's own activity figures, beside the indicators the boroughs published.
    activity: publishedPartnershipActivity(),
    intro:
      "<p>What the Safe &amp; Together London Partnership's shared tools show when run on the embedded demo data: each borough's synthetic files (in data/boroughs/) built into quarterly returns (in returns/), merged into this report. Every person and case in them is synthetic; the indicators are as the boroughs published them. Small numbers are withheld, as they would be in the boroughs' real returns.</p>",
    appendices: {
      indicators: { ...census, json: { computedFromRecords: census.json } },
      "learning-review": await illustration(demoIllustrations["learning-review"]),
      language: await illustration(demoIllustrations.language),
    },
  });
  if (result.index) io.stdout(`${result.index}\n`);
  return result.code;
}
