import type { Rule } from "../rule.js";
export const minimisingRules: Rule[] = [];
