// Long plain text is parsed in pieces (src/parse/chunk.ts): the sentences and their positions must
// be exactly those of the whole text, whatever the piece size and line endings.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {check, createChecker, summarize, type CheckResult} from '../src/index.js'
import {chunkText} from '../src/parse/chunk.js'
import {chunkHtml} from '../src/parse/chunk-html.js'
import {chunkMarkdown} from '../src/parse/chunk-markdown.js'
import {createPrettyReporter} from '../src/report/pretty.js'
import {segmentSentences, type SegmentOptions} from '../src/parse/segment.js'
import type {Claim, Sentence} from '../src/types.js'

const PARAGRAPHS = [
  'Port officials in Laredo said on Jan. 12 that inspections had doubled. The U.S. Customs office gave no figure.',
  '“We are seeing more pills than powder,” one inspector said. Approx. 40 trucks were held for a second look.',
  'The new rules took effect in Aug. 2023 in the U.S. It was the third change in as many years.',
  'Mexico vs. Canada trade rose 4.5 percent. No. 2 on the list was auto parts, the ministry said.',
  '  An indented paragraph starts here.\tIt has a tab inside. Then it ends.',
  'A sentence that runs\nover a line break ends here. Short one.',
  'über-cautious officials, café owners and Ørsted staff met again.',
  // Ends in a sentence without words, which parse-latin splits off only when a paragraph follows.
  'The list of seized items ends in symbols: $^*+?()[]',
]

/** A claim that one of the paragraphs states. */
const LAREDO: Claim = {
  id: 'laredo-inspections-doubled',
  claim: 'Port officials in Laredo said on Jan. 12 that inspections had doubled.',
  status: 'true',
  verdict: 'A test record: the port authority reported twice as many inspections.',
  sources: [{publisher: 'Example Port Authority', title: 'Inspections', date: '2024-01', url: 'https://example.org/port'}],
  topics: ['test'],
  countries: ['US'],
  reviewed: '2026-11-01',
}

/** A multi-paragraph text with blank lines of several kinds. */
function article(): string {
  const breaks = ['\n\n', '\n \n', '\n\n\n', '\n\t\n  ', '\n\n']
  let text = 'Headline without a full stop\n\n'
  for (let round = 0; round < 6; round++) {
    PARAGRAPHS.forEach((paragraph, index) => {
      text += paragraph + breaks[(index + round) % breaks.length]
    })
  }
  return text
}

async function sentences(text: string, options: SegmentOptions): Promise<Sentence[]> {
  return (await segmentSentences(new VFile({path: 'a.txt', value: text}), 'text', options)).sentences
}

/** Line and column (1-based, CR, LF and CRLF each end a line) of `offset` in `text`. */
function placeOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let column = 1
  for (let index = 0; index < offset; index++) {
    const char = text[index]
    if (char === '\r' || (char === '\n' && text[index - 1] !== '\r')) {
      line++
      column = 1
    } else if (char !== '\n') column++
  }
  return {line, column}
}

/** Every sentence's place agrees with its offsets, and its text is what stands there. */
function expectConsistent(text: string, list: Sentence[]): void {
  let previous = -1
  for (const sentence of list) {
    expect(sentence.offset).toBeGreaterThan(previous)
    previous = sentence.offset
    expect(placeOf(text, sentence.offset)).toEqual({line: sentence.line, column: sentence.column})
    expect(placeOf(text, sentence.endOffset)).toEqual({line: sentence.endLine, column: sentence.endColumn})
    expect(text.slice(sentence.offset, sentence.endOffset).replace(/\s+/g, ' ').trim()).toBe(sentence.text)
  }
}

