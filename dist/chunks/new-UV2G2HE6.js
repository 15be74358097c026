import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-FYLTVFSC.js";
import "./chunk-JO3WJFGF.js";
import "./chunk-QD4UWLDW.js";
import "./chunk-RP24U26V.js";
import "./chunk-OKIR4WVL.js";
import "./chunk-2FZJXCWM.js";
import "./chunk-YFGH5TRL.js";
import "./chunk-RAKKVGPU.js";
import "./chunk-Q3T3NFGY.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
