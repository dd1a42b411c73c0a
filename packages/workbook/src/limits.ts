/**
 * How large a workbook {@link readWorkbook} agrees to open. An `.xlsx` file is a zip: a few
 * megabytes can unpack to gigabytes, and exceljs holds every cell of a sheet in memory, so the
 * sizes are checked first, from the zip's own directory, before anything is inflated.
 * @module
 */
import { checkArgument, type Problem, StValidationError } from "@st/core";

/** The limits on a workbook to read. Raise them for a large file you trust. */
export interface WorkbookLimits {
  /** The most bytes the `.xlsx` file itself may have. Default 50 MB. */
  maxFileBytes: number;
  /** The most bytes its parts may have once unzipped, all together. Default 250 MB. */
  maxUnzippedBytes: number;
  /** The most rows a sheet may have. Default 100,000. */
  maxRows: number;
}

/** The limits used when none are given: far above any borough's quarterly returns, far below what exhausts memory. */
export const defaultWorkbookLimits: Readonly<WorkbookLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 250 * 1024 * 1024,
  maxRows: 100_000,
});

/** A size in words: "12.3 MB". */
export function formatBytes(bytes: number): string {
  checkArgument(bytes, "number", { fn: "formatBytes", argument: "bytes", label: "Number of bytes" });
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/**
 * The error for a workbook over one of its limits: code `too_many_rows` for rows, `too_large` for
 * sizes, and the limit's name as the problem's `path` (`maxFileBytes`, `maxUnzippedBytes`,
 * `maxRows`) so a caller can say how to raise it.
 */
export function limitExceeded(limit: keyof WorkbookLimits, expected: string, received: string): StValidationError {
  const problem: Problem = {
    path: limit,
    field: "file",
    expected,
    received,
    message: `is larger than the limit (${limit}: ${expected}); found ${received}`,
    code: limit === "maxRows" ? "too_many_rows" : "too_large",
  };
  return new StValidationError([problem], { subject: "file" });
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Check a zip's sizes against `limits` from its central directory, without inflating anything: the
 * file size, and the sum of the sizes its entries declare once unzipped. An entry whose size is not
 * declared in 32 bits (ZIP64) counts as over the limit. A zip that lies about its sizes is still
 * stopped later: exceljs checks each inflated part against its declared size.
 *
 * @throws {@link @st/core!index.StValidationError} with code `too_large`, naming the limit.
 */
export function checkZipLimits(bytes: Uint8Array, limits: WorkbookLimits): void {
  checkArgument(bytes, "bytes", { fn: "checkZipLimits", argument: "bytes", label: "Workbook bytes" });
  checkArgument(limits, "record", { fn: "checkZipLimits", argument: "limits", label: "Limits" });
  if (bytes.length > limits.maxFileBytes) {
    throw limitExceeded("maxFileBytes", `at most ${formatBytes(limits.maxFileBytes)}`, formatBytes(bytes.length));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return; // Not a readable zip: the reader says so in its own words.
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return;
    const size = view.getUint32(at + 24, true);
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (total > limits.maxUnzippedBytes) {
    throw limitExceeded(
      "maxUnzippedBytes",
      `at most ${formatBytes(limits.maxUnzippedBytes)} unzipped`,
      Number.isFinite(total) ? `${formatBytes(total)} unzipped` : "a part too large to say (ZIP64)",
    );
  }
}
