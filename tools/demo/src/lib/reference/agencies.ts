/** Budget units of the demo city. Codes: 3-digit department + 3-digit unit (001 = the department). */
export type AgencyKind = 'admin' | 'school' | 'hospital' | 'welfare' | 'infra' | 'culture';

export interface Agency {
  code: string;
  name: string;
  parentCode: string | null;
  districtCode: string;
  type: 'admin' | 'institution';
  /** Main functional classification code (行政运行 / 事业运行 of its sector). */
  func: string;
  kind: AgencyKind;
  /** Relative spending size of a normal agency (1 = a small office). */
  size: number;
  /** Extra budget types beyond `general`, with the functional code used there. */
  extra?: { budgetType: 'fund' | 'social' | 'capital'; func: string; econ: string }[];
  /** Planted-case agency: gets no random data, only what its cases need. */
  planted: boolean;
}

type Row = [
  code: string,
  name: string,
  parent: string | null,
  district: string,
  type: 'admin' | 'institution',
  func: string,
  kind: AgencyKind,
  size: number,
];

const CITY = '150100';

const NORMAL_ROWS: Row[] = [
  ['101001', '呼和浩特市教育局', null, CITY, 'admin', '2050101', 'admin', 4],
  ['101002', '呼和浩特市第一中学', '101001', CITY, 'institution', '2050204', 'school', 5],
  ['101003', '呼和浩特市第二中学', '101001', CITY, 'institution', '2050204', 'school', 5],
  ['101004', '呼和浩特市第一幼儿园', '101001', CITY, 'institution', '2050201', 'school', 2],
  ['102001', '呼和浩特市卫生健康委员会', null, CITY, 'admin', '2100101', 'admin', 4],
  ['102002', '呼和浩特市第一医院', '102001', CITY, 'institution', '2100201', 'hospital', 8],
  ['102003', '呼和浩特市蒙医中医医院', '102001', CITY, 'institution', '2100202', 'hospital', 6],
  ['102004', '呼和浩特市疾病预防控制中心', '102001', CITY, 'institution', '2100401', 'hospital', 3],
  ['103001', '呼和浩特市公安局', null, CITY, 'admin', '2040201', 'admin', 9],
  ['103002', '呼和浩特市公安局交通管理支队', '103001', CITY, 'admin', '2040201', 'admin', 4],
  ['104001', '呼和浩特市财政局', null, CITY, 'admin', '2010601', 'admin', 3],
  ['104002', '呼和浩特市国库支付中心', '104001', CITY, 'institution', '2010650', 'admin', 1],
  ['105001', '呼和浩特市人力资源和社会保障局', null, CITY, 'admin', '2080101', 'admin', 3],
  ['105002', '呼和浩特市就业服务中心', '105001', CITY, 'institution', '2080199', 'welfare', 2],
  ['106001', '呼和浩特市住房和城乡建设局', null, CITY, 'admin', '2120101', 'infra', 6],
  ['107001', '呼和浩特市交通运输局', null, CITY, 'admin', '2140101', 'infra', 5],
  ['108001', '呼和浩特市农牧局', null, CITY, 'admin', '2130101', 'admin', 4],
  ['109001', '呼和浩特市民政局', null, CITY, 'admin', '2080201', 'welfare', 4],
  ['109002', '呼和浩特市社会福利院', '109001', CITY, 'institution', '2081002', 'welfare', 2],
  ['110001', '呼和浩特市自然资源局', null, CITY, 'admin', '2200101', 'admin', 4],
  ['111001', '呼和浩特市生态环境局', null, CITY, 'admin', '2110101', 'admin', 3],
  ['112001', '呼和浩特市文化旅游广电局', null, CITY, 'admin', '2070101', 'culture', 3],
  ['112002', '呼和浩特市图书馆', '112001', CITY, 'institution', '2070104', 'culture', 1],
  ['113001', '呼和浩特市水务局', null, CITY, 'admin', '2130301', 'infra', 4],
  ['114001', '呼和浩特市人民政府国有资产监督管理委员会', null, CITY, 'admin', '2150701', 'admin', 2],
  ['115001', '呼和浩特市市场监督管理局', null, CITY, 'admin', '2013801', 'admin', 3],
  ['116001', '呼和浩特市应急管理局', null, CITY, 'admin', '2240101', 'admin', 2],
  ['117001', '呼和浩特市园林绿化局', null, CITY, 'admin', '2120399', 'infra', 3],
  ['118001', '呼和浩特市审计局', null, CITY, 'admin', '2010801', 'admin', 1],
  ['119001', '呼和浩特市发展和改革委员会', null, CITY, 'admin', '2010401', 'admin', 2],
  ['120001', '呼和浩特市科学技术局', null, CITY, 'admin', '2060101', 'admin', 2],
];

