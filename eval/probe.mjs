// The loop the false-reassurance probes share (eval/alter.mjs, eval/swap-actors.mjs): each wording
// of each bundled claim is altered by `alterationsOf`, each altered sentence is checked with the
// default settings, and a match with a claim rated true or mostly-true is a suspect. Prints each
// suspect (unless --quiet), then the count. Uses dist/, so build first.
import {VFile} from 'vfile'
import {DEFAULT_CLAIMS_DIR, createChecker, loadClaims} from '../dist/index.js'

export const ACCURATE = new Set(['true', 'mostly-true'])

/**
 * @param {(text: string) => Array<[string, string]>} alterationsOf each alteration of a wording: [kind, altered text]
 * @param {{onlyAccurate?: boolean, noun: string}} options which claims to alter; what the count names
 */
export async function reassuranceProbe(alterationsOf, {onlyAccurate = false, noun}) {
  const quiet = process.argv.includes('--quiet')
  const database = await loadClaims([DEFAULT_CLAIMS_DIR])
  const checker = createChecker(database, {asOf: '2026-11-29'})
  let probes = 0
  let suspects = 0
  for (const claim of database.claims) {
    if (onlyAccurate && !ACCURATE.has(claim.status)) continue
    for (const text of [claim.claim, ...(claim.variants ?? [])]) {
      for (const [kind, altered] of alterationsOf(text)) {
        probes++
        const {findings} = await checker.checkFile(new VFile({path: 'probe', value: altered}), 'text')
        for (const finding of findings) {
          if (finding.kind !== 'match' || !ACCURATE.has(finding.claim.status)) continue
          suspects++
          if (!quiet) console.log(`[${kind}] ${altered}\n    matches ${finding.claim.id} (${finding.claim.status}, ${finding.score})`)
        }
      }
    }
  }
  console.log(`${probes} ${noun}, ${suspects} matched with a claim rated true or mostly-true`)
}
