#!/usr/bin/env node
// factcheck command: runs the built CLI, installed by `npm install` (prepare → build). See
// load.js for how it is loaded (the bundle and its code cache, or dist/ as tsc wrote it).
'use strict'
const nodeModule = require('node:module')
const {loadMain} = require('./load.js')

// Node 22.1+ keeps compiled code between runs for dist/ (Node 20 has no such cache: this does
// nothing there; the bundle has its own, made at build time).
nodeModule.enableCompileCache?.()

// A closed pipe (`factcheck big.txt | head -1`) ends the run quietly. A closed stderr only loses
// the messages: the run goes on and keeps its exit code (an uncaught EPIPE would make it 1).
// Any other failure to write the report (a full disk) is one line and exit 2, as for -o FILE.
let stdoutFailed = false
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  if (stdoutFailed) return
  stdoutFailed = true
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message)
  process.stderr.write(`factcheck: <stdout>: cannot write the report (${reason})\n`, () => process.exit(2))
})
process.stderr.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
})

async function run() {
  const main = await loadMain()
  const code = await main(process.argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  })
  process.exitCode = code
  // Exit as soon as the output is flushed. Waiting for the event loop to empty would also wait for
  // V8's background compile jobs, which can take tens of milliseconds more on a busy machine.
  const flushed = (stream) => new Promise((resolve) => stream.write('', () => resolve()))
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit(code)
}

run()
