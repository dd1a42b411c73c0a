/**
 * Labels through terminology profiles: every word shown to a person about the people in a case.
 * @module
 */
import {
  type CriticalComponentId,
  criticalComponents,
  defaultTerminology,
  type PrincipleId,
  principles,
  renderLabel,
  type TerminologyProfile,
} from "@st/core/practice";

/** A label template rendered through a profile (the default profile when absent). @internal */
export function label(template: string, profile?: TerminologyProfile): string {
  return renderLabel(template, profile ?? defaultTerminology);
}

/** The name of an S&T principle, in a profile's words. @internal */
export function principleLabel(id: PrincipleId, profile?: TerminologyProfile): string {
  return label(principles.find((p) => p.id === id)!.label, profile);
}

/** The name of an S&T critical component, in a profile's words. @internal */
export function componentLabel(id: CriticalComponentId, profile?: TerminologyProfile): string {
  return label(criticalComponents.find((c) => c.id === id)!.label, profile);
}
