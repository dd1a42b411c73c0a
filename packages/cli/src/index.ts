/**
 * The `st` command as a library: run it in-process, or reuse its command model to add your own.
 * @packageDocumentation
 */
export {
  type Command,
  ExitCode,
  isoDateOption,
  type OptionSpec,
  type OptionValues,
  oneOf,
  parseOptions,
  required,
} from "./command.js";
export { commands } from "./commands/all.js";
export { type CommandEntry, commandEntries } from "./commands/index.js";
export { type InputEncoding, InputError, type Io, processIo, readBytes, readText, UsageError } from "./io.js";
export { run } from "./main.js";
export type { BlocksContent } from "./report/section-content.js";
export { demoIllustrations, type ReportSection, type SectionContent } from "./report/sections.js";
export { version } from "./version.js";