describe('chunkText', () => {
  it('cuts at blank lines, never longer than max, and the pieces make up the text', () => {
    const text = article()
    const pieces = [...chunkText(text, {size: 100, max: 400})]
    expect(pieces.length).toBeGreaterThan(5)
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(400)
      expect(placeOf(text, piece.offset)).toEqual({line: piece.line, column: piece.column})
      // Every piece but the first starts a paragraph: after a blank line, at a letter or digit.
      if (piece.offset > 0) {
        expect(text.slice(0, piece.offset)).toMatch(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*$/)
        expect(piece.text).toMatch(/^[\p{L}\p{N}]/u)
      }
    }
  })

  it('gives a short text back whole', () => {
    expect([...chunkText('One. Two.\n\nThree.')]).toEqual([{after: '', text: 'One. Two.\n\nThree.', offset: 0, line: 1, column: 1}])
    expect([...chunkText('')]).toEqual([])
  })

  it('cuts a paragraph longer than max after a sentence, else at a space, else anywhere but inside a pair', () => {
    const long = 'The inspectors counted the trucks again. '.repeat(100)
    for (const piece of chunkText(long, {size: 300, max: 600})) {
      expect(piece.text.length).toBeLessThanOrEqual(600)
      if (piece.offset > 0) expect(piece.text.startsWith('The inspectors')).toBe(true)
    }
    const words = 'trucks waited at the crossing '.repeat(100)
    for (const piece of chunkText(words, {size: 300, max: 600})) if (piece.offset > 0) expect(words[piece.offset - 1]).toBe(' ')
    const pairs = '😀\r\n'.repeat(500)
    const pieces = [...chunkText(pairs.replace(/\r\n/g, ''), {size: 101, max: 101})]
    for (const piece of pieces) expect(piece.text).toMatch(/^(?:😀)+$/u)
    for (const piece of chunkText(pairs, {size: 99, max: 99})) expect(piece.text.startsWith('\n')).toBe(false)
  })
})

