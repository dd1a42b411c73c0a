import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

const { dir, file, st } = scratch("st-complaints-");

// Synthetic complaints: no real person, case or worker.
const valid = {
  schemaVersion: 1,
  complaint: {
    reference: "HK-1",
    borough: "E09000012",
    received: "2025-01-10",
    complainantRole: "perpetrator",
    status: "closed",
  },
  investigation: { investigated: "yes", stageReached: 1, upheld: "no" },
  process: { emails: 12, phoneCalls: 4 },
  stages: { stage1Response: "2025-01-31" },
};
const invalid = {
  ...valid,
  complaint: { ...valid.complaint, reference: "HK-2" },
  investigation: { investigated: "yes" },
};

describe("st complaints deadline", () => {
  it("prints the contract's example", async () => {
    const r = await st(["complaints", "deadline", "--stage", "1", "--from", "2025-12-19", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ stage: 1, from: "2025-12-19", workingDays: 10, due: "2026-01-07" });
  });

  it("gives the longest period with --extended, and counts closure days out", async () => {
    const r = await st([
      "complaints",
      "deadline",
      "--stage",
      "2",
      "--from",
      "2026-03-02",
      "--extended",
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.out)).toMatchObject({ stage: 2, workingDays: 65 });
    const c = await st([
      "complaints",
      "deadline",
      "--stage",
      "1",
      "--from",
      "2025-12-19",
      "--closure",
      "2025-12-29",
      "--closure",
      "2025-12-30",
      "--format",
      "json",
    ]);
    expect(JSON.parse(c.out).due).toBe("2026-01-09");
  });

  it("prints text for people", async () => {
    const r = await st(["complaints", "deadline", "--stage", "3", "--from", "2026-03-25", "--format", "text"]);
    expect(r.out).toContain("Stage 3 from 2026-03-25: 30 working days, due 2026-05-11");
  });

  it("rejects a bad stage or date as a usage error", async () => {
    for (const args of [
      ["--stage", "4", "--from", "2025-12-19"],
      ["--stage", "1", "--from", "19/12/2025"],
      ["--stage", "1"],
      ["--stage", "1", "--from", "2101-01-01"],
    ]) {
      const r = await st(["complaints", "deadline", ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).not.toMatch(/^\s+at /m);
    }
  });
});

describe("st complaints validate", () => {
  it("reports every problem with record, path, field and message, and exits 1", async () => {
    const path = file("records.json", JSON.stringify([valid, invalid, { nonsense: true }]));
    const r = await st(["complaints", "validate", path, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.valid).toBe(false);
    expect(out.records).toBe(3);
    expect(out.errors[0]).toMatchObject({
      record: 2,
      path: "investigation.stageReached",
      field: "If Y, what stage did it get to?",
      message: expect.stringContaining("needs an answer"),
    });
    expect(out.errors.every((e: { record: number }) => e.record >= 2)).toBe(true);
    expect(out.errors.filter((e: { record: number }) => e.record === 3).map((e: { path: string }) => e.path)).toContain(
      "schemaVersion",
    );
  });

  it("exits 0 for valid records", async () => {
    const r = await st(["complaints", "validate", file("ok.json", JSON.stringify([valid])), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, records: 1, errors: [] });
  });

  it("flags a reference repeated in a borough", async () => {
    const r = await st([
      "complaints",
      "validate",
      file("dup.json", JSON.stringify([valid, valid])),
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.out).errors).toMatchObject([{ record: 2, code: "duplicate_reference" }]);
  });

  it("reads standard input", async () => {
    const r = await st(["complaints", "validate", "-", "--format", "json"], JSON.stringify([valid]));
    expect(r.code).toBe(0);
  });

  it("prints problems for people", async () => {
    const r = await st([
      "complaints",
      "validate",
      file("text.json", JSON.stringify([valid, invalid])),
      "--format",
      "text",
    ]);
    expect(r.out).toContain("2 records, 1 invalid, 1 problem");
    expect(r.out).toContain('record 2: "If Y, what stage did it get to?": needs an answer');
  });

  it("exits 2 with one paragraph for input it cannot read", async () => {
    for (const [name, content, message] of [
      ["broken.json", "{ this is not json", /not valid JSON/],
      ["object.json", JSON.stringify(valid), /expected a JSON array/],
      ["notes.txt", "hello", /expected a \.json, \.jsonl, \.csv or \.xlsx file/],
    ] as const) {
      const r = await st(["complaints", "validate", file(name, content), "--format", "json"]);
      expect(r.code, name).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/^\s+at /m);
    }
    const missing = await st(["complaints", "validate", join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no such file");
  });
});

describe("st complaints summary", () => {
  const records = [
    valid,
    { ...valid, complaint: { ...valid.complaint, reference: "HK-3", received: "2025-07-02" }, stages: {} },
    {
      ...valid,
      complaint: { ...valid.complaint, reference: "NW-1", borough: "E09000025", received: "2025-04-02" },
      stages: {},
    },
  ];

  it("prints JSON with missing quarters as null", async () => {
    const path = file("summary.json", JSON.stringify(records));
    const r = await st(["complaints", "summary", path, "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const hackney = out.groups.filter((g: { borough: string }) => g.borough === "E09000012");
    expect(hackney.map((g: { quarter: string; complaints: number | null }) => [g.quarter, g.complaints])).toEqual([
      ["2025-Q1", 1],
      ["2025-Q2", null],
      ["2025-Q3", 1],
    ]);
  });

  it("shows a returned quarter with no records as zero", async () => {
    const path = file("summary2.json", JSON.stringify(records));
    // As a spreadsheet saves it: fields in quotes, a blank line, CRLF endings.
    const returns = file("returns.csv", '"borough","quarter"\r\n\r\n"Hackney","Apr-Jun 25"\r\n');
    const r = await st([
      "complaints",
      "summary",
      path,
      "--returns",
      returns,
      "--by",
      "borough,quarter",
      "--format",
      "json",
    ]);
    const q2 = JSON.parse(r.out).groups.find(
      (g: { borough: string; quarter: string }) => g.borough === "E09000012" && g.quarter === "2025-Q2",
    );
    expect(q2.complaints).toBe(0);
  });

  it("groups by quarter and writes Markdown", async () => {
    const path = file("summary3.json", JSON.stringify(records));
    const r = await st(["complaints", "summary", path, "--by", "quarter", "--format", "md"]);
    expect(r.out).toContain("# Complaints monitoring");
    expect(r.out).toContain("| 2025-Q2 | 1 |");
  });

  it("leaves invalid records out, says which, and exits 1", async () => {
    const path = file("summary4.json", JSON.stringify([...records, invalid]));
    const r = await st(["complaints", "summary", path, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ records: 4, excludedRecords: [4], total: { complaints: 3 } });
    expect(r.err).toContain("1 of 4 records left out");
  });

  it("rejects an unknown grouping and unreadable returns", async () => {
    const path = file("summary5.json", JSON.stringify(records));
    expect((await st(["complaints", "summary", path, "--by", "team"])).code).toBe(2);
    const returns = file("bad-returns.csv", "borough,quarter\n\nAtlantis,2025-Q2\n");
    const r = await st(["complaints", "summary", path, "--returns", returns]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("line 3");
  });
});

describe("st complaints detect", () => {
  const text = "Dear team,\nThe social worker is on mum's side. I will take this all the way to the Ombudsman.\n";

  it("suggests answers with evidence from standard input", async () => {
    const r = await st(["complaints", "detect", "--format", "json"], text);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.path).toBe("<stdin>");
    const threat = out.suggestions.find((s: { question: string }) => s.question === "process.threatenedTo");
    expect(threat.answer).toEqual(["ombudsman"]);
    for (const e of threat.evidence) expect(text.slice(e.offset, e.offset + e.length)).toBe(e.excerpt);
  });

  it("reads a file and prints text for people", async () => {
    const r = await st(["complaints", "detect", file("letter.txt", text), "--format", "text"]);
    expect(r.out).toContain("- Did the complainer threaten to 'take it all the way'? Yes");
    expect(r.out).toContain('line 2: "on mum\'s side"');
  });

  it("says a lengthy complaint is known by its length, not by a line of it", async () => {
    const r = await st(["complaints", "detect", "--format", "text"], `${"I want answers. ".repeat(400)}\n`);
    expect(r.out).toContain(
      "- Was the complaint lengthy or overwhelming (many pages, or many long messages)? Yes\n      from its length: 1200 words",
    );
  });
});

describe("st complaints", () => {
  it("lists its subcommands and rejects an unknown one", async () => {
    const help = await st(["complaints", "--help"]);
    expect(help.out).toContain("deadline");
    const r = await st(["complaints", "frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^unknown command: st complaints frobnicate/);
  });

  it("prints each subcommand's help", async () => {
    const r = await st(["complaints", "deadline", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("st complaints deadline --stage 1|2|3 --from YYYY-MM-DD");
  });
});
