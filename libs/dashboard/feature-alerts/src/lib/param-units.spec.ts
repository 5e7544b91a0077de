import {
  displayUnit,
  fromDisplay,
  issuesByParam,
  localProblem,
  toDisplay,
  type ParamDef,
} from './param-units';

const def = (p: Partial<ParamDef>): ParamDef => ({
  name: 'x',
  default: 0.1,
  unit: 'ratio',
  min: 0,
  max: 1,
  labelZh: '滞后阈值',
  labelEn: 'Lag',
  ...p,
});

describe('param units', () => {
  it('enters ratios as percentages and large yuan in 万元, exactly', () => {
    const lag = def({});
    expect(displayUnit(lag)).toBe('%');
    expect(toDisplay(lag, 0.1)).toBe(10);
    expect(fromDisplay(lag, 12.5)).toBe(0.125);
    expect(fromDisplay(lag, 0.7 * 100)).toBe(0.7);
    const budget = def({ unit: 'yuan', default: 100_000, max: 1e12 });
    expect(displayUnit(budget)).toBe('万元');
    expect(toDisplay(budget, 100_000)).toBe(10);
    expect(fromDisplay(budget, 0.01)).toBe(100);
    const materiality = def({ unit: 'yuan', default: 100, max: 1e8 });
    expect(displayUnit(materiality)).toBe('元');
    expect(fromDisplay(materiality, 99.999)).toBe(100);
    expect(displayUnit(def({ unit: 'days', default: 180 }))).toBe('days');
  });

  it('flags out-of-range and fractional days locally', () => {
    expect(localProblem(def({}), 1.2)).toBe('range');
    expect(localProblem(def({ unit: 'days', max: 999 }), 1.5)).toBe('integer');
    expect(localProblem(def({}), NaN)).toBe('required');
    expect(localProblem(def({}), 0.2)).toBeNull();
  });

  it('puts each server issue beside the parameters it names, in words', () => {
    const defs = [
      def({ name: 'lagThreshold', labelZh: '滞后阈值' }),
      def({ name: 'highLagThreshold', labelZh: '严重滞后阈值' }),
    ];
    const by = issuesByParam(['highLagThreshold must be ≥ lagThreshold'], defs, (d) => d.labelZh);
    expect(by).toEqual({
      lagThreshold: ['“严重滞后阈值” must be ≥ “滞后阈值”'],
      highLagThreshold: ['“严重滞后阈值” must be ≥ “滞后阈值”'],
    });
    expect(
      issuesByParam(['highLagThreshold must be ≥ lagThreshold'], defs, (d) => d.labelZh, true),
    ).toMatchObject({
      highLagThreshold: ['“严重滞后阈值” 须不小于 “滞后阈值”'],
    });
  });
});