describe('segmentSentences in pieces', () => {
  it('finds the same sentences at the same places as the whole text, whatever the piece size', async () => {
    const text = article()
    const whole = await sentences(text, {chunk: false})
    expect(whole.length).toBeGreaterThan(60)
    expectConsistent(text, whole)
    for (const size of [1, 40, 300, 2000]) {
      expect(await sentences(text, {chunk: {size, max: 100_000}}), `size ${size}`).toEqual(whole)
    }
  })

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('keeps positions exact with %s line endings', async (_name, ending) => {
    const text = article().replace(/\n/g, ending)
    const whole = await sentences(text, {chunk: false})
    expectConsistent(text, whole)
    const pieces = await sentences(text, {chunk: {size: 50, max: 100_000}})
    expect(pieces).toEqual(whole)
    // Same sentences as with LF, on the same lines and columns.
    const lf = await sentences(article(), {chunk: false})
    expect(pieces.map((s) => [s.text, s.line, s.column, s.endLine, s.endColumn])).toEqual(lf.map((s) => [s.text, s.line, s.column, s.endLine, s.endColumn]))
  })

  it('checks a long text piece by piece, with findings at the places of the whole text', async () => {
    const text = article().repeat(5)
    expect([...chunkText(text)].length).toBeGreaterThan(1)
    const claims = [LAREDO]
    const result = await check(text, {claims, asOf: '2026-11-01'})
    const whole = await sentences(text, {chunk: false})
    expect(result.sentences).toBe(whole.length)
    const same = whole.filter((s) => s.text === claims[0]!.claim)
    expect(same.length).toBe(30)
    expect(result.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.sentence])).toEqual(
      same.map((s) => [s.line, s.column, s.endLine, s.endColumn, s.text]),
    )
  })

  it('gives the report piece by piece (checkPieces), and the pieces add up to the whole report', async () => {
    const text = article().repeat(5)
    const claims = [LAREDO]
    const checker = createChecker(claims, {asOf: '2026-11-01', unreviewed: true})
    const pieces: CheckResult[] = []
    for await (const piece of checker.checkPieces(new VFile({path: 'long.txt', value: text}), 'text')) pieces.push(piece)
    expect(pieces).toHaveLength([...chunkText(text)].length)
    const whole = await checker.checkFile(new VFile({path: 'long.txt', value: text}), 'text')
    expect(pieces.flatMap((piece) => piece.findings)).toEqual(whole.findings)
    expect(pieces.reduce((sum, piece) => sum + piece.sentences, 0)).toBe(whole.sentences)
    expect(pieces.reduce((sum, piece) => sum + piece.unreviewed, 0)).toBe(whole.unreviewed)
    expect(new Set(pieces.map((piece) => `${piece.path} ${piece.asOf}`))).toEqual(new Set(['long.txt 2026-11-01']))
    // Each piece's findings lie in the piece's own stretch of lines, in order.
    const lines = pieces.map((piece) => piece.findings.map((finding) => finding.line))
    for (let at = 1; at < lines.length; at++) expect(Math.min(...lines[at]!)).toBeGreaterThan(Math.max(...lines[at - 1]!))
    expect(summarize(pieces)).toEqual({...summarize([whole]), files: pieces.length})
  })

  it('writes the same pretty report from pieces as from whole files', async () => {
    const checker = createChecker([{...LAREDO, status: 'false'}], {asOf: '2026-11-01'})
    // The first file's first piece has no findings; the second file has none at all.
    const calm = `${'The weather was mild all week. '.repeat(20).trim()}\n\n`.repeat(40)
    const files = [new VFile({path: 'a.txt', value: calm + article().repeat(3)}), new VFile({path: 'b.txt', value: calm}), new VFile({path: 'c.txt', value: article()})]
    const options = {colorLevel: 1 as const, explain: true, version: 'test'}
    const streamed = createPrettyReporter(options)
    let out = ''
    const all: CheckResult[] = []
    for (const file of files) {
      let first = true
      for await (const piece of checker.checkPieces(file, 'text')) {
        out += streamed.file(piece, first)
        first = false
        all.push(piece)
      }
    }
    expect(all.length).toBeGreaterThan(files.length)
    expect(all[0]!.findings).toEqual([])
    const summary = summarize(all)
    out += streamed.end([], summary)
    const whole = createPrettyReporter(options)
    const reports = await Promise.all(files.map((file) => checker.checkFile(file, 'text')))
    expect(out).toBe(reports.map((report) => whole.file(report)).join('') + whole.end(reports, summary))
    expect(out.match(/^\u001b\[4m[abc]\.txt/gm)).toEqual(['\u001b[4ma.txt', '\u001b[4mc.txt'])
  })

  it('handles a 2 MB line without punctuation: no hang, bounded pieces, exact positions', async () => {
    const words = ['fentanyl', 'border', 'tariffs', 'officials', 'seized', 'the', 'of', 'and', 'China', 'Mexico']
    let line = ''
    for (let index = 0; line.length < 2_000_000; index++) line += `${words[(index * 7 + (index >> 3)) % words.length]} `
    const text = line.trimEnd()
    const started = performance.now()
    const list = await sentences(text, {})
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(list.length).toBeGreaterThan(60)
    let covered = 0
    for (const sentence of list) {
      expect(sentence.line).toBe(1)
      expect(sentence.column).toBe(sentence.offset + 1)
      expect(sentence.endOffset - sentence.offset).toBeLessThanOrEqual(64 * 1024)
      expect(text.slice(sentence.offset, sentence.endOffset)).toBe(sentence.text)
      covered += sentence.endOffset - sentence.offset
    }
    expect(covered).toBeGreaterThan(text.length * 0.99)
    // Not even a space: cut anyway.
    const solid = await sentences('x'.repeat(300_000), {})
    expect(solid.map((s) => s.text).join('')).toBe('x'.repeat(300_000))
  }, 60_000)
})

