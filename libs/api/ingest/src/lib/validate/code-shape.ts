import { CodeShape } from '../dataset-spec';

const SHAPES: Record<CodeShape, { re: RegExp; zh: string; en: string }> = {
  func: {
    re: /^\d{3}(?:\d{2}){0,2}$/,
    zh: '功能分类编码应为 3、5 或 7 位数字',
    en: 'functional code must be 3, 5 or 7 digits',
  },
  econ: {
    re: /^\d{3}(?:\d{2})?$/,
    zh: '经济分类编码应为 3 或 5 位数字',
    en: 'economic code must be 3 or 5 digits',
  },
  revenue: {
    re: /^\d{3}(?:\d{2}){0,2}$/,
    zh: '收入分类编码应为 3、5 或 7 位数字',
    en: 'revenue code must be 3, 5 or 7 digits',
  },
  district: { re: /^\d{6}$/, zh: '区划编码应为 6 位数字', en: 'district code must be 6 digits' },
};

/**
 * Shape error of a code, or null when well formed. Only the shape: whether a well-formed code is
 * in the shipped classification tables is a warning computed in SQL.
 */
export function codeShapeError(
  code: string,
  shape: CodeShape,
): { reasonZh: string; reasonEn: string } | null {
  const rule = SHAPES[shape];
  return rule.re.test(code) ? null : { reasonZh: rule.zh, reasonEn: rule.en };
}
