// A config file as the YAML parser reads it (JSON is YAML too): its value and the places errors
// name. Kept apart from ./config.ts so that the large parser is loaded only when a config file
// exists (most runs have none).
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml'

/** 1-based line and column. */
export interface Place {
  line: number
  col: number
}

export interface ConfigDocument {
  /** The first syntax error, if any (its message may run over several lines). */
  syntaxError?: Place & {message: string}
  /** The document's value; call it only when there is no syntax error. */
  toJS(): unknown
  /** Where a top-level key is written (1:1 when it cannot be found). */
  keyPlace(key: string): Place
}

export function parseConfigDocument(text: string): ConfigDocument {
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  const [syntax] = document.errors
  return {
    ...(syntax ? {syntaxError: {...lines.linePos(syntax.pos[0]), message: syntax.message}} : {}),
    toJS: () => document.toJS() as unknown,
    keyPlace(key) {
      const pair = isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined
      return keyNode?.range ? lines.linePos(keyNode.range[0]) : {line: 1, col: 1}
    },
  }
}
