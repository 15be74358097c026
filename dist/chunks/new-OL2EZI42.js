import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-AB4QMDEX.js";
import "./chunk-JO3WJFGF.js";
import "./chunk-XXMIFZ62.js";
import "./chunk-OQOYU34L.js";
import "./chunk-OKIR4WVL.js";
import "./chunk-MYFBHF5B.js";
import "./chunk-YFGH5TRL.js";
import "./chunk-A7U2EHOR.js";
import "./chunk-Q3T3NFGY.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
