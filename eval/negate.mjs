#!/usr/bin/env node
// node eval/negate.mjs [--quiet]
// A probe for false alarms on copy that corrects a claim in its own words: every wording of every
// bundled claim rated false, misleading, unsupported or disputed that has an auxiliary verb and no
// negation of its own gets "not" after its first auxiliary ("China was the first country …" →
// "China was not the first country …").
// Such a sentence says the opposite of the claim, so a match with it is a false alarm (a reversed
// wording may still be an inaccurate claim of its own; each is printed to be read). Prints each,
// then the count. Uses dist/, so build first.
import {accurate, probe} from './probe.mjs'

/** The first auxiliary verb, not already negated, not the last word. */
const AUXILIARY = /\b(is|was|are|were|has|have|had|can|could|will|would|should|does|do|did)\b(?!\s+(?:not|no|never)\b)(?=\s+\w)/i

/** A wording that already negates something: another "not" would read as a double negation. */
const NEGATIVE = /\b(?:not|no|never|nothing|none|nobody|neither|nor|cannot|without|yet to)\b|n't\b/i

await probe(
  (text) => {
    if (NEGATIVE.test(text) || !AUXILIARY.test(text)) return []
    return [['negated', text.replace(AUXILIARY, (verb) => `${verb} not`)]]
  },
  {
    only: (claim) => !accurate(claim),
    counts: (finding) => finding.kind === 'match' && !accurate(finding.claim),
    line: (_, sentence, finding) => `${sentence}\n    matches ${finding.claim.id} (${finding.claim.status})`,
    summary: (probes, found) => `${probes} inaccurate wordings negated, ${found} reported as the claim they negate`,
  },
)
