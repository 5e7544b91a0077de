import { InitialSchema1795813341515 } from './1795813341515-initial-schema';

/** Every migration in order; the app bundles them (no glob loading). */
export const MIGRATIONS = [InitialSchema1795813341515];
