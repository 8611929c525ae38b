// End-to-end: the built CLI's machine formats (github, sarif, html) and --diff, on fictional
// fixtures. External checkers (the SARIF multitool, headless Chromium) run when installed.
import {execFileSync, spawnSync} from 'node:child_process'
import {accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {createProgress} from '../src/cli/progress.js'
import {escapeData, escapeProperty} from '../src/report/github.js'
import {escapeHtml, safeHref} from '../src/report/html.js'
import {artifactUri} from '../src/report/sarif.js'
import {ROOT, runCli, type Run} from './helpers.js'

const DIR = 'test/fixtures/formats'
const CLAIMS = ['--no-default-claims', '--claims', join(ROOT, DIR, 'claims.yaml')]
const ARTICLE = `${DIR}/article.md`
const NOTES = `${DIR}/notes.txt`
const HOSTILE = `${DIR}/hostile.txt`
const FALSE_SENTENCE = 'Freedonia was the first country in the world to ban the export of brass widgets, in March 2021.'
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version

const check = (args: string[], options: Parameters<typeof runCli>[1] = {}): Run => runCli([...CLAIMS, ...args], options)

const temporary: string[] = []
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-formats-'))
  temporary.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, {recursive: true, force: true})
})

describe('--format github', () => {
  const FALSE_DATA =
    'Claim rated false [freedonia-first-to-ban-widget-exports]: "Freedonia was the first country in the world to ban the export of brass widgets, in March 2021." Source: https://example.org/registry/widget-export-controls (Example Trade Registry, 2021-04-02).%0AVerdict: Wrong: Sylvania banned brass widget exports first, in 2019, and 100%25 of port records agree.%0D%0A::error::not a command, really'
  const TREATY = 'Claim rated true [harbour-treaty-signed-2015]: "Freedonia and Sylvania signed the Grand Harbour treaty in 2015." Source: https://example.org/treaties/grand-harbour (Example Treaty Archive, 2015-06-30).%0AVerdict: The Grand Harbour treaty was signed by both foreign ministers at a ceremony in 2015 and ratified the next year.'

  it('prints one escaped workflow command per finding, errors first, then a summary notice', () => {
    const run = check([ARTICLE, NOTES, '--unreviewed', '--format', 'github'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n')).toEqual([
      `::error file=${ARTICLE},line=3,col=1,endLine=3,endColumn=96,title=factcheck%3A false claim (freedonia-first-to-ban-widget-exports)::${FALSE_DATA}`,
      `::error file=${ARTICLE},line=8,col=1,endLine=8,endColumn=64,title=factcheck%3A date conflict (harbour-treaty-signed-2015)::Contradicts the record (date): the article says 2012, the record says 2015. ${TREATY}`,
      // Spans two lines: GitHub rejects col/endColumn then.
      `::warning file=${ARTICLE},line=5,endLine=6,title=factcheck%3A misleading claim (sylvania-tariff-doubled-imports)::Claim rated misleading [sylvania-tariff-doubled-imports]: "Sylvania's 2022 tariff on Freedonian cheese doubled cheese imports within a year." Source: https://example.org/customs/cheese-2023 (Example Customs Office, 2023-03).%0AVerdict: Cheese imports rose by about a tenth in the year after the tariff, and they had been rising before it.`,
      `::notice file=${NOTES},line=1,col=1,endLine=1,endColumn=64,title=factcheck%3A true claim (harbour-treaty-signed-2015)::${TREATY}`,
      `::notice file=${NOTES},line=3,col=1,endLine=3,endColumn=74,title=factcheck%3A unreviewed statement::Check-worthy statement that no reviewed claim covers: verify it by hand or add a claim.`,
      '::notice::factcheck: 7 sentences in 2 files: 1 true, 1 misleading, 1 false, 1 conflict; 1 check-worthy sentence not in the database. Annotations: 2 errors, 1 warning, 2 notices.',
      '',
    ])
  })

  it('escapes %, CR, LF, ":" and "," in properties, so a hostile name cannot start a command', () => {
    const name = 'odd, name: 100%\r\n::warning::x.txt'
    const run = check(['-', '--stdin-name', name, '--format', 'github'], {input: `${FALSE_SENTENCE}\n`})
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(
      [
        `::error file=odd%2C name%3A 100%25%0D%0A%3A%3Awarning%3A%3Ax.txt,line=1,col=1,endLine=1,endColumn=96,title=factcheck%3A false claim (freedonia-first-to-ban-widget-exports)::${FALSE_DATA}`,
        '::notice::factcheck: 1 sentence in 1 file: 1 false; 0 check-worthy sentences not in the database. Annotations: 1 error, 0 warnings, 0 notices.',
        '',
      ].join('\n'),
    )
    expect(run.stdout.split(/\r|\n/).filter(Boolean).every((line) => line.startsWith('::error ') || line.startsWith('::notice::'))).toBe(true)
  })

  it('escapes % first, as @actions/core does', () => {
    expect(escapeData('50%\r\n%0A')).toBe('50%25%0D%0A%250A')
    expect(escapeProperty('a:b,c%3A\n')).toBe('a%3Ab%2Cc%253A%0A')
  })

  it('prints every annotation and says how many exceed the display limit', () => {
    const input = Array.from({length: 12}, () => FALSE_SENTENCE).join('\n\n')
    const run = check(['-', '--format', 'github'], {input})
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(13)
    expect(lines.slice(0, 12).every((line) => line.startsWith('::error file=<stdin>,'))).toBe(true)
    expect(lines[12]).toBe(
      '::notice::factcheck: 12 sentences in 1 file: 12 false; 0 check-worthy sentences not in the database. Annotations: 12 errors, 0 warnings, 0 notices. GitHub displays at most 10 annotations of each type per step; over that limit, listed only in this log: 2 errors.',
    )
  })
})

