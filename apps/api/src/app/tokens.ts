export const APP_CONFIG = Symbol('APP_CONFIG');
export const DATABASE_INFO = Symbol('DATABASE_INFO');
