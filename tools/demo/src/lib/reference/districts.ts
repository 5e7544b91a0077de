/** 呼和浩特市 and its nine county-level divisions (GB/T 2260). */
export interface District {
  code: string;
  name: string;
  parentCode: string | null;
  /** Short name used inside agency names, e.g. 新城区. */
  short: string;
  urban: boolean;
}

export const CITY_CODE = '150100';

export const DISTRICTS: readonly District[] = [
  { code: '150100', name: '呼和浩特市', parentCode: null, short: '市', urban: true },
  { code: '150102', name: '新城区', parentCode: '150100', short: '新城区', urban: true },
  { code: '150103', name: '回民区', parentCode: '150100', short: '回民区', urban: true },
  { code: '150104', name: '玉泉区', parentCode: '150100', short: '玉泉区', urban: true },
  { code: '150105', name: '赛罕区', parentCode: '150100', short: '赛罕区', urban: true },
  { code: '150121', name: '土默特左旗', parentCode: '150100', short: '土默特左旗', urban: false },
  { code: '150122', name: '托克托县', parentCode: '150100', short: '托克托县', urban: false },
  { code: '150123', name: '和林格尔县', parentCode: '150100', short: '和林格尔县', urban: false },
  { code: '150124', name: '清水河县', parentCode: '150100', short: '清水河县', urban: false },
  { code: '150125', name: '武川县', parentCode: '150100', short: '武川县', urban: false },
];
