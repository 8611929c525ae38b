// `factcheck claims …`: list, show, search, validate, stats, export and import the claims
// database. Formatting is done by pure functions over the loaded database; only
// runClaimsCommand writes. Text output for terminals is sanitised; every listing is sorted.
import {readFile, stat} from 'node:fs/promises'
import {join, relative, resolve, sep} from 'node:path'
import {Document, isMap, isSeq, LineCounter, parseDocument} from 'yaml'
import {today, verdictAsOf} from '../claims/as-of.js'
import {claimsFromClaimReviewText, claimToClaimReview} from '../claims/claimreview.js'
import {ClaimsError} from '../claims/errors.js'
import {findClaimFiles, loadClaims} from '../claims/load.js'
import {DEFAULT_CLAIMS_DIR} from '../claims/paths.js'
import {createMatcher} from '../match/matcher.js'
import {sanitizeForTerminal} from '../report/sanitize.js'
import {STATUSES, type Claim, type ClaimDatabase, type ClaimOrigin, type Status} from '../types.js'
import {CliError, EXIT} from './errors.js'
import type {Io} from './main.js'

type OutputFormat = 'text' | 'json'

const clean = sanitizeForTerminal

// ─── Options ─────────────────────────────────────────────────────────────────────────────────

function stringOption(options: Record<string, unknown>, key: string): string | undefined {
  const value = options[key]
  return typeof value === 'string' ? value : undefined
}

function outputFormat(options: Record<string, unknown>): OutputFormat {
  const format = stringOption(options, 'format') ?? 'text'
  if (format !== 'text' && format !== 'json') throw new CliError(`--format takes text or json (got "${clean(format)}")`)
  return format
}

function statusOption(options: Record<string, unknown>): Status | undefined {
  const status = stringOption(options, 'status')
  if (status === undefined) return undefined
  if (!(STATUSES as readonly string[]).includes(status)) throw new CliError(`--status takes one of ${STATUSES.join(', ')} (got "${clean(status)}")`)
  return status as Status
}

const asOfOption = (options: Record<string, unknown>): string => stringOption(options, 'asOf') ?? today()

/** The database `check` would use: the bundled one unless --no-default-claims, plus every --claims. */
async function loadSelectedClaims(options: Record<string, unknown>, io: Io): Promise<ClaimDatabase> {
  const extra = Array.isArray(options.claims) ? options.claims.filter((path): path is string => typeof path === 'string') : []
  const paths = [...(options.defaultClaims === false ? [] : [DEFAULT_CLAIMS_DIR]), ...extra]
  if (paths.length === 0) throw new CliError('no claims: --no-default-claims needs --claims PATH')
  await requireExisting(extra, io.cwd)
  return loadClaims(paths, {cwd: io.cwd})
}

/** A missing path is named as the user typed it (the loader would name the absolute path). */
async function requireExisting(paths: readonly string[], cwd: string): Promise<void> {
  for (const path of paths) {
    try {
      await stat(resolve(cwd, path))
    } catch {
      throw new ClaimsError(`${clean(path)}: no such claims file or folder`)
    }
  }
}

// ─── Shared helpers ──────────────────────────────────────────────────────────────────────────

const byId = (a: Claim, b: Claim): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const sortedClaims = (database: ClaimDatabase): Claim[] => [...database.claims].sort(byId)

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

const placeText = (origin: ClaimOrigin | undefined): string => (origin ? `${origin.file}:${origin.line}:${origin.column}` : '(built in memory)')

/** JSON for stdout: C1 controls and bidi/line-separator characters escaped too (still valid JSON). */
function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Rows of `label  value`, labels padded to the widest. */
function table(rows: ReadonlyArray<readonly [string, string | number]>, indent = '  '): string {
  const width = Math.max(0, ...rows.map(([label]) => label.length))
  return rows.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}\n`).join('')
}

/** How often each value occurs: most common first, ties by name. */
function countBy(values: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** Ids to suggest for a mistyped one: the nearest by edit distance, else up to three that contain it. */
function suggestIds(database: ClaimDatabase, id: string): string[] {
  const [nearest] = database.claims
    .map((candidate) => ({id: candidate.id, distance: editDistance(id, candidate.id)}))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
  if (nearest && nearest.distance <= Math.max(2, Math.floor(id.length / 5))) return [nearest.id]
  if (id.length < 3) return []
  return database.claims
    .map((candidate) => candidate.id)
    .filter((candidate) => candidate.includes(id))
    .sort()
    .slice(0, 3)
}

/** The claim with this id, or a CliError that suggests near ids. */
export function findClaim(database: ClaimDatabase, id: string): Claim {
  const claim = database.claims.find((candidate) => candidate.id === id)
  if (claim) return claim
  const suggestions = suggestIds(database, id)
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.map((suggestion) => `"${suggestion}"`).join(', ')}?)` : ''
  throw new CliError(`no claim has id "${clean(id)}"${hint}`)
}

