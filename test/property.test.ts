// Issue 7 — property-based tests (fast-check) on the built library and reporters (run
// `npx tsc -p .` first): any text, however hostile, is checked without a throw; every finding's
// place lies inside the input; every machine format parses; pretty output with colour level 0
// holds no raw control character. Runs are bounded (short strings, 100–200 runs) to stay fast.
import {join} from 'node:path'
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from './helpers.js'

// The built package, as users get it; its types are the source's own.
import type {InputFormat} from '../src/parse/segment.js'
import type {Reporter, ReportOptions} from '../src/report/reporter.js'
import type {Claim, FileReport, Finding, Status, Summary} from '../src/types.js'

type Library = Pick<typeof import('../src/index.js'), 'check' | 'loadClaims' | 'summarize' | 'STATUSES'>

const dist = (path: string): string => join(ROOT, 'dist', path)
let lib: Library
let reporters: Array<{name: string; create: (options: ReportOptions) => Reporter}> = []
let sanitize: {sanitizeForTerminal(text: string): string; escapeControls(text: string): string; shorten(text: string, max: number): string}
let read: {
  decode(path: string, bytes: Uint8Array): {text: string; warnings: string[]}
  findInvalidUtf8(bytes: Uint8Array): {offset: number; count: number} | undefined
  InputError: new (...args: never[]) => Error
}
let CLAIMS: Claim[] = []

const E = '\u001b'
/** C0 (but LF), DEL, C1, line/paragraph separators, bidi embedding/override/isolate. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
// eslint-disable-next-line no-control-regex
const OWN_SGR = /\u001b\[\d+m/g

beforeAll(async () => {
  lib = (await import(dist('index.js'))) as Library
  sanitize = (await import(dist('report/sanitize.js'))) as typeof sanitize
  read = (await import(dist('input/read.js'))) as typeof read
  const load = async (file: string, name: string): Promise<((options: ReportOptions) => Reporter) | undefined> => {
    try {
      const module = (await import(dist(`report/${file}`))) as Record<string, unknown>
      return typeof module[name] === 'function' ? (module[name] as (options: ReportOptions) => Reporter) : undefined
    } catch {
      return undefined
    }
  }
  const wanted: Array<[string, string, string]> = [
    ['pretty', 'pretty.js', 'createPrettyReporter'],
    ['json', 'json.js', 'createJsonReporter'],
    ['jsonl', 'jsonl.js', 'createJsonlReporter'],
    ['sarif', 'sarif.js', 'createSarifReporter'],
    ['github', 'github.js', 'createGithubReporter'],
    ['html', 'html.js', 'createHtmlReporter'],
  ]
  reporters = []
  for (const [name, file, factory] of wanted) {
    const create = await load(file, factory)
    if (create) reporters.push({name, create})
  }
  const core = await lib.loadClaims([join(ROOT, 'test/fixtures/core/claims.yaml')])
  // One claim built in memory (not validated by the schema), with hostile text in every field.
  const hostile: Claim = {
    id: `hostile-${E}[31m-claim\u202e`,
    claim: `The Harbor Bridge toll ${E}]0;pwned\u0007 was raised to 9 dollars in 2020.`,
    variants: [`The bridge toll rose ${E}[2J to 9 dollars\u009b in 2020.`],
    status: 'false',
    verdict: `Nothing of the sort ${E}]8;;http://evil.example/${E}\\ happened\u0085.`,
    sources: [{publisher: `Evil ${E}P1|x${E}\\ Press\u0000`, title: 'T\u2028itle', date: '2020-01-01', url: `https://example.org/${E}[5m`}],
    topics: ['transport'],
    countries: ['US'],
    reviewed: '2026-11-01',
    facts: {numbers: [{value: 9, unit: 'dollars'}], dates: ['2020']},
  }
  CLAIMS = [...core.claims, hostile]
})

const reporter = (name: string, options: Partial<ReportOptions> = {}): Reporter | undefined =>
  reporters.find((entry) => entry.name === name)?.create({colorLevel: 0, explain: true, version: '0.0.0-test', ...options})

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const CLAIM_SENTENCES = [
  'The Harbor Bridge opened in March 1998 and linked Northport with Southport.',
  'The Harbor Bridge is the longest suspension bridge in the world.',
  'In 2023 the ferry service carried 40,000 passengers.',
  'The tunnel plan has been approved and fully funded, the mayor said.',
  'The Harbor Bridge opened in May 2001, according to one brochure.',
  'The Harbor Bridge toll was raised to 12 dollars in 2020.',
]
const ESCAPES = [
  `${E}[31m`,
  `${E}[0m`,
  `${E}[38;5;196m`,
  `${E}[2J`,
  `${E}[?1049h`,
  `${E}]0;title\u0007`,
  `${E}]8;;https://evil.example/${E}\\`,
  `${E}]52;c;cHduZWQ=\u0007`,
  `${E}]0;unterminated`,
  `${E}P1;2|payload${E}\\`,
  `${E}_apc${E}\\`,
  `${E}c`,
  `${E}(0`,
  `${E}`,
  '\u009b2J',
  '\u009b31m',
  '\u009d0;x\u009c',
  '\u0090dcs\u009c',
  '\u0085',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u007f',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\ufeff',
  '\u2028',
  '\u2029',
]
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n', '\n\r', '\t', '\f', '\v', ' ', '  ']
const PIECES = [
  'May 2001',
  'March 1998',
  '40,000',
  '1998',
  'not',
  'never',
  '. ',
  '? ',
  '! ',
  '...',
  'U.S. ',
  'Dr. ',
  '"',
  '“',
  '(',
  ')',
  '<p>',
  '</p>',
  '<br>',
  '&#x1b;[31m',
  '&#x9b;',
  '&amp;',
  '&#0;',
  '# ',
  '* ',
  '> ',
  '```\n',
  '|a|b|\n|-|-|\n',
  '<!-- factcheck ignore -->',
  '<!-- factcheck off -->',
  '<!-- factcheck on -->',
  '---\ndate: 2001-01-01\n---\n',
  '[link](http://x.example)',
  '\ud83c\udf09',
  '\u0301',
  '\ud800',
  '\udfff',
]

/** Code units 0–0xFFFF, so lone surrogates too. */
const anyUnits = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 12})
/** Any code points (astral planes included). */
const anyCodePoints = fc.string({unit: 'binary', maxLength: 24})

