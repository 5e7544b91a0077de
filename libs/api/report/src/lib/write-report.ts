import { addMoney, type DatasetKey, DATASET_KEYS, SEVERITIES, toCents } from '@bs/shared-model';
import type { ReportData, ReportLang, RevenuePart } from './report-data';
import { budgetsChart } from './report-chart';
import type { ReportDocument, ReportSection } from './report-document';
import { budgetTypeLabel, datasetLabel, ruleLabel, severityLabel, statusLabel } from './report-labels';
import { columnUnit, date, exactYuan, inUnit, money, pct, points, unitName } from './report-text';

type Writer = (d: ReportData, lang: ReportLang) => ReportSection | null;
const zh = (lang: ReportLang, z: string, e: string) => (lang === 'zh' ? z : e);

const overall: Writer = (d, lang) => {
  const m = (v: string) => money(v, lang);
  const paragraphs = d.budgets.map((b) => {
    const name = budgetTypeLabel(b.budgetType, lang);
    const behind = b.rate !== null && b.rate < d.timeProgress;
    const vsTime =
      b.rate === null
        ? ''
        : zh(
            lang,
            behind
              ? `，比时间进度（${pct(d.timeProgress)}）慢 ${points(d.timeProgress - b.rate)} 个百分点`
              : `，不慢于时间进度（${pct(d.timeProgress)}）`,
            behind
              ? `, ${points(d.timeProgress - b.rate)} points behind time progress (${pct(d.timeProgress)})`
              : `, not behind time progress (${pct(d.timeProgress)})`,
          );
    const vsLast =
      b.lastYearRate === null
        ? ''
        : zh(
            lang,
            `；上年同期执行率 ${pct(b.lastYearRate)}`,
            `; same point last year: ${pct(b.lastYearRate)}`,
          );
    return zh(
      lang,
      `${name}：预算 ${m(b.budget)}，已支出 ${m(b.executed)}，执行率 ${pct(b.rate)}${vsTime}${vsLast}。`,
      `${name}: budget ${m(b.budget)}, spent ${m(b.executed)}, execution ${pct(b.rate)}${vsTime}${vsLast}.`,
    );
  });
  if (d.budgets.length === 0)
    paragraphs.push(
      zh(lang, '本期没有预算指标或支付数据。', 'There are no budget lines or payments for this period.'),
    );
  return {
    heading: zh(lang, '一、总体情况', '1. Overall picture'),
    paragraphs: [
      zh(
        lang,
        `截至${date(d.asOf, lang)}，${d.fiscalYear} 年度时间进度为 ${pct(d.timeProgress)}（已过去的天数占全年的比例）。`,
        `As of ${date(d.asOf, lang)}, ${pct(d.timeProgress)} of fiscal year ${d.fiscalYear} has passed (time progress).`,
      ),
      ...paragraphs,
    ],
    chart: budgetsChart(d, lang) ?? undefined,
    table: (() => {
      const u = columnUnit(
        d.budgets.flatMap((b) => [b.budget, b.executed]),
        lang,
      );
      const n = unitName(u, lang);
      return {
        head: zh(
          lang,
          `预算|预算数（${n}）|已支出（${n}）|执行率|上年同期`,
          `Budget|Budget (${n})|Spent (${n})|Execution|Last year`,
        ).split('|'),
        rows: d.budgets.map((b) => [
          budgetTypeLabel(b.budgetType, lang),
          inUnit(b.budget, u),
          inUnit(b.executed, u),
          pct(b.rate),
          pct(b.lastYearRate),
        ]),
        numeric: [false, true, true, true, true],
      };
    })(),
  };
};

