#!/usr/bin/env node
// node eval/cut-dates.mjs [--quiet]
// A probe for date false alarms, the counterpart of eval/alter.mjs: every wording of every bundled
// claim that has a date with a month is cut to its year ("on 30 October 2025" → "in 2025") and
// checked with the default settings. The sentence is still accurate, so a date conflict is a false
// alarm. Prints each, then the count. Uses dist/, so build first.
import {probe} from './probe.mjs'

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)'
// "on November 10, 2025", "on 30 October 2025", "in March 2025": each becomes "in <year>".
const DATES = [
  new RegExp(`\\b(?:on|in)?\\s*${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'g'),
  new RegExp(`\\b(?:on|in)?\\s*\\d{1,2}\\s+${MONTH},?\\s+(\\d{4})`, 'g'),
  new RegExp(`\\b(?:on|in)?\\s*${MONTH},?\\s+(\\d{4})`, 'g'),
]

/** The wording with its month dates cut to the year, when it has any. */
function cut(text) {
  let altered = text
  for (const pattern of DATES) altered = altered.replace(pattern, (_, year) => ` in ${year}`)
  altered = altered.replace(/\s+/g, ' ').trim()
  return altered === text ? [] : [['cut', altered]]
}

await probe(cut, {
  counts: (finding) => finding.kind === 'conflict' && finding.conflict.type === 'date',
  line: (_, altered, finding) => `${altered}\n    ${finding.claim.id}: ${finding.conflict.article} ≠ ${finding.conflict.record}`,
  summary: (probes, found) => `${probes} sentences with their month dates cut to the year, ${found} date conflicts`,
})
