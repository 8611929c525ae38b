// What a text asserts beyond its words: figures (with unit and hedge), dates, age ranges, the
// actors it names. The contradiction check compares these between a sentence and the record.
import {MONTHS, MONTH_NAMES} from './aliases.js'
import {stemmer} from 'stemmer'
import {CLAIMED_CONTRARY, CLAUSE_BREAK, entityOf, foldCharacters, foldNumberWords, normalizeText, NOT_NEGATION, tokenize, withoutDateline, type Token} from './normalize.js'
import type {EntityClass} from './aliases.js'

export type Hedge = 'exact' | 'about' | 'more' | 'less'

export interface Figure {
  value: number
  unit: string
  hedge: Hedge
  /** As written, for messages. */
  raw: string
  /**
   * A rate's denominator as stated ("32.4 per 100,000": 100000; "per capita": 1). The value is then
   * per 100,000, so rates over other denominators compare.
   */
  per?: number
  /** The figure a change started from, when the text states one ("from 20% to 10%": on the 10%). */
  from?: Pick<Figure, 'value' | 'hedge' | 'raw' | 'per'>
  /**
   * The stems of the words it is tied to in its clause: up to three content words after it, then
   * up to two before ("potent" and "heroin" in "50 times more potent than heroin"). Read only in a
   * text that states two figures or more.
   */
  anchors?: string[]
  /**
   * On record: the claim's wordings that state it (0: the claim, 1 on: its variants). A figure
   * from the claim's `facts` has none.
   */
  wordings?: number[]
  /**
   * The figure a change started from, stated after where it went ("down from more than 27,000
   * pounds a year earlier"): a point of reference, as a date can be. A claim silent on it can still
   * explain the sentence (see `explainsConflict` in conflict.ts).
   */
  reference?: true
  /**
   * In the scope of a negation, with another of its unit stated in its place ("is not 1,000 times
   * stronger; it is about 50 times"): denied, not stated (see {@link deniedText}).
   */
  denied?: true
}

export interface DateValue {
  year?: number
  month?: number
  day?: number
  raw: string
  /**
   * A point of reference ("the lowest since 2019", "3% fewer than in 2022", "down from 2022"), not
   * when what the text states happened.
   */
  reference?: true
  /**
   * A point of reference from which what the text states goes on ("have been falling steadily
   * since late 2023", "has risen every year since 2019"): it holds in the years after it too.
   */
  ongoing?: true
  /**
   * A bare year in a clause that says something began ("the decline began in 2023", "started a
   * sustained decline in the second half of 2024"): it does not fall in the years a record says
   * something went on (see `ongoing`).
   */
  start?: true
  /** The first or the last year of a period the text states ("from 2019 to 2024", "between 2019 and 2024"). */
  span?: 'from' | 'to'
  /**
   * In the scope of a negation, with another date stated in its place ("was not signed in 2024;
   * Trump signed it in July 2025"): denied, not stated (see {@link deniedText}).
   */
  denied?: true
  /**
   * When the report or the remark that states it is dated ("a 2023 Reuters analysis found …",
   * "a report published in 2019", "…, a spokesperson said on 3 June 2025"), not when what it states
   * happened.
   */
  source?: true
  /**
   * In a clause that sets the scene with another event ("After talks stalled in 2023, …", "…,
   * nearly a decade after the crisis began in 2016", "Oregon, which had decriminalized hard drugs in
   * 2020, …"), not when what the text states happened.
   */
  scene?: true
  /**
   * For a date with a year: the stems of the words it is tied to, nearest first: up to three
   * content words before it in its clause ("heroin" in "then heroin from 2010"; "fentanyl", "made"
   * and "illicitly" in "and illicitly made fentanyl from 2013"; "released" and "data" in "data
   * released in May 2023"); for a date that sets the scene with none before it, up to three after
   * it ("class-wide" and "rule" in "before its May 2019 class-wide rule"). Not for the dates of a
   * range or a period.
   */
  anchors?: string[]
}

export interface AgeRange {
  from: number
  to: number
  raw: string
}

export interface Actor {
  term: string
  entity: EntityClass
  label: string
  /** Named only in a clause that sets the scene ("As China pressed Washington, …"). */
  context?: true
  /**
   * Named as who says it ("A DEA official noted that …", "…, according to the CDC", "…, Mexican
   * officials said"): in a text, only so; in a claim's assertions, so in some wording.
   */
  speaker?: true
}

/**
 * The place an actor takes in a text: the preposition before it ("from", "to", "on", "by", "with"
 * …), else "subject" for the first actor of its class named and those joined to it ("the US and
 * China"), "object" for the others. "China suspended cooperation with the US": China subject, US
 * with. In the passive, the actor after "by" is the subject and the subject the object.
 */
export interface Role {
  actor: string
  entity: EntityClass
  role: string
}

export interface Assertions {
  figures: Figure[]
  dates: DateValue[]
  ages: AgeRange[]
  actors: Actor[]
  /** Where each actor stands (see Role); absent when the text names no two actors of a class. */
  roles?: Role[]
  /**
   * In a claim's assertions: the words or phrases of its `requires`, each as the terms of its
   * tokens (stems, stop words as they are, actors by their alias), of which a sentence must state one.
   */
  requires?: string[][]
}

const UNITS: Array<[RegExp, string]> = [
  [/^(?:%|percent|per\s?cent|percentage points?)$/, 'percent'],
  [/^(?:lbs?|pounds?)$/, 'lb'],
  [/^(?:kg|kgs|kilograms?|kilos?)$/, 'kg'],
  [/^(?:mg|milligrams?)$/, 'mg'],
  [/^(?:pills?|tablets?)$/, 'pills'],
  [/^(?:doses?)$/, 'doses'],
  [/^(?:people|persons?|deaths?|americans?|individuals|lives|residents|adults|victims|fatalities)$/, 'people'],
  [/^(?:substances?|analogues?|analogs?|compounds?|drugs?|types?|kinds?|varieties)$/, 'substances'],
  [/^(?:chemicals?|precursors?)$/, 'chemicals'],
  [/^(?:states?)$/, 'states'],
  [/^(?:times|fold|x)$/, 'times'],
  [/^(?:days?)$/, 'days'],
  [/^(?:months?)$/, 'months'],
  [/^(?:years?)$/, 'years'],
  [/^(?:hours?)$/, 'hours'],
  [/^(?:troops|soldiers|guardsmen|members|agents|officers)$/, 'personnel'],
  [/^(?:indictments?|charges|counts)$/, 'charges'],
  [/^(?:companies|firms|entities|businesses|institutions|individuals and entities)$/, 'entities'],
  [/^(?:figures|suspects|fugitives|prisoners|defendants|operatives|bosses|leaders|traffickers|members|nationals|citizens)$/, 'persons'],
  [/^(?:countries|nations)$/, 'countries'],
  [/^(?:dollars?|usd)$/, 'usd'],
]

const SCALE: Record<string, number> = {thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9}

