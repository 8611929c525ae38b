// The claims as the matcher sees them: each wording (claim and variants) as terms, an inverted
// index for candidate retrieval (Okapi BM25), and the vocabulary for fuzzy term lookup.
//
// Terms are numbered (term ids) and everything per claim, per wording and per term lives in flat
// typed arrays ("compressed sparse rows": the items of row r are items[start[r] .. start[r + 1])).
// At 100,000 claims that is a few tens of megabytes instead of a Map and a Set per wording, it
// loads from the on-disk cache as a handful of buffers, and the scorer reads it without hashing.
import {isClaimList, listOf} from '../claims/claim-list.js'
import type {Claim, ClaimList} from '../types.js'
import {normalizeUnit, parsePartialDate, perBase, readAssertions, unitPer, type Assertions, type Figure} from './figures.js'
import {normalizeText, tokenize, type Token} from './normalize.js'

export interface ClaimIndex {
  /** Term id → term. */
  terms: string[]
  /** Term id → BM25 inverse document frequency. */
  idf: Float64Array
  /** Claim c's vocabulary: its distinct term ids over all wordings, in first-seen order (rows of `vocabTerms`). */
  vocabStart: Uint32Array
  vocabTerms: Uint32Array
  /** Claim c's wordings: `textStart[c]` … `textStart[c + 1]` (the k-th is `[claim, ...variants][k]`). */
  textStart: Uint32Array
  /** Wording w's distinct term ids, in first-seen order (rows of `textTerms`). */
  textTermStart: Uint32Array
  textTerms: Uint32Array
  /** Term id t's claims, ascending (rows of `postings`), with the term's occurrences in each. */
  postingStart: Uint32Array
  postings: Uint32Array
  frequencies: Uint16Array
  /** Term occurrences over all wordings of each claim, for BM25 length normalisation. */
  lengths: Uint32Array
  averageLength: number
  /** Inverse document frequency given to a term no claim has. */
  unseenIdf: number
  /**
   * What each claim asserts (figures, dates, ages, actors: see {@link claimAssertions}), as JSON:
   * reading them takes longer than the rest of the index, and a run needs only those of the
   * claims its sentences resemble, so each is parsed on first use.
   */
  assertions: string[]
}

export function bm25Idf(total: number, documentFrequency: number): number {
  return Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5))
}

/** The wordings of a claim, in index order. */
export const wordingsOf = (claim: Claim): string[] => [claim.claim, ...(claim.variants ?? [])]

/** A text's tokens (terms and stop words), as the matcher reads them. */
const tokensOf = (text: string): Array<Token & {isTerm: boolean}> => tokenize(normalizeText(text))

/** A growable Uint32Array. */
class Column {
  values = new Uint32Array(1024)
  length = 0
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }
  done(): Uint32Array {
    return this.values.slice(0, this.length)
  }
}

/**
 * What a claim asserts, over all its wordings and its `facts`, for the contradiction checks.
 * `tokens`: each wording's tokens, when the caller has them.
 */
export function claimAssertions(claim: Claim, tokens: readonly (readonly Token[])[] = wordingsOf(claim).map(tokensOf)): Assertions {
  const texts = wordingsOf(claim).map((text, at) => readAssertions(text, tokens[at]))
  const assertions: Assertions = {
    figures: texts.flatMap((a, at) => a.figures.map((figure) => ({...figure, wordings: [at]}))),
    dates: texts.flatMap((a) => a.dates),
    ages: texts.flatMap((a) => a.ages),
    actors: [],
  }
  const roles = distinct(texts.flatMap((a) => a.roles ?? []))
  for (const figure of claim.facts?.numbers ?? []) {
    const per = unitPer(figure.unit)
    const fact: Figure = {value: per === undefined ? figure.value : perBase(figure.value, per), unit: normalizeUnit(figure.unit), hedge: 'exact', raw: String(figure.value)}
    if (per !== undefined) fact.per = per
    assertions.figures.push(fact)
  }
  // A fact date that is a source's date is when the claim was reported (a release, a press
  // release), not when what it states happened: "In 2024 the DEA seized 77 million pills" is not the
  // 2023 seizure reported in January 2024. It is left out.
  const published = new Set(claim.sources.map((source) => source.date))
  for (const date of claim.facts?.dates ?? []) if (!published.has(date)) assertions.dates.push(parsePartialDate(date))
  const actorText = [...wordingsOf(claim), ...(claim.facts?.actors ?? [])].join(' . ')
  assertions.actors = readAssertions(actorText).actors
  // Who says it is read wording by wording (it is the speaker of one of them).
  const speakers = new Set(texts.flatMap((a) => a.actors.filter((actor) => actor.speaker).map((actor) => actor.term)))
  for (const actor of assertions.actors) {
    if (speakers.has(actor.term)) actor.speaker = true
    else delete actor.speaker
  }
  // A figure or date stated by several wordings is one fact: every check asks whether some record
  // fact agrees, and describes them as a set, so a repeat only costs reading and comparing.
  const merged: Assertions = {...assertions, figures: distinct(assertions.figures), dates: distinct(assertions.dates), ages: distinct(assertions.ages)}
  if (roles.length > 0) merged.roles = roles
  if (claim.requires) merged.requires = claim.requires.map((phrase) => tokensOf(phrase).map((token) => token.term))
  return merged
}

