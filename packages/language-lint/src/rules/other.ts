import type { Rule } from "../rule.js";
export const otherRules: Rule[] = [];
