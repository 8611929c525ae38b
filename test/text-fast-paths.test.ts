// The shortcuts that make per-sentence text processing cheap must change no result: the word-by-
// word alias matcher must find what the alias regexes find, skipped passes must be passes that
// could not have changed the text, and caches must hand out what a fresh computation would.
// Reference versions of the passes below are the straightforward regex chains they replace.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readAssertions} from '../src/match/figures.js'
import {characterPasses, cleanMarkup, foldCharacters, foldNumberWords, markupPasses, matchWords, normalizeText, pairIndex, tokenize} from '../src/match/normalize.js'

/** Characters that exercise the shortcuts: case, ſ/K folds, separators, markup, digits, non-ASCII. */
const TRICKY = [
  'a', 'b', 'c', 'k', 'n', 'o', 's', 't', 'u', 'w', 'x', 'A', 'K', 'N', 'O', 'R', 'S', 'T', 'U', 'W',
  '\u017f', '\u212a', ' ', '-', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '.', "'", '/', '@', '#', ':', '_', '0', '1', '5', '9',
  '\u001b', '[', 'm', '\u009b', '\u00e9', 'e\u0301', '\u2019', '\u201c', '\u2014', '\ufb01', '\u00bd', '\u2460', '\ud83d\ude00',
]
const WORDS = [
  'RT', 'rt', 'w/', 'No.', 'no. 5', '#1', '#FentanylCrisis', '@dea', 'http://x.co/a', 'www.x.org', 'pic.twitter.com/x', 'twenty',
  'twenty-one', 'Seven', 'a hundred', 'One Thousand', '3 hundred', 'hundreds', 'u.s.', 'U. S.', 'united  states', 'united-states',
  'white\u00a0house', 'US', 'Us', '\u017ftate department', '\u212aremlin', 'may 5', '5th of May 2020', 'in 1874', 'FY2024',
  'half', '7 out of 10', "isn't", 'cant', '2019', '30-31 January 2024', 'ages 18-45', ' ',
]
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...WORDS)), {maxLength: 16})
  .map((parts) => parts.join(''))

describe('matchWords', () => {
  const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  /** The sticky regex the alias table builds for a form (`word1[\s-]+word2…`). */
  const formRegex = (form: string, caseSensitive: boolean): RegExp =>
    new RegExp(form.split(/[\s-]+/).map(escape).join('[\\s-]+'), caseSensitive ? 'uy' : 'iuy')
  const fold = (char: string, caseSensitive: boolean): number => {
    const code = char.charCodeAt(0)
    return !caseSensitive && code >= 0x41 && code <= 0x5a ? code + 32 : code
  }
  const wordsOf = (form: string, caseSensitive: boolean): number[][] =>
    form.split(/[\s-]+/).map((word) => [...word].map((char) => fold(char, caseSensitive)))
  const FORMS = ['u.s.', 'united states of america', 'white house', 'state department', 'kremlin', 'US', 'no. 1', "biden's administration", 'x-ray']

  it('ends where the form regex ends, or -1 where it does not match', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMS), trickyText, fc.string({maxLength: 3}), fc.boolean(), (form, before, after, caseSensitive) => {
        for (const text of [before + form + after, before + form.toUpperCase() + after, before + form.replace(/ /g, ' \u00a0-') + after, before]) {
          for (let index = 0; index <= text.length; index++) {
            const regex = formRegex(form, caseSensitive)
            regex.lastIndex = index
            const match = regex.exec(text)
            expect(matchWords(text, index, wordsOf(form, caseSensitive), caseSensitive)).toBe(match ? index + match[0].length : -1)
          }
        }
      }),
      {numRuns: 150},
    )
  })

  it('folds ſ and the Kelvin sign as /iu does, only without case sensitivity', () => {
    expect(matchWords('\u017fTATE', 0, wordsOf('state', false), false)).toBe(5)
    expect(matchWords('\u212aremlin', 0, wordsOf('kremlin', false), false)).toBe(7)
    expect(matchWords('\u212aremlin', 0, wordsOf('kremlin', true), true)).toBe(-1)
    expect(matchWords('white', 0, wordsOf('white house', false), false)).toBe(-1)
  })
})

