/**
 * How the person's computer writes a date and a time: the 12- or 24-hour clock and whether the month
 * comes before the day. Read once from the locale the system gives the app (with the person's choice
 * in Settings over the clock); the words themselves stay the app's English ("Today", "Tomorrow").
 */
export const CLOCK_CHOICES = ['system', '12-hour', '24-hour'] as const;
export type ClockChoice = (typeof CLOCK_CHOICES)[number];

export interface ClockStyle {
  /** "5:00 PM" rather than "17:00". */
  hour12: boolean;
  /** "Tue, Dec 2" rather than "Tue 2 Dec". */
  monthFirst: boolean;
}

/** A locale the system did not name, or one Intl cannot read: the 24-hour clock, day before month. */
export const DAY_FIRST_24_HOUR: ClockStyle = { hour12: false, monthFirst: false };

/** The style for a locale such as "en-US" or "de-DE", with the Settings choice over its clock. */
export function clockStyleFor(locale: string, choice: ClockChoice): ClockStyle {
  const system = localeStyle(locale);
  if (choice === '12-hour') return { ...system, hour12: true };
  if (choice === '24-hour') return { ...system, hour12: false };
  return system;
}

/** The last locale asked about and its style: every snapshot asks, and the locale rarely changes. */
let known: { locale: string; style: ClockStyle } | null = null;

function localeStyle(locale: string): ClockStyle {
  if (known?.locale !== locale) known = { locale, style: readLocaleStyle(locale) };
  return known.style;
}

function readLocaleStyle(locale: string): ClockStyle {
  try {
    const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(0);
    const month = parts.findIndex((part) => part.type === 'month');
    const day = parts.findIndex((part) => part.type === 'day');
    return { hour12: hourCycle === 'h12' || hourCycle === 'h11', monthFirst: month < day };
  } catch {
    return DAY_FIRST_24_HOUR;
  }
}
