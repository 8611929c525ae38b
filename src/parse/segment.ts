// Text, Markdown or HTML → sentences with exact positions in the original file. The three inputs
// differ only in the front of the unified pipeline (as in alex): a parser, a bridge to retext,
// and the same retext plugins. Markdown and HTML parsers are loaded only when used.
import type {Root as NlcstRoot, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {Sentence} from '../types.js'
import {applyDirectives} from './directives.js'
import {dataOf} from './file-data.js'
import retextSentenceRepair from './retext-sentence-repair.js'

export type InputFormat = 'text' | 'markdown' | 'html'

/** retext plugin: record every sentence with its text and place. */
function retextCollectSentences() {
  return (tree: NlcstRoot, file: VFile): void => {
    const sentences: Sentence[] = []
    visit(tree, 'SentenceNode', (node: NlcstSentence) => {
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
    const processor = markdownFront(retext())
    return async (file) => {
      await processor.run(processor.parse(file), file)
    }
  }
  const {htmlFront} = await import('./html.js')
  const processor = htmlFront(retext())
  return async (file) => {
    await processor.run(processor.parse(file), file)
  }
}

export interface Segmented {
  sentences: Sentence[]
  articleDate?: string
}

/** Split a file into sentences; in-document directives are applied to the result. */
export async function segmentSentences(file: VFile, format: InputFormat): Promise<Segmented> {
  let run = processors.get(format)
  if (!run) {
    run = loadProcessor(format)
    processors.set(format, run)
  }
  await (await run)(file)
  const data = dataOf(file)
  const sentences = applyDirectives(data.sentences ?? [], data.ignores)
  return data.articleDate ? {sentences, articleDate: data.articleDate} : {sentences}
}
