// `--format html`: one self-contained page to read or share. Each file's findings are listed with
// the sentence highlighted by severity; the claim, verdict and sources show on hover, on focus
// (tab or click the sentence) and when printing. No script, no external resource, a strict CSP;
// every text is escaped and only http(s) URLs become links. Same input, same bytes.
import type {FileReport, Finding, Source, Summary} from '../types.js'
import {STATUSES} from '../types.js'
import {summaryLine} from './pretty.js'
import {ratedAs, type ReportOptions, type Reporter} from './reporter.js'

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

/** The URL to link to, if it is an absolute http(s) URL; anything else is shown, not linked. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

function link(url: string, text: string): string {
  const href = safeHref(url)
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(text)}</a>` : escapeHtml(text)
}

function label(finding: Finding): string {
  if (finding.conflict) return `${finding.conflict.type} conflict`
  if (finding.kind === 'match' && finding.claim) return finding.claim.status
  return 'unreviewed'
}

/** The sentence, escaped, with the conflicting value (when it appears verbatim) emphasised. */
export function sentenceHtml(finding: Finding): string {
  const value = finding.conflict?.article
  const at = value ? finding.sentence.toLowerCase().indexOf(value.toLowerCase()) : -1
  if (!value || at < 0) return escapeHtml(finding.sentence)
  const end = at + value.length
  return `${escapeHtml(finding.sentence.slice(0, at))}<strong>${escapeHtml(finding.sentence.slice(at, end))}</strong>${escapeHtml(finding.sentence.slice(end))}`
}

function sourceItem(source: Source): string {
  const url = safeHref(source.url) ? '' : ` <span class="url">${escapeHtml(source.url)}</span>`
  return `<li>${escapeHtml(source.publisher)}, ${escapeHtml(source.date)}: ${link(source.url, source.title)}${url}</li>`
}

/** What shows on hover and focus: the claim, the conflict, the verdict, the sources. */
export function findingCard(finding: Finding): string {
  const parts: string[] = []
  const claim = finding.claim
  if (finding.conflict) {
    const {type, article, record} = finding.conflict
    parts.push(
      `<p class="conflict">Contradicts the record (${escapeHtml(type)}): the article says <b>${escapeHtml(article)}</b>, the record says <b>${escapeHtml(record)}</b>.</p>`,
    )
  }
  if (claim) {
    const score = finding.score === undefined ? '' : ` <span class="dim">score ${finding.score.toFixed(2)}</span>`
    parts.push(
      `<p class="claim"><span class="status st-${escapeHtml(claim.status)}">${escapeHtml(ratedAs(claim))}</span> “${escapeHtml(claim.text)}” <code>${escapeHtml(claim.id)}</code>${score}</p>`,
      `<p class="verdict">${escapeHtml(claim.verdict)}</p>`,
    )
    if (claim.sources.length > 0) parts.push(`<ul class="sources">${claim.sources.map(sourceItem).join('')}</ul>`)
  } else {
    parts.push('<p>Check-worthy, but no reviewed claim covers it: verify it by hand or add a claim.</p>')
  }
  if (finding.candidates && finding.candidates.length > 0) {
    const list = finding.candidates.map((c) => `<code>${escapeHtml(c.id)}</code> ${c.score.toFixed(2)}`).join(', ')
    parts.push(`<p class="dim">Candidates: ${list}</p>`)
  }
  if (finding.explanation) {
    const e = finding.explanation
    parts.push(`<p class="dim">Matched “${escapeHtml(e.matchedText)}”; shared: ${escapeHtml(e.shared.join(', ') || '-')}; missing: ${escapeHtml(e.missing.join(', ') || '-')}</p>`)
  }
  return parts.join('')
}

function findingItem(finding: Finding, id: string): string {
  const place = `${finding.line}:${finding.column}–${finding.endLine}:${finding.endColumn}`
  const tone = finding.severity === 'info' && (finding.claim?.status === 'true' || finding.claim?.status === 'mostly-true') ? ' accurate' : ''
  return [
    `<li class="finding sev-${finding.severity}${tone}" id="${id}">`,
    `<div class="meta"><a class="pos" href="#${id}">${place}</a> <span class="badge">${finding.severity}</span> <span class="label">${escapeHtml(label(finding))}</span></div>`,
    `<div class="hl"><mark tabindex="0" aria-describedby="${id}-tip">${sentenceHtml(finding)}</mark>`,
    `<div class="tip" role="tooltip" id="${id}-tip">${findingCard(finding)}</div></div>`,
    '</li>',
  ].join('\n')
}

