// Deterministic bench data: a claims database of any size and a long news article, both from a
// seeded PRNG (no downloads). The article paraphrases some claims (matches), restates others with
// other figures (contradictions), and fills the rest with ordinary news copy (no match).
// The first N claims of a larger database are the N-claim database, so sizes are comparable.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {stringify} from 'yaml'

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = (text) => text.split('|')

const STATES = words('Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming')
const CITIES = words('Portland|Seattle|Phoenix|Tucson|San Diego|Los Angeles|San Francisco|Sacramento|Denver|Albuquerque|El Paso|Houston|Dallas|Austin|San Antonio|Chicago|Detroit|Cleveland|Columbus|Pittsburgh|Philadelphia|Baltimore|Boston|Hartford|Newark|Atlanta|Miami|Tampa|Nashville|Louisville|Memphis|St. Louis|Kansas City|Omaha|Minneapolis|Milwaukee|Indianapolis|Charleston|Richmond|Buffalo|Albany|Anchorage|Honolulu|Boise|Salt Lake City|Las Vegas|Reno|Spokane|Tulsa|Little Rock')
const MX_STATES = words('Sinaloa|Sonora|Chihuahua|Baja California|Jalisco|Michoacan|Guerrero|Tamaulipas|Nuevo Leon|Coahuila|Durango|Zacatecas|Colima|Nayarit|Oaxaca|Veracruz|Puebla|Guanajuato|Queretaro|Quintana Roo')
const PROVINCES = words('Hubei|Hebei|Henan|Shandong|Jiangsu|Zhejiang|Guangdong|Fujian|Anhui|Hunan|Jiangxi|Sichuan|Shaanxi|Shanxi|Liaoning|Jilin|Heilongjiang|Yunnan|Guangxi|Shanghai|Tianjin|Wuhan|Shenzhen|Guangzhou|Chongqing')
const PORTS = words('San Ysidro|Otay Mesa|Calexico|Nogales|Lukeville|Douglas|Santa Teresa|El Paso|Presidio|Del Rio|Eagle Pass|Laredo|Hidalgo|Pharr|Brownsville|the Port of Long Beach|the Port of Los Angeles|John F. Kennedy International Airport|the Cincinnati mail facility|the Chicago international mail facility')
const SUBSTANCES = words('fentanyl|fentanyl powder|counterfeit oxycodone pills|carfentanil|acetyl fentanyl|methamphetamine|heroin|cocaine|xylazine|nitazenes|fentanyl-laced pills|para-fluorofentanyl')
const PRECURSORS = words('4-ANPP|NPP|4-AP|1-boc-4-AP|1-boc-4-piperidone|norfentanyl|benzylfentanyl|propionyl chloride|aniline|pill presses|tableting machines|precursor chemicals')
const PRODUCTS = words('steel|aluminum|electric vehicles|solar panels|semiconductors|lithium batteries|medical gloves|ship-to-shore cranes|avocados|tomatoes|auto parts|lumber|critical minerals|pharmaceutical ingredients|consumer electronics|textiles')
const FIRST = words('Wei|Li|Zhang|Chen|Liu|Yang|Huang|Zhao|Wu|Zhou|Jose|Juan|Carlos|Miguel|Luis|Jesus|Rafael|Ovidio|Ismael|Joaquin|Maria|Ana|Rosa|James|Robert|Michael|David|Jennifer|Linda|Sarah|Karen|Daniel|Thomas|Anne|Mark|Paul|Steven|Andrew|Kevin|Brian|Laura|Emily|Rachel|Sophia|Chao|Ming|Jian|Xiu|Hong|Lin')
const LAST = words('Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guzman|Zambada|Garcia|Martinez|Hernandez|Lopez|Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|Rivera|Gomez|Diaz|Cruz|Morales|Ortiz|Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Moore|Jackson|Martin|Thompson|White|Harris|Clark')
const COMPANY_A = words('Hubei|Wuhan|Yuancheng|Jinhe|Amarvel|Shanghai|Hebei|Anhui|Rong|Xinsheng|Tianyu|Hongda|Kaifeng|Lianyungang|Qinzhou|Huanan|Bosheng|Guangyu|Zhongke|Haoxin')
const COMPANY_B = words('Chemical|Biotech|Pharmaceutical|Trading|Technology|Import and Export|Industrial|New Materials|Science|Logistics')
const COMPANY_C = words('Co. Ltd.|Company|Group|Corporation|Limited')
const CARTELS = words('the Sinaloa cartel|the Jalisco New Generation Cartel|the Gulf cartel|the Juarez cartel|the Beltran Leyva Organization|La Nueva Familia Michoacana|Los Chapitos|the Cartel del Noreste')
const AGENCIES = words('U.S. Customs and Border Protection|the Drug Enforcement Administration|the Department of Homeland Security|Homeland Security Investigations|the Coast Guard|the FBI|the Justice Department|the Treasury Department|the Commerce Department|China\'s Ministry of Public Security|Mexico\'s navy|Mexico\'s attorney general\'s office|the National Narcotics Control Commission|the Canada Border Services Agency|the Centers for Disease Control and Prevention')
const SOURCES = words('the CDC|the DEA|CBP data|the National Center for Health Statistics|state health officials|the medical examiner|a congressional report|the U.S. Sentencing Commission|a Treasury statement|a Justice Department filing')
const MONTHS = words('January|February|March|April|May|June|July|August|September|October|November|December')
const TOPICS = words('fentanyl|seizures|overdoses|tariffs|sanctions|indictments|precursors|scheduling|cooperation|cartels|trade|public-health')
const PUBLISHERS = [
  ['U.S. Customs and Border Protection', 'https://www.cbp.gov/newsroom/stats/drug-seizure-statistics'],
  ['Drug Enforcement Administration', 'https://www.dea.gov/press-releases'],
  ['Centers for Disease Control and Prevention', 'https://www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm'],
  ['U.S. Department of the Treasury', 'https://home.treasury.gov/news/press-releases'],
  ['U.S. Department of Justice', 'https://www.justice.gov/news'],
  ['Office of the United States Trade Representative', 'https://ustr.gov/about-us/policy-offices/press-office'],
  ['Associated Press', 'https://apnews.com/hub/fentanyl'],
  ['Reuters', 'https://www.reuters.com/world/'],
  ['Congressional Research Service', 'https://crsreports.congress.gov/'],
]

