export * from './lib/chart-api';
export * from './lib/chart';
export * from './lib/palette';
export * from './lib/trend-chart';
export * from './lib/treemap-chart';
export * from './lib/gauge-chart';
export * from './lib/scatter-chart';
export * from './lib/pie-chart';