const HEDGES: Array<[RegExp, Hedge]> = [
  // Verbs of going past a figure state a lower bound too: "deaths topped 107,000".
  [/(?:more than|over|above|at least|in excess of|upward of|upwards of|exceeding|no fewer than|no less than|\b(?:top|tops|topped|topping|exceed|exceeds|exceeded|surpass|surpasses|surpassed|surpassing|eclipsed)(?:\s+the)?)\s*$/, 'more'],
  // "Up to" is a bound ("up to 10 years in prison"), but not after a verb of rising: "the tariff
  // went up to 35%" states the new level.
  [/(?:less than|fewer than|under|below|(?<!\b(?:go|goes|going|gone|went|rise|rises|rising|risen|rose|climb|climbs|climbing|climbed|move|moves|moving|moved|jump|jumps|jumping|jumped|shoot|shoots|shooting|shot|step|steps|stepping|stepped|ramp|ramps|ramping|ramped|bump|bumps|bumped|push|pushes|pushed|edge|edges|edged|tick|ticks|ticked|inch|inches|inched|creep|creeps|crept|hike|hikes|hiked|jack|jacks|jacked|crank|cranks|cranked)\s+)up to|at most|no more than)\s*$/, 'less'],
  [/(?:about|around|roughly|approximately|nearly|almost|some|close to|near|an estimated|estimated|approx\.?|~)\s*$/, 'about'],
]

function unitOf(word: string | undefined): string | undefined {
  if (!word) return undefined
  for (const [pattern, unit] of UNITS) if (pattern.test(word)) return unit
  return undefined
}

/** Words after a number that end the phrase in which its unit is looked for (see `extractFigures`). */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'than', 'since'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'last', 'next'])

/** Words after a number that say nothing about what it counts. */
const NOT_A_NOUN = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'more', 'less', 'fewer', 'than',
  'new', 'other', 'others', 'additional', 'further', 'different', 'separate', 'major', 'key', 'top', 'out', 'per', 'cent',
  'is', 'are', 'was', 'were', 'had', 'has', 'have', 'be', 'been', 'it', 'its', 'that', 'which', 'who', 'as', 'so',
])

/**
 * The unit of a figure whose counted noun is not a known unit: the noun itself (`noun:trafficker`),
 * so "nine traffickers" and "fifteen traffickers" compare but "two sides" and "31" do not.
 */
function nounUnit(words: readonly string[]): string | undefined {
  for (const word of words.slice(0, 3)) {
    if (NOT_A_NOUN.has(word)) continue
    return word.length > 2 ? `noun:${stemmer(word)}` : undefined
  }
  return undefined
}

/**
 * A rate's denominator, after "per": one grammar for recognising a rate ({@link RATE}) and reading
 * what it is counted per ({@link perOf}). "100,000" reaches it as "100000" (see `prepare`); "100 000"
 * (digits grouped by spaces), "1.5 million", "100k", "1m", "2bn", "million", "a thousand", "capita".
 * A scale letter counts only when attached to the digits: "100 m" is 100 (of what, it does not say).
 */
const DENOMINATOR = String.raw`(?:(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion)|(k|m|bn))?\b|(?:(?:a|one)\s+)?(thousand|million|billion)\b|capita\b)`
const PER = new RegExp(String.raw`^per\s+${DENOMINATOR}`)

/** What a rate is counted per: "per 100000" → 100000, "per 1.5 million" → 1500000, "per capita" → 1. */
function perOf(text: string): number | undefined {
  const m = PER.exec(text)
  if (!m) return undefined
  if (m[1]) {
    const scale = m[2] ?? m[3]
    return Number(m[1].replace(/[ \u00a0\u2009\u202f]/g, '')) * (scale ? SCALE[scale]! : 1)
  }
  return m[4] ? SCALE[m[4]]! : 1
}

/** Rates compare per this many. */
export const RATE_BASE = 100_000

/** A rate of `value` per `per` (as stated) → per {@link RATE_BASE}. */
export function perBase(value: number, per: number): number {
  return (value * RATE_BASE) / per
}

/** The denominator of a rate unit as the database writes it in `facts` ("deaths per 100,000"). */
export function unitPer(unit: string | undefined): number | undefined {
  if (!unit) return undefined
  const text = prepare(unit)
  const at = text.search(/\bper\b/)
  return at >= 0 ? perOf(text.slice(at)) : undefined
}

/** A unit as the database writes it in `facts` ("people sentenced", "pounds") → the extraction's unit. */
export function normalizeUnit(unit: string | undefined): string {
  if (!unit) return ''
  const words = unit.toLowerCase().split(/[\s-]+/).filter(Boolean)
  if (words.includes('per')) return 'rate'
  for (const word of words) {
    const known = unitOf(word)
    if (known) return known
  }
  return nounUnit(words) ?? ''
}

/** Prepare text for figure extraction: folded characters, number words as digits, lower case. */
function prepare(text: string): string {
  const folded = foldNumberWords(foldCharacters(withoutDateline(text))).toLowerCase()
  if (!/\d/.test(folded)) return folded
  // A year before a counted noun is marked as one (a word joiner after it, which NOT_A_YEAR does
  // not look past) while it still has no thousands separator to tell it from a count; then the
  // separators go (they need digits).
  return folded
    .replace(YEAR_BEFORE_NOUN, `$1${YEAR_MARK}`)
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
}

const MONTH_PATTERN =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?'

function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length)
}

type DatePattern = [RegExp, (m: RegExpExecArray) => DateValue]

// Built once: the patterns below are tried on every sentence. All are global and run in `exec`
// loops (matchAll would copy the regex each time) that start at `lastIndex` 0 and run until a
// failed match, which sets it back to 0.

