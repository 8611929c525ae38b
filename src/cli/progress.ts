// A one-line progress bar on stderr while several files are checked. Only for a person watching:
// never with fewer than two files, when stderr is not a terminal, under CI, or with TERM=dumb.
import {sanitizeForTerminal, shorten} from '../report/sanitize.js'
import type {Io} from './main.js'

export interface Progress {
  /** A file starts: redraw the bar with its name. */
  tick(path: string): void
  /** Erase the bar (before other output is written); the next tick draws it again. */
  clear(): void
  /** Erase the bar for good. */
  done(): void
}

const BAR_WIDTH = 20
const ERASE_LINE = '\r\u001b[2K'

const SILENT: Progress = {tick() {}, clear() {}, done() {}}

export function progressEnabled(total: number, io: Pick<Io, 'stderr' | 'env'>): boolean {
  return total >= 2 && io.stderr.isTTY === true && io.env.CI === undefined && io.env.TERM !== 'dumb'
}

/** `[######--------------] 3/10 path`, cut to the terminal width. */
export function progressLine(done: number, total: number, path: string, columns: number): string {
  const filled = Math.round((BAR_WIDTH * Math.min(done, total)) / total)
  const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `
  const room = Math.max(0, columns - head.length - 1)
  return `${head}${room > 0 ? shorten(sanitizeForTerminal(path), room) : ''}`
}

export function createProgress(total: number, io: Pick<Io, 'stderr' | 'env'>): Progress {
  if (!progressEnabled(total, io)) return SILENT
  const stderr = io.stderr as Io['stderr'] & {columns?: number}
  let count = 0
  let shown = false
  let finished = false
  const clear = (): void => {
    if (!shown) return
    stderr.write(ERASE_LINE)
    shown = false
  }
  return {
    tick(path) {
      if (finished) return
      count++
      stderr.write(`${ERASE_LINE}${progressLine(count, total, path, stderr.columns || 80)}`)
      shown = true
    },
    clear,
    done() {
      clear()
      finished = true
    },
  }
}