// ─── list ────────────────────────────────────────────────────────────────────────────────────

export interface ListFilter {
  status?: Status
  topic?: string
  country?: string
}

/** Claims matching the filter (the status is the one on `asOf`), sorted by id. */
export function filterClaims(database: ClaimDatabase, filter: ListFilter, asOf: string): Claim[] {
  return sortedClaims(database).filter(
    (claim) =>
      (!filter.status || verdictAsOf(claim, asOf).status === filter.status) &&
      (!filter.topic || claim.topics.includes(filter.topic)) &&
      (!filter.country || claim.countries.includes(filter.country)),
  )
}

export function formatListText(claims: readonly Claim[], total: number, asOf: string): string {
  const width = Math.max(...STATUSES.map((status) => status.length))
  const lines = claims.map((claim) => `${verdictAsOf(claim, asOf).status.padEnd(width)}  ${claim.id}  ${clean(claim.claim)}\n`)
  const count = claims.length === total ? plural(total, 'claim') : `${claims.length} of ${plural(total, 'claim')}`
  return `${lines.join('')}${count} (statuses as of ${asOf})\n`
}

function claimRecord(claim: Claim, database: ClaimDatabase, asOf: string): Record<string, unknown> {
  const origin = database.origins.get(claim.id)
  return {...claim, asOf: {date: asOf, ...verdictAsOf(claim, asOf)}, ...(origin ? {defined: origin} : {})}
}

// ─── show ────────────────────────────────────────────────────────────────────────────────────

const bullets = (items: readonly string[]): string => items.map((item) => `  - ${clean(item)}\n`).join('')

export function formatClaimText(claim: Claim, database: ClaimDatabase, asOf: string): string {
  const onDate = verdictAsOf(claim, asOf)
  const statusOnDate = new Map(database.claims.map((other) => [other.id, verdictAsOf(other, asOf).status]))
  const field = (label: string, value: string): string => `${`${label}: `.padEnd(13)}${value}\n`
  let out = field('id', claim.id) + field('claim', clean(claim.claim))
  if (claim.variants?.length) out += `variants:\n${bullets(claim.variants)}`
  if (claim.requires?.length) out += field('requires', `one of ${claim.requires.map((phrase) => `“${clean(phrase)}”`).join(', ')}`)
  out += field('status', claim.status)
  out += field(`as of ${asOf}`, onDate.status === claim.status && onDate.verdict === claim.verdict ? onDate.status : `${onDate.status} — ${clean(onDate.verdict)}`)
  out += field('verdict', clean(claim.verdict))
  if (claim.claimant) out += field('claimant', clean(claim.claimant))
  out += 'sources:\n'
  claim.sources.forEach((source, index) => {
    out += `  ${index + 1}. ${clean(source.publisher)}, “${clean(source.title)}”, ${clean(source.date)}\n     ${clean(source.url)}\n`
    if (source.note) out += `     note: ${clean(source.note)}\n`
  })
  out += field('topics', claim.topics.map(clean).join(', '))
  out += field('countries', claim.countries.map(clean).join(', '))
  out += field('reviewed', claim.reviewed)
  const facts = claim.facts
  if (facts && (facts.numbers?.length || facts.dates?.length || facts.actors?.length)) {
    out += 'facts:\n'
    if (facts.numbers?.length) out += `  numbers: ${facts.numbers.map((figure) => clean(figure.unit ? `${figure.value} ${figure.unit}` : String(figure.value))).join(', ')}\n`
    if (facts.dates?.length) out += `  dates:   ${facts.dates.map(clean).join(', ')}\n`
    if (facts.actors?.length) out += `  actors:  ${facts.actors.map(clean).join(', ')}\n`
  }
  if (claim.validFrom) out += field('valid from', `${claim.validFrom} (before: ${claim.statusBefore ?? '?'}${claim.verdictBefore ? ` — ${clean(claim.verdictBefore)}` : ''})`)
  if (claim.validUntil) out += field('valid until', `${claim.validUntil} (after: ${claim.statusAfter ?? '?'}${claim.verdictAfter ? ` — ${clean(claim.verdictAfter)}` : ''})`)
  if (claim.related?.length) {
    out += 'related:\n'
    for (const id of claim.related) out += `  - ${clean(id)} (${statusOnDate.get(id) ?? 'not in the database'})\n`
  }
  out += field('defined at', clean(placeText(database.origins.get(claim.id))))
  return out
}

