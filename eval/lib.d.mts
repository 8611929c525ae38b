// Types for eval/lib.mjs (used by test/match.test.ts).
import type {Claim, Status} from '../src/types.js'

export interface EvalItem {
  text: string
  expect: {category: string; claim?: string | string[]; also?: Array<string | string[]>; conflict?: string; accept?: string[]}
}

export interface EvalRow {
  n: number
  findings: number
  precision?: number
  recall?: number
  f1?: number
  falseReassurance: number
  falseAlarms: number
  falseAlarmRate?: number
  conflictTypeAccuracy?: number
  unreviewedRecall?: number
  mrr5?: number
  bm25Mrr5?: number
}

export interface EvalReport {
  asOf: string
  minScore: number
  items: number
  msPerSentence: number
  rows: Record<string, EvalRow> & {overall: EvalRow}
  sweep: Array<EvalRow & {threshold: number}>
  failures: unknown[]
}

export const CATEGORIES: string[]
export const THRESHOLDS: number[]
export const EVAL_AS_OF: string
export const ACCURATE: ReadonlySet<string>
export function loadSet(path: string, claims: readonly Claim[]): EvalItem[]
export function createBm25(claims: readonly Claim[], options?: {k1?: number; b?: number}): {rank(text: string, limit: number): Array<{id: string; score: number}>}
export function evaluate(options: {
  createMatcher: (claims: readonly Claim[]) => unknown
  claims: readonly Claim[]
  items: EvalItem[]
  minScore: number
  asOf?: string
  thresholds?: number[]
  verdictAsOf?: (claim: Claim, asOf: string) => {status: Status}
}): EvalReport
export function formatReport(report: EvalReport): string
export function targetMisses(report: EvalReport): string[]
