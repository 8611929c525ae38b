#!/usr/bin/env node
// node eval/add-attribution.mjs [--quiet]
// A probe for false alarms, beside eval/add-context.mjs: every wording of every bundled claim rated
// true or mostly-true is put in the mouth of a dated report or speaker ("A 2023 Reuters analysis
// found that …", "…, a spokesperson told reporters on Tuesday, June 3, 2025."). The date is when it
// was said, not when what it states happened, so any conflict is a false alarm (or a claim that is
// itself about a dated report or remark). Prints each, then the count. Uses dist/, so build first.
import {falseAlarmProbe, lower, unstopped} from './probe.mjs'

const ATTRIBUTIONS = [
  (text) => `In a report published in 2019, officials wrote that ${lower(text)}`,
  (text) => `Speaking in March 2021, a DEA official noted that ${lower(text)}`,
  (text) => `${unstopped(text)}, according to a 2024 congressional report.`,
  (text) => `A 2023 Reuters analysis found that ${lower(text)}`,
  (text) => `${unstopped(text)}, a spokesperson told reporters on Tuesday, June 3, 2025.`,
]

await falseAlarmProbe((text) => ATTRIBUTIONS.map((attribution) => ['attribution', attribution(text)]), {noun: 'accurate sentences with a dated attribution'})
