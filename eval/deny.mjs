#!/usr/bin/env node
// node eval/deny.mjs [--quiet]
// A probe for false alarms on debunking copy: every wording of every bundled claim rated false,
// misleading, unsupported or disputed is denied or asked about, as an article that debunks it does
// ("It is a myth that …", "It is false that …", "It is not true that …", "Is it true that …?", "It is
// simply false that …", "Some still say that …, a claim that is simply not true.", "The often-repeated
// claim that … is false.", "…, but experts dispute that claim.", "… That is simply not true.",
// "Contrary to claims that …, the record shows otherwise.").
// Such a sentence does not state the claim, so a match with it is a false alarm. Prints each, then
// the count. Uses dist/, so build first.
import {accurate, lower, probe, unstopped} from './probe.mjs'

const DENIALS = [
  (text) => `It is a myth that ${lower(text)}`,
  (text) => `It is false that ${lower(text)}`,
  (text) => `It is not true that ${lower(text)}`,
  (text) => `Is it true that ${lower(unstopped(text))}?`,
  (text) => `It is simply false that ${lower(text)}`,
  (text) => `Some still say that ${lower(unstopped(text))}, a claim that is simply not true.`,
  (text) => `The often-repeated claim that ${lower(unstopped(text))} is false.`,
  (text) => `${unstopped(text)}, but experts dispute that claim.`,
  (text) => `${/[.!?]$/.test(text) ? text : `${text}.`} That is simply not true.`,
  (text) => `Contrary to claims that ${lower(unstopped(text))}, the record shows otherwise.`,
  (text) => `Nor is it true that ${lower(text)}`,
  (text) => `It is also not true that ${lower(text)}`,
]

await probe((text) => DENIALS.map((denial) => ['denial', denial(text)]), {
  only: (claim) => !accurate(claim),
  counts: (finding) => finding.kind === 'match' && !accurate(finding.claim),
  line: (_, sentence, finding) => `${sentence}\n    matches ${finding.claim.id} (${finding.claim.status})`,
  summary: (probes, found) => `${probes} denials of inaccurate wordings, ${found} reported as the claim they deny`,
})
