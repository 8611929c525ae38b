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

/** Today as YYYY-MM-DD (UTC), the default `--as-of`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
