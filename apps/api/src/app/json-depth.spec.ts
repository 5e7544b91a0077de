import { jsonDepth } from './json-depth';

describe('jsonDepth', () => {
  it('counts nesting outside strings', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":2}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('{"a":"[[[[\\"{{"}'))).toBe(1);
    expect(jsonDepth(Buffer.from('"x"'))).toBe(0);
  });
  it('stops early on a deep body', () => {
    expect(jsonDepth(Buffer.from('['.repeat(100_000)), 32)).toBe(33);
  });
});