const fragment = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...CLAIM_SENTENCES)},
  {weight: 3, arbitrary: anyCodePoints},
  {weight: 1, arbitrary: anyUnits},
  {weight: 3, arbitrary: fc.constantFrom(...BREAKS)},
  {weight: 3, arbitrary: fc.constantFrom(...ESCAPES)},
  {weight: 3, arbitrary: fc.constantFrom(...PIECES)},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 30})},
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('a', 'word ', 'Harbor Bridge ', '\n', '.', `${E}[0m`, '\r'), fc.integer({min: 1, max: 400})).map(([piece, count]) => piece.repeat(count)),
  },
)
/** Text an article could hold, and a lot it should not. */
const hostileText = fc.array(fragment, {maxLength: 24}).map((parts) => parts.join(''))
/** Any string for a field of a finding. */
const anyText = fc.oneof(anyCodePoints, anyUnits, hostileText, fc.constantFrom(...ESCAPES), fc.constant('<x-inject onclick="alert(1)">&</x-inject>'))

const STATUSES: Status[] = ['true', 'mostly-true', 'misleading', 'false', 'unsupported', 'disputed', 'outdated']
const score = fc.double({min: 0, max: 1, noNaN: true})
const position = fc.integer({min: 1, max: 100_000})
const source = fc.record({publisher: anyText, title: anyText, date: anyText, url: fc.oneof(anyText, fc.webUrl())})
const anyFinding: fc.Arbitrary<Finding> = fc.record({
  kind: fc.constantFrom('match', 'conflict', 'unreviewed'),
  severity: fc.constantFrom('error', 'warning', 'info'),
  line: position,
  column: position,
  endLine: position,
  endColumn: position,
  sentence: anyText,
  score: fc.option(score, {nil: undefined}),
  claim: fc.option(fc.record({id: anyText, text: anyText, status: fc.constantFrom(...STATUSES), verdict: anyText, sources: fc.array(source, {maxLength: 3})}), {nil: undefined}),
  conflict: fc.option(fc.record({type: fc.constantFrom('number', 'date', 'age-range', 'negation', 'direction', 'opposite', 'actor'), article: anyText, record: anyText}), {nil: undefined}),
  candidates: fc.option(fc.array(fc.record({id: anyText, score}), {maxLength: 3}), {nil: undefined}),
  explanation: fc.option(
    fc.record({shared: fc.array(anyText, {maxLength: 3}), fuzzy: fc.array(anyText, {maxLength: 3}), missing: fc.array(anyText, {maxLength: 3}), matchedText: anyText}),
    {nil: undefined},
  ),
}) as fc.Arbitrary<Finding>
const anyReport: fc.Arbitrary<FileReport> = fc.record({
  path: fc.oneof(anyText, fc.constantFrom('article.md', 'a b/c%20d.txt', 'C:\\x\\y.txt', '../up.txt', '/abs/x.html', '')),
  findings: fc.array(anyFinding, {maxLength: 4}),
  sentences: fc.nat({max: 1000}),
  unreviewed: fc.nat({max: 1000}),
})

