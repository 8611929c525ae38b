// Loads the CLI's `main`. The build bundles it into one CommonJS file, dist/bundle/main.cjs, and
// stores V8's code cache for it beside it (main.cjs.cache, made by a run on the example article at
// build time): the start-up path is then read as compiled bytecode instead of being parsed and
// compiled on every run. A cache that does not fit (another Node or V8 version, other V8 flags) is
// refused by V8 and the bundle is compiled as usual; FACTCHECK_NO_CODE_CACHE=1 skips it.
// While the bundle is older than dist/ (after a plain `tsc`), dist/cli/ runs as it is.
import {readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

export const BUNDLE = fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url))
export const CODE_CACHE = `${BUNDLE}.cache`
const UNBUNDLED = new URL('../dist/cli/main.js', import.meta.url)

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
export function compileBundle(cachedData) {
  const source = readFileSync(BUNDLE, 'utf8')
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: BUNDLE, cachedData})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE))
  return {exports: module.exports, script}
}

/** The CLI's `main(argv, io)`. */
export async function loadMain(env = process.env) {
  if (mtime(BUNDLE) < mtime(UNBUNDLED)) return (await import(UNBUNDLED.href)).main
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
