// A retext plugin that mends the sentence-boundary mistakes parse-english makes on news copy: it
// splits after abbreviations that take a number or a name ("No. 2", "vs. Canada", "Approx. 50"),
// and it does not split after an initialism or abbreviation that ends a sentence ("in the U.S. It
// was ...", "Purdue Pharma Inc. The company ...", "at 9 a.m. The talks ...") or after a number of
// one to three digits that does ("deaths rose to 109,680. The CDC ...": parse-latin reads "680."
// as an ordinal, as in German). Positions are rebuilt from the children, so they stay exact.
import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** Abbreviations after which the next "sentence" is really a continuation. */
const CONTINUING = new Set(['no', 'nos', 'fig', 'figs', 'approx', 'vs', 'v', 'art', 'sec', 'vol', 'pp', 'p', 'ch', 'op', 'cf', 'ca', 'est', 'ref', 'para'])

/** Words that start a new sentence after an initialism such as "U.S." rather than continue a name. */
const STARTERS = new Set(
  'It Its The This That These Those He She They We I You But And Yet So In On At For Since After Before When While Although Though However Meanwhile Still Now Then There Here Officials Critics Experts Some Many Most A An As If Both Each'.split(' '),
)

function lastWordBeforeDot(sentence: Sentence): string | undefined {
  const children = sentence.children
  const last = children[children.length - 1]
  const previous = children[children.length - 2]
  if (last?.type === 'PunctuationNode' && last.value === '.' && previous?.type === 'WordNode') {
    return toString(previous).toLowerCase()
  }
  return undefined
}

function firstWord(sentence: Sentence): string {
  const word = sentence.children.find((child) => child.type === 'WordNode')
  return word ? toString(word) : ''
}

function rebuild(children: SentenceContent[]): Sentence {
  const first = children[0]
  const last = children[children.length - 1]
  const sentence: Sentence = {type: 'SentenceNode', children}
  if (first?.position && last?.position) sentence.position = {start: first.position.start, end: last.position.end}
  return sentence
}

function mergeContinuations(paragraph: Paragraph): void {
  const out: Paragraph['children'] = []
  // Where the last sentence in `out` is (-1: none yet); a continuation joins it.
  let previous = -1
  for (const node of paragraph.children) {
    if (node.type === 'SentenceNode' && previous >= 0) {
      const previousSentence = out[previous] as Sentence
      const abbreviation = lastWordBeforeDot(previousSentence)
      const continues =
        abbreviation !== undefined &&
        CONTINUING.has(abbreviation) &&
        (abbreviation === 'vs' || abbreviation === 'v' || /^\d/.test(firstWord(node)))
      if (continues) {
        // Absorb the white space between the two parts, then the second part.
        const between = out.splice(previous + 1) as SentenceContent[]
        out[previous] = rebuild([...previousSentence.children, ...between, ...node.children])
        continue
      }
    }
    if (node.type === 'SentenceNode') previous = out.length
    out.push(node)
  }
  paragraph.children = out
}

/** Titles, which a name follows ("Dr. An Wang"), and "St." (a saint or a street); see also CONTINUING. */
const TITLES = new Set('mr mrs ms dr gen sen rep gov lt col sgt capt cpt maj adm cmdr prof rev hon pres supt det insp st mt ft'.split(' '))

/**
 * Can this word, with its full stop, end a sentence? An initialism ("U.S.", "a.m.") or an
 * abbreviation parse-english keeps its full stop in ("Inc.", "Sept.", "Jr."), but not a title.
 */
function endsSentence(word: string): boolean {
  if (/^(?:[A-Za-z]\.){2,}$/.test(word)) return true
  const m = /^([A-Za-z]{2,6})\.$/.exec(word)
  return m !== null && !TITLES.has(m[1]!.toLowerCase()) && !CONTINUING.has(m[1]!.toLowerCase())
}

/**
 * Where a sentence ends inside a parsed one: at a word followed by white space and another word,
 * `endAt` gives the children that end the first sentence (through that word), or undefined.
 */
type SentenceEnd = (children: readonly SentenceContent[], index: number, word: Word, next: Word) => SentenceContent[] | undefined

/** Cut each sentence of the paragraph wherever `endAt` says one ends; the white space goes between. */
function splitSentences(paragraph: Paragraph, endAt: SentenceEnd): void {
  const out: Paragraph['children'] = []
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') {
      out.push(node)
      continue
    }
    let children = node.children
    for (let index = 0; index < children.length - 2; index++) {
      const word = children[index]!
      const space = children[index + 1]!
      const next = children[index + 2]!
      // Node types first: they are cheaper to test than the words' text.
      if (word.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || next.type !== 'WordNode') continue
      const head = endAt(children, index, word, next)
      if (!head) continue
      out.push(rebuild(head), space)
      children = children.slice(index + 2)
      index = -1
    }
    out.push(children === node.children ? node : rebuild(children))
  }
  paragraph.children = out
}

/** After an initialism or abbreviation that ends a sentence, when a sentence starter follows. */
const afterInitialism: SentenceEnd = (children, index, word, next) =>
  STARTERS.has(toString(next)) && endsSentence(toString(word)) ? children.slice(0, index + 1) : undefined

/**
 * After the number that ends a sentence, read by parse-latin as an ordinal ("680." in "to 109,680.
 * The CDC", "It ranked No. 3. Then ..."), its full stop inside the word: the sentence is cut after
 * it when a capitalised word follows, and the full stop leaves the word to end the sentence. Not a
 * number that starts its sentence ("1. Scope of work.").
 */
const afterFigure: SentenceEnd = (children, index, word, next) => {
  if (index === 0) return undefined
  const stop = word.children[word.children.length - 1]
  if (word.children.length !== 2 || stop?.type !== 'PunctuationNode' || stop.value !== '.') return undefined
  if (!/^\d{1,3}$/.test(toString(word.children[0]!)) || !/^[A-Z]/.test(toString(next))) return undefined
  const number: Word = {...word, children: [word.children[0]!]}
  if (word.position && word.children[0]!.position) number.position = {start: word.position.start, end: word.children[0]!.position.end}
  return [...children.slice(0, index), number, stop]
}

export default function retextSentenceRepair() {
  return (tree: Root): void => {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      mergeContinuations(paragraph)
      splitSentences(paragraph, afterInitialism)
      splitSentences(paragraph, afterFigure)
    }
  }
}
