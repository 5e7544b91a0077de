/** The areas in menu order; `area` keys match AREA_ROLES. */
export const NAV_ITEMS: readonly { area: string; label: string; icon: string }[] = [
  { area: 'overview', label: 'nav.overview', icon: '▦' },
  { area: 'execution', label: 'nav.execution', icon: '¥' },
  { area: 'revenue', label: 'nav.revenue', icon: '↧' },
  { area: 'alerts', label: 'nav.alerts', icon: '⚠' },
  { area: 'audit', label: 'nav.audit', icon: '✓' },
  { area: 'debt', label: 'nav.debt', icon: '⊟' },
  { area: 'assets', label: 'nav.assets', icon: '⌂' },
  { area: 'reports', label: 'nav.reports', icon: '▤' },
  { area: 'imports', label: 'nav.imports', icon: '⇪' },
];
