#!/usr/bin/env node
// npm run eval [-- --json] [-- --failures] [-- --min-score X] [-- --set FILE]
// Scores the built matcher (dist/, so run `npx tsc -p .` first) on the labelled set and prints
// one table: per category and overall, precision / recall / F1 of matching at the threshold,
// false reassurance, false alarms, and MRR@5 beside a plain BM25 reference; then one line per
// threshold. Exit code 1 when a target is missed.
import {fileURLToPath} from 'node:url'
import {DEFAULT_CLAIMS_DIR, DEFAULT_MIN_SCORE, loadClaims, verdictAsOf} from '../dist/index.js'
import {createMatcher} from '../dist/match/matcher.js'
import {EVAL_AS_OF, evaluate, formatReport, loadSet, targetMisses} from './lib.mjs'

const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}
const setPath = option('--set') ?? fileURLToPath(new URL('./set.yaml', import.meta.url))
const minScore = option('--min-score') === undefined ? DEFAULT_MIN_SCORE : Number(option('--min-score'))
const asOf = option('--as-of') ?? EVAL_AS_OF

const database = await loadClaims([DEFAULT_CLAIMS_DIR])
const items = loadSet(setPath, database.claims)
const report = evaluate({createMatcher, claims: database.claims, items, minScore, asOf, verdictAsOf})
const misses = targetMisses(report)

if (args.includes('--json')) {
  const {failures, ...rest} = report
  console.log(JSON.stringify({...rest, targetsMet: misses.length === 0, misses, ...(args.includes('--failures') ? {failures} : {})}, null, 2))
} else {
  console.log(formatReport(report))
  console.log('')
  console.log(misses.length === 0 ? 'targets met: P ≥ 0.95, R ≥ 0.90, no false reassurance, false alarms ≤ 0.03, MRR@5 ≥ BM25' : `targets missed: ${misses.join('; ')}`)
  if (args.includes('--failures')) {
    console.log('\nmistakes at the default threshold:')
    for (const f of report.failures) {
      const want = [f.expect.claim, ...(f.expect.also ?? [])].flat().filter(Boolean).join(' | ') || '(none)'
      const flags = [f.falseReassurance && 'FALSE REASSURANCE', f.falseAlarm && 'FALSE ALARM'].filter(Boolean).join(', ')
      console.log(`- [${f.category}${f.expect.conflict ? `/${f.expect.conflict}` : ''}]${flags ? ` ${flags}:` : ''} ${f.text}\n    want ${want}\n    got  ${f.got.join(', ') || '(nothing)'}`)
    }
  }
}
process.exitCode = misses.length === 0 ? 0 : 1
