/**
 * The words the rules are written in: word classes of the field (abbreviations, people, abuse
 * verbs) and English inflection, so one rule matches every form of its words.
 * @module
 */
import { checkArg, WORD } from "./arguments.js";

const IRREGULAR: Record<string, string[]> = {
  be: ["am", "is", "are", "was", "were", "been", "being"],
  beat: ["beats", "beaten", "beating"],
  bite: ["bites", "bit", "bitten", "biting"],
  break: ["breaks", "broke", "broken", "breaking"],
  choose: ["chooses", "chose", "chosen", "choosing"],
  do: ["does", "did", "done", "doing"],
  drive: ["drives", "drove", "driven", "driving"],
  fall: ["falls", "fell", "fallen", "falling"],
  feel: ["feels", "felt", "feeling"],
  fight: ["fights", "fought", "fighting"],
  forget: ["forgets", "forgot", "forgotten", "forgetting"],
  get: ["gets", "got", "gotten", "getting"],
  give: ["gives", "gave", "given", "giving"],
  go: ["goes", "went", "gone", "going"],
  have: ["has", "had", "having"],
  hit: ["hits", "hitting"],
  hold: ["holds", "held", "holding"],
  hurt: ["hurts", "hurting"],
  keep: ["keeps", "kept", "keeping"],
  know: ["knows", "knew", "known", "knowing"],
  leave: ["leaves", "left", "leaving"],
  lose: ["loses", "lost", "losing"],
  make: ["makes", "made", "making"],
  put: ["puts", "putting"],
  say: ["says", "said", "saying"],
  see: ["sees", "saw", "seen", "seeing"],
  shake: ["shakes", "shook", "shaken", "shaking"],
  shut: ["shuts", "shutting"],
  sleep: ["sleeps", "slept", "sleeping"],
  speak: ["speaks", "spoke", "spoken", "speaking"],
  spit: ["spits", "spat", "spitting"],
  steal: ["steals", "stole", "stolen", "stealing"],
  swear: ["swears", "swore", "sworn", "swearing"],
  take: ["takes", "took", "taken", "taking"],
  tell: ["tells", "told", "telling"],
  think: ["thinks", "thought", "thinking"],
  throw: ["throws", "threw", "thrown", "throwing"],
  understand: ["understands", "understood", "understanding"],
  withhold: ["withholds", "withheld", "withholding"],
  write: ["writes", "wrote", "written", "writing"],
};

const VOWEL = /[aeiou]/;

/**
 * Every form of a word the rules should match: the word itself, plural or third person, past and
 * participle, and the -ing form (with British doubling: controlled, travelling). It over-generates
 * on purpose (a form no one writes costs nothing); irregular verbs come from a table.
 */
