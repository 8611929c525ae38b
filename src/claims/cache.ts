// On-disk cache of claims databases, so a run does not parse, validate and index the same files
// again (at 100,000 claims that is half a minute; from the cache, about two seconds):
// - each claims file, parsed and validated, keyed by its bytes (and the code and schema that read
//   it): a hit skips YAML parsing and schema validation;
// - the matcher's index of the database, keyed by the database hash (ClaimDatabase.hash: any
//   claims file that changes changes it) and the code that built it.
// Entries are written to a temporary file and renamed, so concurrent runs never see half an entry;
// an entry that cannot be read or does not fit is ignored and rebuilt. Only plain data is stored
// (JSON for claims files, `pack` for the index): nothing in the cache is ever executed.
//
// Where: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck.
// FACTCHECK_NO_CACHE=1 (or `cache: false` to loadClaims) turns it off.
import {createHash, randomBytes} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {endianness, homedir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {isDeepStrictEqual} from 'node:util'
import * as zlib from 'node:zlib'
import {isClaimIndex, type ClaimIndex} from '../match/claim-index.js'
import type {Claim, ClaimDatabase, ClaimOrigin} from '../types.js'
import {claimListOf} from './claim-list.js'
import {ClaimsError} from './errors.js'

/** Bump when the layout of an entry changes. */
const FORMAT = 4
/** Index files kept (one per database hash); older ones are removed. */
const KEEP_INDEXES = 6

/** The cache folder, or `undefined` when caching is off. */
export function cacheDirectory(option: boolean | string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (option === false) return undefined
  if (typeof option === 'string') return resolve(option)
  const off = env.FACTCHECK_NO_CACHE
  if (off !== undefined && off !== '' && off !== '0' && off !== 'false') return undefined
  if (env.FACTCHECK_CACHE_DIR) return resolve(env.FACTCHECK_CACHE_DIR)
  if (env.XDG_CACHE_HOME) return join(resolve(env.XDG_CACHE_HOME), 'factcheck')
  try {
    return join(homedir(), '.cache', 'factcheck')
  } catch {
    return undefined
  }
}

// Set by scripts/build.mjs (esbuild `define`) in the CLI bundle only: the fingerprint of dist/ as
// it was bundled, which is exactly the bundle's code. Anywhere else the name is not declared and
// `typeof` says so.
declare const FACTCHECK_CODE_FINGERPRINT: string | undefined

let fingerprint: string | undefined

/**
 * What the code that reads claims and builds the index is: a hash of the package's compiled code
 * (dist/, not the bundle made from it; src/ under the test runner). Content, not file times, so
 * rebuilding the same code keeps the cache. The bundle carries the hash computed when it was
 * built (the same value, without reading every file of dist/ on each run).
 */
export function codeFingerprint(): string {
  fingerprint ??=
    typeof FACTCHECK_CODE_FINGERPRINT === 'string' && FACTCHECK_CODE_FINGERPRINT !== ''
      ? FACTCHECK_CODE_FINGERPRINT
      : fingerprintOf(resolve(dirname(fileURLToPath(import.meta.url)), '..'))
  return fingerprint
}

/** Hash of the code files under `root` (.js, .ts, .cjs; not declarations, not bundle/). */
export function fingerprintOf(root: string): string {
  const hash = createHash('sha256').update(`factcheck-cache-${FORMAT}\0`)
  const walk = (folder: string): void => {
    let entries
    try {
      entries = readdirSync(folder, {withFileTypes: true})
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'bundle') walk(path)
      } else if (/\.(?:js|ts|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        try {
          hash.update(`${path.slice(root.length)}\0`).update(readFileSync(path)).update('\0')
        } catch {
          // Gone while walking: leave it out.
        }
      }
    }
  }
  walk(root)
  return hash.digest('hex').slice(0, 32)
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(temporary, data)
    renameSync(temporary, path)
  } catch {
    // A cache that cannot be written is no cache; the run goes on.
    try {
      unlinkSync(temporary)
    } catch {
      // Nothing was written.
    }
  }
}

