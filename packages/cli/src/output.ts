import { randomBytes } from "node:crypto";
import { link, lstat, mkdir, readdir, readFile, realpath, rename, rm, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { fileError, InputError, type Io, resolvePath, UsageError } from "./io.js";

/**
 * Outputs that never destroy. Every command that writes a file or a folder goes through
 * {@link writeOutputFile} or {@link writeOutputFolder}, which:
 *
 * - refuse an existing file, or a non-empty folder, unless `--force` is given;
 * - never write over an input, even with `--force` (paths compared after resolving links);
 * - write to a temporary sibling and rename it into place, so a failure part-way or a second run at
 *   the same time leaves the old output or the new one, never a mix of both;
 * - replace a report folder only when every file in it was written by `st` (a previous run, told
 *   by the {@link OUTPUT_MARKER} file, or the very files the new run writes): a folder holding
 *   anything else is refused, `--force` or not, and left as it was.
 */

/** The file a report folder carries to say that `st` wrote it, and which files. */
export const OUTPUT_MARKER = ".st-output.json";

/** What the writers need to know besides the path. */
export interface OutputOptions {
  /** `--force`: replace an existing file, or a folder `st` wrote before. */
  force?: boolean | undefined;
  /** The paths the command read (`-` for stdin is ignored): the output may not be one of them. */
  inputs?: readonly (string | undefined)[] | undefined;
  /** The option the path came from, for messages (default `--out`). */
  flag?: string | undefined;
}

/** The contents of {@link OUTPUT_MARKER}. */
interface Marker {
  writtenBy: string;
  files: string[];
}

const tempSuffix = () => `${process.pid}-${randomBytes(4).toString("hex")}`;

async function statOrUndefined(path: string, shown: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw fileError(error, shown, "write");
  }
}

async function realOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** Refuse an output that is, or (for a folder) holds, one of the inputs. */
async function refuseInputs(out: string, shown: string, io: Io, options: OutputOptions, folder: boolean) {
  const target = await realOrSelf(out);
  for (const input of options.inputs ?? []) {
    if (input === undefined || input === "-") continue;
    const real = await realOrSelf(resolvePath(input, io));
    if (real === target || (folder && real.startsWith(`${target}${sep}`))) {
      throw new InputError(
        `${flagOf(options)} ${shown} would overwrite the input ${input}; write the output somewhere else`,
      );
    }
  }
}

const flagOf = (options: OutputOptions) => options.flag ?? "--out";

/** The folder a file goes into must exist: a mistyped folder is not created behind the user's back. */
async function requireParent(out: string, shown: string) {
  const parent = dirname(out);
  const named = dirname(shown) === "." ? parent : dirname(shown);
  const stats = await statOrUndefined(parent, named);
  if (!stats) throw new InputError(`cannot write ${shown}: the folder ${named} does not exist`);
  if (!stats.isDirectory()) throw new InputError(`cannot write ${shown}: ${named} is not a folder`);
}

/**
 * Write one output file safely (see the module notes). `extension` (e.g. `"xlsx"`) is checked first:
 * a workbook is never written under a name that says Markdown.
 *
 * @returns The absolute path written.
 */
export async function writeOutputFile(
  path: string,
  content: string | Uint8Array,
  io: Io,
  options: OutputOptions & { extension?: string } = {},
): Promise<string> {
  if (options.extension && !path.toLowerCase().endsWith(`.${options.extension}`)) {
    throw new UsageError(`${flagOf(options)} must name an .${options.extension} file; found "${path}"`);
  }
  const out = resolvePath(path, io);
  await refuseInputs(out, path, io, options, false);
  const existing = await statOrUndefined(out, path);
  if (existing?.isDirectory()) throw new InputError(`cannot write ${path}: it is a folder`);
  if (existing && !options.force) {
    throw new InputError(`${path} already exists; pass --force to replace it (nothing was written)`);
  }
  await requireParent(out, path);
  const temp = join(dirname(out), `.${basename(out)}.${tempSuffix()}.tmp`);
  try {
    await writeFile(temp, content, { flag: "wx" });
    if (options.force) await rename(temp, out);
    else await placeWithoutReplacing(temp, out, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error instanceof InputError ? error : fileError(error, path, "write");
  }
  return out;
}

/** Move `temp` to `out` only if nothing is there: a run started at the same time cannot be overwritten. */
async function placeWithoutReplacing(temp: string, out: string, shown: string) {
  try {
    await link(temp, out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      throw new InputError(`${shown} was created by something else while st was writing it; nothing was replaced`);
    }
    // File systems without hard links: the existence check above is the best that can be done.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
    await rename(temp, out);
    return;
  }
  await unlink(temp);
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(dir, path)));
    else found.push(path);
  }
  return found;
}

