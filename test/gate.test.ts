// Pre-publication gate: Markdown/HTML input, folders and globs, directives, config files.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, runCli, type JsonReport} from './helpers.js'

const CLAIMS = resolve(ROOT, 'test/fixtures/core/claims.yaml')

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-gate-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const places = (report: JsonReport): string[] =>
  report.files.flatMap((file) => file.findings.map((f) => `${file.path} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.kind} ${f.claim?.id ?? '-'}`))

describe('Markdown and HTML input', () => {
  it('checks Markdown prose and tables with positions in the original file, skipping code and front matter', () => {
    const md = [
      '---',
      'title: The Harbor Bridge is the longest suspension bridge in the world.',
      '---',
      '# Bridges',
      '',
      'Locals say **the Harbor Bridge** is the longest suspension bridge in the world.',
      '',
      '```',
      'The Harbor Bridge is the longest suspension bridge in the world.',
      '```',
      '',
      '| Year | Fact |',
      '| --- | --- |',
      '| 2023 | The ferry service carried 40,000 passengers in 2023. |',
      '',
    ].join('\n')
    const dir = workspace({'a.md': md})
    const run = runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', 'a.md'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(places(JSON.parse(run.stdout) as JsonReport)).toEqual([
      'a.md 6:1-6:80 match harbor-bridge-longest-in-world',
      'a.md 14:3-14:62 match ferry-service-carried-40000-passengers',
    ])
  })

  it('checks HTML text and table cells, not scripts or attributes', () => {
    const html = '<!doctype html><html><body>\n<p title="The Harbor Bridge is the longest suspension bridge in the world.">Intro.</p>\n<script>var s = "The Harbor Bridge is the longest suspension bridge in the world."</script>\n<table><tr><td>The Harbor Bridge is the longest suspension bridge in the world.</td></tr></table>\n</body></html>\n'
    const dir = workspace({'a.html': html})
    const run = runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', 'a.html'], {cwd: dir})
    expect(places(JSON.parse(run.stdout) as JsonReport)).toEqual(['a.html 4:16-4:80 match harbor-bridge-longest-in-world'])
  })

  it('honours off/on and ignore directives', () => {
    const md = [
      'The Harbor Bridge is the longest suspension bridge in the world.',
      '',
      '<!-- factcheck ignore harbor-bridge-longest-in-world -->',
      'The Harbor Bridge is the longest suspension bridge in the world.',
      '',
      '<!-- factcheck off -->',
      'The Harbor Bridge is the longest suspension bridge in the world.',
      '<!-- factcheck on -->',
      '',
      '<!-- factcheck ignore -->',
      'The ferry service carried 40,000 passengers in 2023.',
      '',
      'The ferry service carried 40,000 passengers in 2023.',
      '',
    ].join('\n')
    const dir = workspace({'a.md': md})
    const run = runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', 'a.md'], {cwd: dir})
    expect(places(JSON.parse(run.stdout) as JsonReport)).toEqual([
      'a.md 1:1-1:65 match harbor-bridge-longest-in-world',
      'a.md 13:1-13:53 match ferry-service-carried-40000-passengers',
    ])
  })

  it('--input-format overrides the extension', () => {
    const dir = workspace({'a.txt': '<p>The Harbor Bridge is the longest suspension bridge in the world.</p>\n'})
    const run = runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', '--input-format', 'html', 'a.txt'], {cwd: dir})
    expect(places(JSON.parse(run.stdout) as JsonReport)).toEqual(['a.txt 1:4-1:68 match harbor-bridge-longest-in-world'])
  })

  it('uses the front-matter date as the default --as-of', () => {
    const text = 'Northport abolished the Harbor Bridge toll in 2025.\n'
    const dir = workspace({'old.md': `---\ndate: 2024-03-01\n---\n${text}`, 'new.md': `---\ndate: 2026-03-01\n---\n${text}`})
    const report = JSON.parse(runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', 'old.md', 'new.md'], {cwd: dir}).stdout) as JsonReport
    expect(report.files.map((f) => `${f.path} ${f.findings[0]!.claim!.status}`)).toEqual(['old.md false', 'new.md true'])
    const forced = JSON.parse(runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', '--as-of', '2026-01-01', 'old.md'], {cwd: dir}).stdout) as JsonReport
    expect(forced.files[0]!.findings[0]!.claim!.status).toBe('true')
  })
})

