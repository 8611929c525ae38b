// One YAML claims file → claims with their places, validated against claims/schema.json. Kept
// apart from ./load.ts because the YAML parser is large: a run whose claims all come from the
// cache never loads it (load.ts imports this module only on a cache miss).
import {isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import type {Claim, ClaimOrigin} from '../types.js'
import {ClaimsError} from './errors.js'
import {validateClaimsData, type SchemaProblem} from './validate.js'

/** Claims of one file, each with the place it starts at. */
export interface LocatedClaims {
  claims: Claim[]
  origins: ClaimOrigin[]
}

function place(lines: LineCounter, offset: number): {line: number; column: number} {
  const {line, col} = lines.linePos(offset)
  return {line, column: col}
}

function nodeAt(document: Document, path: Array<string | number>): YamlNode | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true) as YamlNode | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) return node
  }
  return undefined
}

function describeProblem(problem: SchemaProblem): string {
  return problem.field ? `${problem.field}: ${problem.message}` : problem.message
}

/** Parse and validate one YAML claims file. */
export function parseYamlClaims(text: string, file: string): LocatedClaims {
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  const [syntax] = document.errors
  if (syntax) {
    const {line, column} = place(lines, syntax.pos[0])
    throw new ClaimsError(`${file}:${line}:${column}: YAML syntax error: ${syntax.message.split('\n')[0]}`)
  }
  if (document.contents === null) return {claims: [], origins: []}
  let data: unknown
  try {
    data = document.toJS()
  } catch (error) {
    // yaml refuses alias bombs ("excessive alias count") and the like while building values.
    throw new ClaimsError(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const problems = validateClaimsData(data)
  if (problems.length > 0) {
    const problem = problems[0]!
    const node = nodeAt(document, problem.path)
    const at = node?.range ? place(lines, node.range[0]) : {line: 1, column: 1}
    throw new ClaimsError(`${file}:${at.line}:${at.column}: ${describeProblem(problem)}`)
  }
  const claims = data as Claim[]
  const origins: ClaimOrigin[] = []
  const items = isSeq(document.contents) ? document.contents.items : []
  claims.forEach((_, index) => {
    const item = items[index]
    const range = isMap(item) ? item.range : undefined
    origins.push({file, ...(range ? place(lines, range[0]) : {line: 1, column: 1})})
  })
  return {claims, origins}
}
