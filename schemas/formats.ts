import { isIP } from 'node:net';

/**
 * Formats the suite reads from a definition's description where the swagger states none. A request value
 * of such a format is what the valid side sends; a value outside it is no refusal the suite demands
 * (no document says a server must refuse it), but a server may refuse it.
 */

/** v1.3-preview.1 `expectedClientIpAddress`: "the expected IP address or CIDR block" (swagger description). */
export const IP_ADDRESS_OR_CIDR = 'ip-address-or-cidr';

/** Whether a text is an IPv4 or IPv6 address, or a CIDR block (an address, `/`, a prefix length in range). */
export function isIpAddressOrCidr(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
