// The on-disk cache (src/claims/cache.ts): same database and same findings with or without it;
// a corrupt or unwritable cache is ignored.
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {crc32} from 'node:zlib'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {deserializeIndex, pack, serializeIndex, unpack} from '../src/claims/cache.js'
import {ClaimsError} from '../src/claims/errors.js'
import {loadClaims} from '../src/claims/load.js'
import {createChecker, DEFAULT_CLAIMS_DIR} from '../src/index.js'
import {buildClaimIndex} from '../src/match/claim-index.js'
import {runCli, type JsonReport} from './helpers.js'

const folders: string[] = []
const scratch = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'factcheck-cache-test-'))
  folders.push(folder)
  return folder
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

const entries = (folder: string): string[] =>
  readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

const ARTICLE = readFileSync(new URL('../test/fixtures/core/article.txt', import.meta.url), 'utf8')
const CORE = 'test/fixtures/core/claims.yaml'

/**
 * Change the last claim's id inside each claims entry under `folder`, with the checksum made to
 * fit again: only reading that claim can tell.
 */
function damageLastClaim(folder: string): void {
  for (const entry of entries(folder).filter((path) => path.includes('claims-'))) {
    const bytes = readFileSync(entry)
    const headerEnd = 12 + bytes.readUInt32LE(8)
    const header = JSON.parse(bytes.toString('utf8', 12, headerEnd)) as {ids: string[]; ends: number[]; crc: number}
    const body = Buffer.from(bytes.subarray(headerEnd))
    const last = header.ids.length - 1
    const at = body.indexOf(JSON.stringify(header.ids[last]), header.ends[last - 1])
    expect(at).toBeGreaterThanOrEqual(0)
    body[at + 1] = 0x21 // "!" as the id's first character
    header.crc = crc32(body)
    const changed = Buffer.from(JSON.stringify(header), 'utf8')
    const prefix = Buffer.from(bytes.subarray(0, 12))
    prefix.writeUInt32LE(changed.length, 8)
    writeFileSync(entry, Buffer.concat([prefix, changed, body]))
  }
}

describe('pack / unpack', () => {
  it('round-trips plain data, sharing strings', () => {
    const value = {
      text: 'fentanyl',
      numbers: [0, 1, -1, 2 ** 31, -0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER],
      flags: [true, false, null, undefined],
      map: new Map<unknown, unknown>([
        ['a', 1],
        [2, new Set(['x', 'y'])],
      ]),
      typed: [Uint32Array.from([1, 2, 3]), Float64Array.from([0.1, -2]), Int32Array.from([-5])],
      nested: {deeper: {list: ['fentanyl', 'fentanyl']}},
      ['__proto__']: 'a plain key',
    }
    const back = unpack(pack(value)) as typeof value
    expect(back).toEqual(value)
    expect(Object.is(back.numbers[4], -0)).toBe(true)
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(Object.keys(back)).toContain('__proto__')
  })

  it('refuses what is not plain data, and bytes that are not an entry', () => {
    expect(() => pack({when: new Date()})).toThrow()
    expect(() => pack({run: () => 1})).toThrow()
    expect(() => unpack(Buffer.from('not a cache entry at all'))).toThrow()
    const bytes = pack({a: [1, 2, 3]})
    expect(() => unpack(bytes.subarray(0, bytes.length - 2))).toThrow()
  })
})

