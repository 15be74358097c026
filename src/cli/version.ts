/** Replaced by the bundler with the package version, so that `--version` reads no file. */
declare const __MINUTEBOOK_VERSION__: string | undefined;
export const VERSION: string = typeof __MINUTEBOOK_VERSION__ === 'string' ? __MINUTEBOOK_VERSION__ : '0.0.0-dev';
