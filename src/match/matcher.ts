// Sentence → ranked claims → judged findings. Retrieval (BM25 over the inverted index) picks
// candidates; the scorer compares IDF-weighted terms (with fuse.js typo correction and stem-prefix
// near matches); the judge applies the contradiction checks and the verdict that held on the
// `--as-of` date, and may report a second claim when one sentence states two.
//
// The score of a claim for a sentence is an F-measure over IDF weights:
//   precision = how much of the sentence the claim explains (its terms found in any wording),
//   coverage  = how much of the claim's best wording the sentence states,
//   score     = F_β(precision, coverage) · confidence(shared content words) · (1 − λ + λ · BM25 / best BM25)
// The confidence factor keeps a claim that shares only its actors, or one or two words, from
// passing for a match; the BM25 share (λ) lets the retrieval's view break near-ties between
// sibling claims. Figures, months and negation are terms too, weighted down: they pick among claims
// that say the same thing. A claim the sentence contradicts in two identifying facts (its year and
// its figure, say) states another fact of the same kind: it is ranked down and never reported.
import {verdictForTime} from '../claims/as-of.js'
import {isClaimList, listOf} from '../claims/claim-list.js'
import type {Candidate, Claim, ClaimList, Conflict, Explanation, Finding, Sentence} from '../types.js'
import {buildClaimIndex, retrieveCandidates, wordingsOf, type ClaimIndex} from './claim-index.js'
import {isCheckWorthy, isQuestion} from './check-worthy.js'
import {boundsAnother, clausesOfNormalized, deniesPrevious, EXPLAINABLE, explainsConflict, factConflicts, findConflicts, fitsOwnFigures, polarityOf, statesPreciseFigureOf, type Clause} from './conflict.js'
import {isEventDate, readAssertions, whoSays, type Assertions} from './figures.js'
import {createFuzzyLookup} from './fuzzy.js'
import {ALIAS_MARK, displayTerm, entityOf, isFigureTerm, isYearTerm, NEGATION_WORDS, normalizeText, tokenize, type Token} from './normalize.js'
import {isAccurate, severityOf} from './severity.js'

/** Lowest score that counts as a match by default (chosen on eval/set.yaml: see the README). */
export const DEFAULT_MIN_SCORE = 0.5

export interface JudgeOptions {
  /** Lowest score (0–1) that counts as a match. */
  minScore: number
  /** List this many best candidates with each finding (0: none). */
  top: number
  /** YYYY-MM-DD: picks the verdict that applied then. */
  asOf: string
  /** Report check-worthy sentences that match nothing. */
  unreviewed: boolean
  /** Attach an explanation to each finding. */
  explain: boolean
}

export interface Judgement {
  /** The first (primary) finding, if any: the same as `findings[0]`. */
  finding?: Finding
  /** Every finding for the sentence: the primary one, then a second claim the sentence also states. */
  findings: Finding[]
  checkWorthy: boolean
}

/** A sentence's terms, each with the weight it carries. */
interface QueryTerms {
  weights: Map<string, number>
  /** term → how surely the sentence has it (1, or less for a typo-corrected word). */
  credit: Map<string, number>
  /** word → vocabulary term, for words read through fuzzy lookup. */
  fuzzy: Map<string, string>
  /** stem prefix → the sentence's terms with it, for near matches ("medicine" ~ "medical"). */
  prefixes: Map<string, string[]>
  total: number
  /** The sentence, normalised, and its tokens. */
  normalized: string
  tokens: Array<Token & {isTerm: boolean}>
}

/** One wording of a claim, with its terms. */
export interface IndexedText {
  text: string
  terms: readonly string[]
}

/**
 * A claim ranked for a sentence. The score and the best wording's coverage come from ranking; the
 * details (the claim itself, shared terms, near matches, coverages) are worked out when first read,
 * while the sentence is being judged: most ranked claims are never reported.
 */
export interface RankedClaim {
  id: string
  claim: Claim
  /** The claim's position in the database. */
  position: number
  score: number
  /** The claim text or variant that scored best. */
  text: IndexedText
  /** Claim terms the sentence has (exactly, by typo correction or by a near stem). */
  shared: Set<string>
  /** Share (0–1) of the best wording's weight the sentence covers. */
  coverage: number
  /** Share (0–1) of the sentence's weight that the claim's wordings explain. */
  precision: number
  /** Sentence term → claim term, for near (stem-prefix) matches. */
  near: Map<string, string>
  /** Coverage of each wording of the claim. */
  coverages: Map<IndexedText, number>
  /** Sentence terms any wording of the claim explains (exactly or by a near stem). */
  explains: Set<string>
  /** The confidence factor for the number of content words shared. */
  confidence: number
  /** The BM25 score that retrieved the claim. */
  bm25: number
  /** Which of the sentence's facts differ from the claim's (types only), once computed. */
  differs?: Conflict['type'][]
  /** How the sentence contradicts the claim (facts, then negation), once computed. */
  conflicts?: Conflict[]
}

/** A sentence with what it asserts, for the contradiction checks. */
interface SentenceFacts {
  text: string
  assertions: Assertions
  /** Its clauses, for the negation check (read on first use). */
  clauses?: Clause[]
}

/** How far below the best score a non-contradicted claim may be and still be preferred. */
const TIE_MARGIN = 0.1
/**
 * How far below --min-score an accurate claim that the sentence agrees with may be and still
 * explain a figure or date that contradicts the best one (see `siblingAgreeing`).
 */
const SIBLING_MARGIN = 0.1
/** Conflicts that say the record the other way round: a second claim that has one is not reported. */
const REVERSALS: ReadonlySet<Conflict['type']> = new Set(['negation', 'direction', 'opposite'])
/** Claims ranked to look for a sibling (see `siblingAgreeing`). */
const RETRIEVE_SIBLINGS = 10
/** Candidates retrieved per sentence before fine scoring. */
const RETRIEVE = 50
/**
 * F-measure weight. Below 1, what the claim explains of the sentence weighs a little more than how
 * much of the claim's wording the sentence repeats: a paraphrase rarely repeats all of a long claim,
 * and ranking by explained weight is what makes BM25 robust. Chosen on eval/set.yaml (see README).
 */
const BETA = 0.8
/** From this coverage up, β rises towards FULL_BETA (reached at full coverage). */
const FULL_COVERAGE_FROM = 0.6
const FULL_BETA = 2
/** Weight of the words that name a statement's source ("according to …"). */
const SOURCE_WEIGHT = 0.25
/** Figures and months pick among sibling claims; they weigh less than words. */
const FIGURE_WEIGHT = 0.5
/** Credit for a typo-corrected word and for a near (same stem prefix) word. */
const FUZZY_CREDIT = 0.85
const NEAR_CREDIT = 0.8
/** Near matches: terms of at least this length that share this many first letters. */
const NEAR_PREFIX = 5
/**
 * A figure is near another of its kind up to this factor apart: a misstated figure ("12,000
 * troops" for 10,000, "topped 107,000" for 106,699) is still compared with the claim, whose
 * contradiction check then finds it wrong.
 */