interface SarifLogShape {
  $schema: string
  version: string
  runs: Array<{
    columnKind: string
    tool: {driver: {name: string; semanticVersion: string; informationUri?: string; rules: Array<Record<string, unknown> & {id: string; defaultConfiguration: {level: string}}>}}
    results: Array<{
      ruleId: string
      ruleIndex: number
      level: string
      message: {text: string}
      locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: Record<string, number>}}>
      partialFingerprints: Record<string, string>
      properties?: Record<string, unknown>
    }>
  }>
}

describe('--format sarif', () => {
  const sarifRun = (args: string[], input?: string): {run: Run; log: SarifLogShape} => {
    const run = check([...args, '--format', 'sarif'], input === undefined ? {} : {input})
    expect(run.stderr).toBe('')
    return {run, log: JSON.parse(run.stdout) as SarifLogShape}
  }

  it('writes one SARIF 2.1.0 run with a rule for each status, conflict type and unreviewed', () => {
    const {run, log} = sarifRun([ARTICLE, NOTES, '--unreviewed'])
    expect(run.code).toBe(1)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const [sarif] = log.runs
    expect(sarif!.columnKind).toBe('utf16CodeUnits')
    const driver = sarif!.tool.driver
    expect(driver.name).toBe('factcheck')
    expect(driver.semanticVersion).toBe(VERSION)
    expect(driver.informationUri).toBeUndefined()
    const levels = Object.fromEntries(driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level]))
    expect(levels).toEqual({
      'claim/true': 'note',
      'claim/mostly-true': 'note',
      'claim/misleading': 'warning',
      'claim/false': 'error',
      'claim/unsupported': 'warning',
      'claim/disputed': 'warning',
      'claim/outdated': 'warning',
      'conflict/number': 'error',
      'conflict/date': 'error',
      'conflict/age-range': 'error',
      'conflict/negation': 'error',
      'conflict/direction': 'error',
      'conflict/opposite': 'error',
      'conflict/actor': 'error',
      unreviewed: 'note',
    })
    for (const rule of driver.rules) {
      expect(Object.keys(rule)).toEqual(['id', 'name', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration'])
      expect(rule).toMatchObject({name: expect.stringMatching(/^[A-Z][A-Za-z]+$/), shortDescription: {text: expect.any(String)}, fullDescription: {text: expect.any(String)}, help: {text: expect.any(String), markdown: expect.any(String)}})
    }
  })

  it('gives each result its rule, level, message, location, fingerprint and properties', () => {
    const {log} = sarifRun([ARTICLE, NOTES, '--unreviewed'])
    const {results, tool} = log.runs[0]!
    const brief = results.map((r) => {
      const {artifactLocation, region} = r.locations[0]!.physicalLocation
      return `${r.ruleId} ${r.level} ${artifactLocation.uri}:${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}`
    })
    expect(brief).toEqual([
      `claim/false error ${ARTICLE}:3:1-3:96`,
      `claim/misleading warning ${ARTICLE}:5:36-6:30`,
      `conflict/date error ${ARTICLE}:8:1-8:64`,
      `claim/true note ${NOTES}:1:1-1:64`,
      `unreviewed note ${NOTES}:3:1-3:74`,
    ])
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    expect(results[0]!.message.text).toBe(
      'Claim rated false [freedonia-first-to-ban-widget-exports]: "Freedonia was the first country in the world to ban the export of brass widgets, in March 2021." Source: https://example.org/registry/widget-export-controls (Example Trade Registry, 2021-04-02).',
    )
    expect(results[2]!.message.text).toMatch(/^Contradicts the record \(date\): the article says 2012, the record says 2015\. Claim rated true \[harbour-treaty-signed-2015\]/)
    expect(results[0]!.properties).toEqual({kind: 'match', claimId: 'freedonia-first-to-ban-widget-exports', status: 'false', score: 1})
    expect(results[4]!.properties).toEqual({kind: 'unreviewed'})
    const fingerprints = results.map((r) => r.partialFingerprints.primaryLocationLineHash)
    for (const fp of fingerprints) expect(fp).toMatch(/^[0-9a-f]{32}:1$/)
    expect(new Set(fingerprints).size).toBe(results.length)
  })

  it('is deterministic, and fingerprints survive moving a sentence to another line', () => {
    const once = check([ARTICLE, NOTES, '--format', 'sarif']).stdout
    expect(check([ARTICLE, NOTES, '--format', 'sarif']).stdout).toBe(once)
    const fingerprint = (input: string): string[] =>
      sarifRun(['-'], input).log.runs[0]!.results.map((r) => r.partialFingerprints.primaryLocationLineHash!)
    const [moved] = fingerprint(`Some opening words here.\n\n\n${FALSE_SENTENCE}\n`)
    const [twice, again] = fingerprint(`${FALSE_SENTENCE}\n\n${FALSE_SENTENCE}\n`)
    expect(moved).toBe(twice)
    expect(again).toBe(`${twice!.split(':')[0]}:2`)
  })

  it('writes report paths as relative URI references with forward slashes', () => {
    expect(artifactUri('docs\\news\\a b.md')).toBe('docs/news/a%20b.md')
    expect(artifactUri('./drafts/100%#1?.md')).toBe('drafts/100%25%231%3F.md')
    expect(artifactUri('notes: 2024.md')).toBe('notes%3A%202024.md')
    expect(artifactUri('<stdin>')).toBe('%3Cstdin%3E')
    expect(artifactUri('/srv/a.md')).toBe('file:///srv/a.md')
    expect(artifactUri('C:\\news\\a.md')).toBe('file:///C:/news/a.md')
    const {log} = sarifRun(['-'], `${FALSE_SENTENCE}\n`)
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('%3Cstdin%3E')
  })

  it('passes the official SARIF validator (SARIF and GitHub rules)', (context) => {
    const tool = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
    if (!existsSync(tool)) context.skip('skipped: @microsoft/sarif-multitool-linux is not installed (npm i -D @microsoft/sarif-multitool-linux)')
    try {
      accessSync(tool, constants.X_OK)
    } catch {
      context.skip(`skipped: the SARIF multitool is not executable (chmod +x ${tool})`)
    }
    const dir = tempDir()
    writeFileSync(join(dir, 'files.sarif'), sarifRun([ARTICLE, NOTES, HOSTILE, '--unreviewed']).run.stdout)
    writeFileSync(join(dir, 'stdin.sarif'), sarifRun(['-', '--stdin-name', 'odd, name: 100%.md'], `${FALSE_SENTENCE}\n`).run.stdout)
    writeFileSync(join(dir, 'stdin2.sarif'), sarifRun(['-'], `${FALSE_SENTENCE}\n`).run.stdout)
    const out = join(dir, 'validation.sarif')
    const validate = spawnSync(tool, ['validate', '--rule-kind', 'Sarif;Gh', '--output', out, join(dir, 'files.sarif'), join(dir, 'stdin.sarif'), join(dir, 'stdin2.sarif')], {
      encoding: 'utf8',
      env: {...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1'},
    })
    expect(validate.status, validate.stdout + validate.stderr).toBe(0)
    const validation = JSON.parse(readFileSync(out, 'utf8')) as {runs: Array<{results?: Array<{ruleId: string; level?: string; message: {arguments?: string[]}}>}>}
    const problems = (validation.runs[0]!.results ?? []).map((r) => `${r.level ?? 'warning'} ${r.ruleId} ${(r.message.arguments ?? []).join(' ')}`)
    // The only finding allowed: no informationUri, which factcheck leaves out until it has a real one.
    expect(problems.filter((p) => !p.startsWith('warning SARIF2005 '))).toEqual([])
  })
})

describe('--format html', () => {
  const html = (args: string[]): string => {
    const run = check([...args, '--format', 'html'])
    expect(run.stderr).toBe('')
    return run.stdout
  }

  it('is one self-contained document with a strict CSP and no external resource', () => {
    const page = html([ARTICLE, NOTES, HOSTILE, '--unreviewed'])
    expect(page.startsWith('<!doctype html>\n')).toBe(true)
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'">`)
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|\bsrc=|@import|url\(/i)
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!)
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) expect(href).toMatch(/^(#[\w-]+|https:\/\/example\.org\/[\w/-]+)$/)
    expect(html([ARTICLE, NOTES, HOSTILE, '--unreviewed'])).toBe(page)
  })

  it('highlights each finding by severity, with claim, status, verdict and sources', () => {
    const page = html([ARTICLE])
    expect(page.match(/<li class="finding sev-error"/g)).toHaveLength(2)
    expect(page.match(/<li class="finding sev-warning"/g)).toHaveLength(1)
    expect(page).toContain(`<mark tabindex="0" aria-describedby="file-1-1-tip">${FALSE_SENTENCE}</mark>`)
    expect(page).toContain('signed the Grand Harbour treaty in <strong>2012</strong>.</mark>')
    expect(page).toContain('<span class="status st-false">false</span>')
    expect(page).toContain('100% of port records agree.')
    expect(page).toContain(
      '<li>Example Trade Registry, 2021-04-02: <a href="https://example.org/registry/widget-export-controls" rel="noopener noreferrer" target="_blank">Widget export controls, a timeline</a></li>',
    )
    expect(page).toContain('<p class="summary">5 sentences in 1 file: 1 misleading, 1 false, 1 conflict; 0 check-worthy sentences not in the database</p>')
  })

  it('escapes article text and links only http(s) URLs', () => {
    const page = html([HOSTILE])
    expect(page).toContain('brass widgets &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more, in March 2021.</mark>')
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;')
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,<b>')).toBeUndefined()
    expect(safeHref('//example.org/x')).toBeUndefined()
  })

  it('renders in headless Chromium with the findings highlighted', (context) => {
    const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
    if (!chromium) context.skip('skipped: chromium is not installed (apt-get install -y chromium)')
    const dir = tempDir()
    const file = join(dir, 'report.html')
    writeFileSync(file, html([ARTICLE, NOTES, HOSTILE, '--unreviewed']))
    const profile = mkdtempSync(join(dir, 'profile-'))
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--dump-dom', `file://${file}`]
    const browser = spawnSync(chromium!, args, {encoding: 'utf8', timeout: 60_000})
    expect(browser.status, browser.stderr).toBe(0)
    const dom = browser.stdout
    const marks = [...dom.matchAll(/<li class="finding (sev-\w+)[^"]*"[^>]*>[^]*?<mark[^>]*>([^]*?)<\/mark>/g)].map((m) => `${m[1]} ${m[2]!.replace(/\s+/g, ' ')}`)
    expect(marks).toEqual([
      `sev-error ${FALSE_SENTENCE}`,
      "sev-warning Sylvania's 2022 tariff on Freedonian cheese doubled cheese imports within a year.",
      'sev-error Freedonia and Sylvania signed the Grand Harbour treaty in <strong>2012</strong>.',
      'sev-info Freedonia and Sylvania signed the Grand Harbour treaty in 2015.',
      "sev-info Officials said 40 percent of the harbour's cargo now comes from Sylvania.",
      'sev-error Freedonia was the first country in the world to ban the export of brass widgets &lt;script&gt;alert("x")&lt;/script&gt; &amp; more, in March 2021.',
    ])
    expect(dom).not.toMatch(/<script/i)
    expect(dom).toContain('role="tooltip"')
  })
})

describe('--diff', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], {cwd, encoding: 'utf8', env: gitEnv(cwd)})
  const gitEnv = (home: string): NodeJS.ProcessEnv => ({...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, 'no-gitconfig')})
  const lines = (run: Run): string[] => {
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout) as {files: Array<{path: string; findings: Array<{line: number; claim?: {id: string}}>}>; summary: {findings: number; sentences: number}}
    return report.files.flatMap((file) => file.findings.map((finding) => `${file.path}:${finding.line} ${finding.claim?.id ?? 'unreviewed'}`))
  }

  const repository = (): string => {
    const dir = tempDir()
    git(dir, 'init', '-q')
    copyFileSync(join(ROOT, ARTICLE), join(dir, 'article.md'))
    copyFileSync(join(ROOT, NOTES), join(dir, 'unchanged.txt'))
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'first draft')
    return dir
  }

  it('reports only findings on added or changed lines; untracked files count as all new', () => {
    const dir = repository()
    const article = readFileSync(join(dir, 'article.md'), 'utf8')
    writeFileSync(join(dir, 'article.md'), `${article.replace('in 2012.', 'in 2013.')}\nSylvania's 2022 tariff on Freedonian cheese doubled cheese imports within a year.\n`)
    copyFileSync(join(ROOT, NOTES), join(dir, 'new.txt'))
    const run = check(['article.md', 'unchanged.txt', 'new.txt', '--unreviewed', '--diff', 'HEAD', '--format', 'json'], {cwd: dir, env: gitEnv(dir)})
    expect(lines(run)).toEqual([
      'article.md:8 harbour-treaty-signed-2015',
      'article.md:10 sylvania-tariff-doubled-imports',
      'new.txt:1 harbour-treaty-signed-2015',
      'new.txt:3 unreviewed',
    ])
    const summary = (JSON.parse(run.stdout) as {summary: Record<string, number>}).summary
    expect(summary).toMatchObject({files: 3, findings: 4, sentences: 10, unreviewed: 2})
    expect(run.code).toBe(1)
  })

  it('keeps findings whose multi-line range touches a changed line, and stdin whole', () => {
    const dir = repository()
    const article = readFileSync(join(dir, 'article.md'), 'utf8')
    writeFileSync(join(dir, 'article.md'), article.replace('cheese imports within a year.', 'cheese imports within a year!'))
    expect(lines(check(['article.md', '--diff', 'HEAD', '--format', 'json'], {cwd: dir, env: gitEnv(dir)}))).toEqual(['article.md:5 sylvania-tariff-doubled-imports'])
    const stdin = check(['-', '--diff', 'HEAD', '--format', 'json'], {cwd: dir, env: gitEnv(dir), input: `${FALSE_SENTENCE}\n`})
    expect(lines(stdin)).toEqual(['<stdin>:1 freedonia-first-to-ban-widget-exports'])
  })

  it('fails with one clear line outside a repository, on an unknown revision and on an option-like ref', () => {
    const dir = tempDir()
    copyFileSync(join(ROOT, ARTICLE), join(dir, 'article.md'))
    const outside = check(['article.md', '--diff', 'main'], {cwd: dir, env: {...gitEnv(dir), GIT_CEILING_DIRECTORIES: dir}})
    expect([outside.code, outside.stderr, outside.stdout]).toEqual([2, 'factcheck: --diff main: not a git repository\n', ''])
    const repo = repository()
    const unknown = check(['article.md', '--diff', 'no-such-branch'], {cwd: repo, env: gitEnv(repo)})
    expect([unknown.code, unknown.stderr, unknown.stdout]).toEqual([2, 'factcheck: --diff no-such-branch: unknown revision\n', ''])
    const option = check(['article.md', '--diff=--output=x'], {cwd: repo, env: gitEnv(repo)})
    expect([option.code, option.stderr]).toEqual([2, 'factcheck: --diff takes a git revision (got "--output=x")\n'])
    expect(existsSync(join(repo, 'x'))).toBe(false)
  })
})