function makePicker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const int = (low, high) => low + Math.floor(random() * (high - low + 1))
  return {pick, int, person: () => `${pick(FIRST)} ${pick(LAST)}`, company: () => `${pick(COMPANY_A)} ${pick(COMPANY_B)} ${pick(COMPANY_C)}`}
}

const fmt = (n) => n.toLocaleString('en-US')

/**
 * A claim is a fact drawn at random plus how the news states it. `say(f)` gives the canonical
 * statement; `paraphrase(f)` another wording (claim variants and article sentences).
 */
const TEMPLATES = [
  {
    topic: 'seizures', countries: ['US', 'MX'],
    facts: (p) => ({agency: p.pick(AGENCIES.slice(0, 6)), n: p.int(2, 400) * 10, substance: p.pick(SUBSTANCES), port: p.pick(PORTS), month: p.pick(MONTHS), year: p.int(2017, 2025)}),
    say: (f) => `${cap(f.agency)} seized ${fmt(f.n)} pounds of ${f.substance} at ${f.port} in ${f.month} ${f.year}.`,
    paraphrase: (f) => `In ${f.month} ${f.year}, officers at ${f.port} intercepted ${fmt(f.n)} pounds of ${f.substance}, ${f.agency} said.`,
  },
  {
    topic: 'overdoses', countries: ['US'],
    facts: (p) => ({state: p.pick(STATES), pct: p.int(3, 60), dir: p.pick(['rose', 'fell']), year: p.int(2015, 2025), source: p.pick(SOURCES)}),
    say: (f) => `Overdose deaths in ${f.state} ${f.dir} ${f.pct} percent in ${f.year}, according to ${f.source}.`,
    paraphrase: (f) => `According to ${f.source}, fatal overdoses in ${f.state} ${f.dir} by ${f.pct} percent during ${f.year}.`,
  },
  {
    topic: 'tariffs', countries: ['US', 'CN'],
    facts: (p) => ({country: p.pick(['the United States', 'Washington']), pct: p.pick([10, 15, 20, 25, 50, 100, 145]), product: p.pick(PRODUCTS), from: p.pick(['China', 'Mexico', 'Canada']), month: p.pick(MONTHS), year: p.int(2018, 2025)}),
    say: (f) => `${cap(f.country)} imposed a ${f.pct} percent tariff on ${f.product} from ${f.from} in ${f.month} ${f.year}.`,
    paraphrase: (f) => `A ${f.pct} percent duty on ${f.product} imported from ${f.from} took effect in ${f.month} ${f.year}.`,
  },
  {
    topic: 'tariffs', countries: ['US', 'MX', 'CA'],
    facts: (p) => ({pct: p.pick([10, 25]), from: p.pick(['Mexico', 'Canada', 'China']), year: p.int(2024, 2026), month: p.pick(MONTHS)}),
    say: (f) => `The White House tied a ${f.pct} percent tariff on goods from ${f.from} to the flow of fentanyl across the border in ${f.month} ${f.year}.`,
    paraphrase: (f) => `In ${f.month} ${f.year}, the administration linked ${f.pct} percent tariffs on ${f.from} to fentanyl trafficking.`,
  },
  {
    topic: 'indictments', countries: ['US', 'CN'],
    facts: (p) => ({person: p.person(), company: p.company(), province: p.pick(PROVINCES), precursor: p.pick(PRECURSORS), year: p.int(2017, 2025), court: p.pick(['New York', 'Los Angeles', 'Houston', 'Miami', 'Chicago', 'San Diego'])}),
    say: (f) => `Federal prosecutors in ${f.court} indicted ${f.person} of ${f.company} in ${f.province} in ${f.year} for selling ${f.precursor} to Mexican traffickers.`,
    paraphrase: (f) => `${f.person}, who ran ${f.company} in ${f.province}, was charged in ${f.court} in ${f.year} with shipping ${f.precursor} to cartels in Mexico.`,
  },
  {
    topic: 'sanctions', countries: ['US', 'CN', 'MX'],
    facts: (p) => ({company: p.company(), province: p.pick(PROVINCES), cartel: p.pick(CARTELS), n: p.int(2, 30), month: p.pick(MONTHS), year: p.int(2019, 2025)}),
    say: (f) => `The Treasury Department sanctioned ${f.company} and ${f.n} associates in ${f.province} in ${f.month} ${f.year} for supplying ${f.cartel}.`,
    paraphrase: (f) => `In ${f.month} ${f.year}, Washington blacklisted ${f.company} of ${f.province} and ${f.n} of its associates for aiding ${f.cartel}.`,
  },
  {
    topic: 'scheduling', countries: ['CN'],
    facts: (p) => ({n: p.int(2, 60), what: p.pick(['fentanyl analogues', 'nitazene compounds', 'synthetic opioids', 'precursor chemicals', 'new psychoactive substances']), month: p.pick(MONTHS), year: p.int(2015, 2025)}),
    say: (f) => `China added ${f.n} ${f.what} to its list of controlled substances in ${f.month} ${f.year}.`,
    paraphrase: (f) => `Beijing placed ${f.n} more ${f.what} under national control in ${f.month} ${f.year}.`,
  },
  {
    topic: 'public-health', countries: ['US'],
    facts: (p) => ({state: p.pick([...STATES, ...CITIES]), month: p.pick(MONTHS), year: p.int(2016, 2025), days: p.pick([30, 60, 90, 120, 180])}),
    say: (f) => `Officials in ${f.state} declared a ${f.days}-day state of emergency over fentanyl in ${f.month} ${f.year}.`,
    paraphrase: (f) => `${cap(f.state)} declared a fentanyl emergency lasting ${f.days} days in ${f.month} ${f.year}.`,
  },
  {
    topic: 'overdoses', countries: ['US'],
    facts: (p) => ({n: p.int(20, 115) * 1000, year: p.int(2015, 2025), what: p.pick(['synthetic opioids such as fentanyl', 'drug overdoses', 'opioids', 'fentanyl and other synthetic opioids'])}),
    say: (f) => `More than ${fmt(f.n)} Americans died of ${f.what} in ${f.year}.`,
    paraphrase: (f) => `In ${f.year}, over ${fmt(f.n)} people in the United States died from ${f.what}.`,
  },
  {
    topic: 'cartels', countries: ['MX', 'US'],
    facts: (p) => ({cartel: p.pick(CARTELS), state: p.pick(MX_STATES), n: p.int(2, 90), what: p.pick(['clandestine labs', 'pill-pressing sites', 'stash houses', 'synthetic drug labs']), month: p.pick(MONTHS), year: p.int(2018, 2025)}),
    say: (f) => `Mexican soldiers dismantled ${f.n} ${f.what} run by ${f.cartel} in ${f.state} in ${f.month} ${f.year}.`,
    paraphrase: (f) => `In ${f.month} ${f.year}, Mexico's army shut down ${f.n} ${f.what} that ${f.cartel} operated in ${f.state}.`,
  },
  {
    topic: 'cooperation', countries: ['US', 'CN'],
    facts: (p) => ({city: p.pick(['Beijing', 'Washington', 'San Francisco', 'Vienna', 'Shanghai']), month: p.pick(MONTHS), year: p.int(2017, 2025), what: p.pick(['counternarcotics working group', 'joint investigation team', 'law enforcement dialogue', 'precursor control task force'])}),
    say: (f) => `The United States and China held the first meeting of a ${f.what} in ${f.city} in ${f.month} ${f.year}.`,
    paraphrase: (f) => `In ${f.month} ${f.year}, US and Chinese officials met in ${f.city} for the inaugural session of a ${f.what}.`,
  },
  {
    topic: 'seizures', countries: ['US'],
    facts: (p) => ({n: p.int(2, 90) * 1000000, agency: p.pick(['The DEA', 'Federal agents', 'Border officers']), year: p.int(2018, 2025), what: p.pick(['fentanyl pills', 'counterfeit pills', 'fake oxycodone tablets'])}),
    say: (f) => `${f.agency} seized ${fmt(f.n)} ${f.what} nationwide in ${f.year}.`,
    paraphrase: (f) => `Nationwide, ${fmt(f.n)} ${f.what} were confiscated by ${f.agency.toLowerCase()} during ${f.year}.`,
  },
]