/** The items that differ, first of each kept, in order. */
function distinct<T extends object>(items: T[]): T[] {
  type Tied = T & {anchors?: string[]; wordings?: number[]}
  const kept = new Map<string, Tied>()
  for (const item of items as Tied[]) {
    const {anchors, wordings, ...fact} = item
    const key = JSON.stringify(fact)
    const first = kept.get(key)
    // The same fact in several wordings is tied to the words of each, and stated by each.
    if (!first) {
      const copy: Tied = {...item}
      if (anchors) copy.anchors = [...anchors]
      if (wordings) copy.wordings = [...wordings]
      kept.set(key, copy)
      continue
    }
    if (anchors) first.anchors = [...new Set([...(first.anchors ?? []), ...anchors])]
    if (wordings) first.wordings = [...new Set([...(first.wordings ?? []), ...wordings])]
  }
  return [...kept.values()]
}

/** Build the index once per run; cost is linear in the database size. */
export function buildClaimIndex(source: readonly Claim[] | ClaimList): ClaimIndex {
  // One pass over the claims, each read and let go (a large database is never all in memory).
  const claims = isClaimList(source) ? source : listOf(source)
  const ids = new Map<string, number>()
  const terms: string[] = []
  const vocabStart = new Column()
  const vocabTerms = new Column()
  const vocabCounts = new Column()
  const textStart = new Column()
  const textTermStart = new Column()
  const textTerms = new Column()
  const lengths = new Uint32Array(claims.length)
  let totalLength = 0
  const idOf = (term: string): number => {
    let id = ids.get(term)
    if (id === undefined) {
      id = terms.length
      ids.set(term, id)
      terms.push(term)
    }
    return id
  }
  // Per claim: term id → its slot in the claim's vocabulary row (reset after each claim).
  const slotOf = new Map<number, number>()
  const assertions: string[] = []
  for (let position = 0; position < claims.length; position++) {
    const claim = claims.read(position)
    vocabStart.push(vocabTerms.length)
    textStart.push(textTermStart.length)
    let length = 0
    // Each wording is normalised once, for its terms and for what it asserts.
    const wordingTokens = wordingsOf(claim).map(tokensOf)
    for (const tokens of wordingTokens) {
      textTermStart.push(textTerms.length)
      const inText = new Set<number>()
      for (const {term, isTerm} of tokens) {
        if (!isTerm) continue
        const id = idOf(term)
        length++
        if (!inText.has(id)) {
          inText.add(id)
          textTerms.push(id)
        }
        const slot = slotOf.get(id)
        if (slot === undefined) {
          slotOf.set(id, vocabTerms.length)
          vocabTerms.push(id)
          vocabCounts.push(1)
        } else {
          vocabCounts.values[slot]!++
        }
      }
    }
    slotOf.clear()
    assertions.push(JSON.stringify(claimAssertions(claim, wordingTokens)))
    lengths[position] = length
    totalLength += length
  }
  vocabStart.push(vocabTerms.length)
  textStart.push(textTermStart.length)
  textTermStart.push(textTerms.length)

  // Postings: count, then fill (claims are visited in order, so each row is ascending).
  const vocab = vocabTerms.done()
  const counts = vocabCounts.done()
  const vocabRows = vocabStart.done()
  const postingStart = new Uint32Array(terms.length + 1)
  for (const id of vocab) postingStart[id + 1]!++
  for (let id = 0; id < terms.length; id++) postingStart[id + 1]! += postingStart[id]!
  const postings = new Uint32Array(vocab.length)
  const frequencies = new Uint16Array(vocab.length)
  const fill = postingStart.slice(0, terms.length)
  for (let claim = 0; claim < claims.length; claim++) {
    for (let at = vocabRows[claim]!; at < vocabRows[claim + 1]!; at++) {
      const id = vocab[at]!
      const slot = fill[id]!++
      postings[slot] = claim
      frequencies[slot] = Math.min(counts[at]!, 0xffff)
    }
  }
  const idf = new Float64Array(terms.length)
  for (let id = 0; id < terms.length; id++) idf[id] = bm25Idf(claims.length, postingStart[id + 1]! - postingStart[id]!)
  return {
    terms,
    idf,
    vocabStart: vocabRows,
    vocabTerms: vocab,
    textStart: textStart.done(),
    textTermStart: textTermStart.done(),
    textTerms: textTerms.done(),
    postingStart,
    postings,
    frequencies,
    lengths,
    averageLength: claims.length > 0 ? totalLength / claims.length : 0,
    unseenIdf: bm25Idf(Math.max(claims.length, 1), 0),
    assertions,
  }
}

