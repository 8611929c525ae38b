// Sentence segmentation and positions (unified + retext-english + our repair plugin).
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {ratesFalse} from '../dist/parse/rating.js'
import {segmentSentences, type InputFormat} from '../dist/parse/segment.js'

async function sentences(text: string, format: InputFormat = 'text'): Promise<string[]> {
  const {sentences: list} = await segmentSentences(new VFile({path: 'x', value: text}), format)
  return list.map((s) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn} ${s.text}`)
}

describe('segmentSentences: text', () => {
  it('keeps abbreviations common in this field inside sentences', async () => {
    expect(
      await sentences(
        'The U.S.-PRC Counternarcotics Working Group met on Jan. 30 in Beijing. Gov. Tina Kotek spoke. It ranked No. 2 on the list. Sen. Rick Scott and Rep. Moolenaar agreed.',
      ),
    ).toEqual([
      '1:1-1:71 The U.S.-PRC Counternarcotics Working Group met on Jan. 30 in Beijing.',
      '1:72-1:94 Gov. Tina Kotek spoke.',
      '1:95-1:123 It ranked No. 2 on the list.',
      '1:124-1:166 Sen. Rick Scott and Rep. Moolenaar agreed.',
    ])
  })

  it('splits after an initialism that ends a sentence, not before a name', async () => {
    expect(await sentences('They met in the U.S. It was cold. The U.S. Department of Justice acted.')).toEqual([
      '1:1-1:21 They met in the U.S.',
      '1:22-1:34 It was cold.',
      '1:35-1:72 The U.S. Department of Justice acted.',
    ])
  })

  it('splits after an abbreviation that ends a sentence, not after a title or before a number', async () => {
    expect(await sentences('It was sold by Purdue Pharma Inc. The company pleaded guilty. Talks began at 9 a.m. They ended in Sept. It came in Sept. 2024 too. Dr. An Wang spoke on Mexico vs. The World.')).toEqual([
      '1:1-1:34 It was sold by Purdue Pharma Inc.',
      '1:35-1:62 The company pleaded guilty.',
      '1:63-1:84 Talks began at 9 a.m.',
      '1:85-1:104 They ended in Sept.',
      '1:105-1:131 It came in Sept. 2024 too.',
      '1:132-1:174 Dr. An Wang spoke on Mexico vs. The World.',
    ])
  })

  it('splits after a number of one to three digits that ends a sentence (parse-latin reads it as an ordinal)', async () => {
    expect(await sentences('Overdose deaths fell to 80,391. The CDC said so. It ranked No. 3. Then it fell. 1. Scope of work. It was 1,000. then it fell.')).toEqual([
      '1:1-1:32 Overdose deaths fell to 80,391.',
      '1:33-1:49 The CDC said so.',
      '1:50-1:66 It ranked No. 3.',
      '1:67-1:80 Then it fell.',
      '1:81-1:98 1. Scope of work.',
      '1:99-1:126 It was 1,000. then it fell.',
    ])
  })

  it('handles curly quotes, a quote that ends a sentence, and sentences over line breaks', async () => {
    expect(await sentences('“Their meeting was a hopeful sign.” The AP said so.\nIt ran over\na line break. She said “this is it.” Then he left.')).toEqual([
      '1:1-1:36 “Their meeting was a hopeful sign.”',
      '1:37-1:52 The AP said so.',
      '2:1-3:14 It ran over a line break.',
      '3:15-3:37 She said “this is it.”',
      '3:38-3:51 Then he left.',
    ])
  })

  it('keeps "vs.", "Approx." and decimal figures inside sentences', async () => {
    expect(await sentences('Mexico vs. Canada was close. Approx. 50 people came. The rate rose 3.5 percent in Aug. 2022.')).toEqual([
      '1:1-1:29 Mexico vs. Canada was close.',
      '1:30-1:53 Approx. 50 people came.',
      '1:54-1:93 The rate rose 3.5 percent in Aug. 2022.',
    ])
  })

  it('keeps an abbreviated month before its day inside the sentence (wire style), in every format', async () => {
    const text = 'On Feb. 3, 2025, Mexico agreed. It took effect on Feb. 4. They met on Oct. 30, 2025, in Busan. Talks ended in Nov. The cut took effect Nov. 10.'
    const expected = (line: number, shift: number) =>
      [
        [1, 32, 'On Feb. 3, 2025, Mexico agreed.'],
        [33, 58, 'It took effect on Feb. 4.'],
        [59, 95, 'They met on Oct. 30, 2025, in Busan.'],
        [96, 115, 'Talks ended in Nov.'],
        [116, 144, 'The cut took effect Nov. 10.'],
      ].map(([from, to, sentence]) => `${line}:${Number(from) + shift}-${line}:${Number(to) + shift} ${sentence}`)
    expect(await sentences(text)).toEqual(expected(1, 0))
    // Markdown and HTML were parsed without parse-english's abbreviations (see the next test): "Feb." ended a sentence.
    expect(await sentences(`# Title\n\n${text}\n`, 'markdown')).toEqual(['1:3-1:8 Title', ...expected(3, 0)])
    expect(await sentences(`<p>${text}</p>`, 'html')).toEqual(expected(1, 3))
  })

  it('reads titles and English abbreviations alike in text, Markdown and HTML', async () => {
    // remark-retext and rehype-retext parse with parse-latin, which has none of parse-english's
    // abbreviations: "Gov." and "Mr." ended sentences in Markdown and HTML.
    const text = 'Gov. Tina Kotek signed it. Mr. Xi met Mr. Biden in Woodside, Calif., on Nov. 15, 2023. Sen. Rick Scott and Rep. John Moolenaar agreed.'
    const expected = ['Gov. Tina Kotek signed it.', 'Mr. Xi met Mr. Biden in Woodside, Calif., on Nov. 15, 2023.', 'Sen. Rick Scott and Rep. John Moolenaar agreed.']
    const texts = async (value: string, format: InputFormat) => (await segmentSentences(new VFile({path: 'x', value}), format)).sentences.map((s) => s.text)
    expect(await texts(text, 'text')).toEqual(expected)
    expect(await texts(`${text}\n`, 'markdown')).toEqual(expected)
    expect(await texts(`<p>${text}</p>`, 'html')).toEqual(expected)
  })

  it('gives CRLF input the right lines', async () => {
    expect(await sentences('First one.\r\nSecond one.\r\n\r\nThird one.')).toEqual(['1:1-1:11 First one.', '2:1-2:12 Second one.', '4:1-4:11 Third one.'])
  })
})