const NEAR_FIGURE = 1.5
/**
 * Confidence by the number of content words a claim shares with the sentence, not counting
 * figures and actors (countries, people, agencies): "Pelosi's trip to Taiwan angered Beijing"
 * shares the actors of the claim that China suspended cooperation over the trip, not its content.
 */
const CONFIDENCE = [0.3, 0.6, 0.85]
/** Share of the score that follows BM25 (relative to the best candidate). */
const BM25_SHARE = 0.3
/** A second finding for the same sentence needs its claim this well covered … */
const SECOND_COVERAGE = 0.7
/** … with at least this share of what it explains left unexplained by the first claim … */
const SECOND_NOVELTY = 0.4
/** … scored on that rest of the sentence with this β (its coverage matters most). */
const SECOND_BETA = 2
/** A wording other than the best speaks for the claim's polarity if covered this well, relative to the best. */
const RESCUE = 0.75
/** Candidates checked for contradictions while ranking. */
const CHECK_DEPTH = 15
/** Score factor for a claim the sentence differs from in two identifying facts. */
const DIFFERENT_FACT = 0.6
/** Sentence terms whose near vocabulary terms are remembered. */
const NEAR_MEMO_SIZE = 50_000
/** Findings per sentence at most. */
const MAX_FINDINGS = 2
/** Conflict types that identify a claim: a sentence that differs in two of them states another fact. */
const IDENTIFYING = new Set(['number', 'date', 'age-range', 'actor'])

export interface Matcher {
  readonly index: ClaimIndex
  rank(text: string, limit: number): RankedClaim[]
  /** `context.next`: the sentence after it, which may call it false ("That is not true."). */
  judge(sentence: Sentence, options: JudgeOptions, context?: {next?: string}): Judgement
}

/**
 * Terms that only name who says the sentence's statement (see whoSays): "according to the CDC",
 * "President Trump has claimed that …", "…, officials said".
 */
function sourceTerms(tokens: ReadonlyArray<Token & {isTerm: boolean}>): Set<string> {
  const speaking = whoSays(tokens)
  const inSpans = new Set<string>()
  if (!speaking) return inSpans
  const outside = new Set<string>()
  tokens.forEach((token, at) => {
    if (token.isTerm) (speaking[at] ? inSpans : outside).add(token.term)
  })
  for (const term of outside) inSpans.delete(term)
  return inSpans
}

/**
 * Ties are broken by claim id, in code-unit order: for ids the schema allows ([a-z0-9-]) that is
 * the order `localeCompare` gives, without loading the ICU collator on the first sentence.
 */
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The score factor for a candidate's BM25 score, relative to the best candidate's. */
const retrievalOf = (bm25: number, bestBm25: number): number => (bestBm25 > 0 ? 1 - BM25_SHARE + (BM25_SHARE * bm25) / bestBm25 : 1)

/** The F-measure of precision and coverage, weighted by β. */
const f = (precision: number, coverage: number, beta = BETA): number =>
  precision + coverage === 0 ? 0 : ((1 + beta ** 2) * precision * coverage) / (beta ** 2 * precision + coverage)

/** A wording's score for a sentence (see the top of this file). */
const wordingScore = (precision: number, coverage: number, confidence: number, retrieval: number): number =>
  f(precision, coverage, betaFor(coverage)) * confidence * retrieval

/**
 * β by coverage: a sentence that states nearly all of a claim's wording states the claim, however
 * much else it says ("Coupled with …, more than half of U.S. states have legalized cannabis, these
 * factors …"), so near-complete coverage shifts the weight from precision to coverage.
 */
const betaFor = (coverage: number): number =>
  coverage <= FULL_COVERAGE_FROM ? BETA : BETA + ((FULL_BETA - BETA) * (coverage - FULL_COVERAGE_FROM)) / (1 - FULL_COVERAGE_FROM)

const prefixOf = (term: string): string | undefined =>
  term.length >= NEAR_PREFIX && /^[a-z]/.test(term) ? term.slice(0, NEAR_PREFIX) : undefined

/**
 * A figure term's value and kind ("#27pct": 27 and "pct"; "#107000": 107000 and ""). None for a
 * term that reads as a year (isYearTerm), or for zero.
 */
function figureOf(term: string): [number, string] | undefined {
  const m = /^#(\d+(?:\.\d+)?)([a-z]*)$/.exec(term)
  if (!m) return undefined
  const value = Number(m[1])
  if (value === 0 || isYearTerm(term)) return undefined
  return [value, m[2]!]
}

/** What a term's near terms are looked up by: its stem prefix, or the kind of figure it is. */
function nearKeyOf(term: string): string | undefined {
  const prefix = prefixOf(term)
  if (prefix) return prefix
  const figure = figureOf(term)
  return figure ? `#${figure[1]}` : undefined
}

function addPrefix(map: Map<string, string[]>, term: string): void {
  const prefix = nearKeyOf(term)
  if (!prefix) return
  const list = map.get(prefix)
  if (!list) map.set(prefix, [term])
  else if (!list.includes(term)) list.push(term)
}

/** A candidate's score, with its best wording's coverage and confidence, before any details. */
interface Scored {
  position: number
  bm25: number
  score: number
  coverage: number
  confidence: number
  precision: number
  differs?: Conflict['type'][]
}

/** What a ranked claim's details are: see {@link RankedClaim}. */
type Details = Pick<RankedClaim, 'text' | 'shared' | 'near' | 'coverages' | 'explains'>

/**
 * `claims`: an array, or a list that reads each claim when first asked for (only the claims a
 * sentence is compared with in detail are read). `prebuilt`: the index of these claims, as built
 * before (e.g. read from the on-disk cache).
 */
