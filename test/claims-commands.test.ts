// End-to-end: every `factcheck claims` command through the built CLI, with exact output and exit
// codes, every claims-file error with its exact message, and the export → import round trip.
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {loadClaims} from '../src/claims/load.js'
import {parseYamlClaims} from '../src/claims/yaml-claims.js'
import {DEFAULT_CLAIMS_DIR} from '../src/claims/paths.js'
import type {Claim} from '../src/types.js'
import {runCli, type Run} from './helpers.js'

const GOOD = ['--no-default-claims', '--claims', 'test/fixtures/claims-good', '--as-of', '2026-11-29']
const BAD = 'test/fixtures/claims-bad'

const claims = (...args: string[]): Run => runCli(['claims', ...args])
const ok = (stdout: string): Run => ({code: 0, stdout, stderr: ''})
const fails = (message: string): Run => ({code: 2, stdout: '', stderr: `factcheck: ${message}\n`})

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'factcheck-claims-'))
})
afterAll(async () => {
  await rm(scratch, {recursive: true, force: true})
})

describe('claims list', () => {
  it('lists every claim, sorted by id, with the status on --as-of', () => {
    expect(claims('list', ...GOOD)).toEqual(
      ok(`unsupported  lakeside-solar-subsidy-doubled  Lakeside doubled its rooftop solar subsidy last year.
mostly-true  lakeside-wind-farm-powers-half-the-city  The Lakeside wind farm supplies about half of the city's electricity.
outdated     riverton-buses-are-fare-free  Riverton's city buses are free to ride.
false        riverton-tram-carries-million-riders-a-day  The Riverton tram carries a million riders every day.
true         riverton-tram-opened-2019  The Riverton tram line opened to passengers in September 2019.
5 claims (statuses as of 2026-11-29)
`),
    )
  })

  it('filters by status (as of the date), topic and country', () => {
    expect(claims('list', ...GOOD, '--status', 'outdated')).toEqual(
      ok(`outdated     riverton-buses-are-fare-free  Riverton's city buses are free to ride.
1 of 5 claims (statuses as of 2026-11-29)
`),
    )
    expect(claims('list', ...GOOD, '--as-of', '2025-06-01', '--status', 'true').stdout).toBe(`true         riverton-buses-are-fare-free  Riverton's city buses are free to ride.
true         riverton-tram-opened-2019  The Riverton tram line opened to passengers in September 2019.
2 of 5 claims (statuses as of 2025-06-01)
`)
    expect(claims('list', ...GOOD, '--topic', 'energy', '--country', 'ca')).toEqual(
      ok(`unsupported  lakeside-solar-subsidy-doubled  Lakeside doubled its rooftop solar subsidy last year.
mostly-true  lakeside-wind-farm-powers-half-the-city  The Lakeside wind farm supplies about half of the city's electricity.
2 of 5 claims (statuses as of 2026-11-29)
`),
    )
    expect(claims('list', ...GOOD, '--topic', 'no-such-topic')).toEqual(ok('0 of 5 claims (statuses as of 2026-11-29)\n'))
  })

  it('writes full records as JSON', () => {
    const run = claims('list', ...GOOD, '--format', 'json', '--status', 'false')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: 'riverton-tram-carries-million-riders-a-day',
        claim: 'The Riverton tram carries a million riders every day.',
        status: 'false',
        verdict: 'Ridership counts published by the transit authority average about 18,000 boardings a day, not a million.',
        sources: [{publisher: 'Riverton Transit Authority', title: 'Annual ridership report 2025', date: '2025', url: 'https://example.org/riverton/transit/ridership-2025'}],
        topics: ['transit'],
        countries: ['US'],
        reviewed: '2026-10-01',
        claimant: 'Riverton mayoral campaign',
        facts: {numbers: [{value: 1000000, unit: 'riders'}], actors: ['Riverton Transit Authority']},
        related: ['riverton-tram-opened-2019'],
        asOf: {
          date: '2026-11-29',
          status: 'false',
          verdict: 'Ridership counts published by the transit authority average about 18,000 boardings a day, not a million.',
        },
        defined: {file: 'test/fixtures/claims-good/transit.yaml', line: 26, column: 3},
      },
    ])
  })

  it('lists the bundled database by default', () => {
    const run = claims('list', '--as-of', '2026-11-29')
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.at(-1)).toMatch(/^\d+ claims \(statuses as of 2026-11-29\)$/)
    const ids = lines.slice(0, -1).map((line) => line.split(/\s+/)[1]!)
    expect(ids).toEqual([...ids].sort())
  })

  it('rejects an unknown status or format', () => {
    expect(claims('list', ...GOOD, '--status', 'correct')).toEqual(
      fails('--status takes one of true, mostly-true, misleading, false, unsupported, disputed, outdated (got "correct")'),
    )
    expect(claims('list', ...GOOD, '--format', 'xml')).toEqual(fails('--format takes text or json (got "xml")'))
  })
})

