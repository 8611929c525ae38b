// The evaluation: run a matcher over the labelled set (eval/set.yaml) and score it.
// Used by eval/run.mjs (`npm run eval`, on the built library) and by test/match.test.ts (on the
// TypeScript sources), so both measure the same thing.
import {readFileSync} from 'node:fs'
import {parse} from 'yaml'

export const CATEGORIES = ['paraphrase', 'altered', 'same-topic', 'unrelated', 'uncovered', 'opinion']
/** Categories whose items state no claim in the database. */
const NO_CLAIM = new Set(['same-topic', 'unrelated', 'uncovered', 'opinion'])
export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
/** The date whose verdicts the set was labelled against. */
export const EVAL_AS_OF = '2026-11-29'
/** The ratings of accurate claims. */
export const ACCURATE = new Set(['true', 'mostly-true'])

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** Read and check the labelled set against the claim ids that exist. */
export function loadSet(path, claims) {
  const items = parse(readFileSync(path, 'utf8'))
  const ids = new Set(claims.map((claim) => claim.id))
  items.forEach((item, index) => {
    const where = `${path} item ${index + 1}`
    if (typeof item?.text !== 'string' || !item.expect) throw new Error(`${where}: needs text and expect`)
    if (!CATEGORIES.includes(item.expect.category)) throw new Error(`${where}: unknown category ${item.expect.category}`)
    for (const id of [...asList(item.expect.claim), ...asList(item.expect.also).flatMap(asList), ...asList(item.expect.accept)]) {
      if (!ids.has(id)) throw new Error(`${where}: unknown claim id ${id}`)
    }
    const needsClaim = item.expect.category === 'paraphrase' || item.expect.category === 'altered'
    if (needsClaim !== asList(item.expect.claim).length > 0) throw new Error(`${where}: claim ${needsClaim ? 'missing' : 'not expected'}`)
  })
  return items
}

/** Claim groups an item expects: each group is a set of ids, any of which is right. */
function groups(item) {
  const {claim, also} = item.expect
  if (claim === undefined) return []
  return [new Set(asList(claim)), ...asList(also).map((group) => new Set(asList(group)))]
}

// ── the reference ranking: plain Okapi BM25 over claim text + variants ──────────────────────
const simpleTokens = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

export function createBm25(claims, {k1 = 1.2, b = 0.75} = {}) {
  const docs = claims.map((claim) => {
    const tf = new Map()
    const tokens = simpleTokens([claim.claim, ...(claim.variants ?? [])].join(' '))
    for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1)
    return {id: claim.id, tf, length: tokens.length}
  })
  const df = new Map()
  for (const doc of docs) for (const token of doc.tf.keys()) df.set(token, (df.get(token) ?? 0) + 1)
  const average = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(docs.length, 1)
  const idf = (token) => Math.log(1 + (docs.length - (df.get(token) ?? 0) + 0.5) / ((df.get(token) ?? 0) + 0.5))
  return {
    rank(text, limit) {
      const query = [...new Set(simpleTokens(text))].filter((token) => df.has(token))
      const scored = []
      for (const doc of docs) {
        let score = 0
        for (const token of query) {
          const f = doc.tf.get(token)
          if (f) score += (idf(token) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * doc.length) / average))
        }
        if (score > 0) scored.push({id: doc.id, score})
      }
      return scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)).slice(0, limit)
    },
  }
}

function reciprocalRank(ids, wanted) {
  const index = ids.findIndex((id) => wanted.has(id))
  return index < 0 ? 0 : 1 / (index + 1)
}

// ── judging one item ────────────────────────────────────────────────────────────────────────
function sentenceOf(text) {
  return {text, line: 1, column: 1, endLine: 1, endColumn: text.length + 1, offset: 0, endOffset: text.length}
}

function findingsOf(result) {
  if (Array.isArray(result.findings)) return result.findings
  return result.finding ? [result.finding] : []
}