export function inflect(word: string): string[] {
  checkArg("inflect", WORD, word);
  const forms = new Set<string>([word]);
  const irregular = IRREGULAR[word];
  if (irregular) for (const form of irregular) forms.add(form);
  const last = word.at(-1) ?? "";
  const beforeLast = word.at(-2) ?? "";
  if (/(s|x|z|ch|sh)$/.test(word)) {
    forms.add(`${word}es`);
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
  } else if (last === "y" && !VOWEL.test(beforeLast)) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ies`);
    forms.add(`${stem}ied`);
    forms.add(`${word}ing`);
  } else if (last === "e") {
    const stem = word.slice(0, -1);
    forms.add(`${word}s`);
    forms.add(`${word}d`);
    forms.add(beforeLast === "e" ? `${word}ing` : `${stem}ing`);
  } else {
    forms.add(`${word}s`);
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
    // Consonant-vowel-consonant endings double in British spelling (slapped, controlled, grabbing).
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
      forms.add(`${word}${last}ed`);
      forms.add(`${word}${last}ing`);
    }
  }
  return [...forms];
}

/**
 * The lexicon's word classes, each a pattern (see {@link Rule}) a rule refers to as `@name`.
 * Classes name the field's vocabulary once, so every rule understands DA, DV and IPV, mum and
 * Ms A, and every form of an abuse verb.
 */
export const wordClasses: Readonly<Record<string, string>> = {
  // Domestic abuse and its abbreviations.
  da: "da|dv|dva|ipv|idva|(domestic (abuse|violence|violence and abuse|and family violence|abuse and violence)) | (intimate partner (violence|abuse)) | (family violence)",
  "da-incident": "(@da|domestic) (incident|incidents|episode|episodes|event|events)",
  // People. Titles take the name or initial that follows them.
  title: "mr|mrs|ms|miss|mx|dr",
  mother: "mother|mothers|mum|mums|mummy|mom|moms|mam|((ms|mrs|miss) *) | (birth mother)",
  father: "father|fathers|dad|dads|daddy|stepfather|stepdad|(step (father|dad))|(mr *)|(birth father)",
  "female-partner": "wife|girlfriend|partner|ex|(ex (wife|girlfriend|partner))|exwife|expartner",
  "male-partner": "husband|boyfriend|partner|ex|(ex (husband|boyfriend|partner))|exhusband|expartner",
  parents:
    "parents|parent's|couple|couples|adults|((mum|mother) and (dad|father))|((dad|father) and (mum|mother))|(the family)",
  "both-parents": "(both (parents|adults|of them|partners|carers|parties))|((the|both) parents|parties|carers)",
  child:
    "child|children|kids|kid|son|sons|daughter|daughters|baby|babies|infant|infants|sibling|siblings|boy|boys|girl|girls|(young (person|people|people's))|toddler|toddlers|twins|stepchildren|grandchildren",
  them: "them|him|her",
  survivor: "victim|victims|survivor|survivors|(victim survivor)|victimsurvivor",
  perpetrator: "perpetrator|perpetrators|abuser|abusers|offender|(alleged perpetrator)|aggressor",
  relationship:
    "relationship|relationships|marriage|partnership|dynamic|dynamics|home|household|union|((home|family) (life|environment))",
  injury:
    "bruise|bruises|bruised|bruising|injury|injuries|(black eye)|(black eyes)|cut|cuts|swelling|marks|mark|fracture|fractures|fractured|(broken (arm|nose|rib|ribs|wrist|jaw|finger|tooth|teeth))|burn|burns|(bite marks)|scratches|grazes|graze|lacerations|laceration|wound|wounds|(red marks)|(finger marks)|(split lip)|concussion",
  "abuse-past":
    "hit|twisted|kicked|punched|slapped|pushed|shoved|strangled|choked|assaulted|attacked|beat|battered|raped|threatened|hurt|injured|abused|bit|grabbed|dragged|headbutted|stabbed|burned|burnt|scratched|spat|threw|restrained|pinned|smothered|suffocated|stamped|stalked|harassed|intimidated|coerced|belittled|humiliated|degraded|throttled|elbowed|kneed|shook|whipped|molested|imprisoned|confined|trapped|locked|struck|knocked|controlled|isolated|monitored|tracked|followed|withheld|damaged|smashed|broke|destroyed|insulted|(shouted at)|(screamed at)|(swore at)",
  // Grammar.
  be: "be|am|is|are|was|were|been|being|'s|isnt|wasnt|werent",
  get: "get|gets|got|gotten|getting",
  have: "have|has|had|having|'ve",
  not: "not|never|no|dont|didnt|doesnt|wont|cannot|cant|couldnt|wouldnt|isnt|wasnt",
  det: "a|an|the|this|that|these|those|some|any|her|his|their|its|another|one",
  poss: "her|his|their|your|my|our",
  pron: "he|she|they|it|we|you|i",
  intensifier:
    "very|really|quite|extremely|highly|so|too|pretty|rather|somewhat|increasingly|often|sometimes|(at times)|fairly|particularly|incredibly|hugely|deeply|(a bit)|(a little)|more|most",
  adverb:
    "allegedly|reportedly|apparently|repeatedly|badly|seriously|severely|also|then|again|previously|recently|frequently|regularly|often|sometimes|once|twice|further|physically|verbally|sexually|emotionally|violently|being|brutally|viciously|constantly|continually|routinely|nearly|almost|being|hard",
  // Abuse verbs: participles for passives, every form for active sentences.
  "abuse-pp":
    "hit|kicked|punched|slapped|pushed|shoved|strangled|choked|assaulted|attacked|beaten|beat|battered|raped|threatened|hurt|injured|harmed|abused|bitten|grabbed|dragged|headbutted|stabbed|burned|burnt|scratched|thrown|restrained|pinned|smothered|suffocated|stalked|harassed|intimidated|coerced|belittled|humiliated|degraded|throttled|elbowed|kneed|whipped|molested|imprisoned|struck|scalded|gagged|slammed|terrorised|terrorized|spat|shaken|twisted",
  "abuse-verb":
    "hit~|twist~|kick~|punch~|slap~|push~|shove~|strangle~|choke~|assault~|attack~|beat~|batter~|rape~|threaten~|hurt~|injure~|abuse~|bite~|grab~|drag~|headbutt~|stab~|burn~|scratch~|spit~|throw~|restrain~|pin~|smother~|suffocate~|stamp~|stalk~|harass~|intimidate~|coerce~|belittle~|humiliate~|degrade~|throttle~|elbow~|knee~|shake~|whip~|molest~|imprison~|confine~|trap~|lock~|strike|struck|knock~|control~|isolate~|monitor~|track~|follow~|withhold~|damage~|smash~|break~|destroy~|shout~|scream~|swear~|insult~",
  // Reporting verbs: a quotation near one of these is someone's words, not the writer's.
  "report-verb":
    "say~|said|describe~|report~|state~|tell~|told|call~|claim~|explain~|disclose~|allege~|deny~|denied|minimise~|minimize~|refer~|write~|wrote|text~|message~|shout~|comment~|insist~|admit~|mention~|add~|quote~|reply~|replied|respond~|recall~|recount~|express~|according|words|view|account|felt|feel~|believe~",
  // Behaviours to name instead of a label.
  behaviour:
    "violence|abuse|assault|assaults|threats|threat|intimidation|coercion|control|controlling|coercive|stalking|harassment|strangulation|rape|aggression|abusive",
};

/**
 * The normalised form of a word as the matcher sees it: lower case, apostrophes dropped
 * ("doesn’t" and "doesnt" are the same word), a possessive `'s` kept as its own word.
 */
export function normaliseWord(word: string): string {
  checkArg("normaliseWord", WORD, word);
  const lower = word.toLowerCase();
  return lower === "'s" || lower === "\u2019s" ? "'s" : lower.replace(/['\u2018\u2019\u02bc`]/g, "");
}
