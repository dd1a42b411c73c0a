/**
 * The return as a JSON Schema (draft 2020-12), for reporting systems not written in TypeScript.
 * Generated from the zod schema, never written by hand; shipped as `@st/returns/schema.json`.
 * @module
 */
import * as z from "zod";
import { partnershipReturnSchema, RETURN_SCHEMA_VERSION } from "./partnership-return.js";

/** The JSON Schema of a partnership return. */
export function returnJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(partnershipReturnSchema, { unrepresentable: "any" }) as Record<string, unknown>),
    $id: `https://github.com/st-london-partnership/st/packages/returns/schema.json#v${RETURN_SCHEMA_VERSION}`,
    title: "Safe & Together London Partnership: quarterly return",
    description:
      "One borough's aggregate figures for one quarter: every figure with its n, definition, caveats and source files' checksums; small numbers withheld by the stated rule; no person-level identifiers.",
  };
}
