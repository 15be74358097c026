import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-VB5J2H6U.js";
import "./chunk-BRB33QMR.js";
import "./chunk-GQOR76NH.js";
import "./chunk-XRAMKVKC.js";
import "./chunk-SX3I2B5O.js";
import "./chunk-27GNGCS7.js";
import "./chunk-INUYHF2Y.js";
import "./chunk-OU4ZSV5Q.js";
import "./chunk-ZQEOGDR3.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
