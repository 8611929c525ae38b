// Sentence → ranked claims → one judged finding. Retrieval (BM25 over the inverted index) picks
// candidates; the scorer compares IDF-weighted terms (with fuse.js typo correction); the judge
// applies the contradiction checks and the verdict that held on the `--as-of` date.
import {verdictAsOf} from '../claims/as-of.js'
import type {Candidate, Claim, Conflict, Explanation, Finding, Sentence} from '../types.js'
import {buildClaimIndex, retrieveCandidates, type ClaimIndex, type IndexedText} from './claim-index.js'
import {isCheckWorthy} from './check-worthy.js'
import {findConflict} from './conflict.js'
import {parsePartialDate, readAssertions, type Assertions} from './figures.js'
import {createFuzzyLookup, type FuzzyLookup} from './fuzzy.js'
import {displayTerm, normalizeText, tokenize} from './normalize.js'
import {isAccurate, severityOf} from './severity.js'

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

/** A sentence's terms, each with the weight it carries. */
interface QueryTerms {
  weights: Map<string, number>
  /** word → vocabulary term, for words read through fuzzy lookup. */
  fuzzy: Map<string, string>
  total: number
}

export interface RankedClaim {
  claim: Claim
  score: number
  /** The claim text or variant that scored best. */
  text: IndexedText
  shared: Set<string>
}

/** How far below the best score a non-contradicted claim may be and still be preferred. */
const TIE_MARGIN = 0.1
/** Candidates retrieved per sentence before fine scoring. */
const RETRIEVE = 40
/** F-measure weight: covering the claim matters more than covering the whole sentence. */
const BETA = 2

export interface Matcher {
  readonly index: ClaimIndex
  rank(text: string, limit: number): RankedClaim[]
  judge(sentence: Sentence, options: JudgeOptions): {finding?: Finding; checkWorthy: boolean}
}

