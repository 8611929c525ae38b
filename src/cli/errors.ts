// Exit codes and the one-line error format shared by every command.
import {escapeControls} from '../report/sanitize.js'

export const EXIT = {
  /** Nothing reached the fail level. */
  ok: 0,
  /** A finding reached the fail level. */
  findings: 1,
  /** Usage error, unreadable input, invalid claims or config. */
  usage: 2,
} as const

/** A problem the user can fix: printed as one line, exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** One line on stderr: line breaks become spaces, other control characters visible escapes. */
export function failLine(message: string): string {
  return `factcheck: ${escapeControls(message.replace(/[\r\n]+/g, ' '))}\n`
}
