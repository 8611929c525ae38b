// Issue 7 — hostile and broken input, end to end on the built CLI (run `npx tsc -p .` first):
// never crash, never lose a result, never inject. Every odd input is generated at test time in a
// temporary folder; every case asserts the exact exit code and the exact stderr line(s).
//
// Tests named "[needs patch Pn]" fail until the patch with that number (in the issue 7 report:
// src/cli/errors.ts, src/cli/config.ts, src/cli/check-command.ts, bin/factcheck.js) is applied.
//
// FACTCHECK_HUGE_MB sets the size of the very large file (default 5; 20 takes about 3 minutes).
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Finding} from '../src/types.js'
import {BIN, ROOT, type JsonReport} from './helpers.js'

const CORE = join(ROOT, 'test/fixtures/core')
const CORE_CLAIMS_FILE = join(CORE, 'claims.yaml')
const CLAIMS = ['--no-default-claims', '--claims', CORE_CLAIMS_FILE, '--as-of', '2026-11-29']
const ARTICLE = readFileSync(join(CORE, 'article.txt'), 'utf8')
const LONGEST = 'The Harbor Bridge is the longest suspension bridge in the world.'
const EMPTY_SUMMARY = '✔ 0 sentences in 1 file: no matches; 0 check-worthy sentences not in the database\n'
const NO_FILES_SUMMARY = '✔ 0 sentences in 0 files: no matches; 0 check-worthy sentences not in the database\n'
const LOOKED_FOR = '(looked for .txt .text .md .markdown .mdown .html .htm)'

/** C0 (but LF), DEL, C1, line/paragraph separators and bidi controls: never raw in terminal output. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
/** The tool's own colours (chalk SGR codes). */
// eslint-disable-next-line no-control-regex
const OWN_SGR = /\u001b\[\d+m/g

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

interface RunOptions {
  input?: string | Buffer
  env?: Record<string, string | undefined>
  cwd?: string
  uid?: number
  /** Send stdout to this file instead of a buffer (for outputs too large to hold twice). */
  stdoutFile?: string
  timeout?: number
}

function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env, CI: 'true'}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  delete env.FACTCHECK_DEBUG
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

/** `node bin/factcheck.js …` from the repository root, as a user runs it. */
function cli(args: string[], options: RunOptions = {}): Run {
  const fd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    env: baseEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
    stdio: ['pipe', fd ?? 'pipe', 'pipe'],
  }
  if (options.uid !== undefined) {
    spawnOptions.uid = options.uid
    spawnOptions.gid = options.uid
  }
  const start = Date.now()
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions)
    if (result.error) throw result.error
    return {code: result.status, signal: result.signal, stdout: (result.stdout as string | null) ?? '', stderr: result.stderr as string, ms: Date.now() - start}
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** A shell pipeline (for broken pipes and closed descriptors). */
function sh(script: string, env: Record<string, string> = {}): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync('bash', ['-c', script], {cwd: ROOT, env: baseEnv(env), encoding: 'utf8', timeout: 60_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const place = (f: Finding): string => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.claim?.id ?? f.kind}`
const parseJson = (run: Run): JsonReport => JSON.parse(run.stdout) as JsonReport

let TMP = ''
const temp = (...parts: string[]): string => join(TMP, ...parts)
const write = (name: string, content: string | Buffer): string => {
  const path = temp(name)
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, content)
  return path
}
/** How the CLI shows a claims or config file: relative to its working directory. */
const shownFrom = (cwd: string, path: string): string => relative(cwd, path) || path

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` before the tests')
  TMP = mkdtempSync(join(tmpdir(), 'factcheck-hostile-'))
  // Readable by an unprivileged user too (the permission test drops root to uid 65534).
  chmodSync(TMP, 0o755)
})
afterAll(() => {
  if (TMP) rmSync(TMP, {recursive: true, force: true})
})

