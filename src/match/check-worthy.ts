// Is a sentence a checkable statement of fact? Figures, dates, superlatives, attributions and
// named agencies or officials make it one; questions and opinion without figures do not.
import type {Assertions} from './figures.js'

const QUESTION = /\?["'”’)]*\s*$/
const OPINION = /\b(?:should|must|ought to|i think|we think|i believe|we believe|in my view|in our view|obviously|hopefully|it is time|let us|let's|need to|one can see|we should note)\b/i
const SUPERLATIVE = /\b(?:first|leading|largest|biggest|highest|lowest|deadliest|worst|most|fewest|record|primary|main source|only|never before|unprecedented|ever)\b/i
const ATTRIBUTION = /\b(?:according to|said|says|reported|reports|announced|data (?:show|shows|from)|statistics|estimated|estimates|found that|concluded|testified|declared|signed|indicted|sanctioned|designated|charged)\b/i

export function isCheckWorthy(text: string, assertions: Assertions): boolean {
  if (QUESTION.test(text)) return false
  const hasFigures = assertions.figures.length > 0 || assertions.dates.length > 0 || assertions.ages.length > 0
  if (hasFigures) return true
  if (OPINION.test(text)) return false
  if (SUPERLATIVE.test(text) || ATTRIBUTION.test(text)) return true
  return assertions.actors.some((actor) => actor.entity === 'agency' || actor.entity === 'person')
}
