// ClaimReview (schema.org) ⇄ claims: import of fact-checks published as JSON-LD, feeds or
// Google Fact Check Tools responses, and export of the database as ClaimReview JSON-LD.
//
// IMPORT — accepted input (one file):
//   · a single ClaimReview object, a JSON array of them, a JSON-LD `@graph`;
//   · a schema.org DataFeed (`dataFeedElement` → DataFeedItem `item`s, or ClaimReviews directly);
//   · JSON Lines (one value per line; `.jsonl`/`.ndjson`, or a `.json` file whose first value is
//     followed by more on later lines);
//   · a Fact Check Tools `claims:search` response `{claims: [{text, claimant, claimDate,
//     claimReview: [{publisher: {name, site}, url, title, reviewDate, textualRating}]}]}` —
//     every review becomes one claim (two publishers reviewing one claim give two claims).
//   Typed nodes of other kinds (a WebPage or Organization next to the reviews) are ignored; an
//   untyped object that is no ClaimReview, or a file with no ClaimReview at all, is an error.
//
//   ClaimReview → Claim
//     id          `identifier`, else `@id` — slugified to kebab-case; an http(s) IRI is treated as
//                 a url. Without either: host+path of `url` slugified, plus 8 hex of its SHA-256.
//     claim       `claimReviewed` (Fact Check Tools: `text`)
//     status      `reviewRating.alternateName` (FCT: `textualRating`) through STATUS_BY_RATING;
//                 when that text is unknown or absent, `ratingValue` on the 1–5 scale (rescaled
//                 from `worstRating`…`bestRating` when those differ): 5 true, 4 mostly-true,
//                 3 misleading, 2 and 1 false. Neither → error naming the review.
//     verdict     `reviewBody`, `text`, `description` or `reviewRating.ratingExplanation` (the
//                 first of at least 20 characters), else "Rated “Half True” by PolitiFact."
//     sources     every `citation` (CreativeWork: publisher/author name, name/headline, datePublished,
//                 url, description → note), preceded by the review itself — {publisher:
//                 author.name | publisher.name | publisher.site | url host, title: headline | name |
//                 title | claimReviewed, date: datePublished | reviewDate, url} — unless a citation
//                 already has the review's url.
//     reviewed    `--reviewed`, else datePublished (FCT: reviewDate), dateCreated, dateModified or
//                 the DataFeedItem's dateCreated (YYYY-MM-DD; a time part is dropped).
//     topics      `keywords` (list or comma-separated text, slugified), default [imported]
//     countries   `spatialCoverage` ISO 3166-1 alpha-2 codes (`identifier`/`name`), default [US]
//     claimant    `itemReviewed.author.name` (FCT: `claimant`)
//     variants    `itemReviewed.alternateName`
//     the rest    `additionalProperty` PropertyValues named `factcheck:…` (written by export):
//                 status, verdict (the stored values, when export used --as-of), validFrom,
//                 statusBefore, verdictBefore, validUntil, statusAfter, verdictAfter, related (one
//                 per id), requires (one per word or phrase), number (value, unitText), date,
//                 actor (the `facts`).
//
// EXPORT — Claim → ClaimReview (claimToClaimReview):
//     @id, identifier = id · url = sources[0].url · claimReviewed = claim · datePublished =
//     reviewed · author = {Organization, sources[0].publisher} · reviewRating = {Rating,
//     ratingValue, bestRating 5, worstRating 1, alternateName} per RATING_BY_STATUS · reviewBody =
//     verdict · itemReviewed = {Claim, author: {name: claimant}, alternateName: variants} ·
//     citation = every source as {CreativeWork, name, publisher: {Organization, name},
//     datePublished, url, description: note} · keywords = topics · spatialCoverage = countries as
//     {Country, identifier} · additionalProperty = the `factcheck:…` values above.
//   With `asOf`, reviewRating and reviewBody give the verdict that held on that date and the
//   stored status/verdict travel as factcheck:status/verdict, so import restores the claim as is.
//   itemReviewed.author carries no @type (the database does not say whether a claimant is a person
//   or an organisation) and no `appearance` (it does not record where a claim appeared).
import {location} from 'vfile-location'
import {createHash} from 'node:crypto'
import {verdictAsOf} from './as-of.js'
import {ClaimsError} from './errors.js'
import {validateClaimsData} from './validate.js'
import {type Claim, type ClaimFacts, type ClaimFigure, type ClaimOrigin, type Source, type Status} from '../types.js'

// ─── Status mapping ──────────────────────────────────────────────────────────────────────────

/** Textual ratings, normalised by {@link ratingKey}, → status. */
export const STATUS_BY_RATING: ReadonlyMap<string, Status> = new Map<string, Status>([
  ['true', 'true'],
  ['correct', 'true'],
  ['accurate', 'true'],
  ['mostly true', 'mostly-true'],
  ['mostly correct', 'mostly-true'],
  ['mostly accurate', 'mostly-true'],
  ['half true', 'misleading'],
  ['partly true', 'misleading'],
  ['partly false', 'misleading'],
  ['misleading', 'misleading'],
  ['missing context', 'misleading'],
  ['lacks context', 'misleading'],
  ['needs context', 'misleading'],
  ['mixture', 'disputed'],
  ['disputed', 'disputed'],
  ['mostly false', 'false'],
  ['false', 'false'],
  ['incorrect', 'false'],
  ['inaccurate', 'false'],
  ['fake', 'false'],
  ['pants on fire', 'false'],
  ['unproven', 'unsupported'],
  ['unsupported', 'unsupported'],
  ['unsubstantiated', 'unsupported'],
  ['unverified', 'unsupported'],
  ['no evidence', 'unsupported'],
  ['outdated', 'outdated'],
])

