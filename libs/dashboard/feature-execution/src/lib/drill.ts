import type { BudgetType, ExecutionGroupBy } from '@bs/shared-model';

/**
 * Where the user is in the drill: (districts →) agencies → functional 类/款/项 → economic 类/款 →
 * vouchers. The whole budget by function starts at 'func' with no agency, by district at 'district'.
 */
export type DrillLevel = 'district' | 'agency' | 'func' | 'econ' | 'payments';

/** The three ways in: by agency (the default), by function across all agencies, by district. */
export const DRILL_VIEWS = ['agency', 'func', 'district'] as const;
export type DrillView = (typeof DRILL_VIEWS)[number];

export interface DrillState {
  level: DrillLevel;
  budgetType: BudgetType | null;
  agencyCode: string | null;
  funcCode: string | null;
  econCode: string | null;
  districtCode: string | null;
  /** How the drill started (URL `view`); the breadcrumb's top goes back there. */
  view: DrillView;
}

const LEVELS: readonly DrillLevel[] = ['district', 'agency', 'func', 'econ', 'payments'];
const BUDGET_TYPES: readonly string[] = ['general', 'fund', 'capital', 'social'];

/** Drill state from the URL query; unknown values fall back to the top. */
export function readDrill(get: (name: string) => string | null): DrillState {
  const level = get('level');
  const budgetType = get('budgetType');
  const code = (name: string) => {
    const v = get(name);
    return v && /^[0-9A-Za-z]{1,20}$/.test(v) ? v : null;
  };
  const view = get('view');
  const start: DrillView = DRILL_VIEWS.includes(view as DrillView) ? (view as DrillView) : 'agency';
  return {
    level: LEVELS.includes(level as DrillLevel) ? (level as DrillLevel) : start,
    budgetType: budgetType && BUDGET_TYPES.includes(budgetType) ? (budgetType as BudgetType) : null,
    agencyCode: code('agencyCode'),
    funcCode: code('funcCode'),
    econCode: code('econCode'),
    districtCode: code('districtCode'),
    view: start,
  };
}

/** The query patch after clicking a row (or a treemap block) at the current level. */
export function drillInto(
  state: DrillState,
  row: { key: string; hasChildren: boolean },
): Partial<DrillState> {
  switch (state.level) {
    case 'district':
      return { districtCode: row.key, level: 'agency', agencyCode: null };
    case 'agency':
      return { agencyCode: row.key, level: 'func', funcCode: null, econCode: null };
    case 'func':
      return row.hasChildren ? { funcCode: row.key } : { funcCode: row.key, level: 'econ', econCode: null };
    case 'econ':
      return row.hasChildren ? { econCode: row.key } : { econCode: row.key, level: 'payments' };
    default:
      return {};
  }
}

export function groupByOf(level: DrillLevel): ExecutionGroupBy {
  return level === 'payments' ? 'econ' : level;
}

/** The query patch that starts a view from its top. */
export function startView(view: DrillView): Partial<DrillState> {
  return { view, level: view, agencyCode: null, funcCode: null, econCode: null, districtCode: null };
}

export interface Crumb {
  label: string;
  /** Query patch that goes back to this step. */
  patch: Partial<DrillState>;
}

/** Classification prefixes of a code: 201 → 20101 → 2010101 (类 → 款 → 项). */
export function codePrefixes(code: string | null): string[] {
  if (!code) return [];
  const out: string[] = [];
  for (let n = 3; n <= code.length; n += 2) out.push(code.slice(0, n));
  return out;
}

/** The breadcrumb trail; `allLabel` names the top, `names` maps codes to names already seen. */
export function crumbs(state: DrillState, allLabel: string, names: ReadonlyMap<string, string>): Crumb[] {
  const label = (kind: string, code: string) => names.get(`${kind}:${code}`) ?? code;
  const trail: Crumb[] = [{ label: allLabel, patch: startView(state.view) }];
  if (state.districtCode) {
    trail.push({
      label: label('district', state.districtCode),
      patch: { level: 'agency', agencyCode: null, funcCode: null, econCode: null },
    });
  }
  if (state.agencyCode) {
    trail.push({
      label: label('agency', state.agencyCode),
      patch: { level: 'func', funcCode: null, econCode: null },
    });
  }
  for (const prefix of codePrefixes(state.funcCode)) {
    trail.push({ label: label('func', prefix), patch: { level: 'func', funcCode: prefix, econCode: null } });
  }
  for (const prefix of codePrefixes(state.econCode)) {
    trail.push({ label: label('econ', prefix), patch: { level: 'econ', econCode: prefix } });
  }
  return trail;
}