export function createMatcher(claims: readonly Claim[] | ClaimList, prebuilt?: ClaimIndex): Matcher {
  const list = isClaimList(claims) ? claims : listOf(claims)
  const index = prebuilt ?? buildClaimIndex(list)
  const {terms: termOf, vocabStart, vocabTerms, textStart, textTermStart, textTerms} = index
  const termCount = termOf.length
  const termIds = new Map<string, number>()
  termOf.forEach((term, id) => termIds.set(term, id))
  const fuzzy = createFuzzyLookup(index)
  const recordAssertions = new Map<number, Assertions>()

  // Per term id: its weight and what kind of term it is.
  const weights = new Float64Array(termCount)
  const isFigure = new Uint8Array(termCount)
  const isEntity = new Uint8Array(termCount)
  // Stem prefix → term ids with it, for near matches; kind of figure → its figure terms.
  const byPrefix = new Map<string, number[]>()
  const figuresByKind = new Map<string, number[]>()
  for (let id = 0; id < termCount; id++) {
    const term = termOf[id]!
    isFigure[id] = isFigureTerm(term) ? 1 : 0
    isEntity[id] = entityOf(term) ? 1 : 0
    weights[id] = index.idf[id]! * (isFigure[id] ? FIGURE_WEIGHT : 1)
    const prefix = prefixOf(term)
    if (prefix) {
      const list = byPrefix.get(prefix)
      if (list) list.push(id)
      else byPrefix.set(prefix, [id])
    }
    const figure = figureOf(term)
    if (figure) {
      const list = figuresByKind.get(figure[1])
      if (list) list.push(id)
      else figuresByKind.set(figure[1], [id])
    }
  }
  // Each kind's figure terms by value, for the figures near a sentence's.
  const figureValues = new Float64Array(termCount)
  for (const ids of figuresByKind.values()) {
    for (const id of ids) figureValues[id] = figureOf(termOf[id]!)![0]
    ids.sort((a, b) => figureValues[a]! - figureValues[b]!)
  }
  // Each wording's total weight, computed on first use (NaN: not yet).
  const textWeights = new Float64Array(textTermStart.length - 1).fill(Number.NaN)
  // Scratch space per sentence and per candidate claim, marked with stamps so it is never cleared.
  const credits = new Float64Array(termCount)
  const nearCoverage = new Uint32Array(termCount)
  const inClaim = new Uint32Array(termCount)
  const slotInClaim = new Uint32Array(termCount)
  let sentenceStamp = 0
  let claimStamp = 0

  const weightOf = (term: string): number => {
    const id = termIds.get(term)
    return id === undefined ? index.unseenIdf * (isFigureTerm(term) ? FIGURE_WEIGHT : 1) : weights[id]!
  }

  const query = (text: string): QueryTerms => {
    const weights = new Map<string, number>()
    const credit = new Map<string, number>()
    const fuzzyTerms = new Map<string, string>()
    const prefixes = new Map<string, string[]>()
    const normalized = normalizeText(text)
    const tokens = tokenize(normalized)
    const sources = sourceTerms(tokens)
    for (const token of tokens) {
      if (!token.isTerm || weights.has(token.term)) continue
      const known = termIds.has(token.term)
      if (sources.has(token.term)) {
        // Who says it ("according to one brochure") is not what is said.
        weights.set(token.term, (known ? weightOf(token.term) : index.unseenIdf * 0.5) * SOURCE_WEIGHT)
        credit.set(token.term, 1)
        continue
      }
      if (known) {
        weights.set(token.term, weightOf(token.term))
        credit.set(token.term, 1)
        addPrefix(prefixes, token.term)
        continue
      }
      const corrected = isFigureTerm(token.term) || token.term.startsWith(ALIAS_MARK) ? undefined : fuzzy.correct(token.word, token.term)
      if (corrected && !weights.has(corrected)) {
        weights.set(corrected, weightOf(corrected) * FUZZY_CREDIT)
        credit.set(corrected, FUZZY_CREDIT)
        fuzzyTerms.set(token.word, corrected)
        addPrefix(prefixes, corrected)
      } else {
        // A word no claim uses still counts as content the claim does not cover.
        weights.set(token.term, index.unseenIdf * 0.5 * (isFigureTerm(token.term) ? FIGURE_WEIGHT : 1))
        credit.set(token.term, 1)
        addPrefix(prefixes, token.term)
      }
    }
    let total = 0
    for (const weight of weights.values()) total += weight
    return {weights, credit, fuzzy: fuzzyTerms, prefixes, total, normalized, tokens}
  }

  /** A sentence's terms as the scorer reads them: ids, weights, and the vocabulary terms near each. */
  interface ScoringTerms {
    terms: QueryTerms
    list: string[]
    ids: Int32Array
    weights: Float64Array
    /** Vocabulary terms near each sentence term (same stem prefix, other term, length within 3). */
    near: Array<number[] | undefined>
    stamp: number
    /** Set once its marks are cleared from the scratch arrays. */
    released: boolean
  }

  // Words recur from sentence to sentence: their near terms are looked up once (a bounded memo).
  const nearMemo = new Map<string, number[] | undefined>()
  const nearIds = (term: string): number[] | undefined => {
    if (nearMemo.has(term)) return nearMemo.get(term)
    const prefix = prefixOf(term)
    const list = prefix ? byPrefix.get(prefix) : undefined
    const near = list ? list.filter((id) => termOf[id] !== term && Math.abs(termOf[id]!.length - term.length) <= 3) : nearFigures(term)
    const found = near && near.length > 0 ? near : undefined
    if (nearMemo.size >= NEAR_MEMO_SIZE) nearMemo.clear()
    nearMemo.set(term, found)
    return found
  }

  /** The vocabulary's figures of the same kind within NEAR_FIGURE of a figure term's value, nearest first. */
  const nearFigures = (term: string): number[] | undefined => {
    const figure = figureOf(term)
    const ids = figure ? figuresByKind.get(figure[1]) : undefined
    if (!figure || !ids) return undefined
    const [value] = figure
    // The first id at or above value / NEAR_FIGURE.
    let low = 0
    for (let high = ids.length; low < high; ) {
      const middle = (low + high) >> 1
      if (figureValues[ids[middle]!]! < value / NEAR_FIGURE) low = middle + 1
      else high = middle
    }
    const near: number[] = []
    for (let at = low; at < ids.length && figureValues[ids[at]!]! <= value * NEAR_FIGURE; at++) if (termOf[ids[at]!] !== term) near.push(ids[at]!)
    return near.sort((a, b) => Math.abs(Math.log(figureValues[a]! / value)) - Math.abs(Math.log(figureValues[b]! / value)) || a - b)
  }

  const scoringTerms = (terms: QueryTerms): ScoringTerms => {
    const stamp = ++sentenceStamp
    const list = [...terms.weights.keys()]
    const ids = new Int32Array(list.length)
    const termWeights = new Float64Array(list.length)
    const near: Array<number[] | undefined> = []
    list.forEach((term, at) => {
      const id = termIds.get(term)
      ids[at] = id ?? -1
      termWeights[at] = terms.weights.get(term)!
      near.push(nearIds(term))
      if (id !== undefined) credits[id] = terms.credit.get(term) ?? 0
    })
    // A claim term near one of the sentence's (non-source) terms is covered at NEAR_CREDIT.
    for (const sentenceTerms of terms.prefixes.values()) {
      for (const term of sentenceTerms) for (const id of nearIds(term) ?? []) nearCoverage[id] = stamp
    }
    return {terms, list, ids, weights: termWeights, near, stamp, released: false}
  }

  /** Clear what `scoringTerms` wrote into the shared credit array. */
  const releaseTerms = (scoring: ScoringTerms): void => {
    for (const id of scoring.ids) if (id >= 0) credits[id] = 0
    scoring.released = true
  }

  const textWeightOf = (text: number): number => {
    let weight = textWeights[text]!
    if (Number.isNaN(weight)) {
      weight = 0
      for (let at = textTermStart[text]!; at < textTermStart[text + 1]!; at++) weight += weights[textTerms[at]!]!
      textWeights[text] = weight
    }
    return weight
  }

  /** Mark the claim's vocabulary in the scratch arrays; returns its stamp. */
  const markClaim = (position: number): number => {
    const stamp = ++claimStamp
    const from = vocabStart[position]!
    for (let at = from; at < vocabStart[position + 1]!; at++) {
      inClaim[vocabTerms[at]!] = stamp
      slotInClaim[vocabTerms[at]!] = at - from
    }
    return stamp
  }

  /** The claim's vocabulary term nearest the sentence's `at`-th term: the first in the claim's order. */
  const nearInClaim = (scoring: ScoringTerms, at: number, stamp: number): number => {
    let found = -1
    for (const id of scoring.near[at] ?? []) {
      if (inClaim[id] === stamp && (found < 0 || slotInClaim[id]! < slotInClaim[found]!)) found = id
    }
    return found
  }

  /**
   * How much of the sentence the claim explains, as a share of its weight: its terms found in the
   * claim's vocabulary, and at NEAR_CREDIT those with a near term there. `near` and `explains`, when
   * given, receive the details.
   */
  const precisionOf = (scoring: ScoringTerms, position: number, near?: Map<string, string>, explains?: Set<string>): number => {
    const stamp = markClaim(position)
    let explained = 0
    for (let at = 0; at < scoring.ids.length; at++) {
      const id = scoring.ids[at]!
      if (id >= 0 && inClaim[id] === stamp) {
        explained += scoring.weights[at]!
        explains?.add(scoring.list[at]!)
        continue
      }
      const match = scoring.near[at] ? nearInClaim(scoring, at, stamp) : -1
      if (match >= 0) {
        explained += scoring.weights[at]! * NEAR_CREDIT
        explains?.add(scoring.list[at]!)
        near?.set(scoring.list[at]!, termOf[match]!)
      }
    }
    return Math.min(1, explained / scoring.terms.total)
  }

  /**
   * The most a candidate can score with this precision, whatever its wordings cover: F at full
   * coverage and the highest β, with full confidence (scores only fall short of it).
   */
  const ceilingOf = (precision: number, retrieval: number): number => f(precision, 1, FULL_BETA) * retrieval * (1 + 1e-9)

  // Set by `coverageOf`: how many content words (not figures, not actors) the wording shares.
  let sharedWords = 0

  /**
   * How much of wording `text` the sentence covers (-1: it shares no word, figures aside);
   * `shared`, when given, receives the terms. The count of shared content words is left in `sharedWords`.
   */
  const coverageOf = (scoring: ScoringTerms, text: number, shared?: Set<string>): number => {
    const textWeight = textWeightOf(text)
    if (textWeight === 0) return -1
    let covered = 0
    let matched = 0
    sharedWords = 0
    for (let at = textTermStart[text]!; at < textTermStart[text + 1]!; at++) {
      const id = textTerms[at]!
      const gained = credits[id]! || (nearCoverage[id] === scoring.stamp ? NEAR_CREDIT : 0)
      if (gained === 0) continue
      shared?.add(termOf[id]!)
      covered += weights[id]! * gained
      if (!isFigure[id]) {
        matched++
        if (!isEntity[id]) sharedWords++
      }
    }
    return matched === 0 ? -1 : Math.min(1, covered / textWeight)
  }

  /** The last candidate `scoreClaim` scored: its best wording's coverage and confidence, and its precision. */
  const last = {coverage: 0, confidence: 0, precision: 0}

  /**
   * A candidate's score: its best wording's (0: it cannot reach `cutoff`, or shares no word). The
   * best wording's coverage and confidence are left in `last`. Allocates nothing.
   */
  const scoreClaim = (scoring: ScoringTerms, position: number, bm25: number, bestBm25: number, cutoff: number): number => {
    if (scoring.terms.total === 0) return 0
    const precision = precisionOf(scoring, position)
    const retrieval = retrievalOf(bm25, bestBm25)
    // A claim that cannot reach the cutoff is not scored further.
    if (ceilingOf(precision, retrieval) < cutoff) return 0
    let bestScore = -1
    for (let text = textStart[position]!; text < textStart[position + 1]!; text++) {
      const coverage = coverageOf(scoring, text)
      if (coverage < 0) continue
      const confidence = CONFIDENCE[sharedWords] ?? 1
      const score = wordingScore(precision, coverage, confidence, retrieval)
      if (score > bestScore) {
        bestScore = score
        last.coverage = coverage
        last.confidence = confidence
      }
    }
    last.precision = precision
    return Math.max(bestScore, 0)
  }

  /**
   * A ranked candidate's details: the wording that scored best (the first of the best, as in
   * `scoreClaim`), its shared terms, near matches, and the coverage of each wording. Only while
   * `scoring` is the sentence's current one (its marks are in the scratch arrays).
   */
  const detailsOf = (scoring: ScoringTerms, scored: Scored, bestBm25: number): Details => {
    if (scoring.stamp !== sentenceStamp || scoring.released) throw new Error('a ranked claim was read after its sentence was judged')
    const {position} = scored
    const near = new Map<string, string>()
    const explains = new Set<string>()
    const precision = precisionOf(scoring, position, near, explains)
    const retrieval = retrievalOf(scored.bm25, bestBm25)
    const wordings = wordingsOf(list.claim(position))
    const coverages = new Map<IndexedText, number>()
    let best: Details | undefined
    let bestScore = -1
    for (let text = textStart[position]!; text < textStart[position + 1]!; text++) {
      const shared = new Set<string>()
      const coverage = coverageOf(scoring, text, shared)
      if (coverage < 0) continue
      const score = wordingScore(precision, coverage, CONFIDENCE[sharedWords] ?? 1, retrieval)
      const wording: IndexedText = {text: wordings[text - textStart[position]!]!, terms: textTermsOf(text)}
      coverages.set(wording, coverage)
      if (score > bestScore) {
        bestScore = score
        best = {text: wording, shared, near, coverages, explains}
      }
    }
    if (!best) throw new Error('a ranked claim shares no word with its sentence')
    return best
  }

  /** A ranked claim whose details are worked out when first read (getters on the prototype: cheap to make). */
  class LazyRankedClaim implements RankedClaim {
    readonly id: string
    readonly position: number
    score: number
    readonly bm25: number
    readonly coverage: number
    readonly confidence: number
    readonly precision: number
    differs?: Conflict['type'][]
    conflicts?: Conflict[]
    readonly #scoring: ScoringTerms
    readonly #scored: Scored
    readonly #bestBm25: number
    #details: Details | undefined

    constructor(scoring: ScoringTerms, scored: Scored, bestBm25: number) {
      this.id = list.id(scored.position)
      this.position = scored.position
      this.score = scored.score
      this.bm25 = scored.bm25
      this.coverage = scored.coverage
      this.confidence = scored.confidence
      this.precision = scored.precision
      this.differs = scored.differs
      this.#scoring = scoring
      this.#scored = scored
      this.#bestBm25 = bestBm25
    }

    get claim(): Claim {
      return list.claim(this.position)
    }
    get text(): IndexedText {
      return this.#filled().text
    }
    get shared(): Set<string> {
      return this.#filled().shared
    }
    get near(): Map<string, string> {
      return this.#filled().near
    }
    get coverages(): Map<IndexedText, number> {
      return this.#filled().coverages
    }
    get explains(): Set<string> {
      return this.#filled().explains
    }
    #filled(): Details {
      return (this.#details ??= detailsOf(this.#scoring, this.#scored, this.#bestBm25))
    }
  }

  /** A ranked claim with every detail read: a plain object, valid after its sentence is judged. */
  const settled = (r: RankedClaim): RankedClaim => ({
    id: r.id,
    claim: r.claim,
    position: r.position,
    score: r.score,
    text: r.text,
    shared: r.shared,
    coverage: r.coverage,
    precision: r.precision,
    near: r.near,
    coverages: r.coverages,
    explains: r.explains,
    confidence: r.confidence,
    bm25: r.bm25,
    ...(r.differs ? {differs: r.differs} : {}),
    ...(r.conflicts ? {conflicts: r.conflicts} : {}),
  })

  const textTermsOf = (text: number): string[] => {
    const out: string[] = []
    for (let at = textTermStart[text]!; at < textTermStart[text + 1]!; at++) out.push(termOf[textTerms[at]!]!)
    return out
  }

  /** How the sentence contradicts a ranked claim: its facts, then negation or direction (computed once per pair). */
  const conflictsOfPair = (r: RankedClaim, sentence: SentenceFacts, terms: QueryTerms): Conflict[] => {
    r.conflicts ??= findConflicts({
      sentence: sentence.assertions,
      record: assertionsOf(r.position),
      sentenceText: sentence.text,
      sentenceClauses: (sentence.clauses ??= clausesOfNormalized(terms.normalized)),
      recordText: r.text.text,
      // The claim itself, and the variants the sentence states nearly as well as the best, vouch
      // for the sentence's polarity and direction.
      recordTexts: [...r.coverages].filter(([text, coverage]) => text.text === r.claim.claim || coverage >= RESCUE * r.coverage).map(([text]) => text.text),
      wordings: wordingsOf(r.claim),
      shared: polarityTerms(r, terms),
    })
    return r.conflicts
  }

  /** The terms of all of a claim's wordings. */
  const wordingTerms = (position: number): Set<string> => {
    const out = new Set<string>()
    for (let text = textStart[position]!; text < textStart[position + 1]!; text++) {
      for (let at = textTermStart[text]!; at < textTermStart[text + 1]!; at++) out.add(termOf[textTerms[at]!]!)
    }
    return out
  }

  /**
   * The terms whose negation is compared: those the best wording shares with the sentence, and the
   * sentence's terms any other wording of the claim uses ("Most fentanyl is not smuggled between
   * ports of entry by migrants" negates "ports" and "entry", which the claim's own wording affirms,
   * though its best wording here, "Migrants crossing illegally are carrying most of the fentanyl",
   * has neither).
   */
  const polarityTerms = (r: RankedClaim, terms: QueryTerms): Set<string> => {
    const shared = new Set(r.shared)
    for (const term of wordingTerms(r.position)) if (terms.weights.has(term)) shared.add(term)
    return shared
  }

  /**
   * A sentence that differs from a claim in two identifying facts (its year and its figure, its
   * country and its figure) states another fact of the same kind, not a distortion of this one.
   */
  const differentFact = (r: Pick<RankedClaim, 'position' | 'differs'>, sentence: SentenceFacts): boolean => {
    // Each kind of conflict needs the sentence to state that kind of fact: one that states fewer
    // than two kinds cannot differ in two (and the claim's assertions need not be read).
    const {ages, figures, dates, actors} = sentence.assertions
    if (Number(ages.length > 0) + Number(figures.length > 0) + Number(dates.length > 0) + Number(actors.length > 0) < 2) return false
    if (!r.differs) {
      const record = assertionsOf(r.position)
      r.differs = factConflicts({sentence: sentence.assertions, record}, false).map((c) => c.type)
      // "More than 60 million pills in 2024" against "more than 77 million … in 2023": both bounds can
      // hold, but with the other year they state another year's count.
      if (!r.differs.includes('number') && boundsAnother(sentence.assertions, record)) r.differs.push('number')
    }
    return r.differs.filter((type) => IDENTIFYING.has(type)).length >= 2
  }

  /**
   * The `limit` best claims for the sentence. `minScore` is for callers that do not list the
   * ranking: when no candidate reaches it there is nothing to judge, and otherwise only the claims
   * that could be reported are returned (see `reportableHead`). The claims' details can be read
   * until `scoring` is released.
   */
  const rankTerms = (scoring: ScoringTerms, limit: number, sentence: SentenceFacts, minScore = -Infinity): RankedClaim[] => {
    const queryIds: number[] = []
    for (const id of scoring.ids) if (id >= 0) queryIds.push(id)
    const retrieved = retrieveCandidates(index, queryIds, Math.max(RETRIEVE, limit))
    const bestBm25 = retrieved[0]?.bm25 ?? 0
    // Most sentences resemble no claim enough to be reported: when no candidate's ceiling reaches
    // `minScore`, the sentence ends here, before any wording is scored.
    if (minScore > -Infinity) {
      if (scoring.terms.total === 0) return []
      let reachable = false
      for (const {index: position, bm25} of retrieved) {
        if (ceilingOf(precisionOf(scoring, position), retrievalOf(bm25, bestBm25)) >= minScore) {
          reachable = true
          break
        }
      }
      if (!reachable) return []
    }
    const depth = Math.max(limit, CHECK_DEPTH)
    const scored: Scored[] = []
    // The `depth` best scores so far, ascending: a claim that cannot beat the lowest of them
    // cannot enter the judged head.
    const best: number[] = []
    for (const {index: position, bm25} of retrieved) {
      const score = scoreClaim(scoring, position, bm25, bestBm25, best.length === depth ? best[0]! : 0)
      if (score <= 0) continue
      scored.push({position, bm25, score, coverage: last.coverage, confidence: last.confidence, precision: last.precision})
      if (best.length < depth || score > best[0]!) {
        if (best.length === depth) best.shift()
        let at = best.length
        while (at > 0 && best[at - 1]! > score) at--
        best.splice(at, 0, score)
      }
    }
    scored.sort(byScore)
    // Ranking down a claim only lowers its score: below `minScore` nothing can be reported.
    if (!(scored[0] && scored[0].score >= minScore)) return []
    const head = scored.slice(0, depth)
    const ranked = minScore > -Infinity ? reportableHead(head, limit, sentence, minScore) : undefined
    return (ranked ?? rankHead(head, limit, sentence)).map((candidate) => new LazyRankedClaim(scoring, candidate, bestBm25))
  }

  /** Best score first; ties by claim id. */
  const byScore = (a: Scored, b: Scored): number => b.score - a.score || compareIds(list.id(a.position), list.id(b.position))

  /**
   * Claims that state another fact of the same kind rank below those the sentence may restate.
   * The head is checked best first; once `limit` claims rank above the next one's score as it
   * stands, no later claim can enter the ranking (ranking down only lowers a score).
   */
  const rankHead = (head: Scored[], limit: number, sentence: SentenceFacts): Scored[] => {
    const checked: Scored[] = []
    for (const candidate of head) {
      if (checked.length >= limit && checked[limit - 1]!.score > candidate.score) break
      if (differentFact(candidate, sentence)) candidate.score *= DIFFERENT_FACT
      let at = checked.length
      while (at > 0 && byScore(checked[at - 1]!, candidate) > 0) at--
      checked.splice(at, 0, candidate)
    }
    return checked.slice(0, limit)
  }

  /**
   * For a judgement that lists no ranking: only the claims of the `limit` best that could be
   * reported, in ranking order. A claim can be reported if it reaches `minScore`, or as a second
   * finding if it covers its wording well, and if the sentence does not state another fact than
   * it (see `differentFact`); no other is ever read. Only those are checked for a different fact,
   * unless the others could push one of them out of the `limit` best (then `undefined`: rank them
   * all). Scores only go down, so a claim not checked ranks no higher than it stands.
   */
  const reportableHead = (head: Scored[], limit: number, sentence: SentenceFacts, minScore: number): Scored[] | undefined => {
    const reportable = head.filter((candidate) => candidate.score >= minScore || candidate.coverage >= SECOND_COVERAGE)
    const lowered = new Set(reportable.filter((candidate) => differentFact(candidate, sentence)))
    const scoreOf = (candidate: Scored): number => (lowered.has(candidate) ? candidate.score * DIFFERENT_FACT : candidate.score)
    const kept = reportable.filter((candidate) => !lowered.has(candidate))
    for (const candidate of kept) {
      if (head.filter((other) => other !== candidate && scoreOf(other) >= candidate.score).length >= limit) return undefined
    }
    return kept.sort(byScore)
  }

  /** What a claim asserts, read from the index (where it is stored as JSON) on first use. */
  const assertionsOf = (position: number): Assertions => {
    let assertions = recordAssertions.get(position)
    if (!assertions) {
      assertions = JSON.parse(index.assertions[position]!) as Assertions
      recordAssertions.set(position, assertions)
    }
    return assertions
  }

  /**
   * Does the sentence use one of the words or phrases the claim requires (Claim.requires), if it
   * names any? A judgement passes over a claim it does not; a ranking (`rank`, `claims search`)
   * still lists it, for how much the sentence resembles it.
   */
  const statesRequired = (position: number, tokens: readonly Token[]): boolean => {
    const required = assertionsOf(position).requires
    return !required || required.some((phrase) => hasRun(tokens, phrase))
  }

  return {
    index,
    rank(text, limit) {
      const terms = query(text)
      const scoring = scoringTerms(terms)
      try {
        // Details read now, while the sentence's marks are in place.
        return rankTerms(scoring, limit, {text, assertions: readAssertions(text, terms.tokens)}).map(settled)
      } finally {
        releaseTerms(scoring)
      }
    },
    judge(sentence, options, context = {}) {
      const terms = query(sentence.text)
      const scoring = scoringTerms(terms)
      try {
        const ignored = new Set(sentence.ignore ?? [])
        // A question asserts nothing: it is neither matched nor flagged ("Is fentanyl really 1,000
        // times stronger than heroin?" is not the false claim).
        const silenced = ignored.has('*') || isQuestion(sentence.text)
        const assertions = readAssertions(sentence.text, terms.tokens)
        const facts: SentenceFacts = {text: sentence.text, assertions}
        // "Critics say China has done nothing since 2019. That is not true: …": the next sentence
        // denies all of this one, as "…, a claim that is not true" would; so does a table row's
        // rating ("| Fentanyl kills 300,000 Americans a year | False |").
        if (sentence.denied || (context.next !== undefined && deniesPrevious(context.next))) facts.clauses = clausesOfNormalized(terms.normalized, true)
        // Without --top the ranking is not listed: a sentence no claim resembles enough ends here.
        const floor = options.top > 0 ? undefined : options.minScore
        const ranked = silenced
          ? []
          : rankTerms(scoring, Math.max(options.top, 10), facts, floor).filter((r) => !ignored.has(r.id) && statesRequired(r.position, terms.tokens))
        const checkWorthy = isCheckWorthy(sentence.text, assertions, terms.tokens.filter((token) => token.isTerm).length)
        /** Does either claim name the other as related (Claim.related)? */
        const related = (a: RankedClaim, b: RankedClaim): boolean => Boolean(a.claim.related?.includes(b.id) || b.claim.related?.includes(a.id))
        const negationOf = (r: RankedClaim): Conflict | undefined => conflictsOfPair(r, facts, terms).find((c) => c.type === 'negation')
        /**
         * A negation conflict with an accurate claim is a misreading when the sentence, negative, denies
         * an affirmative false claim the database relates to it that reaches --min-score, and either
         * the accurate claim is negative too ("No, you cannot overdose on fentanyl just by touching
         * it" denies the myth in the myth's own word order, and so states the correction, whose
         * wording puts "touching" before its "not") or the sentence affirms words of the accurate
         * claim that the false one lacks ("Fentanyl is not the leading cause of death among all
         * American adults, only among those aged 18 to 45").
         */
        const deniesRelatedFalsehood = (r: RankedClaim): boolean => {
          const own = negationOf(r)
          if (own === undefined || own.article === 'affirms' || !isAccurate(statusOf(r))) return false
          return ranked.some((other) => {
            if (other === r || other.score < options.minScore || statusOf(other) !== 'false') return false
            if (!related(r, other)) return false
            const theirs = negationOf(other)
            if (theirs === undefined || theirs.article === 'affirms' || theirs.record !== 'affirms') return false
            return own.record !== 'affirms' || affirmsOwnWords(r, other)
          })
        }
        /**
         * Does the sentence affirm, in a clause after its first negation, a word of `r`'s wordings that
         * `other`'s lack (", only among those aged 18 to 45")? (Not words before the negation: the
         * subject of "The HALT Fentanyl Act was not signed …" restates nothing; nor actors.)
         */
        const affirmsOwnWords = (r: RankedClaim, other: RankedClaim): boolean => {
          const clauses = (facts.clauses ??= clausesOfNormalized(terms.normalized))
          const negated = clauses.findIndex((clause) => clause.some((token) => NEGATION_WORDS.has(token.word)))
          if (negated < 0) return false
          const theirs = wordingTerms(other.position)
          // Words, not actors: ", according to the DEA" restates nothing.
          const own = new Set([...wordingTerms(r.position)].filter((term) => !theirs.has(term) && terms.weights.has(term) && !entityOf(term)))
          return own.size > 0 && [...polarityOf(clauses.slice(negated + 1), own, true).terms.values()].some((isNegated) => !isNegated)
        }
        /**
         * Is `r` an accurate claim the sentence agrees with, related to a false claim ranked above it
         * that the sentence reverses (negation, direction, opposite: not another year or figure, which
         * may only mean the sentence states another fact)?
         */
        const correctsRelatedFalsehood = (r: RankedClaim): boolean =>
          isAccurate(statusOf(r)) &&
          conflictsOf(r).length === 0 &&
          ranked.some(
            (other) =>
              other.score > r.score &&
              statusOf(other) === 'false' &&
              related(r, other) &&
              conflictsOf(other).some((c) => REVERSALS.has(c.type)),
          )
        const conflictsOf = (r: RankedClaim): Conflict[] => {
          const found = conflictsOfPair(r, facts, terms)
          return deniesRelatedFalsehood(r) ? found.filter((c) => c.type !== 'negation') : found
        }
        const sameFact = (r: RankedClaim): boolean => !differentFact(r, facts)
        // When the sentence says its fact held (its years, not those of a source, a scene or a
        // point of reference): a claim is judged by the verdict of that time, if it was another.
        const time = timeStated(assertions)
        const [from, to] = time ?? [options.asOf, options.asOf]
        const verdictOf = (r: RankedClaim) => verdictForTime(r.claim, from, to, options.asOf)
        const statusOf = (r: RankedClaim) => verdictOf(r).status
        /**
         * An accurate claim nearly as close (within SIBLING_MARGIN below --min-score) that agrees with
         * the sentence on the kind of fact that contradicts `r` (a year, a figure): the sentence states
         * that claim's fact, not a wrong version of r's. Ranked again only for a conflict.
         */
        const siblingAgreeing = (r: RankedClaim): RankedClaim | undefined => {
          const type = conflictsOf(r)[0]?.type
          if (type === undefined || !EXPLAINABLE.has(type)) return undefined
          const record = assertionsOf(r.position)
          return rankTerms(scoring, RETRIEVE_SIBLINGS, facts).find(
            (other) =>
              other.id !== r.id &&
              !ignored.has(other.id) &&
              other.score >= options.minScore - SIBLING_MARGIN &&
              isAccurate(statusOf(other)) &&
              statesRequired(other.position, terms.tokens) &&
              explainsConflict(type, assertions, record, assertionsOf(other.position)) &&
              conflictsOf(other).length === 0,
          )
        }
        const eligible = ranked.filter((r) => r.score >= options.minScore && sameFact(r))
        const best = eligible[0]
        /**
         * Does `r` state each year and figure in which a claim ranked above it contradicts the
         * sentence? A claim silent on them would hide the contradiction: "deaths dropped to about
         * 70,000 in 2024" is not confirmed by "the decline began in late 2023".
         */
        const accountsFor = (r: RankedClaim): boolean =>
          eligible
            .slice(0, eligible.indexOf(r))
            .every((above) =>
              conflictsOf(above).every((c) => !EXPLAINABLE.has(c.type) || explainsConflict(c.type, assertions, assertionsOf(above.position), assertionsOf(r.position))),
            )
        // A figure stated for now ("six in ten fake pills now carry a deadly dose") is not confirmed
        // by a claim that dates its facts: figures change. (A state that began then may hold now.)
        const statesNow = time === undefined && assertions.figures.length > 0 && PRESENT.test(sentence.text)
        const confirms = (r: RankedClaim): boolean => !statesNow || !assertionsOf(r.position).dates.some(isEventDate)
        let chosen: RankedClaim | undefined
        if (best) {
          /** Can `r` be reported as what the sentence states: no conflict, the claims above it accounted for, confirmed? */
          const stands = (r: RankedClaim): boolean => conflictsOf(r).length === 0 && accountsFor(r) && confirms(r)
          const agrees = (r: RankedClaim): boolean => r.score >= best.score - TIE_MARGIN && stands(r)
          // Of those, one whose figures the sentence states as its own comes first: "…, down from seven
          // in ten a year earlier" refers to a figure, it does not state it.
          chosen = eligible.find((r) => agrees(r) && fitsOwnFigures(assertions, assertionsOf(r.position))) ?? eligible.find(agrees)
          // A sentence that denies a false claim states the correction the database relates to it.
          chosen ??= eligible.find((r) => deniesRelatedFalsehood(r) && stands(r))
          // So does one that contradicts it, when the correction reaches --min-score and agrees with
          // the sentence: "Overdose deaths have been falling since late 2023, well before the change
          // of administration" against "… only started to fall after the change of administration".
          chosen ??= eligible.find((r) => correctsRelatedFalsehood(r) && accountsFor(r) && confirms(r))
          // Contradicting an accurate record is an error; contradicting a false claim is not a match.
          chosen ??= eligible.find((r) => conflictsOf(r).length > 0 && isAccurate(statusOf(r)))
          // A sentence that states another year or figure of a series the database has ("In 2023, more
          // than 100,000 Americans died" beside the 2021 and 2023 counts) is not a wrong 2021 count.
          // It is reported when the sentence states a precise figure of its own, exactly, and it reaches
          // --min-score ("In 2025, the CDC reported that 79,384 people died … in 2024": the final
          // count, not a wrong provisional estimate). A year or a round figure it shares may be a
          // wrong version of r's that happens to be the sibling's ("sanctioned 14 people" for 28).
          const sibling = chosen && siblingAgreeing(chosen)
          if (sibling) {
            const ranking = eligible.find((r) => r.id === sibling.id)
            chosen = ranking && statesPreciseFigureOf(assertions, assertionsOf(ranking.position)) && stands(ranking) ? ranking : undefined
          }
        }
        const candidates: Candidate[] | undefined =
          options.top > 0 ? ranked.slice(0, options.top).map((r) => ({id: r.id, score: round(r.score)})) : undefined
        const place = {
          line: sentence.line,
          column: sentence.column,
          endLine: sentence.endLine,
          endColumn: sentence.endColumn,
        }
        if (!chosen) {
          // With --top, a sentence whose candidates reach --min-score keeps its ranking even when no
          // claim applies (each one it resembles, it contradicts, and none is accurate).
          const keepRanking = candidates !== undefined && ranked.some((r) => r.score >= options.minScore)
          if (!keepRanking && (!checkWorthy || !options.unreviewed)) return {findings: [], checkWorthy}
          const finding: Finding = {kind: 'unreviewed', severity: 'info', ...place, sentence: sentence.text}
          if (candidates) finding.candidates = candidates
          return {finding, findings: [finding], checkWorthy}
        }

        const findingOf = (r: RankedClaim, score = r.score): Finding => {
          const {status, verdict, asOf} = verdictOf(r)
          const conflict = conflictsOf(r)[0]
          const kind = conflict ? 'conflict' : 'match'
          const finding: Finding = {
            kind,
            severity: severityOf(kind, status),
            ...place,
            sentence: sentence.text,
            score: round(score),
            claim: {id: r.claim.id, text: r.claim.claim, status, verdict, sources: r.claim.sources, ...(asOf ? {asOf} : {})},
          }
          if (conflict) finding.conflict = conflict
          if (candidates) finding.candidates = candidates
          if (options.explain) finding.explanation = explain(terms, r)
          return finding
        }

        const findings = [findingOf(chosen)]
        // A second claim the same sentence states ("the leading cause of death for 18-45 … the
        // deadliest drug threat"): its wording well covered, and the part of the sentence the first
        // claim leaves unexplained well explained by it.
        const reported = [chosen]
        for (const r of ranked) {
          if (findings.length >= MAX_FINDINGS) break
          if (reported.includes(r) || r.coverage < SECOND_COVERAGE || !sameFact(r)) continue
          // An inaccurate claim that an accurate first finding's record contradicts is not stated beside
          // it: "25% tariffs on Canada and Mexico and 10% on China" states the 10% claim, not "a 25%
          // tariff on China".
          if (isAccurate(statusOf(chosen)) && !isAccurate(statusOf(r)) && factConflicts({sentence: assertionsOf(chosen.position), record: assertionsOf(r.position)}, false).length > 0) continue
          let rest = 0
          let restExplained = 0
          for (const [term, weight] of terms.weights) {
            if (reported.some((other) => other.explains.has(term))) continue
            rest += weight
            if (r.explains.has(term)) restExplained += weight
          }
          if (rest === 0) continue
          // What it explains must be mostly what the first claim does not.
          let explained = 0
          for (const term of r.explains) explained += terms.weights.get(term) ?? 0
          if (explained === 0 || restExplained < SECOND_NOVELTY * explained) continue
          const precision = restExplained / rest
          const score = f(precision, r.coverage, SECOND_BETA) * r.confidence
          if (score < options.minScore) continue
          const conflict = conflictsOf(r)[0]
          if (conflict && (REVERSALS.has(conflict.type) || !isAccurate(statusOf(r)))) continue
          if (!conflict && !confirms(r)) continue
          reported.push(r)
          findings.push(findingOf(r, score))
        }
        return {finding: findings[0], findings, checkWorthy}
      } finally {
        releaseTerms(scoring)
      }
    },
  }
}

