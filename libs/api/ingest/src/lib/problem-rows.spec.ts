import { problemRowsCsv } from './problem-rows';

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
