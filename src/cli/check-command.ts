// `factcheck [paths…]`: read → check → report, file by file, then the summary and exit code.
import {writeFile} from 'node:fs/promises'
import type {Command} from 'commander'
import {ClaimsError} from '../claims/errors.js'
import {loadClaims} from '../claims/load.js'
import {DEFAULT_CLAIMS_DIR} from '../claims/paths.js'
import {createChecker, reachesLevel, summarize, type CheckResult} from '../index.js'
import {expandPaths, formatFromPath, readInputFile, readStdin, type InputEntry} from '../input/read.js'
import type {InputFormat} from '../parse/segment.js'
import {createReporter} from '../report/formats.js'
import type {FormatName} from '../report/reporter.js'
import type {FileReport} from '../types.js'
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
  const chunks: string[] = []
  const write = (text: string): void => {
    if (!text) return
    if (settings.output) chunks.push(text)
    else io.stdout.write(text)
  }
  const filterLines = settings.diff ? (await import('./diff.js')).changedLineFilter(settings.diff, io.cwd) : undefined
  const reports: FileReport[] = []
  const progress = createProgress(readers.length, io)
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
    let report: CheckResult
    try {
      report = await checker.checkFile(entry.file, format)
    } catch (error) {
      // A bug on one file must not lose the others' results: report it, go on, exit 2. A claims
      // error found while checking (a damaged cache entry) is the user's to fix, not a bug.
      inputFailed = true
      const message = error instanceof ClaimsError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`
      io.stderr.write(failLine(`${entry.path}: not checked (${message})`))
      continue
    } finally {
      progress.clear()
    }
    // Stdin has no version in git to compare with: it is checked whole.
    if (filterLines && !fromStdin) report = await filterLines(report)
    reports.push(report)
    write(reporter.file(report))
  }
  write(reporter.end(reports, summarize(reports)))
  if (settings.output) {
    try {
      await writeFile(settings.output, chunks.join(''))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const reason =
        code === 'EISDIR' ? 'is a directory' : code === 'ENOENT' || code === 'ENOTDIR' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error')
      throw new CliError(`${settings.output}: cannot write the report (${reason})`)
    }
  }
  if (inputFailed) return EXIT.usage
  return reachesLevel(reports, settings.failOn) ? EXIT.findings : EXIT.ok
}

export type {FormatName}
