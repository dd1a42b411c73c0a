import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { type Command, ExitCode, parseOptions } from "../command.js";
import { type Io, progress, resolvePath } from "../io.js";
import { censusExtractBlock } from "../report/census-extract.js";
import { demoIllustrations } from "../report/sections.js";
import { buildCommand, demoReturns } from "../returns/demo-returns.js";
import { reportFromReturns } from "../returns/report-from-returns.js";
import { buildReturnCommand } from "./return.js";

const RETURN_FILE = /^[EW]\d{8}-\d{4}-Q[1-4]-v\d+\.json$/;

/** `st demo`: the partnership report from returns built from the embedded demo data. */
export const demo: Command = {
  name: "demo",
  summary: "write the partnership report from the embedded demo data",
  help: `
st demo [--out DIR]

Runs the partnership's main job on the embedded demo data (synthetic people only): writes each
borough's synthetic files to data/boroughs/, builds every borough's quarterly return from them
exactly as \`st return build\` does (into returns/), then merges the returns into the report
exactly as \`st report --returns\` does: an index.html with the coverage table, linking one page a
section, with Markdown and JSON beside each page. Prints the path of the index page.

Options:
  --out DIR   where to write the report (default: ./st-report)
`,
  async run(args, io) {
    const { values } = parseOptions(args, { out: { type: "string" } }, false);
    const out = resolvePath(values.out ?? "st-report", io);
    const { files, builds } = demoReturns();
    for (const file of files) {
      await mkdir(dirname(`${out}/${file.path}`), { recursive: true });
      await writeFile(`${out}/${file.path}`, file.content);
    }
    // The returns folder is the demo's own: clear the returns an earlier run wrote, so none is merged twice.
    await mkdir(`${out}/returns`, { recursive: true });
    for (const name of await readdir(`${out}/returns`)) if (RETURN_FILE.test(name)) await rm(`${out}/returns/${name}`);
    const quiet: Io = { ...io, cwd: out, stdout: () => {}, stderr: () => {} };
    for (const [i, build] of builds.entries()) {
      progress(io, `[${i + 1}/${builds.length}] building ${build.out}`);
      const code = await buildReturnCommand.run!(buildCommand(build).slice(2), quiet);
      if (code !== ExitCode.ok) return code;
    }
    const census = await censusExtractBlock();
    const illustration = async (section: (typeof demoIllustrations)[keyof typeof demoIllustrations]) => {
      const content = await section.build();
      const heading = "From the synthetic records behind these returns (demo only)";
      return {
        ...content,
        html: `<section aria-labelledby="records"><h2 id="records">${heading}</h2>\n${content.html}</section>`,
        markdown: `## ${heading}\n\n${content.markdown.replace(/^(#{2,5}) /gm, "#$1 ")}`,
        json: { fromRecords: content.json },
      };
    };
    const result = await reportFromReturns(`${out}/returns`, out, io, {
      command: "st demo",
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
  },
};
