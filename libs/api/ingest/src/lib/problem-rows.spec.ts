import { neutraliseCell, problemRowsCsv } from './problem-rows';

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

describe('problemRowsCsv', () => {
  it('writes line, original cells and reasons, quoted and neutralised', () => {
    const csv = problemRowsCsv(
      ['a', 'b'],
      [
        { line: 5, cells: ['=cmd()', 'x,"y"'], reasons: 'amount: 金额最多两位小数' },
        { line: 9, cells: ['1'], reasons: 'r' },
      ],
    );
    expect(csv).toBe(
      '\uFEFF行号 line,a,b,错误原因 reasons\r\n' +
        `5,'=cmd(),"x,""y""",amount: 金额最多两位小数\r\n` +
        '9,1,,r\r\n',
    );
  });
});
