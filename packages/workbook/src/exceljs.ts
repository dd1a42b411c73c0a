/**
 * exceljs is CommonJS with `module.exports = ExcelJS`; Node's ESM loader exposes it only as the
 * default export, bundlers sometimes as the namespace itself. Reading it once here lets the ESM
 * build, the CJS build and browser bundles share one import.
 * @module
 * @internal
 */
import * as exceljsModule from "exceljs";

type ExcelJsApi = typeof exceljsModule;

/** The exceljs API, whichever way the module system handed it over. */
export const ExcelJS: ExcelJsApi =
  (exceljsModule as unknown as { default?: ExcelJsApi }).default ?? (exceljsModule as ExcelJsApi);

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
