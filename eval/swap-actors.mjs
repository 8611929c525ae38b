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

/** Each swap that changes `text`: [name, altered text]. */
function swaps(text) {
  const out = []
  for (const [name, forms] of SWAPS) {
    let altered = text
    for (const [from, to] of forms) altered = altered.replace(new RegExp(`\\b${from}\\b`, 'g'), to)
    if (altered !== text) out.push([name, altered])
  }
  return out
}

await reassuranceProbe(swaps, {onlyAccurate: true, noun: 'sentences with an actor swapped'})
