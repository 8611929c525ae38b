// What the parse stage records on a vfile while it runs.
import type {VFile} from 'vfile'
import type {Sentence} from '../types.js'

/** A range of the file (0-based offsets, end exclusive) and the claim ids it silences; `*` is all. */
export interface IgnoreRange {
  start: number
  end: number
  ids: string[]
}

export interface SegmentData {
  sentences?: Sentence[]
  ignores?: IgnoreRange[]
  /** Table rows with a cell that rates them false (./rating.ts): their sentences are `denied`. */
  rated?: Array<{start: number; end: number}>
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
