import type { Rule } from "../rule.js";
export const positiveRules: Rule[] = [];
