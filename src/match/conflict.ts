// Contradiction checks: a sentence that matches a claim but states another figure, date, age
// range, actor or the opposite polarity contradicts the record, whatever its wording.
import type {Conflict} from '../types.js'
import {formatDate, type Assertions, type DateValue, type Figure} from './figures.js'
import {NEGATION_WORDS, normalizeText, tokenize} from './normalize.js'

/** The interval of values a figure admits, given its hedge and how round it is. */
function interval(figure: Figure): [number, number] {
  const {value, hedge} = figure
  switch (hedge) {
    case 'more':
      return [value, Number.POSITIVE_INFINITY]
    case 'less':
      return [0, value]
    case 'about':
      return [value * 0.9, value * 1.1]
    case 'exact': {
      // Large round numbers are roundings ("110,000" admits 107,941); small ones are exact.
      let slack = 0
      if (Number.isInteger(value) && value >= 1000) {
        let zeros = 0
        for (let rest = value; rest % 10 === 0 && rest > 0; rest /= 10) zeros++
        slack = zeros > 0 ? 0.5 * 10 ** zeros : 0
      }
      if (!Number.isInteger(value)) slack = value * 1e-9
      return [value - slack, value + slack]
    }
  }
}

function figuresAgree(article: Figure, record: Figure): boolean {
  const [a0, a1] = interval(article)
  const [r0, r1] = interval(record)
  // An integer stated for a decimal on record ("27%" for 26.8%) is a rounding.
  const round = Number.isInteger(article.value) && !Number.isInteger(record.value) && article.hedge === 'exact' ? 0.5 : 0
  return a0 - round <= r1 && r0 <= a1 + round
}

function describeFigure(figure: Figure): string {
  const hedge = {exact: '', about: 'about ', more: 'more than ', less: 'less than '}[figure.hedge]
  if (figure.unit === 'ratio') return `${hedge}${figure.raw}`
  const value = figure.value.toLocaleString('en-US', {maximumFractionDigits: 2})
  if (figure.unit === 'percent') return `${hedge}${value}%`
  if (figure.unit === 'usd') return `${hedge}$${value}`
  return `${hedge}${value}${figure.unit ? ` ${figure.unit}` : ''}`
}

function datesAgree(article: DateValue, record: DateValue): boolean {
  if (article.year !== undefined && record.year !== undefined && article.year !== record.year) return false
  if (article.month !== undefined && record.month !== undefined && article.month !== record.month) return false
  if (article.day !== undefined && record.day !== undefined && article.day !== record.day) return false
  // A day-and-month date shares nothing with a bare year: it neither agrees nor conflicts.
  const shared =
    (article.year !== undefined && record.year !== undefined) || (article.month !== undefined && record.month !== undefined)
  return shared
}

function dateComparable(article: DateValue, record: DateValue): boolean {
  return (
    (article.year !== undefined && record.year !== undefined) || (article.month !== undefined && record.month !== undefined)
  )
}

const NEGATION_PHRASES = /\b(?:failed to|fails to|refused to|refuses to|declined to|has yet to|have yet to|no longer)\b/g
const NOT_NEGATION = /\b(?:no (?:more|less|fewer) than|not only|no doubt)\b/g

/**
 * Negation cues in a text that govern one of the matched terms: a cue counts when a term the
 * sentence shares with the claim follows within a few words (its likely scope).
 */
export function negationCues(text: string, shared: ReadonlySet<string>): string[] {
  const normalized = normalizeText(text).replace(NOT_NEGATION, ' ').replace(NEGATION_PHRASES, (m) => ` not ${m.split(' ').slice(1).join(' ')}`)
  const tokens = tokenize(normalized)
  const cues: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (!NEGATION_WORDS.has(token.word)) continue
    const scope = tokens.slice(index + 1, index + 7)
    if (scope.some((next) => next.isTerm && shared.has(next.term))) cues.push(token.word)
  }
  return cues
}

export interface ConflictInput {
  sentence: Assertions
  record: Assertions
  sentenceText: string
  recordText: string
  shared: ReadonlySet<string>
}

/** The first way the sentence contradicts the record, if any. */
export function findConflict(input: ConflictInput): Conflict | undefined {
  const {sentence, record} = input

  for (const age of sentence.ages) {
    if (record.ages.length > 0 && !record.ages.some((r) => r.from === age.from && r.to === age.to)) {
      return {type: 'age-range', article: age.raw, record: [...new Set(record.ages.map((r) => r.raw))].join(' / ')}
    }
  }

  for (const figure of sentence.figures) {
    const sameUnit = record.figures.filter((r) => r.unit === figure.unit)
    if (sameUnit.length === 0) continue
    if (!sameUnit.some((r) => figuresAgree(figure, r))) {
      return {type: 'number', article: describeFigure(figure), record: [...new Set(sameUnit.map(describeFigure))].join(' / ')}
    }
  }

  const comparable = sentence.dates.filter((d) => record.dates.some((r) => dateComparable(d, r)))
  if (comparable.length > 0 && !comparable.some((d) => record.dates.some((r) => datesAgree(d, r)))) {
    const first = comparable[0]!
    return {
      type: 'date',
      article: formatDate(first),
      record: [...new Set(record.dates.filter((r) => dateComparable(first, r)).map(formatDate))].join(' / '),
    }
  }

  for (const entity of ['country', 'person', 'agency'] as const) {
    const inSentence = sentence.actors.filter((a) => a.entity === entity)
    const onRecord = record.actors.filter((a) => a.entity === entity)
    const extra = inSentence.filter((a) => !onRecord.some((r) => r.term === a.term))
    const missing = onRecord.filter((r) => !inSentence.some((a) => a.term === r.term))
    if (extra.length > 0 && missing.length > 0) {
      return {type: 'actor', article: extra.map((a) => a.label).join(', '), record: missing.map((a) => a.label).join(', ')}
    }
  }

  const sentenceCues = negationCues(input.sentenceText, input.shared)
  const recordCues = negationCues(input.recordText, input.shared)
  if (sentenceCues.length % 2 !== recordCues.length % 2) {
    return {
      type: 'negation',
      article: sentenceCues.length > 0 ? sentenceCues.join(', ') : 'affirms',
      record: recordCues.length > 0 ? recordCues.join(', ') : 'affirms',
    }
  }
  return undefined
}
