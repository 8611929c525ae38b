// End-to-end: the built CLI on fixtures, exact findings, positions, exit codes, stdin, colour.
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Finding} from '../src/types.js'
import {CORE_CLAIMS, runCli, type JsonReport} from './helpers.js'

const ARTICLE = 'test/fixtures/core/article.txt'

const json = (args: string[], input?: string): {code: number | null; report: JsonReport} => {
  const run = runCli([...CORE_CLAIMS, '--format', 'json', ...args], input === undefined ? {} : {input})
  expect(run.stderr).toBe('')
  return {code: run.code, report: JSON.parse(run.stdout) as JsonReport}
}

const brief = (finding: Finding): string =>
  `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.kind} ${finding.severity} ${finding.claim?.id ?? '-'} ${finding.claim?.status ?? '-'}${finding.conflict ? ` ${finding.conflict.type} ${finding.conflict.article}` : ''}`

/** Run the CLI on paragraphs piped in as JSON Lines (as of 2026-11-29): exit code and each finding in brief. */
function briefs(paragraphs: string[], ...flags: string[]): {code: number; findings: string[]} {
  const run = runCli(['--format', 'jsonl', ...flags, '--as-of', '2026-11-29', '-'], {input: paragraphs.join('\n\n')})
  expect(run.stderr).toBe('')
  return {code: run.code, findings: run.stdout.trim().split('\n').map((line) => brief(JSON.parse(line) as Finding))}
}

