import type { Command } from "../command.js";
import { complaints } from "./complaints.js";
import { demo } from "./demo.js";

/** Every `st` command, in the order `st --help` lists them. Each tool's issue adds its command here. */
export const commands: readonly Command[] = [demo, complaints];
