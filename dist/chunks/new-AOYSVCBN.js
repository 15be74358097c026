import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-MMMXLEBI.js";
import "./chunk-5XXCS6TV.js";
import "./chunk-FXRWJVQX.js";
import "./chunk-PAWLAXVN.js";
import "./chunk-UEHTKFYL.js";
import "./chunk-C6SLXHCK.js";
import "./chunk-J4EFI2GS.js";
import "./chunk-JWGIKWYF.js";
import "./chunk-BG42AGZT.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