// ---------------------------------------------------------------------------------------------
// Helpers.

/** Line starts as vfile counts lines: CRLF, CR and LF each end one. */
function lineStarts(text: string): number[] {
  const starts = [0]
  const breaks = /\r\n|\r|\n/g
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length)
  return starts
}

/** Every finding lies inside the text: lines exist, columns within their line, start ≤ end. */
function expectInside(text: string, findings: readonly Finding[]): void {
  const starts = lineStarts(text)
  const lineLength = (line: number): number => {
    const start = starts[line - 1]!
    const next = starts[line]
    const rest = text.slice(start, next ?? text.length)
    return rest.replace(/(\r\n|\r|\n)$/, '').length
  }
  for (const finding of findings) {
    const where = `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} in ${JSON.stringify(text)}`
    expect(Number.isInteger(finding.line) && Number.isInteger(finding.column), where).toBe(true)
    expect(finding.line, where).toBeGreaterThanOrEqual(1)
    expect(finding.endLine, where).toBeLessThanOrEqual(starts.length)
    expect(finding.line, where).toBeLessThanOrEqual(finding.endLine)
    expect(finding.column, where).toBeGreaterThanOrEqual(1)
    expect(finding.endColumn, where).toBeGreaterThanOrEqual(1)
    expect(finding.column, where).toBeLessThanOrEqual(lineLength(finding.line) + 1)
    expect(finding.endColumn, where).toBeLessThanOrEqual(lineLength(finding.endLine) + 1)
    const offset = starts[finding.line - 1]! + finding.column - 1
    const endOffset = starts[finding.endLine - 1]! + finding.endColumn - 1
    expect(offset, where).toBeLessThan(endOffset)
    expect(endOffset, where).toBeLessThanOrEqual(text.length)
  }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Blank HTML crashes the HTML front until patch P6 (hast tree without positions). */
const blankHtml = (text: string, format: InputFormat): boolean => format === 'html' && /^[\t\n\f\r ]*$/.test(text)
/** A report path: '' throws in check() until patch P7 (VFile refuses an empty path). */
const reportPath = anyText.filter((path) => path !== '')

/** Run every reporter that exists over `reports` and check what each must guarantee. */
function expectReportersHold(reports: FileReport[], summary: Summary): void {
  const pretty0 = reporter('pretty', {colorLevel: 0})
  if (pretty0) {
    const out = reports.map((report) => pretty0.file(report)).join('') + pretty0.end(reports, summary)
    expect(out).not.toContain(E)
    expect(out).not.toMatch(RAW_CONTROL)
    const pretty1 = reporter('pretty', {colorLevel: 1})!
    const colored = reports.map((report) => pretty1.file(report)).join('') + pretty1.end(reports, summary)
    // Colour adds the tool's SGR codes and nothing else.
    expect(colored.replace(OWN_SGR, '')).toBe(out)
  }
  const json = reporter('json')
  if (json) {
    const out = reports.map((report) => json.file(report)).join('') + json.end(reports, summary)
    const parsed = JSON.parse(out) as {files: Array<{path: string; findings: Array<Record<string, unknown>>}>}
    expect(parsed.files.map((file) => file.path)).toEqual(reports.map((report) => report.path))
    parsed.files.forEach((file, index) => {
      // Lossless: every text comes back exactly (JSON escapes what it must).
      expect(file.findings.map((finding) => finding.sentence)).toEqual(reports[index]!.findings.map((finding) => finding.sentence))
      expect(file.findings.map((finding) => (finding.claim as {text?: string} | undefined)?.text)).toEqual(
        reports[index]!.findings.map((finding) => finding.claim?.text),
      )
    })
  }
  const jsonl = reporter('jsonl')
  if (jsonl) {
    const out = reports.map((report) => jsonl.file(report)).join('') + jsonl.end(reports, summary)
    const lines = out.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(reports.reduce((sum, report) => sum + report.findings.length, 0))
    for (const line of lines) expect(typeof (JSON.parse(line) as {path: unknown}).path).toBe('string')
  }
  const sarif = reporter('sarif')
  if (sarif) {
    const out = reports.map((report) => sarif.file(report)).join('') + sarif.end(reports, summary)
    const parsed = JSON.parse(out) as {runs: Array<{results: unknown[]}>}
    expect(parsed.runs[0]!.results).toHaveLength(reports.reduce((sum, report) => sum + report.findings.length, 0))
  }
  const github = reporter('github')
  if (github) {
    const out = reports.map((report) => github.file(report)).join('') + github.end(reports, summary)
    const lines = out.split('\n')
    expect(lines.pop()).toBe('')
    // One command per finding plus the summary: no text can end a line and start a command.
    expect(lines).toHaveLength(reports.reduce((sum, report) => sum + report.findings.length, 0) + 1)
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice)[ :]/)
    for (const line of lines) expect(line).not.toMatch(/\r/)
  }
  const html = reporter('html')
  if (html) {
    const out = reports.map((report) => html.file(report)).join('') + html.end(reports, summary)
    expect(out).not.toContain('<x-inject')
    expect(out).not.toMatch(/<script/i)
  }
}

