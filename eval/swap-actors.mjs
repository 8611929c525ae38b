#!/usr/bin/env node
// node eval/swap-actors.mjs [--quiet]
// A probe for false reassurance, beside eval/alter.mjs: every wording of every bundled claim rated
// true or mostly-true has one actor replaced by another, in all its forms at once (China, Chinese,
// Beijing and PRC by India, Indian and New Delhi; Mexico by Colombia; Canada by Brazil; and one
// agency by another), or two actors it names trade places (US and China, US and Mexico), and each
// altered sentence is checked with the default settings. A match with a claim rated true or
// mostly-true is suspect: the sentence names another actor, or puts one in another's place. Prints
// each suspect, then the count. Uses dist/, so build first.
import {accurate, reassuranceProbe} from './probe.mjs'

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
 * Each exchange: two actors, each form of one mapped to a form of the other. A wording that names
 * both has them trade places ("China suspended cooperation with the US" → "the US suspended
 * cooperation with China").
 */
const EXCHANGES = [
  ['US ⇄ China', {'United States': 'China', US: 'PRC', 'U.S.': 'PRC', Washington: 'Beijing', Americans: 'Chinese', American: 'Chinese'}, {China: 'United States', PRC: 'US', Beijing: 'Washington', Chinese: 'American'}],
  [
    'US ⇄ Mexico',
    {'United States': 'Mexico', US: 'Mexico', 'U.S.': 'Mexico', Washington: 'Mexico City', Americans: 'Mexicans', American: 'Mexican'},
    {Mexico: 'United States', 'Mexico City': 'Washington', Mexicans: 'Americans', Mexican: 'American'},
  ],
]

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Any of `forms`, as a whole word ("U.S." included). */
const formsPattern = (forms) => new RegExp(`(?<![\\w.])(?:${forms.sort((a, b) => b.length - a.length).map(escape).join('|')})(?!\\w)`, 'g')

/** Each swap and exchange that changes `text`: [name, altered text]. */
function swaps(text) {
  const out = []
  for (const [name, forms] of SWAPS) {
    let altered = text
    for (const [from, to] of forms) altered = altered.replace(new RegExp(`\\b${from}\\b`, 'g'), to)
    if (altered !== text) out.push([name, altered])
  }
  for (const [name, one, other] of EXCHANGES) {
    if (!formsPattern(Object.keys(one)).test(text) || !formsPattern(Object.keys(other)).test(text)) continue
    const map = {...one, ...other}
    out.push([name, text.replace(formsPattern(Object.keys(map)), (form) => map[form])])
  }
  return out
}

await reassuranceProbe(swaps, {only: accurate, noun: 'sentences with an actor swapped'})