/** Ranges first: "January 30-31, 2024" and "30-31 January 2024" are the first day. */
const MONTH_DAY_RANGE = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})\\s*(?:-|to|and)\\s*(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g')
const DAY_RANGE_MONTH = new RegExp(`\\b(\\d{1,2})\\s*(?:-|to|and)\\s*(\\d{1,2})\\s+${MONTH_PATTERN},?\\s+(\\d{4})\\b`, 'g')
/** "January to August 2025" is two months of one year. */
const MONTH_RANGE = new RegExp(`\\b${MONTH_PATTERN}\\s*(?:-|to|through|and)\\s*${MONTH_PATTERN},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g')

/** Dates with a month name, tried in this order. */
const MONTH_DATES: DatePattern[] = [
  [
    new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'),
    (m) => ({year: +m[3]!, month: MONTHS[m[1]!], day: +m[2]!, raw: m[0]}),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN},?\\s+(\\d{4})\\b`, 'g'),
    (m) => ({year: +m[3]!, month: MONTHS[m[2]!], day: +m[1]!, raw: m[0]}),
  ],
  [new RegExp(`\\b${MONTH_PATTERN},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'), (m) => ({year: +m[2]!, month: MONTHS[m[1]!], raw: m[0]})],
  [
    new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d)`, 'g'),
    (m) => ({month: MONTHS[m[1]!], day: +m[2]!, raw: m[0]}),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?![a-z])`, 'g'),
    (m) => ({month: MONTHS[m[2]!], day: +m[1]!, raw: m[0]}),
  ],
]
const ISO_DATE: DatePattern = [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => ({year: +m[1]!, month: +m[2]!, day: +m[3]!, raw: m[0]})]
/** After a four-digit number: what makes it a count or a figure, not a year ("2000 pounds", "2024.5"). */
const NOT_A_YEAR = String.raw`(?!\s*(?:%|percent|lb|pounds|kg|kilograms|pills|people|deaths|substances|mg|times|troops))(?![.,]\d)`
/**
 * A year before a counted noun, as edited copy writes a year used as an adjective ("put 2024 deaths
 * near 80,000"; a count of 2,024 would have its comma): any noun but a measure, and no hedge before
 * it ("more than 2000 pounds" is a count).
 */
const YEAR_BEFORE_NOUN =
  /(?<!\b(?:than|about|nearly|almost|over|some|roughly|approximately|around|near|least|to|under|below|above)\s+)(?<![$\d.,])\b((?:19|20)\d{2})\b(?=\s+(?:lb|pounds|kg|kilograms|pills|people|deaths|substances|troops)\b)/g
/** What `prepare` puts after a year before a counted noun (U+2060 WORD JOINER). */
const YEAR_MARK = '\u2060'
/** Years without a month, tried after the month dates. */
const YEARS: DatePattern[] = [
  [/\b(?:fiscal(?: year)?|fy)\s*'?(\d{4})\b/g, (m) => ({year: +m[1]!, raw: m[0]})],
  // Earlier years need a word that makes them years: "built in 1874", "since 1912".
  [/\b(?:in|since|by|from|until|till|before|after|of|year|around|circa|c\.)\s+(1[5-8]\d{2})\b(?![.,]\d)/g, (m) => ({year: +m[1]!, raw: m[1]!})],
  [
    new RegExp(String.raw`(?<![$\d.,])\b((?:19|20)\d{2})\b${NOT_A_YEAR}`, 'g'),
    (m) => ({year: +m[1]!, raw: m[0]}),
  ],
]
/** A period of years: "from 2019 to 2024", "between 2019 and 2024", "from fiscal years 2015 to 2024", "from 2019 to mid-2024". */
const YEAR_SPAN = new RegExp(
  String.raw`\b(?:from|between)\s+(?:(?:fiscal\s+)?years?\s+|fy\s*)?((?:19|20)\d{2})\s*(?:to|and|through|until|till|-)\s*(?:(?:fiscal\s+)?years?\s+|fy\s*|mid-?|early\s+|late\s+|the\s+end\s+of\s+)?((?:19|20)\d{2})\b${NOT_A_YEAR}`,
  'g',
)
/** Every month name or abbreviation in {@link MONTH_PATTERN} starts with one of these. */
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/

/** "Since" before a date, with how early or late in it: "since", "since late", "since the start of". */
const SINCE = String.raw`\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?`

/**
 * Words that make the date after them a point of reference: "since 2019", "since early 2024",
 * "fewer than in 2022", "as many as in 2021", "compared with 2022", "down from 2022", "27% from
 * 2023". ("From" alone often starts a period: "from November 10, 2025".)
 */
const REFERENCE = new RegExp(
  String.raw`(?:${SINCE}|\b(?:than|as)\s+(?:in\s+)?|\bcompared\s+(?:with|to)\s+(?:in\s+)?|\b(?:versus|vs\.?)\s+|\b(?:down|up)\s+from\s+|(?:%|\bpercent|\bper\s?cent)\s+from\s+)$`,
)

/**
 * A perfect tense that goes on "since" a date, in one clause, with no superlative or "first" on the
 * way ("have been falling steadily month by month since late 2023", "has declined since 2022"; not
 * "has seen the first annual decline since 2018", "has been the lowest since 2019").
 */
const ONGOING_SINCE = new RegExp(
  String.raw`\bha(?:ve|s)\s+(?:(?:not\s+|never\s+)?(?:\w+ly\s+)?)(?:been\s+\w+(?:ing|ed|en|wn)|(?!been\b)(?:\w+(?:ed|en|wn)|done|made|kept|held|had|seen|sent|spent|led))\b(?:(?!\b(?:first|last|lowest|highest|largest|biggest|smallest|most|least|record|\w+est)\b)[^,;:.])*${SINCE}$`,
)

/**
 * A change from a date, not a period from it to another ({@link PERIOD_END} after it): "fell
 * slightly from 2022", "rose sharply from 2019", "fell by about a quarter from 2023", not "rose
 * from 2019 to 2023".
 */
const CHANGED_FROM =
  /\b(?:fell|fallen|dropped|declined|decreased|dipped|slipped|eased|rose|risen|grew|grown|climbed|increased|jumped|surged|soared)\s+(?:\w+ly\s+)?(?:by(?:\s+[^\s,;:]+){1,5}\s+)?from\s+(?:(?:early|late|mid)[\s-]+)?$/
/**
 * The figure a change started from, after the figure it came to: "21,889 pounds …, down from more
 * than 27,000 pounds a year earlier", "down from a record of …" (see Figure.reference).
 */
const CHANGED_FROM_FIGURE =
  /\b(?:down|up)\s+from\s+(?:(?:a|an|the)\s+(?:record|peak|high|low)\s+(?:high\s+|low\s+)?of\s+)?(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|around\s+|over\s+|under\s+)?\$?$/
/** Before a count that adds to one named before it, in the same clause and after no other figure ("X and 28 other …"). */
const OTHERS_BEFORE = /(?:^|[,;:(])[^,;:()\d]*\b(?:and|along\s+with|together\s+with|plus)\s+$/
/** After it: "other(s)" ("28 other cartel figures", "28 others"). */
const OTHERS_AFTER = /^\s+others?\b/
/** What ends a period after its first date: "to", "through", "until", a dash. */
const PERIOD_END = /^\s*(?:to|through|thru|until|till|and)\b|^\s*[-\u2013\u2014]\s*\d/

/** The punctuation that ends a clause, for the readers of dates and their anchors (as in a character class). */
const CLAUSE_PUNCTUATION = ',;:()\u2014'

/**
 * Verbs that say who says it: "officials said", "a DEA official noted that", "she told reporters".
 * Not "reported" or "states", which are as often an adjective ("reported deaths") or a noun.
 */
const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'noted', 'added', 'stated', 'testified', 'explained', 'confirmed', 'warned', 'acknowledged', 'remarked',
  // Verbs of contested assertion: "President Trump has claimed that …", "Beijing insists that …".
  'claim', 'claimed', 'claims', 'insist', 'insisted', 'insists', 'argue', 'argued', 'argues', 'allege', 'alleged', 'alleges', 'assert', 'asserted', 'asserts',
  'contend', 'contended', 'contends',
]
const SPEECH = new Set(SPEECH_VERBS)

/** Documents whose date is when they were written, not when what they report happened. */
const DOCUMENT = String.raw`(?:reports?|analys[ie]s|stud(?:y|ies)|assessments?|reviews?|audits?|papers?|articles?|investigations?|testimony)`
/** Before a date that dates a document: "a 2023 Reuters analysis", "the DEA's 2024 National Drug Threat Assessment". */
const DATED_BY = /(?:\b(?:a|an|the|its|their|his|her|our|this|whose)|['’]s)\s+$/
/** After such a date: up to four words that name the document, then what it is. */
const DATED_DOCUMENT = new RegExp(
  String.raw`^\s+(?:(?!(?:the|a|an|in|on|of|to|by|for|with|and|or|that|which|who|was|were|is|are|has|had|have)\b)[a-z.'’&-]+\s+){0,4}${DOCUMENT}\b`,
)
/** Before a date: a document and when it came out ("a report published in", "testimony in March", "a study from"). */
const DOCUMENT_DATED = new RegExp(
  String.raw`\b${DOCUMENT}\s+(?:(?:published|released|issued|dated|filed|submitted|presented|delivered|updated)\s+)?(?:in|on|from)\s+(?:(?:early|late|mid)[\s-]+)?$`,
)
/** A weekday before a date ("on Tuesday, June 3, 2025"): part of the date's clause. */
const WEEKDAY = /(?:\bon\s+)?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$/
/**
 * A later clause that says who said it, up to its date ("…, officials said on", "…, she told
 * reporters in"), without "that" (after it, the date is what was said). Verbs of speech only: "…,
 * according to data for 2024" and "…, with reported deaths in 2023" date what is stated.
 */
const SAID_BY = new RegExp(String.raw`[,;:(\u2014][^${CLAUSE_PUNCTUATION}]*\b(?:${SPEECH_VERBS.join('|')})\b(?:(?!\bthat\b)[^${CLAUSE_PUNCTUATION}])*$`)
/** A first clause that only says when someone spoke: "Speaking in March 2021, …", "In an interview on 3 June, …". */
const SPOKEN = new RegExp(String.raw`^\s*(?:speaking|writing|testifying|in\s+(?:remarks|comments|testimony|an\s+interview))\b[^${CLAUSE_PUNCTUATION}]*$`)

/** Is the date at `index` … `end` of `text` the date of the report or remark that states it (see DateValue.source)? */
function datesItsSource(text: string, index: number, end: number): boolean {
  // A clause is read 200 characters back at most (a longer one is no attribution), so a huge
  // unpunctuated "sentence" costs no more per date.
  const start = Math.max(0, index - 200)
  const before = text.slice(start, index).replace(WEEKDAY, '')
  return (
    (DATED_BY.test(before) && DATED_DOCUMENT.test(text.slice(end, end + 80))) ||
    DOCUMENT_DATED.test(before) ||
    SAID_BY.test(before) ||
    (start === 0 && SPOKEN.test(before))
  )
}

/**
 * The start of a clause that sets the scene with another event: a word that opens one ("after",
 * "when", "amid" …; not "as of", "as in"), "which had" or "who had" after a comma (an earlier event
 * told in passing: "Oregon, which had decriminalized hard drugs in 2020, …"), or "after", "before"
 * or "following" after a stretch of
 * time ("three years after", "nearly a decade after", "shortly before"), then at least one word
 * before the date ("after the 2022 summit", not "in the years before 2020").
 */
const SCENE_OPENING = new RegExp(
  String.raw`^\s*(?:even\s+)?(?:after|before|following|amid|while|when|although|though|because|despite|once|until|whereas|(?:which|who)\s+had|as(?!\s+(?:of|in|at|on|to|for|well|many|much|recently|early|late)\b)|(?:(?:nearly|almost|about|some|just|only|more\s+than|less\s+than)\s+)?(?:(?:a|an|one|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|following)|(?:shortly|soon|long|just|right)\s+(?:after|before))\s+(?:[^${CLAUSE_PUNCTUATION}\s]+\s+)+$`,
)

/** Words that say something began: "began", "started", "first", "onset", "launched". */
const BEGINS = /\b(?:beg[ai]n|begun|begins|beginning|start(?:ed|s|ing)?|first|onset|launch(?:ed|es)?)\b/

/** The text of the clause before `index`, from its start (up to 200 characters back), after `trim` is cut from its end. */
function clauseBefore(text: string, index: number, trim?: RegExp): string {
  const slice = text.slice(Math.max(0, index - 200), index)
  const before = trim ? slice.replace(trim, '') : slice
  let start = before.length
  while (start > 0 && !CLAUSE_END.has(before[start - 1]!)) start--
  return before.slice(start)
}

/** Is the date at `index` of `text` in a clause that says something began then (see DateValue.start)? */
const begins = (text: string, index: number): boolean => BEGINS.test(clauseBefore(text, index))

/** Is the date at `index` of `text` in a clause that sets the scene (see DateValue.scene)? */
function inScene(text: string, index: number): boolean {
  // "… officials wrote that after the November 2023 summit": a clause opens after "that" too.
  const clause = clauseBefore(text, index, WEEKDAY)
  const that = clause.lastIndexOf(' that ')
  return SCENE_OPENING.test(that >= 0 ? clause.slice(that + 6) : clause)
}

/** Characters that end a clause (CLAUSE_PUNCTUATION, one by one). */
const CLAUSE_END = new Set(CLAUSE_PUNCTUATION)

/** The date found at `index` … `end` of `text`, marked when it is a point of reference, dates a source or sets the scene. */
function placed(date: DateValue, text: string, index: number, end: number): DateValue {
  if (REFERENCE.test(text.slice(Math.max(0, index - 40), index))) return ONGOING_SINCE.test(text.slice(Math.max(0, index - 120), index)) ? {...date, reference: true, ongoing: true} : {...date, reference: true}
  if (CHANGED_FROM.test(text.slice(Math.max(0, index - 40), index)) && !PERIOD_END.test(text.slice(end, end + 12))) return {...date, reference: true}
  if (datesItsSource(text, index, end)) return {...date, source: true}
  const event = inScene(text, index) ? {...date, scene: true as const} : date
  return date.month === undefined && begins(text, index) ? {...event, start: true} : event
}

/** Words between a year and what it is tied to: prepositions, articles, hedges, parts of a year, parts of a figure. */
const NOT_AN_ANCHOR = new Set(
  'a an the and or but then than as like in on at by of for from to since until till through before after during between around about circa c some roughly approximately nearly almost only just early late mid end start beginning middle fiscal fy year years was were is are be been has had have that which when it its their one two three four five six seven eight nine ten hundred thousand million billion percent per out more less fewer most least times time so very much over under'.split(' '),
)

/** Words that join clauses: a clause ends at one, or at punctuation. */
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'then', 'while', 'whereas', 'with'])
/** Words, and the punctuation that ends a clause. */
const CLAUSE_TOKENS = new RegExp(`[a-z][a-z'-]*|[${CLAUSE_PUNCTUATION}]`, 'g')

