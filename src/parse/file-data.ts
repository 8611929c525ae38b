// What the parse stage records on a vfile while it runs.
import type {VFile} from 'vfile'
import type {Sentence} from '../types.js'

/** A range of the file: 0-based offsets, end exclusive. */
export interface Range {
  start: number
  end: number
}

/** Does the range hold the whole sentence? */
export const holds = (range: Range, sentence: Pick<Sentence, 'offset' | 'endOffset'>): boolean => sentence.offset >= range.start && sentence.endOffset <= range.end

/** A range and the claim ids it silences; `*` is all. */
export interface IgnoreRange extends Range {
  ids: string[]
}

export interface SegmentData {
  sentences?: Sentence[]
  ignores?: IgnoreRange[]
  /** Table rows with a cell that rates them false (./rating.ts): their sentences are `denied`. */
  rated?: Range[]
  /** Article date from front matter (YYYY-MM-DD), if any. */
  articleDate?: string
}

declare module 'vfile' {
  interface DataMap {
    factcheck: SegmentData
  }
}

export function dataOf(file: VFile): SegmentData {
  file.data.factcheck ??= {}
  return file.data.factcheck
}