// ─── search ──────────────────────────────────────────────────────────────────────────────────

export interface SearchHit {
  id: string
  score: number
  status: Status
  claim: string
  /** The claim text or variant that scored best. */
  matched: string
}

/** Claims ranked against a text by the matcher `check` uses. */
export function searchClaims(database: ClaimDatabase, text: string, top: number, asOf: string): SearchHit[] {
  return createMatcher(database.claims)
    .rank(text, top)
    .map((ranked) => ({
      id: ranked.claim.id,
      score: Math.round(ranked.score * 1000) / 1000,
      status: verdictAsOf(ranked.claim, asOf).status,
      claim: ranked.claim.claim,
      matched: ranked.text.text,
    }))
}

export function formatSearchText(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return 'no claim matches\n'
  const width = Math.max(...STATUSES.map((status) => status.length))
  return hits
    .map((hit) => {
      const line = `${hit.score.toFixed(2)}  ${hit.status.padEnd(width)}  ${hit.id}  ${clean(hit.claim)}\n`
      return hit.matched === hit.claim ? line : `${line}${' '.repeat(width + 8)}matched: ${clean(hit.matched)}\n`
    })
    .join('')
}

// ─── validate ────────────────────────────────────────────────────────────────────────────────

/** Where `related[index]` of a claim sits in its YAML file, if the file can be read again. */
async function relatedEntryPlace(origin: ClaimOrigin, claimId: string, index: number, cwd: string): Promise<{line: number; column: number} | undefined> {
  if (!/\.ya?ml$/i.test(origin.file)) return undefined
  try {
    const lines = new LineCounter()
    const document = parseDocument(await readFile(resolve(cwd, origin.file), 'utf8'), {lineCounter: lines})
    if (!isSeq(document.contents)) return undefined
    const item = document.contents.items.find((node) => isMap(node) && (node.get('id') as unknown) === claimId)
    const entry = isMap(item) ? item.getIn(['related', index], true) : undefined
    const range = entry && typeof entry === 'object' && 'range' in entry ? (entry.range as [number, number, number] | undefined) : undefined
    if (!range) return undefined
    const {line, col} = lines.linePos(range[0])
    return {line, column: col}
  } catch {
    return undefined
  }
}

/** The first `related` id that names no loaded claim, as an error line; undefined if none. */
export async function findUnknownRelated(database: ClaimDatabase, cwd: string): Promise<string | undefined> {
  const ids = new Set(database.claims.map((claim) => claim.id))
  for (const claim of database.claims) {
    const index = (claim.related ?? []).findIndex((id) => !ids.has(id))
    if (index < 0) continue
    const origin = database.origins.get(claim.id)
    const at = (origin && (await relatedEntryPlace(origin, claim.id, index, cwd))) ?? origin
    const place = origin && at ? `${origin.file}:${at.line}:${at.column}: ` : `${claim.id}: `
    return `${place}related[${index}]: no claim has id "${clean(claim.related![index]!)}"`
  }
  return undefined
}

async function validateCommand(paths: readonly string[], io: Io): Promise<string> {
  const targets = paths.length > 0 ? paths : [DEFAULT_CLAIMS_DIR]
  await requireExisting(targets, io.cwd)
  const files = new Set<string>()
  for (const target of targets) for (const file of await findClaimFiles(resolve(io.cwd, target))) files.add(file)
  const database = await loadClaims(targets, {cwd: io.cwd})
  const problem = await findUnknownRelated(database, io.cwd)
  if (problem) throw new ClaimsError(problem)
  const count = database.claims.length
  return `✔ ${plural(count, 'claim')} in ${plural(files.size, 'file')} ${count === 1 ? 'is' : 'are'} valid\n`
}

