import type { Command } from "../command.js";
import { checklist } from "./checklist.js";
import { complaints } from "./complaints.js";
import { demo } from "./demo.js";
import { indicators } from "./indicators.js";
import { lint } from "./lint.js";
import { report } from "./report.js";
import { returnCommand } from "./return.js";
import { review } from "./review.js";

/**
 * Every `st` command, loaded, in the order `st --help` lists them: for embedding `st`'s commands.
 * The `st` binary itself loads each from `commandEntries` only when it runs.
 */
export const commands: readonly Command[] = [
  demo,
  lint,
  complaints,
  indicators,
  checklist,
  review,
  returnCommand,
  report,
];
