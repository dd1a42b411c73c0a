import type { Rule } from "../rule.js";
import { define } from "./define.js";

const LABEL_WHY =
  'Safe & Together asks workers to describe behaviour, not to attach identities. Labels such as "victim" or "battered woman" reduce a person to what was done to her, and people differ in the words they prefer; ask her and use her words.';

const PLAIN_WHY =
  'Letters to families should name what happened in plain words. With the father: respectful, curious, focused on his parenting, naming what he did ("we have information from police that you punched your partner") without shaming. With the mother: say the agency is involved because of his behaviour, and that he is responsible for it.';

/** Rules that fit none of the five categories: labels, the umbrella term, jargon in letters. */
export const otherRules: Rule[] = [
  define({
    id: "other/domestic-violence-term",
    severity: "info",
    patterns: ["domestic violence"],
    exceptions: [
      "domestic violence (protection|disclosure|crime|and abuse|perpetrator|prevention|unit|team|act|order|notice|scheme|forum|service|services|coordinator)",
    ],
    message: '"Domestic violence" narrows abuse to physical violence: "domestic abuse" covers coercive control.',
    explanation:
      'The Domestic Abuse Act 2021 and current guidance use "domestic abuse" because much of the harm is coercive control without physical violence. The wider term keeps that pattern in view.',
    sources: ["D20", "S13"],
    suggestions: ["domestic abuse"],
    examples: {
      match: ["There is a long history of domestic violence."],
      noMatch: ["A Domestic Violence Protection Notice was issued.", "There is a long history of domestic abuse."],
    },
  }),
  define({
    id: "other/battered-woman",
    severity: "warning",
    patterns: ["(battered|beaten) (woman|women|wife|wives|mother|mothers)", "battered woman syndrome"],
    message: '"Battered woman" makes abuse her identity: name him and what he did.',
    explanation: LABEL_WHY,
    sources: ["D6", "D10"],
    suggestions: ["{survivor}, whom {perpetrator} has abused"],
    examples: { match: ["She is a battered wife."], noMatch: ["Mr B has beaten Ms A repeatedly."] },
  }),
  define({
    id: "other/victim-label",
    severity: "info",
    profiles: ["family-letter"],
    patterns: ["(the)? (victim|victims|dv victim|da victim)"],
    exceptions: [
      "victim (support|care|services|liaison|impact|personal statement|right|rights|in their own right|of crime)",
      "victims (support|services|code|commissioner)",
    ],
    message: 'In a letter, use the person\'s name and the term she prefers, not "victim".',
    explanation: LABEL_WHY,
    sources: ["D21", "D22", "D7"],
    suggestions: ["{survivor}"],
    fix: false,
    examples: {
      match: ["We are working with the victim to keep the children safe."],
      noMatch: ["Victim Support can help you."],
    },
  }),
  define({
    id: "other/perpetrator-label",
    severity: "warning",
    profiles: ["family-letter"],
    patterns: [
      "(perpetrator|perpetrators|abuser|abusers|offender|alleged perpetrator|dv perpetrator|da perpetrator|person who uses harm)",
    ],
    exceptions: ["perpetrator (programme|programmes|program|intervention|interventions|service|services|course)"],
    message: 'In a letter, name the behaviour rather than a label: "you pushed Ms A", not "the perpetrator".',
    explanation: PLAIN_WHY,
    sources: ["D4", "D30", "D31", "D7"],
    suggestions: ["you {behaviour}", "{perpetrator}"],
    examples: {
      match: ["As the perpetrator, you must not contact the children."],
      noMatch: [
        "You pushed Ms A on 3 May, and the children saw it.",
        "We have referred you to a perpetrator programme.",
      ],
    },
  }),
  define({
    id: "other/abbreviation-in-letter",
    severity: "info",
    profiles: ["family-letter"],
    patterns: ["(da|dv|dva|ipv|csc|mash|cin|cp|lac|cla|nfa|idva|marac|dvpn|dvpo|plo|cpp|sw|tac|icpc|rcpc|dash)"],
    message: "Spell out abbreviations in a letter to a family.",
    explanation: PLAIN_WHY,
    sources: ["D30", "D4"],
    suggestions: ["[the words in full]"],
    examples: {
      match: ["The MASH received a DV notification."],
      noMatch: ["The team received a message from the police."],
    },
  }),
  define({
    id: "other/procedure-jargon-in-letter",
    severity: "info",
    profiles: ["family-letter"],
    patterns: [
      "(strategy discussion|strategy meeting|section 47|s47|s 47|section 17|s17|core group|pre-proceedings|public law outline|threshold|initial child protection conference|review child protection conference|child in need plan|legal planning meeting)",
    ],
    message: "Explain procedures in plain words in a letter to a family.",
    explanation: PLAIN_WHY,
    sources: ["D30", "D21"],
    suggestions: ["[what the meeting or step is, in plain words]"],
    examples: {
      match: ["A strategy discussion was held and a section 47 enquiry started."],
      noMatch: ["We met with the police to decide what to do next."],
    },
  }),
  define({
    id: "other/non-abusive-parent-label",
    severity: "info",
    profiles: ["family-letter"],
    patterns: ["(non-abusive|non-offending|nonoffending|non-abusing|protective) (parent|carer|mother)"],
    message: "In a letter, use her name rather than a role label.",
    explanation: LABEL_WHY,
    sources: ["D21", "D22"],
    suggestions: ["{survivor}"],
    fix: false,
    examples: {
      match: ["We will support the non-abusive parent."],
      noMatch: ["We will support you and the children, Ms A."],
    },
  }),
  define({
    id: "other/victim-identity",
    severity: "info",
    patterns: [
      "(a|the|typical|classic|perfect|real|genuine|serial|repeat)? (victim mentality|victim mindset|victim role|plays the victim|playing the victim|played the victim)",
    ],
    message: '"Playing the victim" discredits a survivor; perpetrators use it too: describe what she said and did.',
    explanation: LABEL_WHY,
    sources: ["D28", "D29"],
    suggestions: ["{survivor} said [her words]"],
    examples: { match: ["Father says she plays the victim."], noMatch: ["Ms A said she is frightened of Mr B."] },
  }),
];
