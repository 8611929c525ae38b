#!/usr/bin/env node
// node eval/attribute.mjs [--quiet]
// A probe for lost findings, beside eval/add-attribution.mjs (false alarms): every wording of every
// bundled claim that finds its own claim is put in someone's mouth ("President Trump has claimed
// that …", "Chinese officials insist that …", "…, critics argue."). Who says it is not what is
// said, so each attributed sentence should still find the claim (as a match or a conflict); prints
// each that does not, then the count. Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'
import {EVAL_AS_OF} from './lib.mjs'
import {lower, unstopped} from './probe.mjs'

const ATTRIBUTIONS = [
  (text) => `President Trump has claimed that ${lower(text)}`,
  (text) => `Chinese officials insist that ${lower(text)}`,
  (text) => `${unstopped(text)}, critics argue.`,
  (text) => `A State Department spokesperson said that ${lower(text)}`,
  (text) => `${unstopped(text)}, according to officials in Washington.`,
]

const quiet = process.argv.includes('--quiet')
const database = await loadClaims([DEFAULT_CLAIMS_DIR])
const checker = createChecker(database, {asOf: EVAL_AS_OF})
const finds = async (text, id) => (await checker.checkFile(new VFile({path: 'probe', value: text}), 'text')).findings.some((finding) => finding.claim?.id === id)
let wordings = 0
let probes = 0
let lost = 0
for (const claim of database.claims) {
  for (const text of [claim.claim, ...(claim.variants ?? [])]) {
    if (!(await finds(text, claim.id))) continue
    wordings++
    for (const attribution of ATTRIBUTIONS) {
      const attributed = attribution(text)
      probes++
      if (await finds(attributed, claim.id)) continue
      lost++
      if (!quiet) console.log(`${attributed}\n    loses ${claim.id}`)
    }
  }
}
console.log(`${probes} attributed forms of ${wordings} wordings that find their claim, ${lost} no longer find it`)
