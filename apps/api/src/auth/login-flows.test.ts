import { describe, expect, it } from 'vitest';
import { clientKeyOf } from './login-flows';

describe('clientKeyOf', () => {
  it('counts an IPv4 address on its own, also when it arrives IPv4-mapped', () => {
    expect(clientKeyOf('192.0.2.7')).toBe('192.0.2.7');
    expect(clientKeyOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('counts every address of an IPv6 /64 as one subscriber', () => {
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe(clientKeyOf('2001:db8:1:2:bbbb::9'));
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:db8:1:3::1')).not.toBe(clientKeyOf('2001:db8:1:2::1'));
  });

  it('puts an unknown address under one key', () => {
    expect(clientKeyOf(null)).toBe('unknown');
    expect(clientKeyOf('not an address')).toBe('unknown');
  });
});
