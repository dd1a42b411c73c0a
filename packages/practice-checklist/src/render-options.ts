import type { TerminologyProfile } from "@st/core/practice";
import type { ChecklistUse } from "./vocabulary.js";

/** Options for rendering a checklist. */
export interface RenderOptions {
  /** The terminology profile labels are resolved through. */
  profile?: TerminologyProfile | undefined;
  /** Show only the items of this use (a blank checklist for supervision, say). All items when absent. */
  use?: ChecklistUse | undefined;
  /** Show what good practice looks like under each item. Default `true`. */
  goodPractice?: boolean | undefined;
}
