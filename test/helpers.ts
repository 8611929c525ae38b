// Shared helpers for end-to-end tests: run the built CLI as a user would.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {Finding, Summary} from '../src/types.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BIN = fileURLToPath(new URL('../bin/factcheck.js', import.meta.url))
export const CORE_CLAIMS = ['--no-default-claims', '--claims', 'test/fixtures/core/claims.yaml']

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: {input?: string; env?: NodeJS.ProcessEnv; cwd?: string} = {}): Run {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true', ...options.env}
  for (const key of Object.keys(env)) if (env[key] === '') delete env[key]
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The `--format json` document: the public contract, typed by the source's own types. */
export interface JsonReport {
  files: Array<{path: string; findings: Finding[]}>
  summary: Summary
}
