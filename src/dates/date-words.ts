// Cheap tests that tell a sentence holds no date, so the costly finders of ./resolve.ts (chrono, then its own
// phrase regexes) are not run on it. Each test is a superset of what a finder needs: no date is lost.

/**
 * What chrono needs to find anything: a year, a day/month numeral, a month, a weekday or a time word. Digits alone
 * ("a 20-point plan", "90%") are no date. Every alternative starts at a word boundary, tested once for all of them
 * (a third faster than one \b per alternative).
 */
export const MAYBE_CHRONO_DATE = /\b(?:(?:1[89]|20)\d{2}\b|\d{1,2}[/.-]\d{1,2}\b|\d+\s*(?:days?|weeks?|months?|years?|hours?)\b|\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|noon|midnight|morning|evening|afternoon|night)\b)/i;

/**
 * The words the other finders need beyond those: "a day after the truce" and "two weeks before" (a counted day),
 * "earlier in the day", "that day" and "hours earlier" (a day tied to another event). Their years ("in 2022") and
 * "today", "this morning" are already in MAYBE_CHRONO_DATE.
 */
const COUNTED_OR_TIED = /\b(?:days?|weeks?|hours)\b/i;

/** Can a finder of ./resolve.ts other than chrono find a date in `text` that chrono has nothing to find in? */
export const mayHoldOtherDate = (text: string): boolean => COUNTED_OR_TIED.test(text);

/** Can any finder of ./resolve.ts find a date in `text`? False means findDates would return nothing. */
export function mayHoldDate(text: string): boolean {
  return MAYBE_CHRONO_DATE.test(text) || mayHoldOtherDate(text);
}
