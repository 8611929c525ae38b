// In-document control, as in alex and Vale: `<!-- factcheck off -->` … `<!-- factcheck on -->`
// silences a range; `<!-- factcheck ignore [ID …] -->` silences the next block, for the named
// claims or for all. Parsers report comments here; sentences are filtered in one place.
import type {Sentence} from '../types.js'
import {holds, type IgnoreRange} from './file-data.js'

export type Directive = {kind: 'off'} | {kind: 'on'} | {kind: 'ignore'; ids: string[]}

const DIRECTIVE = /^\s*factcheck\s+(off|on|ignore)\b([^]*)$/i

/** Read a comment's text (without `<!--` `-->`) as a directive, if it is one. */
export function parseDirective(comment: string): Directive | undefined {
  const match = DIRECTIVE.exec(comment.trim())
  if (!match) return undefined
  const kind = match[1]!.toLowerCase()
  if (kind === 'off') return {kind: 'off'}
  if (kind === 'on') return {kind: 'on'}
  const ids = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {kind: 'ignore', ids: ids.length > 0 ? ids : ['*']}
}

export interface CommentAt {
  directive: Directive
  /** Offset where the comment ends. */
  offset: number
  /** Range of the block after the comment, for `ignore`. */
  next?: {start: number; end: number}
}

/** Turn comments, in document order, into ignore ranges. */
export function rangesFromComments(comments: CommentAt[], length: number): IgnoreRange[] {
  const ranges: IgnoreRange[] = []
  let offFrom: number | undefined
  for (const {directive, offset, next} of comments) {
    if (directive.kind === 'off') offFrom ??= offset
    else if (directive.kind === 'on') {
      if (offFrom !== undefined) ranges.push({start: offFrom, end: offset, ids: ['*']})
      offFrom = undefined
    } else if (next) ranges.push({start: next.start, end: next.end, ids: directive.ids})
  }
  if (offFrom !== undefined) ranges.push({start: offFrom, end: length, ids: ['*']})
  return ranges
}

/** Drop silenced sentences; mark sentences whose named claims are silenced. */
export function applyDirectives(sentences: Sentence[], ranges: IgnoreRange[] | undefined): Sentence[] {
  if (!ranges || ranges.length === 0) return sentences
  const out: Sentence[] = []
  for (const sentence of sentences) {
    const ids = new Set<string>()
    for (const range of ranges) {
      if (holds(range, sentence)) for (const id of range.ids) ids.add(id)
    }
    if (ids.has('*')) continue
    out.push(ids.size > 0 ? {...sentence, ignore: [...ids].sort()} : sentence)
  }
  return out
}
