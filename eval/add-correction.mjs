#!/usr/bin/env node
// node eval/add-correction.mjs [--quiet]
// A probe for false alarms on copy that corrects a wrong value: every wording of every bundled claim
// rated true or mostly-true that states a year gets the wrong year denied after it ("…, not in
// 2016 as often reported."), and every one that states a figure gets a wrong figure denied ("…;
// the figure is not 3 times that."). The sentence still states the claim, so any conflict is a
// false alarm. Prints each, then the count. Uses dist/, so build first.
import {falseAlarmProbe, unstopped} from './probe.mjs'

const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/

await falseAlarmProbe(
  (text) => {
    const year = YEAR.exec(text)
    if (!year) return []
    return [['denied year', `${unstopped(text)}, not in ${Number(year[1]) - 3} as often reported.`]]
  },
  {noun: 'accurate sentences with a wrong year denied'},
)