const revenue: Writer = (d, lang) => {
  const r = d.revenue;
  if (!r) return null;
  const m = (v: string) => money(v, lang);
  const behind = r.rate !== null && r.rate < d.timeProgress;
  const p = [
    zh(
      lang,
      `一般公共预算收入预算 ${m(r.budget)}，已收 ${m(r.collected)}，完成 ${pct(r.rate)}` +
        (behind
          ? `，比时间进度（${pct(d.timeProgress)}）慢 ${points(d.timeProgress - (r.rate ?? 0))} 个百分点。`
          : `，不慢于时间进度（${pct(d.timeProgress)}）。`),
      `General-budget revenue: budget ${m(r.budget)}, collected ${m(r.collected)} (${pct(r.rate)}` +
        (behind
          ? `, ${points(d.timeProgress - (r.rate ?? 0))} points behind time progress of ${pct(d.timeProgress)}).`
          : `, not behind time progress of ${pct(d.timeProgress)}).`),
    ),
  ];
  const share = (v: string) => {
    const total = toCents(r.collected);
    return total === 0n ? null : Number(toCents(v)) / Number(total);
  };
  const partText = (part: RevenuePart, nameZh: string, nameEn: string) =>
    zh(
      lang,
      `${nameZh}已收 ${m(part.collected)}，占 ${pct(share(part.collected))}` +
        (part.budget === null ? '' : `，预算 ${m(part.budget)}，完成 ${pct(part.rate)}`),
      `${nameEn} collected ${m(part.collected)} (${pct(share(part.collected))} of the total)` +
        (part.budget === null ? '' : `, budget ${m(part.budget)}, ${pct(part.rate)} of it`),
    );
  const parts = [
    r.tax ? partText(r.tax, '税收收入', 'tax revenue') : null,
    r.nonTax ? partText(r.nonTax, '非税收入', 'non-tax revenue') : null,
  ].filter((x): x is string => x !== null);
  if (parts.length) p.push(zh(lang, `其中，${parts.join('；')}。`, `Of this, ${parts.join('; ')}.`));
  return { heading: zh(lang, '二、收入情况', '2. Revenue'), paragraphs: p };
};

const units: Writer = (d, lang) => {
  const m = (v: string) => money(v, lang);
  const p: string[] = [];
  if (d.lagging.length)
    p.push(
      zh(
        lang,
        `执行最慢的单位：${d.lagging.map((u) => `${u.name}（执行率 ${pct(u.rate)}，落后时间进度 ${points(u.lag)} 个百分点，预算 ${m(u.budget)}）`).join('；')}。`,
        `Units furthest behind: ${d.lagging.map((u) => `${u.name} (execution ${pct(u.rate)}, ${points(u.lag)} points behind, budget ${m(u.budget)})`).join('; ')}.`,
      ),
    );
  else p.push(zh(lang, '没有单位的执行进度落后于时间进度。', 'No unit is behind time progress.'));
  if (d.overBudget.length)
    p.push(
      zh(
        lang,
        `超预算支出的单位：${d.overBudget.map((u) => `${u.name}（预算 ${m(u.budget)}，已支出 ${m(u.executed)}，${pct(u.rate)}）`).join('；')}。`,
        `Units spending over budget: ${d.overBudget.map((u) => `${u.name} (budget ${m(u.budget)}, spent ${m(u.executed)}, ${pct(u.rate)})`).join('; ')}.`,
      ),
    );
  return { heading: zh(lang, '三、预算单位执行', '3. Budget units'), paragraphs: p };
};

const alerts: Writer = (d, lang) => {
  const a = d.alerts;
  const sev = SEVERITIES.slice()
    .reverse()
    .filter((s) => a.bySeverity[s])
    .map((s) => `${severityLabel(s, lang)} ${a.bySeverity[s]}`)
    .join(zh(lang, '、', ', '));
  const p = [
    zh(
      lang,
      `本期预警 ${a.total} 条，其中尚未办结 ${a.open} 条${sev ? `（${sev}）` : ''}；已交办但逾期未回复 ${a.overdueAssignments} 条。`,
      `${a.total} alerts this period, ${a.open} still open${sev ? ` (${sev})` : ''}; ${a.overdueAssignments} assigned and overdue.`,
    ),
  ];
  if (a.byRule.length)
    p.push(
      zh(lang, '按规则：', 'By rule: ') +
        a.byRule.map((r) => `${ruleLabel(r.ruleId, lang)} ${r.count}`).join(zh(lang, '，', ', ')) +
        zh(lang, '。', '.'),
    );
  return {
    heading: zh(lang, '四、预警与督办', '4. Alerts and follow-up'),
    paragraphs: p,
    table: a.serious.length
      ? {
          head: zh(
            lang,
            '级别|规则|对象|金额|状态|办理期限',
            'Severity|Rule|Subject|Amount|Status|Due',
          ).split('|'),
          rows: a.serious.map((s) => [
            severityLabel(s.severity, lang),
            ruleLabel(s.ruleId, lang),
            s.subjectName,
            s.amount === null ? '—' : money(s.amount, lang),
            statusLabel(s.status, lang) + (s.overdue ? zh(lang, '（逾期）', ' (overdue)') : ''),
            s.dueDate ?? '—',
          ]),
          numeric: [false, false, false, true, false, false],
        }
      : undefined,
  };
};

