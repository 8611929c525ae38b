// Claims whose truth changed over time: which status and verdict applied on a given date.
import type {Claim, Status} from '../types.js'

export interface VerdictOnDate {
  status: Status
  verdict: string
}

/** The verdict that applied on `date` (YYYY-MM-DD); ISO dates compare as strings. */
export function verdictAsOf(claim: Claim, date: string): VerdictOnDate {
  if (claim.validFrom && claim.statusBefore && date < claim.validFrom) {
    return {status: claim.statusBefore, verdict: claim.verdictBefore ?? claim.verdict}
  }
  if (claim.validUntil && claim.statusAfter && date > claim.validUntil) {
    return {status: claim.statusAfter, verdict: claim.verdictAfter ?? claim.verdict}
  }
  return {status: claim.status, verdict: claim.verdict}
}

/**
 * The verdict for a statement about the time from `from` to `to` (YYYY-MM-DD), checked on `asOf`:
 * the one that held then, if that time ended before `asOf` and the verdict did not change during it
 * (with `asOf` set to `to`); else the one on `asOf`. "DEA tests in 2023 found 7 in 10 fake pills
 * deadly" states what held in 2023, when "7 in 10 fake pills now contain a deadly dose" was true.
 */
export function verdictForTime(claim: Claim, from: string, to: string, asOf: string): VerdictOnDate & {asOf?: string} {
  const current = verdictAsOf(claim, asOf)
  if (to >= asOf) return current
  const then = verdictAsOf(claim, to)
  const start = verdictAsOf(claim, from)
  if (then.status === current.status && then.verdict === current.verdict) return current
  if (start.status !== then.status || start.verdict !== then.verdict) return current
  return {...then, asOf: to}
}

/** Today as YYYY-MM-DD (UTC), the default `--as-of`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
