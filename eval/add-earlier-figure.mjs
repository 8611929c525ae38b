#!/usr/bin/env node
// node eval/add-earlier-figure.mjs [--quiet]
// A probe for false alarms, beside eval/add-dated-context.mjs: every wording of every bundled claim
// rated true or mostly-true that states a count ("27,000 pounds", "107,543 overdose deaths") gets a
// clause with an earlier count of the same thing ("…, up from 13,500 pounds the year before.",
// "…, compared with 53,772 overdose deaths a decade earlier."). The sentence still states the claim,
// so any conflict is a false alarm. Prints each, then the count. Uses dist/, so build first.
import {falseAlarmProbe, unstopped} from './probe.mjs'

// A count with thousands separators and the word or two it counts.
const COUNT = /(?<![\d.,$])(\d{1,3}(?:,\d{3})+)\s+((?:[a-z-]+\s+)?(?:pounds|deaths|people|pills|doses|kilograms|troops|members))\b/i

await falseAlarmProbe(
  (text) => {
    const m = COUNT.exec(text)
    if (!m) return []
    const half = Math.round(Number(m[1].replace(/,/g, '')) / 2).toLocaleString('en-US')
    return [
      ['earlier', `${unstopped(text)}, up from ${half} ${m[2]} the year before.`],
      ['earlier', `${unstopped(text)}, compared with ${half} ${m[2]} a decade earlier.`],
    ]
  },
  {noun: 'accurate sentences with an earlier count added'},
)
