import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-QLSDKGMT.js";
import "./chunk-JO3WJFGF.js";
import "./chunk-C3GMKPYZ.js";
import "./chunk-FFG5M7KI.js";
import "./chunk-OKIR4WVL.js";
import "./chunk-4CIGPATS.js";
import "./chunk-YFGH5TRL.js";
import "./chunk-HFEAGRPU.js";
import "./chunk-Q3T3NFGY.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
