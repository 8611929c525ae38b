// Long Markdown → pieces parsed one at a time, as plain text is (./chunk.ts), so one huge mdast and
// nlcst tree is never built: a 10 MB Markdown file took 1.8 GB parsed whole. A piece ends only
// before a plain paragraph, where the whole file would start a block anyway: after a blank line,
// before a line that starts in its first column with a letter or digit (not an ordered list
// item), outside fenced code, front matter and the HTML blocks that run past blank lines
// (comments, <pre>, <script>, <style>, <textarea>, processing instructions, declarations, CDATA).
// A paragraph that starts with a word is one where parse-latin looks back at nothing before it,
// as in plain text (./chunk.ts); its end is read with the next piece's first paragraph after it
// (TextChunk.after). So the sentences and their places are the same as from the whole file.
//
// Two things reach across blocks and are not cut: link reference and footnote definitions (a
// reference reads as a link only where its definition is in the same piece) and factcheck
// directives (an `ignore` applies to the next block, `off` … `on` to a range). A file with either
// is parsed whole. Where it is not sure, it does not cut: an unclosed fence or comment leaves the
// rest of the file in one piece.
import {DEFAULT_CHUNK_SIZE, piecesFromStarts, wordStartsAt, type ChunkOptions, type TextChunk} from './chunk.js'

/** Definitions (`[label]: …`, `[^note]: …`) and factcheck directives: parse such a file whole. */
const WHOLE_FILE = /^ {0,3}\[(?:[^\]\\\r\n]|\\.)+\]:|<!--\s*factcheck\b/im

/** One line and its line break (none at the end of the text). */
const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y

const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/
const BLANK = /^[ \t]*$/
const ORDERED_ITEM = /^\d+[.)](?:[ \t]|$)/

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*$/

/** HTML blocks that a blank line does not end: how each starts, and what ends it. */
const HTML_BLOCKS: ReadonlyArray<readonly [start: RegExp, end: RegExp]> = [
  [/^\s*<!--/, /-->/],
  [/^\s*<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^\s*<\?/, /\?>/],
  [/^\s*<!\[CDATA\[/, /\]\]>/],
  [/^\s*<![A-Za-z]/, />/],
]

/** Offsets where a piece may start, ascending. */
function blockStarts(text: string): number[] {
  const starts: number[] = []
  let fence: {char: string; length: number} | undefined
  let htmlEnd: RegExp | undefined
  let frontMatter: string | undefined
  let blankBefore = false
  for (let at = 0; at < text.length; ) {
    LINE.lastIndex = at
    const match = LINE.exec(text)!
    const line = match[1]!
    if (at === 0 && FRONT_MATTER.test(line)) {
      // Front matter runs to its closing fence (without one, nothing after it is cut).
      frontMatter = line.trim()
    } else if (frontMatter) {
      if (line.trim() === frontMatter) frontMatter = undefined
    } else if (fence) {
      const close = FENCE_CLOSE.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else {
      // A plain paragraph: its first line starts with a word, as a piece of plain text does.
      if (blankBefore && wordStartsAt(text, at) && !ORDERED_ITEM.test(line)) starts.push(at)
      const open = FENCE_OPEN.exec(line)
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = {char: open[1]![0]!, length: open[1]!.length}
      else {
        const block = HTML_BLOCKS.find(([start]) => start.test(line))
        // The end may come on the same line, after the start.
        if (block && !block[1].test(line.slice(line.search(/</) + 2))) htmlEnd = block[1]
      }
    }
    blankBefore = BLANK.test(line)
    at += match[0].length
  }
  return starts
}

/** The pieces of Markdown `text`, in order; together they are the whole text. */
export function* chunkMarkdown(text: string, options: ChunkOptions = {}): Generator<TextChunk> {
  const size = Math.max(1, options.size ?? DEFAULT_CHUNK_SIZE)
  yield* piecesFromStarts(text, text.length <= size || WHOLE_FILE.test(text) ? [] : blockStarts(text), size)
}
