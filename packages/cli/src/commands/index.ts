import type { Command } from "../command.js";
import { checklist } from "./checklist.js";
import { complaints } from "./complaints.js";
import { demo } from "./demo.js";
import { indicators } from "./indicators.js";
import { lint } from "./lint.js";
// Quarterly returns (issue 17): `st return` and `st report`.
import { report } from "./report.js";
import { returnCommand } from "./return.js";
import { review } from "./review.js";

/** Every `st` command, in the order `st --help` lists them. Each tool's issue adds its command here. */
export const commands: readonly Command[] = [
  demo,
  lint,
  complaints,
  indicators,
  checklist,
  review,
  // Quarterly returns (issue 17).
  returnCommand,
  report,
];
