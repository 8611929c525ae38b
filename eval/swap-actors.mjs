#!/usr/bin/env node
// node eval/swap-actors.mjs [--quiet]
// A probe for false reassurance, beside eval/alter.mjs: every wording of every bundled claim rated
// true or mostly-true has one actor replaced by another, in all its forms at once (China, Chinese,
// Beijing and PRC by India, Indian and New Delhi; Mexico by Colombia; Canada by Brazil; and one
// agency by another), and each altered sentence is checked with the default settings. A match with
// a claim rated true or mostly-true is suspect: the sentence names another actor. Prints each
// suspect, then the count. Uses dist/, so build first.
import {reassuranceProbe} from './probe.mjs'

/** Each swap: the forms of one actor (longest first) and what replaces each. */
const SWAPS = [
  ['China → India', [["People's Republic of China", 'Republic of India'], ['Chinese', 'Indian'], ['China', 'India'], ['Beijing', 'New Delhi'], ['PRC', 'Indian']]],
  ['Mexico → Colombia', [['Mexico City', 'Bogotá'], ['Mexican', 'Colombian'], ['Mexico', 'Colombia']]],
  ['Canada → Brazil', [['Canadian', 'Brazilian'], ['Canada', 'Brazil'], ['Ottawa', 'Brasília']]],
  ['CDC → FDA', [['Centers for Disease Control and Prevention', 'Food and Drug Administration'], ['CDC', 'FDA']]],
  ['DEA → FBI', [['Drug Enforcement Administration', 'Federal Bureau of Investigation'], ['DEA', 'FBI']]],
  ['Treasury → Commerce', [['Treasury Department', 'Commerce Department'], ['Treasury', 'Commerce Department']]],
]

/**
 * Each exchange: two actors' forms, each mapped to the other's. A wording that names both has them
 * trade places ("China suspended cooperation with the US" → "the US suspended cooperation with China").
 */
const EXCHANGES = [
  ['US ⇄ China', {'United States': 'China', US: 'PRC', 'U.S.': 'PRC', Washington: 'Beijing', Americans: 'Chinese', American: 'Chinese', China: 'United States', PRC: 'US', Beijing: 'Washington', Chinese: 'American'}],
  ['US ⇄ Mexico', {'United States': 'Mexico', US: 'Mexico', 'U.S.': 'Mexico', Washington: 'Mexico City', Americans: 'Mexicans', American: 'Mexican', Mexico: 'United States', 'Mexico City': 'Washington', Mexicans: 'Americans', Mexican: 'American'}],
]

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Each swap and exchange that changes `text`: [name, altered text]. */
function swaps(text) {
  const out = []
  for (const [name, forms] of SWAPS) {
    let altered = text
    for (const [from, to] of forms) altered = altered.replace(new RegExp(`\\b${from}\\b`, 'g'), to)
    if (altered !== text) out.push([name, altered])
  }
  for (const [name, map] of EXCHANGES) {
    const forms = Object.keys(map).sort((a, b) => b.length - a.length)
    const pattern = new RegExp(`(?<![\\w.])(?:${forms.map(escape).join('|')})(?![\\w])`, 'g')
    const found = new Set((text.match(pattern) ?? []).map((form) => map[form]))
    // Both actors named: some form maps to each side.
    const sides = name.split(' ⇄ ')
    if (found.size < 2 || !sides.every((side) => [...(text.match(pattern) ?? [])].some((form) => (side === 'US' ? ['United States', 'US', 'U.S.', 'Washington', 'Americans', 'American'] : Object.keys(map).filter((key) => !['United States', 'US', 'U.S.', 'Washington', 'Americans', 'American'].includes(key))).includes(form)))) continue
    out.push([name, text.replace(pattern, (form) => map[form])])
  }
  return out
}

await reassuranceProbe(swaps, {onlyAccurate: true, noun: 'sentences with an actor swapped'})
