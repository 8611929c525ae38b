// Being written (issue 5).
import {CliError} from '../cli/errors.js'
import type {Reporter} from './reporter.js'

export function createGithubReporter(..._args: unknown[]): Reporter {
  throw new CliError('--format github is not available yet')
}
