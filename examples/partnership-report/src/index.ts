/**
 * Example: a custom partnership board report composed from the @st packages' public APIs.
 * @packageDocumentation
 */
export {
  type CaseNote,
  type PartnershipReportInputs,
  partnershipReport,
  type SyntheticInput,
  share,
} from "./partnership-report.js";
export { dataFiles, readInputs } from "./read-inputs.js";
