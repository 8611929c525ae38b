// The accuracy probes (eval/*.mjs; see "Probes" in the README), run as a user runs them: their
// counts are the ones the README reports, so a change that lets a wrong verdict back in, or removes
// one, shows here and is written down there.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers.js'

const PROBES: Array<[string, string]> = [
  ['alter.mjs', '528 altered sentences, 0 matched with a claim rated true or mostly-true'],
  ['alter.mjs --years 1 --factor 0.5', '528 altered sentences, 8 matched with a claim rated true or mostly-true'],
  ['alter.mjs --factor 1.1', '528 altered sentences, 4 matched with a claim rated true or mostly-true'],
  ['swap-actors.mjs', '381 sentences with an actor swapped, 66 matched with a claim rated true or mostly-true'],
  ['flip-direction.mjs', '50 sentences with a direction or a unit flipped, 3 matched with a claim rated true or mostly-true'],
  ['flip-action.mjs', '159 sentences with an action or a comparison turned into its opposite, 55 matched with a claim rated true or mostly-true'],
  ['cut-dates.mjs', '190 sentences with their month dates cut to the year, 0 date conflicts'],
  ['add-context.mjs', '1344 accurate sentences with a clause added, 0 conflicts (false alarms)'],
  ['add-attribution.mjs', '1680 accurate sentences with a dated attribution, 29 conflicts (false alarms)'],
  ['add-dated-context.mjs', "1344 accurate sentences with another event's date added, 26 conflicts (false alarms)"],
  ['add-correction.mjs', '253 accurate sentences with a wrong year denied, 6 conflicts (false alarms)'],
  ['add-earlier-figure.mjs', '62 accurate sentences with an earlier count added, 0 conflicts (false alarms)'],
  ['round-figures.mjs', '111 accurate sentences with a figure rounded, 0 conflicts (false alarms)'],
  ['attribute.mjs', '2370 attributed forms of 474 wordings that find their claim, 2 no longer find it'],
  ['deny.mjs', '1764 denials of inaccurate wordings, 6 reported as the claim they deny'],
  ['negate.mjs', '58 inaccurate wordings negated, 0 reported as the claim they negate'],
  ['negate.mjs --accurate', '88 accurate wordings negated, 1 matched with a claim rated true or mostly-true'],
  ['swap-digits.mjs', '70 sentences with two digits of a figure swapped, 64 number conflicts with their claim, 6 matched with a claim rated true or mostly-true'],
  ['restyle.mjs', '562 sentences in wire style, 0 judged otherwise than in their own style, 0 cut into pieces in Markdown'],
  ['first-clause.mjs', '191 first clauses of accurate wordings, 0 findings on claims rated false, misleading, unsupported or disputed'],
]

describe('accuracy probes', () => {
  it.each(PROBES)('node eval/%s', (command, summary) => {
    const [probe, ...args] = command.split(' ')
    const run = spawnSync(process.execPath, [join(ROOT, 'eval', probe!), ...args, '--quiet'], {
      cwd: ROOT,
      env: {...process.env, FACTCHECK_NO_CACHE: '1'},
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${summary}\n`)
  })
})
