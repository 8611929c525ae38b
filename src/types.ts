// The shared vocabulary of factcheck: claims (what the database holds) and findings (what a check
// reports). Every stage of read → parse → segment → match → judge → report speaks these types.

export const STATUSES = [
  'true',
  'mostly-true',
  'misleading',
  'false',
  'unsupported',
  'disputed',
  'outdated',
] as const

export type Status = (typeof STATUSES)[number]

export type Severity = 'error' | 'warning' | 'info'

export type FindingKind = 'match' | 'conflict' | 'unreviewed'

export type ConflictType = 'number' | 'date' | 'age-range' | 'negation' | 'direction' | 'opposite' | 'actor'

export interface Source {
  publisher: string
  title: string
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string
  url: string
  note?: string
}

export interface ClaimFigure {
  value: number
  unit?: string
}

export interface ClaimFacts {
  numbers?: ClaimFigure[]
  dates?: string[]
  actors?: string[]
}

/** A reviewed claim as stored in the database (one YAML list item, or one imported ClaimReview). */
export interface Claim {
  id: string
  claim: string
  variants?: string[]
  /** Words or phrases of which a sentence must use at least one to state the claim (see claims/schema.json). */
  requires?: string[]
  status: Status
  verdict: string
  sources: Source[]
  topics: string[]
  countries: string[]
  /** YYYY-MM-DD */
  reviewed: string
  claimant?: string
  facts?: ClaimFacts
  validFrom?: string
  statusBefore?: Status
  verdictBefore?: string
  validUntil?: string
  statusAfter?: Status
  verdictAfter?: string
  related?: string[]
}

/** Where a claim was read from, for error messages that name the place. */
export interface ClaimOrigin {
  file: string
  line: number
  column: number
}

/**
 * Claims by position, each read when first asked for: a database loaded from the cache does not
 * build every claim object up front. An array of claims is one too (listOf in claims/claim-list.ts).
 */
export interface ClaimList {
  readonly length: number
  /** The claim at `index` (0 ≤ index < length), kept once read. */
  claim(index: number): Claim
  /** The claim at `index`, not kept: for one pass over every claim (building the index). */
  read(index: number): Claim
  /** Its id, without reading the rest of the claim. */
  id(index: number): string
}

export interface ClaimDatabase {
  /** Every claim (built on first use when the database was loaded from the cache). */
  readonly claims: Claim[]
  /** id → where the claim was defined (absent for claims built in memory). */
  origins: Map<string, ClaimOrigin>
  /** Content hash of the loaded files, for caches keyed by the database. */
  hash: string
}

/** A 1-based line/column place in the checked text, end exclusive (unist convention). */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based offsets into the input text. */
  offset: number
  endOffset: number
}

export interface Sentence extends Span {
  text: string
  /** Claim ids silenced for this sentence by an in-document directive; `'*'` silences all. */
  ignore?: string[]
  /** Called false by the document itself: a table row with a cell that rates it false ("| … | False |"). */
  denied?: true
}

/**
 * The claim as a finding shows it: the verdict that applies on the `--as-of` date, or, for a
 * sentence that says when its fact held, before `--as-of`, the verdict of that time (see `asOf`).
 */
export interface FindingClaim {
  id: string
  text: string
  status: Status
  verdict: string
  sources: Source[]
  /**
   * Set when the verdict is not the one on `--as-of`: the date it applied on, the end of the time
   * the sentence states ("in 2023": 2023-12-31), when the claim's verdict then was another.
   */
  asOf?: string
}

export interface Conflict {
  type: ConflictType
  /** The value as the article states it. */
  article: string
  /** The value on record. */
  record: string
}

export interface Candidate {
  id: string
  score: number
}

export interface Explanation {
  /** Terms the sentence and the claim share (normalised). */
  shared: string[]
  /** Sentence words matched to claim terms by fuzzy comparison: `word → term`. */
  fuzzy: string[]
  /** Claim terms the sentence lacks. */
  missing: string[]
  /** The claim text (or variant) that scored best. */
  matchedText: string
}

export interface Finding {
  kind: FindingKind
  severity: Severity
  line: number
  column: number
  endLine: number
  endColumn: number
  sentence: string
  score?: number
  claim?: FindingClaim
  conflict?: Conflict
  candidates?: Candidate[]
  explanation?: Explanation
}

export interface FileReport {
  path: string
  findings: Finding[]
  /** Sentences checked in this file. */
  sentences: number
  /** Check-worthy sentences that matched no claim (reported as findings only with `unreviewed`). */
  unreviewed: number
}

export interface Summary {
  files: number
  sentences: number
  findings: number
  byStatus: Partial<Record<Status, number>>
  conflicts: number
  unreviewed: number
  bySeverity: Record<Severity, number>
}
