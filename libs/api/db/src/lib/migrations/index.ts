import { InitialSchema1795813341515 } from './1795813341515-initial-schema';
import { ReferenceData1795813400000 } from './1795813400000-reference-data';

/** Every migration in order; the app bundles them (no glob loading). */
export const MIGRATIONS = [InitialSchema1795813341515, ReferenceData1795813400000];
