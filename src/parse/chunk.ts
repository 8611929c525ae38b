// Long plain text → pieces parsed one at a time, so memory stays bounded (one nlcst tree for a
// 50 MB file would take gigabytes). A piece ends where parse-latin would end a paragraph
// anyway: at a run of spaces, tabs and line breaks holding a blank line, followed by a letter or
// digit. Such a run always ends a sentence and a paragraph, and no parse-latin rule looks back
// across it. One looks ahead (a paragraph's wordless end is split off only when another paragraph
// follows), so each piece is parsed with the start of the next (TextChunk.after), and the
// sentences come out exactly as from the whole text. Only a paragraph longer than `max` is cut
// elsewhere, near `size`: after a sentence-ending line, a line break, a sentence end, a space, or
// (a line with no space at all) between two characters.
//
// Positions: each piece carries its offset, line and column in the whole text; `toWhole` maps a
// place in a piece back. Lines end at CRLF, CR or LF, as in parse-latin and vfile.

export interface TextChunk {
  text: string
  /**
   * The start of the paragraph after the piece, parsed with it and then left out: parse-latin
   * reads the end of a paragraph differently when another paragraph follows ("What?()" is one
   * sentence at the end of a text, and "What?" and "()" before another paragraph).
   */
  after: string
  /** 0-based offset of the piece in the whole text. */
  offset: number
  /** 1-based line and column where the piece starts. */
  line: number
  column: number
}

export interface ChunkOptions {
  /** Cut at the first paragraph break after this many characters. Default 16,384. */
  size?: number
  /** Never make a piece longer than this; a longer paragraph is cut elsewhere. Default 65,536. */
  max?: number
}

export const DEFAULT_CHUNK_SIZE = 16 * 1024
export const DEFAULT_CHUNK_MAX = 64 * 1024

/** White space as parse-latin classes it (one token is a run of these). */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
/** A blank line: two line breaks with only spaces and tabs around (spaces before: see below). */
const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*/g
/** A letter or digit that parse-latin certainly reads as the start of a word (Latin script). */
const WORD_START = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/y

/** Does a word start at `at` (a letter or digit parse-latin certainly reads as one)? */
export function wordStartsAt(text: string, at: number): boolean {
  WORD_START.lastIndex = at
  return WORD_START.test(text)
}

/** Fallback cuts for a paragraph longer than `max`, best first; each cut goes after the match. */
const FALLBACKS: RegExp[] = [
  // A line that ends a sentence, then one that starts one.
  /[.!?\u2026]["'\u2019\u201D)\]]*[ \t]*(?:\r\n|\r|\n)\s*(?=[\p{Lu}\p{N}"'\u201C\u2018(])/gu,
  // Any line break.
  /(?:\r\n|\r|\n)\s*/g,
  // A sentence end inside a line.
  /[.!?\u2026]["'\u2019\u201D)\]]*\s+(?=[\p{Lu}\p{N}"'\u201C\u2018(])/gu,
  // Any white space.
  /\s+/g,
]

/** Where the next piece starts: a paragraph break in `[from, limit)` (the first, or the last). */
function paragraphBreak(text: string, from: number, limit: number, last: boolean): number | undefined {
  // Search a window, not the rest of a long text.
  const window = text.slice(from, limit)
  PARAGRAPH_BREAK.lastIndex = 0
  let found: number | undefined
  for (let match = PARAGRAPH_BREAK.exec(window); match; match = PARAGRAPH_BREAK.exec(window)) {
    const end = from + match.index + match[0].length
    // The whole white-space run must be spaces, tabs and line breaks (else parse-latin does not
    // start a paragraph there), and a word must follow (checked in the whole text, so a run cut
    // off by the window fails).
    let before = from + match.index - 1
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\n' || text[before] === '\r')) before--
    if ((before < 0 || !WHITE_SPACE.test(text[before]!)) && wordStartsAt(text, end)) {
      found = end
      if (!last) return found
    }
  }
  return found
}

function lastMatchEnd(pattern: RegExp, text: string, from: number, limit: number): number | undefined {
  const window = text.slice(from, limit)
  pattern.lastIndex = 0
  let found: number | undefined
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const end = match.index + match[0].length
    if (end > 0 && end < window.length) found = end
    if (match[0].length === 0) pattern.lastIndex++
  }
  return found === undefined ? undefined : from + found
}

/** A cut that splits neither a CRLF nor a surrogate pair. */
export function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (text[at - 1] === '\r' && text[at] === '\n') return at + 1
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = text.charCodeAt(at - 1)
    if (high >= 0xd800 && high <= 0xdbff) return at + 1
  }
  return at
}

