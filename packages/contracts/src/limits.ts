import { z } from "zod";

/*
 * Caps on what a scenario and a load may hold: generous for any real test, bounded so that one saved
 * scenario cannot make every listing, snapshot and compile large (a 100,000-step scenario once made the
 * scenario list 21 MB). Each message names its limit.
 */

/** Flows of one scenario. */
export const MAX_FLOWS = 50;
/** Steps of one flow. */
export const MAX_STEPS_PER_FLOW = 200;
/** Stages of one load profile. */
export const MAX_STAGES = 100;
/** Rows of any one parameter list: globals, headers, query, form fields, outputs, checks, assignments... */
export const MAX_PARAMS = 200;
/** Data files bound by one scenario. */
export const MAX_DATA_SOURCES = 20;
/** A name: parameter, header, column, data file. */
export const MAX_NAME_LENGTH = 200;
/** A parameter, header or check value. */
export const MAX_VALUE_LENGTH = 64 * 1024;
/** A URL, before templating. */
export const MAX_URL_LENGTH = 8 * 1024;
/** A JSONPath, regular expression, header or cookie name used to read a response. */
export const MAX_EXPRESSION_LENGTH = 2 * 1024;
/** A request body's JSON or raw text. */
export const MAX_BODY_TEXT_LENGTH = 256 * 1024;

/** A list of at most `max` items, refused with "at most N <what>". */
export function cappedArray<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `at most ${max} ${what}`);
}

/** A string of at most `max` characters, refused with the limit. */
export function cappedString(max: number) {
  return z.string().max(max, `at most ${max} characters`);
}
