import type { SoeRow } from '../types';
import { yuan } from '../util/money';
import type { PlantedBook } from './book';

interface YearFigures {
  assets: number;
  liabilities: number;
  equityBegin: number;
  equityEnd: number;
  revenue: number;
  profit: number;
}

const SUPERVISOR = '呼和浩特市国资委';

function rows(
  code: string,
  name: string,
  sector: SoeRow['sector'],
  years: Record<number, YearFigures>,
): SoeRow[] {
  return Object.entries(years).map(([y, f]) => ({
    fiscalYear: Number(y),
    enterpriseCode: code,
    enterpriseName: name,
    sector,
    supervisor: SUPERVISOR,
    totalAssets: yuan(f.assets),
    totalLiabilities: yuan(f.liabilities),
    equityBegin: yuan(f.equityBegin),
    equityEnd: yuan(f.equityEnd),
    revenue: yuan(f.revenue),
    netProfit: yuan(f.profit),
  }));
}

/** Three healthy years ending at the given 2025 balance sheet (equity grows 4 % a year, profits positive). */
function steady(assets2025: number, liabilities2025: number, revenue: number): Record<number, YearFigures> {
  const e2025 = assets2025 - liabilities2025;
  const e2024 = Math.round(e2025 / 1.04);
  const e2023 = Math.round(e2024 / 1.04);
  const e2022 = Math.round(e2023 / 1.04);
  // Earlier years a little less leveraged, so only 2025 sits on the planted threshold.
  const lev = liabilities2025 / assets2025 - 0.02;
  const sheet = (equityEnd: number) => Math.round(equityEnd / (1 - lev));
  return {
    2023: {
      assets: sheet(e2023),
      liabilities: sheet(e2023) - e2023,
      equityBegin: e2022,
      equityEnd: e2023,
      revenue: Math.round(revenue * 0.92),
      profit: Math.round((e2023 - e2022) * 1.2),
    },
    2024: {
      assets: sheet(e2024),
      liabilities: sheet(e2024) - e2024,
      equityBegin: e2023,
      equityEnd: e2024,
      revenue: Math.round(revenue * 0.96),
      profit: Math.round((e2024 - e2023) * 1.2),
    },
    2025: {
      assets: assets2025,
      liabilities: liabilities2025,
      equityBegin: e2024,
      equityEnd: e2025,
      revenue,
      profit: Math.round((e2025 - e2024) * 1.2),
    },
  };
}

/** Loss years with capital injections that keep equity from falling (so SOE_VALUE_LOSS stays quiet). */
function lossMaker(
  equity: number,
  profits: [number, number, number],
  revenue: number,
): Record<number, YearFigures> {
  const out: Record<number, YearFigures> = {};
  let e = equity;
  [2023, 2024, 2025].forEach((y, i) => {
    const end = e + 10_000_000; // injection exceeds the loss
    out[y] = {
      assets: end * 2,
      liabilities: end,
      equityBegin: e,
      equityEnd: end,
      revenue,
      profit: profits[i],
    };
    e = end;
  });
  return out;
}

/** Equity falls in 2025 by payouts while profits stay positive. */
function shrinking(
  equity2024End: number,
  ratio2025: number,
  assets2025: number,
): Record<number, YearFigures> {
  const e2023 = Math.round(equity2024End / 1.03);
  const e2025 = Math.round(equity2024End * ratio2025);
  return {
    2023: {
      assets: e2023 * 2,
      liabilities: e2023,
      equityBegin: Math.round(e2023 / 1.03),
      equityEnd: e2023,
      revenue: e2023 / 2,
      profit: Math.round(e2023 * 0.04),
    },
    2024: {
      assets: equity2024End * 2,
      liabilities: equity2024End,
      equityBegin: e2023,
      equityEnd: equity2024End,
      revenue: e2023 / 2,
      profit: Math.round(equity2024End * 0.04),
    },
    2025: {
      assets: assets2025,
      liabilities: assets2025 - e2025,
      equityBegin: equity2024End,
      equityEnd: e2025,
      revenue: e2023 / 2,
      profit: Math.round(equity2024End * 0.02),
    },
  };
}

