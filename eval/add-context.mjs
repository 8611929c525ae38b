#!/usr/bin/env node
// node eval/add-context.mjs [--quiet]
// A probe for false alarms, beside eval/cut-dates.mjs: every wording of every bundled claim rated
// true or mostly-true gets a clause that sets the scene, naming other actors or another direction
// ("As China pressed Washington on fentanyl, …", "…, even as prices rose in some cities."). The
// sentence still states the claim, so any conflict is a false alarm. Prints each, then the count.
// Uses dist/, so build first.
import {falseAlarmProbe, lower, unstopped} from './probe.mjs'

const CONTEXTS = [
  (text) => `As China pressed Washington on fentanyl, ${lower(text)}`,
  (text) => `Amid talks between Mexico and the United States, ${lower(text)}`,
  (text) => `${unstopped(text)}, officials said, as Beijing and Washington traded blame.`,
  (text) => `${unstopped(text)}, even as prices rose in some cities.`,
]

await falseAlarmProbe((text) => CONTEXTS.map((context) => ['context', context(text)]), {noun: 'accurate sentences with a clause added'})