// --- A compact data codec ---------------------------------------------------------------------
// Plain data (objects, arrays, Maps, Sets, typed arrays, strings, numbers, booleans, null) as
// bytes, every distinct string stored once. Decoding shares strings, so a decoded index or
// claims list takes much less memory than JSON.parse or v8.deserialize output (which copy every
// occurrence); it reads a Buffer without first making one big string.

const enum Tag {
  Undefined,
  Null,
  False,
  True,
  Int,
  Float,
  String,
  Array,
  Object,
  Map,
  Set,
  Uint32Array,
  Float64Array,
  Int32Array,
  Uint16Array,
}

const PACK_MAGIC = 0x4b504346 // "FCPK"

class Writer {
  bytes = Buffer.allocUnsafe(1 << 16)
  length = 0
  strings = new Map<string, number>()
  table: string[] = []

  private room(size: number): void {
    if (this.length + size <= this.bytes.length) return
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + size))
    this.bytes.copy(grown, 0, 0, this.length)
    this.bytes = grown
  }

  byte(value: number): void {
    this.room(1)
    this.bytes[this.length++] = value
  }

  varint(value: number): void {
    this.room(5)
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80
      value >>>= 7
    }
    this.bytes[this.length++] = value
  }

  float(value: number): void {
    this.room(8)
    this.bytes.writeDoubleLE(value, this.length)
    this.length += 8
  }

  string(value: string): void {
    let id = this.strings.get(value)
    if (id === undefined) {
      id = this.table.length
      this.strings.set(value, id)
      this.table.push(value)
    }
    this.varint(id)
  }

  raw(view: ArrayBufferView): void {
    this.room(view.byteLength)
    this.bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), this.length)
    this.length += view.byteLength
  }

  value(value: unknown): void {
    if (value === undefined) return this.byte(Tag.Undefined)
    if (value === null) return this.byte(Tag.Null)
    if (value === false) return this.byte(Tag.False)
    if (value === true) return this.byte(Tag.True)
    if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= 0 && value < 2 ** 31 && !Object.is(value, -0)) {
        this.byte(Tag.Int)
        return this.varint(value)
      }
      this.byte(Tag.Float)
      return this.float(value)
    }
    if (typeof value === 'string') {
      this.byte(Tag.String)
      return this.string(value)
    }
    if (Array.isArray(value)) {
      this.byte(Tag.Array)
      this.varint(value.length)
      for (const item of value) this.value(item)
      return
    }
    if (value instanceof Map) {
      this.byte(Tag.Map)
      this.varint(value.size)
      for (const [key, item] of value) {
        this.value(key)
        this.value(item)
      }
      return
    }
    if (value instanceof Set) {
      this.byte(Tag.Set)
      this.varint(value.size)
      for (const item of value) this.value(item)
      return
    }
    if (value instanceof Uint32Array || value instanceof Float64Array || value instanceof Int32Array || value instanceof Uint16Array) {
      this.byte(
        value instanceof Uint32Array ? Tag.Uint32Array : value instanceof Float64Array ? Tag.Float64Array : value instanceof Int32Array ? Tag.Int32Array : Tag.Uint16Array,
      )
      this.varint(value.length)
      return this.raw(value)
    }
    const prototype: unknown = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined
    if (prototype === Object.prototype || prototype === null) {
      const entries = Object.entries(value as object)
      this.byte(Tag.Object)
      this.varint(entries.length)
      for (const [key, item] of entries) {
        this.string(key)
        this.value(item)
      }
      return
    }
    throw new TypeError(`cannot cache a ${typeof value}`)
  }
}

/** Bytes of `value` (see above); throws on anything that is not plain data. */
export function pack(value: unknown): Buffer {
  if (endianness() !== 'LE') throw new Error('typed arrays are stored little-endian')
  const body = new Writer()
  body.value(value)
  const head = new Writer()
  head.varint(body.table.length)
  for (const text of body.table) {
    const bytes = Buffer.from(text, 'utf8')
    head.varint(bytes.length)
    head.raw(bytes)
  }
  const out = Buffer.allocUnsafe(8 + head.length + body.length)
  out.writeUInt32LE(PACK_MAGIC, 0)
  out.writeUInt32LE(FORMAT, 4)
  head.bytes.copy(out, 8, 0, head.length)
  body.bytes.copy(out, 8 + head.length, 0, body.length)
  return out
}