/** Markdown with every kind of block a cut could break: each must parse as in the whole file. */
function markdownArticle(round: number): string {
  const blocks = [
    `# Border report ${round}\n\nPort officials in Laredo said on Jan. 12 that inspections had doubled. The U.S. Customs office gave no figure.`,
    `Setext heading ${round}\n==================\n\nA paragraph with *emphasis*, \`inline code\`, a [link](https://example.org/a) and <https://example.org/b>.`,
    '- Loose list item one says fentanyl seizures rose.\n\n  Its second paragraph is indented, so it stays in the item.\n\n- Loose item two. It has two sentences.\n  1. Nested item under it.',
    '```\ncode line one\n\n# not a heading: inside the fence\n\nStill code.\n```',
    '~~~~ text\nA tilde fence\n\n~~~\nstill inside: a shorter fence does not close it\n~~~~',
    '   ```js\nindented fence\n\nNot prose either.\n   ```',
    '<!-- a comment\n\nthat runs past a blank line,\n\nwith text that is not prose -->',
    '<pre>\npreformatted\n\nNot prose.\n</pre>',
    '| Port | Pounds |\n| --- | ---: |\n| Nogales | 1,200 |\n| San Ysidro | 900 |',
    '> A quote that says the ministry announced new rules.\n> It continues here.\n\n> A second quote.',
    '---\n\nAfter a thematic break, the text goes on. The rules took effect in Aug. 2023.',
    '***\n\nMexico vs. Canada trade rose 4.5 percent. No. 2 on the list was auto parts.',
    // A break, then a heading underlined with ---: at the start of a piece this would be front matter.
    '---\nA heading made by the line under it says China cut exports\n---\n\nText after it.',
    '<div>\nAn HTML block ends at a blank line.\n</div>\n\nThen a paragraph follows it.',
    '    indented code block\n\n    more of it after a blank line',
    'A paragraph whose next line is a setext underline in disguise\n---\n\nAnd a final paragraph of the round.',
    // Sentences without words at the edges of paragraphs: parse-latin reads them by what is around.
    'To match any of these as literals: `$^*+?()[]',
    '> [!NOTE]\n> The rule is also true in Bun and Deno.',
    'It narrows down the return type for given input parameters.:',
  ]
  return blocks.join(round % 2 === 0 ? '\n\n' : '\n\n\n')
}

