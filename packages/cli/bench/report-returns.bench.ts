// Six boroughs by eight quarters: `st report --returns` over 48 returns, whole process, cold start,
// every page and the CSV export written, against the floor of starting `st` at all (`st --version`).
// Uses the built command: run `npx turbo run build --filter=@st/cli...` first.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { gridReturns } from "../../returns/bench/grid.js";

const st = join(import.meta.dirname, "..", "dist", "st.js");
if (!existsSync(st)) throw new Error(`${st} is not built: run npx turbo run build --filter=@st/cli... first`);

const work = mkdtempSync(join(tmpdir(), "st-bench-returns-"));
const folder = join(work, "returns");
mkdirSync(folder);
for (const value of await gridReturns())
  writeFileSync(join(folder, `${value.borough}-${value.quarter}-v1.json`), JSON.stringify(value, null, 2));

let run = 0;
describe("st report --returns: 6 boroughs x 8 quarters (48 returns), whole process, pages and CSV written", () => {
  bench(
    "st report --returns DIR --export csv",
    () => {
      execFileSync(
        process.execPath,
        [st, "report", "--returns", folder, "--out", join(work, `out-${run++}`), "--export", "csv"],
        {
          stdio: "ignore",
        },
      );
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  bench(
    "baseline: st --version (starting the command at all)",
    () => {
      execFileSync(process.execPath, [st, "--version"], { stdio: "ignore" });
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});
