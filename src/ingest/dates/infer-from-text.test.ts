import { describe, expect, test } from 'vitest';
import { inferFromText } from './infer-from-text.ts';

describe('inferFromText', () => {
  test('a football report: the weekday written with its date pins the day', () => {
    const page = ['Rovers beat United 2-1 on Saturday, 6 April 2030, to go top.', 'The sides drew on 2 March 2030 in the reverse fixture.', 'The manager had warned on Thursday that nothing was decided.'];
    expect(inferFromText(page)).toEqual({ publishedOn: '2030-04-06', dateBasis: expect.stringMatching(/^6 April 2030: .*"on Saturday, 6 April 2030"/) });
  });

  test('a court ruling: the latest past date pins the day when no weekday points later', () => {
    const page = ['The appeals court ruled on 14 October 2031 that the contract was void.', 'The case was first heard on 3 May 2031.'];
    expect(inferFromText(page)).toMatchObject({ publishedOn: '2031-10-14', dateBasis: expect.stringMatching(/latest day the text reports as past/) });
  });

  test('a past date is a lower bound only: a weekday that may fall after it leaves the day open', () => {
    const page = ['The city adopted its budget on 2 June 2030.', 'The mayor defended the tram line on Thursday.'];
    expect(inferFromText(page)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: the text names 2 June 2030 as past and also Thursday/) });
  });

  test('a span and a plan are not past events', () => {
    const page = ['On Monday, June 2, 2031, the council met.', 'It proposed a further hearing from 14 to 21 June 2031.', 'The vote will take place on June 24, 2031.'];
    expect(inferFromText(page).publishedOn).toBe('2031-06-02');
  });

  test('a plan earlier than a reported day is a conflict', () => {
    const page = ['The club confirmed the sale on Tuesday, 4 March 2031.', 'The new owner is expected to arrive on 1 March 2031.'];
    expect(inferFromText(page)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: .*looks ahead to "on 1 March 2031"/) });
  });

  test('a known event named by weekday pins the day', () => {
    const page = ['NATO members settled on Wednesday on a new spending goal.', 'The summit in The Hague was short.'];
    expect(inferFromText(page)).toMatchObject({ publishedOn: '2025-06-25', dateBasis: expect.stringMatching(/NATO summit in The Hague/) });
  });

  test('a known event mentioned as past bounds the day from below only', () => {
    expect(inferFromText(['Since Putin met Trump at the summit in Alaska, little has moved.'])).toEqual({
      publishedOn: null,
      dateBasis: expect.stringMatching(/^No date: it mentions the known event "Trump–Putin summit in Alaska" .* only bounds the day from below/),
    });
  });

  test('an event named by weekday does not date a page that reports a later day', () => {
    const page = ['Putin met Trump in Alaska on Friday, but on 2 September 2025 the talks stalled.'];
    expect(inferFromText(page).publishedOn).toBe('2025-09-02');
  });

  test('weekdays reported after a pinned day move it to the first day by which they have passed', () => {
    const page = ['The striker signed on Friday, 4 April 2031.', 'The coach presented him on Monday.', 'His old club had praised him on Thursday.'];
    expect(inferFromText(page)).toMatchObject({ publishedOn: '2031-04-07', dateBasis: expect.stringMatching(/then reports Monday as past/) });
  });

  test('a weekday inside the few days before a planned event it is travelling to pins the day', () => {
    const page = ['The minister spoke on Tuesday about the budget.', 'Aides said the talks had been long.', 'She was en route to the NATO summit in The Hague.'];
    expect(inferFromText(page)).toMatchObject({ publishedOn: '2025-06-24', dateBasis: expect.stringMatching(/travelling to/) });
  });

  test('a plan alone bounds the day from above only', () => {
    expect(inferFromText(['The council would vote on the evening of 13 March 2031.'])).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/only bounds the day from above/) });
  });

  test('a schedule stated in the present is no past day: a cup preview has no day', () => {
    const page = ['Harbourside beat Millbrook 3-1 in the semi-final.', 'The final takes place on 13 July 2031 at the national stadium.'];
    expect(inferFromText(page)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: it looks ahead to "on 13 July 2031"/) });
  });

  test('an election preview is not dated to polling day', () => {
    const page = ['Voters go to the polls on 4 November 2031 to choose a governor.', 'The registration deadline is 10 October 2031.'];
    expect(inferFromText(page).publishedOn).toBeNull();
  });

  test('the day of an earlier event bounds the day from below but does not pin it', () => {
    const page = ['The regional airline stopped flying, stranding thousands of passengers.', 'It had filed for bankruptcy protection on 2 May 2031.'];
    expect(inferFromText(page)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: it mentions "on 2 May 2031" as past, which only bounds the day from below/) });
    expect(inferFromText(['Thousands marked ten years since the flood of 14 August 2021.']).publishedOn).toBeNull();
  });

  test('an earlier event later than the reported day leaves the day open', () => {
    const page = ['The council adopted the budget on 3 March 2031.', 'A quote from the mayor: “On 9 March 2031 the money ran out.”'];
    expect(inferFromText(page)).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: it mentions "On 9 March 2031" as past, later than any date it names/) });
  });

  test('says so when nothing dates the page', () => {
    expect(inferFromText(['The striker scored twice in the second half.'])).toEqual({ publishedOn: null, dateBasis: expect.stringMatching(/^No date: the text names no date/) });
  });
});