describe('Markdown in pieces', () => {
  const segment = async (text: string, options: SegmentOptions): Promise<Sentence[]> =>
    (await segmentSentences(new VFile({path: 'a.md', value: text}), 'markdown', options)).sentences
  const front = '---\ntitle: A long report\n\ndate: 2024-03-05\n---\n\n'
  const text = front + Array.from({length: 8}, (_, round) => markdownArticle(round)).join('\n\n')

  it('finds the same sentences at the same places as the whole file, whatever the piece size', async () => {
    const whole = await segmentSentences(new VFile({path: 'a.md', value: text}), 'markdown', {chunk: false})
    expect(whole.sentences.length).toBeGreaterThan(100)
    expect(whole.articleDate).toBe('2024-03-05')
    for (const size of [1, 40, 300, 2000]) {
      const pieces = [...chunkMarkdown(text, {size})]
      expect(pieces.length, `size ${size}`).toBeGreaterThan(size > 1000 ? 1 : 10)
      expect(pieces.map((piece) => piece.text).join('')).toBe(text)
      const chunked = await segmentSentences(new VFile({path: 'a.md', value: text}), 'markdown', {chunk: {size}})
      expect(chunked, `size ${size}`).toEqual(whole)
    }
    for (const eol of ['\r\n', '\r']) {
      const other = text.replace(/\n/g, eol)
      expect(await segment(other, {chunk: {size: 40}}), JSON.stringify(eol)).toEqual(await segment(other, {chunk: false}))
    }
  })

  it('never cuts inside fenced code, a long HTML block or front matter, nor before ---', () => {
    const starts = [...chunkMarkdown(text, {size: 1})].map((piece) => piece.text)
    for (const piece of starts.slice(1)) {
      expect(piece).toMatch(/^[0-9A-Za-z]/)
      expect(piece).not.toMatch(/^(?:---|\+\+\+|# not a heading|Still code|still inside|Not prose|that runs past|with text that|date: )/)
    }
  })

  it('parses a file with link or footnote definitions, or factcheck directives, whole', () => {
    for (const extra of ['[ref]: https://example.org/ref', '[^1]: A footnote.', '<!-- factcheck ignore -->']) {
      const pieces = [...chunkMarkdown(`${text}\n\n${extra}\n`, {size: 40})]
      expect(pieces, extra).toHaveLength(1)
    }
  })
})

/** HTML with the elements a cut could break: each paragraph must parse as in the whole page. */
function htmlArticle(round: number): string {
  return [
    `<h2>Border report ${round}</h2>`,
    '<p>Port officials in Laredo said on Jan. 12 that inspections had doubled. The U.S. Customs office gave no figure.</p>',
    '<p class="lead">Mexico vs. Canada trade rose 4.5 percent. No. 2 on the list was auto parts, the ministry said.',
    '<p>An implied end tag closes the paragraph above.</p>',
    '<pre>\n<p>Not a paragraph: inside pre.</p>\n</pre>',
    '<!-- a comment\n<p>Not prose: inside a comment.</p>\n-->',
    '<script>\nconst html = "<p>Not prose: inside a script.</p>"\n</script>',
    '<table>\n<tr><td>\n<p>Nogales seized 1,200 pounds.</p>\n</td></tr>\n<tr><td>\n<p>San Ysidro seized 900 pounds.</p>\n</td></tr>\n</table>',
    '<ul>\n<li>\n<p>A list item says fentanyl seizures rose.</p>\n</li>\n<li>\n<p>Another item has two sentences. Here is the second.</p>\n</li>\n</ul>',
    '<blockquote>\n<p>A quote says the ministry announced new rules.</p>\n</blockquote>',
    '<div><div>\n<p>Nested in two divs, the rules took effect in Aug. 2023.</p>\n</div></div>',
    '<p>&ldquo;A quote that opens the paragraph,&rdquo; one inspector said.</p>',
    '<p>The list of seized items ends in symbols: $^*+?()[]</p>',
    '<p>[!NOTE] The rule is also true in Bun and Deno.</p>',
  ].join('\n')
}

describe('HTML in pieces', () => {
  const page = `<!doctype html>\n<html><head><title>Reports</title></head><body>\n${Array.from({length: 8}, (_, round) => htmlArticle(round)).join('\n')}\n</body></html>\n`

  it('finds the same sentences at the same places as the whole page, whatever the piece size', async () => {
    const whole = await segmentSentences(new VFile({path: 'a.html', value: page}), 'html', {chunk: false})
    expect(whole.sentences.length).toBeGreaterThan(100)
    for (const size of [1, 40, 300, 2000]) {
      const pieces = [...chunkHtml(page, {size})]
      expect(pieces.length, `size ${size}`).toBeGreaterThan(size > 1000 ? 1 : 10)
      expect(pieces.map((piece) => piece.text).join('')).toBe(page)
      expect(await segmentSentences(new VFile({path: 'a.html', value: page}), 'html', {chunk: {size}}), `size ${size}`).toEqual(whole)
    }
    const crlf = page.replace(/\n/g, '\r\n')
    expect(await segmentSentences(new VFile({path: 'a.html', value: crlf}), 'html', {chunk: {size: 40}})).toEqual(
      await segmentSentences(new VFile({path: 'a.html', value: crlf}), 'html', {chunk: false}),
    )
  })

  it('starts a piece only at a paragraph whose text starts with a word, outside pre, comments, scripts and tables', () => {
    for (const piece of [...chunkHtml(page, {size: 1})].slice(1)) {
      expect(piece.text).toMatch(/^<p[ >][0-9A-Za-z]/)
      expect(piece.text).not.toMatch(/^<p>(?:Not |Nogales|San Ysidro|\[!NOTE)/)
    }
  })

  it('parses a page with factcheck directives whole', () => {
    expect([...chunkHtml(`${page}<!-- factcheck ignore -->\n<p>Silenced.</p>\n`, {size: 40})]).toHaveLength(1)
  })
})
