import type { SearchHitDto } from '@bs/shared-model';

export interface HitLink {
  commands: string[];
  queryParams?: Record<string, string | number>;
}

/** The page each kind of hit opens. */
export function hitLink(hit: SearchHitDto): HitLink {
  const p = hit.params ?? {};
  const year: Record<string, number> = hit.fiscalYear ? { fiscalYear: hit.fiscalYear } : {};
  switch (hit.kind) {
    case 'agency':
      return { commands: ['/agencies', hit.code] };
    case 'district':
      return { commands: ['/districts', hit.code] };
    case 'soe':
      return { commands: ['/assets'] };
    case 'payee':
      return { commands: ['/execution'], queryParams: { level: 'payments', payee: hit.code, ...year } };
    case 'bondProject':
      return { commands: ['/debt'] };
    case 'bond':
      return p['districtCode'] ? { commands: ['/districts', p['districtCode']] } : { commands: ['/debt'] };
    case 'finding':
      return { commands: ['/audit'], queryParams: p['agencyCode'] ? { agencyCode: p['agencyCode'] } : {} };
    case 'voucher':
      return {
        commands: ['/execution'],
        queryParams: {
          level: 'payments',
          ...year,
          ...(p['agencyCode'] ? { agencyCode: p['agencyCode'] } : {}),
          ...(p['payee'] ? { payee: p['payee'] } : {}),
          ...(p['dateFrom'] ? { dateFrom: p['dateFrom'], dateTo: p['dateTo'] ?? p['dateFrom'] } : {}),
        },
      };
  }
}
