import {
  ALERT_STATUS_LABELS,
  RULE_NAMES,
  SEVERITY_LABELS,
  labelIn,
  type AlertDetailDto,
  type EvidenceRecordDto,
} from '@bs/shared-model';
import type { ReportLang } from './report-data';
import type { ReportDocument, ReportSection } from './report-document';
import { date, exactYuan } from './report-text';

const zhEn = (lang: ReportLang, zh: string, en: string): string => (lang === 'zh' ? zh : en);
/** Evidence rows printed on the notice (the rest are in the system). */
const EVIDENCE_ROWS = 30;

/** The number a unit quotes back: 督办 + year + the alert id, zero-padded. */
export function noticeNumber(a: Pick<AlertDetailDto, 'fiscalYear' | 'id'>): string {
  return `DB-${a.fiscalYear}-${String(a.id).padStart(6, '0')}`;
}

function evidenceTable(records: EvidenceRecordDto[], lang: ReportLang): ReportSection['table'] {
  const vouchers = records.filter((r) => r.kind === 'vouchers' || 'voucherNo' in r.fields);
  if (!vouchers.length) return undefined;
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    head: [
      zhEn(lang, '支付凭证号', 'Voucher'),
      zhEn(lang, '支付日期', 'Date'),
      zhEn(lang, '收款人', 'Payee'),
      zhEn(lang, '金额（元）', 'Amount (yuan)'),
      zhEn(lang, '用途', 'Purpose'),
    ],
    numeric: [false, false, false, true, false],
    rows: vouchers
      .slice(0, EVIDENCE_ROWS)
      .map((r) => [
        text(r.fields['voucherNo'] ?? r.key),
        text(r.fields['payDate']),
        text(r.fields['payeeName']),
        r.fields['amount'] === null || r.fields['amount'] === undefined
          ? ''
          : exactYuan(String(r.fields['amount'])),
        text(r.fields['purpose']),
      ]),
  };
}

/**
 * 督办通知书: one alert as the notice an auditor sends to the responsible unit — what was found,
 * the facts (exact yuan), who must answer by when, what the answer must contain, the record so far.
 * The alert comes from AlertsService.detail, so individuals are already masked for the reader.
 */
export function writeNotice(a: AlertDetailDto, lang: ReportLang, issuedOn: string): ReportDocument {
  const unit =
    a.assignedAgencyName ?? a.assignedDistrictName ?? a.assignedAgency ?? a.assignedDistrict ?? null;
  const subject = a.subjectName ?? a.agencyName ?? a.subjectKey;
  const facts: string[][] = [
    [zhEn(lang, '预警规则', 'Rule'), `${RULE_NAMES[a.ruleId][lang]}（${a.ruleId}）`],
    [zhEn(lang, '严重程度', 'Severity'), labelIn(SEVERITY_LABELS[a.severity], lang)],
    [zhEn(lang, '对象', 'Subject'), subject],
    [zhEn(lang, '年度', 'Fiscal year'), String(a.fiscalYear)],
    ...(a.amount ? [[zhEn(lang, '涉及金额（元）', 'Amount (yuan)'), exactYuan(a.amount)]] : []),
    [zhEn(lang, '当前状态', 'Status'), labelIn(ALERT_STATUS_LABELS[a.status], lang)],
  ];
  const sections: ReportSection[] = [
    {
      heading: zhEn(lang, '一、督办事项', '1. The matter'),
      paragraphs: [lang === 'zh' ? a.messageZh : a.messageEn],
      table: {
        head: [zhEn(lang, '项目', 'Item'), zhEn(lang, '内容', 'Detail')],
        numeric: [false, false],
        rows: facts,
      },
    },
    {
      heading: zhEn(lang, '二、责任单位与办理期限', '2. Who answers, and by when'),
      paragraphs: unit
        ? [
            zhEn(
              lang,
              `请${unit}${a.dueDate ? `于${date(a.dueDate, lang)}前` : '尽快'}通过预算联网监督系统答复核实和整改情况，并上传佐证材料（整改文件、凭证、收回资金的银行回单等）。`,
              `${unit} is asked to answer in the online supervision system ${a.dueDate ? `by ${date(a.dueDate, lang)}` : 'as soon as possible'}: what was checked, what was corrected, with supporting files (decisions, vouchers, bank slips of recovered funds).`,
            ),
            zhEn(
              lang,
              '如需延期，请在期限前在系统中提出延期申请并说明理由。逾期未答复的，将在监督报告中列明。',
              'To ask for more time, request an extension in the system before the deadline, with the reason. Unanswered items past the deadline are named in the supervision report.',
            ),
          ]
        : [zhEn(lang, '本预警尚未交办责任单位。', 'This alert has not been assigned to a unit yet.')],
    },
  ];
  const table = evidenceTable(a.evidenceRecords, lang);
  if (table)
    sections.push({
      heading: zhEn(lang, '三、证据', '3. Evidence'),
      paragraphs:
        a.evidenceRecords.length > EVIDENCE_ROWS
          ? [
              zhEn(
                lang,
                `共 ${a.evidenceRecords.length} 条，列出前 ${EVIDENCE_ROWS} 条。`,
                `${a.evidenceRecords.length} records; the first ${EVIDENCE_ROWS} are listed.`,
              ),
            ]
          : [],
      table,
    });
  if (a.history.length)
    sections.push({
      heading: zhEn(
        lang,
        table ? '四、办理记录' : '三、办理记录',
        table ? '4. Record so far' : '3. Record so far',
      ),
      paragraphs: [],
      table: {
        head: [
          zhEn(lang, '时间', 'When'),
          zhEn(lang, '经办人', 'By'),
          zhEn(lang, '事项', 'Step'),
          zhEn(lang, '说明', 'Note'),
        ],
        numeric: [false, false, false, false],
        rows: a.history.map((h) => [
          h.at.slice(0, 10),
          h.by ?? '',
          h.from && h.to !== h.from
            ? `${labelIn(ALERT_STATUS_LABELS[h.from], lang)} → ${labelIn(ALERT_STATUS_LABELS[h.to], lang)}`
            : (h.kind ?? ''),
          h.comment ?? '',
        ]),
      },
    });
  return {
    lang,
    title: zhEn(lang, '预算联网监督督办通知书', 'Budget supervision notice (督办通知书)'),
    subtitle: `${zhEn(lang, '编号', 'No.')} ${noticeNumber(a)} · ${zhEn(lang, '签发日期', 'issued')} ${date(issuedOn, lang)}`,
    sections,
  };
}
