// Loads the CLI's `main`. The build bundles it into one CommonJS file, dist/bundle/main.cjs, and
// stores V8's code cache for it beside it (main.cjs.cache, made by a run on the example article at
// build time): the start-up path is then read as compiled bytecode instead of being parsed and
// compiled on every run. A cache that does not fit (another Node or V8 version, other V8 flags) is
// refused by V8 and the bundle is compiled as usual; FACTCHECK_NO_CODE_CACHE=1 skips it.
// While the bundle is older than dist/ (after a plain `tsc`), dist/cli/ runs as it is.
// (bin/ is CommonJS, see bin/package.json: Node starts a CommonJS entry without its ES module
// loader, a few milliseconds on every run.)
'use strict'
const {readFileSync, statSync} = require('node:fs')
const {createRequire} = require('node:module')
const {dirname, join} = require('node:path')
const {pathToFileURL} = require('node:url')
const vm = require('node:vm')

const BUNDLE = join(__dirname, '../dist/bundle/main.cjs')
const CODE_CACHE = `${BUNDLE}.cache`
const UNBUNDLED = join(__dirname, '../dist/cli/main.js')

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

/**
 * Compile and run the bundle, with `cachedData` (V8's code cache) when given. Returns its exports
 * and the compiled script (the build asks it for the code cache after a run).
 */
function compileBundle(cachedData) {
  // The build writes the bundle in ASCII, so Latin-1 reads the same text, as a plain copy.
  const source = readFileSync(BUNDLE, 'latin1')
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: BUNDLE, cachedData})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE))
  return {exports: module.exports, script}
}

/** The CLI's `main(argv, io)`. */
async function loadMain(env = process.env) {
  if (mtime(BUNDLE) < mtime(UNBUNDLED)) return (await import(pathToFileURL(UNBUNDLED).href)).main
  let cachedData
  // As with FACTCHECK_NO_CACHE: set to anything but "", "0" or "false", it is off.
  const off = env.FACTCHECK_NO_CODE_CACHE
  if (off === undefined || off === '' || off === '0' || off === 'false') {
    try {
      cachedData = readFileSync(CODE_CACHE)
    } catch {
      // Not built with one: compile as usual.
    }
  }
  return compileBundle(cachedData).exports.main
}

exports.BUNDLE = BUNDLE
exports.CODE_CACHE = CODE_CACHE
exports.compileBundle = compileBundle
exports.loadMain = loadMain
