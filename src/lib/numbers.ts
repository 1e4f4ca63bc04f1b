/**
 * The only phone numbers Aman ships, all verified in shared/legal-facts.md. Everything that shows, links
 * or validates an official number reads this list: the home screen, the contacts screen, phone-number
 * normalisation and the guide validator. No other number may appear in the app.
 */

/** Official numbers in the order the contacts screen lists them: emergencies first. */
export const OFFICIAL_NUMBERS = ['112', '102', '103', '101', '104', '111', '1414'] as const;
export type OfficialNumber = (typeof OFFICIAL_NUMBERS)[number];

/** The three a person needs in the first seconds, biggest on the home screen. */
export const FIRST_CALLS: readonly OfficialNumber[] = ['112', '102', '103'];

/** Spells a number digit by digit for screen readers ("1 1 2", not "one hundred twelve"). */
export function spokenDigits(number: string): string {
  return number.replace(/\D/g, '').split('').join(' ');
}
