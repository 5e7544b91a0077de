import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('allows maxFailures failures in the window, then tells how long to wait', () => {
    let now = 1_000_000;
    const t = new LoginThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterSeconds('1.2.3.4')).toBe(0);
      t.recordFailure('1.2.3.4');
      now += 1000;
    }
    // Oldest failure at 1_000_000 leaves the window at 1_060_000; now is 1_003_000.
    expect(t.retryAfterSeconds('1.2.3.4')).toBe(57);
    expect(t.retryAfterSeconds('5.6.7.8')).toBe(0);
    now = 1_060_001;
    expect(t.retryAfterSeconds('1.2.3.4')).toBe(0);
    t.recordFailure('1.2.3.4');
    expect(t.retryAfterSeconds('1.2.3.4')).toBeGreaterThan(0);
  });
});