const FILLER = [
  (p) => `${p.person()}, a spokesperson for ${p.pick(AGENCIES)}, declined to comment on the talks.`,
  (p) => `Residents of ${p.pick(CITIES)} said the problem had become visible on downtown streets.`,
  (p) => `The meeting in ${p.pick(['Beijing', 'Mexico City', 'Washington', 'Ottawa'])} lasted ${p.int(2, 9)} hours and ended without a joint statement.`,
  (p) => `Analysts at ${p.pick(['a Washington think tank', 'a university in ' + p.pick(CITIES), 'a trade consultancy'])} expect the negotiations to continue for months.`,
  (p) => `Shares of ${p.pick(['automakers', 'steel producers', 'retailers', 'chipmakers'])} fell after the announcement.`,
  (p) => `Critics argued that the policy would raise prices for consumers in ${p.pick(STATES)}.`,
  (p) => `The governor of ${p.pick(STATES)} called for more treatment beds and naloxone in schools.`,
  (p) => `Local clinics in ${p.pick(CITIES)} reported long waiting lists for addiction treatment.`,
  (p) => `Diplomats described the exchange as candid but constructive.`,
  (p) => `${p.person()} told reporters that enforcement alone would not end the crisis.`,
  (p) => `The committee is expected to vote on the bill in ${p.pick(MONTHS)}.`,
  (p) => `Truck drivers waited up to ${p.int(3, 14)} hours at the ${p.pick(PORTS)} crossing.`,
  (p) => `Why has the crisis lasted so long?`,
  (p) => `Families who lost relatives gathered outside the courthouse in ${p.pick(CITIES)}.`,
  (p) => `Both governments said they would share more data on shipments of ${p.pick(PRECURSORS)}.`,
]

