import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-BFUZ3I3H.js";
import "./chunk-YVT42TSJ.js";
import "./chunk-HZICDDAX.js";
import "./chunk-BIF5IQJK.js";
import "./chunk-5GTWBC4G.js";
import "./chunk-W2Y6BF3H.js";
import "./chunk-P2U6YFEN.js";
import "./chunk-WFXQ42SM.js";
import "./chunk-3JZHDCHJ.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