describe('unreadable paths', () => {
  it('a missing file: exit 2, one line naming it, the summary still printed', () => {
    const missing = temp('missing.txt')
    const run = cli([...CLAIMS, missing])
    expect(run.stderr).toBe(`factcheck: ${missing}: no such file or directory\n`)
    expect(run.stdout).toBe(NO_FILES_SUMMARY)
    expect(run.code).toBe(2)
  })

  it('a path through a file (ENOTDIR): exit 2, a plain reason, no Node error text', () => {
    const run = cli([...CLAIMS, 'test/fixtures/core/article.txt/child.txt'])
    expect(run.stderr).toBe('factcheck: test/fixtures/core/article.txt/child.txt: no such file or directory (a parent is not a directory)\n')
    expect(run.code).toBe(2)
  })

  it('a directory is expanded to its .txt/.md/.html files (any case, sorted, recursive), nothing else', () => {
    const dir = temp('tree')
    write('tree/b.txt', `${LONGEST}\n`)
    write('tree/a.MD', `# Title\n\n${LONGEST}\n`)
    write('tree/sub/c.html', `<p>${LONGEST}</p>\n`)
    write('tree/skip.pdf', `${LONGEST}\n`)
    write('tree/skip.json', `{"a": "${LONGEST}"}\n`)
    write('tree/node_modules/x.txt', `${LONGEST}\n`)
    write('tree/.hidden.txt', `${LONGEST}\n`)
    const run = cli([...CLAIMS, '--format', 'json', dir])
    expect(run.stderr).toBe('')
    const report = parseJson(run)
    expect(report.files.map((file) => [file.path, file.findings.map(place)])).toEqual([
      [join(dir, 'a.MD'), ['3:1-3:65 harbor-bridge-longest-in-world']],
      [join(dir, 'b.txt'), ['1:1-1:65 harbor-bridge-longest-in-world']],
      [join(dir, 'sub/c.html'), ['1:4-1:68 harbor-bridge-longest-in-world']],
    ])
    expect(run.code).toBe(1)
  })

  it('an empty directory: exit 2 and one line', () => {
    const dir = temp('empty-dir')
    mkdirSync(dir)
    const run = cli([...CLAIMS, dir])
    expect(run.stderr).toBe(`factcheck: ${dir}: no files to check ${LOOKED_FOR}\n`)
    expect(run.stdout).toBe(NO_FILES_SUMMARY)
    expect(run.code).toBe(2)
  })

  it('glob characters in a directory name are only characters', () => {
    write('globby/a[1]/inside.txt', `${LONGEST}\n`)
    write('globby/a1/outside.txt', `${LONGEST}\n`)
    const run = cli([...CLAIMS, '--format', 'json', temp('globby/a[1]')])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files.map((file) => file.path)).toEqual([temp('globby/a[1]/inside.txt')])
    expect(run.code).toBe(1)
  })

  it('a glob that matches nothing: exit 2 and one line', () => {
    const pattern = temp('nothing-*.txt')
    const run = cli([...CLAIMS, pattern])
    expect(run.stderr).toBe(`factcheck: ${pattern}: no such file, and no files match it as a pattern\n`)
    expect(run.code).toBe(2)
  })

  it('a file reached twice (directly, through a directory, through a symbolic link) is checked once', () => {
    const file = write('links/real.txt', `${LONGEST}\n`)
    symlinkSync(file, temp('links/alias.txt'))
    symlinkSync(temp('links'), temp('links/loop'))
    const run = cli([...CLAIMS, '--format', 'json', file, temp('links')])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files.map((entry) => entry.path)).toEqual([file])
    expect(run.code).toBe(1)
  })

  it('permission denied: exit 2, one line; the readable files are still checked', (context) => {
    // Root reads anything whatever the mode, so as root the CLI runs as nobody (uid 65534).
    const asRoot = process.getuid?.() === 0
    const uid = asRoot ? 65534 : undefined
    if (asRoot) {
      const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BIN)})`], {uid: 65534, gid: 65534, cwd: ROOT})
      if (probe.status !== 0) {
        context.skip('running as root and cannot run node as uid 65534: permission denied is not testable here')
        return
      }
    }
    const secret = write('perm/secret.txt', `${LONGEST}\n`)
    const open = write('perm/open.txt', `${LONGEST}\n`)
    chmodSync(secret, 0o000)
    try {
      const run = cli([...CLAIMS, '--format', 'jsonl', secret, open], uid === undefined ? {} : {uid})
      expect(run.stderr).toBe(`factcheck: ${secret}: permission denied\n`)
      expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as {path: string}).path)).toEqual([open])
      expect(run.code).toBe(2)
      // Found through a directory: the same line.
      const viaDir = cli([...CLAIMS, '--format', 'jsonl', temp('perm')], uid === undefined ? {} : {uid})
      expect(viaDir.stderr).toBe(`factcheck: ${secret}: permission denied\n`)
      expect(viaDir.code).toBe(2)
      // An unreadable directory is not mistaken for an empty one.
      const closed = temp('perm/closed')
      mkdirSync(closed)
      writeFileSync(join(closed, 'inside.txt'), `${LONGEST}\n`)
      chmodSync(closed, 0o000)
      try {
        const run = cli([...CLAIMS, closed], uid === undefined ? {} : {uid})
        expect(run.stderr).toBe(`factcheck: ${closed}: permission denied\n`)
        expect(run.code).toBe(2)
      } finally {
        chmodSync(closed, 0o755)
      }
    } finally {
      chmodSync(secret, 0o644)
    }
  })
})

describe('odd bytes', () => {
  it('binary data (NUL bytes): exit 2 with one line naming the file, not checked', () => {
    const file = write('binary.txt', Buffer.concat([Buffer.from(`${LONGEST}\n`), Buffer.from([0x00, 0x01, 0xff, 0x00])]))
    const run = cli([...CLAIMS, file])
    expect(run.stderr).toBe(`factcheck: ${file}: binary file (contains NUL bytes), not checked\n`)
    expect(run.stdout).toBe(NO_FILES_SUMMARY)
    expect(run.code).toBe(2)
  })

  it.skipIf(!existsSync('/dev/zero'))('an endless binary stream (/dev/zero) stops at the first chunk', () => {
    const run = cli([...CLAIMS, '/dev/zero'], {timeout: 20_000})
    expect(run.signal).toBe(null)
    expect(run.stderr).toBe('factcheck: /dev/zero: binary file (contains NUL bytes), not checked\n')
    expect(run.code).toBe(2)
  })

  it('invalid UTF-8: U+FFFD, a warning naming the first place, positions intact, the file still checked', () => {
    // "Caf\xE9" (Latin-1) on line 1; two bad bytes before a sentence on line 3.
    const file = write(
      'latin1.txt',
      Buffer.concat([
        Buffer.from('Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' owners in Northport agree.\n\n'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(` ${LONGEST}\n`),
      ]),
    )
    const run = cli([...CLAIMS, '--format', 'json', file])
    expect(run.stderr).toBe(`factcheck: warning: ${file}:1:4: invalid UTF-8 replaced with U+FFFD (3 places)\n`)
    const [entry] = parseJson(run).files
    // Each bad byte is one U+FFFD: the sentence "\uFFFD\uFFFD The Harbor …" ends in column 3 + 65.
    expect(entry!.findings.map(place)).toEqual(['3:1-3:68 harbor-bridge-longest-in-world'])
    expect(entry!.findings[0]!.sentence).toBe(`\uFFFD\uFFFD ${LONGEST}`)
    expect(run.code).toBe(1)
  })

  it('a UTF-8 BOM is not a character: column 1 is the first character after it (file and stdin)', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const file = write('bom.txt', Buffer.concat([bom, Buffer.from(`${LONGEST} ${LONGEST}\n`)]))
    const fromFile = cli([...CLAIMS, '--format', 'json', file])
    expect(fromFile.stderr).toBe('')
    expect(parseJson(fromFile).files[0]!.findings.map(place)).toEqual([
      '1:1-1:65 harbor-bridge-longest-in-world',
      '1:66-1:130 harbor-bridge-longest-in-world',
    ])
    const fromStdin = cli([...CLAIMS, '--format', 'json', '-'], {input: Buffer.concat([bom, Buffer.from(`${LONGEST}\n`)])})
    expect(fromStdin.stderr).toBe('')
    expect(parseJson(fromStdin).files[0]!.findings.map(place)).toEqual(['1:1-1:65 harbor-bridge-longest-in-world'])
    expect(fromStdin.code).toBe(1)
  })

  it('a BOM in Markdown and HTML does not shift columns either', () => {
    const bom = '\ufeff'
    const md = write('bom.md', `${bom}${LONGEST}\n`)
    const html = write('bom.html', `${bom}<p>${LONGEST}</p>\n`)
    const run = cli([...CLAIMS, '--format', 'json', md, html])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files.map((file) => file.findings.map(place))).toEqual([
      ['1:1-1:65 harbor-bridge-longest-in-world'],
      ['1:4-1:68 harbor-bridge-longest-in-world'],
    ])
  })

  it('UTF-16 with a BOM is decoded, not refused as binary', () => {
    const le = write('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Intro.\r\n${LONGEST}\r\n`, 'utf16le')]))
    const beBody = Buffer.from(`Intro.\n${LONGEST}\n`, 'utf16le').swap16()
    const be = write('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]))
    const run = cli([...CLAIMS, '--format', 'json', le, be])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files.map((file) => file.findings.map(place))).toEqual([
      ['2:1-2:65 harbor-bridge-longest-in-world'],
      ['2:1-2:65 harbor-bridge-longest-in-world'],
    ])
    expect(run.code).toBe(1)
  })

  it('CRLF, lone CR and mixed line endings give the same line numbers as LF', () => {
    const lines = ['Bridges and Ferries', '', 'Nothing here.', LONGEST, 'More text follows.', `Then: ${LONGEST}`]
    const expected = ['4:1-4:65 harbor-bridge-longest-in-world', '6:1-6:71 harbor-bridge-longest-in-world']
    const endings = {lf: ['\n'], crlf: ['\r\n'], cr: ['\r'], mixed: ['\r\n', '\r', '\n', '\r\n', '\r']}
    const files: string[] = []
    for (const [name, breaks] of Object.entries(endings)) {
      const text = lines.map((line, index) => `${line}${breaks[index % breaks.length]}`).join('')
      for (const extension of ['txt', 'md']) files.push(write(`endings-${name}.${extension}`, text))
    }
    const run = cli([...CLAIMS, '--format', 'json', ...files])
    expect(run.stderr).toBe('')
    const report = parseJson(run)
    expect(report.files.map((file) => file.path)).toEqual(files)
    for (const file of report.files) expect(file.findings.map(place), file.path).toEqual(expected)
  })

  it('[needs patch P9] CRLF inside an HTML paragraph does not shift the columns after it', () => {
    const files = (
      [
        ['lf', '\n', '\n'],
        ['crlf', '\r\n', '\r\n'],
        ['cr', '\r', '\r'],
        ['mixed', '\r\n', '\r'],
      ] as const
    ).map(([name, br, other]) => write(`endings-${name}.html`, `<p>Intro one.${br}Intro two.${other}Intro three.${br}${LONGEST}</p>\n`))
    const run = cli([...CLAIMS, '--format', 'json', ...files])
    expect(run.stderr).toBe('')
    for (const file of parseJson(run).files) expect(file.findings.map(place), file.path).toEqual(['4:1-4:65 harbor-bridge-longest-in-world'])
  })

  it('[needs patch P9] character references, escapes and line prefixes do not shift the columns after them', () => {
    const cases: Array<[string, string, string]> = [
      ['refs.html', `<p>Tom &amp; Jerry &#x1F309; agree. ${LONGEST}</p>\n`, '1:37-1:101'],
      ['refs.md', `Tom &amp; Jerry &#x1F309; agree. ${LONGEST}\n`, '1:34-1:98'],
      ['escape.md', `Tom \\* Jerry agree here. ${LONGEST}\n`, '1:26-1:90'],
      ['indent.md', `Intro one here.\n   ${LONGEST}\n`, '2:4-2:68'],
      ['quote.md', `> Intro one here.\n> ${LONGEST}\n`, '2:3-2:67'],
      ['item.md', `- Intro item here.\n  ${LONGEST}\n`, '2:3-2:67'],
    ]
    const run = cli([...CLAIMS, '--format', 'json', ...cases.map(([name, text]) => write(`shift/${name}`, text))])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files.map((file) => `${file.path.slice(temp('shift/').length)} ${file.findings.map(place).join(' ')}`)).toEqual(
      cases.map(([name, , expected]) => `${name} ${expected} harbor-bridge-longest-in-world`),
    )
  })

  it('places a sentence after a line break, a character reference and CR CRLF exactly (HTML)', () => {
    // parse5 starts the text node inside "&#x1b;" when a line break comes before it; found by the
    // property test with one random seed.
    const file = write('ref-after-break.html', `\n&#x1b;[31m\r\r\n${LONGEST}`)
    const run = cli([...CLAIMS, '--format', 'json', file])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files[0]!.findings.map(place)).toEqual(['2:1-4:65 harbor-bridge-longest-in-world'])
  })

  it('[needs patch P6] an empty or blank .html file: no findings, and the other files are still checked', () => {
    const blank = write('blank.html', ' \r\n')
    const empty = write('empty.html', '')
    const good = write('after-blank.txt', `${LONGEST}\n`)
    const run = cli([...CLAIMS, '--format', 'json', empty, blank, good])
    expect(run.stderr).toBe('')
    expect(parseJson(run).files.map((file) => [file.path, file.findings.map(place)])).toEqual([
      [empty, []],
      [blank, []],
      [good, ['1:1-1:65 harbor-bridge-longest-in-world']],
    ])
    expect(run.code).toBe(1)
  })

  it('an empty file: no findings, exit 0', () => {
    const file = write('empty.txt', '')
    const run = cli([...CLAIMS, file])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(EMPTY_SUMMARY)
    expect(run.code).toBe(0)
    const json = cli([...CLAIMS, '--format', 'json', file])
    expect(parseJson(json).files).toEqual([{path: file, findings: []}])
    expect(cli([...CLAIMS, '--format', 'jsonl', file]).stdout).toBe('')
  })

  it('a 2 MB line without punctuation completes without a crash', () => {
    const file = write('long-line.txt', 'word '.repeat(400_000))
    const run = cli([...CLAIMS, '--format', 'json', file], {timeout: 120_000})
    expect(run.signal).toBe(null)
    expect(run.stderr).toBe('')
    expect(parseJson(run).summary).toMatchObject({files: 1, findings: 0})
    expect(run.code).toBe(0)
    expect(run.ms).toBeLessThan(60_000)
  }, 150_000)

  const hugeMb = Number(process.env.FACTCHECK_HUGE_MB ?? '5')
  it(`a very large file (${hugeMb} MB): completes, and no finding is lost`, () => {
    // The core article repeated: every copy gives what one copy gives, so the totals are exact.
    const copies = Math.ceil((hugeMb * 1024 * 1024) / (ARTICLE.length + 1))
    const one = parseJson(cli([...CLAIMS, '--format', 'json', write('huge-one.txt', ARTICLE)])).summary as unknown as Record<string, unknown>
    const file = write('huge.txt', Array.from({length: copies}, () => ARTICLE).join('\n'))
    const out = temp('huge.out')
    const run = cli([...CLAIMS, '--format', 'json', file], {stdoutFile: out, timeout: Math.max(300_000, hugeMb * 30_000)})
    expect(run.signal).toBe(null)
    expect(run.stderr).toBe('')
    const text = readFileSync(out, 'utf8')
    const summary = JSON.parse(text.slice(text.lastIndexOf('"summary": {') + '"summary": '.length, text.lastIndexOf('}'))) as Record<string, unknown>
    const times = (value: unknown): unknown =>
      typeof value === 'number' ? value * copies : Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, count]) => [key, times(count)]))
    expect(summary).toEqual({...(times(one) as Record<string, unknown>), files: 1})
    expect(summary.findings).toBeGreaterThan(0)
    expect(run.code).toBe(1)
  }, Math.max(330_000, hugeMb * 35_000))
})