// ---------------------------------------------------------------------------------------------

describe('check(): any text, no throw, every finding inside the input', () => {
  for (const format of ['text', 'markdown', 'html'] as const) {
    const name = format === 'html' ? '[needs patch P6, P9] html' : format
    it(`${name}: positions within the input, start ≤ end`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (text) => {
          const report = await lib.check(text, {claims: CLAIMS, format, unreviewed: true, top: 2, explain: true, asOf: '2026-11-29'})
          expectInside(text, report.findings)
        }),
        {numRuns: 150},
      )
    })
  }

  it('text: a finding quotes exactly the text at its place (white space collapsed)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const report = await lib.check(text, {claims: CLAIMS, unreviewed: true, asOf: '2026-11-29'})
        const starts = lineStarts(text)
        for (const finding of report.findings) {
          const offset = starts[finding.line - 1]! + finding.column - 1
          const endOffset = starts[finding.endLine - 1]! + finding.endColumn - 1
          expect(finding.sentence).toBe(collapse(text.slice(offset, endOffset)))
        }
      }),
      {numRuns: 150},
    )
  })

  it('the same text gives the same findings (deterministic)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom<InputFormat>('text', 'markdown', 'html'), async (text, format) => {
        if (blankHtml(text, format)) return // [needs patch P6]: see the test below
        const options = {claims: CLAIMS, format, unreviewed: true, top: 3, explain: true, asOf: '2026-11-29'}
        expect(await lib.check(text, options)).toEqual(await lib.check(text, options))
      }),
      {numRuns: 60},
    )
  })

  it('[needs patch P6] blank HTML is checked (no sentences), not an internal error', async () => {
    for (const text of ['', ' ', '\n', '\r\n\t ']) {
      const report = await lib.check(text, {claims: CLAIMS, format: 'html'})
      expect(report.findings).toEqual([])
    }
  })

  it('[needs patch P7] an empty path names the report <text>, it does not throw', async () => {
    const report = await lib.check('The Harbor Bridge is the longest suspension bridge in the world.', {claims: CLAIMS, path: ''})
    expect(report.path).toBe('<text>')
    expect(report.findings).toHaveLength(1)
  })

  it('huge repeats stay bounded', async () => {
    const inputs = ['a'.repeat(200_000), 'word '.repeat(40_000), '.'.repeat(50_000), '\r\n'.repeat(50_000), `${E}[0m`.repeat(20_000), `${CLAIM_SENTENCES[1]} `.repeat(2_000)]
    for (const text of inputs) {
      const start = Date.now()
      const report = await lib.check(text, {claims: CLAIMS, asOf: '2026-11-29'})
      expectInside(text, report.findings)
      expect(Date.now() - start, JSON.stringify(text.slice(0, 20))).toBeLessThan(30_000)
    }
  }, 120_000)
})