describe('pairIndex', () => {
  it('keys a pair as the alias table does: folded case, any separator second', () => {
    const index = (pair: string, caseSensitive = false): number => pairIndex(pair.charCodeAt(0), pair.charCodeAt(1), caseSensitive)
    expect(index('US')).toBe(index('us'))
    expect(index('\u017fa')).toBe(index('sa'))
    expect(index('US', true)).not.toBe(index('us', true))
    expect(index('\u017fa', true)).toBe(-1)
    for (const separator of ['-', '\t', '\u00a0', '\u3000', '\ufeff']) expect(index(`a${separator}`)).toBe(index('a '))
    expect(index('\u00e9a')).toBe(-1)
    expect(index('a\u00e9')).toBe(-1)
    // Past the end of the text.
    expect(index('a')).toBe(-1)
    expect(index('ab')).not.toBe(index('a '))
  })
})

describe('passes skipped when they cannot apply', () => {
  // The passes as they were before they learned to skip.
  const referenceScaleWords = (text: string): string =>
    text
      .replace(/\b(?:a|one)\s+(hundred|thousand)\b(?!s)/gi, (_m: string, scale: string) => (scale.toLowerCase() === 'hundred' ? '100' : '1000'))
      .replace(/\b(\d+)\s+hundred\b(?!s)/gi, (_m: string, n: string) => String(Number(n) * 100))

  it('cleanMarkup and foldCharacters give what the full passes give', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(cleanMarkup(text)).toBe(markupPasses(text))
        expect(foldCharacters(text)).toBe(characterPasses(text))
      }),
      {numRuns: 500},
    )
  })

  const referenceSmallNumberWords = (text: string): string => {
    const small: Record<string, number> = {
      two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
      fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, one: 1,
    }
    const tens: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}
    return text.replace(
      /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](two|three|four|five|six|seven|eight|nine|one))?\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi,
      (_m: string, ten?: string, unit?: string, one?: string) =>
        String(one ? small[one.toLowerCase()]! : tens[ten!.toLowerCase()]! + (unit ? small[unit.toLowerCase()]! : 0)),
    )
  }

  it('foldNumberWords gives what the full passes give', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(foldNumberWords(text)).toBe(referenceScaleWords(referenceSmallNumberWords(text)))
      }),
      {numRuns: 500},
    )
  })

  it('reads dates whichever of year, month and day a text has', () => {
    const dates = (text: string) => readAssertions(text).dates.map(({year, month, day}) => ({year, month, day}))
    expect(dates('It was signed on May 5.')).toEqual([{year: undefined, month: 5, day: 5}])
    expect(dates('It was signed on the 5th of May.')).toEqual([{year: undefined, month: 5, day: 5}])
    expect(dates('They may 5 times have tried.')).toEqual([{year: undefined, month: 5, day: 5}])
    expect(dates('Spending rose in FY2024.')).toEqual([{year: 2024, month: undefined, day: undefined}])
    expect(dates('The bridge was built in 1874.')).toEqual([{year: 1874, month: undefined, day: undefined}])
    expect(dates('Talks held 30-31 January 2024 ended.')).toEqual([{year: 2024, month: 1, day: 30}])
    expect(dates('From January to August 2025 it fell.')).toEqual([
      {year: 2025, month: 1, day: undefined},
      {year: 2025, month: 8, day: undefined},
    ])
    expect(dates('Seized on 2024-01-30 at the port.')).toEqual([{year: 2024, month: 1, day: 30}])
    expect(dates('No dates in March, none at all.')).toEqual([])
    expect(dates('Nothing here but words.')).toEqual([])
  })
})

describe('caches', () => {
  it('tokenize hands out fresh tokens', () => {
    const first = tokenize('officials seized pills')
    first[0]!.term = 'changed'
    first[0]!.word = 'changed'
    expect(tokenize('officials seized pills')[0]).toEqual({word: 'officials', term: 'offici', isTerm: true, clause: 0})
  })

  it('tokenize numbers the clause of each word', () => {
    expect(tokenize('as china pressed ~us, mexico sent troops (again); it said: yes').map((token) => `${token.word}:${token.clause}`)).toEqual([
      'as:0', 'china:0', 'pressed:0', '~us:0', 'mexico:1', 'sent:1', 'troops:1', 'again:2', 'it:3', 'said:3', 'yes:4',
    ])
  })

  it('normalizeText gives the same text however often and after the cache fills', () => {
    const text = 'The U.S. seized twenty-five tons in May 2019.'
    const first = normalizeText(text)
    expect(normalizeText(text)).toBe(first)
    for (let index = 0; index < 3000; index++) normalizeText(`filler text number ${index}`)
    expect(normalizeText(text)).toBe(first)
    expect(first).toBe('the  ~us   ~seize  25 tons in  @5  2019.')
  })
})
