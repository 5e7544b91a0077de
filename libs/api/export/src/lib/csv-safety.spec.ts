import { neutraliseCell } from './csv-safety';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1+1', "'+1+1"],
    ['-1+cmd', "'-1+cmd"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-123.45', '-123.45'],
    ['普通文本', '普通文本'],
    ['', ''],
  ])('%p -> %p', (raw, expected) => {
    expect(neutraliseCell(raw)).toBe(expected);
  });
});
