// Contradiction checks: a sentence that matches a claim but states another figure, date, age
// range or actor, the opposite polarity, the opposite direction or the opposite action contradicts
// the record, whatever its wording.
import type {Conflict} from '../types.js'
import {formatDate, isEventDate, RATE_BASE, type Assertions, type DateValue, type Figure, type Role} from './figures.js'
import {CLAIMED_CONTRARY, CLAUSE_BREAK, displayTerm, isFigureTerm, isYearTerm, NEGATION_WORDS, NOT_NEGATION, normalizeText, tokenize} from './normalize.js'

/**
 * The place value of a figure's last significant digit: 100 for 14,700, 1 for 27, 0.1 for 29.7
 * (how precisely it is stated).
 */
function lastDigit(value: number): number {
  if (!Number.isInteger(value)) return 10 ** -(String(value).split('.')[1] ?? '').length
  let unit = 1
  for (let rest = value; rest % 10 === 0 && rest > 0; rest /= 10) unit *= 10
  return unit
}

/**
 * How far past its bound a record's "more than X" or "less than X" goes: one unit of its last digit,
 * at most 15% of X ("more than 27,000" means 27,000 to 28,000; "more than 50.6 million", 50.6 to
 * 50.7 million; "more than 10,000", 10,000 to 11,500).
 */
const recordBound = (value: number): number => Math.min(lastDigit(value), 0.15 * value)

/**
 * The interval of values a figure admits, given its hedge, how round it is and who states it. The
 * record is precise: "more than 27,000 pounds" on record means 27,000-odd (see `recordBound`); an
 * article's "more than X" admits up to 1.5 X, so "more than 17 million" does not pass for 77 million. "About X" admits
 * one unit of its last digit either way, at least 2% and at most 10% of X: "about 15,000" admits
 * 14,000 to 16,000, "about 16,170" does not admit 14,700, and "about 50" admits 45 to 55.
 */
function interval(figure: Figure, side: 'article' | 'record'): [number, number] {
  const {value, hedge} = figure
  switch (hedge) {
    case 'more':
      return [value, side === 'record' ? value + recordBound(value) : value * 1.5]
    case 'less':
      return [side === 'record' ? value - recordBound(value) : 0, value]
    case 'about': {
      const slack = Math.min(0.1 * value, Math.max(0.02 * value, lastDigit(value)))
      return [value - slack, value + slack]
    }
    case 'exact': {
      // A vote's split is stated exactly.
      if (figure.unit === 'vote') return [value, value]
      // Large round numbers are roundings ("110,000" admits 107,941), to two significant digits
      // at least ("1,000" is not 500); small numbers are exact. A rounding admits less than half
      // a unit either way, so two roundings meet only if they overlap: 11,000 is not 10,000.
      let slack = 0
      if (Number.isInteger(value) && value >= 1000) {
        const unit = lastDigit(value)
        slack = unit > 1 ? Math.min(0.5 * unit * (1 - 1e-9), 0.05 * value) : 0
      }
      if (!Number.isInteger(value)) slack = value * 1e-9
      return [value - slack, value + slack]
    }
  }
}

/** Weights in pounds: a figure in kilograms compares with one in pounds. */
const POUNDS: Record<string, number> = {lb: 1, kg: 2.20462, mg: 2.20462e-6}

/** Do two units measure the same thing (the same unit, or two weights)? */
const sameQuantity = (a: string, b: string): boolean => a === b || (POUNDS[a] !== undefined && POUNDS[b] !== undefined)

/** Does the article's figure fit the record's, given their hedges and roundings? */
function figuresAgree(article: Figure, record: Figure): boolean {
  const [a0, a1, r0, r1] = intervals(article, record)
  // An integer stated for a decimal on record ("27%" for 26.8%) is a rounding.
  const round = Number.isInteger(article.value) && !Number.isInteger(record.value) && article.hedge === 'exact' ? 0.5 : 0
  return !boundsOpposed(article, record) && a0 - round <= r1 && r0 <= a1 + round
}

/**
 * Each side's interval in its own unit (roundness is read from the figure as written), the
 * article's then put in the record's unit: [article from, article to, record from, record to].
 * `firstSide: 'record'` reads the first figure as the record states it too.
 */
function intervals(article: Figure, record: Figure, firstSide: 'article' | 'record' = 'article'): [number, number, number, number] {
  const scale = article.unit !== record.unit && POUNDS[article.unit] && POUNDS[record.unit] ? POUNDS[article.unit]! / POUNDS[record.unit]! : 1
  const [a0, a1] = interval(article, firstSide)
  const [r0, r1] = interval(record, 'record')
  return [a0 * scale, a1 * scale, r0, r1]
}

/**
 * "Less than X" and "more than X" exclude X: opposite bounds that meet at most there disagree ("less
 * than 27,000 pounds" for "more than 27,000"), whatever roundings the record also gives ("77
 * million" beside "more than 77 million").
 */
function boundsOpposed(article: Figure, record: Figure): boolean {
  if (!((article.hedge === 'less' && record.hedge === 'more') || (article.hedge === 'more' && record.hedge === 'less'))) return false
  const [a0, a1, r0, r1] = intervals(article, record)
  return article.hedge === 'less' ? a1 <= r0 : a0 >= r1
}

/**
 * Does the record state `precise` as a closer version of `loose`, the same value said more exactly
 * ("86.3%" beside "more than 86 percent", "27,023 pounds" beside "more than 27,000")? Its interval
 * lies within the other's and is narrower.
 */
function refines(precise: Figure, loose: Figure): boolean {
  if (precise === loose || !sameQuantity(precise.unit, loose.unit) || precise.from || loose.from) return false
  const [p0, p1, l0, l1] = intervals(precise, loose, 'record')
  return l0 <= p0 && p1 <= l1 && p1 - p0 < l1 - l0
}

/**
 * Does the article's figure fit one of the record's, and each closer version the record gives of
 * it? "94.93%" fits "more than 86 percent" but not the 86.3% the record also states, so it does
 * not fit the record.
 */
function fitsRecord(figure: Figure, onRecord: readonly Figure[]): boolean {
  return onRecord.some((r) => figuresAgree(figure, r) && onRecord.every((closer) => !refines(closer, r) || figuresAgree(figure, closer)))
}

/** The items under each of their keys, in order. */
function groupBy<K, T>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

/**
 * Which record figures the article's figure can be compared with: those of the same quantity. A
 * large number with nothing counted after it ("to about 80,000, according to …", "up from about 50
 * million in 2022") is the count the record gives, whatever its unit; a small one ("the two sides")
 * is compared with none.
 */
function comparableWith(figure: Figure): ((r: Figure) => boolean) | undefined {
  if (figure.unit) return (r) => sameQuantity(r.unit, figure.unit)
  return figure.value >= 1000 ? (r) => r.value >= 1000 && !PROPORTIONS.has(r.unit) : undefined
}

/** Does one wording of the record state two or more of `figures`, each of them `stated`? */
function statesAWording(figures: readonly Figure[], stated: (figure: Figure) => boolean): boolean {
  return [...groupBy(figures, (figure) => figure.wordings ?? []).values()].some((list) => list.length >= 2 && list.every(stated))
}

/** 107941 → "107,941", 0.745 → "0.75" (what toLocaleString('en-US') gives, without its cost). */
function formatNumber(value: number): string {
  const [whole, fraction] = (Math.round(value * 100) / 100).toString().split('.')
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '')
}

/** A conflict of a type, its two sides described only when the caller wants them (see factConflicts). */
type Describe = (type: Conflict['type'], article: () => string, record: () => string) => Conflict

/** What the record says, each way of saying it once: "107,941 people / about 108,000 people". */
const oneEach = <T>(items: readonly T[], describe: (item: T) => string): string => [...new Set(items.map(describe))].join(' / ')

function describeFigure(figure: Figure): string {
  const hedge = {exact: '', about: 'about ', more: 'more than ', less: 'less than '}[figure.hedge]
  if (figure.unit === 'ratio' || figure.unit === 'vote') return `${hedge}${figure.raw}`
  const value = formatNumber(figure.value)
  if (figure.unit === 'percent') return `${hedge}${value}%`
  if (figure.unit === 'usd') return `${hedge}$${value}`
  if (figure.unit === 'rate' && figure.per !== undefined) {
    // As stated: the value is kept per RATE_BASE.
    return `${hedge}${formatNumber((figure.value * figure.per) / RATE_BASE)} per ${figure.per === 1 ? 'capita' : formatNumber(figure.per)}`
  }
  if (figure.unit.startsWith('noun:') || !figure.unit) return `${hedge}${value}`
  return `${hedge}${value} ${figure.unit}`
}

