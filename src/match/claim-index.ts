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
    indexed.push({claim, texts, length})
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

/**
 * Okapi BM25 (k1 1.2, b 0.75) over the claims, best first. Rare terms are scored first; very
 * common terms only add to claims already found, so cost stays sublinear in the database size.
 */
export function retrieveCandidates(index: ClaimIndex, queryTerms: Iterable<string>, limit: number): Retrieved[] {
  const k1 = 1.2
  const b = 0.75
  const total = index.claims.length
  const terms = [...new Set(queryTerms)]
    .map((term) => ({term, list: index.postings.get(term)}))
    .filter((entry): entry is {term: string; list: Uint32Array} => entry.list !== undefined)
    .sort((x, y) => x.list.length - y.list.length)
  const scores = new Map<number, number>()
  const commonCutoff = Math.max(200, total * 0.02)
  for (const {term, list} of terms) {
    const idf = index.idf.get(term) ?? 0
    const onlyKnown = list.length > commonCutoff && scores.size >= limit
    const add = (position: number): void => {
      const claim = index.claims[position]!
      let frequency = 0
      for (const text of claim.texts) frequency += text.terms.get(term) ?? 0
      const norm = k1 * (1 - b + (b * claim.length) / (index.averageLength || 1))
      scores.set(position, (scores.get(position) ?? 0) + (idf * frequency * (k1 + 1)) / (frequency + norm))
    }
    if (onlyKnown) {
      for (const position of scores.keys()) if (binarySearch(list, position)) add(position)
    } else {
      for (const position of list) add(position)
    }
  }
  return [...scores]
    .map(([position, bm25]) => ({index: position, bm25}))
    .sort((x, y) => y.bm25 - x.bm25 || x.index - y.index)
    .slice(0, limit)
}

function binarySearch(list: Uint32Array, value: number): boolean {
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const item = list[middle]!
    if (item === value) return true
    if (item < value) low = middle + 1
    else high = middle - 1
  }
  return false
}