describe('claims show', () => {
  it('shows everything about a claim', () => {
    expect(claims('show', 'riverton-tram-opened-2019', ...GOOD)).toEqual(
      ok(`id:          riverton-tram-opened-2019
claim:       The Riverton tram line opened to passengers in September 2019.
variants:
  - Riverton's first tram line began carrying passengers in September 2019.
status:      true
as of 2026-11-29: true
verdict:     The transit authority's opening notice and local press both date the first passenger service to September 2019.
sources:
  1. Riverton Transit Authority, “River Line opening day”, 2019-09-14
     https://example.org/riverton/transit/opening
     note: Opening-day notice with the first timetable.
  2. Riverton Courier, “Trams return to Riverton”, 2019-09
     https://example.org/courier/trams-return
topics:      transit, infrastructure
countries:   US
reviewed:    2026-10-01
facts:
  dates:   2019-09
related:
  - riverton-tram-carries-million-riders-a-day (false)
defined at:  test/fixtures/claims-good/transit.yaml:3:3
`),
    )
  })

  it('shows claimant, facts, time bounds and the verdict on --as-of', () => {
    expect(claims('show', 'riverton-buses-are-fare-free', ...GOOD)).toEqual(
      ok(`id:          riverton-buses-are-fare-free
claim:       Riverton's city buses are free to ride.
requires:    one of “free”, “fare-free”
status:      true
as of 2026-11-29: outdated — The fare-free pilot ended on 30 June 2026; fares returned on 1 July 2026.
verdict:     The council's fare-free pilot made every city bus free to ride from January 2025 until the end of June 2026.
sources:
  1. Riverton City Council, “Fare-free bus pilot”, 2024-11-20
     https://example.org/riverton/council/fare-free-pilot
topics:      transit, fares
countries:   US
reviewed:    2026-10-01
valid from:  2025-01-01 (before: false — Before January 2025 a single bus ride in Riverton cost two dollars.)
valid until: 2026-06-30 (after: outdated — The fare-free pilot ended on 30 June 2026; fares returned on 1 July 2026.)
defined at:  test/fixtures/claims-good/transit.yaml:45:3
`),
    )
    const tram = claims('show', 'riverton-tram-carries-million-riders-a-day', ...GOOD).stdout
    expect(tram).toContain('claimant:    Riverton mayoral campaign\n')
    expect(tram).toContain('facts:\n  numbers: 1000000 riders\n  actors:  Riverton Transit Authority\n')
  })

  it('writes JSON', () => {
    const run = claims('show', 'lakeside-solar-subsidy-doubled', ...GOOD, '--format', 'json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: 'lakeside-solar-subsidy-doubled',
      status: 'unsupported',
      asOf: {date: '2026-11-29', status: 'unsupported'},
      defined: {file: 'test/fixtures/claims-good/energy.yaml', line: 16, column: 3},
    })
  })

  it('names an unknown id and suggests near ones', () => {
    expect(claims('show', 'riverton-tram-opened-2018', ...GOOD)).toEqual(fails('no claim has id "riverton-tram-opened-2018" (did you mean "riverton-tram-opened-2019"?)'))
    expect(claims('show', 'riverton-tram', ...GOOD)).toEqual(
      fails('no claim has id "riverton-tram" (did you mean "riverton-tram-carries-million-riders-a-day", "riverton-tram-opened-2019"?)'),
    )
    expect(claims('show', 'zzz', ...GOOD)).toEqual(fails('no claim has id "zzz"'))
  })
})

