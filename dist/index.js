import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  check
} from "./chunks/chunk-OKIR4WVL.js";
import {
  analyse
} from "./chunks/chunk-YFGH5TRL.js";
import {
  defaultConfig,
  parseConfig,
  rules
} from "./chunks/chunk-Q3T3NFGY.js";
import "./chunks/chunk-L43YP45H.js";
import "./chunks/chunk-4M3DI6GN.js";
export {
  analyse,
  check,
  defaultConfig,
  parseConfig,
  rules
};
