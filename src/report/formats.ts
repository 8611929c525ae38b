// Output formats by name, each loaded only when used.
import type {FormatName, ReportOptions, Reporter} from './reporter.js'

export async function createReporter(name: FormatName, options: ReportOptions): Promise<Reporter> {
  switch (name) {
    case 'pretty':
      return (await import('./pretty.js')).createPrettyReporter(options)
    case 'json':
      return (await import('./json.js')).createJsonReporter()
    case 'jsonl':
      return (await import('./jsonl.js')).createJsonlReporter()
    case 'sarif':
      return (await import('./sarif.js')).createSarifReporter(options)
    case 'github':
      return (await import('./github.js')).createGithubReporter()
    case 'html':
      return (await import('./html.js')).createHtmlReporter(options)
  }
}
