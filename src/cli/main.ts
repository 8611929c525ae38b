// The command line: flags, exit codes, error lines. It is the only layer that prints.
import {Command, CommanderError, Option} from 'commander'
import {ClaimsError} from '../claims/errors.js'
import {FORMATS} from '../report/reporter.js'
import {escapeControls} from '../report/sanitize.js'
import {CliError, EXIT, failLine} from './errors.js'
import {VERSION} from './version.js'

export interface Io {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  env: NodeJS.ProcessEnv
  cwd: string
}

const parseNumber = (name: string, min: number, max: number, integer = false) => (value: string): number => {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) {
    throw new CliError(`${name} takes ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got "${value}")`)
  }
  return number
}

const parseDateFor = (name: string) => (value: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new CliError(`${name} takes a date as YYYY-MM-DD (got "${value}")`)
  }
  return value
}
const parseDate = parseDateFor('--as-of')

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value]

function buildProgram(io: Io, run: {code: number}): Command {
  const program = new Command()
  program
    .name('factcheck')
    .description('Check articles against a database of reviewed claims.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run factcheck --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander quotes the arguments it rejects: control characters in them are shown escaped.
      outputError: (text, write) => {
        const safe = text.split('\n').map(escapeControls).join('\n')
        write(safe.startsWith('error:') ? `factcheck: ${safe.slice(7)}` : safe)
      },
    })
    .exitOverride()

  program
    .command('check', {isDefault: true})
    .description('check files (or stdin) against the claims database')
    .argument('[paths...]', 'files, folders or globs to check; - or nothing (with piped input) reads stdin')
    .option('--claims <path>', 'add a claims file or folder (repeatable; YAML, ClaimReview JSON or JSON Lines)', collect)
    .option('--no-default-claims', 'leave the bundled claims database out')
    .option('--no-cache', 'do not read or write the claims cache (same as FACTCHECK_NO_CACHE=1)')
    .option('--min-score <x>', 'lowest score (0-1) that counts as a match', parseNumber('--min-score', 0, 1))
    .option('--top <k>', 'list the K best candidate claims for each finding', parseNumber('--top', 0, 100, true))
    .addOption(new Option('--format <name>', 'output format').choices([...FORMATS]))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding reaches this level').choices(['error', 'warning', 'info', 'never']))
    .option('--unreviewed', 'also list check-worthy sentences no claim covers')
    .option('--explain', 'show why each finding scored as it did')
    .option('--as-of <date>', 'apply the verdicts that held on this date (YYYY-MM-DD; default: the article date, else today)', parseDate)
    .addOption(new Option('--input-format <format>', 'how to read the input (default: by extension)').choices(['text', 'markdown', 'html']))
    .option('--stdin-name <name>', 'name stdin input in reports (its extension picks the input format)')
    .option('--config <path>', 'read options from this config file instead of searching for .factcheckrc')
    .option('--diff <ref>', 'report only findings on lines added or changed since this git ref')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (paths: string[], options: Record<string, unknown>, command: Command) => {
      const {runCheck} = await import('./check-command.js')
      run.code = await runCheck(paths, options, command, io)
    })

  const claims = program.command('claims').description('inspect, validate and convert the claims database')
  const claimsAction = (name: string) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command
    const {runClaimsCommand} = await import('./claims-command.js')
    run.code = await runClaimsCommand(name, command.args, command.optsWithGlobals(), io)
  }
  const common = (command: Command): Command =>
    command
      .option('--claims <path>', 'add a claims file or folder (repeatable)', collect)
      .option('--no-default-claims', 'leave the bundled claims database out')
      .option('--as-of <date>', 'show the verdicts that held on this date', parseDate)
  common(claims.command('list').description('list claims'))
    .option('--status <status>', 'only this status')
    .option('--topic <topic>', 'only this topic')
    .option('--country <code>', 'only claims about this country (ISO code)')
    .option('--format <name>', 'text or json', 'text')
    .action(claimsAction('list'))
  common(claims.command('show').description('show one claim in full').argument('<id>'))
    .option('--format <name>', 'text or json', 'text')
    .action(claimsAction('show'))
  common(claims.command('search').description('rank claims against a text, as check does').argument('<text...>'))
    .option('--top <k>', 'how many', parseNumber('--top', 1, 100, true), 10)
    .option('--format <name>', 'text or json', 'text')
    .action(claimsAction('search'))
  claims
    .command('validate')
    .description('validate claims files (default: the bundled database)')
    .argument('[paths...]')
    .action(claimsAction('validate'))
  common(claims.command('stats').description('counts by status, topic and country; stale reviews'))
    .option('--format <name>', 'text or json', 'text')
    .action(claimsAction('stats'))
  common(claims.command('export').description('export claims'))
    .addOption(new Option('--format <name>', 'export format').choices(['claimreview', 'jsonl']).default('claimreview'))
    .action(claimsAction('export'))
  claims
    .command('import')
    .description('turn ClaimReview JSON / JSON-LD / JSON Lines or a Fact Check Tools response into YAML claims')
    .argument('<file>')
    .option('--reviewed <date>', 'review date for imported entries (default: the review date in the file)', parseDateFor('--reviewed'))
    .action(claimsAction('import'))
  return program
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const run = {code: EXIT.ok}
  const program = buildProgram(io, run)
  try {
    await program.parseAsync(argv)
    return run.code
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other parse problem is a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok
      if (error.exitCode === 0) return EXIT.ok
      return EXIT.usage
    }
    if (error instanceof CliError || error instanceof ClaimsError) {
      io.stderr.write(failLine(error.message))
      return EXIT.usage
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(failLine(`internal error: ${message}`))
    if (io.env.FACTCHECK_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return EXIT.usage
  }
}
