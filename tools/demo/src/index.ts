export { generateDemo } from './lib/generate-demo';
export { PLANTED_CASES } from './lib/planted';
export { benfordMad } from './lib/planted/benford-cases';
export { HEADERS, DEMO_DATASETS } from './lib/columns';
export type { DemoManifest, DemoFile, GenerateDemoOptions, PlantedCase } from './lib/types';
export { referenceAlerts } from './lib/oracle';
export { FUNC_NAMES, ECON_NAMES, REVENUE_CODES as DEMO_REVENUE_CODES } from './lib/reference/classification';