/** Score one item's findings against its labels. */
export function scoreItem(item, findings, statusOf) {
  const {category} = item.expect
  const expected = groups(item)
  const accept = new Set(asList(item.expect.accept))
  const primary = expected[0] ?? new Set()
  const claimFindings = findings.filter((f) => f.kind !== 'unreviewed')
  const unreviewed = findings.some((f) => f.kind === 'unreviewed')
  const correct = (f) => {
    if (category === 'paraphrase') return f.kind === 'match' && expected.some((g) => g.has(f.claim.id))
    if (category === 'altered') {
      return (f.kind === 'conflict' && primary.has(f.claim.id)) || (f.kind === 'match' && accept.has(f.claim.id))
    }
    return false
  }
  const right = claimFindings.filter(correct)
  const found = expected.filter((g) => right.some((f) => g.has(f.claim.id))).length
  // Inaccurate: an altered claim, or a paraphrase of claims that are not accurate as of the date.
  const inaccurate =
    category === 'altered' || (category === 'paraphrase' && expected.every((g) => [...g].every((id) => !ACCURATE.has(statusOf(id)))))
  const warned = claimFindings.some((f) => f.kind === 'conflict' || !ACCURATE.has(f.claim.status))
  const reassured = claimFindings.some((f) => f.kind === 'match' && ACCURATE.has(f.claim.status))
  const falseReassurance = inaccurate && reassured && !warned
  let falseAlarm = false
  if (NO_CLAIM.has(category)) falseAlarm = claimFindings.length > 0 || (category === 'opinion' && unreviewed)
  else if (category === 'paraphrase' && !inaccurate) falseAlarm = claimFindings.some((f) => f.kind === 'conflict')
  const conflictFinding = claimFindings.find((f) => f.kind === 'conflict' && primary.has(f.claim.id))
  return {
    inaccurate,
    findings: claimFindings.length,
    right: right.length,
    groups: expected.length,
    found,
    falseReassurance,
    falseAlarm,
    unreviewed,
    conflictType: category === 'altered' && item.expect.conflict ? (conflictFinding ? conflictFinding.conflict.type === item.expect.conflict : undefined) : undefined,
  }
}

const ratio = (a, b) => (b === 0 ? undefined : a / b)
const f1 = (p, r) => (p === undefined || r === undefined ? undefined : p + r === 0 ? 0 : (2 * p * r) / (p + r))

function aggregate(scored) {
  const sum = (key) => scored.reduce((total, s) => total + (typeof s[key] === 'number' ? s[key] : s[key] ? 1 : 0), 0)
  const findings = sum('findings')
  const right = sum('right')
  const groupsTotal = sum('groups')
  const found = sum('found')
  const precision = findings === 0 ? (groupsTotal > 0 || scored.length > 0 ? 1 : undefined) : right / findings
  const recall = ratio(found, groupsTotal)
  const alarmable = scored.filter((s) => s.alarmable)
  const typed = scored.filter((s) => s.conflictType !== undefined)
  return {
    n: scored.length,
    findings,
    precision: findings === 0 && groupsTotal === 0 ? undefined : precision,
    recall,
    f1: f1(findings === 0 && groupsTotal === 0 ? undefined : precision, recall),
    falseReassurance: sum('falseReassurance'),
    falseAlarms: alarmable.filter((s) => s.falseAlarm).length,
    falseAlarmRate: ratio(alarmable.filter((s) => s.falseAlarm).length, alarmable.length),
    conflictTypeAccuracy: ratio(typed.filter((s) => s.conflictType).length, typed.length),
    unreviewedRecall: ratio(
      scored.filter((s) => s.category === 'uncovered' && s.unreviewed && s.findings === 0).length,
      scored.filter((s) => s.category === 'uncovered').length,
    ),
  }
}

/**
 * Run the evaluation. `createMatcher` builds the matcher under test; `minScore` is the default
 * threshold the main table reports; every threshold in `thresholds` gets one summary line.
 */
