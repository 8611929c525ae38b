// `--format json`: exactly one JSON document, the public contract (see README).
import type {FileReport, Finding, Summary} from '../types.js'
import type {Reporter} from './reporter.js'

/** A finding as the JSON contract spells it (field order fixed, absent fields left out). */
export function findingJson(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: finding.kind,
    severity: finding.severity,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    sentence: finding.sentence,
  }
  if (finding.score !== undefined) out.score = finding.score
  if (finding.claim) {
    out.claim = {
      id: finding.claim.id,
      text: finding.claim.text,
      status: finding.claim.status,
      verdict: finding.claim.verdict,
      sources: finding.claim.sources.map((s) => ({publisher: s.publisher, title: s.title, date: s.date, url: s.url})),
      ...(finding.claim.asOf ? {asOf: finding.claim.asOf} : {}),
    }
  }
  if (finding.conflict) out.conflict = {...finding.conflict}
  if (finding.candidates) out.candidates = finding.candidates.map((c) => ({...c}))
  if (finding.explanation) out.explanation = {...finding.explanation}
  return out
}

export function summaryJson(summary: Summary): Record<string, unknown> {
  return {...summary}
}

export function createJsonReporter(): Reporter {
  return {
    streaming: false,
    file: () => '',
    end(reports: readonly FileReport[], summary: Summary) {
      const document = {
        files: reports.map((report) => ({path: report.path, findings: report.findings.map(findingJson)})),
        summary: summaryJson(summary),
      }
      return `${JSON.stringify(document, null, 2)}\n`
    },
  }
}
