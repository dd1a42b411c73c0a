import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratch } from "../scratch.js";
import { brokenCensus, brokenUtf8Csv, caseList, filledRound, latin1CaseList, roundJson, zipBomb } from "./inputs.js";

/**
 * The hostile-input suite: one row a case, each run as a user would run `st` on a folder of files.
 * Every case must end with exit 1 or 2, say what is wrong in one paragraph (never "internal error",
 * never a stack trace), leave every file it was given as it was, write nothing it was not asked to,
 * and print no figure when it could not read its data. To add a case, add a row.
 */
interface HostileCase {
  /** What the case tries. */
  name: string;
  /** The files in the working folder before the run: name to content (a folder when the content is `null`). */
  files?: Record<string, string | Uint8Array | null | (() => Promise<Uint8Array> | Uint8Array | string)>;
  /** The arguments after `st`. */
  args: string[];
  stdin?: string;
  /** The exit code wanted. */
  exit: 1 | 2;
  /** What the message on stderr must say. */
  says: RegExp;
  /** Skip when true (e.g. a permission case run as root, who may read anything). */
  skip?: boolean;
  /** Set up the folder further before the run (e.g. take a permission away). */
  before?: (dir: string) => void;
}

const period = ["--from", "2024-04-01", "--to", "2024-06-30"];
const start = ["review", "start", "--cases", "cases.csv", ...period, "--borough", "Hackney", "--id", "h-1"];
const asRoot = process.getuid?.() === 0;