/** The figure a change started from, as a figure of the same unit. */
function startOf(figure: Figure): Figure {
  return {...figure.from!, unit: figure.unit}
}

/** A change stated by its factor ("doubled the tariff to 20%"): its start is the verb. */
const byFactor = (figure: Figure): boolean => /^[a-z]/.test(figure.from!.raw)

function describeChange(figure: Figure): string {
  if (byFactor(figure)) return `${figure.from!.raw} to ${describeFigure(figure)}`
  return `from ${describeFigure(startOf(figure))} to ${describeFigure(figure)}`
}

/**
 * Does a run of the record's changes go from the sentence's start to its end? One change ("from 20%
 * to 10%"), or several one after the other ("from 40% to 60%, and 70%" for "from 40% to 70%").
 */
function changeOnRecord(figure: Figure, changes: readonly Figure[]): boolean {
  let reached = changes.filter((r) => figuresAgree(startOf(figure), startOf(r)))
  const seen = new Set<Figure>()
  while (reached.length > 0) {
    if (reached.some((r) => figuresAgree(figure, r))) return true
    for (const r of reached) seen.add(r)
    reached = changes.filter((next) => !seen.has(next) && reached.some((r) => figuresAgree(r, startOf(next))))
  }
  return false
}

/** The record's changes, each described once: "from 10% to 20%" stands for "doubled to 20%". */
function describeChanges(changes: readonly Figure[]): string {
  const stated = changes.filter((change) => !byFactor(change))
  const implied = changes.filter((change) => byFactor(change) && !stated.some((other) => other.value === change.value && other.from!.value === change.from!.value))
  return oneEach([...stated, ...implied], describeChange)
}

/** Units that are not counts. */
const PROPORTIONS = new Set(['percent', 'ratio', 'rate', 'times'])

function sameDate(article: DateValue, record: DateValue): boolean {
  if (article.year !== undefined && record.year !== undefined && article.year !== record.year) return false
  if (article.month !== undefined && record.month !== undefined && article.month !== record.month) return false
  if (article.day !== undefined && record.day !== undefined && article.day !== record.day) return false
  return true
}

/**
 * The record's values an anchor word ties to, when it ties to one value only (none when it ties to
 * two that differ): the ties `misplaced` and `tiedToAnother` read.
 */
function tiesToOne<T extends {anchors?: string[]}>(record: readonly T[], same: (a: T, b: T) => boolean): (anchor: string) => T[] {
  const byAnchor = groupBy(record, (r) => r.anchors ?? [])
  return (anchor) => {
    const items = byAnchor.get(anchor) ?? []
    return items.every((r) => same(r, items[0]!)) ? items : []
  }
}

/** Do two values share an anchor word (see DateValue.anchors, Figure.anchors)? */
const sharesAnchor = (a: {anchors?: string[]}, b: {anchors?: string[]}): boolean => a.anchors?.some((anchor) => b.anchors?.includes(anchor)) ?? false

/**
 * A figure on record stated once, tied to what the record ties only to another of its figures, and
 * to nothing the record ties only to its own: "Fentanyl is 100 times more potent than heroin" for
 * "about 50 times more potent than heroin and about 100 times more potent than morphine". (Stated
 * twice, see `misplaced`.)
 */
function tiedToAnother(stated: readonly Figure[], record: readonly Figure[], same: (a: Figure, b: Figure) => boolean): {stated: Figure; onRecord: Figure[]} | undefined {
  if (!record.some((r) => r.anchors)) return undefined
  const onlyFor = tiesToOne(record, same)
  for (const item of stated) {
    if (!item.anchors || item.reference || !record.some((r) => same(item, r))) continue
    if (item.anchors.some((anchor) => onlyFor(anchor).some((r) => same(item, r)))) continue
    const others = item.anchors.flatMap(onlyFor).filter((r) => sameQuantity(r.unit, item.unit) && !same(item, r))
    if (others.length > 0 && !stated.some((other) => others.some((r) => same(other, r)))) return {stated: item, onRecord: others}
  }
  return undefined
}

/**
 * A value put in another's place: stated twice, once tied to what the record ties it to, and once
 * to what the record ties only to another value, which the sentence does not state ("heroin from
 * 2010, fentanyl from 2010" for "heroin from 2010, fentanyl from 2013"; "50 times more potent than
 * heroin and 50 times more potent than morphine" for 50 and 100). Ties are anchor words (see
 * DateValue.anchors, Figure.anchors), and only those the record uses for one value count.
 */
function misplaced<T extends {anchors?: string[]}>(stated: readonly T[], record: readonly T[], same: (a: T, b: T) => boolean): {stated: T; onRecord: T[]} | undefined {
  if (stated.length < 2 || !stated.some((item) => item.anchors) || !record.some((item) => item.anchors)) return undefined
  const onlyFor = tiesToOne(record, same)
  const tiedTo = (item: T): T[] => (item.anchors ?? []).flatMap(onlyFor)
  for (const item of stated) {
    const tied = tiedTo(item)
    if (tied.length === 0 || tied.some((r) => same(item, r) || stated.some((other) => same(other, r)))) continue
    if (stated.some((other) => other !== item && same(other, item) && tiedTo(other).some((r) => same(r, item)))) return {stated: item, onRecord: tied}
  }
  return undefined
}

/**
 * A date the sentence states that the record contradicts. A date with a month must agree with one
 * of the record's dates that have a month (when the record has any); bare years are context as
 * often as claims ("down from 2022"), so they conflict when none of them is on record, or when the
 * sentence states as many as the record with one of the record's missing (a year put in its place). Dates
 * that say when something happened and points of reference ("the lowest since 2019", "fewer than
 * in 2022") are compared each with their own kind on record, when it has them: "deaths fell in
 * 2019" is not "the lowest since 2019", and "the lowest since 2016" is not it either. A period
 * ("from 2019 to 2024") must start and end as the record's does, when the record states one.
 */
function dateConflict(sentence: readonly DateValue[], record: readonly DateValue[], conflict: Describe): Conflict | undefined {
  if (!sentence.some(isAside) && !record.some(isAside)) return compareDates(sentence, record, conflict)
  // The date of the report or remark that states it ("a 2023 Reuters analysis found …", "…,
  // officials said on 3 June 2025") is not when what it states happened: it is compared only with
  // such dates on record. Nor is the date of another event that sets the scene ("After talks
  // stalled in 2023, …"): it is compared only with a record date that sets the scene and is tied to
  // a word it is tied to (the same event: "after China placed … under control in May 2016" for "in
  // May 2019"). The sentence's other dates are compared with the record's others (or, when the
  // record has only such dates, with those).
  const cited = sentence.filter((date) => date.source)
  const sources = record.filter((date) => date.source)
  const scenes = record.filter((date) => date.scene)
  const set = sentence.filter((date) => date.scene && scenes.some((r) => sharesAnchor(date, r)))
  const events = record.filter((date) => !isAside(date))
  // (compareDates finds nothing where either side has no dates.)
  return (
    compareDates(cited, sources, conflict) ??
    compareDates(set, scenes.filter((r) => set.some((date) => sharesAnchor(date, r))), conflict) ??
    compareDates(
      sentence.filter((date) => !isAside(date)),
      events.length > 0 ? events : record,
      conflict,
    )
  )
}

/**
 * Is a bare year the sentence states (not as a point of reference, nor as when something began) one
 * in which the record says what it states went on ("have been falling since late 2023" holds in
 * 2025)? (Not a month: "did not start falling only after January 2025" bounds a time.)
 */
const goesOnIn = (date: DateValue, record: readonly DateValue[]): boolean =>
  date.month === undefined &&
  !date.reference &&
  !date.start &&
  record.some((r) => r.ongoing && r.year !== undefined && r.year <= date.year!)

/** Dates of something else than what a text states (see DateValue.source and DateValue.scene). */
const isAside = (date: DateValue): boolean => Boolean(date.source || date.scene)

