import { yuan } from '../util/money';
import { PlantedBook, budgetFor } from './book';

const Y = 2025;
const NO_Q3 = [1, 2, 3, 4, 5, 6, 10, 11, 12] as const;

/** EXEC_LAG, OVER_BUDGET, NO_BUDGET, IDLE_BUDGET, BUDGET_ADJUST_LARGE. */
export function plantBudgetCases(book: PlantedBook): void {
  // EXEC_LAG: time progress at 12-31 is 1.00, so warning < 0.90, high < 0.80.
  const lag = (code: string, name: string, func: string, budget: number, executed: number) => {
    const a = book.agency(code, name, func);
    book.line(Y, a, { econ: '30227', cents: yuan(budget) });
    book.monthly(Y, a, '30227', yuan(executed), book.company('内蒙古博远信息技术有限公司'));
    return a;
  };
  lag('121001', '呼和浩特市档案馆', '2012604', 2_000_000, 1_700_000);
  book.expect(
    'EXEC_LAG',
    'positive',
    '121001/general',
    'executed 1,700,000 of 2,000,000 = 0.85 < 0.90',
    'warning',
  );
  lag('122001', '呼和浩特市地方志编纂中心', '2010399', 1_000_000, 700_000);
  book.expect('EXEC_LAG', 'positive', '122001/general', 'executed 0.70 < 0.80', 'high');
  lag('123001', '呼和浩特市机关事务服务中心', '2010350', 3_000_000, 2_400_000);
  book.expect(
    'EXEC_LAG',
    'positive',
    '123001/general',
    'executed exactly 0.80: warning, not high (< is strict)',
    'warning',
  );
  lag('124001', '呼和浩特市人民政府研究室', '2010301', 1_000_000, 900_000);
  book.expect(
    'EXEC_LAG',
    'control',
    '124001/general',
    'executed exactly 0.90 = time progress - 0.10, not below',
  );
  const small = book.agency('125001', '呼和浩特市文学艺术界联合会', '2012901');
  book.line(Y, small, { econ: '30227', cents: yuan(99_999.99) });
  book.pay(Y, small, {
    date: '2025-05-15',
    econ: '30227',
    cents: yuan(30_000),
    payee: book.company('内蒙古青城文化传媒有限公司'),
  });
  book.expect('EXEC_LAG', 'control', '125001/general', 'budget 99,999.99 < 100,000 (executed only 0.30)');

  // OVER_BUDGET: one overspent cell, one spent exactly, one covered by a mid-year adjustment.
  const over = book.agency('126001', '呼和浩特市信访局', '2010308', null, 'admin');
  book.line(Y, over, { econ: '30227', cents: yuan(500_000) });
  book.monthly(Y, over, '30227', yuan(560_000), book.company('内蒙古正信法律咨询服务有限公司'));
  book.expect(
    'OVER_BUDGET',
    'positive',
    'general/126001/2010308/30227',
    'executed 560,000 > budget 500,000 (amount 60,000)',
    'high',
  );
  book.line(Y, over, { econ: '30201', cents: yuan(300_000) });
  book.monthly(Y, over, '30201', yuan(300_000), book.company('呼和浩特市金桥办公用品有限公司'));
  book.expect(
    'OVER_BUDGET',
    'control',
    'general/126001/2010308/30201',
    'executed exactly equals budget 300,000',
  );
  book.line(Y, over, { econ: '30213', cents: yuan(200_000) });
  book.line(Y, over, { econ: '30213', cents: yuan(100_000), stage: 'adjustment', date: '2025-07-01' });
  book.monthly(Y, over, '30213', yuan(280_000), book.company('内蒙古安达楼宇设备维修有限公司'));
  book.expect(
    'OVER_BUDGET',
    'control',
    'general/126001/2010308/30213',
    'executed 280,000 > initial 200,000 but the 07-01 adjustment (+100,000) covers it',
  );

  // NO_BUDGET: a cell without any line; a cell funded only by an adjustment line.
  const nob = book.agency('127001', '呼和浩特市人民防空办公室', '2030603', null, 'admin');
  book.line(Y, nob, { econ: '30201', cents: yuan(600_000) });
  book.monthly(Y, nob, '30201', yuan(570_000), book.company('内蒙古鑫源办公设备有限公司'));
  const equip = book.company('内蒙古华盛电子科技有限公司');
  book.pay(Y, nob, {
    date: '2025-04-10',
    econ: '31002',
    cents: yuan(40_000),
    payee: equip,
    purpose: '购置办公电脑',
  });
  book.pay(Y, nob, {
    date: '2025-09-10',
    econ: '31002',
    cents: yuan(40_000),
    payee: equip,
    purpose: '购置打印机',
  });
  book.expect(
    'NO_BUDGET',
    'positive',
    'general/127001/2030603/31002',
    '80,000 paid on a cell with no budget line',
    'high',
  );
  book.line(Y, nob, { econ: '30213', cents: yuan(100_000), stage: 'adjustment', date: '2025-07-01' });
  const repair = book.company('内蒙古恒安人防工程维护有限公司');
  book.pay(Y, nob, {
    date: '2025-08-12',
    econ: '30213',
    cents: yuan(45_000),
    payee: repair,
    purpose: '人防工程维护',
  });
  book.pay(Y, nob, {
    date: '2025-10-14',
    econ: '30213',
    cents: yuan(50_000),
    payee: repair,
    purpose: '人防工程维护',
  });
  book.expect(
    'NO_BUDGET',
    'control',
    'general/127001/2030603/30213',
    'only an adjustment line (07-01) funds the cell: a budget line exists, paid after it',
  );

  // IDLE_BUDGET: no payment in Q3.
  const idle = book.agency('128001', '呼和浩特市红十字会', '2081601');
  book.line(Y, idle, { econ: '30227', cents: yuan(1_000_000) });
  book.line(Y, idle, { econ: '30201', cents: yuan(200_000) });
  book.monthly(Y, idle, '30227', yuan(950_000), book.company('内蒙古仁和应急救护培训有限公司'), NO_Q3);
  book.monthly(Y, idle, '30201', yuan(190_000), book.company('呼和浩特市百盛办公用品有限公司'), NO_Q3);
  book.expect(
    'IDLE_BUDGET',
    'positive',
    '128001/general/Q3',
    'budget 1,200,000, no payment 07-01..09-30',
    'warning',
  );
  const idleSmall = book.agency('129001', '呼和浩特市科学技术协会', '2060701');
  book.line(Y, idleSmall, { econ: '30227', cents: yuan(999_999.99) });
  book.monthly(Y, idleSmall, '30227', yuan(950_000), book.company('内蒙古科普文化传播有限公司'), NO_Q3);
  book.expect(
    'IDLE_BUDGET',
    'control',
    '129001/general/Q3',
    'no Q3 payment but budget 999,999.99 < 1,000,000',
  );
  const idleOne = book.agency('130001', '呼和浩特市残疾人联合会', '2081101');
  book.line(Y, idleOne, { econ: '30227', cents: yuan(1_500_000) });
  book.monthly(Y, idleOne, '30227', yuan(1_400_000), book.company('内蒙古康复辅具服务有限公司'), NO_Q3);
  book.pay(Y, idleOne, {
    date: '2025-09-30',
    econ: '30227',
    cents: yuan(50_000),
    payee: book.company('内蒙古助残公益服务中心有限公司'),
    purpose: '残疾人康复服务',
  });
  book.expect(
    'IDLE_BUDGET',
    'control',
    '130001/general/Q3',
    'a single Q3 payment on 09-30, the last day of the quarter',
  );

  // BUDGET_ADJUST_LARGE: |Σ adjustments| / Σ initial > 0.20.
  const adj = (
    code: string,
    name: string,
    func: string,
    initial: number,
    adjustment: number,
    executed: number,
  ) => {
    const a = book.agency(code, name, func, null, 'admin');
    book.line(Y, a, { econ: '30227', cents: yuan(initial) });
    book.line(Y, a, { econ: '30227', cents: yuan(adjustment), stage: 'adjustment', date: '2025-06-16' });
    book.monthly(Y, a, '30227', yuan(executed), book.company('内蒙古信达项目管理咨询有限公司'));
  };
  adj('131001', '呼和浩特市医疗保障局', '2101501', 1_000_000, 250_000, 1_200_000);
  book.expect(
    'BUDGET_ADJUST_LARGE',
    'positive',
    '131001',
    'adjustment +250,000 on initial 1,000,000 = 0.25',
    'warning',
  );
  adj('132001', '呼和浩特市乡村振兴局', '2130501', 2_000_000, -600_000, 1_330_000);
  book.expect(
    'BUDGET_ADJUST_LARGE',
    'positive',
    '132001',
    'adjustment -600,000 (追减) on initial 2,000,000 = 0.30 (absolute value)',
    'warning',
  );
  adj('133001', '呼和浩特市统计局', '2010501', 1_000_000, 200_000, 1_150_000);
  book.expect('BUDGET_ADJUST_LARGE', 'control', '133001', 'adjustment exactly 0.20, not above');
  adj('134001', '呼和浩特市政务服务局', '2010399', 99_999.99, 50_000, 142_000);
  book.expect('BUDGET_ADJUST_LARGE', 'control', '134001', 'ratio 0.50 but Σ initial 99,999.99 < 100,000');
}

