/**
 * A return's own checksum: SHA-256 over its canonical JSON (keys sorted, no spaces) without the
 * checksum itself, so a figure edited by hand after the return was built is caught on reading.
 * Web Crypto, so Node.js and the browser compute the same digest.
 * @module
 */
import { checkArgument } from "@st/core";
import { checkQuarterlyReturn } from "./arguments.js";

/** Lower-case hex SHA-256 of UTF-8 text or bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  checkArgument(data, ["text", "bytes"], { fn: "sha256Hex", argument: "data", label: "Data" });
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error("Web Crypto (globalThis.crypto.subtle) is not available: use Node.js 20 or later");
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** JSON with object keys sorted at every level, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The checksum a return should carry: SHA-256 of its canonical JSON without its `checksum` field. */
export async function returnChecksum(value: Record<string, unknown>): Promise<string> {
  checkQuarterlyReturn("returnChecksum", value);
  const { checksum: _, ...rest } = value;
  return sha256Hex(canonicalJson(rest));
}