describe('claims cache', () => {
  it('gives the same database from the cache, and the same findings from the cached index', async () => {
    const folder = scratch()
    const plain = await loadClaims([DEFAULT_CLAIMS_DIR, CORE], {cache: false})
    const first = await loadClaims([DEFAULT_CLAIMS_DIR, CORE], {cache: folder})
    expect(entries(folder).length).toBeGreaterThan(0)
    const second = await loadClaims([DEFAULT_CLAIMS_DIR, CORE], {cache: folder})
    for (const database of [first, second]) {
      expect(database.claims).toEqual(plain.claims)
      expect(database.origins).toEqual(plain.origins)
      expect(database.hash).toBe(plain.hash)
    }
    const check = async (database: typeof plain) =>
      createChecker(database, {asOf: '2026-11-01', top: 3}).checkFile(new VFile({path: 'a.txt', value: ARTICLE}), 'text')
    const expected = await check(plain)
    expect(await check(first)).toEqual(expected) // builds and stores the index
    expect(entries(folder).some((path) => path.includes('index-'))).toBe(true)
    expect(await check(await loadClaims([DEFAULT_CLAIMS_DIR, CORE], {cache: folder}))).toEqual(expected) // reads it
  })

  it('keys the index by content, so a run from another folder reuses it', async () => {
    const folder = scratch()
    const here = await loadClaims([DEFAULT_CLAIMS_DIR], {cache: folder})
    createChecker(here)
    const indexes = () => entries(folder).filter((path) => path.includes('index-'))
    expect(indexes()).toHaveLength(1)
    const elsewhere = await loadClaims([DEFAULT_CLAIMS_DIR], {cache: folder, cwd: tmpdir()})
    expect(elsewhere.origins.get(here.claims[0]!.id)!.file).not.toBe(here.origins.get(here.claims[0]!.id)!.file)
    expect(elsewhere.hash).toBe(here.hash)
    createChecker(elsewhere)
    expect(indexes()).toHaveLength(1)
  })

  it('ignores a corrupt entry and writes it again', async () => {
    const folder = scratch()
    const plain = await loadClaims([CORE], {cache: false})
    await loadClaims([CORE], {cache: folder})
    createChecker(await loadClaims([CORE], {cache: folder}))
    for (const path of entries(folder)) writeFileSync(path, 'garbage')
    const again = await loadClaims([CORE], {cache: folder})
    expect(again.claims).toEqual(plain.claims)
    const report = await createChecker(again, {asOf: '2026-11-01'}).checkFile(new VFile({value: ARTICLE}), 'text')
    expect(report).toEqual(await createChecker(plain, {asOf: '2026-11-01'}).checkFile(new VFile({value: ARTICLE}), 'text'))
    for (const path of entries(folder)) expect(readFileSync(path, 'utf8')).not.toBe('garbage')
  })

  it('does not read a cached claim until it is needed, and then tells a damaged one', async () => {
    const folder = scratch()
    const plain = await loadClaims([CORE], {cache: false})
    createChecker(await loadClaims([CORE], {cache: folder})) // stores the claims entry and the index
    damageLastClaim(folder)

    const database = await loadClaims([CORE], {cache: folder})
    expect(database.origins).toEqual(plain.origins)
    // A sentence no claim resembles reads no claim (the index comes from the cache).
    const report = await createChecker(database).checkFile(new VFile({value: 'The weather was mild all week.'}), 'text')
    expect(report.findings).toEqual([])
    expect(() => database.claims).toThrow(ClaimsError)
    expect(() => database.claims).toThrow(/damaged claims cache entry \(delete it, or run with --no-cache\)$/)
  })

  it('the command names a damaged entry on each file that needs it, checks the others, and exits 2', () => {
    const folder = scratch()
    const env = {FACTCHECK_CACHE_DIR: folder}
    const args = ['--no-default-claims', '--claims', CORE, '--format', 'json']
    expect(runCli([...args, 'test/fixtures/core/article.txt'], {env}).code).toBe(1) // fills the cache
    damageLastClaim(folder)
    const calm = join(scratch(), 'calm.txt')
    writeFileSync(calm, 'The weather was mild all week.\n')
    const run = runCli([...args, 'test/fixtures/core/article.txt', calm], {env})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^factcheck: test\/fixtures\/core\/article\.txt: not checked \(\/.*\/claims-\d+\/.*\.bin: damaged claims cache entry \(delete it, or run with --no-cache\)\)\n$/)
    expect((JSON.parse(run.stdout) as JsonReport).files.map((file) => file.path)).toEqual([calm])
    expect(runCli([...args, '--no-cache', 'test/fixtures/core/article.txt'], {env}).code).toBe(1)
  })

  it('a streaming format keeps what a file gave before a damaged entry stopped it; a document format leaves the file out', () => {
    const folder = scratch()
    const env = {FACTCHECK_CACHE_DIR: folder}
    const args = ['--no-default-claims', '--claims', CORE, '--as-of', '2026-11-01']
    expect(runCli([...args, 'test/fixtures/core/article.txt'], {env}).code).toBe(1) // fills the cache
    damageLastClaim(folder) // tunnel-plan-misleading
    // Over 16 KiB of calm text between the two claims' sentences: they are checked in different pieces.
    const calm = `${'The weather was mild all week. '.repeat(20).trim()}\n\n`.repeat(40)
    const long = join(scratch(), 'long.txt')
    writeFileSync(long, `The Northport ferry service carried 40,000 passengers in 2023.\n\n${calm}The Northport tunnel plan has been approved and fully funded.\n`)
    const stopped = (words: string) => new RegExp(`^factcheck: ${long}: ${words} \\(/.*/claims-\\d+/.*\\.bin: damaged claims cache entry \\(delete it, or run with --no-cache\\)\\)\n$`)

    const jsonl = runCli([...args, '--format', 'jsonl', long], {env})
    expect(jsonl.code).toBe(2)
    expect(jsonl.stderr).toMatch(stopped('not checked to the end'))
    expect(jsonl.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {line: number; claim: {id: string}}))).toMatchObject([
      {line: 1, claim: {id: 'ferry-service-carried-40000-passengers'}},
    ])

    const json = runCli([...args, '--format', 'json', long], {env})
    expect(json.code).toBe(2)
    expect(json.stderr).toMatch(stopped('not checked'))
    expect((JSON.parse(json.stdout) as JsonReport).files).toEqual([])
  })

  it('ignores an entry with a changed byte (its checksum no longer fits) and writes it again', async () => {
    const folder = scratch()
    const plain = await loadClaims([CORE], {cache: false})
    await loadClaims([CORE], {cache: folder})
    const [entry] = entries(folder).filter((path) => path.includes('claims-'))
    const bytes = readFileSync(entry!)
    bytes[bytes.length - 10]! ^= 0x01
    writeFileSync(entry!, bytes)
    const again = await loadClaims([CORE], {cache: folder})
    expect(again.claims).toEqual(plain.claims)
    expect(readFileSync(entry!).equals(bytes)).toBe(false)
  })

  it('sees a changed claims file as new', async () => {
    const folder = scratch()
    const claims = join(scratch(), 'claims.yaml')
    const text = readFileSync(CORE, 'utf8')
    writeFileSync(claims, text)
    const before = await loadClaims([claims], {cache: folder})
    writeFileSync(claims, text.replace('opened in March 1998', 'opened in April 1998'))
    const after = await loadClaims([claims], {cache: folder})
    expect(after.hash).not.toBe(before.hash)
    expect(after.claims[0]!.claim).toContain('April 1998')
  })

  it('works while other runs fill the same cache, and when the cache cannot be written', async () => {
    const folder = scratch()
    const plain = await loadClaims([CORE], {cache: false})
    const runs = await Promise.all(Array.from({length: 4}, () => loadClaims([CORE], {cache: folder})))
    for (const run of runs) expect(run.claims).toEqual(plain.claims)
    const file = join(scratch(), 'a-file')
    writeFileSync(file, '')
    expect(statSync(file).isFile()).toBe(true)
    expect((await loadClaims([CORE], {cache: file})).claims).toEqual(plain.claims)
  })

  it('is off with FACTCHECK_NO_CACHE', async () => {
    const folder = scratch()
    process.env.FACTCHECK_NO_CACHE = '1'
    process.env.FACTCHECK_CACHE_DIR = folder
    try {
      await loadClaims([CORE])
    } finally {
      delete process.env.FACTCHECK_NO_CACHE
      delete process.env.FACTCHECK_CACHE_DIR
    }
    expect(entries(folder)).toEqual([])
  })
})