/** The value packed in `bytes`; throws when they are not a packed value. */
export function unpack(bytes: Buffer): unknown {
  if (endianness() !== 'LE' || bytes.length < 8 || bytes.readUInt32LE(0) !== PACK_MAGIC || bytes.readUInt32LE(4) !== FORMAT) {
    throw new Error('not a factcheck cache entry')
  }
  // Decoding runs once per process, mostly before V8 has optimised it: the common cases (one-byte
  // varints, plain keys) take the shortest path, and bulk copies are left to native code.
  let at = 8
  const varint = (): number => {
    let byte = bytes[at++]
    if (byte !== undefined && byte < 0x80) return byte
    let value = 0
    let scale = 1
    for (;;) {
      if (byte === undefined) throw new RangeError('truncated cache entry')
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
      byte = bytes[at++]
    }
  }
  const table: string[] = new Array<string>(varint())
  for (let id = 0; id < table.length; id++) {
    const length = varint()
    table[id] = bytes.toString('utf8', at, at + length)
    at += length
  }
  const string = (): string => {
    const text = table[varint()]
    if (text === undefined) throw new RangeError('bad string in cache entry')
    return text
  }
  const typed = <T>(Type: {new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number}): T => {
    const byteLength = varint() * Type.BYTES_PER_ELEMENT
    if (at + byteLength > bytes.length) throw new RangeError('truncated cache entry')
    // A copy (slice), so the array owns aligned memory and does not keep the file's bytes alive.
    const start = bytes.byteOffset + at
    at += byteLength
    return new Type(bytes.buffer.slice(start, start + byteLength))
  }
  const value = (): unknown => {
    const tag = bytes[at++]
    switch (tag) {
      case Tag.Undefined:
        return undefined
      case Tag.Null:
        return null
      case Tag.False:
        return false
      case Tag.True:
        return true
      case Tag.Int:
        return varint()
      case Tag.Float: {
        const number = bytes.readDoubleLE(at)
        at += 8
        return number
      }
      case Tag.String:
        return string()
      case Tag.Array: {
        const list = new Array<unknown>(varint())
        for (let index = 0; index < list.length; index++) list[index] = value()
        return list
      }
      case Tag.Object: {
        const object: Record<string, unknown> = {}
        for (let count = varint(); count > 0; count--) {
          const key = string()
          // Own data properties only: a stored "__proto__" key stays a plain key (assignment would
          // set the prototype). Every other key is assigned, which is much faster.
          if (key === '__proto__') Object.defineProperty(object, key, {value: value(), writable: true, enumerable: true, configurable: true})
          else object[key] = value()
        }
        return object
      }
      case Tag.Map: {
        const map = new Map<unknown, unknown>()
        for (let count = varint(); count > 0; count--) {
          const key = value()
          map.set(key, value())
        }
        return map
      }
      case Tag.Set: {
        const set = new Set<unknown>()
        for (let count = varint(); count > 0; count--) set.add(value())
        return set
      }
      case Tag.Uint32Array:
        return typed(Uint32Array)
      case Tag.Float64Array:
        return typed(Float64Array)
      case Tag.Int32Array:
        return typed(Int32Array)
      case Tag.Uint16Array:
        return typed(Uint16Array)
      default:
        throw new RangeError('bad value in cache entry')
    }
  }
  const result = value()
  if (at !== bytes.length) throw new RangeError('trailing bytes in cache entry')
  return result
}

// --- Parsed and validated claims files ---------------------------------------------------------
// One entry per claims file: a JSON header (ids, places, where each claim's JSON ends, a CRC-32 of
// the claims) and then each claim as JSON, one after the other. A run parses a claim only when it
// needs it (most runs need a few: the ones sentences are matched against), so a large database
// starts without building every claim object. Claims are JSON data (they come from YAML or JSON
// and passed the schema) and JSON.parse is native code. Claims that JSON would not give back
// exactly (NaN, -0, a field set to undefined) are not cached: such a file is parsed on every run.

const CLAIMS_MAGIC = 0x4a504346 // "FCPJ"
/** Magic, format, header length. */
const CLAIMS_PREFIX = 12

