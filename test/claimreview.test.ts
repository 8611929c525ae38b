// ClaimReview import/export: the mapping (unit), every accepted input shape and every input
// error (through the built CLI's `claims import`), and lossless export → import.
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {
  claimsFromClaimReviewText,
  claimToClaimReview,
  idFromUrl,
  RATING_BY_STATUS,
  statusFromRatingText,
  statusFromRatingValue,
} from '../src/claims/claimreview.js'
import {ClaimsError} from '../src/claims/errors.js'
import {loadClaims} from '../src/claims/load.js'
import {DEFAULT_CLAIMS_DIR} from '../src/claims/paths.js'
import {validateClaimsData} from '../src/claims/validate.js'
import {STATUSES, type Claim} from '../src/types.js'
import {runCli} from './helpers.js'

const FIXTURES = 'test/fixtures/claimreview'

/** A minimal ClaimReview, with fields replaced or removed (undefined) as given. */
function review(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factdesk.example.org/2026/sample',
    datePublished: '2026-07-01',
    author: {'@type': 'Organization', name: 'Example Fact Desk'},
    claimReviewed: 'Riverton has a lighthouse on every pier.',
    reviewRating: {'@type': 'Rating', alternateName: 'False'},
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key]
    else base[key] = value
  }
  return base
}

const importOne = (value: unknown, file = 'reviews.json'): Claim => {
  const {claims} = claimsFromClaimReviewText(JSON.stringify(value, null, 2), file)
  expect(claims).toHaveLength(1)
  return claims[0]!
}

const importError = (text: string, file = 'reviews.json'): string => {
  try {
    claimsFromClaimReviewText(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimsError)
    return (error as Error).message
  }
  throw new Error('expected a ClaimsError')
}

