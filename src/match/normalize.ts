// Text → matching terms. One function per step, composed by `toTerms`:
// clean social-media markup (links, handles, hashtags), fold characters, fold aliases (actors,
// agencies, ideas), fold number words, tokenise, drop stop words, stem. Figures and months stay as
// terms of their own (`#2019`, `@5`): many claims differ only in a year or a number, so they rank
// claims; whether a figure *contradicts* the record is judged separately (figures.ts, conflict.ts).
import {stemmer} from 'stemmer'
import {ALIASES, MONTH_NAMES, MONTHS, type EntityClass} from './aliases.js'

/** Canonical alias tokens carry this prefix so they never collide with ordinary words. */
export const ALIAS_MARK = '~'
/** Figure terms: a number as written, thousands separators removed (`#106699`, `#50.6`). */
export const FIGURE_MARK = '#'
/** Month terms: `@1` … `@12`. */
export const MONTH_MARK = '@'
/** Every negation word ("not", "never", "no" …) is this one term, so claims of the same polarity rank closer. */
export const NEGATION_TERM = '~not'

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself nor of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself us said says say according per cent percent since ago year years new also its one ' +
    'would could may might must shall been being via among amid around roughly about nearly almost ' +
    'approximately least mr mrs ms dr st been it’s it\'s that\'s there\'s de la el los ' +
    // "This time", "50 times": an occasion or a multiplier, whose figure is its own term.
    'time times'
  ).split(/\s+/),
)

/** Words that negate: one matching term (`~not`) for all; the contradiction check judges their scope. */
export const NEGATION_WORDS = new Set(['not', 'no', 'never', 'none', 'neither', 'nor', 'nothing', 'nobody', 'without', 'cannot'])

/**
 * Phrases with a negation word that deny nothing the sentence states: "no more than", "not only",
 * a denial of what someone says ("That is not what US assessments say: they name China …"), and a
 * "not" that restricts the noun before it, with a participle and "by" or "under" after it ("goods
 * not covered by the USMCA": those outside it; not after a verb, "is not covered by"), of which
 * only the "not" is matched.
 */
export const NOT_NEGATION =
  /\b(?:no (?:more|less|fewer) than|not (?:(?:the|its|their) )?only|no doubt|(?<!\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|and|or|but|yet|still|also|just|simply|clearly|certainly|it|that|this|which|who)\s+)not(?=\s+(?:otherwise\s+)?[a-z]+ed\s+(?:by|under)\b)|(?:is|was|are|were)\s+not\s+what\s+(?:\S+\s+){0,4}?(?:says?|said|shows?|showed|shown|finds?|found|reports?|reported|claims?|claimed|suggests?|suggested))\b/g

/**
 * A claim set against what the sentence goes on to say: "Contrary to claims that fentanyl is 1,000
 * times stronger than heroin, it is about 50 times as potent", "Despite reports that …, …". What
 * follows it, to the end of its clause, is denied.
 */
export const CLAIMED_CONTRARY = /\b(?:[Cc]ontrary\s+to|[Dd]espite|[Uu]nlike)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:claims?|reports?|assertions?|suggestions?|rumou?rs?)\s+that\b/

/** Where a negation's scope ends: punctuation and words that start another clause. */
export const CLAUSE_BREAK = /[,;:()!?]|\s-\s|\b(?:but|because|while|although|though|whereas|however|that|which|who)\b/

// Alias folding replaces, left to right, the first form (longest first) that stands as a whole
// word: what one big `(?<![\p{L}\p{N}])form1(?![\p{L}\p{N}])|…` regex would do, but without
// building it. That regex took V8 0.3–0.8 s to compile (each `\p{L}` under /iu is case-closed)
// and its 240 named groups made every match allocate; here each form is a small sticky regex,
// compiled on first use and tried only where a word starts with its first two characters.

interface CompiledForm {
  source: string
  flags: string
  /** Must not be followed by a letter or digit (the form ends in one). */
  tail: boolean
  token: string
  /** What the form is replaced with: ` ~token ` ({@link aliasReplacement}, with spaces around). */
  replacement: string
  /** The form's first word, as folded ASCII codes: a cheap test before the regex. */
  head: number[]
  /**
   * Every word of the form as folded ASCII codes, when all are printable ASCII: the form is then
   * matched by {@link matchWords} without its regex. Undefined for forms the regex must match.
   */
  words?: number[][]
  regex?: RegExp
}

