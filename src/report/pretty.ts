// `--format pretty` (default): for people at a terminal. One block per finding under its file:
// place, severity and status, the sentence, the reviewed claim, the source; then a summary.
import {Chalk, type ChalkInstance} from 'chalk'
import type {FileReport, Finding, Severity, Status, Summary} from '../types.js'
import {STATUSES} from '../types.js'
import {ratedAs, type ReportOptions, type Reporter} from './reporter.js'
import {sanitizeForTerminal as clean, shorten} from './sanitize.js'

const SENTENCE_WIDTH = 110

function paint(chalk: ChalkInstance, severity: Severity, status: Status | 'conflict' | 'unreviewed', text: string): string {
  if (severity === 'error') return chalk.red.bold(text)
  if (severity === 'warning') return chalk.yellow(text)
  if (status === 'true' || status === 'mostly-true') return chalk.green(text)
  return chalk.blue(text)
}

function label(finding: Finding): Status | 'conflict' | 'unreviewed' {
  if (finding.kind === 'conflict') return 'conflict'
  if (finding.kind === 'unreviewed') return 'unreviewed'
  return finding.claim?.status ?? 'unreviewed'
}

function findingBlock(chalk: ChalkInstance, finding: Finding, explain: boolean): string {
  const place = `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`
  const status = label(finding)
  const head = `  ${chalk.dim(place.padEnd(13))} ${paint(chalk, finding.severity, status, finding.severity.padEnd(7))} ${paint(chalk, finding.severity, status, status.padEnd(11))} ${clean(shorten(finding.sentence, SENTENCE_WIDTH))}`
  const lines = [head]
  const indent = ' '.repeat(2 + 13 + 1 + 7 + 1)
  const field = (name: string, value: string): void => {
    lines.push(`${indent}${chalk.dim(name.padEnd(11))} ${value}`)
  }
  if (finding.conflict) {
    const {type, article, record} = finding.conflict
    field('contradicts', `${type}: the article says ${chalk.bold(clean(article))}, the record says ${chalk.bold(clean(record))}`)
  }
  if (finding.claim) {
    const claim = finding.claim
    const score = finding.score === undefined ? '' : chalk.dim(` score ${finding.score.toFixed(2)}`)
    field('claim', `${clean(claim.text)} ${chalk.dim(`[${clean(claim.id)}, rated ${ratedAs(claim)}]`)}${score}`)
    const [source, ...more] = claim.sources
    if (source) {
      const extra = more.length > 0 ? chalk.dim(` (+${more.length} more)`) : ''
      field('source', `${clean(source.publisher)}, ${clean(source.date)}, ${chalk.underline(clean(source.url))}${extra}`)
    }
  }
  if (finding.kind === 'unreviewed') field('note', 'check-worthy, but no reviewed claim covers it')
  if (finding.candidates && finding.candidates.length > 0) {
    field('candidates', finding.candidates.map((c) => `${clean(c.id)} ${c.score.toFixed(2)}`).join(', '))
  }
  if (explain && finding.explanation) {
    const e = finding.explanation
    field('matched', clean(e.matchedText))
    field('shared', clean(e.shared.join(', ')) || '-')
    if (e.fuzzy.length > 0) field('fuzzy', clean(e.fuzzy.join(', ')))
    if (e.missing.length > 0) field('missing', clean(e.missing.join(', ')))
  }
  return lines.join('\n')
}

export function summaryLine(summary: Summary): string {
  const parts: string[] = []
  for (const status of STATUSES) {
    const count = summary.byStatus[status]
    if (count) parts.push(`${count} ${status}`)
  }
  if (summary.conflicts) parts.push(`${summary.conflicts} conflict${summary.conflicts === 1 ? '' : 's'}`)
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'}`
  const sentences = `${summary.sentences} sentence${summary.sentences === 1 ? '' : 's'}`
  const found = parts.length > 0 ? parts.join(', ') : 'no matches'
  return `${sentences} in ${files}: ${found}; ${summary.unreviewed} check-worthy sentence${summary.unreviewed === 1 ? '' : 's'} not in the database`
}

export function createPrettyReporter(options: ReportOptions): Reporter {
  const chalk = new Chalk({level: options.colorLevel})
  // A file's name heads its first finding (a file without findings is not named), and a blank
  // line follows each file's findings: it is written before the next file's name, or the summary.
  let named = false
  let anyNamed = false
  return {
    streaming: true,
    file(report: FileReport, first = true) {
      if (first) named = false
      if (report.findings.length === 0) return ''
      let out = ''
      if (!named) {
        out += `${anyNamed ? '\n' : ''}${chalk.underline(clean(report.path))}\n`
        named = true
        anyNamed = true
      }
      for (const finding of report.findings) out += `${findingBlock(chalk, finding, options.explain)}\n`
      return out
    },
    end(_reports: readonly FileReport[], summary: Summary) {
      const mark = summary.bySeverity.error > 0 ? chalk.red('✖') : summary.bySeverity.warning > 0 ? chalk.yellow('⚠') : chalk.green('✔')
      const out = `${anyNamed ? '\n' : ''}${mark} ${summaryLine(summary)}\n`
      named = false
      anyNamed = false
      return out
    },
  }
}
