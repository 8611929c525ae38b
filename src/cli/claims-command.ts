// Being written (issue 3).
import {CliError} from './errors.js'
import type {Io} from './main.js'

export async function runClaimsCommand(name: string, _args: string[], _options: Record<string, unknown>, _io: Io): Promise<number> {
  throw new CliError(`claims ${name} is not available yet`)
}
