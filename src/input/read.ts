// Files, directories, globs and stdin → vfiles, in a stable order, each with its input format.
// Reading never throws for one bad file: the caller gets an error entry and goes on.
import {readFile, stat} from 'node:fs/promises'
import {extname, relative, resolve} from 'node:path'
import {VFile} from 'vfile'
import type {InputFormat} from '../parse/segment.js'

export const CHECKED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.mdown', '.html', '.htm'] as const

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
export type InputEntry = {path: string; file: VFile; warnings: string[]} | {path: string; error: InputError}

/** Decode bytes as UTF-8: strip a BOM, refuse binary data, replace invalid sequences (with a warning). */
export function decode(path: string, bytes: Uint8Array): {text: string; warnings: string[]} {
  if (bytes.includes(0)) throw new InputError(path, `${path}: binary file (contains NUL bytes), not checked`)
  const warnings: string[] = []
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
  } catch {
    text = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false}).decode(bytes)
    warnings.push(`${path}: invalid UTF-8 replaced with U+FFFD`)
  }
  return {text, warnings}
}

function describe(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : error instanceof Error
            ? error.message
            : String(error)
  return new InputError(path, `${path}: ${reason}`)
}

export async function readInputFile(path: string, cwd: string): Promise<InputEntry> {
  try {
    const bytes = await readFile(resolve(cwd, path))
    const {text, warnings} = decode(path, bytes)
    return {path, file: new VFile({path, value: text}), warnings}
  } catch (error) {
    return {path, error: error instanceof InputError ? error : describe(path, error)}
  }
}

export async function readStdin(stream: NodeJS.ReadableStream, name = '<stdin>'): Promise<InputEntry> {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    const {text, warnings} = decode(name, Buffer.concat(chunks))
    return {path: name, file: new VFile({path: name, value: text}), warnings}
  } catch (error) {
    return {path: name, error: error instanceof InputError ? error : describe(name, error)}
  }
}

const isGlob = (pattern: string): boolean => /[*?[\]{}]/.test(pattern)

/**
 * Expand arguments to file paths: files as given, directories recursed for checked extensions,
 * globs matched. Each argument's files are sorted; arguments keep their order; duplicates go.
 * Arguments that match nothing are returned as errors.
 */
export async function expandPaths(args: string[], cwd: string): Promise<Array<{path: string} | {path: string; error: InputError}>> {
  const out: Array<{path: string} | {path: string; error: InputError}> = []
  const seen = new Set<string>()
  const add = (path: string): void => {
    const key = resolve(cwd, path)
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
    if (info?.isDirectory() || (!info && isGlob(arg))) {
      const {glob} = await import('tinyglobby')
      const patterns = info ? CHECKED_EXTENSIONS.map((ext) => `${arg.replace(/\/+$/, '')}/**/*${ext}`) : [arg]
      const found = await glob(patterns, {cwd, dot: false, ignore: ['**/node_modules/**', '**/.git/**']})
      const files = found.map((file) => relative(cwd, resolve(cwd, file))).sort()
      if (files.length === 0) out.push({path: arg, error: new InputError(arg, `${arg}: no files to check (looked for ${CHECKED_EXTENSIONS.join(' ')})`)})
      for (const file of files) add(file)
    } else {
      add(arg)
    }
  }
  return out
}
