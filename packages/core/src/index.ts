/**
 * The shared vocabulary of the Safe & Together London Partnership tools.
 * @packageDocumentation
 */

export * from "./answers.js";
export * from "./append-all.js";
export * from "./argument-checks.js";
export * from "./bank-holidays.js";
export * from "./csv.js";
export * from "./data-dictionary.js";
export * from "./date-format.js";
export * from "./date-text.js";
export * from "./errors.js";
export * from "./financial-years.js";
export * from "./flat-records.js";
export * from "./form-answers.js";
export * from "./form-definition.js";
export * from "./form-questions.js";
export * from "./html.js";
export * from "./implementation-stages.js";
export * from "./iso-date.js";
export * from "./local-authorities.js";
export * from "./markdown.js";
export * from "./months.js";
export * from "./principles.js";
export * from "./problem-codes.js";
export * from "./pseudonym.js";
export * from "./quarter-labels.js";
export * from "./quarters.js";
export * from "./records-check.js";
export * from "./roles.js";
export * from "./seeded-random.js";
export * from "./system-dates.js";
export * from "./tables.js";
export * from "./terminology.js";
export * from "./text-position.js";
export * from "./versioned-record.js";
export * from "./working-days.js";
export * from "./zod-problems.js";