const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1)
const slug = (text) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 70).replace(/-$/, '')

const STATUSES = ['true', 'true', 'true', 'mostly-true', 'misleading', 'false', 'false', 'unsupported', 'disputed', 'outdated']

/** The n first claims of the database for `seed`, with the facts behind each (for the article). */
export function generateClaims(count, seed = 1) {
  const random = prng(seed)
  const p = makePicker(random)
  const out = []
  for (let index = 0; index < count; index++) {
    const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)]
    const facts = template.facts(p)
    const text = template.say(facts)
    const [publisher, url] = p.pick(PUBLISHERS)
    const claim = {
      id: `${slug(text)}-${index}`,
      claim: text,
      status: p.pick(STATUSES),
      verdict: `Records from ${publisher} ${random() < 0.5 ? 'support' : 'do not support'} this statement as worded; see the sources for the figures.`,
      sources: [{publisher, title: `${cap(template.topic.replace('-', ' '))} update ${facts.year ?? 2024}`, date: `${facts.year ?? 2024}-${String(p.int(1, 12)).padStart(2, '0')}`, url: `${url}?item=${index}`}],
      topics: [template.topic, p.pick(TOPICS)].filter((t, i, all) => all.indexOf(t) === i),
      countries: template.countries,
      reviewed: `2026-${String(p.int(1, 10)).padStart(2, '0')}-${String(p.int(1, 28)).padStart(2, '0')}`,
    }
    if (random() < 0.6) claim.variants = [template.paraphrase(facts)]
    out.push({claim, template, facts})
  }
  return out
}

