// Settings for a check: defaults, then `.factcheckrc` (JSON or YAML, found from the working
// directory upward, or --config PATH), then flags. Keys mirror the flags. An invalid config or
// an unknown key is an exit-2 error naming the file and the key.
import {readFile, stat} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import type {Command} from 'commander'
import {DEFAULT_MIN_SCORE} from '../match/matcher.js'
import type {InputFormat} from '../parse/segment.js'
import {FORMATS, type FormatName} from '../report/reporter.js'
import {CliError} from './errors.js'
import type {Io} from './main.js'

export type FailLevel = 'error' | 'warning' | 'info' | 'never'

export interface Settings {
  claims: string[]
  defaultClaims: boolean
  minScore: number
  top: number
  format: FormatName
  failOn: FailLevel
  unreviewed: boolean
  explain: boolean
  asOf?: string
  inputFormat?: InputFormat
  stdinName?: string
  diff?: string
  output?: string
  color?: boolean
}

export const CONFIG_NAMES = ['.factcheckrc', '.factcheckrc.json', '.factcheckrc.yaml', '.factcheckrc.yml']

type KeyCheck = (value: unknown) => string | undefined

const isString: KeyCheck = (v) => (typeof v === 'string' && v !== '' ? undefined : 'must be a non-empty string')
const isBoolean: KeyCheck = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false')
const oneOf =
  (values: readonly string[]): KeyCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`
const numberIn =
  (min: number, max: number, integer = false): KeyCheck =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max && (!integer || Number.isInteger(v)) ? undefined : `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`

const KEYS: Record<string, KeyCheck> = {
  claims: (v) =>
    typeof v === 'string' || (Array.isArray(v) && v.every((item) => typeof item === 'string')) ? undefined : 'must be a path or a list of paths',
  defaultClaims: isBoolean,
  minScore: numberIn(0, 1),
  top: numberIn(0, 100, true),
  format: oneOf(FORMATS),
  failOn: oneOf(['error', 'warning', 'info', 'never']),
  unreviewed: isBoolean,
  explain: isBoolean,
  asOf: (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'must be a date as YYYY-MM-DD'),
  inputFormat: oneOf(['text', 'markdown', 'html']),
}

async function findConfig(cwd: string): Promise<string | undefined> {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    for (const name of CONFIG_NAMES) {
      const path = join(folder, name)
      try {
        if ((await stat(path)).isFile()) return path
      } catch {
        // Not here; keep looking upward.
      }
    }
    if (dirname(folder) === folder) return undefined
  }
}

export interface LoadedConfig {
  path: string
  values: Partial<Settings>
}

/** Read and validate a config file. */
export async function loadConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const display = relative(cwd, path) || path
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(`${display}: cannot read config (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`)
  }
  // The YAML parser (which also reads JSON) is large: it is loaded only when there is a config file.
  const {parseConfigDocument} = await import('./config-document.js')
  const document = parseConfigDocument(text)
  const syntax = document.syntaxError
  if (syntax) throw new CliError(`${display}:${syntax.line}:${syntax.col}: config syntax error: ${syntax.message.split('\n')[0]}`)
  const data: unknown = document.toJS()
  if (data === null || data === undefined) return {path, values: {}}
  if (typeof data !== 'object' || Array.isArray(data)) throw new CliError(`${display}: config must be a mapping of options`)
  const values: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const at = document.keyPlace(key)
    const checkKey = KEYS[key]
    if (!checkKey) throw new CliError(`${display}:${at.line}:${at.col}: unknown config key "${key}" (known: ${Object.keys(KEYS).join(', ')})`)
    const problem = checkKey(value)
    if (problem) throw new CliError(`${display}:${at.line}:${at.col}: ${key}: ${problem}`)
    values[key] = value
  }
  // Claims paths are relative to the config file.
  if (values.claims !== undefined) {
    const list = typeof values.claims === 'string' ? [values.claims] : (values.claims as string[])
    values.claims = list.map((item) => resolve(dirname(path), item))
  }
  return {path, values: values as Partial<Settings>}
}

const DEFAULTS: Settings = {
  claims: [],
  defaultClaims: true,
  minScore: DEFAULT_MIN_SCORE,
  top: 0,
  format: 'pretty',
  failOn: 'error',
  unreviewed: false,
  explain: false,
}

/** Defaults < config < flags given on the command line. */
export async function resolveSettings(options: Record<string, unknown>, command: Command, io: Io): Promise<Settings> {
  const configPath = typeof options.config === 'string' ? resolve(io.cwd, options.config) : await findConfig(io.cwd)
  const config = configPath ? (await loadConfig(configPath, io.cwd)).values : {}
  const fromCli = (name: string): boolean => command.getOptionValueSource(name) === 'cli'
  const settings: Settings = {...DEFAULTS, ...config}
  const flag = <K extends keyof Settings>(key: K): void => {
    if (fromCli(key)) settings[key] = options[key] as Settings[K]
  }
  for (const key of ['minScore', 'top', 'format', 'failOn', 'unreviewed', 'explain', 'asOf', 'inputFormat', 'defaultClaims'] as const) flag(key)
  // --claims adds to the config's list; the config's paths come first.
  if (fromCli('claims')) settings.claims = [...(config.claims ?? []), ...(options.claims as string[])]
  if (typeof options.stdinName === 'string') settings.stdinName = options.stdinName
  if (typeof options.diff === 'string') settings.diff = options.diff
  if (typeof options.output === 'string') settings.output = options.output
  if (fromCli('color')) settings.color = options.color as boolean
  return settings
}