describe('reporters on real findings of hostile text', () => {
  it('pretty (level 0: no control characters; level 1: only its own colours), json, jsonl, sarif, github, html', async () => {
    expect(reporters.map((entry) => entry.name)).toEqual(expect.arrayContaining(['pretty', 'json', 'jsonl']))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileText, fc.constantFrom<InputFormat>('text', 'markdown', 'html'), reportPath), {minLength: 1, maxLength: 3}), async (files) => {
        const reports: FileReport[] = []
        for (const [text, format, path] of files) {
          if (blankHtml(text, format)) continue // [needs patch P6]: see the test above
          reports.push(await lib.check(text, {claims: CLAIMS, format, path, unreviewed: true, top: 2, explain: true, asOf: '2026-11-29'}))
        }
        expectReportersHold(reports, lib.summarize(reports))
      }),
      {numRuns: 120},
    )
  })

  it('a known hostile article produces findings, so the properties above are not vacuous', async () => {
    const text = `${CLAIM_SENTENCES[1]}${E}]0;x\u0007\n${CLAIM_SENTENCES[4]}\u009b2J\r\nThe Harbor Bridge toll ${E}]0;pwned\u0007 was raised to 9 dollars in 2020.`
    const report = await lib.check(text, {claims: CLAIMS, unreviewed: true, explain: true, top: 2, asOf: '2026-11-29'})
    expect(report.findings.map((finding) => finding.claim?.id)).toEqual(
      expect.arrayContaining(['harbor-bridge-longest-in-world', `hostile-${E}[31m-claim\u202e`]),
    )
    expectReportersHold([report], lib.summarize([report]))
    const pretty = reporter('pretty')!.file(report)
    expect(pretty).toContain('hostile--claim\\u202e')
    expect(pretty).toContain('Evil  Press\\u0000')
  })
})

describe('reporters on arbitrary findings (every text field hostile)', () => {
  it('no throw; pretty clean; json lossless; jsonl, sarif parse; github one line per finding; html escaped', () => {
    fc.assert(
      fc.property(fc.array(anyReport, {maxLength: 3}), (reports) => {
        expectReportersHold(reports, lib.summarize(reports))
      }),
      {numRuns: 200},
    )
  })
})

