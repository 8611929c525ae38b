// The claims as the matcher sees them: each text (claim and variants) as weighted terms, an
// inverted index for candidate retrieval (Okapi BM25), and a vocabulary for fuzzy term lookup.
import type {Claim} from '../types.js'
import {toTerms} from './normalize.js'

export interface IndexedText {
  text: string
  /** term → occurrences */
  terms: Map<string, number>
}

export interface IndexedClaim {
  claim: Claim
  texts: IndexedText[]
  /** Every term of every text: a sentence word is "explained" by the claim if any wording uses it. */
  vocabulary: Set<string>
  /** Number of term occurrences over all texts, for BM25 length normalisation. */
  length: number
}

export interface ClaimIndex {
  claims: IndexedClaim[]
  /** term → indices of claims containing it, ascending. */
  postings: Map<string, Uint32Array>
  /** term → BM25 inverse document frequency. */
  idf: Map<string, number>
  averageLength: number
  /** Inverse document frequency given to a term no claim has. */
  unseenIdf: number
}

const countTerms = (terms: string[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

export function bm25Idf(total: number, documentFrequency: number): number {
  return Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5))
}

/** Build the index once per run; cost is linear in the database size. */
export function buildClaimIndex(claims: readonly Claim[]): ClaimIndex {
  const indexed: IndexedClaim[] = []
  const lists = new Map<string, number[]>()
  let totalLength = 0
  claims.forEach((claim, position) => {
    const texts = [claim.claim, ...(claim.variants ?? [])].map((text) => ({text, terms: countTerms(toTerms(text))}))
    const seen = new Set<string>()
    let length = 0
    for (const text of texts) {
      for (const [term, count] of text.terms) {
        length += count
        if (seen.has(term)) continue
        seen.add(term)
        let list = lists.get(term)
        if (!list) lists.set(term, (list = []))
        list.push(position)
      }
    }
    totalLength += length
    indexed.push({claim, texts, vocabulary: seen, length})
  })
  const postings = new Map<string, Uint32Array>()
  const idf = new Map<string, number>()
  for (const [term, list] of lists) {
    postings.set(term, Uint32Array.from(list))
    idf.set(term, bm25Idf(claims.length, list.length))
  }
  return {
    claims: indexed,
    postings,
    idf,
    averageLength: claims.length > 0 ? totalLength / claims.length : 0,
    unseenIdf: bm25Idf(Math.max(claims.length, 1), 0),
  }
}

export interface Retrieved {
  index: number
  bm25: number
}

/** Per index: each term's BM25 contribution per claim of its posting list, and score buffers. */
interface RetrievalState {
  contributions: Map<string, Float64Array>
  scores: Float64Array
  touched: Uint8Array
}

const retrievalStates = new WeakMap<ClaimIndex, RetrievalState>()

const K1 = 1.2
const B = 0.75

/** The term's BM25 contribution to each claim in its posting list (computed once per index). */
function contributionsOf(index: ClaimIndex, state: RetrievalState, term: string, list: Uint32Array): Float64Array {
  let values = state.contributions.get(term)
  if (!values) {
    const idf = index.idf.get(term) ?? 0
    values = new Float64Array(list.length)
    for (let at = 0; at < list.length; at++) {
      const claim = index.claims[list[at]!]!
      let frequency = 0
      for (const text of claim.texts) frequency += text.terms.get(term) ?? 0
      const norm = K1 * (1 - B + (B * claim.length) / (index.averageLength || 1))
      values[at] = (idf * frequency * (K1 + 1)) / (frequency + norm)
    }
    state.contributions.set(term, values)
  }
  return values
}

/** Is (score a, index a) ranked before (score b, index b)? Best score first, then lower index. */
const before = (scoreA: number, indexA: number, scoreB: number, indexB: number): boolean =>
  scoreA > scoreB || (scoreA === scoreB && indexA < indexB)

/**
 * Okapi BM25 (k1 1.2, b 0.75) over the claims, best first. Rare terms are scored first; very
 * common terms only add to claims already found, so cost stays sublinear in the database size.
 * Contributions are computed once per term and index; scores accumulate in a typed array and
 * only the `limit` best are sorted.
 */
export function retrieveCandidates(index: ClaimIndex, queryTerms: Iterable<string>, limit: number): Retrieved[] {
  const total = index.claims.length
  let state = retrievalStates.get(index)
  if (!state || state.scores.length !== total) {
    state = {contributions: new Map(), scores: new Float64Array(total), touched: new Uint8Array(total)}
    retrievalStates.set(index, state)
  }
  const {scores, touched} = state
  const terms = [...new Set(queryTerms)]
    .map((term) => ({term, list: index.postings.get(term)}))
    .filter((entry): entry is {term: string; list: Uint32Array} => entry.list !== undefined)
    .sort((x, y) => x.list.length - y.list.length)
  // Claims scored so far, in the order first scored.
  const found: number[] = []
  const commonCutoff = Math.max(200, total * 0.02)
  for (const {term, list} of terms) {
    const values = contributionsOf(index, state, term, list)
    if (list.length > commonCutoff && found.length >= limit) {
      for (const position of found) {
        const at = binarySearch(list, position)
        if (at >= 0) scores[position]! += values[at]!
      }
    } else {
      for (let at = 0; at < list.length; at++) {
        const position = list[at]!
        if (touched[position] === 0) {
          touched[position] = 1
          found.push(position)
        }
        scores[position]! += values[at]!
      }
    }
  }
  // The `limit` best in a heap whose root is the worst kept.
  const heap: number[] = []
  const worse = (a: number, b: number): boolean => before(scores[b]!, b, scores[a]!, a)
  const siftDown = (from: number): void => {
    for (let at = from; ; ) {
      const left = 2 * at + 1
      const right = left + 1
      let worst = at
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right
      if (worst === at) return
      ;[heap[at], heap[worst]] = [heap[worst]!, heap[at]!]
      at = worst
    }
  }
  for (const position of found) {
    if (heap.length < limit) {
      heap.push(position)
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1
        if (!worse(heap[at]!, heap[parent]!)) break
        ;[heap[at], heap[parent]] = [heap[parent]!, heap[at]!]
        at = parent
      }
    } else if (limit > 0 && before(scores[position]!, position, scores[heap[0]!]!, heap[0]!)) {
      heap[0] = position
      siftDown(0)
    }
  }
  const out = heap.map((position) => ({index: position, bm25: scores[position]!}))
  out.sort((x, y) => y.bm25 - x.bm25 || x.index - y.index)
  for (const position of found) {
    scores[position] = 0
    touched[position] = 0
  }
  return out
}

/** Where `value` is in the ascending `list`, or -1. */
function binarySearch(list: Uint32Array, value: number): number {
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const item = list[middle]!
    if (item === value) return middle
    if (item < value) low = middle + 1
    else high = middle - 1
  }
  return -1
}