// Words recur from sentence to sentence: each one's stem is worked out once (a bounded memo).
const stems = new Map<string, string>()
const STEM_MEMO_SIZE = 20_000
function stemOf(word: string): string {
  let stem = stems.get(word)
  if (stem === undefined) {
    if (stems.size >= STEM_MEMO_SIZE) stems.clear()
    stem = stemmer(word)
    stems.set(word, stem)
  }
  return stem
}

/**
 * Up to `count` content words (not NOT_AN_ANCHOR, not months) of the clause that ends (`before`) or
 * starts at `index` of `text`, nearest first, stemmed. Looks 80 characters away at most.
 */
function anchorsAt(text: string, index: number, count: number, before: boolean): string[] {
  const tokens = (before ? text.slice(Math.max(0, index - 80), index) : text.slice(index, index + 80)).match(CLAUSE_TOKENS)
  const stems: string[] = []
  if (!tokens) return stems
  for (let at = before ? tokens.length - 1 : 0; at >= 0 && at < tokens.length && stems.length < count; at += before ? -1 : 1) {
    const token = tokens[at]!
    if (token.length === 1 && !/[a-z]/.test(token)) break
    if (CLAUSE_WORDS.has(token)) break
    if (!NOT_AN_ANCHOR.has(token) && !Object.hasOwn(MONTHS, token)) stems.push(stemOf(token))
  }
  return stems
}