describe('sanitizer', () => {
  it('removes terminal sequences whole and shows every other control as \\uXXXX', () => {
    const clean = sanitize.sanitizeForTerminal
    const cases: Array<[string, string]> = [
      ['plain text, “quotes”, émigré, 漢字, 🌉', 'plain text, “quotes”, émigré, 漢字, 🌉'],
      [`a${E}[31mred${E}[0m`, 'ared'],
      [`a${E}[1;38;5;196mb`, 'ab'],
      [`a${E}[?1049hb`, 'ab'],
      [`a${E}]0;title\u0007b`, 'ab'],
      [`a${E}]8;;https://evil.example/${E}\\link${E}]8;;${E}\\b`, 'alinkb'],
      [`a${E}]0;title\u009cb`, 'ab'],
      [`a${E}]0;never ends`, 'a'],
      [`a\u009b2Jb`, 'ab'],
      [`a\u009d0;t\u0007b`, 'ab'],
      [`a\u009d0;t\u009cb`, 'ab'],
      [`a${E}P1;2|data${E}\\b`, 'ab'],
      [`a\u0090dcs\u009cb`, 'ab'],
      [`a${E}_apc${E}\\b`, 'ab'],
      [`a${E}^pm${E}\\b`, 'ab'],
      [`a${E}X sos${E}\\b`, 'ab'],
      [`a${E}cb`, 'ab'],
      [`a${E}(0b`, 'ab'],
      [`a${E}`, 'a'],
      ['a\tb\r\nc\rd\ne', 'a b c d e'],
      ['a\u0000b\u0007c\u0008d\u000be\u000cf\u007fg', 'a\\u0000b\\u0007c\\u0008d\\u000be\\u000cf\\u007fg'],
      ['a\u0080b\u0085c\u0099d', 'a\\u0080b\\u0085c\\u0099d'],
      // U+009F is APC (8-bit): a string up to ST, removed whole like ESC _.
      ['a\u009fapc\u009cb\u009f', 'ab'],
      ['a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
      ['\u202egnp.exe\u202c \u202a\u202b\u202d \u2066\u2067\u2068\u2069', '\\u202egnp.exe\\u202c \\u202a\\u202b\\u202d \\u2066\\u2067\\u2068\\u2069'],
      [`${E}${E}[31mx`, 'x'],
    ]
    for (const [input, expected] of cases) expect(clean(input), JSON.stringify(input)).toBe(expected)
  })

  it('escapeControls keeps every character, controls as \\uXXXX', () => {
    expect(sanitize.escapeControls(`name-${E}]0;x\u0007\t\n\u009b\u202e.txt`)).toBe('name-\\u001b]0;x\\u0007\\u0009\\u000a\\u009b\\u202e.txt')
    expect(sanitize.escapeControls('émigré 漢字 🌉 \\u001b')).toBe('émigré 漢字 🌉 \\u001b')
  })

  it('property: no raw control or escape ever comes out; clean text passes unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hostileText), (text) => {
        const clean = sanitize.sanitizeForTerminal(text)
        expect(clean).not.toMatch(RAW_CONTROL)
        expect(clean).not.toContain('\n')
        // Sanitising twice changes nothing more.
        expect(sanitize.sanitizeForTerminal(clean)).toBe(clean)
        const escaped = sanitize.escapeControls(text)
        expect(escaped).not.toMatch(RAW_CONTROL)
        expect(escaped).not.toContain('\n')
        // Nothing dropped: each control becomes six characters, everything else stays.
        const controls = (text.match(new RegExp(RAW_CONTROL.source, 'g')) ?? []).length + (text.match(/\n/g) ?? []).length
        expect(escaped.length).toBe(text.length + 5 * controls)
        expect(escaped.replace(/\\u[0-9a-f]{4}/g, '')).toBe(text.replace(new RegExp(RAW_CONTROL.source, 'g'), '').replace(/\n/g, '').replace(/\\u[0-9a-f]{4}/g, ''))
      }),
      {numRuns: 300},
    )
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}).filter((text) => !RAW_CONTROL.test(text) && !/[\t\r\n]/.test(text)), (text) => {
        expect(sanitize.sanitizeForTerminal(text)).toBe(text)
        expect(sanitize.escapeControls(text)).toBe(text)
      }),
      {numRuns: 200},
    )
  })

  it('shorten keeps at most max code points and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(anyCodePoints, fc.integer({min: 1, max: 30}), (text, max) => {
        const short = sanitize.shorten(text, max)
        expect([...short].length).toBeLessThanOrEqual(Math.max(max, 1))
        expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
      }),
      {numRuns: 200},
    )
  })
})

