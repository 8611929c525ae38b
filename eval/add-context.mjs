#!/usr/bin/env node
// node eval/add-context.mjs [--quiet]
// A probe for false alarms, beside eval/cut-dates.mjs: every wording of every bundled claim rated
// true or mostly-true gets a clause that sets the scene, naming other actors or another direction
// ("As China pressed Washington on fentanyl, …", "…, even as prices rose in some cities."). The
// sentence still states the claim, so any conflict is a false alarm. Prints each, then the count.
// Uses dist/, so build first.
import {probe} from './probe.mjs'

const lower = (text) => text[0].toLowerCase() + text.slice(1)
const CONTEXTS = [
  (text) => `As China pressed Washington on fentanyl, ${lower(text)}`,
  (text) => `Amid talks between Mexico and the United States, ${lower(text)}`,
  (text) => `${text.replace(/\.$/, '')}, officials said, as Beijing and Washington traded blame.`,
  (text) => `${text.replace(/\.$/, '')}, even as prices rose in some cities.`,
]

await probe((text) => CONTEXTS.map((context) => ['context', context(text)]), {
  onlyAccurate: true,
  counts: (finding) => finding.kind === 'conflict',
  line: (_, sentence, finding) => `${sentence}\n    ${finding.claim.id}: ${finding.conflict.type}, ${finding.conflict.article} ≠ ${finding.conflict.record}`,
  summary: (probes, found) => `${probes} accurate sentences with a clause added, ${found} conflicts (false alarms)`,
})