function extractDates(text: string): {dates: DateValue[]; rest: string} {
  const dates: DateValue[] = []
  // Every pattern needs a digit; all but the month-and-day ones need four in a row; those with a
  // month name need its first three letters (the text is lower case). Skip what cannot match.
  if (!/\d/.test(text)) return {dates, rest: text}
  const year = /\d{4}/.test(text)
  const month = MONTH_START.test(text)
  let rest = text
  // Dates with a month and a year, and where each starts (for the months without a year after them).
  const monthYears: Array<[DateValue, number]> = []
  if (year && month) {
    // Each range pattern scans the text as it was before that pattern (`source`), as matchAll did.
    let source = rest
    MONTH_DAY_RANGE.lastIndex = 0
    for (let m = MONTH_DAY_RANGE.exec(source); m; m = MONTH_DAY_RANGE.exec(source)) {
      dates.push(placed({year: +m[4]!, month: MONTHS[m[1]!], day: +m[2]!, raw: m[0]}, source, m.index, m.index + m[0].length))
      monthYears.push([dates.at(-1)!, m.index])
      rest = blank(rest, m.index, m[0].length)
    }
    source = rest
    DAY_RANGE_MONTH.lastIndex = 0
    for (let m = DAY_RANGE_MONTH.exec(source); m; m = DAY_RANGE_MONTH.exec(source)) {
      dates.push(placed({year: +m[4]!, month: MONTHS[m[3]!], day: +m[1]!, raw: m[0]}, source, m.index, m.index + m[0].length))
      monthYears.push([dates.at(-1)!, m.index])
      rest = blank(rest, m.index, m[0].length)
    }
    source = rest
    MONTH_RANGE.lastIndex = 0
    for (let m = MONTH_RANGE.exec(source); m; m = MONTH_RANGE.exec(source)) {
      dates.push(
        placed({year: +m[3]!, month: MONTHS[m[1]!], raw: m[0]}, source, m.index, m.index + m[0].length),
        placed({year: +m[3]!, month: MONTHS[m[2]!], raw: m[0]}, source, m.index, m.index + m[0].length),
      )
      monthYears.push([dates.at(-1)!, m.index])
      rest = blank(rest, m.index, m[0].length)
    }
  }
  if (year) {
    YEAR_SPAN.lastIndex = 0
    for (let m = YEAR_SPAN.exec(rest); m; m = YEAR_SPAN.exec(rest)) {
      dates.push({year: +m[1]!, raw: m[1]!, span: 'from'}, {year: +m[2]!, raw: m[2]!, span: 'to'})
      rest = blank(rest, m.index, m[0].length)
    }
  }
  const patterns: DatePattern[] = []
  // Bare years and where each is.
  const years: Array<[DateValue, number, number]> = []
  if (year) patterns.push(ISO_DATE)
  // Only the month-and-day patterns do without a year; without a month, only the year ones are left.
  if (month) patterns.push(...(year ? MONTH_DATES : MONTH_DATES.slice(3)))
  if (year) patterns.push(...YEARS)
  for (const [pattern, build] of patterns) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      const value = build(m)
      // "may 5" is a date, but "may" alone is a verb: the patterns above always need a number.
      if (value.month === undefined && value.year === undefined) continue
      if (value.day !== undefined && (value.day < 1 || value.day > 31)) continue
      const date = placed(value, rest, m.index, m.index + m[0].length)
      dates.push(date)
      if (value.year !== undefined) years.push([date, m.index, m.index + m[0].length])
      if (value.year !== undefined && value.month !== undefined) monthYears.push([date, m.index])
      rest = blank(rest, m.index, m[0].length)
    }
  }
  if (monthYears.length > 0) rest = monthsOfTheYear(rest, monthYears, dates)
  for (const [date, index, end] of years) {
    let anchors = anchorsAt(rest, index, 3, true)
    // An event that sets the scene may be named after its date only ("before its May 2019 class-wide rule").
    if (anchors.length === 0 && date.scene) anchors = anchorsAt(rest, end, 3, false)
    if (anchors.length > 0) date.anchors = anchors
  }
  return {dates, rest}
}

/** A month named without a day or a year after it: "in August", "by March". */
const BARE_MONTH = new RegExp(`\\b(?:in|by|until|till|through|since|from)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_PATTERN}(?![a-z]|\\s*\\d)`, 'g')

/**
 * A month named without a year after a date of that year with an earlier or the same month is in
 * that year: "29 in February 2025 and 26 more in August" states August 2025. (After a later month,
 * "November 2024 … in February", the year is not known, and a month alone in a sentence is often
 * only when something was said: "In August, officials said …".) Adds them to `dates` and returns
 * `rest` without them.
 */
function monthsOfTheYear(rest: string, monthYears: ReadonlyArray<[DateValue, number]>, dates: DateValue[]): string {
  let out = rest
  BARE_MONTH.lastIndex = 0
  for (let m = BARE_MONTH.exec(rest); m; m = BARE_MONTH.exec(rest)) {
    const month = MONTHS[m[1]!]!
    let before: DateValue | undefined
    let nearest = -1
    for (const [date, index] of monthYears) {
      if (index < m.index && index > nearest) {
        nearest = index
        before = date
      }
    }
    if (!before || before.month! > month) continue
    const start = m.index + m[0].lastIndexOf(m[1]!)
    dates.push(placed({year: before.year!, month, raw: m[1]!}, rest, start, m.index + m[0].length))
    out = blank(out, start, m.index + m[0].length - start)
  }
  return out
}

const AGE_PATTERNS = [
  /\b(?:ages?d?|aged)\s+(?:of\s+|between\s+)?(\d{1,3})\s*(?:and|to|-|through)\s*(\d{1,3})\b/g,
  /\bbetween\s+(\d{1,3})\s+and\s+(\d{1,3})\s*(?:-\s*)?(?:years?[\s-]olds?|years of age|years old)/g,
  /\b(\d{1,3})-?\s*(?:-|to)\s*(\d{1,3})[\s-]*years?[\s-]*olds?\b/g,
  /\b(\d{1,3})\s*(?:-|to)\s*(\d{1,3})\s+age group\b/g,
]

function extractAges(text: string): {ages: AgeRange[]; rest: string} {
  const ages: AgeRange[] = []
  let rest = text
  // Every pattern needs a digit.
  if (!/\d/.test(text)) return {ages, rest}
  for (const pattern of AGE_PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      const from = +m[1]!
      const to = +m[2]!
      if (from < to && to <= 120) {
        ages.push({from, to, raw: `${from}–${to}`})
        rest = blank(rest, m.index, m[0].length)
      }
    }
  }
  return {ages, rest}
}

/**
 * A court's or a vote's split: "ruled 6-3", "voted 52 to 48", "a 6-3 decision". Its value is both
 * sides, for + against × 1000 (compared exactly).
 */
const VOTE_PATTERN =
  /\b(?:(?:ruled|voted|vote|split|margin|majority)\s+(?:of\s+|by\s+|was\s+)?(?:a\s+)?(\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})\b|(\d{1,3})\s*(?:-|\u2013)\s*(\d{1,3})\s+(?:vote|decision|ruling|majority|verdict)\b)/g