const audit: Writer = (d, lang) => {
  const a = d.audit;
  const rectified = a.byStatus.rectified ?? 0;
  const p = [
    zh(
      lang,
      `审计查出问题 ${a.findings} 个，已整改 ${rectified} 个，整改中 ${a.byStatus.in_progress ?? 0} 个，部分整改 ${a.byStatus.partial ?? 0} 个，未整改 ${a.byStatus.open ?? 0} 个；逾期未整改 ${a.overdue.length} 个。`,
      `${a.findings} audit findings: ${rectified} rectified, ${a.byStatus.in_progress ?? 0} in progress, ${a.byStatus.partial ?? 0} partly, ${a.byStatus.open ?? 0} open; ${a.overdue.length} past their deadline.`,
    ),
  ];
  if (a.overdue.length)
    p.push(
      zh(lang, '逾期时间最长的：', 'Longest overdue: ') +
        a.overdue
          .slice(0, 5)
          .map((f) =>
            zh(
              lang,
              `${f.agencyName}（${f.description}，逾期 ${f.overdueDays} 天）`,
              `${f.agencyName} (${f.description}, ${f.overdueDays} days)`,
            ),
          )
          .join(zh(lang, '；', '; ')) +
        zh(lang, '。', '.'),
    );
  return { heading: zh(lang, '五、审计整改', '5. Audit rectification'), paragraphs: p };
};

const debt: Writer = (d, lang) => {
  const x = d.debt;
  if (!x) return null;
  const high = x.districts.filter((r) => r.band === 'high');
  const warn = x.districts.filter((r) => r.band === 'warning');
  const names = (rs: typeof high) => rs.map((r) => `${r.name}（${pct(r.ratio)}）`).join('、');
  const namesEn = (rs: typeof high) => rs.map((r) => `${r.name} (${pct(r.ratio)})`).join(', ');
  return {
    heading: zh(lang, '六、政府债务', '6. Government debt'),
    paragraphs: [
      zh(
        lang,
        `按债务率预警规则的现行阈值（${pct(x.warnRatio)} 关注，${pct(x.highRatio)} 高风险）：高风险 ${high.length} 个${high.length ? `：${names(high)}` : ''}；关注 ${warn.length} 个${warn.length ? `：${names(warn)}` : ''}。`,
        `By the debt-ratio rule's current thresholds (${pct(x.warnRatio)} warning, ${pct(x.highRatio)} high): ${high.length} high${high.length ? `: ${namesEn(high)}` : ''}; ${warn.length} warning${warn.length ? `: ${namesEn(warn)}` : ''}.`,
      ),
      zh(
        lang,
        `未来 90 天内到期还本付息 ${x.maturities90.count} 笔，合计 ${money(x.maturities90.amount, lang)}。`,
        `${x.maturities90.count} repayments fall due in the next 90 days, ${money(x.maturities90.amount, lang)} in all.`,
      ),
    ],
    table: (() => {
      const u = columnUnit(
        x.districts.flatMap((r) => [r.balance, r.limit]),
        lang,
      );
      const n = unitName(u, lang);
      return {
        head: zh(
          lang,
          `区划|债务余额（${n}）|限额（${n}）|债务率`,
          `District|Balance (${n})|Limit (${n})|Debt ratio`,
        ).split('|'),
        rows: x.districts.map((r) => [r.name, inUnit(r.balance, u), inUnit(r.limit, u), pct(r.ratio)]),
        numeric: [false, true, true, true],
      };
    })(),
  };
};

