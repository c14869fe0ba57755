import fc from 'fast-check';
import { IP_ADDRESS_OR_CIDR } from '../../../schemas';

const DATES = { min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true };

/** RFC 3339 date-times as servers write them: `Z` with or without milliseconds, or a numeric offset. */
function dateTime(): fc.Arbitrary<string> {
  const utc = fc.date(DATES).map((d) => d.toISOString());
  const seconds = fc.date(DATES).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const offset = fc
    .tuple(fc.date(DATES), fc.integer({ min: -12, max: 14 }))
    .map(([d, h]) => `${d.toISOString().slice(0, 19)}${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`);
  return fc.oneof(utc, seconds, offset);
}

/** Absolute http(s) URIs with a host and a few path segments (`fc.webUrl` is correct but ~10 ms per value). */
function uri(): fc.Arbitrary<string> {
  const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}$/);
  return fc
    .tuple(
      fc.constantFrom('https', 'http'),
      fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/),
      fc.array(segment, { maxLength: 3 }),
    )
    .map(([scheme, host, path]) => `${scheme}://${host}.example.com/${path.join('/')}`);
}

/** An IPv4 or IPv6 address, alone or as a CIDR block with a prefix length in range. */
function ipAddressOrCidr(): fc.Arbitrary<string> {
  const v4 = fc.ipV4();
  const v6 = fc.ipV6();
  return fc.oneof(
    v4,
    v6,
    fc.tuple(v4, fc.integer({ min: 0, max: 32 })).map(([a, n]) => `${a}/${n}`),
    fc.tuple(v6, fc.integer({ min: 0, max: 128 })).map(([a, n]) => `${a}/${n}`),
  );
}

/** Generators of well-formed values per supported `format`. */
export const FORMAT_ARBITRARIES: Record<string, () => fc.Arbitrary<string>> = {
  'date-time': dateTime,
  uuid: () => fc.uuid(),
  uri,
  [IP_ADDRESS_OR_CIDR]: ipAddressOrCidr,
};

/** A fixed well-formed example per format (deterministic example documents). */
export const FORMAT_EXAMPLES: Record<string, string> = {
  'date-time': '2024-03-05T11:07:29.698Z',
  uuid: 'b12e033e-bda7-4b83-a211-e721c661f30e',
  uri: 'https://example.com/face/liveness',
  [IP_ADDRESS_OR_CIDR]: '203.0.113.0/24',
};

/** A malformed value per format: the kind of mistake a server must notice (wrong date, no separators, no scheme). */
export const FORMAT_MALFORMED: Record<string, string[]> = {
  'date-time': ['2024-13-45T25:61:00Z', '05/03/2024 11:07', '2024-03-05T11:07:29'],
  uuid: ['not-a-uuid', 'b12e033ebda74b83a211e721c661f30e0'],
  uri: ['not a uri', '://missing-scheme'],
  [IP_ADDRESS_OR_CIDR]: ['not-an-address', '256.1.1.1', '10.0.0.0/33'],
};
