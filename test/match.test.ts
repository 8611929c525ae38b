// The matcher, unit by unit (normalisation, figures, contradictions, check-worthiness, judging),
// and the evaluation on eval/set.yaml with the targets it must meet.
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {verdictAsOf, verdictForTime} from '../src/claims/as-of.js'
import {loadClaims} from '../src/claims/load.js'
import {DEFAULT_CLAIMS_DIR} from '../src/claims/paths.js'
import {isCheckWorthy} from '../src/match/check-worthy.js'
import {directionConflict, directionCues, explainsConflict, findConflicts, mayStateDirection, oppositeConflict, polarityOf, sequenceConflict} from '../src/match/conflict.js'
import {readAssertions, type Assertions} from '../src/match/figures.js'
import {createMatcher, DEFAULT_MIN_SCORE, type Matcher} from '../src/match/matcher.js'
import {displayTerm, normalizeText, toTerms} from '../src/match/normalize.js'
import type {Claim, Sentence} from '../src/types.js'
import {evaluate, loadSet, targetMisses} from '../eval/lib.mjs'

const AS_OF = '2026-11-29'

const sentence = (text: string): Sentence => ({text, line: 1, column: 1, endLine: 1, endColumn: text.length + 1, offset: 0, endOffset: text.length})

const claim = (id: string, text: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  claim: text,
  status: 'true',
  verdict: 'Checked.',
  sources: [{publisher: 'Example', title: 'Example', date: '2024', url: 'https://example.org'}],
  topics: [],
  countries: [],
  reviewed: '2026-01-01',
  ...extra,
})

/** The conflicts between a sentence and a claim text, as the matcher computes them. */
function conflicts(sentenceText: string, recordText: string, recordTexts: string[] = [], facts?: Partial<Assertions>): string[] {
  const record = readAssertions([recordText, ...recordTexts].join(' . '))
  const shared = new Set(toTerms(sentenceText).filter((term) => toTerms([recordText, ...recordTexts].join(' ')).includes(term)))
  return findConflicts({
    sentence: readAssertions(sentenceText),
    record: {...record, ...facts},
    sentenceText,
    recordText,
    recordTexts,
    shared,
  }).map((c) => `${c.type}: ${c.article} ≠ ${c.record}`)
}

describe('normalisation', () => {
  it('folds the names of actors, agencies and ideas to one token', () => {
    for (const text of ['U.S.', 'US', 'the United States', 'Washington', 'America', 'the us']) expect(toTerms(text)).toEqual(['~us'])
    for (const text of ['China', 'the PRC', 'Beijing', "People's Republic of China", 'Chinese']) expect(toTerms(text)).toEqual(['~china'])
    expect(toTerms('Drug Enforcement Administration')).toEqual(['~dea'])
    expect(toTerms('anti-narcotics cooperation')).toEqual(toTerms('counternarcotics cooperation'))
    expect(toTerms('the Trump administration')).toEqual(['~us', '~trump'])
    expect(toTerms('a fentanyl-related tariff')).toEqual(['~fentanylrelated', 'fentanyl', '~tariff'])
    expect(toTerms('tariff')).toEqual(toTerms('tariffs'))
  })

  it('keeps US the country apart from us the pronoun', () => {
    expect(toTerms('Let us talk to US officials')).toEqual(['let', 'talk', '~us', 'offici'])
  })

  it('reads figures, number words and months as terms', () => {
    expect(toTerms('106,699 deaths')).toEqual(['#106699', '~death'])
    expect(toTerms('twenty-five substances')).toEqual(toTerms('25 substances'))
    expect(toTerms('a thousand times')).toEqual(['#1000'])
    expect(toTerms('Aug. 5, 2022')).toEqual(toTerms('August 5 2022'))
    expect(toTerms('Aug. 5, 2022')).toEqual(['@8', '#5', '#2022'])
    expect(toTerms('FY2024')).toEqual(['fy', '#2024'])
    // "may" is a month only next to a number.
    expect(toTerms('It may rain')).toEqual(['rain'])
    expect(toTerms('in May 2019')).toEqual(['@5', '#2019'])
  })

  it('gives proportions one term whatever the wording', () => {
    const seventy = '#70pct'
    expect(toTerms('70%')).toContain(seventy)
    expect(toTerms('7 out of 10')).toContain(seventy)
    expect(toTerms('seven in ten')).toContain(seventy)
    expect(toTerms('half of them')).toContain('#50pct')
  })

  it('stems, drops stop words and folds irregular verbs', () => {
    expect(toTerms('The officials were suspended')).toEqual(['offici', '~suspend'])
    expect(toTerms('China led the world')).toEqual(toTerms('China leads the world'))
    expect(toTerms('the amounts were minimal')).toEqual(['amount', 'minim'])
  })

  it('cleans social-media markup and contractions', () => {
    expect(toTerms('@POTUS #FentanylCrisis is real https://t.co/xyz')).toEqual(['fentanyl', 'crisi', 'real'])
    expect(normalizeText("China hasn't acted")).toContain('has not')
    expect(normalizeText('China hasnt acted')).toContain('has not')
    expect(normalizeText("you can't")).toContain('can not')
    // "No. 1" and "#1" are a rank, not a negation.
    expect(toTerms('the No. 1 killer')).toEqual(toTerms('the #1 killer'))
    expect(toTerms('the No. 1 killer')).not.toContain('~not')
  })

  it('turns every negation word into one term', () => {
    expect(toTerms('never')).toEqual(['~not'])
    expect(toTerms('no country')).toEqual(['~not', 'countri'])
  })

  it('shows terms as people read them', () => {
    expect(displayTerm('~us')).toBe('United States')
    expect(displayTerm('~tariff')).toBe('tariff')
    expect(displayTerm('#2019')).toBe('2019')
    expect(displayTerm('@5')).toBe('May')
  })
})

describe('figures, dates and ages', () => {
  const figures = (text: string) => readAssertions(text).figures.map((f) => [f.value, f.unit, f.hedge])

  it('reads figures with their unit and hedge', () => {
    expect(figures('more than 27,000 pounds of fentanyl')).toEqual([[27000, 'lb', 'more']])
    expect(figures('about 50 times more potent')).toEqual([[50, 'times', 'about']])
    expect(figures('a 20% tariff')).toEqual([[20, 'percent', 'exact']])
    expect(figures('$46 billion')).toEqual([[46e9, 'usd', 'exact']])
    expect(figures('77 million fentanyl pills')).toEqual([[77e6, 'pills', 'exact']])
    expect(figures('7 out of 10 pills')).toEqual([[0.7, 'ratio', 'exact']])
    expect(figures('nine fentanyl traffickers')).toEqual([[9, 'persons', 'exact']])
    // "Up to" bounds a figure, except after a verb of rising, where it gives the new level.
    expect(figures('up to 50 times more potent')).toEqual([[50, 'times', 'less']])
    expect(figures('the tariff went up to 35%')).toEqual([[35, 'percent', 'exact']])
    // Going past a figure bounds it too.
    expect(figures('overdose deaths topped 107,000')).toEqual([[107000, '', 'more']])
    expect(figures('deaths surpassed the 100,000 mark')).toEqual([[100000, 'noun:mark', 'more']])
    // What is counted is in the figure's own phrase: "drug" modifies the noun after it, and a
    // preposition or a determiner (not after "of") starts another phrase.
    expect(figures('80,391 drug overdose deaths')).toEqual([[80391, 'people', 'exact']])
    expect(figures('down from 110,037 the year before')).toEqual([[110037, '', 'exact']])
    expect(figures('Hebei Biotech and 54 of its associates')).toEqual([[54, 'noun:associ', 'exact']])
    expect(figures('25 of the substances')).toEqual([[25, 'substances', 'exact']])
    // A year used as an adjective is a year; a count has its thousands separator, or a hedge.
    expect(readAssertions('Provisional data put 2024 deaths near 80,000.').dates.map((d) => d.year)).toEqual([2024])
    expect(figures('Provisional data put 2024 deaths near 80,000.')).toEqual([[80000, '', 'about']])
    expect(figures('The Coast Guard seized 2,060 pounds of heroin.')).toEqual([[2060, 'lb', 'exact']])
    expect(figures('Officers seized more than 2000 pounds.')).toEqual([[2000, 'lb', 'more']])
    // A vote's split is one figure, both sides compared exactly.
    expect(figures('The Supreme Court ruled 6-3 in Learning Resources v. Trump.')).toEqual([[6003, 'vote', 'exact']])
    expect(figures('In a 6-3 decision the court struck down the tariffs.')).toEqual([[6003, 'vote', 'exact']])
    expect(conflicts('The Supreme Court ruled 7-2 against the IEEPA tariffs.', 'The Supreme Court ruled 6-3 against the IEEPA tariffs.')).toEqual(['number: 7-2 ≠ 6-3'])
    expect(conflicts("Canada's tariff went up to 105% in August 2025.", "Canada's tariff went up to 35% in August 2025.")).toEqual(['number: 105% ≠ 35%'])
  })

  it('counts "A and 28 others" as 29, with the one named', () => {
    expect(figures('Mexico sent Rafael Caro Quintero and 28 other cartel figures to the United States')).toEqual([[29, 'persons', 'exact']])
    expect(figures('Caro Quintero, along with 28 others, was flown to New York')).toEqual([[29, '', 'exact']])
    // Not after another figure: the named ones are counted there.
    expect(figures('The US charged 10 companies and 20 other people')).toEqual([
      [10, 'entities', 'exact'],
      [20, 'people', 'exact'],
    ])
    // Nor a share or a sum.
    expect(figures('steel and 25% other goods')).toEqual([[25, 'percent', 'exact']])
  })

  it('gives the first figure of a range the unit of the second', () => {
    expect(figures('200,000 to 300,000 Americans')).toEqual([
      [200000, 'people', 'exact'],
      [300000, 'people', 'exact'],
    ])
  })

  it('skips rate denominators, law numbers and ranks', () => {
    expect(figures('32.4 deaths per 100,000')).toEqual([[32.4, 'rate', 'exact']])
    expect(figures('Executive Order 14059')).toEqual([])
    expect(figures('HB 4002 passed')).toEqual([])
    expect(figures('The Senate passed S. 331 in March.')).toEqual([])
    // "U.S." is not "S." (a Senate bill): the figure after it is stated.
    expect(figures('The U.S. 30% fentanyl tariff on Canadian goods')).toEqual([[30, 'percent', 'exact']])
  })

  it('reads dates at their precision', () => {
    const dates = (text: string) => readAssertions(text).dates.map((d) => [d.year, d.month, d.day])
    expect(dates('on Jan. 30, 2024')).toEqual([[2024, 1, 30]])
    expect(dates('on 30 January 2024')).toEqual([[2024, 1, 30]])
    expect(dates('on January 30-31, 2024')).toEqual([[2024, 1, 30]])
    expect(dates('in Aug. 2022')).toEqual([[2022, 8, undefined]])
    expect(dates('in fiscal year 2023')).toEqual([[2023, undefined, undefined]])
    expect(dates('from January to August 2025')).toEqual([
      [2025, 1, undefined],
      [2025, 8, undefined],
    ])
    expect(dates('on Jan. 30')).toEqual([[undefined, 1, 30]])
  })

  it('dates a month named alone by the year of an earlier date, when it comes later in that year', () => {
    const dates = (text: string) => readAssertions(text).dates.map((d) => [d.year, d.month, d.day])
    expect(dates('29 in February 2025 and 26 more in August.')).toEqual([
      [2025, 2, undefined],
      [2025, 8, undefined],
    ])
    expect(dates('In February 2025 he added 10%, and he raised it to 20% in March.')).toEqual([
      [2025, 2, undefined],
      [2025, 3, undefined],
    ])
    expect(dates('On 3 February 2025 the deal was struck; by March, troops had arrived.')).toEqual([
      [2025, 2, 3],
      [2025, 3, undefined],
    ])
    // After a later month the year is not known; a month alone is often only when something was
    // said; "may" is a verb.
    expect(dates('Talks began in November 2024, and in February the deal was signed.')).toEqual([[2024, 11, undefined]])
    expect(dates('In August, officials said 26 were sent.')).toEqual([])
    expect(dates('In May 2025 officials said prices may rise.')).toEqual([[2025, 5, undefined]])
  })

  it('marks the date of the report or remark that states it', () => {
    const sources = (text: string) => readAssertions(text).dates.map((d) => `${d.raw.trim()}${d.source ? ' (source)' : ''}`)
    expect(sources('A 2023 Reuters analysis found that Mexico agreed in February 2025 to send troops.')).toEqual(['february 2025', '2023 (source)'])
    expect(sources("The DEA's 2024 National Drug Threat Assessment names the cartels.")).toEqual(['2024 (source)'])
    expect(sources('In a report published in 2019, officials wrote that deaths rose.')).toEqual(['2019 (source)'])
    expect(sources('Deaths rose, a spokesperson told reporters on Tuesday, June 3, 2025.')).toEqual(['june 3, 2025 (source)'])
    expect(sources('Speaking in March 2021, a DEA official said deaths rose.')).toEqual(['march 2021 (source)'])
    // What was said, and dates that say when what is stated happened.
    expect(sources('Officials said that in 2019 overdose deaths rose.')).toEqual(['2019'])
    expect(sources('China said in 2021 it would act.')).toEqual(['2021'])
    expect(sources('Deaths fell 27%, according to CDC data for 2024.')).toEqual(['2024'])
    expect(sources('Deaths fell in 2024, with reported deaths in 2023 higher.')).toEqual(['2024', '2023'])
    expect(sources('The 2019 deal held.')).toEqual(['2019'])
  })

  it('marks the date of another event that sets the scene', () => {
    const scenes = (text: string) => readAssertions(text).dates.map((d) => `${d.raw.trim()}${d.scene ? ' (scene)' : ''}`)
    expect(scenes('After talks stalled in 2023, Mexico agreed on February 3, 2025 to send troops.')).toEqual(['february 3, 2025', '2023 (scene)'])
    expect(scenes('Three years after the 2022 summit, Trump cut the tariff.')).toEqual(['2022 (scene)'])
    expect(scenes('Trump cut the tariff, nearly a decade after the crisis began in 2016.')).toEqual(['2016 (scene)'])
    expect(scenes('Officials wrote that after the November 2023 summit, contacts resumed.')).toEqual(['november 2023 (scene)'])
    // An earlier event told in passing, between commas.
    expect(scenes('Oregon, which had decriminalized hard drugs in 2020, made possession a misdemeanor again in September 2024.')).toEqual([
      'september 2024',
      '2020 (scene)',
    ])
    expect(scenes('The state which decriminalized hard drugs in 2020 reversed course.')).toEqual(['2020'])
    // A bound or a time frame of what is stated is not another event.
    expect(scenes('In the years before 2020, China supplied most fentanyl.')).toEqual(['2020'])
    expect(scenes('As of 2024, China supplied most precursors.')).toEqual(['2024'])
    expect(scenes('Mexico extradited 29 suspects in February 2025 after talks in 2024.')).toEqual(['february 2025', '2024'])
    // The event is named by the words around its date.
    expect(readAssertions('Before its May 2019 class-wide rule, China listed 25 analogues.').dates[0]!.anchors).toEqual(['class-wid', 'rule'])
    // A stretch of time before "after" or "later" dates something; it is not a figure.
    expect(readAssertions('Three years after the summit, CBP seized 27,000 pounds of fentanyl.').figures.map((f) => f.raw)).toEqual(['27000'])
    expect(readAssertions('He was sentenced to 10 years on trafficking charges.').figures.map((f) => f.raw)).toEqual(['10'])
  })

  it('reads age ranges in their usual wordings', () => {
    const ages = (text: string) => readAssertions(text).ages.map((a) => a.raw)
    expect(ages('Americans between the ages of 18 and 45')).toEqual(['18–45'])
    expect(ages('Americans aged 18 to 45')).toEqual(['18–45'])
    expect(ages('18- to 45-year-olds')).toEqual(['18–45'])
    expect(ages('18-45-year-olds')).toEqual(['18–45'])
  })

  it('names the actors', () => {
    expect(readAssertions('Beijing and Washington met; the DEA and Xi Jinping agreed').actors.map((a) => a.term)).toEqual([
      '~china',
      '~us',
      '~dea',
      '~xi',
    ])
  })

  it('marks who says it, after verbs of speech and of contested assertion', () => {
    const speakers = (text: string) => readAssertions(text).actors.map((a) => `${a.term}${a.speaker ? ' (speaker)' : ''}`)
    expect(speakers('Chinese officials insist that fentanyl kills 200,000 to 300,000 Americans a year.')).toEqual(['~china (speaker)', '~us'])
    expect(speakers('President Trump has claimed that China ships fentanyl.')).toEqual(['~trump (speaker)', '~china'])
    expect(speakers('The DEA argued that China ships fentanyl, critics say.')).toEqual(['~dea (speaker)', '~china'])
    // Without "that", what follows is stated.
    expect(speakers('China insists on its controls.')).toEqual(['~china'])
  })
})

