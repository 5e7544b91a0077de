import type { Agency } from '../reference/agencies';
import { yuan } from '../util/money';
import { workdayOnOrAfter } from '../util/calendar';
import { PlantedBook, budgetFor } from './book';

const Y = 2025;

/** A background cell paid monthly so the agency has spending every quarter (keeps IDLE_BUDGET quiet). */
function filler(
  book: PlantedBook,
  year: number,
  a: Agency,
  econ: string,
  total: number,
  payeeName: string,
): void {
  book.line(year, a, { econ, cents: budgetFor(yuan(total)) });
  book.monthly(year, a, econ, yuan(total), book.company(payeeName));
}

/** DUPLICATE_PAYMENT and SPLIT_PAYMENT. */
export function plantDuplicateSplitCases(book: PlantedBook): void {
  const dup = book.agency('140001', '呼和浩特市公共资源交易中心', '2010350');
  book.line(Y, dup, { econ: '30227', cents: yuan(700_000) });
  const pay = (date: string, cents: number, payee: ReturnType<PlantedBook['company']>) =>
    book.pay(Y, dup, { date, econ: '30227', cents, payee, purpose: '支付委托业务费' });

  const hx = book.company('内蒙古恒信建设工程有限公司');
  pay('2025-03-10', yuan(128_000), hx);
  pay('2025-03-17', yuan(128_000), hx);
  book.expect(
    'DUPLICATE_PAYMENT',
    'positive',
    `140001/${hx.account}/128000.00/2025-03-10`,
    'same payee account, same 128,000.00, exactly 7 days apart',
    'warning',
  );
  // No account: the payee key is the name without whitespace, so both spellings are one payee.
  pay('2025-04-14', yuan(36_800), { name: '内蒙古 草原 印务 有限公司', account: null, type: 'unit' });
  pay('2025-04-16', yuan(36_800), { name: '内蒙古草原印务有限公司', account: null, type: 'unit' });
  book.expect(
    'DUPLICATE_PAYMENT',
    'positive',
    '140001/内蒙古草原印务有限公司/36800.00/2025-04-14',
    'no account: names equal once whitespace is removed',
    'warning',
  );
  const chain = book.company('内蒙古中昊会计师事务所有限公司');
  pay('2025-08-04', yuan(20_000), chain);
  pay('2025-08-11', yuan(20_000), chain);
  pay('2025-08-18', yuan(20_000), chain);
  book.expect(
    'DUPLICATE_PAYMENT',
    'positive',
    `140001/${chain.account}/20000.00/2025-08-04`,
    'chain of 3 vouchers, each 7 days after the previous (span 14 days): one group',
    'warning',
  );
  const gap = book.company('内蒙古天诚招标代理有限公司');
  pay('2025-05-12', yuan(75_000), gap);
  pay('2025-05-20', yuan(75_000), gap);
  book.expect(
    'DUPLICATE_PAYMENT',
    'control',
    `140001/${gap.account}/75000.00/2025-05-12`,
    'same amount 8 days apart',
  );
  const low = book.company('呼和浩特市鼎新文印有限公司');
  pay('2025-06-10', yuan(9_999.99), low);
  pay('2025-06-10', yuan(9_999.99), low);
  book.expect(
    'DUPLICATE_PAYMENT',
    'control',
    `140001/${low.account}/9999.99/2025-06-10`,
    'same day, same amount, but 9,999.99 < 10,000',
  );
  const twinA = book.company('内蒙古蒙发物业服务有限公司');
  const twinB = book.company('内蒙古蒙发物业服务有限公司');
  pay('2025-07-08', yuan(50_000), twinA);
  pay('2025-07-08', yuan(50_000), twinB);
  book.expect(
    'DUPLICATE_PAYMENT',
    'control',
    `140001/${twinA.account}/50000.00/2025-07-08`,
    'same name and amount, two different accounts: the key is the account',
  );

  const split = book.agency('102020', '呼和浩特市第二医院', '2100201', '102001');
  filler(book, Y, split, '30218', 240_000, '内蒙古同济医药有限公司');
  const spay = (date: string, amount: number, payee: ReturnType<PlantedBook['company']>) =>
    book.pay(Y, split, { date, econ: '31003', cents: yuan(amount), payee, purpose: '医疗设备采购' });
  book.line(Y, split, { econ: '31003', cents: yuan(6_500_000) });
  const kt = book.company('内蒙古康泰医疗器械有限公司');
  spay('2025-06-09', 400_000, kt);
  spay('2025-06-11', 350_000, kt);
  spay('2025-06-16', 300_000, kt);
  book.expect(
    'SPLIT_PAYMENT',
    'positive',
    `102020/${kt.account}/2025-06-09`,
    '400,000 + 350,000 + 300,000 within 7 days of the first = 1,050,000',
    'warning',
  );
  const under = book.company('内蒙古华康医疗设备有限公司');
  spay('2025-07-07', 600_000, under);
  spay('2025-07-09', 399_999.99, under);
  book.expect('SPLIT_PAYMENT', 'control', `102020/${under.account}/2025-07-07`, 'sum 999,999.99 < 1,000,000');
  const far = book.company('内蒙古瑞丰医学影像设备有限公司');
  spay('2025-08-04', 600_000, far);
  spay('2025-08-12', 450_000, far);
  book.expect(
    'SPLIT_PAYMENT',
    'control',
    `102020/${far.account}/2025-08-04`,
    'sum 1,050,000 but the second is 8 days after the first',
  );
  const big = book.company('内蒙古新华医疗科技有限公司');
  spay('2025-09-01', 1_200_000, big);
  spay('2025-09-03', 300_000, big);
  book.expect(
    'SPLIT_PAYMENT',
    'control',
    `102020/${big.account}/2025-09-01`,
    'the 1,200,000 voucher is at the limit (not < 1,000,000) so only 300,000 counts',
  );
  const greedy = book.company('内蒙古博大医疗净化工程有限公司');
  spay('2025-10-09', 500_000, greedy);
  spay('2025-10-17', 300_000, greedy);
  spay('2025-10-20', 750_000, greedy);
  book.expect(
    'SPLIT_PAYMENT',
    'positive',
    `102020/${greedy.account}/2025-10-17`,
    'greedy grouping: 10-09 alone (next is 8 days later), then 10-17 + 10-20 = 1,050,000',
    'warning',
  );
}

