/**
 * People of this story (the 2025 US–Russia–Ukraine talks): leaders and officials outlets name,
 * with the spellings and transliterations they use. Curated data: it merges "Zelensky" and
 * "Zelenskyy", "Yury" and "Yuri", and lets a surname alone ("Fico said") name a well-known person.
 * Anyone not listed is still found in the text (people/name-mentions.ts). A single-word alias is
 * only safe for a surname nobody else in the story has, so shared surnames (Johnson, Graham,
 * Clinton) are listed by full name only.
 */
import { NON_PERSON_NAME_ENDINGS } from './lexicon/non-person-name-endings.ts';
import { ROLE_WORDS as ROLE_WORD_LIST } from './lexicon/person-roles.ts';
import { TITLE_WORDS as TITLE_WORD_LIST } from './lexicon/person-titles.ts';

export interface KnownPerson {
  name: string;
  aliases: readonly string[];
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = [
  // United States
  { name: 'Donald Trump', aliases: ['Trump', 'Donald J. Trump'] },
  { name: 'JD Vance', aliases: ['Vance', 'J.D. Vance', 'James David Vance'] },
  { name: 'Marco Rubio', aliases: ['Rubio'] },
  { name: 'Scott Bessent', aliases: ['Bessent'] },
  { name: 'Howard Lutnick', aliases: ['Lutnick'] },
  { name: 'Pete Hegseth', aliases: ['Hegseth'] },
  { name: 'Dan Driscoll', aliases: ['Driscoll', 'Daniel Driscoll'] },
  { name: 'Steve Witkoff', aliases: ['Witkoff', 'Steven Witkoff'] },
  { name: 'Jared Kushner', aliases: ['Kushner'] },
  { name: 'Keith Kellogg', aliases: ['Kellogg'] },
  { name: 'Mike Waltz', aliases: ['Waltz', 'Michael Waltz'] },
  { name: 'Tulsi Gabbard', aliases: ['Gabbard'] },
  { name: 'Karoline Leavitt', aliases: ['Leavitt'] },
  { name: 'Matthew Whitaker', aliases: ['Whitaker', 'Matt Whitaker'] },
  { name: 'Lindsey Graham', aliases: [] },
  { name: 'Joe Biden', aliases: ['Biden'] },
  { name: 'Kamala Harris', aliases: [] },
  // Russia and Belarus
  { name: 'Vladimir Putin', aliases: ['Putin', 'Vladimir Vladimirovich Putin'] },
  { name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'] },
  { name: 'Yury Ushakov', aliases: ['Ushakov', 'Yuri Ushakov', 'Yuriy Ushakov'] },
  { name: 'Dmitry Peskov', aliases: ['Peskov', 'Dmitri Peskov', 'Dmitriy Peskov'] },
  { name: 'Kirill Dmitriev', aliases: ['Dmitriev', 'Kirill Dmitryev'] },
  { name: 'Maria Zakharova', aliases: ['Zakharova'] },
  { name: 'Dmitry Medvedev', aliases: ['Medvedev', 'Dmitri Medvedev'] },
  { name: 'Vladimir Medinsky', aliases: ['Medinsky'] },
  { name: 'Anton Siluanov', aliases: ['Siluanov'] },
  { name: 'Leonid Slutsky', aliases: ['Slutsky'] },
  { name: 'Sergei Shoigu', aliases: ['Shoigu', 'Sergey Shoigu'] },
  { name: 'Andrei Belousov', aliases: ['Belousov', 'Andrey Belousov'] },
  { name: 'Valery Gerasimov', aliases: ['Gerasimov', 'Valeriy Gerasimov'] },
  { name: 'Sergei Ryabkov', aliases: ['Ryabkov', 'Sergey Ryabkov'] },
  { name: 'Vasily Nebenzya', aliases: ['Nebenzya', 'Vassily Nebenzia', 'Nebenzia'] },
  { name: 'Mikhail Mishustin', aliases: ['Mishustin'] },
  { name: 'Elvira Nabiullina', aliases: ['Nabiullina'] },
  { name: 'Vyacheslav Volodin', aliases: ['Volodin'] },
  { name: 'Ramzan Kadyrov', aliases: ['Kadyrov'] },
  { name: 'Alexander Lukashenko', aliases: ['Lukashenko', 'Aleksandr Lukashenko', 'Alyaksandr Lukashenka'] },
  { name: 'Boris Yeltsin', aliases: ['Yeltsin'] },
  // Ukraine
  { name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy', 'Vladimir Zelensky', 'Volodymyr Zelenskiy', 'Vladimir Zelenskyy'] },
  { name: 'Andriy Yermak', aliases: ['Yermak', 'Andrii Yermak'] },
  { name: 'Andrii Sybiha', aliases: ['Sybiha', 'Andriy Sybiha'] },
  { name: 'Rustem Umerov', aliases: ['Umerov'] },
  { name: 'Oleksandr Syrskyi', aliases: ['Syrskyi', 'Syrsky', 'Oleksandr Syrsky'] },
  { name: 'Yulia Svyrydenko', aliases: ['Svyrydenko', 'Yuliia Svyrydenko', 'Yuliya Svyrydenko'] },
  { name: 'Denys Shmyhal', aliases: ['Shmyhal'] },
  { name: 'Kyrylo Budanov', aliases: ['Budanov'] },
  { name: 'Petro Poroshenko', aliases: ['Poroshenko'] },
  // Europe and NATO
  { name: 'Mark Rutte', aliases: ['Rutte'] },
  { name: 'Ursula von der Leyen', aliases: ['von der Leyen'] },
  { name: 'Kaja Kallas', aliases: ['Kallas'] },
  { name: 'António Costa', aliases: ['Antonio Costa'] },
  { name: 'Emmanuel Macron', aliases: ['Macron'] },
  { name: 'Keir Starmer', aliases: ['Starmer'] },
  { name: 'David Lammy', aliases: ['Lammy'] },
  { name: 'John Healey', aliases: ['Healey'] },
  { name: 'Friedrich Merz', aliases: ['Merz'] },
  { name: 'Olaf Scholz', aliases: ['Scholz'] },
  { name: 'Johann Wadephul', aliases: ['Wadephul'] },
  { name: 'Boris Pistorius', aliases: ['Pistorius'] },
  { name: 'Giorgia Meloni', aliases: ['Meloni'] },
  { name: 'Pedro Sánchez', aliases: ['Pedro Sanchez', 'Sánchez', 'Sanchez'] },
  { name: 'Viktor Orbán', aliases: ['Viktor Orban', 'Orbán', 'Orban'] },
  { name: 'Robert Fico', aliases: ['Fico'] },
  { name: 'Donald Tusk', aliases: ['Tusk'] },
  { name: 'Radosław Sikorski', aliases: ['Radoslaw Sikorski', 'Sikorski'] },
  { name: 'Andrzej Duda', aliases: ['Duda'] },
  { name: 'Karol Nawrocki', aliases: ['Nawrocki'] },
  { name: 'Alexander Stubb', aliases: ['Stubb'] },
  { name: 'Gitanas Nausėda', aliases: ['Gitanas Nauseda', 'Nausėda', 'Nauseda'] },
  { name: 'Mette Frederiksen', aliases: ['Frederiksen'] },
  { name: 'Ulf Kristersson', aliases: ['Kristersson'] },
  { name: 'Jonas Gahr Støre', aliases: ['Jonas Gahr Store', 'Støre'] },
  { name: 'Dick Schoof', aliases: ['Schoof'] },
  { name: 'Kyriakos Mitsotakis', aliases: ['Mitsotakis'] },
  { name: 'Maia Sandu', aliases: ['Sandu'] },
  { name: 'Angela Merkel', aliases: ['Merkel'] },
  // Elsewhere
  { name: 'Recep Tayyip Erdoğan', aliases: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan'] },
  { name: 'Hakan Fidan', aliases: ['Fidan'] },
  { name: 'Xi Jinping', aliases: ['Xi'] },
  { name: 'Wang Yi', aliases: [] },
  { name: 'Narendra Modi', aliases: ['Modi'] },
  { name: 'Subrahmanyam Jaishankar', aliases: ['Jaishankar', 'S. Jaishankar'] },
  { name: 'Mohammed bin Salman', aliases: ['Mohammed bin Salman Al Saud'] },
  { name: 'Benjamin Netanyahu', aliases: ['Netanyahu'] },
  { name: 'Luiz Inácio Lula da Silva', aliases: ['Luiz Inacio Lula da Silva', 'Lula'] },
  { name: 'Mark Carney', aliases: ['Carney'] },
  { name: 'António Guterres', aliases: ['Antonio Guterres', 'Guterres'] },
  { name: 'Masoud Pezeshkian', aliases: ['Pezeshkian'] },
  { name: 'Abbas Araghchi', aliases: ['Araghchi'] },
];

/**
 * The person vocabulary as sets, for the stages that still import it from here; the lists
 * themselves live in lexicon/person-titles.ts, lexicon/person-roles.ts and lexicon/non-person-name-endings.ts.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLE_WORD_LIST);
export const ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_WORD_LIST);
export const NON_PERSON_FINAL_WORDS: ReadonlySet<string> = new Set(NON_PERSON_NAME_ENDINGS);
