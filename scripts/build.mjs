// Build steps after `tsc` (which writes dist/ and the type declarations):
// 1. the claims schema compiled ahead of time (ajv standalone code) → dist/claims/schema-validator.cjs,
//    tagged with the hash of the schema it came from (validate.ts uses it only while they agree);
// 2. the CLI bundled with esbuild → dist/bundle/ (one file for the start-up path; the Markdown and
//    HTML parsers, output formats and claims tooling stay separate chunks, loaded when used).
//    bin/factcheck.js runs the bundle when it is newer than dist/cli/main.js, else dist/ as is.
//    The bundle carries the cache's code fingerprint of dist/ (see codeFingerprint in
//    src/claims/cache.ts), so a run does not read and hash all of dist/ to compute it.
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
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
  entryPoints: {main: join(root, 'dist/cli/main.js')},
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies call require() for Node built-ins.
  banner: {js: "import {createRequire as __factcheckRequire} from 'node:module'; const require = __factcheckRequire(import.meta.url);"},
  define: {FACTCHECK_CODE_FINGERPRINT: JSON.stringify(fingerprint)},
  logLevel: 'warning',
  legalComments: 'none',
})
