/**
 * What the renderer adds to vega's SVG: an accessible name and description, ids unique to the
 * chart and stable across runs, and only characters XML can carry.
 * @internal
 * @module
 */
import type { TopLevelSpec } from "vega-lite";

/** Escape text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Whether XML 1.0 can carry the UTF-16 code unit at `i` (it forbids most C0 controls, U+FFFE, U+FFFF and unpaired surrogates, even escaped). */
function xmlCarries(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  if (c === 0xfffe || c === 0xffff) return false;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 0xd800 && prev <= 0xdbff;
  }
  return true;
}

/** The text with every character XML 1.0 cannot carry replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (xmlCarries(text, i)) continue;
    out += `${text.slice(from, i)}\uFFFD`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** FNV-1a (32 bit) of a string, as 8 hex digits: a short stable fingerprint, not a secure hash. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The default id prefix of a chart: a fingerprint of its specification. */
export function chartIdPrefix(spec: TopLevelSpec): string {
  return `st-chart-${fnv1a(JSON.stringify(spec) ?? "")}`;
}

function titleText(spec: TopLevelSpec): string | undefined {
  const title = (spec as { title?: unknown }).title;
  const text =
    typeof title === "object" && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  const joined = Array.isArray(text) ? text.filter((t) => typeof t === "string").join(" ") : text;
  return typeof joined === "string" && joined.trim() !== "" ? joined : undefined;
}

/**
 * vega's SVG with the accessibility attributes and elements added, ids renumbered in order of
 * appearance under `prefix` (vega numbers clip paths and gradients with process-wide counters,
 * which would make the output depend on what was drawn before), and non-XML characters replaced.
 */
export function accessibleSvg(svg: string, spec: TopLevelSpec, prefix: string): string {
  // Only inside tags: vega escapes `>` in text and `"` in attribute values, so a tag ends at the
  // first `>` and an attribute at the next `"`, and text that looks like an id is never touched.
  const tags = /<[^>]+>/g;
  const ids = new Map<string, string>();
  for (const [tag] of svg.matchAll(tags)) {
    for (const [, id] of tag.matchAll(/\sid="([^"]+)"/g)) {
      if (!ids.has(id!)) ids.set(id!, `${prefix}-${ids.size + 1}`);
    }
  }
  let out = svg;
  if (ids.size > 0) {
    const renamed = (id: string) => ids.get(id) ?? id;
    out = out.replace(tags, (tag) =>
      tag
        .replace(/(\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${renamed(id)}"`)
        .replace(/url\(#([^)"]+)\)/g, (_, id: string) => `url(#${renamed(id)})`)
        .replace(/(href=")#([^"]+)"/g, (_, head: string, id: string) => `${head}#${renamed(id)}"`),
    );
  }
  const description = (spec as { description?: unknown }).description;
  const desc = typeof description === "string" && description.trim() !== "" ? description : undefined;
  const title = titleText(spec) ?? desc ?? "Chart";
  const labelled = ` role="img" aria-labelledby="${prefix}-title"${desc ? ` aria-describedby="${prefix}-desc"` : ""}`;
  const head = `<title id="${prefix}-title">${escapeXml(title)}</title>${desc ? `<desc id="${prefix}-desc">${escapeXml(desc)}</desc>` : ""}`;
  out = out.replace(/^<svg\b([^>]*)>/, (all, attributes: string) =>
    /\srole=/.test(attributes) ? all : `<svg${attributes}${labelled}>${head}`,
  );
  return xmlSafe(out);
}
