import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../../src/domain/network-address.ts';

describe('addresses a partner’s LRS may not lead the hub to', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.9',
    '172.31.255.1',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::ffff:127.0.0.1',
    'fd12:3456::1',
    'fe80::1',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.4.4'])(
    '%s is public',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});
