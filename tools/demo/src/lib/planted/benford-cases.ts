import { Rng } from '../util/prng';
import { yearCalendar } from '../util/calendar';
import { PlantedBook, budgetFor } from './book';

const Y = 2025;
const GOLDEN = 0.6180339887498949;

/** First-digit counts designed against Benford (p_d = log10(1 + 1/d)). */
const FABRICATED = [100, 80, 70, 65, 62, 60, 56, 55, 52]; // 600 vouchers, MAD ≈ 0.041
const NEAR_CONFORMING = [143, 106, 75, 58, 66, 59, 35, 31, 27]; // 600 vouchers, MAD ≈ 0.0142
const FEW = [50, 50, 50, 50, 50, 50, 50, 50, 99]; // 499 vouchers ≥ 10 (+ one of 9.50)

/** Mean absolute deviation of first-digit shares from Benford (Nigrini). */
export function benfordMad(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let d = 1; d <= 9; d++) sum += Math.abs(counts[d - 1] / n - Math.log10(1 + 1 / d));
  return sum / 9;
}

/** BENFORD: ≥ 500 vouchers of amount ≥ 10 and MAD > 0.015. */
export function plantBenfordCases(book: PlantedBook): void {
  const workdays = yearCalendar(Y)
    .filter((d) => d.workday)
    .map((d) => d.iso);
  const school = (
    code: string,
    name: string,
    func: string,
    counts: readonly number[],
    tiny: boolean,
    salt: number,
  ) => {
    const a = book.agency(code, name, func, '101001');
    const digits: number[] = [];
    counts.forEach((c, i) => {
      for (let k = 0; k < c; k++) digits.push(i + 1);
    });
    // Fixed shuffle (independent of the user's seed) so the digits interleave over the year.
    const rng = new Rng(salt);
    for (let i = digits.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [digits[i], digits[j]] = [digits[j], digits[i]];
    }
    const payees = Array.from({ length: 25 }, (_, i) => book.company(`内蒙古${SUPPLIERS[i]}有限公司`));
    const n = digits.length + (tiny ? 1 : 0);
    const amounts: number[] = digits.map((d, i) => {
      const frac = Math.min(0.995, (i * GOLDEN + 0.1) % 1);
      return Math.round((d + frac) * 10 ** (2 + (i % 3)) * 100);
    });
    if (tiny) amounts.push(950); // 9.50 yuan: below the 10-yuan floor of the test
    const total = amounts.reduce((s, c) => s + c, 0);
    book.line(Y, a, { econ: '30218', cents: budgetFor(total) });
    amounts.forEach((cents, i) => {
      const date = workdays[Math.floor((i * workdays.length) / n)];
      book.pay(Y, a, {
        date,
        econ: '30218',
        cents,
        payee: payees[i % payees.length],
        purpose: '教学耗材采购',
      });
    });
  };
  school('101020', '呼和浩特市第三十五中学', '2050203', FABRICATED, false, 35);
  book.expect(
    'BENFORD',
    'positive',
    '101020',
    `600 vouchers, first digits too flat: MAD ${benfordMad(FABRICATED).toFixed(4)} > 0.015`,
    'info',
  );
  school('101021', '呼和浩特市第二十二中学', '2050203', NEAR_CONFORMING, false, 22);
  book.expect(
    'BENFORD',
    'control',
    '101021',
    `600 vouchers, MAD ${benfordMad(NEAR_CONFORMING).toFixed(4)} just under 0.015`,
  );
  school('101022', '呼和浩特市第十六中学', '2050204', FEW, true, 16);
  book.expect(
    'BENFORD',
    'control',
    '101022',
    '500 vouchers but one is 9.50 (< 10): only 499 count, although the digits are far off',
  );
}

const SUPPLIERS = [
  '青城教学设备',
  '北辰文具',
  '启明图书',
  '智学科技',
  '博文印务',
  '晨光教育用品',
  '育才实验器材',
  '金桥办公',
  '明德体育用品',
  '华夏文体',
  '昭君纸业',
  '鸿雁信息',
  '塞上教育科技',
  '蒙源电器',
  '德润后勤服务',
  '科瑞仪器',
  '天骄家具',
  '敕勒川商贸',
  '银河电子',
  '大漠物流',
  '锦绣印刷',
  '丰泽食品',
  '恒达建材',
  '宏图网络',
  '瑞雪保洁',
];
