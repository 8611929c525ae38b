// Build steps after `tsc` (which writes dist/ and the type declarations):
// 1. the claims schema compiled ahead of time (ajv standalone code) → dist/claims/schema-validator.cjs,
//    tagged with the hash of the schema it came from (validate.ts uses it only while they agree);
// 2. the CLI bundled with esbuild into one CommonJS file, dist/bundle/main.cjs. The Markdown and
//    HTML parsers, output formats and claims tooling are in it but run only when imported (esbuild
//    wraps each dynamically imported module in a lazy initialiser), and V8 compiles a function
//    only on its first call. The bundle carries the cache's code fingerprint of dist/ (see
//    codeFingerprint in src/claims/cache.ts), so a run does not read and hash all of dist/.
// 3. V8's code cache for the bundle → dist/bundle/main.cjs.cache: the bundle is run on the example
//    article (claims and index already cached, as in every later run) and V8 is asked for the
//    code it compiled. bin/load.js hands it to V8, which refuses it if it does not fit.
import {createHash} from 'node:crypto'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {dirname, join} from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import {build} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {AJV_OPTIONS} = await import(join(root, 'dist/claims/validate.js'))
const {fingerprintOf} = await import(join(root, 'dist/claims/cache.js'))

// 1. Schema validator.
const schema = readFileSync(join(root, 'claims/schema.json'), 'utf8')
const ajv = new Ajv({...AJV_OPTIONS, code: {source: true}})
const code = standaloneCode.default(ajv, ajv.compile(JSON.parse(schema)))
const hash = createHash('sha256').update(schema).digest('hex')
mkdirSync(join(root, 'dist/claims'), {recursive: true})
writeFileSync(join(root, 'dist/claims/schema-validator.cjs'), `${code}\nmodule.exports.validate = module.exports;\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`)

// 2. CLI bundle. The fingerprint covers dist/ as it is now (the validator above included), which
// is the code the bundle is made from.
const outdir = join(root, 'dist/bundle')
rmSync(outdir, {recursive: true, force: true})
const fingerprint = fingerprintOf(join(root, 'dist'))
await build({
  entryPoints: [join(root, 'dist/cli/main.js')],
  outfile: join(outdir, 'main.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Paths are found from the module's own place: in the bundle, the bundle's file.
  banner: {js: "const __factcheckBundleUrl = require('node:url').pathToFileURL(__filename).href;"},
  define: {FACTCHECK_CODE_FINGERPRINT: JSON.stringify(fingerprint), 'import.meta.url': '__factcheckBundleUrl'},
  logLevel: 'warning',
  legalComments: 'none',
})
// ASCII only, so that V8 holds the source as one byte per character and reading it is a copy: a
// few comments and regular expressions keep non-ASCII characters (esbuild leaves them as they
// are), and one of them makes Node decode the whole file as UTF-8 into a two-byte string, about
// 10 ms on every run. Each is written as its \u escape, which means the same in strings, regular
// expressions, identifiers and comments (the bundle has no String.raw template with such text).
const bundled = readFileSync(join(outdir, 'main.cjs'), 'utf8')
// (A backslash before such a character would turn the escape into text: the build stops instead.)
if (/\\[^\x00-\x7f]/.test(bundled)) throw new Error('build: an escaped non-ASCII character in the bundle')
const ascii = bundled.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
writeFileSync(join(outdir, 'main.cjs'), ascii)

// 3. Code cache, from a run like a user's: a first run (another process) fills a scratch claims
// cache, then this one checks the example article and keeps what V8 compiled.
const {compileBundle, CODE_CACHE} = await import(join(root, 'bin/load.js'))
const example = join(root, 'fixtures/example-oped.txt')
const scratch = mkdtempSync(join(os.tmpdir(), 'factcheck-build-'))
try {
  const env = {...process.env, FACTCHECK_CACHE_DIR: scratch, FACTCHECK_NO_CODE_CACHE: '1', NO_COLOR: '1'}
  delete env.FACTCHECK_NO_CACHE
  const first = spawnSync(process.execPath, [join(root, 'bin/factcheck.js'), example], {env, stdio: 'ignore'})
  if (first.status !== 0 && first.status !== 1) throw new Error(`build: the bundle failed on ${example} (exit ${first.status})`)
  const {exports, script} = compileBundle()
  const sink = new Writable({
    write(_chunk, _encoding, done) {
      done()
    },
  })
  const exit = await exports.main(['node', 'factcheck', example], {stdin: process.stdin, stdout: sink, stderr: sink, env, cwd: root})
  if (exit !== 0 && exit !== 1) throw new Error(`build: the bundle failed on ${example} (exit ${exit})`)
  writeFileSync(CODE_CACHE, script.createCachedData())
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
