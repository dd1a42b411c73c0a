import type { Command } from "../command.js";
import { summaries } from "./summaries.js";

/**
 * A command as `st` knows it before running it: its name, its line in `st --help`, and how to load
 * its module. `st` imports a command's module (and the libraries behind it: exceljs, vega, the XML
 * parser, the rule packs) only when that command runs, so `st --version` and `st --help` start at
 * once.
 */
export interface CommandEntry {
  /** The word typed after `st`. */
  readonly name: keyof typeof summaries;
  /** One line for `st --help`: the loaded command's own summary. */
  readonly summary: string;
  /** Imports the command's module. */
  readonly load: () => Promise<Command>;
}

const entry = (name: keyof typeof summaries, load: () => Promise<Command>): CommandEntry => ({
  name,
  summary: summaries[name],
  load,
});

/** Every `st` command, in the order `st --help` lists them. Each tool's issue adds its command here. */
export const commandEntries: readonly CommandEntry[] = [
  entry("demo", async () => (await import("./demo.js")).demo),
  entry("lint", async () => (await import("./lint.js")).lint),
  entry("complaints", async () => (await import("./complaints.js")).complaints),
  entry("indicators", async () => (await import("./indicators.js")).indicators),
  entry("checklist", async () => (await import("./checklist.js")).checklist),
  entry("review", async () => (await import("./review.js")).review),
  entry("return", async () => (await import("./return.js")).returnCommand),
  entry("report", async () => (await import("./report.js")).report),
];
