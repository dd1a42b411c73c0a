import { SaxesParser } from "saxes";

/** Parse the SVG as XML and return its elements' names and text, or throw if it is not well-formed. */
export function parseXml(svg: string): {
  elements: { name: string; attributes: Record<string, string> }[];
  text: string[];
} {
  const parser = new SaxesParser({ xmlns: false });
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const text: string[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) =>
    elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }),
  );
  parser.on("text", (t) => text.push(t));
  parser.write(svg).close();
  return { elements, text };
}
