/**
 * exceljs is CommonJS with `module.exports = ExcelJS`; Node's ESM loader exposes it only as the
 * default export, bundlers sometimes as the namespace itself. Reading it once here lets the ESM
 * build, the CJS build and browser bundles share one import.
 *
 * Only `writeTemplate` and `readWorkbook` load this module, with a dynamic import: the CSV functions
 * and a browser bundle that does not use workbooks never load exceljs.
 * @module
 * @internal
 */
import * as exceljsModule from "exceljs";

type ExcelJsApi = typeof exceljsModule;

/** The exceljs API, whichever way the module system handed it over. */
export const ExcelJS: ExcelJsApi =
  (exceljsModule as unknown as { default?: ExcelJsApi }).default ?? (exceljsModule as ExcelJsApi);

/** An exceljs workbook. */
export type Workbook = InstanceType<ExcelJsApi["Workbook"]>;

/** An exceljs worksheet. */
export type Worksheet = exceljsModule.Worksheet;

/** An exceljs data validation (drop-down list, whole number, date, ...). */
export type DataValidation = exceljsModule.DataValidation;

/**
 * A worksheet's data validations by range. exceljs supports ranges such as `B3:B2002` but its type
 * declarations omit the property.
 */
export function dataValidations(sheet: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } })
    .dataValidations;
}

/** The part of exceljs's zip writer this module touches. */
interface ZipWriter {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}

/**
 * The workbook as .xlsx bytes, with every character kept.
 *
 * In Node, exceljs hands each part's XML to JSZip as a string, and JSZip encodes strings to UTF-8 in
 * slices of 16,384 UTF-16 units: a character outside the Basic Multilingual Plane (an emoji, many
 * CJK ideographs) whose surrogate pair straddles a slice boundary comes out as two U+FFFD. Handing
 * JSZip bytes encoded here in one piece avoids the slicing. The hook is on this workbook's writer
 * only: exceljs's first step receives the zip writer, whose `append` is replaced on that instance.
 */
export async function writeXlsxBytes(workbook: Workbook): Promise<Uint8Array> {
  const xlsx = workbook.xlsx as unknown as { addContentTypes(zip: ZipWriter, model: unknown): Promise<void> };
  const addContentTypes = xlsx.addContentTypes;
  const encoder = new TextEncoder();
  xlsx.addContentTypes = function (this: unknown, zip, model) {
    const append = zip.append.bind(zip);
    zip.append = (data, options) =>
      append(typeof data === "string" && !options.base64 ? encoder.encode(data) : data, options);
    return addContentTypes.call(this, zip, model);
  };
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    // exceljs hands back a Node Buffer (or its browser polyfill); callers get a plain Uint8Array.
    const bytes = buffer as unknown as Uint8Array;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    Reflect.deleteProperty(xlsx, "addContentTypes");
  }
}