describe('check: findings', () => {
  it('reports every match with status, claim, source and exact positions', () => {
    const {code, report} = json([ARTICLE, '--as-of', '2026-11-29'])
    expect(code).toBe(1)
    expect(report.files).toHaveLength(1)
    expect(report.files[0]!.path).toBe(ARTICLE)
    expect(report.files[0]!.findings.map(brief)).toEqual([
      '3:1-3:76 match info harbor-bridge-opened-1998 true',
      '4:1-4:77 match error harbor-bridge-longest-in-world false',
      '5:1-5:53 match info ferry-service-carried-40000-passengers mostly-true',
      '6:1-6:68 match warning tunnel-plan-misleading misleading',
      '8:31-8:95 conflict error harbor-bridge-opened-1998 true date May 2001',
    ])
    const first = report.files[0]!.findings[0]!
    expect(first.sentence).toBe('The Harbor Bridge opened in March 1998 and linked Northport with Southport.')
    expect(first.claim?.sources).toEqual([
      {publisher: 'Example Bridge Authority', title: 'History of the Harbor Bridge', date: '2020-01-15', url: 'https://example.org/bridge/history'},
    ])
    expect(report.files[0]!.findings[4]!.conflict).toEqual({type: 'date', article: 'May 2001', record: 'March 1998'})
    expect(report.summary).toEqual({
      files: 1,
      sentences: 7,
      findings: 5,
      byStatus: {true: 1, 'mostly-true': 1, misleading: 1, false: 1},
      conflicts: 1,
      unreviewed: 0,
      bySeverity: {error: 2, warning: 1, info: 2},
    })
  })

  it('omits claim for unreviewed, conflict for matches, candidates without --top', () => {
    const {report} = json([ARTICLE])
    for (const finding of report.files[0]!.findings) {
      expect('candidates' in finding).toBe(false)
      expect('conflict' in finding).toBe(finding.kind === 'conflict')
      expect('claim' in finding).toBe(finding.kind !== 'unreviewed')
    }
  })

  it('--top K lists the K best candidates per finding', () => {
    const {report} = json([ARTICLE, '--top', '2'])
    for (const finding of report.files[0]!.findings) {
      expect(finding.candidates!.length).toBeLessThanOrEqual(2)
      expect(finding.candidates![0]!.id).toBe(finding.claim!.id)
    }
  })

  it('--top keeps the ranking of a sentence no claim applies to (it denies a false claim)', () => {
    const text = 'The Harbor Bridge is not the longest suspension bridge in the world.\n'
    expect(json(['-'], text).report.files[0]!.findings).toEqual([])
    const {report} = json(['-', '--top', '2'], text)
    const [finding] = report.files[0]!.findings
    expect(finding!.kind).toBe('unreviewed')
    expect('claim' in finding!).toBe(false)
    expect(finding!.candidates![0]!.id).toBe('harbor-bridge-longest-in-world')
  })

  it('--min-score raises the bar', () => {
    const all = json([ARTICLE]).report.files[0]!.findings
    const {report} = json([ARTICLE, '--min-score', '0.97'])
    const kept = report.files[0]!.findings
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(all.length)
    expect(kept.every((f) => f.score! >= 0.97)).toBe(true)
    expect(all.filter((f) => f.score! >= 0.97).map((f) => f.claim?.id)).toEqual(kept.map((f) => f.claim?.id))
  })

  it('--as-of picks the verdict that applied then', () => {
    const text = 'Northport abolished the Harbor Bridge toll in 2025.\n'
    expect(json(['-', '--as-of', '2026-01-01'], text).report.files[0]!.findings[0]!.claim!.status).toBe('true')
    expect(json(['-', '--as-of', '2024-06-01'], text).report.files[0]!.findings[0]!.claim!.status).toBe('false')
  })

  it('judges a sentence that says when its fact held by the verdict of that time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-time-'))
    const claims = join(dir, 'ferry.yaml')
    writeFileSync(
      claims,
      [
        '- id: ferry-free-present',
        '  claim: The Northport ferry is free to ride.',
        '  status: outdated',
        '  validFrom: 2025-06-01',
        '  statusBefore: "true"',
        '  verdictBefore: Rides were free from 2020 until fares returned on June 1, 2025.',
        '  verdict: Fares returned on June 1, 2025.',
        '  sources:',
        '    - {publisher: Example Transit, title: Fares return, date: 2025-05-01, url: "https://example.org/transit/fares"}',
        '  topics: [transport]',
        '  countries: [US]',
        '  reviewed: 2026-11-01',
        '',
      ].join('\n'),
    )
    const check = (text: string) => runCli(['--no-default-claims', '--claims', claims, '--as-of', '2026-11-29', '--no-color', '-'], {input: `${text}\n`})
    // "In 2023": the claim was true then, and the finding says as of when.
    const then = check('In 2023 the Northport ferry was free to ride.')
    expect(then.code).toBe(0)
    expect(then.stdout.split('\n').slice(1, 3)).toEqual([
      '  1:1-1:46      info    true        In 2023 the Northport ferry was free to ride.',
      '                        claim       The Northport ferry is free to ride. [ferry-free-present, rated true as of 2023-12-31] score 0.94',
    ])
    const [finding] = json(['--no-default-claims', '--claims', claims, '--as-of', '2026-11-29', '-'], 'In 2023 the Northport ferry was free to ride.\n').report.files[0]!.findings
    expect([finding!.claim!.status, finding!.claim!.asOf, finding!.claim!.verdict]).toEqual(['true', '2023-12-31', 'Rides were free from 2020 until fares returned on June 1, 2025.'])
    // Undated, or in a year during which the verdict changed: the verdict on --as-of.
    expect(check('The Northport ferry is free to ride.').stdout).toContain('[ferry-free-present, rated outdated]')
    expect(check('In 2025 the Northport ferry was free to ride.').stdout).toContain('[ferry-free-present, rated outdated]')
  })

  it('--unreviewed lists check-worthy sentences the database does not cover, and leaves opinion alone', () => {
    const text = 'The Southport lighthouse was built in 1874. We should all visit it more often. The pier is lovely.\n'
    const {report} = json(['-', '--unreviewed'], text)
    expect(report.files[0]!.findings.map(brief)).toEqual(['1:1-1:44 unreviewed info - -'])
    expect(report.summary.unreviewed).toBe(1)
    expect(json(['-'], text).report.summary.unreviewed).toBe(1)
    expect(json(['-'], text).report.files[0]!.findings).toEqual([])
  })
})