describe('contradictions', () => {
  it('flags a different figure, with hedges and roundings read as people mean them', () => {
    const record = 'CBP seized more than 27,000 pounds of fentanyl in fiscal year 2023.'
    expect(conflicts('CBP seized 47,000 pounds of fentanyl in fiscal year 2023.', record)).toEqual([
      'number: 47,000 lb ≠ more than 27,000 lb',
    ])
    expect(conflicts('CBP seized about 27,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([])
    // "Less than X" is not "more than X", even beside a rounded "X" on record.
    expect(conflicts('CBP seized less than 27,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([
      'number: less than 27,000 lb ≠ more than 27,000 lb',
    ])
    expect(conflicts('CBP seized less than 27,000 pounds of fentanyl in fiscal 2023.', record, ['CBP seized 27,000 pounds of fentanyl in fiscal 2023.'])).toEqual([
      'number: less than 27,000 lb ≠ more than 27,000 lb / 27,000 lb',
    ])
    expect(conflicts('CBP seized less than 30,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([])
    // Beside the figure on record, another one counts something else.
    expect(conflicts('CBP seized about 27,000 pounds of fentanyl in fiscal 2023, up from 14,700 pounds the year before.', record)).toEqual([])
    expect(conflicts('CBP, which seized 11,200 pounds in fiscal 2021, seized about 27,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([])
    // The earlier count may name nothing it counts ("up from about 50 million in 2022").
    expect(
      conflicts('The DEA seized more than 77 million fake pills in 2023, up from about 50 million in 2022.', 'In 2022 the DEA seized more than 50.6 million fake pills.'),
    ).toEqual([])
    expect(conflicts('CBP, which seized 11,200 pounds in fiscal 2021, seized 47,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([
      'number: 11,200 lb ≠ more than 27,000 lb',
    ])
    expect(conflicts('CBP seized nearly 28,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([])
    // "More than X" admits up to 1.5 X: "more than 17,000" understates 27,000.
    expect(conflicts('CBP seized more than 17,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([
      'number: more than 17,000 lb ≠ more than 27,000 lb',
    ])
    // A round number is a rounding, to two significant digits at least.
    expect(conflicts('Overdoses killed 110,000 Americans in 2022.', 'Overdoses killed 107,941 Americans in 2022.')).toEqual([])
    expect(conflicts('Fentanyl is 500 times stronger than heroin.', 'Fentanyl is 1,000 times stronger than heroin.')).toEqual([
      'number: 500 times ≠ 1,000 times',
    ])
    // An integer for a decimal on record is a rounding too.
    expect(conflicts('US citizens were 86% of those convicted.', 'US citizens were 86.3% of those convicted.')).toEqual([])
    // Figures with nothing counted ("the two sides") are not compared.
    expect(conflicts('The two sides launched the group.', 'The group held its meeting on January 30-31, 2024.')).toEqual([])
  })

  it('holds a figure to how precisely each side states it', () => {
    // "About X" admits one unit of its last digit either way (2% to 10% of X), on both sides.
    const seized = 'CBP seized about 14,700 pounds of fentanyl in fiscal year 2022.'
    expect(conflicts('CBP seized about 15,000 pounds of fentanyl in fiscal 2022.', seized)).toEqual([])
    expect(conflicts('CBP seized roughly 14,000 pounds of fentanyl in fiscal 2022.', seized)).toEqual([])
    expect(conflicts('CBP seized about 16,000 pounds of fentanyl in fiscal 2022.', seized)).toEqual(['number: about 16,000 lb ≠ about 14,700 lb'])
    expect(conflicts('CBP seized about 16,170 pounds of fentanyl in fiscal 2022.', seized)).toEqual(['number: about 16,170 lb ≠ about 14,700 lb'])
    // A record's "more than X" means X-odd: up to one unit of its last digit past X.
    const record = 'CBP seized more than 27,000 pounds of fentanyl in fiscal year 2023.'
    expect(conflicts('CBP seized more than 29,700 pounds of fentanyl in fiscal 2023.', record)).toEqual(['number: more than 29,700 lb ≠ more than 27,000 lb'])
    expect(conflicts('CBP seized more than 25,000 pounds of fentanyl in fiscal 2023.', record)).toEqual([])
    const pills = 'In 2022 the DEA seized more than 50.6 million fake pills.'
    expect(conflicts('In 2022 the DEA seized more than 55.66 million fake pills.', pills)).toEqual(['number: more than 55,660,000 pills ≠ more than 50,600,000 pills'])
    expect(conflicts('In 2022 the DEA seized more than 50 million fake pills.', pills)).toEqual([])
    // Two roundings agree only where they overlap: 11,000 is not 10,000.
    const troops = 'Mexico agreed to send 10,000 National Guard troops to the border.'
    expect(conflicts('Mexico agreed to send 11,000 National Guard troops to the border.', troops)).toEqual(['number: 11,000 personnel ≠ 10,000 personnel'])
    expect(conflicts('Mexico agreed to send 10,000 National Guard troops to the border.', troops)).toEqual([])
  })

  it('holds a figure to the closest version the record gives of it', () => {
    // 94.93% fits "more than 86 percent", but not the 86.3% the record also states.
    const record = 'US citizens made up 86.3% of people convicted of fentanyl trafficking in 2021.'
    const looser = ['In 2021, more than 86 percent of convicted fentanyl traffickers were American citizens.']
    expect(conflicts('US citizens made up 94.93% of people convicted of fentanyl trafficking in 2021.', record, looser)).toEqual([
      'number: 94.93% ≠ 86.3% / more than 86%',
    ])
    expect(conflicts('US citizens made up more than 86% of people convicted of fentanyl trafficking in 2021.', record, looser)).toEqual([])
    expect(conflicts('US citizens made up about 86% of people convicted of fentanyl trafficking in 2021.', record, looser)).toEqual([])
    expect(conflicts('US citizens made up nearly 87% of people convicted of fentanyl trafficking in 2021.', record, looser)).toEqual([])
  })

  it('names both ends of a change that contradicts the record', () => {
    const record = 'The United States raised its fentanyl tariff on Chinese goods from 10% to 20% in March 2025.'
    expect(conflicts('The United States raised its fentanyl tariff on Chinese goods from 10% to 30% in March 2025.', record)).toEqual([
      'number: from 10% to 30% ≠ from 10% to 20%',
    ])
  })

  it('flags a different date at the precision both state', () => {
    const record = 'The working group was launched in Beijing on January 30, 2024.'
    expect(conflicts('The working group was launched on January 30, 2023.', record)).toEqual(['date: 30 January 2023 ≠ 30 January 2024'])
    expect(conflicts('The working group was launched on Jan. 30.', record)).toEqual([])
    expect(conflicts('The working group was launched in 2024.', record)).toEqual([])
    expect(conflicts('The working group was launched in 2022.', record)).toEqual(['date: 2022 ≠ 2024'])
  })

  it('compares the dates of a source, of another event and of reference only with such dates on record', () => {
    const record = 'Mexico agreed on February 3, 2025 to send 10,000 National Guard troops to the border.'
    expect(conflicts('A 2023 Reuters analysis found that Mexico agreed to send 10,000 National Guard troops to the border.', record)).toEqual([])
    expect(conflicts('Mexico agreed to send 10,000 National Guard troops to the border, a spokesperson told reporters on Tuesday, June 3, 2025.', record)).toEqual([])
    // What happened is still compared.
    expect(conflicts('A 2023 Reuters analysis found that Mexico agreed in February 2024 to send 10,000 National Guard troops to the border.', record)).toEqual([
      'date: February 2024 ≠ 3 February 2025',
    ])
    // A record about a report compares the report's date.
    const report = 'A House committee report released on 16 April 2024 said China subsidizes fentanyl precursor exports.'
    expect(conflicts('A House committee report released in May 2023 said China subsidizes fentanyl precursor exports.', report)).toEqual([
      'date: May 2023 ≠ 16 April 2024',
    ])
    expect(conflicts('A House committee report released in April 2024 said China subsidizes fentanyl precursor exports.', report)).toEqual([])
    // Another event's date sets the scene; it is compared with a record date that sets the scene
    // for the same event (tied to the same words).
    expect(conflicts('After talks stalled in 2023, Mexico agreed to send 10,000 National Guard troops to the border.', record)).toEqual([])
    const scheduled = 'After China placed all fentanyl-related substances under control in May 2019, direct shipments from China fell.'
    expect(conflicts('After China placed all fentanyl-related substances under control in May 2016, direct shipments from China fell.', scheduled)).toEqual([
      'date: May 2016 ≠ May 2019',
    ])
    expect(conflicts('After talks stalled in May 2016, direct shipments from China fell.', scheduled)).toEqual([])
    // A sentence that states every record date, month and all, dates other things with its other
    // years and its other month dates.
    expect(conflicts('Mexico agreed on February 3, 2025 to send 10,000 National Guard troops to the border, and sent more in March 2025.', record)).toEqual([])
    expect(conflicts('Mexico agreed on February 3, 2024 to send 10,000 National Guard troops to the border, and sent more in March 2025.', record)).toEqual([
      'date: 3 February 2024 ≠ 3 February 2025',
    ])
    expect(conflicts('Mexico agreed on February 3, 2025 to send 10,000 National Guard troops to the border, a decade after the crisis began in 2016.', record)).toEqual([])
    expect(conflicts('In 2016 the crisis began; Mexico agreed on February 3, 2025 to send 10,000 National Guard troops to the border.', record)).toEqual([])
    const oregon = 'Oregon Governor Tina Kotek signed House Bill 4002 on 1 April 2024, making possession a misdemeanor again from 1 September 2024.'
    expect(conflicts('Oregon, which had decriminalized hard drugs in 2020, made possession a misdemeanor again in September 2024.', oregon)).toEqual([])
    expect(conflicts('Oregon made possession a misdemeanor again in September 2020.', oregon)).toEqual(['date: September 2020 ≠ 1 September 2024'])
    // A point of reference says nothing against a record that gives none.
    expect(conflicts('Mexico agreed on February 3, 2025 to send 10,000 National Guard troops to the border, the first such step since 2018.', record)).toEqual([])
    expect(conflicts('Mexico agreed in 2025 to send 10,000 National Guard troops to the border, the first such step since 2018.', record)).toEqual([])
    // A record that dates only its source compares it with what the sentence says happened.
    expect(conflicts('In 2019 the cartels were the main threat.', "The DEA's 2024 National Drug Threat Assessment names the cartels the main threat.")).toEqual([
      'date: 2019 ≠ 2024',
    ])
    // A bare year is often context: it conflicts only if no year the sentence gives is on record.
    expect(conflicts('Deaths fell in 2023, from 2022.', 'Deaths fell in 2023.')).toEqual([])
  })

  it('does not take a point of reference ("since 2019") for when something happened', () => {
    const since = (text: string) => readAssertions(text).dates.map((d) => [d.year, d.month, d.reference ?? false])
    expect(since('the lowest level since 2019')).toEqual([[2019, undefined, true]])
    expect(since('none seized since early September 2019')).toEqual([[2019, 9, true]])
    expect(since('3% fewer than in 2022, down from 2021, 27% from 2020')).toEqual([
      [2022, undefined, true],
      [2021, undefined, true],
      [2020, undefined, true],
    ])
    // "From" alone often starts a period.
    expect(since('deaths fell in 2019, from November 10, 2025, from 2016 to 2024')).toEqual([
      [2016, undefined, false],
      [2024, undefined, false],
      [2025, 11, false],
      [2019, undefined, false],
    ])
    const record = 'Overdose deaths fell to 80,391 in 2024, the lowest level since 2019.'
    expect(conflicts('Overdose deaths fell in 2019.', record)).toEqual(['date: 2019 ≠ 2024'])
    expect(conflicts('Overdose deaths fell in 2024.', record)).toEqual([])
    expect(conflicts('Overdose deaths are at their lowest since 2019.', record)).toEqual([])
    // Each kind is compared with its own kind on record.
    expect(conflicts('Overdose deaths fell to 80,391 in 2024, the lowest since 2016.', record)).toEqual(['date: 2016 ≠ 2019'])
    expect(conflicts('Deaths fell 3% in 2020 from 2019.', 'Deaths fell 3% in 2023, fewer than in 2022.')).toEqual(['date: 2020 ≠ 2023'])
    // A record without points of reference takes the sentence's as context.
    expect(conflicts('Deaths in 2023 were 3% fewer than in 2022.', 'Deaths fell in 2023.')).toEqual([])
  })

  it('compares a period with the one on record, first and last year', () => {
    const spans = (text: string) => readAssertions(text).dates.map((d) => [d.year, d.span])
    expect(spans('from fiscal year 2019 to mid-2024')).toEqual([[2019, 'from'], [2024, 'to']])
    expect(spans('between 2019 and 2024')).toEqual([[2019, 'from'], [2024, 'to']])
    const record = 'US citizens were 80.2% of people caught with fentanyl at ports of entry from fiscal year 2019 to mid-2024.'
    expect(conflicts('US citizens were 80.2% of people caught with fentanyl at ports of entry between 2016 and 2024.', record)).toEqual(['date: 2016–2024 ≠ 2019–2024'])
    expect(conflicts('US citizens were 80.2% of people caught with fentanyl at ports of entry from 2019 to 2021.', record)).toEqual(['date: 2019–2021 ≠ 2019–2024'])
    expect(conflicts('US citizens were 80.2% of people caught with fentanyl at ports of entry from 2019 to 2024.', record)).toEqual([])
    // A year that is not a period is compared as before.
    expect(conflicts('US citizens were 80.2% of people caught with fentanyl at ports of entry in 2024.', record)).toEqual([])
    // A record whose only date is a point of reference is compared as before.
    const only = 'The United States has not seized any fentanyl from China since September 2019.'
    const dateConflicts = (text: string) => conflicts(text, only).filter((conflict) => conflict.startsWith('date'))
    expect(dateConflicts('In September 2019 the United States stopped seizing fentanyl from China.')).toEqual([])
    expect(dateConflicts('In March 2021 the United States stopped seizing fentanyl from China.')).toEqual(['date: March 2021 ≠ September 2019'])
    expect(conflicts('The United States has not seized fentanyl from China since March 2021.', only)).toEqual(['date: March 2021 ≠ September 2019'])
  })

  it('flags a year stated in place of one on record, when the sentence states as many years', () => {
    const record = 'DEA testing found 4 out of 10 fentanyl pills held a deadly dose in 2021, 6 out of 10 in 2022 and 7 out of 10 in 2023.'
    expect(conflicts('DEA testing found 4 out of 10 fentanyl pills held a deadly dose in 2018, 6 out of 10 in 2022 and 7 out of 10 in 2023.', record)).toEqual([
      'date: 2018 ≠ 2021',
    ])
    // Fewer years than the record: the others are left unsaid.
    expect(conflicts('DEA testing found 7 out of 10 fentanyl pills held a deadly dose in 2023, up from 4 out of 10 in 2021.', record)).toEqual([])
    // More years, the record's all among them: the others are context.
    expect(conflicts('After 2019, DEA testing found 4 out of 10 fentanyl pills held a deadly dose in 2021, 6 out of 10 in 2022 and 7 out of 10 in 2023.', record)).toEqual([])
    // Points of reference are compared with the record's.
    const provisional = 'Overdose deaths fell to 80,391 in 2024, 27% fewer than in 2023 and the lowest since 2019.'
    expect(conflicts('Overdose deaths fell to 80,391 in 2024, 27% fewer than in 2020 and the lowest since 2019.', provisional)).toEqual(['date: 2020 ≠ 2023'])
    expect(conflicts('Overdose deaths fell to 80,391 in 2024, 27% fewer than in 2023 and the lowest since 2019.', provisional)).toEqual([])
  })

  it('flags a year on record put in the place of another, stated twice', () => {
    const record = 'The US opioid overdose epidemic came in three waves: prescription opioids from the 1990s, heroin from 2010, and illicitly made fentanyl from 2013.'
    const variants = ['The opioid crisis moved from prescription pills in the 1990s to heroin in 2010 and to fentanyl in 2013.']
    expect(conflicts('The opioid epidemic came in waves: heroin from 2010 and illicitly made fentanyl from 2010.', record, variants)).toEqual(['date: 2010 ≠ 2013'])
    expect(conflicts('The opioid crisis moved to heroin in 2013 and then to fentanyl in 2013.', record, variants)).toEqual(['date: 2013 ≠ 2010'])
    expect(conflicts('Overdose deaths came in waves, with heroin taking over in 2010 and illicit fentanyl driving deaths from 2010.', record, variants)).toEqual([
      'date: 2010 ≠ 2013',
    ])
    expect(conflicts('The opioid epidemic came in waves: heroin from 2010 and illicitly made fentanyl from 2013.', record, variants)).toEqual([])
    // A year stated twice, but not tied to what the record ties another year to.
    expect(conflicts('Heroin deaths rose from 2010, and in 2010 alone they doubled.', record, variants)).toEqual([])
    // Stated once, a year on record may be the one it is tied to there: left alone.
    expect(conflicts('Illicitly made fentanyl took over from 2010.', record, variants)).toEqual([])
  })

  it('flags a figure on record put in the place of another, stated twice', () => {
    const record = 'Fentanyl is about 50 times more potent than heroin and about 100 times more potent than morphine.'
    const variants = ['The synthetic opioid fentanyl is about fifty times as strong as heroin and a hundred times as strong as morphine.']
    expect(conflicts('Fentanyl is 50 times stronger than heroin and 50 times stronger than morphine.', record, variants)).toEqual([
      'number: 50 times ≠ about 100 times / 100 times',
    ])
    expect(conflicts('Fentanyl is 100 times stronger than heroin and 100 times stronger than morphine.', record, variants)).toEqual([
      'number: 100 times ≠ about 50 times',
    ])
    expect(conflicts('Fentanyl is 50 times stronger than heroin and 100 times stronger than morphine.', record, variants)).toEqual([])
    // The same figure for two things the record gives it for.
    const tariffs = 'The US put a 25% tariff on Mexico and a 25% tariff on Canada, and 10% on Canadian energy.'
    expect(conflicts('Washington imposed 25% tariffs on Mexico and 25% on Canada.', tariffs)).toEqual([])
    expect(conflicts('Washington imposed 25% tariffs on Mexico and 25% on Canadian energy.', tariffs)).toEqual(['number: 25% ≠ 10%'])
  })

  it('flags a year the record gives only for something else ("released in May 2023")', () => {
    const record = 'Provisional CDC data released in May 2023 estimated about 109,680 drug overdose deaths in the United States in 2022.'
    expect(conflicts('Nearly 110,000 people died of drug overdoses in the US in 2023, according to provisional CDC figures.', record)).toEqual([
      'date: 2023 ≠ 2022',
    ])
    // Tied to words the record ties that date to, stated with the year it gives for the deaths, or tied to nothing.
    expect(conflicts('Provisional CDC data published in 2023 estimated about 109,680 drug overdose deaths.', record)).toEqual([])
    expect(conflicts('The CDC estimated in 2023 that about 109,680 people died of drug overdoses in 2022.', record)).toEqual([])
    expect(conflicts('In 2023, about 109,680 drug overdose deaths were estimated.', record)).toEqual([])
  })

  it('compares bare years with the record dates the sentence does not already state with their month', () => {
    const record = 'Provisional CDC data released in May 2025 estimated 80,391 overdose deaths in 2024.'
    expect(conflicts('Provisional CDC data released in May 2025 estimated 80,391 overdose deaths in 2025.', record)).toEqual(['date: 2025 ≠ 2024'])
    expect(conflicts('Provisional CDC data released in May 2025 estimated 80,391 overdose deaths in 2024.', record)).toEqual([])
    // A year for a date the record states with its month is that date.
    const sentenced = 'On November 7, 2019, a court in Xingtai sentenced nine fentanyl traffickers after a 2017 tip.'
    expect(conflicts('A court in Xingtai sentenced nine fentanyl traffickers in 2019.', sentenced)).toEqual([])
  })

  it('compares a change ("from 20% to 10%") with the changes on record, at both ends', () => {
    const changes = (text: string) => readAssertions(text).figures.map((f) => [f.value, f.unit, f.from?.value])
    expect(changes('cut from 20% to 10%, and overall from about 57% to about 47%')).toEqual([
      [20, 'percent', undefined],
      [10, 'percent', 20],
      [57, 'percent', undefined],
      [47, 'percent', 57],
    ])
    // A year between the two is not part of the figures; a figure of another unit is no change.
    expect(changes('the share rose from 40% in 2021 to 60% in 2023')).toEqual([
      [40, 'percent', undefined],
      [60, 'percent', 40],
    ])
    expect(changes('from 2,000 pounds to 10% of seizures')).toEqual([
      [2000, 'lb', undefined],
      [10, 'percent', undefined],
    ])
    const record = 'The US cut the fentanyl tariff on China from 20% to 10%.'
    const variants = ['Overall US tariffs on Chinese goods fell from about 57% to about 47% as the fentanyl tariff was cut to 10%.']
    // Each figure is near one on record (60% is about 57%), but no change on record runs from 60% to 10%.
    expect(conflicts('The US cut the fentanyl tariff on China from 60% to 10%.', record, variants)).toEqual([
      'number: from 60% to 10% ≠ from 20% to 10% / from about 57% to about 47%',
    ])
    expect(conflicts('The US raised the fentanyl tariff on China from 10% to 20%.', record, variants)).toEqual([
      'number: from 10% to 20% ≠ from 20% to 10% / from about 57% to about 47%',
      'direction: raised ≠ cut',
    ])
    expect(conflicts('The US cut the fentanyl tariff on China from 20 percent to 10 percent.', record, variants)).toEqual([])
    expect(conflicts('Overall US tariffs on Chinese goods fell from 57% to 47%.', record, variants)).toEqual([])
    // A record that states no change of that unit: each figure is compared alone, as before.
    expect(conflicts('The tariff went from 10% to 20%.', 'The tariff is 20%, up from 10%.')).toEqual([])
    // A change that goes on ("… to 60% in 2022 and 70% in 2023"); a run of changes on record
    // covers a sentence that skips the middle.
    expect(changes('rose from 40% in 2021 to 60% in 2022 and 70% in 2023')).toEqual([
      [40, 'percent', undefined],
      [60, 'percent', 40],
      [70, 'percent', 60],
    ])
    const shares = 'The share of fake pills with a deadly dose rose from 40% in 2021 to 60% in 2022 and 70% in 2023.'
    expect(conflicts('The share of fake pills with a deadly dose grew from 40% in 2021 to 70% in 2023.', shares)).toEqual([])
    expect(conflicts('The share of fake pills with a deadly dose grew from 60% in 2022 to 40% in 2023.', shares)).toEqual([
      'number: from 60% to 40% ≠ from 40% to 60% / from 60% to 70%',
    ])
    // A change stated by its factor, in one clause.
    expect(changes('doubled the fentanyl tariff on China to 20%')).toEqual([[20, 'percent', 10]])
    expect(changes('cut the tariff in half to about 10%')).toEqual([[10, 'percent', 20]])
    expect(changes('doubled its inspections, and the tariff rose to 20%')).toEqual([[20, 'percent', undefined]])
    expect(conflicts('Trump halved the fentanyl tariff on China to 10%.', record, variants)).toEqual([])
    expect(conflicts('Trump doubled the fentanyl tariff on China to 10%.', 'The US raised the fentanyl tariff on China from 10% to 20%.')).toEqual([
      'number: doubled to 10% ≠ from 10% to 20%',
    ])
    expect(conflicts('Trump doubled the fentanyl tariff on China to 20%.', 'The US raised the fentanyl tariff on China from 10% to 20%.')).toEqual([])
  })

  it('compares rates per the same number of people, whatever denominator each states', () => {
    const rates = (text: string) => readAssertions(text).figures.map((f) => [f.value, f.unit, f.per])
    expect(rates('32.4 deaths per 100,000, 324 per million people, 0.324 per 1,000 and $900 per capita')).toEqual([
      [32.4, 'rate', 100000],
      [32.4, 'rate', 1000000],
      [32.4, 'rate', 1000],
      [900, 'usd', undefined],
    ])
    expect(rates('fell from 32.6 to 31.3 per 100,000')).toEqual([
      [32.6, 'rate', 100000],
      [31.3, 'rate', 100000],
    ])
    // One grammar recognises the rate and reads its denominator: abbreviated scales and digits
    // grouped by spaces are read, and no part of a denominator is a figure of its own.
    expect(rates('32.4 deaths per 100k, 324 per 1m people, 3,240 per 10 000 000 and 5 per 100 m')).toEqual([
      [32.4, 'rate', 100000],
      [32.4, 'rate', 1000000],
      [32.4, 'rate', 10000000],
      [5000, 'rate', 100],
    ])
    expect(rates('Per 100 000 people, 32 died.')).toEqual([[32, 'noun:di', undefined]])
    const record = 'The CDC counted 106,699 overdose deaths in 2021, an age-adjusted rate of 32.4 per 100,000.'
    expect(conflicts('The CDC counted 106,699 overdose deaths in 2021, a rate of 32.4 per 300,000 people.', record)).toEqual([
      'number: 32.4 per 300,000 ≠ 32.4 per 100,000',
    ])
    expect(conflicts('The CDC counted 106,699 overdose deaths in 2021, a rate of 324 per million people.', record)).toEqual([])
    expect(conflicts('The CDC counted 106,699 overdose deaths in 2021, a rate of 324 per 1m people.', record)).toEqual([])
    expect(conflicts('The CDC counted 106,699 overdose deaths in 2021, a rate of 0.324 per 1k.', record)).toEqual([])
    expect(conflicts('The CDC counted 106,699 overdose deaths in 2021, a rate of 3.24 per 1k.', record)).toEqual([
      'number: 3.24 per 1,000 ≠ 32.4 per 100,000',
    ])
    // A rate in the claim's facts: its unit names the denominator.
    const facts = {figures: [{value: 32.4, unit: 'rate', hedge: 'exact' as const, raw: '32.4', per: 100000}]}
    expect(conflicts('The overdose death rate was 3.24 per 1,000 in 2021.', 'The overdose death rate in 2021.', [], facts)).toEqual([
      'number: 3.24 per 1,000 ≠ 32.4 per 100,000',
    ])
  })

  it('flags a different age range', () => {
    const record = 'Fentanyl is the leading cause of death for Americans aged 18 to 45.'
    expect(conflicts('Fentanyl is the leading cause of death for Americans aged 18 to 55.', record)).toEqual(['age-range: 18–55 ≠ 18–45'])
    expect(conflicts('Fentanyl is the leading cause of death for Americans between 18 and 45.', record)).toEqual([])
  })

  it('flags a different actor of the same kind', () => {
    expect(conflicts('India suspended cooperation with the US.', 'China suspended cooperation with the US.')).toEqual([
      'actor: India ≠ China',
    ])
    expect(conflicts('The CDC called fentanyl the deadliest threat.', 'The DEA called fentanyl the deadliest threat.')).toEqual([
      'actor: CDC ≠ DEA',
    ])
    // Naming fewer actors is not naming others.
    expect(conflicts('China suspended cooperation.', 'China suspended cooperation with the US.')).toEqual([])
    // Countries and agencies beyond the few the database is about are actors too.
    const cartels = 'Mexican cartels make most US-bound fentanyl from Chinese precursor chemicals.'
    expect(conflicts('Colombian cartels make most US-bound fentanyl from Chinese precursor chemicals.', cartels)).toEqual(['actor: Colombia ≠ Mexico'])
    expect(conflicts('Mexican cartels, like those in Colombia, make most US-bound fentanyl from Chinese precursors.', cartels)).toEqual([])
    expect(conflicts('According to final FDA data, 107,941 people died of drug overdoses in 2022.', 'According to final CDC data, 107,941 people died of drug overdoses in 2022.')).toEqual([
      'actor: FDA ≠ CDC',
    ])
  })

  it('flags two actors in each other\'s places', () => {
    const roles = (text: string) => readAssertions(text).roles?.map((r) => `${r.actor} ${r.role}`)
    expect(roles('China suspended cooperation with the US.')).toEqual(['~china subject', '~us with'])
    expect(roles('Cooperation with the US was suspended by China.')).toEqual(['~us with', '~china subject'])
    expect(roles('The US and China launched a working group in Beijing.')).toEqual(['~us subject', '~china subject', '~china in'])
    expect(roles('China suspended cooperation.')).toBeUndefined()
    const record = 'China suspended counternarcotics cooperation with the United States in August 2022.'
    expect(conflicts('The US suspended counternarcotics cooperation with China in August 2022.', record)).toEqual([
      'actor: United States as the one acting ≠ China as the one acting',
    ])
    expect(conflicts('Counternarcotics cooperation with the US was suspended by China in August 2022.', record)).toEqual([])
    expect(conflicts('Beijing halted counternarcotics cooperation with Washington in August 2022.', record)).toEqual([])
    const shipped = 'Most fentanyl precursors are shipped from China to Mexico.'
    expect(conflicts('Most fentanyl precursors are shipped from Mexico to China.', shipped)).toEqual(['actor: from Mexico ≠ from China'])
    // Two sides that act together, in either order.
    expect(conflicts('China and the US launched a working group.', 'The US and China launched a working group.')).toEqual([])
    // A clause that sets the scene names actors the sentence does not state anything about.
    expect(conflicts('As China pressed Washington on fentanyl, the US suspended counternarcotics cooperation with China in August 2022.', record)).toEqual([
      'actor: United States as the one acting ≠ China as the one acting',
    ])
    expect(conflicts('As Washington pressed Beijing on fentanyl, China suspended counternarcotics cooperation with the United States in August 2022.', record)).toEqual([])
    const cartels = 'Mexico agreed to send 10,000 troops to its border with the US.'
    expect(conflicts('As China pressed Washington on fentanyl, Mexico agreed to send 10,000 troops to its border with the US.', cartels)).toEqual([])
    // Who says it counts when the record says who says it ...
    expect(conflicts('According to the FDA, 107,941 people died of drug overdoses in 2022.', 'According to the CDC, 107,941 people died of drug overdoses in 2022.')).toEqual([
      'actor: FDA ≠ CDC',
    ])
    expect(conflicts('The FDA said that 107,941 people died of drug overdoses in 2022.', 'According to the CDC, 107,941 people died of drug overdoses in 2022.')).toEqual([
      'actor: FDA ≠ CDC',
    ])
    // ... and not otherwise: the DEA only relays what China's ministry did.
    const scheduled = "China's Ministry of Public Security scheduled all fentanyl-related substances as a class on May 1, 2019."
    expect(conflicts("A DEA official noted that China's Ministry of Public Security scheduled all fentanyl-related substances as a class on May 1, 2019.", scheduled)).toEqual([])
    expect(conflicts('China scheduled all fentanyl-related substances as a class on May 1, 2019, DEA officials said.', scheduled)).toEqual([])
    expect(conflicts('The DEA scheduled all fentanyl-related substances as a class on May 1, 2019.', scheduled)).toEqual([
      'actor: DEA ≠ Ministry of Public Security',
    ])
    const speakers = (text: string) => readAssertions(text).actors.filter((a) => a.speaker).map((a) => a.term)
    expect(speakers('A DEA official noted that China acted, the CDC said.')).toEqual(['~dea', '~cdc'])
    expect(speakers('According to the CDC, China acted.')).toEqual(['~cdc'])
    // "Said" without "that" in a first clause: what follows is stated, and so is who said it.
    expect(speakers('The DEA said China acted.')).toEqual([])
    // Named as who says it and as an actor: an actor.
    expect(speakers('The DEA said that the DEA acted.')).toEqual([])
  })

  it('knows when another claim states the year or figure that contradicts one', () => {
    const explains = (type: 'date' | 'number', sentence: string, record: string, other: string) =>
      explainsConflict(type, readAssertions(sentence), readAssertions(record), readAssertions(other))
    const deaths2021 = 'In 2021, 106,699 Americans died from drug overdoses.'
    const deaths2023 = 'In 2023, 105,007 Americans died from drug overdoses.'
    expect(explains('date', 'In 2023, more than 100,000 Americans died of overdoses.', deaths2021, deaths2023)).toBe(true)
    // The other claim must confirm what the record confirms, not be silent on it ...
    expect(explains('date', 'In 2023, more than 100,000 Americans died of overdoses.', deaths2021, 'Overdose deaths fell in 2023.')).toBe(false)
    // ... and a precise figure of the record's own ties the sentence to the record.
    expect(explains('date', 'In 2023, 106,699 Americans died of overdoses.', deaths2021, 'In 2023, about 105,000 Americans died of overdoses.')).toBe(false)
    expect(explains('number', 'In 2021, 105,007 Americans died of overdoses.', deaths2021, deaths2023)).toBe(false)
    expect(explains('number', 'About 105,000 Americans died of overdoses in 2023.', 'About 107,500 Americans died of overdoses in 2023, a first estimate said.', deaths2023)).toBe(false)
    expect(explains('actor' as 'date', 'India acted in 2023.', 'China acted in 2023.', 'India acted in 2023.')).toBe(false)
    // A figure of two significant digits ties nothing: the 20% tariff claims differ in their goods and months.
    expect(
      explains(
        'date',
        'A 20 percent duty on avocados imported from Mexico took effect in May 2020.',
        'Washington imposed a 20 percent tariff on ship-to-shore cranes from Mexico that took effect in May 2023.',
        'Washington imposed a 20 percent tariff on avocados from Mexico in May 2020.',
      ),
    ).toBe(true)
  })

  it('flags a change or an extreme in the opposite direction', () => {
    const direction = (sentence: string, record: string, variants: string[] = []) => {
      const conflict = directionConflict({sentenceText: sentence, recordText: record, recordTexts: variants})
      return conflict ? `${conflict.type}: ${conflict.article} ≠ ${conflict.record}` : undefined
    }
    const record = 'US border fentanyl seizures fell 52% in January-August 2025.'
    expect(direction('US border fentanyl seizures rose 52% in January-August 2025.', record)).toBe('direction: rose ≠ fell')
    expect(direction('US border fentanyl seizures were up 52% in January-August 2025.', record)).toBe('direction: up ≠ fell')
    expect(direction('US border fentanyl seizures were down 52% in January-August 2025.', record)).toBeUndefined()
    expect(direction('There was a 52% decrease in US border fentanyl seizures.', record)).toBeUndefined()
    // Both directions, a negation, or no direction: not compared.
    expect(direction('After rising for years, US border fentanyl seizures fell 52%.', record)).toBeUndefined()
    expect(direction('US border fentanyl seizures did not rise in 2025.', record)).toBeUndefined()
    expect(direction('US border fentanyl seizures went from 11,000 to 6,873 pounds.', record)).toBeUndefined()
    // A wording of the claim that agrees keeps it a match; "in the fall of 2024" is a season.
    expect(direction('Seizures rose in the fall of 2024.', 'Seizures rose in 2024.', ['Seizures fell later.'])).toBeUndefined()
    expect(direction('Seizures fell in the fall of 2024.', 'Seizures rose in 2024.')).toBe('direction: fell ≠ rose')
    // Only about the same thing: what went up in the sentence must be near the record's word.
    expect(direction('The DEA budget rose in 2025, the year US border fentanyl seizures were counted.', record)).toBeUndefined()
    expect(direction('Prices of fentanyl pills rose as US border seizures in January-August 2025 were counted.', record)).toBeUndefined()
    expect(direction('US border seizures of fentanyl were 52% more in January-August 2025.', 'US border seizures of fentanyl were 52% less in January-August 2025.')).toBe(
      'direction: 52% more ≠ 52% less',
    )
    // Extremes apart from changes.
    const lowest = 'Overdose deaths dropped to about 80,000 in 2024, the lowest since 2019.'
    expect(direction('Overdose deaths dropped to about 80,000 in 2024, the highest since 2019.', lowest)).toBe('direction: highest ≠ lowest')
    expect(direction('Overdose deaths rose to about 80,000 in 2024, the lowest since 2019.', lowest)).toBe('direction: rose ≠ dropped')
  })

  it('flags the opposite action', () => {
    const opposite = (sentence: string, record: string, variants: string[] = []) => {
      const conflict = oppositeConflict({sentenceText: sentence, recordText: record, recordTexts: variants})
      return conflict ? `${conflict.type}: ${conflict.article} ≠ ${conflict.record}` : undefined
    }
    const signed = 'President Trump signed the HALT Fentanyl Act on July 16, 2025.'
    expect(opposite('President Trump vetoed the HALT Fentanyl Act in July 2025.', signed)).toBe('opposite: vetoed ≠ signed')
    expect(opposite('The HALT Fentanyl Act was vetoed by Trump.', signed)).toBe('opposite: vetoed ≠ signed')
    expect(opposite('The US lifted its 25% tariffs on Mexico.', 'The US imposed 25% tariffs on Mexico.')).toBe('opposite: lifted ≠ imposed')
    expect(opposite('China resumed counternarcotics cooperation with the US.', 'China suspended counternarcotics cooperation with the US.')).toBe(
      'opposite: resumed ≠ suspended',
    )
    expect(opposite('The 2018 order made the class scheduling permanent.', 'The 2018 order made the class scheduling temporary.')).toBe('opposite: permanent ≠ temporary')
    // Comparisons whose words say nothing else.
    expect(opposite('Fentanyl is about 50 times less potent than heroin.', 'Fentanyl is about 50 times more potent than heroin.')).toBe('opposite: times less ≠ times more')
    expect(opposite('The DEA calls fentanyl the least deadly drug threat the country has faced.', 'The DEA calls fentanyl the deadliest drug threat the country has faced.')).toBe(
      'opposite: least deadly ≠ deadliest',
    )
    expect(opposite('In 2023 the DEA seized 77 million pills, the least it has ever seized in a year.', 'In 2023 the DEA seized 77 million pills, the most it has ever seized in a year.')).toBe(
      'opposite: least it has ever ≠ most it has ever',
    )
    expect(opposite('Fentanyl kills fewer Americans aged 18 to 49 than guns.', 'Fentanyl kills more Americans aged 18 to 49 than guns.')).toBe('opposite: kills fewer ≠ kills more')
    // A wording that agrees, a sentence that says both, a negation, an intention: not compared.
    expect(opposite('The US removed the institute from the Entity List.', 'The US added the institute in 2020.', ['The US removed the institute in 2023.'])).toBeUndefined()
    expect(opposite('The US added the institute to the Entity List in 2020 and removed it in 2023.', 'The US removed the institute in 2023.')).toBeUndefined()
    expect(opposite('Trump did not veto the HALT Fentanyl Act.', signed)).toBeUndefined()
    expect(opposite('Trump agreed to lift the tariffs on Mexico.', 'Trump imposed the tariffs on Mexico.')).toBeUndefined()
    // Only about the same thing.
    expect(opposite('The DEA closed its Houston office.', 'The working group opened in Beijing.')).toBeUndefined()
    // The whole check reports it, after the facts.
    expect(conflicts('President Trump vetoed the HALT Fentanyl Act on July 16, 2025.', signed)).toEqual(['opposite: vetoed ≠ signed'])
  })

  it('flags "before" something the claim puts "after", for the same thing only', () => {
    const sequence = (sentence: string, record: string, variants: string[] = []) => {
      const conflict = sequenceConflict({sentenceText: sentence, recordText: record, recordTexts: variants})
      return conflict ? `${conflict.type}: ${conflict.article} ≠ ${conflict.record}` : undefined
    }
    const pelosi = 'Beijing froze US-China counternarcotics cooperation after Speaker Pelosi visited Taiwan in August 2022.'
    expect(sequence("China suspended cooperation with the US before Nancy Pelosi's visit to Taiwan.", pelosi)).toBe(
      "opposite: before Nancy Pelosi's visit ≠ after Speaker Pelosi visited Taiwan",
    )
    expect(sequence("China suspended cooperation with the US after Nancy Pelosi's visit to Taiwan.", pelosi)).toBeUndefined()
    // Before or after something else; a negation; a wording that agrees: not compared.
    expect(sequence('China suspended cooperation before the summit.', pelosi)).toBeUndefined()
    expect(sequence('China did not suspend cooperation until after Pelosi visited Taiwan.', pelosi)).toBeUndefined()
    expect(sequence('China suspended cooperation before Pelosi visited Taiwan.', pelosi, ['China acted before Pelosi visited Taiwan.'])).toBeUndefined()
    // The whole check reports it, as an opposite action.
    expect(conflicts('Overdose deaths fell well before the change of administration.', 'US overdose deaths only started to fall after the change of administration in January 2025.')).toEqual([
      'opposite: before the change of administration ≠ after the change of administration',
    ])
  })

  it('knows every word a direction can start with, so a sentence without one is skipped safely', async () => {
    const database = await loadClaims([DEFAULT_CLAIMS_DIR], {cache: false})
    const items = loadSet(fileURLToPath(new URL('../eval/set.yaml', import.meta.url)), database.claims)
    const texts = [...database.claims.flatMap((claim) => [claim.claim, ...(claim.variants ?? [])]), ...items.map((item: {text: string}) => item.text)]
    const flips = ['rises', 'risen', 'grows', 'grown', 'growth', 'climbs', 'jumps', 'surges', 'soars', 'spikes', 'hikes', 'boosts', 'tripled', 'quadrupled', 'falls', 'fallen', 'drops', 'dips', 'plunges', 'plummets', 'slumps', 'sank', 'tumbles', 'shrank', 'shrunk', 'shrinks', 'reduction', 'lowering', 'peaked', 'record high', 'all-time low', 'up 5%', 'down 5%', '5% more', '5% fewer']
    const stating = [...texts, ...flips.map((word) => `Seizures ${word} in 2024.`)].filter((text) => directionCues(text).length > 0)
    expect(stating.length).toBeGreaterThan(100)
    expect(stating.filter((text) => !mayStateDirection(text.toLowerCase()))).toEqual([])
    expect(mayStateDirection('seizures were counted in 2024 and up to 50 more came.')).toBe(false)
  })

  it('compares weights in kilograms with weights in pounds', () => {
    const record = 'The DEA seized nearly 12,000 pounds of fentanyl powder in 2023.'
    expect(conflicts('The DEA seized nearly 12,000 kilograms of fentanyl powder in 2023.', record)).toEqual(['number: about 12,000 kg ≠ about 12,000 lb'])
    expect(conflicts('The DEA seized about 5,400 kilograms of fentanyl powder in 2023.', record)).toEqual([])
  })

  it('flags the opposite polarity, whatever the word order', () => {
    expect(conflicts('China did not suspend cooperation with the US.', 'China suspended cooperation with the US.')).toEqual([
      'negation: not ≠ affirms',
    ])
    expect(conflicts('China has not done anything on fentanyl.', 'China has done nothing on fentanyl.')).toEqual([])
    expect(conflicts('China suspended cooperation, not trade talks.', 'China suspended cooperation.')).toEqual([])
    // "No country before China" and "China was the first" are one claim: any wording agreeing is enough.
    expect(
      conflicts('China was the first country to schedule fentanyl as a class.', 'No country scheduled fentanyl as a class before China.', [
        'China became the first country to schedule fentanyl as a class.',
      ]),
    ).toEqual([])
    expect(conflicts('Fentanyl is no more than a painkiller.', 'Fentanyl is a painkiller.')).toEqual([])
    // A denial negates all that follows it; a counterfactual condition, what it supposes.
    const myth = 'Fentanyl is 1,000 times stronger than heroin.'
    expect(conflicts('It is a myth that fentanyl is 1,000 times stronger than heroin.', myth)).toEqual(['negation: not ≠ affirms'])
    expect(conflicts("It's not true that fentanyl is 1,000 times stronger than heroin.", myth)).toEqual(['negation: not ≠ affirms'])
    // A denial is weighed against the claim's affirmative wordings, where a negative one would cancel it.
    expect(
      conflicts('It is a myth that China became the first country to schedule fentanyl-related substances as a class.', 'China became the first country to schedule fentanyl-related substances as a class.', [
        'No country scheduled fentanyl-related substances as a class before China.',
      ]),
    ).toEqual(['negation: not ≠ affirms'])
    const stalled = 'Because of political polarization, US anti-fentanyl legislation has stalled.'
    expect(conflicts('It is false that because of political polarization, US anti-fentanyl legislation has stalled.', stalled)).toEqual([
      'negation: not ≠ affirms',
    ])
    const stopped = 'China has stopped all exports of chemicals used to make fentanyl.'
    expect(conflicts('If China had stopped all exports of fentanyl chemicals, the crisis would have ended.', stopped)).toEqual(['negation: not ≠ affirms'])
    expect(conflicts('If China had not stopped all exports of fentanyl chemicals, the crisis would have grown.', stopped)).toEqual([])
    // Denying what someone says denies nothing the sentence goes on to state.
    const assessments = 'US government assessments name China as the primary source of the precursor chemicals Mexican cartels use.'
    expect(conflicts('That is not what US assessments say: they name China as the main source of the precursor chemicals Mexican cartels use.', assessments)).toEqual([])
    expect(conflicts('US assessments do not name China as the main source of the precursor chemicals Mexican cartels use.', assessments)).toEqual([
      'negation: not ≠ affirms',
    ])
  })

  it('reads the polarity of each term in its clause', () => {
    const shared = new Set(toTerms('China suspended cooperation trade talks'))
    const polarity = polarityOf('China did not suspend cooperation, but held trade talks.', shared)
    expect(Object.fromEntries(polarity.terms)).toEqual({'~china': false, '~suspend': true, cooper: true, trade: false, talk: false})
  })

  it('takes a month named alone as a date of the year before it', () => {
    const record = 'On 12 August 2025 Mexico sent 26 more cartel-linked prisoners to the United States.'
    // It states both transfers: February is the other one's month, not a wrong one for August.
    expect(conflicts('Mexico sent cartel figures to the United States, 29 in February 2025 and 26 more in August.', record)).toEqual([])
    expect(conflicts('Mexico sent cartel figures to the United States, 29 in February 2025 and 26 more in July.', record)).toEqual([
      'date: February 2025 ≠ 12 August 2025',
    ])
  })

  it('reports every identifying difference, so two of them mark another fact', () => {
    expect(conflicts('Overdoses killed 70,000 Americans in 2019.', 'Overdoses killed 106,699 Americans in 2021.')).toEqual([
      'number: 70,000 people ≠ 106,699 people',
      'date: 2019 ≠ 2021',
    ])
  })
})

describe('check-worthiness', () => {
  const worthy = (text: string): boolean => isCheckWorthy(text, readAssertions(text))

  it('takes figures, dates, superlatives, attributions and named officials as checkable', () => {
    expect(worthy('Overdose deaths fell 27% in 2024.')).toBe(true)
    expect(worthy('The DEA was founded in 1973.')).toBe(true)
    expect(worthy('It was the largest fentanyl bust in Canadian history.')).toBe(true)
    expect(worthy('Officials said the cartel moved its labs to Sinaloa.')).toBe(true)
    expect(worthy('Xi Jinping met Joe Biden near San Francisco.')).toBe(true)
  })

  it('leaves questions, opinion and small talk alone', () => {
    expect(worthy('Why has fentanyl abuse become so rampant?')).toBe(false)
    expect(worthy('Washington should stop blaming others.')).toBe(false)
    expect(worthy('In my view, the drug war has failed.')).toBe(false)
    expect(worthy('Talks between the two governments look like a turning point.')).toBe(false)
    expect(worthy('Be the first to comment')).toBe(false)
    // Opinion with a figure is still checkable: the figure can be wrong.
    expect(worthy('We should remember that 107,941 Americans died in 2022.')).toBe(true)
  })
})

describe('judging sentences', () => {
  const claims = [
    claim('deadliest', 'The DEA has called fentanyl the deadliest drug threat the United States has ever faced.'),
    claim('leading-cause', 'According to the DEA, fentanyl is the leading cause of death for Americans between the ages of 18 and 45.', {
      status: 'mostly-true',
    }),
    claim('suspended', 'In August 2022, China suspended counternarcotics cooperation with the United States over Pelosi’s visit to Taiwan.'),
    claim('first-country', 'In May 2019, China became the first country to schedule fentanyl-related substances as a class.', {status: 'false'}),
    claim('bridge', 'The Harbor Bridge opened in March 1998.'),
  ]
  let matcher: Matcher
  beforeAll(() => {
    matcher = createMatcher(claims)
  })
  const judge = (text: string, minScore = DEFAULT_MIN_SCORE) =>
    matcher.judge(sentence(text), {minScore, top: 3, asOf: AS_OF, unreviewed: true, explain: true})

  it('matches a paraphrase and explains why', () => {
    const {findings} = judge('Beijing froze its anti-drug cooperation with Washington in Aug. 2022 after Nancy Pelosi went to Taiwan.')
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding!.kind).toBe('match')
    expect(finding!.claim!.id).toBe('suspended')
    expect(finding!.candidates![0]!.id).toBe('suspended')
    expect(finding!.explanation!.shared).toEqual(expect.arrayContaining(['China', 'counternarcotics', 'Pelosi', 'suspend', 'Taiwan']))
    expect(finding!.explanation!.missing).toEqual(expect.arrayContaining(['visit']))
    expect(finding!.explanation!.matchedText).toBe(claims[2]!.claim)
  })

  it('reports a contradiction of an accurate claim as a conflict', () => {
    const {findings} = judge('In August 2021, China suspended counternarcotics cooperation with the United States over Pelosi’s visit to Taiwan.')
    expect(findings.map((f) => [f.kind, f.claim?.id, f.conflict?.type, f.severity])).toEqual([['conflict', 'suspended', 'date', 'error']])
  })

  it('reports both claims of a sentence that states two', () => {
    const {findings} = judge(
      'According to the Drug Enforcement Administration, fentanyl is the leading cause of death among Americans aged 18 to 45 and the deadliest drug threat the nation has ever faced.',
    )
    expect(findings.map((f) => f.claim?.id).sort()).toEqual(['deadliest', 'leading-cause'])
  })

  it('leaves a sentence that only shares actors with a claim alone', () => {
    expect(judge("Pelosi's trip to Taiwan angered Beijing.").findings.filter((f) => f.kind !== 'unreviewed')).toEqual([])
  })

  it('passes over a claim whose required words the sentence does not use', () => {
    const tariffs = [
      claim('china-25', 'In 2025 the United States imposed a 25% fentanyl tariff on goods from China.', {
        status: 'false',
        requires: ['China'],
        variants: ['China, Mexico and Canada were all hit with 25% fentanyl tariffs.'],
      }),
      claim('in-force', 'The emergency fentanyl tariffs on China, Mexico and Canada remain in force.', {requires: ['remain', 'in force', 'still']}),
    ]
    const judged = createMatcher(tariffs)
    const ids = (text: string) => judged.judge(sentence(text), {minScore: DEFAULT_MIN_SCORE, top: 0, asOf: AS_OF, unreviewed: false, explain: false}).findings.map((f) => f.claim?.id)
    // One word: actors by any of their names.
    expect(ids('The United States imposed a 25% fentanyl tariff on imports from Mexico and Canada in 2025.')).toEqual([])
    expect(ids('The United States imposed a 25% fentanyl tariff on Chinese goods in 2025.')).toEqual(['china-25'])
    expect(ids('Washington put a 25% fentanyl tariff on Beijing in 2025.')).toEqual(['china-25'])
    // A phrase, in a row, by its words' stems.
    expect(ids('The emergency fentanyl tariffs on China, Mexico and Canada.')).toEqual([])
    expect(ids('The emergency fentanyl tariffs on China, Mexico and Canada remained in force.')).toEqual(['in-force'])
    expect(ids('The emergency fentanyl tariffs on China, Mexico and Canada are, in force, still there.')).toEqual(['in-force'])
    // A ranking still lists it.
    expect(judged.rank('The emergency fentanyl tariffs on China, Mexico and Canada.', 2).map((r) => r.id)).toContain('in-force')
  })

  it('reports a check-worthy sentence no claim covers as unreviewed, and opinion not at all', () => {
    expect(judge('Mexico extradited 29 cartel leaders in February 2025.').findings.map((f) => f.kind)).toEqual(['unreviewed'])
    expect(judge('We hope the momentum continues.').findings).toEqual([])
  })

  it('keeps the matched claim first among the candidates', () => {
    const {findings} = judge('China was the first country in the world to control fentanyl-like substances as a class, in May 2019.')
    expect(findings[0]!.claim!.id).toBe('first-country')
    expect(findings[0]!.severity).toBe('error')
    expect(findings[0]!.candidates![0]!.id).toBe('first-country')
  })

  it('ranks without a threshold for --top K --min-score 0', () => {
    const ranked = matcher.rank('fentanyl deadliest threat', 5)
    expect(ranked[0]!.claim.id).toBe('deadliest')
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a))
  })

  it('gives rankings whose details stay readable after the next sentence is ranked', () => {
    const first = matcher.rank('fentanyl deadliest threat', 3)
    const second = matcher.rank('China was the first country to control fentanyl-like substances as a class', 3)
    // The details are worked out from per-sentence marks: the first ranking's must not see the second's.
    expect(first[0]!.id).toBe('deadliest')
    expect(first[0]!.shared.size).toBeGreaterThan(0)
    expect([...first[0]!.shared].every((term) => first[0]!.text.terms.includes(term))).toBe(true)
    expect(first[0]!.explains.size).toBeGreaterThan(0)
    expect(second[0]!.id).toBe('first-country')
    expect(second[0]!.coverages.get(second[0]!.text)).toBe(second[0]!.coverage)
  })
})

describe('evaluation (eval/set.yaml)', () => {
  it('meets the targets at the default threshold', async () => {
    const database = await loadClaims([DEFAULT_CLAIMS_DIR])
    const items = loadSet(fileURLToPath(new URL('../eval/set.yaml', import.meta.url)), database.claims)
    expect(items.length).toBeGreaterThanOrEqual(200)
    const report = evaluate({createMatcher, claims: database.claims, items, minScore: DEFAULT_MIN_SCORE, verdictAsOf, thresholds: [DEFAULT_MIN_SCORE]})
    const overall = report.rows.overall
    expect(overall.precision).toBeGreaterThanOrEqual(0.95)
    expect(overall.recall).toBeGreaterThanOrEqual(0.9)
    expect(overall.falseReassurance).toBe(0)
    expect(overall.falseAlarmRate).toBeLessThanOrEqual(0.03)
    expect(overall.mrr5).toBeGreaterThanOrEqual(overall.bm25Mrr5)
    expect(targetMisses(report)).toEqual([])
  })
})

describe('the verdict of the time a sentence states (verdictForTime)', () => {
  const decriminalized = claim('decriminalized', 'Oregon has decriminalized possession of hard drugs.', {
    validUntil: '2024-08-31',
    statusAfter: 'outdated',
    verdictAfter: 'Possession is a misdemeanor again from 1 September 2024.',
  })
  it('applies the verdict that held through that time, with its date', () => {
    expect(verdictForTime(decriminalized, '2022-01-01', '2022-12-31', AS_OF)).toEqual({status: 'true', verdict: 'Checked.', asOf: '2022-12-31'})
    // The verdict changed during it, the time is not over on --as-of, or the verdict is the same: the one on --as-of.
    expect(verdictForTime(decriminalized, '2024-01-01', '2024-12-31', AS_OF)).toEqual({status: 'outdated', verdict: 'Possession is a misdemeanor again from 1 September 2024.'})
    expect(verdictForTime(decriminalized, '2026-01-01', '2026-12-31', AS_OF)).toEqual({status: 'outdated', verdict: 'Possession is a misdemeanor again from 1 September 2024.'})
    expect(verdictForTime(claim('plain', 'Fentanyl is an opioid.'), '2020-01-01', '2020-12-31', AS_OF)).toEqual({status: 'true', verdict: 'Checked.'})
  })
})

describe('drafts checked by hand (bundled claims)', () => {
  // Short paraphrases of bundled claims with one figure or date wrong, as an editor's slip or a
  // misremembered number reads: each must be flagged, with the claim it gets wrong. (And two that
  // are right: "nine in ten" for 88%, and the false claim that the HALT Act was signed in 2024.)
  const CASES: Array<[string, string, string, string | null]> = [
    ['Overdose deaths in the United States topped 107,000 in 2021.', 'conflict', 'cdc-overdose-deaths-2021-final', 'number'],
    ['CBP seized about 17,000 pounds of fentanyl in fiscal 2022.', 'conflict', 'cbp-fentanyl-seizures-fy2022', 'number'],
    ['Border agents seized 24,000 pounds of fentanyl in fiscal 2024.', 'conflict', 'cbp-fentanyl-seizures-fy2024', 'number'],
    ['The DEA seized 60 million fake pills in 2022.', 'conflict', 'dea-fentanyl-seizures-2022-50m-pills', 'number'],
    ['Mexico sent 12,000 troops to the border in February 2025.', 'conflict', 'mexico-10000-national-guard-troops-border-2025-02-03', 'number'],
    ['Washington sanctioned 35 people and companies linked to a Chinese fentanyl network in October 2023.', 'conflict', 'ofac-sanctions-28-china-based-fentanyl-network-2023-10-03', 'number'],
    ['China put 40 new psychoactive substances under control in July 2024.', 'conflict', 'china-schedules-46-new-psychoactive-substances-2024-07-01', 'number'],
    ['The DOJ unsealed six indictments against Chinese chemical firms in October 2023.', 'conflict', 'doj-eight-indictments-china-based-chemical-companies-2023-10-03', 'number'],
    ['Overdose deaths fell 35% in 2024, according to provisional CDC data.', 'conflict', 'cdc-overdose-deaths-2024-provisional-27pct-drop', 'number'],
    ['Fentanyl is about 30 times more potent than heroin.', 'conflict', 'fentanyl-potency-50x-heroin-100x-morphine', 'number'],
    ['Carfentanil is 1,000 times more potent than morphine.', 'conflict', 'carfentanil-100x-fentanyl-10000x-morphine', 'number'],
    ['US citizens were 60% of those caught with fentanyl at ports of entry.', 'conflict', 'us-citizens-80pct-fentanyl-crossers-ports-2019-2024', 'number'],
    ['Oregon declared a 60-day fentanyl emergency in downtown Portland in January 2024.', 'conflict', 'portland-fentanyl-state-of-emergency-2024-01-30', 'number'],
    ['A court in Xingtai sentenced twelve people for fentanyl trafficking in November 2019.', 'conflict', 'xingtai-court-sentenced-nine-fentanyl-traffickers-2019-11-07', 'number'],
    ['The US raised its fentanyl tariff on Canada to 40% in August 2025.', 'conflict', 'us-fentanyl-tariff-canada-raised-to-35pct-2025-08-01', 'number'],
    ['Overdose deaths dropped to about 70,000 in 2024.', 'conflict', 'cdc-overdose-deaths-2024-provisional-27pct-drop', 'number'],
    ['China scheduled fentanyl-related substances as a class in May 2018.', 'conflict', 'china-class-scheduled-fentanyl-related-substances-2019-05-01', 'date'],
    ['Nine in ten fentanyl seizures happen at ports of entry.', 'match', 'fentanyl-mostly-seized-at-ports-of-entry', null],
    ['The HALT Fentanyl Act was signed on July 16, 2024.', 'match', 'halt-fentanyl-act-signed-in-2024-false', null],
  ]
  let matcher: Matcher
  beforeAll(async () => {
    matcher = createMatcher((await loadClaims([DEFAULT_CLAIMS_DIR])).claims)
  })
  /** The findings at the default settings (with `top`, the ranking too). */
  const findingsOf = (text: string, top = 0) => matcher.judge(sentence(text), {minScore: DEFAULT_MIN_SCORE, top, asOf: AS_OF, unreviewed: true, explain: false}).findings
  /** Each finding's kind and claim id. */
  const judged = (text: string) => findingsOf(text).map((finding) => [finding.kind, finding.claim?.id ?? null])

  it.each(CASES)('%s', (text, kind, id, type) => {
    const findings = findingsOf(text)
    expect([findings[0]?.kind, findings[0]?.claim?.id, findings[0]?.conflict?.type ?? null]).toEqual([kind, id, type])
  })

  it('does not confirm a figure stated for now with a claim that dates its figures', () => {
    const withStatus = (text: string) => findingsOf(text).map((finding) => [finding.kind, finding.claim?.id ?? null, finding.claim?.status ?? null])
    // 6 in 10 was the 2022 share; "now" is neither 2022 nor the 2024 share (5 in 10).
    expect(withStatus('The DEA says six in ten fake pills now carry a deadly dose.')).toEqual([['unreviewed', null, null]])
    // The present-tense claim states it for now; a state that began on a date holds now.
    expect(withStatus('Seven in ten counterfeit pills now carry a deadly amount of fentanyl, DEA testing shows.')).toEqual([
      ['match', 'dea-fake-pills-7-of-10-lethal-dose-current', 'outdated'],
    ])
    expect(withStatus('China now controls all fentanyl-related substances as a class.')).toEqual([
      ['match', 'china-class-scheduled-fentanyl-related-substances-2019-05-01', 'true'],
    ])
  })

  it('reads past a wire dateline (its place and date are the report\'s)', () => {
    expect(judged('OTTAWA, Nov 3 (Reuters) - The United States raised its fentanyl tariff on Canadian goods to 35% on August 1, 2025.')).toEqual([
      ['match', 'us-fentanyl-tariff-canada-raised-to-35pct-2025-08-01'],
    ])
    expect(judged('BEIJING (Reuters) - Mexico sent 29 cartel figures to the United States on February 27, 2025.')).toEqual([
      ['match', 'mexico-transfers-29-cartel-figures-to-us-2025-02-27'],
    ])
    // A date in the parentheses: the day of the report (it was a date conflict with 10 November).
    expect(
      judged('WASHINGTON (Nov. 12) — The United States on Monday lowered its fentanyl-related tariff on Chinese goods to 10%, down from 20%, after President Donald Trump and Chinese leader Xi Jinping met in Busan, South Korea, on Oct. 30.'),
    ).toEqual([['match', 'busan-deal-china-fentanyl-tariff-cut-to-10pct-2025-11-10']])
  })

  it('neither matches nor flags a question', () => {
    expect(findingsOf('Is fentanyl really 1,000 times stronger than heroin?', 3)).toEqual([])
  })

  it('finds a claim put in someone\'s mouth', () => {
    expect(judged('President Trump has claimed that fentanyl kills 300,000 Americans a year.')).toEqual([['match', 'trump-claim-fentanyl-kills-200k-300k-a-year']])
    expect(judged('Chinese officials insist that fentanyl is killing 200,000 to 300,000 people a year.')).toEqual([
      ['match', 'trump-claim-fentanyl-kills-200k-300k-a-year'],
    ])
    expect(judged('The US Drug Enforcement Administration has long said that most illicit fentanyl is made in Mexico from Chinese chemicals.')).toEqual([
      ['match', 'cartels-make-fentanyl-in-mexico-from-chinese-precursors'],
    ])
  })

  it('does not take "about half" for the misleading "more than half"', () => {
    // 24 of 50 is about half. The claim names its deciding words (requires: "more than half", "majority", "most" …).
    expect(judged('About half of US states allow recreational marijuana.')).toEqual([['match', 'us-24-states-legalized-recreational-marijuana-as-of-2025']])
  })

  it('takes a sentence that denies a myth in its own words for the correction, not a contradiction of it', () => {
    // The sentence's "cannot" governs "overdose … fentanyl … touching"; the correction's "not" only
    // "cause an overdose". The myth it denies ("You can overdose on fentanyl just by touching it …")
    // reaches --min-score, and the correction names it as related.
    const correction = [['match', 'fentanyl-incidental-skin-contact-no-overdose-risk']]
    expect(judged('No, you cannot overdose on fentanyl just by touching it.')).toEqual(correction)
    expect(judged('You cannot overdose just by being near fentanyl.')).toEqual(correction)
    // Quoted from a toxicologist, the correction ranks above the myth: still the correction.
    expect(judged('"No, you cannot overdose on fentanyl just by touching it," a toxicologist said.')).toEqual(correction)
    // The myth itself is still the false claim.
    expect(judged('You can overdose on fentanyl just by touching it.')).toEqual([['match', 'touching-fentanyl-causes-overdose-false']])
  })

  it('reads debunking copy as it corrects, not as the claim it corrects or a contradiction of the record', () => {
    // Each of these was reported as the false claim it denies, or as contradicting the accurate
    // claim it restates (an error on a correct sentence).
    const CORRECTIONS: Array<[string, Array<[string, string | null]>]> = [
      // A correction: the wrong value denied, the record's in its place.
      ['The United States did not impose a 25% fentanyl tariff on China in 2025; the rate was 10%, later raised to 20%.', [['match', 'us-fentanyl-tariff-china-raised-to-20pct-2025-03-04']]],
      ['The HALT Fentanyl Act was not signed in 2024; President Trump signed it in July 2025.', [['match', 'halt-fentanyl-act-signed-2025-07-16']]],
      ['The United States did not indict Chinese fentanyl makers for the first time in 2023; the first indictments came in 2017.', [['match', 'first-indictments-chinese-fentanyl-traffickers-2017-10-17']]],
      ['Fentanyl is not 1,000 times stronger than heroin; it is about 50 times stronger.', [['match', 'fentanyl-potency-50x-heroin-100x-morphine']]],
      // Without another year in its place, a negated sentence's year still dates it: not the 2023 count.
      ['Overdose deaths did not fall in 2022; they stayed roughly flat at about 108,000.', []],
      // "not the only" denies nothing; a year is not what a negation denies; "fell from 2022" is a point of reference.
      ['China is not the only source of fentanyl precursor chemicals, but it remains the main one.', [['match', 'us-assessment-china-primary-source-fentanyl-precursors']]],
      ['Overdose deaths did not rise to a record in 2023; they fell slightly from 2022.', [['match', 'cdc-overdose-deaths-2023-final-first-decline']]],
      // A negation's scope ends at "of": "not a major source" does not deny the fentanyl.
      ['Canada is not a major source of fentanyl entering the United States: CBP seized about 43 pounds at the northern border in fiscal 2024.', [['match', 'canada-share-border-fentanyl-seizures-fy2024']]],
      // Negated words any wording of the claim uses count ("ports of entry" is not in the closest one).
      ['Most fentanyl is not smuggled between ports of entry by migrants; it comes through official crossings, mostly carried by US citizens.', []],
      ['Nor did China stop all exports of fentanyl precursors after 2019.', []],
      // "Too small for China to be the main source" denies it is the main source.
      ["China's role in the fentanyl supply is not negligible: it is the main source of precursor chemicals.", []],
      ['The amounts of fentanyl sent from China were too small for China to be the main source of US fentanyl.', [['match', 'china-fentanyl-amounts-minimal-not-primary-source']]],
      // An alternative set aside is denied: not "removed its fentanyl tariff on China entirely", but the
      // correction the database relates to it (a sentence that reverses a false claim states it).
      ['After the Busan summit, the US halved its fentanyl tariff on China rather than removing it.', [['match', 'busan-deal-china-fentanyl-tariff-cut-to-10pct-2025-11-10']]],
      ['Mexico did not send 12,000 troops to the border in February 2025; it sent 10,000 National Guard members.', [['match', 'mexico-10000-national-guard-troops-border-2025-02-03']]],
      // "did not … until" did it then.
      ['The US did not impose its 25% tariff on Mexican goods until March 4, 2025, after a one-month pause.', [['match', 'us-fentanyl-tariffs-mexico-canada-25pct-2025-03-04']]],
      // An actor set aside in one place (", not Chinese firms,") and affirmed in another is affirmed.
      [
        'The Sinaloa and Jalisco cartels, not Chinese firms, make most of the fentanyl that reaches the United States, using precursor chemicals bought from China.',
        [['match', 'cartels-make-fentanyl-in-mexico-from-chinese-precursors']],
      ],
      // "Not A, but B": a word the sentence also affirms is affirmed ("export" in "export licences").
      [
        'China never agreed to stop exporting all fentanyl precursors, but in November 2025 it began requiring export licences for 13 chemicals.',
        [['match', 'china-export-licences-13-precursors-us-mexico-canada-2025-11-10']],
      ],
      // "did not" is not "did nothing" (the claim's required words).
      ["China's 2019 class-wide ban did not end the flow of precursors to Mexico.", []],
      // A pause before the tariffs took effect is not a lifting of them.
      ['The tariffs on Canada and Mexico were paused for a month before taking effect on March 4, 2025.', [['match', 'us-fentanyl-tariffs-mexico-canada-25pct-2025-03-04']]],
      // The 25% is Canada's and Mexico's: not also the false "25% fentanyl tariff on China" beside the 10% claim.
      [
        'On February 1, 2025, President Trump ordered 25% tariffs on Canada and Mexico and 10% on China, citing fentanyl.',
        [['match', 'us-fentanyl-tariff-china-10pct-2025-02-04']],
      ],
      // A denial ends at a semicolon before a statement with no negation of its own (the correction),
      // and a denied negation affirms ("not true that China has done nothing": it did something).
      ['It is not true that China has done nothing against fentanyl since 2019; it added nitazenes to its control list in 2024.', [['match', 'china-schedules-46-new-psychoactive-substances-2024-07-01']]],
      // A denial frame with an adverb, and a denial after what it denies.
      ['It is simply false that China has done nothing; Beijing scheduled the whole fentanyl class in 2019 and added nitazenes in 2024.', []],
      ['Some politicians still claim that 300,000 Americans die from fentanyl every year, a number that is simply not true.', []],
      // Making possession "a crime again" is the opposite of decriminalizing it: the recriminalization
      // claim, not the outdated one it ended.
      [
        'Oregon lawmakers voted in 2024 to make possession of small amounts of hard drugs a crime again, ending a key part of Measure 110.',
        [['match', 'oregon-hb4002-recriminalizes-drug-possession-2024']],
      ],
      // "not … only" denies the restriction (and so states the related correction).
      ['The decline in overdose deaths did not begin only in 2025.', [['match', 'overdose-decline-began-late-2023']]],
      ['Mexico does produce fentanyl, contrary to what López Obrador said in 2023.', []],
      // Not "China has done nothing since 2019", which requires its words ("done nothing", "no new action" …).
      ['China has not stopped exporting all fentanyl precursors since 2019.', []],
      // "not … outright", "not … completely": only the completeness is denied, not the exports.
      ['China did not ban those exports outright; it required licences.', [['match', 'china-export-licences-13-precursors-us-mexico-canada-2025-11-10']]],
      // The completeness a false claim requires ("completely", "entirely"), denied even when none of
      // its wordings uses that word: not the false claim.
      ['China has not completely stopped exports of fentanyl precursors.', []],
      ['After the Busan summit, the US did not completely eliminate the fentanyl tariff on China.', []],
      // A statement framed as a claim and called false; a dispute of an account after it.
      ['The often-repeated line that fentanyl is a thousand times stronger than heroin is false.', []],
      ['Police officers have reported overdosing after touching fentanyl during arrests, but toxicologists dispute those accounts.', []],
      // A dispute of something else denies nothing.
      [
        'Mexico sent 29 cartel figures to the United States in February 2025, but officials denied that it was a concession.',
        [['match', 'mexico-transfers-29-cartel-figures-to-us-2025-02-27']],
      ],
      // A denied negation affirms, against the claim's negative wording ("makes no distinction").
      ['It is not true that the WMD order makes no distinction between medical and illicit fentanyl.', []],
      // Before what the false claim puts it after: the correction the database relates to it.
      ['Overdose deaths have been falling since late 2023, well before the change of administration.', [['match', 'overdose-decline-began-late-2023']]],
      ['Fentanyl is roughly 50 times stronger than heroin, not 1,000 times.', [['match', 'fentanyl-potency-50x-heroin-100x-morphine']]],
      // A claim set against what the sentence says ("contrary to claims that …"), to the end of its clause.
      ['Contrary to claims that fentanyl is 1,000 times stronger than heroin, it is about 50 times as potent.', [['match', 'fentanyl-potency-50x-heroin-100x-morphine']]],
      ['Despite reports that China stopped all precursor exports in 2019, the chemicals kept flowing.', []],
      // A change "by" an amount "from" a year: the year is a point of reference, as the record's.
      ['The age-adjusted death rate fell by about a quarter from 2023.', [['match', 'cdc-overdose-deaths-2024-final']]],
      // Still a contradiction: the date it denies is the record's, the removal is what it denies.
      ["The US did not remove China's Institute of Forensic Science from the Entity List in November 2023.", [['conflict', 'ifs-removed-from-entity-list-2023-11-16']]],
    ]
    expect(CORRECTIONS.map(([text]) => [text, judged(text).filter(([kind]) => kind !== 'unreviewed')])).toEqual(CORRECTIONS)
  })

  it('flags a sentence that denies what an accurate claim turns on', () => {
    // The claim's main wording is itself negative ("IEEPA does not authorize … tariffs") and agreed
    // with the sentence's negated "tariffs"; the ruling's required words ("struck", "invalidated",
    // "ruled" …) are what the sentence denies.
    expect(judged('The Supreme Court did not strike down the IEEPA tariffs.')).toEqual([['conflict', 'scotus-learning-resources-ieepa-tariffs-invalid-2026-02-20']])
    expect(judged('The Supreme Court struck down the IEEPA tariffs in February 2026.')).toEqual([['match', 'scotus-learning-resources-ieepa-tariffs-invalid-2026-02-20']])
  })

  it('reads "down from X a year earlier" as where a change started, not as the fact stated', () => {
    const references = (text: string) => readAssertions(text).figures.map((f) => [f.value, f.reference ?? false])
    expect(references('CBP seized 21,889 pounds in fiscal 2024, down from a record of more than 27,000 pounds.')).toEqual([
      [21889, false],
      [27000, true],
    ])
    expect(references('Deaths rose to 107,941, up from 106,699 the year before.')).toEqual([
      [107941, false],
      [106699, true],
    ])
    // The FY2023 record claim ranks first and its year contradicts; the FY2024 claim, silent on the
    // earlier figure, still states the sentence's fact.
    expect(judged('Customs and Border Protection seized 21,889 pounds of the drug in fiscal 2024, down from more than 27,000 pounds a year earlier.')).toEqual([
      ['match', 'cbp-fentanyl-seizures-fy2024'],
    ])
    // Far below the FY2023 claim: no finding, rather than a wrong year.
    expect(judged('CBP seized about 21,900 pounds of fentanyl in fiscal 2024, down from a record of more than 27,000 pounds the year before.')).toEqual([['unreviewed', null]])
  })

  it('reads "no longer decriminalizes" as the recriminalization, not a denial of it', () => {
    // The recriminalization claim's wordings say "reversing the decriminalization", which affirms the
    // word; its negative wording ("no longer decriminalizes") agrees with the sentence.
    expect(judged('Oregon no longer decriminalizes drug possession.')).toEqual([['match', 'oregon-hb4002-recriminalizes-drug-possession-2024']])
    expect(judged('Oregon still decriminalizes drug possession.')).toEqual([['match', 'oregon-drug-possession-decriminalized-present']])
  })

  it("flags a year a claim's facts no longer list as its own (the Kingpin Act designation)", () => {
    // Its facts listed the 2018 indictment and the 2020 designations of others as its dates.
    expect(judged('The Kingpin Act designation of Fujing Zheng came in 2018.')).toEqual([['conflict', 'zheng-drug-trafficking-organization-kingpin-designation-2019-08-21']])
    expect(judged('The Kingpin Act designation of Fujing Zheng came in 2019.')).toEqual([['match', 'zheng-drug-trafficking-organization-kingpin-designation-2019-08-21']])
  })

  it("does not take a claim's release date for the date of what it states", () => {
    // The 2023 seizure record lists the DEA's press release of 25 January 2024 among its facts.
    expect(judged('In 2024 the DEA seized more than 77 million fentanyl pills and nearly 12,000 pounds of fentanyl powder.')).toEqual([
      ['conflict', 'dea-fentanyl-seizures-2023-record-77m-pills'],
    ])
    expect(judged('The DEA said in January 2024 that it seized more than 77 million fentanyl pills in 2023.')).toEqual([['match', 'dea-fentanyl-seizures-2023-record-77m-pills']])
  })

  it('takes "Caro Quintero and 28 other cartel figures" for the 29 sent', () => {
    expect(judged('Mexico sent Rafael Caro Quintero and 28 other cartel figures to the United States in February 2025.')).toEqual([
      ['match', 'mexico-transfers-29-cartel-figures-to-us-2025-02-27'],
    ])
    expect(judged('Mexico sent Rafael Caro Quintero and 29 other cartel figures to the United States in February 2025.')).toEqual([
      ['conflict', 'mexico-transfers-29-cartel-figures-to-us-2025-02-27'],
    ])
  })

  it('takes a later year for one in which what a claim says went on ("since late 2023") held', () => {
    const ongoing = (text: string) => readAssertions(text).dates.map((d) => [d.year, d.ongoing ?? false, d.start ?? false])
    expect(ongoing('US overdose deaths have been falling steadily month by month since late 2023.')).toEqual([[2023, true, false]])
    expect(ongoing('Beijing has done nothing on fentanyl since 2019.')).toEqual([[2019, true, false]])
    // A comparison, not something that went on.
    expect(ongoing('Deaths fell in 2023, the first annual decline since 2018.')).toEqual([
      [2023, false, false],
      [2018, false, false],
    ])
    expect(ongoing('Overdose deaths started a sustained decline in the second half of 2024.')).toEqual([[2024, false, true]])
    // It was a date conflict with the 2023 count.
    expect(judged('Overdose deaths in the United States fell in 2025.')).toEqual([['match', 'overdose-decline-began-late-2023']])
    // When something began is not when it went on.
    expect(judged('Overdose deaths in the United States began to fall in 2025.')).toEqual([['conflict', 'overdose-decline-began-late-2023']])
    // Nor is an earlier year.
    expect(judged('Overdose deaths fell in 2022.')).toEqual([['conflict', 'cdc-overdose-deaths-2023-final-first-decline']])
    // A negated time bound is still read as a corrected value.
    expect(judged('Overdose deaths did not start falling only after January 2025; the decline began in 2023.')).toEqual([['match', 'overdose-decline-began-late-2023']])
  })

  it("takes a year inside a claim's time for that claim, not a conflict with the dates its facts listed", () => {
    // Each was a date conflict (or no finding) while the claim's facts listed the date of a report
    // or a remark, or the dates that bound its validity.
    const SENTENCES: Array<[string, string, string]> = [
      ['In 2023, carfentanil, which is 100 times more potent than fentanyl, turned up in Ohio.', 'match', 'carfentanil-100x-fentanyl-10000x-morphine'],
      ['In 2024, massive amounts of fentanyl came through Canada.', 'match', 'massive-fentanyl-through-canada-false'],
      ['In 2024, US government assessments named China as the primary source of fentanyl precursor chemicals.', 'match', 'us-assessment-china-primary-source-fentanyl-precursors'],
      ['In 2017, most of the illicit fentanyl sold in the United States was made in China and shipped from there.', 'match', 'china-main-source-finished-fentanyl-shipped-to-us-outdated'],
      ['In 2021, the United States kept the Institute of Forensic Science on its Entity List.', 'match', 'ifs-on-us-entity-list-present'],
      ['In 2024, political polarization stalled legislation to combat fentanyl trafficking.', 'match', 'political-polarization-stalled-us-fentanyl-bills'],
      // The 2022 count listed its data brief's release (21 March 2024): the 2024 count is stated.
      ['While some politicians say 300,000 Americans die of fentanyl each year, the CDC counted about 80,000 overdose deaths in 2024.', 'match', 'cdc-overdose-deaths-2024-final'],
    ]
    expect(SENTENCES.map(([text]) => [text, ...judged(text)[0]!])).toEqual(SENTENCES)
  })

  it('reports the claim whose precise figure the sentence states, not a conflict with a closer one', () => {
    // The provisional estimate (80,391, released in May 2025) ranks first and its figure contradicts.
    expect(judged('In 2025, the CDC reported that 79,384 people died of drug overdoses in 2024.')).toEqual([['match', 'cdc-overdose-deaths-2024-final']])
    // A typo in it is still a conflict; a round figure that fits it is another count's (unreviewed).
    expect(judged('In 2025, the CDC reported that 79,834 people died of drug overdoses in 2024.')).toEqual([['conflict', 'cdc-overdose-deaths-2024-provisional-27pct-drop']])
    expect(judged('In 2025, the CDC reported that 79,000 people died of drug overdoses in 2024.')).toEqual([['unreviewed', null]])
  })

  it('prefers, among claims nearly as close, one whose figure the sentence states, not one it refers to', () => {
    // The "seven in ten now" claim scores 0.80 and is outdated; the 2024 share scores 0.77.
    expect(
      judged('The DEA said in 2024 that five of every ten fake pills it tested carried a potentially lethal dose, down from seven in ten a year earlier.'),
    ).toEqual([['match', 'dea-fake-pills-5-of-10-lethal-dose-2024']])
    expect(judged('DEA testing shows that seven out of every ten fake pills now contain a potentially deadly dose of fentanyl.')).toEqual([
      ['match', 'dea-fake-pills-7-of-10-lethal-dose-current'],
    ])
  })

  it('reads "goods not covered by the USMCA" as a restriction of the noun, not a negation', () => {
    expect(judged('Trump has nonetheless kept a 35% tariff on Canadian goods not covered by the USMCA trade pact.')).toEqual([
      ['match', 'us-fentanyl-tariff-canada-raised-to-35pct-2025-08-01'],
    ])
    // After a verb, it negates.
    expect(judged('Canadian goods covered by the USMCA are not exempt from the 35% tariff.')).toEqual([['conflict', 'us-fentanyl-tariff-canada-raised-to-35pct-2025-08-01']])
  })

  it('flags a figure on record stated once in the place of another ("100 times more potent than heroin")', () => {
    expect(judged('Fentanyl is 100 times more potent than heroin.')).toEqual([['conflict', 'fentanyl-potency-50x-heroin-100x-morphine']])
    expect(judged('Fentanyl is 100 times more potent than morphine.')).toEqual([['match', 'fentanyl-potency-50x-heroin-100x-morphine']])
    expect(judged('Fentanyl is about 50 times stronger than heroin.')).toEqual([['match', 'fentanyl-potency-50x-heroin-100x-morphine']])
    // A figure of another kind tied to the same word is not in its place.
    expect(judged('Provisional data put 2024 deaths near 80,000, down roughly 27%.')).toEqual([['match', 'cdc-overdose-deaths-2024-provisional-27pct-drop']])
  })

  it('reads "nor is it true that …" and "it is also not true that …" as denials', () => {
    // Both were reported as the false claim they deny.
    for (const text of ['Nor is it true that you can overdose simply by touching the drug.', 'It is also not true that you can overdose on fentanyl just by touching it.']) {
      expect(judged(text).filter(([, id]) => id === 'touching-fentanyl-causes-overdose-false')).toEqual([])
    }
  })

  it('reads "not A, only B" as a denial of the false claim and the accurate claim it restates', () => {
    expect(judged('Fentanyl is not the leading cause of death among all American adults, only among those aged 18 to 45.')).toEqual([
      ['match', 'dea-fentanyl-leading-cause-of-death-americans-18-45'],
    ])
    expect(judged('Fentanyl is not the leading cause of death among all adults, but it is for Americans aged 18 to 45.')).toEqual([
      ['match', 'dea-fentanyl-leading-cause-of-death-americans-18-45'],
    ])
    // Without the restatement, a denial of the accurate claim; an actor restates nothing.
    expect(judged('Fentanyl is not the leading cause of death for Americans aged 18 to 45.')).toEqual([['conflict', 'dea-fentanyl-leading-cause-of-death-americans-18-45']])
    // (At --min-score 0, where the false claim for all adults reaches it too.)
    const atZero = matcher.judge(sentence('Fentanyl is not the leading cause of death for Americans aged 18 to 45, according to the DEA.'), {
      minScore: 0,
      top: 0,
      asOf: AS_OF,
      unreviewed: true,
      explain: false,
    })
    expect(atZero.findings.map((f) => [f.kind, f.claim?.id])).toEqual([['conflict', 'dea-fentanyl-leading-cause-of-death-americans-18-45']])
  })

  it('takes another bound of the same kind, with another year, for another fact', () => {
    // "More than 60 million" fits "more than 77 million", so only the year differed: a date conflict.
    expect(judged('The DEA seized more than 60 million fake pills in 2024.')).toEqual([['unreviewed', null]])
    expect(judged('The DEA seized more than 77 million fentanyl pills in 2024.')).toEqual([['conflict', 'dea-fentanyl-seizures-2023-record-77m-pills']])
    expect(judged('In 2023 the DEA seized more than 60 million fentanyl pills.')).toEqual([['match', 'dea-fentanyl-seizures-2023-record-77m-pills']])
  })

  it('reads a figure after "U.S." (not a Senate bill number)', () => {
    expect(judged('The U.S. 30% fentanyl tariff on Canadian goods took effect on August 1, 2025.')).toEqual([['conflict', 'us-fentanyl-tariff-canada-raised-to-35pct-2025-08-01']])
  })

  it('tells an order that directs a change from the misleading claim that it made the change', () => {
    // The misleading claim's wording shares the date, "executive order" and "from Schedule I to
    // Schedule III"; the order directed the attorney general to finish the move.
    expect(
      judged('On December 18, 2025, President Trump signed an executive order directing the attorney general to finish moving marijuana from Schedule I to Schedule III.'),
    ).toEqual([['match', 'trump-eo-marijuana-schedule-iii-2025-12-18']])
    expect(judged("Trump's executive order of December 18, 2025 moved marijuana from Schedule I to Schedule III.")).toEqual([
      ['match', 'trump-order-itself-moved-marijuana-to-schedule-iii-misleading'],
    ])
  })

  it('does not report a sentence that negates the word a false claim turns on as that claim', () => {
    // "No country scheduled fentanyl-type substances as a class before China did" is a wording of
    // the claim; its negated terms agree with the sentence's, but the sentence negates "first",
    // which the claim requires and every wording that uses it affirms.
    expect(judged("China was not the world's first country to control the whole family of fentanyl analogues as a class.")).toEqual([
      ['unreviewed', null],
    ])
    expect(judged('China was the first country to schedule fentanyl-related substances as a class.')).toEqual([
      ['match', 'china-first-country-to-schedule-fentanyl-as-class-2019'],
    ])
  })
})

describe('judging without --top', () => {
  // Without --top only the claims that could be reported are checked for a different fact (see
  // reportableHead in matcher.ts). The findings must be those of the full ranking (what --top 10
  // computes), on a dense database of sibling claims where many candidates crowd the head.
  it('reports what the full ranking reports', async () => {
    const {generateArticle, generateClaims} = await import('../bench/generate.mjs')
    const generated = generateClaims(5000, 1)
    const matcher = createMatcher(generated.map((g: {claim: Claim}) => g.claim))
    const single = generateArticle(generated, 600, 2, 1000).split(/(?<=[.?!])\s+/).filter(Boolean)
    // Sentences that state two claims, for second findings.
    const joined = single.slice(0, 200).map((text, at) => `${text.replace(/\.$/, '')}; ${single[at + 200]!.charAt(0).toLowerCase()}${single[at + 200]!.slice(1)}`)
    // One whose second finding is a claim that ten others could push out of the ranking: only the
    // full ranking can tell (found by leaving out that check).
    const crowded = 'A 15 percent duty on steel imported from Canada took effect in July 2020.'
    const texts = [...single, ...joined, crowded]
    const options = {minScore: DEFAULT_MIN_SCORE, asOf: AS_OF, unreviewed: true, explain: true}
    const reported = (top: number, text: string) =>
      matcher
        .judge(sentence(text), {...options, top})
        .findings.filter((finding) => finding.kind !== 'unreviewed')
        .map(({candidates: _candidates, ...finding}) => finding)
    let matched = 0
    let twice = 0
    for (const text of texts) {
      const shortcut = reported(0, text)
      expect(shortcut).toEqual(reported(10, text))
      if (shortcut.length > 0) matched++
      if (shortcut.length > 1) twice++
    }
    // Not vacuous: many sentences match, and some state two claims.
    expect(matched).toBeGreaterThan(150)
    expect(twice).toBeGreaterThan(0)
  })
})

describe('typo correction (fuse.js over the vocabulary)', () => {
  it('searches only the terms fuse.js could accept, with the same best hit as the whole list', async () => {
    const {default: Fuse} = await import('fuse.js')
    const {buildClaimIndex} = await import('../src/match/claim-index.js')
    const {candidatesFor, FUSE_OPTIONS} = await import('../src/match/fuzzy.js')
    const database = await loadClaims([DEFAULT_CLAIMS_DIR], {cache: false})
    const {generateClaims} = await import('../bench/generate.mjs')
    const claims = [...database.claims, ...generateClaims(2000, 3).map((g: {claim: Claim}) => g.claim)]
    const terms = buildClaimIndex(claims).terms.filter((term) => /^[a-z]{4,}$/.test(term))
    let seed = 11
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const letter = () => String.fromCharCode(97 + Math.floor(random() * 26))
    // Typos of vocabulary terms (1 to 3 edits), and words of no term, some longer than 32 letters.
    const typo = (term: string): string => {
      let word = term
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * word.length)
        const kind = Math.floor(random() * 3)
        word = kind === 0 ? word.slice(0, at) + word.slice(at + 1) : kind === 1 ? word.slice(0, at) + letter() + word.slice(at) : word.slice(0, at) + letter() + word.slice(at + 1)
      }
      return word
    }
    const queries = [
      ...Array.from({length: 600}, () => typo(terms[Math.floor(random() * terms.length)]!)),
      ...Array.from({length: 100}, () => Array.from({length: 4 + Math.floor(random() * 40)}, letter).join('')),
    ].filter((query) => query.length > 0)
    const buckets = new Map<string, string[]>()
    for (const term of terms) buckets.set(term[0]!, [...(buckets.get(term[0]!) ?? []), term])
    let hits = 0
    let narrowed = 0
    for (const query of queries) {
      const list = buckets.get(query[0]!) ?? terms
      const candidates = candidatesFor(list, query)
      if (candidates.length < list.length / 2) narrowed++
      const best = (items: readonly string[]) => {
        const [hit] = items.length > 0 ? new Fuse(items, FUSE_OPTIONS).search(query, {limit: 1}) : []
        return hit && {item: hit.item, score: hit.score}
      }
      const whole = best(list)
      expect(best(candidates), query).toEqual(whole)
      if (whole) hits++
    }
    // Not vacuous: many queries have a hit, and most searches are narrowed.
    expect(hits).toBeGreaterThan(300)
    expect(narrowed).toBeGreaterThan(queries.length / 2)
  })
})

describe('candidate retrieval (BM25 over the index)', () => {
  // A database where some words are in most claims (long posting lists, taken through the
  // shortcuts for common terms) and most are rare: retrieval must give exactly what the plain
  // algorithm gives (rare terms score every claim that has them; common terms, once `limit`
  // claims are found, only add to those).
  const random = (() => {
    let seed = 7
    return () => ((seed = (seed * 48271) % 2147483647) / 2147483647)
  })()
  const words = Array.from({length: 400}, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}word`)
  const pickWord = () => words[Math.floor(400 * random() ** 3)]!
  const texts = Array.from({length: 3000}, () => Array.from({length: 4 + Math.floor(random() * 8)}, pickWord).join(' '))
  const claims = texts.map((text, i) => claim(`c${i}`, text, i % 3 === 0 ? {variants: [`${pickWord()} ${pickWord()} ${text}`]} : {}))

  it('gives the plain BM25 result, in order, through the shortcuts for common terms', async () => {
    const {buildClaimIndex, retrieveCandidates} = await import('../src/match/claim-index.js')
    const index = buildClaimIndex(claims)
    const ids = new Map(index.terms.map((term, id) => [term, id]))
    const claimTerms = claims.map((c) => {
      const counts = new Map<number, number>()
      for (const text of [c.claim, ...(c.variants ?? [])]) for (const term of toTerms(text)) counts.set(ids.get(term)!, (counts.get(ids.get(term)!) ?? 0) + 1)
      return counts
    })
    const lengths = claimTerms.map((counts) => [...counts.values()].reduce((a, b) => a + b, 0))
    const average = lengths.reduce((a, b) => a + b, 0) / claims.length
    const plain = (query: number[], limit: number) => {
      const frequency = (id: number) => claimTerms.filter((counts) => counts.has(id)).length
      const terms = [...new Set(query)].filter((id) => frequency(id) > 0).sort((a, b) => frequency(a) - frequency(b))
      const scores = new Map<number, number>()
      for (const id of terms) {
        const common = frequency(id) > Math.max(200, claims.length * 0.02) && scores.size >= limit
        const idf = Math.log(1 + (claims.length - frequency(id) + 0.5) / (frequency(id) + 0.5))
        claimTerms.forEach((counts, claimAt) => {
          const f = counts.get(id)
          if (f === undefined || (common && !scores.has(claimAt))) return
          const norm = 1.2 * (1 - 0.75 + (0.75 * lengths[claimAt]!) / average)
          scores.set(claimAt, (scores.get(claimAt) ?? 0) + (idf * f * (1.2 + 1)) / (f + norm))
        })
      }
      return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([claimAt, bm25]) => ({index: claimAt, bm25}))
    }
    let commonQueries = 0
    for (let q = 0; q < 60; q++) {
      const query = Array.from({length: 3 + (q % 6)}, pickWord).map((word) => ids.get(toTerms(word)[0]!)!)
      if (query.some((id) => index.postingStart[id + 1]! - index.postingStart[id]! > 200)) commonQueries++
      for (const limit of [5, 50]) expect(retrieveCandidates(index, query, limit)).toEqual(plain(query, limit))
    }
    expect(commonQueries).toBeGreaterThan(30)
  })
})

describe('what a claim asserts (claimAssertions)', () => {
  it('keeps each figure, date and age range once, however many wordings state it', async () => {
    const {claimAssertions} = await import('../src/match/claim-index.js')
    const assertions = claimAssertions(
      claim('repeat', 'Officers seized 180 pounds of fentanyl in July 2025.', {
        variants: ['In July 2025 officers seized 180 pounds of fentanyl.', 'Officers seized 90 pounds of fentanyl in July 2025.'],
      }),
    )
    expect(assertions.figures.map((figure) => [figure.value, figure.unit])).toEqual([
      [180, 'lb'],
      [90, 'lb'],
    ])
    expect(assertions.dates.map((date) => [date.year, date.month])).toEqual([[2025, 7]])
  })

  it('counts a figure beside all that one wording states as another count', async () => {
    const {claimAssertions} = await import('../src/match/claim-index.js')
    const record = claimAssertions(
      claim('canada', 'Only about 43 pounds of fentanyl was seized at the US-Canada border in fiscal year 2024, against about 21,100 pounds at the US-Mexico border.', {
        variants: ['Border agents seized 21,889 pounds of fentanyl at all US borders in fiscal year 2024.'],
      }),
    )
    expect(record.figures.map((figure) => [figure.value, figure.wordings])).toEqual([
      [43, [0]],
      [21100, [0]],
      [21889, [1]],
    ])
    const check = (text: string) =>
      findConflicts({sentence: readAssertions(text), record, sentenceText: text, recordText: 'x', recordTexts: [], shared: new Set()}).map((c) => `${c.type}: ${c.article}`)
    // It states both figures of the claim's own wording: the third is an earlier count.
    expect(check('Only about 43 pounds was seized at the Canadian border in fiscal 2024, against about 21,100 pounds at the Mexican border, up from 10,550 pounds the year before.')).toEqual([])
    // One figure of a wording is not all that wording states.
    expect(check('Only about 43 pounds was seized at the Canadian border in fiscal 2024, up from 10,550 pounds the year before.')).toEqual(['number: 10,550 lb'])
  })

  it('takes an actor as who says it when one wording names it so', async () => {
    const {claimAssertions} = await import('../src/match/claim-index.js')
    const assertions = claimAssertions(
      claim('speaker', 'Fentanyl is the deadliest drug threat, according to the DEA.', {variants: ['The DEA calls fentanyl the deadliest drug threat.']}),
    )
    expect(assertions.actors.map((actor) => [actor.term, actor.speaker ?? false])).toEqual([['~dea', true]])
  })

  it('reads the denominator of a rate in its facts from the unit', async () => {
    const {claimAssertions} = await import('../src/match/claim-index.js')
    const assertions = claimAssertions(
      claim('rate', 'The overdose death rate fell in 2023.', {facts: {numbers: [{value: 0.313, unit: 'deaths per 1,000'}, {value: 31.3, unit: 'deaths per 100,000'}]}}),
    )
    expect(assertions.figures.map((figure) => [figure.value, figure.unit, figure.per])).toEqual([
      [31.3, 'rate', 1000],
      [31.3, 'rate', 100000],
    ])
  })
})