function fileSection(report: FileReport, index: number): string {
  const id = `file-${index + 1}`
  const counts = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${report.sentences} sentence${report.sentences === 1 ? '' : 's'}`
  const body =
    report.findings.length === 0
      ? '<p class="none">No findings.</p>'
      : `<ol class="findings">\n${report.findings.map((finding, n) => findingItem(finding, `${id}-${n + 1}`)).join('\n')}\n</ol>`
  return `<section class="file" id="${id}">\n<h2>${escapeHtml(report.path)} <span class="dim">${counts}</span></h2>\n${body}\n</section>`
}

function summaryTable(summary: Summary): string {
  const rows: Array<[string, number, string]> = [
    ['errors', summary.bySeverity.error, 'sev-error'],
    ['warnings', summary.bySeverity.warning, 'sev-warning'],
    ['info', summary.bySeverity.info, 'sev-info'],
    ...STATUSES.filter((status) => summary.byStatus[status]).map((status): [string, number, string] => [status, summary.byStatus[status] ?? 0, '']),
    ['conflicts', summary.conflicts, ''],
    ['not in the database', summary.unreviewed, ''],
  ]
  const cells = rows.map(([name, count, cls]) => `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${escapeHtml(name)}</th><td>${count}</td></tr>`)
  return `<table class="counts">\n${cells.join('\n')}\n</table>`
}

function fileIndex(reports: readonly FileReport[]): string {
  const items = reports.map((report, index) => `<li><a href="#file-${index + 1}">${escapeHtml(report.path)}</a> <span class="dim">${report.findings.length}</span></li>`)
  return `<ul class="files">\n${items.join('\n')}\n</ul>`
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--dim:#59636e;--line:#d1d9e0;--tipbg:#fff;
--error:#cf222e;--error-bg:#ffebe9;--warning:#9a6700;--warning-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;--ok:#1a7f37;--ok-bg:#dafbe1}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--dim:#9198a1;--line:#3d444d;--tipbg:#151b23;
--error:#ff7b72;--error-bg:#4b1113;--warning:#d29922;--warning-bg:#3b2e04;--info:#58a6ff;--info-bg:#0c2d6b;--ok:#3fb950;--ok-bg:#0f3b1e}}
body{font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);word-break:break-all}
.dim,.pos{color:var(--dim);font-weight:normal;font-size:.9em}code{font-size:.85em}
table.counts{border-collapse:collapse;margin:.5rem 0}table.counts th{text-align:left;font-weight:normal;padding:.1rem 1rem .1rem 0}table.counts td{text-align:right}
tr.sev-error th{color:var(--error)}tr.sev-warning th{color:var(--warning)}tr.sev-info th{color:var(--info)}
ol.findings{list-style:none;padding:0}.finding{margin:0 0 1rem;padding-left:.75rem;border-left:4px solid var(--c)}
.sev-error{--c:var(--error);--cbg:var(--error-bg)}.sev-warning{--c:var(--warning);--cbg:var(--warning-bg)}
.sev-info{--c:var(--info);--cbg:var(--info-bg)}.sev-info.accurate{--c:var(--ok);--cbg:var(--ok-bg)}
.badge,.label{font-size:.8em;font-weight:600;text-transform:uppercase;color:var(--c)}
.hl{position:relative}mark{background:var(--cbg);color:inherit;border-bottom:2px solid var(--c);cursor:help;padding:0 .1em}
mark:focus{outline:2px solid var(--c);outline-offset:2px}mark strong{text-decoration:underline wavy var(--c)}
.tip{display:none;position:absolute;z-index:10;left:0;top:100%;width:min(40rem,90vw);padding:.5rem .9rem;background:var(--tipbg);
border:1px solid var(--line);border-top:3px solid var(--c);border-radius:6px;box-shadow:0 8px 24px rgba(0,0,0,.2);font-size:.92em}
.hl:hover .tip,.hl:focus-within .tip,#expand:checked~main .tip{display:block}#expand:checked~main .tip{position:static;width:auto;box-shadow:none}
.tip p{margin:.4rem 0}.status{font-weight:600;text-transform:uppercase;font-size:.85em}.sources{margin:.3rem 0;padding-left:1.2rem}
.st-false{color:var(--error)}.st-misleading,.st-unsupported,.st-disputed,.st-outdated{color:var(--warning)}.st-true,.st-mostly-true{color:var(--ok)}
.url{color:var(--dim);word-break:break-all}.none{color:var(--dim)}
@media print{.tip{display:block;position:static;width:auto;box-shadow:none}label[for=expand],#expand{display:none}}
`

export function formatHtml(reports: readonly FileReport[], summary: Summary, version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factcheck ${escapeHtml(version)}">
<title>factcheck report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>factcheck report</h1>
<p class="summary">${escapeHtml(summaryLine(summary))}</p>
${summaryTable(summary)}
${fileIndex(reports)}
</header>
<input type="checkbox" id="expand"> <label for="expand">Show every claim, verdict and source</label>
<main>
${reports.map(fileSection).join('\n')}
</main>
</body>
</html>
`
}

export function createHtmlReporter(options: ReportOptions): Reporter {
  return {
    streaming: false,
    file: () => '',
    end: (reports, summary) => formatHtml(reports, summary, options.version),
  }
}