/** `ratingValue` on the 1–5 scale → status. */
const STATUS_BY_RATING_VALUE: Readonly<Record<number, Status>> = {5: 'true', 4: 'mostly-true', 3: 'misleading', 2: 'false', 1: 'false'}

/** Status → the rating export writes. */
export const RATING_BY_STATUS: Readonly<Record<Status, {ratingValue: number; alternateName: string}>> = {
  true: {ratingValue: 5, alternateName: 'True'},
  'mostly-true': {ratingValue: 4, alternateName: 'Mostly True'},
  misleading: {ratingValue: 3, alternateName: 'Misleading'},
  disputed: {ratingValue: 3, alternateName: 'Disputed'},
  unsupported: {ratingValue: 2, alternateName: 'Unsupported'},
  outdated: {ratingValue: 2, alternateName: 'Outdated'},
  false: {ratingValue: 1, alternateName: 'False'},
}

/** "Pants on Fire!" → "pants on fire". */
export function ratingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function statusFromRatingText(text: string): Status | undefined {
  return STATUS_BY_RATING.get(ratingKey(text))
}

/** A rating value on a `worst`…`best` scale, rescaled to 1–5 and mapped; undefined if out of range. */
export function statusFromRatingValue(value: number, best = 5, worst = 1): Status | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(best) || !Number.isFinite(worst) || best <= worst) return undefined
  if (value < worst || value > best) return undefined
  return STATUS_BY_RATING_VALUE[Math.round(1 + ((value - worst) * 4) / (best - worst))]
}

// ─── JSON with positions ─────────────────────────────────────────────────────────────────────

type JsonObject = {[key: string]: unknown}

/** Where parsed objects/arrays and their member values start (0-based offsets into the text). */
interface JsonPlaces {
  start: WeakMap<object, number>
  /** Objects: [key, offset, key, offset, …]; arrays: the offset of each item. */
  members: WeakMap<object, Array<string | number>>
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    /** A complete value was read and more text follows it. */
    readonly trailing = false,
  ) {
    super(message)
  }
}

const JSON_PLAIN_STRING = /"[^"\\\u0000-\u001f]*"/y
const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const MAX_DEPTH = 256

function describeAt(text: string, offset: number, end: number): string {
  return offset >= end ? 'the end of the input' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!))
}

/** Where and why a string starting at `start` (its opening quote) is not valid JSON. */
function stringProblem(text: string, start: number, end: number): {offset: number; message: string} {
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x5c) {
      const escape = text[i + 1]
      if (i + 1 >= end) break
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, Math.min(i + 6, end)))) return {offset: i, message: 'bad \\u escape in string'}
        i += 5
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++
      else return {offset: i, message: `bad escape "\\${escape ?? ''}" in string`}
    } else if (code === 0x0a || code === 0x0d) break
    else if (code < 0x20) return {offset: i, message: 'unescaped control character in string'}
  }
  return {offset: start, message: 'unterminated string'}
}

function setMember(object: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true})
  else object[key] = value
}

