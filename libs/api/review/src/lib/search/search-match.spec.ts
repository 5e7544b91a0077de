import { namePinyin } from '@bs/api-db';
import { matchRows, type Searchable } from './search-match';
import { searchTerms } from './search.service';

const named = (code: string, name: string, order: number): Searchable => ({
  code,
  name,
  text: name.toLowerCase(),
  ...namePinyin(name),
  detail: null,
  order,
});

describe('matchRows', () => {
  const rows = [
    named('101001', '呼和浩特市财政局', 0),
    named('201001', '呼和浩特市教育局', 1),
    named('201002', '呼和浩特市教育局教研室', 2),
    named('150124', '清水河县', 3),
  ];

  it('matches Chinese substrings, full pinyin, initials and code prefixes; shorter names first', () => {
    const codes = (q: string) => matchRows(rows, 'agency', searchTerms(q, 5)).items.map((h) => h.code);
    expect(codes('教育局')).toEqual(['201001', '201002']);
    expect(codes('jyj')).toEqual(['201001', '201002']);
    expect(codes('JiaoYu Ju')).toEqual(['201001', '201002']);
    expect(codes('qingshuihe')).toEqual(['150124']);
    expect(codes('qshx')).toEqual(['150124']);
    expect(codes('2010')).toEqual(['201001', '201002']);
    expect(codes('清水河县')).toEqual(['150124']);
    expect(codes('不存在')).toEqual([]);
  });

  it('says how it matched, counts every match and lists at most the limit', () => {
    const r = matchRows(rows, 'agency', searchTerms('hhht', 1));
    expect(r.total).toBe(3);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ kind: 'agency', match: 'initials' });
    expect(matchRows(rows, 'agency', searchTerms('财政', 5)).items[0].match).toBe('name');
  });
});