describe('claims search', () => {
  it('ranks claims with the matcher check uses', () => {
    expect(claims('search', ...GOOD, 'tram', 'riders', 'every', 'day')).toEqual(
      ok(`0.80  false        riverton-tram-carries-million-riders-a-day  The Riverton tram carries a million riders every day.
0.07  true         riverton-tram-opened-2019  The Riverton tram line opened to passengers in September 2019.
`),
    )
  })

  it('names the variant that matched, and honours --top', () => {
    const run = claims('search', ...GOOD, '--top', '1', "Riverton's first tram line began carrying passengers in 2019")
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /^\d\.\d\d {2}true {9}riverton-tram-opened-2019 {2}The Riverton tram line opened to passengers in September 2019\.\n {19}matched: Riverton's first tram line began carrying passengers in September 2019\.\n$/,
    )
  })

  it('writes JSON, and says when nothing matches', () => {
    const run = claims('search', ...GOOD, '--format', 'json', '--top', '1', 'wind', 'farm', 'electricity')
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: 'lakeside-wind-farm-powers-half-the-city',
        score: expect.any(Number) as number,
        status: 'mostly-true',
        claim: "The Lakeside wind farm supplies about half of the city's electricity.",
        matched: "The Lakeside wind farm supplies about half of the city's electricity.",
      },
    ])
    expect(claims('search', ...GOOD, 'zebra')).toEqual(ok('no claim matches\n'))
    expect(claims('search', ...GOOD, '  ')).toEqual(fails('claims search needs some text to search for'))
  })
})