// ─── stats ───────────────────────────────────────────────────────────────────────────────────

export interface ClaimStats {
  asOf: string
  claims: number
  files: number
  byStatus: Record<Status, number>
  byTopic: Array<[string, number]>
  byCountry: Array<[string, number]>
  /** Reviews older than this date (a year before `asOf`) are stale. */
  staleBefore: string
  stale: Array<{id: string; reviewed: string}>
}

/** The date a year before `date` (YYYY-MM-DD); ISO dates compare as strings. */
const yearBefore = (date: string): string => `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`

export function claimStats(database: ClaimDatabase, asOf: string): ClaimStats {
  const claims = sortedClaims(database)
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>
  for (const claim of claims) byStatus[verdictAsOf(claim, asOf).status]++
  const staleBefore = yearBefore(asOf)
  const stale = claims
    .filter((claim) => claim.reviewed < staleBefore)
    .map((claim) => ({id: claim.id, reviewed: claim.reviewed}))
    .sort((a, b) => (a.reviewed < b.reviewed ? -1 : a.reviewed > b.reviewed ? 1 : a.id < b.id ? -1 : 1))
  return {
    asOf,
    claims: claims.length,
    files: new Set([...database.origins.values()].map((origin) => origin.file)).size,
    byStatus,
    byTopic: countBy(claims.flatMap((claim) => claim.topics)),
    byCountry: countBy(claims.flatMap((claim) => claim.countries)),
    staleBefore,
    stale,
  }
}

export function formatStatsText(stats: ClaimStats): string {
  let out = `${plural(stats.claims, 'claim')} in ${plural(stats.files, 'file')}\n`
  out += `\nby status (as of ${stats.asOf}):\n${table(STATUSES.map((status) => [status, stats.byStatus[status]]))}`
  out += `\nby topic:\n${table(stats.byTopic.map(([topic, count]) => [clean(topic), count]))}`
  out += `\nby country:\n${table(stats.byCountry.map(([country, count]) => [clean(country), count]))}`
  out += `\nreviewed more than a year before ${stats.asOf} (before ${stats.staleBefore}): ${stats.stale.length}\n`
  out += table(stats.stale.map((entry) => [entry.id, entry.reviewed]))
  return out
}

function statsJson(stats: ClaimStats): Record<string, unknown> {
  return {
    asOf: stats.asOf,
    claims: stats.claims,
    files: stats.files,
    byStatus: stats.byStatus,
    byTopic: Object.fromEntries(stats.byTopic),
    byCountry: Object.fromEntries(stats.byCountry),
    stale: {before: stats.staleBefore, claims: stats.stale},
  }
}

// ─── export / import ─────────────────────────────────────────────────────────────────────────

export function formatExport(database: ClaimDatabase, format: 'claimreview' | 'jsonl', asOf: string | undefined): string {
  const reviews = sortedClaims(database).map((claim) => claimToClaimReview(claim, asOf ? {asOf} : {}))
  if (format === 'jsonl') return reviews.map((review) => `${safeJson(review)}\n`).join('')
  return `${safeJson(reviews, 2)}\n`
}

/** The bundled schema, relative to `cwd`, for the yaml-language-server header. */
function schemaReference(cwd: string): string {
  const path = relative(cwd, join(DEFAULT_CLAIMS_DIR, 'schema.json')).split(sep).join('/')
  return path.startsWith('.') || path.startsWith('/') ? path : `./${path}`
}

/** Lists of short values, written `[a, b]` as the bundled files do. */
const FLOW_LISTS: ReadonlyArray<ReadonlyArray<string | number>> = [['topics'], ['countries'], ['related'], ['facts', 'dates'], ['facts', 'actors']]

/** One claim as a YAML list item. */
export function claimYaml(claim: Claim): string {
  const document = new Document([claim])
  const flow = (path: ReadonlyArray<string | number>): void => {
    const node = document.getIn([0, ...path], true)
    if (isSeq(node) || isMap(node)) node.flow = true
  }
  FLOW_LISTS.forEach(flow)
  claim.facts?.numbers?.forEach((_, index) => flow(['facts', 'numbers', index]))
  return document.toString({lineWidth: 100, flowCollectionPadding: false})
}

