// Long HTML → pieces parsed one at a time, as plain text and Markdown are (./chunk.ts,
// ./chunk-markdown.ts): a 2 MB page took 450 MB parsed whole. A piece ends only before a <p> that
// starts a line and whose text starts with a letter or digit, outside the elements whose content
// a cut would change: comments, raw text (<script>, <style>, <textarea>, <title>, …), <pre>,
// <table>, <template>, <select>, <svg>, <math> and the like. HTML closes what a piece leaves open
// and ignores the end tags a piece starts with, so each paragraph parses as in the whole page.
// A page with factcheck directives (an `ignore` applies to the next block) is parsed whole.
import {CONTEXT, DEFAULT_CHUNK_SIZE, piecesFromStarts, safeCut, wordStartsAt, type ChunkOptions, type TextChunk} from './chunk.js'

const DIRECTIVE = /<!--\s*factcheck\b/i
/** A comment, a CDATA section, or a start or end tag, with its name. */
const TAG = /<!--|<!\[CDATA\[|<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>/g
/** Elements whose content is text up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])
/** Elements a piece must not start inside. */
const KEEP_WHOLE = new Set(['pre', 'listing', 'table', 'template', 'select', 'svg', 'math', 'object', 'ruby', 'dl'])

/** Offsets where a piece may start (each a line's `<p`), ascending. */
function paragraphStarts(text: string): number[] {
  const starts: number[] = []
  let depth = 0
  TAG.lastIndex = 0
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    if (match[0] === '<!--' || match[0] === '<![CDATA[') {
      const end = text.indexOf(match[0] === '<!--' ? '-->' : ']]>', TAG.lastIndex)
      if (end < 0) break
      TAG.lastIndex = end + 3
      continue
    }
    const closing = match[1] === '/'
    const name = match[2]!.toLowerCase()
    if (!closing && RAW.has(name)) {
      const endTag = new RegExp(`</${name}`, 'gi')
      endTag.lastIndex = TAG.lastIndex
      const end = endTag.exec(text)
      if (!end) break
      TAG.lastIndex = end.index
      continue
    }
    if (KEEP_WHOLE.has(name) && !match[0].endsWith('/>')) depth = Math.max(0, depth + (closing ? -1 : 1))
    if (closing || name !== 'p' || depth > 0) continue
    // At the start of a line (only white space before it), with a word right after the tag.
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1
    if (lineStart > 0 && /^[ \t]*$/.test(text.slice(lineStart, match.index)) && wordStartsAt(text, TAG.lastIndex)) starts.push(lineStart)
  }
  return starts
}

/** The pieces of HTML `text`, in order; together they are the whole text. */
export function* chunkHtml(text: string, options: ChunkOptions = {}): Generator<TextChunk> {
  const size = Math.max(1, options.size ?? DEFAULT_CHUNK_SIZE)
  const starts = text.length <= size || DIRECTIVE.test(text) ? [] : paragraphStarts(text)
  // Context: the next paragraph, to its end tag or CONTEXT characters.
  yield* piecesFromStarts(text, starts, size, (end) => {
    if (end >= text.length) return end
    const close = text.indexOf('</p>', end)
    return close >= 0 && close - end < CONTEXT ? close + 4 : safeCut(text, Math.min(text.length, end + CONTEXT))
  })
}
