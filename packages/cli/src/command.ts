import { parseArgs } from "node:util";
import { isIsoDate } from "@st/core/calendar";
import { ExitCode } from "./exit-code.js";
import { type Io, UsageError } from "./io.js";

export { ExitCode };

/** A command or subcommand of `st`. A command has either `run` or `subcommands`. */
export interface Command {
  /** The word typed after `st` (or after the parent command). */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text: synopsis, options, examples. */
  help: string;
  /** Run with the arguments after the command's name. */
  run?: (args: string[], io: Io) => Promise<ExitCode>;
  /** Subcommands, for commands such as `st complaints validate`. */
  subcommands?: readonly Command[];
}

/** Option declarations in the shape `node:util`'s `parseArgs` takes. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** The values `parseOptions` returns for an {@link OptionSpec}. */
export type OptionValues<T extends OptionSpec> = {
  [K in keyof T]?: T[K] extends { type: "boolean" }
    ? T[K] extends { multiple: true }
      ? boolean[]
      : boolean
    : T[K] extends { multiple: true }
      ? string[]
      : string;
};

/**
 * Parse a command's arguments strictly: an unknown flag or a missing value is a {@link UsageError}.
 */
export function parseOptions<T extends OptionSpec>(
  args: string[],
  options: T,
  allowPositionals = true,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: values as OptionValues<T>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ""));
  }
}

/** Check an option's value against the values it allows, returning it (or the default when absent). */
export function oneOf<V extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; found "${value}"`);
}

/** The value of a required option, or a {@link UsageError} naming it. */
export function required(name: string, value: string | undefined): string {
  if (value === undefined || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

/** Check that a date option is an ISO `YYYY-MM-DD` calendar date. */
export function isoDateOption(name: string, value: string): string {
  if (!isIsoDate(value)) {
    throw new UsageError(`--${name} must be a date written YYYY-MM-DD; found "${value}"`);
  }
  return value;
}