/** {@link dateConflict} for dates of one kind. */
function compareDates(sentence: readonly DateValue[], record: readonly DateValue[], conflict: Describe): Conflict | undefined {
  if (sentence.length === 0 || record.length === 0) return undefined
  const events = record.filter((r) => !r.reference)
  const references = record.filter((r) => r.reference)
  // The record's dates a sentence date is compared with: a point of reference only with the
  // record's ("the lowest since 2018" says nothing against a record that gives none), any other
  // date with the record's others (or, when it has only points of reference, with those).
  const against = (date: DateValue): readonly DateValue[] => (date.reference ? references : events.length > 0 ? events : record)
  const yearsOf = (dates: readonly DateValue[]): number[] => dates.flatMap((r) => (r.year === undefined ? [] : [r.year]))
  const yearOnly: DateValue[] = []
  for (const date of sentence) {
    if (date.month !== undefined) {
      const peers = against(date).filter((r) => r.month !== undefined)
      if (peers.length > 0) {
        // The sentence states each of them already (with another date): this one dates something
        // else ("29 in February 2025 and 26 more in August" for "26 … on 12 August 2025").
        const stated = peers.every((r) => sentence.some((other) => other !== date && other.month !== undefined && sameDate(other, r)))
        if (!peers.some((r) => sameDate(date, r)) && !stated) {
          const near = peers.filter((r) => r.year === date.year || r.month === date.month)
          return conflict('date', () => formatDate(date), () => oneEach(near.length > 0 ? near : peers, formatDate))
        }
        continue
      }
    }
    if (date.year !== undefined) yearOnly.push(date)
  }
  // A period both state: its first and last years must be on record as such.
  if (sentence.some((date) => date.span) && record.some((date) => date.span)) {
    for (const end of ['from', 'to'] as const) {
      const stated = sentence.filter((date) => date.span === end)
      const onRecord = record.filter((date) => date.span === end).map((date) => date.year)
      if (stated.length === 0 || onRecord.length === 0 || stated.some((date) => onRecord.includes(date.year))) continue
      const period = (dates: readonly DateValue[]): string => {
        const first = dates.find((date) => date.span === 'from')?.year
        const last = dates.find((date) => date.span === 'to')?.year
        return `${first ?? '?'}–${last ?? '?'}`
      }
      return conflict('date', () => period(sentence), () => period(record))
    }
  }
  // Bare years, of each kind: a conflict when none of them is on record. A
  // sentence that states as many years as the record, some of them on record, has one in place of
  // another when a year on record is missing from it ("4 in 10 in 2018, 6 in 10 in 2022 and 7 in
  // 10 in 2023" for 2021, 2022 and 2023).
  for (const years of [yearOnly.filter((date) => !date.reference), yearOnly.filter((date) => date.reference)]) {
    if (years.length === 0) continue
    const pool = against(years[0]!)
    // A record date with a month that the sentence states too, month and all, is accounted for:
    // the sentence's bare years are compared with the record's other dates ("released in May 2025,
    // … deaths in 2025" is not the record's "released in May 2025, … deaths in 2024").
    const rest = pool.filter((r) => r.month === undefined || !sentence.some((date) => date.month !== undefined && sameDate(date, r)))
    const onRecord = yearsOf(rest.length > 0 ? rest : pool)
    if (onRecord.length === 0) continue
    const extra = years.filter((date) => !onRecord.includes(date.year!) && !goesOnIn(date, record))
    if (extra.length === 0) {
      // A year on record only as the date of something else ("released in May 2023"), tied in the
      // sentence to other words, while the record gives other years for what happened.
      const recordYears = pool.filter((r) => r.month === undefined && r.year !== undefined)
      const stated = new Set(yearsOf(sentence))
      const other = years.find(
        (date) =>
          date.anchors &&
          !recordYears.some((r) => stated.has(r.year!)) &&
          pool.every((r) => r.year !== date.year || (r.month !== undefined && !sharesAnchor(date, r))) &&
          pool.some((r) => r.year === date.year && r.anchors !== undefined),
      )
      if (other && recordYears.length > 0) return conflict('date', () => formatDate(other), () => [...new Set(yearsOf(recordYears))].sort().join(' / '))
      continue
    }
    // The sentence states every record date already, month and all: its other years date other
    // things ("After talks stalled in 2023, Mexico agreed on February 3, 2025 …").
    if (rest.length === 0) continue
    let missing: number[] = []
    if (extra.length < years.length) {
      const stated = new Set(yearsOf(sentence.filter((date) => Boolean(date.reference) === Boolean(years[0]!.reference))))
      const recorded = new Set(onRecord)
      missing = [...recorded].filter((year) => !stated.has(year))
      if (missing.length === 0 || stated.size < recorded.size) continue
    }
    return conflict('date', () => formatDate(extra[0]!), () => [...new Set(missing.length > 0 ? missing : onRecord)].sort().join(' / '))
  }
  // A year put in another's place (see `misplaced`).
  const moved = misplaced(yearOnly, record, (a, b) => a.year === b.year)
  if (moved) return conflict('date', () => formatDate(moved.stated), () => oneEach(moved.onRecord, formatDate))
  return undefined
}

const NEGATION_PHRASES = /\b(?:failed to|fails to|refused to|refuses to|declined to|has yet to|have yet to|no longer)\b/g
/**
 * A frame that denies what follows it: "it is a myth that …", "it is false that …", "it is not true
 * that …", "it is also not true that …", "nor is it true that …".
 */
