import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);

// src/render/template-error.ts
var TemplateError = class extends Error {
  constructor(file, line, reason) {
    super(`${file}${line !== void 0 ? `:${line}` : ""}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = "TemplateError";
  }
  file;
  line;
  reason;
};

export {
  TemplateError
};
