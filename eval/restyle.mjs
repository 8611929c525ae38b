#!/usr/bin/env node
// node eval/restyle.mjs [--quiet]
// A probe for house style: every wording of every bundled claim, and each of its wrong versions (a
// figure times 3, a year minus 3, as in eval/alter.mjs), is rewritten as a wire service would write
// it: "U.S." for "US" and "United States", "percent" for "%", "Feb. 4" for "February 4" (AP's month
// abbreviations before a day), "Sept." for "September". The facts are the same, so each restyled
// sentence must get what the sentence it restyles gets from its claim: a match, a conflict of the
// same type, or nothing. Each is also checked as a Markdown paragraph, where it must stay one
// sentence. Prints each that does not, then the counts. Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'
import {EVAL_AS_OF} from './lib.mjs'

const MONTHS = {January: 'Jan.', February: 'Feb.', August: 'Aug.', September: 'Sept.', October: 'Oct.', November: 'Nov.', December: 'Dec.'}

/** The wording in wire style, or undefined when nothing changes. */
function restyle(text) {
  const styled = text
    .replace(/\bthe United States\b/g, 'the U.S.')
    .replace(/\bUnited States\b/g, 'U.S.')
    .replace(/\bUS\b/g, 'U.S.')
    .replace(/(\d)\s?%/g, '$1 percent')
    // AP abbreviates these months before a day: "Feb. 4, 2025"; a day before the month moves after it.
    .replace(/\b(\d{1,2}) (January|February|August|September|October|November|December) (\d{4})\b/g, (_, day, month, year) => `${MONTHS[month]} ${day}, ${year}`)
    .replace(/\b(January|February|August|September|October|November|December) (\d{1,2})\b/g, (_, month, day) => `${MONTHS[month]} ${day}`)
  return styled === text ? undefined : styled
}

const YEAR = /\b(?:19[5-9]\d|20[0-2]\d)\b/g
const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s*(?:%|percent|people|deaths|pills|times|pounds|million)))(?![\d,]*\d)/g

/** The wording and its wrong versions: a year minus 3, a figure times 3. */
function versions(text) {
  const out = [text]
  for (const year of new Set(text.match(YEAR) ?? [])) out.push(text.replace(new RegExp(`\\b${year}\\b`, 'g'), String(Number(year) - 3)))
  for (const match of text.matchAll(FIGURE)) {
    const value = Number(match[0].replace(/,/g, ''))
    if (value > 2) out.push(text.slice(0, match.index) + (value * 3).toLocaleString('en-US') + text.slice(match.index + match[0].length))
  }
  return out
}

const quiet = process.argv.includes('--quiet')
const database = await loadClaims([DEFAULT_CLAIMS_DIR])
const checker = createChecker(database, {asOf: EVAL_AS_OF})
/** What the sentence gets from the claim: "match", "conflict: TYPE" or "nothing". */
const verdict = async (text, id) => {
  const finding = (await checker.checkFile(new VFile({path: 'probe', value: text}), 'text')).findings.find((f) => f.claim?.id === id)
  return finding ? (finding.kind === 'conflict' ? `conflict: ${finding.conflict.type}` : finding.kind) : 'nothing'
}
/** Is the text read as one sentence in a Markdown paragraph? */
const whole = async (text) => {
  const {sentences} = await checker.checkFile(new VFile({path: 'probe.md', value: `${text}\n`}), 'markdown')
  return sentences === 1
}
let probes = 0
let differ = 0
let cut = 0
for (const claim of database.claims) {
  for (const wording of [claim.claim, ...(claim.variants ?? [])]) {
    for (const text of versions(wording)) {
      const styled = restyle(text)
      if (!styled) continue
      probes++
      if (!(await whole(styled))) {
        cut++
        if (!quiet) console.log(`${styled}\n    cut into pieces in Markdown`)
      }
      const [before, after] = [await verdict(text, claim.id), await verdict(styled, claim.id)]
      if (before === after) continue
      differ++
      if (!quiet) console.log(`${styled}\n    ${after}, unstyled: ${before} (${claim.id})`)
    }
  }
}
console.log(`${probes} sentences in wire style, ${differ} judged otherwise than in their own style, ${cut} cut into pieces in Markdown`)
