/** The programmatic API: a pure core, sources and options in, meetings and findings out. */
export { analyse, type Analysis, type SourceInput } from './core/analyse.js';
export { check, type CheckOptions } from './core/check.js';
export { parseConfig } from './core/parse-config.js';
export { defaultConfig, type Config } from './config/types.js';
export type * from './model/types.js';
export { rules } from './rules/index.js';
