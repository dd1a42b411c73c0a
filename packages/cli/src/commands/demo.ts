import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { escapeHtml, htmlTable, implementationStageOf, partnershipBoroughs } from "@st/core";
import { type Command, ExitCode, parseOptions } from "../command.js";
import { progress, resolvePath } from "../io.js";
import { page } from "../report/html.js";
import { reportSections } from "../report/sections.js";

/** `st demo`: the partnership report from the embedded demo data. */
export const demo: Command = {
  name: "demo",
  summary: "write the partnership report from the embedded demo data",
  help: `
st demo [--out DIR]

Runs every tool on the embedded demo data (synthetic people only) and writes a report folder:
an index.html linking one page a tool, with Markdown and JSON beside each page, and in data/ the
synthetic extracts a page computes from (to try \`st indicators compute\` on). Prints the path of
the index page.

Options:
  --out DIR   where to write the report (default: ./st-report)
`,
  async run(args, io) {
    const { values } = parseOptions(args, { out: { type: "string" } }, false);
    const out = resolvePath(values.out ?? "st-report", io);
    await mkdir(out, { recursive: true });
    const links: string[] = [];
    for (const [i, section] of reportSections.entries()) {
      progress(io, `[${i + 1}/${reportSections.length}] ${section.title}`);
      const content = await section.build();
      await writeFile(
        `${out}/${section.id}.html`,
        page(section.title, content.html, { home: "index.html", css: content.css }),
      );
      await writeFile(`${out}/${section.id}.md`, `# ${section.title}\n\n${content.markdown.trim()}\n`);
      await writeFile(`${out}/${section.id}.json`, `${JSON.stringify(content.json, null, 2)}\n`);
      for (const file of content.files ?? []) {
        await mkdir(dirname(`${out}/${file.path}`), { recursive: true });
        await writeFile(`${out}/${file.path}`, file.content);
      }
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
    await writeFile(
      `${out}/index.html`,
      page(
        "Partnership report",
        `${intro}<h2>Sections</h2><ul>${links.join("\n")}</ul><h2>The boroughs</h2>${boroughs}`,
      ),
    );
    io.stdout(`${out}/index.html\n`);
    return ExitCode.ok;
  },
};
