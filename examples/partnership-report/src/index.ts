/**
 * Example: a custom partnership board report composed from the @st packages' public APIs.
 * @packageDocumentation
 */
export { type CaseNote, type PartnershipReportInputs, partnershipReport, share } from "./partnership-report.js";
export { exampleData, readInputs } from "./read-inputs.js";
