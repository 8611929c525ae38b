#!/usr/bin/env node
// node eval/first-clause.mjs [--quiet]
// A probe for wrong verdicts on true sentences, beside eval/add-context.mjs: every wording of every
// bundled claim rated true or mostly-true is cut to its first clause (before the first comma,
// semicolon, "and", "but", "while", "after" or "as"), when that leaves five words or more. The cut
// sentence says less but nothing false, so a finding on a claim rated false, misleading, unsupported
// or disputed is suspect: a false claim the sentence states only part of. Prints each, then the
// count. Uses dist/, so build first.
import {accurate, probe, unstopped} from './probe.mjs'

const WRONG = new Set(['false', 'misleading', 'unsupported', 'disputed'])

await probe(
  (text) => {
    const first = text.split(/,|;|\s+(?:and|but|while|after|as)\s+/)[0].trim()
    return first !== text && first.split(/\s+/).length >= 5 ? [['first clause', `${unstopped(first)}.`]] : []
  },
  {
    only: accurate,
    counts: (finding) => finding.claim !== undefined && WRONG.has(finding.claim.status),
    line: (_, sentence, finding) => `${sentence}\n    ${finding.kind} ${finding.claim.id} (${finding.claim.status}, ${finding.score})`,
    summary: (probes, found) => `${probes} first clauses of accurate wordings, ${found} findings on claims rated false, misleading, unsupported or disputed`,
  },
)