/** Claims as a YAML claims file (blank line between entries), with the schema header. */
export function formatClaimsYaml(claims: readonly Claim[], schema: string, origin: string): string {
  const header = `# yaml-language-server: $schema=${schema}\n# Imported from ${clean(origin)} by factcheck claims import.\n`
  return header + claims.map(claimYaml).join('\n')
}

async function importCommand(file: string, reviewed: string | undefined, io: Io): Promise<string> {
  const path = resolve(io.cwd, file)
  const display = relative(io.cwd, path) || file
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (code ?? 'error')
    throw new ClaimsError(`${display}: cannot read ClaimReview file (${reason})`)
  }
  const {claims} = claimsFromClaimReviewText(text, display, reviewed ? {reviewed} : {})
  return formatClaimsYaml(claims, schemaReference(io.cwd), display)
}

// ─── Entry point ─────────────────────────────────────────────────────────────────────────────

function listFilter(options: Record<string, unknown>): ListFilter {
  const filter: ListFilter = {}
  const status = statusOption(options)
  if (status) filter.status = status
  const topic = stringOption(options, 'topic')
  if (topic) filter.topic = topic
  const country = stringOption(options, 'country')
  if (country) filter.country = country.toUpperCase()
  return filter
}

async function listCommand(options: Record<string, unknown>, io: Io): Promise<string> {
  const format = outputFormat(options)
  const filter = listFilter(options)
  const database = await loadSelectedClaims(options, io)
  const asOf = asOfOption(options)
  const claims = filterClaims(database, filter, asOf)
  if (format === 'json') return `${safeJson(claims.map((claim) => claimRecord(claim, database, asOf)), 2)}\n`
  return formatListText(claims, database.claims.length, asOf)
}

async function showCommand(id: string, options: Record<string, unknown>, io: Io): Promise<string> {
  const format = outputFormat(options)
  const database = await loadSelectedClaims(options, io)
  const claim = findClaim(database, id)
  const asOf = asOfOption(options)
  return format === 'json' ? `${safeJson(claimRecord(claim, database, asOf), 2)}\n` : formatClaimText(claim, database, asOf)
}

async function searchCommand(words: readonly string[], options: Record<string, unknown>, io: Io): Promise<string> {
  const format = outputFormat(options)
  const text = words.join(' ').trim()
  if (text === '') throw new CliError('claims search needs some text to search for')
  const top = typeof options.top === 'number' ? options.top : 10
  const hits = searchClaims(await loadSelectedClaims(options, io), text, top, asOfOption(options))
  return format === 'json' ? `${safeJson(hits, 2)}\n` : formatSearchText(hits)
}

async function statsCommand(options: Record<string, unknown>, io: Io): Promise<string> {
  const format = outputFormat(options)
  const stats = claimStats(await loadSelectedClaims(options, io), asOfOption(options))
  return format === 'json' ? `${safeJson(statsJson(stats), 2)}\n` : formatStatsText(stats)
}

async function exportCommand(options: Record<string, unknown>, io: Io): Promise<string> {
  const format = stringOption(options, 'format') ?? 'claimreview'
  if (format !== 'claimreview' && format !== 'jsonl') throw new CliError(`--format takes claimreview or jsonl (got "${clean(format)}")`)
  return formatExport(await loadSelectedClaims(options, io), format, stringOption(options, 'asOf'))
}

/** What one `claims` subcommand prints. */
function claimsOutput(name: string, args: string[], options: Record<string, unknown>, io: Io): Promise<string> {
  switch (name) {
    case 'list':
      return listCommand(options, io)
    case 'show':
      return showCommand(args[0] ?? '', options, io)
    case 'search':
      return searchCommand(args, options, io)
    case 'validate':
      return validateCommand(args, io)
    case 'stats':
      return statsCommand(options, io)
    case 'export':
      return exportCommand(options, io)
    case 'import':
      return importCommand(args[0] ?? '', stringOption(options, 'reviewed'), io)
    default:
      throw new CliError(`unknown claims command "${clean(name)}"`)
  }
}

/** Run one `claims` subcommand; resolves to the exit code. User errors throw CliError/ClaimsError. */
export async function runClaimsCommand(name: string, args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  io.stdout.write(await claimsOutput(name, args, options, io))
  return EXIT.ok
}