/** YEAR_END_SURGE: December payments ≥ 1,000,000 and > 20% (high > 40%) of the year. */
export function plantYearEndCases(book: PlantedBook): void {
  const surge = (
    code: string,
    name: string,
    func: string,
    total: number,
    december: number,
    chunks: number,
  ) => {
    const a = book.agency(code, name, func, null, 'admin');
    const rest = total - december;
    book.line(Y, a, { econ: '30227', cents: budgetFor(yuan(rest)) });
    book.line(Y, a, { econ: '31002', cents: budgetFor(yuan(december)) });
    book.monthly(
      Y,
      a,
      '30227',
      yuan(rest),
      book.company('内蒙古立信工程咨询有限公司'),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    const days = ['2025-12-05', '2025-12-12', '2025-12-19', '2025-12-26'];
    for (let i = 0; i < chunks; i++) {
      const payee = book.company(
        [
          '内蒙古伊泰办公家具有限公司',
          '内蒙古凯瑞信息设备有限公司',
          '呼和浩特市广联电器有限公司',
          '内蒙古远景智能科技有限公司',
        ][i],
      );
      book.pay(Y, a, {
        date: days[i],
        econ: '31002',
        cents: yuan(december / chunks),
        payee,
        purpose: '年末设备购置',
      });
    }
  };
  surge('135001', '呼和浩特市林业和草原局', '2130201', 5_000_000, 1_500_000, 3);
  book.expect('YEAR_END_SURGE', 'positive', '135001', 'December 1,500,000 of 5,000,000 = 30%', 'warning');
  surge('136001', '呼和浩特市体育局', '2070301', 3_000_000, 1_500_000, 3);
  book.expect('YEAR_END_SURGE', 'positive', '136001', 'December 1,500,000 of 3,000,000 = 50%', 'high');
  surge('137001', '呼和浩特市城市管理综合行政执法局', '2120104', 5_000_000, 2_000_000, 4);
  book.expect('YEAR_END_SURGE', 'positive', '137001', 'December exactly 40%: warning, not high', 'warning');
  surge('138001', '呼和浩特市民族事务委员会', '2012301', 5_000_000, 1_000_000, 2);
  book.expect('YEAR_END_SURGE', 'control', '138001', 'December 1,000,000 = exactly 20%, not above');
  surge('139001', '呼和浩特市妇女联合会', '2012901', 1_800_000, 900_000, 2);
  book.expect('YEAR_END_SURGE', 'control', '139001', 'December 50% but 900,000 < 1,000,000');
}
