/**
 * The kinds of plain values a push's compact parts hold (the item table, the suggestion groups): the
 * bridge checks each value with these before the page makes objects of them.
 */
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
export const isYesNo = (value: unknown): value is boolean => typeof value === 'boolean';
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