export function evaluate({createMatcher, claims, items, minScore, asOf = EVAL_AS_OF, thresholds = THRESHOLDS, verdictAsOf}) {
  const matcher = createMatcher(claims)
  const bm25 = createBm25(claims)
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const statusOf = (id) => (verdictAsOf ? verdictAsOf(byId.get(id), asOf).status : byId.get(id).status)
  const run = (threshold) =>
    items.map((item) => {
      const result = matcher.judge(sentenceOf(item.text), {minScore: threshold, top: 0, asOf, unreviewed: true, explain: false})
      const findings = findingsOf(result)
      const score = scoreItem(item, findings, statusOf)
      const {category} = item.expect
      return {
        ...score,
        category,
        alarmable: NO_CLAIM.has(category) || (category === 'paraphrase' && !score.inaccurate),
        text: item.text,
        expect: item.expect,
        got: findings.map((f) => (f.kind === 'unreviewed' ? 'unreviewed' : `${f.kind}:${f.claim.id}${f.conflict ? `(${f.conflict.type})` : ''}@${f.score}`)),
      }
    })

  const table = (scored) => {
    const rows = {}
    for (const category of CATEGORIES) rows[category] = aggregate(scored.filter((s) => s.category === category))
    rows.overall = aggregate(scored)
    return rows
  }

  run(minScore) // warm-up: caches and JIT, so the timing below is the steady state
  const started = performance.now()
  const main = run(minScore)
  const elapsed = performance.now() - started

  // Ranking quality: MRR@5 of the matcher's ranking and of plain BM25, for items with a claim.
  const ranked = items.filter((item) => groups(item).length > 0)
  const mrr = {}
  for (const category of [...CATEGORIES, 'overall']) mrr[category] = {matcher: [], bm25: []}
  for (const item of ranked) {
    const wanted = new Set([...groups(item).flatMap((g) => [...g]), ...asList(item.expect.accept)])
    const ours = reciprocalRank(matcher.rank(item.text, 5).map((r) => r.claim.id), wanted)
    const reference = reciprocalRank(bm25.rank(item.text, 5).map((r) => r.id), wanted)
    for (const key of [item.expect.category, 'overall']) {
      mrr[key].matcher.push(ours)
      mrr[key].bm25.push(reference)
    }
  }
  const mean = (values) => (values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length)
  const rows = table(main)
  for (const [key, value] of Object.entries(rows)) {
    value.mrr5 = mean(mrr[key].matcher)
    value.bm25Mrr5 = mean(mrr[key].bm25)
  }

  const sweep = thresholds.map((threshold) => ({threshold, ...table(threshold === minScore ? main : run(threshold)).overall}))
  const failures = main.filter(
    (s) => s.falseAlarm || s.falseReassurance || s.found < s.groups || s.right < s.findings || (s.category === 'uncovered' && !s.unreviewed) || s.conflictType === false,
  )
  return {asOf, minScore, items: items.length, msPerSentence: elapsed / items.length, rows, sweep, failures}
}

// ── printing ────────────────────────────────────────────────────────────────────────────────
const fmt = (value, digits = 3) => (value === undefined ? '–' : value.toFixed(digits))

export function formatReport(report) {
  const lines = []
  lines.push(`factcheck eval: ${report.items} sentences, --min-score ${report.minScore}, --as-of ${report.asOf}, ${report.msPerSentence.toFixed(2)} ms/sentence`)
  lines.push('')
  const header = ['category', 'n', 'P', 'R', 'F1', 'false reass.', 'false alarms', 'MRR@5', 'BM25 MRR@5', 'conflict type', 'unreviewed']
  const body = Object.entries(report.rows).map(([name, row]) => [
    name,
    String(row.n),
    fmt(row.precision),
    fmt(row.recall),
    fmt(row.f1),
    String(row.falseReassurance),
    row.falseAlarmRate === undefined ? '–' : `${row.falseAlarms} (${fmt(row.falseAlarmRate)})`,
    fmt(row.mrr5),
    fmt(row.bm25Mrr5),
    fmt(row.conflictTypeAccuracy),
    fmt(row.unreviewedRecall),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  lines.push(line(header))
  lines.push(`|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`)
  for (const row of body) lines.push(line(row))
  lines.push('')
  lines.push('threshold sweep (overall):')
  for (const row of report.sweep) {
    lines.push(
      `  min-score ${row.threshold.toFixed(2)}  P ${fmt(row.precision)}  R ${fmt(row.recall)}  F1 ${fmt(row.f1)}  false reassurance ${row.falseReassurance}  false alarms ${row.falseAlarms} (${fmt(row.falseAlarmRate)})${row.threshold === report.minScore ? '  ← default' : ''}`,
    )
  }
  return lines.join('\n')
}

/** Do the results meet the targets? Returns the list of misses (empty when all are met). */
export function targetMisses(report) {
  const overall = report.rows.overall
  const misses = []
  if (!(overall.precision >= 0.95)) misses.push(`precision ${fmt(overall.precision)} < 0.95`)
  if (!(overall.recall >= 0.9)) misses.push(`recall ${fmt(overall.recall)} < 0.90`)
  if (overall.falseReassurance !== 0) misses.push(`false reassurance ${overall.falseReassurance} ≠ 0`)
  if (!(overall.falseAlarmRate <= 0.03)) misses.push(`false-alarm rate ${fmt(overall.falseAlarmRate)} > 0.03`)
  if (!(overall.mrr5 >= overall.bm25Mrr5)) misses.push(`MRR@5 ${fmt(overall.mrr5)} < BM25 ${fmt(overall.bm25Mrr5)}`)
  return misses
}