/** End of the piece that starts at `start`. */
function cutAfter(text: string, start: number, size: number, max: number): number {
  if (text.length - start <= size) return text.length
  const limit = Math.min(text.length, start + max)
  const after = paragraphBreak(text, start + size, limit, false)
  if (after !== undefined) return after
  if (limit === text.length) return text.length
  const before = paragraphBreak(text, start + 1, start + size, true)
  if (before !== undefined) return before
  // One paragraph longer than `max`: cut near `size` at the best kind of place there is.
  const near = Math.min(text.length, start + size)
  for (const [from, to] of [[start + Math.floor(size / 2), near], [start + 1, limit]] as const) {
    for (const pattern of FALLBACKS) {
      const cut = lastMatchEnd(pattern, text, from, to)
      if (cut !== undefined) return cut
    }
  }
  return safeCut(text, near)
}

/** 1-based line and column after `text[from, to)`, starting from `place`. */
function advance(text: string, from: number, to: number, place: {line: number; column: number}): {line: number; column: number} {
  let {line, column} = place
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 /* \r */) {
      line++
      column = 1
    } else if (code === 10 /* \n */) {
      if (index === 0 || text.charCodeAt(index - 1) !== 13) {
        line++
        column = 1
      }
    } else column++
  }
  return {line, column}
}

/** The pieces of `text`, in order; together they are the whole text. */
export function* chunkText(text: string, options: ChunkOptions = {}): Generator<TextChunk> {
  const size = Math.max(1, options.size ?? DEFAULT_CHUNK_SIZE)
  const max = Math.max(size, options.max ?? DEFAULT_CHUNK_MAX)
  yield* piecesOf(text, (start) => cutAfter(text, start, size, max))
}

/** How much of the next paragraph is read as a piece's context (see TextChunk.after). */
export const CONTEXT = 1024
/** A run of white space holding a blank line, at the end. */
const ENDS_PARAGRAPH = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*$/

/**
 * Where the context of a piece that ends at `end` ends: the next paragraph, or its first
 * CONTEXT characters. None after a cut inside a paragraph (the next piece goes on with it).
 */
function contextEnd(text: string, end: number): number {
  if (end >= text.length || !ENDS_PARAGRAPH.test(text.slice(Math.max(0, end - 64), end))) return end
  const window = text.slice(end, end + CONTEXT)
  PARAGRAPH_BREAK.lastIndex = 0
  const found = PARAGRAPH_BREAK.exec(window)
  return found ? end + found.index : safeCut(text, end + window.length)
}

/**
 * The pieces of `text` that start only at `starts` (ascending offsets; none: the whole text), each
 * running to the first start at least `size` after its own, with its context up to `contextOf(end)`.
 */
export function* piecesFromStarts(text: string, starts: readonly number[], size: number, contextOf?: (end: number) => number): Generator<TextChunk> {
  let next = 0
  const startFrom = (offset: number): number => {
    while (next < starts.length && starts[next]! < offset) next++
    return next < starts.length ? starts[next]! : text.length
  }
  yield* piecesOf(text, (start) => startFrom(start + size), contextOf)
}

/**
 * The pieces of `text` in order, each with its place and context: the one that starts at `start`
 * ends at `endOf(start)`, and its context at `contextOf(end)` (by default the start of the next
 * paragraph of plain text).
 */
function* piecesOf(text: string, endOf: (start: number) => number, contextOf = (end: number): number => contextEnd(text, end)): Generator<TextChunk> {
  let start = 0
  let place = {line: 1, column: 1}
  while (start < text.length) {
    const end = endOf(start)
    const after = text.slice(end, contextOf(end))
    yield {text: text.slice(start, end), after, offset: start, line: place.line, column: place.column}
    place = advance(text, start, end, place)
    start = end
  }
}

export interface Place {
  line: number
  column: number
  offset: number
}

/** A place in a piece, as a place in the whole text. */
export function toWhole(chunk: Pick<TextChunk, 'offset' | 'line' | 'column'>, place: Place): Place {
  return {
    line: place.line + chunk.line - 1,
    column: place.line === 1 ? place.column + chunk.column - 1 : place.column,
    offset: place.offset + chunk.offset,
  }
}