export interface CachedClaims {
  ids: string[]
  /** Line and column of each claim (the file name is the caller's). */
  places: Array<[number, number]>
  /** The `index`-th claim, parsed on first use (ClaimsError if the entry was damaged since it was read). */
  claimAt(index: number): Claim
  /** The same, not kept (for a single pass over every claim). */
  readAt(index: number): Claim
}

/**
 * Key of one claims file: its kind, its content (`digest`, the SHA-256 of its bytes), and the code
 * and schema that read it.
 */
export function claimsFileKey(extension: string, digest: string, schema: string): string {
  return createHash('sha256').update(`${codeFingerprint()}\0${extension}\0${digest}\0`).update(schema).digest('hex')
}

const claimsPath = (folder: string, key: string): string => join(folder, `claims-${FORMAT}`, key.slice(0, 2), `${key}.bin`)

const isPlace = (place: unknown): place is [number, number] => Array.isArray(place) && typeof place[0] === 'number' && typeof place[1] === 'number'

export function readCachedClaims(folder: string, key: string): CachedClaims | undefined {
  // zlib.crc32 is in Node 20.15 and later; without it, the file is parsed.
  if (typeof zlib.crc32 !== 'function') return undefined
  const path = claimsPath(folder, key)
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return undefined
  }
  return claimsFromEntry(bytes, key, path)
}

/** The claims of an entry's bytes (read from `path`, or about to be written there). */
function claimsFromEntry(entry: Buffer, key: string, path: string): CachedClaims | undefined {
  let header: {key?: unknown; ids?: unknown; places?: unknown; ends?: unknown; crc?: unknown}
  let bytes: Buffer
  try {
    if (entry.length < CLAIMS_PREFIX || entry.readUInt32LE(0) !== CLAIMS_MAGIC || entry.readUInt32LE(4) !== FORMAT) return undefined
    const headerEnd = CLAIMS_PREFIX + entry.readUInt32LE(8)
    if (headerEnd > entry.length) return undefined
    header = JSON.parse(entry.toString('utf8', CLAIMS_PREFIX, headerEnd)) as typeof header
    bytes = entry.subarray(headerEnd)
  } catch {
    return undefined
  }
  if (!header || typeof header !== 'object' || header.key !== key) return undefined
  const {ids, places, ends} = header
  if (!Array.isArray(ids) || !Array.isArray(places) || !Array.isArray(ends)) return undefined
  if (places.length !== ids.length || ends.length !== ids.length || !ids.every((id) => typeof id === 'string') || !places.every(isPlace)) return undefined
  let previous = 0
  for (const end of ends) {
    if (!Number.isInteger(end) || (end as number) < previous) return undefined
    previous = end as number
  }
  if (previous !== bytes.length || header.crc !== zlib.crc32(bytes)) return undefined
  const claims = new Array<Claim | undefined>(ids.length)
  const read = (index: number): Claim => {
    let parsed: unknown
    try {
      parsed = JSON.parse(bytes.toString('utf8', index === 0 ? 0 : (ends[index - 1] as number), ends[index] as number))
    } catch {
      parsed = undefined
    }
    if (!parsed || typeof parsed !== 'object' || (parsed as Claim).id !== ids[index]) {
      throw new ClaimsError(`${path}: damaged claims cache entry (delete it, or run with --no-cache)`)
    }
    return parsed as Claim
  }
  return {
    ids: ids as string[],
    places: places as Array<[number, number]>,
    claimAt: (index) => (claims[index] ??= read(index)),
    readAt: (index) => claims[index] ?? read(index),
  }
}

