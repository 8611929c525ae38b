// Being written (issue 5).
import type {CheckResult} from '../index.js'
import {CliError} from './errors.js'

export function changedLineFilter(_ref: string, _cwd: string): (report: CheckResult) => Promise<CheckResult> {
  throw new CliError('--diff is not available yet')
}
