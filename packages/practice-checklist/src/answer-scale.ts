/**
 * Answer scales: the words a borough answers items with, each mapped onto the partnership's five
 * canonical answers so that scores compare across boroughs whatever words each one uses.
 * @module
 */
import * as z from "zod";
import { checkPlace } from "./arguments.js";

/**
 * The partnership's canonical answers. Every scale option means one of them, and scores and
 * summaries count canonical answers only.
 *
 * - `yes`: the case file shows the practice the item asks about.
 * - `partly`: it shows some of it.
 * - `no`: the file shows practice that falls short of it (or contrary to it).
 * - `not-evidenced`: the reviewer could not find evidence either way.
 * - `not-applicable`: the item does not apply to this case; excluded from every score.
 */
export const canonicalAnswers = ["yes", "partly", "no", "not-evidenced", "not-applicable"] as const;
/** One of {@link canonicalAnswers}. */
export type CanonicalAnswer = (typeof canonicalAnswers)[number];

/** Schema of a {@link CanonicalAnswer}. */
export const canonicalAnswerSchema = z.enum(canonicalAnswers);

/** One answer a reviewer can choose. */
export interface ScaleOption {
  /** What is stored in a completed record, e.g. `"yes"` or `"green"`. */
  value: string;
  /** What a reviewer sees, e.g. "Yes" or "Green". */
  label: string;
  /** The canonical answer this option counts as. */
  means: CanonicalAnswer;
  /** Other spellings accepted on import ("Y", "N/A"), matched ignoring case, spaces and punctuation. */
  aliases?: string[] | undefined;
}

/** A scale of answers for a checklist definition. */
export interface AnswerScale {
  /** Stable id, e.g. `"default"` or `"rag"`. */
  id: string;
  /** Name shown to people. */
  label: string;
  /** The options, in the order a form shows them. */
  options: ScaleOption[];
}

const optionSchema = z.strictObject({
  value: z.string().trim().min(1, "must not be empty"),
  label: z.string().trim().min(1, "must not be empty"),
  means: canonicalAnswerSchema,
  aliases: z.array(z.string().trim().min(1, "must not be empty")).optional(),
});

/** Schema of an {@link AnswerScale}. Options must have distinct values and spellings. */
export const answerScaleSchema: z.ZodType<AnswerScale> = z
  .strictObject({
    id: z.string().trim().min(1, "must not be empty"),
    label: z.string().trim().min(1, "must not be empty"),
    options: z.array(optionSchema).min(2, "must offer at least two answers"),
  })
  // Runs even when an option is malformed, so a clash is reported alongside everything else.
  .superRefine(
    (scale, ctx) => {
      const options: unknown[] = Array.isArray((scale as { options?: unknown })?.options) ? scale.options : [];
      const seen = new Map<string, string>();
      options.forEach((entry, i) => {
        if (typeof entry !== "object" || entry === null) return;
        const option = entry as { value?: unknown; label?: unknown; aliases?: unknown };
        if (typeof option.value !== "string") return;
        const spellings = [option.value, option.label, ...(Array.isArray(option.aliases) ? option.aliases : [])];
        for (const spelling of spellings) {
          if (typeof spelling !== "string") continue;
          const key = answerKey(spelling);
          const owner = seen.get(key);
          if (owner !== undefined && owner !== option.value) {
            ctx.addIssue({
              code: "custom",
              path: ["options", i],
              message: `"${spelling}" would also read as "${owner}"; every spelling must belong to one answer`,
              input: spelling,
              params: { code: "duplicate", expected: "spellings no other answer uses" },
            });
          }
          if (owner === undefined) seen.set(key, option.value);
        }
      });
    },
    { when: () => true },
  );

/**
 * The partnership's default scale: yes, partly, no, not evidenced, not applicable, each meaning the
 * canonical answer of the same name.
 */
export const defaultScale: AnswerScale = {
  id: "default",
  label: "Yes / partly / no / not evidenced / not applicable",
  options: [
    { value: "yes", label: "Yes", means: "yes", aliases: ["y"] },
    { value: "partly", label: "Partly", means: "partly", aliases: ["partial", "in part", "p"] },
    { value: "no", label: "No", means: "no", aliases: ["n"] },
    { value: "not-evidenced", label: "Not evidenced", means: "not-evidenced", aliases: ["no evidence", "ne"] },
    { value: "not-applicable", label: "Not applicable", means: "not-applicable", aliases: ["n/a", "na"] },
  ],
};

/**
 * The legacy red/amber/green audit scale, for boroughs still rating that way: green counts as yes,
 * amber as partly, red as no. Set it as a definition's `scale` and RAG-rated records score and
 * summarise beside everyone else's.
 */
export const legacyRagScale: AnswerScale = {
  id: "rag",
  label: "Red / amber / green (legacy)",
  options: [
    { value: "green", label: "Green", means: "yes", aliases: ["g"] },
    { value: "amber", label: "Amber", means: "partly", aliases: ["a"] },
    { value: "red", label: "Red", means: "no", aliases: ["r"] },
    { value: "not-evidenced", label: "Not evidenced", means: "not-evidenced", aliases: ["no evidence", "ne"] },
    { value: "not-applicable", label: "Not applicable", means: "not-applicable", aliases: ["n/a", "na"] },
  ],
};

/** The key two spellings of an answer are compared by: lower case, letters and digits only. */
function answerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Find the option a typed answer stands for: its value, its label or one of its aliases, ignoring
 * case, spaces and punctuation (`"N/A"`, `"n/a"` and `"Not applicable"` all match). Returns
 * `undefined` when nothing matches.
 */
export function findScaleOption(scale: AnswerScale, answer: string): ScaleOption | undefined {
  checkPlace("findScaleOption", scale, "record", "scale", "Answer scale", "an answer scale");
  checkPlace("findScaleOption", answer, "text", "answer", "Answer");
  const key = answerKey(answer);
  if (key === "") return undefined;
  return scale.options.find(
    (option) =>
      answerKey(option.value) === key ||
      answerKey(option.label) === key ||
      (option.aliases ?? []).some((alias) => answerKey(alias) === key),
  );
}

/** The canonical answer a stored value means on a scale, or `undefined` when it is not on the scale. */
export function canonicalAnswer(scale: AnswerScale, value: string): CanonicalAnswer | undefined {
  checkPlace("canonicalAnswer", scale, "record", "scale", "Answer scale", "an answer scale");
  checkPlace("canonicalAnswer", value, "text", "value", "Stored answer");
  return scale.options.find((option) => option.value === value)?.means;
}

/** Words for each {@link CanonicalAnswer}, for tables. */
export const canonicalAnswerLabels: Readonly<Record<CanonicalAnswer, string>> = {
  yes: "Yes",
  partly: "Partly",
  no: "No",
  "not-evidenced": "Not evidenced",
  "not-applicable": "Not applicable",
};
