#!/usr/bin/env node
// node eval/flip-direction.mjs [--quiet]
// A probe for false reassurance, beside eval/alter.mjs: in every wording of every bundled claim
// rated true or mostly-true, one word that says which way something went is turned the other way
// ("rose" → "fell", "cut" → "raised", "lowest" → "highest"), or a weight changes unit ("pounds" →
// "kilograms"), and each altered sentence is checked with the default settings. A match with a claim
// rated true or mostly-true is suspect. Prints each suspect, then the count. Uses dist/, so build first.
import {accurate, reassuranceProbe, wordFlips} from './probe.mjs'

const FLIPS = [
  ['rose', 'fell'], ['fell', 'rose'], ['rise', 'fall'], ['rising', 'falling'], ['increased', 'decreased'], ['increase', 'decrease'],
  ['decline', 'increase'], ['declined', 'rose'], ['drop', 'rise'], ['dropped', 'rose'], ['higher', 'lower'], ['raised', 'lowered'],
  ['cut', 'raised'], ['doubled', 'halved'], ['lowest', 'highest'], ['highest', 'lowest'], ['pounds', 'kilograms'],
]

await reassuranceProbe(wordFlips(FLIPS), {only: accurate, noun: 'sentences with a direction or a unit flipped'})
