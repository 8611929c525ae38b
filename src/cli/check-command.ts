// `factcheck [paths…]`: read → check → report, file by file, then the summary and exit code.
import {closeSync, openSync, writeSync} from 'node:fs'
import type {Command} from 'commander'
import type {VFile} from 'vfile'
import {ClaimsError} from '../claims/errors.js'
import {loadClaims} from '../claims/load.js'
import {DEFAULT_CLAIMS_DIR} from '../claims/paths.js'
import {addToSummary, createChecker, emptySummary, reachesLevel, type CheckResult} from '../index.js'
import {expandPaths, formatFromPath, readInputFile, readStdin, type InputEntry} from '../input/read.js'
import type {InputFormat} from '../parse/segment.js'
import {createReporter} from '../report/formats.js'
import type {FormatName} from '../report/reporter.js'
import type {FileReport, Finding} from '../types.js'
import {resolveSettings, type Settings} from './config.js'
import {CliError, EXIT, failLine} from './errors.js'
import type {Io} from './main.js'
import {createProgress} from './progress.js'
import {VERSION} from './version.js'

type ColorLevel = 0 | 1 | 2 | 3

/** --[no-]color, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function colorLevel(flag: boolean | undefined, io: Io): ColorLevel {
  if (flag === false) return 0
  const force = io.env.FORCE_COLOR
  if (flag === true) return force === '2' ? 2 : force === '3' ? 3 : 1
  // As in Node.js itself, FORCE_COLOR takes precedence over NO_COLOR.
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0
    if (force === '2' || force === '3') return Number(force) as ColorLevel
    return 1
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0
  if (!io.stdout.isTTY || io.env.TERM === 'dumb') return 0
  return io.env.COLORTERM === 'truecolor' || io.env.COLORTERM === '24bit' ? 3 : 1
}

/** Readers for the inputs: stdin first (for `-`, or when no path is given), then the files in order. */
interface Reader {
  read: () => Promise<InputEntry>
  fromStdin: boolean
}

async function readInputs(paths: string[], settings: Settings, io: Io): Promise<Reader[]> {
  if (paths.length === 0 && io.stdin.isTTY) {
    throw new CliError('no input: give files to check, or pipe text in (factcheck - < article.txt)')
  }
  const readers: Reader[] = []
  if (paths.length === 0 || paths.includes('-')) {
    readers.push({read: () => readStdin(io.stdin, settings.stdinName ?? '<stdin>'), fromStdin: true})
  }
  for (const item of await expandPaths(paths.filter((path) => path !== '-'), io.cwd)) {
    readers.push({read: async () => ('error' in item ? item : readInputFile(item.path, io.cwd)), fromStdin: false})
  }
  return readers
}

export async function runCheck(paths: string[], options: Record<string, unknown>, command: Command, io: Io): Promise<number> {
  const settings = await resolveSettings(options, command, io)
  const claimPaths = [...(settings.defaultClaims ? [DEFAULT_CLAIMS_DIR] : []), ...settings.claims]
  if (claimPaths.length === 0) throw new CliError('no claims to check against: --no-default-claims needs --claims PATH')
  const database = await loadClaims(claimPaths, {cwd: io.cwd, ...(options.cache === false ? {cache: false} : {})})
  const readers = await readInputs(paths, settings, io)
  const checker = createChecker(database, {
    minScore: settings.minScore,
    top: settings.top,
    asOf: settings.asOf,
    unreviewed: settings.unreviewed,
    explain: settings.explain,
  })
  const reporter = await createReporter(settings.format, {
    colorLevel: settings.output ? 0 : colorLevel(settings.color, io),
    explain: settings.explain,
    version: VERSION,
  })
  const output = settings.output ? openOutput(settings.output) : undefined
  const write = async (text: string): Promise<void> => {
    if (!text) return
    if (output) output.write(text)
    // A slow reader (a pager, `jq` on a big input) holds the check back instead of filling memory.
    else if (!io.stdout.write(text)) await drained(io.stdout)
  }
  // Whole reports, for formats that need every file before writing; streaming formats keep only the summary.
  const reports: FileReport[] = []
  const summary = emptySummary()
  const progress = createProgress(readers.length, io)

  /**
   * Check one input and report it, piece by piece for a streaming format. False when it could not
   * be checked to the end (said on stderr): a bug on one file must not lose the others' results.
   */
  const checkInput = async (path: string, file: VFile, format: InputFormat, keep?: (finding: Finding) => boolean): Promise<boolean> => {
    const kept = (report: CheckResult): CheckResult => (keep ? {...report, findings: report.findings.filter(keep)} : report)
    let written = false
    let whole: CheckResult | undefined
    try {
      if (reporter.streaming) {
        for await (const piece of checker.checkPieces(file, format)) {
          progress.clear()
          const shown = kept(piece)
          addToSummary(summary, shown)
          await write(reporter.file(shown, !written))
          written = true
        }
      } else {
        whole = kept(await checker.checkFile(file, format))
      }
    } catch (error) {
      // The report cannot be written (-o): nothing more can be reported.
      if (error instanceof CliError) throw error
      // A claims error found while checking (a damaged cache entry) is the user's to fix, not a bug.
      const message = error instanceof ClaimsError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`
      io.stderr.write(failLine(`${path}: ${written ? 'not checked to the end' : 'not checked'} (${message})`))
      // What a streaming format wrote of the file stays in the report and the totals.
      if (written) summary.files++
      return false
    }
    summary.files++
    if (whole) {
      addToSummary(summary, whole)
      reports.push(whole)
      await write(reporter.file(whole))
    }
    return true
  }

  try {
    const filterFor = settings.diff ? (await import('./diff.js')).changedLineFilter(settings.diff, io.cwd) : undefined
    let inputFailed = false
    for (const {read, fromStdin} of readers) {
      const entry = await read()
      if ('error' in entry) {
        inputFailed = true
        io.stderr.write(failLine(entry.error.message))
        continue
      }
      for (const warning of entry.warnings) io.stderr.write(failLine(`warning: ${warning}`))
      const format: InputFormat = settings.inputFormat ?? formatFromPath(entry.path)
      progress.tick(entry.path)
      try {
        // Stdin has no version in git to compare with: it is checked whole.
        const keep = filterFor && !fromStdin ? await filterFor(entry.path) : undefined
        if (!(await checkInput(entry.path, entry.file, format, keep))) inputFailed = true
      } finally {
        progress.clear()
      }
    }
    await write(reporter.end(reports, summary))
    if (inputFailed) return EXIT.usage
    return reachesLevel(summary, settings.failOn) ? EXIT.findings : EXIT.ok
  } finally {
    output?.close()
  }
}

/** When a stream that asked to wait can take more (or will take nothing more: closed, failed). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done)
      resolve()
    }
    for (const event of ['drain', 'close', 'error']) stream.on(event, done)
  })
}

/** `--output FILE`: opened before the first file is checked, and written as the report comes. */
function openOutput(path: string): {write(text: string): void; close(): void} {
  const fail = (error: unknown): CliError => {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'EISDIR'
        ? 'is a directory'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'no such directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'ENOSPC'
              ? 'no space left on the device'
              : (code ?? 'error')
    return new CliError(`${path}: cannot write the report (${reason})`)
  }
  const open = (): number => {
    try {
      return openSync(path, 'w')
    } catch (error) {
      throw fail(error)
    }
  }
  let fd: number | undefined = open()
  return {
    write(text) {
      if (fd === undefined) return
      const bytes = Buffer.from(text)
      try {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at)
      } catch (error) {
        throw fail(error)
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd)
      fd = undefined
    },
  }
}

export type {FormatName}