const cases: HostileCase[] = [
  // Outputs that never destroy.
  {
    name: "review start over a round reviewers filled in",
    files: { "cases.csv": caseList, "round.json": filledRound },
    args: [...start, "--out", "round.json"],
    exit: 2,
    says: /round\.json already exists; pass --force to replace it/,
  },
  {
    name: "review start writing over its own case list, even with --force",
    files: { "cases.csv": caseList },
    args: [...start, "--out", "cases.csv", "--force"],
    exit: 2,
    says: /would overwrite the input cases\.csv/,
  },
  {
    name: "complaints template over a filled workbook",
    files: { "filled.xlsx": "a workbook with a quarter's complaints in it" },
    args: ["complaints", "template", "--out", "filled.xlsx"],
    exit: 2,
    says: /filled\.xlsx already exists/,
  },
  {
    name: "checklist template writing a workbook under a Markdown name",
    files: { "notes.md": "# my notes" },
    args: ["checklist", "template", "--out", "notes.md", "--force"],
    exit: 2,
    says: /--out must name an \.xlsx file; found "notes\.md"/,
  },
  {
    name: "demo into a folder of the user's own files",
    files: { "mine/letter.docx": "the user's letter", "mine/index.html": "the user's page" },
    args: ["demo", "--out", "mine", "--force"],
    exit: 2,
    says: /holds files st did not write \(index\.html, letter\.docx\)/,
  },
  {
    name: "indicators report into a non-empty folder",
    files: { "board/minutes.txt": "minutes" },
    args: ["indicators", "report", "--out", "board"],
    exit: 2,
    says: /the folder board is not empty/,
  },
  {
    name: "an --out in a folder that does not exist",
    files: { "cases.csv": caseList },
    args: [...start, "--out", "no-such-folder/round.json"],
    exit: 2,
    says: /the folder .*no-such-folder does not exist/,
  },
  {
    name: "an --out under a file (ENOTDIR)",
    files: { "cases.csv": caseList },
    args: [...start, "--out", "cases.csv/round.json"],
    exit: 2,
    says: /cannot write cases\.csv\/round\.json: a part of the path is a file, not a folder/,
  },
  {
    name: "an --out in a folder st may not write",
    files: { "cases.csv": caseList, locked: null },
    before: (dir) => chmodSync(join(dir, "locked"), 0o500),
    args: [...start, "--out", "locked/round.json"],
    exit: 2,
    says: /cannot write locked\/round\.json: permission denied/,
    skip: asRoot,
  },
  // Report folders: round ids as file names, one round once.
  {
    name: "review report with a round id that would replace index.html",
    files: { "r.json": roundJson((r) => Object.assign(r, { id: "index" })) },
    args: ["review", "report", "r.json", "--out", "out"],
    exit: 2,
    says: /round id "index" would be written as index\.html, a name the report keeps for its own pages/,
  },
  {
    name: "review report with a round id that would replace a series page",
    files: { "r.json": roundJson((r) => Object.assign(r, { id: "Series-E09000012" })) },
    args: ["review", "report", "r.json", "--out", "out"],
    exit: 2,
    says: /would be written as Series-E09000012\.html/,
  },
  {
    name: "review report given the same round twice, as a series",
    files: { "a.json": filledRound, "b.json": filledRound },
    args: ["review", "report", "a.json", "b.json", "--out", "out"],
    exit: 2,
    says: /is given more than once/,
  },
  // Input decoding.
  {
    name: "a case list in Latin-1, read as UTF-8",
    files: { "cases.csv": latin1CaseList },
    args: ["review", "sample", "--cases", "cases.csv", ...period],
    exit: 2,
    says: /cases\.csv: byte \d+ \(line 6, 0xE9\) is not UTF-8.*--encoding latin1/,
  },
  {
    name: "complaint records with bytes that are no text",
    files: { "c.csv": brokenUtf8Csv },
    args: ["complaints", "validate", "c.csv"],
    exit: 2,
    says: /c\.csv: byte 37 \(line 3, 0xFF\) is not UTF-8/,
  },
  {
    name: "an XML declaration naming an encoding no one can decode",
    files: { "cases.csv": '<?xml version="1.0" encoding="x-klingon"?><a/>' },
    args: ["review", "sample", "--cases", "cases.csv", ...period],
    exit: 2,
    says: /names an encoding st cannot decode \("x-klingon"\)/,
  },
  // Limits.
  {
    name: "a zip bomb named .xlsx",
    files: { "c.xlsx": () => zipBomb(300) },
    args: ["complaints", "validate", "c.xlsx"],
    exit: 2,
    says: /over the limit of 250\.0 MB unzipped \(found 300\.0 MB unzipped\); if you trust the file, raise the limit with --max-unzipped-mb/,
  },
  {
    name: "a workbook over the file-size limit given",
    files: { "c.xlsx": () => zipBomb(2) },
    args: ["--max-file-mb", "0.001", "complaints", "validate", "c.xlsx"],
    exit: 2,
    says: /over the limit of 1\.0 KB \(found \d\.\d KB\).*raise the limit with --max-file-mb/,
  },
  {
    name: "JSON Lines with a broken line",
    files: { "c.jsonl": '{"schemaVersion":1}\n{"schemaVersion":\n' },
    args: ["complaints", "validate", "c.jsonl"],
    exit: 2,
    says: /c\.jsonl: line 2 is not valid JSON/,
  },
  // Paths and the command line.
  {
    name: "an input that does not exist",
    args: ["complaints", "validate", "missing.csv"],
    exit: 2,
    says: /cannot read missing\.csv: no such file or folder/,
  },
  {
    name: "an input that is a folder",
    files: { "records.json": null },
    args: ["complaints", "validate", "records.json"],
    exit: 2,
    says: /cannot read records\.json: it is a folder/,
  },
  {
    name: "a census file that breaks off: line and column, said once",
    files: { "cin.xml": brokenCensus },
    args: ["indicators", "compute", "--cin", "cin.xml", "--format", "json"],
    exit: 2,
    says: /^st indicators compute: 1 problem in cin\.xml:\n {2}- line 3, column 20: "XML": unexpected close tag/,
  },
  {
    name: "an --encoding no one knows",
    args: ["--encoding", "ebcdic", "review", "frame"],
    exit: 2,
    says: /--encoding must be utf-8 or latin1; found "ebcdic"/,
  },
];

/** Every file under `dir` with its bytes, to compare before and after a run. */
function snapshot(dir: string, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      found.set(`${path}/`, "");
      if (existsSync(join(dir, path)) && (entry.name !== "locked" || asRoot)) {
        for (const [p, c] of snapshot(dir, path)) found.set(p, c);
      }
    } else found.set(path, readFileSync(join(dir, path)).toString("base64"));
  }
  return found;
}

