// The loop the probes share (eval/alter.mjs, eval/swap-actors.mjs, eval/flip-direction.mjs,
// eval/flip-action.mjs for false reassurance; eval/cut-dates.mjs, eval/add-context.mjs,
// eval/add-attribution.mjs, eval/add-dated-context.mjs, eval/add-correction.mjs,
// eval/add-earlier-figure.mjs, eval/round-figures.mjs, eval/deny.mjs, eval/negate.mjs,
// eval/first-clause.mjs for false alarms; eval/attribute.mjs for lost findings, eval/swap-digits.mjs
// and eval/restyle.mjs have loops of their own): each wording of each bundled claim is altered by
// `alterationsOf`, each altered sentence is checked with the default settings, and the findings the
// probe looks for are counted. Prints each (unless --quiet), then the count. Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'
import {ACCURATE, EVAL_AS_OF} from './lib.mjs'

/** Is the claim (or a finding's claim) rated true or mostly-true? */
export const accurate = (claim) => ACCURATE.has(claim.status)

/**
 * @param {(text: string) => Array<[string, string]>} alterationsOf each alteration of a wording: [kind, altered text]
 * @param {{
 *   only?: (claim: any) => boolean,
 *   counts: (finding: any) => boolean,
 *   line: (kind: string, altered: string, finding: any) => string,
 *   summary: (probes: number, found: number) => string,
 * }} options which claims to alter; which findings count, how each is printed, the closing line
 */
export async function probe(alterationsOf, {only = () => true, counts, line, summary}) {
  const quiet = process.argv.includes('--quiet')
  const database = await loadClaims([DEFAULT_CLAIMS_DIR])
  const checker = createChecker(database, {asOf: EVAL_AS_OF})
  let probes = 0
  let found = 0
  for (const claim of database.claims) {
    if (!only(claim)) continue
    for (const text of [claim.claim, ...(claim.variants ?? [])]) {
      for (const [kind, altered] of alterationsOf(text)) {
        probes++
        const {findings} = await checker.checkFile(new VFile({path: 'probe', value: altered}), 'text')
        for (const finding of findings) {
          if (!counts(finding)) continue
          found++
          if (!quiet) console.log(line(kind, altered, finding))
        }
      }
    }
  }
  console.log(summary(probes, found))
}

/** A probe for false reassurance: a match with a claim rated true or mostly-true is a suspect. */
export function reassuranceProbe(alterationsOf, {only, noun}) {
  return probe(alterationsOf, {
    only,
    counts: (finding) => finding.kind === 'match' && accurate(finding.claim),
    line: (kind, altered, finding) => `[${kind}] ${altered}\n    matches ${finding.claim.id} (${finding.claim.status}, ${finding.score})`,
    summary: (probes, found) => `${probes} ${noun}, ${found} matched with a claim rated true or mostly-true`,
  })
}

/**
 * Alterations that replace one word by another: for each [from, to] pair whose word is in the text,
 * [`from → to`, the text with every such word replaced].
 * @param {Array<[string, string]>} pairs
 */
export function wordFlips(pairs) {
  return (text) => {
    const out = []
    for (const [from, to] of pairs) {
      const pattern = new RegExp(`\\b${from}\\b`, 'g')
      if (pattern.test(text)) out.push([`${from} → ${to}`, text.replace(pattern, to)])
    }
    return out
  }
}

/** A probe for false alarms: every conflict on a sentence that still states the claim is one. */
export function falseAlarmProbe(alterationsOf, {noun}) {
  return probe(alterationsOf, {
    only: accurate,
    counts: (finding) => finding.kind === 'conflict',
    line: (_, sentence, finding) => `${sentence}\n    ${finding.claim.id}: ${finding.conflict.type}, ${finding.conflict.article} ≠ ${finding.conflict.record}`,
    summary: (probes, found) => `${probes} ${noun}, ${found} conflicts (false alarms)`,
  })
}

/** The text with its first letter in lower case, to follow an opening clause. */
export const lower = (text) => text[0].toLowerCase() + text.slice(1)
/** The text without its closing full stop, to go on with a clause. */
export const unstopped = (text) => text.replace(/\.$/, '')
