/**
 * A deterministic synthetic collection for the benchmark: pages shaped like the dumps readers
 * collect (site chrome, a byline, a date line in one of several forms, quotes with speech cues, a
 * poll, money and counts, related-article teasers, a comment box), with varied people, outlets,
 * dates and figures, so the stages that merge people, group figures and index text are stressed
 * the way a real collection stresses them. Every page is invented from the lists below; none is
 * taken from a seed or a test page. The same (count, seed) always gives the same pages.
 */

const FIRST = ['Ada', 'Bram', 'Chloe', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Luca', 'Mara', 'Nikolai', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Stefan', 'Tamar', 'Umar', 'Vera', 'Wim', 'Xenia', 'Yusuf', 'Zofia', 'Anton', 'Bianca', 'Cyril', 'Daria', 'Emil', 'Fatima', 'Goran', 'Hanna', 'Igor', 'Julia', 'Karim', 'Lena', 'Milan', 'Nadia'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Petrenko', 'Sato', 'Haddad', 'Novak', 'Brandt', 'Kovalenko', 'Ferreira', 'Olsen', 'Marchetti', 'Duval', 'Horvath', 'Ivanova', 'Jansen', 'Kaminski', 'Laurent', 'Mendes', 'Nilsen', 'Orlov', 'Pereira', 'Quiroga', 'Rossi', 'Schmidt', 'Tkachenko', 'Urban', 'Varga', 'Weber', 'Yilmaz', 'Zielinski', 'Abbott', 'Bauer', 'Castillo', 'Dobrev', 'Eriksen', 'Fischer', 'Gallo', 'Hughes', 'Ibrahim', 'Jovanovic', 'Keller', 'Lazar', 'Moss', 'Nagy', 'Ortega', 'Popescu', 'Reyes', 'Sorensen', 'Teller'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'President', 'Prime Minister', 'envoy', 'spokesperson', 'opposition leader', 'central bank governor', 'mayor', 'senator'];
const COUNTRIES = ['Norland', 'Estavia', 'Karsk', 'Valdora', 'Meridia', 'Ostrava Union', 'Tessaly', 'Brenn'];
const OUTLETS = ['The Northern Ledger', 'Harbour Times', 'Daily Meridian', 'Capital Wire', 'The Estavian Post', 'Karsk Today', 'Valdora Herald', 'Evening Courier', 'The Observer Desk', 'Ridge Report', 'Bay Chronicle', 'Frontline News', 'Civic Journal', 'The Dispatch', 'Continental Review', 'Market Gazette'];
const TOPICS = ['ceasefire talks', 'the grain corridor', 'sanctions relief', 'the energy deal', 'prisoner exchanges', 'the border agreement', 'the defence budget', 'the trade pact', 'the peace plan', 'reconstruction funds'];
const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'insisted', 'warned'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPage {
  sourceFile: string;
  text: string;
}

/** A collection of `count` pages; people follow a long tail (a few in most pages, most in a few). */
export function syntheticPages(count: number, seed = 2025): SyntheticPage[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  // A long tail: u³ favours the first of the 2,000 names, and every name turns up somewhere.
  const person = () => {
    const index = Math.floor(FIRST.length * LAST.length * next() ** 3);
    return { name: `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`, role: ROLES[index % ROLES.length]!, country: COUNTRIES[index % COUNTRIES.length]! };
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, index) => {
    const outlet = pick(OUTLETS);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 364) * 86_400_000);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
    const dateLine = pick([
      `Published ${d} ${MONTHS[m]} ${y}`,
      `${MONTHS[m]!.slice(0, 3)} ${d}, ${y}`,
      `${y}-${pad(m + 1)}-${pad(d)} ${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}`,
      `Publication: ${pad(d)}.${pad(m + 1)}.${y}`,
    ]);
    const [a, b] = [person(), person()];
    const topic = pick(TOPICS);
    const hours = 2 + Math.floor(next() * 10);
    const paragraphs = [
      () => {
        const c = person();
        return `${c.country}'s ${c.role} ${c.name} said on ${pick(WEEKDAYS)} that ${pick(TOPICS)} would resume after ${2 + Math.floor(next() * 10)} hours of meetings.`;
      },
      () => `“We are closer than we have been for months, and we will not walk away now,” ${a.name} ${pick(VERBS)}.`,
      () => `${b.name}, speaking after the meeting, was more cautious. “Nothing is agreed until everything is agreed,” ${b.name.split(' ')[1]} said, adding that the package was worth €${(1 + next() * 90).toFixed(1)} billion.`,
      () => {
        const yes = 30 + Math.floor(next() * 40);
        const no = Math.floor(next() * (95 - yes));
        return `A poll published this week found that ${yes}% of voters back the plan, ${no}% oppose it and ${100 - yes - no}% are undecided.`;
      },
      () => {
        const c = person();
        return `Officials said ${(1000 + Math.floor(next() * 90_000)).toLocaleString('en-US')} soldiers would be withdrawn under the first phase, while ${c.name}, the ${c.role}, called the timetable “unrealistic”.`;
      },
      () => `Shares in ${pick(['Arkwright Defence', 'Nordhaven Steel', 'Caldera Energy', 'Vesta Aerospace'])} rose ${(next() * 12).toFixed(1)}% on ${pick(WEEKDAYS)}, while the index fell ${Math.floor(next() * 300)} points.`,
      () => `The talks in ${pick(COUNTRIES)} are the ${pick(['third', 'fourth', 'fifth'])} round this year, and ${pick(['two', 'three', 'several'])} more are planned before ${pick(MONTHS)}.`,
      () => {
        const c = person();
        return `“${pick(['This is a serious proposal', 'We need guarantees, not promises', 'The door remains open', 'Our position has not changed'])},” ${c.role} ${c.name} ${pick(VERBS)}. ${c.name.split(' ')[1]} did not say when the next meeting would take place.`;
      },
      () => `${pick(COUNTRIES)} pledged $${Math.floor(1 + next() * 400)} million in aid and ${Math.floor(1 + next() * 60)} armoured vehicles, its ministry said.`,
    ];
    const body = Array.from({ length: 6 + Math.floor(next() * 30) }, (_, position) => paragraphs[position < 3 ? position : Math.floor(next() * paragraphs.length)]!());
    const lines = [
      outlet,
      'Skip to content',
      'World | Politics | Business | Opinion | Subscribe',
      `${a.name} says ${topic} will resume within ${hours} days`,
      `By ${pick(FIRST)} ${pick(LAST)}`,
      dateLine,
      ...body,
      `Page ${index} of the collection.`,
      'Related Articles',
      `${person().name} meets ${pick(ROLES)} on ${pick(TOPICS)}`,
      `${Math.floor(1 + next() * 11)} hours ago`,
      `${pick(COUNTRIES)} markets rise as ${pick(TOPICS)} advance`,
      'Comments',
      'Sign up for our newsletter',
      `© ${y} ${outlet}`,
    ];
    return { sourceFile: `page-${String(index).padStart(6, '0')}.txt`, text: lines.join('\n') + '\n' };
  });
}
