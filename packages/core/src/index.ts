/**
 * The shared vocabulary of the Safe & Together London Partnership tools.
 * @packageDocumentation
 */

export * from "./bank-holidays.js";
export * from "./errors.js";
export * from "./iso-date.js";
export * from "./pseudonym.js";
export * from "./versioned-record.js";
export * from "./working-days.js";
export * from "./zod-problems.js";
