// The contract between the engine and every output format: a reporter is fed the same file
// reports and returns text; it prints nothing itself. Streaming formats write findings as they
// are found, so memory does not grow with them; document formats (JSON, SARIF, HTML, GitHub's
// sorted annotations) need every file first.
import type {FileReport, FindingClaim, Summary} from '../types.js'

export interface ReportOptions {
  /** chalk colour level: 0 none, 1 basic, 2 256, 3 truecolor (pretty only). */
  colorLevel: 0 | 1 | 2 | 3
  /** Show explanations (pretty). */
  explain: boolean
  /** Version for tool metadata (SARIF). */
  version: string
}

export interface Reporter {
  /**
   * Writes findings as they are found: `file` is then given each piece of a long file in turn
   * (`first` for its first piece), and `end` no reports, only the summary. Otherwise `file` is
   * given each file's whole report, and `end` all of them.
   */
  readonly streaming: boolean
  /** Text to write when a file, or a piece of it, has been checked ('' for none). */
  file(report: FileReport, first?: boolean): string
  /** Text to write at the end. */
  end(reports: readonly FileReport[], summary: Summary): string
}

export const FORMATS = ['pretty', 'json', 'jsonl', 'sarif', 'github', 'html'] as const
export type FormatName = (typeof FORMATS)[number]

/** A claim's status as every format words it: "true", or "true as of 2023-12-31" for the verdict of the time a sentence states. */
export const ratedAs = (claim: Pick<FindingClaim, 'status' | 'asOf'>): string => (claim.asOf ? `${claim.status} as of ${claim.asOf}` : claim.status)