describe('claims validate', () => {
  it('accepts the bundled database by default', () => {
    const run = claims('validate')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^✔ \d+ claims in \d+ files are valid\n$/)
  })

  it('accepts good files and folders', () => {
    expect(claims('validate', 'test/fixtures/claims-good')).toEqual(ok('✔ 5 claims in 2 files are valid\n'))
    expect(claims('validate', 'test/fixtures/claims-good/energy.yaml', 'test/fixtures/claimreview/graph.json')).toEqual(ok('✔ 3 claims in 2 files are valid\n'))
    expect(claims('validate', 'test/fixtures/claimreview/single.json')).toEqual(ok('✔ 1 claim in 1 file is valid\n'))
  })

  const cases: Array<[string, string, string]> = [
    ['a YAML syntax error', 'syntax-error.yaml', 'syntax-error.yaml:12:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a missing field', 'missing-verdict.yaml', 'missing-verdict.yaml:2:3: missing required field "verdict"'],
    ['an unknown status', 'bad-status.yaml', 'bad-status.yaml:4:11: status: must be one of true, mostly-true, misleading, false, unsupported, disputed, outdated (got "correct")'],
    ['a bad date', 'bad-date.yaml', 'bad-date.yaml:13:13: reviewed: not a real calendar date (got "2026-02-30")'],
    ['a bad URL', 'bad-url.yaml', 'bad-url.yaml:10:12: sources[0].url: not a valid http(s) URL (got "ftp://example.org/riverton/ferry/timetable")'],
    ['an unknown key', 'unknown-key.yaml', 'unknown-key.yaml:2:3: unknown field "summary"'],
    ['missing sources', 'missing-sources.yaml', 'missing-sources.yaml:6:12: sources: needs at least 1 item(s)'],
    ['a required word that is no word', 'empty-requires.yaml', 'empty-requires.yaml:4:22: requires[1]: must be a word or phrase (a letter or digit at least) (got "--")'],
    ['an unknown related id', 'unknown-related.yaml', 'unknown-related.yaml:16:7: related[1]: no claim has id "ferry-runs-all-night"'],
    ['a duplicate id (naming both places)', 'duplicate', 'duplicate/b.yaml:16:3: id: duplicate id "ferry-every-twenty-minutes" (first defined at test/fixtures/claims-bad/duplicate/a.yaml:2:3)'],
  ]
  for (const [what, file, message] of cases) {
    it(`reports ${what}: one line, exit 2`, () => {
      expect(claims('validate', `${BAD}/${file}`)).toEqual(fails(`${BAD}/${message}`))
    })
  }

  it('reports a duplicate id across files and a missing path', () => {
    expect(claims('validate', 'test/fixtures/claims-good', 'test/fixtures/claims-good/energy.yaml')).toEqual(
      fails('test/fixtures/claims-good/energy.yaml:3:3: id: duplicate id "lakeside-wind-farm-powers-half-the-city" (first defined at test/fixtures/claims-good/energy.yaml:3:3)'),
    )
    expect(claims('validate', 'test/fixtures/no-such-folder')).toEqual(fails('test/fixtures/no-such-folder: no such claims file or folder'))
  })

  it('reports the same errors for the other commands', () => {
    expect(claims('list', '--no-default-claims', '--claims', `${BAD}/bad-url.yaml`)).toEqual(
      fails(`${BAD}/bad-url.yaml:10:12: sources[0].url: not a valid http(s) URL (got "ftp://example.org/riverton/ferry/timetable")`),
    )
    expect(claims('stats', '--no-default-claims')).toEqual(fails('no claims: --no-default-claims needs --claims PATH'))
    expect(claims('show', 'x', '--claims', 'nowhere.yaml')).toEqual(fails('nowhere.yaml: no such claims file or folder'))
  })
})

describe('claims stats', () => {
  it('counts by status, topic and country, and lists stale reviews', () => {
    expect(claims('stats', ...GOOD)).toEqual(
      ok(`5 claims in 2 files

by status (as of 2026-11-29):
  true         1
  mostly-true  1
  misleading   0
  false        1
  unsupported  1
  disputed     0
  outdated     1

by topic:
  transit         3
  energy          2
  budget          1
  fares           1
  infrastructure  1

by country:
  US  4
  CA  2

reviewed more than a year before 2026-11-29 (before 2025-11-29): 1
  lakeside-wind-farm-powers-half-the-city  2024-05-01
`),
    )
  })

  it('writes JSON', () => {
    expect(JSON.parse(claims('stats', ...GOOD, '--as-of', '2027-10-02', '--format', 'json').stdout)).toEqual({
      asOf: '2027-10-02',
      claims: 5,
      files: 2,
      byStatus: {true: 1, 'mostly-true': 1, misleading: 0, false: 1, unsupported: 1, disputed: 0, outdated: 1},
      byTopic: {transit: 3, energy: 2, budget: 1, fares: 1, infrastructure: 1},
      byCountry: {US: 4, CA: 2},
      stale: {
        before: '2026-10-02',
        claims: [
          {id: 'lakeside-wind-farm-powers-half-the-city', reviewed: '2024-05-01'},
          {id: 'lakeside-solar-subsidy-doubled', reviewed: '2026-09-15'},
          {id: 'riverton-buses-are-fare-free', reviewed: '2026-10-01'},
          {id: 'riverton-tram-carries-million-riders-a-day', reviewed: '2026-10-01'},
          {id: 'riverton-tram-opened-2019', reviewed: '2026-10-01'},
        ],
      },
    })
  })
})