/** Ratios such as "7 out of 10" (global: see the date patterns). */
const RATIO_PATTERN = /\b(\d+)\s+(?:out\s+of|in|of\s+every)\s+(\d+)\b/g

const NUMBER_PATTERN =
  /(?<![\w.])(\$)?(\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|k|m)\b)?(?:\s*(%|percent\b|per\s?cent\b|percentage points?))?/g

function extractFigures(text: string): Figure[] {
  const figures: Figure[] = []
  // Every figure has a digit.
  if (!/\d/.test(text)) return figures
  let rest = text
  // Ratios such as "7 out of 10" or "seven in 10" read as one figure.
  RATIO_PATTERN.lastIndex = 0
  for (let m = RATIO_PATTERN.exec(text); m; m = RATIO_PATTERN.exec(text)) {
    const part = +m[1]!
    const whole = +m[2]!
    if (whole > 0 && part <= whole && whole <= 1000 && whole % 10 === 0) {
      figures.push({value: part / whole, unit: 'ratio', hedge: 'exact', raw: m[0]})
      rest = blank(rest, m.index, m[0].length)
    }
  }
  VOTE_PATTERN.lastIndex = 0
  for (let m = VOTE_PATTERN.exec(rest); m; m = VOTE_PATTERN.exec(rest)) {
    const yes = +(m[1] ?? m[3])!
    const no = +(m[2] ?? m[4])!
    figures.push({value: yes * 1000 + no, unit: 'vote', hedge: 'exact', raw: `${yes}-${no}`})
    rest = blank(rest, m.index, m[0].length)
  }
  // `rest` is not changed below: the loop scans one string.
  const numbers = figures.length
  // Where each figure found below starts and ends in `rest`.
  const starts: number[] = []
  const ends: number[] = []
  NUMBER_PATTERN.lastIndex = 0
  for (let m = NUMBER_PATTERN.exec(rest); m; m = NUMBER_PATTERN.exec(rest)) {
    const index = m.index
    const before = rest.slice(Math.max(0, index - 24), index)
    if (/\bno\.?\s*$/.test(before) || /[#§]\s*$/.test(before)) continue
    // "32.4 per 100,000" is a rate's denominator, not a figure the sentence asserts.
    // (and "000" in "per 10 000").
    if (/\bper\s*(?:\d{1,3}[ \u00a0\u2009\u202f])*$/.test(before)) continue
    // "Executive Order 14059", "HB 4002", "S. 331": names, not figures (but "the U.S. 25% tariff": a figure).
    if (/(?:\b(?:order|bill|act|hb|sb|h\.r\.|measure|resolution|section|article|chapter|title|route|highway|no)|(?<![\w.])s\.)\s*$/.test(before)) continue
    const after = rest.slice(index + m[0].length)
    // "Three years after the summit", "two weeks later": when, not a figure the sentence asserts.
    if (!m[1] && !m[3] && !m[4] && RELATIVE_TIME.test(after)) continue
    let value = Number(m[2])
    if (m[3]) value *= SCALE[m[3]] ?? 1
    let unit = m[4] ? 'percent' : m[1] ? 'usd' : undefined
    // "32.4 deaths per 100,000": a rate, not a count of deaths.
    let per: number | undefined
    if (!unit) {
      const rate = RATE.exec(after)
      if (rate) {
        unit = 'rate'
        per = perOf(after.slice(rate[0].length))
      }
    }
    if (!unit) {
      // The counted noun follows, possibly after an adjective or "types of".
      const words = after.match(/^[\s-]*([a-z%]+)(?:[\s-]+([a-z]+))?(?:[\s-]+([a-z]+))?(?:[\s-]+([a-z]+))?/)
      const following = words ? words.slice(1).filter((w): w is string => Boolean(w)) : []
      // A preposition, or a determiner not after "of", starts another phrase: "down from 110,037
      // the year before" (but "54 of its associates").
      const end = following.findIndex((word, at) => PREPOSITIONS.has(word) || (DETERMINERS.has(word) && following[at - 1] !== 'of'))
      const candidates = end < 0 ? following : following.slice(0, end)
      for (const [at, word] of candidates.entries()) {
        // "Drug" before another noun modifies it: "80,391 drug overdose deaths" counts deaths.
        if (word === 'of' || word === 'types' || word === 'kinds' || (word === 'drug' && at + 1 < candidates.length)) continue
        unit = unitOf(word)
        if (unit) break
      }
      // "200,000 to 300,000 Americans": the first figure counts what the second counts.
      if (!unit && /^\s*(?:to|-|and|or)\s*\$?\d/.test(after)) unit = PENDING
      if (!unit) unit = nounUnit(candidates)
    }
    let hedge: Hedge = 'exact'
    for (const [pattern, kind] of HEDGES) {
      if (pattern.test(before)) {
        hedge = kind
        break
      }
    }
    // "Caro Quintero and 28 other cartel figures": 29 in all, with the one named (not after another
    // figure: "10 companies and 20 other people" are not 21).
    if (unit !== 'percent' && unit !== 'usd' && per === undefined && OTHERS_AFTER.test(after) && OTHERS_BEFORE.test(rest.slice(Math.max(0, index - 60), index))) value += 1
    const figure: Figure = {value, unit: unit ?? '', hedge, raw: m[0].trim()}
    if (per !== undefined) figure.per = per
    if (CHANGED_FROM_FIGURE.test(rest.slice(Math.max(0, index - 48), index))) figure.reference = true
    figures.push(figure)
    starts.push(index)
    ends.push(index + m[0].length)
  }
  for (let index = figures.length - 1; index >= 0; index--) {
    const figure = figures[index]!
    if (figure.unit !== PENDING) continue
    figure.unit = figures[index + 1]?.unit ?? ''
    if (figure.hedge === 'exact' && index + 1 < figures.length) figure.hedge = figures[index + 1]!.hedge
    // "from 32.6 to 31.3 per 100,000": both are per 100,000.
    const per = figures[index + 1]?.per
    if (per !== undefined) figure.per = per
  }
  for (const figure of figures) if (figure.per !== undefined) figure.value = perBase(figure.value, figure.per)
  // What each figure is tied to (see `misplaced` and `tiedToAnother` in conflict.ts).
  if (figures.length > numbers) {
    for (let at = 0; at < starts.length; at++) {
      const anchors = [...new Set([...anchorsAt(rest, ends[at]!, 3, false), ...anchorsAt(rest, starts[at]!, 2, true)])]
      if (anchors.length > 0) figures[numbers + at]!.anchors = anchors
    }
  }
  // A change: "from 20% to 10%", "from about 57% to about 47%", "from 40% in 2021 to 60%".
  for (let index = numbers; index + 1 < figures.length; index++) {
    const start = figures[index]!
    const end = figures[index + 1]!
    if (!start.unit || start.unit !== end.unit) continue
    const at = index - numbers
    // "from 40% in 2021 to 60% in 2022 and 70% in 2023": the change goes on from 60% to 70%.
    const between = rest.slice(ends[at]!, starts[at + 1]!)
    const goesOn = start.from !== undefined && CHANGE_ON.test(between)
    if (!goesOn && (!CHANGE_FROM.test(rest.slice(Math.max(0, starts[at]! - 40), starts[at]!)) || !CHANGE_TO.test(between))) continue
    end.from = {value: start.value, hedge: start.hedge, raw: start.raw}
    if (start.per !== undefined) end.from.per = start.per
  }
  // A change stated by its factor: "doubled the tariff to 20%" started at 10%.
  for (let at = 0; at < starts.length; at++) {
    const figure = figures[numbers + at]!
    if (figure.from || !figure.unit) continue
    const m = MULTIPLIED.exec(rest.slice(Math.max(0, starts[at]! - 60), starts[at]!))
    if (!m) continue
    const verb = m[1]!.startsWith('cut') ? 'cut in half' : m[1]!
    figure.from = {value: figure.value / FACTORS[verb]!, hedge: figure.hedge, raw: verb}
    if (figure.per !== undefined) figure.from.per = figure.per
  }
  return figures
}

/** After a number: a stretch of time that dates something by another event ("3 years after", "2 weeks later", "5 years ago"). */
const RELATIVE_TIME = /^\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier|ago)\b/

/** The factor of a change stated by a verb. */
const FACTORS: Record<string, number> = {doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5, 'cut in half': 0.5}
/** Before a figure: a change stated by its factor, then "to", in one clause ("doubled the tariff on China to"). */
const MULTIPLIED = /\b(doubled|tripled|quadrupled|halved|cut\s+(?:\w+\s+){0,3}in\s+half)\b[^,;:.()]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\$?$/

const CHANGE_HEDGE = String.raw`(?:(?:about|around|roughly|approximately|nearly|almost|some|an estimated|more than|over|less than|under)\s+)?`
/** Before the first figure of a change. */
const CHANGE_FROM = new RegExp(String.raw`\bfrom\s+${CHANGE_HEDGE}$`)
/** Between the two figures of a change (a year between them is blanked out already). */
const CHANGE_TO = new RegExp(String.raw`^\s+(?:in\s+)?to\s+${CHANGE_HEDGE}$`)
/** Between the end of a change and the next figure that carries it on ("… to 60% in 2022 and 70%"). */
const CHANGE_ON = new RegExp(String.raw`^\s+(?:in\s+)?(?:,\s*|,?\s*(?:and|then)\s+)(?:(?:then|to)\s+)?${CHANGE_HEDGE}$`)

const PENDING = '\u0000pending'
/** After a figure: what makes it a rate ("32.4 deaths per 100,000", "324 per million"), up to "per". */
const RATE = new RegExp(String.raw`^[\s-]*(?:[a-z]+[\s-]+){0,2}(?=per\s+${DENOMINATOR})`)

/** Words that give an actor after them its place. */
const ROLE_WORDS = new Set(['from', 'to', 'on', 'by', 'with', 'against', 'into', 'in', 'of', 'for', 'at', 'over', 'toward', 'towards', 'between'])

/** Clauses that set the scene rather than state the claim: "As China pressed Washington, …". */
const SCENE = new Set(['as', 'amid', 'while', 'after', 'before', 'when', 'although', 'though', 'because', 'since', 'if', 'unless', 'despite', 'following', 'once', 'until', 'whereas', 'even'])
/** Which clauses of the text (see Token.clause) set the scene, by clause number. */
function sceneClauses(tokens: readonly Token[]): Set<number> {
  const scene = new Set<number>()
  tokens.forEach((token, at) => {
    const clause = token.clause ?? 0
    if ((at === 0 || clause !== tokens[at - 1]!.clause) && SCENE.has(token.word)) scene.add(clause)
  })
  return scene
}

/**
 * Where the tokens only say who says it (see speakerPositions), or undefined: without a verb of
 * speech or "according to", no word does.
 */
export function whoSays(tokens: readonly Token[]): boolean[] | undefined {
  return tokens.some((token) => SPEECH.has(token.word) || token.word === 'according') ? speakerPositions(tokens) : undefined
}

/** After a verb of speech, at most this many words in its clause for it to end an attribution ("…, officials said on Tuesday"). */
const ATTRIBUTION_TAIL = 4

/**
 * Where the tokens only say who says it, by clause: before a verb of speech and the "that" after it
 * ("A DEA official noted that …", "she told reporters that …"); from "according to" to the end of
 * its clause; and a later clause whose verb of speech ends it ("…, Mexican officials said", "…, the
 * CDC said on Tuesday"). Not "X said China would …": without "that", what follows is stated.
 */
function speakerPositions(tokens: readonly Token[]): boolean[] {
  const speaking = tokens.map(() => false)
  for (let start = 0; start < tokens.length; ) {
    const clause = tokens[start]!.clause
    let end = start
    while (end < tokens.length && tokens[end]!.clause === clause) end++
    for (let at = start; at < end; at++) {
      const word = tokens[at]!.word
      if (word === 'according' && tokens[at + 1]?.word === 'to') {
        speaking.fill(true, at, end)
        break
      }
      if (!SPEECH.has(word)) continue
      let that = at + 1
      while (that < end && tokens[that]!.word !== 'that') that++
      if (that < end) speaking.fill(true, start, that)
      else if (start > 0 && end - at - 1 <= ATTRIBUTION_TAIL && !CLAUSE_WORDS.has(tokens[start]!.word)) speaking.fill(true, start, end)
      break
    }
    start = end
  }
  return speaking
}

/**
 * The actors named outside the clauses that set the scene (`scene`, see sceneClauses), when the
 * text has such clauses (else undefined: all of them).
 */
function statedActors(tokens: readonly Token[], scene: ReadonlySet<number>): Set<string> | undefined {
  if (scene.size === 0) return undefined
  return new Set(tokens.filter((token) => !scene.has(token.clause ?? 0) && entityOf(token.term)).map((token) => token.term))
}

/**
 * Where each actor stands (see Role), for the classes `tokens` name two or more actors of (only
 * there can two trade places). Read clause by clause, leaving out clauses that set the scene
 * (`scene`) and the words that say who says it (`speaking`, see speakerPositions; undefined: none):
 * in each other clause the first actor is its subject.
 */
function rolesOf(tokens: readonly Token[], scene: ReadonlySet<number>, speaking: readonly boolean[] | undefined): Role[] {
  const count = new Map<EntityClass, number>()
  for (const token of tokens) {
    const entity = entityOf(token.term)
    if (entity) count.set(entity.entity, (count.get(entity.entity) ?? 0) + 1)
  }
  if (![...count.values()].some((n) => n >= 2)) return []
  const roles: Role[] = []
  // Per class: the place of the last actor seen in the clause; where the clause's roles start.
  let last = new Map<EntityClass, {at: number; role: string}>()
  let clauseStart = 0
  const passive = (): void => {
    // In the passive the actor after "by" acts and the subject is acted on ("Chinese firms were
    // sanctioned by the US").
    const inClause = roles.slice(clauseStart)
    for (const entity of new Set(inClause.filter((r) => r.role === 'by').map((r) => r.entity))) {
      for (const r of inClause) {
        if (r.entity !== entity) continue
        if (r.role === 'by') r.role = 'subject'
        else if (r.role === 'subject') r.role = 'object'
      }
    }
  }
  tokens.forEach((token, at) => {
    const clause = token.clause ?? 0
    if (at > 0 && clause !== tokens[at - 1]!.clause) {
      passive()
      last = new Map()
      clauseStart = roles.length
    }
    if (scene.has(clause) || speaking?.[at]) return
    const entity = entityOf(token.term)
    if (!entity || (count.get(entity.entity) ?? 0) < 2) return
    let before = at - 1
    if (tokens[before]?.word === 'the') before--
    // Only a word of the same clause gives the actor its place.
    const word = before >= 0 && tokens[before]!.clause === token.clause ? tokens[before]!.word : undefined
    let role: string
    const previous = last.get(entity.entity)
    if (word === 'and' && previous && previous.at >= before - 2) role = previous.role
    else if (word !== undefined && ROLE_WORDS.has(word)) role = word
    else if (!previous) role = 'subject'
    else role = 'object'
    last.set(entity.entity, {at, role})
    roles.push({actor: token.term, entity: entity.entity, role})
  })
  passive()
  return roles
}

/**
 * Everything the contradiction check compares, read from one text. `tokens`: the text's tokens
 * (`tokenize(normalizeText(text))`), when the caller has them already.
 */
/** A date that says when what a text states happened: a year, not of a source, a scene or a point of reference. */
export const isEventDate = (date: DateValue): date is DateValue & {year: number} =>
  date.year !== undefined && !date.source && !date.scene && !date.reference && !date.denied

export function readAssertions(text: string, tokens: readonly Token[] = tokenize(normalizeText(text))): Assertions {
  const prepared = prepare(text)
  const {dates, rest: withoutDates} = extractDates(prepared)
  const {ages, rest} = extractAges(withoutDates)
  const figures = extractFigures(rest)
  if ((dates.length > 0 || figures.length > 0) && VERBAL_NEGATION.test(prepared)) markDeniedValues(prepared, dates, figures)
  const actors: Actor[] = []
  const seen = new Set<string>()
  for (const token of tokens) {
    const entity = entityOf(token.term)
    if (entity && !seen.has(token.term)) {
      seen.add(token.term)
      actors.push({term: token.term, ...entity})
    }
  }
  if (actors.length === 0) return {figures, dates, ages, actors}
  // Read once, for the actors and their roles.
  const scene = sceneClauses(tokens)
  const stated = statedActors(tokens, scene)
  if (stated) for (const actor of actors) if (!stated.has(actor.term)) actor.context = true
  const speaking = whoSays(tokens)
  if (speaking) {
    const states = new Set(tokens.filter((token, at) => !speaking[at] && entityOf(token.term)).map((token) => token.term))
    for (const actor of actors) if (!states.has(actor.term)) actor.speaker = true
  }
  const roles = rolesOf(tokens, scene, speaking)
  return roles.length > 0 ? {figures, dates, ages, actors, roles} : {figures, dates, ages, actors}
}

/**
 * A negation of a verb, an alternative set aside ("20% rather than 25%"), or a claim set against
 * the sentence (CLAIMED_CONTRARY: "contrary to claims that …"), whose scope {@link deniedText} reads.
 */
const VERBAL_NEGATION = new RegExp(String.raw`\b(?:not|never|cannot|rather than|instead of)\b|n't\b|${CLAIMED_CONTRARY.source}`)
/** Where a negation's scope ends for a figure or a date: where a clause does, or at a dash, a full stop, "and", "instead", "rather". */
const SCOPE_END = new RegExp(String.raw`${CLAUSE_BREAK.source}|\u2014|\.(?:\s|$)|\b(?:and|instead|rather)\b`)
/** A negation of a restriction to a date, and what follows it in its clause: "did not begin only in 2025". */
const RESTRICTED_TO = /\b(?:not|never)\s+(?:[\w'-]+\s+){0,3}?only\s+((?:in|from|after|since|as of)\s+[^,;:.]+)/gi
/** Words after which a negated clause states its date: "did not act until May 2019" acted then. */
const STATED_AFTER = /\b(?:until|till|unless)\b/

/**
 * The text with everything blanked out but the scopes of its verbal negations: from "not",
 * "never", "cannot", "-n't", "rather than" or "instead of" to the end of its clause (or to
 * "until"). A figure or a date there may be denied: "was not signed in 2024", "is not 1,000 times
 * stronger". `undefined`: no scope.
 */
function deniedText(text: string): string | undefined {
  // Negations that deny nothing ("not only", "no more than") are blanked out, length kept.
  const source = text.replace(NOT_NEGATION, (m) => ' '.repeat(m.length))
  const cue = new RegExp(VERBAL_NEGATION.source, 'g')
  let kept = ''
  let from = 0
  for (let m = cue.exec(source); m; m = cue.exec(source)) {
    const start = m.index + m[0].length
    if (start < from) continue
    const rest = source.slice(start)
    let end = rest.search(SCOPE_END)
    if (end < 0) end = rest.length
    const stated = rest.slice(0, end).search(STATED_AFTER)
    if (stated >= 0) end = stated
    kept += ' '.repeat(start - from) + source.slice(start, start + end)
    from = start + end
    cue.lastIndex = from
  }
  if (from === 0) return undefined
  return kept + ' '.repeat(source.length - from)
}

/**
 * Mark the dates and figures of `prepared` that a negation denies with another of their kind
 * stated in their place (see {@link DateValue.denied}).
 */
function markDeniedValues(prepared: string, dates: DateValue[], figures: Figure[]): void {
  const denied = deniedText(prepared)
  if (!denied) return
  // The same readers on the text with all but the negations' scopes blanked out: what they find
  // there is denied (marked on the first of the same wording not yet marked).
  const inScope = extractDates(denied)
  // A point of reference is not what a negation denies: "has not seized any since September 2019".
  markDenied(dates, inScope.dates.filter((date) => !date.reference))
  markDenied(figures, extractFigures(extractAges(inScope.rest).rest))
  // Denied only when the sentence states another in its place (a date of a source or a scene
  // counts, a point of reference does not): in "deaths did not fall in 2022" the year still dates
  // what the sentence states. But a date a negation restricts to is denied by itself: "the decline
  // did not begin only in 2025" says it began before.
  if (!dates.some((date) => !date.denied && date.year !== undefined && !date.reference)) {
    const restricted = new Set([...prepared.matchAll(RESTRICTED_TO)].flatMap((m) => extractDates(m[1]!).dates.map((date) => date.raw)))
    for (const date of dates) if (!restricted.has(date.raw)) delete date.denied
  }
  for (const figure of figures) if (figure.denied && !figures.some((other) => !other.denied && other.unit === figure.unit)) delete figure.denied
}

/** Mark as denied each item of `items` that `denied` has (by wording, first unmarked first). */
function markDenied<T extends {raw: string; denied?: true}>(items: T[], denied: readonly T[]): void {
  for (const item of denied) {
    const same = items.find((candidate) => !candidate.denied && candidate.raw === item.raw)
    if (same) same.denied = true
  }
}

/** A date as people read it: "May 2019", "30 January 2024". */
export function formatDate(date: DateValue): string {
  const parts: string[] = []
  if (date.day !== undefined) parts.push(String(date.day))
  if (date.month !== undefined) parts.push(MONTH_NAMES[date.month] ?? '')
  if (date.year !== undefined) parts.push(String(date.year))
  return parts.join(' ')
}

/** Parse the schema's partial dates (YYYY, YYYY-MM, YYYY-MM-DD). */
export function parsePartialDate(value: string): DateValue {
  const [year, month, day] = value.split('-').map(Number)
  return {year, month, day, raw: value}
}
