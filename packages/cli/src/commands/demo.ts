import { escapeHtml, htmlTable, implementationStageOf, partnershipBoroughs } from "@st/core";
import { type Command, ExitCode, parseOptions } from "../command.js";
import { progress } from "../io.js";
import { writeOutputFolder } from "../output.js";
import { page } from "../report/html.js";
import { reportSections } from "../report/sections.js";
import { summaries } from "./summaries.js";

/** `st demo`: the partnership report from the embedded demo data. */
export const demo: Command = {
  name: "demo",
  summary: summaries.demo,
  help: `
st demo [--out DIR] [--force]

Runs every tool on the embedded demo data (synthetic people only) and writes a report folder:
an index.html linking one page a tool, with Markdown and JSON beside each page, and in data/ the
synthetic extracts a page computes from (to try \`st indicators compute\` on). Prints the path of
the index page.

The folder is written whole or not at all: st builds it beside the output and swaps it into place.
Running st demo again replaces the report it wrote before (it is recognised by its
.st-output.json file); a folder holding any file st did not write is refused and left alone.

Options:
  --out DIR   where to write the report (default: ./st-report)
  --force     replace a report another st command wrote in DIR
`,
  async run(args, io) {
    const { values } = parseOptions(args, { out: { type: "string" }, force: { type: "boolean" } }, false);
    const out = await writeOutputFolder(
      values.out ?? "st-report",
      io,
      "st demo",
      async (folder) => {
        const links: string[] = [];
        for (const [i, section] of reportSections.entries()) {
          progress(io, `[${i + 1}/${reportSections.length}] ${section.title}`);
          const content = await section.build();
          await folder.write(
            `${section.id}.html`,
            page(section.title, content.html, { home: "index.html", css: content.css }),
          );
          await folder.write(`${section.id}.md`, `# ${section.title}\n\n${content.markdown.trim()}\n`);
          await folder.write(`${section.id}.json`, `${JSON.stringify(content.json, null, 2)}\n`);
          for (const file of content.files ?? []) await folder.write(file.path, file.content);
          links.push(
            `<li><a href="${section.id}.html">${escapeHtml(section.title)}</a> <small>(<a href="${section.id}.md">Markdown</a>, <a href="${section.id}.json">JSON</a>)</small><br>${escapeHtml(section.summary)}</li>`,
          );
        }
        const intro =
          "<p>What the Safe &amp; Together London Partnership's shared tools show when run on the embedded demo data. " +
          "Every person and case in it is synthetic; published figures are shown as the boroughs published them.</p>";
        const boroughs = htmlTable(
          ["Borough", "GSS code", "Joined the partnership", "Stage of implementation"],
          partnershipBoroughs.map((b) => [
            b.name,
            b.code,
            String(b.partnershipJoined),
            implementationStageOf(b.code)?.label ?? "",
          ]),
        );
        await folder.write(
          "index.html",
          page(
            "Partnership report",
            `${intro}<h2>Sections</h2><ul>${links.join("\n")}</ul><h2>The boroughs</h2>${boroughs}`,
          ),
        );
      },
      // Its own earlier report (./st-report by default) is replaced, so `npm start` runs twice in a row.
      { force: values.force, replaceOwn: true },
    );
    io.stdout(`${out}/index.html\n`);
    return ExitCode.ok;
  },
};