describe('claims export and import', () => {
  it('exports a JSON array of ClaimReview objects, sorted by id', () => {
    const run = claims('export', ...GOOD.slice(0, 3), '--format', 'claimreview')
    expect(run.code).toBe(0)
    const reviews = JSON.parse(run.stdout) as Array<Record<string, unknown>>
    expect(reviews.map((review) => review['@id'])).toEqual([
      'lakeside-solar-subsidy-doubled',
      'lakeside-wind-farm-powers-half-the-city',
      'riverton-buses-are-fare-free',
      'riverton-tram-carries-million-riders-a-day',
      'riverton-tram-opened-2019',
    ])
    expect(reviews[1]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': 'lakeside-wind-farm-powers-half-the-city',
      identifier: 'lakeside-wind-farm-powers-half-the-city',
      url: 'https://example.org/lakeside/power/fuel-mix-2023',
      claimReviewed: "The Lakeside wind farm supplies about half of the city's electricity.",
      datePublished: '2024-05-01',
      author: {'@type': 'Organization', name: 'Lakeside Power and Light'},
      reviewRating: {'@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly True'},
      reviewBody: "The utility's 2023 fuel-mix report puts wind at 46 percent of the electricity delivered to the city.",
      itemReviewed: {'@type': 'Claim'},
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Fuel mix disclosure 2023',
          publisher: {'@type': 'Organization', name: 'Lakeside Power and Light'},
          datePublished: '2024-03-01',
          url: 'https://example.org/lakeside/power/fuel-mix-2023',
        },
      ],
      keywords: ['energy'],
      spatialCoverage: [
        {'@type': 'Country', identifier: 'US'},
        {'@type': 'Country', identifier: 'CA'},
      ],
    })
  })

  it('exports JSON Lines, one review per line', () => {
    const run = claims('export', ...GOOD.slice(0, 3), '--format', 'jsonl')
    const lines = run.stdout.split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as {identifier: string}).identifier)).toHaveLength(5)
    expect(claims('export', ...GOOD.slice(0, 3), '--format', 'csv').code).toBe(2)
  })

  it('import restores the fixture database exactly (YAML with the schema header)', async () => {
    const exported = join(scratch, 'good.jsonl')
    await writeFile(exported, claims('export', ...GOOD.slice(0, 3), '--format', 'jsonl').stdout)
    const run = claims('import', exported)
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=./claims/schema.json')
    const original = await loadClaims(['test/fixtures/claims-good'])
    const byId = (a: Claim, b: Claim): number => a.id.localeCompare(b.id)
    expect(parse(run.stdout) as Claim[]).toEqual([...original.claims].sort(byId))
  })

  it('round-trips the whole bundled database: export → import → validate, no loss', async () => {
    const exported = join(scratch, 'bundled.json')
    const exportRun = claims('export')
    expect(exportRun.stderr).toBe('')
    await writeFile(exported, exportRun.stdout)
    const importRun = claims('import', exported)
    expect(importRun.stderr).toBe('')
    const yamlFile = join(scratch, 'bundled.yaml')
    await writeFile(yamlFile, importRun.stdout)
    const imported = parseYamlClaims(importRun.stdout, yamlFile).claims
    const original = (await loadClaims([DEFAULT_CLAIMS_DIR])).claims
    const byId = (a: Claim, b: Claim): number => (a.id < b.id ? -1 : 1)
    const essentials = (claim: Claim): unknown => ({id: claim.id, status: claim.status, claim: claim.claim, verdict: claim.verdict, sources: claim.sources.map(({publisher, title, date, url}) => ({publisher, title, date, url}))})
    expect(imported.map(essentials)).toEqual([...original].sort(byId).map(essentials))
    // Everything else survives too.
    expect(imported).toEqual([...original].sort(byId))
    expect(claims('validate', yamlFile)).toEqual(ok(`✔ ${original.length} claims in 1 file are valid\n`))
  })

  it('rates by --as-of on export and still restores the stored status', async () => {
    const run = claims('export', ...GOOD, '--format', 'jsonl')
    const fareFree = run.stdout.split('\n').find((line) => line.includes('"riverton-buses-are-fare-free"'))!
    expect(JSON.parse(fareFree)).toMatchObject({reviewRating: {alternateName: 'Outdated', ratingValue: 2}})
    const file = join(scratch, 'as-of.jsonl')
    await writeFile(file, run.stdout)
    const restored = (parse(claims('import', file).stdout) as Claim[]).find((claim) => claim.id === 'riverton-buses-are-fare-free')
    expect(restored).toMatchObject({status: 'true', statusAfter: 'outdated', validUntil: '2026-06-30'})
  })
})

