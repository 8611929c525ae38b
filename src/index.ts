// The library: check text against the claims database. The CLI is a thin layer over this.
//
//   import {check} from 'factcheck'
//   const report = await check('China scheduled all fentanyl-related substances in May 2019.')
//   for (const finding of report.findings) console.log(finding.kind, finding.claim?.status)
import {VFile} from 'vfile'
import {today} from './claims/as-of.js'
import {readCachedIndex, writeCachedIndex} from './claims/cache.js'
import {claimListOf, listOf} from './claims/claim-list.js'
import {loadClaims} from './claims/load.js'
import {DEFAULT_CLAIMS_DIR} from './claims/paths.js'
import {createMatcher, DEFAULT_MIN_SCORE, type Matcher} from './match/matcher.js'
import {SEVERITY_RANK} from './match/severity.js'
import {segmentBatches, type InputFormat} from './parse/segment.js'
import type {Claim, ClaimDatabase, ClaimList, FileReport, Finding, Severity, Summary} from './types.js'

export type * from './types.js'
export type {InputFormat} from './parse/segment.js'
export {STATUSES} from './types.js'
export {loadClaims, DEFAULT_CLAIMS_DIR}
export {ClaimsError} from './claims/errors.js'
export {verdictAsOf} from './claims/as-of.js'
export {DEFAULT_MIN_SCORE} from './match/matcher.js'
export {SEVERITY_BY_STATUS, severityOf} from './match/severity.js'

export interface CheckOptions {
  /** The database, or claims in memory. Default: the bundled database. */
  claims?: ClaimDatabase | readonly Claim[]
  /** How to read the text. Default: `text`. */
  format?: InputFormat
  /** Name for the report. Default: `<text>`. */
  path?: string
  /** Lowest score (0–1) that counts as a match. Default: {@link DEFAULT_MIN_SCORE}. */
  minScore?: number
  /** List the K best candidate claims with each finding. Default: 0 (none). */
  top?: number
  /** YYYY-MM-DD: the date whose verdicts apply. Default: the article's front-matter date, else today. */
  asOf?: string
  /** Report check-worthy sentences that match no claim. Default: false. */
  unreviewed?: boolean
  /** Explain each finding's score. Default: false. */
  explain?: boolean
}

export interface CheckResult extends FileReport {
  /** The `as-of` date that was applied. */
  asOf: string
}

export interface Checker {
  /** Check one file (its `path` names the report). */
  checkFile(file: VFile, format: InputFormat): Promise<CheckResult>
  /**
   * The same check, piece by piece: a long text, Markdown or HTML file is checked in pieces that
   * never split a sentence, and each piece's report (its findings and counts) comes as soon as it
   * is checked.
   */
  checkPieces(file: VFile, format: InputFormat): AsyncGenerator<CheckResult>
}

/** The claims by position: a loaded database's are read as the matcher asks for them. */
const claimsOf = (claims: ClaimDatabase | readonly Claim[]): ClaimList => ('claims' in claims ? claimListOf(claims) : listOf(claims))

/**
 * Build the matcher once, for checking many files against the same database. The index of a
 * large database loaded with caching on (loadClaims) is read from, or written to, the cache.
 */
export function createChecker(claims: ClaimDatabase | readonly Claim[], options: Omit<CheckOptions, 'claims' | 'format' | 'path'> = {}): Checker {
  const database = 'claims' in claims ? claims : undefined
  const cached = database ? readCachedIndex(database) : undefined
  const matcher: Matcher = createMatcher(claimsOf(claims), cached)
  if (database && !cached) writeCachedIndex(database, matcher.index)
  async function* checkPieces(file: VFile, format: InputFormat): AsyncGenerator<CheckResult> {
    const judge = {
      minScore: options.minScore ?? DEFAULT_MIN_SCORE,
      top: options.top ?? 0,
      asOf: '',
      unreviewed: true,
      explain: options.explain ?? false,
    }
    const reportUnreviewed = options.unreviewed ?? false
    const path = file.path || '<text>'
    let asOf: string | undefined
    for await (const batch of segmentBatches(file, format)) {
      asOf ??= options.asOf ?? batch.articleDate ?? today()
      judge.asOf = asOf
      const findings: Finding[] = []
      let unreviewed = 0
      for (const [at, sentence] of batch.sentences.entries()) {
        const {findings: judged, checkWorthy} = matcher.judge(sentence, judge, {next: batch.sentences[at + 1]?.text})
        for (const finding of judged) {
          if (finding.kind === 'unreviewed') {
            if (checkWorthy) unreviewed++
            // With --top, a sentence whose candidates reach --min-score is listed with its ranking.
            const ranked = judge.top > 0 && (finding.candidates ?? []).some((c) => c.score >= judge.minScore)
            if (!reportUnreviewed && !ranked) continue
          }
          findings.push(finding)
        }
      }
      yield {path, findings, sentences: batch.sentences.length, unreviewed, asOf}
    }
  }

  return {
    checkPieces,
    async checkFile(file, format) {
      const whole: CheckResult = {path: file.path || '<text>', findings: [], sentences: 0, unreviewed: 0, asOf: options.asOf ?? ''}
      for await (const piece of checkPieces(file, format)) {
        for (const finding of piece.findings) whole.findings.push(finding)
        whole.sentences += piece.sentences
        whole.unreviewed += piece.unreviewed
        whole.asOf = piece.asOf
      }
      whole.asOf ||= today()
      return whole
    },
  }
}

let bundled: Promise<ClaimDatabase> | undefined

/** The bundled database, loaded once. */
export function loadDefaultClaims(): Promise<ClaimDatabase> {
  bundled ??= loadClaims([DEFAULT_CLAIMS_DIR])
  return bundled
}

/** Check a text against the claims database. */
export async function check(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const claims = options.claims ?? (await loadDefaultClaims())
  const checker = createChecker(claims, options)
  return checker.checkFile(new VFile({path: options.path || '<text>', value: text}), options.format ?? 'text')
}

/** Totals over file reports, as the summary line and the JSON `summary` give them. */
export function summarize(reports: readonly FileReport[]): Summary {
  const summary = emptySummary()
  for (const report of reports) addToSummary(summary, report)
  summary.files = reports.length
  return summary
}

/** A summary of nothing yet, for {@link addToSummary}. */
export function emptySummary(): Summary {
  return {files: 0, sentences: 0, findings: 0, byStatus: {}, conflicts: 0, unreviewed: 0, bySeverity: {error: 0, warning: 0, info: 0}}
}

/** Add a report's (or a piece's) sentences and findings to a summary; the caller counts files. */
export function addToSummary(summary: Summary, report: FileReport): void {
  summary.sentences += report.sentences
  summary.unreviewed += report.unreviewed
  for (const finding of report.findings) {
    summary.findings++
    summary.bySeverity[finding.severity]++
    if (finding.kind === 'conflict') summary.conflicts++
    else if (finding.kind === 'match' && finding.claim) {
      summary.byStatus[finding.claim.status] = (summary.byStatus[finding.claim.status] ?? 0) + 1
    }
  }
}

/** Does any finding reach the fail level? */
export function reachesLevel(summary: Summary, level: 'error' | 'warning' | 'info' | 'never'): boolean {
  if (level === 'never') return false
  return (Object.entries(summary.bySeverity) as Array<[Severity, number]>).some(([severity, count]) => count > 0 && SEVERITY_RANK[severity] >= SEVERITY_RANK[level])
}
