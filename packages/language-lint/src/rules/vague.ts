import type { Rule } from "../rule.js";
export const vagueRules: Rule[] = [];