/**
 * Does `data` have the shape of an index of `count` claims? (For an index read from the cache:
 * every row range and every id in range, so the matcher can index the arrays without checks.)
 */
export function isClaimIndex(data: unknown, count: number): data is ClaimIndex {
  if (!data || typeof data !== 'object') return false
  const index = data as Partial<Record<keyof ClaimIndex, unknown>>
  const u32 = (value: unknown): value is Uint32Array => value instanceof Uint32Array
  if (!Array.isArray(index.terms) || !index.terms.every((term) => typeof term === 'string')) return false
  if (!(index.idf instanceof Float64Array) || !(index.frequencies instanceof Uint16Array)) return false
  const {vocabStart, vocabTerms, textStart, textTermStart, textTerms, postingStart, postings, lengths} = index
  if (!u32(vocabStart) || !u32(vocabTerms) || !u32(textStart) || !u32(textTermStart) || !u32(textTerms)) return false
  if (!u32(postingStart) || !u32(postings) || !u32(lengths)) return false
  if (typeof index.averageLength !== 'number' || typeof index.unseenIdf !== 'number') return false
  if (!Array.isArray(index.assertions) || index.assertions.length !== count || !index.assertions.every((json) => typeof json === 'string')) return false
  const termCount = index.terms.length
  const rows = (start: Uint32Array, rowCount: number, items: number): boolean => {
    if (start.length !== rowCount + 1 || start[0] !== 0 || start[rowCount] !== items) return false
    for (let row = 0; row < rowCount; row++) if (start[row]! > start[row + 1]!) return false
    return true
  }
  // A plain loop: it runs over every posting of a large database on each start, before the JIT has warmed up.
  const below = (values: Uint32Array, limit: number): boolean => {
    for (let at = 0; at < values.length; at++) if (values[at]! >= limit) return false
    return true
  }
  return (
    lengths.length === count &&
    index.idf.length === termCount &&
    rows(vocabStart, count, vocabTerms.length) &&
    rows(textStart, count, textTermStart.length - 1) &&
    rows(textTermStart, textTermStart.length - 1, textTerms.length) &&
    rows(postingStart, termCount, postings.length) &&
    index.frequencies.length === postings.length &&
    below(vocabTerms, termCount) &&
    below(textTerms, termCount) &&
    below(postings, count)
  )
}

export interface Retrieved {
  index: number
  bm25: number
}

/** Per index: score buffers, reused from sentence to sentence. */
interface RetrievalState {
  scores: Float64Array
  touched: Uint8Array
  /** The claims a query has found so far, in order. */
  found: Uint32Array
  /** BM25 length normalisation of each claim. */
  norms: Float64Array
  /** Common terms: the term's occurrences in each claim (0: absent), built on first use. */
  dense: Map<number, Uint8Array>
  denseBytes: number
}

/** Memory the dense rows of common terms may take, per index. */
const DENSE_BUDGET = 48 * 2 ** 20

const retrievalStates = new WeakMap<ClaimIndex, RetrievalState>()

const K1 = 1.2
const B = 0.75

function stateOf(index: ClaimIndex): RetrievalState {
  let state = retrievalStates.get(index)
  if (!state) {
    const total = index.lengths.length
    const norms = new Float64Array(total)
    for (let claim = 0; claim < total; claim++) norms[claim] = K1 * (1 - B + (B * index.lengths[claim]!) / (index.averageLength || 1))
    state = {scores: new Float64Array(total), touched: new Uint8Array(total), found: new Uint32Array(total), norms, dense: new Map(), denseBytes: 0}
    retrievalStates.set(index, state)
  }
  return state
}

/**
 * A common term's occurrences in every claim, as one byte per claim: the claims already found are
 * looked up directly instead of walking a long posting list. Not built past the memory budget, or
 * for a term that occurs more than 255 times in one claim.
 */
function denseRow(index: ClaimIndex, state: RetrievalState, id: number): Uint8Array | undefined {
  let row = state.dense.get(id)
  if (row) return row
  const total = index.lengths.length
  if (state.denseBytes + total > DENSE_BUDGET) return undefined
  row = new Uint8Array(total)
  for (let at = index.postingStart[id]!; at < index.postingStart[id + 1]!; at++) {
    const frequency = index.frequencies[at]!
    if (frequency > 0xff) return undefined
    row[index.postings[at]!] = frequency
  }
  state.dense.set(id, row)
  state.denseBytes += total
  return row
}

