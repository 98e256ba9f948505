/**
 * Words that give a number its unit: currencies, scale words, measures, counted nouns and the verbs
 * of market moves. Data only, one item a line, one list per concept; the figures stage reads them.
 */

/** Currency symbols written before an amount ("€2.1 billion", "US$40m") and the code each one means. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
];

/** Currency words written after an amount ("90 billion euros") and their codes. */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['us dollars', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds sterling', 'GBP'],
  ['pounds', 'GBP'],
  ['roubles', 'RUB'],
  ['rubles', 'RUB'],
  ['rouble', 'RUB'],
  ['ruble', 'RUB'],
  ['hryvnias', 'UAH'],
  ['hryvnia', 'UAH'],
  ['hryvnas', 'UAH'],
  ['yuan', 'CNY'],
  ['rupees', 'INR'],
  ['yen', 'JPY'],
];

/** Scale words after a number and what they multiply by; suffixes are glued on or one space away ("$300bn"). */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
];

export const SCALE_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
];

/** Words for "per cent" after a number. */
export const PERCENT_WORDS: readonly string[] = [
  '%',
  'per cent',
  'percent',
  'pc',
];

/** Measures after a number (also as "30-day", "three-hour") and the unit string each is reported in. */
export const MEASURE_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['seconds', 'seconds'],
  ['second', 'seconds'],
  ['minutes', 'minutes'],
  ['minute', 'minutes'],
  ['hours', 'hours'],
  ['hour', 'hours'],
  ['days', 'days'],
  ['day', 'days'],
  ['weeks', 'weeks'],
  ['week', 'weeks'],
  ['months', 'months'],
  ['month', 'months'],
  ['kilometres', 'km'],
  ['kilometers', 'km'],
  ['kilometre', 'km'],
  ['kilometer', 'km'],
  ['km', 'km'],
  ['miles', 'miles'],
  ['mile', 'miles'],
  ['metres', 'm'],
  ['meters', 'm'],
  ['points', 'points'],
  ['point', 'points'],
  ['barrels', 'barrels'],
  ['tonnes', 'tonnes'],
  ['tons', 'tonnes'],
];

/** Per-item rates after an amount of money ("$60 per barrel"), reported as "USD per barrel". */
export const RATE_NOUNS: readonly string[] = [
  'barrel',
  'tonne',
  'ton',
  'share',
  'month',
  'year',
  'day',
  'person',
];

/** Nouns for people: a count of any of them is reported in 'people'. */
export const PERSON_NOUNS: readonly string[] = [
  'people',
  'persons',
  'person',
  'soldiers',
  'soldier',
  'troops',
  'servicemen',
  'prisoners',
  'prisoner',
  'pows',
  'civilians',
  'children',
  'adults',
  'residents',
  'refugees',
  'migrants',
  'workers',
  'employees',
  'staff',
  'fans',
  'spectators',
  'voters',
  'students',
  'patients',
  'casualties',
  'deaths',
  'dead',
  'killed',
  'wounded',
  'injured',
  'victims',
  'fighters',
  'officers',
  'hostages',
  'detainees',
  'inmates',
  'players',
  'members',
];

/** Nouns for things, normalised ("ships" and "tankers" are both counted as 'vessels'). */
export const THING_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['vessels', 'vessels'],
  ['ships', 'vessels'],
  ['tankers', 'vessels'],
  ['boats', 'vessels'],
];

/** Nouns that mark a count of time gone by or of age, not a quantity to compare ("three years ago"). */
export const NOT_COUNTED_NOUNS: readonly string[] = [
  'years',
  'year',
  'decades',
  'times',
  'ways',
  'things',
  'others',
  'ones',
];

/** Words after a count of people that make it a survey's sample size ("1,000 adults surveyed"). */
export const SAMPLE_WORDS: readonly string[] = [
  'surveyed',
  'polled',
  'interviewed',
  'questioned',
  'sampled',
];

/** Verbs of a fall and of a rise, for market moves and changes ("Acme fell 2%"). */
export const MOVEMENT_DOWN_VERBS: readonly string[] = [
  'fell',
  'fall',
  'falls',
  'falling',
  'down',
  'declined',
  'declines',
  'dropped',
  'dropping',
  'drops',
  'tumbled',
  'slid',
  'slipped',
  'lost',
  'sank',
  'plunged',
  'decreased',
  'lower',
  'off',
  'less',
];

export const MOVEMENT_UP_VERBS: readonly string[] = [
  'rose',
  'rise',
  'rises',
  'rising',
  'up',
  'gained',
  'gains',
  'climbed',
  'jumped',
  'surged',
  'increased',
  'advanced',
  'rallied',
  'higher',
];
