// Typo-tolerant term lookup with fuse.js: a sentence word the claims never use ("fentanil",
// "goverment") is compared with the database's vocabulary and read as the closest term.
// The vocabulary is split by first letter, and fuse.js searches only the terms of that list it
// could accept (see `candidatesFor`); results are cached.
import Fuse from 'fuse.js'
import {stemmer} from 'stemmer'
import type {ClaimIndex} from './claim-index.js'

export interface FuzzyLookup {
  /** The vocabulary term closest to `word`, if close enough. */
  correct(word: string, term: string): string | undefined
}

const MIN_LENGTH = 5
const THRESHOLD = 0.25
/** How fuse.js is asked (exported for the test that holds `candidatesFor` to a search of the whole list). */
export const FUSE_OPTIONS = {includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true} as const
/** fuse.js cuts longer queries into pieces of this length and averages their scores. */
const FUSE_MAX_PATTERN = 32
/** Words whose lookup is remembered; emptied when full, so memory stays flat on any input. */
const CACHE_SIZE = 50_000

/**
 * The terms of `list` fuse.js could accept for `query`, in their order. Its bitap search (with
 * FUSE_OPTIONS) accepts a term with a part at most k = ⌊THRESHOLD · length⌋ edits from the query,
 * and such a part contains one of k + 1 pieces of the query unchanged, since an edit changes at
 * most one piece. Searching only these terms gives fuse.js's best hit over the whole list (ties go
 * to the earlier term either way), with far fewer bitap runs: most terms contain no piece.
 */
export function candidatesFor(list: readonly string[], query: string): readonly string[] {
  if (query.length > FUSE_MAX_PATTERN) return list
  const count = Math.floor(query.length * THRESHOLD) + 1
  const pieces: string[] = []
  for (let at = 0; at < count; at++) pieces.push(query.slice(Math.floor((at * query.length) / count), Math.floor(((at + 1) * query.length) / count)))
  return list.filter((term) => pieces.some((piece) => term.includes(piece)))
}

export function createFuzzyLookup(index: ClaimIndex): FuzzyLookup {
  const buckets = new Map<string, string[]>()
  for (const term of index.terms) {
    if (term.startsWith('~') || term.length < MIN_LENGTH - 1) continue
    const key = term[0]!
    const list = buckets.get(key)
    if (list) list.push(term)
    else buckets.set(key, [term])
  }
  const cache = new Map<string, string | undefined>()

  return {
    correct(word, term) {
      if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined
      if (cache.has(word)) return cache.get(word)
      let best: string | undefined
      const bucket = buckets.get(term[0] ?? word[0]!)
      if (bucket) {
        // Compare stems, and the word itself, since a typo can change what the stemmer does.
        for (const query of new Set([term, stemmer(word)])) {
          const candidates = candidatesFor(bucket, query)
          if (candidates.length === 0) continue
          const [hit] = new Fuse(candidates, FUSE_OPTIONS).search(query, {limit: 1})
          if (hit && (hit.score ?? 1) <= THRESHOLD && Math.abs(hit.item.length - query.length) <= 2) {
            best = hit.item
            break
          }
        }
      }
      if (cache.size >= CACHE_SIZE) cache.clear()
      cache.set(word, best)
      return best
    },
  }
}
