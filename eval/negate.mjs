#!/usr/bin/env node
// node eval/negate.mjs [--accurate] [--quiet]
// A probe for false alarms on copy that corrects a claim in its own words: every wording of every
// bundled claim rated false, misleading, unsupported or disputed that has an auxiliary verb and no
// negation of its own gets "not" after its first auxiliary ("China was the first country …" →
// "China was not the first country …").
// Such a sentence says the opposite of the claim, so a match with it is a false alarm (a reversed
// wording may still be an inaccurate claim of its own; each is printed to be read). Prints each,
// then the count. With --accurate, the wordings of claims rated true or mostly-true instead: a match
// with one is false reassurance. Uses dist/, so build first.
import {accurate, probe, reassuranceProbe} from './probe.mjs'

/** The first auxiliary verb, not already negated, not the last word. */
const AUXILIARY = /\b(is|was|are|were|has|have|had|can|could|will|would|should|does|do|did)\b(?!\s+(?:not|no|never)\b)(?=\s+\w)/i

/** A wording that already negates something: another "not" would read as a double negation. */
const NEGATIVE = /\b(?:not|no|never|nothing|none|nobody|neither|nor|cannot|without|yet to)\b|n't\b/i

const negated = (text) => (NEGATIVE.test(text) || !AUXILIARY.test(text) ? [] : [['negated', text.replace(AUXILIARY, (verb) => `${verb} not`)]])
const line = (_, sentence, finding) => `${sentence}\n    matches ${finding.claim.id} (${finding.claim.status})`

if (process.argv.includes('--accurate')) {
  // The same with claims rated true or mostly-true: the sentence denies the record, so a match (a
  // confirmation) is false reassurance; it should be a conflict.
  await reassuranceProbe(negated, {only: (claim) => accurate(claim), noun: 'accurate wordings negated'})
} else {
  await probe(negated, {
    only: (claim) => !accurate(claim),
    counts: (finding) => finding.kind === 'match' && !accurate(finding.claim),
    line,
    summary: (probes, found) => `${probes} inaccurate wordings negated, ${found} reported as the claim they negate`,
  })
}