/** NEAR_THRESHOLD, NON_WORKDAY, INDIVIDUAL_LARGE, CASH_LARGE. */
export function plantVoucherCases(book: PlantedBook): void {
  const near = book.agency('107020', '呼和浩特市公路养护中心', '2140106', '107001');
  filler(book, Y, near, '30213', 360_000, '内蒙古路通养护材料有限公司');
  book.line(Y, near, { econ: '31005', cents: yuan(3_050_000) });
  const nearPays: [string, number, string][] = [
    ['2025-03-18', 980_000, '内蒙古路桥工程有限责任公司'],
    ['2025-06-17', 965_500, '内蒙古交通建设工程有限公司'],
    ['2025-09-16', 950_000, '内蒙古公路工程集团有限公司'],
  ];
  for (const [date, amount, name] of nearPays) {
    book.pay(Y, near, {
      date,
      econ: '31005',
      cents: yuan(amount),
      payee: book.company(name),
      purpose: '公路养护工程款',
    });
  }
  book.expect(
    'NEAR_THRESHOLD',
    'positive',
    '107020',
    '3 vouchers in [950,000, 1,000,000): 980,000, 965,500, 950,000.00 (lower bound inclusive)',
    'warning',
  );
  const nearC = book.agency('107021', '呼和浩特市道路运输服务中心', '2140199', '107001');
  filler(book, Y, nearC, '30213', 360_000, '内蒙古运通汽车服务有限公司');
  book.line(Y, nearC, { econ: '31005', cents: yuan(4_150_000) });
  const nearCPays: [string, number, string][] = [
    ['2025-04-15', 990_000, '内蒙古北方路桥有限公司'],
    ['2025-07-15', 960_000, '内蒙古畅达交通设施有限公司'],
    ['2025-10-15', 1_000_000, '内蒙古交安工程有限公司'],
    ['2025-11-18', 949_999.99, '内蒙古宏远道路养护有限公司'],
  ];
  for (const [date, amount, name] of nearCPays) {
    book.pay(Y, nearC, {
      date,
      econ: '31005',
      cents: yuan(amount),
      payee: book.company(name),
      purpose: '道路设施工程款',
    });
  }
  book.expect(
    'NEAR_THRESHOLD',
    'control',
    '107021',
    'only 2 in range: 1,000,000.00 is at the limit and 949,999.99 below the band',
  );

  const media = book.agency('142001', '呼和浩特市融媒体中心', '2070899');
  filler(book, Y, media, '30201', 240_000, '呼和浩特市新华书店有限公司');
  book.line(Y, media, { econ: '30227', cents: yuan(2_350_000) });
  const dayOff = (
    date: string,
    amount: number,
    payee: string,
    note: string,
    kind: 'positive' | 'control',
    severity?: 'info' | 'warning',
  ) => {
    const v = book.pay(Y, media, {
      date,
      econ: '30227',
      cents: yuan(amount),
      payee: book.company(payee),
      allowDayOff: true,
      purpose: '节目制作委托费',
    });
    book.expect('NON_WORKDAY', kind, v, note, severity);
  };
  dayOff(
    '2025-10-03',
    50_000,
    '内蒙古草原之声文化传媒有限公司',
    '国庆 holiday (a Friday), 50,000.00 = info lower bound',
    'positive',
    'info',
  );
  dayOff(
    '2025-05-01',
    499_999.99,
    '内蒙古蓝天影视制作有限公司',
    '劳动节 holiday, 499,999.99: info, just under warning',
    'positive',
    'info',
  );
  dayOff(
    '2025-02-01',
    500_000,
    '内蒙古大青山文化传播有限公司',
    '春节 holiday (a Saturday), 500,000.00 = warning lower bound',
    'positive',
    'warning',
  );
  dayOff('2025-06-07', 520_000, '内蒙古敕勒川广告有限公司', 'plain Saturday, 520,000', 'positive', 'warning');
  dayOff(
    '2025-09-28',
    600_000,
    '内蒙古北疆融媒科技有限公司',
    'Sunday 2025-09-28 is a make-up working day (调休上班)',
    'control',
  );
  dayOff('2025-03-15', 49_999.99, '内蒙古青城印象文化有限公司', 'Saturday but 49,999.99 < 50,000', 'control');

  const art = book.agency('143001', '呼和浩特市群众艺术馆', '2070109');
  filler(book, Y, art, '30201', 200_000, '呼和浩特市文博办公用品有限公司');
  const indiv = (
    date: string,
    econ: string,
    amount: number,
    person: string,
    note: string,
    kind: 'positive' | 'control',
  ) => {
    book.line(Y, art, { econ, cents: budgetFor(yuan(amount)) });
    const v = book.pay(Y, art, {
      date,
      econ,
      cents: yuan(amount),
      payee: book.person(person),
      purpose: '支付个人款项',
    });
    book.expect('INDIVIDUAL_LARGE', kind, v, note, kind === 'positive' ? 'warning' : undefined);
  };
  indiv(
    '2025-04-08',
    '30226',
    50_000,
    '张建国',
    'individual, 劳务费 (302), 50,000.00 = lower bound',
    'positive',
  );
  indiv('2025-05-13', '30227', 49_999.99, '王志强', 'individual, 49,999.99 < 50,000', 'control');
  indiv(
    '2025-06-17',
    '30305',
    120_000,
    '刘桂兰',
    'individual, 120,000 but 30305 生活补助 is under 303',
    'control',
  );
  indiv(
    '2025-07-15',
    '30107',
    80_000,
    '陈晓东',
    'individual, 80,000 but 30107 绩效工资 is under 301',
    'control',
  );

  const cadre = book.agency('144001', '中共呼和浩特市委老干部局', '2013201', null, 'admin');
  filler(book, Y, cadre, '30227', 300_000, '内蒙古夕阳红文化服务有限公司');
  book.line(Y, cadre, { econ: '30201', cents: yuan(110_000) });
  const self = { name: '中共呼和浩特市委老干部局', account: null, type: 'unit' as const };
  const c1 = book.pay(Y, cadre, {
    date: '2025-03-20',
    econ: '30201',
    cents: yuan(50_000),
    payee: self,
    method: 'cash',
    purpose: '提取备用金',
  });
  book.expect('CASH_LARGE', 'positive', c1, 'cash withdrawal 50,000.00 = lower bound', 'warning');
  const c2 = book.pay(Y, cadre, {
    date: '2025-09-18',
    econ: '30201',
    cents: yuan(49_999.99),
    payee: self,
    method: 'cash',
    purpose: '提取备用金',
  });
  book.expect('CASH_LARGE', 'control', c2, 'cash 49,999.99 < 50,000');
}