describe('table rows rated false', () => {
  it('knows a cell that rates its row false, and only a whole cell', () => {
    expect(['False', ' **Mostly false** ', 'Pants on Fire!', 'Misleading.', 'not true'].map(ratesFalse)).toEqual([true, true, true, true, true])
    expect(['True', 'False positives were common', 'Mostly true', '2022', ''].map(ratesFalse)).toEqual([false, false, false, false, false])
  })

  it('marks the sentences of such a row denied, in Markdown and HTML', async () => {
    const denied = async (value: string, format: InputFormat) =>
      (await segmentSentences(new VFile({path: 'x', value}), format)).sentences.map((s) => `${s.text}${s.denied ? ' [denied]' : ''}`)
    expect(await denied('| Claim | Rating |\n| --- | --- |\n| Fentanyl kills 300,000 a year | False |\n| Deaths fell in 2024 | True |\n', 'markdown')).toEqual([
      'Claim Rating',
      'Fentanyl kills 300,000 a year False [denied]',
      'Deaths fell in 2024 True',
    ])
    expect(await denied('<table><tr><td>Fentanyl kills 300,000 a year</td><td>False</td></tr><tr><td>Deaths fell in 2024</td><td>True</td></tr></table>', 'html')).toEqual([
      'Fentanyl kills 300,000 a year [denied]',
      'False [denied]',
      'Deaths fell in 2024',
      'True',
    ])
  })
})

describe('segmentSentences: markdown and html', () => {
  it('points into the original Markdown and skips code, front matter and comments', async () => {
    const md = '---\ndate: 2024-02-05\n---\n# Title\n\nThey met in the **U.S.** It was No. 2 on [the list](https://x.test).\n\n```\nNot prose.\n```\n\n| Year | Deaths |\n|---|---|\n| 2022 | 107,941 deaths |\n'
    const {sentences: list, articleDate} = await segmentSentences(new VFile({path: 'a.md', value: md}), 'markdown')
    expect(articleDate).toBe('2024-02-05')
    expect(list.map((s) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn} ${s.text}`)).toEqual([
      '4:3-4:8 Title',
      '6:1-6:23 They met in the U.S.',
      '6:26-6:69 It was No. 2 on the list.',
      '12:3-12:16 Year Deaths',
      '14:3-14:24 2022 107,941 deaths',
    ])
  })

  it('applies factcheck off/on and ignore directives', async () => {
    const md = 'Kept one.\n\n<!-- factcheck ignore some-id -->\nMarked one.\n\n<!-- factcheck off -->\nDropped.\n<!-- factcheck on -->\n\nKept two.\n'
    const {sentences: list} = await segmentSentences(new VFile({path: 'a.md', value: md}), 'markdown')
    expect(list.map((s) => [s.text, s.ignore ?? []])).toEqual([
      ['Kept one.', []],
      ['Marked one.', ['some-id']],
      ['Kept two.', []],
    ])
  })

  it('reads HTML prose, not scripts, styles or attributes', async () => {
    const html = '<html><head><style>p{}</style></head><body><p title="Attr. Value">They met in the U.S. It was cold.</p><script>var a = "Hi. There."</script><!-- factcheck ignore --><p>Skip me.</p></body></html>'
    expect((await sentences(html, 'html')).map((s) => s.replace(/^\S+ /, ''))).toEqual(['They met in the U.S.', 'It was cold.'])
  })
})

describe('segmentSentences: a leading byte-order mark', () => {
  // It is not text (left out of every sentence), and it is column 1 of line 1 of the string given:
  // the same places in all three formats, also after \r\r\n (micromark drops the mark, retext would keep it).
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`${format}: left out of sentences, places counted in the text as given`, async () => {
      expect(await sentences('\uFEFFThe bridge opened in 1998. It was long.', format)).toEqual(['1:2-1:28 The bridge opened in 1998.', '1:29-1:41 It was long.'])
      expect(await sentences('\uFEFF\r\r\nThe bridge opened in 1998.', format)).toEqual(['3:1-3:27 The bridge opened in 1998.'])
      expect(await sentences('\uFEFF\nThe bridge opened in 1998.\n\nIt was long.', format)).toEqual(['2:1-2:27 The bridge opened in 1998.', '4:1-4:13 It was long.'])
    })
  }

  it('markdown: front matter after the mark is still read', async () => {
    const {sentences: list, articleDate} = await segmentSentences(new VFile({value: '\uFEFF---\ndate: 2024-02-01\n---\n\nThe bridge opened in 1998.'}), 'markdown')
    expect(articleDate).toBe('2024-02-01')
    expect(list.map((s) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn} ${s.text}`)).toEqual(['5:1-5:27 The bridge opened in 1998.'])
  })
})
