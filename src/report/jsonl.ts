// `--format jsonl`: one finding per line with its path, written as soon as it is found; nothing
// else, so every line is a finding. For `jq` and streaming consumers.
import type {FileReport} from '../types.js'
import {findingJson} from './json.js'
import type {Reporter} from './reporter.js'

export function createJsonlReporter(): Reporter {
  return {
    streaming: true,
    file(report: FileReport) {
      return report.findings.map((finding) => `${JSON.stringify({path: report.path, ...findingJson(finding)})}\n`).join('')
    },
    end: () => '',
  }
}
