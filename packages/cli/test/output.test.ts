import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/io.js";
import { OUTPUT_MARKER, writeOutputFile, writeOutputFolder } from "../src/output.js";
import { memoryIo } from "./memory-io.js";
import { scratch } from "./scratch.js";

const files = (dir: string) => readdirSync(dir).sort();

describe("writeOutputFile", () => {
  it("refuses an existing file unless forced, and replaces it whole when forced", async () => {
    const s = scratch("st-out-file-");
    const io = memoryIo("", s.dir);
    s.file("r.json", "filled in by reviewers");
    await expect(writeOutputFile("r.json", "empty", io)).rejects.toThrow(/r\.json already exists; pass --force/);
    expect(readFileSync(join(s.dir, "r.json"), "utf8")).toBe("filled in by reviewers");
    await writeOutputFile("r.json", "new", io, { force: true });
    expect(readFileSync(join(s.dir, "r.json"), "utf8")).toBe("new");
    expect(files(s.dir)).toEqual(["r.json"]);
  });

  it("never writes over an input, even with --force or through a link", async () => {
    const s = scratch("st-out-input-");
    const io = memoryIo("", s.dir);
    s.file("cases.csv", "caseId\n");
    symlinkSync(join(s.dir, "cases.csv"), join(s.dir, "alias.csv"));
    await expect(writeOutputFile("alias.csv", "x", io, { force: true, inputs: ["cases.csv"] })).rejects.toThrow(
      /would overwrite the input cases\.csv/,
    );
    expect(readFileSync(join(s.dir, "cases.csv"), "utf8")).toBe("caseId\n");
  });

  it("names a missing folder or a folder in the way as a user error", async () => {
    const s = scratch("st-out-missing-");
    const io = memoryIo("", s.dir);
    await expect(writeOutputFile("nowhere/r.json", "x", io)).rejects.toThrow(InputError);
    await expect(writeOutputFile("nowhere/r.json", "x", io)).rejects.toThrow(/the folder .*nowhere does not exist/);
    mkdirSync(join(s.dir, "d"));
    await expect(writeOutputFile("d", "x", io, { force: true })).rejects.toThrow(/cannot write d: it is a folder/);
  });

  it("refuses a name with the wrong extension before writing anything", async () => {
    const s = scratch("st-out-ext-");
    s.file("notes.md", "# my notes");
    await expect(
      writeOutputFile("notes.md", new Uint8Array([1]), memoryIo("", s.dir), { force: true, extension: "xlsx" }),
    ).rejects.toThrow(/must name an \.xlsx file/);
    expect(readFileSync(join(s.dir, "notes.md"), "utf8")).toBe("# my notes");
  });
});

