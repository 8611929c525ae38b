// HTML front of the pipeline: rehype-parse bridged to retext. <script>, <style>, code and
// attributes are not prose (hast-util-to-nlcst skips or marks them); table cells are checked.
import type {Comment, Element, ElementContent, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {splitShiftedText} from './align.js'
import {parseDirective, rangesFromComments, type CommentAt} from './directives.js'
import {dataOf} from './file-data.js'
import {ratesFalse} from './rating.js'
import type {RetextProcessor} from './segment.js'

/** The text of a node and its descendants. */
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '')

/** Table rows with a cell that rates them false ("<td>False</td>"), recorded for the segmenter. */
function ratedRows(tree: Root, file: VFile): void {
  visit(tree, 'element', (row: Element) => {
    if (row.tagName !== 'tr') return
    const cells = row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
    const start = row.position?.start.offset
    const end = row.position?.end.offset
    if (cells.length > 1 && start !== undefined && end !== undefined && cells.some((cell) => ratesFalse(textOf(cell)))) (dataOf(file).rated ??= []).push({start, end})
  })
}

function rehypeFactcheckPrepare() {
  return (tree: Root, file: VFile): void => {
    // An empty or blank document parses to a tree without positions, which hast-util-to-nlcst
    // refuses ("expected position on nodes"): give the root one.
    tree.position ??= {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    const comments: CommentAt[] = []
    visit(tree, 'comment', (node: Comment, index, parent) => {
      const directive = parseDirective(node.value)
      const offset = node.position?.end.offset
      if (!directive || offset === undefined) return
      const next = parent && index !== undefined
        ? parent.children.slice(index + 1).find((n) => n.type === 'element' || (n.type === 'text' && n.value.trim() !== ''))
        : undefined
      const start = next?.position?.start.offset
      const end = next?.position?.end.offset
      comments.push(start !== undefined && end !== undefined ? {directive, offset, next: {start, end}} : {directive, offset})
    })
    dataOf(file).ignores = rangesFromComments(comments, String(file).length)
    ratedRows(tree, file)
    // After the directives, which take the block after a comment whole.
    splitShiftedText(tree, file)
  }
}

export function htmlFront(retext: RetextProcessor) {
  return unified()
    .use(rehypeParse, {fragment: false})
    .use(rehypeFactcheckPrepare)
    .use(rehypeRetext, retext as never)
    .freeze()
}