/** SANGONG_GROWTH: needs 2024 as the base year. */
export function plantSangongCases(book: PlantedBook): void {
  const sangong = (code: string, name: string, func: string) => {
    const a = book.agency(code, name, func, null, 'admin');
    for (const year of [2024, 2025])
      filler(book, year, a, '30201', 240_000, '呼和浩特市万佳办公用品有限公司');
    return a;
  };
  const hotel = (a: Agency, year: number, date: string, amount: number) =>
    book.pay(year, a, {
      date,
      econ: '30217',
      cents: yuan(amount),
      payee: book.company('呼和浩特市昭君大酒店有限公司'),
      purpose: '公务接待费',
    });

  const fao = sangong('145001', '呼和浩特市人民政府外事办公室', '2010399');
  book.line(2024, fao, { econ: '30217', cents: yuan(10_000) });
  hotel(fao, 2024, '2024-03-12', 3_000);
  hotel(fao, 2024, '2024-06-12', 3_000);
  hotel(fao, 2024, '2024-09-12', 3_000);
  book.line(2025, fao, { econ: '30217', cents: yuan(20_000) });
  hotel(fao, 2025, '2025-03-12', 5_000);
  hotel(fao, 2025, '2025-06-12', 6_000);
  hotel(fao, 2025, '2025-09-12', 8_000);
  book.expect(
    'SANGONG_GROWTH',
    'positive',
    '145001',
    '公务接待费 19,000.00 vs 9,000.00 in 2024: growth exactly 10,000.00',
    'warning',
  );

  const commerce = sangong('146001', '呼和浩特市商务局', '2160201');
  const garage = book.company('内蒙古骏通汽车维修服务有限公司');
  for (const year of [2024, 2025]) {
    book.line(year, commerce, { econ: '30231', cents: yuan(8_000) });
    for (const m of ['03', '06', '09', '12']) {
      book.pay(year, commerce, {
        date: workdayOnOrAfter(`${year}-${m}-10`),
        econ: '30231',
        cents: yuan(year === 2024 ? 2_000 : 1_900),
        payee: garage,
        purpose: '公务用车维修保养',
      });
    }
  }
  book.line(2025, commerce, { econ: '31013', cents: yuan(190_000) });
  book.pay(2025, commerce, {
    date: '2025-05-20',
    econ: '31013',
    cents: yuan(186_000),
    payee: book.company('内蒙古广汇汽车销售有限公司'),
    purpose: '购置公务用车',
  });
  book.expect(
    'SANGONG_GROWTH',
    'positive',
    '146001',
    'new official car (31013) 186,000 while car upkeep fell: growth 185,600',
    'warning',
  );

  const united = sangong('147001', '中共呼和浩特市委统一战线工作部', '2013401');
  book.line(2024, united, { econ: '30217', cents: yuan(10_000) });
  hotel(united, 2024, '2024-04-16', 4_000);
  hotel(united, 2024, '2024-10-16', 5_000);
  book.line(2025, united, { econ: '30217', cents: yuan(20_000) });
  hotel(united, 2025, '2025-04-16', 9_000);
  hotel(united, 2025, '2025-10-16', 9_999.99);
  book.expect('SANGONG_GROWTH', 'control', '147001', 'growth 9,999.99 < 10,000');
}