/** Is (score a, index a) ranked before (score b, index b)? Best score first, then lower index. */
const before = (scoreA: number, indexA: number, scoreB: number, indexB: number): boolean =>
  scoreA > scoreB || (scoreA === scoreB && indexA < indexB)

/**
 * Okapi BM25 (k1 1.2, b 0.75) over the claims, best first, for the query's term ids. Rare terms
 * are scored first; very common terms only add to claims already found, so cost stays sublinear
 * in the database size. Scores accumulate in a typed array and only the `limit` best are sorted.
 */
export function retrieveCandidates(index: ClaimIndex, queryTerms: Iterable<number>, limit: number): Retrieved[] {
  const total = index.lengths.length
  const state = stateOf(index)
  const {scores, touched, norms, found} = state
  const {postingStart, postings, frequencies, idf} = index
  const terms = [...new Set(queryTerms)]
    .filter((id) => postingStart[id + 1]! > postingStart[id]!)
    .sort((x, y) => postingStart[x + 1]! - postingStart[x]! - (postingStart[y + 1]! - postingStart[y]!))
  // Claims scored so far, in the order first scored: found[0 .. count).
  let count = 0
  const commonCutoff = Math.max(200, total * 0.02)
  // (The loops below repeat the BM25 term, (idf · f · (k1 + 1)) / (f + norm), inline: they run
  // for thousands of postings per sentence.)
  for (const id of terms) {
    const from = postingStart[id]!
    const to = postingStart[id + 1]!
    const weight = idf[id]!
    if (to - from > commonCutoff && count >= limit) {
      // Only claims already found: look each up, or walk the list, whichever is fewer steps.
      if (count * Math.log2(to - from) < to - from) {
        for (let next = 0; next < count; next++) {
          const position = found[next]!
          const at = binarySearch(postings, from, to, position)
          if (at >= 0) scores[position]! += (weight * frequencies[at]! * (K1 + 1)) / (frequencies[at]! + norms[position]!)
        }
      } else {
        const dense = count * 2 < to - from ? denseRow(index, state, id) : undefined
        if (dense) {
          for (let next = 0; next < count; next++) {
            const position = found[next]!
            const frequency = dense[position]!
            if (frequency > 0) scores[position]! += (weight * frequency * (K1 + 1)) / (frequency + norms[position]!)
          }
        } else {
          for (let at = from; at < to; at++) {
            const position = postings[at]!
            if (touched[position] === 1) scores[position]! += (weight * frequencies[at]! * (K1 + 1)) / (frequencies[at]! + norms[position]!)
          }
        }
      }
    } else {
      for (let at = from; at < to; at++) {
        const position = postings[at]!
        if (touched[position] === 0) {
          touched[position] = 1
          found[count++] = position
        }
        scores[position]! += (weight * frequencies[at]! * (K1 + 1)) / (frequencies[at]! + norms[position]!)
      }
    }
  }
  const best = selectBest(scores, found, count, limit)
  const out = best.map((position) => ({index: position, bm25: scores[position]!}))
  for (let next = 0; next < count; next++) {
    scores[found[next]!] = 0
    touched[found[next]!] = 0
  }
  return out
}

/** The `limit` claims of found[0 .. count) with the best scores, best first (ties: lower index first). */
function selectBest(scores: Float64Array, found: Uint32Array, count: number, limit: number): number[] {
  // A heap whose root is the worst kept.
  const heap: number[] = []
  const worse = (a: number, b: number): boolean => before(scores[b]!, b, scores[a]!, a)
  for (let next = 0; next < count; next++) {
    const position = found[next]!
    if (heap.length < limit) {
      heap.push(position)
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1
        if (!worse(heap[at]!, heap[parent]!)) break
        const swap = heap[at]!
        heap[at] = heap[parent]!
        heap[parent] = swap
        at = parent
      }
    } else if (limit > 0 && before(scores[position]!, position, scores[heap[0]!]!, heap[0]!)) {
      heap[0] = position
      for (let at = 0; ; ) {
        const left = 2 * at + 1
        const right = left + 1
        let worst = at
        if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left
        if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right
        if (worst === at) break
        const swap = heap[at]!
        heap[at] = heap[worst]!
        heap[worst] = swap
        at = worst
      }
    }
  }
  return heap.sort((x, y) => scores[y]! - scores[x]! || x - y)
}

/** Where `value` is in the ascending `list[from .. to)`, or -1. */
function binarySearch(list: Uint32Array, from: number, to: number, value: number): number {
  let low = from
  let high = to - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const item = list[middle]!
    if (item === value) return middle
    if (item < value) low = middle + 1
    else high = middle - 1
  }
  return -1
}