describe("hostile inputs", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    if (c.skip) return;
    const space = scratch("st-hostile-");
    for (const [name, content] of Object.entries(c.files ?? {})) {
      if (name.includes("/")) mkdirSync(join(space.dir, name, ".."), { recursive: true });
      if (content === null) mkdirSync(join(space.dir, name));
      else space.file(name, typeof content === "function" ? await content() : content);
    }
    c.before?.(space.dir);
    const before = snapshot(space.dir);
    const run = await space.st(c.args, c.stdin);
    chmodSync(space.dir, 0o700);
    for (const name of readdirSync(space.dir)) chmodSync(join(space.dir, name), 0o700);
    expect(run.code, run.err).toBe(c.exit);
    expect(run.err).toMatch(c.says);
    expect(run.err).not.toMatch(/internal error|This is a bug|^\s+at /m);
    // One paragraph: no blank line inside the message.
    expect(run.err.trim()).not.toMatch(/\n\s*\n/);
    // Nothing overwritten, nothing left behind (temporary files included).
    expect(snapshot(space.dir)).toEqual(before);
    // No figure from data that was not read.
    if (c.exit === 2) expect(run.out).toBe("");
  });
});

describe("hostile text in Markdown reports", () => {
  const hostileText = "<script>alert(1)</script> [x](javascript:alert(1)) a|b `code`";

  it("review report: a case id, round id and free text are text, not markup", async () => {
    const space = scratch("st-hostile-md-");
    space.file(
      "r.json",
      roundJson((r) => {
        r.id = "h|`1`<b>";
        r.cases[0]!.caseId = hostileText;
        r.cases[0]!.consultationImpact = hostileText;
      }),
    );
    const run = await space.st(["review", "report", "r.json", "--out", "out"]);
    expect(run.code, run.err).toBe(0);
    const [md] = readdirSync(join(space.dir, "out")).filter((f) => f.endsWith(".md"));
    expect(md).toBe("h-1-b.md");
    const text = readFileSync(join(space.dir, "out", md!), "utf8");
    expect(text).toContain("\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) a\\|b \\`code\\`");
    // Nothing unescaped: no tag, no link, no code span.
    expect(text).not.toMatch(/(?<!\\)<script|(?<!\\)\]\(javascript:|(?<!\\)`code/);
  });

  it("indicators report: a title, a borough's notes and a caveat are text, not markup", async () => {
    const space = scratch("st-hostile-md-");
    space.file(
      "figures.json",
      JSON.stringify({
        definition: "2023",
        series: [{ borough: "E09000012", indicator: "da-referral-on-intake", quarter: "2023-Q3", value: 3 }],
        notes: [hostileText],
      }),
    );
    const run = await space.st([
      "indicators",
      "report",
      "--data",
      "figures.json",
      "--out",
      "out",
      "--title",
      hostileText,
    ]);
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(join(space.dir, "out", "report.md"), "utf8");
    expect(text).toContain("# \\<script\\>alert(1)\\</script\\>");
    expect(text).not.toMatch(/(?<!\\)<script|(?<!\\)\]\(javascript:/);
  });
});

describe("input decoding that works", () => {
  it("--encoding latin1 reads the Latin-1 case list, keeping Zoé's id", async () => {
    const space = scratch("st-hostile-latin1-");
    space.file("cases.csv", latin1CaseList());
    const run = await space.st(["--encoding", "latin1", "review", "sample", "--cases", "cases.csv", ...period]);
    expect(run.code, run.err).toBeLessThan(2);
    expect(run.out).toContain("Zoé");
  });

  it("a UTF-16 case list with its byte-order mark is read as the same list", async () => {
    const space = scratch("st-hostile-utf16-");
    space.file("utf8.csv", caseList);
    space.file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(caseList, "utf16le")]));
    const args = ["review", "sample", ...period, "--format", "json", "--cases"];
    const utf8 = await space.st([...args, "utf8.csv"]);
    const utf16 = await space.st([...args, "utf16.csv"]);
    expect(utf16.err).toBe(utf8.err);
    expect(utf16.out).toBe(utf8.out);
  });
});

describe("a reader that goes away", () => {
  it("stops quietly on EPIPE, with the exit code so far, and rethrows anything else", async () => {
    const { EventEmitter } = await import("node:events");
    const { exitQuietlyOnBrokenPipe } = await import("../../src/io.js");
    const stream = new EventEmitter();
    const exits: number[] = [];
    exitQuietlyOnBrokenPipe(stream, (code) => exits.push(code));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([0]);
    expect(() => stream.emit("error", Object.assign(new Error("boom"), { code: "EIO" }))).toThrow("boom");
  });
});
