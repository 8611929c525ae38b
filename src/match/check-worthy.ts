// Is a sentence a checkable statement of fact? Figures, dates, superlatives, attributions and
// named agencies or officials make it one; questions and opinion without figures do not.
import type {Assertions, Figure} from './figures.js'
import {toTerms} from './normalize.js'

const QUESTION = /\?["'”’)]*\s*$/
const OPINION =
  /\b(?:should|must|ought to|i think|we think|i believe|we believe|in my view|in our view|obviously|hopefully|it is time|let us|let's|need to|one can see|we should note|from this perspective|it is easy to see|frankly|clearly|arguably|in other words)\b/i
const SUPERLATIVE = /\b(?:first|leading|largest|biggest|highest|lowest|deadliest|worst|most|fewest|record|primary|main source|never before|unprecedented|ever)\b/i
/** Units in which even 1 or 2 is a claim ("2 milligrams", "2%"); other small counts refer ("the two countries"). */
const MEASURES = new Set(['percent', 'usd', 'lb', 'kg', 'mg', 'pills', 'doses', 'times', 'ratio', 'days', 'months', 'years', 'hours', 'substances', 'chemicals', 'charges'])
/** Superlatives and attributions make a sentence check-worthy only with this many content words ("Be the first to comment" is not). */
const MIN_WORDS = 5
const ATTRIBUTION = /\b(?:according to|said|says|reported|reports|announced|data (?:show|shows|from)|statistics|estimated|estimates|found that|concluded|testified|declared|signed|indicted|sanctioned|designated|charged)\b/i

/**
 * A figure that states something: with a unit or a counted noun, and not "the two sides" or
 * "the two countries" (one or two of something is how prose refers, not what it claims).
 */
function substantive(figure: Figure): boolean {
  if (!figure.unit) return false
  return figure.value > 2 || MEASURES.has(figure.unit)
}

/** `termCount`: the number of matching terms in the text (`toTerms(text).length`), when the caller has it. */
/** Does the text ask rather than state ("Is fentanyl really 1,000 times stronger than heroin?")? */
export const isQuestion = (text: string): boolean => QUESTION.test(text)

export function isCheckWorthy(text: string, assertions: Assertions, termCount?: number): boolean {
  if (isQuestion(text)) return false
  const hasFigures = assertions.figures.some(substantive) || assertions.dates.length > 0 || assertions.ages.length > 0
  if (hasFigures) return true
  if (OPINION.test(text)) return false
  if ((termCount ?? toTerms(text).length) < MIN_WORDS) return false
  if (SUPERLATIVE.test(text) || ATTRIBUTION.test(text)) return true
  return assertions.actors.some((actor) => actor.entity === 'agency' || actor.entity === 'person')
}