/** SOE_LEVERAGE, SOE_LOSS, SOE_VALUE_LOSS: 12 planted enterprises (2023–2025). */
export function plantSoeCases(book: PlantedBook): SoeRow[] {
  const out: SoeRow[] = [];
  const add = (code: string, name: string, sector: SoeRow['sector'], years: Record<number, YearFigures>) =>
    out.push(...rows(code, name, sector, years));

  add(
    '91150100MA0PL0001A',
    '呼和浩特市城市燃气热力集团有限责任公司',
    'non_financial',
    steady(10_000_000_000, 8_500_000_000, 3_200_000_000),
  );
  book.expect(
    'SOE_LEVERAGE',
    'positive',
    '91150100MA0PL0001A',
    'liabilities/assets exactly 0.85: warning, not high',
    'warning',
  );
  add(
    '91150100MA0PL0002B',
    '呼和浩特市交通投资建设集团有限公司',
    'non_financial',
    steady(20_000_000_000, 17_600_000_000, 1_500_000_000),
  );
  book.expect('SOE_LEVERAGE', 'positive', '91150100MA0PL0002B', 'liabilities/assets 0.88', 'high');
  book.expect('SOE_LEVERAGE', 'positive', '91150100MA0PL0001A', 'FY2024 run: 0.83', 'warning', 2024);
  book.expect('SOE_LEVERAGE', 'positive', '91150100MA0PL0002B', 'FY2024 run: 0.86', 'high', 2024);
  add(
    '91150100MA0PL0003C',
    '呼和浩特市水务投资集团有限公司',
    'non_financial',
    steady(8_000_000_000, 5_600_000_000, 900_000_000),
  );
  book.expect('SOE_LEVERAGE', 'control', '91150100MA0PL0003C', 'liabilities/assets exactly 0.70, not above');
  add(
    '91150100MA0PL0004D',
    '呼和浩特金谷农村商业银行股份有限公司',
    'financial',
    steady(60_000_000_000, 55_200_000_000, 2_100_000_000),
  );
  book.expect(
    'SOE_LEVERAGE',
    'control',
    '91150100MA0PL0004D',
    'a bank: 0.92 but the financial sector is excluded',
  );

  add(
    '91150100MA0PL0005E',
    '呼和浩特公交集团有限责任公司',
    'non_financial',
    lossMaker(800_000_000, [3_000_000, -45_000_000, -38_000_000], 260_000_000),
  );
  book.expect(
    'SOE_LOSS',
    'positive',
    '91150100MA0PL0005E',
    'losses in 2024 and 2025 (profit in 2023)',
    'warning',
  );
  add(
    '91150100MA0PL0006F',
    '呼和浩特市城发供热有限责任公司',
    'non_financial',
    lossMaker(1_200_000_000, [-20_000_000, -31_000_000, -27_500_000], 640_000_000),
  );
  book.expect('SOE_LOSS', 'positive', '91150100MA0PL0006F', 'losses in 2023, 2024 and 2025', 'high');
  book.expect(
    'SOE_LOSS',
    'positive',
    '91150100MA0PL0006F',
    'FY2024 run: losses in 2023 and 2024 (no 2022 data)',
    'warning',
    2024,
  );
  add(
    '91150100MA0PL0007G',
    '呼和浩特市文化旅游投资集团有限公司',
    'non_financial',
    lossMaker(500_000_000, [6_000_000, 0, -12_000_000], 180_000_000),
  );
  book.expect(
    'SOE_LOSS',
    'control',
    '91150100MA0PL0007G',
    'loss in 2025 but 2024 net profit exactly 0.00 (not < 0)',
  );
  add(
    '91150100MA0PL0008H',
    '呼和浩特市农牧业产业化投资有限公司',
    'non_financial',
    lossMaker(300_000_000, [2_000_000, -9_000_000, 4_500_000], 120_000_000),
  );
  book.expect('SOE_LOSS', 'control', '91150100MA0PL0008H', 'loss in 2024 only, profit again in 2025');

  add(
    '91150100MA0PL0009J',
    '呼和浩特市国有资本运营有限公司',
    'non_financial',
    shrinking(2_000_000_000, 0.95, 5_000_000_000),
  );
  book.expect(
    'SOE_VALUE_LOSS',
    'positive',
    '91150100MA0PL0009J',
    'equity 2,000,000,000 → 1,900,000,000: exactly 0.95, warning not high',
    'warning',
  );
  add(
    '91150100MA0PL0010K',
    '呼和浩特市园区开发建设有限公司',
    'non_financial',
    shrinking(1_000_000_000, 0.9, 2_600_000_000),
  );
  book.expect('SOE_VALUE_LOSS', 'positive', '91150100MA0PL0010K', 'equity down to 0.90', 'high');
  add(
    '91150100MA0PL0011L',
    '呼和浩特市物业资产经营有限公司',
    'non_financial',
    shrinking(500_000_000, 1, 1_200_000_000),
  );
  book.expect('SOE_VALUE_LOSS', 'control', '91150100MA0PL0011L', 'equity unchanged: ratio exactly 1.00');
  add('91150100MA0PL0012M', '呼和浩特市融资担保有限公司', 'financial', {
    2023: {
      assets: 900_000_000,
      liabilities: 1_160_000_000,
      equityBegin: -300_000_000,
      equityEnd: -260_000_000,
      revenue: 60_000_000,
      profit: 40_000_000,
    },
    2024: {
      assets: 920_000_000,
      liabilities: 1_120_000_000,
      equityBegin: -260_000_000,
      equityEnd: -200_000_000,
      revenue: 70_000_000,
      profit: 60_000_000,
    },
    2025: {
      assets: 950_000_000,
      liabilities: 1_100_000_000,
      equityBegin: -200_000_000,
      equityEnd: -150_000_000,
      revenue: 75_000_000,
      profit: 50_000_000,
    },
  });
  book.expect(
    'SOE_VALUE_LOSS',
    'control',
    '91150100MA0PL0012M',
    'negative equity -200,000,000 → -150,000,000: ratio 0.75 but equity_begin ≤ 0 is excluded',
  );
  return out;
}
