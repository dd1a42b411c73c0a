import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Problem } from "@st/core";
import { checkReturn, type ReturnFile } from "@st/returns";
import { InputError, type Io, readJson, resolvePath } from "../io.js";

/** A return file checked: its return, or its problems. */
export interface CheckedReturnFile {
  /** The path as given. */
  file: string;
  /** The return, when valid. */
  value?: ReturnFile["value"];
  /** Every problem found; empty when valid. */
  problems: Problem[];
}

/** Read and check one return file. An unreadable file or one that is not JSON is an {@link InputError}. */
export async function readReturnFile(path: string, io: Io): Promise<CheckedReturnFile> {
  const checked = await checkReturn(await readJson(path, io), { file: basename(path) });
  return checked.ok ? { file: path, value: checked.value, problems: [] } : { file: path, problems: checked.problems };
}

/** Read and check every `.json` file of a folder, in name order. */
export async function readReturnsFolder(dir: string, io: Io): Promise<CheckedReturnFile[]> {
  let names: string[];
  try {
    names = (await readdir(resolvePath(dir, io))).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${dir}: ${code === "ENOENT" ? "no such folder" : code === "ENOTDIR" ? "it is a file, not a folder" : (error as Error).message}`,
    );
  }
  if (names.length === 0) throw new InputError(`${dir} holds no returns (.json files)`);
  return Promise.all(names.map((n) => readReturnFile(join(dir, n), io)));
}
