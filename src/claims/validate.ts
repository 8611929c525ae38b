// Claims data against claims/schema.json (ajv), plus the checks a schema cannot say: real
// calendar dates, parseable URLs, time bounds in order. The build compiles the schema ahead of
// time (dist/claims/schema-validator.cjs, ajv standalone code); it is used while the schema it was
// built from is the schema on disk, else ajv compiles the schema here. Either is loaded only when
// a file is validated (a cached file is not).
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {STATUSES} from '../types.js'
import {DEFAULT_CLAIMS_DIR, PACKAGE_ROOT} from './paths.js'

export interface SchemaProblem {
  /** Path into the data, e.g. [3, 'sources', 0, 'url']. */
  path: Array<string | number>
  /** The field as people read it, e.g. `sources[0].url`. */
  field: string
  message: string
}

/** Where the build writes the compiled validator. */
export const PRECOMPILED_VALIDATOR = join(PACKAGE_ROOT, 'dist', 'claims', 'schema-validator.cjs')

/** The options the validator is compiled with, here and at build time. */
export const AJV_OPTIONS = {allErrors: true, strict: false} as const

let schema: string | undefined
let compiled: ValidateFunction | undefined

/** The text of claims/schema.json. */
export function schemaText(): string {
  schema ??= readFileSync(join(DEFAULT_CLAIMS_DIR, 'schema.json'), 'utf8')
  return schema
}

export const schemaHash = (text: string): string => createHash('sha256').update(text).digest('hex')

function validator(): ValidateFunction {
  if (compiled) return compiled
  const text = schemaText()
  const require = createRequire(import.meta.url)
  try {
    const precompiled = require(PRECOMPILED_VALIDATOR) as {schemaHash?: string; validate?: ValidateFunction}
    if (precompiled.schemaHash === schemaHash(text) && typeof precompiled.validate === 'function') compiled = precompiled.validate
  } catch {
    // Not built (running from source): compile below.
  }
  if (!compiled) {
    const {Ajv} = require('ajv') as typeof import('ajv')
    compiled = new Ajv(AJV_OPTIONS).compile(JSON.parse(text) as object)
  }
  return compiled
}

function fieldName(path: Array<string | number>): string {
  let out = ''
  for (const part of path.slice(1)) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part
  return out
}

function messageFor(error: ErrorObject, value: unknown): string {
  const got = value === undefined ? '' : ` (got ${JSON.stringify(value)?.slice(0, 80)})`
  const path = error.instancePath
  switch (error.keyword) {
    case 'required':
      return `missing required field "${String(error.params.missingProperty)}"`
    case 'additionalProperties':
      return `unknown field "${String(error.params.additionalProperty)}"`
    case 'enum':
      return path.endsWith('status') || /status(Before|After)$/.test(path)
        ? `must be one of ${STATUSES.join(', ')}${got}`
        : `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}${got}`
    case 'pattern':
      if (path.endsWith('/url')) return `not a valid http(s) URL${got}`
      if (/\/(date|reviewed|validFrom|validUntil)$/.test(path) || /\/dates\/\d+$/.test(path)) return `not a valid date (YYYY-MM-DD)${got}`
      if (path.endsWith('/id')) return `must be kebab-case (a-z, 0-9, hyphens)${got}`
      if (path.endsWith('/countries/' + path.split('/').pop())) return `must be an ISO 3166-1 alpha-2 code such as US or CN${got}`
      if (/\/requires\/\d+$/.test(path)) return `must be a word or phrase (a letter or digit at least)${got}`
      return `does not match ${String(error.params.pattern)}${got}`
    case 'minItems':
      return `needs at least ${String(error.params.limit)} item(s)`
    case 'type':
      return `must be ${String(error.params.type)}${got}`
    case 'dependencies':
      return `"${String(error.params.property)}" needs "${String(error.params.missingProperty)}"`
    default:
      return `${error.message ?? 'invalid'}${got}`
  }
}

function valueAt(data: unknown, path: Array<string | number>): unknown {
  let value = data
  for (const part of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
  return value
}

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number)
  if (month === undefined) return true
  if (day === undefined) return month >= 1 && month <= 12
  const date = new Date(Date.UTC(year!, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function semanticProblems(data: unknown[]): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  const problem = (path: Array<string | number>, message: string): void => {
    problems.push({path, field: fieldName(path), message})
  }
  data.forEach((item, index) => {
    const claim = item as Record<string, unknown>
    for (const key of ['reviewed', 'validFrom', 'validUntil']) {
      const value = claim[key]
      if (typeof value === 'string' && !isCalendarDate(value)) problem([index, key], `not a real calendar date (got "${value}")`)
    }
    const sources = Array.isArray(claim.sources) ? (claim.sources as Array<Record<string, unknown>>) : []
    sources.forEach((source, position) => {
      if (typeof source.date === 'string' && !isCalendarDate(source.date)) {
        problem([index, 'sources', position, 'date'], `not a real calendar date (got "${source.date}")`)
      }
      if (typeof source.url === 'string') {
        try {
          const url = new URL(source.url)
          if (!url.hostname.includes('.')) throw new Error('no host')
        } catch {
          problem([index, 'sources', position, 'url'], `not a valid http(s) URL (got "${source.url}")`)
        }
      }
    })
    if (typeof claim.validFrom === 'string' && typeof claim.validUntil === 'string' && claim.validFrom > claim.validUntil) {
      problem([index, 'validUntil'], `must not be before validFrom (${claim.validFrom})`)
    }
  })
  return problems
}

/** Every problem with a parsed claims file's data, first in document order. */
export function validateClaimsData(data: unknown): SchemaProblem[] {
  const validate = validator()
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => {
      const path = error.instancePath
        .split('/')
        .slice(1)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')))
      return {path, field: fieldName(path), message: messageFor(error, valueAt(data, path))}
    })
    // The most specific problem first (deepest path), then document order.
    problems.sort((a, b) => compareIndex(a.path, b.path))
    return problems
  }
  return semanticProblems(data as unknown[])
}

function compareIndex(a: Array<string | number>, b: Array<string | number>): number {
  const first = (path: Array<string | number>): number => (typeof path[0] === 'number' ? path[0] : -1)
  return first(a) - first(b) || b.length - a.length
}