describe('check with a ClaimReview JSON Lines database', () => {
  it('matches sentences against the reviews directly', () => {
    const input = 'Port records say the Riverton harbour was dredged in 2024 for the first time in fifty years.\nSome say the Riverton harbour is the deepest harbour on the lake.\n'
    const run = runCli(['--no-default-claims', '--claims', 'test/fixtures/claimreview/reviews.jsonl', '--as-of', '2026-11-29', '--format', 'json', '-'], {input})
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {files: Array<{findings: Array<{line: number; kind: string; severity: string; claim: {id: string; status: string; sources: Array<{url: string}>}}>}>}
    expect(report.files[0]!.findings.map((finding) => `${finding.line} ${finding.kind} ${finding.severity} ${finding.claim.id} ${finding.claim.status} ${finding.claim.sources[0]!.url}`)).toEqual([
      '1 match info riverton-harbour-dredged-2024 true https://factdesk.example.org/2026/harbour-dredging',
      '2 match error riverton-harbour-deepest-on-the-lake false https://factdesk.example.org/2026/harbour-depth',
    ])
  })

  it('shows and searches imported reviews like YAML claims', () => {
    const jsonl = ['--no-default-claims', '--claims', 'test/fixtures/claimreview/reviews.jsonl', '--as-of', '2026-11-29']
    expect(claims('list', ...jsonl)).toEqual(
      ok(`false        riverton-harbour-deepest-on-the-lake  The Riverton harbour is the deepest harbour on the lake.
true         riverton-harbour-dredged-2024  The Riverton harbour was dredged in 2024 for the first time in fifty years.
2 claims (statuses as of 2026-11-29)
`),
    )
    expect(claims('show', 'riverton-harbour-dredged-2024', ...jsonl).stdout).toContain('defined at:  test/fixtures/claimreview/reviews.jsonl:1:1\n')
    expect(claims('show', 'riverton-harbour-deepest-on-the-lake', ...jsonl).stdout).toContain('defined at:  test/fixtures/claimreview/reviews.jsonl:3:1\n')
  })
})

describe('terminal safety', () => {
  it('escapes control characters from claims files in text output', async () => {
    const file = join(scratch, 'escape.yaml')
    await writeFile(
      file,
      `- id: escape-test-claim
  claim: "Riverton \\e[31mred\\e[0m harbour claim \\u009b2J text"
  status: "true"
  verdict: A verdict long enough to pass the schema check.
  sources:
    - publisher: Example Desk
      title: Escapes
      date: 2026-01-01
      url: https://example.org/escape
  topics: [test]
  countries: [US]
  reviewed: 2026-01-01
`,
    )
    const run = claims('list', '--no-default-claims', '--claims', file, '--as-of', '2026-11-29')
    expect(run.stdout).toBe('true         escape-test-claim  Riverton red harbour claim  text\n1 claim (statuses as of 2026-11-29)\n')
    const json = claims('list', '--no-default-claims', '--claims', file, '--format', 'json').stdout
    expect(json).not.toMatch(/[\u001b\u009b]/)
    expect((JSON.parse(json) as Claim[])[0]!.claim).toBe('Riverton \u001b[31mred\u001b[0m harbour claim \u009b2J text')
  })
})
