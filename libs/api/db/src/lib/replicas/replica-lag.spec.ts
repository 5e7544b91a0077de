import { LagTracker, lsnBytes } from './replica-lag';

describe('LagTracker', () => {
  it('reads LSNs as byte positions', () => {
    expect(lsnBytes('0/10')).toBe(16n);
    expect(lsnBytes('1/0')).toBe(4294967296n);
    expect(() => lsnBytes('nope')).toThrow(/not an LSN/);
  });

  it('a caught-up standby of an idle primary has no lag, however old its last commit', () => {
    const t = new LagTracker();
    const lag = t.update({ primaryLsn: '0/500', replayLsn: '0/500', replayAgeSeconds: 3600, at: 0 });
    expect(lag).toEqual({ seconds: 0, behindBytes: 0 });
    expect(
      t.update({ primaryLsn: '0/500', replayLsn: '0/500', replayAgeSeconds: 3700, at: 100_000 }).seconds,
    ).toBe(0);
  });

  it('behind: the age of the oldest primary position not replayed yet', () => {
    const t = new LagTracker();
    t.update({ primaryLsn: '0/100', replayLsn: '0/100', replayAgeSeconds: 1, at: 0 });
    expect(t.update({ primaryLsn: '0/200', replayLsn: '0/100', replayAgeSeconds: 5, at: 10_000 })).toEqual({
      seconds: 0,
      behindBytes: 256,
    });
    expect(t.update({ primaryLsn: '0/300', replayLsn: '0/100', replayAgeSeconds: 45, at: 50_000 })).toEqual({
      seconds: 40,
      behindBytes: 512,
    });
    // Replayed past the first position: the second one (seen at 50 s) is now the oldest.
    expect(
      t.update({ primaryLsn: '0/300', replayLsn: '0/250', replayAgeSeconds: 1, at: 60_000 }).seconds,
    ).toBe(10);
    expect(
      t.update({ primaryLsn: '0/300', replayLsn: '0/300', replayAgeSeconds: 1, at: 61_000 }).seconds,
    ).toBe(0);
  });

  it('at the first look a standby already behind is as old as its last replayed commit', () => {
    const t = new LagTracker();
    expect(t.update({ primaryLsn: '0/900', replayLsn: '0/100', replayAgeSeconds: 600, at: 0 }).seconds).toBe(
      600,
    );
  });

  it('a server that is not in recovery is current', () => {
    expect(
      new LagTracker().update({ primaryLsn: '0/900', replayLsn: null, replayAgeSeconds: null, at: 0 }),
    ).toEqual({
      seconds: 0,
      behindBytes: 0,
    });
  });
});
