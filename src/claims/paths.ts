// Where the bundled database lives: claims/ at the package root (dist/claims/ → ../../claims).
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

export const DEFAULT_CLAIMS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../claims')