describe('decoding bytes (read.ts)', () => {
  const utf8Bytes = fc.string({unit: 'binary', maxLength: 30}).map((text) => new Uint8Array(Buffer.from(text, 'utf8')))
  const rawBytes = fc.uint8Array({min: 1, max: 255, maxLength: 40})
  const anyBytes = fc.array(fc.oneof(utf8Bytes, rawBytes, fc.constantFrom(new Uint8Array([0xef, 0xbf, 0xbd]), new Uint8Array([0x0d, 0x0a]), new Uint8Array([0x0d]))), {maxLength: 6}).map(
    (parts) => new Uint8Array(Buffer.concat(parts.map((part) => Buffer.from(part)))),
  )
  const mixedBytes = anyBytes.filter((bytes) => !bytes.includes(0))
  const countReplacement = (text: string): number => text.split('\ufffd').length - 1
  const countLiteral = (bytes: Uint8Array): number => Buffer.from(bytes).toString('latin1').split('\u00ef\u00bf\u00bd').length - 1

  it('never throws on NUL-free bytes; U+FFFD per bad sequence; the warning names the first one', () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        if (bytes[0] === 0xff || bytes[0] === 0xfe) return // UTF-16 BOMs: separate case below
        const {text, warnings} = read.decode('x.txt', bytes)
        const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
        expect(text).toBe(new TextDecoder('utf-8', {ignoreBOM: true}).decode(withoutBom))
        const invalid = read.findInvalidUtf8(bytes)
        expect(warnings.length).toBe(invalid ? 1 : 0)
        if (!invalid) return
        expect(invalid.count).toBe(countReplacement(text) - countLiteral(bytes))
        // Everything before the first bad byte is valid.
        expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, invalid.offset))).not.toThrow()
        // The warning's line:column is a U+FFFD in the decoded text.
        const match = /^x\.txt:(\d+):(\d+): invalid UTF-8 replaced with U\+FFFD/.exec(warnings[0]!)
        expect(match, warnings[0]).not.toBeNull()
        const starts = lineStarts(text)
        expect(text[starts[Number(match![1]) - 1]! + Number(match![2]) - 1]).toBe('\ufffd')
      }),
      {numRuns: 300},
    )
  })

  it('NUL bytes are refused as binary (unless the file is UTF-16 with a BOM)', () => {
    fc.assert(
      fc.property(mixedBytes, fc.nat(), (bytes, at) => {
        const withNul = new Uint8Array(Buffer.concat([Buffer.from(bytes.subarray(0, at % (bytes.length + 1))), Buffer.from([0]), Buffer.from(bytes.subarray(at % (bytes.length + 1)))]))
        if (withNul[0] === 0xff || withNul[0] === 0xfe) return
        expect(() => read.decode('x.bin', withNul)).toThrow(read.InputError)
        expect(() => read.decode('x.bin', withNul)).toThrow('x.bin: binary file (contains NUL bytes), not checked')
      }),
      {numRuns: 200},
    )
  })

  it('UTF-16 with a BOM round-trips any text without NUL', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 30}).filter((text) => !text.includes('\u0000')), (text) => {
        const le = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
        expect(read.decode('x.txt', le)).toEqual({text, warnings: []})
        const be = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))
        expect(read.decode('x.txt', be)).toEqual({text, warnings: []})
      }),
      {numRuns: 100},
    )
  })
})