async function readMarker(dir: string): Promise<Marker | undefined> {
  try {
    const value = JSON.parse(await readFile(join(dir, OUTPUT_MARKER), "utf8")) as Partial<Marker>;
    if (typeof value.writtenBy === "string" && Array.isArray(value.files)) return value as Marker;
  } catch {
    // No marker, or not one of ours: the folder is then judged by its files alone.
  }
  return undefined;
}

/** A folder under construction: files are written into a temporary sibling of the output folder. */
export interface OutputFolder {
  /** Write a file at `relativePath` (`/`-separated; folders made as needed). */
  write(relativePath: string, content: string | Uint8Array): Promise<void>;
}

/**
 * Build an output folder safely (see the module notes): `build` writes every file through the
 * {@link OutputFolder} it is given, into a temporary sibling folder, which then takes the place of the
 * output folder in one rename. If `build` throws, nothing is left behind and the old folder stays.
 *
 * `replaceOwn` lets a command replace its own earlier output without `--force` (`st demo`'s default
 * folder, so `npm start` can run twice). A folder with files `st` did not write is always refused.
 *
 * @returns The absolute path of the folder.
 */
export async function writeOutputFolder(
  path: string,
  io: Io,
  writtenBy: string,
  build: (folder: OutputFolder) => Promise<void>,
  options: OutputOptions & { replaceOwn?: boolean | undefined } = {},
): Promise<string> {
  const out = resolvePath(path, io);
  await refuseInputs(out, path, io, options, true);
  const existing = await statOrUndefined(out, path);
  if (existing && !existing.isDirectory()) throw new InputError(`cannot write the folder ${path}: it is a file`);
  const before = existing ? await listFiles(out).catch((e) => Promise.reject(fileError(e, path, "read"))) : [];
  if (before.length > 0 && !options.force && !options.replaceOwn) {
    throw new InputError(
      `the folder ${path} is not empty; pass --force to replace a report st wrote there (nothing was written)`,
    );
  }
  const parent = dirname(out);
  if (!existing) await requireParent(out, path);
  const temp = join(parent, `.${basename(out)}.${tempSuffix()}.tmp`);
  const written = new Set<string>();
  try {
    await mkdir(temp);
    await build({
      async write(relativePath, content) {
        // Names come from the command, some made from data (a round id): none may leave the folder.
        const parts = relativePath.split("/");
        if (parts.some((p) => p === "" || p === "." || p === "..") || relativePath.includes("\\")) {
          throw new Error(`refusing to write "${relativePath}" outside the report folder`);
        }
        const target = join(temp, ...parts);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
        written.add(relativePath);
      },
    });
    const marker: Marker = { writtenBy, files: [...written].sort() };
    await writeFile(join(temp, OUTPUT_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
    if (before.length > 0) {
      await checkReplaceable(out, path, before, written, writtenBy, options);
      const old = join(parent, `.${basename(out)}.${tempSuffix()}.old`);
      await rename(out, old);
      await rename(temp, out);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, out);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (error instanceof InputError || error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTEMPTY" || code === "EEXIST") {
      throw new InputError(
        `the folder ${path} was filled by something else while st was writing; nothing was replaced`,
      );
    }
    throw fileError(error, path, "write");
  }
  return out;
}

/** A non-empty output folder may be replaced only when `st` wrote every file in it. */
async function checkReplaceable(
  out: string,
  shown: string,
  before: readonly string[],
  written: ReadonlySet<string>,
  writtenBy: string,
  options: OutputOptions & { replaceOwn?: boolean | undefined },
) {
  const marker = await readMarker(out);
  // A folder with no marker is taken for the command's own earlier output (written before markers
  // existed) only when it replaces its own and the folder holds nothing but files this run writes,
  // at least half of them: a user's lone index.html is not a report.
  const legacy =
    marker === undefined &&
    options.replaceOwn === true &&
    before.every((f) => written.has(f)) &&
    before.length * 2 >= written.size;
  const ours = new Set([...(marker?.files ?? []), ...(legacy ? written : []), OUTPUT_MARKER]);
  const others = before.filter((f) => !ours.has(f));
  if (others.length) {
    throw new InputError(
      `the folder ${shown} holds files st did not write (${others.slice(0, 3).join(", ")}${
        others.length > 3 ? `, and ${others.length - 3} more` : ""
      }); write the report to a new or empty folder (nothing was written)`,
    );
  }
  const own = legacy || (options.replaceOwn && marker?.writtenBy === writtenBy);
  if (!options.force && !own) {
    throw new InputError(
      `the folder ${shown} already holds a report; pass --force to replace it (nothing was written)`,
    );
  }
}