export function createMatcher(claims: readonly Claim[]): Matcher {
  const index = buildClaimIndex(claims)
  const fuzzy = createFuzzyLookup(index)
  const recordAssertions = new Map<Claim, Assertions>()
  const textWeights = new WeakMap<IndexedText, number>()

  const weightOf = (term: string): number => index.idf.get(term) ?? index.unseenIdf

  const query = (text: string): QueryTerms => {
    const weights = new Map<string, number>()
    const fuzzyTerms = new Map<string, string>()
    for (const token of tokenize(normalizeText(text))) {
      if (!token.isTerm || weights.has(token.term)) continue
      if (index.idf.has(token.term)) {
        weights.set(token.term, weightOf(token.term))
        continue
      }
      const corrected = fuzzy.correct(token.word, token.term)
      if (corrected && !weights.has(corrected)) {
        weights.set(corrected, weightOf(corrected) * 0.85)
        fuzzyTerms.set(token.word, corrected)
      } else {
        // A word no claim uses still counts as content the claim does not cover.
        weights.set(token.term, index.unseenIdf * 0.5)
      }
    }
    let total = 0
    for (const weight of weights.values()) total += weight
    return {weights, fuzzy: fuzzyTerms, total}
  }

  const scoreText = (terms: QueryTerms, text: IndexedText): {score: number; shared: Set<string>} => {
    let textWeight = textWeights.get(text)
    if (textWeight === undefined) {
      textWeight = 0
      for (const term of text.terms.keys()) textWeight += weightOf(term)
      textWeights.set(text, textWeight)
    }
    const shared = new Set<string>()
    let sharedWeight = 0
    for (const term of text.terms.keys()) {
      const weight = terms.weights.get(term)
      if (weight !== undefined) {
        shared.add(term)
        sharedWeight += weight
      }
    }
    if (sharedWeight === 0 || textWeight === 0 || terms.total === 0) return {score: 0, shared}
    const recall = Math.min(1, sharedWeight / textWeight)
    const precision = Math.min(1, sharedWeight / terms.total)
    let score = ((1 + BETA ** 2) * precision * recall) / (BETA ** 2 * precision + recall)
    // One shared word is a topic, not a claim.
    if (shared.size < 2) score *= 0.5
    return {score, shared}
  }

  const rankTerms = (terms: QueryTerms, limit: number): RankedClaim[] => {
    const ranked: RankedClaim[] = []
    for (const {index: position} of retrieveCandidates(index, terms.weights.keys(), Math.max(RETRIEVE, limit))) {
      const entry = index.claims[position]!
      let best: RankedClaim | undefined
      for (const text of entry.texts) {
        const {score, shared} = scoreText(terms, text)
        if (!best || score > best.score) best = {claim: entry.claim, score, text, shared}
      }
      if (best && best.score > 0) ranked.push(best)
    }
    ranked.sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id))
    return ranked.slice(0, limit)
  }

  const assertionsOf = (claim: Claim): Assertions => {
    let assertions = recordAssertions.get(claim)
    if (!assertions) {
      const texts = [claim.claim, ...(claim.variants ?? [])].map(readAssertions)
      assertions = {
        figures: texts.flatMap((a) => a.figures),
        dates: texts.flatMap((a) => a.dates),
        ages: texts.flatMap((a) => a.ages),
        actors: [],
      }
      for (const figure of claim.facts?.numbers ?? []) {
        assertions.figures.push({value: figure.value, unit: figure.unit ?? '', hedge: 'exact', raw: String(figure.value)})
      }
      for (const date of claim.facts?.dates ?? []) assertions.dates.push(parsePartialDate(date))
      const actorText = [claim.claim, ...(claim.variants ?? []), ...(claim.facts?.actors ?? [])].join(' . ')
      assertions.actors = readAssertions(actorText).actors
      recordAssertions.set(claim, assertions)
    }
    return assertions
  }

  return {
    index,
    rank(text, limit) {
      return rankTerms(query(text), limit)
    },
    judge(sentence, options) {
      const terms = query(sentence.text)
      const ignored = new Set(sentence.ignore ?? [])
      const ranked = rankTerms(terms, Math.max(options.top, 10)).filter((r) => !ignored.has(r.claim.id))
      const assertions = readAssertions(sentence.text)
      const checkWorthy = isCheckWorthy(sentence.text, assertions)
      const above = ranked.filter((r) => r.score >= options.minScore)
      const best = above[0]
      const conflicts = new Map<RankedClaim, Conflict | undefined>()
      const conflictOf = (r: RankedClaim): Conflict | undefined => {
        if (!conflicts.has(r)) {
          conflicts.set(
            r,
            findConflict({
              sentence: assertions,
              record: assertionsOf(r.claim),
              sentenceText: sentence.text,
              recordText: r.text.text,
              shared: r.shared,
            }),
          )
        }
        return conflicts.get(r)
      }
      let chosen: RankedClaim | undefined
      let conflict: Conflict | undefined
      if (best) {
        chosen = above.find((r) => r.score >= best.score - TIE_MARGIN && conflictOf(r) === undefined)
        if (!chosen) {
          // Contradicting an accurate record is an error; contradicting a false claim is not a match.
          chosen = above.find((r) => conflictOf(r) !== undefined && isAccurate(verdictAsOf(r.claim, options.asOf).status))
          conflict = chosen ? conflictOf(chosen) : undefined
        }
      }
      const candidates: Candidate[] | undefined =
        options.top > 0 ? ranked.slice(0, options.top).map((r) => ({id: r.claim.id, score: round(r.score)})) : undefined
      const place = {
        line: sentence.line,
        column: sentence.column,
        endLine: sentence.endLine,
        endColumn: sentence.endColumn,
      }
      if (!chosen) {
        if (!checkWorthy || !options.unreviewed) return {checkWorthy}
        const finding: Finding = {kind: 'unreviewed', severity: 'info', ...place, sentence: sentence.text}
        if (candidates) finding.candidates = candidates
        return {finding, checkWorthy}
      }
      const {status, verdict} = verdictAsOf(chosen.claim, options.asOf)
      const kind = conflict ? 'conflict' : 'match'
      const finding: Finding = {
        kind,
        severity: severityOf(kind, status),
        ...place,
        sentence: sentence.text,
        score: round(chosen.score),
        claim: {id: chosen.claim.id, text: chosen.claim.claim, status, verdict, sources: chosen.claim.sources},
      }
      if (conflict) finding.conflict = conflict
      if (candidates) finding.candidates = candidates
      if (options.explain) finding.explanation = explain(terms, chosen)
      return {finding, checkWorthy}
    },
  }
}

function explain(terms: QueryTerms, ranked: RankedClaim): Explanation {
  const fuzzy: string[] = []
  for (const [word, term] of terms.fuzzy) if (ranked.shared.has(term)) fuzzy.push(`${word} → ${displayTerm(term)}`)
  return {
    shared: [...ranked.shared].map(displayTerm).sort(),
    fuzzy: fuzzy.sort(),
    missing: [...ranked.text.terms.keys()].filter((t) => !ranked.shared.has(t)).map(displayTerm).sort(),
    matchedText: ranked.text.text,
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000