/**
 * A news article of at least `sentences` sentences in paragraphs of 3–7. A third of the sentences
 * restate claims among the first `pool` (half of them in other words, one in ten with another
 * figure), the rest is filler.
 */
export function generateArticle(generated, sentences, seed = 2, pool = 1000) {
  const random = prng(seed)
  const p = makePicker(random)
  const source = generated.slice(0, pool)
  const paragraphs = []
  let total = 0
  while (total < sentences) {
    const size = p.int(3, 7)
    const paragraph = []
    for (let i = 0; i < size; i++) {
      const roll = random()
      if (roll < 0.34 && source.length > 0) {
        const {template, facts} = source[Math.floor(random() * source.length)]
        const changed = random() < 0.1 && typeof facts.n === 'number' ? {...facts, n: facts.n * 2} : facts
        paragraph.push(random() < 0.5 ? template.say(changed) : template.paraphrase(changed))
      } else {
        paragraph.push(p.pick(FILLER)(p))
      }
    }
    total += paragraph.length
    paragraphs.push(paragraph.join(' '))
  }
  return `${paragraphs.join('\n\n')}\n`
}

/** Write claims as YAML files of at most `perFile` claims under `folder`. */
export function writeDatabase(folder, generated, perFile = 1000) {
  mkdirSync(folder, {recursive: true})
  for (let start = 0, file = 0; start < generated.length; start += perFile, file++) {
    const claims = generated.slice(start, start + perFile).map((g) => g.claim)
    writeFileSync(join(folder, `claims-${String(file).padStart(4, '0')}.yaml`), stringify(claims, {lineWidth: 0, aliasDuplicateObjects: false}))
  }
}