const soe: Writer = (d, lang) => {
  const s = d.soe;
  if (!s) return null;
  return {
    heading: zh(lang, '七、国有资产', '7. State assets'),
    paragraphs: [
      zh(
        lang,
        `资产负债率超过 ${pct(s.leverageLine)} 的国有企业 ${s.aboveLeverage.length} 家${s.aboveLeverage.length ? `：${s.aboveLeverage.map((e) => `${e.name}（${pct(e.ratio)}）`).join('、')}` : ''}；亏损企业 ${s.lossMakers.length} 家${s.lossMakers.length ? `：${s.lossMakers.map((e) => `${e.name}（${money(e.profit, lang)}）`).join('、')}` : ''}。`,
        `${s.aboveLeverage.length} SOEs above ${pct(s.leverageLine)} leverage${s.aboveLeverage.length ? `: ${s.aboveLeverage.map((e) => `${e.name} (${pct(e.ratio)})`).join(', ')}` : ''}; ${s.lossMakers.length} loss-makers${s.lossMakers.length ? `: ${s.lossMakers.map((e) => `${e.name} (${money(e.profit, lang)})`).join(', ')}` : ''}.`,
      ),
    ],
  };
};

const basis: Writer = (d, lang) => {
  const keys = DATASET_KEYS.filter((k): k is DatasetKey => k in d.dataAsOf);
  return {
    heading: zh(lang, '八、数据依据', '8. What the figures rest on'),
    paragraphs: [
      zh(
        lang,
        '本报告的数字均由系统按下表各数据集的最新数据日期计算；未列日期的数据集本期没有数据。',
        'Every figure is computed by the system from the datasets below, as of the dates shown; a dataset without a date has no data for the period.',
      ),
    ],
    table: {
      head: zh(lang, '数据集|数据截至', 'Dataset|Data as of').split('|'),
      rows: keys.map((k) => [datasetLabel(k, lang), d.dataAsOf[k] ?? '—']),
      numeric: [false, false],
    },
  };
};

const appendix: Writer = (d, lang) => ({
  heading: zh(lang, '附表1 四本预算执行情况（元）', 'Appendix 1. The four budgets (yuan)'),
  paragraphs: [
    zh(
      lang,
      '金额单位：元，精确到分，可与总账核对。',
      'Amounts in yuan, exact to the cent, to check against the ledger.',
    ),
  ],
  table: {
    head: zh(lang, '预算|预算数（元）|已支出（元）', 'Budget|Budget (yuan)|Spent (yuan)').split('|'),
    rows: [
      ...d.budgets.map((b) => [
        budgetTypeLabel(b.budgetType, lang),
        exactYuan(b.budget),
        exactYuan(b.executed),
      ]),
      [
        zh(lang, '合计', 'Total'),
        exactYuan(addMoney('0', ...d.budgets.map((b) => b.budget))),
        exactYuan(addMoney('0', ...d.budgets.map((b) => b.executed))),
      ],
    ],
    numeric: [false, true, true],
  },
});

const WRITERS: Writer[] = [overall, revenue, units, alerts, audit, debt, soe, basis, appendix];

/** The report as plain sentences and tables, in Chinese or English (names stay as they are). */
export function writeReport(d: ReportData, lang: ReportLang): ReportDocument {
  const scope = zh(
    lang,
    d.scope.kind === 'city' ? `${d.scopeName}（全市）` : d.scopeName,
    d.scope.kind === 'city' ? `${d.scopeName} (whole city)` : d.scopeName,
  );
  return {
    lang,
    title: zh(
      lang,
      `${d.fiscalYear} 年度预算执行和国有资产监督报告`,
      `Budget and State-Asset Supervision Report ${d.fiscalYear}`,
    ),
    subtitle: zh(
      lang,
      `${scope} · 截至${date(d.asOf, lang)} · 生成于 ${d.generatedAt}`,
      `${scope} · as of ${date(d.asOf, lang)} · generated ${d.generatedAt}`,
    ),
    sections: WRITERS.map((w) => w(d, lang)).filter((s): s is ReportSection => s !== null),
  };
}
