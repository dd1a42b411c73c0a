import manifest from "../package.json" with { type: "json" };

/** The version of `@st/cli`. */
export const version: string = manifest.version;
