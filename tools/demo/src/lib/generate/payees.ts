import { Rng } from '../util/prng';

export interface PoolPayee {
  name: string;
  account: string;
}

const BRANDS = [
  '青城',
  '塞北',
  '敕勒川',
  '大青山',
  '昭君',
  '蒙源',
  '北疆',
  '草原',
  '金桥',
  '鸿雁',
  '天骄',
  '伊利',
  '盛乐',
  '如意',
  '万达',
  '恒信',
  '宏泰',
  '博远',
  '瑞丰',
  '嘉禾',
  '华联',
  '中盛',
  '德润',
  '鑫源',
  '汇通',
  '正元',
  '永盛',
  '兴业',
  '广厦',
  '明德',
  '同心',
  '阳光',
  '长城',
  '晨曦',
  '银河',
  '锦华',
  '祥和',
  '泰和',
  '新元',
  '东方',
];
const TRADES = [
  '科技',
  '建筑工程',
  '商贸',
  '物业服务',
  '信息技术',
  '医疗器械',
  '印务',
  '餐饮管理',
  '环保科技',
  '建材',
  '电器',
  '汽车服务',
  '文化传媒',
  '家具',
  '教学设备',
  '安防工程',
  '网络科技',
  '园林绿化',
  '保洁服务',
  '人力资源服务',
  '会计师事务所',
  '工程咨询',
  '电子',
  '办公用品',
  '水电安装',
];
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '巴特尔',
  '乌云',
  '其其格',
  '斯琴',
  '宝音',
  '萨仁',
  '额尔敦',
];

/** Random-data companies: names from brand × trade, accounts under bank prefixes never used by planted payees. */
export function companyPool(seed: number, size = 600): PoolPayee[] {
  const rng = new Rng(seed);
  const seen = new Set<string>();
  const out: PoolPayee[] = [];
  const banks = ['0602', '0402', '1505', '0501'];
  while (out.length < size) {
    const city = rng.chance(0.7) ? '内蒙古' : '呼和浩特市';
    const name = `${city}${rng.pick(BRANDS)}${rng.pick(TRADES)}有限${rng.chance(0.15) ? '责任' : ''}公司`;
    if (seen.has(name)) continue;
    seen.add(name);
    const n = out.length;
    out.push({
      name,
      account: `${banks[n % 4]}${String(1_000_000_000_000 + n * 7_919_113).padStart(15, '0')}`,
    });
  }
  return out;
}

export function personPool(seed: number, size = 1500): PoolPayee[] {
  const rng = new Rng(seed);
  return Array.from({ length: size }, (_, n) => ({
    name: `${SURNAMES[rng.int(0, SURNAMES.length - 1)]}${rng.pick(GIVEN)}`,
    account: `6217${String(100_000_000_000 + n * 104_729).padStart(15, '0')}`,
  }));
}

/**
 * Recent vouchers per (agency, payee) over the last 8 calendar days. Random data asks it
 * before choosing a payee so that it never forms a DUPLICATE_PAYMENT pair (same amount
 * within 7 days) nor a SPLIT_PAYMENT group (≥ 1,000,000 within 7 days). Entries expire
 * after 8 days, so memory is bounded by one week of vouchers.
 */
export class PayeeWindow {
  private readonly entries = new Map<string, number[]>(); // flat [day, cents, day, cents, ...]
  private readonly touched: string[][] = Array.from({ length: 8 }, () => []);
  private day = -1;

  startDay(day: number): void {
    this.day = day;
    const slot = this.touched[day % 8];
    for (const key of slot) {
      const list = this.entries.get(key);
      if (!list) continue;
      const kept: number[] = [];
      for (let i = 0; i < list.length; i += 2) if (list[i] >= day - 7) kept.push(list[i], list[i + 1]);
      if (kept.length) this.entries.set(key, kept);
      else this.entries.delete(key);
    }
    this.touched[day % 8] = [];
  }

  /** Whether a voucher of `cents` to this key today repeats no amount ≥ 10,000 within 7 days and keeps any 7-day group under `limit`. */
  fits(key: string, cents: number, limit: number): boolean {
    const list = this.entries.get(key);
    let sum = cents;
    let recent = 0;
    for (let i = 0; list && i < list.length; i += 2) {
      if (list[i] < this.day - 7) continue;
      if (list[i + 1] === cents && cents >= 1_000_000) return false;
      sum += list[i + 1];
      recent++;
    }
    // A lone voucher is never a group; two or more must stay under the limit together.
    return recent === 0 || sum < limit;
  }

  add(key: string, cents: number): void {
    const list = this.entries.get(key);
    if (list) list.push(this.day, cents);
    else this.entries.set(key, [this.day, cents]);
    this.touched[this.day % 8].push(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
