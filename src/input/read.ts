// Files, directories, globs and stdin → vfiles, in a stable order, each with its input format.
// Reading never throws for one bad file: the caller gets an error entry and goes on.
//
// Bytes are decoded here, once, so every later position (line, column, offset) counts characters
// of the decoded text:
// - a UTF-8 byte order mark is dropped, so column 1 is the first character after it;
// - a UTF-16 file (with its BOM) is decoded as UTF-16;
// - invalid UTF-8 becomes U+FFFD, one per bad sequence (WHATWG), with a warning naming the first
//   place; everything after it keeps its place;
// - NUL bytes mean binary data: the file is refused (reading stops at the first NUL, so
//   `/dev/zero` or a huge binary file costs one chunk);
// - more than MAX_INPUT_BYTES is refused before it could exceed the longest string V8 can hold.
import {createReadStream} from 'node:fs'
import {access, constants, realpath, stat} from 'node:fs/promises'
import {extname, isAbsolute, relative, resolve} from 'node:path'
import {VFile} from 'vfile'
import type {InputFormat} from '../parse/segment.js'
import {escapeControls} from '../report/sanitize.js'

export const CHECKED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.mdown', '.html', '.htm'] as const

/** Largest input read (bytes): V8 strings hold at most 2^29 − 24 UTF-16 units. */
export const MAX_INPUT_BYTES = 500 * 1024 * 1024

export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
    this.name = 'InputError'
  }
}

/** Input format from a file name; anything unknown is plain text. */
export function formatFromPath(path: string): InputFormat {
  const extension = extname(path).toLowerCase()
  if (['.md', '.markdown', '.mdown', '.mkd'].includes(extension)) return 'markdown'
  if (['.html', '.htm', '.xhtml'].includes(extension)) return 'html'
  return 'text'
}

/** A file ready to check, or why it cannot be. */
export type InputEntry =
  | {path: string; file: VFile; warnings: string[]; /** Read from stdin (no file on disk to compare with). */ fromStdin?: boolean}
  | {path: string; error: InputError}

/** A path as a message shows it: control characters in a file name are escaped, never printed raw. */
const shown = (path: string): string => escapeControls(path)

const binary = (path: string): InputError => new InputError(path, `${shown(path)}: binary file (contains NUL bytes), not checked`)

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * The first invalid UTF-8 sequence (byte offset) and how many U+FFFD a WHATWG decoder puts in:
 * one per maximal subpart of an ill-formed sequence.
 */
export function findInvalidUtf8(bytes: Uint8Array): {offset: number; count: number} | undefined {
  let offset = -1
  let count = 0
  let i = 0
  const length = bytes.length
  while (i < length) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      i++
      continue
    }
    let need = 0
    let lower = 0x80
    let upper = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) need = 1
    else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      if (byte === 0xe0) lower = 0xa0
      if (byte === 0xed) upper = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      if (byte === 0xf0) lower = 0x90
      if (byte === 0xf4) upper = 0x8f
    }
    let seen = 1
    if (need > 0) {
      while (seen <= need) {
        const next = bytes[i + seen]
        if (next === undefined || next < lower || next > upper) break
        lower = 0x80
        upper = 0xbf
        seen++
      }
      if (seen > need) {
        i += seen
        continue
      }
    }
    if (offset < 0) offset = i
    count++
    i += seen
  }
  return offset < 0 ? undefined : {offset, count}
}

/** 1-based line and column (UTF-16 units) just after `text`; CRLF, CR and LF each end a line, as in vfile. */
function endPlace(text: string): {line: number; column: number} {
  let line = 1
  let start = 0
  const breaks = /\r\n|\r|\n/g
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    line++
    start = match.index + match[0].length
  }
  return {line, column: text.length - start + 1}
}

/**
 * Decode bytes: a UTF-8 BOM is dropped, UTF-16 with a BOM is decoded as such, binary data (NUL)
 * is refused, invalid sequences are replaced with U+FFFD (with a warning naming the first place).
 */
export function decode(path: string, bytes: Uint8Array): {text: string; warnings: string[]} {
  const warnings: string[] = []
  const utf16 = utf16Encoding(bytes)
  if (utf16) {
    let text: string
    try {
      text = new TextDecoder(utf16, {fatal: true}).decode(bytes)
    } catch {
      text = new TextDecoder(utf16).decode(bytes)
      warnings.push(`${shown(path)}: invalid ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} replaced with U+FFFD`)
    }
    if (text.includes('\u0000')) throw binary(path)
    return {text, warnings}
  }
  if (bytes.includes(0)) throw binary(path)
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), warnings}
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    const invalid = findInvalidUtf8(bytes)
    if (invalid) {
      const {line, column} = endPlace(new TextDecoder('utf-8').decode(bytes.subarray(0, invalid.offset)))
      const places = invalid.count === 1 ? '' : ` (${invalid.count} places)`
      warnings.push(`${shown(path)}:${line}:${column}: invalid UTF-8 replaced with U+FFFD${places}`)
    } else {
      warnings.push(`${shown(path)}: invalid UTF-8 replaced with U+FFFD`)
    }
    return {text, warnings}
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory (a parent is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device or address',
}

