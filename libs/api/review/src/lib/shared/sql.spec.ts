import { containsPattern, prefixPattern } from './sql';

describe('review SQL helpers', () => {
  it('escapes LIKE wildcards typed by the user', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
    expect(prefixPattern('205')).toBe('205%');
  });
});
