import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-KKGUCNFZ.js";
import "./chunk-2M3MILXS.js";
import "./chunk-CVX72NN7.js";
import "./chunk-K6FGQK75.js";
import "./chunk-OP6IMQB5.js";
import "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import "./chunk-765XEROR.js";
import "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
