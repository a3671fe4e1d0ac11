/**
 * Whom the public side's limit counts as one client. An IPv4 address is one client; an IPv6 client is
 * its /64 network, since one household or phone is given a whole /64 and can pick a new address in it for
 * every request (RFC 4941, RFC 8981). An IPv4 address written as IPv6 (::ffff:a.b.c.d) counts as IPv4.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, as numbers (an embedded IPv4 tail becomes two). */
function groupsOf(address: string): number[] {
  let text = address.split('%')[0].toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number);
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parts = (s: string | undefined) => (s ? s.split(':') : []);
  const missing = 8 - parts(head).length - parts(tail).length;
  const all = tail === undefined ? parts(head) : [...parts(head), ...Array(missing).fill('0'), ...parts(tail)];
  return all.map((g) => parseInt(g, 16));
}

/** The client a request comes from, as the limit counts it: an IPv4 address, or an IPv6 /64. */
export function clientNetwork(address: string | undefined): string {
  if (!address) return 'unknown';
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  const groups = groupsOf(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
