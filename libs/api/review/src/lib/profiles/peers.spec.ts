import type { ExecutionRow } from '@bs/shared-model';
import { peerPlace } from './peers';

const row = (key: string, budget: string, lag: number | null): ExecutionRow => ({
  key,
  name: key,
  budget,
  executed: '0.00',
  rate: null,
  timeProgress: 0.5,
  lag,
  hasChildren: false,
});

describe('peerPlace', () => {
  const rows = [
    row('a', '100.00', 0.1),
    row('b', '200.00', 0.3),
    row('c', '300.00', -0.1),
    row('d', '400.00', 0.2),
    row('e', '1000.00', 0.05),
    row('f', '2000.00', 0.4),
    row('g', '3000.00', 0.0),
    row('h', '4000.00', 0.1),
    row('z', '0.00', 0.9),
  ];

  it('ranks an agency by lag among the quartile of agencies of its budget size', () => {
    expect(peerPlace(rows, 'a')).toEqual({ band: 1, bands: 4, rank: 2, of: 2, lag: 0.1, medianLag: 0.2 });
    expect(peerPlace(rows, 'f')).toEqual({ band: 3, bands: 4, rank: 1, of: 2, lag: 0.4, medianLag: 0.225 });
  });

  it('puts an agency without budget in no band', () => {
    expect(peerPlace(rows, 'z')).toMatchObject({ band: 0, rank: null, of: 0 });
  });
});
