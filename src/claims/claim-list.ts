// A database's claims by position (types.ts ClaimList): an array of claims, or claims read from
// the cache one by one as the matcher asks for them. loadClaims registers the list it built.
import type {Claim, ClaimDatabase, ClaimList} from '../types.js'

/** An array of claims as a list. */
export function listOf(claims: readonly Claim[]): ClaimList {
  return {
    length: claims.length,
    claim: (index) => claims[index]!,
    read: (index) => claims[index]!,
    id: (index) => claims[index]!.id,
  }
}

/** Every claim of a list, in order (each read now). */
export const allClaims = (list: ClaimList): Claim[] => Array.from({length: list.length}, (_, index) => list.claim(index))

export const isClaimList = (value: ClaimList | readonly Claim[]): value is ClaimList => typeof (value as Partial<ClaimList>).claim === 'function'

const lists = new WeakMap<ClaimDatabase, ClaimList>()

/** Remember how `database`'s claims are read (loadClaims). */
export function registerClaimList(database: ClaimDatabase, list: ClaimList): void {
  lists.set(database, list)
}

/** The claims of `database` by position: as loaded, or its `claims` array. */
export function claimListOf(database: ClaimDatabase): ClaimList {
  return lists.get(database) ?? listOf(database.claims)
}