describe('check: exit codes', () => {
  it('exits 1 when a finding reaches --fail-on (default error), 0 otherwise', () => {
    expect(runCli([...CORE_CLAIMS, ARTICLE]).code).toBe(1)
    expect(runCli([...CORE_CLAIMS, ARTICLE, '--fail-on', 'never']).code).toBe(0)
    const misleadingOnly = 'The tunnel plan has been approved and fully funded.\n'
    expect(runCli([...CORE_CLAIMS, '-'], {input: misleadingOnly}).code).toBe(0)
    expect(runCli([...CORE_CLAIMS, '-', '--fail-on', 'warning'], {input: misleadingOnly}).code).toBe(1)
    const trueOnly = 'The Harbor Bridge opened in March 1998.\n'
    expect(runCli([...CORE_CLAIMS, '-', '--fail-on', 'warning'], {input: trueOnly}).code).toBe(0)
    expect(runCli([...CORE_CLAIMS, '-', '--fail-on', 'info'], {input: trueOnly}).code).toBe(1)
  })

  it('exits 2 with one line on usage errors', () => {
    const cases: Array<[string[], string]> = [
      [['--min-score', '2', ARTICLE], 'factcheck: --min-score takes a number from 0 to 1 (got "2")\n'],
      [['--top', 'x', ARTICLE], 'factcheck: --top takes a whole number from 0 to 100 (got "x")\n'],
      [['--as-of', '2024-02-30', ARTICLE], 'factcheck: --as-of takes a date as YYYY-MM-DD (got "2024-02-30")\n'],
      [['--fail-on', 'sometimes', ARTICLE], "factcheck: option '--fail-on <level>' argument 'sometimes' is invalid. Allowed choices are error, warning, info, never.\n(run factcheck --help for usage)\n"],
      [['--bogus', ARTICLE], "factcheck: unknown option '--bogus'\n(run factcheck --help for usage)\n"],
    ]
    for (const [args, stderr] of cases) {
      const run = runCli([...CORE_CLAIMS, ...args])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toBe(stderr)
      expect(run.stdout).toBe('')
    }
  })

  it('exits 2 for --no-default-claims without --claims', () => {
    const run = runCli(['--no-default-claims', ARTICLE])
    expect(run).toEqual({code: 2, stdout: '', stderr: 'factcheck: no claims to check against: --no-default-claims needs --claims PATH\n'})
  })

  it('exits 2 naming the file, and still reports the other files', () => {
    const run = runCli([...CORE_CLAIMS, '--format', 'json', 'test/fixtures/core/missing.txt', ARTICLE])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('factcheck: test/fixtures/core/missing.txt: no such file or directory\n')
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.files.map((f) => f.path)).toEqual([ARTICLE])
    expect(report.files[0]!.findings).toHaveLength(5)
  })

  it('exits 2 when --claims names a folder without claims files', () => {
    const run = runCli(['--claims', 'test/fixtures/core/empty-claims', ARTICLE])
    expect(run).toEqual({code: 2, stdout: '', stderr: 'factcheck: test/fixtures/core/empty-claims: no claims files (.yaml, .yml, .json, .jsonl) in this folder\n'})
  })

  it('--no-cache neither reads nor writes the claims cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-cache-'))
    const off = runCli([...CORE_CLAIMS, '--no-cache', '--format', 'json', ARTICLE], {env: {FACTCHECK_CACHE_DIR: dir}})
    expect(off.code).toBe(1)
    expect(readdirSync(dir)).toEqual([])
    const on = runCli([...CORE_CLAIMS, '--format', 'json', ARTICLE], {env: {FACTCHECK_CACHE_DIR: dir}})
    expect(on.stdout).toBe(off.stdout)
    expect(readdirSync(dir).length).toBeGreaterThan(0)
  })

  it('--help and --version exit 0', () => {
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: factcheck')
    const version = runCli(['--version'])
    expect(version).toEqual({code: 0, stdout: '0.1.0\n', stderr: ''})
  })
})

describe('check: terminal escapes in the article', () => {
  it('do not change what a sentence matches, and JSON keeps the text exactly', () => {
    const text = 'Locals insist the Harbor Bridge is the \u001b[38;5;196mlongest\u001b[0m suspension bridge in the world.\n'
    const {report} = json(['-'], text)
    const [finding] = report.files[0]!.findings
    expect(finding!.kind).toBe('match')
    expect(finding!.claim!.id).toBe('harbor-bridge-longest-in-world')
    expect(finding!.sentence).toContain('\u001b[38;5;196m')
  })
})

