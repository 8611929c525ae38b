// How the command starts: the bundle with the V8 code cache made at build time (bin/load.js), and
// what happens when that cache does not fit. Each run is a separate process, as a user's is.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT, runCli} from './helpers.js'

const EXAMPLE = join(ROOT, 'fixtures/example-oped.txt')
const scratch = mkdtempSync(join(tmpdir(), 'factcheck-startup-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('start-up: the bundle and its code cache', () => {
  it('the build leaves a code cache that V8 accepts for the bundle', () => {
    // In a process of its own: V8 refuses a cache made under other V8 flags.
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import {readFileSync} from 'node:fs'
         import {compileBundle, CODE_CACHE} from ${JSON.stringify(join(ROOT, 'bin/load.js'))}
         const {script, exports} = compileBundle(readFileSync(CODE_CACHE))
         console.log(JSON.stringify({rejected: script.cachedDataRejected, main: typeof exports.main}))`,
      ],
      {encoding: 'utf8'},
    )
    expect(probe.stderr).toBe('')
    expect(JSON.parse(probe.stdout)).toEqual({rejected: false, main: 'function'})
  })

  it('the bundle is plain ASCII (read as Latin-1), and reports non-ASCII text as dist/ does', () => {
    expect(readFileSync(join(ROOT, 'dist/bundle/main.cjs')).every((byte) => byte < 0x80)).toBe(true)
    const article = join(scratch, 'quotes.txt')
    writeFileSync(article, '“China took the lead globally in scheduling fentanyl as a class in May 2019,” an official said — ‘twice’ → ✔.\n')
    const args = [article, '--color', '--explain', '--unreviewed']
    const bundled = runCli(args)
    const unbundled = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import {main} from ${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}
         process.exitCode = await main(['node', 'factcheck', ...${JSON.stringify(args)}], {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()})`,
      ],
      {encoding: 'utf8', cwd: ROOT},
    )
    expect(bundled.code).toBe(1)
    expect(bundled.stdout).toMatch(/“China took the lead globally in scheduling fentanyl as a class in May 2019,” an official said — ‘twice’ → ✔\./)
    expect(bundled.stdout).toContain('✖')
    expect({code: unbundled.status, stdout: unbundled.stdout, stderr: unbundled.stderr}).toEqual({code: 1, stdout: bundled.stdout, stderr: bundled.stderr})
  })

  it('gives the same report with and without the code cache', () => {
    const env = {FACTCHECK_NO_CACHE: '1'}
    const cached = runCli([EXAMPLE, '--format', 'json'], {env})
    const uncached = runCli([EXAMPLE, '--format', 'json'], {env: {...env, FACTCHECK_NO_CODE_CACHE: '1'}})
    expect(cached.code).toBe(1)
    expect(uncached.code).toBe(1)
    expect(cached.stderr).toBe('')
    expect(uncached.stdout).toBe(cached.stdout)
  })

  it('a code cache that does not fit (corrupt, or from another build) is refused and the run is the same', () => {
    // A copy of the installed package, with its times kept (the bundle must stay newer than dist/).
    const copy = join(scratch, 'package')
    for (const part of ['bin', 'dist', 'claims', 'package.json']) cpSync(join(ROOT, part), join(copy, part), {recursive: true, preserveTimestamps: true})
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
    const env = {FACTCHECK_NO_CACHE: '1'}
    const expected = runCli([EXAMPLE, '--format', 'json'], {env})
    const run = (): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [join(copy, 'bin/factcheck.js'), EXAMPLE, '--format', 'json'], {env: {...process.env, ...env}, encoding: 'utf8'})
    for (const cache of [Buffer.from('not a code cache'), Buffer.alloc(614_000, 0xab)]) {
      writeFileSync(join(copy, 'dist/bundle/main.cjs.cache'), cache)
      const result = run()
      expect(result.stderr).toBe('')
      expect(result.status).toBe(1)
      expect(result.stdout).toBe(expected.stdout)
    }
    // The cache of the build, for a bundle that has changed since.
    cpSync(join(ROOT, 'dist/bundle/main.cjs.cache'), join(copy, 'dist/bundle/main.cjs.cache'))
    writeFileSync(join(copy, 'dist/bundle/main.cjs'), `${readFileSync(join(ROOT, 'dist/bundle/main.cjs'), 'utf8')}\n// changed\n`)
    const changed = run()
    expect(changed.status).toBe(1)
    expect(changed.stdout).toBe(expected.stdout)
    rmSync(join(copy, 'dist/bundle/main.cjs.cache'))
    const without = run()
    expect(without.status).toBe(1)
    expect(without.stdout).toBe(expected.stdout)
  })

  it('writes everything before it exits, also into a pipe that is read slowly', () => {
    // The command exits as soon as its output is flushed, not when the event loop empties: the
    // output (over 64 KiB, more than a pipe holds) must all be there.
    const article = join(scratch, 'long.txt')
    writeFileSync(article, Array.from({length: 8}, () => readFileSync(EXAMPLE, 'utf8')).join('\n'))
    const env = {FACTCHECK_NO_CACHE: '1'}
    const full = runCli([article, '--format', 'jsonl'], {env})
    const slow = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/factcheck.js')}" "${article}" --format jsonl | (sleep 1; cat)`], {
      env: {...process.env, ...env},
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    })
    expect(full.stdout.length).toBeGreaterThan(65_536)
    expect(slow.stdout).toBe(full.stdout)
  })
})