function describe(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const known = code ? REASONS[code] : undefined
  // Node's own messages repeat the code and the absolute path (`ENOENT: …, open '/abs/path'`).
  const reason = known ?? (code ? code : error instanceof Error ? error.message.split('\n')[0]! : String(error))
  return new InputError(path, `${shown(path)}: ${escapeControls(reason)}`)
}

/** Every byte of a stream, refusing binary data at the first NUL and anything over MAX_INPUT_BYTES. */
async function readAll(stream: AsyncIterable<Buffer | string>, path: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw
    chunks.push(chunk)
    size += chunk.length
    if (size > MAX_INPUT_BYTES) throw new InputError(path, `${shown(path)}: too large to check (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`)
    // UTF-16 text is full of NUL bytes; its BOM says so (decode checks the decoded text instead).
    if (chunk.includes(0) && !utf16Encoding(chunks[0]!.length >= 2 ? chunks[0]! : Buffer.concat(chunks).subarray(0, 2))) {
      throw binary(path)
    }
  }
  return Buffer.concat(chunks, size)
}

function entryFrom(path: string, bytes: Uint8Array): {path: string; file: VFile; warnings: string[]} {
  const {text, warnings} = decode(path, bytes)
  return {path, file: new VFile({path, value: text}), warnings}
}

export async function readInputFile(path: string, cwd: string): Promise<InputEntry> {
  try {
    const bytes = await readAll(createReadStream(resolve(cwd, path), {highWaterMark: 1024 * 1024}), path)
    return entryFrom(path, bytes)
  } catch (error) {
    return {path, error: describe(path, error)}
  }
}

export async function readStdin(stream: NodeJS.ReadableStream, name = '<stdin>'): Promise<InputEntry> {
  // A file needs a name (vfile refuses an empty path): `--stdin-name ''` is stdin as usual.
  const path = name || '<stdin>'
  try {
    return {...entryFrom(path, await readAll(stream as AsyncIterable<Buffer | string>, path)), fromStdin: true}
  } catch (error) {
    return {path, error: describe(path, error)}
  }
}

const isGlob = (pattern: string): boolean => /[*?[\]{}]/.test(pattern)

/**
 * Expand arguments to file paths: files as given, directories recursed for checked extensions
 * (any letter case), globs matched. Each argument's files are sorted; arguments keep their order;
 * duplicates go (also the same file reached through a symbolic link). Arguments that match
 * nothing are returned as errors. Found files are shown relative to `cwd`, or absolute when the
 * argument was absolute.
 */
export async function expandPaths(args: string[], cwd: string): Promise<Array<{path: string} | {path: string; error: InputError}>> {
  const out: Array<{path: string} | {path: string; error: InputError}> = []
  const seen = new Set<string>()
  const add = async (path: string): Promise<void> => {
    const absolute = resolve(cwd, path)
    const key = await realpath(absolute).catch(() => absolute)
    if (seen.has(key)) return
    seen.add(key)
    out.push({path})
  }
  for (const arg of args) {
    let info: Awaited<ReturnType<typeof stat>> | undefined
    try {
      info = await stat(resolve(cwd, arg))
    } catch (error) {
      if (!isGlob(arg)) {
        out.push({path: arg, error: describe(arg, error)})
        continue
      }
    }
    if (info && !info.isDirectory()) {
      await add(arg)
      continue
    }
    if (info) {
      // An unreadable directory would otherwise look empty.
      try {
        await access(resolve(cwd, arg), constants.R_OK | constants.X_OK)
      } catch (error) {
        out.push({path: arg, error: describe(arg, error)})
        continue
      }
    }
    const {glob} = await import('tinyglobby')
    // A directory is searched from inside, so glob characters in its name are only characters;
    // its extensions match in any letter case. A pattern is the user's, matched as written.
    const base = info ? resolve(cwd, arg) : cwd
    const patterns = info ? CHECKED_EXTENSIONS.map((ext) => `**/*${ext}`) : [arg]
    const found = await glob(patterns, {dot: false, ignore: ['**/node_modules/**', '**/.git/**'], caseSensitiveMatch: !info, cwd: base})
    const files = found
      .map((file) => resolve(base, file))
      .map((file) => (isAbsolute(arg) ? file : relative(cwd, file)))
      .sort()
    if (files.length === 0) {
      const why = info ? `no files to check (looked for ${CHECKED_EXTENSIONS.join(' ')})` : 'no such file, and no files match it as a pattern'
      out.push({path: arg, error: new InputError(arg, `${shown(arg)}: ${why}`)})
    }
    for (const file of files) await add(file)
  }
  return out
}
