#!/usr/bin/env node
// node eval/cut-dates.mjs [--quiet]
// A probe for date false alarms, the counterpart of eval/alter.mjs: every wording of every bundled
// claim that has a date with a month is cut to its year ("on 30 October 2025" → "in 2025") and
// checked with the default settings. The sentence is still accurate, so a date conflict is a false
// alarm. Prints each, then the count. Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'

const quiet = process.argv.includes('--quiet')
const database = await loadClaims([DEFAULT_CLAIMS_DIR])
const checker = createChecker(database, {asOf: '2026-11-29'})
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)'
// "on November 10, 2025", "on 30 October 2025", "in March 2025": each becomes "in <year>".
const DATES = [
  new RegExp(`\\b(?:on|in)?\\s*${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'g'),
  new RegExp(`\\b(?:on|in)?\\s*\\d{1,2}\\s+${MONTH},?\\s+(\\d{4})`, 'g'),
  new RegExp(`\\b(?:on|in)?\\s*${MONTH},?\\s+(\\d{4})`, 'g'),
]

let probes = 0
let alarms = 0
for (const claim of database.claims) {
  for (const text of [claim.claim, ...(claim.variants ?? [])]) {
    let cut = text
    for (const pattern of DATES) cut = cut.replace(pattern, (_, year) => ` in ${year}`)
    cut = cut.replace(/\s+/g, ' ').trim()
    if (cut === text) continue
    probes++
    const {findings} = await checker.checkFile(new VFile({path: 'probe', value: cut}), 'text')
    for (const finding of findings) {
      if (finding.kind !== 'conflict' || finding.conflict.type !== 'date') continue
      alarms++
      if (!quiet) console.log(`${cut}\n    ${finding.claim.id}: ${finding.conflict.article} ≠ ${finding.conflict.record}`)
    }
  }
}
console.log(`${probes} sentences with their month dates cut to the year, ${alarms} date conflicts`)
