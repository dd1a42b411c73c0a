/**
 * Synthetic data for demos, tests and benchmarks, kept out of the main entry as every package keeps
 * its demo data: a seeded census of any size (`syntheticChildren`, `syntheticCareEpisodes`), and
 * the writer that turns children into CIN census XML (`censusXmlChunks`, `childXml`). Every child is
 * made up. `writeSyntheticCensusFile` in `@st/indicators/node` writes one to disk.
 * @packageDocumentation
 */
export * from "./synthetic-census.js";
