/**
 * People of this story, with the spellings and transliterations outlets use. Curated data: it
 * merges "Zelensky" and "Zelenskyy", "Yury" and "Yuri"; anyone not listed is still found in the
 * text (see find-people.ts). A single-word alias is only safe for a surname nobody else in the story has.
 */
export interface KnownPerson {
  name: string;
  aliases: readonly string[];
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = [
  { name: 'Donald Trump', aliases: ['Trump', 'Donald J. Trump'] },
  { name: 'Vladimir Putin', aliases: ['Putin', 'Vladimir Vladimirovich Putin'] },
  { name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy', 'Vladimir Zelensky', 'Volodymyr Zelenskiy', 'Vladimir Zelenskyy'] },
  { name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'] },
  { name: 'Yury Ushakov', aliases: ['Ushakov', 'Yuri Ushakov', 'Yuriy Ushakov'] },
  { name: 'Steve Witkoff', aliases: ['Witkoff', 'Steven Witkoff'] },
  { name: 'Dmitry Peskov', aliases: ['Peskov', 'Dmitri Peskov', 'Dmitriy Peskov'] },
  { name: 'Mark Rutte', aliases: ['Rutte'] },
  { name: 'Marco Rubio', aliases: ['Rubio'] },
  { name: 'JD Vance', aliases: ['Vance', 'J.D. Vance', 'James David Vance'] },
  { name: 'Pete Hegseth', aliases: ['Hegseth'] },
  { name: 'Keith Kellogg', aliases: ['Kellogg'] },
  { name: 'Joe Biden', aliases: ['Biden'] },
  { name: 'Ursula von der Leyen', aliases: ['von der Leyen'] },
  { name: 'Kaja Kallas', aliases: ['Kallas'] },
  { name: 'Kirill Dmitriev', aliases: ['Dmitriev', 'Kirill Dmitryev'] },
  { name: 'Anton Siluanov', aliases: ['Siluanov'] },
  { name: 'Leonid Slutsky', aliases: ['Slutsky'] },
  { name: 'Pedro Sánchez', aliases: ['Pedro Sanchez', 'Sánchez', 'Sanchez'] },
  { name: 'Mike Waltz', aliases: ['Waltz', 'Michael Waltz'] },
  { name: 'Emmanuel Macron', aliases: ['Macron'] },
  { name: 'Keir Starmer', aliases: ['Starmer'] },
  { name: 'Friedrich Merz', aliases: ['Merz'] },
  { name: 'Recep Tayyip Erdoğan', aliases: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan'] },
  { name: 'Maria Zakharova', aliases: ['Zakharova'] },
  { name: 'Dmitry Medvedev', aliases: ['Medvedev', 'Dmitri Medvedev'] },
  { name: 'Andriy Yermak', aliases: ['Yermak', 'Andrii Yermak'] },
  { name: 'Andrii Sybiha', aliases: ['Sybiha', 'Andriy Sybiha'] },
  { name: 'Rustem Umerov', aliases: ['Umerov'] },
  { name: 'Vladimir Medinsky', aliases: ['Medinsky'] },
  { name: 'Hakan Fidan', aliases: ['Fidan'] },
  { name: 'Boris Yeltsin', aliases: ['Yeltsin'] },
];

/**
 * Words that end the names of organisations, media, places, vehicles and platforms rather than
 * people ("Air Force One", "Truth Social", "The Kyiv Independent").
 */
export const NON_PERSON_FINAL_WORDS: ReadonlySet<string> = new Set([
  'one', 'social', 'post', 'times', 'today', 'independent', 'index', 'forum', 'foundation', 'committee', 'union',
  'commission', 'council', 'agency', 'news', 'press', 'group', 'bank', 'fund', 'office', 'ministry', 'party',
  'army', 'force', 'forces', 'sea', 'ocean', 'river', 'city', 'street', 'island', 'islands', 'airport',
  'university', 'institute', 'review', 'journal', 'tribune', 'herald', 'guardian', 'telegraph', 'gazette',
  'house', 'palace', 'square', 'summit', 'forum', 'organization', 'organisation', 'corporation', 'company',
  'inc', 'ltd', 'llc', 'plc', 'media', 'network', 'channel', 'tv', 'radio', 'service', 'services', 'region',
  'regions', 'oblast', 'republic', 'kingdom', 'states', 'emirates', 'federation', 'alliance', 'coalition',
  'administration', 'department', 'parliament', 'assembly', 'congress', 'senate', 'court', 'museum',
  'stadium', 'centre', 'center', 'airbase', 'base', 'bay', 'peninsula', 'mountains', 'lake', 'war', 'accord',
  'agreement', 'agreements', 'treaty', 'people', 'nutrition', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'explorer', 'mosque', 'church', 'cathedral', 'temple', 'team', 'club', 'league', 'cup', 'festival', 'expo', 'awards', 'award', 'prize', 'declaration', 'initiative', 'plan', 'program', 'programme', 'act',
]);

/**
 * Words of a title or affiliation written before a name ("Russian Foreign Minister Sergey Lavrov").
 * They are part of how an outlet describes a person, never part of the name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'secretary', 'general', 'defense', 'defence', 'state',
  'chancellor', 'senator', 'sen', 'rep', 'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy',
  'special', 'commission', 'european', 'national', 'security', 'advisor', 'adviser', 'chief', 'head', 'leader',
  'king', 'queen', 'pope', 'mr', 'mrs', 'ms', 'dr', 'gen', 'former', 'deputy', 'ambassador', 'finance',
  'director', 'ceo', 'chairman', 'chairwoman', 'governor', 'speaker', 'kremlin', 'white', 'house', 'nato', 'eu',
  'un', 'us', 'u.s.', 'uk', 'premier', 'commissioner', 'mayor', 'colonel', 'lieutenant', 'sir', 'lord', 'lady',
  'economic', 'investment', 'press', 'aide', 'host', 'anchor', 'officer', 'commander', 'marshal', 'admiral',
  'russian', 'ukrainian', 'american', 'dutch', 'french', 'german', 'british', 'italian', 'spanish', 'chinese',
  'turkish', 'polish', 'hungarian', 'finnish', 'estonian', 'belarusian', 'iranian', 'israeli', 'saudi', 'indian',
  'japanese', 'canadian', 'swedish', 'norwegian', 'danish', 'austrian', 'swiss', 'belgian', 'irish', 'greek',
  'the', 'then', 'incoming', 'outgoing', 'acting', 'interim', 'top', 'senior', 'ex', 'professor', 'prof', 'emeritus', 'administrator', 'justice', 'judge', 'bishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'prince', 'princess', 'duke', 'captain', 'coach', 'striker', 'ceo', 'cosplayer', 'mp', 'mep', 'legislator', 'lawmaker', 'councillor', 'councilor', 'minister-president', 'dean', 'doctor',
]);

/** Lowercase words that make a phrase before a name a description of the person ("Putin's key aide"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'aide', 'adviser',
  'advisor', 'leader', 'chief', 'head', 'chancellor', 'commissioner', 'ambassador', 'director', 'general',
  'negotiator', 'counterpart', 'host', 'senator', 'governor', 'speaker', 'premier', 'chairman', 'chairwoman',
  'official', 'diplomat', 'predecessor', 'successor', 'professor', 'researcher', 'scientist', 'author', 'writer', 'artist', 'actor', 'actress', 'singer', 'photographer', 'lawmaker', 'legislator', 'candidate', 'activist', 'politician', 'student', 'teacher', 'doctor', 'lawyer', 'judge', 'journalist', 'reporter', 'editor', 'executive', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'player', 'coach', 'manager', 'captain', 'administrator', 'member', 'founder', 'chairperson', 'secretary-general', 'spokesperson', 'novelist', 'cartoonist', 'illustrator', 'designer', 'engineer', 'pilot', 'astronaut', 'officer', 'worker', 'resident', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'analyst', 'economist', 'strategist', 'commander', 'mayor', 'founder', 'ceo',
]);