describe('stdin', () => {
  it('empty stdin: one empty input, no findings, exit 0', () => {
    const run = cli([...CLAIMS, '-'], {input: ''})
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(EMPTY_SUMMARY)
    expect(run.code).toBe(0)
  })

  it('closed stdin (no descriptor 0) is read as empty', () => {
    const run = sh(`node bin/factcheck.js ${CLAIMS.join(' ')} - <&-`)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(EMPTY_SUMMARY)
    expect(run.code).toBe(0)
  })

  it('stdin closed early, mid-sentence: what arrived is checked', () => {
    const run = cli([...CLAIMS, '--format', 'json'], {input: `${LONGEST}\nThe Harbor Bridge opened in May 20`})
    expect(run.stderr).toBe('')
    const report = parseJson(run)
    expect(report.files[0]!.findings.map(place)[0]).toBe('1:1-1:65 harbor-bridge-longest-in-world')
    // The cut-off second sentence is checked too.
    expect(report.summary.sentences).toBe(2)
    expect(run.code).toBe(1)
  })

  it('binary stdin: exit 2, one line naming <stdin> (or --stdin-name)', () => {
    const input = Buffer.from([0x41, 0x00, 0x42])
    expect(cli([...CLAIMS, '-'], {input}).stderr).toBe('factcheck: <stdin>: binary file (contains NUL bytes), not checked\n')
    const named = cli([...CLAIMS, '--stdin-name', 'draft.md', '-'], {input})
    expect(named.stderr).toBe('factcheck: draft.md: binary file (contains NUL bytes), not checked\n')
    expect(named.code).toBe(2)
  })

  it('an empty --stdin-name is stdin as usual, not a vfile error', () => {
    const run = cli([...CLAIMS, '--format', 'jsonl', '--stdin-name', '', '-'], {input: `${LONGEST}\n`})
    expect(run.stderr).toBe('')
    expect((JSON.parse(run.stdout) as {path: string}).path).toBe('<stdin>')
    expect(run.code).toBe(1)
  })
})

