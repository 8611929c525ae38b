// `--format sarif`: one SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers. One rule
// per status, per conflict type and for unreviewed statements; one result per finding, located by
// the sentence (UTF-16 columns, end exclusive, as unist and SARIF both count them).
import {createHash} from 'node:crypto'
import {severityOf} from '../match/severity.js'
import type {ConflictType, FileReport, Finding, Severity, Status} from '../types.js'
import {STATUSES} from '../types.js'
import {ratedAs, type ReportOptions, type Reporter} from './reporter.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

type SarifLevel = 'error' | 'warning' | 'note'

interface SarifText {
  text: string
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: SarifText
  fullDescription: SarifText
  help: {text: string; markdown: string}
  defaultConfiguration: {level: SarifLevel}
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifText
  locations: Array<{
    physicalLocation: {
      artifactLocation: {uri: string}
      region: {startLine: number; startColumn: number; endLine: number; endColumn: number}
    }
  }>
  partialFingerprints: {primaryLocationLineHash: string}
  properties?: {kind: Finding['kind']; claimId?: string; status?: Status; asOf?: string; score?: number}
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {driver: {name: string; semanticVersion: string; rules: SarifRule[]}}
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
  }>
}

interface RuleText {
  name: string
  short: string
  full: string
}

const STATUS_RULES: Record<Status, RuleText> = {
  false: {name: 'FalseClaim', short: 'Matches a claim rated false', full: 'The sentence matches a reviewed claim whose verdict is false: the record shows it is wrong.'},
  misleading: {name: 'MisleadingClaim', short: 'Matches a claim rated misleading', full: 'The sentence matches a reviewed claim whose verdict is misleading: partly accurate, but it leaves a wrong impression.'},
  unsupported: {name: 'UnsupportedClaim', short: 'Matches a claim rated unsupported', full: 'The sentence matches a reviewed claim whose verdict is unsupported: no reliable evidence backs it.'},
  disputed: {name: 'DisputedClaim', short: 'Matches a claim rated disputed', full: 'The sentence matches a reviewed claim whose verdict is disputed: reliable sources disagree on it.'},
  outdated: {name: 'OutdatedClaim', short: 'Matches a claim rated outdated', full: 'The sentence matches a reviewed claim whose verdict is outdated: it was accurate once but no longer is.'},
  'mostly-true': {name: 'MostlyTrueClaim', short: 'Matches a claim rated mostly true', full: 'The sentence matches a reviewed claim whose verdict is mostly true: accurate, with caveats worth knowing.'},
  true: {name: 'TrueClaim', short: 'Matches a claim rated true', full: 'The sentence matches a reviewed claim whose verdict is true; the result names a source to cite.'},
}

const CONFLICT_RULES: Record<ConflictType, RuleText> = {
  number: {name: 'NumberConflict', short: 'States a figure that contradicts the record', full: 'The sentence matches a claim rated accurate but states a different figure than the one on record.'},
  date: {name: 'DateConflict', short: 'States a date that contradicts the record', full: 'The sentence matches a claim rated accurate but states a different date than the one on record.'},
  'age-range': {name: 'AgeRangeConflict', short: 'States an age range that contradicts the record', full: 'The sentence matches a claim rated accurate but states a different age range than the one on record.'},
  negation: {name: 'NegationConflict', short: 'Negates a claim on record', full: 'The sentence matches a claim rated accurate but states the opposite (a negation the record does not have).'},
  direction: {name: 'DirectionConflict', short: 'States a change in the opposite direction to the record', full: 'The sentence matches a claim rated accurate but says something went the other way (rose where the record says it fell, or the reverse).'},
  opposite: {name: 'OppositeConflict', short: 'States the opposite action to the record', full: 'The sentence matches a claim rated accurate but says the opposite was done (vetoed where the record says signed, lifted where it says imposed).'},
  actor: {name: 'ActorConflict', short: 'Names an actor that contradicts the record', full: 'The sentence matches a claim rated accurate but credits a different actor than the one on record.'},
}

const UNREVIEWED_RULE: RuleText = {
  name: 'UnreviewedStatement',
  short: 'Check-worthy statement not in the claims database',
  full: 'The sentence makes a checkable statement (a figure, a date, an attribution) that no reviewed claim covers.',
}

const LEVEL: Record<Severity, SarifLevel> = {error: 'error', warning: 'warning', info: 'note'}

function helpFor(kind: Finding['kind']): {text: string; markdown: string} {
  if (kind === 'unreviewed') {
    const text = 'Verify the statement by hand, or add a reviewed claim that covers it to the claims database.'
    return {text, markdown: text}
  }
  const fix =
    kind === 'conflict'
      ? 'Compare the value in the sentence with the one on record and the sources, then correct the sentence.'
      : 'Read the verdict and the sources given with the result, then correct, qualify or source the sentence.'
  const silence = 'If the match is wrong, silence it for the next block with'
  return {
    text: `${fix} ${silence} <!-- factcheck ignore CLAIM-ID -->.`,
    markdown: `${fix} ${silence} \`<!-- factcheck ignore CLAIM-ID -->\`.`,
  }
}

