// Find, parse and validate claims files (YAML per claims/schema.json, or ClaimReview JSON /
// JSON Lines). Every error names file, line, column and field; nothing is skipped silently.
// A file read before (same content, same code and schema) comes from the cache (./cache.ts)
// without being parsed or validated again.
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {extname, join, relative, resolve} from 'node:path'
import type {Claim, ClaimDatabase, ClaimList, ClaimOrigin} from '../types.js'
import {cacheDirectory, claimsFileKey, claimsInMemory, enableIndexCache, readCachedClaims, writeCachedClaims, type CachedClaims} from './cache.js'
import {allClaims, registerClaimList} from './claim-list.js'
import {ClaimsError} from './errors.js'
import {schemaText} from './validate.js'
import type {LocatedClaims} from './yaml-claims.js'
export {DEFAULT_CLAIMS_DIR} from './paths.js'

/** Databases at least this large also keep the matcher's index in the cache (reading it back is faster than building it, even for the bundled database). */
export const INDEX_CACHE_MIN_CLAIMS = 0

const CLAIM_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.jsonl', '.ndjson'])

/**
 * Claims files under a path (a file, or a folder searched recursively), sorted. The file system is
 * read synchronously here and below: a handful of small calls, each of which would cost more as a
 * round trip through the thread pool than it takes (a run waits for them either way).
 */
export async function findClaimFiles(path: string): Promise<string[]> {
  let info
  try {
    info = statSync(path)
  } catch {
    throw new ClaimsError(`${path}: no such claims file or folder`)
  }
  if (!info.isDirectory()) return [path]
  const out: string[] = []
  const walk = (folder: string): void => {
    const entries = readdirSync(folder, {withFileTypes: true})
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (CLAIM_EXTENSIONS.has(extname(entry.name).toLowerCase()) && entry.name !== 'schema.json') out.push(full)
    }
  }
  walk(path)
  return out
}

function readClaimFile(file: string, display: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ClaimsError(`${display}: cannot read claims file (${code === 'EACCES' ? 'permission denied' : (code ?? 'error')})`)
  }
}

/** Parse a claims file the cache did not have; each parser is loaded only when a file needs it. */
async function parseClaimText(text: string, extension: string, display: string): Promise<LocatedClaims> {
  if (extension === '.json' || extension === '.jsonl' || extension === '.ndjson') {
    const {claimsFromClaimReviewText} = await import('./claimreview.js')
    return claimsFromClaimReviewText(text, display)
  }
  const {parseYamlClaims} = await import('./yaml-claims.js')
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

/** Parsed claims, read the way cached ones are. */
const asCachedClaims = ({claims, origins}: LocatedClaims): CachedClaims => ({
  ids: claims.map((claim) => claim.id),
  places: origins.map((origin) => [origin.line, origin.column]),
  claimAt: (index) => claims[index]!,
  readAt: (index) => claims[index]!,
})

/** Load every claims file under `paths` into one database; duplicate ids are an error. */
export async function loadClaims(paths: readonly string[], options: LoadOptions = {}): Promise<ClaimDatabase> {
  const cwd = options.cwd ?? process.cwd()
  const folder = cacheDirectory(options.cache)
  const ids: string[] = []
  // Each file's claims: the position of its first, and how to read one (cached claims are parsed
  // only when asked for).
  const parts: Array<{first: number; claims: CachedClaims}> = []
  const origins = new Map<string, ClaimOrigin>()
  const hash = createHash('sha256')
  for (const path of paths) {
    const files = await findClaimFiles(resolve(cwd, path))
    // A folder without claims files is a mistake in --claims or config, not an empty database.
    if (files.length === 0) throw new ClaimsError(`${path}: no claims files (.yaml, .yml, .json, .jsonl) in this folder`)
    for (const file of files) {
      const display = relative(cwd, file) || file
      // Bytes, not text: a cached file is hashed but never decoded.
      const bytes = readClaimFile(file, display)
      const extension = extname(file).toLowerCase()
      // The files' contents in order, not their names: the index depends on nothing else, so a
      // run from another folder (other relative names) reuses the cached index.
      const digest = createHash('sha256').update(bytes).digest('hex')
      hash.update(`${digest}\0`)
      const key = folder ? claimsFileKey(extension, digest, schemaText()) : undefined
      let cached = folder && key ? readCachedClaims(folder, key) : undefined
      if (!cached) {
        const located = await parseClaimText(bytes.toString('utf8'), extension, display)
        // Once stored (or, with caching off, encoded in memory), the claims are read back from the
        // entry like cached ones: the parsed objects can go, so loading a large database never
        // holds all of them. Claims JSON cannot give back exactly stay as they were parsed.
        cached =
          (folder && key ? writeCachedClaims(folder, key, located.claims, located.origins) : claimsInMemory(display, located.claims, located.origins)) ??
          asCachedClaims(located)
      }
      const {ids: fileIds, places} = cached
      parts.push({first: ids.length, claims: cached})
      fileIds.forEach((id, index) => {
        const origin = {file: display, line: places[index]![0], column: places[index]![1]}
        const previous = origins.get(id)
        if (previous) {
          throw new ClaimsError(`${origin.file}:${origin.line}:${origin.column}: id: duplicate id "${id}" (first defined at ${previous.file}:${previous.line}:${previous.column})`)
        }
        origins.set(id, origin)
        ids.push(id)
      })
    }
  }
  /** The file `index` is in: the last whose first claim is at or before it. */
  const partOf = (index: number): (typeof parts)[number] => {
    let low = 0
    let high = parts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (parts[middle]!.first <= index) low = middle
      else high = middle - 1
    }
    return parts[low]!
  }
  const list: ClaimList = {
    length: ids.length,
    id: (index) => ids[index]!,
    claim(index) {
      const part = partOf(index)
      return part.claims.claimAt(index - part.first)
    },
    read(index) {
      const part = partOf(index)
      return part.claims.readAt(index - part.first)
    },
  }
  let claims: Claim[] | undefined
  const database: ClaimDatabase = {
    get claims() {
      claims ??= allClaims(list)
      return claims
    },
    origins,
    hash: hash.digest('hex'),
  }
  registerClaimList(database, list)
  if (folder && ids.length >= INDEX_CACHE_MIN_CLAIMS) enableIndexCache(database, folder)
  return database
}
