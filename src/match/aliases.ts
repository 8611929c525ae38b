// Names that mean the same actor, place, agency or idea in this field, folded to one token before
// matching, so "U.S.", "United States" and "Washington" all read as `us`.
// Longest phrases first; each pattern is matched on word boundaries, case-insensitively unless
// marked case-sensitive (short all-caps forms such as "US" that collide with common words).

export type EntityClass = 'country' | 'agency' | 'person'

export interface Alias {
  /** Canonical token written into the normalised text (several, space-separated, for a form that names several). */
  token: string
  /** Surface forms (lower case unless `caseSensitive`). */
  forms: string[]
  caseSensitive?: boolean
  /** Set for actors, so contradiction checks can compare who did what. */
  entity?: EntityClass
  /** Display name for conflict messages. */
  label?: string
}

/** Country aliases from [token, label, other forms separated by "|"]; the label, in lower case, is a form too. */
function countries(list: Array<[string, string, string]>): Alias[] {
  return list.map(([token, label, forms]) => ({token, entity: 'country', label, forms: [label.toLowerCase(), ...forms.split('|').filter(Boolean)]}))
}

export const ALIASES: Alias[] = [
  // Countries and their capitals or adjectives.
  {
    token: 'us',
    entity: 'country',
    label: 'United States',
    forms: [
      'united states of america',
      'united states',
      'u.s.a.',
      'u.s.a',
      'u.s.',
      'u. s.',
      'u.s',
      'usa',
      'america',
      'americans',
      'american',
      'washington',
      'white house',
      'federal government',
      'the us',
      'us government',
      'u.s. government',
      'american government',
    ],
  },
  // An administration names both the country and the president (`token` may list several).
  {token: 'us biden', forms: ['biden administration', "biden's administration", 'biden white house', 'biden justice department']},
  {token: 'us trump', forms: ['trump administration', "trump's administration", 'trump white house', 'first trump administration']},
  {token: 'us', entity: 'country', label: 'United States', forms: ['US'], caseSensitive: true},
  {
    token: 'china',
    entity: 'country',
    label: 'China',
    forms: [
      "people's republic of china",
      'peoples republic of china',
      'people’s republic of china',
      'prc',
      'chinese',
      'beijing',
      'china',
    ],
  },
  {token: 'mexico', entity: 'country', label: 'Mexico', forms: ['mexico city', 'mexican', 'mexicans', 'mexico']},
  {
    token: 'canada',
    entity: 'country',
    label: 'Canada',
    forms: ['canadian', 'canadians', 'ottawa', 'canada', 'british columbia', 'ontario', 'alberta', 'quebec'],
  },
  {token: 'india', entity: 'country', label: 'India', forms: ['indian', 'india', 'new delhi']},
  {token: 'taiwan', entity: 'country', label: 'Taiwan', forms: ['taiwanese', 'taipei', 'taiwan']},
  {token: 'uk', entity: 'country', label: 'United Kingdom', forms: ['united kingdom', 'u.k.', 'britain', 'british']},
  {token: 'un', entity: 'country', label: 'United Nations', forms: ['united nations', 'u.n.']},
  {token: 'un', entity: 'country', label: 'United Nations', forms: ['UN'], caseSensitive: true},
  // Other countries news on drugs and trade names, so a sentence that puts one in the place of the
  // record's ("Colombian cartels" for Mexican ones) is an actor conflict, not a close match: the
  // name, its adjectives and plurals, and an unambiguous capital.
  ...countries([
    ['colombia', 'Colombia', 'colombian|colombians|bogota|bogot\u00e1'],
    ['brazil', 'Brazil', 'brazilian|brazilians|brasilia|bras\u00edlia'],
    ['peru', 'Peru', 'peruvian|peruvians'],
    ['bolivia', 'Bolivia', 'bolivian|bolivians'],
    ['ecuador', 'Ecuador', 'ecuadorian|ecuadorians|ecuadoran|quito'],
    ['venezuela', 'Venezuela', 'venezuelan|venezuelans|caracas'],
    ['guatemala', 'Guatemala', 'guatemalan|guatemalans'],
    ['honduras', 'Honduras', 'honduran|hondurans|tegucigalpa'],
    ['elsalvador', 'El Salvador', 'salvadoran|salvadorans|salvadorean'],
    ['nicaragua', 'Nicaragua', 'nicaraguan|nicaraguans|managua'],
    ['costarica', 'Costa Rica', 'costa rican|costa ricans'],
    ['panama', 'Panama', 'panamanian|panamanians'],
    ['cuba', 'Cuba', 'cuban|cubans|havana'],
    ['haiti', 'Haiti', 'haitian|haitians'],
    ['dominicanrepublic', 'Dominican Republic', ''],
    ['jamaica', 'Jamaica', 'jamaican|jamaicans'],
    ['argentina', 'Argentina', 'argentine|argentines|argentinian|argentinians|buenos aires'],
    ['chile', 'Chile', 'chilean|chileans'],
    ['pakistan', 'Pakistan', 'pakistani|pakistanis|islamabad'],
    ['afghanistan', 'Afghanistan', 'afghan|afghans|kabul'],
    ['iran', 'Iran', 'iranian|iranians|tehran'],
    ['myanmar', 'Myanmar', 'burma|burmese'],
    ['thailand', 'Thailand', 'thai|bangkok'],
    ['laos', 'Laos', 'laotian|laotians'],
    ['vietnam', 'Vietnam', 'viet nam|vietnamese|hanoi'],
    ['cambodia', 'Cambodia', 'cambodian|cambodians|phnom penh'],
    ['philippines', 'Philippines', 'philippine|filipino|filipinos|manila'],
    ['indonesia', 'Indonesia', 'indonesian|indonesians|jakarta'],
    ['malaysia', 'Malaysia', 'malaysian|malaysians|kuala lumpur'],
    ['singapore', 'Singapore', 'singaporean|singaporeans'],
    ['japan', 'Japan', 'japanese|tokyo'],
    ['southkorea', 'South Korea', 'south korean|south koreans|republic of korea|seoul'],
    ['northkorea', 'North Korea', 'north korean|north koreans|pyongyang'],
    ['russia', 'Russia', 'russian|russians|moscow|kremlin'],
    ['ukraine', 'Ukraine', 'ukrainian|ukrainians|kyiv|kiev'],
    ['germany', 'Germany', 'german|germans|berlin'],
    ['france', 'France', 'french|paris'],
    ['netherlands', 'Netherlands', 'dutch|holland|amsterdam|the hague'],
    ['belgium', 'Belgium', 'belgian|belgians'],
    ['spain', 'Spain', 'madrid'],
    ['italy', 'Italy', 'italian|italians|rome'],
    ['portugal', 'Portugal', 'portuguese|lisbon'],
    ['israel', 'Israel', 'israeli|israelis'],
    ['saudiarabia', 'Saudi Arabia', 'saudi|saudis|riyadh'],
    ['uae', 'United Arab Emirates', 'emirati|emiratis|dubai|abu dhabi'],
    ['egypt', 'Egypt', 'egyptian|egyptians|cairo'],
    ['nigeria', 'Nigeria', 'nigerian|nigerians|abuja'],
    ['southafrica', 'South Africa', 'south african|south africans|pretoria'],
    ['australia', 'Australia', 'australian|australians|canberra'],
    ['newzealand', 'New Zealand', 'new zealanders'],
  ]),
  {token: 'turkey', entity: 'country', label: 'Turkey', forms: ['Turkey', 'T\u00fcrkiye', 'Turkish', 'Ankara'], caseSensitive: true},
  {token: 'eu', entity: 'country', label: 'European Union', forms: ['european union', 'brussels']},
  {token: 'eu', entity: 'country', label: 'European Union', forms: ['EU'], caseSensitive: true},

  // Agencies.
  {token: 'dea', entity: 'agency', label: 'DEA', forms: ['drug enforcement administration', 'dea']},
  {
    token: 'cbp',
    entity: 'agency',
    label: 'CBP',
    forms: ['customs and border protection', 'customs and border patrol', 'border protection', 'cbp'],
  },
  {
    token: 'cdc',
    entity: 'agency',
    label: 'CDC',
    forms: [
      'centers for disease control and prevention',
      'centers for disease control',
      'national center for health statistics',
      'nchs',
      'cdc',
    ],
  },
  {token: 'ondcp', entity: 'agency', label: 'ONDCP', forms: ['office of national drug control policy', 'ondcp']},
  {
    token: 'nncc',
    entity: 'agency',
    label: 'National Narcotics Control Commission',
    forms: ['national narcotics control commission', 'national narcotic control commission', 'national narcotics control committee', 'nncc'],
  },
  {token: 'doj', entity: 'agency', label: 'Justice Department', forms: ['department of justice', 'justice department', 'doj']},
  {
    token: 'treasury',
    entity: 'agency',
    label: 'Treasury',
    forms: ['department of the treasury', 'treasury department', 'office of foreign assets control', 'ofac', 'treasury'],
  },
  {
    token: 'commerce',
    entity: 'agency',
    label: 'Commerce Department',
    forms: ['department of commerce', 'commerce department', 'bureau of industry and security'],
  },
  {token: 'dhs', entity: 'agency', label: 'DHS', forms: ['department of homeland security', 'homeland security', 'dhs']},
  {token: 'fbi', entity: 'agency', label: 'FBI', forms: ['federal bureau of investigation', 'fbi']},
  {token: 'odni', entity: 'agency', label: 'ODNI', forms: ['director of national intelligence', 'odni']},
  {token: 'ussc', entity: 'agency', label: 'US Sentencing Commission', forms: ['sentencing commission', 'ussc']},
  {token: 'mps', entity: 'agency', label: 'Ministry of Public Security', forms: ['ministry of public security']},
  {token: 'scotus', entity: 'agency', label: 'Supreme Court', forms: ['supreme court', 'scotus']},
  {token: 'congress', entity: 'agency', label: 'Congress', forms: ['congress', 'senate', 'house of representatives', 'lawmakers']},
  {token: 'fda', entity: 'agency', label: 'FDA', forms: ['food and drug administration', 'fda']},
  {token: 'nih', entity: 'agency', label: 'NIH', forms: ['national institutes of health', 'nih']},
  {token: 'nida', entity: 'agency', label: 'NIDA', forms: ['national institute on drug abuse', 'nida']},
  {token: 'samhsa', entity: 'agency', label: 'SAMHSA', forms: ['substance abuse and mental health services administration', 'samhsa']},
  {token: 'state', entity: 'agency', label: 'State Department', forms: ['department of state', 'state department', 'secretary of state']},
  {token: 'ice', entity: 'agency', label: 'ICE', forms: ['immigration and customs enforcement']},
  {token: 'ice', entity: 'agency', label: 'ICE', forms: ['ICE'], caseSensitive: true},
  {token: 'hsi', entity: 'agency', label: 'HSI', forms: ['homeland security investigations', 'hsi']},
  {token: 'atf', entity: 'agency', label: 'ATF', forms: ['bureau of alcohol, tobacco, firearms and explosives', 'atf']},
  {token: 'usps', entity: 'agency', label: 'Postal Service', forms: ['postal inspection service', 'postal service', 'usps', 'uspis']},
  {token: 'coastguard', entity: 'agency', label: 'Coast Guard', forms: ['coast guard']},
  {token: 'dod', entity: 'agency', label: 'Pentagon', forms: ['department of defense', 'defense department', 'department of war', 'war department', 'pentagon']},
  {token: 'ustr', entity: 'agency', label: 'USTR', forms: ['office of the united states trade representative', 'us trade representative', 'u.s. trade representative', 'trade representative', 'ustr']},
  {token: 'unodc', entity: 'agency', label: 'UNODC', forms: ['united nations office on drugs and crime', 'un office on drugs and crime', 'unodc']},
  {token: 'incb', entity: 'agency', label: 'INCB', forms: ['international narcotics control board', 'incb']},
  {token: 'who', entity: 'agency', label: 'WHO', forms: ['world health organization']},
  {token: 'who', entity: 'agency', label: 'WHO', forms: ['WHO'], caseSensitive: true},
  {token: 'interpol', entity: 'agency', label: 'Interpol', forms: ['interpol']},
  {token: 'europol', entity: 'agency', label: 'Europol', forms: ['europol']},

  // People.
  {token: 'biden', entity: 'person', label: 'Biden', forms: ['joe biden', 'joseph biden', 'president biden', 'biden']},
  {token: 'trump', entity: 'person', label: 'Trump', forms: ['donald trump', 'president trump', 'trump']},
  {token: 'xi', entity: 'person', label: 'Xi Jinping', forms: ['xi jinping', 'president xi', 'xi']},
  {
    token: 'amlo',
    entity: 'person',
    label: 'López Obrador',
    forms: ['andres manuel lopez obrador', 'lopez obrador', 'amlo', 'obrador'],
  },
  {token: 'sheinbaum', entity: 'person', label: 'Sheinbaum', forms: ['claudia sheinbaum', 'sheinbaum']},
  {token: 'pelosi', entity: 'person', label: 'Pelosi', forms: ['nancy pelosi', 'speaker pelosi', 'pelosi']},
  {token: 'kotek', entity: 'person', label: 'Kotek', forms: ['tina kotek', 'kotek']},

  // Ideas with several names.
  {
    token: 'counternarcotics',
    forms: [
      'counter-narcotics',
      'counter narcotics',
      'counternarcotic',
      'anti-narcotics',
      'anti narcotics',
      'antinarcotics',
      'anti-drug',
      'anti drug',
      'narcotics control',
      'narcotic control',
      'drug control',
      'drug-control',
      'drug policy',
    ],
  },
  {
    token: 'fentanylrelated',
    forms: [
      'fentanyl-related substances',
      'fentanyl related substances',
      'fentanyl-like substances',
      'fentanyl-type substances',
      'fentanyl analogues',
      'fentanyl analogs',
      'fentanyl analogue',
      'fentanyl analog',
      'fentanyl substances',
      'fentanyls',
    ],
  },
  // "a fentanyl-related tariff" is about fentanyl; "fentanyl-like drugs" about the class as well.
  {
    token: 'fentanylrelated +fentanyl',
    forms: ['fentanyl-related', 'fentanyl related', 'fentanyl-like', 'fentanyl like', 'fentanyl-type', 'fentanyl type'],
  },
  {token: 'ieepa', forms: ['international emergency economic powers act', 'emergency economic powers act', 'ieepa']},
  {token: 'woodside', forms: ['woodside', 'san francisco', 'filoli', 'apec']},
  {token: 'workinggroup', forms: ['working group', 'workgroup']},
  {token: 'overdose', forms: ['overdoses', 'overdosed', 'overdosing', 'over-dose', 'od deaths', 'od', 'ods', "od'd", "od'ed"]},
  {token: 'tariff', forms: ['tariffs', 'duties', 'duty', 'levies', 'levy', 'import taxes', 'import tax']},
  {token: 'precursor', forms: ['precursors', 'precursor chemicals', 'precursor chemical', 'chemical precursors']},
  {token: 'cartel', forms: ['cartels', 'drug trafficking organizations', 'drug traffickers', 'traffickers', 'gangs']},
  {token: 'cannabis', forms: ['marijuana', 'cannabis', 'recreational weed', 'weed']},
  {token: 'painkiller', forms: ['painkillers', 'painkiller', 'pain relievers', 'pain reliever', 'pain relief', 'pain medication', 'analgesic', 'analgesics']},
  {
    token: 'leadingcause',
    forms: [
      'leading cause of death',
      'leading causes of death',
      'top cause of death',
      'number 1 cause of death',
      'number one cause of death',
      'number 1 killer',
      'number one killer',
      'top killer',
      'leading killer',
      'biggest killer',
    ],
  },
  {token: 'lethal', forms: ['deadly', 'lethal', 'deadliest', 'most lethal', 'most deadly']},
  {token: 'counterfeit', forms: ['counterfeit', 'fake', 'phony', 'knockoff']},
  {token: 'company', forms: ['companies', 'company', 'firms', 'firm', 'corporations', 'businesses']},
  {
    token: 'migrant',
    forms: [
      'illegal immigrants',
      'illegal immigrant',
      'undocumented immigrants',
      'undocumented migrants',
      'illegal aliens',
      'illegal migrants',
      'immigrants',
      'immigrant',
      'migrants',
      'migrant',
    ],
  },
  {
    token: 'schedule',
    forms: [
      'scheduled', 'scheduling', 'schedules', 'controlled', 'control', 'controls', 'controlling', 'regulated', 'regulate',
      'regulates', 'regulating', 'regulation', 'regulations', 'banned', 'ban', 'bans', 'banning', 'outlawed', 'outlaw', 'outlaws',
    ],
  },
  {token: 'seize', forms: ['seized', 'seizes', 'seizures', 'seizure', 'seizing', 'confiscated', 'intercepted', 'interdicted']},
  {token: 'death', forms: ['deaths', 'died', 'die', 'dies', 'dying', 'dead', 'killed', 'kills', 'kill', 'killing', 'fatalities', 'fatal']},
  {
    token: 'sanction',
    forms: [
      'sanctions', 'sanctioned', 'sanctioning', 'designated', 'designates', 'designating', 'designation', 'blacklisted',
      'blacklist', 'blacklists', 'blacklisting', 'entity list',
    ],
  },
  {
    token: 'indict',
    forms: [
      'indicted', 'indicts', 'indicting', 'indictments', 'indictment', 'charged', 'charge', 'charges', 'charging', 'prosecuted',
      'prosecute', 'prosecutes', 'prosecuting', 'prosecutions', 'prosecution',
    ],
  },
  {
    token: 'suspend',
    forms: ['suspended', 'suspends', 'suspending', 'suspension', 'halted', 'halt', 'halts', 'halting', 'froze', 'frozen', 'freeze', 'cut off', 'paused'],
  },
  {
    token: 'launch',
    forms: ['launched', 'launches', 'launching', 'inaugurated', 'inaugural', 'initiated', 'initiate', 'established', 'establish', 'set up', 'created', 'create', 'started'],
  },
  {token: 'declare', forms: ['declared', 'declaring', 'declaration', 'declares', 'proclaimed']},
  {token: 'emergency', forms: ['emergencies', 'state of emergency']},
  {token: 'potent', forms: ['potency', 'stronger', 'powerful', 'more powerful', 'strong']},
]

/** Months and their abbreviations, for date parsing and normalisation. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
}

export const MONTH_NAMES = [
  '', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
]
