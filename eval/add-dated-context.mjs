#!/usr/bin/env node
// node eval/add-dated-context.mjs [--quiet]
// A probe for false alarms, beside eval/add-context.mjs: every wording of every bundled claim rated
// true or mostly-true gets a clause that dates another event ("After talks stalled in 2023, …",
// "…, nearly a decade after the crisis began in 2016."). The sentence still states the claim, so
// any conflict is a false alarm. Prints each, then the count. Uses dist/, so build first.
import {falseAlarmProbe, lower, unstopped} from './probe.mjs'

const CONTEXTS = [
  (text) => `After talks stalled in 2023, ${lower(text)}`,
  (text) => `${unstopped(text)}, nearly a decade after the crisis began in 2016.`,
  (text) => `${unstopped(text)}, the first such step since 2018.`,
  (text) => `Three years after the 2022 summit, ${lower(text)}`,
]

await falseAlarmProbe((text) => CONTEXTS.map((context) => ['context', context(text)]), {noun: "accurate sentences with another event's date added"})