describe('many files', () => {
  const line = 'The Harbor Bridge is the longest suspension bridge in the world.\n'
  it('recurses into folders for checked extensions, in a stable order, and expands globs', () => {
    const dir = workspace({'d/b.md': line, 'd/a.txt': line, 'd/sub/c.html': `<p>${line}</p>`, 'd/skip.json': line, 'e/x.txt': line})
    const run = runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', 'd', 'e/*.txt'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.path)).toEqual(['d/a.txt', 'd/b.md', 'd/sub/c.html', 'e/x.txt'])
  })

  it('an empty folder or a glob that matches nothing is an error line; the rest is reported', () => {
    const dir = workspace({'a.txt': line})
    mkdirSync(join(dir, 'empty'))
    const run = runCli(['--no-default-claims', '--claims', CLAIMS, '--format', 'json', 'empty', 'nothing/*.md', 'a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'factcheck: empty: no files to check (looked for .txt .text .md .markdown .mdown .html .htm)\n' +
        'factcheck: nothing/*.md: no such file, and no files match it as a pattern\n',
    )
    expect((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.path)).toEqual(['a.txt'])
  })
})

describe('config', () => {
  const article = 'The tunnel plan has been approved and fully funded.\n'
  it('finds .factcheckrc upward; flags override it; claims paths are relative to it', () => {
    const dir = workspace({
      '.factcheckrc': 'claims: [claims.yaml]\ndefaultClaims: false\nfailOn: warning\nformat: json\n',
      'claims.yaml': TUNNEL_CLAIM,
      'drafts/a.txt': article,
    })
    const cwd = join(dir, 'drafts')
    const run = runCli(['a.txt'], {cwd})
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(places(JSON.parse(run.stdout) as JsonReport)).toEqual(['a.txt 1:1-1:52 match tunnel-plan-misleading'])
    expect(runCli(['a.txt', '--fail-on', 'error'], {cwd}).code).toBe(0)
    expect(runCli(['a.txt', '--format', 'pretty', '--no-color'], {cwd}).stdout).toContain('warning misleading')
  })

  it('reads --config PATH (JSON) instead of searching', () => {
    const dir = workspace({'conf.json': JSON.stringify({defaultClaims: false, claims: CLAIMS, minScore: 0.99}), 'a.txt': article})
    const run = runCli(['--config', 'conf.json', '--format', 'json', 'a.txt'], {cwd: dir})
    expect((JSON.parse(run.stdout) as JsonReport).files[0]!.findings).toEqual([])
  })

  it('rejects an unknown key, a bad value or bad YAML naming file, line, column and key', () => {
    const cases: Array<[string, string]> = [
      ['minScore: 0.5\nminscore: 0.6\n', 'factcheck: .factcheckrc:2:1: unknown config key "minscore" (known: claims, defaultClaims, minScore, top, format, failOn, unreviewed, explain, asOf, inputFormat)\n'],
      ['failOn: sometimes\n', 'factcheck: .factcheckrc:1:1: failOn: must be one of error, warning, info, never\n'],
      ['minScore: 2\n', 'factcheck: .factcheckrc:1:1: minScore: must be a number from 0 to 1\n'],
      ['claims: [a\n', 'factcheck: .factcheckrc:2:1: config syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]\n'],
      ['- a\n- b\n', 'factcheck: .factcheckrc: config must be a mapping of options\n'],
    ]
    for (const [config, stderr] of cases) {
      const dir = workspace({'.factcheckrc': config, 'a.txt': article})
      const run = runCli(['a.txt'], {cwd: dir})
      expect(run.stderr, config).toBe(stderr)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
    }
  })
})

const TUNNEL_CLAIM = `- id: tunnel-plan-misleading
  claim: The Northport tunnel plan has been approved and fully funded.
  status: misleading
  verdict: The plan was approved in principle, but only a third of the money has been allocated.
  sources:
    - publisher: Example City Council
      title: Tunnel plan budget
      date: 2025-05-05
      url: https://example.org/council/tunnel-budget
  topics: [transport]
  countries: [US]
  reviewed: 2026-11-01
`
