// ClaimReview (schema.org) import and export. Being written; see issue 3.
import type {Claim, ClaimOrigin} from '../types.js'
import {ClaimsError} from './errors.js'

export function claimsFromClaimReviewText(_text: string, file: string): {claims: Claim[]; origins: ClaimOrigin[]} {
  throw new ClaimsError(`${file}: ClaimReview files are not supported yet`)
}
