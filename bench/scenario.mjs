// One bench scenario, run in its own process so its peak RSS is its own:
//   node bench/scenario.mjs <kind> <json options>
// Prints one JSON line: the timings (ms) and peak RSS (bytes) of this process.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const [kind, raw] = process.argv.slice(2)
const options = JSON.parse(raw ?? '{}')
const now = () => performance.now()
const out = {}

/** Time `run` `times` times; the fastest run (least disturbed by other work on the machine). */
async function fastest(times, run) {
  let best = Infinity
  for (let i = 0; i < times; i++) {
    const start = now()
    await run()
    best = Math.min(best, now() - start)
  }
  return best
}

if (kind === 'load') {
  // Claims loading and index building, without the cache or from it.
  const {loadClaims} = await import(join(root, 'dist/claims/load.js'))
  const {createChecker} = await import(join(root, 'dist/index.js'))
  let start = now()
  const database = await loadClaims([options.claims], {cache: options.cache})
  out.load = now() - start
  start = now()
  createChecker(database)
  out.index = now() - start
  out.claims = database.claims.length
} else if (kind === 'check') {
  // The article against a database, matcher ready, next to the parse-only floor and the naive
  // fuse.js baseline, in the same process.
  const {loadClaims} = await import(join(root, 'dist/claims/load.js'))
  const {createChecker} = await import(join(root, 'dist/index.js'))
  const {VFile} = await import('vfile')
  const {unified} = await import('unified')
  const {default: retextEnglish} = await import('retext-english')
  const {segmentSentences} = await import(join(root, 'dist/parse/segment.js'))
  const text = readFileSync(options.article, 'utf8')
  const database = await loadClaims([options.claims], {cache: options.cache})
  const checker = createChecker(database)
  const floorProcessor = unified().use(retextEnglish).freeze()
  const floor = () => {
    const file = new VFile({value: text})
    floorProcessor.runSync(floorProcessor.parse(file), file)
  }
  let result
  const check = async () => {
    result = await checker.checkFile(new VFile({path: 'article.txt', value: text}), 'text')
  }
  // The first run of each in this process (the matcher's per-claim work and the JIT are cold),
  // then the fastest of `repeat` more, alternating.
  out.floorFirst = await fastest(1, floor)
  out.checkFirst = await fastest(1, check)
  out.floor = Infinity
  out.check = Infinity
  for (let i = 0; i < options.repeat; i++) {
    out.floor = Math.min(out.floor, await fastest(1, floor))
    out.check = Math.min(out.check, await fastest(1, check))
  }
  out.sentences = result.sentences
  out.findings = result.findings.length
  if (options.naiveSample > 0) {
    // Naive baseline: fuse.js, default options, over every claim text, once per sentence.
    const {default: Fuse} = await import('fuse.js')
    const texts = database.claims.flatMap((claim) => [claim.claim, ...(claim.variants ?? [])])
    let start = now()
    const fuse = new Fuse(texts)
    out.naiveBuild = now() - start
    const {sentences} = await segmentSentences(new VFile({value: text}), 'text')
    const step = Math.max(1, Math.floor(sentences.length / options.naiveSample))
    const sample = sentences.filter((_, index) => index % step === 0).slice(0, options.naiveSample)
    start = now()
    for (const sentence of sample) fuse.search(sentence.text)
    out.naivePerSentence = (now() - start) / sample.length
    out.naiveSampled = sample.length
    // Splitting into sentences is part of any checker: the floor, plus the searches.
    out.naive = out.floor + out.naiveBuild + out.naivePerSentence * sentences.length
  }
} else if (kind === 'floor') {
  // Parse only, as a whole process: load unified + retext-english, read the article, parse it.
  const start = now()
  const {VFile} = await import('vfile')
  const {unified} = await import('unified')
  const {default: retextEnglish} = await import('retext-english')
  const processor = unified().use(retextEnglish)
  const file = new VFile({value: readFileSync(options.article, 'utf8')})
  processor.runSync(processor.parse(file), file)
  out.run = now() - start
} else if (kind === 'cli') {
  // The command as a user runs it, output discarded; the caller times the process.
  const {loadMain} = await import(join(root, 'bin/load.js'))
  const main = await loadMain()
  const {Writable} = await import('node:stream')
  const sink = new Writable({
    write(_chunk, _encoding, done) {
      done()
    },
  })
  const start = now()
  out.code = await main(['node', 'factcheck', ...options.args], {
    stdin: process.stdin,
    stdout: sink,
    stderr: process.stderr,
    env: process.env,
    cwd: root,
  })
  out.run = now() - start
}
out.maxRss = process.resourceUsage().maxRSS * 1024
process.stdout.write(`${JSON.stringify(out)}\n`)
// Every kind ends the same way, as the command does: exit once the output is written.
process.stdout.write('', () => process.exit(0))
