// Markdown front of the pipeline: remark-parse (GFM, front matter) bridged to retext.
// Code, inline code, HTML and front matter are not prose; table rows are (remark-retext drops
// tables, so each row is handed over as a paragraph whose cell separators read as spaces), and a
// row with a cell that rates it false is recorded (./rating.ts).
import type {Html, Paragraph, Root, Table, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {visit, SKIP} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import {splitShiftedText} from './align.js'
import {parseDirective, rangesFromComments, type CommentAt} from './directives.js'
import {dataOf} from './file-data.js'
import {ratesFalse} from './rating.js'
import type {RetextProcessor} from './segment.js'

/** Same-length replacement keeps every offset exact. */
const blankMarkup = (text: string): string => text.replace(/[|*_`\\]/g, ' ')

function tablesAsRows(tree: Root, file: VFile): void {
  const source = String(file)
  visit(tree, 'table', (table: Table, index, parent) => {
    if (!parent || index === undefined) return
    const rows: Paragraph[] = []
    for (const row of table.children) {
      const start = row.position?.start
      const end = row.position?.end
      if (start?.offset === undefined || end?.offset === undefined) continue
      const value = blankMarkup(source.slice(start.offset, end.offset))
      rows.push({type: 'paragraph', position: row.position, children: [{type: 'text', value, position: row.position}]})
      const cells = row.children.map((cell) => source.slice(cell.position?.start.offset ?? 0, cell.position?.end.offset ?? 0).replace(/^\|/, '').replace(/\|$/, ''))
      if (cells.length > 1 && cells.some(ratesFalse)) (dataOf(file).rated ??= []).push({start: start.offset, end: end.offset})
    }
    parent.children.splice(index, 1, ...rows)
    return [SKIP, index + rows.length]
  })
}

function directivesOf(tree: Root, file: VFile): void {
  const comments: CommentAt[] = []
  visit(tree, 'html', (node: Html, index, parent) => {
    const match = /^<!--([^]*)-->$/.exec(node.value.trim())
    const directive = match ? parseDirective(match[1]!) : undefined
    const offset = node.position?.end.offset
    if (!directive || offset === undefined) return
    const next = parent && index !== undefined ? parent.children.slice(index + 1).find((n) => n.type !== 'html') : undefined
    const start = next?.position?.start.offset
    const end = next?.position?.end.offset
    comments.push(start !== undefined && end !== undefined ? {directive, offset, next: {start, end}} : {directive, offset})
  })
  dataOf(file).ignores = rangesFromComments(comments, String(file).length)
}

function frontMatterDate(tree: Root, file: VFile): void {
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml')
  if (!yaml) return
  try {
    const data: unknown = parseYaml(yaml.value)
    if (data && typeof data === 'object' && 'date' in data) {
      const value = (data as {date: unknown}).date
      const text = value instanceof Date ? value.toISOString() : String(value)
      if (/^\d{4}-\d{2}-\d{2}/.test(text)) dataOf(file).articleDate = text.slice(0, 10)
    }
  } catch {
    // Front matter that is not YAML gives no date; the article is still checked.
  }
}

function remarkFactcheckPrepare() {
  return (tree: Root, file: VFile): void => {
    frontMatterDate(tree, file)
    directivesOf(tree, file)
    tablesAsRows(tree, file)
    splitShiftedText(tree, file)
  }
}

export function markdownFront(retext: RetextProcessor) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
    .use(remarkFactcheckPrepare)
    .use(remarkRetext, retext as never, {ignore: ['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']})
    .freeze()
}
