// Where the bundled database lives: claims/ at the package root (dist/claims/ → ../../claims).
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The package root (dist/claims/ → ../..; the bundle in dist/bundle/ is as deep). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export const DEFAULT_CLAIMS_DIR = resolve(PACKAGE_ROOT, 'claims')
