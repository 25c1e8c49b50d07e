// Which network addresses a feed may make Parley fetch from. A feed is written by a stranger: without this, an item
// link (or a redirect) to 127.0.0.1, a LAN host or the cloud metadata service makes Parley fetch and store what only
// this machine can see. Every address a name resolves to is checked, at connect time, on every redirect hop.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Address ranges no feed may reach unless the user allows private hosts, each with what it is. */
const RANGES: { cidr: string; family: 'ipv4' | 'ipv6'; what: string }[] = [
  { cidr: '0.0.0.0/8', family: 'ipv4', what: 'a "this network" address' },
  { cidr: '10.0.0.0/8', family: 'ipv4', what: 'a private address' },
  { cidr: '100.64.0.0/10', family: 'ipv4', what: 'a carrier-grade NAT address' },
  { cidr: '127.0.0.0/8', family: 'ipv4', what: 'a loopback address' },
  { cidr: '169.254.0.0/16', family: 'ipv4', what: 'a link-local address (cloud metadata lives here)' },
  { cidr: '172.16.0.0/12', family: 'ipv4', what: 'a private address' },
  { cidr: '192.0.0.0/24', family: 'ipv4', what: 'an IETF protocol address' },
  { cidr: '192.168.0.0/16', family: 'ipv4', what: 'a private address' },
  { cidr: '198.18.0.0/15', family: 'ipv4', what: 'a benchmarking address' },
  { cidr: '224.0.0.0/4', family: 'ipv4', what: 'a multicast address' },
  { cidr: '240.0.0.0/4', family: 'ipv4', what: 'a reserved address' },
  { cidr: '::/128', family: 'ipv6', what: 'the unspecified address' },
  { cidr: '::1/128', family: 'ipv6', what: 'a loopback address' },
  { cidr: 'fc00::/7', family: 'ipv6', what: 'a private (unique local) address' },
  { cidr: 'fe80::/10', family: 'ipv6', what: 'a link-local address' },
  { cidr: 'ff00::/8', family: 'ipv6', what: 'a multicast address' },
];

const lists = RANGES.map((r) => {
  const list = new BlockList();
  const [net, bits] = r.cidr.split('/');
  list.addSubnet(net, Number(bits), r.family);
  return { list, family: r.family, what: r.what };
});

/** IPv4 inside IPv6 (::ffff:127.0.0.1, and NAT64 64:ff9b::7f00:1) is judged as the IPv4 address it carries. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2], 16);
  const lo = parseInt(m[3], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** What kind of address this is when a feed may not reach it ("a loopback address"), else null. */
export function forbiddenAddress(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = isIP(bare) === 6 ? embeddedIpv4(bare) : null;
  const ip = v4 ?? bare;
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (!family) return 'not an IP address';
  if (family === 'ipv4' && ip === '255.255.255.255') return 'the broadcast address';
  for (const l of lists) if (l.family === family && l.list.check(ip, family)) return l.what;
  return null;
}

export class ForbiddenHost extends Error {}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves the name and refuses it when any address it resolves to is forbidden
 * (checked when connecting, so a name cannot resolve to a public address for the check and a private one after).
 */
export type AddressPolicy = (address: string) => string | null;

export function guardedLookup(allowPrivate: boolean, policy: AddressPolicy = forbiddenAddress) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      if (!allowPrivate) {
        for (const a of addresses) {
          const why = policy(a.address);
          if (why) return callback(new ForbiddenHost(refusal(hostname, a.address, why)) as NodeJS.ErrnoException, '');
        }
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

export function refusal(host: string, address: string, why: string): string {
  const named = host === address ? address : `${host} (${address})`;
  return `refused: ${named} is ${why}; give --allow-private-hosts to fetch it`;
}

/** The refusal for a URL whose host is an IP literal (never looked up, so checked here), else null. */
export function literalRefusal(hostname: string, allowPrivate: boolean, policy: AddressPolicy = forbiddenAddress): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (allowPrivate || !isIP(bare)) return null;
  const why = policy(bare);
  return why ? refusal(bare, bare, why) : null;
}