describe('one bad input among several', () => {
  it('the other files are still checked and printed, each problem is one line, exit 2', () => {
    const good1 = write('mix/1-good.txt', `${LONGEST}\n`)
    const missing = temp('mix/2-missing.txt')
    const binary = write('mix/3-binary.txt', Buffer.from([0x00]))
    const latin1 = write('mix/4-latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(`.\n${LONGEST}\n`)]))
    const good2 = write('mix/5-good.md', `# T\n\n${LONGEST}\n`)
    const args = [good1, missing, binary, latin1, good2]
    const lines = [
      `factcheck: ${missing}: no such file or directory`,
      `factcheck: ${binary}: binary file (contains NUL bytes), not checked`,
      `factcheck: warning: ${latin1}:1:4: invalid UTF-8 replaced with U+FFFD`,
      '',
    ].join('\n')

    const json = cli([...CLAIMS, '--format', 'json', ...args])
    expect(json.stderr).toBe(lines)
    expect(parseJson(json).files.map((file) => [file.path, file.findings.map(place)])).toEqual([
      [good1, ['1:1-1:65 harbor-bridge-longest-in-world']],
      [latin1, ['2:1-2:65 harbor-bridge-longest-in-world']],
      [good2, ['3:1-3:65 harbor-bridge-longest-in-world']],
    ])
    expect(json.code).toBe(2)

    const jsonl = cli([...CLAIMS, '--format', 'jsonl', ...args])
    expect(jsonl.stderr).toBe(lines)
    expect(jsonl.stdout.trim().split('\n').map((line) => (JSON.parse(line) as {path: string}).path)).toEqual([good1, latin1, good2])
    expect(jsonl.code).toBe(2)

    const pretty = cli([...CLAIMS, '--no-color', ...args])
    expect(pretty.stderr).toBe(lines)
    expect(pretty.stdout.split('\n').filter((line) => line.startsWith(TMP))).toEqual([good1, latin1, good2])
    expect(pretty.stdout.split('\n').at(-2)).toBe('✖ 5 sentences in 3 files: 3 false; 0 check-worthy sentences not in the database')
    expect(pretty.code).toBe(2)
  })
})

describe('broken pipes', () => {
  let big = ''
  let many: string[] = []
  beforeAll(() => {
    big = write('pipe/big.txt', Array.from({length: 400}, () => ARTICLE).join('\n'))
    many = Array.from({length: 40}, (_, index) => write(`pipe/many-${String(index).padStart(2, '0')}.txt`, Array.from({length: 20}, () => ARTICLE).join('\n')))
  })

  for (const format of ['pretty', 'json', 'jsonl']) {
    it(`factcheck big.txt --format ${format} | head -1 ends quietly (no EPIPE trace)`, () => {
      const err = temp(`pipe/stderr-${format}`)
      const run = sh(`node bin/factcheck.js ${CLAIMS.join(' ')} --fail-on never --no-color --format ${format} '${big}' 2>'${err}' | head -1; echo "status=\${PIPESTATUS[0]}" >&2`)
      expect(readFileSync(err, 'utf8')).toBe('')
      expect(run.stderr).toBe('status=0\n')
      expect(run.stdout.split('\n')).toHaveLength(2)
      if (format === 'pretty') expect(run.stdout).toBe(`${big}\n`)
      if (format === 'json') expect(run.stdout).toBe('{\n')
      if (format === 'jsonl') expect((JSON.parse(run.stdout) as {path: string}).path).toBe(big)
    })
  }

  it('a pipe closed while many files are still being checked ends quietly too', () => {
    const err = temp('pipe/stderr-many')
    const run = sh(`node bin/factcheck.js ${CLAIMS.join(' ')} --fail-on never --format jsonl ${many.map((file) => `'${file}'`).join(' ')} 2>'${err}' | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`)
    expect(readFileSync(err, 'utf8')).toBe('')
    expect(run.stderr).toBe('status=0\n')
  })

  it('[needs patch P4] a closed stderr does not turn exit 2 into an uncaught-exception exit 1', () => {
    const missing = Array.from({length: 3000}, (_, index) => temp(`pipe/none-${index}.txt`))
    const list = temp('pipe/none.list')
    writeFileSync(list, missing.join('\n'))
    // stderr into a pipe that closes after one line; stdout discarded.
    const run = sh(`node bin/factcheck.js ${CLAIMS.join(' ')} $(cat '${list}') 2>&1 >/dev/null | head -1; echo "status=\${PIPESTATUS[0]}"`)
    expect(run.stdout).toBe(`factcheck: ${missing[0]}: no such file or directory\nstatus=2\n`)
  })
})

describe('invalid claims: exit 2, one line with file:line:column and the field, no stack trace', () => {
  const claimsRun = (file: string): Run => cli(['--no-default-claims', '--claims', file, join(CORE, 'article.txt')])
  const expectOneLine = (run: Run, line: string): void => {
    expect(run.stderr).toBe(`${line}\n`)
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  }
  const core = (): string => readFileSync(CORE_CLAIMS_FILE, 'utf8')

  it('YAML syntax error', () => {
    const file = write('claims/syntax.yaml', '- id: broken-claim\n  claim: [unclosed\n  status: "false"\n')
    expectOneLine(claimsRun(file), `factcheck: ${shownFrom(ROOT, file)}:3:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`)
  })

  it('a duplicate key in one claim', () => {
    const file = write('claims/dupkey.yaml', '- id: one-claim\n  id: two-claim\n')
    expectOneLine(claimsRun(file), `factcheck: ${shownFrom(ROOT, file)}:2:3: YAML syntax error: Map keys must be unique`)
  })

  it('schema violation (a status that does not exist)', () => {
    const file = write('claims/schema.yaml', core().replace('status: mostly-true', 'status: maybe'))
    expectOneLine(
      claimsRun(file),
      `factcheck: ${shownFrom(ROOT, file)}:31:11: status: must be one of true, mostly-true, misleading, false, unsupported, disputed, outdated (got "maybe")`,
    )
  })

  it('schema violation (a source URL that is not http(s))', () => {
    const file = write('claims/url.yaml', core().replace('url: https://example.org/bridge/history', 'url: javascript:alert(1)'))
    expectOneLine(claimsRun(file), `factcheck: ${shownFrom(ROOT, file)}:13:12: sources[0].url: not a valid http(s) URL (got "javascript:alert(1)")`)
  })

  it('a duplicate id across two files names both places', () => {
    const first = write('claims/dup/a.yaml', core())
    const second = write('claims/dup/b.yaml', core().split('\n- id: harbor-bridge-longest-in-world')[0]!)
    void first
    expectOneLine(
      claimsRun(temp('claims/dup')),
      `factcheck: ${shownFrom(ROOT, second)}:3:3: id: duplicate id "harbor-bridge-opened-1998" (first defined at ${shownFrom(ROOT, first)}:3:3)`,
    )
  })

  it('a claims path that does not exist', () => {
    const missing = temp('claims/none.yaml')
    expectOneLine(claimsRun(missing), `factcheck: ${missing}: no such claims file or folder`)
  })

  it('[needs patch P1] control characters quoted from a claims file are escaped in the error line', () => {
    // JSON.stringify escapes C0 but leaves C1 (U+009B is an 8-bit CSI) and bidi overrides raw.
    const file = write('claims/hostile-status.yaml', core().replace('status: mostly-true', 'status: "mostly\\x9b2J\\u202eeurt"'))
    const run = claimsRun(file)
    expect(run.code).toBe(2)
    expect(run.stderr).not.toMatch(RAW_CONTROL)
    expect(run.stderr).toBe(
      `factcheck: ${shownFrom(ROOT, file)}:31:11: status: must be one of true, mostly-true, misleading, false, unsupported, disputed, outdated (got "mostly\\u009b2J\\u202eeurt")\n`,
    )
  })
})

describe('invalid config: exit 2, one line with file:line:column and the key, no stack trace', () => {
  const configRun = (name: string, config: string): {run: Run; dir: string} => {
    const dir = temp(`config-${name}`)
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, '.factcheckrc'), config)
    writeFileSync(join(dir, 'a.txt'), `${LONGEST}\n`)
    return {run: cli(['--no-default-claims', '--claims', CORE_CLAIMS_FILE, 'a.txt'], {cwd: dir}), dir}
  }
  const expectOneLine = (run: Run, line: string): void => {
    expect(run.stderr).toBe(`${line}\n`)
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  }

  it('a bad value names the key and its place', () => {
    expectOneLine(configRun('value', 'format: json\nminScore: 2\n').run, 'factcheck: .factcheckrc:2:1: minScore: must be a number from 0 to 1')
    expectOneLine(configRun('choice', 'format: yaml\n').run, 'factcheck: .factcheckrc:1:1: format: must be one of pretty, json, jsonl, sarif, github, html')
  })

  it('an unknown key points at the key, not at its value', () => {
    expectOneLine(
      configRun('unknown', 'format: json\ncolour: true\n').run,
      'factcheck: .factcheckrc:2:1: unknown config key "colour" (known: claims, defaultClaims, minScore, top, format, failOn, unreviewed, explain, asOf, inputFormat)',
    )
  })

  it('a YAML syntax error: the place once, no "at line …, column …:" tail', () => {
    expectOneLine(
      configRun('syntax', 'format: json\nminScore: [2\n').run,
      'factcheck: .factcheckrc:3:1: config syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    )
  })

  it('a duplicate key', () => {
    const {run} = configRun('dup', 'format: json\nformat: jsonl\n')
    expect(run.stderr).toMatch(/^factcheck: \.factcheckrc:2:1: config syntax error: Map keys must be unique/)
    expect(run.stderr.split('\n')).toHaveLength(2)
    expect(run.code).toBe(2)
  })

  it('--config naming a directory', () => {
    const dir = temp('config-dir')
    mkdirSync(dir, {recursive: true})
    const run = cli([...CLAIMS, '--config', dir, join(CORE, 'article.txt')])
    expectOneLine(run, `factcheck: ${shownFrom(ROOT, dir)}: cannot read config (EISDIR)`)
  })

  it('[needs patch P3] -o naming a directory: one line, not an "internal error"', () => {
    const dir = temp('out-dir')
    mkdirSync(dir, {recursive: true})
    const run = cli([...CLAIMS, '-o', dir, join(CORE, 'article.txt')])
    expectOneLine(run, `factcheck: ${dir}: cannot write the report (is a directory)`)
  })

  it.skipIf(!existsSync('/dev/full'))('-o on a full device: one line, not an "internal error", for a streaming format too', () => {
    for (const format of ['pretty', 'json']) {
      const run = cli([...CLAIMS, '--format', format, '-o', '/dev/full', join(CORE, 'article.txt')])
      expectOneLine(run, 'factcheck: /dev/full: cannot write the report (no space left on the device)')
    }
  })

  it.skipIf(!existsSync('/dev/full'))('stdout on a full device: one line, exit 2, no stack trace', () => {
    for (const format of ['pretty', 'json']) {
      const run = cli([...CLAIMS, '--format', format, join(CORE, 'article.txt')], {stdoutFile: '/dev/full'})
      expectOneLine(run, 'factcheck: <stdout>: cannot write the report (no space left on the device)')
    }
  })
})

