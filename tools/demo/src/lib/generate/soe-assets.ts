import type { Agency } from '../reference/agencies';
import type { AdminAssetRow, SoeRow } from '../types';
import type { Rng } from '../util/prng';

const SOE_NAMES: [name: string, sector: SoeRow['sector'], supervisor: string][] = [
  ['呼和浩特城发投资经营集团有限公司', 'non_financial', '呼和浩特市国资委'],
  ['呼和浩特经济技术开发区投资开发集团有限责任公司', 'non_financial', '呼和浩特经济技术开发区管委会'],
  ['呼和浩特市城市建设投资有限责任公司', 'non_financial', '呼和浩特市国资委'],
  ['呼和浩特市春华水务开发集团有限责任公司', 'non_financial', '呼和浩特市国资委'],
  ['呼和浩特市环境卫生综合服务有限公司', 'non_financial', '呼和浩特市国资委'],
  ['呼和浩特市粮食储备有限公司', 'non_financial', '呼和浩特市发展和改革委员会'],
  ['呼和浩特市新城区国有资产经营有限公司', 'non_financial', '新城区财政局'],
  ['呼和浩特市赛罕区城市发展投资有限公司', 'non_financial', '赛罕区财政局'],
  ['土默特左旗城乡建设投资有限公司', 'non_financial', '土默特左旗财政局'],
  ['托克托县工业园区开发建设有限公司', 'non_financial', '托克托县财政局'],
  ['呼和浩特市停车场建设管理有限公司', 'non_financial', '呼和浩特市国资委'],
  ['呼和浩特市金融控股集团有限公司', 'financial', '呼和浩特市财政局'],
  ['呼和浩特市小额贷款有限责任公司', 'financial', '呼和浩特市财政局'],
];

/**
 * Ordinary SOEs for firstYear..lastYear: leverage 0.35–0.65 (non-financial), profits
 * positive and equity growing every year, so no SOE rule fires on them.
 */
export function randomSoes(firstYear: number, lastYear: number, rng: Rng): SoeRow[] {
  const out: SoeRow[] = [];
  SOE_NAMES.forEach(([name, sector, supervisor], i) => {
    const code = `91150100MA0R${String(1000 + i * 37).padStart(5, '0')}X`;
    let equity = rng.int(3, 60) * 100_000_000_00; // 3亿–60亿 yuan, in cents
    const leverage = sector === 'financial' ? 0.86 + rng.next() * 0.06 : 0.35 + rng.next() * 0.3;
    for (let y = firstYear; y <= lastYear; y++) {
      const profit = Math.round((equity * (0.02 + rng.next() * 0.05)) / 100) * 100;
      const end = equity + profit - Math.round((profit * 0.3) / 100) * 100; // 30 % paid out
      const assets = Math.round(end / (1 - leverage) / 100) * 100;
      out.push({
        fiscalYear: y,
        enterpriseCode: code,
        enterpriseName: name,
        sector,
        supervisor,
        totalAssets: assets,
        totalLiabilities: assets - end,
        equityBegin: equity,
        equityEnd: end,
        revenue: Math.round((assets * (0.08 + rng.next() * 0.2)) / 100) * 100,
        netProfit: profit,
      });
      equity = end;
    }
  });
  return out;
}

const ASSET_PROFILE: [cls: string, min: number, max: number, unitValue: number][] = [
  ['land', 1, 3, 8_000_000],
  ['building', 1, 6, 5_000_000],
  ['vehicle', 2, 30, 200_000],
  ['general_equipment', 50, 900, 8_000],
  ['special_equipment', 5, 300, 60_000],
  ['intangible', 1, 20, 150_000],
  ['other', 10, 200, 3_000],
];

/** Admin assets per agency × class; idle value 0–5 % of net (ASSET_IDLE stays quiet). */
export function randomAdminAssets(
  agencies: readonly Agency[],
  years: readonly number[],
  rng: Rng,
): AdminAssetRow[] {
  const out: AdminAssetRow[] = [];
  for (const agency of agencies) {
    const classes = ASSET_PROFILE.filter(
      ([cls]) => ['building', 'general_equipment'].includes(cls) || rng.chance(0.5),
    );
    for (const [cls, min, max, unit] of classes) {
      let quantity = rng.int(min, max) * Math.max(1, Math.round(agency.size / 2));
      let original = Math.round(quantity * unit * (0.7 + rng.next() * 0.6)) * 100;
      for (const year of years) {
        const netShare = cls === 'land' ? 1 : 0.4 + rng.next() * 0.5;
        const net = Math.round((original * netShare) / 100) * 100;
        const idle = rng.chance(0.3) ? Math.round((net * rng.next() * 0.05) / 100) * 100 : 0;
        out.push({
          fiscalYear: year,
          agencyCode: agency.code,
          assetClass: cls,
          quantity,
          originalValue: original,
          netValue: net,
          idleValue: idle,
        });
        quantity += rng.int(0, 2);
        original += Math.round(unit * rng.int(0, 2)) * 100;
      }
    }
  }
  return out;
}
