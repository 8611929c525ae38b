// One place that says how serious each verdict is.
import type {FindingKind, Severity, Status} from '../types.js'

export const SEVERITY_BY_STATUS: Record<Status, Severity> = {
  false: 'error',
  misleading: 'warning',
  unsupported: 'warning',
  disputed: 'warning',
  outdated: 'warning',
  'mostly-true': 'info',
  true: 'info',
}

export const SEVERITY_RANK: Record<Severity, number> = {info: 0, warning: 1, error: 2}

export function severityOf(kind: FindingKind, status: Status | undefined): Severity {
  if (kind === 'conflict') return 'error'
  if (kind === 'unreviewed' || status === undefined) return 'info'
  return SEVERITY_BY_STATUS[status]
}

/** Statuses that make a claim the record of what is true, so contradicting it is an error. */
export function isAccurate(status: Status): boolean {
  return status === 'true' || status === 'mostly-true'
}
