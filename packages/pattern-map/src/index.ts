/**
 * @packageDocumentation
 */

export * from "./form.js";
export * from "./pattern-map.js";
export * from "./render.js";
export * from "./vocabulary.js";
