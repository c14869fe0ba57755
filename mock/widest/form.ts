import type { AnswerTake } from './exchange';

const DATE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?(Z|[+-]\d\d:\d\d)$/;
/** The offset of dates not described as UTC: a half-hour zone, west of Greenwich. */
const OFFSET_MINUTES = -210;
/** Members whose description says UTC (seed 001 receivedDateTime: "The UTC DateTime that the request was received"). */
const UTC_MEMBERS = new Set(['receivedDateTime']);

const isDateMember = (name: string): boolean => /DateTime$/.test(name) || name === 'expiry';

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** One date-time at 7 fractional digits in the given offset, the same instant (sub-millisecond digits kept). */
export function widestDate(text: string, minutes: number): string {
  const m = DATE.exec(text);
  const instant = Date.parse(text);
  if (!m || Number.isNaN(instant)) return text;
  const fraction = (m[2] ?? '').padEnd(7, '0');
  const local = new Date(Math.floor(instant / 1000) * 1000 + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}.${fraction}${minutes === 0 ? '+00:00' : offsetText(minutes)}`;
}

function dates(value: unknown, member = ''): unknown {
  if (typeof value === 'string' && isDateMember(member))
    return widestDate(value, UTC_MEMBERS.has(member) ? 0 : OFFSET_MINUTES);
  if (Array.isArray(value)) return value.map((v) => dates(v, member));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dates(v, k)]));
  return value;
}

/** Liberty date-precision-and-offset: 7 fractional digits, +00:00 where the description says UTC, else -03:30. */
export const datesWithOffset: AnswerTake = (answer) => {
  if (answer.json !== undefined) answer.json = dates(answer.json);
};

/** The member every JSON object of a widest answer carries beside the documented ones. */
export const UNDOCUMENTED_MEMBER = 'widestUndocumented';

function withExtra(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withExtra);
  if (!value || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withExtra(v)]));
  return { ...out, [UNDOCUMENTED_MEMBER]: 'a member no document lists' };
}

/** Liberty undocumented-response-fields: every JSON object gets one more member. */
export const extraMembers: AnswerTake = (answer) => {
  if (answer.json !== undefined) answer.json = withExtra(answer.json);
};

/** Liberty undocumented-response-headers: the real service's headers and one of its own. */
export const extraHeaders: AnswerTake = (answer) => {
  Object.assign(answer.headers, {
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
    'X-Content-Type-Options': 'nosniff',
    'x-envoy-upstream-service-time': '3',
    'x-widest-undocumented': 'a header no document lists',
  });
};
