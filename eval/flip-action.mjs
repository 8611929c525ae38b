#!/usr/bin/env node
// node eval/flip-action.mjs [--quiet]
// A probe for false reassurance, beside eval/flip-direction.mjs: in every wording of every bundled
// claim rated true or mostly-true, one word for an action or a comparison is turned into its
// opposite ("signed" → "vetoed", "imposed" → "lifted", "added" → "removed", "first" → "last",
// "more" → "less"), and each altered sentence is checked with the default settings. A match with a
// claim rated true or mostly-true is suspect. The list has opposites the check does not know too
// (see the README). Prints each suspect, then the count. Uses dist/, so build first.
import {accurate, reassuranceProbe, wordFlips} from './probe.mjs'

const FLIPS = [
  ['imposed', 'lifted'], ['lifted', 'imposed'], ['added', 'removed'], ['removed', 'added'], ['signed', 'vetoed'], ['approved', 'rejected'],
  ['suspended', 'resumed'], ['resumed', 'suspended'], ['launched', 'disbanded'], ['banned', 'allowed'], ['agreed', 'refused'], ['passed', 'rejected'],
  ['placed', 'removed'], ['arrested', 'released'], ['began', 'stopped'], ['paused', 'imposed'], ['designated', 'delisted'], ['sanctioned', 'pardoned'],
  ['expanded', 'narrowed'], ['extended', 'ended'], ['restarted', 'halted'], ['blacklisted', 'delisted'], ['convicted', 'acquitted'], ['more', 'less'],
  ['most', 'least'], ['before', 'after'], ['after', 'before'], ['first', 'last'], ['largest', 'smallest'], ['deadliest', 'least deadly'],
  ['permanent', 'temporary'], ['temporary', 'permanent'],
]

await reassuranceProbe(wordFlips(FLIPS), {only: accurate, noun: 'sentences with an action or a comparison turned into its opposite'})