/** JSON round trip drops undefined members, as a file would. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('ClaimReview status mapping', () => {
  it('maps the documented textual ratings', () => {
    const table: Record<string, string> = {
      True: 'true',
      'Mostly True': 'mostly-true',
      'Half True': 'misleading',
      Mixture: 'disputed',
      Misleading: 'misleading',
      'Missing context': 'misleading',
      'Mostly False': 'false',
      False: 'false',
      'Pants on Fire': 'false',
      'Pants on Fire!': 'false',
      Unproven: 'unsupported',
      Unsupported: 'unsupported',
      'No evidence': 'unsupported',
      Outdated: 'outdated',
      Disputed: 'disputed',
      'HALF-TRUE': 'misleading',
      '  mostly   false. ': 'false',
    }
    for (const [text, status] of Object.entries(table)) expect([text, statusFromRatingText(text)]).toEqual([text, status])
    expect(statusFromRatingText('Four Pinocchios')).toBeUndefined()
  })

  it('maps ratingValue on the 1–5 scale, rescaling other scales', () => {
    expect([5, 4, 3, 2, 1].map((value) => statusFromRatingValue(value))).toEqual(['true', 'mostly-true', 'misleading', 'false', 'false'])
    expect(statusFromRatingValue(10, 10, 0)).toBe('true')
    expect(statusFromRatingValue(0, 10, 0)).toBe('false')
    expect(statusFromRatingValue(1, 4, 1)).toBe('false')
    expect(statusFromRatingValue(6)).toBeUndefined()
    expect(statusFromRatingValue(3, 1, 5)).toBeUndefined()
  })

  it('uses ratingValue when the text is unknown, and the text when both are given', () => {
    expect(importOne(review({reviewRating: {alternateName: 'Four Pinocchios', ratingValue: 4}})).status).toBe('mostly-true')
    expect(importOne(review({reviewRating: {ratingValue: '5'}})).status).toBe('true')
    expect(importOne(review({reviewRating: {alternateName: 'Mostly True', ratingValue: 1}})).status).toBe('mostly-true')
  })

  it('exports every status with the documented rating', () => {
    expect(STATUSES.map((status) => [status, RATING_BY_STATUS[status].ratingValue, RATING_BY_STATUS[status].alternateName])).toEqual([
      ['true', 5, 'True'],
      ['mostly-true', 4, 'Mostly True'],
      ['misleading', 3, 'Misleading'],
      ['false', 1, 'False'],
      ['unsupported', 2, 'Unsupported'],
      ['disputed', 3, 'Disputed'],
      ['outdated', 2, 'Outdated'],
    ])
    for (const status of STATUSES) expect(statusFromRatingText(RATING_BY_STATUS[status].alternateName)).toBe(status)
  })
})

describe('ClaimReview → claim', () => {
  it('builds a complete, valid claim from a minimal review', () => {
    const claim = importOne(review())
    expect(claim).toEqual({
      id: idFromUrl('https://factdesk.example.org/2026/sample'),
      claim: 'Riverton has a lighthouse on every pier.',
      status: 'false',
      verdict: 'Rated “False” by Example Fact Desk.',
      sources: [
        {
          publisher: 'Example Fact Desk',
          title: 'Riverton has a lighthouse on every pier.',
          date: '2026-07-01',
          url: 'https://factdesk.example.org/2026/sample',
        },
      ],
      topics: ['imported'],
      countries: ['US'],
      reviewed: '2026-07-01',
    })
    expect(validateClaimsData([claim])).toEqual([])
  })

  it('derives stable, distinct ids from urls', () => {
    const id = idFromUrl('https://www.factdesk.example.org/2026/Sample-Page')
    expect(id).toMatch(/^factdesk-example-org-2026-sample-page-[0-9a-f]{8}$/)
    expect(idFromUrl('https://www.factdesk.example.org/2026/Sample-Page')).toBe(id)
    expect(idFromUrl('https://www.factdesk.example.org/2026/Sample-Page#claim-2')).not.toBe(id)
    const long = idFromUrl(`https://factdesk.example.org/${'very-long-path-segment/'.repeat(10)}`)
    expect(long.length).toBeLessThanOrEqual(100)
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('takes the id from identifier or @id, slugified', () => {
    expect(importOne(review({identifier: 'Ferry Review #7'})).id).toBe('ferry-review-7')
    expect(importOne(review({identifier: {'@type': 'PropertyValue', value: 'Café Check'}})).id).toBe('cafe-check')
    expect(importOne(review({'@id': 'Lighthouse_Check'})).id).toBe('lighthouse-check')
    expect(importOne(review({'@id': '#lighthouse'})).id).toBe('lighthouse')
    expect(importOne(review({'@id': 'https://factdesk.example.org/2026/sample#review'})).id).toBe(idFromUrl('https://factdesk.example.org/2026/sample#review'))
    expect(importOne(review({'@id': '_:b0'})).id).toBe(idFromUrl('https://factdesk.example.org/2026/sample'))
    const long = importOne(review({identifier: 'x'.repeat(150)})).id
    expect(long).toMatch(/^x{91}-[0-9a-f]{8}$/)
  })

  it('reads verdict, title, claimant, keywords and countries', () => {
    const claim = importOne(
      review({
        '@type': ['schema:ClaimReview'],
        headline: 'Lighthouses on Riverton piers',
        reviewBody: 'Only two of Riverton’s nine piers have a lighthouse, according to harbour maps.',
        keywords: ['Harbour, Lighthouses', 'harbour'],
        spatialCoverage: [{'@type': 'Country', identifier: 'gb'}, 'IE'],
        itemReviewed: {'@type': 'Claim', author: [{'@type': 'Person', name: 'A. Tour Guide'}], alternateName: 'Every pier in Riverton has its own lighthouse.'},
        datePublished: '2026-07-01T08:00:00+02:00',
      }),
    )
    expect(claim).toMatchObject({
      claim: 'Riverton has a lighthouse on every pier.',
      variants: ['Every pier in Riverton has its own lighthouse.'],
      verdict: 'Only two of Riverton’s nine piers have a lighthouse, according to harbour maps.',
      sources: [{publisher: 'Example Fact Desk', title: 'Lighthouses on Riverton piers', date: '2026-07-01'}],
      topics: ['harbour', 'lighthouses'],
      countries: ['GB', 'IE'],
      claimant: 'A. Tour Guide',
    })
  })

  it('keeps citations as sources, after the review itself unless it is cited', () => {
    const citation = {'@type': 'CreativeWork', name: 'Harbour map', publisher: {name: 'Riverton Port'}, datePublished: '2025-03', url: 'https://port.example.org/map', description: 'Shows two lighthouses.'}
    const cited = importOne(review({citation: [citation, 'https://port.example.org/list']}))
    expect(cited.sources).toEqual([
      {publisher: 'Example Fact Desk', title: 'Riverton has a lighthouse on every pier.', date: '2026-07-01', url: 'https://factdesk.example.org/2026/sample'},
      {publisher: 'Riverton Port', title: 'Harbour map', date: '2025-03', url: 'https://port.example.org/map', note: 'Shows two lighthouses.'},
      {publisher: 'port.example.org', title: 'https://port.example.org/list', date: '2026-07-01', url: 'https://port.example.org/list'},
    ])
    const self = importOne(review({citation: [{...citation, url: 'https://factdesk.example.org/2026/sample'}]}))
    expect(self.sources.map((source) => source.url)).toEqual(['https://factdesk.example.org/2026/sample'])
  })

  it('applies --reviewed and falls back to the feed item date', () => {
    expect(claimsFromClaimReviewText(JSON.stringify(review()), 'r.json', {reviewed: '2026-09-09'}).claims[0]!.reviewed).toBe('2026-09-09')
    const feed = {dataFeedElement: [{'@type': 'DataFeedItem', dateCreated: '2026-05-05T10:00:00Z', item: review({datePublished: undefined})}]}
    expect(importOne(feed).reviewed).toBe('2026-05-05')
  })

  it('reads JSON Lines from a .json file, with CRLF, a BOM and blank lines', () => {
    const text = `\ufeff${JSON.stringify(review({identifier: 'one'}))}\r\n\r\n${JSON.stringify(review({identifier: 'two'}))}\r\n`
    const {claims, origins} = claimsFromClaimReviewText(text, 'feed.json')
    expect(claims.map((claim) => claim.id)).toEqual(['one', 'two'])
    expect(origins).toEqual([
      {file: 'feed.json', line: 1, column: 2},
      {file: 'feed.json', line: 3, column: 1},
    ])
  })

  it('names the place of every review', () => {
    const text = JSON.stringify([review({identifier: 'one'}), {'@type': 'WebPage'}, review({identifier: 'two'})], null, 2)
    expect(claimsFromClaimReviewText(text, 'r.json').origins).toEqual([
      {file: 'r.json', line: 2, column: 3},
      {file: 'r.json', line: 21, column: 3},
    ])
  })

  it('reads an empty file or an empty list as no claims', () => {
    expect(claimsFromClaimReviewText('', 'r.json').claims).toEqual([])
    expect(claimsFromClaimReviewText(' [ ] ', 'r.json').claims).toEqual([])
    expect(claimsFromClaimReviewText('\n\n', 'r.jsonl').claims).toEqual([])
  })

  it('produces only claims that pass validation (every fixture shape)', async () => {
    const {readFile} = await import('node:fs/promises')
    for (const name of ['single.json', 'array.json', 'graph.json', 'datafeed.json', 'reviews.jsonl', 'factchecktools.json']) {
      const {claims} = claimsFromClaimReviewText(await readFile(`${FIXTURES}/${name}`, 'utf8'), name)
      expect(claims.length, name).toBeGreaterThan(0)
      expect(validateClaimsData(claims), name).toEqual([])
    }
  })
})

describe('ClaimReview input errors', () => {
  it('reports JSON syntax errors with line and column', () => {
    expect(importError('{\n  "url": "https://example.org/x",\n  "claimReviewed": "unterminated\n}')).toBe('reviews.json:3:20: JSON syntax error: unterminated string')
    expect(importError('{"a": "bad \\x escape"}')).toBe('reviews.json:1:12: JSON syntax error: bad escape "\\x" in string')
    expect(importError('[1, 2')).toBe('reviews.json:1:6: JSON syntax error: expected "," or "]" after an array item, found the end of the input')
    expect(importError('{"a": tru}')).toBe('reviews.json:1:7: JSON syntax error: unexpected "t", expected a value')
    expect(importError('{"a": 1} x')).toBe('reviews.json:1:10: JSON syntax error: unexpected "x" after the JSON value')
  })

  it('reports the bad line of a JSON Lines file', () => {
    const text = `${JSON.stringify(review())}\n\n{"url": }\n`
    expect(importError(text, 'reviews.jsonl')).toBe('reviews.jsonl:3:9: JSON Lines: line 3 is not valid JSON: unexpected "}", expected a value')
  })

  it('names the field and place of a bad review', () => {
    expect(importError(JSON.stringify(review({url: undefined})))).toBe('reviews.json:1:1: url: missing (a review needs the URL of the fact-check)')
    expect(importError(JSON.stringify(review({url: 'mailto:desk@example.org'})))).toBe(
      'reviews.json:1:62: url: not a valid http(s) URL (got "mailto:desk@example.org")',
    )
    expect(importError(JSON.stringify(review({claimReviewed: undefined})))).toBe('reviews.json:1:1: claimReviewed: missing (a ClaimReview needs the claim it reviews)')
    expect(importError(JSON.stringify(review({claimReviewed: 'Short'})))).toMatch(/^reviews\.json:1:\d+: claimReviewed: must NOT have fewer than 10 characters/)
    expect(importError(JSON.stringify(review({datePublished: 'July 1, 2026'})))).toMatch(/^reviews\.json:1:\d+: datePublished: not a valid date \(YYYY-MM-DD\) \(got "July 1, 2026"\)$/)
    expect(importError(JSON.stringify(review({datePublished: '2026-02-30'})))).toMatch(/datePublished: not a valid date/)
    expect(importError(JSON.stringify(review({spatialCoverage: 'Northland'})))).toMatch(/: spatialCoverage\[0\]: not an ISO 3166-1 alpha-2 country code \(got "Northland"\)$/)
    expect(importError(JSON.stringify(review({reviewRating: {alternateName: 'Three Lighthouses', ratingValue: 9}})))).toMatch(
      /: reviewRating: cannot map the rating of the review "https:\/\/factdesk\.example\.org\/2026\/sample" to a status \("Three Lighthouses" is not a known rating, ratingValue 9 is not on a known scale\)$/,
    )
    expect(importError(JSON.stringify(review({reviewRating: undefined})))).toMatch(/reviewRating: cannot map .* \(no reviewRating\)$/)
  })

  it('names bad Fact Check Tools reviews, citations and factcheck properties', () => {
    const search = (review: Record<string, unknown>): string =>
      JSON.stringify({claims: [{text: 'Riverton has a lighthouse on every pier.', claimReview: [{url: 'https://checks.example.org/r/1', reviewDate: '2026-07-01', ...review}]}]})
    expect(importError(search({textualRating: 'Three Lighthouses'}))).toMatch(
      /^reviews\.json:1:\d+: textualRating: cannot map the rating of the review "https:\/\/checks\.example\.org\/r\/1" to a status \("Three Lighthouses" is not a known rating\)$/,
    )
    expect(importError(search({}))).toMatch(/: textualRating: missing \(the review "https:\/\/checks\.example\.org\/r\/1" has no rating\)$/)
    expect(importError(JSON.stringify({claims: [{text: 'Riverton has a lighthouse on every pier.', claimReview: []}]}))).toMatch(
      /: claimReview: missing \(a Fact Check Tools claim needs at least one review\)$/,
    )
    expect(importError(JSON.stringify(review({citation: [{name: 'No address'}]})))).toMatch(/: citation\[0\]\.url: missing \(every citation needs a url\)$/)
    expect(importError(JSON.stringify(review({citation: ['not a url']})))).toMatch(/: citation\[0\]: not a valid http\(s\) URL \(got "not a url"\)$/)
    expect(importError(JSON.stringify(review({additionalProperty: [{propertyID: 'factcheck:colour', value: 'red'}]})))).toMatch(
      /: additionalProperty\[0\]\.propertyID: unknown property "factcheck:colour"$/,
    )
    expect(importError(JSON.stringify(review({additionalProperty: [{propertyID: 'factcheck:statusBefore', value: 'maybe'}, {propertyID: 'factcheck:validFrom', value: '2026-01-01'}]})))).toMatch(
      /: statusBefore \(as imported\): must be one of true, mostly-true, misleading, false, unsupported, disputed, outdated \(got "maybe"\)$/,
    )
  })

  it('escapes control characters from the input in messages', () => {
    const message = importError(JSON.stringify(review({reviewRating: {alternateName: 'Odd\u001b[2J\u009b rating'}})))
    expect(message).not.toMatch(/[\u001b\u009b]/)
    expect(message).toContain('"Odd\\u001b[2J\\u009b rating" is not a known rating')
  })

  it('rejects input that holds no ClaimReview', () => {
    expect(importError('{"name": "not a review"}')).toBe(
      'reviews.json:1:1: @type: not a ClaimReview; expected a ClaimReview, a list of them, an @graph, a DataFeed or a Fact Check Tools claims:search response',
    )
    expect(importError('{"@type": "WebPage"}')).toBe(
      'reviews.json:1:1: no ClaimReview found; expected a ClaimReview, a list of them, an @graph, a DataFeed or a Fact Check Tools claims:search response',
    )
    expect(importError('[\n  "text"\n]')).toBe(
      'reviews.json:2:3: not a ClaimReview (got string); expected a ClaimReview, a list of them, an @graph, a DataFeed or a Fact Check Tools claims:search response',
    )
  })

  it('reports a duplicate id at both places', () => {
    const text = `${JSON.stringify(review({identifier: 'same'}))}\n${JSON.stringify(review({identifier: 'same'}))}\n`
    expect(importError(text, 'r.jsonl')).toBe('r.jsonl:2:1: id: duplicate id "same" (first defined at r.jsonl:1:1)')
  })
})

describe('claim → ClaimReview', () => {
  const claim: Claim = {
    id: 'riverton-buses-are-fare-free',
    claim: "Riverton's city buses are free to ride.",
    variants: ['Buses in Riverton cost nothing to ride.'],
    status: 'true',
    verdict: 'The fare-free pilot made every city bus free to ride until the end of June 2026.',
    sources: [
      {publisher: 'Riverton City Council', title: 'Fare-free bus pilot', date: '2024-11-20', url: 'https://example.org/riverton/council/fare-free-pilot', note: 'Council decision.'},
      {publisher: 'Riverton Courier', title: 'Fares return', date: '2026-07', url: 'https://example.org/courier/fares-return'},
    ],
    topics: ['transit', 'fares'],
    countries: ['US'],
    reviewed: '2026-10-01',
    claimant: 'Riverton council',
    facts: {numbers: [{value: 2, unit: 'dollars'}, {value: 30}], dates: ['2026-06-30'], actors: ['Riverton City Council']},
    validUntil: '2026-06-30',
    statusAfter: 'outdated',
    verdictAfter: 'The pilot ended on 30 June 2026; fares returned on 1 July 2026.',
    related: ['riverton-tram-opened-2019'],
  }

  it('writes schema.org ClaimReview JSON-LD', () => {
    const review = claimToClaimReview(claim)
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': 'riverton-buses-are-fare-free',
      identifier: 'riverton-buses-are-fare-free',
      url: 'https://example.org/riverton/council/fare-free-pilot',
      claimReviewed: "Riverton's city buses are free to ride.",
      datePublished: '2026-10-01',
      author: {'@type': 'Organization', name: 'Riverton City Council'},
      reviewRating: {'@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True'},
      reviewBody: 'The fare-free pilot made every city bus free to ride until the end of June 2026.',
      itemReviewed: {'@type': 'Claim', author: {name: 'Riverton council'}, alternateName: ['Buses in Riverton cost nothing to ride.']},
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Fare-free bus pilot',
          publisher: {'@type': 'Organization', name: 'Riverton City Council'},
          datePublished: '2024-11-20',
          url: 'https://example.org/riverton/council/fare-free-pilot',
          description: 'Council decision.',
        },
        {
          '@type': 'CreativeWork',
          name: 'Fares return',
          publisher: {'@type': 'Organization', name: 'Riverton Courier'},
          datePublished: '2026-07',
          url: 'https://example.org/courier/fares-return',
        },
      ],
      keywords: ['transit', 'fares'],
      spatialCoverage: [{'@type': 'Country', identifier: 'US'}],
      additionalProperty: [
        {'@type': 'PropertyValue', propertyID: 'factcheck:validUntil', value: '2026-06-30'},
        {'@type': 'PropertyValue', propertyID: 'factcheck:statusAfter', value: 'outdated'},
        {'@type': 'PropertyValue', propertyID: 'factcheck:verdictAfter', value: 'The pilot ended on 30 June 2026; fares returned on 1 July 2026.'},
        {'@type': 'PropertyValue', propertyID: 'factcheck:number', value: 2, unitText: 'dollars'},
        {'@type': 'PropertyValue', propertyID: 'factcheck:number', value: 30},
        {'@type': 'PropertyValue', propertyID: 'factcheck:date', value: '2026-06-30'},
        {'@type': 'PropertyValue', propertyID: 'factcheck:actor', value: 'Riverton City Council'},
        {'@type': 'PropertyValue', propertyID: 'factcheck:related', value: 'riverton-tram-opened-2019'},
      ],
    })
  })

  it('rates by the verdict on --as-of and still restores the stored one', () => {
    const review = claimToClaimReview(claim, {asOf: '2026-11-29'})
    expect(review.reviewRating).toMatchObject({ratingValue: 2, alternateName: 'Outdated'})
    expect(review.reviewBody).toBe(claim.verdictAfter)
    expect(importOne(review)).toEqual(claim)
  })

  it('round-trips a claim without loss', () => {
    expect(importOne(claimToClaimReview(claim))).toEqual(claim)
    const minimal: Claim = {...claim, variants: undefined, claimant: undefined, facts: undefined, validUntil: undefined, statusAfter: undefined, verdictAfter: undefined, related: undefined}
    expect(importOne(claimToClaimReview(plain(minimal)))).toEqual(plain(minimal))
  })

  it('round-trips the whole bundled database without loss (JSON and JSON Lines)', async () => {
    const database = await loadClaims([DEFAULT_CLAIMS_DIR])
    expect(database.claims.length).toBeGreaterThan(0)
    const reviews = database.claims.map((entry) => claimToClaimReview(entry))
    expect(claimsFromClaimReviewText(JSON.stringify(reviews, null, 2), 'all.json').claims).toEqual(database.claims)
    expect(claimsFromClaimReviewText(reviews.map((entry) => JSON.stringify(entry)).join('\n'), 'all.jsonl').claims).toEqual(database.claims)
    const asOf = database.claims.map((entry) => claimToClaimReview(entry, {asOf: '2020-01-01'}))
    expect(claimsFromClaimReviewText(JSON.stringify(asOf), 'as-of.json').claims).toEqual(database.claims)
  })
})

describe('claims import (CLI): every accepted shape', () => {
  const header = (file: string): string => `# yaml-language-server: $schema=./claims/schema.json\n# Imported from ${file} by factcheck claims import.\n`
  const importYaml = (name: string): Claim[] => {
    const run = runCli(['claims', 'import', `${FIXTURES}/${name}`])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith(header(`${FIXTURES}/${name}`))).toBe(true)
    return parse(run.stdout) as Claim[]
  }
  const brief = (claims: Claim[]): string[] => claims.map((claim) => `${claim.id} ${claim.status} ${claim.reviewed} ${claim.sources[0]!.publisher}`)

  it('imports a single ClaimReview as YAML (exact output)', () => {
    const run = runCli(['claims', 'import', `${FIXTURES}/single.json`])
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `${header(`${FIXTURES}/single.json`)}- id: factdesk-example-org-2026-riverton-ferry-fares-8d30a5b7
  claim: Riverton ferry fares tripled between 2024 and 2025.
  status: misleading
  verdict: Rated “Half True” by Example Fact Desk.
  sources:
    - publisher: Example Fact Desk
      title: Did Riverton ferry fares triple in one year?
      date: 2026-03-02
      url: https://factdesk.example.org/2026/riverton-ferry-fares
  topics: [imported]
  countries: [US]
  reviewed: 2026-03-02
  claimant: A. Councillor
`,
    })
  })

  it('imports a JSON array', () => {
    const claims = importYaml('array.json')
    expect(brief(claims)).toEqual(['lakeside-ferry-01 false 2026-04-10 Example Checks', `${idFromUrl('https://checks.example.org/reviews/lakeside-ferry#second')} unsupported 2026-04-10 Example Checks`])
    expect(claims[0]).toMatchObject({topics: ['ferries', 'lakeside-transport'], countries: ['CA'], verdict: 'Port records show dozens of delayed sailings every winter, mostly because of ice on the lake.'})
    expect(claims[1]!.verdict).toBe('Rated “Unproven” by Example Checks.')
  })

  it('imports the ClaimReview from an @graph and ignores the other nodes', () => {
    expect(brief(importYaml('graph.json'))).toEqual(['tram-speed-review false 2026-05-20 Example Fact Desk'])
  })

  it('imports a DataFeed (feed item dates, rescaled ratingValue)', () => {
    expect(brief(importYaml('datafeed.json'))).toEqual([
      `${idFromUrl('https://feed.example.org/checks/1001')} true 2026-06-01 Example Feed Checkers`,
      `${idFromUrl('https://feed.example.org/checks/1002')} false 2026-06-02 Example Feed Checkers`,
    ])
  })

  it('imports JSON Lines', () => {
    expect(brief(importYaml('reviews.jsonl'))).toEqual([
      'riverton-harbour-dredged-2024 true 2026-07-01 Example Fact Desk',
      'riverton-harbour-deepest-on-the-lake false 2026-07-01 Example Fact Desk',
    ])
  })

  it('imports a Fact Check Tools claims:search response, one claim per review', () => {
    const claims = importYaml('factchecktools.json')
    expect(brief(claims)).toEqual([
      `${idFromUrl('https://factdesk.example.org/2026/water-bills')} false 2026-07-20 Example Fact Desk`,
      `${idFromUrl('https://checks.example.org/reviews/water-bills')} misleading 2026-07-22 checks.example.org`,
      `${idFromUrl('https://checks.example.org/reviews/bridges')} true 2026-08-01 Example Checks`,
    ])
    expect(claims[0]).toMatchObject({
      claim: "Lakeside's water bills went up by 40 percent this year.",
      claimant: "Lakeside residents' group",
      verdict: 'Rated “Mostly False” by Example Fact Desk.',
      sources: [{title: 'Water bills rose, but not by 40 percent'}],
    })
    expect(claims[2]!.claimant).toBeUndefined()
  })

  it('takes the review date from --reviewed', () => {
    const run = runCli(['claims', 'import', `${FIXTURES}/no-date.json`, '--reviewed', '2026-08-01'])
    expect(run.code).toBe(0)
    expect((parse(run.stdout) as Claim[])[0]).toMatchObject({reviewed: '2026-08-01', sources: [{date: '2026-08-01'}]})
  })

  it('writes YAML that claims validate accepts', async () => {
    const {mkdtemp, rm, writeFile} = await import('node:fs/promises')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const folder = await mkdtemp(join(tmpdir(), 'factcheck-import-'))
    try {
      for (const name of ['single.json', 'array.json', 'graph.json', 'datafeed.json', 'reviews.jsonl', 'factchecktools.json']) {
        await writeFile(join(folder, `${name}.yaml`), runCli(['claims', 'import', `${FIXTURES}/${name}`]).stdout)
      }
      expect(runCli(['claims', 'validate', folder])).toEqual({code: 0, stdout: '✔ 11 claims in 6 files are valid\n', stderr: ''})
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})

describe('claims import (CLI): errors', () => {
  const cases: Array<[string, string]> = [
    ['bad-syntax.json', 'bad-syntax.json:6:1: JSON syntax error: expected a property name in double quotes, found "}"'],
    ['bad-line.jsonl', 'bad-line.jsonl:2:107: JSON Lines: line 2 is not valid JSON: expected "," or "}" after a property value, found "\\""'],
    ['missing-url.json', 'missing-url.json:1:1: url: missing (a review needs the URL of the fact-check)'],
    ['bad-url.json', 'bad-url.json:4:10: url: not a valid http(s) URL (got "factdesk.example.org/2026/no-scheme")'],
    ['missing-claim.json', 'missing-claim.json:2:3: claimReviewed: missing (a ClaimReview needs the claim it reviews)'],
    [
      'unknown-rating.json',
      'unknown-rating.json:8:19: reviewRating: cannot map the rating of the review "https://factdesk.example.org/2026/odd-rating" to a status ("Three Lighthouses" is not a known rating, no ratingValue)',
    ],
    ['no-date.json', 'no-date.json:1:1: datePublished: missing (the review date; claims import --reviewed DATE can supply one)'],
  ]
  for (const [name, message] of cases) {
    it(`${name}: one line, exit 2`, () => {
      expect(runCli(['claims', 'import', `${FIXTURES}/${name}`])).toEqual({code: 2, stdout: '', stderr: `factcheck: ${FIXTURES}/${message}\n`})
    })
  }

  it('names a file that cannot be read', () => {
    expect(runCli(['claims', 'import', `${FIXTURES}/absent.json`])).toEqual({code: 2, stdout: '', stderr: `factcheck: ${FIXTURES}/absent.json: cannot read ClaimReview file (no such file)\n`})
  })

  it('reports the same errors when check loads the file', () => {
    expect(runCli(['--no-default-claims', '--claims', `${FIXTURES}/bad-url.json`, '-'], {input: 'Some text.\n'})).toEqual({
      code: 2,
      stdout: '',
      stderr: `factcheck: ${FIXTURES}/bad-url.json:4:10: url: not a valid http(s) URL (got "factdesk.example.org/2026/no-scheme")\n`,
    })
  })
})
