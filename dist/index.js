import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  check
} from "./chunks/chunk-V6LHZNET.js";
import {
  analyse
} from "./chunks/chunk-UTGF7OTI.js";
import {
  defaultConfig,
  parseConfig,
  rules
} from "./chunks/chunk-EOA3CJN6.js";
import "./chunks/chunk-I4MUV4V5.js";
import "./chunks/chunk-4M3DI6GN.js";
export {
  analyse,
  check,
  defaultConfig,
  parseConfig,
  rules
};