/** A parsed claims file as an entry's bytes, or `undefined` when JSON would not give it back exactly. */
function encodeClaims(key: string, claims: readonly Claim[], origins: readonly ClaimOrigin[]): Buffer | undefined {
  if (typeof zlib.crc32 !== 'function') return undefined
  let texts: string[]
  try {
    texts = claims.map((claim) => JSON.stringify(claim))
    if (!texts.every((text, index) => isDeepStrictEqual(JSON.parse(text), claims[index]))) return undefined
  } catch {
    return undefined
  }
  const body = Buffer.from(texts.join(''), 'utf8')
  const ends: number[] = []
  let end = 0
  for (const text of texts) ends.push((end += Buffer.byteLength(text, 'utf8')))
  const places = origins.map((origin) => [origin.line, origin.column])
  const header = Buffer.from(JSON.stringify({key, ids: claims.map((claim) => claim.id), places, ends, crc: zlib.crc32(body)}), 'utf8')
  const prefix = Buffer.alloc(CLAIMS_PREFIX)
  prefix.writeUInt32LE(CLAIMS_MAGIC, 0)
  prefix.writeUInt32LE(FORMAT, 4)
  prefix.writeUInt32LE(header.length, 8)
  return Buffer.concat([prefix, header, body])
}

/**
 * Store a parsed claims file. Returns the claims as read back from the entry (the caller can let
 * go of the parsed objects: each is read again when needed), or `undefined` when the claims cannot
 * be cached. The entry serves the run even when the cache cannot be written.
 */
export function writeCachedClaims(folder: string, key: string, claims: readonly Claim[], origins: readonly ClaimOrigin[]): CachedClaims | undefined {
  const entry = encodeClaims(key, claims, origins)
  if (!entry) return undefined
  const path = claimsPath(folder, key)
  writeAtomic(path, entry)
  return claimsFromEntry(entry, key, path)
}

/**
 * The same without a cache: the entry is only held in memory, so a large database loaded with
 * caching off does not keep every claim object either. `name` names the file in messages.
 */
export function claimsInMemory(name: string, claims: readonly Claim[], origins: readonly ClaimOrigin[]): CachedClaims | undefined {
  const entry = encodeClaims('', claims, origins)
  return entry ? claimsFromEntry(entry, '', name) : undefined
}

// --- The matcher's index ----------------------------------------------------------------------

/** Databases loaded with caching on, and the folder their index lives in. */
const indexFolders = new WeakMap<object, string>()

/** Remember that `database` may use the index cache in `folder`. */
export function enableIndexCache(database: ClaimDatabase, folder: string): void {
  indexFolders.set(database, folder)
}

const indexPath = (folder: string, hash: string): string => join(folder, `index-${FORMAT}`, `${hash.slice(0, 40)}-${codeFingerprint()}.bin`)

/** The index as bytes (it is plain data: term strings and typed arrays), tagged with the database hash. */
export function serializeIndex(index: ClaimIndex, hash: string): Buffer {
  return pack({hash, count: index.lengths.length, index})
}

/** The index from bytes, for `count` claims; `undefined` when the bytes do not fit them. */
export function deserializeIndex(bytes: Buffer, count: number, hash: string): ClaimIndex | undefined {
  const data = unpack(bytes) as {hash?: unknown; count?: unknown; index?: unknown} | undefined
  if (!data || data.hash !== hash || data.count !== count) return undefined
  return isClaimIndex(data.index, count) ? data.index : undefined
}

/** The cached index of `database`, if it was loaded with caching on and one is stored. */
export function readCachedIndex(database: ClaimDatabase): ClaimIndex | undefined {
  const folder = indexFolders.get(database)
  if (!folder) return undefined
  try {
    return deserializeIndex(readFileSync(indexPath(folder, database.hash)), claimListOf(database).length, database.hash)
  } catch {
    return undefined
  }
}

/** Store the index of `database` (when it was loaded with caching on); old indexes are removed. */
export function writeCachedIndex(database: ClaimDatabase, index: ClaimIndex): void {
  const folder = indexFolders.get(database)
  if (!folder) return
  let bytes: Buffer
  try {
    bytes = serializeIndex(index, database.hash)
  } catch {
    return
  }
  const path = indexPath(folder, database.hash)
  writeAtomic(path, bytes)
  try {
    const others = readdirSync(dirname(path))
      .filter((name) => name.endsWith('.bin'))
      .map((name) => ({path: join(dirname(path), name), time: statSync(join(dirname(path), name)).mtimeMs}))
      .sort((a, b) => b.time - a.time)
    for (const old of others.slice(KEEP_INDEXES)) unlinkSync(old.path)
  } catch {
    // Pruning is best effort.
  }
}
