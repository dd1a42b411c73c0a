import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

// Runs every `st` command of the quarterly-returns guide's ```sh blocks, in order, as written:
// `cd DIR` moves on, a trailing `# exit N` is the exit code the guide says to expect (0 otherwise),
// and lines that are not `st` commands (generating a secret with node) are the reader's to run.
const guide = readFileSync(join(import.meta.dirname, "../../../docs/guides/quarterly-returns.md"), "utf8");
const lines = [...guide.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) =>
  m[1]!.split("\n").filter((l) => l.trim() !== ""),
);

describe("docs/guides/quarterly-returns.md", () => {
  it("has st commands to run", () => expect(lines.filter((l) => l.startsWith("st ")).length).toBeGreaterThanOrEqual(7));

  it("runs every command as written, with the exit code the guide gives", async () => {
    const { dir, st } = scratch("st-guide-returns-");
    let cwd = dir;
    for (const line of lines) {
      const [command = "", comment = ""] = line.split(/\s+#\s+/);
      const words = command.trim().split(/\s+/);
      if (words[0] === "cd") {
        cwd = join(cwd, words[1]!);
        continue;
      }
      if (words[0] !== "st") continue;
      const expected = Number(/^exit (\d)/.exec(comment)?.[1] ?? 0);
      const r = await st(words.slice(1), "", cwd);
      expect(r.code, `${command}\n${r.err}`).toBe(expected);
    }
    expect(existsSync(join(cwd, "outbox", "E09000012-2024-Q4-v2.json"))).toBe(true);
    expect(existsSync(join(cwd, "outbox", "E09000025-2024-Q3-v1.json"))).toBe(false);
    expect(readFileSync(join(cwd, "partnership-report", "export", "figures.csv"), "utf8")).toMatch(
      /^borough,boroughName,quarter,section,indicator,label,value,n,status/,
    );
  }, 120_000);
});