/** Parse `text[start, end)` as one JSON value, recording where objects and members start. */
function parseJsonValue(text: string, start: number, end: number, places: JsonPlaces): unknown {
  let at = start
  const peek = (): string => (at < end ? text[at]! : '')
  const fail = (message: string, offset = at): never => {
    throw new JsonSyntaxError(offset, message)
  }
  const skipSpace = (): void => {
    while (at < end) {
      const code = text.charCodeAt(at)
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || (code === 0xfeff && at === 0)) at++
      else break
    }
  }
  const readString = (): string => {
    JSON_PLAIN_STRING.lastIndex = at
    if (JSON_PLAIN_STRING.test(text) && JSON_PLAIN_STRING.lastIndex <= end) {
      const value = text.slice(at + 1, JSON_PLAIN_STRING.lastIndex - 1)
      at = JSON_PLAIN_STRING.lastIndex
      return value
    }
    JSON_STRING.lastIndex = at
    const match = JSON_STRING.exec(text)
    if (!match || JSON_STRING.lastIndex > end) {
      const problem = stringProblem(text, at, end)
      return fail(problem.message, problem.offset)
    }
    at = JSON_STRING.lastIndex
    return JSON.parse(match[0]) as string
  }
  const readWord = <T>(word: string, value: T): T => {
    if (!text.startsWith(word, at) || at + word.length > end) fail(`unexpected ${describeAt(text, at, end)}, expected a value`)
    at += word.length
    return value
  }
  const readNumber = (): number => {
    JSON_NUMBER.lastIndex = at
    if (!JSON_NUMBER.exec(text) || JSON_NUMBER.lastIndex > end) fail(`unexpected ${describeAt(text, at, end)}, expected a value`)
    const value = Number(text.slice(at, JSON_NUMBER.lastIndex))
    at = JSON_NUMBER.lastIndex
    return value
  }
  const readObject = (depth: number): JsonObject => {
    const object: JsonObject = {}
    const members: Array<string | number> = []
    places.start.set(object, at)
    places.members.set(object, members)
    at++
    skipSpace()
    if (peek() === '}') {
      at++
      return object
    }
    for (;;) {
      skipSpace()
      if (peek() !== '"') fail(`expected a property name in double quotes, found ${describeAt(text, at, end)}`)
      const key = readString()
      skipSpace()
      if (peek() !== ':') fail(`expected ":" after the property name, found ${describeAt(text, at, end)}`)
      at++
      skipSpace()
      members.push(key, at)
      setMember(object, key, readValue(depth + 1))
      skipSpace()
      const next = peek()
      at++
      if (next === '}') return object
      if (next !== ',') fail(`expected "," or "}" after a property value, found ${describeAt(text, at - 1, end)}`, at - 1)
    }
  }
  const readArray = (depth: number): unknown[] => {
    const array: unknown[] = []
    const members: number[] = []
    places.start.set(array, at)
    places.members.set(array, members)
    at++
    skipSpace()
    if (peek() === ']') {
      at++
      return array
    }
    for (;;) {
      skipSpace()
      members.push(at)
      array.push(readValue(depth + 1))
      skipSpace()
      const next = peek()
      at++
      if (next === ']') return array
      if (next !== ',') fail(`expected "," or "]" after an array item, found ${describeAt(text, at - 1, end)}`, at - 1)
    }
  }
  const readValue = (depth: number): unknown => {
    skipSpace()
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`)
    switch (peek()) {
      case '{':
        return readObject(depth)
      case '[':
        return readArray(depth)
      case '"':
        return readString()
      case 't':
        return readWord('true', true)
      case 'f':
        return readWord('false', false)
      case 'n':
        return readWord('null', null)
      default:
        return readNumber()
    }
  }
  const value = readValue(0)
  skipSpace()
  if (at < end) throw new JsonSyntaxError(at, `unexpected ${describeAt(text, at, end)} after the JSON value`, true)
  return value
}

/** Where a member's value (an object key, or an array index as text) starts. */
function memberOffset(places: JsonPlaces, node: object, key: string): number | undefined {
  const members = places.members.get(node)
  if (!members) return undefined
  if (Array.isArray(node)) return members[Number(key)] as number | undefined
  for (let i = members.length - 2; i >= 0; i -= 2) if (members[i] === key) return members[i + 1] as number
  return undefined
}

/** 0-based offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 1-based line and column of an offset (vfile-location counts lines as every other stage does). */
function positionIn(text: string, offset: number): {line: number; column: number} {
  const point = location(text).toPoint(offset)
  return point ? {line: point.line, column: point.column} : {line: 1, column: 1}
}

interface ParsedText {
  roots: unknown[]
  places: JsonPlaces
  locate(offset: number): {line: number; column: number}
}

const isJsonLinesName = (file: string): boolean => /\.(jsonl|ndjson)$/i.test(file)

function parseJsonLines(text: string, file: string, starts: readonly number[], places: JsonPlaces): unknown[] {
  const roots: unknown[] = []
  starts.forEach((start, index) => {
    let end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length
    if (text[end - 1] === '\r') end--
    if (text.slice(start, end).trim() === '' || (index === 0 && text.slice(start, end) === '\ufeff')) return
    try {
      roots.push(parseJsonValue(text, start, end, places))
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error
      const {line, column} = positionIn(text, error.offset)
      throw new ClaimsError(`${file}:${line}:${column}: JSON Lines: line ${line} is not valid JSON: ${error.message}`)
    }
  })
  return roots
}

/** The JSON values in a file: one for JSON, one per non-blank line for JSON Lines. */
function parseJsonText(text: string, file: string): ParsedText {
  const starts = lineStarts(text)
  const places: JsonPlaces = {start: new WeakMap(), members: new WeakMap()}
  const place = location(text)
  const locate = (offset: number): {line: number; column: number} => {
    const point = place.toPoint(offset)
    return point ? {line: point.line, column: point.column} : {line: 1, column: 1}
  }
  if (text.trim().replace(/^\ufeff/, '') === '') return {roots: [], places, locate}
  if (isJsonLinesName(file)) return {roots: parseJsonLines(text, file, starts, places), places, locate}
  try {
    return {roots: [parseJsonValue(text, 0, text.length, places)], places, locate}
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    // A value, a line break, then more: JSON Lines in a .json file.
    if (error.trailing && locate(error.offset).line > 1 && /\n\s*$/.test(text.slice(0, error.offset))) {
      return {roots: parseJsonLines(text, file, starts, places), places, locate}
    }
    const {line, column} = locate(error.offset)
    throw new ClaimsError(`${file}:${line}:${column}: JSON syntax error: ${error.message}`)
  }
}

// ─── Reading JSON-LD values ──────────────────────────────────────────────────────────────────

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

const listOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])

/** A non-blank string (trimmed), or a number as text. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** The name of a Person/Organization (or a plain string, or the first of a list). */
function nameOf(value: unknown): string | undefined {
  for (const item of listOf(value)) {
    const name = isObject(item) ? textOf(item.name) : textOf(item)
    if (name) return name
  }
  return undefined
}

function typesOf(node: JsonObject): string[] {
  return listOf(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''))
}

const hasType = (node: JsonObject, type: string): boolean => typesOf(node).includes(type)

/** lower-kebab-case, accents dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const MAX_ID_LENGTH = 100

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8)

/** A slug cut to the id length limit; a cut slug gets a hash of `seed` so it stays unique. */
function fitId(slug: string, seed: string): string {
  if (slug.length <= MAX_ID_LENGTH) return slug
  return `${slug.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${shortHash(seed)}`
}

/** host + path, slugified, plus 8 hex of the url's hash: stable, and distinct per url. */
export function idFromUrl(url: string): string {
  const parsed = new URL(url)
  const slug = slugify(`${parsed.hostname.replace(/^www\./, '')}${parsed.pathname}`) || 'review'
  return `${slug.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${shortHash(url)}`
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(text)
  } catch {
    return false
  }
}

/** The id a review's own identifier gives, if it has a usable one. */
function idFromIdentifier(node: JsonObject): string | undefined {
  const identifier = listOf(node.identifier)
    .map((item) => (isObject(item) ? textOf(item.value) : textOf(item)))
    .find((item) => item !== undefined)
  for (const given of [identifier, textOf(node['@id'])]) {
    if (!given || given.startsWith('_:')) continue
    if (isHttpUrl(given)) return idFromUrl(given)
    const slug = slugify(given)
    if (slug) return fitId(slug, given)
  }
  return undefined
}

function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number)
  if (month === undefined) return true
  if (month < 1 || month > 12) return false
  if (day === undefined) return true
  const parsed = new Date(Date.UTC(year!, month - 1, day))
  return parsed.getUTCFullYear() === year && parsed.getUTCDate() === day
}

const FULL_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const PARTIAL_DATE = /^\d{4}(?:-\d{2})?$/

/** YYYY-MM-DD from an ISO date or date-time; with `partial`, YYYY and YYYY-MM too. */
function readDate(value: string, partial: boolean): string | undefined {
  const full = FULL_DATE.exec(value)?.[1]
  const date = full ?? (partial && PARTIAL_DATE.test(value) ? value : undefined)
  return date && isCalendarDate(date) ? date : undefined
}

/** The country code of a spatialCoverage entry ("US", {identifier: "US"}, {name: "US"}). */
function countryCodeOf(value: unknown): string | undefined {
  const candidates = isObject(value) ? [value.identifier, value.name] : [value]
  for (const candidate of candidates) {
    const text = textOf(candidate)
    if (text && /^[A-Za-z]{2}$/.test(text)) return text.toUpperCase()
  }
  return undefined
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]

/** A value from the input for an error message: JSON-quoted, with C1 and bidi controls escaped too. */
function quoted(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value)
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

// ─── Finding the reviews ─────────────────────────────────────────────────────────────────────

type FoundReview =
  | {shape: 'claimreview'; review: JsonObject; feedDate?: string}
  | {shape: 'factcheck-tools'; claim: JsonObject; review: JsonObject}

/** Everything a builder needs to turn a problem into `file:line:column: field: message`. */
interface ImportScope {
  file: string
  places: JsonPlaces
  locate(offset: number): {line: number; column: number}
  /** --reviewed: the review date for every imported claim. */
  reviewed?: string
}

function placeOf(scope: ImportScope, node: object, key?: string): {line: number; column: number} {
  const offset = (key === undefined ? undefined : memberOffset(scope.places, node, key)) ?? scope.places.start.get(node) ?? 0
  return scope.locate(offset)
}

function failAt(scope: ImportScope, node: object, key: string | undefined, field: string, message: string): never {
  const {line, column} = placeOf(scope, node, key)
  throw new ClaimsError(`${scope.file}:${line}:${column}: ${field}: ${message}`)
}

const EXPECTED_SHAPES = 'expected a ClaimReview, a list of them, an @graph, a DataFeed or a Fact Check Tools claims:search response'

function collectFactCheckToolsClaim(claim: JsonObject, found: FoundReview[], scope: ImportScope): void {
  const reviews = listOf(claim.claimReview)
  if (reviews.length === 0) failAt(scope, claim, 'claimReview', 'claimReview', 'missing (a Fact Check Tools claim needs at least one review)')
  reviews.forEach((review, index) => {
    if (!isObject(review)) failAt(scope, claim, 'claimReview', `claimReview[${index}]`, 'must be an object')
    found.push({shape: 'factcheck-tools', claim, review})
  })
}

/** Walk a parsed value and collect the reviews in document order. */
function collectReviews(node: unknown, at: {parent: object; key: string} | undefined, found: FoundReview[], scope: ImportScope, feedDate?: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => collectReviews(item, {parent: node, key: String(index)}, found, scope, feedDate))
    return
  }
  if (!isObject(node)) {
    const where = at ? placeOf(scope, at.parent, at.key) : {line: 1, column: 1}
    throw new ClaimsError(`${scope.file}:${where.line}:${where.column}: not a ClaimReview (got ${node === null ? 'null' : typeof node}); ${EXPECTED_SHAPES}`)
  }
  if (hasType(node, 'ClaimReview')) {
    found.push({shape: 'claimreview', review: node, ...(feedDate ? {feedDate} : {})})
  } else if (node['@graph'] !== undefined) {
    collectReviews(node['@graph'], {parent: node, key: '@graph'}, found, scope, feedDate)
  } else if (node.dataFeedElement !== undefined) {
    collectReviews(node.dataFeedElement, {parent: node, key: 'dataFeedElement'}, found, scope, feedDate)
  } else if (hasType(node, 'DataFeedItem') || ('item' in node && !('@type' in node))) {
    const date = [node.dateCreated, node.dateModified].map((value) => (typeof value === 'string' ? readDate(value, false) : undefined)).find(Boolean)
    collectReviews(node.item, {parent: node, key: 'item'}, found, scope, date ?? feedDate)
  } else if (Array.isArray(node.claims)) {
    node.claims.forEach((claim, index) => {
      if (!isObject(claim)) failAt(scope, node.claims as object, String(index), `claims[${index}]`, 'must be an object')
      collectFactCheckToolsClaim(claim, found, scope)
    })
  } else if (Array.isArray(node.claimReview)) {
    collectFactCheckToolsClaim(node, found, scope)
  } else if ('claimReviewed' in node && !('@type' in node)) {
    found.push({shape: 'claimreview', review: node, ...(feedDate ? {feedDate} : {})})
  } else if (!('@type' in node)) {
    failAt(scope, node, undefined, '@type', `not a ClaimReview; ${EXPECTED_SHAPES}`)
  }
  // Another typed node (WebPage, Organization, …) next to the reviews: not ours to read.
}

// ─── Building claims ─────────────────────────────────────────────────────────────────────────

/** The `factcheck:…` values export writes as additionalProperty PropertyValues. */
interface ClaimExtras {
  status?: string
  verdict?: string
  validFrom?: string
  statusBefore?: string
  verdictBefore?: string
  validUntil?: string
  statusAfter?: string
  verdictAfter?: string
  related: string[]
  requires: string[]
  numbers: ClaimFigure[]
  dates: string[]
  actors: string[]
}

const EXTRA_TEXT_KEYS = ['status', 'verdict', 'validFrom', 'statusBefore', 'verdictBefore', 'validUntil', 'statusAfter', 'verdictAfter'] as const
type ExtraTextKey = (typeof EXTRA_TEXT_KEYS)[number]
const PROPERTY_PREFIX = 'factcheck:'

function readExtras(review: JsonObject, scope: ImportScope): ClaimExtras {
  const extras: ClaimExtras = {related: [], requires: [], numbers: [], dates: [], actors: []}
  listOf(review.additionalProperty).forEach((property, index) => {
    if (!isObject(property)) return
    const id = textOf(property.propertyID) ?? textOf(property.name)
    if (!id?.startsWith(PROPERTY_PREFIX)) return
    const name = id.slice(PROPERTY_PREFIX.length)
    const field = `additionalProperty[${index}]`
    const value = property.value
    const text = textOf(value)
    if (name === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) failAt(scope, property, 'value', `${field}.value`, `factcheck:number needs a number (got ${quoted(value)})`)
      const unit = textOf(property.unitText)
      extras.numbers.push(unit ? {value, unit} : {value})
    } else if (text === undefined) {
      failAt(scope, property, 'value', `${field}.value`, `${quoted(id)} needs a value`)
    } else if (name === 'related') extras.related.push(text)
    else if (name === 'requires') extras.requires.push(text)
    else if (name === 'date') extras.dates.push(text)
    else if (name === 'actor') extras.actors.push(text)
    else if ((EXTRA_TEXT_KEYS as readonly string[]).includes(name)) extras[name as ExtraTextKey] = text
    else failAt(scope, property, 'propertyID', `${field}.propertyID`, `unknown property ${quoted(id)}`)
  })
  return extras
}

function factsOf(extras: ClaimExtras): ClaimFacts | undefined {
  const facts: ClaimFacts = {}
  if (extras.numbers.length > 0) facts.numbers = extras.numbers
  if (extras.dates.length > 0) facts.dates = extras.dates
  if (extras.actors.length > 0) facts.actors = extras.actors
  return Object.keys(facts).length > 0 ? facts : undefined
}

/** The parts of a claim, before they are put in schema order. */
interface ClaimParts {
  id: string
  claim: string
  variants: string[]
  status: string
  verdict: string
  sources: Source[]
  topics: string[]
  countries: string[]
  reviewed: string
  claimant?: string
  extras?: ClaimExtras
}

/** A claim with the schema's key order and no empty optional fields. */
function assembleClaim(parts: ClaimParts): Claim {
  const claim: Record<string, unknown> = {id: parts.id, claim: parts.claim}
  if (parts.variants.length > 0) claim.variants = parts.variants
  if (parts.extras && parts.extras.requires.length > 0) claim.requires = parts.extras.requires
  Object.assign(claim, {
    status: parts.status,
    verdict: parts.verdict,
    sources: parts.sources,
    topics: parts.topics,
    countries: parts.countries,
    reviewed: parts.reviewed,
  })
  if (parts.claimant) claim.claimant = parts.claimant
  const extras = parts.extras
  if (extras) {
    const facts = factsOf(extras)
    if (facts) claim.facts = facts
    for (const key of ['validFrom', 'statusBefore', 'verdictBefore', 'validUntil', 'statusAfter', 'verdictAfter'] as const) {
      if (extras[key] !== undefined) claim[key] = extras[key]
    }
    if (extras.related.length > 0) claim.related = extras.related
  }
  return claim as unknown as Claim
}

/** Rated “Half True” by PolitiFact. */
function ratingSentence(rating: string, publisher: string): string {
  const sentence = `Rated ${rating} by ${publisher}.`
  return sentence.length >= 20 ? sentence : `${sentence.slice(0, -1)} in its fact-check.`
}

const MIN_VERDICT_LENGTH = 20

function requireUrl(scope: ImportScope, node: JsonObject, key: string): string {
  const url = textOf(node[key])
  if (url === undefined) failAt(scope, node, key, key, 'missing (a review needs the URL of the fact-check)')
  if (!isHttpUrl(url)) failAt(scope, node, key, key, `not a valid http(s) URL (got ${quoted(url)})`)
  return url
}

/** A date member (YYYY-MM-DD, or a date-time), or undefined when absent. */
function optionalDate(scope: ImportScope, node: JsonObject, key: string, partial = false): string | undefined {
  const value = node[key]
  if (value === undefined || value === null) return undefined
  const date = typeof value === 'string' ? readDate(value.trim(), partial) : undefined
  if (!date) failAt(scope, node, key, key, `not a valid date (YYYY-MM-DD) (got ${quoted(value)})`)
  return date
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}

function statusFromReviewRating(rating: JsonObject | undefined): Status | undefined {
  if (!rating) return undefined
  const text = textOf(rating.alternateName) ?? textOf(rating.name)
  const fromText = text === undefined ? undefined : statusFromRatingText(text)
  if (fromText) return fromText
  const value = Number(rating.ratingValue)
  if (rating.ratingValue === undefined || rating.ratingValue === '' || Number.isNaN(value)) return undefined
  const best = rating.bestRating === undefined ? 5 : Number(rating.bestRating)
  const worst = rating.worstRating === undefined ? 1 : Number(rating.worstRating)
  return statusFromRatingValue(value, best, worst)
}

function describeRating(rating: JsonObject | undefined): string {
  if (!rating) return 'no reviewRating'
  const text = textOf(rating.alternateName) ?? textOf(rating.name)
  const value = textOf(rating.ratingValue)
  const parts = [text ? `${quoted(text)} is not a known rating` : 'no textual rating', value ? `ratingValue ${quoted(rating.ratingValue)} is not on a known scale` : 'no ratingValue']
  return parts.join(', ')
}

/** One citation as a source; a bare URL string counts as {url}. */
function sourceFromCitation(scope: ImportScope, review: JsonObject, index: number, reviewDate: string | undefined): Source {
  const list = review.citation
  const citation = Array.isArray(list) ? list[index] : list
  const node: JsonObject = isObject(citation) ? citation : {url: citation}
  const field = `citation[${index}]`
  // A problem points at the citation's own member, else at the citation itself.
  const fail = (key: string, message: string): never =>
    isObject(citation) ? failAt(scope, citation, key, `${field}.${key}`, message) : failAt(scope, Array.isArray(list) ? list : review, Array.isArray(list) ? String(index) : 'citation', field, message)
  const url = textOf(node.url)
  if (url === undefined) return fail('url', 'missing (every citation needs a url)')
  if (!isHttpUrl(url)) return fail('url', `not a valid http(s) URL (got ${quoted(url)})`)
  const date = (isObject(citation) ? optionalDate(scope, citation, 'datePublished', true) : undefined) ?? reviewDate
  if (!date) return fail('datePublished', 'missing (every citation needs a date)')
  const source: Source = {
    publisher: nameOf(node.publisher) ?? nameOf(node.author) ?? hostOf(url),
    title: textOf(node.name) ?? textOf(node.headline) ?? url,
    date,
    url,
  }
  const note = textOf(node.description)
  if (note) source.note = note
  return source
}

/** `keywords` (a list, or comma-separated text) as topic slugs. */
function topicsOf(review: JsonObject): string[] {
  const keywords = listOf(review.keywords).flatMap((keyword) => (typeof keyword === 'string' ? keyword.split(',') : []))
  return unique(keywords.map(slugify).filter(Boolean))
}

/** `spatialCoverage` as ISO country codes; an entry that is no code is an error. */
function countriesOf(review: JsonObject, scope: ImportScope): string[] {
  const codes = listOf(review.spatialCoverage).map((entry, index) => {
    const code = countryCodeOf(entry)
    if (!code) failAt(scope, review, 'spatialCoverage', `spatialCoverage[${index}]`, `not an ISO 3166-1 alpha-2 country code (got ${quoted(entry)})`)
    return code
  })
  return unique(codes)
}

/** The review's own text when it is long enough for a verdict, else a sentence built from the rating. */
function verdictOf(review: JsonObject, rating: JsonObject | undefined, publisher: string): string {
  const body = [review.reviewBody, review.text, review.description, rating?.ratingExplanation]
    .map(textOf)
    .find((text) => text !== undefined && text.length >= MIN_VERDICT_LENGTH)
  if (body) return body
  const ratingText = rating ? (textOf(rating.alternateName) ?? textOf(rating.name)) : undefined
  return ratingSentence(ratingText ? `“${ratingText}”` : `${String(rating?.ratingValue)} out of ${String(rating?.bestRating ?? 5)}`, publisher)
}

/** The review date: datePublished, dateCreated, dateModified, else the feed item's date. */
function publishedDateOf(found: {review: JsonObject; feedDate?: string}, scope: ImportScope): string | undefined {
  const {review} = found
  return optionalDate(scope, review, 'datePublished') ?? optionalDate(scope, review, 'dateCreated') ?? optionalDate(scope, review, 'dateModified') ?? found.feedDate
}

function claimFromClaimReview(found: {review: JsonObject; feedDate?: string}, scope: ImportScope): Claim {
  const {review} = found
  const url = requireUrl(scope, review, 'url')
  const claimText = textOf(review.claimReviewed)
  if (claimText === undefined) failAt(scope, review, 'claimReviewed', 'claimReviewed', 'missing (a ClaimReview needs the claim it reviews)')
  const extras = readExtras(review, scope)
  const rating = listOf(review.reviewRating).find(isObject)
  const status = extras.status ?? statusFromReviewRating(rating)
  if (status === undefined) {
    failAt(scope, review, 'reviewRating', 'reviewRating', `cannot map the rating of the review ${quoted(url)} to a status (${describeRating(rating)})`)
  }
  const published = publishedDateOf(found, scope)
  const reviewed = scope.reviewed ?? published
  if (reviewed === undefined) failAt(scope, review, 'datePublished', 'datePublished', 'missing (the review date; claims import --reviewed DATE can supply one)')
  const publisher = nameOf(review.author) ?? nameOf(review.publisher) ?? hostOf(url)
  const citations = listOf(review.citation).map((_, index) => sourceFromCitation(scope, review, index, published ?? reviewed))
  const ownSource: Source = {
    publisher,
    title: textOf(review.headline) ?? textOf(review.name) ?? textOf(review.title) ?? claimText!,
    date: published ?? reviewed!,
    url,
  }
  const item = listOf(review.itemReviewed).find(isObject)
  const claimant = item ? nameOf(item.author) : undefined
  const topics = topicsOf(review)
  const countries = countriesOf(review, scope)
  return assembleClaim({
    id: idFromIdentifier(review) ?? idFromUrl(url),
    claim: claimText!,
    variants: item ? listOf(item.alternateName).map(textOf).filter((text): text is string => text !== undefined) : [],
    status: status!,
    verdict: extras.verdict ?? verdictOf(review, rating, publisher),
    sources: citations.some((source) => source.url === url) ? citations : [ownSource, ...citations],
    topics: topics.length > 0 ? topics : ['imported'],
    countries: countries.length > 0 ? countries : ['US'],
    reviewed: reviewed!,
    ...(claimant ? {claimant} : {}),
    extras,
  })
}

function claimFromFactCheckTools(found: {claim: JsonObject; review: JsonObject}, scope: ImportScope): Claim {
  const {claim, review} = found
  const url = requireUrl(scope, review, 'url')
  const claimText = textOf(claim.text)
  if (claimText === undefined) failAt(scope, claim, 'text', 'text', 'missing (a Fact Check Tools claim needs its text)')
  const rating = textOf(review.textualRating)
  if (rating === undefined) failAt(scope, review, 'textualRating', 'textualRating', `missing (the review ${quoted(url)} has no rating)`)
  const status = statusFromRatingText(rating!)
  if (status === undefined) failAt(scope, review, 'textualRating', 'textualRating', `cannot map the rating of the review ${quoted(url)} to a status (${quoted(rating)} is not a known rating)`)
  const published = optionalDate(scope, review, 'reviewDate')
  const reviewed = scope.reviewed ?? published
  if (reviewed === undefined) failAt(scope, review, 'reviewDate', 'reviewDate', 'missing (the review date; claims import --reviewed DATE can supply one)')
  const publisherNode = isObject(review.publisher) ? review.publisher : {}
  const publisher = textOf(publisherNode.name) ?? textOf(publisherNode.site) ?? hostOf(url)
  const claimant = textOf(claim.claimant)
  return assembleClaim({
    id: idFromUrl(url),
    claim: claimText!,
    variants: [],
    status: status!,
    verdict: ratingSentence(`“${rating}”`, publisher),
    sources: [{publisher, title: textOf(review.title) ?? claimText!, date: published ?? reviewed!, url}],
    topics: ['imported'],
    countries: ['US'],
    reviewed: reviewed!,
    ...(claimant ? {claimant} : {}),
  })
}

/** Claim fields → the input field they came from, for messages about the input. */
const CLAIMREVIEW_FIELDS: Readonly<Record<string, string>> = {
  id: 'identifier',
  claim: 'claimReviewed',
  variants: 'itemReviewed.alternateName',
  verdict: 'reviewBody',
  sources: 'citation',
  topics: 'keywords',
  countries: 'spatialCoverage',
  reviewed: 'datePublished',
  claimant: 'itemReviewed.author',
}
const FACTCHECK_TOOLS_FIELDS: Readonly<Record<string, string>> = {claim: 'text', sources: 'claimReview', claimant: 'claimant'}

/** Check a built claim against the schema; a problem names the input field and place. */
function checkBuiltClaim(claim: Claim, found: FoundReview, scope: ImportScope): void {
  const [problem] = validateClaimsData([claim])
  if (!problem) return
  const [key, ...rest] = problem.field.split('.')
  const base = key?.replace(/\[\d+\]$/, '') ?? ''
  const names = found.shape === 'claimreview' ? CLAIMREVIEW_FIELDS : FACTCHECK_TOOLS_FIELDS
  const inputKey = names[base]
  const field = inputKey ? [key!.replace(base, inputKey), ...rest].join('.') : `${problem.field} (as imported)`
  const node = found.shape === 'factcheck-tools' && base === 'claim' ? found.claim : found.review
  failAt(scope, node, inputKey?.split('.')[0], field, problem.message)
}

export interface ClaimReviewImportOptions {
  /** YYYY-MM-DD: the `reviewed` date for every imported claim (default: the review's own date). */
  reviewed?: string
}

/** Parse a ClaimReview file (any accepted shape) into valid claims, in document order. */
export function claimsFromClaimReviewText(text: string, file: string, options: ClaimReviewImportOptions = {}): {claims: Claim[]; origins: ClaimOrigin[]} {
  const parsed = parseJsonText(text, file)
  const scope: ImportScope = {file, places: parsed.places, locate: parsed.locate, ...(options.reviewed ? {reviewed: options.reviewed} : {})}
  const found: FoundReview[] = []
  for (const root of parsed.roots) collectReviews(root, undefined, found, scope)
  if (found.length === 0 && parsed.roots.some((root) => !(Array.isArray(root) && root.length === 0))) {
    throw new ClaimsError(`${file}:1:1: no ClaimReview found; ${EXPECTED_SHAPES}`)
  }
  const claims: Claim[] = []
  const origins: ClaimOrigin[] = []
  const seen = new Map<string, ClaimOrigin>()
  for (const item of found) {
    const claim = item.shape === 'claimreview' ? claimFromClaimReview(item, scope) : claimFromFactCheckTools(item, scope)
    checkBuiltClaim(claim, item, scope)
    const origin: ClaimOrigin = {file, ...placeOf(scope, item.review)}
    const previous = seen.get(claim.id)
    if (previous) {
      throw new ClaimsError(`${file}:${origin.line}:${origin.column}: id: duplicate id "${claim.id}" (first defined at ${previous.file}:${previous.line}:${previous.column})`)
    }
    seen.set(claim.id, origin)
    claims.push(claim)
    origins.push(origin)
  }
  return {claims, origins}
}

// ─── Export ──────────────────────────────────────────────────────────────────────────────────

export interface ClaimReviewCitation {
  '@type': 'CreativeWork'
  name: string
  publisher: {'@type': 'Organization'; name: string}
  datePublished: string
  url: string
  description?: string
}

export interface ClaimReviewProperty {
  '@type': 'PropertyValue'
  propertyID: string
  value: string | number
  unitText?: string
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org'
  '@type': 'ClaimReview'
  '@id': string
  identifier: string
  url: string
  claimReviewed: string
  datePublished: string
  author: {'@type': 'Organization'; name: string}
  reviewRating: {'@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: string}
  reviewBody: string
  itemReviewed: {'@type': 'Claim'; author?: {name: string}; alternateName?: string[]}
  citation: ClaimReviewCitation[]
  keywords: string[]
  spatialCoverage: Array<{'@type': 'Country'; identifier: string}>
  additionalProperty?: ClaimReviewProperty[]
}

export interface ClaimReviewExportOptions {
  /** YYYY-MM-DD: rate the claim by the verdict that held on this date. */
  asOf?: string
}

function citationOf(source: Source): ClaimReviewCitation {
  const citation: ClaimReviewCitation = {
    '@type': 'CreativeWork',
    name: source.title,
    publisher: {'@type': 'Organization', name: source.publisher},
    datePublished: source.date,
    url: source.url,
  }
  if (source.note !== undefined) citation.description = source.note
  return citation
}

const property = (name: string, value: string | number, unitText?: string): ClaimReviewProperty => ({
  '@type': 'PropertyValue',
  propertyID: `${PROPERTY_PREFIX}${name}`,
  value,
  ...(unitText === undefined ? {} : {unitText}),
})

/** The fields schema.org has no place for, as `factcheck:…` PropertyValues. */
function propertiesOf(claim: Claim, shown: {status: Status; verdict: string}): ClaimReviewProperty[] {
  const properties: ClaimReviewProperty[] = []
  if (shown.status !== claim.status) properties.push(property('status', claim.status))
  if (shown.verdict !== claim.verdict) properties.push(property('verdict', claim.verdict))
  for (const key of ['validFrom', 'statusBefore', 'verdictBefore', 'validUntil', 'statusAfter', 'verdictAfter'] as const) {
    const value = claim[key]
    if (value !== undefined) properties.push(property(key, value))
  }
  for (const figure of claim.facts?.numbers ?? []) properties.push(property('number', figure.value, figure.unit))
  for (const date of claim.facts?.dates ?? []) properties.push(property('date', date))
  for (const actor of claim.facts?.actors ?? []) properties.push(property('actor', actor))
  for (const id of claim.related ?? []) properties.push(property('related', id))
  for (const phrase of claim.requires ?? []) properties.push(property('requires', phrase))
  return properties
}

/** A claim as schema.org ClaimReview JSON-LD; claimsFromClaimReviewText restores it unchanged. */
export function claimToClaimReview(claim: Claim, options: ClaimReviewExportOptions = {}): ClaimReviewJsonLd {
  const first = claim.sources[0]
  if (!first) throw new ClaimsError(`${claim.id}: sources: a claim needs at least one source to be exported`)
  const shown = options.asOf ? verdictAsOf(claim, options.asOf) : {status: claim.status, verdict: claim.verdict}
  const rating = RATING_BY_STATUS[shown.status]
  const itemReviewed: ClaimReviewJsonLd['itemReviewed'] = {'@type': 'Claim'}
  if (claim.claimant !== undefined) itemReviewed.author = {name: claim.claimant}
  if (claim.variants && claim.variants.length > 0) itemReviewed.alternateName = [...claim.variants]
  const review: ClaimReviewJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': claim.id,
    identifier: claim.id,
    url: first.url,
    claimReviewed: claim.claim,
    datePublished: claim.reviewed,
    author: {'@type': 'Organization', name: first.publisher},
    reviewRating: {'@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName},
    reviewBody: shown.verdict,
    itemReviewed,
    citation: claim.sources.map(citationOf),
    keywords: [...claim.topics],
    spatialCoverage: claim.countries.map((code) => ({'@type': 'Country', identifier: code})),
  }
  const properties = propertiesOf(claim, shown)
  if (properties.length > 0) review.additionalProperty = properties
  return review
}
