#!/usr/bin/env node
// factcheck command: runs the built CLI (dist/), installed by `npm install` (prepare → build).
import {main} from '../dist/cli/main.js'

// A closed pipe (`factcheck big.txt | head -1`) ends the run quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const code = await main(process.argv, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
process.exitCode = code
