/**
 * The shared vocabulary of the Safe & Together London Partnership tools.
 * @packageDocumentation
 */
export * from "./errors.js";
export * from "./form-definition.js";
export * from "./iso-date.js";