describe('injection: untrusted text never reaches the terminal raw', () => {
  const E = '\u001b'
  // Hand-written YAML with double-quoted escapes: \e ESC, \a BEL, \x9b 8-bit CSI, \x9d 8-bit OSC,
  // \x9c ST, \N NEL, \L LS, \u202e RLO, \0 NUL, \t, \v.
  const hostileClaims = (): string =>
    readFileSync(CORE_CLAIMS_FILE, 'utf8')
      .replace(
        '  claim: The Harbor Bridge is the longest suspension bridge in the world.\n',
        [
          '  claim: "The Harbor Bridge is the longest suspension bridge in the world.\\e]8;;https://evil.example/\\e\\\\"',
          '  variants:',
          '    - "The Harbor Bridge is the longest \\e[5msuspension\\e[0m bridge in the world."',
          '',
        ].join('\n'),
      )
      .replace('publisher: Example Engineering Review', 'publisher: "Evil \\e]0;pwned\\a Press \\x9b2J \\u202egnp.exe\\u202c \\0\\t\\v\\N\\L \\x9d0;t\\x9c"')
      .replace('url: https://example.org/engineering/longest-bridges', 'url: "https://example.org/\\e[2J\\e[38;5;196m"')
  const article = [
    `Intro ${E}]0;pwned\u0007 with \u009b2J C1, \u0085 NEL and \u202e bidi.`,
    `The Harbor Bridge is the longest ${E}[5msuspension${E}[0m bridge in the world.`,
    `The Harbor Bridge opened in May 2001${E}P1;2|secret${E}\\ says ${E}[38;5;196mthe\u0007 brochure.`,
    `In 2023 the ferry service carried 40,000 passengers.\u0008\u007f${E}c`,
    '',
  ].join('\r\n')
  let claims = ''
  let files: string[] = []
  beforeAll(() => {
    claims = write('inject/claims.yaml', hostileClaims())
    files = [
      write('inject/article.txt', article),
      write('inject/article.md', `# Title ${E}[2J\n\n${article}`),
      write('inject/article.html', `<p>${article}</p><p>Entities: &#x1b;]0;pwned&#7; &#x9b;2J &#x202e; done.</p>`),
      // A file name with an escape sequence in it.
      write(`inject/name-${E}]0;pwned\u0007.txt`, `${LONGEST}\n`),
    ]
  })
  const args = (): string[] => ['--no-default-claims', '--claims', claims, '--as-of', '2026-11-29', '--explain', '--top', '3', '--unreviewed', '--min-score', '0.3', ...files]

  it('pretty --no-color: no ESC, no C0 (but LF), no DEL, no C1, no bidi control at all', () => {
    const run = cli([...args(), '--no-color'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('harbor-bridge-longest-in-world')
    expect(run.stdout).toContain('ferry-service-carried-40000-passengers')
    expect(run.stdout).not.toContain(E)
    expect(run.stdout).not.toMatch(RAW_CONTROL)
    // Shown, not hidden: bidi and lone controls as visible escapes; sequences removed whole.
    expect(run.stdout).toContain('\\u202e')
    expect(run.stdout).not.toContain('pwned')
    expect(run.stdout).not.toContain('secret')
    expect(run.stdout).toContain('Evil  Press ')
  })

  it('pretty with FORCE_COLOR=1 and with --color: only the tool’s own SGR colours', () => {
    const plain = cli([...args(), '--no-color']).stdout
    for (const env of [{FORCE_COLOR: '1'}, {FORCE_COLOR: '3'}]) {
      for (const flag of [[], ['--color']]) {
        const run = cli([...args(), ...flag], {env})
        expect(run.stderr).toBe('')
        expect(run.stdout).toContain(`${E}[`)
        // Removing the tool's SGR codes gives exactly the colourless output: nothing else is there.
        expect(run.stdout.replace(OWN_SGR, '')).toBe(plain)
        expect(run.stdout).not.toContain(`${E}]`)
        expect(run.stdout).not.toContain('38;5;196')
        expect(run.stdout).not.toContain(`${E}[5m`)
        expect(run.stdout).not.toContain(`${E}[2J`)
      }
    }
  })

  it('NO_COLOR and a non-terminal stdout give no ESC either', () => {
    const run = cli(args(), {env: {NO_COLOR: '1'}})
    expect(run.stdout).not.toContain(E)
    expect(cli(args()).stdout).not.toContain(E)
  })

  it('json and jsonl are always valid JSON and keep the text exactly (escaped by JSON)', () => {
    const json = cli([...args(), '--format', 'json'])
    expect(json.stderr).toBe('')
    const report = parseJson(json)
    expect(report.files.map((file) => file.path)).toEqual(files)
    const longest = report.files[0]!.findings.find((finding) => finding.claim?.id === 'harbor-bridge-longest-in-world')!
    expect(longest.sentence).toBe(`The Harbor Bridge is the longest ${E}[5msuspension${E}[0m bridge in the world.`)
    expect(longest.claim!.sources[0]!.publisher).toBe(`Evil ${E}]0;pwned\u0007 Press \u009b2J \u202egnp.exe\u202c \u0000\t\u000b\u0085\u2028 \u009d0;t\u009c`)
    // JSON escapes every C0 control: no raw ESC, BEL, NUL on the wire.
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)

    const jsonl = cli([...args(), '--format', 'jsonl'])
    expect(jsonl.stderr).toBe('')
    const lines = jsonl.stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.length).toBe(report.summary.findings)
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow()
  })

  it('sarif is valid JSON; github annotations cannot start a command of their own', () => {
    const sarif = cli([...args(), '--format', 'sarif'])
    expect(sarif.stderr).toBe('')
    expect(() => JSON.parse(sarif.stdout) as unknown).not.toThrow()
    const github = cli([...args(), '--format', 'github'])
    expect(github.stderr).toBe('')
    for (const line of github.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice)( |::)/)
  })

  it('a file name with an escape sequence is escaped in the error lines', () => {
    const name = write(`inject/bin-${E}]0;pwned\u0007.txt`, Buffer.from([0]))
    const missing = temp(`inject/gone-${E}c\u009b\u202e.txt`)
    const run = cli([...CLAIMS, name, missing])
    expect(run.stderr).toBe(
      [
        `factcheck: ${temp('inject/bin-\\u001b]0;pwned\\u0007.txt')}: binary file (contains NUL bytes), not checked`,
        `factcheck: ${temp('inject/gone-\\u001bc\\u009b\\u202e.txt')}: no such file or directory`,
        '',
      ].join('\n'),
    )
    expect(run.code).toBe(2)
  })

  it('[needs patch P5] an option value with an escape sequence is escaped in the usage error', () => {
    const run = cli([...CLAIMS, `--format=${E}]0;pwned\u0007`, join(CORE, 'article.txt')])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      "factcheck: option '--format <name>' argument '\\u001b]0;pwned\\u0007' is invalid. Allowed choices are pretty, json, jsonl, sarif, github, html.\n(run factcheck --help for usage)\n",
    )
  })
})

describe('deterministic output', () => {
  it('the same input and database give byte-identical output (json, jsonl, pretty, sarif, github, html)', () => {
    const dir = temp('det')
    write('det/a.txt', ARTICLE)
    write('det/b.md', `# Notes\n\n${ARTICLE}`)
    write('det/c.html', `<article><p>${ARTICLE.replace(/\n/g, '</p><p>')}</p></article>`)
    write('det/d.txt', `${LONGEST}\r\n\u001b[31m${LONGEST}\r`)
    for (const format of ['json', 'jsonl', 'pretty', 'sarif', 'github', 'html']) {
      const args = [...CLAIMS, '--top', '3', '--explain', '--unreviewed', '--no-color', '--format', format, dir]
      const first = cli(args)
      const second = cli(args)
      expect(first.stderr, format).toBe('')
      expect(first.stdout.length, format).toBeGreaterThan(0)
      expect(second.stdout, format).toBe(first.stdout)
      expect(second.code, format).toBe(first.code)
    }
  })
})
