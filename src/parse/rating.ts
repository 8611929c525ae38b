// Tables of claims and ratings ("| Fentanyl kills 300,000 Americans a year | False |"): a row with a
// cell that rates it false does not state what it rates. The Markdown and HTML fronts record such
// rows (SegmentData.rated); their sentences are marked `denied`, and the matcher reads them as a
// denial.

/** A whole cell that rates its row false, misleading or unproven ("False", "Mostly false", "Pants on fire"). */
const RATES_FALSE =
  /^(?:mostly\s+)?(?:false|untrue|not\s+true|wrong|incorrect|misleading|fake|a\s+myth|myth|debunked|baseless|unfounded|unproven|unsupported|pants\s+on\s+fire|four\s+pinocchios)[.!]?$/i

/** Does a table cell's text rate its row false? (Markup and surrounding space ignored.) */
export function ratesFalse(cell: string): boolean {
  return RATES_FALSE.test(cell.replace(/[*_`~\s]+/g, ' ').trim())
}