/** County-level units: the same departments in each division (dept digit 1 教育, 2 卫健, 3 财政). */
const DISTRICT_SCHOOLS: Record<string, string> = {
  '150102': '呼和浩特市新城区光明路小学',
  '150103': '呼和浩特市回民区钢铁路小学',
  '150104': '呼和浩特市玉泉区大南街小学',
  '150105': '呼和浩特市赛罕区巨海城小学',
};
const DISTRICT_HOSPITALS: Record<string, string> = {
  '150105': '呼和浩特市赛罕区人民医院',
  '150121': '土默特左旗医院',
  '150122': '托克托县医院',
  '150123': '和林格尔县人民医院',
  '150124': '清水河县医院',
  '150125': '武川县医院',
};

function districtRows(): Row[] {
  const divisions: [string, string][] = [
    ['150102', '新城区'],
    ['150103', '回民区'],
    ['150104', '玉泉区'],
    ['150105', '赛罕区'],
    ['150121', '土默特左旗'],
    ['150122', '托克托县'],
    ['150123', '和林格尔县'],
    ['150124', '清水河县'],
    ['150125', '武川县'],
  ];
  const rows: Row[] = [];
  divisions.forEach(([district, name], i) => {
    const d = i + 1;
    const health = district.startsWith('15012') ? '卫生健康局' : '卫生健康委员会';
    rows.push([`2${d}1001`, `${name}教育局`, null, district, 'admin', '2050101', 'admin', 2]);
    const school = DISTRICT_SCHOOLS[district];
    if (school)
      rows.push([`2${d}1002`, school, `2${d}1001`, district, 'institution', '2050202', 'school', 3]);
    rows.push([`2${d}2001`, `${name}${health}`, null, district, 'admin', '2100101', 'admin', 2]);
    const hospital = DISTRICT_HOSPITALS[district];
    if (hospital)
      rows.push([`2${d}2002`, hospital, `2${d}2001`, district, 'institution', '2100201', 'hospital', 4]);
    rows.push([`2${d}3001`, `${name}财政局`, null, district, 'admin', '2010601', 'admin', 1]);
  });
  return rows;
}

/** Extra budget types of a few departments (政府性基金, 社保基金, 国有资本经营预算). */
const EXTRA: Record<string, Agency['extra']> = {
  '106001': [{ budgetType: 'fund', func: '2120803', econ: '31005' }],
  '110001': [{ budgetType: 'fund', func: '2120801', econ: '31005' }],
  '105001': [{ budgetType: 'social', func: '2090101', econ: '30302' }],
  '114001': [{ budgetType: 'capital', func: '2230201', econ: '31201' }],
};

export const NORMAL_AGENCIES: readonly Agency[] = [...NORMAL_ROWS, ...districtRows()].map(
  ([code, name, parentCode, districtCode, type, func, kind, size]) => ({
    code,
    name,
    parentCode,
    districtCode,
    type,
    func,
    kind,
    size,
    extra: EXTRA[code],
    planted: false,
  }),
);
