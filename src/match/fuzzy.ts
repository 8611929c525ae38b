// Typo-tolerant term lookup with fuse.js: a sentence word the claims never use ("fentanil",
// "goverment") is compared with the database's vocabulary and read as the closest term.
// The vocabulary is split by first letter so each lookup scans a small list; results are cached.
import Fuse from 'fuse.js'
import {stemmer} from 'stemmer'
import type {ClaimIndex} from './claim-index.js'

export interface FuzzyLookup {
  /** The vocabulary term closest to `word`, if close enough. */
  correct(word: string, term: string): string | undefined
}

const MIN_LENGTH = 5
const THRESHOLD = 0.25
/** Words whose lookup is remembered; emptied when full, so memory stays flat on any input. */
const CACHE_SIZE = 50_000

export function createFuzzyLookup(index: ClaimIndex): FuzzyLookup {
  const buckets = new Map<string, string[]>()
  for (const term of index.terms) {
    if (term.startsWith('~') || term.length < MIN_LENGTH - 1) continue
    const key = term[0]!
    const list = buckets.get(key)
    if (list) list.push(term)
    else buckets.set(key, [term])
  }
  const engines = new Map<string, Fuse<string>>()
  const cache = new Map<string, string | undefined>()

  const engineFor = (key: string): Fuse<string> | undefined => {
    let engine = engines.get(key)
    if (!engine) {
      const list = buckets.get(key)
      if (!list) return undefined
      engine = new Fuse(list, {includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true})
      engines.set(key, engine)
    }
    return engine
  }

  return {
    correct(word, term) {
      if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined
      if (cache.has(word)) return cache.get(word)
      let best: string | undefined
      const engine = engineFor(term[0] ?? word[0]!)
      if (engine) {
        // Compare stems, and the word itself, since a typo can change what the stemmer does.
        for (const query of new Set([term, stemmer(word)])) {
          const [hit] = engine.search(query, {limit: 1})
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
