// Being written (issue 5).
import {CliError} from '../cli/errors.js'
import type {Reporter} from './reporter.js'

export function createHtmlReporter(..._args: unknown[]): Reporter {
  throw new CliError('--format html is not available yet')
}
