// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`), which the
// runner turns into annotations on the pull request. Every value is escaped as @actions/core does,
// so no text from an article or a claims file can end the line and start a command of its own.
import {SEVERITY_RANK} from '../match/severity.js'
import type {FileReport, Finding, Severity, Summary} from '../types.js'
import {summaryLine} from './pretty.js'
import type {Reporter} from './reporter.js'
import {findingMessage, slashPath} from './sarif.js'

/** GitHub shows this many annotations of each type per step; the rest stay in the log only. */
export const DISPLAY_LIMIT = 10

type Command = 'error' | 'warning' | 'notice'

const COMMAND: Record<Severity, Command> = {error: 'error', warning: 'warning', info: 'notice'}

/** A command's message: `%` first, then CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A command's property value: as data, plus `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function workflowCommand(command: Command, properties: ReadonlyArray<readonly [string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

export function annotationTitle(finding: Finding): string {
  const id = finding.claim ? ` (${finding.claim.id})` : ''
  if (finding.conflict) return `factcheck: ${finding.conflict.type} conflict${id}`
  if (finding.kind === 'match' && finding.claim) return `factcheck: ${finding.claim.status} claim${id}`
  return 'factcheck: unreviewed statement'
}

function annotationMessage(finding: Finding): string {
  const message = findingMessage(finding)
  return finding.claim ? `${message}\nVerdict: ${finding.claim.verdict}` : message
}

/** One annotation; `col`/`endColumn` only on one-line ranges, as GitHub requires. */
export function annotation(path: string, finding: Finding): string {
  const oneLine = finding.line === finding.endLine
  const properties: Array<[string, string | number]> = [['file', slashPath(path)], ['line', finding.line]]
  if (oneLine) properties.push(['col', finding.column])
  properties.push(['endLine', finding.endLine])
  if (oneLine) properties.push(['endColumn', finding.endColumn])
  properties.push(['title', annotationTitle(finding)])
  return workflowCommand(COMMAND[finding.severity], properties, annotationMessage(finding))
}

interface Located {
  path: string
  finding: Finding
}

/** Errors first, then warnings, then notices; within each by path, line and column. */
export function byAnnotationOrder(a: Located, b: Located): number {
  const pathA = slashPath(a.path)
  const pathB = slashPath(b.path)
  return (
    SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
    (pathA < pathB ? -1 : pathA > pathB ? 1 : 0) ||
    a.finding.line - b.finding.line ||
    a.finding.column - b.finding.column
  )
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** The last line: totals, and how many annotations GitHub will not display. */
export function summaryNotice(summary: Summary): string {
  const counts: ReadonlyArray<readonly [string, number]> = [
    ['error', summary.bySeverity.error],
    ['warning', summary.bySeverity.warning],
    ['notice', summary.bySeverity.info],
  ]
  const annotations = counts.map(([word, count]) => plural(count, word)).join(', ')
  const over = counts.filter(([, count]) => count > DISPLAY_LIMIT).map(([word, count]) => plural(count - DISPLAY_LIMIT, word))
  const limit =
    over.length > 0 ? ` GitHub displays at most ${DISPLAY_LIMIT} annotations of each type per step; over that limit, listed only in this log: ${over.join(', ')}.` : ''
  return workflowCommand('notice', [], `factcheck: ${summaryLine(summary)}. Annotations: ${annotations}.${limit}`)
}

export function createGithubReporter(): Reporter {
  return {
    streaming: false,
    file: () => '',
    end(reports: readonly FileReport[], summary: Summary) {
      const located = reports.flatMap((report) => report.findings.map((finding) => ({path: report.path, finding})))
      const lines = located.sort(byAnnotationOrder).map(({path, finding}) => annotation(path, finding))
      lines.push(summaryNotice(summary))
      return `${lines.join('\n')}\n`
    },
  }
}
