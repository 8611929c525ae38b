// Exact places for text that parsers hand over changed. hast-util-to-nlcst and mdast-util-to-nlcst
// place each word by counting characters of a text node's value from the node's start, but the
// value is not always a copy of the source: CRLF is read as LF (HTML), character references are
// decoded (`&amp;` → `&`), backslash escapes resolved (`\*` → `*`) and line prefixes dropped
// (indentation, `> `) (Markdown). Everything after such a place would be shifted. Splitting the
// node where value and source part ways gives every piece its exact start.
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

interface Point {
  line: number
  column: number
  offset: number
}

/** A hast or mdast node, as far as splitting text needs. */
interface TextLike {
  type: string
  value?: unknown
  position?: Position
  children?: TextLike[]
}

export interface Piece {
  value: string
  /** Source offsets, relative to the node's start. */
  from: number
  to: number
}

/** Offset → point, counted by vfile-location as the parsers count (CRLF, CR and LF each end a line). */
function pointAt(file: VFile): (offset: number) => Point {
  const index = location(file)
  return (offset) => {
    const point = index.toPoint(offset)
    return point && point.offset !== undefined ? {line: point.line, column: point.column, offset: point.offset} : {line: 1, column: 1, offset}
  }
}

const REFERENCE = /^&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{0,40});?/
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

/**
 * How many UTF-16 units a character reference became: a numeric one says so itself; a named one
 * (one or two units) is sized by where source and value line up again.
 */
function referenceSize(reference: string, next: string | undefined, value: string, j: number): number | undefined {
  const numeric = /^&#([xX])?([0-9a-fA-F]+)/.exec(reference)
  if (numeric) {
    const code = parseInt(numeric[2]!, numeric[1] ? 16 : 10)
    const size = code > 0xffff && code <= 0x10ffff ? 2 : 1
    return j + size <= value.length ? size : undefined
  }
  const fits = [1, 2].filter((n) => j + n <= value.length && (j + n === value.length || next === value[j + n]))
  if (fits.length > 0) return fits[0]
  // Another reference or a tag follows: most named references are one unit.
  return next === '&' && j + 1 <= value.length ? 1 : undefined
}

/**
 * Line a text node's value up with its source: runs that are the same length in both (exact
 * places), and the bits that changed (a reference, an escape, a CRLF), each with its source range.
 * Source characters the value leaves out are skipped. Undefined when the two cannot be lined up.
 */
export function alignText(value: string, raw: string): Piece[] | undefined {
  const pieces: Piece[] = []
  let i = 0
  let j = 0
  let runI = 0
  let runJ = 0
  const close = (): void => {
    if (j > runJ) pieces.push({value: value.slice(runJ, j), from: runI, to: i})
  }
  const changed = (size: number, rawLength: number): void => {
    close()
    pieces.push({value: value.slice(j, j + size), from: i, to: i + rawLength})
    i += rawLength
    j += size
    runI = i
    runJ = j
  }
  while (j < value.length) {
    if (i >= raw.length) return undefined
    const r = raw[i]!
    const v = value[j]!
    if (r === v) {
      i++
      j++
      continue
    }
    if (r === '\r' && v === '\n') {
      if (raw[i + 1] === '\n') changed(1, 2)
      else {
        i++
        j++
      }
      continue
    }
    if (r === '\u0000' && v === '\ufffd') {
      i++
      j++
      continue
    }
    if (r === '&') {
      const reference = REFERENCE.exec(raw.slice(i, i + 52))?.[0]
      const after = i + (reference?.length ?? 0)
      const size = reference ? referenceSize(reference, raw[after], value, j) : undefined
      if (size !== undefined) {
        changed(size, after - i)
        continue
      }
    }
    if (r === '\\' && raw[i + 1] === v && ASCII_PUNCTUATION.test(v)) {
      changed(1, 2)
      continue
    }
    // A source character the value leaves out (a line prefix, markup): skip it.
    close()
    i++
    runI = i
    runJ = j
  }
  close()
  return pieces
}

/**
 * Where the character reference that a text node's value opens with starts, when the node's
 * source start is inside it (not at "&"), or undefined.
 */
function referenceBefore(source: string, start: number, value: string): number | undefined {
  if (value.length === 0 || source[start] === value[0] || source[start] === '&') return undefined
  const amp = source.lastIndexOf('&', start)
  if (amp < 0 || start - amp > 52) return undefined
  const reference = REFERENCE.exec(source.slice(amp, amp + 52))?.[0]
  return reference && amp + reference.length >= start ? amp : undefined
}

/** Split every text node whose value and source differ in length into exactly placed pieces. */
export function splitShiftedText(tree: TextLike, file: VFile): void {
  const source = String(file)
  let place: ((offset: number) => Point) | undefined
  const walk = (parent: TextLike): void => {
    if (!parent.children) return
    const children: TextLike[] = []
    for (const child of parent.children) {
      walk(child)
      let start = child.position?.start.offset
      const end = child.position?.end.offset
      if (child.type !== 'text' || typeof child.value !== 'string' || start === undefined || end === undefined) {
        children.push(child)
        continue
      }
      // parse5 can start a text node that opens with a character reference inside the reference
      // (after a line break: "\n&#x1b;[31m" starts at ";"): start it at the reference.
      const opening = referenceBefore(source, start, child.value)
      if (opening !== undefined) {
        start = opening
        place ??= pointAt(file)
        child.position = {start: place(start), end: child.position!.end}
      }
      const raw = source.slice(start, end)
      // Same length: every place is exact already (a lone CR read as LF, blanked table markup).
      const pieces = raw.length === child.value.length ? undefined : alignText(child.value, raw)
      if (!pieces || (pieces.length === 1 && pieces[0]!.to - pieces[0]!.from === child.value.length)) {
        children.push(child)
        continue
      }
      place ??= pointAt(file)
      for (const piece of pieces) {
        children.push({type: 'text', value: piece.value, position: {start: place(start + piece.from), end: place(start + piece.to)}})
      }
    }
    parent.children = children
  }
  walk(tree)
}
