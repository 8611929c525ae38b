// Text → matching terms. One function per step, composed by `toTerms`:
// fold characters, fold aliases (actors, agencies, ideas), fold number words, tokenise,
// drop stop words and bare figures (figures are judged separately), stem.
import {stemmer} from 'stemmer'
import {ALIASES, MONTHS, type EntityClass} from './aliases.js'

/** Canonical alias tokens carry this prefix so they never collide with ordinary words. */
export const ALIAS_MARK = '~'

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
    'approximately least mr mrs ms dr st been it’s it\'s that\'s there\'s de la el los'
  ).split(/\s+/),
)

/** Words that negate; judged separately by the contradiction check, so not matching terms. */
export const NEGATION_WORDS = new Set(['not', 'no', 'never', 'none', 'neither', 'nor', 'nothing', 'nobody', 'without', 'cannot'])

interface CompiledAlias {
  pattern: RegExp
  replacement: string
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function formPattern(form: string): string {
  // Hyphens and spaces in a form match either; a form ending in a letter must end a word.
  const body = form
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+')
  const tail = /[a-z0-9]$/i.test(form) ? '(?![\\p{L}\\p{N}])' : ''
  return `(?<![\\p{L}\\p{N}])${body}${tail}`
}

function compileAliases(caseSensitive: boolean): CompiledAlias[] {
  const entries: Array<{form: string; token: string}> = []
  for (const alias of ALIASES) {
    if (Boolean(alias.caseSensitive) !== caseSensitive) continue
    for (const form of alias.forms) entries.push({form, token: alias.token})
  }
  // Longest forms first, so "united states of america" wins over "united states".
  entries.sort((a, b) => b.form.length - a.form.length)
  // One alternation over all forms keeps the longest-first order across tokens.
  const all = entries.map(({form, token}) => ({source: formPattern(form), token}))
  const pattern = new RegExp(all.map((entry, index) => `(?<a${index}>${entry.source})`).join('|'), caseSensitive ? 'gu' : 'giu')
  return [{pattern, replacement: all.map((entry) => entry.token).join('\u0000')}]
}

let aliasCache: {sensitive: CompiledAlias[]; insensitive: CompiledAlias[]} | undefined

function aliases(): {sensitive: CompiledAlias[]; insensitive: CompiledAlias[]} {
  aliasCache ??= {sensitive: compileAliases(true), insensitive: compileAliases(false)}
  return aliasCache
}

function applyAliases(text: string, compiled: CompiledAlias[]): string {
  let result = text
  for (const {pattern, replacement} of compiled) {
    const tokens = replacement.split('\u0000')
    result = result.replace(pattern, (...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>
      for (const key in groups) {
        if (groups[key] !== undefined) return ` ${ALIAS_MARK}${tokens[Number(key.slice(1))]} `
      }
      return ' '
    })
  }
  return result
}

/** Fold characters: compatibility forms, accents, quotes, dashes. */
export function foldCharacters(text: string): string {
  return text
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

/** "twenty-five" → "25", "seven" → "7" (not "one", which is usually a pronoun). */
export function foldNumberWords(text: string): string {
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

/** Fold everything that is not a word choice: characters, aliases, number words, case. */
export function normalizeText(text: string): string {
  const {sensitive, insensitive} = aliases()
  let value = foldCharacters(text)
  value = applyAliases(value, sensitive)
  value = applyAliases(value, insensitive)
  value = foldNumberWords(value)
  return value.toLowerCase().replace(/n't\b/g, ' not')
}

export interface Token {
  /** The word as it stands in the normalised text. */
  word: string
  /** The matching term: an alias token, or the stem of a content word. */
  term: string
}

const TOKEN_PATTERN = /~?[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu

/** Every word of the normalised text, with its matching term, or `undefined` for non-terms. */
export function tokenize(normalized: string): Array<Token & {isTerm: boolean}> {
  const out: Array<Token & {isTerm: boolean}> = []
  for (const match of normalized.matchAll(TOKEN_PATTERN)) {
    const word = match[0]
    if (word.startsWith(ALIAS_MARK)) {
      out.push({word, term: word, isTerm: true})
      continue
    }
    const bare = word.replace(/'s$/, '').replace(/'/g, '')
    const isTerm =
      bare.length > 1 &&
      !STOP_WORDS.has(bare) &&
      !NEGATION_WORDS.has(bare) &&
      !/^\d/.test(bare) &&
      !(bare in MONTHS)
    out.push({word: bare, term: isTerm ? stemmer(bare) : bare, isTerm})
  }
  return out
}

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

/** A term as people read it: alias marks removed. */
export function displayTerm(term: string): string {
  return term.startsWith(ALIAS_MARK) ? term.slice(1) : term
}
