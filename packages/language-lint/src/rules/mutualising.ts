import type { Rule } from "../rule.js";
import { CONFLICT_WHY, define, RELATIONSHIP_WHY } from "./define.js";

const NAME_IT = "{perpetrator}'s {behaviour} towards {survivor}";

/**
 * "The relationship" and "the relationship between Ms A and Mr B" as the subject of a word that
 * describes it: the relationship is the subject, whoever is named inside it.
 */
const RELATIONSHIP_SUBJECT = "@relationship (between *{1,5})?";
/** The verbs that join a relationship to what it is said to be ("has been", "remains", "is described by Ms A as"). */
const RELATIONSHIP_IS =
  "((has|have|had) been|(has|have|had) become|@be|remains|remained|became|becomes|seems|seemed|appears|appeared|(continues|continued) to be|can be|could be|(@be)? described (by *{1,3})? as)";
/**
 * He is named as the one doing it ("Mr B argued with Ms A and then punched her"): the sentence
 * says who acted, so the verb is not read as a two-sided quarrel. Only the verb, straight after
 * him: "Mr B described it as a row" still frames the row as mutual.
 */
const HE_DID = (verbs: string) =>
  `(mr *|@father|@perpetrator) (then|also|often|again|repeatedly|constantly|regularly)? (${verbs})`;