describe('index entries', () => {
  it('round-trips the index, and refuses one that does not fit its claims', async () => {
    const {claims, hash} = await loadClaims([CORE], {cache: false})
    const index = buildClaimIndex(claims)
    expect(deserializeIndex(serializeIndex(index, hash), claims.length, hash)).toEqual(index)
    expect(deserializeIndex(serializeIndex(index, hash), claims.length, 'another hash')).toBeUndefined()
    expect(deserializeIndex(serializeIndex(index, hash), claims.length - 1, hash)).toBeUndefined()
    // Well-formed entries whose arrays point outside the index (a term id past the vocabulary, a
    // claim past the database, rows out of order) are refused, not used.
    const broken = [
      {...index, vocabTerms: Uint32Array.from(index.vocabTerms, (id, at) => (at === 0 ? index.terms.length : id))},
      {...index, postings: Uint32Array.from(index.postings, (claim, at) => (at === 0 ? claims.length : claim))},
      {...index, textTermStart: Uint32Array.from(index.textTermStart, (start, at) => (at === 1 ? index.textTerms.length + 1 : start))},
      {...index, idf: index.idf.slice(1)},
      {...index, assertions: index.assertions.slice(1)},
      {...index, terms: index.terms.map((term, at) => (at === 0 ? 7 : term))},
    ]
    for (const bad of broken) expect(deserializeIndex(pack({hash, count: claims.length, index: bad}), claims.length, hash)).toBeUndefined()
  })
})

describe('claims loading', () => {
  it('turns a YAML alias bomb into a claims error naming the file', async () => {
    const file = join(scratch(), 'bomb.yaml')
    const row = (name: string) => `[${Array.from({length: 10}, () => `*${name}`).join(', ')}]`
    writeFileSync(file, `- &a [x, x, x, x, x, x, x, x, x, x]\n- &b ${row('a')}\n- &c ${row('b')}\n- &d ${row('c')}\n- ${row('d')}\n`)
    const error = await loadClaims([file], {cache: false}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ClaimsError)
    expect((error as Error).message).toMatch(/bomb\.yaml: .*alias/i)
  })
})