const DENIAL =
  /\b(?:(?:it|that|this)(?:\s+is|\s+was|'s)\s+(?:(?:also|simply|just|\w+ly)\s+)?(?:a\s+myth|a\s+lie|false|untrue|not\s+true|wrong|incorrect|a\s+falsehood|nonsense)|(?:nor|neither)\s+(?:is|was)\s+(?:it|that|this)\s+(?:true|the\s+case))\s+that\b/g
/**
 * A denial after what it denies: "…, a number that is simply not true", "…, which is false". All
 * that comes before it is denied.
 */
const DENIAL_AFTER =
  /,\s*(?:(?:a|an|the)\s+)?(?:(?:number|figure|claim|statement|assertion|estimate|idea|notion|myth)\s+)?(?:that|which)\s+(?:is|was|has\s+been|have\s+been)\s+(?:simply\s+|just\s+|\w+ly\s+)?(?:false|untrue|not\s+true|wrong|incorrect|debunked|baseless|unfounded|a\s+myth)\b[^,;:]*$/
/**
 * A sentence that opens by calling the one before it false: "That is not true: …", "This claim is
 * false.", "But that's simply wrong." (Not "That is not true of Mexico": a restriction.)
 */
const DENIES_PREVIOUS =
  /^\W*(?:but\s+)?(?:that|this|it|the\s+(?:claim|figure|number|statement|assertion))(?:\s+(?:claim|figure|number|statement|assertion))?(?:'s|\u2019s|\s+is|\s+was)\s+(?:simply\s+|just\s+|\w+ly\s+)?(?:not\s+true|false|untrue|wrong|incorrect|a\s+myth|a\s+lie|a\s+falsehood|nonsense|not\s+the\s+case|baseless|unfounded)\b(?!\s+(?:of|for|about|in|when|if|to)\b)/i

/** Does this sentence call the one before it false (see DENIES_PREVIOUS)? */
export const deniesPrevious = (text: string): boolean => DENIES_PREVIOUS.test(text)

/** What says a framed statement is false, ending the sentence: "… is false.", "… has been debunked." */
const FALSE_TAIL = String.raw`\s(?:is|was|are|were|has\s+been|have\s+been)\s+(?:simply\s+|just\s+|\w+ly\s+)?(?:false|untrue|not\s+true|wrong|incorrect|a\s+myth|debunked|baseless|unfounded|nonsense|discredited|disproven|refuted)\b[\s.!?"')\u201d\u2019]*$`
/**
 * A statement framed as a claim and called false: "The often-repeated line that fentanyl is a
 * thousand times stronger than heroin is false." All of it is denied but the words that say so.
 */
const FRAMED_DENIAL = new RegExp(String.raw`\b(?:claims?|idea|notion|belief|line|assertion|story|myth|argument|suggestion|theory|talking\s+point|contention|statement|rumou?r)\s+that\b.*?${FALSE_TAIL}`)
const DENIED_TAIL = new RegExp(FALSE_TAIL)
/**
 * A dispute after what it disputes, of an account named as one: "Police officers have reported
 * overdosing after touching fentanyl, but toxicologists dispute those accounts." (Not "but
 * officials denied that it was a concession": a dispute of something else.)
 */
const DISPUTED_AFTER =
  /,?\s+but\s+(?:[\w'-]+\s+){1,4}?(?:dispute[sd]?|reject(?:s|ed)?|den(?:y|ies|ied)|debunk(?:s|ed)?|ha(?:ve|s)\s+debunked|refute[sd]?|contradict(?:s|ed)?)\s+(?:those|these|the|that|this|such)\s+(?:\w+\s+)?(?:accounts?|claims?|reports?|stories|story|allegations?|assertions?|figures?|numbers?|estimates?|statements?)\b[^,;:]*$/
/** A counterfactual condition states the opposite of what it supposes: "if China had stopped all exports" (it did not). */
const COUNTERFACTUAL = /\bif\b([^,;:]*?)\bhad\b(\s+not\b)?/g
export interface Polarity {
  /** Shared term → whether it stands in the scope of an odd number of negations. */
  terms: Map<string, boolean>
  /** The negation words that govern a shared term. */
  cues: string[]
}

/** Words after a negation that it governs at most, within its clause. */
const SCOPE = 6
/** Negative pronouns also govern the verb just before them ("has done nothing", "found none"). */
const POST_VERBAL = new Set(['nothing', 'none', 'nobody'])

/**
 * Which of the matched terms a text negates: a negation governs the next few words of its clause
 * ("did not suspend cooperation, …" negates suspend and cooperation, not what follows the comma),
 * and "nothing"/"none" also the word before, so "has not done anything on fentanyl" and "has done
 * nothing on fentanyl" negate the same terms.
 */
export function polarityOf(text: string | readonly Clause[], shared: ReadonlySet<string>, affirmedWins = false): Polarity {
  const negated = new Set<string>()
  const affirmed = new Set<string>()
  const cues: string[] = []
  for (const tokens of typeof text === 'string' ? clausesOf(text) : text) {
    const count = new Array<number>(tokens.length).fill(0)
    tokens.forEach((token, index) => {
      const denial = token.word === DENIAL_WORD
      if (!denial && !NEGATION_WORDS.has(token.word)) return
      const from = POST_VERBAL.has(token.word) ? Math.max(0, index - 2) : restriction(tokens, index) ?? index + 1
      const manner = denial || POST_VERBAL.has(token.word) ? undefined : completeness(tokens, index)
      if (manner !== undefined) {
        count[manner]!++
        if (negatable(tokens[manner]!, shared)) cues.push(token.word)
        return
      }
      let governs = false
      for (let at = from; at <= Math.min(tokens.length - 1, denial ? Infinity : index + SCOPE); at++) {
        if (at === index) continue
        if (!denial && at > index && tokens[at]!.word === 'of') break
        count[at]!++
        if (negatable(tokens[at]!, shared)) governs = true
      }
      if (governs) cues.push(denial ? 'not' : token.word)
    })
    tokens.forEach((token, index) => {
      if (!negatable(token, shared) || token.word === DENIAL_WORD) return
      if (count[index]! % 2 === 1) negated.add(token.term)
      else affirmed.add(token.term)
    })
  }
  // With `affirmedWins` (the sentence's side), a word the text both negates and affirms ("the
  // cartels, not Chinese firms, make it … from chemicals bought from China") is affirmed: its
  // negation is of another role. Otherwise (a claim's wording) a word is negated if it is anywhere.
  const terms = new Map<string, boolean>()
  for (const term of affirmed) terms.set(term, false)
  for (const term of negated) if (!affirmedWins || !affirmed.has(term)) terms.set(term, true)
  return {terms, cues}
}

/** Words that restrict what follows them: a negation just before one denies the restriction. */
const RESTRICTIONS = new Set(['only', 'just', 'merely', 'solely'])

/**
 * Where a negation's scope starts when it denies a restriction one word on ("did not begin only in
 * 2025" denies "only in 2025", not the beginning): at the restricting word.
 */
function restriction(tokens: Clause, index: number): number | undefined {
  if (RESTRICTIONS.has(tokens[index + 2]?.word ?? '')) return index + 2
  return undefined
}

/** Words that say something was done in full: a negation whose scope has one denies only that. */
const COMPLETENESS = new Set(['outright', 'entirely', 'completely', 'fully', 'altogether', 'totally', 'wholly'])

/**
 * Where a negation denies only that something was done in full ("did not ban those exports
 * outright; it required licences" denies the outright ban, not the exports; "has not completely
 * stopped exports" denies the completeness): the word that says so, within the negation's scope.
 */
function completeness(tokens: Clause, index: number): number | undefined {
  for (let at = index + 1; at <= Math.min(tokens.length - 1, index + SCOPE); at++) {
    if (tokens[at]!.word === 'of') return undefined
    if (COMPLETENESS.has(tokens[at]!.word)) return at
  }
  return undefined
}

/**
 * Is the token a matched word whose negation counts? Not a negation word, and not a year: "deaths
 * did not rise to a record in 2023" negates the rise, not the year (dates are compared as facts).
 * A figure counts: "is not down 50%" denies the 50%. (The matched words are terms, or for
 * {@link requiredDenied} the words a claim requires, which may be common words: "only", "all".)
 */
const negatable = (token: Clause[number], shared: ReadonlySet<string>): boolean =>
  shared.has(token.term) && !NEGATION_WORDS.has(token.word) && !isYearTerm(token.term)

/** One clause's tokens. */
export type Clause = ReturnType<typeof tokenize>
const clauseCache = new Map<string, Clause[]>()
const CLAUSE_CACHE_SIZE = 20_000

/** A normalised text's clauses, tokenised: where a negation's scope ends. */
export function clausesOfNormalized(normalized: string, deniedAfter = false): Clause[] {
  let denied = false
  // A denial after what it denies ("…, which is false"; "the claim that … is false"; "…, but experts
  // dispute those accounts"; with `deniedAfter`, the next sentence's "That is not true.") denies
  // all before it.
  const after = DENIAL_AFTER.test(normalized) ? DENIAL_AFTER : DISPUTED_AFTER.test(normalized) ? DISPUTED_AFTER : undefined
  let deniedBefore: string | undefined
  if (after) deniedBefore = normalized.replace(after, ' ')
  else if (deniedAfter) deniedBefore = normalized
  else if (FRAMED_DENIAL.test(normalized)) deniedBefore = normalized.replace(DENIED_TAIL, ' ')
  return (
    (deniedBefore === undefined ? normalized : ` that ${DENIAL_MARK} ${deniedBefore}`)
      .replace(NOT_NEGATION, ' ')
      .replace(NEGATION_PHRASES, (m) => ` not ${m.split(' ').slice(1).join(' ')}`)
      .replace(ALTERNATIVE, ' not ')
      .replace(TOO_TO, (m) => `${m} not`)
      .replace(DENIAL, ` that ${DENIAL_MARK} `)
      // "Contrary to claims that …, …": denied to the end of its clause.
      .replace(CLAIMED_CONTRARY_CLAUSE, (_, claimed: string, end: string) => ` that ${DENIAL_MARK} ${claimed}${end}${DENIAL_END}`)
      .replace(NOT_UNTIL, ' ')
      // "If … had not …" supposes it did: the two negations cancel.
      .replace(COUNTERFACTUAL, (_, between: string, not?: string) => (not ? `if${between}had` : `if${between}had not`))
      // After a semicolon or colon, a statement without a negation of its own is the correction, not
      // more of what is denied ("It is not true that China has done nothing; it added nitazenes …",
      // but "It is a myth that China's only step was the 2019 ban; it has done nothing since").
      .replace(/[;:]([^;:]*)/g, (m: string, after: string) => (NEGATION_WORD.test(after) ? m : `${m[0]}${DENIAL_END}${after}`))
      .split(CLAUSE_BREAK)
      // A denial ("it is a myth that …") negates every clause after it, to the end of the sentence
      // or to a correction.
      .map((clause) => {
        if (clause.includes(DENIAL_END)) denied = false
        if (clause.includes(DENIAL_MARK)) denied = true
        const text = clause.replace(DENIAL_END, ' ').replace(DENIAL_MARK, ' ')
        if (!denied) return tokenize(text)
        // A denied negation affirms: "it is not true that China has done nothing" (it did something).
        return tokenize(NEGATION_WORD.test(text) ? ` ${AFFIRMED_WORD} ${text.replace(NEGATION_WORDS_ALL, ' ')}` : ` ${DENIAL_WORD} ${text}`)
      })
  )
}

/** Where a denial starts (see DENIAL), while the clauses are cut. */
const DENIAL_MARK = '\u0001'
/** Where a denial's scope ends (a correction after a semicolon or colon), while the clauses are cut. */
const DENIAL_END = '\u0002'
/** A negation word (NEGATION_WORDS), for a statement that may carry on what is denied. */
const NEGATION_WORD = new RegExp(String.raw`\b(?:${[...NEGATION_WORDS].join('|')})\b|n't\b`)
const NEGATION_WORDS_ALL = new RegExp(NEGATION_WORD.source, 'g')
/** "Did not impose it until March 4" imposed it then: the negation is dropped. */
const NOT_UNTIL = /\b(?:not|never)\b(?=[^,;:]*?\b(?:until|till)\b)/g
/** "Too small (in volume) for China to be the main source": what follows "to" is denied ("not too small … to be" denies nothing). */
const TOO_TO = /(?<!\bnot\s)\btoo\s+\w+\b[^,;:]{0,40}?\bto\b/g
/** An alternative set aside: "halved the tariff rather than removing it" denies the removal. */
const ALTERNATIVE = /\b(?:rather than|instead of)\b/g
/** A claim set against the sentence (CLAIMED_CONTRARY), the rest of its clause, and what ends it. */
const CLAIMED_CONTRARY_CLAUSE = new RegExp(String.raw`${CLAIMED_CONTRARY.source}([^,;:]*)([,;:]|$)`, 'g')
/** The word put before each denied clause: a negation whose scope is the whole clause. */
const DENIAL_WORD = 'xdeniedx'
/** The word put before a denied clause with a negation of its own, which it affirms (no term: it governs nothing). */
const AFFIRMED_WORD = 'xaffirmedx'

/** A text's clauses, tokenised (cached: claim wordings are compared with many sentences). */
function clausesOf(text: string): Clause[] {
  let clauses = clauseCache.get(text)
  if (!clauses) {
    clauses = clausesOfNormalized(normalizeText(text))
    if (clauseCache.size >= CLAUSE_CACHE_SIZE) clauseCache.clear()
    clauseCache.set(text, clauses)
  }
  return clauses
}

/** Negation cues in a text that govern one of the matched terms. */
export function negationCues(text: string, shared: ReadonlySet<string>): string[] {
  return polarityOf(text, shared).cues
}

/**
 * Does the sentence deny what the claim asserts (or assert what it denies)? Compared term by term
 * with each wording of the claim that has a negated term in common with the sentence; a sentence
 * that agrees with any wording keeps the claim's polarity ("no country did it before China" and
 * "China was the first" are one claim).
 */
export function negationConflict(input: ConflictInput): Conflict | undefined {
  const clauses = input.sentenceClauses ?? clausesOf(input.sentenceText)
  const denied = requiredDenied(clauses, input)
  if (denied) return denied
  const sentence = polarityOf(clauses, input.shared, true)
  let disagreement: Conflict | undefined
  const wordings = [input.recordText, ...(input.recordTexts ?? [])].map((text) => polarityOf(text, input.shared))
  // A denial ("it is a myth that …") is weighed against the claim's affirmative wordings, when it
  // has any: against a negative one ("no country did it before China") the negations of both sides
  // cancel out term by term, and the denial would read as agreement. A denied negation ("it is not
  // true that the order makes no distinction …"), which affirms, is weighed against the negative
  // ones: an affirmative wording that shares its other words would read as agreement.
  // (Only clauses with a word the claim shares count: "the often-repeated claim that …" is cut at "that".)
  const marked = (word: string): boolean => clauses.some((clause) => clause[0]?.word === word && clause.some((token) => input.shared.has(token.term)))
  const denies = marked(DENIAL_WORD)
  const affirms = !denies && marked(AFFIRMED_WORD)
  const affirmative = wordings.filter((record) => record.cues.length === 0)
  const negative = wordings.filter((record) => record.cues.length > 0)
  const weighed = denies && affirmative.length > 0 ? affirmative : affirms && negative.length > 0 ? negative : wordings
  for (const record of weighed) {
    const overlap = [...sentence.terms.keys()].filter((term) => record.terms.has(term))
    const relevant = overlap.filter((term) => sentence.terms.get(term) || record.terms.get(term))
    if (relevant.length === 0) {
      // Both affirm what they share: agreement, unless the sentence's negation lies elsewhere.
      if (overlap.length > 0 && ![...sentence.terms.values()].some(Boolean)) return undefined
      continue
    }
    // Most of the negated terms must disagree: a tie reads as agreement (word order varies).
    const differ = relevant.filter((term) => sentence.terms.get(term) !== record.terms.get(term)).length
    if (differ * 2 <= relevant.length) return undefined
    disagreement ??= {
      type: 'negation',
      article: sentence.cues.length > 0 ? [...new Set(sentence.cues)].join(', ') : 'affirms',
      record: record.cues.length > 0 ? [...new Set(record.cues)].join(', ') : 'affirms',
    }
  }
  return disagreement
}

/**
 * Does the sentence negate a word the claim requires (Claim.requires, one-word entries), which no
 * wording of the claim negates? The required word is what the claim turns on: "China was not the
 * first country to schedule …" denies "China was the first …", even though a wording that says it
 * with a negation ("no country … before China") shares its other negated terms. A required word
 * that no wording uses counts too: the claim states it by requiring it ("has not completely stopped
 * exports" denies a claim that requires "completely", worded "has stopped all exports").
 */
function requiredDenied(clauses: readonly Clause[], input: ConflictInput): Conflict | undefined {
  const required = input.record.requires?.filter((phrase) => phrase.length === 1).map(([term]) => term!)
  if (!required || required.length === 0) return undefined
  const watched = new Set(required)
  const sentence = polarityOf(clauses, watched)
  const negated = required.filter((term) => sentence.terms.get(term) === true)
  if (negated.length === 0) return undefined
  const wordings = (input.wordings ?? [input.recordText, ...(input.recordTexts ?? [])]).map((text) => polarityOf(text, watched))
  const affirmed = negated.filter((term) => wordings.every((w) => w.terms.get(term) !== true))
  if (affirmed.length === 0) return undefined
  return {type: 'negation', article: [...new Set(sentence.cues)].join(', '), record: 'affirms'}
}

/** After "up" or "down": a figure ("up 27%", "down by about $2 billion"). */
const TO_FIGURE = String.raw`\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?\$?\d`
/** Before "more", "less" or "fewer": a percentage ("27% more"). */
const PERCENT_THEN = String.raw`(?:%|percent|per\s?cent)\s+`

/** Words that say something went up: verbs, nouns, and "up" before a figure ("up 27%"). */
const UP = new RegExp(
  String.raw`\b(?:rose|rises?|risen|rising|increased?|increases|increasing|grew|grows?|grown|growing|growth|climb(?:ed|s|ing)?|jump(?:ed|s)?|surg(?:ed|es?|ing)|soar(?:ed|s|ing)?|spik(?:ed|es)|doubled|tripled|quadrupled|rais(?:ed|es?|ing)|hik(?:ed|es)|boost(?:ed|s)?|higher)\b|\d+(?:\.\d+)?\s*${PERCENT_THEN}more\b|\bup${TO_FIGURE}`,
  'g',
)
/** Words that say something went down ("fall" not as a season: "in the fall of 2024"). */
const DOWN = new RegExp(
  String.raw`\b(?:fell|falls|falling|fallen|dropp(?:ed|ing)|drops?|declin(?:ed|es?|ing)|decreas(?:ed|es?|ing)|dipp(?:ed|ing)|dips?|plung(?:ed|es?|ing)|plummet(?:ed|s|ing)?|slump(?:ed|s)?|sank|tumbl(?:ed|es?)|shr(?:ank|unk|inks?)|halved|cuts?|cutting|reduc(?:ed|es?|ing|tion)|lowered|lowering|lower)\b|\d+(?:\.\d+)?\s*${PERCENT_THEN}(?:less|fewer)\b|(?<!\b(?:the|in|this|last|next)\s)\bfall\b(?!\s+(?:of|\d))|\bdown${TO_FIGURE}`,
  'g',
)
/** Extremes, compared apart from changes: "fell to the lowest level since 2019" states both. */
const HIGHEST = /\b(?:highest|record high|all-time high|peak(?:ed)?)\b/g
const LOWEST = /\b(?:lowest|record low|all-time low)\b/g
/**
 * The words that state a direction by themselves (UP, DOWN, HIGHEST and LOWEST start with one of
 * these, or match SOME_DIRECTION): a sentence with none of them states no direction, and its check
 * ends before those long expressions run (most sentences; it also spares compiling them on a short run).
 */
const DIRECTION_WORDS = new Set(
  (
    'rose rise rises risen rising increase increased increases increasing grew grow grows grown growing growth climb climbed climbs ' +
    'climbing jump jumped jumps surge surged surges surging soar soared soars soaring spiked spikes doubled tripled quadrupled ' +
    'raise raised raises raising hiked hikes boost boosted boosts higher fell falls falling fallen fall drop drops dropped ' +
    'dropping decline declined declines declining decrease decreased decreases decreasing dip dips dipped dipping plunge plunged ' +
    'plunges plunging plummet plummeted plummets plummeting slump slumped slumps sank tumble tumbled tumbles shrank shrunk shrink ' +
    'shrinks halved cut cuts cutting reduce reduced reduces reducing reduction lowered lowering lower highest peak peaked lowest'
  ).split(' '),
)
/** Common words that state a direction only in these phrases: "up 27%", "52% less", "a record high". */
const SOME_DIRECTION = new RegExp(String.raw`\b(?:up|down)${TO_FIGURE}|${PERCENT_THEN}(?:more|less|fewer)\b|\b(?:record|all-time)\s+(?:high|low)\b`)

/** Might the text state a direction? False only when none of UP, DOWN, HIGHEST and LOWEST can match. */
export function mayStateDirection(lower: string): boolean {
  return (lower.match(/[a-z]+/g) ?? []).some((word) => DIRECTION_WORDS.has(word)) || SOME_DIRECTION.test(lower)
}

/** The matches of UP, DOWN, HIGHEST and LOWEST in a text, for tests. */
export function directionCues(text: string): string[] {
  const lower = text.toLowerCase()
  const cues: string[] = []
  for (const pattern of [UP, DOWN, HIGHEST, LOWEST]) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) cues.push(m[0])
  }
  return cues
}

/** A negation anywhere in a sentence: its direction words may be denied ("did not rise"). */
const DENIED = /\b(?:not|no|never|neither|nor|without|cannot)\b|n't\b/

/** Two opposite ways to say what happened: the words of one side, and of the other. */
type Axis = readonly [RegExp, RegExp]

/** The two ways to say which way something went: its change, and its extreme. */
const AXES: readonly Axis[] = [
  [UP, DOWN],
  [HIGHEST, LOWEST],
]

/**
 * Opposite actions: each pair is one side's words and the other's ("signed" and "vetoed", "imposed"
 * and "lifted"), in the past and present tense only ("agreed to lift", "plans to impose" and
 * "imposing" say what is meant, not what was done). Words that are as often something else stay
 * out: nouns ("lists", "stops", "passes"), adjectives ("listed chemicals"), "released" data,
 * "declined" to comment, "adding that", "first" and "last", "most" and "least".
 */
const ACTIONS: ReadonlyArray<readonly [string[], string[]]> = [
  [
    // Taking effect states the imposition: "paused for a month before taking effect" is not a lifting.
    ['imposed', 'imposes', 'levied', 'levies', 'slapped', 'took effect', 'taking effect', 'takes effect', 'went into effect', 'came into force'],
    ['lifted', 'lifts', 'scrapped', 'rescinded', 'rescinds', 'revoked', 'revokes', 'repealed', 'repeals', 'waived', 'waives', 'paused', 'pauses', 'delayed', 'postponed'],
  ],
  [
    ['added', 'adds', 'placed', 'designated', 'designates', 'blacklisted', 'blacklists', 'scheduled'],
    ['removed', 'removes', 'delisted', 'delists', 'descheduled', 'unlisted'],
  ],
  [['signed', 'signs'], ['vetoed', 'vetoes']],
  [
    ['decriminalized', 'decriminalizes', 'decriminalize', 'decriminalizing'],
    ['recriminalized', 'recriminalizes', 'recriminalize', 'recriminalizing', 'a crime again', 'a misdemeanor again', 'illegal again'],
  ],
  [
    ['approved', 'approves', 'passed', 'adopted', 'adopts', 'ratified', 'ratifies', 'enacted', 'enacts'],
    ['rejected', 'rejects', 'blocked', 'voted down', 'defeated'],
  ],
  [
    ['suspended', 'suspends', 'halted', 'halts', 'froze', 'freezes', 'paused', 'pauses', 'cut off'],
    ['resumed', 'resumes', 'restarted', 'restarts', 'restored', 'restores', 'revived', 'revives', 'reopened', 'reopens'],
  ],
  [
    ['began', 'begins', 'started', 'launched', 'launches', 'opened', 'created', 'formed'],
    ['ended', 'stopped', 'disbanded', 'disbands', 'dissolved', 'dissolves', 'closed', 'abolished', 'abolishes', 'terminated', 'terminates'],
  ],
  [['extended', 'extends', 'renewed', 'renews', 'prolonged'], ['ended', 'expired', 'expires', 'lapsed', 'lapses']],
  [['agreed', 'agrees', 'accepted', 'accepts', 'pledged', 'pledges'], ['refused', 'refuses', 'rejected', 'rejects']],
  [['convicted', 'found guilty', 'pleaded guilty'], ['acquitted']],
  [['arrested', 'detained', 'captured', 'apprehended'], ['freed', 'let go']],
  [['temporary', 'temporarily'], ['permanent', 'permanently']],
  [['largest', 'biggest', 'greatest'], ['smallest']],
  // Comparisons whose words say nothing else: a factor, and the superlative of deadly.
  [['times more', 'times stronger', 'times as potent', 'times as strong'], ['times less', 'times weaker', 'times fewer']],
  [['deadliest', 'most deadly', 'most lethal'], ['least deadly', 'least lethal']],
  [['most ever', 'most it has ever'], ['least ever', 'least it has ever', 'fewest ever']],
  [['kills more', 'killed more', 'kill more'], ['kills fewer', 'kills less', 'killed fewer', 'killed less', 'kill fewer', 'kill less']],
]
const wordsPattern = (words: readonly string[]): RegExp => new RegExp(String.raw`\b(?:${words.map((word) => word.replace(/ /g, String.raw`\s+`)).join('|')})\b`, 'g')
/**
 * Each pair of {@link ACTIONS} as an axis, with the first word of each of its words and phrases: a
 * text with none of them states neither side, and its patterns are neither compiled nor run.
 */
const ACTION_AXES: ReadonlyArray<{axis: Axis; words: ReadonlySet<string>}> = ACTIONS.map(([one, other]) => ({
  axis: [wordsPattern(one), wordsPattern(other)] as const,
  words: new Set([...one, ...other].map((word) => word.split(' ')[0]!)),
}))

/** The axes of {@link ACTIONS} the text may state a side of. */
function actionAxesOf(lower: string): Axis[] {
  const words = new Set(lower.match(/[a-z]+/g))
  return ACTION_AXES.filter(({words: first}) => [...first].some((word) => words.has(word))).map(({axis}) => axis)
}

/**
 * A direction a text states: the word that states it, where it stands, and the terms around it
 * (read when first needed): of those, the head says what went that way (the nearest before the
 * word, else the nearest after: "seizures" in "seizures fell", "deaths" in "a drop in deaths").
 */
class Stated {
  #around: {terms: Set<string>; head: string | undefined} | undefined
  constructor(
    readonly word: string,
    readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {}
  /** The terms 60 characters before the word and 60 after, figures and months left out. */
  get around(): {terms: Set<string>; head: string | undefined} {
    if (!this.#around) {
      const before = wordTerms(this.text.slice(Math.max(0, this.from - 60), this.from))
      const after = wordTerms(this.text.slice(this.to, this.to + 60))
      this.#around = {terms: new Set([...before, ...after]), head: before[before.length - 1] ?? after[0]}
    }
    return this.#around
  }
}

/** The terms of a text, figures and months left out. */
const wordTerms = (text: string): string[] => tokenize(normalizeText(text)).filter((token) => token.isTerm && !isFigureTerm(token.term)).map((token) => token.term)

/** The sides of an axis a text states (0: the first, 1: the other), each with the first word that states it. */
function sidesOf(text: string, axis: Axis): Map<0 | 1, Stated> {
  const lower = text.toLowerCase()
  const found = new Map<0 | 1, Stated>()
  axis.forEach((pattern, side) => {
    pattern.lastIndex = 0
    const m = pattern.exec(lower)
    if (m) found.set(side as 0 | 1, new Stated(m[0].replace(/\s+[\d$].*$/, ''), text, m.index, m.index + m[0].length))
  })
  return found
}

/**
 * The sentence states one side of an axis where every wording of the claim that states either says
 * the other. A sentence with both sides of an axis is not compared there; a wording that agrees
 * keeps it a match, as for negation. Only about the same thing: what the sentence's word is about
 * (the nearest term before it, else after) must be near the record's word ("seizures rose" and
 * "seizures fell", not "the DEA budget rose" and "deaths fell").
 */
function opposedOn(input: Pick<ConflictInput, 'sentenceText' | 'recordText' | 'recordTexts' | 'wordings'>, axes: readonly Axis[], type: 'direction' | 'opposite'): Conflict | undefined {
  for (const axis of axes) {
    const sentence = sidesOf(input.sentenceText, axis)
    if (sentence.size !== 1) continue
    const [side, stated] = [...sentence][0]!
    let disagreement: Conflict | undefined
    for (const text of input.wordings ?? [input.recordText, ...(input.recordTexts ?? [])]) {
      const record = sidesOf(text, axis)
      if (record.size === 0) continue
      if (record.has(side)) {
        disagreement = undefined
        break
      }
      const other = [...record.values()][0]!
      const head = stated.around.head
      if (head === undefined || !other.around.terms.has(head)) continue
      disagreement ??= {type, article: stated.word, record: other.word}
    }
    if (disagreement) return disagreement
  }
  return undefined
}

/**
 * Which way something went: a sentence that states one direction ("rose", "52% more") where every
 * wording of the claim that states one says the other ("fell", "52% less"); then the same for
 * extremes ("the highest" for "the lowest"). Not in a sentence with a negation. See {@link opposedOn}.
 */
export function directionConflict(input: Pick<ConflictInput, 'sentenceText' | 'recordText' | 'recordTexts' | 'wordings'>): Conflict | undefined {
  const lower = input.sentenceText.toLowerCase()
  if (!mayStateDirection(lower) || DENIED.test(lower)) return undefined
  return opposedOn(input, AXES, 'direction')
}

/**
 * The opposite action ("vetoed" for "signed", "lifted" for "imposed": see {@link ACTIONS}). Not in
 * a sentence with a negation. See {@link opposedOn}.
 */
export function oppositeConflict(input: Pick<ConflictInput, 'sentenceText' | 'recordText' | 'recordTexts' | 'wordings'>): Conflict | undefined {
  const lower = input.sentenceText.toLowerCase()
  const axes = actionAxesOf(lower)
  if (axes.length === 0 || DENIED.test(lower)) return undefined
  return opposedOn(input, axes, 'opposite')
}

/** "Before" or "after" something, and what: up to four words, to the end of the clause. */
const SEQUENCE = /\b(before|after)\s+([a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*){0,3})/g

/** Each "before X" and "after X" of a text: side (0 before, 1 after), the words, X's terms. */
function sequencesOf(text: string): Array<{side: 0 | 1; words: string; object: Set<string>}> {
  const out: Array<{side: 0 | 1; words: string; object: Set<string>}> = []
  for (const m of text.toLowerCase().matchAll(SEQUENCE)) {
    const object = new Set(wordTerms(m[2]!))
    // The words as the text has them, without a trailing function word ("before Nancy Pelosi's visit").
    const words = text.slice(m.index, m.index + m[0].length).replace(/\s+(?:to|of|in|on|at|the|a|an|and|by|for)$/i, '')
    if (object.size > 0) out.push({side: m[1] === 'before' ? 0 : 1, words, object})
  }
  return out
}

/** Do two objects of "before"/"after" name the same thing? All terms of the shorter, or two, in common. */
function sameObject(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = [...a].filter((term) => b.has(term)).length
  return shared >= 2 || (shared > 0 && shared === Math.min(a.size, b.size))
}

/**
 * Before something where the claim says after it, or the reverse, for the same thing: "falling since
 * late 2023, well before the change of administration" against "only started to fall after the
 * change of administration"; "before Nancy Pelosi's visit to Taiwan" against "after Speaker Pelosi
 * visited Taiwan". Only where a wording says "before" or "after" of what the sentence does, and a
 * wording that agrees keeps it a match; not in a sentence with a negation ("did not fall until after
 * …"). "Before" and "after" of other things are not compared: they are too common ("after the
 * summit, …") for an axis of {@link ACTIONS}.
 */
export function sequenceConflict(input: Pick<ConflictInput, 'sentenceText' | 'recordText' | 'recordTexts' | 'wordings'>): Conflict | undefined {
  const lower = input.sentenceText.toLowerCase()
  if (!/\b(?:before|after)\b/.test(lower) || DENIED.test(lower)) return undefined
  const wordings = (input.wordings ?? [input.recordText, ...(input.recordTexts ?? [])]).flatMap(sequencesOf)
  for (const stated of sequencesOf(input.sentenceText)) {
    const same = wordings.filter((other) => sameObject(other.object, stated.object))
    if (same.length === 0 || same.some((other) => other.side === stated.side)) continue
    return {type: 'opposite', article: stated.words, record: same[0]!.words}
  }
  return undefined
}

export interface ConflictInput {
  sentence: Assertions
  record: Assertions
  sentenceText: string
  /** The sentence's clauses ({@link clausesOfNormalized}), when the caller has them. */
  sentenceClauses?: readonly Clause[]
  /** The claim's wording that matched best. */
  recordText: string
  /** The wordings that vouch for the sentence's polarity: it keeps the claim's if it agrees with any. */
  recordTexts?: readonly string[]
  /** Every wording of the claim, for the direction (else recordText and recordTexts). */
  wordings?: readonly string[]
  shared: ReadonlySet<string>
}

/** The kinds of actor compared, in order. */
const ACTOR_ENTITIES = ['country', 'person', 'agency'] as const

/** A role as people read it, with its actor. */
function describeRole(term: string, role: string): string {
  const label = displayTerm(term)
  return role === 'subject' ? `${label} as the one acting` : role === 'object' ? `${label} as the one acted on` : `${role} ${label}`
}

/**
 * Two actors of one class in each other's places: the sentence puts A where the record has only B,
 * and B somewhere the record never has it ("the US suspended cooperation with China" for "China
 * suspended cooperation with the US"; "shipped from the US to China" for "from China to the US").
 */
function tradedPlaces(sentence: Assertions, record: Assertions): {article: string; record: string} | undefined {
  const has = (roles: readonly Role[] | undefined, actor: string, role: string): boolean => roles?.some((r) => r.actor === actor && r.role === role) ?? false
  for (const a of sentence.roles ?? []) {
    if (has(record.roles, a.actor, a.role)) continue
    for (const b of record.roles ?? []) {
      if (b.entity !== a.entity || b.actor === a.actor || b.role !== a.role || has(sentence.roles, b.actor, b.role)) continue
      // B stands in the sentence somewhere the record never has it, A being on record too.
      if (!record.roles?.some((r) => r.actor === a.actor)) continue
      const swapped = (sentence.roles ?? []).find((s) => s.actor === b.actor && !has(record.roles, b.actor, s.role))
      if (swapped) return {article: describeRole(a.actor, a.role), record: describeRole(b.actor, b.role)}
    }
  }
  return undefined
}

/**
 * How the sentence differs from the record in its facts (age range, figure, date, actors), at
 * most one per type: cheap once both sides' assertions are read, unlike the negation check.
 * `describe: false` leaves `article` and `record` empty, for callers that only count conflicts.
 */
export function factConflicts(input: Pick<ConflictInput, 'sentence' | 'record'>, describe = true): Conflict[] {
  // A denied figure or date ("was not signed in 2024") states nothing (see correctsWrongValue).
  const sentence = stated(input.sentence)
  const record = stated(input.record)
  const found: Conflict[] = []
  const conflict: Describe = (type, article, onRecord) => (describe ? {type, article: article(), record: onRecord()} : {type, article: '', record: ''})

  for (const age of sentence.ages) {
    if (record.ages.length > 0 && !record.ages.some((r) => r.from === age.from && r.to === age.to)) {
      found.push(conflict('age-range', () => age.raw, () => oneEach(record.ages, (r) => r.raw)))
      break
    }
  }

  // A change the sentence states must start and end as one on record does, when the record states
  // changes of that unit: "from 60% to 10%" is neither "from 20% to 10%" nor "from about 57% to about 47%".
  // Checked first: its message names both ends ("from 55% to 10%", not "55%").
  for (const figure of sentence.figures) {
    if (!figure.from) continue
    const changes = record.figures.filter((r) => r.from && r.unit === figure.unit)
    if (changes.length === 0 || changeOnRecord(figure, changes)) continue
    found.push(conflict('number', () => describeChange(figure), () => describeChanges(changes)))
    break
  }

  for (const figure of found.some((c) => c.type === 'number') ? [] : sentence.figures) {
    const comparable = comparableWith(figure)
    if (!comparable) continue
    const sameUnit = record.figures.filter(comparable)
    if (sameUnit.length === 0) continue
    if (!sameUnit.some((r) => boundsOpposed(figure, r)) && fitsRecord(figure, sameUnit)) continue
    // The sentence states each of them already, or each of the two or more that one wording of
    // the record states: this figure counts something else ("…, up from 14,700 pounds the year
    // before"; "CBP, which seized 11,200 pounds in fiscal 2021, …"; "43 pounds at the Canadian
    // border against about 21,100 at the Mexican one, up from …" beside the 21,889 pounds at all
    // borders that another wording states).
    const stated = (r: Figure): boolean => sentence.figures.some((other) => other !== figure && comparableWith(other)?.(r) === true && figuresAgree(other, r))
    if (sameUnit.every(stated) || statesAWording(sameUnit, stated)) continue
    found.push(conflict('number', () => describeFigure(figure), () => oneEach(sameUnit, describeFigure)))
    break
  }
  // A figure put in another's place.
  if (!found.some((c) => c.type === 'number')) {
    const agree = (a: Figure, b: Figure): boolean => sameQuantity(a.unit, b.unit) && figuresAgree(a, b)
    const moved = misplaced(sentence.figures, record.figures, agree) ?? tiedToAnother(sentence.figures, record.figures, agree)
    if (moved) found.push(conflict('number', () => describeFigure(moved.stated), () => oneEach(moved.onRecord, describeFigure)))
  }

  const date = dateConflict(sentence.dates, record.dates, conflict)
  if (date) found.push(date)

  // An actor conflict needs actors on both sides (one the record lacks, one the sentence lacks).
  for (const entity of sentence.actors.length > 0 && record.actors.length > 0 ? ACTOR_ENTITIES : []) {
    // Actors named only to set the scene are not what the sentence states, nor is who says it
    // ("A DEA official noted that China …") when the record names nobody of its class as saying it.
    const onRecord = record.actors.filter((a) => a.entity === entity)
    const citesSpeakers = onRecord.some((r) => r.speaker)
    const inSentence = sentence.actors.filter((a) => a.entity === entity && !a.context && (citesSpeakers || !a.speaker))
    const extra = inSentence.filter((a) => !onRecord.some((r) => r.term === a.term))
    const missing = onRecord.filter((r) => !inSentence.some((a) => a.term === r.term))
    if (extra.length > 0 && missing.length > 0) {
      found.push(conflict('actor', () => extra.map((a) => a.label).join(', '), () => missing.map((a) => a.label).join(', ')))
      break
    }
  }
  // The same actors, in each other's places (see `tradedPlaces`).
  if (!found.some((c) => c.type === 'actor') && sentence.roles && record.roles) {
    const traded = tradedPlaces(sentence, record)
    if (traded) found.push(conflict('actor', () => traded.article, () => traded.record))
  }

  return found
}

/** Is a number round (a multiple of 100: "100,000", "1,500"), as a rounding is? */
/** Is the figure precise: three significant digits or more (106,699; 80.2), not 20, 46 or 10,000? */
const isPrecise = (value: number): boolean => String(value).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length >= 3

/** The conflicts another claim can explain (see `explainsConflict`): a year, a figure. */
export const EXPLAINABLE: ReadonlySet<Conflict['type']> = new Set(['date', 'number'])

/**
 * Does each figure the sentence states as its own (not a point of reference, not denied) fit the
 * record's figures of its unit, where the record has any? "Five of every ten fake pills …, down from
 * seven in ten a year earlier" states the 5-in-10 claim's figure; it only refers to the 7-in-10 one.
 */
export const fitsOwnFigures = (sentence: Assertions, record: Assertions): boolean =>
  stated(sentence).figures.every((figure) => {
    const comparable = figure.reference ? undefined : comparableWith(figure)
    const sameUnit = comparable ? record.figures.filter(comparable) : []
    return sameUnit.length === 0 || fitsRecord(figure, sameUnit)
  })

/**
 * Does the sentence bound a figure ("more than 60 million pills") where the record bounds one of its
 * kind the same way at a value more than a tenth away ("more than 77 million"), and at none the
 * same? Both can hold, so it is no contradiction, but it is another figure: with another year too,
 * another year's count (see `differentFact` in matcher.ts).
 */
export const boundsAnother = (sentence: Assertions, record: Assertions): boolean =>
  stated(sentence).figures.some(
    (f) =>
      (f.hedge === 'more' || f.hedge === 'less') &&
      !record.figures.some((r) => sameQuantity(r.unit, f.unit) && r.value === f.value) &&
      record.figures.some((r) => r.hedge === f.hedge && sameQuantity(r.unit, f.unit) && Math.abs(r.value - f.value) > 0.1 * Math.max(r.value, f.value)),
  )

/** Does the sentence state, exactly, a precise figure of the record's own ("79,384 people")? */
export const statesPreciseFigureOf = (sentence: Assertions, record: Assertions): boolean =>
  sentence.figures.some((f) => f.hedge === 'exact' && isPrecise(f.value) && record.figures.some((r) => r.value === f.value && r.unit === f.unit))

/**
 * Does `other` (another claim's assertions) state what the sentence says where it contradicts
 * `record` on a date or a figure: each year the record lacks, each figure no record figure fits?
 * Then the sentence may state `other`'s fact rather than a wrong version of `record`'s.
 */
export function explainsConflict(type: Conflict['type'], sentence: Assertions, record: Assertions, other: Assertions): boolean {
  if (!EXPLAINABLE.has(type)) return false
  // A precise figure of the record's own ("106,699 … in 2022" for 106,699 in 2021) ties the sentence to it.
  if (statesPreciseFigureOf(sentence, record)) return false
  const dates = sentence.dates.filter(isEventDate)
  const figures = sentence.figures.filter((f) => f.unit && record.figures.some((r) => sameQuantity(r.unit, f.unit)))
  const dateIn = (on: Assertions) => (date: DateValue): boolean => on.dates.some((r) => sameDate(date, r)) || goesOnIn(date, on.dates)
  const figureIn = (on: Assertions) => (f: Figure): boolean => fitsRecord(f, on.figures.filter((r) => sameQuantity(r.unit, f.unit)))
  // What contradicts the record must be what `other` states; what the record confirms, `other` must
  // confirm too (a claim silent on it explains nothing), but for the figure a change started from
  // ("…, down from more than 27,000 pounds a year earlier": the record's own, a year earlier).
  if (type === 'date') {
    const contradicting = dates.filter((date) => !dateIn(record)(date))
    return contradicting.length > 0 && contradicting.every(dateIn(other)) && figures.filter((f) => !f.reference && figureIn(record)(f)).every(figureIn(other))
  }
  const contradicting = figures.filter((f) => !figureIn(record)(f))
  // A bare year that is on record only as the year of a date with a month, a release ("In 2025, the
  // CDC reported that 79,384 people died … in 2024" for the estimate "released in May 2025"), is
  // not one `other` must confirm.
  const confirmed = dates.filter((date) => record.dates.some((r) => sameDate(date, r) && (date.month !== undefined || r.month === undefined)))
  return contradicting.length > 0 && contradicting.every(figureIn(other)) && confirmed.every(dateIn(other))
}

/** The assertions without the figures and dates they deny. */
function stated(assertions: Assertions): Assertions {
  if (!assertions.figures.some((figure) => figure.denied) && !assertions.dates.some((date) => date.denied)) return assertions
  return {...assertions, figures: assertions.figures.filter((figure) => !figure.denied), dates: assertions.dates.filter((date) => !date.denied)}
}

/**
 * Is the sentence a correction of a wrong value: does it deny a figure or a date that the record
 * contradicts (and the record does not deny too), and state in its place one of the same kind that
 * agrees with the record? "The HALT Fentanyl Act was not signed in 2024; President Trump signed it
 * in July 2025", "Fentanyl is not 1,000 times stronger than heroin; it is about 50 times stronger":
 * its negation denies the wrong value, not the record's fact. (Without the value in its place the
 * denial may be of another event: "The US did not remove the institute from the Entity List in
 * November 2023" says nothing against its listing in 2020.)
 */
function correctsWrongValue(input: Pick<ConflictInput, 'sentence' | 'record'>): boolean {
  const {sentence, record} = input
  const figures = sentence.figures.filter((figure) => figure.denied && !record.figures.some((r) => r.denied && r.value === figure.value))
  const dates = sentence.dates.filter((date) => date.denied && !record.dates.some((r) => r.denied && r.year === date.year && r.month === date.month))
  if (figures.length === 0 && dates.length === 0) return false
  const wrong = factConflicts({sentence: {...sentence, figures: figures.map(({denied: _, ...figure}) => figure), dates: dates.map(({denied: _, ...date}) => date)}, record}, false)
  const kinds = new Set(wrong.map((c) => c.type))
  const inPlace = {
    ...sentence,
    figures: kinds.has('number') ? sentence.figures.filter((figure) => !figure.denied) : [],
    dates: kinds.has('date') ? sentence.dates.filter((date) => !date.denied && isEventDate(date)) : [],
  }
  if (inPlace.figures.length === 0 && inPlace.dates.length === 0) return false
  return factConflicts({sentence: inPlace, record}, false).length === 0
}

/** Every way the sentence contradicts the record, at most one per type, in order of confidence. */
export function findConflicts(input: ConflictInput): Conflict[] {
  const found = factConflicts(input)
  if (correctsWrongValue(input)) return found
  const negation = negationConflict(input)
  if (negation) found.push(negation)
  else {
    const direction = directionConflict(input)
    if (direction) found.push(direction)
    const opposite = oppositeConflict(input) ?? sequenceConflict(input)
    if (opposite) found.push(opposite)
  }
  return found
}

/** The first way the sentence contradicts the record, if any. */
export function findConflict(input: ConflictInput): Conflict | undefined {
  return findConflicts(input)[0]
}