describe("writeOutputFolder", () => {
  const build =
    (names: string[], failAfter?: number) => async (folder: { write(p: string, c: string): Promise<void> }) => {
      for (const [i, name] of names.entries()) {
        if (i === failAfter) throw new Error("disk trouble part-way");
        await folder.write(name, name);
      }
    };

  it("writes a new folder with a marker naming the files", async () => {
    const s = scratch("st-out-dir-");
    const out = await writeOutputFolder("report", memoryIo("", s.dir), "st test", build(["a.html", "charts/x.svg"]));
    expect(files(out)).toEqual([OUTPUT_MARKER, "a.html", "charts"]);
    expect(JSON.parse(readFileSync(join(out, OUTPUT_MARKER), "utf8"))).toEqual({
      writtenBy: "st test",
      files: ["a.html", "charts/x.svg"],
    });
    expect(files(s.dir)).toEqual(["report"]);
  });

  it("refuses a non-empty folder without --force, and one holding the user's files even with it", async () => {
    const s = scratch("st-out-user-");
    const io = memoryIo("", s.dir);
    s.file("mine.docx", "the user's");
    s.file("index.html", "the user's page");
    await expect(writeOutputFolder(".", io, "st test", build(["index.html"]))).rejects.toThrow(/is not empty/);
    await expect(writeOutputFolder(".", io, "st test", build(["index.html"]), { force: true })).rejects.toThrow(
      /holds files st did not write \(index\.html, mine\.docx\)/,
    );
    expect(readFileSync(join(s.dir, "index.html"), "utf8")).toBe("the user's page");
    expect(files(s.dir)).toEqual(["index.html", "mine.docx"]);
  });

  it("with --force replaces what the previous run wrote: no stale charts", async () => {
    const s = scratch("st-out-stale-");
    const io = memoryIo("", s.dir);
    await writeOutputFolder("r", io, "st test", build(["index.html", "charts/old.svg"]));
    await writeOutputFolder("r", io, "st test", build(["index.html", "charts/new.svg"]), { force: true });
    expect(files(join(s.dir, "r", "charts"))).toEqual(["new.svg"]);
    expect(files(s.dir)).toEqual(["r"]);
  });

  it("leaves the old folder as it was when the run fails part-way", async () => {
    const s = scratch("st-out-fail-");
    const io = memoryIo("", s.dir);
    await writeOutputFolder("r", io, "st test", build(["a", "b"]));
    await expect(writeOutputFolder("r", io, "st test", build(["a", "b", "c"], 2), { force: true })).rejects.toThrow(
      /part-way/,
    );
    expect(files(join(s.dir, "r"))).toEqual([OUTPUT_MARKER, "a", "b"]);
    expect(files(s.dir)).toEqual(["r"]);
  });

  it("two runs at once leave one run's files, never a mix", async () => {
    const s = scratch("st-out-race-");
    const io = memoryIo("", s.dir);
    const runs = ["one", "two", "three"].map((tag) =>
      writeOutputFolder(
        "r",
        io,
        "st test",
        async (folder) => {
          for (const n of ["a", "b", "c", "d"]) {
            await folder.write(n, tag);
            await new Promise((r) => setTimeout(r, 1));
          }
        },
        { force: true },
      ).catch((e: Error) => e),
    );
    await Promise.all(runs);
    const contents = ["a", "b", "c", "d"].map((n) => readFileSync(join(s.dir, "r", n), "utf8"));
    expect(new Set(contents).size).toBe(1);
    expect(files(s.dir)).toEqual(["r"]);
  });

  it("refuses a folder that holds one of the inputs", async () => {
    const s = scratch("st-out-holds-input-");
    const io = memoryIo("", s.dir);
    await writeOutputFolder("r", io, "st test", build(["indicators.json"]));
    await expect(
      writeOutputFolder("r", io, "st test", build(["indicators.json"]), { force: true, inputs: ["r/indicators.json"] }),
    ).rejects.toThrow(/would overwrite the input r\/indicators\.json/);
  });

  it("never writes a file outside the folder, and leaves nothing behind when asked to", async () => {
    const s = scratch("st-out-escape-");
    for (const name of ["../escaped", "a/../../escaped", "/etc/x", "a\\..\\x"]) {
      await expect(writeOutputFolder("r", memoryIo("", s.dir), "st test", build([name]))).rejects.toThrow(
        /outside the report folder/,
      );
    }
    expect(files(s.dir)).toEqual([]);
  });

  it("refuses a file where the folder should be", async () => {
    const s = scratch("st-out-file-in-way-");
    s.file("r", "a file");
    await expect(writeOutputFolder("r", memoryIo("", s.dir), "st test", build(["a"]))).rejects.toThrow(
      /cannot write the folder r: it is a file/,
    );
  });
});

describe("commands that write", () => {
  it("st demo runs twice in a row into its default folder, and refuses a folder of other files", async () => {
    const s = scratch("st-out-demo-");
    expect((await s.st(["demo"])).code).toBe(0);
    const first = files(join(s.dir, "st-report"));
    expect((await s.st(["demo"])).code).toBe(0);
    expect(files(join(s.dir, "st-report"))).toEqual(first);
    writeFileSync(join(s.dir, "st-report", "my-notes.txt"), "mine");
    const refused = await s.st(["demo"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/holds files st did not write \(my-notes\.txt\)/);
    expect(refused.err).not.toMatch(/internal error/);
    expect(existsSync(join(s.dir, "st-report", "my-notes.txt"))).toBe(true);
    // Three whole demos, about 5 s each alone; `npm test` runs every package's tests at once on
    // two cores, where they once took over 60 s.
  }, 240_000);

  it("st checklist template --out notes.md is refused and notes.md kept", async () => {
    const s = scratch("st-out-checklist-");
    s.file("notes.md", "# notes");
    const r = await s.st(["checklist", "template", "--out", "notes.md", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out must name an \.xlsx file/);
    expect(readFileSync(join(s.dir, "notes.md"), "utf8")).toBe("# notes");
  });

  it("st complaints template will not replace a workbook without --force", async () => {
    const s = scratch("st-out-complaints-");
    expect((await s.st(["complaints", "template", "--out", "c.xlsx"])).code).toBe(0);
    const before = readFileSync(join(s.dir, "c.xlsx"));
    const again = await s.st(["complaints", "template", "--out", "c.xlsx"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/c\.xlsx already exists; pass --force/);
    expect(readFileSync(join(s.dir, "c.xlsx")).equals(before)).toBe(true);
    expect((await s.st(["complaints", "template", "--out", "c.xlsx", "--force"])).code).toBe(0);
  });
});
