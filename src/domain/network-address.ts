// Addresses inside a private network, the machine itself or a cloud's metadata service: a
// partner's LRS address must not lead the hub there, or a partner could make the hub reach
// what only the hub's own network should.

const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function privateIpv4(address: string): boolean | undefined {
  const match = ipv4.exec(address);
  if (!match) return undefined;
  const [a = 0, b = 0] = match.slice(1, 3).map(Number);
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast and reserved
  );
}

/** Whether an IP address (v4 or v6, as `dns.lookup` gives it) is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const v4 = privateIpv4(address);
  if (v4 !== undefined) return v4;
  const v6 = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6)?.[1];
  if (mapped) return privateIpv4(mapped) ?? true;
  return (
    v6 === '::' ||
    v6 === '::1' ||
    /^f[cd]/.test(v6) || // unique local
    /^fe[89ab]/.test(v6) || // link-local
    /^ff/.test(v6) // multicast
  );
}
