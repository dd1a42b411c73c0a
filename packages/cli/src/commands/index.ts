import type { Command } from "../command.js";
import { demo } from "./demo.js";
import { review } from "./review.js";

/** Every `st` command, in the order `st --help` lists them. Each tool's issue adds its command here. */
export const commands: readonly Command[] = [demo, review];
