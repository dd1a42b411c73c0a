import { deflateRawSync } from "node:zlib";
import { StValidationError } from "@st/core";
import { checkZipLimits, defaultWorkbookLimits, readWorkbook, writeTemplate } from "@st/workbook";
import { describe, expect, it } from "vitest";
import { complaints } from "./forms.js";
import { storedZip } from "./zip.js";

/** A zip whose one entry is deflated: `size` bytes of zeros in a few kilobytes, a zip bomb in small. */
function zeroBomb(size: number): Uint8Array {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

const limitOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StValidationError);
  return (error as StValidationError).problems[0]!;
};

describe("workbook limits", () => {
  it("refuses a zip bomb from its directory, before inflating it", async () => {
    // 40 MB of zeros in about 40 KB, read with a 10 MB limit; then the default limit, from the directory alone.
    const bomb = zeroBomb(40 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const problem = await limitOf(readWorkbook(complaints, bomb, { limits: { maxUnzippedBytes: 10 * 1024 * 1024 } }));
    expect(problem).toMatchObject({ code: "too_large", path: "maxUnzippedBytes" });
    expect(problem.message).toMatch(/maxUnzippedBytes: at most 10\.0 MB unzipped\); found 40\.0 MB unzipped/);
    const zip = storedZip({ "xl/worksheets/sheet1.xml": "<worksheet/>" });
    const view = new DataView(zip.buffer);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 300 * 1024 * 1024, true);
    expect(() => checkZipLimits(zip, defaultWorkbookLimits)).toThrow(/at most 250\.0 MB unzipped\); found 300\.0 MB/);
  });

  it("refuses a file over maxFileBytes, naming the limit", async () => {
    const bytes = await writeTemplate(complaints, { records: [{ reference: "C-1" }] });
    const problem = await limitOf(readWorkbook(complaints, bytes, { limits: { maxFileBytes: 1000 } }));
    expect(problem).toMatchObject({ code: "too_large", path: "maxFileBytes" });
    expect(problem.message).toMatch(/at most 1000 bytes/);
  });

  it("refuses more rows than maxRows by default limits or given ones, and reads when raised", async () => {
    const bytes = await writeTemplate(complaints, {
      records: Array.from({ length: 30 }, (_, i) => ({ reference: `C-${i}` })),
    });
    const problem = await limitOf(readWorkbook(complaints, bytes, { limits: { maxRows: 10 } }));
    expect(problem).toMatchObject({ code: "too_many_rows", path: "maxRows" });
    expect(problem.message).toMatch(/at most 10 rows a sheet/);
    expect((await readWorkbook(complaints, bytes, { limits: { maxRows: 1000 } })).records).toHaveLength(30);
    expect(defaultWorkbookLimits.maxRows).toBe(100_000);
  });

  it("counts a ZIP64 size it cannot read as over the limit", () => {
    const zip = storedZip({ a: "x" });
    const view = new DataView(zip.buffer);
    // The central directory entry's uncompressed size: 0xFFFFFFFF means "see the ZIP64 field".
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 0xffffffff, true);
    expect(() => checkZipLimits(zip, defaultWorkbookLimits)).toThrow(/ZIP64/);
  });
});
