#!/usr/bin/env node
// node eval/round-figures.mjs [--quiet]
// A probe for false alarms, beside eval/alter.mjs: every figure stated without a hedge in a wording
// of a bundled claim rated true or mostly-true is rounded as an article rounds it, to two
// significant digits: "about 15,000 pounds" for 14,700, "more than 86%" for 86.3%, "nearly 110,000"
// for 107,941. The rounded sentence still states the claim, so any conflict is a false alarm.
// Prints each, then the count. Uses dist/, so build first.
import {falseAlarmProbe} from './probe.mjs'

// Counts with thousands separators, and figures before a unit (as eval/alter.mjs finds them), with
// no hedge before them.
const FIGURE =
  /(?<!(?:about|around|roughly|nearly|almost|some|over|than|approximately|up to|under|\$)\s*)(?<![\d.,$])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s*(?:%|percent|people|deaths|pills|pounds|kilograms|troops|billion|million)))(?![\d,]*\d)/g

/** `value` to two significant digits, rounded with `round` (Math.round, Math.floor or Math.ceil). */
function twoDigits(value, round) {
  const step = 10 ** (Math.floor(Math.log10(value)) - 1)
  return Number((round(value / step) * step).toPrecision(12))
}

function alterations(text) {
  const out = []
  for (const match of text.matchAll(FIGURE)) {
    const value = Number(match[0].replace(/,/g, ''))
    // Small counts are stated exactly.
    if (value < 20) continue
    const format = (rounded) => (match[0].includes(',') || rounded >= 10000 ? rounded.toLocaleString('en-US') : String(rounded))
    const put = (words) => text.slice(0, match.index) + words + text.slice(match.index + match[0].length)
    const about = twoDigits(value, Math.round)
    const floor = twoDigits(value, Math.floor)
    const ceil = twoDigits(value, Math.ceil)
    if (about !== value) out.push(['about', put(`about ${format(about)}`)])
    if (floor < value) out.push(['more than', put(`more than ${format(floor)}`)])
    if (ceil > value) out.push(['nearly', put(`nearly ${format(ceil)}`)])
  }
  return out
}

await falseAlarmProbe(alterations, {noun: 'accurate sentences with a figure rounded'})