describe('check: stdin', () => {
  const text = 'Locals insist the Harbor Bridge is the longest suspension bridge in the world.\n'
  it('reads stdin for -', () => {
    const {code, report} = json(['-'], text)
    expect(code).toBe(1)
    expect(report.files[0]!.path).toBe('<stdin>')
    expect(report.files[0]!.findings.map(brief)).toEqual(['1:1-1:79 match error harbor-bridge-longest-in-world false'])
  })
  it('reads piped stdin when no path is given', () => {
    const {report} = json([], text)
    expect(report.files[0]!.findings.map(brief)).toEqual(['1:1-1:79 match error harbor-bridge-longest-in-world false'])
  })
  it('--stdin-name names the input', () => {
    const {report} = json(['-', '--stdin-name', 'draft.txt'], text)
    expect(report.files[0]!.path).toBe('draft.txt')
  })
})

describe('check: pretty output and colour', () => {
  it('prints place, status, sentence, claim and source, then a summary', () => {
    const run = runCli([...CORE_CLAIMS, '--no-color', '-'], {input: 'Locals insist the Harbor Bridge is the longest suspension bridge in the world.\n'})
    expect(run.stdout).toBe(
      [
        '<stdin>',
        '  1:1-1:79      error   false       Locals insist the Harbor Bridge is the longest suspension bridge in the world.',
        '                        claim       The Harbor Bridge is the longest suspension bridge in the world. [harbor-bridge-longest-in-world, rated false] score 0.91',
        '                        source      Example Engineering Review, 2024-06-01, https://example.org/engineering/longest-bridges',
        '',
        '✖ 1 sentence in 1 file: 1 false; 0 check-worthy sentences not in the database',
        '',
      ].join('\n'),
    )
  })

  it('honours NO_COLOR, FORCE_COLOR and --no-color', () => {
    const esc = '\u001b['
    expect(runCli([...CORE_CLAIMS, ARTICLE], {env: {FORCE_COLOR: '1'}}).stdout).toContain(esc)
    expect(runCli([...CORE_CLAIMS, ARTICLE], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).toContain(esc)
    expect(runCli([...CORE_CLAIMS, ARTICLE], {env: {NO_COLOR: '1'}}).stdout).not.toContain(esc)
    expect(runCli([...CORE_CLAIMS, '--no-color', ARTICLE], {env: {FORCE_COLOR: '1'}}).stdout).not.toContain(esc)
    expect(runCli([...CORE_CLAIMS, '--color', ARTICLE]).stdout).toContain(esc)
    // Not a terminal and nothing forced: no colour.
    expect(runCli([...CORE_CLAIMS, ARTICLE]).stdout).not.toContain(esc)
  })
})

describe('check: the bundled database', () => {
  it('flags the example article and exits 1', () => {
    const run = runCli(['--format', 'json', 'fixtures/example-oped.txt'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    const statuses = new Set(report.files[0]!.findings.map((f) => f.claim?.status))
    expect(statuses.has('false')).toBe(true)
    expect(statuses.has('misleading')).toBe(true)
    expect(statuses.has('true')).toBe(true)
    for (const finding of report.files[0]!.findings) {
      for (const source of finding.claim?.sources ?? []) expect(source.url).toMatch(/^https?:\/\//)
    }
  })

  it('does not report a true sentence as a false claim it states only part of', () => {
    // Each claim rated false below requires a word these sentences leave out ("China", "still" …).
    expect(
      briefs([
        'The United States imposed 25% tariffs on imports from Mexico.',
        'Overdose deaths in the United States fell in 2024.',
        'The emergency-powers (IEEPA) fentanyl tariffs on China.',
      ]),
    ).toEqual({
      code: 0,
      findings: [
        '1:1-1:62 match info us-fentanyl-tariffs-mexico-canada-25pct-2025-03-04 true',
        '3:1-3:51 match info cdc-overdose-deaths-2024-provisional-27pct-drop true',
        // Nor as the ruling against those tariffs: it requires its words ("struck", "ruled" …).
      ],
    })
  })

  it('does not report a false claim that the next sentence calls false', () => {
    expect(
      briefs([
        'Critics say China has done nothing since 2019. That is not true: it scheduled nitazenes as a class in July 2025.',
        'Trump said 300,000 Americans die of fentanyl every year. That is false.',
        // "Not true of …" restricts the claim: the sentence before it still states it.
        'Mexico does not produce fentanyl, López Obrador said. That is not true of precursors, though.',
      ]),
    ).toEqual({
      code: 1,
      findings: ['1:48-1:113 match info china-class-schedules-nitazenes-2025-07-01 true', '5:1-5:54 match error amlo-mexico-does-not-produce-fentanyl-2023-03-09 false'],
    })
  })

  it('reads a table row rated false as a denial, in Markdown and HTML', () => {
    // A fact-check roundup's table: the row rated False does not state its claim; a true claim rated
    // False, and a false claim rated True, are what the editor must see.
    const markdown = [
      '| Claim | Rating |',
      '| --- | --- |',
      '| Fentanyl kills 300,000 Americans a year | **False** |',
      '| China scheduled all fentanyl-related substances as a class in 2019 | False |',
      '| Fentanyl kills 300,000 Americans a year | True |',
    ].join('\n')
    const md = runCli(['--format', 'jsonl', '--stdin-name', 'table.md', '--as-of', '2026-11-29', '-'], {input: markdown})
    expect(md.stderr).toBe('')
    expect(md.stdout.trim().split('\n').map((line) => brief(JSON.parse(line) as Finding))).toEqual([
      '4:3-4:77 conflict error china-class-scheduled-fentanyl-related-substances-2019-05-01 true negation not',
      '5:3-5:49 match error trump-claim-fentanyl-kills-200k-300k-a-year false',
    ])
    const html = '<table><tr><th>Claim</th><th>Rating</th></tr>\n<tr><td>Fentanyl kills 300,000 Americans a year</td><td><b>False</b></td></tr>\n<tr><td>Fentanyl kills 300,000 Americans a year</td><td>True</td></tr></table>'
    const page = runCli(['--format', 'jsonl', '--stdin-name', 'table.html', '--as-of', '2026-11-29', '-'], {input: html})
    expect(page.stderr).toBe('')
    expect(page.stdout.trim().split('\n').map((line) => brief(JSON.parse(line) as Finding))).toEqual(['3:9-3:48 match error trump-claim-fentanyl-kills-200k-300k-a-year false'])
  })

  it('takes another year of a series the database has for that year, not a wrong one', () => {
    // The first resembles the 2021 count most, but the 2023 count agrees with its year and figure;
    // the second states the 2021 count's own figure with another year.
    expect(briefs(['In 2023, more than 100,000 Americans died of drug overdoses.', 'In 2022, 106,699 Americans died from drug overdoses.'], '--unreviewed')).toEqual({
      code: 1,
      findings: ['1:1-1:61 unreviewed info - -', '3:1-3:53 conflict error cdc-overdose-deaths-2021-final true date 2022'],
    })
  })

  const seed = '../shared/seed/article.txt'
  it.skipIf(!existsSync(seed))('resolves the seed article’s checkable claims to the right verdicts', () => {
    const run = runCli(['--format', 'json', '--as-of', '2026-11-29', seed])
    const findings = (JSON.parse(run.stdout) as JsonReport).files[0]!.findings
    const byId = new Map(findings.map((f) => [f.claim?.id, f]))
    const expected: Record<string, string> = {
      'us-prc-counternarcotics-working-group-launched-2024-01-30': 'true',
      'china-suspended-us-counternarcotics-cooperation-2022-08-pelosi': 'true',
      'portland-fentanyl-state-of-emergency-2024-01-30': 'true',
      'more-than-half-us-states-legalized-cannabis': 'misleading',
      'china-first-country-to-schedule-fentanyl-as-class-2019': 'false',
      'us-no-fentanyl-seizures-from-china-since-september-2019': 'unsupported',
      'us-failed-to-regulate-fentanyl-related-substances-as-class': 'false',
      'china-fentanyl-amounts-minimal-not-primary-source': 'misleading',
    }
    for (const [id, status] of Object.entries(expected)) expect(byId.get(id)?.claim?.status, id).toBe(status)
    // Opinion and rhetoric stay unflagged.
    for (const finding of findings) expect(finding.sentence).not.toMatch(/the U\.S\. is sick|gun control|must look to itself/)
  })
})
