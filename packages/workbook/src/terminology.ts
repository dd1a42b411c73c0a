/**
 * Words shown to people go through a terminology profile (`@st/core`): labels are templates such as
 * `"Complaints from {perpetrator}s"`, rendered in a borough's own words.
 * @module
 */
import { describeValue, StValidationError } from "@st/core";
import { resolveWith, type TextResolver } from "@st/core/forms";
import { defaultTerminology, type TerminologyProfile } from "@st/core/practice";

/**
 * How labels holding placeholders such as `{perpetrator}` are put into words: a terminology profile
 * from `@st/core` (`personWhoUsesHarmTerminology`, or a borough's own from `defineTerminology`), or
 * any function from label to text. Default: `defaultTerminology`.
 */
export type Terminology = TerminologyProfile | TextResolver;

/**
 * A {@link @st/core!forms.TextResolver} for `terminology`, in the default words when none is given.
 * @throws {@link @st/core!index.StValidationError} when `terminology` is neither (for callers without types).
 */
export function resolverFor(terminology: Terminology | undefined): TextResolver {
  if (terminology === undefined) return resolveWith(defaultTerminology);
  if (typeof terminology === "function") return terminology;
  const terms = (terminology as { terms?: unknown } | null)?.terms;
  if (typeof terms !== "object" || terms === null)
    throw new StValidationError(
      [
        {
          path: "terminology",
          field: "terminology",
          expected: "a terminology profile from @st/core (e.g. personWhoUsesHarmTerminology) or a function",
          received: describeValue(terminology),
          message: "is not a terminology profile",
          code: "invalid_terminology",
        },
      ],
      { subject: "options" },
    );
  return resolveWith(terminology);
}