describe('progress bar', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = []
    return {written, stream: {isTTY, columns: 60, write: (text: string) => written.push(text) > 0} as unknown as NodeJS.WritableStream & {isTTY?: boolean}}
  }

  it('draws on a terminal for two files or more, and erases itself', () => {
    const {written, stream: stderr} = stream(true)
    const progress = createProgress(2, {stderr, env: {}})
    progress.tick('a.md')
    progress.clear()
    progress.tick('b.md')
    progress.done()
    progress.tick('c.md')
    expect(written).toEqual(['\r\u001b[2K[##########----------] 1/2 a.md', '\r\u001b[2K', '\r\u001b[2K[####################] 2/2 b.md', '\r\u001b[2K'])
  })

  it('stays silent in pipes, in CI and for a single file', () => {
    for (const [isTTY, env, total] of [
      [false, {}, 5],
      [true, {CI: 'true'}, 5],
      [true, {}, 1],
      [true, {TERM: 'dumb'}, 5],
    ] as const) {
      const {written, stream: stderr} = stream(isTTY)
      const progress = createProgress(total, {stderr, env})
      progress.tick('a.md')
      progress.done()
      expect(written).toEqual([])
    }
  })

  it('is never printed by the CLI when stderr is a pipe', () => {
    const run = check([ARTICLE, NOTES, '--format', 'json'], {env: {CI: ''}})
    expect(run.stderr).toBe('')
  })
})

