// Text, Markdown or HTML → sentences with exact positions in the original file. The three inputs
// differ only in the front of the unified pipeline (as in alex): a parser, a bridge to retext,
// and the same retext plugins. Markdown and HTML parsers are loaded only when used. Long inputs
// are parsed piece by piece (./chunk.ts, ./chunk-markdown.ts, ./chunk-html.ts), so one huge tree
// is never built.
import type {Nodes as NlcstNodes, Root as NlcstRoot, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {Sentence} from '../types.js'
import {chunkText, toWhole, type ChunkOptions, type TextChunk} from './chunk.js'
import {chunkHtml} from './chunk-html.js'
import {chunkMarkdown} from './chunk-markdown.js'
import {applyDirectives} from './directives.js'
import {dataOf, holds, type Range} from './file-data.js'
import retextSentenceRepair from './retext-sentence-repair.js'

export type InputFormat = 'text' | 'markdown' | 'html'

/**
 * Call `visitor` on every sentence node, in document order (preorder, as unist-util-visit would,
 * but without its per-node closures and ancestor arrays, which cost more than the parse itself).
 * Sentences hold words, not sentences: the walk does not go into them.
 */
function eachSentence(node: NlcstNodes, visitor: (sentence: NlcstSentence) => void): void {
  if (node.type === 'SentenceNode') visitor(node)
  else if ('children' in node) for (const child of node.children) eachSentence(child, visitor)
}

/** retext plugin: record every sentence with its text and place. */
function retextCollectSentences() {
  return (tree: NlcstRoot, file: VFile): void => {
    const sentences: Sentence[] = []
    eachSentence(tree, (node) => {
      // Bridges can attach the white space before a block to its first sentence: trim it.
      const words = node.children.filter((child) => child.type !== 'WhiteSpaceNode')
      const start = words[0]?.position?.start
      const end = words[words.length - 1]?.position?.end
      if (!start || !end || start.offset === undefined || end.offset === undefined) return
      const text = toString(node).replace(/\s+/g, ' ').trim()
      if (!/[\p{L}\p{N}]/u.test(text)) return
      sentences.push({
        text,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: start.offset,
        endOffset: end.offset,
      })
    })
    dataOf(file).sentences = sentences
  }
}

const retext = () => unified().use(retextEnglish).use(retextSentenceRepair).use(retextCollectSentences)

/** The items of `english` that `latin` does not have (parse-english's own plugins). */
const englishOnly = <T>(english: readonly T[], latin: readonly T[]): T[] => english.filter((plugin) => !latin.includes(plugin))

/**
 * The retext pipeline for a bridge from Markdown or HTML. remark-retext and rehype-retext build a
 * parse-latin parser, not retext-english's parse-english one, and add only the processor's data
 * extensions to it: without parse-english's own plugins, "Gov. Tina Kotek signed it." ends a
 * sentence after "Gov." and "Mr.", and loses English elisions. They are given as those extensions.
 */
const bridgedRetext = () =>
  retext()
    .data('nlcstParagraphExtensions', englishOnly(ParseEnglish.prototype.tokenizeParagraphPlugins, ParseLatin.prototype.tokenizeParagraphPlugins))
    .data('nlcstSentenceExtensions', englishOnly(ParseEnglish.prototype.tokenizeSentencePlugins, ParseLatin.prototype.tokenizeSentencePlugins))

/** The retext pipeline every input format ends in. */
export type RetextProcessor = ReturnType<typeof retext>

let textProcessor: Processor<NlcstRoot, NlcstRoot, NlcstRoot> | undefined
const processors = new Map<InputFormat, Promise<(file: VFile) => Promise<void>>>()

async function loadProcessor(format: InputFormat): Promise<(file: VFile) => Promise<void>> {
  if (format === 'text') {
    textProcessor ??= retext().freeze() as unknown as Processor<NlcstRoot, NlcstRoot, NlcstRoot>
    const processor = textProcessor
    return async (file) => {
      processor.runSync(processor.parse(file), file)
    }
  }
  if (format === 'markdown') {
    const {markdownFront} = await import('./markdown.js')
    const processor = markdownFront(bridgedRetext())
    return async (file) => {
      await processor.run(processor.parse(file), file)
    }
  }
  const {htmlFront} = await import('./html.js')
  const processor = htmlFront(bridgedRetext())
  return async (file) => {
    await processor.run(processor.parse(file), file)
  }
}

export interface Segmented {
  sentences: Sentence[]
  articleDate?: string
}

export interface SegmentOptions {
  /** How long inputs are cut into pieces; `false` parses them whole. */
  chunk?: ChunkOptions | false
}

function runnerFor(format: InputFormat): Promise<(file: VFile) => Promise<void>> {
  let run = processors.get(format)
  if (!run) {
    run = loadProcessor(format)
    processors.set(format, run)
  }
  return run
}

/** Mark the sentences of table rows that rate themselves false (see ./rating.ts) as `denied`. */
function rate(sentences: Sentence[], rated: readonly Range[] | undefined): Sentence[] {
  if (!rated || rated.length === 0) return sentences
  return sentences.map((sentence) => (rated.some((row) => holds(row, sentence)) ? {...sentence, denied: true} : sentence))
}

async function segmentWhole(file: VFile, run: (file: VFile) => Promise<void>): Promise<Segmented> {
  await run(file)
  const data = dataOf(file)
  const sentences = rate(applyDirectives(data.sentences ?? [], data.ignores), data.rated)
  return data.articleDate ? {sentences, articleDate: data.articleDate} : {sentences}
}

/**
 * Sentences in batches, in document order: one batch per piece of the file (positions are in the
 * whole file). Checking batch by batch keeps memory bounded.
 */
export async function* segmentBatches(file: VFile, format: InputFormat, options: SegmentOptions = {}): AsyncGenerator<Segmented> {
  // A leading byte-order mark is not text: the Markdown parser drops it (and its offsets with it),
  // and retext would make it part of the first sentence. It is left out here, and positions are
  // given back in the text as it came (it is column 1 of line 1).
  if (file.toString().charCodeAt(0) === 0xfeff) {
    for await (const batch of segmentBatches(new VFile({path: file.path, value: file.toString().slice(1)}), format, options)) {
      yield {...batch, sentences: batch.sentences.map((sentence) => inWhole(AFTER_MARK, sentence))}
    }
    return
  }
  const run = await runnerFor(format)
  const text = file.toString()
  if (options.chunk === false) {
    yield segmentWhole(file, run)
    return
  }
  const chunker = format === 'markdown' ? chunkMarkdown : format === 'html' ? chunkHtml : chunkText
  for (const chunk of chunker(text, options.chunk)) {
    if (chunk.offset === 0 && chunk.text.length === text.length) {
      yield segmentWhole(file, run)
      return
    }
    // The piece is parsed with the text after it (see TextChunk.after), whose sentences are the next piece's.
    const piece = new VFile({path: file.path, value: chunk.text + chunk.after})
    // Front matter (and its date) can only be in the first piece.
    const {sentences, articleDate} = await segmentWhole(piece, run)
    const placed = sentences.filter((sentence) => sentence.offset < chunk.text.length).map((sentence) => inWhole(chunk, sentence))
    yield articleDate ? {sentences: placed, articleDate} : {sentences: placed}
  }
}

/** A sentence of a piece, placed in the whole text. */
function inWhole(piece: Pick<TextChunk, 'offset' | 'line' | 'column'>, sentence: Sentence): Sentence {
  const start = toWhole(piece, {line: sentence.line, column: sentence.column, offset: sentence.offset})
  const end = toWhole(piece, {line: sentence.endLine, column: sentence.endColumn, offset: sentence.endOffset})
  return {...sentence, line: start.line, column: start.column, offset: start.offset, endLine: end.line, endColumn: end.column, endOffset: end.offset}
}

/** Where the text after a one-character mark (a byte-order mark) starts. */
const AFTER_MARK = {offset: 1, line: 1, column: 2}

/** Split a file into sentences; in-document directives are applied to the result. */
export async function segmentSentences(file: VFile, format: InputFormat, options: SegmentOptions = {}): Promise<Segmented> {
  const sentences: Sentence[] = []
  let articleDate: string | undefined
  for await (const batch of segmentBatches(file, format, options)) {
    for (const sentence of batch.sentences) sentences.push(sentence)
    articleDate ??= batch.articleDate
  }
  return articleDate ? {sentences, articleDate} : {sentences}
}
