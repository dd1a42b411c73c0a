import { stat } from "node:fs/promises";
import { isStValidationError } from "@st/core";
import type { FormDefinition } from "@st/core/forms";
import {
  defaultWorkbookLimits,
  formatBytes,
  type ReadResult,
  type ReadWorkbookOptions,
  readWorkbook,
  type WorkbookLimits,
} from "@st/workbook";
import { fileError, InputError, type Io, inputName, limitFlagOf, readBytes, resolvePath } from "./io.js";

/**
 * Read a workbook the user named, within the limits (`--max-rows`, `--max-file-mb`,
 * `--max-unzipped-mb`): a file over the size limit is refused before it is read, a zip that unpacks
 * too large before it is inflated, and the error names the limit and the flag that raises it.
 */
export async function readWorkbookInput(
  definition: FormDefinition,
  path: string,
  io: Io,
  options: Omit<ReadWorkbookOptions, "limits" | "maxRows"> = {},
): Promise<ReadResult> {
  const limits: WorkbookLimits = { ...defaultWorkbookLimits, ...io.workbookLimits };
  if (path !== "-") {
    const size = await stat(resolvePath(path, io)).then(
      (s) => s.size,
      (error: unknown) => Promise.reject(fileError(error, path, "read")),
    );
    if (size > limits.maxFileBytes) throw tooLarge(path, "maxFileBytes", `${formatBytes(size)}`, limits);
  }
  try {
    return await readWorkbook(definition, await readBytes(path, io), { ...options, limits });
  } catch (error) {
    const problem = isStValidationError(error) ? error.problems[0] : undefined;
    if (problem && (problem.code === "too_large" || problem.code === "too_many_rows")) {
      throw tooLarge(path, problem.path as keyof WorkbookLimits, problem.received, limits);
    }
    throw error;
  }
}

function tooLarge(path: string, limit: keyof WorkbookLimits, found: string, limits: WorkbookLimits): InputError {
  const allowed =
    limit === "maxRows"
      ? `${limits.maxRows.toLocaleString("en-GB")} rows a sheet`
      : `${formatBytes(limits[limit])}${limit === "maxUnzippedBytes" ? " unzipped" : ""}`;
  return new InputError(
    `cannot read ${inputName(path)}: it is over the limit of ${allowed} (found ${found}); ` +
      `if you trust the file, raise the limit with ${limitFlagOf[limit]}`,
  );
}
