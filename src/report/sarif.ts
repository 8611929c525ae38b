// Being written (issue 5).
import {CliError} from '../cli/errors.js'
import type {Reporter} from './reporter.js'

export function createSarifReporter(..._args: unknown[]): Reporter {
  throw new CliError('--format sarif is not available yet')
}
