#!/usr/bin/env node
// node eval/add-context.mjs [--quiet]
// A probe for false alarms, beside eval/cut-dates.mjs: every wording of every bundled claim rated
// true or mostly-true gets a clause that sets the scene, naming other actors or another direction
// ("As China pressed Washington on fentanyl, …", "…, even as prices rose in some cities."). The
// sentence still states the claim, so any conflict is a false alarm. Prints each, then the count.
// Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'
import {ACCURATE} from './probe.mjs'

const quiet = process.argv.includes('--quiet')
const database = await loadClaims([DEFAULT_CLAIMS_DIR])
const checker = createChecker(database, {asOf: '2026-11-29'})
const lower = (text) => text[0].toLowerCase() + text.slice(1)
const CONTEXTS = [
  (text) => `As China pressed Washington on fentanyl, ${lower(text)}`,
  (text) => `Amid talks between Mexico and the United States, ${lower(text)}`,
  (text) => `${text.replace(/\.$/, '')}, officials said, as Beijing and Washington traded blame.`,
  (text) => `${text.replace(/\.$/, '')}, even as prices rose in some cities.`,
]

let probes = 0
let alarms = 0
for (const claim of database.claims) {
  if (!ACCURATE.has(claim.status)) continue
  for (const text of [claim.claim, ...(claim.variants ?? [])]) {
    for (const context of CONTEXTS) {
      const sentence = context(text)
      probes++
      const {findings} = await checker.checkFile(new VFile({path: 'probe', value: sentence}), 'text')
      for (const finding of findings) {
        if (finding.kind !== 'conflict') continue
        alarms++
        if (!quiet) console.log(`${sentence}\n    ${finding.claim.id}: ${finding.conflict.type}, ${finding.conflict.article} ≠ ${finding.conflict.record}`)
      }
    }
  }
}
console.log(`${probes} accurate sentences with a clause added, ${alarms} conflicts (false alarms)`)
