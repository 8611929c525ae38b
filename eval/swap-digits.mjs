#!/usr/bin/env node
// node eval/swap-digits.mjs [--quiet]
// A probe for wrong figures an editor's typo makes: in every wording of every claim rated true or
// mostly-true, each figure of four digits or more gets its first two different adjacent digits
// swapped ("106,699" → "160,699", "21,889" → "12,889"). The altered sentence states a wrong figure
// for the claim's fact, so it should be a number conflict with that claim. Prints each sentence that
// is not (a match with a claim rated true or mostly-true is false reassurance; nothing is a miss),
// then the counts. Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'
import {EVAL_AS_OF} from './lib.mjs'
import {accurate} from './probe.mjs'

const quiet = process.argv.includes('--quiet')
// Whole numbers of four digits or more, with or without thousands separators (not years, not decimals).
const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,]*\d|\.\d)/g
const YEAR = /^(?:19|20)\d\d$/

/** The figure with its first two different adjacent digits swapped, keeping its separators. */
function swapped(figure) {
  const digits = [...figure]
  const at = digits.findIndex((digit, i) => /\d/.test(digit) && /\d/.test(digits[i + 1] ?? '') && digit !== digits[i + 1])
  if (at < 0) return undefined
  ;[digits[at], digits[at + 1]] = [digits[at + 1], digits[at]]
  return digits.join('')
}

const database = await loadClaims([DEFAULT_CLAIMS_DIR])
const checker = createChecker(database, {asOf: EVAL_AS_OF})
let sentences = 0
let flagged = 0
let reassured = 0
for (const claim of database.claims) {
  if (!accurate(claim)) continue
  for (const text of [claim.claim, ...(claim.variants ?? [])]) {
    for (const match of text.matchAll(FIGURE)) {
      if (YEAR.test(match[0])) continue
      const figure = swapped(match[0])
      if (!figure) continue
      const altered = text.slice(0, match.index) + figure + text.slice(match.index + match[0].length)
      sentences++
      const {findings} = await checker.checkFile(new VFile({path: 'probe', value: altered}), 'text')
      const own = findings.find((finding) => finding.claim?.id === claim.id)
      if (own?.kind === 'conflict' && own.conflict?.type === 'number') {
        flagged++
        continue
      }
      const reassurance = findings.find((finding) => finding.kind === 'match' && accurate(finding.claim))
      if (reassurance) reassured++
      if (!quiet) console.log(`${altered}\n    ${reassurance ? `matches ${reassurance.claim.id} (${reassurance.claim.status})` : findings[0]?.claim ? `${findings[0].kind} ${findings[0].claim.id}` : 'no finding'}`)
    }
  }
}
console.log(`${sentences} sentences with two digits of a figure swapped, ${flagged} number conflicts with their claim, ${reassured} matched with a claim rated true or mostly-true`)