/** Words that state the present: "now", "today", "currently" … */
const PRESENT = /\b(?:now|today|currently|nowadays|presently|at present|these days)\b/i

/**
 * The time in which the sentence says its fact held, as [first day, last day] (YYYY-MM-DD): from
 * the start of its earliest dated event to the end of its latest ("in 2023": 2023-01-01 to
 * 2023-12-31). Dates of a source, of a scene or of a point of reference do not count.
 */
function timeStated(assertions: Assertions): [string, string] | undefined {
  let from: string | undefined
  let to: string | undefined
  for (const date of assertions.dates) {
    if (!isEventDate(date)) continue
    const month = (value: number) => String(value).padStart(2, '0')
    const first = `${date.year}-${month(date.month ?? 1)}-${month(date.day ?? 1)}`
    const lastMonth = date.month ?? 12
    // Day 0 of the next month is the last day of this one.
    const lastDay = date.day ?? new Date(Date.UTC(date.year, lastMonth, 0)).getUTCDate()
    const last = `${date.year}-${month(lastMonth)}-${month(lastDay)}`
    if (from === undefined || first < from) from = first
    if (to === undefined || last > to) to = last
  }
  return from !== undefined && to !== undefined ? [from, to] : undefined
}

/** Do the tokens' terms include `run`, in a row? */
function hasRun(tokens: readonly Token[], run: readonly string[]): boolean {
  if (run.length === 0) return false
  for (let at = 0; at + run.length <= tokens.length; at++) {
    let length = 0
    while (length < run.length && tokens[at + length]!.term === run[length]) length++
    if (length === run.length) return true
  }
  return false
}

function explain(terms: QueryTerms, ranked: RankedClaim): Explanation {
  const fuzzy: string[] = []
  for (const [word, term] of terms.fuzzy) if (ranked.shared.has(term)) fuzzy.push(`${word} → ${displayTerm(term)}`)
  for (const [term, claimTerm] of ranked.near) if (ranked.shared.has(claimTerm)) fuzzy.push(`${displayTerm(term)} ≈ ${displayTerm(claimTerm)}`)
  return {
    shared: [...ranked.shared].map(displayTerm).sort(),
    fuzzy: [...new Set(fuzzy)].sort(),
    missing: ranked.text.terms.filter((t) => !ranked.shared.has(t)).map(displayTerm).sort(),
    matchedText: ranked.text.text,
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000
