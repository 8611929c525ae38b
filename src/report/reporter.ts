// The contract between the engine and every output format: a reporter is fed the same file
// reports and returns text; it prints nothing itself. Streaming formats write per file.
import type {FileReport, Summary} from '../types.js'

export interface ReportOptions {
  /** chalk colour level: 0 none, 1 basic, 2 256, 3 truecolor (pretty only). */
  colorLevel: 0 | 1 | 2 | 3
  /** Show explanations (pretty). */
  explain: boolean
  /** Version for tool metadata (SARIF). */
  version: string
}

export interface Reporter {
  /** Text to write when a file has been checked ('' for none). */
  file(report: FileReport): string
  /** Text to write at the end. */
  end(reports: readonly FileReport[], summary: Summary): string
}

export const FORMATS = ['pretty', 'json', 'jsonl', 'sarif', 'github', 'html'] as const
export type FormatName = (typeof FORMATS)[number]