interface CompiledAliases {
  caseSensitive: boolean
  forms: CompiledForm[]
  /** First two characters ({@link pairKey}) → indices of forms, in priority order. */
  byStart: Map<number, number[]>
  /**
   * The same lists, narrowed by the third character ({@link narrowByThird}), in a flat table
   * indexed by {@link pairIndex}: an array read is much cheaper than a Map lookup.
   */
  byPair: Array<ThirdCharacter | undefined>
  /** Forms that do not start with two ASCII characters: tried everywhere. */
  anywhere: number[]
  /** Finds where a form may start (a first character not after an ASCII letter or digit). */
  starts: RegExp
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function formBody(form: string): string {
  // Hyphens and spaces in a form match either.
  return form
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+')
}

function compileAliases(caseSensitive: boolean): CompiledAliases {
  const entries: Array<{form: string; token: string}> = []
  for (const alias of ALIASES) {
    if (Boolean(alias.caseSensitive) !== caseSensitive) continue
    const forms = new Set(alias.forms)
    // An idea's own name is one of its forms ("tariff" as well as "tariffs").
    if (!alias.entity && !caseSensitive && /^[a-z]+$/.test(alias.token)) forms.add(alias.token)
    for (const form of forms) entries.push({form, token: alias.token})
  }
  // Longest forms first, so "united states of america" wins over "united states".
  entries.sort((a, b) => b.form.length - a.form.length)
  const forms: CompiledForm[] = []
  const byStart = new Map<number, number[]>()
  const anywhere: number[] = []
  entries.forEach(({form, token}, index) => {
    const words = form.split(/[\s-]+/)
    const firstWord = words[0] ?? ''
    const head = /^[\x21-\x7e]*$/.test(firstWord) ? [...firstWord].map((char) => foldCode(char.charCodeAt(0), caseSensitive)) : []
    const plain = words.every((word) => /^[\x21-\x7e]+$/.test(word))
    forms.push({
      source: formBody(form),
      flags: caseSensitive ? 'uy' : 'iuy',
      tail: /[a-z0-9]$/i.test(form),
      token,
      replacement: ` ${aliasReplacement(token)} `,
      head,
      words: plain ? words.map((word) => [...word].map((char) => foldCode(char.charCodeAt(0), caseSensitive))) : undefined,
    })
    const first = form.charCodeAt(0)
    const second = form.charCodeAt(1)
    const printable = (code: number): boolean => code >= 0x21 && code <= 0x7e
    if (!printable(first) || first === 0x2d || !(printable(second) || second === 0x20)) {
      anywhere.push(index)
      return
    }
    const key = pairKey(first, second, caseSensitive)
    const list = byStart.get(key)
    if (list) list.push(index)
    else byStart.set(key, [index])
  })
  if (anywhere.length > 0) {
    for (const [key, list] of byStart) byStart.set(key, [...list, ...anywhere].sort((a, b) => a - b))
  }
  const byPair: Array<ThirdCharacter | undefined> = new Array<ThirdCharacter | undefined>(PAIR_TABLE_SIZE).fill(undefined)
  for (const [key, list] of byStart) {
    // Keys have a printable ASCII first character and a printable ASCII or separator second.
    const second = key % 0x20000
    byPair[pairIndex(Math.floor(key / 0x20000), second === 0x1ffff ? 0x20 : second, true)] = narrowByThird(list, forms)
  }
  // Characters a form can start with, in every case /iu matches (ſ is an s, K a k).
  const firsts = new Set<string>()
  for (const form of forms) {
    const first = form.head.length > 0 ? String.fromCharCode(form.head[0]!) : ''
    if (!first) continue
    firsts.add(first)
    if (!caseSensitive) {
      firsts.add(first.toUpperCase())
      if (first === 's') firsts.add('\u017f')
      if (first === 'k') firsts.add('\u212a')
    }
  }
  const starts = new RegExp(`(?<![A-Za-z0-9])[${[...firsts].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g')
  return {caseSensitive, forms, byStart, byPair, anywhere, starts}
}

/**
 * A list of forms split by the third character of their head: a form whose head's third
 * character differs from the text's cannot match there, so it need not be tried. Forms with
 * shorter heads stay in every list. Lists keep their priority order.
 */
interface ThirdCharacter {
  /** Folded ASCII code of the third character → the forms to try. */
  byCode: Array<number[] | undefined>
  /** Forms to try after any other third character (non-ASCII, or none). */
  rest: number[]
}

function narrowByThird(list: readonly number[], forms: readonly CompiledForm[]): ThirdCharacter {
  const rest = list.filter((position) => forms[position]!.head.length < 3)
  const byCode: Array<number[] | undefined> = []
  for (const position of list) {
    const third = forms[position]!.head[2]
    if (third !== undefined) byCode[third] ??= list.filter((other) => forms[other]!.head.length < 3 || forms[other]!.head[2] === third)
  }
  return {byCode, rest}
}

let aliasCache: {sensitive: CompiledAliases; insensitive: CompiledAliases} | undefined

function aliases(): {sensitive: CompiledAliases; insensitive: CompiledAliases} {
  aliasCache ??= {sensitive: compileAliases(true), insensitive: compileAliases(false)}
  return aliasCache
}

let wordCharPattern: RegExp | undefined

/** Is the code point a letter or a digit (`[\p{L}\p{N}]`)? ASCII is answered without a regex. */
function isWordCodePoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  wordCharPattern ??= /^[\p{L}\p{N}]$/u
  return wordCharPattern.test(String.fromCodePoint(code))
}

/** Letter or digit ending just before `index` (a surrogate pair read as one code point). */
function wordBefore(text: string, index: number): boolean {
  if (index === 0) return false
  let code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) code = ((high - 0xd800) << 10) + (code - 0xdc00) + 0x10000
  }
  return isWordCodePoint(code)
}

/** Letter or digit starting at `index`. */
function wordAt(text: string, index: number): boolean {
  const code = text.codePointAt(index)
  return code !== undefined && isWordCodePoint(code)
}

/** A character as `/iu` compares it with an ASCII form: A–Z lower-cased, ſ as s, K (Kelvin) as k. */
function foldCode(code: number, caseSensitive: boolean): number {
  if (caseSensitive) return code
  if (code >= 0x41 && code <= 0x5a) return code + 32
  if (code === 0x17f) return 0x73
  if (code === 0x212a) return 0x6b
  return code
}

/** Does `[\s-]` match this UTF-16 unit? */
function isSeparator(code: number): boolean {
  return (
    code === 0x2d ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Key of two characters; a separator second (a form's "a b" or "a-b") has one key. */
function pairKey(first: number, second: number, caseSensitive: boolean): number {
  return foldCode(first, caseSensitive) * 0x20000 + (isSeparator(second) ? 0x1ffff : foldCode(second, caseSensitive))
}

/** Folded ASCII first characters × (folded ASCII second characters, or a separator). */
const PAIR_TABLE_SIZE = 128 * 129

/**
 * {@link pairKey} as an index into a table of {@link PAIR_TABLE_SIZE}, or -1 for a pair no form
 * can start with (a character that does not fold to ASCII, or past the end of the text).
 */
export function pairIndex(first: number, second: number, caseSensitive: boolean): number {
  const a = foldCode(first, caseSensitive)
  const b = isSeparator(second) ? 128 : foldCode(second, caseSensitive)
  return a < 128 && b <= 128 ? a * 129 + b : -1
}

/** `~token`; a form that names several gets several (`us trump` → `~us ~trump`); `+word` stays a plain word. */
function aliasReplacement(token: string): string {
  return token
    .split(' ')
    .map((name) => (name.startsWith('+') ? name.slice(1) : ALIAS_MARK + name))
    .join(' ')
}

/**
 * Where a form of printable-ASCII words, matched at `index`, ends (-1 if it does not match there):
 * what its sticky regex `word1[\s-]+word2…` (flags `uy` or `iuy`) finds, without running it. Words
 * compare as {@link foldCode} folds; the separator run is taken whole, because no word starts with
 * a separator, so the regex could never give part of it back.
 */
export function matchWords(text: string, index: number, words: readonly (readonly number[])[], caseSensitive: boolean): number {
  let at = index
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const from = at
      while (at < text.length && isSeparator(text.charCodeAt(at))) at++
      if (at === from) return -1
    }
    const word = words[w]!
    // Past the end, charCodeAt is NaN, which equals no code.
    for (let k = 0; k < word.length; k++) if (foldCode(text.charCodeAt(at + k), caseSensitive) !== word[k]) return -1
    at += word.length
  }
  return at
}

function applyAliases(text: string, compiled: CompiledAliases): string {
  const {forms, byPair, anywhere, caseSensitive, starts} = compiled
  let out = ''
  let copied = 0
  for (let index = 0; index < text.length; index++) {
    if (anywhere.length === 0) {
      // Jump to the next place a form can start (the regex scan is much cheaper than a loop).
      // `test` rather than `exec`: no match object; each match is one UTF-16 unit (no /u flag).
      starts.lastIndex = index
      if (!starts.test(text)) break
      index = starts.lastIndex - 1
    }
    // Forms start only where a word does: test that first, it is cheaper than the lookup.
    if (wordBefore(text, index)) continue
    const at = pairIndex(text.charCodeAt(index), text.charCodeAt(index + 1), caseSensitive)
    const pair = at < 0 ? undefined : byPair[at]
    // (A code past the end is NaN, and NaN indexes nothing.)
    const candidates = pair ? (pair.byCode[foldCode(text.charCodeAt(index + 2), caseSensitive)] ?? pair.rest) : anywhere
    if (candidates.length === 0) continue
    candidates: for (const position of candidates) {
      const form = forms[position]!
      const {head} = form
      for (let offset = 0; offset < head.length; offset++) {
        if (foldCode(text.charCodeAt(index + offset), caseSensitive) !== head[offset]) continue candidates
      }
      let end: number
      if (form.words) {
        end = matchWords(text, index, form.words, caseSensitive)
        if (end < 0) continue
      } else {
        form.regex ??= new RegExp(form.source, form.flags)
        form.regex.lastIndex = index
        const match = form.regex.exec(text)
        if (!match) continue
        end = index + match[0].length
      }
      if (form.tail && wordAt(text, end)) continue
      out += text.slice(copied, index) + form.replacement
      copied = end
      index = end - 1
      break
    }
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/**
 * A character `foldCharacters` may change: ESC (escape sequences) or anything not ASCII. Printable
 * ASCII is its own NFKD form, carries no marks, and has no curly quotes or dashes.
 */
const FOLDABLE_CHARACTER = /[^\x00-\x1a\x1c-\x7f]/

/** Fold characters: compatibility forms, accents, quotes, dashes. */
export function foldCharacters(text: string): string {
  return FOLDABLE_CHARACTER.test(text) ? characterPasses(text) : text
}

/** The folds of {@link foldCharacters}, run whatever the text (exported for its tests). */
export function characterPasses(text: string): string {
  return text
    // Terminal escape sequences pasted with an article are not words or figures ("ESC[38;5;196m").
    .replace(/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
}

const SMALL_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

/**
 * "twenty-five" → "25", "seven" → "7", "a thousand" → "1000", "3 hundred" → "300" (not a bare
 * "one", which is usually a pronoun).
 */
export function foldNumberWords(text: string): string {
  return foldScaleWords(foldSmallNumberWords(text))
}

function foldScaleWords(text: string): string {
  // Both replacements need one of these words; most texts have neither.
  if (!/hundred|thousand/i.test(text)) return text
  return text
    .replace(/\b(?:a|one)\s+(hundred|thousand)\b(?!s)/gi, (_m: string, scale: string) => (scale.toLowerCase() === 'hundred' ? '100' : '1000'))
    .replace(/\b(\d+)\s+hundred\b(?!s)/gi, (_m: string, n: string) => String(Number(n) * 100))
}

function foldSmallNumberWords(text: string): string {
  return text.replace(
    /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](two|three|four|five|six|seven|eight|nine|one))?\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi,
    (match: string, tens?: string, unit?: string, small?: string) => {
      if (small) return String(SMALL_NUMBERS[small.toLowerCase()] ?? match)
      const base = TENS[(tens ?? '').toLowerCase()] ?? 0
      const add = unit ? (unit.toLowerCase() === 'one' ? 1 : SMALL_NUMBERS[unit.toLowerCase()] ?? 0) : 0
      return String(base + add)
    },
  )
}

/** Text that {@link cleanMarkup} may change contains one of these. */
const MARKUP_TRIGGER = /[@#/]|RT|[Ww]{3}\.|[Nn][Oo]\./

/**
 * Social-media and web markup that carries no claim: links, @handles, the `#` of hashtags (a
 * CamelCase hashtag is split into words), "RT", "w/". "#1" and "No. 1" read as "number 1", so the
 * "no" is not taken for a negation.
 */
export function cleanMarkup(text: string): string {
  // Every replacement below needs one of these (a link its "/" or "www."); most texts have none.
  return MARKUP_TRIGGER.test(text) ? markupPasses(text) : text
}

/** The replacements of {@link cleanMarkup}, run whatever the text (exported for its tests). */
export function markupPasses(text: string): string {
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\bpic\.twitter\.com\/\S+/gi, ' ')
    .replace(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu, '$1 ')
    .replace(/(^|\s)#(\d)/g, '$1number $2')
    .replace(/\bno\.\s*(?=\d)/gi, 'number ')
    .replace(/#([\p{L}][\p{L}\p{N}_]*)/gu, (_m: string, tag: string) => ` ${tag.replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2').replace(/_/g, ' ')} `)
    .replace(/\bRT\b:?/g, ' ')
    .replace(/\bw\/(?=\s)/gi, 'with')
}

const MONTH_WORD =
  /\b(?:(?:january|february|march|april|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b(?=\s+\d))|may\b(?=\.?\s+\d)|(?<=\d\s+(?:of\s+)?)may\b)\.?/gi

const MONTH_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

/** Month names (and abbreviations next to a figure) → `@N`; "may" only next to a number. */
function foldMonths(text: string): string {
  // Every month word starts with one of these abbreviations.
  if (!MONTH_START.test(text)) return text
  return text.replace(MONTH_WORD, (match: string) => {
    const key = match.toLowerCase().replace(/\.$/, '')
    const month = MONTHS[key]
    return month === undefined ? match : ` ${MONTH_MARK}${month} `
  })
}

/** Figures as single tokens: "106,699" → "106699", "2 thousand" → "2000", "18-45" → "18 45", "FY2024" → "FY 2024". */
function foldFigures(text: string): string {
  // Every replacement needs a digit.
  if (!/\d/.test(text)) return text
  return text
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/\b(\d+(?:\.\d+)?)\s*(?:thousand|k)\b/gi, (_m: string, n: string) => String(Math.round(Number(n) * 1000)))
    .replace(/(\d)(?:st|nd|rd|th|s)\b/g, '$1')
    .replace(/(\p{L})(?=\d)|(\d)(?=\p{L})/gu, '$1$2 ')
}

/**
 * Proportions get one more term, in percent, whatever their wording: "70%", "7 out of 10" and
 * "seven in ten" all add `70pct`, "half" adds `50pct`.
 */
function foldProportions(text: string): string {
  const pct = (value: number): string => ` ${Math.round(value)}pct `
  // The first two replacements need a digit, the last a fraction word.
  if (!/\d/.test(text) && !/half|third|quarter/i.test(text)) return text
  return text
    .replace(/(\d+(?:\.\d+)?)\s*(%|percent\b|per\s?cent\b)/gi, (m: string, n: string) => m + pct(Number(n)))
    .replace(/\b(\d+)\s+(?:out\s+of(?:\s+every)?|in|of\s+every)\s+(\d+)\b/gi, (m: string, part: string, whole: string) =>
      Number(whole) > 0 && Number(whole) % 10 === 0 && Number(part) <= Number(whole) ? m + pct((100 * Number(part)) / Number(whole)) : m,
    )
    .replace(/\b(?:(?:one[\s-])?half|a\s+third|one[\s-]third|a\s+quarter|one[\s-]quarter|2[\s-]thirds|3[\s-]quarters)\b/gi, (m: string) => {
      const key = m.toLowerCase()
      const value = key.includes('half') ? 50 : key.includes('2') ? 67 : key.includes('3') ? 75 : key.includes('third') ? 33 : 25
      return m + pct(value)
    })
}

// Recent texts → their normal form. Sentences recur within an article and across the files of a
// run (datelines, bylines, boilerplate, quotes repeated); a repeat is normalised once. Bounded:
// emptied when full.
const normalizedCache = new Map<string, string>()
const NORMALIZED_CACHE_SIZE = 1024

/** Fold everything that is not a word choice: markup, characters, aliases, number words, months, case. */
export function normalizeText(text: string): string {
  let normalized = normalizedCache.get(text)
  if (normalized === undefined) {
    normalized = normalizeUncached(text)
    if (normalizedCache.size >= NORMALIZED_CACHE_SIZE) normalizedCache.clear()
    normalizedCache.set(text, normalized)
  }
  return normalized
}

/**
 * A wire dateline that opens a sentence: the place and date of the report, not what it states
 * ("WASHINGTON (Reuters) - ", "OTTAWA, Nov 3 (Reuters) - ", "MEXICO CITY (AP) — ", "WASHINGTON
 * (Nov. 12) — ").
 */
const DATELINE =
  /^\s*[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s*[A-Z][A-Za-z]{2,9}\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?\s*\((?:[A-Z][A-Za-z&. ]{1,30}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\)\s*(?:-{1,2}|\u2013|\u2014)\s*/

/** The text without a wire dateline at its start (see DATELINE). */
export function withoutDateline(text: string): string {
  return DATELINE.test(text) ? text.replace(DATELINE, '') : text
}

function normalizeUncached(text: string): string {
  const {sensitive, insensitive} = aliases()
  let value = foldCharacters(cleanMarkup(withoutDateline(text)))
  value = applyAliases(value, sensitive)
  value = applyAliases(value, insensitive)
  value = foldNumberWords(value)
  value = foldFigures(value)
  value = foldProportions(value)
  value = foldMonths(value)
  return foldContractions(value.toLowerCase())
}

/** "can't", "won't", "doesn't" and their apostrophe-less spellings ("doesnt", "hasnt") → "… not". */
function foldContractions(text: string): string {
  // Every replacement needs a word ending in "nt" or "n't".
  if (!/n'?t\b/.test(text)) return text
  return text
    .replace(/\b(ca|wo)n'?t\b/g, (_m: string, stem: string) => (stem === 'ca' ? 'can not' : 'will not'))
    .replace(/\b(do|does|did|is|are|was|were|has|have|had|could|should|would|must|need|ai)n'?t\b/g, '$1 not')
    .replace(/n't\b/g, ' not')
}

export interface Token {
  /** The word as it stands in the normalised text. */
  word: string
  /** The matching term: an alias token, a figure or month term, or the stem of a content word. */
  term: string
  /** Which clause of its text the word is in, counted from 0 (clauses end at , ; : ( and )); set by `tokenize`. */
  clause?: number
}

const TOKEN_PATTERN = /[~@]?[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu

/** Irregular past forms the stemmer leaves alone ("led" → "lead", "took" → "take"). */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'led:lead took:take taken:take began:begin begun:begin made:make sent:send sold:sell paid:pay held:hold met:meet ' +
    'brought:bring caught:catch found:find gave:give given:give told:tell kept:keep left:leave ran:run won:win ' +
    'lost:lose fell:fall fallen:fall rose:rise risen:rise grew:grow grown:grow struck:strike stricken:strike ' +
    'drew:draw drawn:draw fought:fight bought:buy thought:think sought:seek spent:spend built:build knew:know ' +
    'known:know saw:see seen:see wrote:write written:write chose:choose chosen:choose spoke:speak spoken:speak ' +
    'broke:break broken:break stole:steal stolen:steal froze:freeze frozen:freeze shot:shoot flew:fly flown:fly ' +
    'drove:drive driven:drive became:become went:go gone:go shown:show hid:hide hidden:hide forbade:forbid ' +
    'forbidden:forbid overtook:overtake overseen:oversee oversaw:oversee undertook:undertake withdrew:withdraw ' +
    'withdrawn:withdraw swore:swear sworn:swear bore:bear borne:bear born:bear understood:understand ' +
    'meant:mean felt:feel dealt:deal lent:lend bent:bend fled:flee fed:feed bred:breed sped:speed slid:slide ' +
    'stood:stand sank:sink sunk:sink spread:spread cost:cost hurt:hurt quit:quit shut:shut set:set split:split ' +
    'children:child women:woman men:man people:people mice:mouse analyses:analysis crises:crisis'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
)

/** The token a word of the normalised text makes; it depends on the word alone. */
function tokenOf(word: string): Token & {isTerm: boolean} {
  if (word.startsWith(ALIAS_MARK) || word.startsWith(MONTH_MARK)) return {word, term: word, isTerm: true}
  if (/^\d/.test(word)) {
    const figure = word.replace(/\.$/, '')
    return {word: figure, term: /^\d+(?:\.\d+)?$/.test(figure) ? FIGURE_MARK + Number(figure) : FIGURE_MARK + figure, isTerm: true}
  }
  const bare = word.replace(/'s$/, '').replace(/'/g, '')
  if (NEGATION_WORDS.has(bare)) return {word: bare, term: NEGATION_TERM, isTerm: true}
  const isTerm = bare.length > 1 && !STOP_WORDS.has(bare) && !(bare in MONTHS)
  return {word: bare, term: isTerm ? stemmer(IRREGULAR[bare] ?? bare) : bare, isTerm}
}

// Word → token, so each distinct word is stemmed once (texts share most of their words). Bounded:
// emptied when full, which costs a few re-stems and keeps memory flat on any input.
const tokenCache = new Map<string, Token & {isTerm: boolean}>()
const TOKEN_CACHE_SIZE = 50_000

/** Every word of the normalised text, with its matching term; `isTerm` is false for stop words. */
export function tokenize(normalized: string): Array<Token & {isTerm: boolean}> {
  const out: Array<Token & {isTerm: boolean}> = []
  let clause = 0
  let end = 0
  TOKEN_PATTERN.lastIndex = 0
  for (let match = TOKEN_PATTERN.exec(normalized); match; match = TOKEN_PATTERN.exec(normalized)) {
    for (let at = end; at < match.index; at++) {
      const code = normalized.charCodeAt(at)
      // , ; : ( )
      if (code === 0x2c || code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29) {
        clause++
        break
      }
    }
    end = match.index + match[0].length
    const word = match[0]
    let token = tokenCache.get(word)
    if (!token) {
      token = tokenOf(word)
      if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear()
      tokenCache.set(word, token)
    }
    // A fresh object each time: callers own what they get.
    out.push({word: token.word, term: token.term, isTerm: token.isTerm, clause})
  }
  return out
}

/**
 * Is a term a figure, a month or the negation term? They weigh less than words and do not count
 * as shared content: they pick among claims that say the same thing, they are not the claim.
 */
export function isFigureTerm(term: string): boolean {
  return term.startsWith(FIGURE_MARK) || term.startsWith(MONTH_MARK) || term === NEGATION_TERM
}

/** A figure term that reads as a year (a whole number from 1900 to 2099 with no unit): a year as often as a count. */
const YEAR_TERM = new RegExp(String.raw`^${FIGURE_MARK}(?:19|20)\d\d$`)
export const isYearTerm = (term: string): boolean => YEAR_TERM.test(term)

/** The matching terms of a text, in order (duplicates kept). */
export function toTerms(text: string): string[] {
  return tokenize(normalizeText(text))
    .filter((token) => token.isTerm)
    .map((token) => token.term)
}

const ENTITY_BY_TOKEN = new Map<string, {entity: EntityClass; label: string}>()
for (const alias of ALIASES) {
  if (alias.entity) ENTITY_BY_TOKEN.set(ALIAS_MARK + alias.token, {entity: alias.entity, label: alias.label ?? alias.token})
}

/** The actor class and display label of an alias term, if it names an actor. */
export function entityOf(term: string): {entity: EntityClass; label: string} | undefined {
  return ENTITY_BY_TOKEN.get(term)
}

/** A term as people read it: actors by name, alias and figure marks removed, months named. */
export function displayTerm(term: string): string {
  if (term.startsWith(MONTH_MARK)) return MONTH_NAMES[Number(term.slice(1))] ?? term.slice(1)
  const entity = ENTITY_BY_TOKEN.get(term)
  if (entity) return entity.label
  return term.startsWith(ALIAS_MARK) || term.startsWith(FIGURE_MARK) ? term.slice(1) : term
}
