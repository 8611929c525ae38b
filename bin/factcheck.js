#!/usr/bin/env node
// factcheck command: runs the built CLI, installed by `npm install` (prepare → build). The build
// bundles it into dist/bundle/ (fewer files to load at start-up); while that bundle is older than
// dist/ (after a plain `tsc`), dist/cli/ runs as it is.
import {statSync} from 'node:fs'
import module from 'node:module'

// Node 22.1+ keeps compiled code between runs (Node 20 has no such cache: this does nothing there).
module.enableCompileCache?.()

const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs
  } catch {
    return -1
  }
}
const {main} = await import(mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js') ? '../dist/bundle/main.js' : '../dist/cli/main.js')

// A closed pipe (`factcheck big.txt | head -1`) ends the run quietly. A closed stderr only loses
// the messages: the run goes on and keeps its exit code (an uncaught EPIPE would make it 1).
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
process.stderr.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
})

const code = await main(process.argv, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
process.exitCode = code