function rule(id: string, kind: Finding['kind'], severity: Severity, text: RuleText): SarifRule {
  return {
    id,
    name: text.name,
    shortDescription: {text: `${text.short}.`},
    fullDescription: {text: text.full},
    help: helpFor(kind),
    defaultConfiguration: {level: LEVEL[severity]},
  }
}

/** Every rule factcheck can report, in a fixed order: statuses, conflict types, unreviewed. */
export function sarifRules(): SarifRule[] {
  return [
    ...STATUSES.map((status) => rule(`claim/${status}`, 'match', severityOf('match', status), STATUS_RULES[status])),
    ...(Object.keys(CONFLICT_RULES) as ConflictType[]).map((type) => rule(`conflict/${type}`, 'conflict', severityOf('conflict', undefined), CONFLICT_RULES[type])),
    rule('unreviewed', 'unreviewed', severityOf('unreviewed', undefined), UNREVIEWED_RULE),
  ]
}

/** The rule a finding belongs to: `claim/<status>`, `conflict/<type>` or `unreviewed`. */
export function ruleIdOf(finding: Finding): string {
  if (finding.conflict) return `conflict/${finding.conflict.type}`
  if (finding.kind === 'match' && finding.claim) return `claim/${finding.claim.status}`
  return 'unreviewed'
}

/**
 * What a finding says, without the sentence (viewers show it in place): the claim and its status,
 * the conflicting values, and the first source.
 */
export function findingMessage(finding: Finding): string {
  const claim = finding.claim
  if (!claim) return 'Check-worthy statement that no reviewed claim covers: verify it by hand or add a claim.'
  const parts: string[] = []
  if (finding.conflict) {
    const {type, article, record} = finding.conflict
    parts.push(`Contradicts the record (${type}): the article says ${article}, the record says ${record}.`)
  }
  parts.push(`Claim rated ${ratedAs(claim)} [${claim.id}]: "${claim.text}"`)
  const source = claim.sources[0]
  if (source) parts.push(`Source: ${source.url} (${source.publisher}, ${source.date}).`)
  return parts.join(' ')
}

/** A path as repositories spell it: forward slashes, no leading `./`. */
export function slashPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}

// encodeURI throws on these.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A report path as an RFC 3986 URI reference: forward slashes, percent-encoded (`<stdin>` becomes
 * `%3Cstdin%3E`: the validator rejects it raw); absolute paths become `file:` URIs.
 */
export function artifactUri(path: string): string {
  const slashed = slashPath(path.replace(LONE_SURROGATE, '\uFFFD'))
  const encode = (part: string): string => encodeURI(part).replace(/[?#:]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  const drive = /^([A-Za-z]:)(\/.*)$/.exec(slashed)
  if (drive) return `file:///${drive[1]}${encode(drive[2]!)}`
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`
  return encode(slashed)
}

/** Stable across runs and line moves: path, claim and sentence, plus which occurrence of those. */
export function fingerprint(path: string, finding: Finding, occurrence: number): string {
  const hash = createHash('sha256').update(`${slashPath(path)}\0${finding.claim?.id ?? 'unreviewed'}\0${finding.sentence}`).digest('hex')
  return `${hash.slice(0, 32)}:${occurrence}`
}

function resultProperties(finding: Finding): SarifResult['properties'] {
  const properties: NonNullable<SarifResult['properties']> = {kind: finding.kind}
  if (finding.claim) {
    properties.claimId = finding.claim.id
    properties.status = finding.claim.status
    if (finding.claim.asOf) properties.asOf = finding.claim.asOf
  }
  if (finding.score !== undefined) properties.score = finding.score
  return properties
}

function fileResults(report: FileReport, ruleIndex: ReadonlyMap<string, number>): SarifResult[] {
  const uri = artifactUri(report.path)
  const seen = new Map<string, number>()
  return report.findings.map((finding) => {
    const ruleId = ruleIdOf(finding)
    const key = `${finding.claim?.id ?? ''}\0${finding.sentence}`
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return {
      ruleId,
      ruleIndex: ruleIndex.get(ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: {text: findingMessage(finding)},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri},
            region: {startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn},
          },
        },
      ],
      partialFingerprints: {primaryLocationLineHash: fingerprint(report.path, finding, occurrence)},
      properties: resultProperties(finding),
    }
  })
}

export function formatSarif(reports: readonly FileReport[], version: string): SarifLog {
  const rules = sarifRules()
  const ruleIndex = new Map(rules.map((r, index) => [r.id, index]))
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'factcheck', semanticVersion: version, rules}},
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) => fileResults(report, ruleIndex)),
      },
    ],
  }
}

export function createSarifReporter(options: ReportOptions): Reporter {
  return {
    streaming: false,
    file: () => '',
    end: (reports) => `${JSON.stringify(formatSarif(reports, options.version), null, 2)}\n`,
  }
}