/** Abuse framed as mutual, as a quality of a relationship, or as a conflict. */
export const mutualisingRules: Rule[] = [
  define({
    id: "mutualising/volatile-relationship",
    severity: "warning",
    patterns: [
      "volatile *{0,3} @relationship",
      `${RELATIONSHIP_SUBJECT} ${RELATIONSHIP_IS} @intensifier{0,2} volatile`,
    ],
    message: '"Volatile" makes abuse sound like a quality of the relationship: say who did what.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D10", "D2", "D3"],
    suggestions: [NAME_IT, "{perpetrator}'s pattern of abuse towards {survivor}"],
    examples: {
      match: [
        "The parents have a volatile relationship and argue in front of the children.",
        "Ms A and Mr B have a very volatile and toxic relationship.",
        "Their relationship is extremely volatile.",
        "It was described as a volatile home environment.",
        "The relationship between Ms Patel and Mr Khan has been volatile since Aisha was born.",
        "Their relationship remains volatile.",
        "The relationship is described by Ms Patel as volatile.",
      ],
      noMatch: [
        "Mr B's behaviour is volatile and he has threatened Ms A.",
        "Mr B pushed Ms A against the wall in front of the children.",
      ],
    },
  }),
  define({
    id: "mutualising/toxic-relationship",
    severity: "warning",
    patterns: ["toxic *{0,3} @relationship", `${RELATIONSHIP_SUBJECT} ${RELATIONSHIP_IS} @intensifier{0,2} toxic`],
    message: '"Toxic relationship" blames the relationship, not the person causing harm: name the behaviour.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D10", "D3"],
    suggestions: [NAME_IT],
    examples: {
      match: ["Mother said she is in a toxic relationship.", "The relationship had become toxic."],
      noMatch: ["Ms A said Mr B's texts were toxic and frightening.", "The home was free of toxic substances."],
    },
  }),
  define({
    id: "mutualising/stormy-relationship",
    severity: "warning",
    patterns: [
      "(tempestuous|stormy|turbulent|tumultuous|fiery|passionate) *{0,2} @relationship",
      `${RELATIONSHIP_SUBJECT} ${RELATIONSHIP_IS} @intensifier{0,2} (tempestuous|stormy|turbulent|tumultuous|fiery|explosive|(up and down)|(on and off)|on-off)`,
    ],
    message: '"Stormy" or "tempestuous" casts abuse as weather both adults are caught in: say what he did.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D10", "D2"],
    suggestions: [NAME_IT],
    examples: {
      match: [
        "They have had a tempestuous relationship for years.",
        "The marriage was stormy.",
        "Their relationship has been up and down since the baby was born.",
      ],
      noMatch: ["It was a stormy night when the police attended.", "Mr B threw a mug at Ms A."],
    },
  }),
  define({
    id: "mutualising/abusive-relationship",
    severity: "warning",
    patterns: [
      "(abusive|violent|coercive|controlling|aggressive) (and (abusive|violent|controlling|coercive))? @relationship",
      "@relationship (@be|became|has become|had become) (abusive|violent|controlling)",
    ],
    exceptions: ["(abusive|violent|controlling) (behaviour|behaviours)"],
    message: 'An "abusive relationship" has no abuser in it: name the person who is abusive.',
    explanation: `${RELATIONSHIP_WHY} "A relationship with an abuser" or "his abuse of her" keeps responsibility where it belongs.`,
    sources: ["D3", "D5", "D6"],
    suggestions: ["a relationship with {perpetrator}, who is abusive", "{perpetrator}'s abuse of {survivor}"],
    examples: {
      match: ["Ms A has been in an abusive relationship for six years.", "She left a violent marriage in 2019."],
      noMatch: [
        "Ms A has been in a relationship with Mr B, who is abusive to her.",
        "Mr B's controlling behaviour includes checking her phone.",
      ],
    },
  }),
  define({
    id: "mutualising/da-relationship",
    severity: "warning",
    patterns: ["@da @relationship", "(@da|domestic) (abuse|violence)? (type|style)? @relationship"],
    message: 'A "DA relationship" neutralises the abuse: say who is abusing whom.',
    explanation: `${RELATIONSHIP_WHY} The partnership's trainees named "DA relationship" as the neutralising phrase to drop.`,
    sources: ["D2", "D3"],
    suggestions: [
      "{perpetrator}'s abuse of {survivor}",
      "{survivor}'s relationship with {perpetrator}, who abuses her",
    ],
    examples: {
      match: ["Mother has a history of DA relationships.", "The children have lived in a DV relationship for years."],
      noMatch: ["Mr B has been abusive to Ms A and to his previous partner.", "The DA referral came from the school."],
    },
  }),
  define({
    id: "mutualising/relationship-characterised-by-abuse",
    severity: "warning",
    patterns: [
      "@relationship (@be|has been|had been)? (characterised|characterized|marked|marred|defined|dominated|plagued|blighted) by *{0,2} (@da|violence|abuse|conflict|arguments|incidents|aggression)",
    ],
    message: 'A relationship "characterised by DV" hides who is violent: describe his behaviour.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D2"],
    suggestions: ["{perpetrator} has {behaviour} towards {survivor} since [when]"],
    examples: {
      match: [
        "The parents' relationship has been characterised by DV.",
        "Their marriage was marred by frequent domestic abuse.",
      ],
      noMatch: ["Mr B's behaviour has been marked by jealousy and threats.", "The relationship ended in May."],
    },
  }),
  define({
    id: "mutualising/domestic-dispute",
    severity: "warning",
    patterns: [
      "domestic (dispute|disputes|disturbance|disturbances|quarrel|quarrels|row|rows|altercation|altercations|argument|arguments)",
    ],
    message: 'A "domestic dispute" sounds like a disagreement between equals: name the behaviour or the crime.',
    explanation: CONFLICT_WHY,
    sources: ["D8", "D3"],
    suggestions: ["{perpetrator} {behaviour} {survivor}"],
    examples: {
      match: [
        "Police attended a domestic dispute at the address.",
        "There were three domestic disturbances last year.",
      ],
      noMatch: [
        "Police attended after Mr B assaulted Ms A at the address.",
        "A domestic abuse notification was received.",
      ],
    },
  }),
  define({
    id: "mutualising/domestic-incident",
    severity: "warning",
    patterns: ["domestic (incident|incidents|episode|episodes|situation|situations)"],
    message: '"A domestic incident" says where something happened, not what was done or by whom.',
    explanation: `${CONFLICT_WHY} An incident-based record also hides the pattern across time (critical component 1).`,
    sources: ["D3", "S19"],
    suggestions: ["{perpetrator} {behaviour} {survivor} on [date]"],
    examples: {
      match: ["Police were called to a domestic incident on 4 May.", "This is the third domestic episode this year."],
      noMatch: ["On 4 May Mr B punched Ms A in the kitchen.", "A domestic abuse incident was recorded."],
    },
  }),
  define({
    id: "mutualising/a-domestic",
    severity: "warning",
    patterns: [
      "(a|another|the|one|two|three|several) (domestic|domestics) (at|on|in|last|yesterday|between|with|involving|earlier|when|over|and|that|which|where|before|after|today|tonight|this|the|was|were|had|has|occurred|happened|took)",
    ],
    message: '"A domestic" is police shorthand that hides what was done and by whom.',
    explanation: `${CONFLICT_WHY} An incident-based record also hides the pattern across time (critical component 1).`,
    sources: ["D3", "S19"],
    suggestions: ["{perpetrator} {behaviour} {survivor}"],
    examples: {
      match: ["There was another domestic at the weekend.", "Police attended a domestic between the parents."],
      noMatch: ["She has a domestic cleaning job.", "The school made a domestic abuse referral."],
    },
  }),
  define({
    id: "mutualising/argument",
    severity: "warning",
    patterns: ["argue~|argument|arguments|arguing"],
    exceptions: [
      "argue~ (that|for|against)",
      "argument~ (that|for|against)",
      "(legal|his|her|their|this|counsel 's|the court 's) argument~",
      "(not|never|didnt|dont) *{0,1} argue~",
      HE_DID("argue~"),
    ],
    subject: { not: ["child"] },
    message: 'An "argument" implies two people taking part: say what he said and did.',
    explanation: CONFLICT_WHY,
    sources: ["D2", "D9"],
    suggestions: ["{perpetrator} shouted at {survivor} and [behaviour]", "{perpetrator} {behaviour}"],
    examples: {
      match: [
        "The parents argue in front of the children.",
        "Mr B and Ms A had an argument about money.",
        "They were arguing when the police arrived.",
      ],
      noMatch: [
        "Mr B argued that the referral was malicious.",
        "Mr B shouted at Ms A and called her worthless in front of the children.",
        "Mr Reid argued with Ms Obi and then punched her.",
      ],
    },
  }),
  define({
    id: "mutualising/row",
    severity: "warning",
    patterns: [
      "(a|another|big|huge|massive|blazing|heated|almighty|verbal|their|the|had) (row|rows)",
      "rowed|rowing",
      "(they|@parents|@both-parents) (often|always|regularly|frequently|sometimes|constantly|still|(used to)|can|will)? row",
    ],
    exceptions: [
      "(in|on) a row",
      "(front|back|first|last|death|third|second) (row|rows)",
      "rowing (club|boat|machine|team)",
      "row of",
      HE_DID("rowed|rows|rowing"),
    ],
    subject: { not: ["child"] },
    message: 'A "row" is a two-sided quarrel: describe what he did.',
    explanation: CONFLICT_WHY,
    sources: ["D2", "D3"],
    suggestions: ["{perpetrator} shouted at {survivor} and [behaviour]"],
    examples: {
      match: [
        "Mr B and Ms A had a row about the car.",
        "The couple were rowing in the street.",
        "Mum and Dad row most nights.",
      ],
      noMatch: ["He missed three appointments in a row.", "Mr B shouted at Ms A about the car and took her keys."],
    },
  }),
  define({
    id: "mutualising/fight",
    severity: "warning",
    patterns: ["fight|fights|fighting|fought"],
    exceptions: [
      "fight~ (for|to|against|over custody|back)",
      "fighting (for|to|against|back|cancer|fit)",
      "fought (for|to|against|back|off)",
      "(fire|fist|food|pillow|play) fight~",
      HE_DID("fought|fights|fighting"),
    ],
    subject: { not: ["child"] },
    message: 'A "fight" implies mutual violence: say who hit whom, and how.',
    explanation: CONFLICT_WHY,
    sources: ["D2", "D4"],
    suggestions: ["{perpetrator} punched {survivor} in the [part of body]", "{perpetrator} {behaviour}"],
    examples: {
      match: ["Ms A said they were fighting when the children came home.", "Ms A said they had a fight last night."],
      noMatch: [
        "Ms A is fighting for custody of the children.",
        "Child A had a fight with a classmate.",
        "Mr B punched Ms A in the face last night.",
      ],
    },
  }),
  define({
    id: "mutualising/altercation",
    severity: "warning",
    patterns: ["altercation|altercations", "physical (confrontation|confrontations|exchange)"],
    message: 'An "altercation" hides an assault: name the assault and who did it.',
    explanation: CONFLICT_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator} assaulted {survivor}", "{perpetrator} {behaviour}"],
    examples: {
      match: ["There was a physical altercation between the parents.", "Police were called to an altercation."],
      noMatch: ["Mr B assaulted Ms A and police were called.", "The alteration to the plan was agreed."],
    },
  }),
  define({
    id: "mutualising/conflict",
    severity: "warning",
    patterns: ["conflict|conflicts|conflictual"],
    exceptions: [
      "conflict~ of interest~",
      "conflict~ (with|between) (the )?(policy|plan|rules|guidance|diary|dates|appointments)",
      "(armed|war|world) conflict~",
      "conflicting",
    ],
    subject: { not: ["child"] },
    message: '"Conflict" frames abuse as a disagreement between equals: name the behaviour.',
    explanation: CONFLICT_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator}'s {behaviour} towards {survivor}"],
    examples: {
      match: ["There is ongoing conflict at home.", "The relationship is conflictual."],
      noMatch: ["The worker declared a conflict of interest.", "Mr B threatens Ms A when she disagrees with him."],
    },
  }),
  define({
    id: "mutualising/parental-conflict",
    severity: "warning",
    patterns: [
      "(parental|interparental|inter-parental|marital|couple|relationship|adult|high|high-level) conflict~",
      "conflict between (the|both)? (parents|adults|couple|carers)",
    ],
    message:
      '"Parental conflict" is a different thing from domestic abuse, and calling abuse conflict can lead to unsafe joint work.',
    explanation: `${CONFLICT_WHY} Interventions for parental conflict assume both parents can negotiate safely; with a perpetrator of abuse they cannot.`,
    sources: ["D3", "S23"],
    suggestions: ["{perpetrator}'s abuse of {survivor}"],
    examples: {
      match: ["The referral concerns parental conflict.", "This is a high-conflict separation."],
      noMatch: ["The referral concerns Mr B's threats to Ms A.", "The children's views conflict with the plan."],
    },
  }),
  define({
    id: "mutualising/dispute",
    severity: "warning",
    patterns: ["dispute|disputes", "(in|ongoing|verbal|heated) dispute"],
    exceptions: [
      "dispute~ (the|this|that|these|those|it|what|whether|his|her|their|any|all|allegations|claims)",
      "(child|contact|custody|court|legal|private law|boundary|neighbour|neighbours|family court|financial) dispute~",
      "domestic dispute~",
      "(not|no) (in )?dispute",
    ],
    message: 'A "dispute" sounds like a disagreement both adults share: say what he did.',
    explanation: CONFLICT_WHY,
    sources: ["D8"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["The police attended a dispute between Ms A and Mr B.", "There was a heated dispute at the house."],
      noMatch: ["Mr B disputes the allegations.", "There is a contact dispute in the family court."],
    },
  }),
  define({
    id: "mutualising/quarrel",
    severity: "warning",
    patterns: ["quarrel~|squabble~|bicker~|spat|tiff|tiffs", "(fell|falling|fallen) out", "falling-out|falling-outs"],
    exceptions: ["spat (at|on|in)", "(fell|falling|fallen) out (of|with the school|with school)"],
    subject: { not: ["child"] },
    message: 'A "quarrel" or "tiff" makes abuse sound trivial and mutual.',
    explanation: CONFLICT_WHY,
    sources: ["D12"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["The couple had a tiff over the phone bill.", "They bicker constantly and fell out again."],
      noMatch: ["Mr B spat at Ms A in the street.", "Mr B smashed Ms A's phone when she used it."],
    },
  }),
  define({
    id: "mutualising/lovers-quarrel",
    severity: "error",
    patterns: ["lover~ 's? (quarrel|quarrels|tiff|tiffs|spat)", "lovers (quarrel|tiff)"],
    message: '"Lovers\' quarrel" romanticises abuse and makes it mutual.',
    explanation: CONFLICT_WHY,
    sources: ["D12"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["Police treated it as a lovers' tiff."],
      noMatch: ["Police treated it as an assault by Mr B."],
    },
  }),
  define({
    id: "mutualising/mutual-abuse",
    severity: "error",
    patterns: [
      "mutual (abuse|violence|aggression|combat|fighting|conflict|assaults|hostility)",
      "mutually (abusive|violent|aggressive|combative)",
    ],
    message:
      '"Mutual abuse" is almost never what happened: map each adult\'s behaviour and look for the primary aggressor and self-defence.',
    explanation:
      "Calling abuse mutual treats a survivor's resistance or self-defence as abuse of equal weight and leads to misidentifying her as a perpetrator. Safe & Together asks workers to map each person's pattern of behaviour, and the Crown Prosecution Service asks for the primary aggressor to be identified.",
    sources: ["S23", "D11"],
    suggestions: ["{perpetrator} {behaviour}; {survivor} [what she did to defend herself or the children]"],
    examples: {
      match: ["This appears to be a case of mutual abuse.", "Both describe the relationship as mutually violent."],
      noMatch: [
        "The parents have a mutual friend who supervises contact.",
        "Ms A pushed Mr B away when he strangled her.",
      ],
    },
  }),
  define({
    id: "mutualising/both-to-blame",
    severity: "warning",
    patterns: [
      "@both-parents (@be|have been|had been)? (both|equally)? (violent|abusive|aggressive|volatile|to blame|responsible|perpetrators|involved|shouting|fighting|arguing|hostile)",
      "(both|each) of them (@be|have been)? (violent|abusive|aggressive|to blame|responsible)",
      "six of one|six of one and half a dozen of the other",
    ],
    message:
      'Saying "both parents" were violent or to blame mutualises abuse: describe each adult\'s behaviour separately.',
    explanation: RELATIONSHIP_WHY,
    sources: ["S23", "D3"],
    suggestions: ["{perpetrator} {behaviour}; {survivor} [what she did]"],
    examples: {
      match: ["Both parents are violent towards each other.", "Each of them is responsible for the situation."],
      noMatch: ["Both parents attended the conference.", "Both children are settled at school."],
    },
  }),
  define({
    id: "mutualising/each-other",
    severity: "warning",
    patterns: [
      "@abuse-verb (each other|one another)",
      "(hostile|aggressive|violent|abusive|physical) (to|towards|with) (each other|one another)",
      "(wind|winds|wound|winding) each other up",
      "(push|pushes|pushing|pushed) each other 's buttons",
    ],
    message: '"Hit each other" turns one person\'s violence into a shared act: say who did what.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D3", "S23"],
    suggestions: ["{perpetrator} {behaviour} {survivor}"],
    examples: {
      match: ["They hit each other during the incident.", "The parents are aggressive towards each other."],
      noMatch: ["Mr B hit Ms A twice during the incident.", "The siblings support each other."],
    },
  }),
  define({
    id: "mutualising/parents-exposed-children",
    severity: "warning",
    patterns: ["expose~ (the|their|both)? @child to"],
    subject: { is: ["parents"] },
    message:
      '"The parents exposed the children" shares out one person\'s abuse: name who harmed the children, and how.',
    explanation: `${RELATIONSHIP_WHY} The harm to the child comes from the perpetrator's choices (the multiple pathways to harm), not from both parents.`,
    sources: ["S8", "S4"],
    suggestions: ["{perpetrator}'s {behaviour} harmed {child}"],
    examples: {
      match: ["The parents have exposed the children to domestic abuse."],
      noMatch: [
        "Mr B's violence towards Ms A has harmed the children.",
        "She has exposed the children to domestic abuse.",
      ],
    },
  }),
  define({
    id: "mutualising/couples-work",
    severity: "warning",
    patterns: [
      "(couple|couples|couple 's|relationship|marriage|marital|joint) (counselling|counseling|therapy|work|mediation|sessions)",
      "(family|couples) mediation",
      "(mediate|mediation) between (the|both)? (parents|couple|them)",
    ],
    message: "Couples work and mediation assume two equal parties: they are unsafe where one partner is abusive.",
    explanation:
      "Joint work asks the survivor to negotiate with the person who controls her, often in front of him, and treats the abuse as a relationship problem. Safe & Together directs intervention at the perpetrator (principle 3) and partnering with the survivor separately (principle 2).",
    sources: ["D9", "S6", "D13"],
    suggestions: [
      "a referral for {perpetrator} to a domestic abuse perpetrator programme",
      "separate support for {survivor}",
    ],
    examples: {
      match: ["The parents were referred for couples counselling.", "Family mediation was recommended."],
      noMatch: ["Mr B was referred to a perpetrator programme.", "Ms A was referred to the IDVA service."],
    },
  }),
  define({
    id: "mutualising/takes-two",
    severity: "error",
    patterns: ["takes two to tango", "it takes two (to (argue|fight|row|tango))?"],
    exceptions: ["takes two (hours|minutes|days|weeks|buses|trains|people|workers|staff|of|years|months)"],
    message: '"It takes two" blames the survivor for abuse done to her.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D12"],
    suggestions: ["{perpetrator} is responsible for {behaviour}"],
    examples: {
      match: ["Father said it takes two to tango."],
      noMatch: ["It takes two buses to get to the refuge."],
    },
  }),
  define({
    id: "mutualising/communication-problems",
    severity: "warning",
    patterns: [
      "communication (style~|problem~|(difficulty|difficulties)|issue~|breakdown~|breakdown)",
      "(poor|difficult|improve~|better) communication between (them|the parents|the couple|mum and dad)",
      "(learn|understand) each other 's (communication|triggers|needs)",
    ],
    message: "Describing abuse as a communication problem makes both adults responsible for fixing it.",
    explanation: RELATIONSHIP_WHY,
    sources: ["D9"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["The parents have communication problems.", "They need to learn each other's communication styles."],
      noMatch: [
        "Ms A uses Makaton to help the youngest child communicate.",
        "Mr B controls who Ms A communicates with.",
      ],
    },
  }),
  define({
    id: "mutualising/heated-exchange",
    severity: "warning",
    patterns: [
      "heated (exchange|exchanges|discussion|discussions|debate|words|moment|conversation)",
      "exchange of words",
      "words (were )?exchanged",
      "verbal (exchange|exchanges|disagreement|disagreements|altercation|altercations|spat|dispute|row|fight)",
    ],
    message: 'A "heated exchange" hides who shouted, threatened or frightened whom.',
    explanation: CONFLICT_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator} shouted at {survivor} and [behaviour]"],
    examples: {
      match: ["There was a heated exchange on the doorstep.", "Words were exchanged and police were called."],
      noMatch: ["Mr B shouted that he would kill her and police were called."],
    },
  }),
  define({
    id: "mutualising/disagreement",
    severity: "info",
    patterns: ["disagreement|disagreements", "(disagree~|disagreed) (about|over|with each other)"],
    exceptions: [
      "disagree~ with (the|this|our|my|a) (plan|decision|assessment|outcome|findings|report|threshold)",
      "disagreement~ (with|about) (the|this) (plan|decision|assessment|outcome)",
    ],
    subject: { not: ["child"] },
    message: 'A "disagreement" can hide threats or violence: if abuse followed, name it.',
    explanation: CONFLICT_WHY,
    sources: ["D2"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["The incident started with a disagreement over money."],
      noMatch: ["Ms A disagreed with the decision to close the case."],
    },
  }),
  define({
    id: "mutualising/scuffle",
    severity: "warning",
    patterns: ["scuffle~|tussle~|brawl~|grapple~|scrap|scraps|skirmish~|punch-up|punch-ups|set-to|fisticuffs"],
    subject: { not: ["child"] },
    message: 'A "scuffle" makes an assault sound mutual and minor: say who assaulted whom.',
    explanation: CONFLICT_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator} assaulted {survivor}: [behaviour]"],
    examples: {
      match: ["There was a scuffle in the hallway.", "Police said it was a punch-up between them."],
      noMatch: ["Mr B dragged Ms A along the hallway by her hair."],
    },
  }),
  define({
    id: "mutualising/violence-between",
    severity: "warning",
    patterns: [
      "(violence|abuse|aggression|conflict|incidents|incident|fighting) between (the|both)? (parents|adults|couple|carers|them|mum and dad|mother and father|partners)",
      "(violence|abuse|aggression) (in|within) (the|their|this) @relationship",
    ],
    message: '"Violence between the parents" or "in the relationship" has no one using it: name him.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D3", "D2"],
    suggestions: ["{perpetrator}'s {behaviour} towards {survivor}"],
    examples: {
      match: ["There has been violence between the parents.", "There is abuse within the relationship."],
      noMatch: ["Mr B has been violent towards Ms A.", "Contact between the parents is supervised."],
    },
  }),
  define({
    id: "mutualising/power-struggle",
    severity: "warning",
    patterns: [
      "power (struggle|struggles|battle|battles)",
      "(battle|battles|struggle) for control",
      "tit for tat",
      "(she|mother|ms *) gave as good as she got",
    ],
    message: 'A "power struggle" or "tit for tat" treats control by one person as a contest between two.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D12", "S23"],
    suggestions: ["{perpetrator}'s controlling behaviour: {behaviour}"],
    examples: {
      match: ["It is a power struggle between the parents.", "Father said she gave as good as she got."],
      noMatch: ["Mr B controls the family's money and Ms A's phone."],
    },
  }),
  define({
    id: "mutualising/tension-in-the-home",
    severity: "info",
    patterns: [
      "(tension|tensions) (in|at|within|between) (the|their)? (home|household|relationship|parents|couple|family|them)",
      "(tense|strained) (relationship|atmosphere|home)",
    ],
    message: '"Tension in the home" describes an atmosphere, not the behaviour that created it.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator}'s {behaviour} makes {survivor} and {child} afraid"],
    examples: {
      match: ["There is tension in the home.", "The children describe a tense atmosphere."],
      noMatch: ["The children said they are scared when Mr B shouts at their mother."],
    },
  }),
  define({
    id: "mutualising/unhealthy-relationship",
    severity: "warning",
    patterns: ["(unhealthy|dysfunctional|problematic|destructive|abusive-type) *{0,2} @relationship"],
    message: 'An "unhealthy" or "dysfunctional" relationship hides whose behaviour makes it so.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D3", "D10"],
    suggestions: [NAME_IT],
    examples: {
      match: ["Ms A recognises that it is an unhealthy relationship.", "They have a dysfunctional marriage."],
      noMatch: ["Ms A recognises that Mr B's behaviour is controlling."],
    },
  }),
  define({
    id: "mutualising/difficult-relationship",
    severity: "info",
    patterns: [
      "(difficult|troubled|unstable|rocky|chaotic|fractious|acrimonious|on-off) (and (difficult|volatile|chaotic))? @relationship",
    ],
    exceptions: [
      "@relationship with (his|her|their) (manager|employer|boss|colleague|colleagues|mother|father|mum|dad|family|parents|siblings|brother|sister|son|daughter|children|school|teacher|teachers|neighbours|friends)",
    ],
    message: 'A "difficult" or "rocky" relationship may be hiding abuse: if it is, say who does what.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D3"],
    suggestions: [NAME_IT],
    examples: {
      match: ["The parents have a rocky relationship.", "Mother described a chaotic and difficult relationship."],
      noMatch: ["The parents separated in March.", "Mr B has a difficult relationship with his manager."],
    },
  }),
  define({
    id: "mutualising/they-were-violent",
    severity: "warning",
    patterns: [
      "(they|the couple|the parents|parents) (were|are|have been|got|became|become) (violent|abusive|physical|aggressive)",
    ],
    message: '"They were violent" shares out one person\'s violence: say who was violent to whom.',
    explanation: RELATIONSHIP_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator} was violent towards {survivor}: {behaviour}"],
    examples: {
      match: ["Neighbours said they were violent at times.", "The parents became physical in the kitchen."],
      noMatch: ["Neighbours said Mr B was violent towards Ms A."],
    },
  }),
];
