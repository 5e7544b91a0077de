import { EVIDENCE_MESSAGES } from './evidence-messages';

/**
 * Which dictionary prefix translates an evidence field's codes. `purpose` is a code only on
 * bonds (on vouchers it is free text), hence the per-kind overrides.
 */
const ENUM_PREFIX: Readonly<Record<string, string>> = {
  budgetType: 'budget_type',
  payeeType: 'payee_type',
  payMethod: 'pay_method',
  status: 'finding_status',
  debtType: 'debt_type',
  sector: 'sector',
  assetClass: 'asset_class',
  stage: 'stage',
};
const KIND_ENUM_PREFIX: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  bonds: { purpose: 'bond_purpose' },
};

/** Dictionary key of an evidence column header. */
export function evidenceFieldKey(field: string): string {
  return `ev.field.${field}`;
}

/** Dictionary key of an evidence kind (vouchers, bonds…). */
export function evidenceKindKey(kind: string): string {
  return `ev.kind.${kind}`;
}

/** Dictionary key of an enum-coded cell, or null when the field holds plain data. */
export function evidenceEnumKey(kind: string, field: string, value: string | number | null): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const prefix = KIND_ENUM_PREFIX[kind]?.[field] ?? ENUM_PREFIX[field];
  return prefix ? `${prefix}.${value}` : null;
}

/** Fields in the dictionary's order (identifiers first, then dates, amounts, text); jsonb keeps none. */
const FIELD_ORDER: readonly string[] = Object.keys(EVIDENCE_MESSAGES)
  .filter((k) => k.startsWith('ev.field.'))
  .map((k) => k.slice('ev.field.'.length));

/** Sort comparator for evidence columns: known fields in dictionary order, unknown ones after, by name. */
export function compareEvidenceFields(a: string, b: string): number {
  const rank = (f: string) => {
    const i = FIELD_ORDER.indexOf(f);
    return i < 0 ? FIELD_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Fields holding yuan amounts: those whose header says （元）. */
const MONEY_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(EVIDENCE_MESSAGES)
    .filter(([k, [zh]]) => k.startsWith('ev.field.') && zh.includes('（元）'))
    .map(([k]) => k.slice('ev.field.'.length)),
);

export function isMoneyField(field: string): boolean {
  return MONEY_FIELDS.has(field);
}

/**
 * An exact yuan amount with thousands separators, digits untouched (the header carries the unit):
 * "3600000000.00" → "3,600,000,000.00", 3500000000 → "3,500,000,000". Anything else unchanged.
 */
export function groupThousands(value: string | number): string {
  const text = String(value);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}
