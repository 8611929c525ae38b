// `--diff REF`: keep only findings on lines added or changed since REF, as `git diff` sees the
// working tree. git runs without a shell, with literal pathspecs and without external diff or
// textconv drivers, so only the real line numbers come back. Untracked files count as all new.
import {execFile} from 'node:child_process'
import type {Finding} from '../types.js'
import {CliError} from './errors.js'

/** Inclusive 1-based line ranges of the new file. */
export type LineRange = readonly [first: number, last: number]

interface GitOutput {
  code: number
  stdout: string
  stderr: string
}

type Git = (args: string[]) => Promise<GitOutput>

function runGit(cwd: string, ref: string): Git {
  return (args) =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        ['--literal-pathspecs', ...args],
        {cwd, env: {...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0'}, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8'},
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') {
            reject(new CliError(`--diff ${ref}: cannot run git (${error.code === 'ENOENT' ? 'not installed or not on PATH' : error.message})`))
            return
          }
          resolve({code: error ? Number(error.code) : 0, stdout, stderr})
        },
      )
    })
}

/** The lines each hunk of a `--unified=0` diff adds to the new file (pure deletions add none). */
export function addedLines(diff: string): LineRange[] {
  const ranges: LineRange[] = []
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const first = Number(match[1])
    const count = match[2] === undefined ? 1 : Number(match[2])
    if (count > 0) ranges.push([first, first + count - 1])
  }
  return ranges
}

/** Does the finding's line range touch one of the ranges? (An end at column 1 ends on the line before.) */
export function touches(finding: Finding, ranges: readonly LineRange[]): boolean {
  const last = finding.endColumn === 1 && finding.endLine > finding.line ? finding.endLine - 1 : finding.endLine
  return ranges.some(([first, end]) => finding.line <= end && last >= first)
}

const firstLine = (text: string): string => text.trim().split('\n')[0] ?? ''

/** Fails with one clear line when cwd is no repository or REF names no commit. */
async function verifyRef(git: Git, ref: string): Promise<void> {
  const inside = await git(['rev-parse', '--is-inside-work-tree'])
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new CliError(`--diff ${ref}: ${/not a git repository/i.test(inside.stderr) || inside.code === 0 ? 'not a git repository' : firstLine(inside.stderr)}`)
  }
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  if (commit.code !== 0) throw new CliError(`--diff ${ref}: unknown revision`)
}

/** Added line ranges of one file, or `undefined` when the whole file is new to git. */
async function changedRanges(git: Git, ref: string, path: string): Promise<LineRange[] | undefined> {
  const diff = await git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', ref, '--', path])
  if (diff.code !== 0) {
    if (/outside repository/i.test(diff.stderr)) return undefined
    throw new CliError(`--diff ${ref}: git diff failed for ${path}: ${firstLine(diff.stderr)}`)
  }
  if (diff.stdout.trim() !== '') return addedLines(diff.stdout)
  const tracked = await git(['ls-files', '--error-unmatch', '--', path])
  return tracked.code === 0 ? [] : undefined
}

/**
 * For a file: which of its findings to keep (those on lines changed since `ref`), or `undefined`
 * to keep them all (a file new to git). Asked once per file, before its findings come.
 */
export function changedLineFilter(ref: string, cwd: string): (path: string) => Promise<((finding: Finding) => boolean) | undefined> {
  if (ref === '' || ref.startsWith('-')) throw new CliError(`--diff takes a git revision (got "${ref}")`)
  const git = runGit(cwd, ref)
  let verified: Promise<void> | undefined
  return async (path) => {
    verified ??= verifyRef(git, ref)
    await verified
    const ranges = await changedRanges(git, ref, path)
    return ranges === undefined ? undefined : (finding) => touches(finding, ranges)
  }
}
