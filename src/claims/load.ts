// Find, parse and validate claims files (YAML per claims/schema.json, or ClaimReview JSON /
// JSON Lines). Every error names file, line, column and field; nothing is skipped silently.
// A file read before (same content, same code and schema) comes from the cache (./cache.ts)
// without being parsed or validated again.
import {createHash} from 'node:crypto'
import {readdir, readFile, stat} from 'node:fs/promises'
import {extname, join, relative, resolve} from 'node:path'
import {isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import type {Claim, ClaimDatabase, ClaimOrigin} from '../types.js'
import {cacheDirectory, claimsFileKey, enableIndexCache, readCachedClaims, writeCachedClaims} from './cache.js'
import {ClaimsError} from './errors.js'
export {DEFAULT_CLAIMS_DIR} from './paths.js'
import {schemaText, validateClaimsData, type SchemaProblem} from './validate.js'

/** Databases at least this large also keep the matcher's index in the cache (reading it back is faster than building it, even for the bundled database). */
export const INDEX_CACHE_MIN_CLAIMS = 0

const CLAIM_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.jsonl', '.ndjson'])

/** Claims files under a path (a file, or a folder searched recursively), sorted. */
export async function findClaimFiles(path: string): Promise<string[]> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new ClaimsError(`${path}: no such claims file or folder`)
  }
  if (!info.isDirectory()) return [path]
  const out: string[] = []
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, {withFileTypes: true})
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (CLAIM_EXTENSIONS.has(extname(entry.name).toLowerCase()) && entry.name !== 'schema.json') out.push(full)
    }
  }
  await walk(path)
  return out
}

interface Located {
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
export function parseYamlClaims(text: string, file: string): Located {
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

async function readClaimFile(file: string, display: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ClaimsError(`${display}: cannot read claims file (${code === 'EACCES' ? 'permission denied' : (code ?? 'error')})`)
  }
}

async function parseClaimText(text: string, extension: string, display: string): Promise<Located> {
  if (extension === '.json' || extension === '.jsonl' || extension === '.ndjson') {
    const {claimsFromClaimReviewText} = await import('./claimreview.js')
    return claimsFromClaimReviewText(text, display)
  }
  return parseYamlClaims(text, display)
}

export interface LoadOptions {
  /** Base for relative display paths (default: the working directory). */
  cwd?: string
  /**
   * Cache parsed files (and the index of a large database) on disk: `true` (default: in
   * $FACTCHECK_CACHE_DIR, $XDG_CACHE_HOME/factcheck or ~/.cache/factcheck; FACTCHECK_NO_CACHE=1
   * turns it off), `false`, or a folder.
   */
  cache?: boolean | string
}

/** Load every claims file under `paths` into one database; duplicate ids are an error. */
export async function loadClaims(paths: readonly string[], options: LoadOptions = {}): Promise<ClaimDatabase> {
  const cwd = options.cwd ?? process.cwd()
  const folder = cacheDirectory(options.cache)
  const claims: Claim[] = []
  const origins = new Map<string, ClaimOrigin>()
  const hash = createHash('sha256')
  for (const path of paths) {
    const files = await findClaimFiles(resolve(cwd, path))
    // A folder without claims files is a mistake in --claims or config, not an empty database.
    if (files.length === 0) throw new ClaimsError(`${path}: no claims files (.yaml, .yml, .json, .jsonl) in this folder`)
    for (const file of files) {
      const display = relative(cwd, file) || file
      // Bytes, not text: a cached file is hashed but never decoded.
      const bytes = await readClaimFile(file, display)
      const extension = extname(file).toLowerCase()
      hash.update(display).update('\0').update(bytes).update('\0')
      const key = folder ? claimsFileKey(extension, bytes, schemaText()) : undefined
      const cached = folder && key ? readCachedClaims(folder, key) : undefined
      let located: Located
      if (cached) {
        located = {claims: cached.claims, origins: cached.places.map(([line, column]) => ({file: display, line, column}))}
      } else {
        located = await parseClaimText(bytes.toString('utf8'), extension, display)
        if (folder && key) writeCachedClaims(folder, key, located.claims, located.origins)
      }
      located.claims.forEach((claim, index) => {
        const origin = located.origins[index]!
        const previous = origins.get(claim.id)
        if (previous) {
          throw new ClaimsError(
            `${origin.file}:${origin.line}:${origin.column}: id: duplicate id "${claim.id}" (first defined at ${previous.file}:${previous.line}:${previous.column})`,
          )
        }
        origins.set(claim.id, origin)
        claims.push(claim)
      })
    }
  }
  const database: ClaimDatabase = {claims, origins, hash: hash.digest('hex')}
  if (folder && claims.length >= INDEX_CACHE_MIN_CLAIMS) enableIndexCache(database, folder)
  return database
}
