#!/usr/bin/env node
// node eval/alter.mjs [--quiet] [--years N] [--factor F]
// A probe for false reassurance, beside the labelled set: every wording of every bundled claim is
// altered, one year at a time (minus 3, or plus N with --years N) and one figure at a time (times 3,
// or F with --factor F), and each altered sentence is checked with the default settings. A match
// with a claim rated true or mostly-true is suspect: the altered sentence states another fact.
// Prints each suspect, then the count. Uses dist/, so build first. eval/cut-dates.mjs is its
// counterpart for false alarms.
import {reassuranceProbe} from './probe.mjs'

const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value) || value === 0) throw new Error(`${name} needs a number other than 0`)
  return value
}
const SHIFT = option('--years', -3)
const FACTOR = option('--factor', 3)
const YEAR = /\b(?:19[5-9]\d|20[0-2]\d)\b/g
// Counts with thousands separators, and figures before a unit.
const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s*(?:%|percent|people|deaths|pills|times|milligrams|substances|companies|tons|pounds|kilograms|billion|million)))(?![\d,]*\d)/g

/** Each alteration of `text`: [kind, altered text]. */
function alterations(text) {
  const out = []
  for (const year of new Set(text.match(YEAR) ?? [])) out.push(['year', text.replace(new RegExp(`\\b${year}\\b`, 'g'), String(Number(year) + SHIFT))])
  for (const match of text.matchAll(FIGURE)) {
    const value = Number(match[0].replace(/,/g, ''))
    if (value <= 2) continue
    out.push(['figure', text.slice(0, match.index) + (Math.round(value * FACTOR * 100) / 100).toLocaleString('en-US') + text.slice(match.index + match[0].length)])
  }
  return out.filter(([, altered]) => altered !== text)
}

await reassuranceProbe(alterations, {noun: 'altered sentences'})
