import type { Rule } from "../rule.js";
export const hiddenPerpetratorRules: Rule[] = [];
