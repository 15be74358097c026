import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  pickSeries,
  runNew
} from "./chunk-2N6FVWAT.js";
import "./chunk-HFDCW3SR.js";
import "./chunk-N6B4DOSH.js";
import "./chunk-6CWR3BLL.js";
import "./chunk-V6LHZNET.js";
import "./chunk-TZ7MVE2E.js";
import "./chunk-UTGF7OTI.js";
import "./chunk-L3KEEABT.js";
import "./chunk-EOA3CJN6.js";
import "./chunk-I4MUV4V5.js";
import "./chunk-4M3DI6GN.js";
export {
  pickSeries,
  runNew
};
