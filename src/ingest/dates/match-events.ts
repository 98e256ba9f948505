import { ANCHOR_EVENTS, type AnchorEventDefinition } from '../anchor-events.ts';
import { KNOWN_PEOPLE, type KnownPerson } from '../known-people.ts';
import { addDays, weekdayOf } from '../calendar-days.ts';
import { isImminent, isLookingAhead, type WeekdayMention } from './parse-dates.ts';

export interface PageSentence {
  text: string;
  weekdays: readonly WeekdayMention[];
}

export interface MatchedEvent {
  event: AnchorEventDefinition;
  /** every mention of the event looks ahead to it ("ahead of the summit in …") and no past weekday names one of its days */
  isAhead: boolean;
  /** a mention has the subject already travelling to it ("en route to the summit"): it begins within a day */
  isImminent: boolean;
  /** days of the event that a past weekday near one of its terms names ("met on Friday" of a Friday event) */
  namedDays: { day: string; mention: string }[];
}

/** "since the summit in Alaska", "weeks after the talks in Istanbul": the event is background to what the sentence reports. */
const BACKGROUND_BEFORE = /\b(?:since|after|before|following|ahead of|anniversary of)\s+(?:\S+\s+){0,4}$/i;
/** "Putin said on Friday …": the weekday dates the saying, not the event the sentence goes on to name. */
const SAYING_BEFORE = /\b(?:said|says|told\s+\S+|stated|announced|wrote|posted|added|warned|claimed)\s+$/i;

function isBackground(text: string, term: RegExp): boolean {
  const index = text.search(term);
  return index >= 0 && BACKGROUND_BEFORE.test(text.slice(0, index));
}

/** A term that matches a known person's name ("Zelensk", "Putin") names who took part, not the event. */
function namesPerson(term: RegExp, people: readonly KnownPerson[]): boolean {
  return people.some((person) => [person.name, ...person.aliases].some((name) => term.test(name)));
}

function termIndexes(event: AnchorEventDefinition, sentence: string): number[] {
  return event.terms.flatMap((term) => [...sentence.matchAll(new RegExp(term.source, `${term.flags.replace('g', '')}g`))].map((match) => match.index));
}

function eventDays(event: AnchorEventDefinition): string[] {
  const days: string[] = [];
  for (let day = event.start; day <= event.end; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The calendar events a page names with all their distinctive terms and nothing that speaks of
 * another event, with the event days its past weekdays name.
 * @example matchEvents([{ text: 'NATO leaders met on Wednesday at the summit in The Hague.', weekdays: [...] }], null)
 */
export function matchEvents(sentences: readonly PageSentence[], pageYear: number | null, events: readonly AnchorEventDefinition[] = ANCHOR_EVENTS, people: readonly KnownPerson[] = KNOWN_PEOPLE): MatchedEvent[] {
  const page = sentences.map((sentence) => sentence.text).join('\n');
  const matched: MatchedEvent[] = [];
  for (const event of events) {
    if (!event.terms.every((term) => term.test(page)) || event.excludes?.test(page)) continue;
    // A page whose own dates are of earlier years speaks of an older event of the same name.
    if (pageYear !== null && Number(event.start.slice(0, 4)) > pageYear) continue;
    const mentions = sentences.map((sentence) => termIndexes(event, sentence.text));
    const allAhead = mentions.every((indexes, i) => indexes.every((index) => isLookingAhead(sentences[i]!.text, index)));
    const imminent = mentions.some((indexes, i) => indexes.some((index) => isImminent(sentences[i]!.text, index)));
    const namedDays: MatchedEvent['namedDays'] = [];
    const anchors = event.terms.filter((term) => !namesPerson(term, people));
    sentences.forEach((sentence) => {
      // Only a term of the event itself (a place, a thing: not a person's name) in the same sentence
      // ties a weekday to it, and not where the sentence speaks of the event as background.
      const anchored = anchors.some((term) => term.test(sentence.text) && !isBackground(sentence.text, term));
      if (!anchored) return;
      for (const mention of sentence.weekdays) {
        if (mention.isAhead || SAYING_BEFORE.test(sentence.text.slice(0, mention.index))) continue;
        const day = eventDays(event).find((candidate) => weekdayOf(candidate) === mention.weekday);
        if (day) namedDays.push({ day, mention: mention.text });
      }
    });
    // A past weekday naming one of its days ("which opened on Tuesday") means the event has begun.
    matched.push({ event, isAhead: allAhead && namedDays.length === 0, isImminent: imminent, namedDays });
  }
  return matched;
}
