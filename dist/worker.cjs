"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR2 = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR2;
    var isScalar3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar3(node2) || isCollection(node2)) && !!node2.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR2;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP4 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit4(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP4;
    visit4.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path2) {
      const ctrl = callVisitor(key, node2, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          const ck = visit_("key", node2.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP4;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path2) {
      const ctrl = await callVisitor(key, node2, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path2 = Object.freeze(path2.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node2, path2);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path2);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path2);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path2);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path2);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path2);
      return void 0;
    }
    function replaceNode(key, path2, node2) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit4;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit4 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle2, prefix] = parts;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source2, onError) {
        if (source2 === "!")
          return "!";
        if (source2[0] !== "!") {
          onError(`Not a valid tag: ${source2}`);
          return null;
        }
        if (source2[1] === "<") {
          const verbatim = source2.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source2} is invalid.`);
            return null;
          }
          if (source2[source2.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source2.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source2} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source2;
        onError(`Could not resolve tag: ${source2}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit4.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit4 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit4.visit(root2, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source2) => {
          aliasObjects.push(source2);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source2 of aliasObjects) {
            const ref = sourceObjects.get(source2);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source2;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit4 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source2) {
        super(identity.ALIAS);
        this.source = source2;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit4.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found2 = node2;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source2 = this.resolve(ctx.doc, ctx);
        if (!source2) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source2).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source2 = node2.resolve(doc);
        const anchor = anchors2 && source2 && anchors2.get(source2);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map3 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map3.items.push(value2);
        return map3;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node3 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value2) {
      let v = value2;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value2) {
        if (isEmptyPath(path2))
          this.add(value2);
        else {
          const [key, ...rest] = path2;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value2);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value2) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value2);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str2, indent2, comment) => str2.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text6, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text6;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text6.length <= endStep)
        return text6;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text6, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text6[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text6[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text6, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text6[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text6[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text6;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text6;
      if (onFold)
        onFold();
      let res = text6.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text6.length;
        if (fold === 0)
          res = `
${indent2}${text6.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text6[fold]}\\`;
          res += `
${indent2}${text6.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text6, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text6[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text6[++i];
        } else {
          do {
            ch = text6[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text6[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code3 = json.substr(i + 2, 4);
                switch (code3) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str2 += "\\x" + code3.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent2;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote: blockQuote2, commentString, lineWidth } = ctx.options;
      if (!blockQuote2 || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote2 === "literal" ? true : blockQuote2 === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent2.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote2 !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str2 = value2.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node2) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent2}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow3 = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow3) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map3, value2) {
      const source2 = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source2))
        for (const it of source2.items)
          mergeValue(ctx, map3, it);
      else if (Array.isArray(source2))
        for (const it of source2)
          mergeValue(ctx, map3, it);
      else
        mergeValue(ctx, map3, source2);
    }
    function mergeValue(ctx, map3, value2) {
      const source2 = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source2))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source2.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map3 instanceof Map) {
          if (!map3.has(key))
            map3.set(key, value3);
        } else if (map3 instanceof Set) {
          map3.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map3, key)) {
          Object.defineProperty(map3, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map3;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map3, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map3, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map3, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map3 instanceof Map) {
          map3.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map3 instanceof Set) {
          map3.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map3)
            Object.defineProperty(map3, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map3[stringKey] = jsValue;
        }
      }
      return map3;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow3 = ctx.inFlow ?? collection.flow;
      const stringify3 = flow3 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items2.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str2}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map3 = new this(schema);
        const add2 = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map3.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add2(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map3.items.sort(schema.sortMapEntries);
        }
        return map3;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map3 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map3);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map3, item);
        return map3;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map3 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map4, onError) {
        if (!identity.isMap(map4))
          onError("Expected a mapping for this tag");
        return map4;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map3;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source: source2 }, ctx) => typeof source2 === "string" && nullTag.test.test(source2) ? source2 : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source: source2, value: value2 }, ctx) {
        if (source2 && boolTag.test.test(source2)) {
          const sv = source2[0] === "t" || source2[0] === "T";
          if (value2 === sv)
            return source2;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num2 = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node2 = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node2.minFractionDigits = str2.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value: value2 } = node2;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map3 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map3.map,
      seq.seq,
      string3.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map3 = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map3.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map3 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map3);
        for (const pair2 of this.items) {
          let key, value2;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value2 = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map3.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map3.set(key, value2);
        }
        return map3;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source: source2 }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source2 && boolObj.test.test(source2))
        return source2;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node2 = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value: value2 } = node2;
      if (intIdentify(value2)) {
        const str2 = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map3, onError) {
        if (identity.isMap(map3)) {
          if (map3.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map3);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map3;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value: value2 } = node2;
      let num2 = (n) => n;
      if (typeof value2 === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map3 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map3.map,
      seq.seq,
      string3.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map3 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map3.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map3.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map3 = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map3.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path2, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow3, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value2, tag, ctx);
        if (flow3 && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value2) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code3, message) {
        super();
        this.name = name;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens2, { flow: flow3, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow3 && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow3 ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow3) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow3}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair2) => isEqual(pair2.key, search2));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map3 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map3.comment)
                map3.comment += "\n" + keyProps.comment;
              else
                map3.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map3.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map3.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map3.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map3.range = [bm.offset, offset, commentEnd ?? offset];
      return map3;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source: source2, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source2.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source2;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source2.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap3) {
            const map3 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map3.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map3.items.push(pair2);
          } else {
            const map3 = new YAMLMap.YAMLMap(ctx.schema);
            map3.flow = true;
            map3.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map3.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map3);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines2(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content3 = lines[i][1];
        if (content3 === "" || content3 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content3] = lines[i];
        if (content3 === "" || content3 === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content3.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content3] = lines[i];
        offset += indent2.length + content3.length + 1;
        const crlf = content3[content3.length - 1] === "\r";
        if (crlf)
          content3 = content3.slice(0, -1);
        if (content3 && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content3.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep + indent2.slice(trimIndent) + content3;
          sep = "\n";
        } else if (indent2.length > trimIndent || content3[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value2 += sep + indent2.slice(trimIndent) + content3;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content3 === "") {
          if (sep === "\n")
            value2 += "\n";
          else
            sep = "\n";
        } else {
          value2 += sep + content3;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source: source2 } = props[0];
      const mode = source2[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source2.length; ++i) {
        const ch = source2[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source2}`);
      let hasSpace = false;
      let comment = "";
      let length = source2.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines2(source2) {
      const split = source2.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source: source2, end } = scalar2;
      let _type;
      let value2;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source2, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source2, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source2, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source2.length, offset + source2.length]
          };
      }
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source2, onError) {
      let badChar = "";
      switch (source2[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source2[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source2[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source2);
    }
    function singleQuotedValue(source2, onError) {
      if (source2[source2.length - 1] !== "'" || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source2.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source2) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source2);
      if (!match2)
        return source2;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source2)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source2);
      return res + sep + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source2, onError) {
      let res = "";
      for (let i = 1; i < source2.length - 1; ++i) {
        const ch = source2[i];
        if (ch === "\r" && source2[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source2, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source2[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source2[i + 1];
            while (next === " " || next === "	")
              next = source2[++i + 1];
          } else if (next === "\r" && source2[i + 1] === "\n") {
            next = source2[++i + 1];
            while (next === " " || next === "	")
              next = source2[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source2, i + 1, length, onError);
            i += length;
          } else {
            const raw = source2.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source2[i + 1];
          while (next === " " || next === "	")
            next = source2[++i + 1];
          if (next !== "\n" && !(next === "\r" && source2[i + 2] === "\n"))
            res += i > wsStart ? source2.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source2[source2.length - 1] !== '"' || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source2, offset) {
      let fold = "";
      let ch = source2[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source2[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source2[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source2, offset, length, onError) {
      const cc = source2.substr(offset, length);
      const ok3 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok3 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source2.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value2);
      }
      scalar2.range = range;
      scalar2.source = value2;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node2.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node2.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node2.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node2.anchor = anchor.source.substring(1);
        if (node2.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source: source2, end }, onError) {
      const alias = new Alias.Alias(source2.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source2.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source: source2 } = src;
      return [offset, offset + (typeof source2 === "string" ? source2.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source2 = prelude[i];
        switch (source2[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source2.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source2, code3, message, warning) => {
          const pos = getErrorPos(source2);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source2 = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source2[0]) {
        case "|":
        case ">": {
          const he = source2.indexOf("\n");
          const head = source2.substring(0, he);
          const body = source2.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source: source2, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source: source2, end };
        default:
          return { type: "scalar", offset, indent: indent2, source: source2, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source2 = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source2[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source2);
          break;
        case '"':
          setFlowScalarValue(token, source2, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source2, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source2, "scalar");
      }
    }
    function setBlockScalarValue(token, source2) {
      const he = source2.indexOf("\n");
      const head = source2.substring(0, he);
      const body = source2.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source2, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source2;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source2.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source: source2, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source2.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source: source2, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source: source2, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP4 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit4(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP4;
    visit4.REMOVE = REMOVE;
    visit4.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field2, index2] of path2) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit4.parentCollection = (cst, path2) => {
      const parent = visit4.itemAtPath(cst, path2.slice(0, -1));
      const field2 = path2[path2.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports2.visit = visit4;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source2) {
      switch (source2) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source2[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM2;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source2, incomplete = false) {
        if (source2) {
          if (typeof source2 !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source2 : source2;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote3 = this.charAt(0);
        let end = this.buffer.indexOf(quote3, this.pos + 1);
        if (quote3 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source2) {
      if (source2.length < 1e5)
        Array.prototype.push.apply(target, source2);
      else
        for (let i = 0; i < source2.length; ++i)
          target.push(source2[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source2, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source2, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source2) {
        this.source = source2;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source2));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source2.length;
          return;
        }
        const type = cst.tokenType(source2);
        if (!type) {
          const message = `Not a YAML token: ${source2}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source: source2 });
          this.offset += source2.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source2.length);
              break;
            case "space":
              if (this.atNewLine && source2[0] === " ")
                this.indent += source2.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source2.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source2.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map3 = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map3;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map3) {
        const it = map3.items[map3.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map3.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map3.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map3.indent)) {
                const prev = map3.items[map3.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map3.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map3.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map3.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map3.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map3.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map3.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map3.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map3.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map3.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map3);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map3.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map3 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map3;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source2)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source2), true, source2.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports2.parse = parse4;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit4 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit4.visit;
    exports2.visitAsync = visit4.visitAsync;
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports2, module2) {
    (function() {
      var namespace;
      if (typeof module2 !== "undefined") {
        namespace = module2.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports2, module2) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module2.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// src/cli/analyse-worker.ts
var analyse_worker_exports = {};
__export(analyse_worker_exports, {
  default: () => analyseBatch
});
module.exports = __toCommonJS(analyse_worker_exports);
var import_node_fs = require("node:fs");

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// src/parse/locate.ts
function createLocator(text6) {
  const starts = [0];
  for (let i = 0; i < text6.length; i++) {
    const c = text6.charCodeAt(i);
    if (c === 10 || c === 13 && text6.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  const point3 = (offset) => {
    const o = Math.max(0, Math.min(offset, text6.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1, offset: o };
  };
  return { point: point3, span: (start, end) => ({ start: point3(start), end: point3(Math.max(start, end)) }) };
}

// node_modules/vfile/lib/minpath.js
var import_node_path = __toESM(require("node:path"), 1);

// node_modules/vfile/lib/minproc.js
var import_node_process = __toESM(require("node:process"), 1);

// node_modules/vfile/lib/minurl.js
var import_node_url = require("node:url");

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value2) {
    let options;
    if (!value2) {
      options = {};
    } else if (isUrl(value2)) {
      options = { path: value2 };
    } else if (typeof value2 === "string" || isUint8Array(value2)) {
      options = { value: value2 };
    } else {
      options = value2;
    }
    this.cwd = "cwd" in options ? "" : import_node_process.default.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field3 = order[index2];
      if (field3 in options && options[field3] !== void 0 && options[field3] !== null) {
        this[field3] = field3 === "history" ? [...options[field3]] : options[field3];
      }
    }
    let field2;
    for (field2 in options) {
      if (!order.includes(field2)) {
        this[field2] = options[field2];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? import_node_path.default.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename2) {
    assertNonEmpty(basename2, "basename");
    assertPart(basename2, "basename");
    this.path = import_node_path.default.join(this.dirname || "", basename2);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? import_node_path.default.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname3) {
    assertPath(this.basename, "dirname");
    this.path = import_node_path.default.join(dirname3 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? import_node_path.default.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = import_node_path.default.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path2) {
    if (isUrl(path2)) {
      path2 = (0, import_node_url.fileURLToPath)(path2);
    }
    assertNonEmpty(path2, "path");
    if (this.path !== path2) {
      this.history.push(path2);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? import_node_path.default.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = import_node_path.default.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding2) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding2 || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(import_node_path.default.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + import_node_path.default.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path2, name) {
  if (!path2) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// src/rules/docs-url.ts
var DOCS_BASE = "https://github.com/minutebook/minutebook/blob/main/docs/rules/";
var ruleUrl = (id) => `${DOCS_BASE}${id}.md`;

// src/core/report.ts
function severityOf(rule, config) {
  return config.rules[rule.id] ?? rule.severity;
}
function addFinding(file, rule, config, place, reason, fix2) {
  const severity = severityOf(rule, config);
  if (severity === "off") return void 0;
  const message = file.message(reason, { place, ruleId: rule.id, source: "minutebook" });
  message.fatal = severity === "error";
  message.url = ruleUrl(rule.id);
  if (fix2) message.fix = fix2;
  return message;
}
function newFile(path2, value2) {
  return new VFile(value2 === void 0 ? { path: path2 } : { path: path2, value: value2 });
}

// src/core/analysis-transfer.ts
function sendAnalysis(a) {
  const { file, tree: _tree, loc: _loc, series: _series, ...rest } = a;
  const sent = { path: file.path, messages: file.messages.map((m) => ({ ...m })), rest };
  if (typeof file.value === "string") sent.value = file.value;
  return sent;
}

// src/rules/encoding.ts
var encoding = {
  id: "encoding",
  scope: "source",
  severity: "error",
  description: "The file must be text: UTF-8, or UTF-16 or UTF-32 with a byte-order mark; no binary data, no invalid byte sequences"
};

// src/rules/input-limit.ts
var inputLimit = {
  id: "input-limit",
  scope: "source",
  severity: "error",
  description: "A minutes file is at most 1 MB, nested at most 100 levels deep, with at most 2,000 emphasis or link marks per paragraph"
};

// src/rules/frontmatter-body-mismatch.ts
var frontmatterBodyMismatch = {
  id: "frontmatter-body-mismatch",
  scope: "source",
  severity: "warn",
  description: "The front matter and the body of the minutes give the same meeting date"
};

// src/rules/frontmatter-missing.ts
var frontmatterMissing = {
  id: "frontmatter-missing",
  scope: "source",
  severity: "error",
  description: "A minutes file starts with a YAML front matter block between `---` lines"
};

// src/rules/yaml-syntax.ts
var yamlSyntax = {
  id: "yaml-syntax",
  scope: "source",
  severity: "error",
  description: "The front matter must be valid YAML (no duplicate keys, tabs for indentation, unclosed quotes\u2026)"
};

// src/rules/schema-rule.ts
function schemaRule(meta, kinds) {
  const wanted = new Set(kinds);
  return {
    ...meta,
    scope: "file",
    check(ctx) {
      for (const p of ctx.schemaProblems) if (wanted.has(p.kind)) ctx.report(p.span, p.message);
    }
  };
}

// src/rules/unknown-key.ts
var unknownKey = schemaRule(
  { id: "unknown-key", severity: "error", description: "Front-matter keys must be known ones; typos get a suggestion" },
  ["unknown-key"]
);

// src/rules/value-type.ts
var valueType = schemaRule(
  { id: "value-type", severity: "error", description: "Front-matter values must have the right type: text, number, list or map" },
  ["value-type"]
);

// src/rules/required-key.ts
var requiredKey = schemaRule(
  { id: "required-key", severity: "error", description: "Required front-matter keys (committee, code, meeting, date, attendees) must be given" },
  ["required-key"]
);

// src/rules/invalid-date.ts
var invalidDate = schemaRule(
  { id: "invalid-date", severity: "error", description: "Dates must be real calendar dates written YYYY-MM-DD; times real times written HH:MM" },
  ["invalid-date", "invalid-time"]
);

// src/schema/check.ts
var import_yaml = __toESM(require_dist(), 1);

// src/util/did-you-mean.ts
function distance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}
function closest(word2, candidates3) {
  const limit = Math.max(1, Math.floor(word2.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const c of candidates3) {
    const d = distance(word2, c);
    if (d < bestDistance && d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(word2, candidates3) {
  const c = closest(word2, candidates3);
  return c === void 0 ? "" : ` (did you mean "${c}"?)`;
}

// src/schema/spec.ts
var isDate = /^\d{4}-\d{2}-\d{2}$/;
var isTime = /^\d{2}:\d{2}(?:[ \t]*(?:[A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?$/;
var isMonth = /^\d{4}-\d{2}$/;
function realDate(s) {
  if (!isDate.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}
function timeZoneOf(s) {
  const z = s.slice(5).trim();
  return z === "" ? void 0 : z;
}
function realTime(s) {
  if (!isTime.test(s)) return false;
  const [h, m] = s.slice(0, 5).split(":").map(Number);
  return h <= 23 && m <= 59;
}

// src/schema/check.ts
var NODE_BUDGET = 2e5;
function describe(n) {
  if ((0, import_yaml.isMap)(n)) return "a map";
  if ((0, import_yaml.isSeq)(n)) return "a list";
  if ((0, import_yaml.isScalar)(n)) {
    const v = n.value;
    if (v === null) return "nothing";
    if (typeof v === "string") return `the text "${v}"`;
    if (typeof v === "number") return `the number ${n.source ?? v}`;
    if (typeof v === "boolean") return `${v}`;
  }
  return "an unsupported value";
}
function aliasResolver(doc) {
  let anchors;
  return (a) => {
    if (!anchors) {
      const index2 = /* @__PURE__ */ new Map();
      (0, import_yaml.visit)(doc, {
        Node(_key, node2) {
          const name = node2.anchor;
          if (name && !(0, import_yaml.isAlias)(node2)) index2.set(name, [...index2.get(name) ?? [], node2]);
        }
      });
      anchors = index2;
    }
    const defs = anchors.get(a.source) ?? [];
    const at3 = a.range?.[0] ?? Number.POSITIVE_INFINITY;
    let lo = 0;
    let hi = defs.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((defs[mid].range?.[0] ?? 0) < at3) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? defs[lo - 1] : void 0;
  };
}
var Walk = class {
  constructor(doc, base, loc, options) {
    this.base = base;
    this.loc = loc;
    this.options = options;
    this.resolveAlias = aliasResolver(doc);
  }
  base;
  loc;
  options;
  problems = [];
  budget = NODE_BUDGET;
  budgetReported = false;
  resolveAlias;
  spanOf(n, fallback) {
    const r = n?.range;
    return r ? this.loc.span(this.base + r[0], this.base + r[1]) : fallback;
  }
  problem(kind, message, span, path2) {
    this.problems.push({ kind, message: message.charAt(0).toUpperCase() + message.slice(1), span, path: path2 });
    return void 0;
  }
  /** The place fields of a checked value. */
  at(h) {
    return { span: h.span, ...h.keySpan ? { keySpan: h.keySpan } : {} };
  }
  expected(h, what) {
    if ((0, import_yaml.isScalar)(h.n) && h.n.value === null) return this.problem("value-type", `${h.name} has no value: expected ${what}`, h.span, h.path);
    return this.problem("value-type", `${h.name} should be ${what}, not ${describe(h.n)}`, h.span, h.path);
  }
  walk(raw, s, path2, fallback, keySpan, top = false) {
    if (--this.budget < 0) {
      if (!this.budgetReported) this.problem("value-type", "The front matter is too large or expands too many aliases to check", fallback, path2);
      this.budgetReported = true;
      return void 0;
    }
    let n = raw;
    const span = this.spanOf(n, fallback);
    if ((0, import_yaml.isAlias)(n)) {
      n = this.resolveAlias(n);
      if (!n) return this.problem("value-type", `\`${path2}\` refers to an unknown anchor`, span, path2);
    }
    const h = { n, span, keySpan, path: path2, name: path2 ? `\`${path2}\`` : "the front matter", top };
    switch (s.kind) {
      case "list":
        return this.list(h, s.of);
      case "record":
      case "object":
        return this.map(h, s);
      case "either": {
        for (const alt of s.of) {
          const fits = alt.kind === "list" && (0, import_yaml.isSeq)(n) || (alt.kind === "object" || alt.kind === "record") && (0, import_yaml.isMap)(n) || (0, import_yaml.isScalar)(n) && !["list", "object", "record"].includes(alt.kind) && (alt.kind !== "boolean" || typeof n.value === "boolean");
          if (fits) return this.walk(raw, alt, path2, fallback, keySpan);
        }
        return this.expected(h, s.of.map(describeSpec).join(" or "));
      }
      default:
        return this.scalar(h, s);
    }
  }
  scalar(h, s) {
    const { n, name, span, path: path2 } = h;
    switch (s.kind) {
      case "string":
      case "markdown": {
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string") return this.expected(h, s.kind === "markdown" ? "Markdown text" : "text");
        if (s.kind === "string" && s.pattern && !s.pattern.test(n.value)) return this.problem("value-type", `${name} "${n.value}" should be ${s.patternHint}`, span, path2);
        return { kind: "scalar", value: n.value, ...this.at(h) };
      }
      case "text": {
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string" && typeof n.value !== "number") return this.expected(h, "text or a number");
        const text6 = typeof n.value === "number" ? n.source ?? String(n.value) : n.value;
        if (s.pattern && !s.pattern.test(text6)) return this.problem("value-type", `${name} "${text6}" should be ${s.patternHint}`, span, path2);
        return { kind: "scalar", value: text6, ...this.at(h) };
      }
      case "integer":
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "number" || !Number.isInteger(n.value)) return this.expected(h, "a whole number");
        if (s.min !== void 0 && n.value < s.min) return this.problem("value-type", `${name} ${n.value} should be at least ${s.min}`, span, path2);
        return { kind: "scalar", value: n.value, ...this.at(h) };
      case "boolean":
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "boolean") return this.expected(h, "true or false");
        return { kind: "scalar", value: n.value, ...this.at(h) };
      case "enum": {
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string") return this.expected(h, `one of ${s.values.join(", ")}`);
        const v = n.value;
        const hit = s.values.find((x) => s.caseInsensitive ? x.toLowerCase() === v.toLowerCase() : x === v);
        if (hit === void 0) return this.problem("value-type", `${name} "${v}" should be one of ${s.values.join(", ")}${didYouMean(v, s.values)}`, span, path2);
        return { kind: "scalar", value: hit, ...this.at(h) };
      }
      default:
        return this.dateOrTime(h, s);
    }
  }
  dateOrTime(h, s) {
    const { n, name, span, path: path2 } = h;
    switch (s.kind) {
      case "date": {
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string") return this.expected(h, "a date written YYYY-MM-DD");
        const v = n.value.trim();
        if (!isDate.test(v)) return this.problem("invalid-date", `${name} "${n.value}" is not a date written YYYY-MM-DD`, span, path2);
        if (!realDate(v)) return this.problem("invalid-date", `${name} ${v} is not a real calendar date`, span, path2);
        return { kind: "scalar", value: v, ...this.at(h) };
      }
      case "time": {
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string") return this.expected(h, 'a time written "HH:MM"');
        const v = n.value.trim();
        if (!isTime.test(v)) return this.problem("invalid-time", `${name} "${n.value}" is not a time written HH:MM (a time zone may follow: "15:00 GMT")`, span, path2);
        if (!realTime(v)) return this.problem("invalid-time", `${name} ${v} is not a real time of day`, span, path2);
        return { kind: "scalar", value: v, ...this.at(h) };
      }
      case "when": {
        if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string" && typeof n.value !== "number") return this.expected(h, 'a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC"');
        const v = String(n.value).trim();
        if (v === "") return this.expected(h, 'a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC"');
        const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
        if (day !== void 0 && !realDate(day)) return this.problem("invalid-date", `${name} ${day} is not a real calendar date`, span, path2);
        const month = /^\d{4}-\d{2}(?!-)/.exec(v)?.[0];
        if (month !== void 0 && isMonth.test(month) && !realDate(`${month}-01`)) return this.problem("invalid-date", `${name} ${month} is not a real month`, span, path2);
        return { kind: "scalar", value: v, ...this.at(h) };
      }
    }
  }
  list(h, of) {
    if (!(0, import_yaml.isSeq)(h.n)) return this.expected(h, "a list");
    const items2 = [];
    h.n.items.forEach((item, i) => {
      const c = this.walk(item, of, `${h.path}[${i}]`, h.span);
      if (c) items2.push(c);
    });
    return { kind: "list", items: items2, ...this.at(h) };
  }
  map(h, s) {
    const { n, span, path: path2, name } = h;
    if (s.kind === "object" && s.shorthand && (0, import_yaml.isScalar)(n) && typeof n.value === "string") {
      const inner = { kind: "scalar", value: n.value, span };
      return { kind: "map", entries: [[s.shorthand, inner]], ...this.at(h) };
    }
    const empty2 = h.top && (n == null || (0, import_yaml.isScalar)(n) && n.value === null);
    if (!(0, import_yaml.isMap)(n) && !empty2) {
      return this.expected(h, s.kind === "object" && s.shorthand ? `a ${s.name}: a name or a map with \`${s.shorthand}\`` : "a map of keys and values");
    }
    const entries2 = [];
    const seen = /* @__PURE__ */ new Set();
    for (const pair2 of (0, import_yaml.isMap)(n) ? n.items : []) {
      const k = pair2.key;
      const kSpan = this.spanOf(k, span);
      if (!(0, import_yaml.isScalar)(k) || typeof k.value !== "string" && typeof k.value !== "number") {
        this.problem("value-type", `A key in ${name} should be text, not ${describe(k)}`, kSpan, path2);
        continue;
      }
      const key = String(k.value);
      const childPath = path2 ? `${path2}.${key}` : key;
      const valueNode = pair2.value;
      if (s.kind === "record") {
        const c2 = this.walk(valueNode, s.of, childPath, kSpan, kSpan);
        if (c2) entries2.push([key, c2]);
        continue;
      }
      const field2 = s.fields[key];
      if (!field2) {
        const where = path2 ? ` in ${s.name} \`${path2}\`` : "";
        this.problem("unknown-key", `Unknown key "${key}"${where}${didYouMean(key, Object.keys(s.fields))}`, kSpan, childPath);
        continue;
      }
      seen.add(key);
      const c = this.walk(valueNode, field2.spec, childPath, kSpan, kSpan);
      if (c) entries2.push([key, c]);
    }
    if (s.kind === "object") this.missingKeys(h, s, seen);
    return { kind: "map", entries: entries2, ...this.at(h) };
  }
  /** The required keys of an object that are not there, each reported at the object's key. */
  missingKeys(h, s, seen) {
    for (const [key, field2] of Object.entries(s.fields)) {
      if (!field2.required || field2.missingReportedBy || seen.has(key) || h.top && this.options.satisfied?.has(key)) continue;
      const where = h.path ? ` \`${h.path}\`` : " the front matter";
      const anchor = h.keySpan ?? this.loc.span(h.span.start.offset, h.span.start.offset);
      this.problem("required-key", `Missing required key "${key}" in${where}`, anchor, h.path ? `${h.path}.${key}` : key);
    }
  }
};
function checkYaml(doc, spec, base, loc, options = {}) {
  const w = new Walk(doc, base, loc, options);
  const root2 = w.walk(doc.contents, spec, "", loc.span(base, base), void 0, true);
  const problems = w.problems.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return root2 ? { root: root2, problems } : { problems };
}
function describeSpec(s) {
  if (s.kind === "record" || s.kind === "object") return "a map of keys and values";
  if (s.kind === "list") return "a list";
  return `a ${s.kind}`;
}
function field(m, key) {
  if (!m || m.kind !== "map") return void 0;
  for (const [k, v] of m.entries) if (k === key) return v;
  return void 0;
}
function scalar(m, key) {
  const v = field(m, key);
  return v?.kind === "scalar" ? v.value : void 0;
}

// src/model/checked-read.ts
function fieldSpans(m) {
  const out = {};
  if (m.kind !== "map") return out;
  for (const [k, v] of m.entries) out[k] = v.keySpan ? { key: v.keySpan, value: v.span } : { value: v.span };
  return out;
}
function entries(m) {
  return m?.kind === "map" ? m.entries : [];
}
function items(m) {
  return m?.kind === "list" ? m.items : [];
}

// src/vocabulary/words.ts
var WORDS = {
  /** Titles and honorifics before a name; ignored when matching names, kept for display. */
  titles: [
    "Cllr",
    "Cllrs",
    "Clr",
    "Councillor",
    "Councillors",
    "County Councillor",
    "Borough Councillor",
    "District Councillor",
    "Town Councillor",
    "Parish Councillor",
    "City Councillor",
    "Comhairleoir",
    "Alderman",
    "Mayor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Rev",
    "Revd",
    "Inspector",
    "Sgt"
  ],
  /** Titles after a name ("Chris Stephens MP"), written in capitals. */
  post_titles: ["MP", "MSP", "MEP", "MS", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "JP"],
  /** A plural title shared by the names after it ("Cllrs. D. Rhys and M. Oakes"). */
  plural_titles: ["Cllrs", "Councillors", "Drs", "Profs", "Messrs", "Mmes"],
  /** Abbreviations that end with a full stop inside a sentence, besides the titles and initials. */
  abbreviations: ["St", "No", "Nos", "vs", "etc", "e.g", "i.e", "approx", "Co", "Ltd", "Inc", "Jr", "Sr"],
  /** Offices that own actions and stand for a person ("the Clerk to write …"). */
  roles: [
    "chair",
    "chairs",
    "chairman",
    "chairwoman",
    "chairperson",
    "vice chair",
    "vice-chair",
    "deputy chair",
    "assistant chair",
    "clerk",
    "deputy clerk",
    "assistant clerk",
    "secretary",
    "secretariat",
    "treasurer",
    "president",
    "vice president",
    "vice-president",
    "mayor",
    "deputy mayor",
    "minute taker",
    "minute-taker",
    "note taker",
    "note-taker",
    "convenor",
    "convener",
    "coordinator",
    "director",
    "manager",
    "officer",
    "auditor",
    "quartermaster"
  ],
  /** The roles that say who chaired ("role: chair", "(AL - chairperson)"). */
  chair_roles: ["chair", "chairman", "chairwoman", "chairperson", "chair of the meeting", "presiding"],
  /** Words in brackets after a name that say what the person does there ("AL - chair"). */
  person_roles: [
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "vice chair",
    "vice-chair",
    "deputy chair",
    "secretary",
    "minutes",
    "minute taker",
    "minute-taker",
    "note taker",
    "note-taker",
    "treasurer",
    "clerk",
    "president",
    "vice president",
    "vice-president",
    "convenor",
    "convener",
    "observer",
    "presenter",
    "speaker",
    "director",
    "member"
  ],
  /** Everyone present, or the whole body, as owner of an action. */
  collective_owners: [
    "all",
    "everyone",
    "everybody",
    "all present",
    "members",
    "all members",
    "board members",
    "all board members",
    "committee members",
    "all committee members",
    "council members",
    "all council members",
    "group members",
    "all group members",
    "club members",
    "all club members",
    "EC members",
    "all EC members",
    "the board",
    "the committee",
    "the council",
    "the group",
    "the club",
    "the meeting",
    "each person",
    "every person",
    "each member",
    "every member"
  ],
  /** Written where an owner belongs but naming nobody. */
  owner_placeholders: ["?", "??", "???", "TBC", "TBD", "TBA", "N/A", "NA", "-", "--", "\u2013", "\u2014", "none", "nobody", "unknown", "unassigned", "owner"],
  /** What joins two owners ("AL/TR", "AL + TR", "AL, TR", "TR & KM", "D. Rhys and M. Oakes"). */
  owner_separators: ["/", "+", ",", ";", "&", "and", "with"],
  /** Section titles. Each family is matched against a whole heading, numbers and punctuation aside. */
  section_attendance: [
    "attendance",
    "present",
    "members present",
    "directors present",
    "in attendance",
    "attendees",
    "attending",
    "participants",
    "apologies and attendance",
    "attendance and apologies"
  ],
  section_apologies: [
    "apologies",
    "apologies for absence",
    "apologies and absence",
    "apologies received",
    "regrets",
    "absent",
    "absentees",
    "unavailable",
    "not present"
  ],
  /** A list or table of this meeting's actions. */
  section_actions: [
    "action",
    "actions",
    "actions agreed",
    "actions arising",
    "action points",
    "action point",
    "action items",
    "action item",
    "action summary",
    "action list",
    "action log",
    "action register",
    "new actions",
    "agreed actions",
    "summary of actions",
    "summary of the actions",
    "list of actions",
    "summary of action points",
    "new action items",
    "joblist",
    "job list",
    "resulting joblist",
    "resulting job list",
    "jobs",
    "tasks",
    "to do",
    "to-do list",
    "todo"
  ],
  /** Where earlier actions are reviewed. */
  section_action_review: [
    "review [of] [the] [previous|earlier|outstanding|open|last] [meeting's] actions [items|points] [from] [the] [previous|last] [meeting|meetings]",
    "actions (from|of|arising from) [the] (previous|earlier|last) [meeting|meetings]",
    "action items (from|of) [the] (previous|earlier|last) [meeting|meetings]",
    "review previous meeting's action items",
    "(outstanding|open|previous) actions",
    "carried forward actions",
    "carried-forward actions",
    "actions outstanding",
    "actions carried forward",
    "old business"
  ],
  section_matters_arising: ["matters arising", "matters arising from [the] minutes", "matters arising from [the] (previous|last) meeting"],
  section_previous_minutes: [
    "minutes",
    "minutes of [the] (previous|last) meeting",
    "(approval|review) of [the] minutes",
    "(approval|review) of [the] minutes of [the] (previous|last) meeting",
    "previous meeting's minutes",
    "review previous meeting's minutes",
    "previous meeting",
    "the minutes"
  ],
  section_any_other_business: ["any other business", "any other competent business", "AOB", "AOCB", "other business"],
  section_next_meeting: ["next meeting", "next meetings", "date of [the] next meeting", "dates of [the] next meetings", "date and venue of [the] next meeting", "meeting times"],
  section_close: ["close", "close of meeting", "closure", "adjournment", "end of meeting", "meeting closed"],
  section_agenda: ["agenda", "meeting agenda", "(approval|adoption) of [the] agenda"],
  /** Other sections that minutes hold wherever they need them, never numbered in a scheme. */
  section_procedural: [
    "welcome",
    "welcome and introductions",
    "welcome and introduction",
    "introductions",
    "introduction",
    "opening",
    "opening of [the] meeting",
    "open of [the] meeting",
    "election of [the] (chair|chairperson|president|convenor|mayor|deputy mayor)",
    "appointment of [the] (chair|chairperson)",
    "declaration of interest",
    "declarations of interest",
    "declaration of interests",
    "declarations of interests",
    "conflict of interest",
    "conflicts of interest",
    "conflict of interests",
    "quorum",
    "correspondence"
  ],
  section_annex: ["annex", "annexe", "appendix", "attachment", "enclosure", "schedule"],
  section_signature: ["signed", "signature", "signatures", "s\xEDnithe", "approved by", "signed as a (true|correct) record", "chair's signature", "chairman's signature", "chairperson's signature"],
  /** Table columns, matched against a whole header cell. */
  column_owner: ["owner", "owners", "who", "by whom", "resp", "resp.", "responsible", "responsibility", "lead", "leads", "by", "action by", "assigned to", "assignee", "person"],
  column_due: ["due", "due date", "deadline", "target", "target date", "by when", "when", "timeline", "timescale", "date due"],
  column_status: ["status", "state", "progress", "update"],
  column_number: ["id", "#", "no", "no.", "ref", "ref.", "number", "action id", "action no", "action no.", "action number", "item"],
  column_action: ["action", "actions", "description", "task", "tasks", "action point", "action points", "what"],
  /** Review status: still open. Phrases before single words: "not yet complete" is open. */
  status_open: [
    "not done",
    "not yet done",
    "not complete",
    "not yet complete",
    "not completed",
    "not yet completed",
    "not started",
    "not yet started",
    "incomplete",
    "ongoing",
    "on-going",
    "in progress",
    "carried forward",
    "carry forward",
    "pending",
    "open",
    "outstanding",
    "progressing"
  ],
  /** Review status: closed. */
  status_closed: ["closed", "done", "complete", "completed", "finished", "resolved", "superseded", "withdrawn"],
  /** Motions. */
  motion_moved: ["proposed", "moved"],
  motion_seconded: ["seconded"],
  outcome_carried: ["carried", "passed", "approved", "agreed", "accepted", "adopted"],
  outcome_lost: ["lost", "defeated", "rejected", "fell", "failed"],
  outcome_withdrawn: ["withdrawn"],
  outcome_deferred: ["deferred"],
  vote_unanimous: ["unanimous", "unanimously"],
  vote_nem_con: ["nem con", "nem. con.", "nem. con", "nemine contradicente"],
  /** Verbs of a decision in prose when the committee is the subject ("The committee agreed …"). */
  decision_verbs: [
    "agreed",
    "resolved",
    "decided",
    "approved",
    "authorised",
    "authorized",
    "authorises",
    "authorizes",
    "endorsed",
    "adopted",
    "accepted",
    "ratified",
    "elected",
    "appointed",
    "rejected",
    "deferred"
  ],
  /** Subjects that stand for the committee in prose decisions. */
  decision_subjects: [
    "the committee",
    "the board",
    "the council",
    "the meeting",
    "the group",
    "the executive",
    "the trustees",
    "the directors",
    "members",
    "the members",
    "committee members",
    "board members"
  ],
  /** Bold capitalised verbs that mark a decision in format v1. */
  marked_decision_verbs: ["NOTED", "AGREED", "APPROVED", "ENDORSED", "RESOLVED", "DECIDED", "REJECTED", "DEFERRED"]
};
var FAMILIES = Object.keys(WORDS);
var DEFAULT_VOCABULARY = WORDS;
function extendVocabulary(base, extra) {
  if (FAMILIES.every((f) => (extra[f] ?? []).length === 0)) return base;
  const out = {};
  for (const f of FAMILIES) {
    const more = extra[f] ?? [];
    out[f] = more.length === 0 ? base[f] : [.../* @__PURE__ */ new Set([...base[f], ...more])];
  }
  return out;
}

// src/vocabulary/patterns.ts
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function word(w) {
  return w.trim().split(/\s+/).map((x) => x.split(/['’]/).map(esc).join("['\u2019]?")).join("\\s+");
}
function tokens(phrase) {
  const out = [];
  let cur = "";
  let depth = 0;
  for (const c of phrase.trim()) {
    if (c === "[" || c === "(") depth++;
    if (c === "]" || c === ")") depth = Math.max(0, depth - 1);
    if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}
function phraseSource(phrase) {
  let out = "";
  let first = true;
  for (const t of tokens(phrase)) {
    const opt = /^\[(.+)\]$/.exec(t);
    const req = t.length > 2 && t.includes("|") ? /^\((.+)\)$/.exec(t) : null;
    const alts = (opt ?? req)?.[1].split("|").map(word).join("|");
    const body = alts !== void 0 ? `(?:${alts})` : word(t);
    if (opt) out += first ? `(?:${body}\\s+)?` : `(?:\\s+${body})?`;
    else {
      out += first ? body : `\\s+${body}`;
      first = false;
    }
  }
  return out;
}
function alternatives(phrases) {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join("|")})`;
}
var titleKey = (w) => w.replace(/\.$/, "").toLowerCase();
var whole = (phrases, flags = "i") => new RegExp(`^${alternatives(phrases)}$`, flags);
var built = /* @__PURE__ */ new WeakMap();
function patternsOf(v = DEFAULT_VOCABULARY) {
  let p = built.get(v);
  if (!p) {
    p = build(v);
    built.set(v, p);
  }
  return p;
}
function build(v) {
  const single = v.titles.filter((t) => !/\s/.test(t.trim()));
  const multi = v.titles.filter((t) => /\s/.test(t.trim())).map((t) => t.trim().split(/\s+/).map(titleKey));
  const families = (prefix) => Object.fromEntries(
    Object.keys(v).filter((f) => f.startsWith(prefix)).map((f) => [f.slice(prefix.length), whole(v[f])])
  );
  const sep = v.owner_separators.map((s) => new RegExp("^\\p{L}+$", "u").test(s) ? `\\b${esc(s)}\\b` : s === "&" ? "(?<![\\p{L}\\p{N}])&|&(?![\\p{L}\\p{N}])" : esc(s)).join("|");
  const open = alternatives(v.status_open);
  const closed = alternatives(v.status_closed);
  return {
    vocabulary: v,
    titleKeys: new Set(single.map(titleKey)),
    multiTitles: multi,
    postTitleKeys: new Set(v.post_titles.map(titleKey)),
    title: `(?:${[...v.titles].sort((a, b) => b.length - a.length).map((t) => phraseSource(titleKey(t))).join("|")})\\.?`,
    titleAsWritten: `(?:${[...v.titles].sort((a, b) => b.length - a.length).map((t) => phraseSource(t.replace(/\.$/, ""))).join("|")})\\.?`,
    sharedTitle: new RegExp(`^${alternatives(v.plural_titles.map(titleKey))}\\.?\\s+`, "i"),
    abbreviation: `(?:${[...v.titles, ...v.abbreviations].filter((t) => !/\s/.test(t)).map((t) => esc(t.replace(/\.$/, ""))).join("|")})`,
    role: new RegExp(`^(?:(?:the|our)\\s+)?${alternatives(v.roles)}s?$`, "i"),
    personRole: whole(v.person_roles),
    everyone: whole(v.collective_owners),
    ownerPlaceholder: new RegExp(`^(?:${[...v.owner_placeholders].sort((a, b) => b.length - a.length).map((s) => s === "?" ? "\\?+" : s === "-" ? "-+" : s.toLowerCase() === "n/a" ? "n\\/?a" : esc(s)).join("|")})$`, "i"),
    ownerSplit: new RegExp(`\\s*(?:${sep})\\s*`, "iu"),
    ownerSeparator: `(?:${sep})`,
    chairRole: whole(v.chair_roles),
    section: families("section_"),
    sectionStart: Object.fromEntries(Object.keys(v).filter((f) => f.startsWith("section_")).map((f) => [f.slice("section_".length), new RegExp(`^${alternatives(v[f])}(?![\\p{L}])`, "iu")])),
    column: families("column_"),
    statusOpen: new RegExp(`\\b(${open})\\b`, "i"),
    statusClosed: new RegExp(`\\b(${closed})\\b`, "i"),
    statusWords: `(?:${open}|${closed})`,
    moved: alternatives(v.motion_moved),
    seconded: alternatives(v.motion_seconded),
    outcome: alternatives([...v.outcome_carried, ...v.outcome_lost, ...v.outcome_withdrawn, ...v.outcome_deferred]),
    outcomeLost: whole(v.outcome_lost),
    outcomeWithdrawn: whole(v.outcome_withdrawn),
    outcomeDeferred: whole(v.outcome_deferred),
    unanimous: new RegExp(`\\b${alternatives(v.vote_unanimous)}\\b`, "i"),
    nemCon: new RegExp(`\\b${alternatives(v.vote_nem_con)}(?!\\p{L})`, "iu"),
    decisionVerbs: alternatives(v.decision_verbs),
    decisionSubjects: v.decision_subjects
  };
}
function sectionTitle(title) {
  return title.replace(/^\s*(?:item\s+)?(?:\(?[0-9]{1,4}(?:[./][0-9]{1,4})*[.:)]?|\(?[a-z]{1,4}\)|[a-z][.)])\s+/i, "").replace(/^[\s*_\-–—:]+|[\s*_.:;,\-–—]+$/g, "").trim();
}
function titleAt(p, words3, i) {
  for (const m of p.multiTitles) if (m.every((w, k) => words3[i + k] !== void 0 && titleKey(words3[i + k]) === w)) return m.length;
  return words3[i] !== void 0 && p.titleKeys.has(titleKey(words3[i])) ? 1 : 0;
}

// src/model/person-parse.ts
var PARTICLES = /* @__PURE__ */ new Set(["\xF3", "n\xED", "nic", "mac", "mhic", "u\xED", "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "st", "st.", "ap", "bin", "ibn"]);
var INITIALS = /^[A-Z][A-Za-z]{0,2}[A-Z]$|^[A-Z]{2,4}$/;
var REMOTE = /^(?:via\s+(?:phone|telephone|zoom|teams|video|video ?link|skype)|by\s+(?:phone|telephone|video)|remote(?:ly)?|online|virtual(?:ly)?|dial[- ]in)$/i;
var PUBLIC = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:members?\s+of\s+(?:the\s+)?public|residents?|visitors?|observers?)$/i;
var NUMBER_WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
function titleSets(extra = [], v = DEFAULT_VOCABULARY) {
  return patternsOf(extra.length === 0 ? v : extendVocabularyOnce(v, extra));
}
var extended = /* @__PURE__ */ new Map();
function extendVocabularyOnce(v, extra) {
  if (v !== DEFAULT_VOCABULARY) return extendVocabulary(v, { titles: extra });
  const key = extra.join("\0");
  let out = extended.get(key);
  if (!out) {
    out = extendVocabulary(v, { titles: extra });
    extended.set(key, out);
  }
  return out;
}
var DEFAULT_SETS = titleSets();
function titleKey2(word2) {
  return word2.replace(/\.$/, "").toLowerCase();
}
function parsePerson(written, sets = DEFAULT_SETS) {
  let rest = written.replace(/\s+/g, " ").trim();
  const out = { titles: [], name: "", full: "" };
  const crowd = PUBLIC.exec(rest);
  if (crowd) {
    const n = crowd[1].toLowerCase();
    out.count = NUMBER_WORDS[n] ?? Number(n);
    out.public = true;
    out.name = rest;
    out.full = rest;
    return out;
  }
  const notes = [];
  rest = rest.replace(/\(([^()]*)\)/g, (_, inner) => {
    notes.push(inner.trim());
    return " ";
  }).replace(/\s+/g, " ").trim();
  for (const note of notes) readNote(note, out, sets);
  const bracketed = out.initials;
  const comma = rest.indexOf(",");
  if (comma >= 0) {
    const org = rest.slice(comma + 1).replace(/^[\s,]+|[\s,]+$/g, "");
    rest = rest.slice(0, comma).trim();
    if (org) {
      const remoteTail = /\s*\b(via\s+\w+)$/i.exec(org);
      out.organisation = org;
      if (remoteTail && REMOTE.test(remoteTail[1])) {
        out.remote = true;
        out.organisation = org.slice(0, remoteTail.index).trim();
      }
    }
  }
  out.full = rest;
  const words3 = rest.split(" ").filter(Boolean);
  for (let n = titleAt(sets, words3, 0); n > 0 && words3.length > n; n = titleAt(sets, words3, 0)) out.titles.push(words3.splice(0, n).join(" "));
  const post = [];
  while (words3.length > 1 && sets.postTitleKeys.has(titleKey2(words3[words3.length - 1])) && /^[A-Z]/.test(words3[words3.length - 1]) && words3[words3.length - 1] === words3[words3.length - 1].toUpperCase()) post.unshift(words3.pop());
  out.titles.push(...post);
  out.name = words3.join(" ");
  if (words3.length > 1) {
    let first = words3.length - 1;
    while (first > 0 && PARTICLES.has(words3[first - 1].toLowerCase())) first--;
    out.surname = words3.slice(first).join(" ");
    if (first > 0) out.given = words3.slice(0, first).join(" ");
  } else if (words3.length === 1) {
    out.surname = words3[0];
  }
  if (bracketed !== void 0 && !fitsName(bracketed, out.name)) {
    delete out.initials;
    if (out.organisation === void 0) out.organisation = bracketed;
  }
  return out;
}
function readNote(note, out, sets) {
  let m;
  if (m = /^representing\s+(.+)$/i.exec(note)) out.representing = m[1].trim();
  else if (m = /^(?:alternate|substitute|deputising|deputy)\s+for\s+(.+)$/i.exec(note)) out.alternateFor = m[1].trim();
  else if (/^part(?:\s+of\s+(?:the\s+)?meeting)?$/i.test(note)) out.part = true;
  else if (m = /^(?:agenda\s+)?items?\s+(.+)$/i.exec(note)) {
    out.items = m[1].split(/\s*(?:,|and|&)\s*/).map((s) => s.trim()).filter((s) => /^\d+(?:\.\d+)*$/.test(s));
    out.part = true;
  } else if (REMOTE.test(note)) out.remote = true;
  else {
    const parts = note.split(/\s+[-–—]\s+|\s*;\s*|\s*,\s*/).map((s) => s.trim()).filter(Boolean);
    for (const p of parts) {
      if (/^@[\w.-]+$/.test(p)) out.handle = p;
      else if (!out.initials && INITIALS.test(p)) out.initials = p;
      else if (REMOTE.test(p)) out.remote = true;
      else if (!out.role && sets.personRole.test(p)) out.role = p;
      else if (!out.role) out.role = p;
    }
  }
}
function fitsName(initials, name) {
  const letters = initials.replace(/[^\p{Lu}]/gu, "");
  const words3 = name.split(/[\s-]+/).filter((w) => new RegExp("^\\p{L}", "u").test(w));
  if (letters.length === 0 || words3.length === 0) return false;
  const first = words3[0][0].toUpperCase();
  const last = words3[words3.length - 1][0].toUpperCase();
  if (words3.length === 1) return letters[0] === first;
  return letters[0] === first && letters.slice(1).includes(last) && letters.length <= words3.length + 2;
}

// src/util/memo.ts
var memos = /* @__PURE__ */ new Set();
function memoise(fn, limit) {
  const cache = /* @__PURE__ */ new Map();
  memos.add(cache);
  return (key) => {
    if (cache.has(key)) return cache.get(key);
    const value2 = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value2);
    return value2;
  };
}

// src/model/people.ts
function readPeople(groups, list3, titles) {
  if (groups?.kind === "list") return [{ name: "", span: groups.keySpan ?? groups.span, people: groups.items.map((p) => readPerson(p, "", list3, titles)) }];
  return entries(groups).map(([name, people]) => ({
    name,
    span: people.keySpan ?? people.span,
    people: items(people).map((p) => readPerson(p, name, list3, titles))
  }));
}
function readPerson(p, group, list3, titles) {
  const nameNode = field(p, "name");
  const raw = (scalar(p, "name") ?? "").trim();
  const parts = parsePerson(raw, titles);
  const isString = nameNode !== void 0 && nameNode.keySpan === void 0;
  const person = {
    name: isString && /[(,]/.test(raw) ? parts.full || raw : raw,
    group,
    list: list3,
    span: p.span,
    nameSpan: nameNode?.span ?? p.span,
    fields: fieldSpans(p),
    parts
  };
  if (isString) {
    person.written = raw;
    if (parts.role !== void 0) person.role = parts.role;
    if (parts.alternateFor !== void 0) person.alternateFor = parts.alternateFor;
    if (parts.part) person.part = true;
    if (parts.items) person.items = parts.items;
    if (parts.remote) person.remote = true;
    if (parts.initials !== void 0) person.initials = parts.initials;
    if (parts.representing !== void 0) person.representing = parts.representing;
    if (parts.organisation !== void 0) person.organisation = parts.organisation;
  }
  for (const key of ["representing", "organisation"]) {
    const v = scalar(p, key);
    if (v !== void 0) person[key] = v.trim();
  }
  const role = scalar(p, "role");
  if (role !== void 0) person.role = role.trim();
  const alt = scalar(p, "alternate_for");
  if (alt !== void 0) person.alternateFor = alt.trim();
  const its = field(p, "items");
  if (its?.kind === "list") {
    const written = its.items.filter((i) => i.kind === "scalar");
    person.items = written.map((i) => String(i.value));
    person.itemSpans = written.map((i) => i.span);
  }
  const part = scalar(p, "part");
  if (typeof part === "boolean") person.part = part;
  else if (typeof part === "string") {
    person.part = true;
    person.partText = part.trim();
  }
  const remote = scalar(p, "remote");
  if (remote !== void 0) person.remote = remote;
  const initials = scalar(p, "initials");
  if (initials !== void 0) person.initials = initials.trim();
  const proxy = scalar(p, "proxy_to");
  if (proxy !== void 0) person.proxyTo = proxy.trim();
  return person;
}
var normaliseName = memoise((s) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase(), 2e3);

// src/model/identity.ts
function identities(roster) {
  const byName = /* @__PURE__ */ new Map();
  for (const m of roster) if (m.name.trim() && !byName.has(normaliseName(m.name))) byName.set(normaliseName(m.name), m);
  for (const m of roster) for (const a of m.aliases) if (a.trim() && !byName.has(normaliseName(a))) byName.set(normaliseName(a), m);
  const index2 = new Map(roster.map((m, i) => [m, i]));
  const member = (name) => byName.get(normaliseName(name));
  return {
    member,
    key(name) {
      const m = member(name);
      return m ? `member:${index2.get(m)}` : `name:${normaliseName(name)}`;
    }
  };
}
function presentPeople(meeting) {
  return meeting.people.filter((p) => p.list !== "apologies");
}
function presentByKey(meeting, ids) {
  const present = /* @__PURE__ */ new Map();
  for (const p of presentPeople(meeting)) if (p.name && !present.has(ids.key(p.name))) present.set(ids.key(p.name), p);
  return present;
}
function describeListing(p) {
  return `${p.list}${p.group ? ` (${p.group})` : ""} on line ${p.nameSpan.start.line}`;
}

// src/rules/duplicate-person.ts
var duplicatePerson = {
  id: "duplicate-person",
  scope: "file",
  severity: "error",
  description: "A person must be listed once among attendees and participants, and once among apologies",
  check(ctx) {
    const ids = identities(ctx.config.roster);
    const firstPresent = /* @__PURE__ */ new Map();
    const firstApology = /* @__PURE__ */ new Map();
    for (const p of ctx.meeting.people) {
      if (!p.name) continue;
      const seen = p.list === "apologies" ? firstApology : firstPresent;
      const key = ids.key(p.name);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      const spelling = first.name === p.name ? "" : ` as "${first.name}"`;
      const member = ids.member(p.name);
      const via = member && normaliseName(first.name) !== normaliseName(p.name) ? ` (the same roster member, ${member.name})` : "";
      ctx.report(p.nameSpan, `"${p.name}" is listed twice: already in ${describeListing(first)}${spelling}${via}`);
    }
  }
};

// src/rules/present-and-apologies.ts
var presentAndApologies = {
  id: "present-and-apologies",
  scope: "file",
  severity: "error",
  description: "A person cannot be both present (attendees or participants) and in apologies",
  check(ctx) {
    const ids = identities(ctx.config.roster);
    const present = presentByKey(ctx.meeting, ids);
    for (const a of ctx.meeting.people) {
      if (a.list !== "apologies" || !a.name) continue;
      const there = present.get(ids.key(a.name));
      if (!there) continue;
      const spelling = there.name === a.name ? "" : ` as "${there.name}"`;
      ctx.report(a.nameSpan, `"${a.name}" sent apologies but is also listed as present: ${describeListing(there)}${spelling}`);
    }
  }
};

// src/rules/alternate-member-present.ts
var alternateMemberPresent = {
  id: "alternate-member-present",
  scope: "file",
  severity: "error",
  description: "An alternate cannot stand in for a member who is present, for themselves, or for a member who already has an alternate",
  check(ctx) {
    const ids = identities(ctx.config.roster);
    const present = presentByKey(ctx.meeting, ids);
    const standingIn = /* @__PURE__ */ new Map();
    for (const p of ctx.meeting.people) {
      const member = p.alternateFor;
      const at3 = p.fields.alternate_for?.value;
      if (!member || !at3 || !p.name) continue;
      const key = ids.key(member);
      if (key === ids.key(p.name)) {
        ctx.report(at3, `"${p.name}" is given as the alternate for "${member}", that is for themselves: name the member they stand in for`);
        continue;
      }
      if (p.list === "apologies") continue;
      const there = present.get(key);
      if (there) {
        ctx.report(at3, `"${p.name}" is the alternate for "${member}", but "${there.name}" is present too, listed in ${describeListing(there)}`);
        continue;
      }
      const other = standingIn.get(key);
      if (other && ids.key(other.name) !== ids.key(p.name)) {
        ctx.report(at3, `"${p.name}" is the alternate for "${member}", but so is "${other.name}" (${describeListing(other)}): a member has one alternate`);
      } else if (!other) standingIn.set(key, p);
    }
  }
};

// src/rules/part-item-unknown.ts
var canonical = (n) => n.split(".").map((s) => String(Number(s))).join(".");
var partItemUnknown = {
  id: "part-item-unknown",
  scope: "file",
  severity: "error",
  description: "Part attendance (`items`) must name agenda items that exist in the body",
  check(ctx) {
    const numbers = [];
    const walk2 = (list3) => list3.forEach((i) => {
      numbers.push(i.number);
      walk2(i.children);
    });
    walk2(ctx.meeting.agenda);
    const known2 = new Set(numbers.map(canonical));
    const listing = numbers.length === 0 ? "the body has no agenda items (## headings)" : `the agenda items are ${numbers.length > 15 ? `${numbers.slice(0, 15).join(", ")}\u2026` : numbers.join(", ")}`;
    for (const p of ctx.meeting.people) {
      (p.items ?? []).forEach((item, i) => {
        const span = p.itemSpans?.[i];
        if (!span || known2.has(canonical(item))) return;
        ctx.report(span, `"${p.name}" attended agenda item "${item}", which does not exist: ${listing}`);
      });
    }
  }
};

// src/config/types.ts
var DEFAULT_DECISION_VERBS = DEFAULT_VOCABULARY.marked_decision_verbs;
var EFFECTIVE = /* @__PURE__ */ new WeakMap();
function vocabularyOf(config) {
  const c = config;
  let v = EFFECTIVE.get(c);
  if (!v) {
    v = extendVocabulary(config.vocabulary ?? DEFAULT_VOCABULARY, { titles: config.titles ?? [], decision_verbs: config.proseDecisionVerbs ?? [], decision_subjects: config.decisionSubjects ?? [] });
    EFFECTIVE.set(c, v);
  }
  return v;
}
var wordsOf = (config) => patternsOf(vocabularyOf(config));

// src/rules/no-chair.ts
var noChair = {
  id: "no-chair",
  scope: "file",
  severity: "warn",
  description: "One attendee should have role `chair`",
  check(ctx) {
    const { meeting } = ctx;
    const at3 = meeting.fields.attendees?.key;
    if (!at3 || meeting.attendees.length === 0) return;
    if (meeting.attendees.every((g) => g.name === "") || meeting.attendanceChanges.some((c) => c.kind === "took-chair")) return;
    const attendees = meeting.attendees.flatMap((g) => g.people);
    const chair = wordsOf(ctx.config).chairRole;
    if (attendees.some((p) => chair.test(p.role ?? ""))) return;
    const elsewhere = meeting.people.find((p) => p.list !== "attendees" && p.role?.toLowerCase() === "chair");
    const hint = elsewhere ? `: "${elsewhere.name}" has role chair but is listed in ${elsewhere.list}, not attendees` : ": give the person who chaired `role: chair`";
    ctx.report(at3, `No attendee has role "chair" in attendees${hint}`);
  }
};

// src/rules/not-in-roster.ts
var notInRoster = {
  id: "not-in-roster",
  scope: "file",
  severity: "warn",
  description: "Attendees, apologies and the members alternates stand in for must be in the roster, within their membership period",
  check(ctx) {
    const roster = ctx.config.roster;
    if (roster.length === 0) return;
    const ids = identities(roster);
    const spellings = /* @__PURE__ */ new Map();
    for (const m of roster) for (const s of [m.name, ...m.aliases]) if (!spellings.has(s)) spellings.set(s, m);
    const date = ctx.meeting.date;
    const check2 = (name, span, who) => {
      const m = ids.member(name);
      if (!m) {
        const near = closest(name, spellings.keys());
        const hint = near === void 0 ? "" : ` (did you mean "${spellings.get(near).name}"?)`;
        ctx.report(span, `${who} is not in the roster${hint}`);
        return;
      }
      if (!date) return;
      const as = normalisedEqual(name, m.name) ? "" : ` (roster: "${m.name}")`;
      if (m.since && date < m.since) ctx.report(span, `${who}${as} is a member only from ${m.since}, after this meeting (${date})`);
      else if (m.until && date > m.until) ctx.report(span, `${who}${as} was a member only until ${m.until}, before this meeting (${date})`);
    };
    for (const p of ctx.meeting.people) {
      if (p.list === "participants" || !p.name) continue;
      if (p.alternateFor === void 0) check2(p.name, p.nameSpan, `"${p.name}"`);
      const at3 = p.fields.alternate_for?.value;
      if (p.alternateFor && at3) check2(p.alternateFor, at3, `"${p.alternateFor}" (for whom "${p.name}" is the alternate)`);
    }
  }
};
var normalisedEqual = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();

// src/rules/duplicate-initials.ts
var normaliseInitials = (s) => s.replace(/[.\s]/g, "").toUpperCase();
var duplicateInitials = {
  id: "duplicate-initials",
  scope: "file",
  severity: "warn",
  description: "Two people of a meeting must not have the same initials",
  check(ctx) {
    const ids = identities(ctx.config.roster);
    const seen = /* @__PURE__ */ new Map();
    for (const p of ctx.meeting.people) {
      if (!p.name) continue;
      const member = ids.member(p.name);
      const written = p.initials ?? member?.initials;
      if (!written) continue;
      const initials = normaliseInitials(written);
      if (!initials) continue;
      const key = ids.key(p.name);
      const first = seen.get(initials);
      if (!first) {
        seen.set(initials, { person: p, key });
        continue;
      }
      if (first.key === key) continue;
      const given = p.initials !== void 0 && p.fields.initials?.value;
      const from = given ? "" : " (from the roster)";
      ctx.report(given || p.nameSpan, `Initials "${written}"${from} of "${p.name}" are also those of "${first.person.name}", listed in ${describeListing(first.person)}`);
    }
  }
};

// src/model/person-match.ts
var nameKey = memoise(
  (s) => s.normalize("NFC").replace(/[’‘`]/g, "'").replace(/\./g, " ").replace(/\s+/g, " ").trim().toLowerCase(),
  1e4
);
var INITIALS_TOKEN = /^[A-Z]{2,4}$/;
var PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "him", "her", "they", "them", "we", "us", "it", "i", "you"]);
function keysOf(real, options, titles) {
  const keys = { byFull: /* @__PURE__ */ new Map(), bySurname: /* @__PURE__ */ new Map(), byGiven: /* @__PURE__ */ new Map(), byInitials: /* @__PURE__ */ new Map(), byDerived: /* @__PURE__ */ new Map(), byAlias: /* @__PURE__ */ new Map(), byRole: /* @__PURE__ */ new Map() };
  const { byFull, bySurname, byGiven, byInitials, byDerived, byAlias, byRole } = keys;
  const add2 = (m, k, p) => {
    if (!k) return;
    const list3 = m.get(k);
    if (!list3) m.set(k, [p]);
    else if (list3[list3.length - 1] !== p) list3.push(p);
  };
  for (const p of real) {
    const parts = p.parts;
    add2(byFull, nameKey(parts.name), p);
    if (parts.given !== void 0) {
      add2(bySurname, nameKey(parts.surname), p);
      const first = parts.given.split(" ")[0];
      if (!/^[A-Z]\.?$/.test(first)) add2(byGiven, nameKey(first), p);
      add2(byDerived, derivedInitials(parts.name), p);
    } else if (parts.titles.length > 0) {
      add2(bySurname, nameKey(parts.name), p);
    } else {
      add2(byGiven, nameKey(parts.name), p);
    }
    if (p.initials) add2(byInitials, p.initials.toUpperCase(), p);
    if (p.role) add2(byRole, nameKey(p.role), p);
    if (p.nick) add2(byAlias, nameKey(p.nick), p);
  }
  for (const [canonical2, variants] of Object.entries(options.aliases ?? {})) {
    const target = byFull.get(nameKey(parsePerson(canonical2, titles).name));
    if (!target) continue;
    for (const v of variants) for (const p of target) add2(byAlias, nameKey(parsePerson(v, titles).name), p);
  }
  return keys;
}
var pick = (list3, how) => {
  if (!list3 || list3.length === 0) return void 0;
  return list3.length === 1 ? { kind: "one", person: list3[0], how } : { kind: "ambiguous", people: list3 };
};
function resolveName(written, keys, titles) {
  const { byFull, bySurname, byGiven, byInitials, byDerived, byAlias, byRole } = keys;
  const text6 = written.replace(/^(?:the|our)\s+/i, "").trim();
  if (text6 === "" || PRONOUNS.has(text6.toLowerCase())) return { kind: "none" };
  if (INITIALS_TOKEN.test(text6)) return pick(byInitials.get(text6), "initials") ?? pick(byDerived.get(text6), "initials") ?? { kind: "none" };
  const role = pick(byRole.get(nameKey(text6)), "role");
  if (role) return role;
  const parts = parsePerson(text6, titles);
  const key = nameKey(parts.name);
  const exact = pick(byFull.get(key), "name") ?? pick(byAlias.get(key), "alias");
  if (exact) return exact;
  if (parts.given !== void 0) {
    const givenInitials = parts.given.split(" ").every((w) => /^[A-Z]\.?$/.test(w));
    const same = bySurname.get(nameKey(parts.surname)) ?? [];
    if (givenInitials) {
      const first2 = parts.given[0].toUpperCase();
      const fits2 = same.filter((p) => p.parts.given === void 0 || p.parts.given[0].toUpperCase() === first2);
      return pick(fits2, "surname") ?? { kind: "none" };
    }
    const first = nameKey(parts.given.split(" ")[0]);
    const fits = same.filter((p) => p.parts.given === void 0 || nameKey(p.parts.given.split(" ")[0]) === first);
    return pick(fits, "surname") ?? { kind: "none" };
  }
  const bySur = bySurname.get(key);
  const byFirst = parts.titles.length > 0 ? void 0 : byGiven.get(key);
  const both = [...bySur ?? [], ...byFirst ?? []].filter((p, i, a) => a.indexOf(p) === i);
  const one2 = pick(both, bySur?.length ? "surname" : "given");
  if (one2) return one2;
  if (parts.titles.length === 0 && key.length >= 3) {
    const short2 = [...byGiven.entries()].filter(([g]) => g.length > key.length && g.startsWith(key)).flatMap(([, ps]) => ps);
    const nick = pick([...new Set(short2)], "nickname");
    if (nick) return nick;
  }
  return { kind: "none" };
}
function personIndex(people, options = {}) {
  const titles = options.words ?? titleSets();
  const real = people.filter((p) => !p.parts.public && p.parts.name !== "");
  const keys = keysOf(real, options, titles);
  return { resolve: (written) => resolveName(written, keys, titles), people: real };
}
function derivedInitials(name) {
  return name.split(/[\s-]+/).filter((w) => new RegExp("^\\p{Lu}", "u").test(w)).map((w) => w[0].toUpperCase()).join("");
}
function initialsOfName(name) {
  const words3 = name.split(/[\s-]+/).filter((w) => new RegExp("^\\p{L}", "u").test(w));
  if (words3.length < 2) return [];
  const all2 = words3.map((w) => w[0].toUpperCase()).join("");
  return [all2, all2[0] + all2[all2.length - 1]];
}
function looksLikePersonalName(written, titles = titleSets()) {
  const parts = parsePerson(written, titles);
  if (parts.public) return false;
  const words3 = parts.name.split(" ");
  if (!words3.every((w) => new RegExp("^\\p{Lu}[\\p{L}'\u2019.-]*$", "u").test(w))) return false;
  if (words3.some((w) => w.length > 1 && !new RegExp("^\\p{Lu}\\.$", "u").test(w) && w === w.toUpperCase())) return false;
  return parts.titles.length > 0 && words3.length >= 1 || words3.length >= 2;
}
function nearMatch(written, people, titles = titleSets()) {
  const ref = parsePerson(written, titles);
  const found2 = [];
  for (const p of people) {
    if (p.parts.public) continue;
    if (nearlySame(ref, p.parts)) found2.push(p);
  }
  return found2.length === 1 ? found2[0] : void 0;
}
var GENDERED = { mr: "m", mrs: "f", ms: "f", miss: "f" };
function gendered(written, titles = titleSets()) {
  return parsePerson(written, titles).titles.some((t) => GENDERED[t.replace(/\.$/, "").toLowerCase()] !== void 0);
}
var NEAR_KEYS = /* @__PURE__ */ new WeakMap();
function nearKeys(x) {
  let k = NEAR_KEYS.get(x);
  if (!k) {
    k = {
      surname: nameKey(x.surname ?? ""),
      first: nameKey((x.given ?? "").split(" ")[0] ?? ""),
      gender: x.titles.map((t) => GENDERED[t.replace(/\.$/, "").toLowerCase()]).find(Boolean)
    };
    NEAR_KEYS.set(x, k);
  }
  return k;
}
var close = (a, b, limit = Math.min(2, Math.floor(Math.min(a.length, b.length) / 3))) => a !== b && a.length >= 4 && b.length >= 4 && distance(a, b) <= limit;
var closeFirst = (a, b) => close(a, b) && !a.startsWith(b) && !b.startsWith(a);
function nearlySame(ref, listed) {
  const r = nearKeys(ref);
  const l = nearKeys(listed);
  if (r.surname === l.surname && r.gender && l.gender && r.gender !== l.gender) return true;
  if (ref.given !== void 0 && listed.given !== void 0) {
    if (r.first === l.first && close(r.surname, l.surname, 2)) return true;
    if (r.surname === l.surname && closeFirst(r.first, l.first)) return true;
    return false;
  }
  if (ref.given === void 0 && ref.titles.length > 0 && r.surname.length >= 5) return close(r.surname, l.surname) && distance(r.surname, l.surname) === 1;
  return false;
}

// src/rules/unknown-initials.ts
var unknownInitials = {
  id: "unknown-initials",
  scope: "file",
  severity: "warn",
  description: "Initials used in the text must belong to someone in the minutes or the roster (when the minutes give initials)",
  check(ctx) {
    const { meeting, config } = ctx;
    const ids = identities(config.roster);
    const given = [
      ...meeting.people.map((p) => p.initials ?? (p.name ? ids.member(p.name)?.initials : void 0)),
      ...config.roster.map((m) => m.initials)
    ].filter((s) => !!s && normaliseInitials(s) !== "");
    if (given.length === 0) return;
    const known2 = new Set(given.map(normaliseInitials));
    for (const p of meeting.people) for (const i of initialsOfName(p.name)) known2.add(i);
    const reported = /* @__PURE__ */ new Set();
    for (const u of meeting.mentions) {
      if (u.form !== "initials" || !u.certain || known2.has(u.written)) continue;
      if (u.reader !== "initials-in-brackets" && u.reader !== "initials-subject" && u.reader !== "v1-owner") continue;
      const at3 = u.span.start.offset;
      if (reported.has(at3)) continue;
      reported.add(at3);
      const near = closest(u.written, known2);
      const hint = near === void 0 ? "" : ` (did you mean "${near}"?)`;
      ctx.report(u.span, `"${u.written}" is used as a person's initials but matches nobody in the minutes or the roster${hint}`);
    }
  }
};

// src/rules/quorum.ts
var quorum = {
  id: "quorum",
  scope: "file",
  severity: "error",
  description: "The members present must meet the configured quorum",
  check(ctx) {
    const q = ctx.config.quorum;
    const at3 = ctx.meeting.fields.attendees?.key;
    if (!q || !at3) return;
    const roster = ctx.config.roster;
    const ids = identities(roster);
    const counted = /* @__PURE__ */ new Set();
    const byCategory = /* @__PURE__ */ new Map();
    let notMembers = 0;
    for (const group of ctx.meeting.attendees) {
      for (const p of group.people) {
        const member = p.alternateFor ?? p.name;
        if (!member) continue;
        if (roster.length > 0 && !isMemberOn(ids.member(member), ctx.meeting.date)) {
          notMembers++;
          continue;
        }
        const key = ids.key(member);
        if (counted.has(key)) continue;
        counted.add(key);
        const category = normaliseName(group.name);
        byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
      }
    }
    const short2 = [];
    if (q.total !== void 0 && counted.size < q.total) short2.push(`${counted.size} member${counted.size === 1 ? "" : "s"} present, ${q.total} needed`);
    const categories = ctx.meeting.attendees.map((g) => g.name);
    for (const [category, needed] of Object.entries(q.categories)) {
      const n = byCategory.get(normaliseName(category)) ?? 0;
      if (n >= needed) continue;
      const listed = categories.some((c) => normaliseName(c) === normaliseName(category));
      const hint = listed ? "" : didYouMean(category, categories);
      short2.push(`"${category}": ${n} present, ${needed} needed${hint}`);
    }
    if (short2.length === 0) return;
    const note = notMembers > 0 ? ` (${notMembers} attendee${notMembers === 1 ? " is" : "s are"} not in the roster or not a member on this date, and not counted)` : "";
    ctx.report(at3, `Quorum not met: ${short2.join("; ")}${note}`);
  }
};
function isMemberOn(m, date) {
  if (!m) return false;
  if (!date) return true;
  return !(m.since && date < m.since) && !(m.until && date > m.until);
}

// src/rules/proxy-unknown.ts
var proxyUnknown = {
  id: "proxy-unknown",
  scope: "file",
  severity: "warn",
  description: "An apology's `proxy_to` must name an attendee of the meeting",
  check(ctx) {
    const ids = identities(ctx.config.roster);
    const attendees = ctx.meeting.attendees.flatMap((g) => g.people).filter((p) => p.name);
    const keys = new Set(attendees.map((p) => ids.key(p.name)));
    for (const a of ctx.meeting.people) {
      const at3 = a.fields.proxy_to?.value;
      if (a.list !== "apologies" || !a.proxyTo || !at3) continue;
      const key = ids.key(a.proxyTo);
      if (keys.has(key)) continue;
      const participant = ctx.meeting.people.find((p) => p.list === "participants" && p.name && ids.key(p.name) === key);
      const why = participant ? `, who is a participant (${participant.group}, line ${participant.nameSpan.start.line}), not an attendee` : `, who is not among the attendees${didYouMean(a.proxyTo, attendees.map((p) => p.name))}`;
      ctx.report(at3, `"${a.name}" gave their proxy to "${a.proxyTo}"${why}`);
    }
  }
};

// src/util/forbidden-chars.ts
var FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function findForbiddenChars(source2) {
  const found2 = [];
  for (const m of source2.matchAll(FORBIDDEN_XML_CHARS)) {
    found2.push({ offset: m.index, code: "U+" + m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") });
  }
  return found2;
}

// src/rules/forbidden-char.ts
var forbiddenChar = {
  id: "forbidden-char",
  scope: "file",
  severity: "warn",
  fixable: true,
  description: "No control characters that Word documents cannot hold (they are removed from the DOCX output)",
  check(ctx) {
    for (const c of findForbiddenChars(ctx.source)) {
      ctx.report(ctx.loc.span(c.offset, c.offset + 1), `Control character ${c.code} cannot be written to a Word document and is left out of the DOCX output: delete it`, {
        fix: { start: c.offset, end: c.offset + 1, text: "" }
      });
    }
  }
};

// src/util/compare-text.ts
var PLAIN = /^[0-9a-z-]*$/;
var compareCodeUnits = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareText(a, b) {
  if (PLAIN.test(a) && PLAIN.test(b)) return compareCodeUnits(a, b);
  return a.localeCompare(b);
}

// src/parse/meeting-number.ts
var MEETING_NUMBER_SOURCE = "\\d+[a-z]?";
var WHOLE = /^(\d+)([a-z]?)$/;
function parseMeetingNumber(text6) {
  const m = WHOLE.exec(text6);
  if (!m) return void 0;
  return m[2] ? { number: Number(m[1]), suffix: m[2] } : { number: Number(m[1]) };
}
function compareMeetingNumbers(a, b) {
  return a.number - b.number || compareText(a.suffix ?? "", b.suffix ?? "");
}

// src/model/action-id.ts
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var PART = {
  // A code is one or two words (`LKF`, `HB N`); the second starts with a capital so that the
  // meeting number after a space is not taken for part of the code.
  code: (blank) => `(?<code>[A-Za-z][A-Za-z0-9&_]*(?:${blank}[A-Z][A-Za-z0-9&_]*)?)`,
  meeting: () => `(?<meeting>${MEETING_NUMBER_SOURCE})`,
  seq: () => "(?<seq>\\d+)",
  yyyy: () => "(?<yyyy>\\d{4})",
  yy: () => "(?<yy>\\d{2})",
  mm: () => "(?<mm>\\d{2})"
};
function tokenize(pattern) {
  const tokens2 = [];
  for (const t of pattern.split(/(\{[a-z]+(?::\d+)?\})/)) {
    if (t === "") continue;
    const m = /^\{([a-z]+)(?::(\d+))?\}$/.exec(t);
    if (m && m[1] in PART) tokens2.push(m[2] ? { name: m[1], width: Number(m[2]) } : { name: m[1] });
    else tokens2.push({ literal: t });
  }
  return tokens2;
}
function source(tokens2, mode, seqWidth) {
  const blank = mode === "prefix" ? "[ \\t]+" : mode === "strict" ? " " : "\\s+";
  let re = "";
  for (const t of tokens2) {
    if ("name" in t) {
      re += mode === "strict" && t.name === "seq" ? `(?<seq>\\d{${Math.max(1, seqWidth)},})` : PART[t.name](blank);
      continue;
    }
    if (mode !== "prefix") {
      re += escape(t.literal).replace(/ +/g, blank);
      continue;
    }
    const core = t.literal.trim();
    if (core === "") re += blank;
    else re += `[ \\t]*${escape(core).replace(/ +/g, "[ \\t]+")}[ \\t]*`;
  }
  return re;
}
function compileIdPattern(pattern) {
  const tokens2 = tokenize(pattern);
  const seqToken = tokens2.find((t) => "name" in t && t.name === "seq");
  const seqWidth = seqToken?.width ?? 2;
  const loose = new RegExp(`^${source(tokens2, "loose", seqWidth)}$`);
  const strict = new RegExp(`^${source(tokens2, "strict", seqWidth)}$`);
  const prefix = new RegExp(`^${source(tokens2, "prefix", seqWidth)}`);
  const placeholders = tokens2.flatMap((t) => "name" in t ? [t.name] : []);
  return {
    source: pattern,
    seqWidth,
    placeholders,
    loose,
    strict,
    prefix,
    parse(id) {
      const m = loose.exec(id.trim());
      if (!m) return void 0;
      const g = m.groups ?? {};
      const parts = {};
      if (g.code !== void 0) parts.code = g.code;
      if (g.meeting !== void 0) parts.meeting = g.meeting;
      if (g.seq !== void 0) {
        parts.seq = Number(g.seq);
        parts.seqText = g.seq;
      }
      if (g.yyyy !== void 0) parts.yyyy = g.yyyy;
      if (g.yy !== void 0) parts.yy = g.yy;
      if (g.mm !== void 0) parts.mm = g.mm;
      return parts;
    },
    wellFormed(id) {
      const m = strict.exec(id);
      const seq = m?.groups?.seq;
      return m !== null && (seq === void 0 || String(Number(seq)).padStart(seqWidth, "0") === seq);
    },
    normalise(match2) {
      const g = match2.groups ?? {};
      return tokens2.map((t) => "name" in t ? (g[t.name] ?? "").replace(/[ \t]+/g, " ") : t.literal.replace(/ +/g, " ")).join("");
    },
    format({ code: code3, meeting, seq, date }) {
      const [yyyy = "", mm = ""] = (date ?? "").split("-");
      return tokens2.map((t) => {
        if (!("name" in t)) return t.literal;
        switch (t.name) {
          case "code":
            return code3;
          case "meeting":
            return meeting;
          case "seq":
            return String(seq).padStart(seqWidth, "0");
          case "yyyy":
            return yyyy;
          case "yy":
            return yyyy.slice(2);
          case "mm":
            return mm;
        }
      }).join("");
    }
  };
}
var compiledPattern = memoise(compileIdPattern, 100);
function idPatternOf(config) {
  return compiledPattern(config.actionId);
}

// src/rules/action-ids.ts
function partsOf(action, pattern) {
  return action.idParts ?? pattern.parse(action.id);
}
function padSeq(seq, pattern) {
  return String(seq).padStart(pattern.seqWidth, "0");
}
function idFor(meeting, seq, pattern, written) {
  const date = meeting.date ?? (written?.yyyy ? `${written.yyyy}-${written.mm ?? "MM"}` : "YYYY-MM");
  return pattern.format({
    code: meeting.code ?? written?.code ?? "CODE",
    meeting: meeting.meeting ?? written?.meeting ?? "N",
    seq,
    date
  });
}

// src/model/v1-actions.ts
function v1Actions(m) {
  return m.actions.filter((a) => a.notation === "v1");
}

// src/rules/action-id-format.ts
var actionIdFormat = {
  id: "action-id-format",
  scope: "file",
  severity: "error",
  fixable: true,
  description: "Action IDs must have the configured form (default `{code} {meeting}/{seq}`, e.g. `LKF 27/01`)",
  check(ctx) {
    const pattern = idPatternOf(ctx.config);
    const numbering = idNumbering(ctx.meeting, pattern, ctx.config.actionIdSet === true);
    for (const a of ctx.meeting.actions) {
      if (a.notation === "v1" || a.id !== "") continue;
      const id = numbering.get(a);
      if (id === void 0 || !a.idInsert) continue;
      const fix2 = a.idInsert.form === "after-label" ? { start: a.idInsert.at, end: a.idInsert.at, text: ` ${id}` } : { start: a.idInsert.at, end: a.idInsert.at, text: `${id} ` };
      ctx.report(ctx.loc.span(a.span.start.offset, a.idInsert.at), `Action without an ID: \`check --fix\` writes "${id}"`, { fix: fix2 });
    }
    let previous3 = 0;
    v1Actions(ctx.meeting).forEach((a, i) => {
      const before = previous3;
      previous3 = partsOf(a, pattern)?.seq ?? previous3 + (a.id === "" ? 0 : 1);
      if (a.idWellFormed) return;
      if (a.id === "") {
        const id = numbering.get(a);
        if (id !== void 0 && a.idInsert) {
          ctx.report(a.idSpan, `ACTION line without an ID: write "ACTION ${id}: \u2026" (\`check --fix\` writes it)`, { fix: { start: a.idInsert.at, end: a.idInsert.at, text: ` ${id}` } });
        } else ctx.report(a.idSpan, `ACTION line without an ID: write "ACTION ${idFor(ctx.meeting, before + 1, pattern)}: \u2026"`);
        return;
      }
      const parts = partsOf(a, pattern);
      const digits = /(\d+)\D*$/.exec(a.id)?.[1];
      const seq = parts?.seq ?? (digits !== void 0 ? Number(digits) : i + 1);
      const expected = parts ? pattern.format({
        code: parts.code ?? ctx.meeting.code ?? "CODE",
        meeting: parts.meeting ?? ctx.meeting.meeting ?? "N",
        seq,
        date: `${parts.yyyy ?? (parts.yy ? `20${parts.yy}` : ctx.meeting.date?.slice(0, 4) ?? "YYYY")}-${parts.mm ?? ctx.meeting.date?.slice(5, 7) ?? "MM"}`
      }) : idFor(ctx.meeting, seq, pattern);
      const why = parts ? `the sequence number has ${pattern.seqWidth} digits` : `IDs have the form ${pattern.source}`;
      ctx.report(a.idSpan, `Action ID "${a.id}" is malformed: expected "${expected}" (${why})`);
    });
  }
};
function idNumbering(meeting, pattern, set) {
  const out = /* @__PURE__ */ new Map();
  if (!set) return out;
  if (pattern.placeholders.includes("meeting") && meeting.meeting === void 0) return out;
  if (pattern.placeholders.includes("code") && meeting.code === void 0) return out;
  if ((pattern.placeholders.includes("yyyy") || pattern.placeholders.includes("yy") || pattern.placeholders.includes("mm")) && meeting.date === void 0) return out;
  let next = Math.max(0, ...meeting.actions.map((a) => a.id ? partsOf(a, pattern)?.seq ?? 0 : 0)) + 1;
  for (const a of meeting.actions) if (a.id === "" && a.idInsert) out.set(a, idFor(meeting, next++, pattern));
  return out;
}

// src/rules/action-id-duplicate.ts
var actionIdDuplicate = {
  id: "action-id-duplicate",
  scope: "file",
  severity: "error",
  description: "No action ID may be raised twice in one meeting",
  check(ctx) {
    const first = /* @__PURE__ */ new Map();
    for (const a of v1Actions(ctx.meeting)) {
      if (a.id === "") continue;
      const seen = first.get(a.id);
      if (seen) ctx.report(a.idSpan, `Action ID "${a.id}" is raised twice: it was first raised on line ${seen.idSpan.start.line}`);
      else first.set(a.id, a);
    }
  }
};

// src/rules/action-id-sequence.ts
var actionIdSequence = {
  id: "action-id-sequence",
  scope: "file",
  severity: "error",
  description: "Action sequence numbers must run 01, 02, 03\u2026 in document order, with no gap and no repeat",
  check(ctx) {
    const pattern = idPatternOf(ctx.config);
    const perMeeting = pattern.placeholders.includes("meeting");
    const rule = perMeeting ? `Actions are numbered ${[1, 2, 3].map((n) => padSeq(n, pattern)).join(", ")}\u2026 in the order they appear` : "Actions are numbered one after another in the order they appear";
    let expected = perMeeting ? 1 : void 0;
    const used = /* @__PURE__ */ new Set();
    for (const a of v1Actions(ctx.meeting)) {
      if (a.id === "") continue;
      const parts = partsOf(a, pattern);
      const seq = parts?.seq ?? trailingNumber(a.id);
      if (seq === void 0) {
        if (expected !== void 0) expected++;
        continue;
      }
      if (expected !== void 0 && seq !== expected) {
        const s = padSeq(seq, pattern);
        const e = padSeq(expected, pattern);
        const why = used.has(seq) ? `${s} is used twice` : seq > expected ? `${e} is skipped` : `${s} is lower than the ${padSeq(expected - 1, pattern)} before it`;
        ctx.report(a.idSpan, `Action ID "${a.id}" is out of sequence: expected ${e} here ("${idFor(ctx.meeting, expected, pattern, parts)}"); ${why}. ${rule}`);
        return;
      }
      used.add(seq);
      expected = seq + 1;
    }
  }
};
function trailingNumber(id) {
  const m = /(\d+)\D*$/.exec(id);
  return m ? Number(m[1]) : void 0;
}

// src/rules/action-id-meeting.ts
var actionIdMeeting = {
  id: "action-id-meeting",
  scope: "file",
  severity: "error",
  description: "Action IDs must carry this meeting's committee code and meeting number (or year and month)",
  check(ctx) {
    const { meeting } = ctx;
    const pattern = idPatternOf(ctx.config);
    const [yyyy, mm] = (meeting.date ?? "").split("-");
    for (const a of v1Actions(meeting)) {
      const parts = partsOf(a, pattern);
      if (!parts) continue;
      const wrong = [];
      if (parts.code !== void 0 && meeting.code !== void 0 && parts.code !== meeting.code) {
        wrong.push(`its committee code is "${parts.code}", this committee's is "${meeting.code}"`);
      }
      if (parts.meeting !== void 0 && meeting.meeting !== void 0 && sameMeeting(parts.meeting, meeting.meeting) === false) {
        wrong.push(`it belongs to meeting ${parts.meeting}, this is meeting ${meeting.meeting}`);
      }
      if (meeting.date) {
        if (parts.yyyy !== void 0 && parts.yyyy !== yyyy) wrong.push(`its year is ${parts.yyyy}, this meeting's is ${yyyy}`);
        if (parts.yy !== void 0 && parts.yy !== yyyy.slice(2)) wrong.push(`its year is ${parts.yy}, this meeting's is ${yyyy.slice(2)}`);
        if (parts.mm !== void 0 && parts.mm !== mm) wrong.push(`its month is ${parts.mm}, this meeting's is ${mm}`);
      }
      if (wrong.length === 0) continue;
      const expected = parts.seq !== void 0 ? ` (expected "${idFor(meeting, parts.seq, pattern, parts)}")` : "";
      ctx.report(a.idSpan, `Action ID "${a.id}" is not this meeting's: ${wrong.join("; ")}${expected}`);
    }
  }
};
function sameMeeting(a, b) {
  const norm = (s) => s.replace(/^0+(?=\d)/, "").toLowerCase();
  return norm(a) === norm(b);
}

// src/rules/action-syntax.ts
var actionSyntax = {
  id: "action-syntax",
  scope: "file",
  severity: "warn",
  fixable: true,
  description: "Action lines must start `ACTION <id>: ` exactly; near-misses are recognised and fixed by `check --fix`",
  check(ctx) {
    for (const a of v1Actions(ctx.meeting)) {
      if (!a.nearMiss) continue;
      const canonical2 = `ACTION ${a.id}:`;
      const how = a.nearMiss.fix ? " (check --fix rewrites it)" : "";
      const message = a.nearMiss.written === canonical2 ? `Action line "${canonical2}" needs a space after the colon${how}` : `Action line starts "${a.nearMiss.written}": write "${canonical2} "${how}`;
      ctx.report(a.nearMiss.span, message, a.nearMiss.fix ? { fix: a.nearMiss.fix } : {});
    }
  }
};

// src/rules/action-owner.ts
var WORDS2 = patternsOf();
var SEPARATOR = new RegExp(`^\\s*${WORDS2.ownerSeparator}\\s*`, "iu");
var FIND_SEPARATOR = new RegExp(`\\s*${WORDS2.ownerSeparator}\\s*`, "iu");
var ARTICLE = /^the\s+/i;
var GROUP_SUFFIX = /\s+(?:members?|representatives?)$/i;
var MEMBERS_AFTER = /^\s+(?:members?|representatives?)\b/i;
var actionOwner = {
  id: "action-owner",
  scope: "file",
  severity: "warn",
  description: "Every action needs an owner, and the owner must be a known party, category, organisation or person present",
  check(ctx) {
    const known2 = knownOwners(ctx.meeting, ctx.config);
    const suggestions = [...new Set([...known2.values()].filter((k) => k.kind === "known").map((k) => k.display))];
    const longestFirst = [...known2.keys()].sort((a, b) => b.length - a.length);
    for (const a of ctx.meeting.actions) {
      if (!a.certain) continue;
      const name = a.id ? `Action "${a.id}"` : "This action";
      const of = a.id ? `of action "${a.id}"` : "of this action";
      if (a.ownerPlaceholder !== void 0) {
        ctx.report(a.ownerSpan ?? a.idSpan, `${name} has no owner: "${a.ownerPlaceholder}" names nobody; write who is to act`);
        continue;
      }
      if (a.notation !== "v1") {
        if (a.owners.length === 0) ctx.report(a.idSpan, `${name} has no owner: name who is to act ("Kate to \u2026", "Action: Clerk")`);
        continue;
      }
      if (!a.owner) {
        ctx.report(a.idSpan, `${name} has no owner: start its text with who is to act ("The <party> to \u2026") or add {owner="\u2026"}`);
        continue;
      }
      const base = ownerOffset(ctx, a);
      for (const part of splitOwner(a.owner.slice(0, 300), longestFirst)) {
        const k = resolvedAs(a, part.text) ?? lookup(part.text, known2);
        if (k?.kind === "known") continue;
        const place = base === void 0 ? a.ownerSpan ?? a.idSpan : ctx.loc.span(base + part.at, base + part.at + part.text.length);
        if (k?.kind === "absent") {
          ctx.report(place, `Owner "${part.text}" ${of} is not present: ${k.display} sent apologies (listed on line ${k.person.nameSpan.start.line})`);
          continue;
        }
        const near = closest(stripArticle(part.text), suggestions);
        const hint = near === void 0 ? "" : ` (did you mean "${near}"?)`;
        ctx.report(place, `Owner "${part.text}" ${of} is not a known party, category, organisation or person present${hint}`);
      }
    }
  }
};
function knownOwners(meeting, config) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (s, kind = "known", person) => {
    if (!s || !s.trim()) return;
    const key = normaliseName(stripArticle(s));
    const existing = out.get(key);
    if (existing && (existing.kind === "known" || kind === "absent")) return;
    out.set(key, person ? { display: s.trim(), kind, person } : { display: s.trim(), kind });
  };
  for (const p of config.parties) add2(p);
  for (const g of [...meeting.attendees, ...meeting.apologies, ...meeting.participants]) add2(g.name);
  for (const m of config.roster) add2(m.category);
  for (const s of [meeting.code, config.code, meeting.committee, config.committee, meeting.secretariat]) add2(s);
  if (meeting.secretariat) add2("Secretariat");
  const ids = identities(config.roster);
  const present = presentPeople(meeting);
  const firstNames = /* @__PURE__ */ new Map();
  for (const p of present) {
    const first = p.name.trim().split(/\s+/)[0];
    if (first && p.name.trim().includes(" ")) firstNames.set(normaliseName(first), (firstNames.get(normaliseName(first)) ?? 0) + 1);
  }
  const spellings = (p) => {
    const m = ids.member(p.name);
    return [p.name, p.initials, ...initialsOfName(p.name), ...m ? [m.name, m.initials, ...m.aliases] : []];
  };
  for (const p of present) {
    for (const s of spellings(p)) add2(s);
    if (p.role) add2(p.role);
    const first = p.name.trim().split(/\s+/)[0];
    if (first && firstNames.get(normaliseName(first)) === 1) add2(first);
  }
  for (const p of meeting.people) {
    if (p.list !== "apologies") continue;
    for (const s of spellings(p)) add2(s, "absent", p);
  }
  for (const c of vocabularyOf(config).collective_owners) add2(c);
  return out;
}
function resolvedAs(a, part) {
  const key = normaliseName(stripArticle(part));
  const r = a.owners.find((t) => normaliseName(stripArticle(t.text)) === key)?.resolved;
  if (!r || r.kind === "unknown" || r.kind === "ambiguous" || r.kind === "role") return void 0;
  if (r.kind !== "person") return { display: part, kind: "known" };
  const shown = r.person.written ?? r.person.name;
  return r.person.list === "apologies" ? { display: shown, kind: "absent", person: r.person } : { display: shown, kind: "known" };
}
function lookup(text6, known2) {
  const key = normaliseName(stripArticle(text6));
  const direct = known2.get(key);
  if (direct) return direct;
  const group = key.replace(GROUP_SUFFIX, "");
  if (group !== key) {
    const k = known2.get(group) ?? known2.get(normaliseName(stripArticle(group)));
    if (k?.kind === "known") return k;
  }
  return void 0;
}
function splitOwner(owner, knownLongestFirst) {
  const parts = [];
  let i = 0;
  while (i < owner.length) {
    const sep = SEPARATOR.exec(owner.slice(i));
    if (sep && sep[0].length > 0) {
      i += sep[0].length;
      continue;
    }
    const article = ARTICLE.exec(owner.slice(i));
    if (article) i += article[0].length;
    const rest = owner.slice(i);
    const whole2 = knownLongestFirst.find((k) => {
      if (rest.length < k.length || normaliseName(rest.slice(0, k.length)) !== k) return false;
      const after = rest.slice(k.length);
      return after === "" || SEPARATOR.test(after) || MEMBERS_AFTER.test(after);
    });
    let end;
    if (whole2) {
      end = whole2.length;
      const suffix = MEMBERS_AFTER.exec(rest.slice(end));
      if (suffix) end += suffix[0].length;
    } else {
      const next = FIND_SEPARATOR.exec(rest);
      end = next ? next.index : rest.length;
    }
    const text6 = rest.slice(0, end).trim();
    if (text6) parts.push({ text: text6, at: i + (rest.length - rest.trimStart().length) });
    i += Math.max(end, 1);
  }
  return parts;
}
function stripArticle(s) {
  return s.trim().replace(ARTICLE, "");
}
function ownerOffset(ctx, a) {
  if (!a.ownerSpan || !a.owner) return void 0;
  const raw = ctx.source.slice(a.ownerSpan.start.offset, a.ownerSpan.end.offset);
  const idx = a.ownerSource === "attribute" ? raw.indexOf(a.owner, raw.indexOf("=") + 1) : raw.indexOf(a.owner);
  return idx === -1 ? void 0 : a.ownerSpan.start.offset + idx;
}

// src/rules/action-due-date.ts
var actionDueDate = {
  id: "action-due-date",
  scope: "file",
  severity: "error",
  description: "An action's `due` must be a real date written YYYY-MM-DD, not before the meeting",
  check(ctx) {
    const date = ctx.meeting.date;
    for (const a of v1Actions(ctx.meeting)) {
      const due = a.attributes.due;
      if (due === void 0) continue;
      const place = a.dueSpan ?? a.idSpan;
      const of = a.id ? ` of action "${a.id}"` : "";
      if (!realDate(due)) ctx.report(place, `Due date "${due}"${of} is not a real date written YYYY-MM-DD`);
      else if (date && realDate(date) && due < date) ctx.report(place, `Due date ${due}${of} is before the meeting date ${date}`);
    }
  }
};

// src/rules/review-status.ts
var within = (inner, outer) => inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;
var reviewStatus = {
  id: "review-status",
  scope: "file",
  severity: "error",
  description: "Every action review in `outstanding` says whether the action is `open` or `closed`",
  check(ctx) {
    for (const review of ctx.meeting.outstanding) {
      if (review.status !== void 0) continue;
      const written = ctx.schemaProblems.some((p) => /\.status$/.test(p.path) && within(p.span, review.span));
      if (written) continue;
      const action = review.action && review.action.length > 50 ? `${review.action.slice(0, 47)}\u2026` : review.action;
      const name = review.id ? `Action review ${review.id}` : action ? `The review of "${action}"` : "This action review";
      ctx.report(review.fields.id?.value ?? review.span, `${name} has no status: add \`status: open\` or \`status: closed\``);
    }
  }
};

// src/rules/review-dates.ts
var reviewDates = {
  id: "review-dates",
  scope: "file",
  severity: "error",
  description: "Action review dates are in order: raised before target, revised after target, raised before this meeting",
  check(ctx) {
    const date = ctx.meeting.date;
    for (const r of ctx.meeting.outstanding) {
      const { raised, target, revised } = r;
      const label = r.id ? `Action ${r.id}` : "This action";
      if (raised && target && raised > target) {
        at(ctx, r, "target", `${label}: \`target\` ${target} is before the date raised, ${raised}`);
      }
      if (revised && target && revised <= target) {
        const how = revised === target ? "is the same as" : "is before";
        at(ctx, r, "revised", `${label}: \`revised\` ${revised} ${how} the last target, ${target}; a revised target moves the date later`);
      }
      if (raised && date && raised > date) {
        at(ctx, r, "raised", `${label}: \`raised\` ${raised} is after this meeting (${date}); a reviewed action was raised at an earlier meeting`);
      }
    }
  }
};
function at(ctx, review, key, message) {
  ctx.report(review.fields[key]?.value ?? review.span, message);
}

// src/rules/review-id.ts
var reviewId = {
  id: "review-id",
  scope: "file",
  severity: "error",
  description: "A reviewed action ID is well formed and belongs to an earlier meeting",
  check(ctx) {
    const { meeting, config } = ctx;
    const pattern = idPatternOf(config);
    const self = parseMeetingNumber(meeting.meeting ?? "");
    for (const review of meeting.outstanding) {
      const at3 = review.fields.id?.value;
      if (!at3 || review.id === "") continue;
      const parts = pattern.parse(review.id);
      if (!parts) {
        ctx.report(at3, `Action review ID "${review.id}" does not have the form ${example(pattern.source, meeting)}`);
        continue;
      }
      const canonical2 = canonicalId(pattern.source, parts);
      if (canonical2 !== review.id) {
        ctx.report(at3, `Action review ID "${review.id}" is not written in the form ${pattern.source} (did you mean "${canonical2}"?)`);
        continue;
      }
      if (parts.meeting !== void 0) {
        const theirs2 = parseMeetingNumber(parts.meeting);
        if (!theirs2 || !self) continue;
        const order2 = compareMeetingNumbers(theirs2, self);
        if (order2 === 0) {
          ctx.report(at3, `Action review ID "${review.id}" belongs to this meeting (${meeting.meeting}): actions raised at this meeting are recorded as ACTION lines, and reviewed from the next one`);
        } else if (order2 > 0) {
          ctx.report(at3, `Action review ID "${review.id}" belongs to meeting ${parts.meeting}, which is later than this one (${meeting.meeting}): only actions of earlier meetings can be reviewed`);
        }
        continue;
      }
      const year = parts.yyyy ?? (parts.yy !== void 0 ? `20${parts.yy}` : void 0);
      if (!year || !meeting.date) continue;
      const theirs = parts.mm !== void 0 ? `${year}-${parts.mm}` : year;
      const ours = meeting.date.slice(0, theirs.length);
      if (theirs > ours) {
        ctx.report(at3, `Action review ID "${review.id}" is dated ${theirs}, after this meeting (${meeting.date}): only actions of earlier meetings can be reviewed`);
      }
    }
  }
};
function example(pattern, m) {
  const code3 = m.code ?? "CODE";
  const previous3 = m.meetingNumber !== void 0 && m.meetingNumber > 1 ? String(m.meetingNumber - 1) : "1";
  const shown = compileIdPattern(pattern).format({ code: code3, meeting: previous3, seq: 1, ...m.date ? { date: m.date } : {} });
  return `"${pattern}" (for example "${shown}")`;
}
function canonicalId(pattern, parts) {
  return pattern.replace(/\{([a-z]+)(?::(\d+))?\}/g, (all2, name, width) => {
    switch (name) {
      case "code":
        return parts.code ?? all2;
      case "meeting":
        return parts.meeting ?? all2;
      case "seq":
        return parts.seq === void 0 ? all2 : String(parts.seq).padStart(width ? Number(width) : 2, "0");
      case "yyyy":
        return parts.yyyy ?? all2;
      case "yy":
        return parts.yy ?? all2;
      case "mm":
        return parts.mm ?? all2;
      default:
        return all2;
    }
  });
}

// src/model/numbering.ts
var DECIMAL = /^([ \t]*)(\d+(?:\.\d+)*)([.)]?)(?=[ \t]|$)[ \t]*/;
var MINUTE = /^([ \t]*)(\d{1,4}\/\d{2,4})([.:)]?)(?=[ \t]|$)[ \t]*/;
var LETTER = /^([ \t]*)(\(?)([a-zA-Z]{1,6})(\)|\.)(?=[ \t]|$)[ \t]*/;
var ROMAN = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function romanValue(s) {
  const t = s.toLowerCase();
  if (!/^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(t) || t === "") return void 0;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = ROMAN[t[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
function readNumber(text6, before = []) {
  const minute = MINUTE.exec(text6);
  if (minute) {
    const [seq, year] = minute[2].split("/").map(Number);
    return make(minute, minute[2] + minute[3], "minute", seq, [seq, year]);
  }
  const dec = DECIMAL.exec(text6);
  if (dec) {
    const parts = dec[2].split(".").map(Number);
    if (parts.length === 1 && dec[3] === "" && parts[0] > 99) return void 0;
    if (dec[0].length === text6.length && dec[3] === "") return void 0;
    const scheme = parts.length > 1 ? "multilevel" : "decimal";
    return make(dec, dec[2] + dec[3], scheme, parts[parts.length - 1], parts);
  }
  const letter = LETTER.exec(text6);
  if (letter) {
    const [, , open, body, close3] = letter;
    if (open === "(" && close3 !== ")") return void 0;
    const rest = text6.slice(letter[0].length);
    if (close3 === "." && (/^[A-Z]\.(\s|$)/.test(rest) || /^[a-z]/.test(rest))) return void 0;
    const upper = body === body.toUpperCase();
    if (body !== body.toLowerCase() && !upper) return void 0;
    const roman = romanValue(body);
    const single = body.length === 1;
    const text0 = open + body + close3;
    const romanScheme = upper ? "roman-upper" : "roman-lower";
    if (roman !== void 0) {
      if (!single) return make(letter, text0, romanScheme, roman, [roman]);
      const lastAlpha = [...before].reverse().find((n) => n.scheme.startsWith("alpha"));
      const lastRoman = [...before].reverse().find((n) => n.scheme.startsWith("roman"));
      const afterLetter = lastAlpha !== void 0 && lastAlpha.value === alphaValue(body) - 1;
      const afterRoman = lastRoman !== void 0 && (roman === lastRoman.value + 1 || roman === lastRoman.value);
      if (!afterLetter && (afterRoman || roman === 1)) return make(letter, text0, romanScheme, roman, [roman]);
    }
    if (!single) return void 0;
    return make(letter, text0, upper ? "alpha-upper" : "alpha-lower", alphaValue(body), [alphaValue(body)]);
  }
  return void 0;
}
function alphaValue(letter) {
  return letter.toLowerCase().charCodeAt(0) - 96;
}
function make(m, text6, scheme, value2, parts) {
  return { text: text6, scheme, value: value2, parts, length: m[0].length, offset: m[1].length };
}
function nextNumberText(n, value2 = n.value + 1) {
  switch (n.scheme) {
    case "decimal":
      return n.text.replace(/^\d+/, String(value2));
    case "multilevel":
      return n.text.replace(/\d+(?=\D*$)/, String(value2));
    case "minute": {
      const [seq] = n.text.split("/");
      return n.text.replace(/^\d+/, String(value2).padStart(seq.length, "0"));
    }
    case "alpha-lower":
    case "alpha-upper": {
      const c = String.fromCharCode(96 + value2);
      return n.text.replace(/[a-zA-Z]/, n.scheme === "alpha-upper" ? c.toUpperCase() : c);
    }
    case "roman-lower":
    case "roman-upper": {
      const r = toRoman(value2);
      return n.text.replace(/[a-zA-Z]+/, n.scheme === "roman-upper" ? r.toUpperCase() : r);
    }
  }
}
function toRoman(n) {
  const table = [[100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
var PROCEDURAL_FAMILIES = ["attendance", "apologies", "action_review", "matters_arising", "previous_minutes", "any_other_business", "next_meeting", "close", "agenda", "procedural"];
function sectionKind(title, words3 = patternsOf()) {
  const t = title.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").replace(/[\s:.;,–—-]+$/, "").trim();
  if (words3.sectionStart.annex.test(t)) return "annex";
  if (words3.sectionStart.signature.test(t)) return "signature";
  if (PROCEDURAL_FAMILIES.some((f) => words3.section[f].test(t))) return "procedural";
  return "business";
}

// src/rules/agenda-numbering.ts
var agendaNumbering = {
  id: "agenda-numbering",
  scope: "file",
  severity: "error",
  description: "Section numbers run on within their scheme among siblings (1, 2, 3\u2026; 3.1, 3.2\u2026; a), b)\u2026; 044/18, 045/18\u2026), with no gap or repeat",
  check(ctx) {
    walk(ctx, ctx.meeting.agenda, void 0);
    for (const run of ctx.meeting.numberedParagraphs) numberedParagraphs(ctx, run);
  }
};
var isDecimal = (s) => s === "decimal" || s === "multilevel";
var familyOf = (s) => isDecimal(s) ? "decimal" : s.replace(/-(lower|upper)$/, "");
function walk(ctx, items2, parent) {
  const previous3 = /* @__PURE__ */ new Map();
  const parentNumber = parent?.written && isDecimal(parent.written.scheme) ? parent.number : void 0;
  let unnumbered = 0;
  for (const item of items2) {
    const w = item.written;
    if (!w) unnumbered++;
    else if (item.numberSpan && !previous3.size && w.value > 1 && w.value - 1 <= unnumbered) previous3.set(familyOf(w.scheme), { ...w, value: w.value - 1, parts: [...w.parts.slice(0, -1), w.value - 1] });
    if (w && item.numberSpan) {
      const family = familyOf(w.scheme);
      const before = previous3.get(family);
      checkOne(ctx, item, w, before, parentNumber, parent);
      previous3.set(family, w);
    }
    walk(ctx, item.children, item);
  }
}
function checkOne(ctx, item, w, before, parentNumber, parent) {
  const kind = parent ? "Sub-item" : "Agenda item";
  const span = item.numberSpan;
  if (isDecimal(w.scheme)) {
    const found2 = item.number;
    const prefix = w.parts.slice(0, -1).join(".");
    const prevOwn = before ? before.parts[before.parts.length - 1] : void 0;
    if (parentNumber !== void 0) {
      const expected2 = `${parentNumber}.${(prevOwn ?? 0) + 1}`;
      if (w.parts.length === 1 && parentNumber !== void 0) {
        report(ctx, span, kind, found2, String((prevOwn ?? 0) + 1), w.value, prevOwn, w.value === 0 && prevOwn === void 0);
        return;
      }
      if (prefix !== parentNumber) {
        ctx.report(span, `${kind} number ${found2} is numbered under ${prefix} but stands under item ${parentNumber}: expected ${expected2}, found ${found2}`);
        return;
      }
      report(ctx, span, kind, found2, expected2, w.value, prevOwn, false, parentNumber);
      return;
    }
    if (w.parts.length > 1) {
      const prevPrefix = before && before.parts.length > 1 ? before.parts.slice(0, -1).join(".") : void 0;
      if (prevPrefix === prefix) report(ctx, span, kind, found2, `${prefix}.${prevOwn + 1}`, w.value, prevOwn, false, prefix);
      return;
    }
    report(ctx, span, kind, found2, String((prevOwn ?? 0) + 1), w.value, prevOwn ?? (w.value === 0 ? -1 : 0), false);
    return;
  }
  if (w.scheme === "minute" && !before) return;
  const prevValue = before?.value ?? 0;
  if (w.value === prevValue + 1) return;
  const expected = before ? nextNumberText(before) : nextNumberText(w, 1);
  const how = w.value > prevValue + 1 ? `skips ${skippedText(before ?? w, prevValue + 1, w.value)}` : w.value === prevValue ? "repeats the number before it" : "goes back";
  ctx.report(span, `${kind} number ${w.text} ${how}: expected ${expected}, found ${w.text}`);
}
function report(ctx, span, kind, found2, expected, own5, prevOwn, allowed, prefix) {
  const prev = prevOwn ?? 0;
  if (allowed || own5 === prev + 1) return;
  const name = (n) => prefix !== void 0 ? `${prefix}.${n}` : String(n);
  const how = own5 > prev + 1 ? `skips ${own5 - (prev + 1) === 1 ? name(prev + 1) : `${name(prev + 1)} to ${name(own5 - 1)}`}` : own5 === prev ? "repeats the number before it" : "goes back";
  ctx.report(span, `${kind} number ${found2} ${how}: expected ${expected}, found ${found2}`);
}
function skippedText(n, from, to) {
  const name = (v) => nextNumberText(n, v);
  return to - from === 1 ? name(from) : `${name(from)} to ${name(to - 1)}`;
}
function numberedParagraphs(ctx, run) {
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1].number;
    const p = run[i];
    if (p.number === prev + 1) continue;
    const expected = p.text.replace(/^\d+/, String(prev + 1));
    const skipped = p.text.replace(/^\d+/, String(p.number - 1));
    const how = p.number > prev + 1 ? `skips ${p.number - prev === 2 ? expected : `${expected} to ${skipped}`}` : p.number === prev ? "repeats the number before it" : "goes back";
    ctx.report(p.span, `Numbered paragraph ${p.text} ${how}: expected ${expected}, found ${p.text}`);
  }
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// src/rules/title-mismatch.ts
var normalise = (s) => s.replace(/\s+/g, " ").trim();
var titleMismatch = {
  id: "title-mismatch",
  scope: "file",
  severity: "error",
  description: "A `#` heading, if any, matches an explicit `title`",
  check(ctx) {
    const { meeting } = ctx;
    const heading2 = meeting.titleHeading;
    if (!heading2?.position || meeting.titleWritten === void 0) return;
    const written = normalise(toString(heading2));
    const title = normalise(meeting.titleWritten);
    if (written === title) return;
    const first = heading2.children[0]?.position?.start.offset;
    const place = ctx.loc.span(first ?? heading2.position.start.offset, heading2.position.end.offset);
    ctx.report(place, `The heading "${written}" differs from \`title\`: "${title}"`);
  }
};

// src/rules/end-before-start.ts
var endBeforeStart = {
  id: "end-before-start",
  scope: "file",
  severity: "error",
  description: "The meeting `end` time is after its `start` time",
  check(ctx) {
    const { start, end, fields } = ctx.meeting;
    const place = fields.end?.value;
    if (start === void 0 || end === void 0 || !place) return;
    if ((timeZoneOf(start) ?? timeZoneOf(end)) !== (timeZoneOf(end) ?? timeZoneOf(start))) return;
    const s = start.slice(0, 5);
    const e = end.slice(0, 5);
    if (e > s) return;
    const how = e === s ? "is the same as" : "is before";
    ctx.report(place, `\`end\` ${end} ${how} \`start\` ${start}: the meeting must end after it starts`);
  }
};

// src/rules/next-meeting-date.ts
var nextMeetingDate = {
  id: "next-meeting-date",
  scope: "file",
  severity: "error",
  description: "Every `next_meetings` date (or month) is after this meeting's date",
  check(ctx) {
    const { date, nextMeetings } = ctx.meeting;
    if (date === void 0) return;
    for (const next of nextMeetings) {
      const what = next.label ? `"${next.label}"` : "next meeting";
      const place = next.fields.date?.value ?? next.span;
      if (next.when === "month" && next.month !== void 0 && next.month < date.slice(0, 7)) {
        ctx.report(place, `The ${what} month ${next.month} is before this meeting (${date}): a next meeting comes after this one`);
      }
      if (!next.date || next.date > date) continue;
      const how = next.date === date ? "is the same day as" : "is before";
      ctx.report(place, `The ${what} date ${next.date} ${how} this meeting (${date}): a next meeting comes after this one`);
    }
  }
};

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check2) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value2, index2, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check2);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit4, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit4;
    function visit4() {
      const matches = !check2 || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty : [value2];
}

// node_modules/unist-util-visit/lib/index.js
function visit2(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check2;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check2, wrap(visitors), reverse);
  } else {
    visitParents(tree, check2, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// node_modules/devlop/lib/default.js
function ok2() {
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code3) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code3 !== null && (code3 < 32 || code3 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code3) {
  return code3 !== null && code3 < -2;
}
function markdownLineEndingOrSpace(code3) {
  return code3 !== null && (code3 < 0 || code3 === 32);
}
function markdownSpace(code3) {
  return code3 === -2 || code3 === -1 || code3 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check2;
  function check2(code3) {
    return code3 !== null && code3 > -1 && regex.test(String.fromCharCode(code3));
  }
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own.call(result, "fence") && !own.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code3 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code3];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code3] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType2 = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self = this;
    return start;
    function start(code3) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code3 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code3);
        }
      }
      return nok(code3);
    }
    function openSequence(code3) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code3)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code3);
        }
        return openAfter(code3);
      }
      if (code3 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code3);
        return openSequence;
      }
      return nok(code3);
    }
    function openSequenceWhitespace(code3) {
      if (markdownSpace(code3)) {
        effects.consume(code3);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code3);
    }
    function openAfter(code3) {
      if (markdownLineEnding(code3)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code3);
    }
    function contentStart(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        return contentEnd(code3);
      }
      effects.enter(valueType2);
      return contentInside(code3);
    }
    function contentInside(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects.exit(valueType2);
        return contentEnd(code3);
      }
      effects.consume(code3);
      return contentInside;
    }
    function contentEnd(code3) {
      if (code3 === null) {
        return nok(code3);
      }
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code3) {
      effects.exit(frontmatterType);
      return ok3(code3);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code3) {
      if (code3 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code3);
      }
      return nok(code3);
    }
    function closeSequence(code3) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code3)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code3);
        }
        return closeAfter(code3);
      }
      if (code3 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code3);
        return closeSequence;
      }
      return nok(code3);
    }
    function closeSequenceWhitespace(code3) {
      if (markdownSpace(code3)) {
        effects.consume(code3);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code3);
    }
    function closeAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects.exit(fenceType);
        return ok3(code3);
      }
      return nok(code3);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close2;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close2(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok2("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    handlers[matter2.type] = handler(matter2);
    const open = fence2(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open = fence2(matter2, "open");
  const close3 = fence2(matter2, "close");
  return handle2;
  function handle2(node2) {
    return open + (node2.value ? "\n" + node2.value : "") + "\n" + close3;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick3(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick3(matter2.fence, prop)
  );
}
function pick3(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions2 = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions2;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/ccount/index.js
function ccount(value2, character) {
  const source2 = String(value2);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source2.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source2.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list3, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list3);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler2(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler2(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match2 = find.exec(node2.value);
    while (match2) {
      const position2 = match2.index;
      const matchObject = {
        index: match2.index,
        input: match2.input,
        stack: [...parents, node2]
      };
      let value2 = replace2(...match2, matchObject);
      if (typeof value2 === "string") {
        value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0;
      }
      if (value2 === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add2({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value2)) {
          for (const child of value2) add2(child);
        } else if (value2) {
          add2(value2);
        }
        start = position2 + match2[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match2 = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add2({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add2(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list3 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list3.length) {
    const tuple = list3[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[ps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match2) {
  if (!previous(match2)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value2 = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match2) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match2.input.charAt(match2.index + matchValue.length) === "@")) {
    return false;
  }
  const value2 = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code3 = url.charCodeAt(index2 - 1);
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 62 || code3 === 63 || code3 === 93 || code3 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous(match2) {
  const code3 = match2.input.charCodeAt(match2.index - 1);
  return match2.index === 0 || unicodeWhitespace(code3) || unicodePunctuation(code3);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  );
  subexit();
  exit3();
  value2 += tracker.move("]");
  return value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node2, _, state, info) {
    const tracker = state.createTracker(info);
    let value2 = tracker.move("[^");
    const exit3 = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value2 += tracker.move(
      state.safe(state.associationId(node2), { before: value2, after: "]" })
    );
    subexit();
    value2 += tracker.move("]:");
    if (node2.children && node2.children.length > 0) {
      tracker.shift(4);
      value2 += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node2, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit3();
    return value2;
  }
}
function mapExceptFirst(line, index2, blank) {
  return index2 === 0 ? line : mapAll(line, index2, blank);
}
function mapAll(line, index2, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value2 = tracker.move(sequence);
  value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  });
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value2) {
  return value2.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code3 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code3;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code3 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code3 === 99) {
      before = ":";
      after = ":";
    } else if (code3 === 108) {
      before = ":";
    } else if (code3 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code3 = alignments[columnIndex];
        if (code3 === 114) {
          before = " ".repeat(size);
        } else if (code3 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value2) {
  return value2 === null || value2 === void 0 ? "" : String(value2);
}
function toAlignment(value2) {
  const code3 = typeof value2 === "string" ? value2.codePointAt(0) : 0;
  return code3 === 67 || code3 === 99 ? 99 : code3 === 76 || code3 === 108 ? 108 : code3 === 82 || code3 === 114 ? 114 : 0;
}

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
function blockquote(node2, _, state, info) {
  const exit3 = state.enter("blockquote");
  const tracker = state.createTracker(info);
  tracker.move("> ");
  tracker.shift(2);
  const value2 = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map
  );
  exit3();
  return value2;
}
function map(line, _, blank) {
  return ">" + (blank ? "" : " ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
function patternInScope(stack, pattern) {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}
function listInScope(stack, list3, none) {
  if (typeof list3 === "string") {
    list3 = [list3];
  }
  if (!list3 || list3.length === 0) {
    return none;
  }
  let index2 = -1;
  while (++index2 < list3.length) {
    if (stack.includes(list3[index2])) {
      return true;
    }
  }
  return false;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
function hardBreak(_, _1, state, info) {
  let index2 = -1;
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    if (pattern.character === "\n" && !pattern.before && !pattern.after && patternInScope(state.stack, pattern)) {
      return /[\t ]/.test(info.before) ? "" : " ";
    }
  }
  return "\\\n";
}

// node_modules/longest-streak/index.js
function longestStreak(value2, substring) {
  const source2 = String(value2);
  let index2 = source2.indexOf(substring);
  let expected = index2;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index2 !== -1) {
    if (index2 === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index2 + substring.length;
    index2 = source2.indexOf(substring, expected);
  }
  return max;
}

// node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
function formatCodeAsIndented(node2, state) {
  return Boolean(
    state.options.fences === false && node2.value && // If there’s no info…
    !node2.lang && // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node2.value) && // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node2.value)
  );
}

// node_modules/mdast-util-to-markdown/lib/util/check-fence.js
function checkFence(state) {
  const marker = state.options.fence || "`";
  if (marker !== "`" && marker !== "~") {
    throw new Error(
      "Cannot serialize code with `" + marker + "` for `options.fence`, expected `` ` `` or `~`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
function code(node2, _, state, info) {
  const marker = checkFence(state);
  const raw = node2.value || "";
  if (formatCodeAsIndented(node2, state)) {
    const exit4 = state.enter("codeIndented");
    const value3 = state.indentLines(raw, map2);
    exit4();
    return value3;
  }
  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit3 = state.enter("codeFenced");
  const suffix = marker === "`" ? "GraveAccent" : "Tilde";
  let value2 = tracker.move(sequence);
  if (node2.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`);
    value2 += tracker.move(
      state.safe(node2.lang, {
        before: value2,
        after: " ",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  if (node2.lang && node2.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`);
    value2 += tracker.move(" ");
    value2 += tracker.move(
      state.safe(node2.meta, {
        before: value2,
        after: "\n",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  value2 += tracker.move("\n");
  if (raw) {
    value2 += tracker.move(raw + "\n");
  }
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function map2(line, _, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/check-quote.js
function checkQuote(state) {
  const marker = state.options.quote || '"';
  if (marker !== '"' && marker !== "'") {
    throw new Error(
      "Cannot serialize title with `" + marker + "` for `options.quote`, expected `\"`, or `'`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
function definition(node2, _, state, info) {
  const quote3 = checkQuote(state);
  const suffix = quote3 === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("definition");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[");
  value2 += tracker.move(
    state.safe(state.associationId(node2), {
      before: value2,
      after: "]",
      ...tracker.current()
    })
  );
  value2 += tracker.move("]: ");
  subexit();
  if (
    // If there’s no url, or…
    !node2.url || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: node2.title ? " " : "\n",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote3);
    value2 += tracker.move(
      state.safe(node2.title, {
        before: value2,
        after: quote3,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote3);
    subexit();
  }
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
function checkEmphasis(state) {
  const marker = state.options.emphasis || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize emphasis with `" + marker + "` for `options.emphasis`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code3) {
  if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
    return 1;
  }
  if (unicodePunctuation(code3)) {
    return 2;
  }
}

// node_modules/mdast-util-to-markdown/lib/util/character.js
function firstCharacter(value2) {
  const code3 = value2.codePointAt(0);
  return code3 === void 0 ? "" : String.fromCodePoint(code3);
}
function lastCharacter(value2) {
  const code3 = value2.codePointAt(value2.length - 2);
  return code3 !== void 0 && code3 > 65535 ? value2.slice(-2) : value2.slice(-1);
}

// node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
function encodeCharacterReference(code3) {
  return "&#x" + code3.toString(16).toUpperCase() + ";";
}

// node_modules/mdast-util-to-markdown/lib/util/encode-info.js
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);
  if (outsideKind === void 0) {
    return insideKind === void 0 ? (
      // Letter inside:
      // we have to encode *both* letters for `_` as it is looser.
      // it already forms for `*` (and GFMs `~`).
      marker === "_" ? { inside: true, outside: true } : { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (letter, whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: encode outer (letter)
      { inside: false, outside: true }
    );
  }
  if (outsideKind === 1) {
    return insideKind === void 0 ? (
      // Letter inside: already forms.
      { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: already forms.
      { inside: false, outside: false }
    );
  }
  return insideKind === void 0 ? (
    // Letter inside: already forms.
    { inside: false, outside: false }
  ) : insideKind === 1 ? (
    // Whitespace inside: encode inner (whitespace).
    { inside: true, outside: false }
  ) : (
    // Punctuation inside: already forms.
    { inside: false, outside: false }
  );
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
function htmlKind(value2) {
  if (value2.charCodeAt(0) !== 60) return;
  const next = value2.charCodeAt(1);
  if (next === 33) {
    const code4 = value2.charCodeAt(2);
    if (code4 === 45) return 2;
    if (code4 === 91) return 5;
    if (asciiAlpha(code4)) return 4;
    return;
  }
  if (next === 63) return 3;
  const closing = next === 47;
  const start = closing ? 2 : 1;
  let end = start;
  let code3 = value2.charCodeAt(end);
  if (!asciiAlpha(code3)) return;
  while (code3 === 45 || asciiAlphanumeric(code3)) {
    code3 = value2.charCodeAt(++end);
  }
  const name = value2.slice(start, end).toLowerCase();
  if (!closing && code3 !== 47 && htmlRawNames.includes(name)) {
    return 1;
  }
  return htmlBlockNames.includes(name) ? 6 : 7;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
var builtins = /* @__PURE__ */ new Map([
  ["*", false],
  ["_", true]
]);
function candidates(tokens2, involved, runOf) {
  const related = /* @__PURE__ */ new Set();
  for (const token of tokens2) {
    const siblings = runOf.get(token);
    if (siblings && token.attention && involved.some((d) => d.attention === token.attention)) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }
  const ordered = [];
  for (const token of tokens2) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }
  ordered.reverse();
  return ordered;
}
function check(tokens2, before, after) {
  const runs = [];
  const wrong = /* @__PURE__ */ new Map();
  const runOf = /* @__PURE__ */ new Map();
  let index2 = 0;
  while (index2 < tokens2.length) {
    if (!tokens2[index2].attention) {
      index2++;
      continue;
    }
    const marker = tokens2[index2].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index2 + 1;
    while (end < tokens2.length && tokens2[end].attention && tokens2[end].value.charAt(0) === marker) {
      end++;
    }
    const head = index2 ? tokens2[index2 - 1].value : before;
    const previous3 = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens2.length ? tokens2[end].value : after).charCodeAt(0)
    );
    const open = !next || next === 2 && Boolean(previous3);
    const close3 = !previous3 || previous3 === 2 && Boolean(next);
    const run = {
      tokens: tokens2.slice(index2, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous3) || !close3) : open,
      close: strict ? close3 && (Boolean(next) || !open) : close3,
      // All builtins can split runs.
      split: strict !== void 0
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index2 = end;
  }
  pair(runs, wrong);
  index2 = -1;
  while (++index2 < tokens2.length) {
    const involved = wrong.get(tokens2[index2]);
    if (involved) return { attention: candidates(tokens2, involved, runOf), index: index2 };
  }
}
function encode(tokens2, start) {
  const token = tokens2[start ? 0 : tokens2.length - 1];
  if (!token || token.attention) return;
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */
    character.codePointAt(0)
  );
  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value2 = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;
    while (value2.charCodeAt(value2.length - 1 - escapes) === 92) {
      escapes++;
    }
    if (escapes % 2) value2 += "\\";
    token.value = value2 + reference;
  }
}
function improve(items2, chosen, mistake, before, after) {
  for (const attention4 of mistake.attention) {
    const current = chosen.get(attention4) || attention4.sequences[0];
    for (const sequence of attention4.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen);
      trial.set(attention4, sequence);
      const tokens2 = render(items2, trial, before, after);
      const next = check(tokens2, before, after);
      if (!next || next.index > mistake.index) {
        return { chosen: trial, mistake: next, tokens: tokens2 };
      }
    }
  }
}
function pair(runs, wrong) {
  const openersByMarker = /* @__PURE__ */ new Map();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener2 = openers[open];
      const openerSize = opener2.end - opener2.start;
      const closerSize = closer.end - closer.start;
      if (closer.split ? (
        // The rule of 3, on the sizes that are left.
        (opener2.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
      ) : (
        // Others pair whole runs of the same size.
        openerSize !== opener2.markers.length || openerSize !== closerSize
      )) {
        continue;
      }
      const size = closer.split ? openerSize > 1 && closerSize > 1 ? 2 : 1 : closerSize;
      const opening = opener2.markers.slice(opener2.end - size, opener2.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];
      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] && openToken.value.length === size && closeToken === closing[size - 1] && closeToken.value.length === size && // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [.../* @__PURE__ */ new Set([...opening, ...closing])];
        for (const token of involved) {
          const list3 = wrong.get(token);
          if (list3) list3.push(...involved);
        }
      }
      opener2.end -= size;
      closer.start += size;
      if (opener2.start === opener2.end) openers.splice(open, 1);
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}
function attentionSequences(type, markers2, sizes) {
  if (markers2.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without markers, expected one or more markers"
    );
  }
  if (sizes.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without sizes, expected one or more sizes"
    );
  }
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + size + "` as size, expected positive integer"
      );
    }
  }
  const sequences = [];
  for (const marker of markers2) {
    if (marker.length !== 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected a single ascii character"
      );
    }
    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected ascii punctuation"
      );
    }
    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }
  return sequences;
}
function phrasing2(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const results = [];
  let index2 = -1;
  let before = info.before;
  indexStack.push(-1);
  let tracker = state.createTracker(info);
  while (++index2 < children.length) {
    const child = children[index2];
    let after;
    indexStack[indexStack.length - 1] = index2;
    if (index2 + 1 < children.length) {
      let handle3 = state.handle.handlers[children[index2 + 1].type];
      if (handle3 && handle3.peek) handle3 = handle3.peek;
      after = handle3 ? firstCharacter(
        handle3(children[index2 + 1], parent, state, {
          before: "",
          after: "",
          ...tracker.current()
        })
      ) : "";
    } else {
      after = info.after;
    }
    const previous3 = results[results.length - 1];
    if (typeof previous3 === "string" && (before === "\r" || before === "\n") && child.type === "html" && htmlKind(child.value) !== 7) {
      results[results.length - 1] = previous3.replace(/(\r?\n|\r)$/, " ");
      before = " ";
      tracker = state.createTracker(info);
      tracker.move(serialize2(results, info.before, info.after));
    }
    const handle2 = state.handle.handlers[child.type];
    if (handle2 && handle2.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */
        child,
        handle2.attention,
        state,
        tracker
      );
      if (!item) continue;
      results.push(item);
      before = lastCharacter(item.sequences[0]);
    } else {
      const value2 = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });
      if (!value2) continue;
      tracker.move(value2);
      results.push(value2);
      before = lastCharacter(value2);
    }
  }
  indexStack.pop();
  return results;
}
function attentionItem(node2, attention4, state, tracker) {
  const { construct, markers: markers2, sizes } = attention4(node2, state);
  const sequences = attentionSequences(node2.type, markers2, sizes);
  const sequence = sequences[0];
  const exit3 = state.enter(construct);
  const inside = state.createTracker(tracker.current());
  inside.move(sequence);
  const children = phrasing2(node2, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  });
  exit3();
  if (children.length === 0) return;
  tracker.move(sequence);
  tracker.move(serialize2(children, sequence, sequence));
  tracker.move(sequence);
  return { children, sequences };
}
function fix(items2, chosen, before, after) {
  let tokens2 = render(items2, chosen, before, after);
  let mistake = check(tokens2, before, after);
  while (mistake) {
    const next = improve(items2, chosen, mistake, before, after);
    if (!next) return;
    chosen = next.chosen;
    tokens2 = next.tokens;
    mistake = next.mistake;
  }
  return tokens2;
}
function guess(items2, chosen, before, after) {
  let previous3 = before;
  let index2 = -1;
  while (++index2 < items2.length) {
    const item = items2[index2];
    if (typeof item === "string") {
      previous3 = "";
      continue;
    }
    const next = index2 === items2.length - 1 ? after : "";
    const sequence = item.sequences.find(function(value2) {
      const marker = value2.charAt(0);
      return marker !== previous3.charAt(0) && marker !== next.charAt(0) || items2.length === 1 && builtins.has(marker) && value2.length > before.length;
    }) || item.sequences[0];
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous3 = sequence;
  }
}
function render(items2, chosen, before, after) {
  const tokens2 = [];
  let encodeAfter;
  let previous3 = lastCharacter(before);
  let index2 = -1;
  while (++index2 < items2.length) {
    const item = items2[index2];
    if (typeof item === "string") {
      const token = { value: item, attention: void 0 };
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true);
      }
      encodeAfter = void 0;
      tokens2.push(token);
      if (token.value) previous3 = lastCharacter(token.value);
      continue;
    }
    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items2[index2 + 1];
    const outsideBefore = previous3;
    const outsideAfter = firstCharacter(
      next === void 0 ? after : typeof next === "string" ? next : chosen.get(next) || next.sequences[0]
    );
    const inside = render(item.children, chosen, sequence, sequence);
    const head = inside[0].value;
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );
    if (open.inside) encode(inside, true);
    const tail = lastCharacter(inside[inside.length - 1].value);
    const close3 = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );
    if (close3.inside) encode(inside, false);
    if (open.outside && outsideBefore !== "\n" && outsideBefore !== "\r") {
      encode(tokens2, false);
    }
    if (close3.outside) encodeAfter = outsideAfter;
    tokens2.push({ value: sequence, attention: item }, ...inside, {
      value: sequence,
      attention: item
    });
    previous3 = sequence.charAt(sequence.length - 1);
  }
  return tokens2;
}
function serialize2(items2, before, after) {
  const guessed = /* @__PURE__ */ new Map();
  guess(items2, guessed, before, after);
  const tokens2 = (
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items2, guessed, before, after) : void 0) || // If stuck, start from the preferred sequences instead.
    fix(items2, /* @__PURE__ */ new Map(), before, after) || // If stuck again, use the preferred sequences as they are.
    render(items2, /* @__PURE__ */ new Map(), before, after)
  );
  let result = "";
  for (const token of tokens2) result += token.value;
  return result;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
emphasis.attention = attention;
emphasis.peek = peek;
function emphasis(node2, _, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention, state, state.createTracker(info));
  const value2 = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value2;
}
function attention(_, state) {
  const marker = checkEmphasis(state);
  return {
    construct: "emphasis",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [1]
  };
}
function peek(_, _1, state) {
  return state.options.emphasis || "*";
}

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
function formatHeadingAsSetext(node2, state) {
  let literalWithBreak = false;
  visit2(node2, function(node3) {
    if ("value" in node3 && /\r?\n|\r/.test(node3.value) || node3.type === "break") {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
function heading(node2, _, state, info) {
  const rank = Math.max(Math.min(6, node2.depth || 1), 1);
  const tracker = state.createTracker(info);
  if (formatHeadingAsSetext(node2, state)) {
    const exit4 = state.enter("headingSetext");
    const subexit2 = state.enter("phrasing");
    const value3 = state.containerPhrasing(node2, {
      ...tracker.current(),
      before: "\n",
      after: "\n"
    });
    subexit2();
    exit4();
    return value3 + "\n" + (rank === 1 ? "=" : "-").repeat(
      // The whole size…
      value3.length - // Minus the position of the character after the last EOL (or
      // 0 if there is none)…
      (Math.max(value3.lastIndexOf("\r"), value3.lastIndexOf("\n")) + 1)
    );
  }
  const sequence = "#".repeat(rank);
  const exit3 = state.enter("headingAtx");
  const subexit = state.enter("phrasing");
  tracker.move(sequence + " ");
  let value2 = state.containerPhrasing(node2, {
    before: "# ",
    after: "\n",
    ...tracker.current()
  });
  const head = value2.charCodeAt(0);
  if (head === 9 || head === 32) {
    value2 = encodeCharacterReference(head) + value2.slice(1);
  }
  value2 = value2 ? sequence + " " + value2 : sequence;
  if (state.options.closeAtx) {
    value2 += " " + sequence;
  }
  subexit();
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/html.js
html.peek = htmlPeek;
function html(node2) {
  return node2.value || "";
}
function htmlPeek() {
  return "<";
}

// node_modules/mdast-util-to-markdown/lib/handle/image.js
image.peek = imagePeek;
function image(node2, _, state, info) {
  const quote3 = checkQuote(state);
  const suffix = quote3 === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("image");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("![");
  value2 += tracker.move(
    state.safe(node2.alt, { before: value2, after: "]", ...tracker.current() })
  );
  value2 += tracker.move("](");
  subexit();
  if (
    // If there’s no url but there is a title…
    !node2.url && node2.title || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: node2.title ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote3);
    value2 += tracker.move(
      state.safe(node2.title, {
        before: value2,
        after: quote3,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote3);
    subexit();
  }
  value2 += tracker.move(")");
  exit3();
  return value2;
}
function imagePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
imageReference.peek = imageReferencePeek;
function imageReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("imageReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("![");
  const alt = state.safe(node2.alt, {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  value2 += tracker.move(alt + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !alt || alt !== reference) {
    value2 += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value2 = value2.slice(0, -1);
  } else {
    value2 += tracker.move("]");
  }
  return value2;
}
function imageReferencePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
inlineCode.peek = inlineCodePeek;
function inlineCode(node2, _, state) {
  let value2 = node2.value || "";
  let sequence = "`";
  let index2 = -1;
  while (new RegExp("(^|[^`])" + sequence + "([^`]|$)").test(value2)) {
    sequence += "`";
  }
  if (/[^\n\r ]/.test(value2) && (/^[\n\r ]/.test(value2) && /[\n\r ]$/.test(value2) || /^`|`$/.test(value2))) {
    value2 = " " + value2 + " ";
  }
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    const expression = state.compilePattern(pattern);
    if (!pattern.atBreak) continue;
    let match2;
    while (match2 = expression.exec(value2)) {
      let position2 = match2.index;
      if (value2.charCodeAt(position2) === 10 && value2.charCodeAt(position2 - 1) === 13) {
        position2--;
      }
      value2 = value2.slice(0, position2) + " " + value2.slice(match2.index + 1);
    }
  }
  return sequence + value2 + sequence;
}
function inlineCodePeek() {
  return "`";
}

// node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
function formatLinkAsAutolink(node2, state) {
  const raw = toString(node2);
  return Boolean(
    !state.options.resourceLink && // If there’s a url…
    node2.url && // And there’s no title…
    !node2.title && // And the content of `node` is a single text node…
    node2.children && node2.children.length === 1 && node2.children[0].type === "text" && // And if the url is the same as the content…
    (raw === node2.url || "mailto:" + raw === node2.url) && // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node2.url) && // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node2.url)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
link.peek = linkPeek;
function link(node2, _, state, info) {
  const quote3 = checkQuote(state);
  const suffix = quote3 === '"' ? "Quote" : "Apostrophe";
  const tracker = state.createTracker(info);
  if (formatLinkAsAutolink(node2, state)) {
    const stack = state.stack;
    state.stack = stack.filter(function(d) {
      return d !== "phrasing";
    });
    const exit4 = state.enter("autolink");
    let value3 = tracker.move("<");
    value3 += tracker.move(
      state.containerPhrasing(node2, {
        before: value3,
        after: ">",
        ...tracker.current()
      })
    );
    value3 += tracker.move(">");
    exit4();
    state.stack = stack;
    return value3;
  }
  const exit3 = state.enter("link");
  let subexit = state.enter("label");
  let value2 = tracker.move("[");
  const text6 = state.containerPhrasing(node2, {
    before: value2,
    after: "](",
    ...tracker.current()
  });
  value2 += tracker.move(text6);
  subexit();
  value2 += tracker.move("](");
  const enclose = /[\0- \u007F]/.test(node2.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node2.title || void 0;
  if (!title && !enclose && (last === "\n" || last === "\r")) {
    let index2 = 0;
    while (index2 < text6.length && text6.charCodeAt(index2) !== 93) {
      index2 += text6.charCodeAt(index2) === 92 ? 2 : 1;
    }
    if (text6.charCodeAt(index2 + 1) === 58) title = "";
  }
  if (
    // If there’s no url but there is a title…
    !node2.url && typeof title === "string" || // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: typeof title === "string" ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (typeof title === "string") {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote3);
    value2 += tracker.move(
      state.safe(title, {
        before: value2,
        after: quote3,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote3);
    subexit();
  }
  value2 += tracker.move(")");
  exit3();
  return value2;
}
function linkPeek(node2, _, state) {
  return formatLinkAsAutolink(node2, state) ? "<" : "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
linkReference.peek = linkReferencePeek;
function linkReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("linkReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[");
  const text6 = state.containerPhrasing(node2, {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  value2 += tracker.move(text6 + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !text6 || text6 !== reference) {
    value2 += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value2 = value2.slice(0, -1);
  } else {
    value2 += tracker.move("]");
  }
  return value2;
}
function linkReferencePeek() {
  return "[";
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
function checkBullet(state) {
  const marker = state.options.bullet || "*";
  if (marker !== "*" && marker !== "+" && marker !== "-") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bullet`, expected `*`, `+`, or `-`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;
  if (!bulletOther) {
    return bullet === "*" ? "-" : "*";
  }
  if (bulletOther !== "*" && bulletOther !== "+" && bulletOther !== "-") {
    throw new Error(
      "Cannot serialize items with `" + bulletOther + "` for `options.bulletOther`, expected `*`, `+`, or `-`"
    );
  }
  if (bulletOther === bullet) {
    throw new Error(
      "Expected `bullet` (`" + bullet + "`) and `bulletOther` (`" + bulletOther + "`) to be different"
    );
  }
  return bulletOther;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || ".";
  if (marker !== "." && marker !== ")") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bulletOrdered`, expected `.` or `)`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule.js
function checkRule(state) {
  const marker = state.options.rule || "*";
  if (marker !== "*" && marker !== "-" && marker !== "_") {
    throw new Error(
      "Cannot serialize rules with `" + marker + "` for `options.rule`, expected `*`, `-`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
function list(node2, parent, state, info) {
  const exit3 = state.enter("list");
  const bulletCurrent = state.bulletCurrent;
  let bullet = node2.ordered ? checkBulletOrdered(state) : checkBullet(state);
  const bulletOther = node2.ordered ? bullet === "." ? ")" : "." : checkBulletOther(state);
  let useDifferentMarker = parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;
  if (!node2.ordered) {
    const firstListItem = node2.children ? node2.children[0] : void 0;
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === "*" || bullet === "-") && // Empty first list item:
      firstListItem && (!firstListItem.children || !firstListItem.children[0]) && // Directly in two other list items:
      state.stack[state.stack.length - 1] === "list" && state.stack[state.stack.length - 2] === "listItem" && state.stack[state.stack.length - 3] === "list" && state.stack[state.stack.length - 4] === "listItem" && // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 && state.indexStack[state.indexStack.length - 2] === 0 && state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }
    if (checkRule(state) === bullet && firstListItem) {
      let index2 = -1;
      while (++index2 < node2.children.length) {
        const item = node2.children[index2];
        if (item && item.type === "listItem" && item.children && item.children[0] && item.children[0].type === "thematicBreak") {
          useDifferentMarker = true;
          break;
        }
      }
    }
  }
  if (useDifferentMarker) {
    bullet = bulletOther;
  }
  state.bulletCurrent = bullet;
  const value2 = state.containerFlow(node2, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || "one";
  if (style !== "tab" && style !== "one" && style !== "mixed") {
    throw new Error(
      "Cannot serialize items with `" + style + "` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`"
    );
  }
  return style;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
function listItem(node2, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);
  if (parent && parent.type === "list" && parent.ordered) {
    bullet = (typeof parent.start === "number" && parent.start > -1 ? parent.start : 1) + (state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node2)) + bullet;
  }
  let size = bullet.length + 1;
  if (listItemIndent === "tab" || listItemIndent === "mixed" && (parent && parent.type === "list" && parent.spread || node2.spread)) {
    size = Math.ceil(size / 4) * 4;
  }
  const tracker = state.createTracker(info);
  tracker.move(bullet + " ".repeat(size - bullet.length));
  tracker.shift(size);
  const exit3 = state.enter("listItem");
  const value2 = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map3
  );
  exit3();
  return value2;
  function map3(line, index2, blank) {
    if (index2) {
      return (blank ? "" : " ".repeat(size)) + line;
    }
    return (blank ? bullet : bullet + " ".repeat(size - bullet.length)) + line;
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
function paragraph(node2, _, state, info) {
  const exit3 = state.enter("paragraph");
  const subexit = state.enter("phrasing");
  const value2 = state.containerPhrasing(node2, info);
  subexit();
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/root.js
function root(node2, _, state, info) {
  const hasPhrasing = node2.children.some(function(d) {
    return phrasing(d);
  });
  if (!hasPhrasing) return state.containerFlow(node2, info);
  const exit3 = state.enter("phrasing");
  const value2 = state.containerPhrasing(node2, info);
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-strong.js
function checkStrong(state) {
  const marker = state.options.strong || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize strong with `" + marker + "` for `options.strong`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
strong.attention = attention2;
strong.peek = peek2;
function strong(node2, _, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention2, state, state.createTracker(info));
  const value2 = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value2;
}
function attention2(_, state) {
  const marker = checkStrong(state);
  return {
    construct: "strong",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [2]
  };
}
function peek2(_, _1, state) {
  return state.options.strong || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/text.js
function text(node2, parent, state, info) {
  const siblings = parent ? parent.children : [];
  const index2 = state.indexStack[state.indexStack.length - 1];
  return state.safe(node2.value, {
    ...info,
    afterNode: siblings[index2 + 1],
    beforeNode: siblings[index2 - 1]
  });
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;
  if (repetition < 3) {
    throw new Error(
      "Cannot serialize rules with repetition `" + repetition + "` for `options.ruleRepetition`, expected `3` or more"
    );
  }
  return repetition;
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
function thematicBreak(_, _1, state) {
  const value2 = (checkRule(state) + (state.options.ruleSpaces ? " " : "")).repeat(checkRuleRepetition(state));
  return state.options.ruleSpaces ? value2.slice(0, -1) : value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
var handle = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  emphasis,
  hardBreak,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list,
  listItem,
  paragraph,
  root,
  strong,
  text,
  thematicBreak
};

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own2 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own2.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code3 = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code3 < 9 || code3 === 11 || code3 > 13 && code3 < 32 || // Control character (DEL) of C0, and C1 controls.
    code3 > 126 && code3 < 160 || // Lone high surrogates and low surrogates.
    code3 > 55295 && code3 < 57344 || // Noncharacters.
    code3 > 64975 && code3 < 65008 || /* eslint-disable no-bitwise */
    (code3 & 65535) === 65535 || (code3 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code3 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code3);
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit,
      tableHeader: exit,
      tableRow: exit
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok2(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok2(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? " " : "|";
  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      { character: "\r", inConstruct: "tableCell" },
      { character: "\n", inConstruct: "tableCell" },
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      { atBreak: true, character: "|", after: "[	 :-]" },
      // A pipe in a cell must be encoded.
      { character: "|", inConstruct: "tableCell" },
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      { atBreak: true, character: ":", after: "-" },
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      { atBreak: true, character: "-", after: "[:|-]" }
    ]
  };
  function handleTable(node2, _, state, info) {
    const matrix = handleTableAsData(node2, state, info);
    const head = matrix[0];
    if (head) {
      let columns = node2.align ? node2.align.length : 0;
      let index2 = -1;
      if (!columns) {
        while (++index2 < matrix.length) {
          if (matrix[index2].length > columns) columns = matrix[index2].length;
        }
      }
      while (head.length < columns) head.push("");
    }
    return serializeData(matrix, node2.align);
  }
  function handleTableRow(node2, _, state, info) {
    const row = handleTableRowAsData(node2, state, info);
    const value2 = serializeData([row]);
    return value2.slice(0, value2.indexOf("\n"));
  }
  function handleTableCell(node2, _, state, info) {
    const exit3 = state.enter("tableCell");
    const subexit = state.enter("phrasing");
    const value2 = state.containerPhrasing(node2, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit3();
    return value2;
  }
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    });
  }
  function handleTableAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("table");
    while (++index2 < children.length) {
      result[index2] = handleTableRowAsData(children[index2], state, info);
    }
    subexit();
    return result;
  }
  function handleTableRowAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("tableRow");
    while (++index2 < children.length) {
      result[index2] = handleTableCell(children[index2], node2, state, info);
    }
    subexit();
    return result;
  }
  function inlineCodeWithTable(node2, parent, state) {
    const value2 = handle.inlineCode(node2, parent, state);
    if (!state.stack.includes("tableCell")) return value2;
    const result = [];
    let start = 0;
    let index2 = value2.indexOf("|");
    while (index2 !== -1) {
      let before = index2;
      while (before > start && value2.charCodeAt(before - 1) === 92) {
        before--;
      }
      result.push(value2.slice(start, index2));
      if ((index2 - before) % 2 === 0) result.push("\\");
      start = index2;
      index2 = value2.indexOf("|", index2 + 1);
    }
    result.push(value2.slice(start));
    return result.join("");
  }
}
function joinTable(left, right, parent, state) {
  if (left.type === "table" && parent.type === "listItem" && parent.spread === false && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext2(right, state) || right.type === "paragraph" || right.type === "table")) {
    return 1;
  }
}
function formatHeadingAsSetext2(node2, state) {
  let literalWithBreak = false;
  visit2(node2, function(node3) {
    if (node3.type === "break" || "value" in node3 && /\r?\n|\r/.test(node3.value)) {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok2(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok2(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}
function paragraphWithTaskListItem(node2, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node2) {
    return handle.paragraph(node2, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value2 = handle.paragraph(
    node2.children.length > 0 ? node2 : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value2;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph2 = taskListItemParagraph(parent);
  if (paragraph2 && parent.children.indexOf(left) < parent.children.indexOf(paragraph2)) {
    return 0;
  }
}
function taskListItemParagraph(node2) {
  if (typeof node2.checked !== "boolean") {
    return;
  }
  for (const child of node2.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items2) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items2.length < 1e4) {
    parameters = Array.from(items2);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items2.length) {
      parameters = items2.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items2) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items2);
    return list3;
  }
  return items2;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code3;
    if (right) {
      for (code3 in right) {
        if (!hasOwnProperty.call(left, code3)) left[code3] = [];
        const value2 = right[code3];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code3],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text2 = {};
function gfmAutolinkLiteral() {
  return {
    text: text2
  };
}
var code2 = 48;
while (code2 < 123) {
  text2[code2] = emailAutolink;
  code2++;
  if (code2 === 58) code2 = 65;
  else if (code2 === 91) code2 = 97;
}
text2[43] = emailAutolink;
text2[45] = emailAutolink;
text2[46] = emailAutolink;
text2[95] = emailAutolink;
text2[72] = [emailAutolink, protocolAutolink];
text2[104] = [emailAutolink, protocolAutolink];
text2[87] = [emailAutolink, wwwAutolink];
text2[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code3) {
    if (!gfmAtext(code3) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code3);
  }
  function atext(code3) {
    if (gfmAtext(code3)) {
      effects.consume(code3);
      return atext;
    }
    if (code3 === 64) {
      effects.consume(code3);
      return emailDomain;
    }
    return nok(code3);
  }
  function emailDomain(code3) {
    if (code3 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code3);
    }
    if (code3 === 45 || code3 === 95 || asciiAlphanumeric(code3)) {
      data = true;
      effects.consume(code3);
      return emailDomain;
    }
    return emailDomainAfter(code3);
  }
  function emailDomainDot(code3) {
    effects.consume(code3);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code3) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code3) {
    if (code3 !== 87 && code3 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code3);
  }
  function wwwAfter(code3) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code3) {
    if ((code3 === 72 || code3 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    return nok(code3);
  }
  function protocolPrefixInside(code3) {
    if (asciiAlpha(code3) && buffer.length < 5) {
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    if (code3 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code3);
        return protocolSlashesInside;
      }
    }
    return nok(code3);
  }
  function protocolSlashesInside(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code3);
  }
  function afterProtocol(code3) {
    return code3 === null || asciiControl(code3) || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || unicodePunctuation(code3) ? nok(code3) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code3);
  }
  function protocolAfter(code3) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code3) {
    if ((code3 === 87 || code3 === 119) && size < 3) {
      size++;
      effects.consume(code3);
      return wwwPrefixInside;
    }
    if (code3 === 46 && size === 3) {
      effects.consume(code3);
      return wwwPrefixAfter;
    }
    return nok(code3);
  }
  function wwwPrefixAfter(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code3) {
    if (code3 === 46 || code3 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || code3 !== 45 && unicodePunctuation(code3)) {
      return domainAfter(code3);
    }
    seen = true;
    effects.consume(code3);
    return domainInside;
  }
  function domainAtPunctuation(code3) {
    if (code3 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code3);
    return domainInside;
  }
  function domainAfter(code3) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code3);
    }
    return ok3(code3);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code3) {
    if (code3 === 40) {
      sizeOpen++;
      effects.consume(code3);
      return pathInside;
    }
    if (code3 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code3);
    }
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 63 || code3 === 93 || code3 === 95 || code3 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    effects.consume(code3);
    return pathInside;
  }
  function pathAtPunctuation(code3) {
    if (code3 === 41) {
      sizeClose++;
    }
    effects.consume(code3);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code3) {
    if (code3 === 33 || code3 === 34 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 63 || code3 === 95 || code3 === 126) {
      effects.consume(code3);
      return trail2;
    }
    if (code3 === 38) {
      effects.consume(code3);
      return trailCharacterReferenceStart;
    }
    if (code3 === 93) {
      effects.consume(code3);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code3 === 60 || // So is whitespace.
      code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)
    ) {
      return ok3(code3);
    }
    return nok(code3);
  }
  function trailBracketAfter(code3) {
    if (code3 === null || code3 === 40 || code3 === 91 || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    return trail2(code3);
  }
  function trailCharacterReferenceStart(code3) {
    return asciiAlpha(code3) ? trailCharacterReferenceInside(code3) : nok(code3);
  }
  function trailCharacterReferenceInside(code3) {
    if (code3 === 59) {
      effects.consume(code3);
      return trail2;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return trailCharacterReferenceInside;
    }
    return nok(code3);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    return asciiAlphanumeric(code3) ? nok(code3) : ok3(code3);
  }
}
function previousWww(code3) {
  return code3 === null || code3 === 40 || code3 === 42 || code3 === 95 || code3 === 91 || code3 === 93 || code3 === 126 || markdownLineEndingOrSpace(code3);
}
function previousProtocol(code3) {
  return !asciiAlpha(code3);
}
function previousEmail(code3) {
  return !(code3 === 47 || gfmAtext(code3));
}
function gfmAtext(code3) {
  return code3 === 43 || code3 === 45 || code3 === 46 || code3 === 95 || asciiAlphanumeric(code3);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve2 = constructs2[index2].resolveAll;
    if (resolve2 && !called.includes(resolve2)) {
      events = resolve2(events, context);
      called.push(resolve2);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention3 = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text6 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text6, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text6, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code3) {
    marker = code3;
    effects.enter("attentionSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code3);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code3) && code3 !== 42 && code3 !== 95;
    const close3 = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close3));
    token._close = Boolean(marker === 42 ? close3 : close3 && (after || !open));
    return ok3(code3);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code3);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return schemeOrEmailAtext;
    }
    if (code3 === 64) {
      return nok(code3);
    }
    return emailAtext(code3);
  }
  function schemeOrEmailAtext(code3) {
    if (code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) {
      size = 1;
      return schemeInsideOrEmailAtext(code3);
    }
    return emailAtext(code3);
  }
  function schemeInsideOrEmailAtext(code3) {
    if (code3 === 58) {
      effects.consume(code3);
      size = 0;
      return urlInside;
    }
    if ((code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) && size++ < 32) {
      effects.consume(code3);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code3);
  }
  function urlInside(code3) {
    if (code3 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code3 === null || code3 === 32 || code3 === 60 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return urlInside;
  }
  function emailAtext(code3) {
    if (code3 === 64) {
      effects.consume(code3);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code3)) {
      effects.consume(code3);
      return emailAtext;
    }
    return nok(code3);
  }
  function emailAtSignOrDot(code3) {
    return asciiAlphanumeric(code3) ? emailLabel(code3) : nok(code3);
  }
  function emailLabel(code3) {
    if (code3 === 46) {
      effects.consume(code3);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code3 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code3);
  }
  function emailValue(code3) {
    if ((code3 === 45 || asciiAlphanumeric(code3)) && size++ < 63) {
      const next = code3 === 45 ? emailValue : emailLabel;
      effects.consume(code3);
      return next;
    }
    return nok(code3);
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code3) {
    if (markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return ok3(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size++ < limit) {
      effects.consume(code3);
      return prefix;
    }
    effects.exit(type);
    return ok3(code3);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code3) {
    if (max > 0 && markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return after(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size < max) {
      effects.consume(code3);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code3);
  }
  function after(code3) {
    return size >= min ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code3) {
    return markdownSpace(code3) ? factorySpace(effects, after, "linePrefix")(code3) : after(code3);
  }
  function after(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit: exit2,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code3) {
    if (code3 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code3);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownSpace(code3)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code3);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code3);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return contBefore(code3);
  }
  function contBefore(code3) {
    return effects.attempt(blockQuote, ok3, nok)(code3);
  }
}
function exit2(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code3);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code3) {
    if (asciiPunctuation(code3)) {
      effects.enter("characterEscapeValue");
      effects.consume(code3);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code3) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code3);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code3) {
    if (code3 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code3);
  }
  function numeric(code3) {
    if (code3 === 88 || code3 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code3);
  }
  function value2(code3) {
    if (code3 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code3);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code3);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code3) && size++ < max) {
      effects.consume(code3);
      return value2;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return after;
  }
  function after(code3) {
    return self.parser.lazy[self.now().line] ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code3) {
    return beforeSequenceOpen(code3);
  }
  function beforeSequenceOpen(code3) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code3;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === marker) {
      sizeOpen++;
      effects.consume(code3);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code3);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code3) ? factorySpace(effects, infoBefore, "whitespace")(code3) : infoBefore(code3);
  }
  function infoBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code3) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code3);
  }
  function info(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return info;
  }
  function metaBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return infoBefore(code3);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code3);
  }
  function meta(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return meta;
  }
  function atNonLazyBreak(code3) {
    return effects.attempt(closeStart, after, contentBefore)(code3);
  }
  function contentBefore(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code3) {
    return initialPrefix > 0 && markdownSpace(code3) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code3) : beforeContentChunk(code3);
  }
  function beforeContentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code3);
  }
  function contentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code3);
    }
    effects.consume(code3);
    return contentChunk;
  }
  function after(code3) {
    effects.exit("codeFenced");
    return ok3(code3);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code3) {
      effects2.enter("lineEnding");
      effects2.consume(code3);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code3) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code3) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : beforeSequenceClose(code3);
    }
    function beforeSequenceClose(code3) {
      if (code3 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code3);
      }
      return nok2(code3);
    }
    function sequenceClose(code3) {
      if (code3 === marker) {
        size++;
        effects2.consume(code3);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code3) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code3) : sequenceCloseAfter(code3);
      }
      return nok2(code3);
    }
    function sequenceCloseAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects2.exit("codeFencedFence");
        return ok4(code3);
      }
      return nok2(code3);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code3);
  }
  function atBreak(code3) {
    if (code3 === null) {
      return after(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.attempt(furtherStart, atBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return atBreak(code3);
    }
    effects.consume(code3);
    return inside;
  }
  function after(code3) {
    effects.exit("codeIndented");
    return ok3(code3);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code3) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code3);
  }
  function onNotEnoughPrefix(code3) {
    return markdownLineEnding(code3) ? furtherStart2(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous: previous2,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous2(code3) {
  return code3 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code3) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code3);
  }
  function between(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 32) {
      effects.enter("space");
      effects.consume(code3);
      effects.exit("space");
      return between;
    }
    if (code3 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 32 || code3 === 96 || markdownLineEnding(code3)) {
      effects.exit("codeTextData");
      return between(code3);
    }
    effects.consume(code3);
    return data;
  }
  function sequenceClose(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code3);
    }
    token.type = "codeTextData";
    return data(code3);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items2) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items2) chunkedPush(this.left, items2);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items2) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items2);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items2) {
    this.setCursor(0);
    chunkedPush(this.right, items2.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code3) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code3);
  }
  function chunkInside(code3) {
    if (code3 === null) {
      return contentEnd(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code3);
    }
    effects.consume(code3);
    return chunkInside;
  }
  function contentEnd(code3) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code3);
  }
  function contentContinue(code3) {
    effects.consume(code3);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code3) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code3);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code3);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code3) {
    if (code3 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code3 === null || code3 === 32 || code3 === 41 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code3);
  }
  function enclosedBefore(code3) {
    if (code3 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code3);
  }
  function enclosed(code3) {
    if (code3 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code3);
    }
    if (code3 === null || code3 === 60 || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code3) {
    if (code3 === 60 || code3 === 62 || code3 === 92) {
      effects.consume(code3);
      return enclosed;
    }
    return enclosed(code3);
  }
  function raw(code3) {
    if (!balance && (code3 === null || code3 === 41 || markdownLineEndingOrSpace(code3))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code3);
    }
    if (balance < limit && code3 === 40) {
      effects.consume(code3);
      balance++;
      return raw;
    }
    if (code3 === 41) {
      effects.consume(code3);
      balance--;
      return raw;
    }
    if (code3 === null || code3 === 32 || code3 === 40 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? rawEscape : raw;
  }
  function rawEscape(code3) {
    if (code3 === 40 || code3 === 41 || code3 === 92) {
      effects.consume(code3);
      return raw;
    }
    return raw(code3);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code3) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code3);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code3) {
    if (size > 999 || code3 === null || code3 === 91 || code3 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code3 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code3);
  }
  function labelInside(code3) {
    if (code3 === null || code3 === 91 || code3 === 93 || markdownLineEnding(code3) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    if (!seen) seen = !markdownSpace(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      marker = code3 === 40 ? 41 : code3;
      return begin;
    }
    return nok(code3);
  }
  function begin(code3) {
    if (code3 === marker) {
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker || code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? escape4 : inside;
  }
  function escape4(code3) {
    if (code3 === marker || code3 === 92) {
      effects.consume(code3);
      return inside;
    }
    return inside(code3);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code3) {
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code3);
    }
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition2 = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code3) {
    effects.enter("definition");
    return before(code3);
  }
  function before(code3) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code3);
  }
  function labelAfter(code3) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code3);
  }
  function markerAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, destinationBefore)(code3) : destinationBefore(code3);
  }
  function destinationBefore(code3) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code3);
  }
  function destinationAfter(code3) {
    return effects.attempt(titleBefore, after, after)(code3);
  }
  function after(code3) {
    return markdownSpace(code3) ? factorySpace(effects, afterWhitespace, "whitespace")(code3) : afterWhitespace(code3);
  }
  function afterWhitespace(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, beforeMarker)(code3) : nok(code3);
  }
  function beforeMarker(code3) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code3);
  }
  function titleAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code3) : titleAfterOptionalWhitespace(code3);
  }
  function titleAfterOptionalWhitespace(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("hardBreakEscape");
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      effects.exit("hardBreakEscape");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text6 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text6, context], ["exit", text6, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("atxHeading");
    return before(code3);
  }
  function before(code3) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 35 && size++ < 6) {
      effects.consume(code3);
      return sequenceOpen;
    }
    if (code3 === null || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code3);
    }
    return nok(code3);
  }
  function atBreak(code3) {
    if (code3 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("atxHeading");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, atBreak, "whitespace")(code3);
    }
    effects.enter("atxHeadingText");
    return data(code3);
  }
  function sequenceFurther(code3) {
    if (code3 === 35) {
      effects.consume(code3);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 35 || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingText");
      return atBreak(code3);
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code3) {
    return before(code3);
  }
  function before(code3) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code3);
    return open;
  }
  function open(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      closingTag = true;
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      marker = 2;
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function cdataOpenInside(code3) {
    const value2 = "CDATA[";
    if (code3 === value2.charCodeAt(index2++)) {
      effects.consume(code3);
      if (index2 === value2.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function tagName(code3) {
    if (code3 === null || code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      const slash = code3 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code3) : continuation(code3);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code3);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code3) : continuation(code3);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code3) : closingTag ? completeClosingTagAfter(code3) : completeAttributeNameBefore(code3);
    }
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function basicSelfClosing(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code3);
  }
  function completeClosingTagAfter(code3) {
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeClosingTagAfter;
    }
    return completeEnd(code3);
  }
  function completeAttributeNameBefore(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return completeEnd;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameBefore;
    }
    return completeEnd(code3);
  }
  function completeAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code3);
  }
  function completeAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code3);
  }
  function completeAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      markerB = code3;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code3);
  }
  function completeAttributeValueQuoted(code3) {
    if (code3 === markerB) {
      effects.consume(code3);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 47 || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96 || markdownLineEndingOrSpace(code3)) {
      return completeAttributeNameAfter(code3);
    }
    effects.consume(code3);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownSpace(code3)) {
      return completeAttributeNameBefore(code3);
    }
    return nok(code3);
  }
  function completeEnd(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function completeAfter(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuation(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function continuation(code3) {
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationCommentInside;
    }
    if (code3 === 60 && marker === 1) {
      effects.consume(code3);
      return continuationRawTagOpen;
    }
    if (code3 === 62 && marker === 4) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 63 && marker === 3) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    if (code3 === 93 && marker === 5) {
      effects.consume(code3);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code3) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationStart(code3);
    }
    effects.consume(code3);
    return continuation;
  }
  function continuationStart(code3) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code3);
  }
  function continuationStartNonLazy(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuationStart(code3);
    }
    effects.enter("htmlFlowData");
    return continuation(code3);
  }
  function continuationCommentInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationRawTagOpen(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationRawEndTag(code3) {
    if (code3 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code3);
        return continuationClose;
      }
      return continuation(code3);
    }
    if (asciiAlpha(code3) && buffer.length < 8) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationCdataInside(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationDeclarationInside(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationClose(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code3);
    }
    effects.consume(code3);
    return continuationClose;
  }
  function continuationAfter(code3) {
    effects.exit("htmlFlow");
    return ok3(code3);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code3) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code3);
    return open;
  }
  function open(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instruction;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return declaration;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return nok(code3);
  }
  function comment(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 45) {
      effects.consume(code3);
      return commentClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = comment;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return comment;
  }
  function commentClose(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return comment(code3);
  }
  function commentEnd(code3) {
    return code3 === 62 ? end(code3) : code3 === 45 ? commentClose(code3) : comment(code3);
  }
  function cdataOpenInside(code3) {
    const value2 = "CDATA[";
    if (code3 === value2.charCodeAt(index2++)) {
      effects.consume(code3);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code3);
  }
  function cdata(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = cdata;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return cdata;
  }
  function cdataClose(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function cdataEnd(code3) {
    if (code3 === 62) {
      return end(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function declaration(code3) {
    if (code3 === null || code3 === 62) {
      return end(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = declaration;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return declaration;
  }
  function instruction(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instructionClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = instruction;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return instruction;
  }
  function instructionClose(code3) {
    return code3 === 62 ? end(code3) : instruction(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return nok(code3);
  }
  function tagClose(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return tagCloseBetween(code3);
  }
  function tagCloseBetween(code3) {
    if (markdownLineEnding(code3)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagCloseBetween;
    }
    return end(code3);
  }
  function tagOpen(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function tagOpenBetween(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return end;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenBetween;
    }
    return end(code3);
  }
  function tagOpenAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code3);
  }
  function tagOpenAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code3);
  }
  function tagOpenAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      marker = code3;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 60 || code3 === 61 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function end(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code3);
  }
  function lineEndingBefore(code3) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : lineEndingAfterPrefix(code3);
  }
  function lineEndingAfterPrefix(code3) {
    effects.enter("htmlTextData");
    return returnState(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close3;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close3) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close3 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close3][1].end
    }
  };
  const text6 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close3 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text6, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close3 - 3), context));
  media = push(media, [["exit", text6, context], events[close3 - 2], events[close3 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close3 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code3) {
    if (!labelStart) {
      return nok(code3);
    }
    if (labelStart._inactive) {
      return labelEndNok(code3);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code3) {
    if (code3 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code3);
    }
    if (code3 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code3);
    }
    return defined ? labelEndOk(code3) : labelEndNok(code3);
  }
  function referenceNotFull(code3) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code3);
  }
  function labelEndOk(code3) {
    labelStarts.pop();
    return ok3(code3);
  }
  function labelEndNok(code3) {
    labelStart._balanced = true;
    return nok(code3);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code3) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code3);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceOpen)(code3) : resourceOpen(code3);
  }
  function resourceOpen(code3) {
    if (code3 === 41) {
      return resourceEnd(code3);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code3);
  }
  function resourceDestinationAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceBetween)(code3) : resourceEnd(code3);
  }
  function resourceDestinationMissing(code3) {
    return nok(code3);
  }
  function resourceBetween(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code3);
    }
    return resourceEnd(code3);
  }
  function resourceTitleAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceEnd)(code3) : resourceEnd(code3);
  }
  function resourceEnd(code3) {
    if (code3 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code3);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code3);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code3) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code3);
  }
  function referenceFullAfter(code3) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code3) : nok(code3);
  }
  function referenceFullMissing(code3) {
    return nok(code3);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code3) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code3);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code3) {
    if (code3 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code3);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code3) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code3);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code3) {
    if (code3 === 91) {
      effects.enter("labelMarker");
      effects.consume(code3);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code3) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak2 = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code3) {
    effects.enter("thematicBreak");
    return before(code3);
  }
  function before(code3) {
    marker = code3;
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code3);
    }
    if (size >= 3 && (code3 === null || markdownLineEnding(code3))) {
      effects.exit("thematicBreak");
      return ok3(code3);
    }
    return nok(code3);
  }
  function sequence(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code3) ? factorySpace(effects, atBreak, "whitespace")(code3) : atBreak(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list2 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code3) {
    const kind = self.containerState.type || (code3 === 42 || code3 === 43 || code3 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code3 === self.containerState.marker : asciiDigit(code3)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code3 === 42 || code3 === 45 ? effects.check(thematicBreak2, nok, atMarker)(code3) : atMarker(code3);
      }
      if (!self.interrupt || code3 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code3);
      }
    }
    return nok(code3);
  }
  function inside(code3) {
    if (asciiDigit(code3) && ++size < 10) {
      effects.consume(code3);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code3 === self.containerState.marker : code3 === 41 || code3 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code3);
    }
    return nok(code3);
  }
  function atMarker(code3) {
    effects.enter("listItemMarker");
    effects.consume(code3);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code3;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code3) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code3);
  }
  function otherPrefix(code3) {
    if (markdownSpace(code3)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code3);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code3);
  }
  function endOfPrefix(code3) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code3);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code3) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code3);
  }
  function notBlank(code3) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code3)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code3);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code3);
  }
  function notInCurrentItem(code3) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list2, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code3) : nok(code3);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code3) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at3, remove, add2, before) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at3);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add2.push(...existing[2]);
      existing[2] = add2;
    } else {
      existing[2].push(...add2);
    }
    return;
  }
  const change = [at3, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at3, change);
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text6;
  let definition3;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text6 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition3 && events[index2][1].type === "definition") {
        definition3 = index2;
      }
    }
  }
  const heading2 = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text6][1].type = "setextHeadingText";
  if (definition3) {
    editMap.add(text6, 0, [["enter", heading2, context]]);
    editMap.add(definition3 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition3][1].end
    };
  } else {
    events[content3][1] = heading2;
  }
  editMap.add(events.length, 0, [["exit", heading2, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code3) {
    let index2 = self.events.length;
    let paragraph2;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph2 = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph2)) {
      effects.enter("setextHeadingLine");
      marker = code3;
      return before(code3);
    }
    return nok(code3);
  }
  function before(code3) {
    effects.enter("setextHeadingLineSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code3) ? factorySpace(effects, after, "lineSuffix")(code3) : after(code3);
  }
  function after(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("setextHeadingLine");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code3) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code3);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code3);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code3);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code3) {
    if (code3 !== 94) return nok(code3);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code3);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? callEscape : callData;
  }
  function callEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return callData;
    }
    return callData(code3);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code3) {
    if (code3 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code3);
  }
  function labelInside(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
  function labelAfter(code3) {
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code3);
  }
  function whitespaceAfter(code3) {
    return ok3(code3);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text6 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text6, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text6, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code3) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code3);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code3);
    }
    function more(code3) {
      const before = classifyCharacter(previous3);
      if (code3 === 126) {
        if (size > 1) return nok(code3);
        effects.consume(code3);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code3);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code3);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code3);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation2(this, index2, remove, add2);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at3, remove, add2) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at3);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add2);
    return;
  }
  const change = [at3, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at3, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code3) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    return next(code3);
  }
  function headRowBefore(code3) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code3);
  }
  function headRowStart(code3) {
    if (code3 === 124) {
      return headRowBreak(code3);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code3);
  }
  function headRowBreak(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code3);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code3);
  }
  function headRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return headRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return headRowData;
    }
    return headRowData(code3);
  }
  function headDelimiterStart(code3) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return headDelimiterBefore(code3);
  }
  function headDelimiterBefore(code3) {
    if (code3 === 45 || code3 === 58) {
      return headDelimiterValueBefore(code3);
    }
    if (code3 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterCellBefore(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code3);
    }
    return headDelimiterValueBefore(code3);
  }
  function headDelimiterValueBefore(code3) {
    if (code3 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code3 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return headDelimiterCellAfter(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterLeftAlignmentAfter(code3) {
    if (code3 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterFiller(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return headDelimiterFiller;
    }
    if (code3 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code3);
  }
  function headDelimiterRightAlignmentAfter(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code3);
    }
    return headDelimiterCellAfter(code3);
  }
  function headDelimiterCellAfter(code3) {
    if (code3 === 124) {
      return headDelimiterBefore(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code3);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterNok(code3) {
    return nok(code3);
  }
  function bodyRowStart(code3) {
    effects.enter("tableRow");
    return bodyRowBreak(code3);
  }
  function bodyRowBreak(code3) {
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("tableRow");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code3);
    }
    effects.enter("data");
    return bodyRowData(code3);
  }
  function bodyRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return bodyRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return bodyRowData;
    }
    return bodyRowData(code3);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map3 = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map3.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map3.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map3, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map3, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
  }
  map3.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map3, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map3.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map3.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map3.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map3.add(a, b, []);
      }
    }
    map3.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map3.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map3, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map3.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code3) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code3);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code3);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code3) {
    if (markdownLineEndingOrSpace(code3)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueUnchecked");
      return close3;
    }
    if (code3 === 88 || code3 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueChecked");
      return close3;
    }
    return nok(code3);
  }
  function close3(code3) {
    if (code3 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code3);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code3);
    }
    return nok(code3);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions3 = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions3;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// node_modules/micromark/lib/initialize/content.js
var content2 = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code3) {
    effects.enter("paragraph");
    return lineStart(code3);
  }
  function lineStart(code3) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code3);
  }
  function data(code3) {
    if (code3 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code3) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code3);
    }
    return checkNewContainers(code3);
  }
  function documentContinue(code3) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code3);
    }
    return start(code3);
  }
  function checkNewContainers(code3) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code3);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code3);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code3);
  }
  function thereIsANewContainer(code3) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code3);
  }
  function thereIsNoNewContainer(code3) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code3);
  }
  function documentContinued(code3) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code3);
  }
  function containerContinue(code3) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code3);
  }
  function flowStart(code3) {
    if (code3 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code3);
  }
  function flowContinue(code3) {
    if (code3 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code3);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code3);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text3 = initializeFactory("text");
function initializeFactory(field2) {
  return {
    resolveAll: createResolver(field2 === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field2];
    const text6 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code3) {
      return atBreak(code3) ? text6(code3) : notText(code3);
    }
    function notText(code3) {
      if (code3 === null) {
        effects.consume(code3);
        return;
      }
      effects.enter("data");
      effects.consume(code3);
      return data;
    }
    function data(code3) {
      if (atBreak(code3)) {
        effects.exit("data");
        return text6(code3);
      }
      effects.consume(code3);
      return data;
    }
    function atBreak(code3) {
      if (code3 === null) {
        return true;
      }
      const list3 = constructs2[code3];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text4
});
var document2 = {
  [42]: list2,
  [43]: list2,
  [45]: list2,
  [48]: list2,
  [49]: list2,
  [50]: list2,
  [51]: list2,
  [52]: list2,
  [53]: list2,
  [54]: list2,
  [55]: list2,
  [56]: list2,
  [57]: list2,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition2
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak2,
  [45]: [setextUnderline, thematicBreak2],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak2,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text4 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention3,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention3,
  [96]: codeText
};
var insideSpan = {
  null: [attention3, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code3) {
    consumed = void 0;
    expectedCode = code3;
    state = state(code3);
  }
  function consume(code3) {
    if (markdownLineEnding(code3)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code3 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code3 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code3;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map3) {
        return start;
        function start(code3) {
          const left = code3 !== null && map3[code3];
          const all2 = code3 !== null && map3.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code3);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code3) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code3);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code3);
        }
      }
      function ok3(code3) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code3) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content2),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text3)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding2, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding2 || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match2 = search.exec(value2);
      const endPosition = match2 && match2.index !== void 0 ? match2.index : value2.length;
      const code3 = value2.charCodeAt(endPosition);
      if (!match2) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code3 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code3) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own3 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding2, options) {
  if (encoding2 && typeof encoding2 === "object") {
    options = encoding2;
    encoding2 = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding2, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link2),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading2),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition3),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis2),
      hardBreakEscape: opener2(hardBreak2),
      hardBreakTrailing: opener2(hardBreak2),
      htmlFlow: opener2(html2, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html2, buffer),
      htmlTextData: onenterdata,
      image: opener2(image2),
      label: buffer,
      link: opener2(link2),
      listItem: opener2(listItem2),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list3, onenterlistordered),
      listUnordered: opener2(list3),
      paragraph: opener2(paragraph2),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading2),
      strong: opener2(strong2),
      thematicBreak: opener2(thematicBreak3)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler2 = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own3.call(handler2, events[index2][1].type)) {
        handler2[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler2 = tail[1] || defaultOnError;
      handler2.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem3;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem3 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem3) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem3._spread = true;
          }
          listItem3.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem3, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem3 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close3;
    function close3(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler2 = open[1] || defaultOnError;
        handler2.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text6();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition3() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis2() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading2() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak2() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html2() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image2() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link2() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem2(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph2() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong2() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text6() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak3() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own3.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value2);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value2) && !(Symbol.iterator in value2);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap2(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap2(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value2 = proto[property];
    const apply = function() {
      return value2.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own4 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value2) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value2;
        return this;
      }
      return own4.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve2, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve2) {
          resolve2(file2);
        } else {
          ok2(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok2(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve2, reject) {
      ok2(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve2) {
          resolve2(resultingTree);
        } else {
          ok2(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok2(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value2, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value2 === null || value2 === void 0) {
    } else if (typeof value2 === "function") {
      addPlugin(value2, parameters);
    } else if (typeof value2 === "object") {
      if (Array.isArray(value2)) {
        addList(value2);
      } else {
        addPreset(value2);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value2 + "`");
    }
    return this;
    function add2(value3) {
      if (typeof value3 === "function") {
        addPlugin(value3, []);
      } else if (typeof value3 === "object") {
        if (Array.isArray(value3)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value3
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value3);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value3 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add2(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value2) {
  return looksLikeAVFile(value2) ? value2 : new VFile(value2);
}
function looksLikeAVFile(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "message" in value2 && "messages" in value2
  );
}
function looksLikeAValue(value2) {
  return typeof value2 === "string" || isUint8Array2(value2);
}
function isUint8Array2(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// src/parse/markdown.ts
var processor;
var linklessProcessor;
var parserFor = (autolinkLiterals) => autolinkLiterals ? processor ??= unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]) : linklessProcessor ??= unified().use(remarkParse).use(remarkGfm).use(withoutAutolinkLiterals).use(remarkFrontmatter, ["yaml"]);
var AUTOLINK_CONSTRUCTS = /* @__PURE__ */ new Set(["wwwAutolink", "protocolAutolink", "emailAutolink"]);
function withoutAutolinkLiterals() {
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((ext) => {
    if (!ext.text) return ext;
    const text6 = {};
    for (const [code3, c] of Object.entries(ext.text)) {
      const kept = (Array.isArray(c) ? c : [c]).filter((x) => !AUTOLINK_CONSTRUCTS.has(x.name ?? ""));
      if (kept.length > 0) text6[code3] = kept;
    }
    return { ...ext, text: text6 };
  });
  const isAutolink = (e) => typeof e === "object" && e !== null && "enter" in e && "literalAutolink" in (e.enter ?? {});
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((e) => Array.isArray(e) ? e.filter((x) => !isAutolink(x)) : e).filter((e) => !isAutolink(e));
}
var CHUNK_THRESHOLD = 256 * 1024;
function parseMarkdown(text6, options = {}) {
  const from = options.bodyStart ?? 0;
  if (from <= 0 || from > text6.length || text6.charCodeAt(from - 1) !== 10) return markDelimiters(parseWhole(text6, options), text6);
  const root2 = parseWhole(text6.slice(from), options);
  const lines = lineBreaks(text6, from);
  for (const c of root2.children) shift(c, from, lines);
  const end = root2.position?.end;
  root2.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: end && root2.children.length > 0 ? { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + from } : { line: lines + 1, column: 1, offset: from }
  };
  return markDelimiters(root2, text6);
}
function lineBreaks(text6, before) {
  let n = 0;
  for (let i = 0; i < before; i++) {
    const c = text6.charCodeAt(i);
    if (c === 10 || c === 13 && text6.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
function markDelimiters(root2, text6) {
  if (!/^[ \t>]*\d{1,9}[.)]/m.test(text6)) return root2;
  const walk2 = (nodes) => {
    for (const n of nodes) {
      if (n.type === "list" && n.ordered) {
        const first = n.children[0]?.position?.start.offset;
        if (first !== void 0 && /^\d{1,9}\)/.test(text6.slice(first, first + 10))) n.data = { ...n.data, delimiter: ")" };
        const numbers = n.children.map((item) => {
          const at3 = item.position?.start.offset;
          const written = at3 === void 0 ? void 0 : /^\d{1,9}/.exec(text6.slice(at3, at3 + 10))?.[0];
          return written === void 0 ? void 0 : Number(written);
        });
        const lazy = numbers.every((x) => x === void 0 || x === (n.start ?? 1));
        let expected = n.start ?? 1;
        n.children.forEach((item, i) => {
          const written = numbers[i];
          if (!lazy && written !== void 0 && written !== expected) item.data = { ...item.data, number: written };
          expected = (lazy || written === void 0 ? expected : written) + 1;
        });
      }
      if ("children" in n) walk2(n.children);
    }
  };
  walk2(root2.children);
  return root2;
}
function parseWhole(text6, options) {
  const parser = () => parserFor(options.autolinkLiterals !== false);
  if (text6.length <= CHUNK_THRESHOLD) return parser().parse(text6);
  const starts = sectionStarts(text6);
  if (starts.length === 1) return parser().parse(text6);
  const root2 = { type: "root", children: [] };
  const loc = createLocator(text6);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = starts[i + 1] ?? text6.length;
    const part = parser().parse(text6.slice(from, to));
    if (from > 0) for (const c of part.children) shift(c, from, loc.point(from).line - 1);
    root2.children.push(...part.children);
  }
  root2.position = { start: { line: 1, column: 1, offset: 0 }, end: loc.point(text6.length) };
  return root2;
}
function sectionStarts(text6) {
  if (/^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:/m.test(text6)) return [0];
  const starts = [0];
  let fence3;
  let htmlEnd;
  let previousBlank = false;
  let lastCut = 0;
  let pos = 0;
  while (pos < text6.length) {
    const nl = text6.indexOf("\n", pos);
    const end = nl === -1 ? text6.length : nl;
    const lineText4 = text6.slice(pos, end);
    if (fence3) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(lineText4);
      if (m && m[1][0] === fence3.char && m[1].length >= fence3.length) fence3 = void 0;
    } else if (htmlEnd) {
      if (htmlEnd.test(lineText4)) htmlEnd = void 0;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})([^`]*)$/.exec(lineText4);
      if (open && !(open[1][0] === "`" && open[2].includes("`"))) fence3 = { char: open[1][0], length: open[1].length };
      else {
        htmlEnd = htmlBlockEnd(lineText4);
        if (htmlEnd?.test(lineText4.slice(4))) htmlEnd = void 0;
        if (!htmlEnd && previousBlank && /^#{1,6}(?:[ \t]|\r?$)/.test(lineText4) && pos - lastCut >= 16 * 1024) {
          starts.push(pos);
          lastCut = pos;
        }
      }
    }
    previousBlank = /^[ \t]*\r?$/.test(lineText4);
    pos = end + 1;
  }
  return fence3 || htmlEnd ? [0] : starts;
}
function htmlBlockEnd(line) {
  const m = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:pre|script|style|textarea)(?=[\s>]|$))/i.exec(line);
  if (!m) return void 0;
  const kind = m[1].toLowerCase();
  if (kind === "!--") return /-->/;
  if (kind === "?") return /\?>/;
  if (kind === "![cdata[") return /\]\]>/;
  if (kind.startsWith("!")) return />/;
  return /<\/(?:pre|script|style|textarea)>/i;
}
function shift(node2, offset, lines) {
  const stack = [node2];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.position) {
      n.position.start.line += lines;
      n.position.end.line += lines;
      if (n.position.start.offset !== void 0) n.position.start.offset += offset;
      if (n.position.end.offset !== void 0) n.position.end.offset += offset;
    }
    if (n.children) for (const c of n.children) stack.push(c);
  }
}

// src/rules/empty-link.ts
var isEmpty = (url) => url.trim() === "" || url.trim() === "#";
var emptyLink = {
  id: "empty-link",
  scope: "file",
  severity: "warn",
  description: "Links have a real target, not an empty one or `#`",
  check(ctx) {
    for (const review of ctx.meeting.outstanding) checkUpdate(ctx, review);
    if (!ctx.source.includes("](") && !ctx.source.includes("]:")) return;
    for (const l of emptyLinks(ctx.tree)) ctx.report(ctx.loc.span(l.start, l.end), l.message);
  }
};
function emptyLinks(tree) {
  const links = [];
  const references = [];
  const definitions = /* @__PURE__ */ new Map();
  visit2(tree, (node2) => {
    if (node2.type === "link") links.push(node2);
    else if (node2.type === "linkReference") references.push(node2);
    else if (node2.type === "definition" && !definitions.has(node2.identifier)) definitions.set(node2.identifier, node2);
  });
  const found2 = [];
  const add2 = (node2, message) => {
    const start = node2.position?.start.offset;
    const end = node2.position?.end.offset;
    if (start !== void 0 && end !== void 0) found2.push({ start, end, message });
  };
  const target = (url) => url.trim() === "" ? "an empty target" : `the empty target "${url.trim()}"`;
  for (const link2 of links) {
    if (isEmpty(link2.url)) add2(link2, `Link "${text5(link2)}" has ${target(link2.url)}: give its address or remove the link`);
  }
  const used = /* @__PURE__ */ new Set();
  for (const ref of references) {
    const d = definitions.get(ref.identifier);
    if (!d) continue;
    used.add(d);
    if (isEmpty(d.url)) add2(ref, `Link "${text5(ref)}" refers to [${d.label ?? d.identifier}], which has ${target(d.url)}: give its address or remove the link`);
  }
  for (const d of definitions.values()) {
    if (!used.has(d) && isEmpty(d.url)) add2(d, `Link definition [${d.label ?? d.identifier}] has ${target(d.url)}: give its address or remove it`);
  }
  return found2.sort((a, b) => a.start - b.start);
}
function text5(node2) {
  const t = toString(node2).replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 57)}\u2026` : t;
}
function checkUpdate(ctx, review) {
  const update = review.update;
  const valueSpan = review.fields.update?.value;
  if (!update || !valueSpan || !/\]/.test(update)) return;
  const region = ctx.source.slice(valueSpan.start.offset, valueSpan.end.offset);
  let cursor = 0;
  const who = review.id ? ` (update of ${review.id})` : " (in an action review update)";
  for (const l of emptyLinks(parseMarkdown(update))) {
    const raw = update.slice(l.start, l.end);
    const at3 = region.indexOf(raw, cursor);
    if (at3 >= 0) {
      cursor = at3 + raw.length;
      const start = valueSpan.start.offset + at3;
      ctx.report(ctx.loc.span(start, start + raw.length), `${l.message}${who}`);
    } else {
      ctx.report(valueSpan, `${l.message}${who}`);
    }
  }
}

// src/rules/classification.ts
var TLP_LEVELS = ["clear", "white", "green", "amber", "amber+strict", "red"];
var stripPrefix = (value2) => value2.trim().replace(/^tlp\s*:\s*/i, "").replace(/\s*\+\s*/, "+");
function tlpLevel(value2) {
  const bare2 = stripPrefix(value2).toLowerCase();
  return TLP_LEVELS.find((l) => l === bare2);
}
var classification = {
  id: "classification",
  scope: "file",
  severity: "warn",
  description: "A classification is a TLP level: clear, white, green, amber, amber+strict or red",
  check(ctx) {
    const { meeting, config } = ctx;
    const value2 = meeting.classification;
    if (value2 === void 0 || tlpLevel(value2) !== void 0) return;
    const fromFile = meeting.fields.classification?.value;
    const place = fromFile ?? meeting.frontMatterSpan?.start ?? ctx.loc.point(0);
    const origin = fromFile ? "" : ` (from ${config.path ?? "the configuration"})`;
    const bare2 = stripPrefix(value2).toLowerCase();
    const closest2 = [...TLP_LEVELS].sort((a, b) => distance(bare2, a) - distance(bare2, b))[0];
    ctx.report(
      place,
      `Classification "${value2}"${origin} is not a TLP level (did you mean "${closest2}"?): recognised are ${TLP_LEVELS.join(", ")}; other text is shown as written, without a banner colour`
    );
  }
};

// src/rules/series-missing-review.ts
var QUOTED = 3;
var WORDS3 = 60;
var quote = (m) => {
  const t = (m.text ?? m.id).replace(/\s+/g, " ").trim();
  return `"${t.length > WORDS3 ? `${t.slice(0, WORDS3 - 1).trimEnd()}\u2026` : t}"`;
};
var whyOf = (m) => m.how === "raised" ? `raised at meeting ${m.from.meeting}` : `left open at meeting ${m.from.meeting}`;
function unwrittenGroups(missing) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of missing) {
    if (m.written) continue;
    const key = `${m.how}\0${m.from.path}`;
    groups.set(key, [...groups.get(key) ?? [], m]);
  }
  return [...groups.values()];
}
var seriesMissingReview = {
  id: "series-missing-review",
  scope: "series",
  severity: "error",
  description: "An action raised or reviewed open at one meeting must be reviewed at the next meeting (in `outstanding` or in the body) until a review closes it",
  check(ctx) {
    for (const [meeting, missing] of ctx.register.missing) {
      const outstanding = meeting.fields.outstanding?.key;
      const section = outstanding ? void 0 : meeting.reviewSection;
      const title = meeting.titleHeading?.position ? { line: meeting.titleHeading.position.start.line, column: meeting.titleHeading.position.start.column, offset: meeting.titleHeading.position.start.offset ?? 0 } : void 0;
      const at3 = outstanding ?? section ?? meeting.frontMatterSpan?.start ?? title ?? { line: 1, column: 1, offset: 0 };
      const body = section !== void 0 || meeting.headSource === "body";
      const hereOr = `: say where it stands here${meeting.headSource === "body" ? "" : ", or add it to `outstanding`"}`;
      const one2 = (m, name) => body ? `Action ${name} (${whyOf(m)}) is not reviewed at this meeting${hereOr}` : `Action ${name} (${whyOf(m)}) is not reviewed in \`outstanding\`: add it with its status and update`;
      for (const m of missing) if (m.written) ctx.report(at3, one2(m, m.id), { path: meeting.path });
      for (const group of unwrittenGroups(missing)) {
        const first = group[0];
        if (group.length === 1) {
          ctx.report(at3, one2(first, quote(first)), { path: meeting.path });
          continue;
        }
        const shown = group.slice(0, QUOTED).map(quote).join(", ");
        const more = group.length > QUOTED ? `, and ${group.length - QUOTED} more` : "";
        const how = first.how === "raised" ? "raised" : "left open";
        ctx.report(at3, `${group.length} actions ${how} at meeting ${first.from.meeting} are not reviewed at this meeting (${shown}${more}): say where each stands here`, { path: meeting.path });
      }
    }
  }
};

// src/model/meeting-key.ts
function meetingKey(m) {
  return m.meeting ?? m.date ?? m.path;
}
function actionIdentity(m, ordinal) {
  return `${meetingKey(m)}#${ordinal}`;
}
var normaliseId = (id) => id.trim().replace(/\s+/g, " ");
function dateFromPath(path2) {
  const base = path2.slice(Math.max(path2.lastIndexOf("/"), path2.lastIndexOf("\\")) + 1);
  const m = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  return m && realDate(m[1]) ? m[1] : void 0;
}

// src/series/series.ts
var isExtraordinary = (m) => m.meetingSuffix !== void 0;
function meetingOfId(id, pattern) {
  return pattern.parse(normaliseId(id))?.meeting;
}

// src/rules/series-unknown-review.ts
var FULL = ["action", "owner", "raised", "target"];
var seriesUnknownReview = {
  id: "series-unknown-review",
  scope: "series",
  severity: "error",
  description: "A reviewed action must have been raised at an earlier meeting of the series, unless the review gives its action, owner, raised and target",
  check(ctx) {
    const { register } = ctx;
    const pattern = idPatternOf(ctx.config);
    const first = ctx.meetings[0];
    for (const f of register.reviews) {
      if (f.raisedEarlier || f.before) continue;
      const { review, meeting } = f;
      if (!review.id?.trim()) continue;
      if (FULL.every((k) => review[k] !== void 0)) continue;
      const named2 = meetingOfId(review.id, pattern);
      if (named2 !== void 0 && meeting.meetingNumber !== void 0 && parseInt(named2, 10) >= meeting.meetingNumber) continue;
      const lacking = FULL.filter((k) => review[k] === void 0).map((k) => `\`${k}\``).join(", ");
      const earlier = register.entries.filter((e) => e.raisedIn && e.raisedIn.path !== meeting.path).map((e) => e.id);
      const beforeSeries = named2 !== void 0 && first?.meetingNumber !== void 0 && parseInt(named2, 10) < first.meetingNumber;
      if (!ctx.config.root && (beforeSeries || named2 === void 0)) continue;
      const where = beforeSeries ? `it names meeting ${named2}, before the first meeting of the series (${first.meeting})` : "no earlier meeting of the series raised it";
      ctx.report(review.fields.id?.value ?? review.span, `Reviewed action ${normaliseId(review.id)} is unknown: ${where}${didYouMean(normaliseId(review.id), earlier)}; give ${lacking} in the review, or correct the ID`, { path: meeting.path });
    }
  }
};

// src/rules/series-ambiguous-review.ts
var seriesAmbiguousReview = {
  id: "series-ambiguous-review",
  scope: "series",
  severity: "error",
  description: "A review must say which action it reviews when several earlier meetings raised an open action with that ID",
  check(ctx) {
    for (const a of ctx.register.ambiguous) {
      const which = a.candidates.map((c) => `meeting ${c.meeting}${c.date && c.date !== c.meeting ? ` (${c.date})` : ""}`).join(" and ");
      const how = a.review.outstanding ? "give its `raised` date" : "restate its text";
      ctx.report(a.review.outstanding?.fields.id?.value ?? a.review.span, `Review of action "${a.review.id}" could mean the action "${a.review.id}" of ${which}: ${how} to say which`, { path: a.meeting.path });
    }
  }
};

// src/rules/series-metadata-mismatch.ts
var looseText = (s) => normaliseName(s).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[\s.;:]+$/, "");
var seriesMetadataMismatch = {
  id: "series-metadata-mismatch",
  scope: "series",
  severity: "warn",
  description: "A review's action, owner, raised and target must agree with the meeting that raised the action",
  check(ctx) {
    for (const { review, meeting, before, raisedEarlier } of ctx.register.reviews) {
      if (!before || !raisedEarlier) continue;
      const id = normaliseId(review.id);
      const from = `meeting ${before.raisedIn.meeting}`;
      const report2 = (key, message) => ctx.report(review.fields[key]?.value ?? review.span, message, { path: meeting.path });
      if (review.action !== void 0 && before.text !== void 0 && looseText(review.action) !== looseText(before.text)) {
        report2("action", `The action text of ${id} differs from ${from}: "${clip(review.action)}" here, "${clip(before.text)}" there; leave \`action\` out to take it from there`);
      }
      if (review.owner !== void 0 && before.owner !== void 0 && normaliseName(review.owner) !== normaliseName(before.owner)) {
        report2("owner", `The owner of ${id} is "${review.owner}" here but "${before.owner}" at ${from}`);
      }
      if (review.raised !== void 0 && before.raised !== void 0 && review.raised !== before.raised) {
        report2("raised", `${id} was raised on ${before.raised} (${from}), not ${review.raised}`);
      }
      if (review.target !== void 0 && before.target !== void 0 && review.target !== before.target) {
        const last = before.targets[before.targets.length - 1];
        const how = last.kind === "revised" ? `revised at meeting ${last.at.meeting}` : `set at meeting ${last.at.meeting}`;
        report2("target", `The target of ${id} is ${before.target} (${how}), not ${review.target}; a new target goes in \`revised\``);
      }
    }
  }
};
function clip(s) {
  const one2 = s.replace(/\s+/g, " ").trim();
  return one2.length > 60 ? `${one2.slice(0, 57)}\u2026` : one2;
}

// src/rules/series-closed-reviewed.ts
var seriesClosedReviewed = {
  id: "series-closed-reviewed",
  scope: "series",
  severity: "warn",
  description: "An action closed at an earlier meeting is not reviewed again",
  check(ctx) {
    for (const { review, meeting, before } of ctx.register.reviews) {
      if (before?.status !== "closed" || !before.closedIn || before.closedIn.path === meeting.path) continue;
      const place = review.fields.id?.value ?? review.span;
      const again = review.status === "open" ? "; if it was reopened, raise a new action instead" : "; remove this review";
      ctx.report(place, `Action ${normaliseId(review.id)} was closed at meeting ${before.closedIn.meeting}${before.closedIn.date ? ` (${before.closedIn.date})` : ""} and is reviewed again${again}`, { path: meeting.path });
    }
  }
};

// src/rules/series-order.ts
var numberOf = (m) => ({ number: m.meetingNumber, ...m.meetingSuffix ? { suffix: m.meetingSuffix } : {} });
var seriesOrder = {
  id: "series-order",
  scope: "series",
  severity: "error",
  description: "Along a series ordered by date, meeting numbers and dates must increase; two files of one date are reported",
  check(ctx) {
    let before;
    for (const m of ctx.meetings) {
      if (before && m.date !== void 0 && m.date === before.date && m.meeting === void 0 && before.meeting === void 0) {
        const heading2 = m.titleHeading?.position?.start;
        const at3 = m.fields.date?.value ?? (heading2 ? { line: heading2.line, column: heading2.column, offset: heading2.offset ?? 0 } : void 0) ?? m.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
        ctx.report(at3, `Two files of this series are dated ${m.date}: ${before.path} and this one; a series holds one meeting a day, so correct the date or give each a meeting number`, { path: m.path });
      }
      before = m;
    }
    let previous3;
    for (const m of ctx.meetings) {
      if (m.date === void 0 || m.meetingNumber === void 0) continue;
      const p = previous3;
      previous3 = m;
      if (!p) continue;
      const at3 = m.fields.meeting?.value ?? m.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
      const c = compareMeetingNumbers(numberOf(m), numberOf(p));
      if (c === 0) {
        ctx.report(at3, `Meeting ${m.meeting} appears twice in the series: ${p.path} has the same number`, { path: m.path });
      } else if (c < 0) {
        ctx.report(at3, `Meeting ${m.meeting} (${m.date}) comes after meeting ${p.meeting} (${p.date}) by date but has a lower number: correct the number or the date`, { path: m.path });
      } else if (m.date === p.date) {
        ctx.report(m.fields.date?.value ?? at3, `Meeting ${m.meeting} has the same date as meeting ${p.meeting} (${m.date}): dates must increase along the series`, { path: m.path });
      }
    }
  }
};

// src/model/placeholder.ts
var PLACEHOLDER = "TODO";

// src/vocabulary/kept-words.ts
var ATTENDANCE_LABELS = [
  ["present", "attendees"],
  ["members present", "attendees"],
  ["directors present", "attendees"],
  ["councillors present", "attendees"],
  ["trustees present", "attendees"],
  ["committee members present", "attendees"],
  ["board representatives present", "attendees"],
  ["board representative present", "attendees"],
  ["list of participants", "attendees"],
  ["list of attendees", "attendees"],
  ["attendees", "attendees"],
  ["attendance", "attendees"],
  ["attending", "attendees"],
  ["attended", "attendees"],
  ["participants", "attendees"],
  ["council", "attendees"],
  ["members", "attendees"],
  ["introduction of attendees", "attendees"],
  ["roll call", "attendees"],
  ["who", "attendees"],
  ["in attendance", "participants"],
  ["also present", "participants"],
  ["also in attendance", "participants"],
  ["officials in attendance", "participants"],
  ["officers in attendance", "participants"],
  ["staff", "participants"],
  ["staff present", "participants"],
  ["observers", "observers"],
  ["observing", "observers"],
  ["guests", "observers"],
  ["guest", "observers"],
  ["visitor", "observers"],
  ["observer", "observers"],
  ["visitors", "observers"],
  ["apologies", "apologies"],
  ["apologies for absence", "apologies"],
  ["apologies received", "apologies"],
  ["regrets", "apologies"],
  ["unavailable", "apologies"],
  ["excused", "apologies"],
  ["absent", "absent"],
  ["not present", "absent"],
  ["missing", "absent"],
  ["absent without apologies", "absent"]
];
var CHAIR_LABELS = ["chair", "chairman", "chairwoman", "chairperson", "chaired by", "facilitator", "facilitated by", "present in the chair", "in the chair", "presiding", "convenor", "convener"];
var NOTE_TAKER_LABELS = ["minutes", "minute taker", "minute-taker", "minutes taken by", "minuted by", "note taker", "note-taker", "notetaker", "notes", "notes by", "notes taken by", "scribe", "recorder", "recording secretary", "designated note taker"];
var CHAIR_AFTER = ["facilitating", "facilitates", "facilitated", "to facilitate", "will facilitate", "chairing", "chaired", "in the chair", "took the chair"];
var NOTE_TAKER_AFTER = ["taking notes", "taking minutes", "took notes", "took minutes", "scribe", "scribing", "to scribe", "will scribe", "taking the minutes", "taking the notes"];
var AGENDA_TITLES = /^(?:(?:meeting )?agenda(?: items)?|agenda for\b.*|proposed agenda|draft agenda)$/i;
var NOTES_TITLES = /^(?:(?:meeting )?(?:minutes|notes)|meeting notes|notes of (?:the )?meeting|discussion|proceedings)$/i;
var NOTHING_YET = /^(?:to be added\b.*|tbd|tba|none|n\/a|\(?no notes\)?|(?:the )?meeting (?:was )?cancell?ed\b.*|cancell?ed\b.*|notes to follow\b.*)$/i;
var NOBODY = /^(?:nil|none|n\/a|na|nobody|no one|-|–|—|and|&)\.?$/i;
var SHARED_TITLES = { cllrs: "Cllr", councillors: "Councillor", "county councillors": "County Councillor", drs: "Dr", messrs: "Mr", profs: "Prof" };
var MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var SITE_KEYS = /* @__PURE__ */ new Set([
  "layout",
  "categories",
  "category",
  "tags",
  "slug",
  "permalink",
  "taxonomies",
  "extra",
  "draft",
  "weight",
  "aliases",
  "author",
  "authors",
  "description",
  "summary",
  "published",
  "publishdate",
  "expirydate",
  "lastmod",
  "updated",
  "modified",
  "url",
  "type",
  "menu",
  "toc",
  "template",
  "sitemap",
  "excerpt",
  "image",
  "images",
  "keywords",
  "lang",
  "language",
  "redirect_from",
  "nav_order",
  "parent",
  "has_children",
  "sidebar",
  "comments",
  "share",
  "hidden",
  "pinned",
  "series",
  "eleventyNavigation",
  "order",
  "sort_by",
  "path",
  "in_search_index"
]);
var NEXT_MEETING_LINE = /^[ \t]*(?:[-*+][ \t]+|#{1,6}[ \t]+|\d{1,2}\\?[.)][ \t]+)?(?:\*\*|__)?(?:date[ \t]+(?:and[ \t]+\w+[ \t]+)?of[ \t]+(?:the[ \t]+)?)?next[ \t]+meeting\b.*$/gim;
var CANCELLED = /^\W*(?:the\s+)?(?:meeting|call)?\s*(?:was\s+|is\s+)?cancell?ed\b/i;
var PRESENT_SENTENCE = /\b(?:were|was)\s+(?:present|in attendance)\s*:\s*$|^\s*(?:those|people|members)\s+present\s*:\s*$/i;
var BARE_LABEL = /^(present|apologies|absent|regrets)\s+(?=[A-Z])/i;
var OBSERVER_ROLE = /^(?:visitor|guest|observer|member of the public)s?$/i;
var COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:members?\s+of\s+(?:the\s+)?public|residents?|visitors?|observers?|guests?)$/i;
var OFFICE_THEN_PERSON = /^([^()]+?)\s*\(((?:mr|mrs|ms|miss|dr|cllr|prof)\.?\s+[^()]+)\)$/i;
var HEAD_LABELS = {
  date: ["date", "meeting date", "date/time", "date / time", "meeting date/time", "meeting date / time", "fecha", "when"],
  time: ["time", "meeting time", "hours"],
  venue: ["venue", "location", "meeting location", "place", "where"],
  chair: ["chair", "chairman", "chairwoman", "chairperson", "chaired by"],
  committee: ["committee", "project", "group", "body"],
  meeting: ["meeting", "meeting no", "meeting no.", "meeting number", "meeting type"]
};
var ROLE_PLURALS = {
  directors: void 0,
  trustees: void 0,
  governors: void 0,
  members: void 0,
  "board members": void 0,
  "committee members": void 0,
  officers: void 0,
  councillors: "Councillor",
  "county councillors": "County Councillor",
  cllrs: "Cllr"
};
var PRESENT_VERB = /\s+(?:were|was)\s+(also\s+)?(?:present|in\s+attendance)\s*(?:[.;]\s*|$)(?=$|[\p{Lu}])/giu;
var PEOPLE_COLUMNS = {
  name: /^(?:(?:attendee|participant|member|full)\s+)?(?:name|member|attendee|participant|person|who)s?(?:\s+of\s+(?:attendee|participant)s?)?$/,
  /** A name column that says by itself whom the table lists, without a label above it. */
  attendance: /\b(?:attendee|participant)s?\b/,
  initials: /^(?:initials|abbreviation|acronym)$/,
  organisation: /organi[sz]ation|company|country|institution|affiliation|represent/,
  presence: /^(?:presence|present|attendance|attended|status)$/,
  absent: /apolog|absent|excused|^no\b/
};
var OTHER_DATE_LABELS = ["issue", "due", "target", "deadline"];
var ABBREVIATED_TITLES = ["mr", "mrs", "ms", "dr", "prof", "cllr", "rev", "revd", "st"];

// src/rules/placeholder.ts
var MARKERS = new RegExp(`\\b${PLACEHOLDER}\\b[^\\n"]*|\\b(?:TBC|TBD|XXX+)\\b|(?<![\\p{L}\\p{N}?])\\?{2,}|(?<=\\p{L})\\?{2,}(?=[\\])])`, "gu");
var EDITOR_NOTE = /\[(?:[A-Z]{2,4}(?: ?\/ ?[A-Z]{2,4})?:\s[^\]\n]{1,120}|(?:check|confirm|verify|insert|add|fill in|update|tbc|todo)\b[^\]\n]{0,120})\]/gi;
var INSTRUCTION = /\b(?:DELETE|REMOVE|INSERT|REPLACE)(?: (?:[A-Z]{2,}|IF|AS|NOT|OR|A|AN))+\b/g;
var placeholder = {
  id: "placeholder",
  scope: "file",
  severity: "warn",
  description: "Editor's residue is still in the minutes: TODO, TBC, TBD, XXX, `??`, bracketed notes (`[KM: check]`) and template instructions",
  check(ctx) {
    const skip = skippedRanges(ctx);
    const found2 = [];
    const add2 = (start, end, message) => {
      if (skip.some(([a, b]) => start < b && end > a)) return;
      if (found2.some((f) => start < f.end && end > f.start)) return;
      found2.push({ start, end, message });
    };
    const source2 = ctx.source;
    for (const m of source2.matchAll(EDITOR_NOTE)) add2(m.index, m.index + m[0].length, `Editor's note "${quote2(m[0])}" is still in the minutes`);
    for (const m of source2.matchAll(MARKERS)) {
      const text6 = m[0].trimEnd();
      if (!m[0].startsWith("?") && inProse(source2, m.index, m[0].match(/^\w+/)[0].length)) continue;
      add2(m.index, m.index + text6.length, `Placeholder "${quote2(text6)}" is still to be filled in`);
    }
    for (const m of source2.matchAll(INSTRUCTION)) add2(m.index, m.index + m[0].length, `Template instruction "${quote2(m[0])}" is still in the minutes`);
    const lower = source2.toLowerCase();
    for (const phrase of ctx.config.placeholders) {
      const p = phrase.trim().toLowerCase();
      if (!p) continue;
      for (let at3 = lower.indexOf(p); at3 >= 0; at3 = lower.indexOf(p, at3 + p.length)) {
        add2(at3, at3 + p.length, `Template instruction "${quote2(source2.slice(at3, at3 + p.length))}" is still in the minutes`);
      }
    }
    for (const f of found2.sort((a, b) => a.start - b.start)) ctx.report(ctx.loc.span(f.start, f.end), f.message);
  }
};
function inProse(source2, at3, length) {
  const before = source2.slice(Math.max(0, at3 - 12), at3);
  const after = source2.slice(at3 + length, at3 + length + 12);
  if (/(?:^|[\s("'“])(?:a|an|the|this|that|our|my|your|its|each|every)\s+["'“]?$/i.test(before) || /\w-$/.test(before)) return true;
  if (source2.startsWith("TODO", at3) && /\b(?:is|are|was|were|still|remains?)\s+$/i.test(before) && /^\s*[),;]/.test(after)) return true;
  return /^["'”]?[ -][a-z]{2,}/.test(after) && !/^["'”]?\s+(?:and|or|to|for|by|until|on|at|in)\b/.test(after);
}
function quote2(text6) {
  const t = text6.trim();
  return t.length > 70 ? `${t.slice(0, 69)}\u2026` : t;
}
function skippedRanges(ctx) {
  const ranges = [];
  for (const next of ctx.meeting.nextMeetings) {
    const v = next.fields.date?.value;
    if (v) ranges.push([v.start.offset, v.end.offset]);
  }
  for (const m of ctx.source.matchAll(NEXT_MEETING_LINE)) ranges.push([m.index, m.index + m[0].length]);
  if (/`|~~~|\]\(/.test(ctx.source)) {
    visit2(ctx.tree, (node2) => {
      const p = node2.position;
      if (!p || p.start.offset === void 0 || p.end.offset === void 0) return;
      if (node2.type === "code" || node2.type === "inlineCode") ranges.push([p.start.offset, p.end.offset]);
      else if (node2.type === "link" || node2.type === "image") {
        const raw = ctx.source.slice(p.start.offset, p.end.offset);
        const open = raw.lastIndexOf("](");
        if (open >= 0) ranges.push([p.start.offset + open, p.end.offset]);
      }
    });
  }
  return ranges;
}

// src/rules/heading-level.ts
var hashes = (depth) => "#".repeat(depth);
var headingLevel = {
  id: "heading-level",
  scope: "file",
  severity: "warn",
  description: "Heading levels step one at a time: no `##` among `###` sections, no `####` straight under a `##`",
  check(ctx) {
    for (const jump of ctx.meeting.headingJumps) {
      const h = jump.heading;
      if (!h.position) continue;
      const title = toString(h).replace(/\s+/g, " ").trim();
      const short2 = title.length > 50 ? `${title.slice(0, 49)}\u2026` : title;
      const how = jump.siblings ? `is a \`${hashes(h.depth)}\` heading among \`${hashes(jump.expected)}\` sections` : `is a \`${hashes(h.depth)}\` heading under a \`${hashes(jump.expected - 1)}\` section`;
      ctx.report(ctx.loc.span(h.position.start.offset, h.position.end.offset), `"${short2}" ${how}: expected \`${hashes(jump.expected)}\``);
    }
  }
};

// src/rules/link-broken.ts
var import_node_path2 = require("node:path");
var NOT_RELATIVE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/|#|\\)/;
var linkBroken = {
  id: "link-broken",
  scope: "file",
  severity: "warn",
  description: "A relative link points at a file that exists beside the minutes (e.g. an annex or the last meeting), or at the page a site generator makes from one",
  check(ctx) {
    const exists = ctx.exists;
    if (!exists || !ctx.source.includes("](") && !ctx.source.includes("]:")) return;
    const folder = (0, import_node_path2.dirname)(ctx.path);
    const nodes = [];
    visit2(ctx.tree, (n) => {
      if (n.type === "link" || n.type === "definition") nodes.push(n);
    });
    for (const node2 of nodes) {
      const target = fileOf(node2.url);
      if (target === void 0 || sitePageExists((0, import_node_path2.join)(folder, target), exists)) continue;
      const p = node2.position;
      if (!p) continue;
      const what = node2.type === "link" ? `Link "${short(toString(node2))}"` : `Link definition [${node2.label ?? node2.identifier}]`;
      ctx.report(ctx.loc.span(p.start.offset, p.end.offset), `${what} points at "${target}", which does not exist beside this file`);
    }
  }
};
function fileOf(url) {
  const u = url.trim();
  if (u === "" || NOT_RELATIVE.test(u)) return void 0;
  const path2 = u.replace(/[?#].*$/, "");
  if (path2 === "") return void 0;
  try {
    return decodeURIComponent(path2);
  } catch {
    return path2;
  }
}
function sitePageExists(target, exists) {
  if (exists(target)) return true;
  const stem = target.replace(/[\\/]+$/, "").replace(/\.html?$/i, "");
  const page = /\.html?$/i.test(target) || !/\.[A-Za-z0-9]{1,5}$/.test(stem);
  if (!page) return false;
  const folderPage = /(?:^|[\\/])index$/i.test(stem) ? stem.replace(/index$/i, "") : `${stem}/`;
  return [`${stem}.md`, `${folderPage}index.md`, `${folderPage}_index.md`, `${folderPage}README.md`].some((p) => exists(p));
}
function short(s) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 57)}\u2026` : t;
}

// src/rules/acting-while-absent.ts
var actingWhileAbsent = {
  id: "acting-while-absent",
  scope: "file",
  severity: "warn",
  description: "An action owner, mover, seconder or chair must be present: not in apologies or absent, not gone, and on a list",
  check(ctx) {
    const { meeting, config } = ctx;
    if (meeting.people.length === 0) return;
    const titles = wordsOf(config);
    for (const act of acts(meeting)) {
      const { who, did } = act;
      const p = who.person;
      if (p) {
        const gone = p.list === "attendees" || p.list === "participants" ? leftBefore(meeting, p, who.span) : void 0;
        if (p.list === "apologies" && !act.owner) ctx.report(who.span, `"${who.written}" ${did} but sent apologies`);
        else if (p.list === "absent") ctx.report(who.span, `"${who.written}" ${did} but is recorded as absent`);
        else if (gone) ctx.report(who.span, `"${who.written}" ${did} after leaving the meeting (line ${gone.start.line})`);
        continue;
      }
      if (act.owner) continue;
      if (!who.ambiguous && looksLikePersonalName(who.written, titles) && !config.parties.some((x) => x.toLowerCase() === who.written.toLowerCase())) {
        ctx.report(who.span, `"${who.written}" ${did} but is on no list of the meeting (attendees, participants, apologies)`);
      }
    }
  }
};
function acts(m) {
  const out = [];
  for (const x of m.motions) {
    if (x.offline || !x.certain) continue;
    if (x.mover) out.push({ who: x.mover, did: "moved a motion" });
    if (x.seconder) out.push({ who: x.seconder, did: "seconded a motion" });
  }
  for (const c of m.attendanceChanges) if (c.kind === "took-chair") out.push({ who: c.who, did: "took the chair" });
  for (const a of m.actions) {
    if (!a.certain) continue;
    for (const token of a.owners) {
      if (token.kind !== "name" && token.kind !== "initials") continue;
      const r = token.resolved;
      const who = { written: token.text, span: token.span ?? a.ownerSpan ?? a.span };
      if (r?.kind === "person") who.person = r.person;
      else if (r?.kind === "ambiguous") who.ambiguous = true;
      out.push({ who, did: `owns action ${a.id || a.identity}`, owner: true });
    }
  }
  return out;
}
function leftBefore(m, p, at3) {
  let left;
  for (const c of m.attendanceChanges) {
    if (c.who.person !== p || c.span.start.offset >= at3.start.offset) continue;
    if (c.kind === "left") left = c.span;
    if (c.kind === "joined") left = void 0;
  }
  return left;
}

// src/rules/motion-voter.ts
var motionVoter = {
  id: "motion-voter",
  scope: "file",
  severity: "warn",
  description: "Mover and seconder of a motion are two different members entitled to vote",
  check(ctx) {
    for (const m of ctx.meeting.motions) {
      if (!m.certain) continue;
      for (const [who, role] of [[m.mover, "moved"], [m.seconder, "seconded"]]) {
        const p = who?.person;
        if (!who || !p) continue;
        if (p.list === "participants" || p.list === "observers" || p.parts.public) {
          const list3 = p.list === "observers" ? "observers" : "participants (in attendance)";
          ctx.report(who.span, `"${who.written}" ${role} a motion but is listed among the ${list3}, who do not vote`);
        }
      }
      if (m.mover && m.seconder && m.mover.person && m.mover.person === m.seconder.person) {
        ctx.report(m.seconder.span, `"${m.seconder.written}" both moved and seconded the motion: the seconder must be someone else`);
      }
    }
  }
};

// src/rules/motion-outcome.ts
var motionOutcome = {
  id: "motion-outcome",
  scope: "file",
  severity: "warn",
  description: "A motion records its outcome (carried, lost, withdrawn, deferred)",
  check(ctx) {
    for (const m of ctx.meeting.motions) {
      if (!m.certain) continue;
      if (m.outcome || m.source === "table") continue;
      const what = m.text ? `"${clip2(m.text)}"` : "The motion";
      ctx.report(m.span, `${m.text ? "The motion " : ""}${what} was moved${m.seconder ? " and seconded" : ""} but the minutes record no outcome (carried, lost, withdrawn or deferred)`);
    }
  }
};
function clip2(s) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 59)}\u2026` : t;
}

// src/parse/plain-text.ts
var BLOCKS = /* @__PURE__ */ new Set(["paragraph", "heading", "tableCell"]);
var SKIP2 = /* @__PURE__ */ new Set(["yaml", "code", "html", "definition", "footnoteDefinition"]);
function plainBlocks(tree, source2) {
  const out = [];
  const visit4 = (node2) => {
    if (SKIP2.has(node2.type)) return;
    if (BLOCKS.has(node2.type)) {
      out.push(flatten(node2, source2));
      return;
    }
    if ("children" in node2) for (const c of node2.children) visit4(c);
  };
  visit4(tree);
  return out;
}
function flatten(block, source2) {
  let text6 = "";
  const segments = [];
  const walk2 = (node2) => {
    if (node2.type === "text") {
      const t = node2;
      const start = t.position?.start.offset;
      const end = t.position?.end.offset;
      const exact = start !== void 0 && end !== void 0 && source2.slice(start, end) === t.value;
      segments.push({ from: text6.length, node: t, exact });
      text6 += t.value;
    } else if (node2.type === "break") text6 += "\n";
    else if ("children" in node2) for (const c of node2.children) walk2(c);
    else text6 += " ";
  };
  for (const c of block.children) walk2(c);
  return {
    text: text6,
    start: block.position?.start.offset ?? 0,
    offset(from, length) {
      let seg;
      for (const s of segments) if (s.from <= from) seg = s;
      if (!seg || from + length > seg.from + seg.node.value.length) return void 0;
      const start = seg.node.position?.start.offset;
      if (start === void 0) return void 0;
      const within2 = from - seg.from;
      if (seg.exact) return start + within2;
      const wanted = seg.node.value.slice(within2, within2 + length);
      const raw = source2.slice(start, seg.node.position?.end.offset);
      const at3 = raw.indexOf(wanted);
      return at3 < 0 ? void 0 : start + at3;
    }
  };
}

// src/model/prose-units.ts
var SKIP3 = /* @__PURE__ */ new Set(["yaml", "code", "html", "definition", "footnoteDefinition", "thematicBreak"]);
function proseUnits(root2, source2, itemOf) {
  const out = [];
  let item;
  const push3 = (u) => out.push(item === void 0 ? u : { ...u, item });
  const visit4 = (node2, siblings, index2, topList) => {
    if (SKIP3.has(node2.type)) return;
    const pos = node2.position;
    if (node2.type === "paragraph" || node2.type === "heading") {
      const block = flatten(node2, source2);
      const next = siblings?.[index2 + 1];
      const u = { kind: node2.type === "heading" ? "heading" : "para", text: block.text, block, node: node2, start: pos?.start.offset ?? 0, end: pos?.end.offset ?? 0 };
      if (next?.type === "list") u.introduces = next;
      if (topList && index2 === 0) u.section = true;
      push3(u);
      return;
    }
    if (node2.type === "table") {
      const rows = node2.children;
      const header = rows[0]?.children.map((c) => flatten(c, source2).text.trim().toLowerCase()) ?? [];
      for (const row of rows.slice(1)) {
        const cellBlocks = row.children.map((c) => flatten(c, source2));
        const text6 = cellBlocks.map((b) => b.text).join(" | ");
        push3({ kind: "row", text: text6, block: cellBlocks[0] ?? flatten(row, source2), node: row, start: row.position?.start.offset ?? 0, end: row.position?.end.offset ?? 0, cells: cellBlocks.map((b) => b.text.trim()), header, cellBlocks });
      }
      return;
    }
    if ("children" in node2) {
      const children = node2.children;
      children.forEach((c, i) => visit4(c, children, i, node2.type === "listItem" && topListItems.has(node2)));
    }
  };
  const topListItems = /* @__PURE__ */ new Set();
  for (const c of root2.children) if (c.type === "list" && c.ordered) for (const li of c.children) topListItems.add(li);
  root2.children.forEach((c, i) => {
    const it = itemOf.get(c);
    if (it !== void 0) item = it;
    else if (c.type === "heading") item = void 0;
    visit4(c, root2.children, i, false);
  });
  return out;
}
var ABBREVIATIONS = new RegExp(`(?:(?<![\\p{L}])${patternsOf(DEFAULT_VOCABULARY).abbreviation}|\\b\\p{Lu})\\.$`, "u");
function sentences(text6) {
  const out = [];
  let start = 0;
  const re = /[.!?](?=["”’)]*\s+["“(\[]?[\p{Lu}\d])/gu;
  for (const m of text6.matchAll(re)) {
    const end = m.index + 1;
    if (ABBREVIATIONS.test(text6.slice(Math.max(0, end - 12), end))) continue;
    push2(out, text6, start, end);
    start = end;
  }
  push2(out, text6, start, text6.length);
  return out;
}
function push2(out, text6, from, to) {
  const raw = text6.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, from: from + lead });
}
function listItemsText(list3, source2) {
  return list3.children.map((li) => li.children.filter((c) => c.type === "paragraph").map((p) => flatten(p, source2).text.replace(/\s+/g, " ").trim()).join(" "));
}
function sourceRange(u, from, length) {
  const piece = (at3, dir) => {
    const line = dir === 1 ? u.text.slice(at3, at3 + 20).split("\n")[0] : u.text.slice(Math.max(from, at3 - 20), at3).split("\n").pop();
    if (line.length === 0) return void 0;
    const o = u.block.offset(dir === 1 ? at3 : at3 - line.length, line.length);
    return o === void 0 ? void 0 : dir === 1 ? o : o + line.length;
  };
  const start = piece(from, 1) ?? u.start;
  const end = piece(from + length, -1) ?? u.end;
  return [start, Math.max(start, end)];
}
function joinItems(items2) {
  return items2.reduce((acc, item, i) => i === 0 ? item : `${acc}${/[.;:!?]$/.test(acc) ? " " : "; "}${item}`, "");
}

// src/model/named.ts
var WORD = "(?:\\p{Lu}\\.|\\p{Lu}(?:\\p{Ll}|\\p{Lu}|['\u2019-])*)";
var nameSource = (p) => `(?:${p.titleAsWritten}\\s+)*${WORD}(?:\\s+${WORD}){0,3}(?:\\s+\\([A-Z0-9]{3,8}\\))?`;
var NAME = nameSource(patternsOf());
var ROLE_NAME = `(?:[Tt]he|[Oo]ur)\\s+\\p{Lu}[\\p{Ll}]+(?:\\s+\\p{Lu}[\\p{Ll}]+){0,3}`;
var PRONOUN = "(?:him|her|them|he|she|they)";
function cleanMention(s) {
  return s.replace(/\s*\([A-Z0-9]{2,8}\)\s*$/, "").trim();
}
function named(written, unit, from, index2, loc) {
  const text6 = cleanMention(written);
  const [start, end] = sourceRange(unit, from, written.length);
  const span = loc.span(start, end);
  const n = { written: written.trim(), span };
  const m = index2.resolve(text6);
  if (m.kind === "one") n.person = m.person;
  else if (m.kind === "ambiguous") n.ambiguous = true;
  return n;
}

// src/model/readers/motion.ts
var capitalisable = (src) => src.replace(new RegExp("(^|\\||\\(\\?:)(\\p{Ll})", "gu"), (_, bar, c) => `${bar}[${c.toUpperCase()}${c}]`);
var MOTION_PATTERNS = /* @__PURE__ */ new WeakMap();
function motionPatterns(w) {
  let mp = MOTION_PATTERNS.get(w);
  if (mp) return mp;
  const name = nameSource(w);
  const who = `(${name}|${PRONOUN})`;
  const list3 = (v) => `(?:${[...v].sort((a, b) => b.length - a.length).map(phraseSource).join("|")})`;
  const moved = list3(w.vocabulary.motion_moved);
  const seconded = list3(w.vocabulary.motion_seconded);
  const outcome = w.outcome;
  mp = {
    name,
    movedBy: new RegExp(`\\b(?:${capitalisable(moved)})\\s+by\\s+${who}`, "u"),
    secondedBy: new RegExp(`\\b(?:${capitalisable(seconded)})\\s+by\\s+${who}`, "u"),
    xMoved: new RegExp(`^(${name})\\s+(?:formally\\s+)?(?:${moved})\\s+(?:that|to|the)\\b`, "u"),
    xSeconded: new RegExp(`^(${name})\\s+(?:${seconded})\\b`, "u"),
    asCorrect: new RegExp(`\\b(?:${moved}|${list3(w.vocabulary.outcome_carried)})\\s+as\\s+(?:a\\s+)?(?:correct|true|accurate)(?:\\s+record)?\\s+by\\s+(${name})\\s+and\\s+(${name})`, "u"),
    thatClause: new RegExp(`\\b(?:${moved})\\b.*?\\bthat\\s+(.+)$`, "isu"),
    outcomeWord: new RegExp(`\\b(${outcome})\\b`, "i"),
    // A sentence that records an outcome: it starts with the outcome, or speaks of the motion or the vote.
    outcomeSentence: new RegExp(`^(?:(?:the\\s+)?(?:motion|resolution|proposal)\\s+(?:was\\s+)?)?(?:${list3(w.vocabulary.vote_unanimous)}\\s+)?${outcome}\\b|\\b(?:motion|resolution|vote)\\b|\\b(?:and|was|were)\\s+(?:${list3(w.vocabulary.vote_unanimous)}\\s+)?${outcome}\\b|\\b${outcome}\\s+(?:${list3(w.vocabulary.vote_unanimous)}|${list3(w.vocabulary.vote_nem_con)})`, "iu")
  };
  MOTION_PATTERNS.set(w, mp);
  return mp;
}
var VOTE_BLOCK = /\b(?:a\s+vote\s+was\s+taken|votes?\s+(?:was|were)\s+(?:taken|cast)|resulted\s+as\s+follows)\b/i;
var MOTION_INTRO = /\bmotion\b[^:]*:\s*(.+)$/isu;
var NUMBER_WORDS2 = { no: 0, none: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
var NUM = `(\\d+|${Object.keys(NUMBER_WORDS2).join("|")})`;
var num = (s) => NUMBER_WORDS2[s.toLowerCase()] ?? Number(s);
var MotionReader = class _MotionReader {
  constructor(ctx) {
    this.ctx = ctx;
    this.words = ctx.words ?? patternsOf();
    this.mp = motionPatterns(this.words);
  }
  ctx;
  out = [];
  open;
  /** Motions of the current item still waiting for an outcome: candidates for a named vote. */
  pending = [];
  words;
  mp;
  finish() {
    const open = this.open;
    if (!open) return;
    const { units, loc } = this.ctx;
    const m = open.motion;
    m.span = loc.span(units[open.firstUnit].start, units[open.lastUnit].end);
    if (m.seconder || m.outcome || m.counts.length > 0) {
      this.out.push(m);
      if (!m.outcome) this.pending.push(open);
    }
    this.open = void 0;
  }
  read() {
    const { units } = this.ctx;
    for (let i = 0; i < units.length; i++) i = this.unit(i);
    this.finish();
    return this.out;
  }
  /** Reads the unit at `i`; returns the index of the last unit read (a named vote reads several). */
  unit(i) {
    const ctx = this.ctx;
    const u = ctx.units[i];
    if (u.kind === "heading" || u.section) {
      this.finish();
      this.pending = [];
      if (u.kind === "heading") return i;
    }
    if (u.kind === "row") {
      this.finish();
      const m = tableMotion(u, ctx, this.words);
      if (m) this.out.push(m);
      return i;
    }
    if (this.open && i - this.open.firstUnit > 5) this.finish();
    if (VOTE_BLOCK.test(u.text) && this.pending.length + (this.open && !this.open.motion.outcome ? 1 : 0) > 0) {
      this.finish();
      const last = readVote(i, this.pending, ctx);
      this.pending = [];
      return last;
    }
    for (const s of sentences(u.text)) this.sentence(s, u, i);
    return i;
  }
  sentence(s, u, i) {
    const { mp } = this;
    const asCorrect = mp.asCorrect.exec(s.text);
    if (asCorrect) return this.approvedAsCorrect(asCorrect, s, u, i);
    const mover = mp.movedBy.exec(s.text) ?? mp.xMoved.exec(s.text);
    const seconder = mp.secondedBy.exec(s.text) ?? mp.xSeconded.exec(s.text);
    if (mover) this.moved(mover, s, u, i);
    if (seconder) this.seconded(seconder, s, u, i);
    const open = this.open;
    if (mover || seconder || !open) return;
    open.lastUnit = i;
    if (!open.motion.text && /^["“]?\s*That\b/.test(s.text)) {
      open.motion.text = s.text.replace(/^["“]\s*|["”.]+$/g, "").trim();
      return;
    }
    const counts = readCounts(s.text, u, s.from, this.ctx.loc, this.words);
    if (counts) open.motion.counts.push(counts);
    const o = mp.outcomeSentence.test(s.text) ? mp.outcomeWord.exec(s.text) : null;
    if (o) {
      open.motion.outcomeText = o[1];
      open.motion.outcome = outcomeOf(o[1], this.words);
      this.finish();
    }
  }
  /** Where a captured group starts in the unit's text. */
  static at(s, m, g = 1) {
    return s.from + m.index + m[0].indexOf(m[g]);
  }
  /** "… be approved as a correct record, proposed X, seconded Y": a whole motion in one sentence. */
  approvedAsCorrect(asCorrect, s, u, i) {
    const { ctx } = this;
    this.finish();
    const open = this.open = draft(u, i);
    open.motion.mover = named(asCorrect[1], u, _MotionReader.at(s, asCorrect, 1), ctx.index, ctx.loc);
    open.motion.seconder = named(asCorrect[2], u, s.from + asCorrect.index + asCorrect[0].lastIndexOf(asCorrect[2]), ctx.index, ctx.loc);
    open.motion.outcome = "implied";
    open.motion.text = s.text.slice(s.text.lastIndexOf("\n") + 1).trim();
    this.finish();
  }
  /** A mover opens a new motion; its words follow "that", or stand in the paragraph before. */
  moved(mover, s, u, i) {
    const { ctx, mp } = this;
    this.finish();
    const open = this.open = draft(u, i);
    open.motion.mover = moverOf(mover[1], u, _MotionReader.at(s, mover), s.text, ctx, mp.name);
    const that = mp.thatClause.exec(s.text);
    if (that) open.motion.text = withList(`That ${that[1].trim()}`, u, ctx.source);
    else {
      const prev = ctx.units[i - 1];
      const intro = prev && prev.kind === "para" ? MOTION_INTRO.exec(prev.text) : null;
      if (intro) {
        open.motion.text = intro[1].replace(/\s+/g, " ").trim();
        open.firstUnit = i - 1;
      }
    }
  }
  /** A seconder joins the open motion, or opens one; the outcome may follow in the same sentence. */
  seconded(seconder, s, u, i) {
    const { ctx, mp, words: words3 } = this;
    if (!this.open || this.open.motion.seconder) {
      this.finish();
      this.open = draft(u, i);
    }
    const open = this.open;
    open.motion.seconder = moverOf(seconder[1], u, _MotionReader.at(s, seconder), s.text, ctx, mp.name);
    open.lastUnit = i;
    const rawTail = s.text.slice(seconder.index + seconder[0].length);
    const tail = rawTail.replace(/^[\s,;:–—-]+/, "");
    const o = mp.outcomeSentence.test(tail) ? mp.outcomeWord.exec(tail) : null;
    const counts = o ? readCounts(tail, u, s.from + s.text.length - tail.length, ctx.loc, words3) : void 0;
    if (counts) open.motion.counts.push(counts);
    if (o) {
      open.motion.outcomeText = o[1];
      open.motion.outcome = outcomeOf(o[1], words3);
      this.finish();
    }
  }
};
function readMotions(ctx) {
  return new MotionReader(ctx).read();
}
function draft(u, i) {
  const motion = { certain: true, counts: [], span: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } }, source: "prose" };
  if (u.item !== void 0) motion.item = u.item;
  return { motion, firstUnit: i, lastUnit: i, closed: false };
}
function moverOf(written, u, from, sentence, ctx, name) {
  if (new RegExp(`^${PRONOUN}$`, "i").test(written)) {
    const before = u.text.slice(0, Math.max(0, u.text.indexOf(sentence)));
    const lead = new RegExp(`^(${name})`, "u").exec(sentences(before).pop()?.text ?? "");
    if (lead) {
      const n = named(lead[1], u, u.text.indexOf(lead[1]), ctx.index, ctx.loc);
      return { ...n, span: named(written, u, from, ctx.index, ctx.loc).span };
    }
  }
  return named(written, u, from, ctx.index, ctx.loc);
}
function withList(text6, u, source2) {
  const t = text6.replace(/\s+/g, " ");
  if (!/:\s*$/.test(t) || !u.introduces) return t;
  return `${t} ${joinItems(listItemsText(u.introduces, source2))}`;
}
function outcomeOf(word2, words3 = patternsOf()) {
  const w = word2.trim();
  if (words3.outcomeLost.test(w)) return "lost";
  if (words3.outcomeWithdrawn.test(w)) return "withdrawn";
  if (words3.outcomeDeferred.test(w)) return "deferred";
  return "carried";
}
function readCounts(text6, u, from, loc, words3 = patternsOf()) {
  const c = {};
  let m;
  if (m = new RegExp(`\\bby\\s+${NUM}\\s+votes?\\s+to\\s+${NUM}\\b`, "i").exec(text6)) {
    c.for = num(m[1]);
    c.against = num(m[2]);
  } else if (m = scoreOf(words3).exec(text6)) {
    c.for = num(m[1]);
    c.against = num(m[2]);
  } else {
    if (m = new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?(?:in\\s+favou?r|for)\\b`, "i").exec(text6)) c.for = num(m[1]);
    if (m = new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?against\\b`, "i").exec(text6)) c.against = num(m[1]);
  }
  if (m = new RegExp(`\\b${NUM}\\s+(?:abstentions?|abstained|abstaining|abstain)\\b`, "i").exec(text6)) c.abstain = num(m[1]);
  if (words3.unanimous.test(text6)) c.unanimous = true;
  if (words3.nemCon.test(text6)) c.nemCon = true;
  if (Object.keys(c).length === 0) return void 0;
  const start = u.block.offset(from, 1) ?? u.start;
  return { ...c, span: loc.span(start, start + text6.length) };
}
var SCORE = /* @__PURE__ */ new WeakMap();
function scoreOf(words3) {
  let re = SCORE.get(words3);
  if (!re) {
    re = new RegExp(`\\b${words3.outcome}\\s+(?:by\\s+)?(\\d+)\\s*[-\u2013\u2014:]\\s*(\\d+)\\b`, "i");
    SCORE.set(words3, re);
  }
  return re;
}
function tableMotion(u, ctx, words3) {
  const h = u.header ?? [];
  const col = (re) => h.findIndex((x) => re.test(x));
  const moved = col(/\b(?:moved|proposed|mover|proposer)\b/);
  const seconded = col(/\bseconde[dr]\b/);
  const outcome = col(/\b(?:status|result|outcome|decision|carried)\b/);
  const text6 = col(/\b(?:motion|resolution|text|description)\b/);
  if (outcome < 0 || text6 < 0 || moved < 0 && !h.some((x) => /\bmotion\b/.test(x))) return void 0;
  const cells = u.cells ?? [];
  const m = { certain: true, counts: [], span: ctx.loc.span(u.start, u.end), source: "table", text: cells[text6] ?? "" };
  if (u.item !== void 0) m.item = u.item;
  const cellPerson = (i) => {
    const w = cells[i]?.trim();
    if (!w) return void 0;
    const b2 = u.cellBlocks[i];
    const lead = b2.text.indexOf(w);
    const start = b2.offset(lead, w.length) ?? u.start;
    const n = named(w, { ...u, block: b2 }, lead, ctx.index, ctx.loc);
    return { ...n, span: ctx.loc.span(start, start + w.length) };
  };
  if (moved >= 0) {
    const p = cellPerson(moved);
    if (p) m.mover = p;
  } else m.offline = true;
  if (seconded >= 0) {
    const p = cellPerson(seconded);
    if (p) m.seconder = p;
  }
  const o = cells[outcome] ?? "";
  const word2 = motionPatterns(words3).outcomeWord.exec(o);
  if (word2) {
    m.outcomeText = word2[1];
    m.outcome = outcomeOf(word2[1], words3);
  }
  const b = u.cellBlocks[outcome];
  const counts = readCounts(o, { ...u, block: b }, b.text.indexOf(o), ctx.loc, words3);
  if (counts) m.counts.push(counts);
  return m;
}
function readVote(i, pending, ctx) {
  const { units } = ctx;
  const tally = [];
  let candidate;
  let j = i + 1;
  for (; j < units.length; j++) {
    const u = units[j];
    if (u.kind !== "para") break;
    const forWho = /^For\s+(.+?)\s*:?$/.exec(u.text.trim());
    const count = /\((\d+)\)\s*\.?$/.exec(u.text.trim());
    if (forWho) candidate = forWho[1];
    else if (count && candidate) tally.push({ candidate, count: Number(count[1]), unit: j });
    else break;
  }
  let end = j - 1;
  if (units[j] && /\bdeclared\b.*\belected\b/i.test(units[j].text)) end = j;
  if (tally.length === 0) return i;
  const surname = (s) => s.trim().split(/\s+/).pop().toLowerCase();
  const best = Math.max(...tally.map((t) => t.count));
  for (const d of pending) {
    const t = tally.find((x) => (d.motion.text ?? "").toLowerCase().includes(surname(x.candidate)));
    if (!t) continue;
    const u = units[t.unit];
    d.motion.counts.push({ for: t.count, span: ctx.loc.span(u.start, u.end) });
    d.motion.outcome = t.count === best ? "carried" : "lost";
    d.motion.outcomeText = t.count === best ? "elected" : "not elected";
    if (t.count === best) d.motion.span = ctx.loc.span(d.motion.span.start.offset, units[end].end);
  }
  return end;
}
function describeCounts(c) {
  const parts = [];
  if (c.for !== void 0) parts.push(`${c.for} for`);
  if (c.against !== void 0) parts.push(`${c.against} against`);
  if (c.abstain !== void 0) parts.push(`${c.abstain} abstaining`);
  if (c.unanimous) parts.push("unanimous");
  if (c.nemCon) parts.push("nem con");
  return parts.join(", ");
}

// src/rules/motion-counts.ts
var motionCounts = {
  id: "motion-counts",
  scope: "file",
  severity: "warn",
  description: "Vote counts of a motion agree with each other and do not exceed the members present",
  check(ctx) {
    const members = ctx.meeting.attendees.flatMap((g) => g.people).filter((p) => !p.parts.public);
    for (const m of ctx.meeting.motions) {
      if (!m.certain) continue;
      for (const c of m.counts) {
        const cast = (c.for ?? 0) + (c.against ?? 0) + (c.abstain ?? 0);
        if (!m.offline && members.length > 0 && cast > members.length) {
          ctx.report(c.span, `${cast} votes are recorded (${describeCounts(c)}) but only ${members.length} members are listed as present`);
        }
        if ((c.unanimous || c.nemCon) && (c.against ?? 0) > 0) ctx.report(c.span, `The vote is recorded as ${c.unanimous ? "unanimous" : "nem con"} but ${c.against} voted against`);
      }
      const [first, ...rest] = m.counts;
      for (const c of rest) {
        if (!first) break;
        const differs = ["for", "against", "abstain"].some((k) => first[k] !== void 0 && c[k] !== void 0 && first[k] !== c[k]);
        if (differs) ctx.report(c.span, `The counts for this motion disagree: ${describeCounts(first)} (line ${first.span.start.line}), then ${describeCounts(c)}`);
      }
    }
  }
};

// src/rules/name-near-match.ts
var nameNearMatch = {
  id: "name-near-match",
  scope: "file",
  severity: "warn",
  description: "A name in the text that nearly matches a listed person is probably that person misspelt",
  check(ctx) {
    for (const m of ctx.meeting.mentions) {
      if (m.reader !== "name-in-text" || !m.certain || !m.near) continue;
      const listed = m.near.written ?? m.near.name;
      ctx.report(m.span, `"${m.written}" nearly matches "${listed}" in ${m.near.list} (did you mean "${m.near.name}"?)`);
    }
  }
};

// src/rules/series-name-spelling.ts
var seriesNameSpelling = {
  id: "series-name-spelling",
  scope: "series",
  severity: "warn",
  description: "A person is spelled the same way in every meeting of the series",
  check(ctx) {
    const titles = wordsOf(ctx.config);
    const aliases = new Set(Object.entries(ctx.config.aliases).flatMap(([k, vs]) => [k, ...vs]).map(nameKey));
    const earlier = [];
    const known2 = /* @__PURE__ */ new Set();
    for (const m of ctx.meetings) {
      const before = new Set(known2);
      for (const p of m.people) {
        const key = nameKey(p.parts.name);
        if (p.parts.public || key === "" || before.has(key) || aliases.has(key)) continue;
        const near = nearMatch(p.parts.full, earlier.map((e) => e.person), titles);
        if (!near || aliases.has(nameKey(near.parts.name))) continue;
        const where = earlier.find((e) => e.person === near).meeting;
        ctx.report(p.nameSpan, `"${p.parts.name}" is spelled "${near.parts.name}" in the meeting of ${where}: use one spelling (or list the variant under \`aliases\`)`, { path: m.path });
      }
      for (const p of m.people) {
        const key = nameKey(p.parts.name);
        if (known2.has(key)) continue;
        known2.add(key);
        earlier.push({ person: p, meeting: m.date ?? m.path });
      }
    }
  }
};

// src/model/directives.ts
var DIRECTIVE_RULE_ID = "disable-comment";
var HTML = /<!--[ \t]*minutebook-(disable-next-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;
var YAML = /^[ \t]*#[ \t]*minutebook-(disable-next-line|disable|enable)(?![\w-])([^\r\n]*)/gm;
function found(re, text6, base, into) {
  for (const m of text6.matchAll(re)) {
    const argsAt = base + m.index + m[0].length - m[2].length - (re === HTML ? 3 : 0);
    const rules2 = [...m[2].matchAll(/[^\s,]+/g)].map((r) => ({ id: r[0], start: argsAt + r.index, end: argsAt + r.index + r[0].length }));
    into.push({ kind: m[1], start: base + m.index, end: base + m.index + m[0].length, rules: rules2 });
  }
}
function directivesOf(source2, tree, frontMatter) {
  if (!source2.includes("minutebook-")) return [];
  const out = [];
  if (frontMatter) found(YAML, source2.slice(frontMatter.start, frontMatter.end), frontMatter.start, out);
  if (tree) {
    visit2(tree, "html", (node2) => {
      const s = node2.position?.start.offset;
      const e = node2.position?.end.offset;
      if (s !== void 0 && e !== void 0) found(HTML, source2.slice(s, e), s, out);
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// src/rules/disable-comment.ts
var disableComment = {
  id: DIRECTIVE_RULE_ID,
  scope: "file",
  severity: "error",
  description: "Comments `minutebook-disable`, `-enable` and `-disable-next-line` name known rules",
  check(ctx) {
    const fm = ctx.meeting.frontMatterSpan;
    const block = fm ? { start: fm.start.offset, end: fm.end.offset } : void 0;
    for (const d of directivesOf(ctx.source, ctx.tree, block)) {
      for (const r of d.rules) {
        if (ctx.ruleIds.has(r.id)) continue;
        ctx.report(ctx.loc.span(r.start, r.end), `Unknown rule "${r.id}" in a minutebook-${d.kind} comment${didYouMean(r.id, ctx.ruleIds)}`);
      }
    }
  }
};

// src/rules/minutes-unapproved.ts
var meetingName = (m) => m.meeting !== void 0 ? `meeting ${m.meeting}${m.date ? ` (${m.date})` : ""}` : `the meeting of ${m.date ?? m.path}`;
var approvedSomehow = (m, links) => m.status === "approved" || m.approved !== void 0 || links.some((l) => l.of === m && l.approval.certainty === "certain" && l.approval.outcome === "approved");
var minutesUnapproved = {
  id: "minutes-unapproved",
  scope: "series",
  severity: "warn",
  description: "The minutes of a meeting should be approved at the next meeting (reported only where the series shows it for certain)",
  check(ctx) {
    const links = ctx.approvals;
    const ordinary = ctx.meetings.filter((m) => !isExtraordinary(m));
    const certainOf = (q) => links.filter((l) => l.by === q && l.approval.certainty === "certain");
    const pairs = [];
    ctx.meetings.forEach((m, i) => {
      const next = ctx.meetings.slice(i + 1).find((x) => !isExtraordinary(x));
      if (next) pairs.push([m, next]);
    });
    const approvesPrevious = (p, q) => certainOf(q).some((l) => l.of === p && l.approval.outcome === "approved");
    for (const [m, n] of pairs) {
      if (approvedSomehow(m, links)) continue;
      const own5 = certainOf(n);
      const place = own5[0]?.approval.span ?? n.fields.date?.key ?? n.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
      const refused = own5.find((l) => l.of === m && l.approval.outcome === "not-approved");
      if (refused) {
        ctx.report(refused.approval.span, `The minutes of ${meetingName(m)} were not approved at this meeting, and no later meeting of the series approves them: record their approval when it is given`, { path: n.path });
        continue;
      }
      const index2 = ctx.meetings.indexOf(m);
      const earlier = own5.find((l) => l.of !== void 0 && l.approval.outcome === "approved" && ctx.meetings.indexOf(l.of) < index2);
      if (earlier) {
        ctx.report(earlier.approval.span, `This meeting approved the minutes of ${meetingName(earlier.of)} but not those of ${meetingName(m)}, the meeting in between: record their approval, or \`approves: ${m.meeting ?? m.date}\``, { path: n.path });
        continue;
      }
      if (n.approvals.length > 0) continue;
      const numbered = m.meetingNumber !== void 0 && n.meetingNumber !== void 0;
      if (numbered && n.meetingNumber !== m.meetingNumber + 1) continue;
      const others = pairs.filter(([p, q]) => q !== n && ordinary.includes(q));
      if (others.length < 2 || !others.every(([p, q]) => approvesPrevious(p, q))) continue;
      ctx.report(place, `This meeting does not record approving the minutes of ${meetingName(m)}, as every other meeting of the series records the minutes before it: record it ("The minutes of the meeting held on \u2026 were approved as a correct record"), or \`approves: ${m.meeting ?? m.date}\``, { path: n.path });
    }
  }
};

// src/rules/approval-unknown.ts
var approvalUnknown = {
  id: "approval-unknown",
  scope: "series",
  severity: "warn",
  description: "An approval of minutes must name a meeting of the series held before the approving one",
  check(ctx) {
    for (const l of ctx.approvals) {
      if (!l.unknown || l.approval.certainty !== "certain") continue;
      const t = l.approval.target;
      const named2 = t.written && t.written !== t.value ? `"${t.written}" (${t.value})` : `"${t.value}"`;
      const what = t.kind === "number" ? `meeting ${named2}` : `the meeting of ${named2}`;
      const message = l.unknown === "after" ? `The minutes approved here are those of ${what}, which is not an earlier meeting than this one (${l.by.meeting !== void 0 ? `meeting ${l.by.meeting}, ` : ""}${l.by.date ?? ""}): name the meeting whose minutes were approved` : `The minutes approved here are those of ${what}, but the series has no such meeting${l.nearest ? ` (did you mean the meeting of ${l.nearest.date}?)` : ""}: correct the date or number, or add that meeting's minutes`;
      ctx.report(l.approval.span, message, { path: l.by.path });
    }
  }
};

// src/model/seal.ts
var import_node_crypto = require("node:crypto");

// src/parse/front-matter.ts
var import_yaml2 = __toESM(require_dist(), 1);
var OPEN = /^---[ \t]*\r?\n/;
var CLOSE = /^---[ \t]*(?:\r?\n|$)/gm;
function splitFrontMatter(text6) {
  const open = OPEN.exec(text6);
  if (!open) return { kind: "missing" };
  const offset = open[0].length;
  CLOSE.lastIndex = offset;
  const close3 = CLOSE.exec(text6);
  if (!close3) return { kind: "unclosed", openEnd: offset };
  return {
    kind: "ok",
    block: { yaml: text6.slice(offset, close3.index), offset, start: 0, end: close3.index + close3[0].length }
  };
}
function parseYaml(block) {
  return (0, import_yaml2.parseDocument)(block.yaml, {
    prettyErrors: false,
    uniqueKeys: true,
    strict: true
  });
}
var BOM = /^\uFEFF/;
var DATE_KEY = /^date[ \t]*:/m;
var PEOPLE_KEY = /^(?:attendees|present|apologies|absent|participants|in_attendance|observers)[ \t]*:/m;
function looksLikeMinutes(text6, options = {}) {
  const bare2 = text6.replace(BOM, "");
  const split = splitFrontMatter(bare2);
  if (split.kind === "missing" || split.kind === "unclosed" && !options.cut) return false;
  const yaml = split.kind === "ok" ? split.block.yaml : bare2.slice(split.openEnd);
  return (options.datedName === true || DATE_KEY.test(yaml)) && PEOPLE_KEY.test(yaml);
}
var plainKey = (name) => new RegExp(`^${name}:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, "m");
var PLAIN2 = { code: plainKey("code"), meeting: plainKey("meeting"), date: plainKey("date") };

// src/model/seal.ts
function sealedLines(source2) {
  const text6 = source2.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text6.split("\n");
  const split = splitFrontMatter(text6);
  const close3 = split.kind === "ok" ? text6.slice(0, split.block.offset + split.block.yaml.length).split("\n").length - 1 : -1;
  const out = [];
  let skipping = false;
  lines.forEach((raw, i) => {
    const inFront = i > 0 && i < close3;
    if (inFront) {
      const top = /^[A-Za-z_][\w-]*\s*:/.test(raw);
      if (top) skipping = /^approved\s*:/.test(raw);
      if (skipping || /^status\s*:/.test(raw)) return;
    }
    out.push({ text: raw.replace(/[ \t]+$/, ""), line: i + 1 });
  });
  while (out.length > 0 && out.at(-1).text === "") out.pop();
  return out;
}
function unamended(text6, amendments) {
  let t = text6;
  for (const a of [...amendments].reverse()) {
    if (a.was === void 0 || a.now === void 0 || a.now === "") continue;
    const at3 = t.indexOf(a.now);
    if (at3 >= 0) t = t.slice(0, at3) + a.was + t.slice(at3 + a.now.length);
  }
  return t;
}
function digestOf(source2, amendments = []) {
  const text6 = unamended(sealedLines(source2).map((l) => l.text).join("\n"), amendments);
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(text6, "utf8").digest("hex")}`;
}
function firstDifference(approved, current, amendments = []) {
  const a = unamended(sealedLines(approved).map((l) => l.text).join("\n"), amendments).split("\n");
  const cur = sealedLines(current);
  const b = unamended(cur.map((l) => l.text).join("\n"), amendments).split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const line = cur[Math.min(i, cur.length - 1)]?.line ?? 1;
      return { line, was: a[i] ?? "", now: b[i] ?? "" };
    }
  }
  return void 0;
}

// src/rules/approved-changed.ts
var clip3 = (s) => s.length > 60 ? `${s.slice(0, 59)}\u2026` : s;
var approvedChanged = {
  id: "approved-changed",
  scope: "file",
  severity: "error",
  description: "Approved minutes must not change: the text must match the digest `minutebook approve` sealed it with",
  check(ctx) {
    const sealed = ctx.meeting.approved;
    if (sealed?.digest === void 0 || !/^sha256:[0-9a-f]{64}$/.test(sealed.digest)) return;
    const amendments = sealed.amendments;
    if (digestOf(ctx.source, amendments) === sealed.digest) return;
    const how = "approved minutes are corrected only by a later meeting: record the correction in its minutes and add it to `approved.amendments` here as `{ was, now }`, or undo the edit";
    let approvedText;
    for (const version of ctx.history?.(ctx.path) ?? []) {
      if (digestOf(version, amendments) === sealed.digest) {
        approvedText = version;
        break;
      }
    }
    const at3 = sealed.fields.digest?.value ?? sealed.span;
    const diff = approvedText !== void 0 ? firstDifference(approvedText, ctx.source, amendments) : void 0;
    if (diff) {
      const text6 = ctx.source.split(/\r\n|\r|\n/)[diff.line - 1] ?? "";
      const start = ctx.loc.point(offsetOfLine(ctx.source, diff.line));
      const span = { start, end: ctx.loc.point(start.offset + text6.length) };
      const change = diff.was === "" ? `"${clip3(diff.now)}" was added` : diff.now === "" ? `"${clip3(diff.was)}" was removed` : `it read "${clip3(diff.was)}" when approved`;
      ctx.report(span, `These minutes were approved${sealed.date ? ` on ${sealed.date}` : ""} and line ${diff.line} has changed since: ${change}; ${how}`);
      return;
    }
    ctx.report(at3, `These minutes were approved${sealed.date ? ` on ${sealed.date}` : ""} and their text no longer matches the approved digest; ${how}`);
  }
};
function offsetOfLine(source2, line) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = offset;
    const hit = m.exec(source2);
    if (!hit) return source2.length;
    offset = hit.index + hit[0].length;
  }
  return offset;
}

// src/rules/index.ts
var rules = [
  // Source: reported while reading.
  encoding,
  inputLimit,
  frontmatterMissing,
  yamlSyntax,
  frontmatterBodyMismatch,
  // Front matter.
  unknownKey,
  valueType,
  requiredKey,
  invalidDate,
  // People (FORMAT §7).
  duplicatePerson,
  presentAndApologies,
  alternateMemberPresent,
  partItemUnknown,
  noChair,
  notInRoster,
  duplicateInitials,
  unknownInitials,
  quorum,
  proxyUnknown,
  // People, motions and chairs in the body (NATURAL §3, §4).
  actingWhileAbsent,
  nameNearMatch,
  motionVoter,
  motionOutcome,
  motionCounts,
  // Output: text no output format can hold.
  forbiddenChar,
  // New actions (FORMAT §3, §4).
  actionIdFormat,
  actionIdDuplicate,
  actionIdSequence,
  actionIdMeeting,
  actionSyntax,
  actionOwner,
  actionDueDate,
  // Reviews, agenda, times, links and classification (FORMAT §7).
  reviewStatus,
  reviewDates,
  reviewId,
  agendaNumbering,
  headingLevel,
  titleMismatch,
  endBeforeStart,
  nextMeetingDate,
  emptyLink,
  linkBroken,
  classification,
  // Series: across the meetings of one committee.
  seriesMissingReview,
  seriesUnknownReview,
  seriesAmbiguousReview,
  seriesMetadataMismatch,
  seriesClosedReviewed,
  seriesOrder,
  seriesNameSpelling,
  // Approval of minutes at a later meeting (docs/lifecycle.md).
  minutesUnapproved,
  approvalUnknown,
  approvedChanged,
  // Placeholders left by `minutebook new`.
  placeholder,
  // Inline disable comments.
  disableComment
];
var ruleById = new Map(rules.map((r) => [r.id, r]));
var ruleIds = new Set(ruleById.keys());
var fileRules = rules.filter((r) => r.scope === "file");
var seriesRules = rules.filter((r) => r.scope === "series");

// src/model/readers/attendance-change.ts
var WHO = `(${ROLE_NAME}|${NAME})`;
var PATTERNS = [
  ["took-chair", new RegExp(`^${WHO}\\s+(?:then\\s+)?(?:took|assumed|resumed)\\s+(?:the\\s+chair\\b|(?:the\\s+)?chair(?:person|man|woman)?(?:'s|\u2019s)?\\s+duties)`, "u")],
  ["took-chair", new RegExp(`\\b[Tt]he\\s+[Cc]hair\\s+was\\s+(?:taken|assumed)\\s+by\\s+${WHO}`, "u")],
  ["left", new RegExp(`^${WHO}\\s+(?:then\\s+|temporarily\\s+)?left\\s+(?:the\\s+(?:meeting|room|call)|at\\s+this\\s+point)`, "u")],
  ["joined", new RegExp(`^${WHO}\\s+(?:then\\s+)?(?:joined|re-?joined|returned\\s+to|arrived\\s+at)\\s+the\\s+(?:meeting|room|call)`, "u")],
  ["declared-interest", new RegExp(`^${WHO}\\s+declared\\s+(?:an?|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}interest\\b`, "u")]
];
var ITEM = /\bin\s+(?:agenda\s+)?item\s+(\d+(?:\.\d+)*)/i;
function readAttendanceChanges(units, index2, loc) {
  const out = [];
  for (const u of units) {
    if (u.kind !== "para") continue;
    for (const s of sentences(u.text)) {
      for (const [kind, re] of PATTERNS) {
        const m = re.exec(s.text);
        if (!m) continue;
        const from = s.from + m.index + m[0].indexOf(m[1]);
        const [start, end] = sourceRange(u, s.from, s.text.length);
        const change = { kind, who: named(m[1], u, from, index2, loc), text: s.text, span: loc.span(start, end) };
        if (u.item !== void 0) change.item = u.item;
        const item = kind === "declared-interest" ? ITEM.exec(s.text) : null;
        if (item) change.interestItem = item[1];
        out.push(change);
        break;
      }
    }
  }
  return out;
}

// src/model/readers/prose-decision.ts
var ADVERBS = `(?:(?:also|then|further|therefore|${patternsOf().vocabulary.vote_unanimous.join("|")}|formally|subsequently|finally|duly|accordingly|collectively)\\s+)*`;
var esc2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function decisionPatterns(o) {
  const subjects = [...o.words.decisionSubjects, ...[o.committee, o.code].filter((s) => !!s && s.trim() !== "").flatMap((s) => [s, `the ${s}`])].map((s) => esc2(s.trim()).replace(/\s+/g, "\\s+"));
  const verbs = o.words.decisionVerbs;
  return {
    // The subject opens the sentence, or follows a short lead-in ("Arising from this report, the committee agreed").
    subjectVerb: new RegExp(`^(?:[^,;:]{0,80},\\s*)?(?:${subjects.join("|")})\\s+${ADVERBS}(${verbs})\\b`, "iu"),
    rest: [
      new RegExp(`\\bit\\s+was\\s+${ADVERBS}(${verbs})\\b`, "i"),
      new RegExp(`^(?:Discussed\\b[^.]*?\\band\\s+)?(${verbs})\\b(?!\\s+by\\b)`, "i"),
      new RegExp(`^(?:there\\s+was\\s+)?(?:(?:general|broad|full|${o.words.vocabulary.vote_unanimous.join("|")})\\s+)?(consensus|agreement)\\s+(?:is|was|that|to|on|for)\\b`, "i"),
      /\b(elected\s+unopposed|re-?elected\s+unopposed|appointed\s+unopposed|by\s+acclamation)\b/i,
      /\b(declared)\b[^.]{1,100}?\b(?:elected|re-?elected|appointed)\b/i,
      new RegExp(`^(?:this|the)\\s+(?:item|matter|application|proposal|report|motion)\\s+was\\s+(${verbs}|${o.words.outcome})\\b`, "i"),
      /^(?:there\s+(?:was|were)\s+)?(no\s+objections?)\b/i,
      new RegExp(`\\bwe\\b[^.]*?\\band\\s+(${verbs})\\b`, "i")
    ]
  };
}
function readProseDecisions(input) {
  const { units, patterns, loc } = input;
  const out = [];
  const isTaken = (u) => input.taken.some(([a, b]) => u.start < b && u.end > a);
  for (const u of units) {
    if (u.kind !== "para" || isTaken(u)) continue;
    for (const s of sentences(u.text)) {
      const verb = match(s.text, patterns) ?? match(s.text.replace(/^[^.:;]{1,60}:\s+/, ""), patterns);
      if (verb === void 0) continue;
      let text6 = s.text.replace(/\s+/g, " ");
      if (/:$/.test(text6) && u.introduces) text6 = `${text6} ${joinItems(listItemsText(u.introduces, input.source))}`;
      const [start, end] = sourceRange(u, s.from, s.text.length);
      const d = {
        verb,
        text: text6,
        kind: "prose",
        node: u.node,
        span: loc.span(start, end),
        verbSpan: loc.span(start, start)
      };
      if (u.item !== void 0) d.item = u.item;
      out.push(d);
    }
  }
  return out;
}
function match(sentence, p) {
  const m = p.subjectVerb.exec(sentence);
  if (m) return m[1];
  for (const re of p.rest) {
    const r = re.exec(sentence);
    if (r) return r[1];
  }
  return void 0;
}

// src/model/closing.ts
var SHORT = 80;
function findClosing(agenda, preamble) {
  const sections = [];
  for (let i = agenda.length - 1; i >= 0 && (agenda[i].kind === "annex" || agenda[i].kind === "signature"); i--) sections.unshift(agenda[i]);
  const before = agenda[agenda.length - 1 - sections.length];
  const content3 = before ? lastContent(before) : preamble;
  return { sections, blocks: signatureBlock(content3) };
}
function lastContent(item) {
  const last = item.children[item.children.length - 1];
  return last ? lastContent(last) : item.content;
}
function signatureBlock(nodes) {
  for (let i = Math.max(0, nodes.length - 10); i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type !== "paragraph" || !patternsOf().sectionStart.signature.test(toString(n).trim())) continue;
    const rest = nodes.slice(i);
    if (rest.every((r) => r.type === "thematicBreak" || r.type === "paragraph" && toString(r).length <= SHORT || r === n && toString(r).length <= 2 * SHORT)) return rest;
  }
  return [];
}

// src/model/text.ts
var BR = /^<br\s*\/?>$/i;
function lineText(node2) {
  const parts = [];
  const walk2 = (n) => {
    if (n.type === "break" || n.type === "html" && BR.test(n.value.trim())) parts.push(" ");
    else if ("value" in n && n.type !== "html" && n.type !== "yaml") parts.push(n.value);
    else if (n.type === "image" || n.type === "imageReference") parts.push(n.alt ?? "");
    if ("children" in n) {
      const block = n.type === "list" || n.type === "listItem" || n.type === "blockquote" || n.type === "root" || n.type === "table" || n.type === "tableRow";
      for (const c of n.children) {
        walk2(c);
        if (block) parts.push(" ");
      }
    }
  };
  walk2(node2);
  return parts.join("").replace(/\s+/g, " ").trim();
}

// src/model/readers/v1-action-line.ts
var LEAD = /^(action)(?![\p{L}\p{N}_])/iu;
var SEP_BEFORE = /^[ \t]*([:\-–—])?[ \t]*/;
var SEP_AFTER = /^(?:[ \t]*([:\-–—]+|\.(?![\p{L}\p{N}])))?/u;
var BLANK = /^\s*/;
var MALFORMED_ID = /^([^:\s][^:\n]{0,39}?)[ \t]*:/;
var ATTRS = /^\{([^{}\n]*)\}[ \t]*$/;
var LEAD_MAX = 300;
var PAIR = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g;
var OWNER = /^(?:the\s+)?([^;:.()\n]{1,60}?)\s+to\s+\S/i;
var OWNER_MAX_WORDS = 8;
function readActionLine(p, source2, pattern, loc) {
  if (!p.position) return void 0;
  const segments = leadSegments(p, source2);
  if (segments.length === 0) return void 0;
  const lead = segments.map((s) => s.node.value).join("").slice(0, LEAD_MAX);
  const more = p.children.length > segments[segments.length - 1].top + 1;
  const prefix = matchPrefix(lead, pattern, more);
  if (!prefix) return void 0;
  const paraStart = p.position.start.offset;
  const at3 = (i) => sourceOffset(segments, i);
  const idStart = at3(prefix.idAt) ?? paraStart;
  const line = {
    id: prefix.id,
    text: "",
    content: [],
    attributes: {},
    attrSpans: {},
    node: p,
    span: loc.span(paraStart, p.position.end.offset),
    idSpan: loc.span(idStart, idStart + (prefix.id.length || "ACTION".length))
  };
  if (!prefix.canonical) {
    const written = lead.slice(0, prefix.core);
    const start = at3(0) ?? paraStart;
    const end = at3(prefix.core - 1);
    line.nearMiss = {
      written,
      span: loc.span(start, end === void 0 ? start : end + 1)
    };
    const fix2 = prefixFix(p, segments, prefix, source2, more);
    if (fix2) line.nearMiss.fix = fix2;
  }
  const content3 = dropLead(p.children, segments, prefix.whole);
  readAttributes(content3, line, source2, loc);
  line.content = content3.filter((c) => !(c.type === "text" && c.value === ""));
  while (line.content[0]?.type === "break") line.content.shift();
  line.text = toString({ type: "paragraph", children: line.content }).trim();
  const ownerAttr = line.attributes.owner;
  if (ownerAttr !== void 0 && ownerAttr.trim() !== "") {
    line.owner = ownerAttr.trim();
    line.ownerSource = "attribute";
    if (line.attrSpans.owner) line.ownerSpan = line.attrSpans.owner;
  } else {
    const owner = ownerPhrase(line.text);
    if (owner !== void 0) {
      line.owner = owner;
      line.ownerSource = "text";
      const from = at3(prefix.whole - 1) ?? at3(prefix.core - 1) ?? paraStart;
      const ownerAt = source2.indexOf(owner, from);
      if (ownerAt !== -1 && ownerAt < p.position.end.offset) line.ownerSpan = loc.span(ownerAt, ownerAt + owner.length);
    }
  }
  return line;
}
function readAttributes(content3, line, source2, loc) {
  const lastIndex = content3.length - 1;
  const last = content3[lastIndex];
  if (last && last.type === "text") {
    const open = last.value.lastIndexOf("{");
    const m = open === -1 ? null : ATTRS.exec(last.value.slice(open));
    if (m) {
      let cut = open;
      while (cut > 0 && (last.value[cut - 1] === " " || last.value[cut - 1] === "	")) cut--;
      content3[lastIndex] = { ...last, value: last.value.slice(0, cut) };
      const textEnd = last.position?.end.offset;
      const tail = last.value.slice(open);
      const openAt = textEnd !== void 0 && source2.slice(textEnd - tail.length, textEnd) === tail ? textEnd - tail.length : void 0;
      for (const pair2 of m[1].matchAll(PAIR)) {
        const key = pair2[1];
        line.attributes[key] = pair2[2] ?? pair2[3] ?? pair2[4] ?? "";
        if (openAt !== void 0) {
          const pairAt = openAt + 1 + pair2.index;
          line.attrSpans[key] = loc.span(pairAt, pairAt + pair2[0].length);
        }
      }
    }
  }
}
function ownerPhrase(text6) {
  const m = OWNER.exec(text6);
  if (!m) return void 0;
  let owner = m[1].trim();
  const segments = owner.split(/\s*,\s*/);
  while (segments.length > 1 && isClause(segments[0])) segments.shift();
  owner = segments.join(", ").replace(/^the\s+/i, "");
  if (owner === "" || owner.split(/\s+/).length > OWNER_MAX_WORDS) return void 0;
  return owner;
}
var OWNER_WORDS = /* @__PURE__ */ new Set(["the", "and", "of", "for", "all", "members", "member", "representatives", "representative", "everyone"]);
function isClause(segment) {
  return segment.split(/\s+/).some((w) => new RegExp("^\\p{Ll}", "u").test(w) && !OWNER_WORDS.has(w));
}
function leadSegments(p, source2) {
  const out = [];
  let at3 = 0;
  const push3 = (node2, top) => {
    const start = node2.position?.start.offset;
    const end = node2.position?.end.offset;
    const seg = { node: node2, top, at: at3, verbatim: 0 };
    if (start !== void 0 && end !== void 0) {
      seg.source = start;
      const v = node2.value;
      let k = 0;
      while (k < v.length && start + k < end && source2[start + k] === v[k]) k++;
      seg.verbatim = k;
    }
    out.push(seg);
    at3 += node2.value.length;
  };
  for (let i = 0; i < p.children.length && at3 < LEAD_MAX; i++) {
    const c = p.children[i];
    if (c.type === "text") push3(c, i);
    else if ((c.type === "strong" || c.type === "emphasis") && c.children.every((k) => k.type === "text")) {
      for (const k of c.children) push3(k, i);
    } else break;
  }
  return out;
}
function sourceOffset(segments, i) {
  for (const s of segments) {
    if (i >= s.at && i < s.at + s.node.value.length) return s.source === void 0 || i - s.at >= s.verbatim ? void 0 : s.source + (i - s.at);
  }
  return void 0;
}
function matchPrefix(lead, pattern, more) {
  const word2 = LEAD.exec(lead);
  if (!word2) return void 0;
  const capitals = word2[1] === "ACTION";
  let i = word2[0].length;
  const before = SEP_BEFORE.exec(lead.slice(i));
  if (before[0] === "" && lead.length > i) return void 0;
  i += before[0].length;
  const idAt = i;
  const idMatch = pattern.prefix.exec(lead.slice(i));
  if (idMatch) {
    let end = i + idMatch[0].length;
    while (end > i && /[ \t]/.test(lead[end - 1])) end--;
    const after = SEP_AFTER.exec(lead.slice(end));
    const coreEnd = end + after[0].length;
    const blank = BLANK.exec(lead.slice(coreEnd))[0];
    const rest = lead.slice(coreEnd + blank.length);
    if (after[1] === void 0 && blank === "" && rest !== "") return malformed(lead, capitals, before[1], idAt, more);
    const separated = before[1] !== void 0 || after[1] !== void 0 && after[1] !== ".";
    if (!separated) {
      const readsAsAction = capitals ? !new RegExp("^\\p{Ll}", "u").test(rest) || ownerPhrase(rest) !== void 0 : new RegExp("^\\p{Lu}", "u").test(rest) && ownerPhrase(rest) !== void 0;
      if (!readsAsAction) return void 0;
    }
    const id = pattern.normalise(idMatch);
    const core = coreEnd;
    const canonical2 = lead.slice(0, core) === `ACTION ${id}:` && (blank !== "" || rest === "" && !more);
    return { id, core, whole: coreEnd + blank.length, idAt, canonical: canonical2 };
  }
  return malformed(lead, capitals, before[1], idAt, more);
}
function malformed(lead, capitals, sepBefore, idAt, more) {
  if (!capitals) return void 0;
  const m = MALFORMED_ID.exec(lead.slice(idAt));
  if (m && looksLikeId(m[1])) {
    const id = m[1].trim().replace(/\s+/g, " ");
    const core = idAt + m[0].length;
    const blank = BLANK.exec(lead.slice(core))[0];
    const canonical2 = lead.slice(0, core) === `ACTION ${id}:` && (blank !== "" || core + blank.length === lead.length && !more);
    return { id, core, whole: core + blank.length, idAt, canonical: canonical2 };
  }
  if (sepBefore === ":") {
    const core = /^ACTION[ \t]*:/.exec(lead)[0].length;
    const blank = BLANK.exec(lead.slice(core))[0];
    return { id: "", core, whole: core + blank.length, idAt: 0, canonical: true };
  }
  return void 0;
}
function looksLikeId(s) {
  const tokens2 = s.trim().split(/\s+/);
  return /\d/.test(s) && tokens2.length <= 4 && !tokens2.some((t) => new RegExp("^\\p{Ll}{2,}$", "u").test(t));
}
function prefixFix(p, segments, prefix, source2, more) {
  const canonical2 = `ACTION ${prefix.id}:`;
  const first = segments[0];
  const lastSeg = segments.find((s) => prefix.core - 1 >= s.at && prefix.core - 1 < s.at + s.node.value.length);
  if (!lastSeg || first.source === void 0 || lastSeg.source === void 0) return void 0;
  if (segments.some((s) => s.at < prefix.core && Math.min(prefix.core, s.at + s.node.value.length) - s.at > s.verbatim)) return void 0;
  const coreEnd = lastSeg.source + (prefix.core - lastSeg.at);
  const endsSegment = prefix.core === lastSeg.at + lastSeg.node.value.length;
  const needsBlank = prefix.whole === prefix.core && (more || prefix.core < segments.reduce((n, s) => n + s.node.value.length, 0));
  if (lastSeg === first) {
    const wrapper2 = p.children[first.top];
    const inRun = wrapper2 !== first.node;
    if (!needsBlank || !endsSegment || !inRun) return { start: first.source, end: coreEnd, text: canonical2 + (needsBlank ? " " : "") };
    const end = wrapper2?.position?.end.offset;
    if (end === void 0) return void 0;
    return { start: first.source, end, text: canonical2 + source2.slice(coreEnd, end) + " " };
  }
  const wrapper = p.children[first.top];
  if (first.top !== 0 || !wrapper || wrapper.type !== "strong" && wrapper.type !== "emphasis") return void 0;
  const inner = wrapper.children;
  if (inner.length !== 1 || lastSeg.top === first.top) return void 0;
  const wStart = wrapper.position?.start.offset;
  const wEnd = wrapper.position?.end.offset;
  const innerEnd = first.node.position?.end.offset;
  if (wStart === void 0 || wEnd === void 0 || innerEnd === void 0) return void 0;
  const open = source2.slice(wStart, first.source);
  const close3 = source2.slice(innerEnd, wEnd);
  return { start: wStart, end: coreEnd, text: `${open}${canonical2}${close3}${needsBlank && !endsSegment ? " " : ""}` };
}
function dropLead(children, segments, n) {
  const out = children.map((c) => ({ ...c }));
  const cut = (t, s) => {
    const keep = Math.max(0, Math.min(t.value.length, s.at + t.value.length - n));
    return { ...t, value: t.value.slice(t.value.length - keep) };
  };
  for (const s of segments) {
    if (s.at >= n) break;
    const top = out[s.top];
    if (top.type === "text") out[s.top] = cut(top, s);
    else if (top.type === "strong" || top.type === "emphasis") {
      const kids = top.children.map((k) => k === s.node ? cut(k, s) : k);
      out[s.top] = { ...top, children: kids };
    }
  }
  return out.filter((c) => !((c.type === "strong" || c.type === "emphasis") && toString(c) === "") && !(c.type === "text" && c.value === ""));
}

// src/model/readers/marked-decision.ts
function readMarkedDecision(node2, para, item, o) {
  const strong2 = para.children.find((c) => c.type === "strong" && o.decisionVerbs.has(toString(c).trim()));
  if (!strong2?.position || !node2.position) return void 0;
  const d = {
    verb: toString(strong2).trim(),
    text: lineText(node2),
    node: node2,
    span: o.loc.span(node2.position.start.offset, node2.position.end.offset),
    verbSpan: o.loc.span(strong2.position.start.offset, strong2.position.end.offset)
  };
  if (item) d.item = item.number;
  return d;
}

// src/model/body.ts
var MARKER = /^<!--\s*outstanding-actions\s*-->\s*$/i;
var SUMMARIES = /^<!--\s*summaries\s*-->\s*$/i;
function readBody(root2, o) {
  const body = { preamble: [], agenda: [], actionLines: [], decisions: [], outstandingPlacement: { kind: "before-agenda" }, headingJumps: [], numberedParagraphs: [] };
  let marker;
  const children = root2.children.filter((n) => n.type !== "yaml");
  const titleAt2 = titleIndex(children);
  const open = [];
  let topDepth;
  children.forEach((node2, index2) => {
    if (node2.type === "html" && MARKER.test(node2.value)) marker ??= node2;
    if (node2.type === "html" && SUMMARIES.test(node2.value)) body.summariesMarker ??= node2;
    if (index2 === titleAt2) {
      body.titleHeading = node2;
      return;
    }
    const heading2 = node2.type === "heading" ? node2 : minuteParagraph(node2, topDepth ?? 2);
    if (!heading2) {
      const current = open[open.length - 1];
      if (current) current.content.push(node2);
      else body.preamble.push(node2);
      return;
    }
    const form = node2.type === "heading" ? "heading" : "paragraph";
    topDepth ??= heading2.depth;
    if (heading2.depth < topDepth && form === "heading" && body.agenda.length > 0 && allItems(body.agenda).every((i) => i.written === void 0 && i.kind === "procedural")) topDepth = heading2.depth;
    let depth = heading2.depth;
    if (depth < topDepth) {
      body.headingJumps.push({ heading: heading2, expected: topDepth, siblings: true });
      depth = topDepth;
    }
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    const parent = open[open.length - 1];
    const expectedDepth = parent ? parent.heading.depth + 1 : topDepth;
    if (form === "heading" && heading2.depth > expectedDepth) body.headingJumps.push({ heading: heading2, expected: expectedDepth, siblings: false });
    const siblings = parent ? parent.children : body.agenda;
    const item = readHeading(heading2, depth, form, siblings, parent, o.loc, o.words);
    siblings.push(item);
    open.push(item);
  });
  const scan = (nodes, item) => {
    for (const n of nodes) collect(n, item, body, o);
  };
  scan(body.preamble, void 0);
  const walkItems = (items2) => {
    for (const item of items2) {
      scan(item.content, item);
      walkItems(item.children);
    }
  };
  walkItems(body.agenda);
  body.numberedParagraphs = [body.preamble, ...allItems(body.agenda).map((i) => i.content)].flatMap((c) => numberedRuns(c, o));
  if (marker) body.outstandingPlacement = { kind: "marker", node: marker };
  else {
    const first = findActionsItem(body.agenda);
    if (first) {
      const para = first.content.find((n) => n.type === "paragraph");
      body.outstandingPlacement = { kind: "after", node: para ?? first.heading };
    }
  }
  return body;
}
function titleIndex(nodes) {
  const first = nodes.findIndex((n) => n.type === "heading");
  if (first < 0) return void 0;
  const h = nodes[first];
  if (h.depth === 1) return first;
  const sameLevel = nodes.filter((n) => n.type === "heading" && n.depth === h.depth).length;
  return sameLevel === 1 && /\b(minutes|meeting)\b/i.test(toString(h)) ? first : void 0;
}
var MINUTE_NUMBER = /^\d{1,4}\/\d{2,4}[ \t]/;
function minuteParagraph(node2, depth) {
  if (node2.type !== "paragraph" || node2.children.length !== 1) return void 0;
  const strong2 = node2.children[0];
  if (strong2.type !== "strong" || strong2.children[0]?.type !== "text" || !MINUTE_NUMBER.test(strong2.children[0].value)) return void 0;
  const h = { type: "heading", depth, children: strong2.children };
  if (node2.position) h.position = node2.position;
  return h;
}
function allItems(items2) {
  return items2.flatMap((i) => [i, ...allItems(i.children)]);
}
function numberedRuns(nodes, o) {
  const runs = [];
  let run;
  let lists = 0;
  for (const n of nodes) {
    if (n.type !== "list" || !n.ordered) continue;
    const start = n.start ?? 1;
    const continues = run !== void 0 && run.length > 0 && start > 1 && (start === run[run.length - 1].number + 1 || lists >= 2);
    if (!continues) {
      runs.push(run = []);
      lists = 0;
    }
    lists++;
    if (writtenNumber(n.children[1], o) !== void 0 && writtenNumber(n.children[1], o) === writtenNumber(n.children[0], o)) {
      run = void 0;
      continue;
    }
    let next = n.start ?? 1;
    for (const item of n.children) {
      const number = item.data?.number ?? next;
      next = number + 1;
      const at3 = item.position?.start.offset;
      const written = at3 === void 0 ? void 0 : /^\d{1,9}[.)]/.exec(o.source.slice(at3, at3 + 11))?.[0];
      if (at3 !== void 0 && written) run.push({ number, text: written, span: o.loc.span(at3, at3 + written.length) });
    }
  }
  return runs.filter((r) => r.length > 0);
}
function writtenNumber(item, o) {
  const at3 = item?.position?.start.offset;
  const m = at3 === void 0 ? null : /^(\d{1,9})[.)]/.exec(o.source.slice(at3, at3 + 11));
  return m ? Number(m[1]) : void 0;
}
function findActionsItem(items2) {
  for (const item of items2) {
    if (/action/i.test(item.title)) return item;
    const sub = findActionsItem(item.children);
    if (sub) return sub;
  }
  return void 0;
}
function readHeading(h, depth, form, siblings, parent, loc, words3) {
  const titleContent = h.children.map((c) => ({ ...c }));
  const first = titleContent[0];
  const previous3 = siblings.flatMap((s) => s.written ? [s.written] : []);
  let written;
  let numberSpan;
  if (first && first.type === "text") {
    written = readNumber(first.value, previous3);
    if (written) {
      titleContent[0] = { ...first, value: first.value.slice(written.length) };
      const start = first.position?.start.offset;
      if (start !== void 0) numberSpan = loc.span(start + written.offset, start + written.offset + written.text.length);
    }
  }
  const title = toString({ type: "heading", depth: h.depth, children: titleContent }).trim();
  const item = {
    number: keyOf(written, siblings, parent),
    numbered: written !== void 0,
    kind: sectionKind(title, words3),
    form,
    title,
    titleContent: titleContent.filter((c) => !(c.type === "text" && c.value === "")),
    depth,
    level: parent ? parent.level + 1 : 1,
    heading: h,
    span: loc.span(h.position.start.offset, h.position.end.offset),
    content: [],
    children: [],
    decisions: [],
    actions: []
  };
  if (written) {
    item.written = written;
    const plain = written.text.replace(/[.)]$/, "");
    if (written.text !== plain || written.scheme !== "decimal") item.writtenNumber = written.text;
  }
  if (numberSpan) item.numberSpan = numberSpan;
  return item;
}
function keyOf(written, siblings, parent) {
  if (written?.scheme === "decimal" || written?.scheme === "multilevel") return written.parts.join(".");
  const own5 = written ? written.text.replace(/[().:]/g, "") : `#${siblings.length + 1}`;
  return parent ? `${parent.number}/${own5}` : own5;
}
function collect(node2, item, body, o) {
  if (node2.type === "paragraph") {
    const line = readActionLine(node2, o.source, o.idPattern, o.loc);
    if (line) {
      body.actionLines.push(item ? { ...line, item: item.number } : line);
      return;
    }
    const d = readMarkedDecision(node2, node2, item, o);
    if (d) {
      body.decisions.push(d);
      item?.decisions.push(d);
    }
    return;
  }
  if (node2.type === "listItem") {
    const para = node2.children.find((c) => c.type === "paragraph");
    const d = para ? readMarkedDecision(node2, para, item, o) : void 0;
    if (d) {
      node2.data = { ...node2.data, decisionVerb: d.verb };
      body.decisions.push(d);
      item?.decisions.push(d);
      for (const c of node2.children) if (c !== para) collect(c, item, body, o);
      return;
    }
  }
  if ("children" in node2 && node2.type !== "heading" && node2.type !== "table") {
    for (const c of node2.children) collect(c, item, body, o);
  }
}

// src/model/action-owners.ts
var INITIALS2 = new RegExp("^\\p{Lu}{2,4}$", "u");
function parseOwners(written, p = patternsOf()) {
  const text6 = written.trim().replace(/[.:;,]+$/, "").trim();
  if (text6 === "") return { owners: [] };
  if (p.ownerPlaceholder.test(text6)) return { owners: [], placeholder: text6 };
  if (p.everyone.test(text6)) return { owners: [{ text: text6, kind: "everyone" }] };
  const owners = [];
  for (const raw of splitOwners(text6, p)) {
    const t = raw.replace(/^the\s+/i, (m) => p.role.test(raw) ? m : "");
    if (t === "") continue;
    if (p.ownerPlaceholder.test(t)) return { owners: [], placeholder: text6 };
    owners.push({ text: t, kind: kindOf(t, p) });
  }
  return { owners };
}
function splitOwners(text6, p = patternsOf()) {
  return text6.trim().replace(p.sharedTitle, "").split(p.ownerSplit).map((s) => s.trim()).filter(Boolean);
}
function kindOf(t, p) {
  if (p.everyone.test(t)) return "everyone";
  if (p.role.test(t)) return "role";
  if (INITIALS2.test(t)) return "initials";
  return "name";
}
var isRole = (s, p = patternsOf()) => p.role.test(s.trim());
var isEveryone = (s, p = patternsOf()) => p.everyone.test(s.trim());
var isPlaceholder = (s, p = patternsOf()) => p.ownerPlaceholder.test(s.trim());

// src/model/readers/recognise.ts
var ELECTION = /\belect(?:ion|ed)?\b|\bnominations?\b|\bappoint\s+new\b/i;
function sectionKind2(title, words3) {
  if (title === void 0) return "other";
  const t = sectionTitle(title);
  if (words3.section.agenda.test(t)) return "agenda";
  if (words3.sectionStart.action_review.test(t) || words3.sectionStart.matters_arising.test(t)) return "review";
  if (words3.section.actions.test(t)) return "actions";
  if (ELECTION.test(t)) return "election";
  return "other";
}
function statusOf(text6, words3 = patternsOf()) {
  const open = words3.statusOpen.exec(text6);
  if (open) return { status: "open", word: open[1] };
  const closed = words3.statusClosed.exec(text6);
  if (closed) return { status: "closed", word: closed[1] };
  return void 0;
}
function emphasisedStatus(p, words3) {
  let found2;
  for (const c of p.children) {
    if (c.type !== "emphasis" && c.type !== "strong") continue;
    const t = toString(c).trim();
    if (t.length > 40) continue;
    const s = statusOf(t, words3);
    if (s && statusOnly(words3).test(t)) found2 = s;
  }
  return found2;
}
var STATUS_ONLY = /* @__PURE__ */ new WeakMap();
function statusOnly(words3) {
  let re = STATUS_ONLY.get(words3);
  if (!re) {
    re = new RegExp(`^[\\s\\p{P}]*${words3.statusWords}[\\s\\p{P}]*(?:${words3.statusWords}[\\s\\p{P}]*)?$`, "iu");
    STATUS_ONLY.set(words3, re);
  }
  return re;
}
var LABEL = /^\s*(?:action(?:\s+(?:point|item)s?)?|actions)(?:\s+(?<id>\d+(?:\.\d+)*[a-z]?))?\s*(?<sep>:|\s[-–—]\s|[-–—]\s)\s*(?<rest>[\s\S]*)$/i;
var REFERENCE = /^action\s+\d+(?:\.\d+)*$/i;
var DASH_OWNER = /^(?<owner>[^-–—:\n]{1,60}?)\s+[-–—]\s+(?<task>[\s\S]+)$/;
var OWNER_VERB = new RegExp("^(?<owner>(?:[^.;:!?\\n]|\\.(?=\\s*\\p{Lu})){1,80}?)\\s*(?:\\([^)]{1,40}\\)\\s*)?\\s+(?<verb>to|will|would|shall|is\\s+to|are\\s+to|responsible\\s+for|offered\\s+to|offers\\s+to|agreed\\s+to|undertook\\s+to|needs?\\s+to|(?:was|were|is|are)\\s+tasked\\s+with)\\s+(?<next>\\p{Ll}[\\p{L}'-]*)", "u");
var INITIALS_RUN = new RegExp("^(?<owner>\\p{Lu}{2,4}(?:\\s*[/&,+]\\s*\\p{Lu}{2,4})*)\\s*(?::|[-\u2013\u2014])?\\s+(?=\\S)", "u");
var LEAD_ID = /^(?<id>[A-Z]{0,3}\d+(?:[./]\d+)*)\s*[.:)]?\s+/;
var OWNER_PAREN = new RegExp("^(?<owner>[^()\\n]{1,40}?)\\s*\\(\\s*(?:to|will)\\s+\\p{Ll}", "u");
var PASSIVE = /^(?:be|been)$/i;
var EACH = new RegExp("^(?:each|every)\\s+\\p{L}+", "iu");
var COLON_OWNER = new RegExp("^(?<owner>[^:.;!?\\n]{1,40}?)\\s*:\\s+(?=\\p{L})", "u");
var NOT_A_TASK = /* @__PURE__ */ new Set(["be", "been", "have", "had", "not", "like", "love", "prefer", "seem", "appear", "need", "probably", "likely", "by"]);
var PRONOUN2 = /^(he|she|they)$/i;
function leadingOwner(text6, words3 = patternsOf()) {
  const t = text6.trim();
  const unknown = /^(\?{1,3})\s/.exec(t);
  if (unknown) return unknown[1];
  const dash = DASH_OWNER.exec(t);
  if (dash && looksLikeOwner(dash.groups.owner, words3)) return dash.groups.owner.trim();
  const ov = OWNER_VERB.exec(t);
  if (ov && looksLikeOwner(ov.groups.owner, words3) && !PASSIVE.test(ov.groups.next)) return ov.groups.owner.trim();
  const paren = OWNER_PAREN.exec(t);
  if (paren && looksLikeOwner(paren.groups.owner, words3)) return paren.groups.owner.trim();
  const run = INITIALS_RUN.exec(t);
  if (run) return run.groups.owner;
  const colon = COLON_OWNER.exec(t);
  if (colon && splitOwners(colon.groups.owner, words3).every((p) => isRole(p, words3) || new RegExp("^\\p{Lu}[\\p{Ll}\\p{N}_'\u2019-]+$|^\\p{Lu}{2,4}$", "u").test(p))) return colon.groups.owner.trim();
  const each = EACH.exec(t);
  if (each && isEveryone(each[0], words3)) return each[0];
  return void 0;
}
function looksLikeOwner(s, words3) {
  const t = s.trim();
  if (t === "" || isPlaceholder(t, words3)) return isPlaceholder(t, words3);
  const parts = splitOwners(t, words3);
  return parts.length > 0 && parts.length <= 6 && parts.every((p) => isRole(p, words3) || /^(?:all\s+)?(?:[\p{Lu}][\p{L}\p{N}_'’.-]*|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}\p{N}_'’.-]*|[\p{Lu}]\.|de|van|von|la|le|of))*(?:\s+members?)?$/u.test(p) || new RegExp("^all(?:\\s+\\p{Ll}+)?\\s+members$", "iu").test(p));
}
function lineText2(node2) {
  if (node2.type === "break") return "\n";
  if (node2.type === "text" || node2.type === "inlineCode") return node2.value;
  if ("children" in node2) return node2.children.map(lineText2).join("");
  return toString(node2);
}
function afterLabel(source2, start) {
  const m = /^[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?:action(?:[ \t]+(?:point|item)s?)?|actions)(?![\p{L}\p{N}])/iu.exec(source2.slice(start, start + 40));
  return m ? start + m[0].length : void 0;
}
function leadSegmentIsLabel(p) {
  const first = p.children[0];
  if (!first) return false;
  if (first.type === "text") return /^\s*action/i.test(first.value);
  if (first.type === "strong" || first.type === "emphasis") {
    const t = toString(first).trim();
    return /^action/i.test(t) && !(REFERENCE.test(t) && p.children.length === 1);
  }
  return false;
}
function boldLabel(p, text6) {
  const first = p.children[0];
  if (!first || first.type !== "strong" && first.type !== "emphasis" || p.children.length < 2) return null;
  const word2 = toString(first).trim();
  if (!/^actions?(?:\s+(?:point|item)s?)?$/i.test(word2)) return null;
  return LABEL.exec(`${word2}: ${text6.slice(text6.indexOf(word2) + word2.length).trim()}`);
}
function subStatus(item, words3) {
  const sub = item.children.find((c) => c.type === "list");
  const first = sub?.children[0];
  if (!first) return void 0;
  const text6 = toString(first).replace(/\s+/g, " ").trim();
  const head = text6.split(/(?<=[.!?])\s/)[0] ?? text6;
  return head.length <= 60 ? statusOf(head, words3) : void 0;
}
function trailingStatus(text6, words3) {
  let re = TRAILING.get(words3);
  if (!re) {
    re = new RegExp(`(?:^|[-\u2013\u2014.]\\s*)(${words3.statusWords}[.\\s]*(?:${words3.statusWords})?\\.?)\\s*$`, "i");
    TRAILING.set(words3, re);
  }
  const m = re.exec(text6);
  return m ? statusOf(m[1], words3) : void 0;
}
var TRAILING = /* @__PURE__ */ new WeakMap();
function splitSentences(text6) {
  return sentences(text6).map((x) => x.text);
}
function resolvesAll(owner, owners, words3) {
  const parts = splitOwners(owner, words3);
  return parts.some((p) => owners.resolve(p) !== void 0);
}
function labelOf(p, text6) {
  const label = LABEL.exec(text6) ?? boldLabel(p, text6);
  return label && leadSegmentIsLabel(p) ? label : void 0;
}
function noNewActions(kind) {
  return kind === "review" || kind === "agenda";
}

// src/model/readers/reader.ts
function spanOf(o, n) {
  return o.loc.span(n.position.start.offset, n.position.end.offset);
}

// src/model/readers/action-heading.ts
var HEADING_ACTION = /^action\s+(?<id>\d+(?:\.\d+)*)?\s*[:\-–—]\s*(?<rest>.+)$/i;
var actionHeading = {
  id: "action-heading",
  looksAt: "heading",
  certainty: "judged",
  read(n, place, o) {
    const h = HEADING_ACTION.exec(toString(n).trim());
    if (!h || !n.position) return void 0;
    const a = { id: h.groups.id ?? "", notation: "heading", text: h.groups.rest.trim(), content: n.children, node: n, span: spanOf(o, n) };
    const owner = leadingOwner(a.text, o.words);
    if (owner) a.ownerText = owner;
    if (place.kind === "review") return [{ reader: "action-heading", kind: "review", review: { id: a.id, text: a.text, source: "paragraph", span: a.span, status: "open" } }];
    return [{ reader: "action-heading", kind: "action", action: a }];
  }
};

// src/model/readers/action-label.ts
var actionLabel = {
  id: "action-label",
  looksAt: "paragraph",
  certainty: "judged",
  read({ p, text: text6 }, place, o) {
    if (!labelOf(p, text6)) return void 0;
    if (o.taken.has(p)) return [];
    const lines = labelledLines(p);
    if (lines.length === 1) return readLabelled(p, text6, place.item ?? p, o);
    return lines.flatMap((line) => readLabelled(line, lineText2(line).replace(/\s+/g, " ").trim(), line, o));
  }
};
function readLabelled(p, text6, node2, o) {
  const label = labelOf(p, text6);
  const id = label.groups.id ?? "";
  const dashed = /[-–—]/.test(label.groups.sep);
  const notation = dashed ? "dash" : "label";
  const rest = label.groups.rest.trim().replace(/\s*[-–—]?\s*$/, "");
  const task = dashed ? DASH_OWNER.exec(rest) : null;
  const a = { id, notation, text: task && looksLikeOwner(task.groups.owner, o.words) ? task.groups.task.trim() : rest, content: p.children, node: node2, span: spanOf(o, node2) };
  const owner = leadingOwner(rest, o.words) ?? (label.groups.sep === ":" && isPlaceholder(rest.split(/\s+/)[0] ?? "", o.words) ? rest.split(/\s+/)[0] : void 0);
  if (owner && topicBeforeDash(rest, owner, o)) a.text = rest;
  else if (owner) a.ownerText = owner;
  if (!id) {
    const at3 = afterLabel(o.source, p.position.start.offset);
    if (at3 !== void 0) a.idInsert = { at: at3, form: "after-label" };
  }
  return [{ reader: "action-label", kind: "action", action: a }];
}
function topicBeforeDash(rest, owner, o) {
  const d = DASH_OWNER.exec(rest);
  if (d === null || d.groups.owner.trim() !== owner || !CLAUSE.test(d.groups.task)) return false;
  return !(isRole(owner, o.words) || isEveryone(owner, o.words) || isPlaceholder(owner, o.words) || resolvesAll(owner, o.owners, o.words));
}
var CLAUSE = /^(?:the\s+)?[\p{L}\p{N}'’-]+\s+(?:will|would|is|are|was|were|should|can|could|must|has|have|had)\s/iu;
function labelledLines(p) {
  const runs = [[]];
  p.children.forEach((c, i) => {
    const next = p.children[i + 1];
    if (c.type === "break" && next && startsWithLabel(p.children.slice(i + 1))) runs.push([]);
    else runs.at(-1).push(c);
  });
  if (runs.length === 1) return [p];
  return runs.filter((r) => r.length > 0 && r[0].position && r.at(-1).position).map((children) => ({
    type: "paragraph",
    children,
    position: { start: children[0].position.start, end: children.at(-1).position.end }
  }));
}
function startsWithLabel(children) {
  const line = { type: "paragraph", children };
  return labelOf(line, lineText2(line).replace(/\s+/g, " ").trim()) !== void 0;
}

// src/model/readers/action-list.ts
var actionList = {
  id: "action-list",
  looksAt: "listItem",
  certainty: "judged",
  read(item, place, o) {
    if (place.kind !== "actions" || !o.prose) return void 0;
    const p = item.children.find((c) => c.type === "paragraph");
    if (!p || o.taken.has(p) || !item.position) return [];
    let text6 = lineText2(p).replace(/\s+/g, " ").trim();
    if (text6 === "") return [];
    const label = LABEL.exec(text6);
    let notation = "list";
    let id = "";
    if (label && leadSegmentIsLabel(p)) {
      id = label.groups.id ?? "";
      text6 = label.groups.rest.trim();
      if (/[-–—]/.test(label.groups.sep)) notation = "dash";
    }
    const lead = LEAD_ID.exec(text6);
    if (!id && lead && /\d/.test(lead.groups.id)) {
      id = lead.groups.id;
      text6 = text6.slice(lead[0].length);
    }
    const a = { id, notation, text: text6, content: p.children, node: item, span: spanOf(o, item) };
    const owner = leadingOwner(text6, o.words);
    if (owner) a.ownerText = owner;
    if (!id) {
      const at3 = notation === "dash" ? afterLabel(o.source, p.position.start.offset) : p.position.start.offset;
      if (at3 !== void 0) a.idInsert = { at: at3, form: notation === "dash" ? "after-label" : "before-text" };
    }
    return [{ reader: "action-list", kind: "action", action: a }];
  }
};

// src/model/readers/action-marker.ts
var actionMarker = {
  id: "action-marker",
  looksAt: "paragraph",
  certainty: "judged",
  read({ p, text: text6 }, place, o) {
    if (noNewActions(place.kind)) return void 0;
    const node2 = place.item ?? p;
    const fact = (words3, owner) => {
      const a = { id: "", notation: "marker", text: words3, content: p.children, node: node2, span: spanOf(o, node2) };
      if (owner) a.ownerText = owner;
      return [{ reader: "action-marker", kind: "action", action: a }];
    };
    const end = /^(?<body>[\s\S]+?[.!?])\s*\(?action\)?\s*:\s*(?<owner>[^.:;]{1,60}?)\.?\)?$/i.exec(text6);
    if (end && looksLikeOwner(end.groups.owner, o.words)) return fact(end.groups.body.trim(), end.groups.owner.trim());
    const bracket = /^(?<body>[\s\S]+?)\s*\(ACTION\)\s*\.?$/.exec(text6);
    if (!bracket) return void 0;
    const last = splitSentences(bracket.groups.body).at(-1) ?? bracket.groups.body;
    return fact(last, leadingOwner(last, o.words));
  }
};

// src/model/readers/table-columns.ts
function tableColumns(t, k, o) {
  const [head, ...rows] = t.children;
  if (!head) return void 0;
  const headers = head.children.map((c) => toString(c).trim().toLowerCase());
  const col = (re) => headers.findIndex((h) => re.test(h));
  const cellOf = (row, i) => i === -1 ? "" : toString(row.children[i] ?? { type: "text", value: "" }).replace(/\s+/g, " ").trim();
  const byContent = ownerColumnByContent(rows, headers.length, cellOf, o);
  const idCol = col(o.words.column.number);
  let textCol = col(o.words.column.action);
  const ownerCol = byContent.length > 0 ? byContent.find((i) => o.words.column.owner.test(headers[i])) ?? byContent[0] : col(o.words.column.owner);
  const statusCol = col(o.words.column.status);
  const dueCol = col(o.words.column.due);
  if (textCol === -1 && k === "actions" && ownerCol !== -1) textCol = longestColumn(rows, headers.length, cellOf, [ownerCol, idCol, statusCol, dueCol]);
  if (textCol === -1 && idCol === -1) return void 0;
  const columnWord = (c) => Object.values(o.words.column).some((re) => re.test(c.toLowerCase()));
  const entries2 = [];
  for (const row of rows) {
    if (!row.position) continue;
    const cell = (i) => cellOf(row, i);
    if (row.children.every((_, i) => cell(i) === "" || columnWord(cell(i)))) continue;
    const text6 = cell(textCol);
    const id = cell(idCol);
    if (text6 === "" && id === "") continue;
    entries2.push({ row, cell, text: text6, id });
  }
  return { ownerCol, statusCol, dueCol, entries: entries2 };
}
function ownerColumnByContent(rows, width, cellOf, o) {
  const out = [];
  for (let i = 0; i < width; i++) {
    const cells = rows.map((r) => cellOf(r, i)).filter((c) => c !== "");
    if (cells.length < 2 && rows.length >= 2) continue;
    if (cells.length === 0) continue;
    const named2 = cells.filter((c) => c.length <= 60 && splitOwners(c, o.words).every((p) => o.owners.resolve(p) !== void 0)).length;
    if (named2 * 3 >= cells.length * 2) out.push(i);
  }
  return out;
}
function longestColumn(rows, width, cellOf, taken) {
  let best = -1;
  let length = 0;
  for (let i = 0; i < width; i++) {
    if (taken.includes(i)) continue;
    const total = rows.reduce((n, r) => n + cellOf(r, i).length, 0);
    if (total > length) [best, length] = [i, total];
  }
  return best;
}

// src/model/readers/action-table.ts
var actionTable = {
  id: "action-table",
  looksAt: "table",
  certainty: "judged",
  read(t, place, o) {
    const c = tableColumns(t, place.kind, o);
    if (!c) return void 0;
    if (place.kind !== "actions" || !o.prose) return [];
    return c.entries.map(({ row, cell, text: text6, id }) => {
      const a = { id, notation: "table", text: text6, content: [{ type: "text", value: text6 }], node: row, span: spanOf(o, row) };
      const owner = c.ownerCol !== -1 ? cell(c.ownerCol) : leadingOwner(text6, o.words);
      if (owner !== void 0) a.ownerText = owner;
      if (c.dueCol !== -1 && cell(c.dueCol) !== "") a.dueText = cell(c.dueCol);
      return { reader: "action-table", kind: "action", action: a };
    });
  }
};

// src/model/readers/italic-owner.ts
var italicOwner = {
  id: "italic-owner",
  looksAt: "paragraph",
  certainty: "judged",
  read({ p }, place, o) {
    if (noNewActions(place.kind)) return void 0;
    const tail = p.children.at(-1);
    if (tail?.type !== "emphasis" || p.children.length <= 1) return void 0;
    const owner = toString(tail).trim();
    const before = toString({ type: "paragraph", children: p.children.slice(0, -1) }).trim();
    if (!(/[.!?]$/.test(before) && owner.split(/\s+/).length <= 4 && !statusOf(owner, o.words) && looksLikeOwner(owner, o.words) && o.owners.resolve(owner) !== void 0)) return void 0;
    const node2 = place.item ?? p;
    const text6 = splitSentences(before).at(-1) ?? before;
    const a = { id: "", notation: "italic-owner", text: text6, content: p.children, node: node2, span: spanOf(o, node2) };
    if (owner) a.ownerText = owner;
    return [{ reader: "italic-owner", kind: "action", action: a }];
  }
};

// src/model/readers/matters-arising.ts
var mattersArising = {
  id: "matters-arising",
  looksAt: "paragraph",
  certainty: "judged",
  read({ p, text: text6 }, place, o) {
    if (place.kind !== "review" || !o.words.section.matters_arising.test(sectionTitle(place.section ?? ""))) return void 0;
    return [{ reader: "matters-arising", kind: "review", review: { id: "", text: text6, source: "matters-arising", span: spanOf(o, place.item ?? p) } }];
  }
};

// src/model/readers/owner-first.ts
var ownerFirst = {
  id: "owner-first",
  looksAt: "paragraph",
  certainty: "judged",
  read({ p, text: text6 }, place, o) {
    if (!o.prose || noNewActions(place.kind) || place.kind === "election") return void 0;
    const node2 = place.item ?? p;
    return proseActions(text6, o.owners, o.words).map((s) => ({ reader: "owner-first", kind: "action", action: { id: "", notation: "prose", text: s.text, ownerText: s.owner, content: p.children, node: node2, span: spanOf(o, node2) } }));
  }
};
function proseActions(text6, owners, words3) {
  const out = [];
  let subject;
  for (const raw of splitSentences(text6)) {
    const s = raw.replace(/^\[[^\]]{1,30}\]\s*/, "");
    const m = OWNER_VERB.exec(s) ?? OWNER_VERB.exec(s.replace(new RegExp("^[^:]{1,60}:\\s+(?=\\p{Lu})", "u"), ""));
    const lead = /^(?<owner>[^.;:!?\n]{1,60}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?:had|has|have|was|were|is|are|reported|said|noted|contacted|asked)\b/u.exec(s);
    if (m) {
      let owner = m.groups.owner.trim();
      const verb = m.groups.verb.toLowerCase();
      const next = m.groups.next.toLowerCase();
      if (PRONOUN2.test(owner) && subject && (verb === "will" || verb === "would")) owner = subject;
      const ok3 = !NOT_A_TASK.has(next) && looksLikeOwner(owner, words3) && resolvesAll(owner, owners, words3);
      if (ok3) {
        out.push({ text: s.slice(s.indexOf(m.groups.owner)), owner });
        subject = owner;
        continue;
      }
    }
    if (lead) {
      const owner = lead.groups.owner.trim();
      if (!PRONOUN2.test(owner)) subject = looksLikeOwner(owner, words3) && resolvesAll(owner, owners, words3) ? owner : void 0;
    }
  }
  return out;
}

// src/model/readers/review-line.ts
var reviewLine = {
  id: "review-line",
  looksAt: "paragraph",
  certainty: "judged",
  read({ p, text: text6 }, place, o) {
    const label = labelOf(p, text6);
    if (!label) return void 0;
    const { item } = place;
    const rest = label.groups.rest.trim();
    const sub = item ? subStatus(item, o.words) : void 0;
    const status = emphasisedStatus(p, o.words) ?? sub ?? trailingStatus(rest, o.words);
    if (place.kind !== "review" && !status) return void 0;
    const r = { id: label.groups.id ?? "", text: rest, source: item ? "list" : "paragraph", span: spanOf(o, item ?? p) };
    const owner = leadingOwner(rest);
    if (owner) r.ownerText = owner;
    if (status) {
      r.status = status.status;
      r.statusWord = status.word;
    } else r.status = "open";
    const facts = [{ reader: "review-line", kind: "review", review: r }];
    if (o.taken.has(p)) facts.push({ reader: "review-line", kind: "reviewed-line", line: p });
    return facts;
  }
};

// src/model/readers/review-table.ts
var reviewTable = {
  id: "review-table",
  looksAt: "table",
  certainty: "judged",
  read(t, place, o) {
    const k = place.kind;
    const c = tableColumns(t, k, o);
    if (!c || !(k === "review" || c.statusCol !== -1 && k !== "actions")) return void 0;
    return c.entries.map(({ row, cell, text: text6, id }) => {
      const s = statusOf(cell(c.statusCol), o.words);
      const r = { id, text: text6, source: "table", span: spanOf(o, row) };
      if (c.ownerCol !== -1 && cell(c.ownerCol)) r.ownerText = cell(c.ownerCol);
      if (s) {
        r.status = s.status;
        r.statusWord = s.word;
      }
      return { reader: "review-table", kind: "review", review: r };
    });
  }
};

// src/model/readers/index.ts
var READERS = [
  actionHeading,
  reviewLine,
  actionLabel,
  mattersArising,
  actionMarker,
  italicOwner,
  ownerFirst,
  actionList,
  reviewTable,
  actionTable
];

// src/model/readers/walk.ts
var Walk2 = class {
  constructor(o, readers) {
    this.o = o;
    this.readers = readers;
  }
  o;
  readers;
  reviewedLines = /* @__PURE__ */ new Set();
  actions = [];
  reviews = [];
  facts = [];
  /** The titles of the headings above the block being read, by depth. */
  titles = [];
  /** The kind of section the next block stands in. */
  kind() {
    return this.titles.reduce((k, t) => {
      if (!t) return k;
      const s = sectionKind2(t, this.o.words);
      return s === "other" && (k === "review" || k === "election") ? k : s;
    }, "other");
  }
  place(kind, item) {
    const section = this.titles.filter(Boolean).at(-1);
    return { kind, ...section === void 0 ? {} : { section }, ...item ? { item } : {} };
  }
  /** Hands a node to the readers of its kind; whether one of them claimed it. */
  dispatch(looksAt, node2, place) {
    for (const r of this.readers) {
      if (r.looksAt !== looksAt) continue;
      const facts = r.read(node2, place, this.o);
      if (facts === void 0) continue;
      for (const f of facts) this.gather(f, place);
      return true;
    }
    return false;
  }
  gather(f, place) {
    this.facts.push(f);
    if (f.kind === "action") this.actions.push(place.section === void 0 ? f.action : { ...f.action, section: place.section });
    else if (f.kind === "review") this.reviews.push(f.review);
    else this.reviewedLines.add(f.line);
  }
  /** A paragraph, with the list item it opens (for status sub-bullets). */
  paragraph(p, item, k) {
    if (!p.position) return;
    if (this.o.taken.has(p) && k !== "review" && !emphasisedStatus(p, this.o.words)) return;
    const text6 = lineText2(p).replace(/\s+/g, " ").trim();
    if (text6 === "") return;
    this.dispatch("paragraph", { p, text: text6 }, this.place(k, item));
  }
  block(n, item, k) {
    if (n.type === "paragraph") return this.paragraph(n, item, k);
    if (n.type === "table") {
      this.dispatch("table", n, this.place(k));
      return;
    }
    if (n.type === "list") return this.list(n, k);
    if (n.type === "blockquote") for (const c of n.children) this.block(c, void 0, k);
  }
  list(l, k) {
    for (const item of l.children) {
      if (this.dispatch("listItem", item, this.place(k))) continue;
      const [first, ...more] = item.children;
      if (first) this.block(first, item, k);
      const isReview = first?.type === "paragraph" && this.reviews.length > 0 && this.reviews.at(-1).span.start.offset === item.position?.start.offset;
      if (!isReview) for (const c of more) this.block(c, void 0, k);
    }
  }
  /** A heading may itself be an action ("## Action 3: …"), read in the section above it; then it opens its own. */
  heading(n) {
    this.dispatch("heading", n, this.place(this.kind()));
    this.titles.length = n.depth - 1;
    this.titles[n.depth - 1] = toString(n).trim();
  }
};
function readNaturalActions(root2, o, readers = READERS) {
  const walk2 = new Walk2(o, readers);
  for (const n of root2.children) {
    if (n.type === "yaml") continue;
    if (n.type === "heading") walk2.heading(n);
    else walk2.block(n, void 0, walk2.kind());
  }
  return { actions: walk2.actions, reviews: walk2.reviews, reviewedLines: walk2.reviewedLines, facts: walk2.facts };
}

// src/model/readers/prose-review.ts
var ID = String.raw`[A-Z]{0,3}\d+(?:[./]\d+)*[a-z]?`;
var MENTION = new RegExp(String.raw`\bactions?(?:\s+(?:points?|items?))?\s+(?:no\.?\s*)?(${ID}(?:\s*(?:,|&|\band\b)\s*${ID})*)(?![\p{L}\p{N}/])`, "giu");
var EACH_ID = new RegExp(ID, "g");
function proseStatus(sentence) {
  const said = sentence.replace(new RegExp("\\b(?:to|will|would|shall|should|must|can|could|cannot|may|might)\\s+(?:not\\s+)?(?:be\\s+|have\\s+been\\s+)?\\p{L}+", "giu"), " ").replace(/(?<!\b(?:remains?|remained|is|are|was|were|still|left|kept|stays?)\s+(?:still\s+)?)\b(?:open|outstanding)\b/gi, " ");
  return statusOf(said);
}
function readProseMentions(root2, loc, read) {
  const out = [];
  const paragraph2 = (p, at3) => {
    if (!at3.position) return;
    const span = loc.span(at3.position.start.offset, at3.position.end.offset);
    for (const sentence of splitSentences(toString(p).replace(/\s+/g, " ").trim())) {
      const ids = [...sentence.matchAll(MENTION)].flatMap((m) => m[1].match(EACH_ID) ?? []);
      if (ids.length === 0) continue;
      const status = proseStatus(sentence);
      for (const id of ids) out.push({ id, text: sentence, span, ...status ? { status: status.status, statusWord: status.word } : {} });
    }
  };
  const visit4 = (n, item) => {
    if (read(n) || item !== void 0 && read(item)) return;
    if (n.type === "paragraph") return paragraph2(n, item ?? n);
    if (n.type === "list") for (const li of n.children) {
      if (read(li)) continue;
      for (const c of li.children) visit4(c, c.type === "paragraph" ? li : void 0);
    }
    if (n.type === "blockquote") for (const c of n.children) visit4(c);
  };
  for (const n of root2.children) visit4(n);
  return out;
}

// src/model/owner-resolve.ts
function ownerIndex(meeting, config, people) {
  const words3 = wordsOf(config);
  const TITLE = new RegExp(`^(?:${words3.title}\\s+)+`, "i");
  const index2 = people ?? personIndex(meeting.people, { aliases: config.aliases, words: words3 });
  const bodies = new Set([...config.parties, ...config.roster.map((m) => m.category), meeting.code, config.code, meeting.committee].filter((s) => !!s).map(normaliseName));
  for (const m of config.roster) for (const a of [m.name, m.initials, ...m.aliases]) if (a) bodies.add(normaliseName(a));
  const resolution = (token) => {
    const t = token.trim().replace(TITLE, "");
    const k = normaliseName(t);
    if (k === "") return { kind: "unknown" };
    if (isEveryone(t, words3)) return { kind: "everyone" };
    const m = index2.resolve(token.trim());
    if (m.kind === "one") return { kind: "person", person: m.person };
    if (isRole(t, words3)) return { kind: "role" };
    const body = k.replace(/^the\s+/, "");
    if (bodies.has(body)) return { kind: "body", name: t };
    if (m.kind === "ambiguous") return { kind: "ambiguous" };
    return { kind: "unknown" };
  };
  return {
    people: index2,
    resolution,
    resolve(token) {
      const r = resolution(token);
      return r.kind === "ambiguous" || r.kind === "unknown" ? void 0 : r;
    }
  };
}
var INDEXES = /* @__PURE__ */ new WeakMap();
function keepPeopleIndex(meeting, index2) {
  INDEXES.set(meeting, index2);
}
function peopleOf(meeting, config) {
  let index2 = INDEXES.get(meeting);
  if (!index2) {
    index2 = personIndex(meeting.people, { aliases: config.aliases, words: wordsOf(config) });
    INDEXES.set(meeting, index2);
  }
  return index2;
}

// src/model/subject.ts
var words = (s, min) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > min));
function sameSubject(a, b, o = {}) {
  const min = o.min ?? 2;
  const x = words(a, min);
  const y = words(b, min);
  const common = [...x].filter((w) => y.has(w)).length;
  return common >= (o.least ?? 1) && common / Math.max(1, Math.min(x.size, y.size)) >= (o.ratio ?? 0.6);
}

// src/model/certainty.ts
var MAX_TEXT = 320;
var MAX_SENTENCES = 3;
var EXPLICIT = /* @__PURE__ */ new Set(["v1", "label", "dash", "heading", "marker", "list", "table"]);
function judgeAction(a) {
  if (a.notation === "v1") return { certain: true };
  if (a.text.length > MAX_TEXT || a.text.split(new RegExp("(?<=[.!?])\\s+(?=\\p{Lu})", "u")).length > MAX_SENTENCES) return { certain: false, doubt: "a whole paragraph, not one action" };
  if (a.text.trim() === "") return { certain: false, doubt: "no words of its own" };
  const resolved = a.owners.length > 0 && a.owners.every((o) => o.resolved !== void 0 && o.resolved.kind !== "unknown" && o.resolved.kind !== "ambiguous");
  if (EXPLICIT.has(a.notation)) {
    if ((a.notation === "list" || a.notation === "table") && a.owners.length === 0 && a.ownerPlaceholder === void 0) return { certain: false, doubt: "an entry of the list that names no owner" };
    if (a.notation === "table" && a.owners.length > 0 && !resolved) return { certain: false, doubt: "its owner is no one the meeting lists" };
    return { certain: true };
  }
  return resolved ? { certain: true } : { certain: false, doubt: "its owner is no one the meeting lists" };
}
function judgeMotion(x) {
  if (x.source === "table" || x.mover !== void 0 || x.seconder !== void 0) return { certain: true };
  return { certain: false, doubt: "names no mover or seconder" };
}
function judgeDecision(d, people) {
  if (d.kind === "motion") {
    if (d.motion?.certain === false) return { certain: false, doubt: `a motion that ${d.motion.doubt ?? "is not certain"}` };
    return d.text.trim() === "" ? { certain: false, doubt: "the minutes do not say what was moved" } : { certain: true };
  }
  if (d.kind !== "prose") return { certain: true };
  if (d.text.trim() === "") return { certain: false, doubt: "no words of its own" };
  if (people && spokenBy(d, people)) return { certain: false, doubt: "one participant's words, not the meeting's decision" };
  if (d.text.trim().split(/\s+/).length < 3) return { certain: false, doubt: "does not say what was decided" };
  if (EARLIER.test(d.text)) return { certain: false, doubt: "a decision of an earlier meeting, reported" };
  if (d.text.length > MAX_TEXT * 2 || d.text.split(new RegExp("(?<=[.!?])\\s+(?=\\p{Lu})", "u")).length > MAX_SENTENCES) return { certain: false, doubt: "a whole paragraph, not one decision" };
  return { certain: true };
}
function judgeFacts(m, people) {
  for (const x of m.motions) Object.assign(x, judgeMotion(x));
  for (const d of m.decisions) Object.assign(d, judgeDecision(d, people));
}
var EARLIER = /\b(?:decided|agreed)\s+(?:(?:at|in)\s+)?(?:the\s+)?(?:last|previous)\s+meeting\b/i;
var SPEAKER = new RegExp("^\\s*(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,2}):\\s", "u");
function spokenBy(d, people) {
  const label = SPEAKER.exec(plainText(d.node.type === "listItem" ? d.node.children[0] ?? d.node : d.node))?.[1];
  if (label === void 0) return false;
  if (/^[A-Z]{2,3}$/.test(label)) return true;
  return people.resolve(label).kind !== "none";
}
var plainText = (n) => {
  const x = n;
  return typeof x.value === "string" ? x.value : x.children ? x.children.map(plainText).join("") : " ";
};

// src/model/initials.ts
var TOKEN = "[A-Z]{2,3}";
var INITIALS_TOKEN2 = new RegExp(`^${TOKEN}$`);
var EDGE_BEFORE = "(?<![\\p{L}\\p{N}&/'\u2019.-])";
var EDGE_AFTER = "(?![\\p{L}\\p{N}&/'\u2019-])";
var LIST_SEP = "(?:\\s*,\\s*|\\s*&\\s*|\\s*\\/\\s*|\\s+and\\s+)";
var VERBS = [
  "noted",
  "asked",
  "reported",
  "said",
  "agreed",
  "confirmed",
  "explained",
  "highlighted",
  "queried",
  "suggested",
  "presented",
  "requested",
  "stated",
  "mentioned",
  "advised",
  "proposed",
  "questioned",
  "commented",
  "added",
  "clarified",
  "responded",
  "acknowledged",
  "emphasised",
  "emphasized",
  "summarised",
  "summarized",
  "introduced",
  "welcomed",
  "thanked",
  "undertook",
  "provided",
  "raised"
];
var IN_PARENS = new RegExp(`\\(\\s*(${TOKEN}(?:${LIST_SEP}${TOKEN})*)\\s*\\)`, "gu");
var SUBJECT = new RegExp(`${EDGE_BEFORE}(${TOKEN}(?:${LIST_SEP}${TOKEN})*)\\s+(?:(?:also|further|then|subsequently)\\s+)?(?:${VERBS.join("|")})\\b`, "gu");
var ANY_TOKEN = new RegExp(`${EDGE_BEFORE}${TOKEN}${EDGE_AFTER}`, "gu");
var AFTER_ARTICLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he|[Aa]n?)\\s+(${TOKEN})${EDGE_AFTER}`, "gu");
var PLURAL = new RegExp(`${EDGE_BEFORE}(${TOKEN})s(?![\\p{L}\\p{N}])`, "gu");
var DEFINED_AFTER = new RegExp(`\\((${TOKEN})s?\\)`, "gu");
var DEFINED_BEFORE = new RegExp(`${EDGE_BEFORE}(${TOKEN})s?\\s*\\(([^()]{3,120})\\)`, "gu");
var ARTICLES = /* @__PURE__ */ new Set(["the", "a", "an", "each", "every", "any", "this", "that", "its", "their", "our", "one"]);
var COMMON = /* @__PURE__ */ new Set([
  "AOB",
  "TBC",
  "TBA",
  "TBD",
  "FYI",
  "FAQ",
  "ETA",
  "NB",
  "OK",
  "UK",
  "EU",
  "US",
  "USA",
  "UN",
  "AM",
  "PM",
  "GMT",
  "BST",
  "UTC",
  "CET",
  "ID",
  "IT",
  "HR",
  "PR",
  "QA",
  "CEO",
  "CFO",
  "CTO",
  "COO",
  "PDF",
  "CSV",
  "URL",
  "API",
  "KPI",
  "SLA",
  "RAG"
]);
var ROMAN2 = /^[IVX]+$/;
function readInitials(m, blocks, input) {
  const acronyms = notInitials(m, input.config, blocks);
  const out = [];
  const add2 = (token, offset, near, reader) => {
    const at3 = offset ?? near;
    const span = offset === void 0 ? input.loc.span(at3, at3) : input.loc.span(at3, at3 + token.length);
    const mention = { written: token, span, exact: offset !== void 0, form: "initials", reader, certain: true };
    if (acronyms.has(token) || ROMAN2.test(token)) {
      mention.certain = false;
      mention.doubt = "an acronym or a body, not a person";
    }
    out.push(mention);
  };
  for (const block of blocks) {
    for (const x of block.text.matchAll(IN_PARENS)) collect2(block, x[1], x.index + x[0].indexOf(x[1]), "initials-in-brackets", add2);
    for (const x of block.text.matchAll(SUBJECT)) {
      const before = /([\p{L}]+)\s*$/u.exec(block.text.slice(0, x.index))?.[1]?.toLowerCase();
      if (before && ARTICLES.has(before)) continue;
      collect2(block, x[1], x.index, "initials-subject", add2);
    }
  }
  for (const a of v1Actions(m)) {
    if (!a.owner) continue;
    const place = a.ownerSpan ?? a.span;
    const raw = input.source.slice(place.start.offset, place.end.offset);
    for (const part of splitOwners(a.owner, wordsOf(input.config))) {
      if (!INITIALS_TOKEN2.test(part)) continue;
      const at3 = new RegExp(`${EDGE_BEFORE}${part}${EDGE_AFTER}`, "u").exec(raw);
      add2(part, at3 && a.ownerSpan ? place.start.offset + at3.index : void 0, place.start.offset, "v1-owner");
    }
  }
  return out;
}
function collect2(block, group, at3, reader, add2) {
  for (const t of group.matchAll(new RegExp(TOKEN, "g"))) add2(t[0], block.offset(at3 + t.index, t[0].length), block.start, reader);
}
function notInitials(m, config, blocks) {
  const out = /* @__PURE__ */ new Set();
  const addTokens = (s) => {
    for (const x of (s ?? "").matchAll(ANY_TOKEN)) out.add(x[0]);
  };
  for (const s of [m.code, config.code, ...config.parties, ...config.decisionVerbs]) addTokens(s);
  for (const g of [...m.attendees, ...m.participants, ...m.apologies]) addTokens(g.name);
  for (const r of config.roster) addTokens(r.category);
  for (const c of COMMON) out.add(c);
  for (const { text: text6 } of blocks) {
    for (const x of text6.matchAll(AFTER_ARTICLE)) out.add(x[1]);
    for (const x of text6.matchAll(PLURAL)) out.add(x[1]);
    for (const x of text6.matchAll(DEFINED_AFTER)) if (abbreviates(x[1], lastWords(text6.slice(0, x.index), x[1].length + 3), true)) out.add(x[1]);
    for (const x of text6.matchAll(DEFINED_BEFORE)) if (abbreviates(x[1], words2(x[2]), false)) out.add(x[1]);
  }
  return out;
}
var words2 = (s) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
var lastWords = (s, n) => words2(s).slice(-n);
function abbreviates(token, ws, anchoredEnd) {
  const initials = ws.map((w) => w[0].toUpperCase());
  if (initials.length === 0) return false;
  if (anchoredEnd && initials[initials.length - 1] !== token[token.length - 1]) return false;
  if (!anchoredEnd && initials[0] !== token[0]) return false;
  let i = 0;
  for (const c of initials) if (c === token[i]) i++;
  return i >= token.length;
}

// src/model/mentions.ts
function readMentions(m, people, input) {
  const blocks = plainBlocks(input.tree, input.source);
  return [...namesInText(m, people, blocks, input), ...readInitials(m, blocks, input), ...ownerMentions(m), ...roleMentions(m)];
}
var CAP = "\\p{Lu}[\\p{Ll}'\u2019]+(?:-\\p{Lu}[\\p{Ll}'\u2019]+)?";
var CANDIDATES = /* @__PURE__ */ new WeakMap();
function candidates2(words3) {
  let re = CANDIDATES.get(words3);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:(?:${words3.titleAsWritten}\\s+)+(?:${CAP}\\s+)?${CAP}|${CAP}\\s+${CAP})(?![\\p{L}])`, "gu");
    CANDIDATES.set(words3, re);
  }
  return re;
}
function namesInText(m, people, blocks, input) {
  const titles = wordsOf(input.config);
  const listed = m.people.filter((p) => !p.parts.public && p.parts.name !== "");
  const aliases = new Set(Object.values(input.config.aliases).flat().map((a) => a.toLowerCase()));
  const out = [];
  for (const block of blocks) {
    for (const x of block.text.matchAll(candidates2(titles))) {
      const written = x[0].replace(/['’]s$/, "");
      const at3 = block.offset(x.index, written.length);
      const span = at3 === void 0 ? input.loc.span(block.start, block.start) : input.loc.span(at3, at3 + written.length);
      const r = people.resolve(written);
      const mention = { written, span, exact: at3 !== void 0, form: "name", reader: "name-in-text", certain: false };
      if (r.kind === "one") mention.person = r.person;
      if (r.kind === "ambiguous") mention.ambiguous = true;
      const alias = aliases.has(written.toLowerCase());
      if (!alias && r.kind !== "ambiguous" && listed.length > 0 && (r.kind !== "one" || gendered(written, titles))) {
        const near = nearMatch(written, listed, titles);
        if (near && (r.kind !== "one" || r.person === near)) mention.near = near;
      }
      mention.certain = r.kind === "one" || alias || mention.near !== void 0 || titled(written, titles);
      if (!mention.certain) mention.doubt = "capitalised words that name no one listed";
      out.push(mention);
    }
  }
  return out;
}
var titled = (written, words3) => new RegExp(`^(?:${words3.titleAsWritten})\\s`, "u").test(written);
function ownerMentions(m) {
  const out = [];
  for (const a of m.actions) {
    for (const t of a.owners) {
      if (t.kind === "everyone" || t.kind === "role") continue;
      if (a.notation === "v1" && INITIALS_TOKEN2.test(t.text)) continue;
      const span = t.span ?? a.ownerSpan ?? a.idSpan;
      const mention = { written: t.text, span, exact: t.span !== void 0, form: t.kind === "initials" ? "initials" : "name", reader: "owner", certain: a.certain };
      if (t.resolved?.kind === "person") mention.person = t.resolved.person;
      if (t.resolved?.kind === "ambiguous") mention.ambiguous = true;
      if (!a.certain) mention.doubt = "the owner of an action that is not certain";
      out.push(mention);
    }
  }
  return out;
}
function roleMentions(m) {
  const out = [];
  const add2 = (n, reader, certain = true) => {
    if (!n) return;
    const mention = { written: n.written, span: n.span, exact: true, form: "name", reader, certain };
    if (n.person) mention.person = n.person;
    if (n.ambiguous) mention.ambiguous = true;
    if (!certain) mention.doubt = "named in a motion that is not certain";
    out.push(mention);
  };
  add2(m.chair, "chair");
  add2(m.noteTaker, "note-taker");
  for (const x of m.motions) {
    add2(x.mover, "mover", x.certain);
    add2(x.seconder, "seconder", x.certain);
  }
  for (const c of m.attendanceChanges) add2(c.who, "attendance-change");
  return out;
}

// src/model/approval-words.ts
var APPROVAL_WORDS = {
  /** What approving minutes is called, past tense: "were approved", "were moved as correct". */
  approved: ["approved", "agreed", "confirmed", "adopted", "accepted", "signed", "taken as read", "moved as correct", "passed as correct", "received and approved", "received and adopted", "agreed as correct", "approved as correct"],
  /** The same, as the motion or proposal says it: "to approve the minutes", "that the minutes be adopted". */
  approve: ["approve", "adopt", "accept", "confirm", "sign", "agree"],
  /** What the minutes were found to be: "as a correct record", "were correct". */
  correct: ["correct", "a correct record", "a true record", "a true and correct record", "a true and accurate record", "an accurate record", "accurate", "a fair record"],
  /** Words of a refusal or a postponement: the minutes were not approved at this meeting. */
  refused: ["not approved", "not accepted", "not adopted", "not confirmed", "deferred", "postponed", "held over", "carried over", "not available", "not circulated"],
  /** Words that make a statement about approval a wish or a guess rather than a record. */
  hedges: ["would have", "would be", "will be", "should be", "to be approved", "to be agreed", "to be confirmed", "may be", "might", "if"],
  /** The earlier meeting named without its date: "the previous meeting", "last week's minutes". */
  previous: ["previous", "last", "prior", "preceding", "earlier"],
  /** Where amendments are introduced: "subject to the following amendment(s)", "with the following correction". */
  amendment: ["subject to the following amendment", "subject to the following amendments", "subject to the amendment", "subject to the amendments", "subject to the following correction", "subject to the following corrections", "with the following amendment", "with the following amendments", "with the following correction", "with the following corrections", "subject to"],
  /** Outcomes of a motion that approve: "Motion passed". */
  passed: ["passed", "carried", "approved", "agreed", "accepted", "adopted"],
  /** Section titles under which an approval may be recorded without naming the minutes again ("Accepted by all"). */
  sections: ["minutes", "previous minutes", "minutes of the previous meeting", "minutes of the last meeting", "approval of minutes", "approval of the minutes", "confirmation of minutes", "confirmation of the minutes", "approval of previous minutes"]
};
var esc3 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
var wordsOf2 = (family) => `(?:${[...APPROVAL_WORDS[family]].sort((a, b) => b.length - a.length).map(esc3).join("|")})`;

// src/model/written-date.ts
var MONTHS2 = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
var DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
var YEAR = "(?:,?\\s+(\\d{4}))?";
var ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
var DAY_MONTH = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH})\\.?${YEAR}\\b`, "i");
var MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s+${DAY}\\b${YEAR}`, "i");
var MONTH_MEETING = new RegExp(`\\b(${MONTH})${YEAR}\\s+(?:\\w+\\s+)?(?:meeting|minutes)\\b|\\bminutes\\s+(?:of|from|for)\\s+(?:the\\s+)?(${MONTH})${YEAR}\\b`, "i");
var monthIndex = (name) => MONTHS2.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
var pad = (n) => String(n).padStart(2, "0");
function findWrittenDate(text6, before) {
  const found2 = [];
  const iso = ISO.exec(text6);
  if (iso && realDate(iso[0])) found2.push({ date: iso[0], written: iso[0], index: iso.index });
  const dm = DAY_MONTH.exec(text6);
  if (dm) add(found2, dm, Number(dm[1]), dm[2], dm[3], before);
  const md = MONTH_DAY.exec(text6);
  if (md) add(found2, md, Number(md[2]), md[1], md[3], before);
  const mm = MONTH_MEETING.exec(text6);
  if (mm) {
    const name = mm[1] ?? mm[3];
    const year = mm[2] ?? mm[4];
    const month = monthIndex(name) + 1;
    const y = year !== void 0 ? Number(year) : yearBefore(month, 1, before);
    const w = { written: mm[0], index: mm.index };
    if (y !== void 0) w.month = `${y}-${pad(month)}`;
    if (!found2.some((f) => f.date && f.index >= mm.index && f.index < mm.index + mm[0].length)) found2.push(w);
  }
  found2.sort((a, b) => a.index - b.index || (a.date ? -1 : 1));
  return found2[0];
}
function add(found2, m, day, monthName, year, before) {
  const month = monthIndex(monthName) + 1;
  if (month < 1 || day < 1 || day > 31) return;
  const y = year !== void 0 ? Number(year) : yearBefore(month, day, before);
  const w = { written: m[0], index: m.index };
  if (y !== void 0) {
    const date = `${y}-${pad(month)}-${pad(day)}`;
    if (!realDate(date)) return;
    w.date = date;
  }
  found2.push(w);
}
function yearBefore(month, day, before) {
  if (before === void 0 || !/^\d{4}-\d{2}-\d{2}$/.test(before)) return void 0;
  const y = Number(before.slice(0, 4));
  const here = `${y}-${pad(month)}-${pad(day)}`;
  return here < before ? y : y - 1;
}

// src/model/approvals.ts
var APPROVED = wordsOf2("approved");
var APPROVE = wordsOf2("approve");
var CORRECT = wordsOf2("correct");
var MINUTES = /(?<!\d\s{0,3})\bminutes\b(?!\s*(?:taker|secretary))/i;
var MENTIONS_APPROVAL = new RegExp(`\\b(?:${APPROVE.slice(3, -1)}|${APPROVED.slice(3, -1)}|approval|confirmation|signature|${CORRECT.slice(3, -1)})\\b`, "i");
var PASSIVE2 = new RegExp(`\\b(?:were|was|are|is|been|being)\\s+(?:(?:duly|formally|then|all|both|hereby|now)\\s+)?${APPROVED}\\b`, "i");
var LEADING = new RegExp(`^(?:duly\\s+)?${APPROVED}\\b(?:\\s+(?:by|as|without)\\b|\\s*[.!]?$)`, "i");
var SUBJECT_APPROVES = new RegExp(`\\b(?:all|everyone|members|the\\s+(?:committee|council|group|meeting|board|members|exec))\\s+(?:formally\\s+)?(?:${APPROVE.slice(3, -1)})(?:e?[ds])?\\b`, "i");
var AGREED_THAT = new RegExp(`\\bagreed\\s+that\\b.*\\b(?:were|was|are|be)\\s+(?:${CORRECT.slice(3, -1)}|${APPROVED.slice(3, -1)})\\b`, "i");
var MOTION_TO = new RegExp(`\\b(?:motion|moved|proposed|resolution)\\b.*\\b(?:to\\s+${APPROVE}|be\\s+${APPROVED})\\b`, "i");
var PASSED_AFTER = new RegExp(`\\b(?:motion|resolution|proposal|it)\\s+(?:was\\s+)?${wordsOf2("passed")}\\b|^${wordsOf2("passed")}\\b`, "i");
var MOTION_WAS = new RegExp("\\b(?:motion|resolution|proposal)\\s+(?:was\\s+)?(\\p{L}+)", "iu");
var lostAfter = (text6) => {
  const m = MOTION_WAS.exec(text6);
  return m !== null && patternsOf().outcomeLost.test(m[1]);
};
var REFUSED = new RegExp(`\\b${wordsOf2("refused")}\\b`, "i");
var HEDGE = new RegExp(`\\b${wordsOf2("hedges")}\\b`, "i");
var PREVIOUS = new RegExp(`\\b(?:${wordsOf2("previous").slice(3, -1)})(?:\\s+(?:week|month|meeting|session))?(?:['\u2019]s)?\\b`, "i");
var AMENDMENT = new RegExp(`\\b${wordsOf2("amendment")}\\b\\s*:?`, "i");
var SIGNED = /\bsigned\b/i;
var NUMBER = /\bmeeting\s+(?:no\.?\s*|number\s+|#\s*)?(\d{1,3}[a-z]?)\b|\b(\d{1,3})(?:st|nd|rd|th)\s+meeting\b/i;
var SECTION = new RegExp(`^(?:${wordsOf2("sections").slice(3, -1)})\\b`, "i");
var ANAPHOR = /^(?:these|they|the\s+same|same|it)\b/i;
var MEETING_NUMBER = new RegExp(`^${MEETING_NUMBER_SOURCE}$`);
function readBodyApprovals(input) {
  const { units, loc, date } = input;
  const out = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === "heading") continue;
    const title = u.item !== void 0 ? input.sections.get(u.item)?.title ?? "" : "";
    const inMinutesSection = MINUTES.test(title) && (SECTION.test(title.replace(/^[\d.\s]+/, "")) || MENTIONS_APPROVAL.test(title) || PREVIOUS.test(title));
    const list3 = sentences(u.text);
    list3.forEach((s, k) => {
      const text6 = s.text;
      const lines = text6.split("\n");
      const lead = lines.length > 1 && MINUTES.test(lines[0]) && !MENTIONS_APPROVAL.test(lines[0]) ? lines[0] : void 0;
      const body = lead !== void 0 ? lines.slice(1).join(" ") : text6;
      const aboutMinutes = MINUTES.test(body) || (lead !== void 0 || inMinutesSection || u.kind === "para" && k === 0 && minutesBefore(units, i)) && (ANAPHOR.test(body) || LEADING.test(body) || SUBJECT_APPROVES.test(body));
      if (!aboutMinutes || !MENTIONS_APPROVAL.test(body)) return;
      const motion = input.motions.find((m) => m.span.start.offset <= u.start + s.from && u.start + s.from <= m.span.end.offset && (m.source === "prose" || m.span.start.offset === u.start));
      const following = [...list3.slice(k + 1).map((x) => x.text), units[i + 1]?.kind === "para" ? units[i + 1].text : ""].join(" ");
      const judged = judge(body, motion, following);
      if (!judged) return;
      const [start, end] = u.kind === "row" ? [u.start, u.end] : sourceRange(u, s.from, text6.length);
      const earlier = list3.slice(0, k).reverse().find((x) => MINUTES.test(x.text) && targetOf(x.text, date) !== void 0);
      const target = targetOf(body, date) ?? (lead !== void 0 ? targetOf(lead, date) : void 0) ?? (earlier ? targetOf(earlier.text, date) : void 0) ?? (title ? targetOf(title, date) : void 0) ?? { kind: "previous", written: "" };
      const a = {
        target,
        outcome: judged.outcome,
        amendments: amendmentsOf(body, u, input.source),
        certainty: judged.certainty,
        reader: judged.reader,
        text: body.replace(/\s+/g, " ").trim(),
        span: loc.span(start, end)
      };
      if (SIGNED.test(body)) a.signed = true;
      out.push(a);
      if (target.kind === "date") for (const t of listedDates(body, target, date)) out.push({ ...a, target: t });
    });
  }
  for (const m of input.motions) {
    if (m.source !== "table" || !m.text || !MINUTES.test(m.text) || !new RegExp(`\\b${APPROVE}`, "i").test(m.text)) continue;
    if (out.some((a) => a.span.start.offset === m.span.start.offset)) continue;
    const j = judge(m.text, m, "");
    if (!j) continue;
    out.push({ target: targetOf(m.text, date) ?? { kind: "previous", written: "" }, outcome: j.outcome, amendments: [], certainty: j.certainty, reader: "motion", text: m.text, span: m.span });
  }
  out.sort((a, b) => a.span.start.offset - b.span.start.offset);
  return out.some((a) => a.certainty === "certain") ? out.filter((a) => a.certainty === "certain") : out;
}
function minutesBefore(units, i) {
  const prev = units[i - 1];
  return prev !== void 0 && prev.text.length < 80 && MINUTES.test(prev.text) && (prev.kind === "heading" || prev.section === true);
}
function judge(text6, motion, following) {
  const hedged = HEDGE.test(text6);
  if (REFUSED.test(text6)) return { outcome: "not-approved", certainty: hedged ? "uncertain" : "certain", reader: "sentence" };
  if (motion && (MOTION_TO.test(text6) || motion.source === "table" || motion.outcome === "implied")) {
    if (motion.outcome === "carried" || motion.outcome === "implied") return { outcome: "approved", certainty: hedged ? "uncertain" : "certain", reader: "motion" };
    if (motion.outcome === "lost" || motion.outcome === "deferred") return { outcome: "not-approved", certainty: "certain", reader: "motion" };
    return { outcome: "approved", certainty: "uncertain", reader: "motion" };
  }
  if (MOTION_TO.test(text6)) {
    if (lostAfter(following)) return { outcome: "not-approved", certainty: "certain", reader: "motion" };
    if (PASSED_AFTER.test(following) || PASSED_AFTER.test(text6.replace(/^.*?\b(?:minutes)\b/i, ""))) return { outcome: "approved", certainty: hedged ? "uncertain" : "certain", reader: "motion" };
    return { outcome: "approved", certainty: "uncertain", reader: "motion" };
  }
  if (!hedged && (PASSIVE2.test(text6) || LEADING.test(text6) || SUBJECT_APPROVES.test(text6) || AGREED_THAT.test(text6))) return { outcome: "approved", certainty: "certain", reader: "sentence" };
  if (new RegExp(`\\b(?:${APPROVE.slice(3, -1)}|approval|confirmation)\\b`, "i").test(text6) || hedged) return { outcome: "approved", certainty: "uncertain", reader: "agenda" };
  return void 0;
}
function targetOf(text6, before) {
  const named2 = /\bminutes\s+(?:of|from|for)\s+(?:the\s+|our\s+)?/i.exec(text6);
  const after = named2 ? findWrittenDate(text6.slice(named2.index + named2[0].length), before) : void 0;
  const d = after?.index === 0 && after.date ? after : findWrittenDate(text6, before);
  if (d?.date) return { kind: "date", value: d.date, written: d.written };
  if (d?.month) return { kind: "month", value: d.month, written: d.written };
  const n = NUMBER.exec(text6);
  if (n) return { kind: "number", value: n[1] ?? n[2], written: n[0] };
  const p = PREVIOUS.exec(text6);
  if (p) return { kind: "previous", written: p[0] };
  return void 0;
}
function listedDates(text6, first, before) {
  const out = [];
  let at3 = text6.indexOf(first.written) + first.written.length;
  for (; ; ) {
    const rest = text6.slice(at3);
    const d = findWrittenDate(rest, before);
    if (!d?.date) return out;
    const between = rest.slice(0, d.index);
    if (between.length > 70 || !/,|\band\b/.test(between) || /\b(?:as of|dated|due|until|by|next)\b/i.test(between)) return out;
    out.push({ kind: "date", value: d.date, written: d.written });
    at3 += d.index + d.written.length;
  }
}
function amendmentsOf(text6, u, source2) {
  const m = AMENDMENT.exec(text6);
  if (!m) return [];
  const rest = text6.slice(m.index + m[0].length).trim().replace(/[.\s]+$/, "");
  if (rest === "" && u.introduces) return listItemsText(u.introduces, source2).map((t) => ({ text: t }));
  return rest === "" ? [] : [{ text: rest.replace(/\s+/g, " ") }];
}
function readFrontMatterApproval(fm) {
  const value2 = scalar(fm, "approves");
  const node2 = field(fm, "approves");
  if (value2 === void 0 || node2 === void 0) return void 0;
  const v = String(value2).trim();
  let target;
  if (realDate(v)) target = { kind: "date", value: v, written: v };
  else if (/^\d{4}-\d{2}$/.test(v)) target = { kind: "month", value: v, written: v };
  else if (MEETING_NUMBER.test(v)) target = { kind: "number", value: v, written: v };
  else target = { kind: "previous", written: v };
  const span = node2.keySpan ? { start: node2.keySpan.start, end: node2.span.end } : node2.span;
  return { target, outcome: "approved", amendments: readAmendments(field(fm, "amendments")), certainty: "certain", reader: "front-matter", text: `approves: ${v}`, span };
}
function readAmendments(list3) {
  return items(list3).flatMap((it) => {
    if (it.kind === "scalar") return [{ text: String(it.value) }];
    if (it.kind !== "map") return [];
    const was = scalar(it, "was");
    const now = scalar(it, "now");
    const text6 = scalar(it, "text") ?? (was !== void 0 && now !== void 0 ? `for \u201C${was}\u201D read \u201C${now}\u201D` : now ?? was ?? "");
    const a = { text: text6 };
    if (was !== void 0) a.was = was;
    if (now !== void 0) a.now = now;
    return [a];
  });
}

// src/model/readers/kept-role-sentences.ts
var escape2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
var ROLE = new RegExp(`^(?:the\\s+)?(${Object.keys(ROLE_PLURALS).sort((a, b) => b.length - a.length).map(escape2).join("|")})\\s+`, "i");
var NAME2 = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)*[\p{Lu}][\p{L}'’.-]*){0,4}$/u;
function subjectStart(text6) {
  let at3 = 0;
  for (const m of text6.matchAll(/([\p{L}\d)]{2,})[.!?]\s+(?=[\p{Lu}])/gu)) if (!ABBREVIATED_TITLES.includes(m[1].toLowerCase())) at3 = m.index + m[0].length;
  return at3;
}
function names(text6, from) {
  const out = [];
  const re = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/g;
  let start = 0;
  const push3 = (end) => {
    const raw = text6.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim();
    if (name) out.push({ text: name, start: from + start + lead, end: from + start + lead + name.length });
  };
  for (const m of text6.matchAll(re)) {
    push3(m.index);
    start = m.index + m[0].length;
  }
  push3(text6.length);
  return out.length > 0 && out.every((n) => NAME2.test(n.text)) ? out : void 0;
}
function readRoleSentences(text6, bare2) {
  const out = [];
  let from = 0;
  for (const verb of text6.matchAll(PRESENT_VERB)) {
    const start = from + subjectStart(text6.slice(from, verb.index));
    const found2 = roleSentence(text6, start, verb, bare2);
    if (found2) out.push(found2);
    from = verb.index + verb[0].length;
  }
  return out;
}
function roleSentence(text6, from, verb, bare2) {
  const subject = text6.slice(from, verb.index);
  const role = ROLE.exec(subject);
  if (!role && !bare2) return void 0;
  const at3 = from + (role ? role[0].length : 0);
  const found2 = names(text6.slice(at3, verb.index), at3);
  if (!found2) return void 0;
  const title = role ? ROLE_PLURALS[role[1].toLowerCase().replace(/\s+/g, " ")] : void 0;
  return {
    list: verb[1] ? "participants" : "attendees",
    labelStart: from,
    labelEnd: role ? from + role[0].trimEnd().length : at3,
    names: found2.map((n) => title && !n.text.startsWith(title) ? { ...n, text: `${title} ${n.text}` } : n)
  };
}

// src/model/readers/kept-head.ts
var LABEL_LIST = new Map(ATTENDANCE_LABELS.map(([w, l]) => [w, l]));
var NOT_AS_HEADING = /* @__PURE__ */ new Set(["council", "members", "who", "staff", "attended", "missing"]);
var escape3 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[\\s-]+");
var alternatives2 = (words3) => [...words3].sort((a, b) => b.length - a.length).map(escape3).join("|");
var ATTENDANCE_WORDS = alternatives2(ATTENDANCE_LABELS.map(([w]) => w));
var ROLE_WORDS = alternatives2([...CHAIR_LABELS, ...NOTE_TAKER_LABELS]);
var LABEL_AT_START = new RegExp(
  String.raw`^(?:[-*+]\s+|\d{1,2}\\?[.)]?\s+)?(?:\*\*|__)?(${ATTENDANCE_WORDS}|${ROLE_WORDS})(?:\s+from\s+([^:*()\n]{1,40}?))?(\s*\([^)]*\))?(?:\s*(?:\*\*|__)\s*:|\s*:\s*(?:\*\*|__)?|\s*(?:\*\*|__)(?=\s|$)|\s+[-–—]\s+)`,
  "i"
);
var LABEL_INSIDE = new RegExp(String.raw`(?:^|[\s.;,])((?:${ATTENDANCE_WORDS}|${ROLE_WORDS}))\s*:`, "gi");
var SHARED_TITLE = new RegExp(String.raw`^(${alternatives2(Object.keys(SHARED_TITLES))})\.?\s+`, "i");
var HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
var FENCE = /^\s*(```|~~~)/;
var MONTH2 = `(${MONTHS.join("|")}|sept|${MONTHS.map((m) => m.slice(0, 3)).join("|")})\\.?`;
var WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
var ORD = "(?:st|nd|rd|th)?";
function readKeptHead(text6, bodyStart, path2, hints = {}) {
  const lines = splitLines(text6, bodyStart, hints.dateOnly ? COMPARED_LINES : MAX_LINES);
  if (hints.dateOnly) {
    const date2 = bodyDate(lines, yearOf(path2, hints.siteDate));
    return { groups: readGroups(lines), agenda: false, notes: "none", kind: date2 ? "no-attendance" : "no-date", ...date2 ? { date: date2 } : {} };
  }
  const groups = readGroups(lines);
  const roles = readRoles(lines);
  const yearHint = yearOf(path2, hints.siteDate);
  const date = bodyDate(lines, yearHint) ?? titleDate(text6, hints.siteTitle, yearHint) ?? labelledDate(lines, yearHint) ?? pathDate(path2);
  const { agenda, notes } = sectionsOf(lines);
  const attended = groups.some((g) => g.list === "attendees" && (g.all === true || g.entries.length > 0)) || groups.some((g) => g.entries.length > 0 && g.list !== "apologies" && g.list !== "absent");
  const agendaOnly = agenda && (notes === "empty" || notes === "none" && lines.some((l) => !l.blank && !l.heading && CANCELLED.test(l.text)));
  const kind = !date ? "no-date" : attended ? "minutes" : agendaOnly ? "agenda-only" : "no-attendance";
  const head = { groups, agenda, notes, kind };
  if (date) head.date = date;
  if (roles.chair) head.chair = roles.chair;
  if (roles.noteTaker) head.noteTaker = roles.noteTaker;
  return head;
}
var COMPARED_LINES = 60;
var MAX_LINES = 3e3;
function splitLines(text6, from, max) {
  const out = [];
  let i = from;
  let fenced = false;
  let comment = false;
  while (i <= text6.length) {
    let j = text6.indexOf("\n", i);
    if (j < 0) j = text6.length;
    const raw = text6.slice(i, j).replace(/\r$/, "");
    const line = { text: raw.replace(/(?:[ \t]{2,}|\\)$/, "").trimEnd(), start: i, hard: /(?: {2,}|\\)$/.test(raw), blank: raw.trim() === "", indent: /^\s*/.exec(raw)[0].length };
    if (FENCE.test(raw)) fenced = !fenced;
    if (/^\s*<!--/.test(raw) && !/-->/.test(raw)) comment = true;
    if (fenced || comment) line.blank = true;
    if (comment && /-->/.test(raw)) comment = false;
    const h = line.blank ? null : HEADING.exec(raw);
    if (h) line.heading = { level: h[1].length, title: h[2].replace(/\\$/, "").trim(), titleStart: i + raw.indexOf(h[2]) };
    out.push(line);
    if (j >= text6.length || out.length >= max) break;
    i = j + 1;
  }
  return out;
}
var plainTitle = (s) => s.replace(/[*_`]/g, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[\s:.]+$/, "").trim();
function listOf(label) {
  return LABEL_LIST.get(label.toLowerCase().replace(/[\s-]+/g, " ").trim());
}
function readGroups(lines) {
  const groups = [];
  let headingsSeen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    if (line.heading) headingsSeen++;
    if (line.heading) {
      const title = plainTitle(line.heading.title);
      const list4 = listOf(title);
      if (!list4 || NOT_AS_HEADING.has(title.toLowerCase())) continue;
      const group2 = { list: list4, label: title, labelStart: line.heading.titleStart, labelEnd: line.heading.titleStart + line.heading.title.length, entries: [] };
      let k2 = i + 1;
      const body = [];
      while (k2 < lines.length && !lines[k2].heading) body.push(lines[k2++]);
      readBlockInto(body, group2, groups);
      groups.push(group2);
      i = k2 - 1;
      continue;
    }
    if (PRESENT_SENTENCE.test(line.text)) {
      const group2 = { list: "attendees", label: line.text.trim(), labelStart: line.start + line.indent, labelEnd: line.start + line.text.length, entries: [] };
      let n = i + 1;
      while (n < lines.length && lines[n].blank) n++;
      const after = [];
      while (n < lines.length && !lines[n].blank && !lines[n].heading) after.push(lines[n++]);
      readBlockInto(after, group2, groups);
      groups.push(group2);
      i = n - 1;
      continue;
    }
    const table = selfLabelledTable(lines, i, headingsSeen <= 1 && i < 60);
    if (table) {
      readTableInto(table.rows, table.group, groups);
      groups.push(table.group);
      i += table.rows.length - 1;
      continue;
    }
    const sentences2 = line.heading || isListLine(line) ? [] : readRoleSentences(line.text, headingsSeen <= 1 && i < 40);
    if (sentences2.length > 0) {
      for (const r of sentences2) groups.push(roleGroup(line, r));
      continue;
    }
    const found2 = labelAt(line);
    if (!found2) continue;
    const { list: list3, label, labelStart, labelEnd: labelEnd2, restStart } = found2;
    if (!list3) continue;
    const group = { list: list3, label, labelStart, labelEnd: labelEnd2, entries: [], ...found2.site ? { site: found2.site } : {} };
    const para = [{ ...line, text: line.text.slice(restStart - line.start), start: restStart }];
    let k = i + 1;
    while (k < lines.length && !lines[k].blank && !lines[k].heading && !(labelAt(lines[k]) && !wrapsLabel(lines[k - 1], lines[k])) && !(isListLine(lines[k]) && lines[k].indent <= line.indent)) para.push(lines[k++]);
    const rest = para[0].text.replace(/^[\s*_]+/, "");
    if (rest.trim() === "" || /^[A-Z][A-Z ]+$/.test(rest.trim())) {
      const after = para.slice(1);
      let n = k;
      if (after.length === 0) {
        while (n < lines.length && lines[n].blank) n++;
        while (n < lines.length && !lines[n].blank && !lines[n].heading && !labelAt(lines[n])) after.push(lines[n++]);
      }
      readBlockInto(after, group, groups);
      if (after.length > 0 && para.length === 1) k = n;
    } else {
      readRunInto(para, group, groups);
    }
    groups.push(group);
    i = k - 1;
  }
  return groups.filter((g) => g.all === true || g.entries.length > 0);
}
function roleGroup(line, r) {
  const label = line.text.slice(r.labelStart, r.labelEnd) || "present";
  return { list: r.list, label, labelStart: line.start + r.labelStart, labelEnd: line.start + r.labelEnd, entries: r.names.map((n) => ({ text: n.text, start: line.start + n.start, end: line.start + n.end })) };
}
function wrapsLabel(before, line) {
  const last = /(\S+)\s*$/.exec(before.text)?.[1];
  const hit = labelAt(line);
  return last !== void 0 && hit !== void 0 && listOf(`${last} ${hit.label}`) !== void 0;
}
var isListLine = (l) => /^\s*(?:[-*+]|\d{1,2}[.)])\s+/.test(l.text);
function labelAt(line) {
  if (line.heading) return void 0;
  const text6 = line.text;
  const lead = /^\s*/.exec(text6)[0].length;
  const m = LABEL_AT_START.exec(text6.slice(lead));
  if (m) {
    const label = m[1];
    const at3 = line.start + lead + m.index + m[0].indexOf(label);
    const hit = { label, labelStart: at3, labelEnd: at3 + label.length, restStart: line.start + lead + m[0].length };
    const list3 = listOf(label);
    if (list3) hit.list = list3;
    else hit.role = roleOf(label);
    if (m[2] !== void 0) {
      if (list3 !== "attendees") return void 0;
      hit.site = m[2].trim();
    }
    if (/(?:\*\*|__)\s*$/.test(m[0]) && m[0].trim().length === line.text.trim().length && NOT_AS_HEADING.has(label.toLowerCase())) return void 0;
    if (!/[:\-–—]/.test(m[0].slice(m[0].indexOf(label) + label.length)) && !/^\s*(?:[-*+]\s+)?(?:\*\*|__)/.test(m[0])) return void 0;
    return hit;
  }
  const bare2 = BARE_LABEL.exec(text6.slice(lead));
  if (bare2 && /,/.test(text6) && lead === 0) {
    const at3 = line.start + lead;
    return { list: listOf(bare2[1]), label: bare2[1], labelStart: at3, labelEnd: at3 + bare2[1].length, restStart: at3 + bare2[0].length };
  }
  return void 0;
}
function roleOf(label) {
  const key = label.toLowerCase().replace(/[\s-]+/g, " ");
  return CHAIR_LABELS.some((w) => w.replace(/-/g, " ") === key) ? "chair" : "note-taker";
}
function readBlockInto(block, group, groups) {
  block = [...block];
  let para = [];
  const flush = () => {
    if (para.length > 0) readRunInto(para, group, groups);
    para = [];
  };
  const table = block.filter((l) => /^\s*\|/.test(l.text));
  if (table.length >= 3) {
    readTableInto(table, group, groups);
    block = block.filter((l) => !table.includes(l));
  }
  for (const l of block) {
    if (l.blank) {
      flush();
      continue;
    }
    const hit = labelAt(l);
    if (hit?.list) {
      flush();
      const sub = { list: hit.list, label: hit.label, labelStart: hit.labelStart, labelEnd: hit.labelEnd, entries: [] };
      readRunInto([{ ...l, text: l.text.slice(hit.restStart - l.start), start: hit.restStart }], sub, groups);
      groups.push(sub);
      continue;
    }
    if (hit?.role) continue;
    const item = /^(\s*(?:[-*+]|\d{1,2}[.)])\s+)/.exec(l.text);
    if (item) {
      flush();
      addEntry(group, clean(l.text.slice(item[1].length), l.start + item[1].length));
      continue;
    }
    para.push(l);
  }
  flush();
}
function tableCells(l) {
  const out = [];
  for (const m of l.text.matchAll(/\|([^|]*)(?=\|)/g)) {
    const raw = m[1];
    const lead = raw.length - raw.trimStart().length;
    const start = l.start + m.index + 1 + lead;
    out.push({ text: raw.trim(), start, end: start + raw.trim().length });
  }
  return out;
}
var columnTitle = (c) => c.text.toLowerCase().replace(/[*_]/g, "").replace(/\s*\([^)]*\)/g, "").replace(/<br>/g, " ").trim();
function readTableInto(rows, group, groups) {
  const header = tableCells(rows[0]).map(columnTitle);
  const nameAt = header.findIndex((h) => PEOPLE_COLUMNS.name.test(h));
  if (nameAt < 0) return;
  const at3 = (re) => header.findIndex((h, k) => k !== nameAt && re.test(h));
  const roleAt = header.findIndex((h) => /^(?:position|role|status|capacity|type)$/.test(h));
  const [initialsAt, orgAt, presenceAt] = [at3(PEOPLE_COLUMNS.initials), at3(PEOPLE_COLUMNS.organisation), at3(PEOPLE_COLUMNS.presence)];
  const observers = { list: "observers", label: "", labelStart: group.labelStart, labelEnd: group.labelEnd, entries: [] };
  const away = { list: "apologies", label: "", labelStart: group.labelStart, labelEnd: group.labelEnd, entries: [] };
  for (const row of rows.slice(2)) {
    const cells = tableCells(row);
    const name = cells[nameAt];
    if (!name || name.text === "") continue;
    const entry = { ...name, text: name.text.replace(/[*_]/g, "").trim() };
    const initials = initialsAt >= 0 ? cells[initialsAt]?.text : void 0;
    if (initials && /^[A-Z]{2,5}$/.test(initials)) entry.initials = initials;
    const org = orgAt >= 0 ? cells[orgAt]?.text.replace(/<br>/g, " ").trim() : void 0;
    if (org) entry.organisation = org;
    const role = roleAt >= 0 ? cells[roleAt]?.text : void 0;
    const presence = presenceAt >= 0 ? (cells[presenceAt]?.text ?? "").toLowerCase() : "";
    addEntry(role && OBSERVER_ROLE.test(role) ? observers : PEOPLE_COLUMNS.absent.test(presence) ? away : group, entry);
  }
  if (observers.entries.length > 0) groups.push({ ...observers, label: "visitors" });
  if (away.entries.length > 0) groups.push({ ...away, label: "apologies" });
}
function selfLabelledTable(lines, i, head) {
  const line = lines[i];
  if (!/^\s*\|/.test(line.text) || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1]?.text ?? "")) return void 0;
  const titles = tableCells(line).map(columnTitle);
  const beside = head && titles.some((t) => PEOPLE_COLUMNS.initials.test(t) || PEOPLE_COLUMNS.organisation.test(t));
  const name = tableCells(line).find((c) => PEOPLE_COLUMNS.name.test(columnTitle(c)) && (beside || PEOPLE_COLUMNS.attendance.test(columnTitle(c))));
  if (!name) return void 0;
  const rows = [];
  for (let k = i; k < lines.length && /^\s*\|/.test(lines[k].text); k++) rows.push(lines[k]);
  return { group: { list: "attendees", label: name.text.replace(/[*_]/g, "").trim(), labelStart: name.start, labelEnd: name.end, entries: [] }, rows };
}
function readRunInto(para, group, groups) {
  const oneEach = para.length > 1 && para.every((l, k) => (k === para.length - 1 || l.hard || !/,/.test(l.text)) && !/,\s*$/.test(l.text)) && para.every((l) => l.text.split(/\s+/).length <= 6);
  if (oneEach) {
    for (const l of para) addEntry(group, clean(l.text, l.start));
    return;
  }
  let text6 = "";
  const offsets = [];
  para.forEach((l, k) => {
    if (k > 0) {
      text6 += " ";
      offsets.push(l.start - 1);
    }
    for (let c = 0; c < l.text.length; c++) offsets.push(l.start + c);
    text6 += l.text;
  });
  offsets.push((para.at(-1)?.start ?? 0) + (para.at(-1)?.text.length ?? 0));
  let current = group;
  let from = 0;
  const cuts = [];
  LABEL_INSIDE.lastIndex = 0;
  for (let m = LABEL_INSIDE.exec(text6); m; m = LABEL_INSIDE.exec(text6)) {
    const labelAt2 = m.index + m[0].indexOf(m[1]);
    if (labelAt2 === 0) continue;
    const list3 = listOf(m[1]);
    const g = list3 ? { list: list3, label: m[1], labelStart: offsets[labelAt2], labelEnd: offsets[labelAt2 + m[1].length - 1] + 1, entries: [] } : { list: "participants", label: m[1], labelStart: offsets[labelAt2], labelEnd: offsets[labelAt2] + m[1].length, entries: [] };
    cuts.push({ at: labelAt2, restAt: m.index + m[0].length, group: list3 ? g : { ...g, label: "" } });
  }
  const segments = [];
  for (const c of cuts) {
    segments.push({ from, to: c.at, group: current });
    current = c.group;
    from = c.restAt;
    if (c.group.label === "") current = { ...c.group, entries: [] };
    else groups.push(c.group);
  }
  segments.push({ from, to: text6.length, group: current });
  for (const s of segments) {
    if (s.group.label === "") continue;
    splitNames(text6, s.from, s.to).forEach(([a, b]) => addEntry(s.group, clean(text6.slice(a, b), offsets[a])));
  }
}
function splitNames(text6, from, to) {
  const out = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text6[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    if (depth > 0) continue;
    let cut = 0;
    if (c === "," || c === ";") cut = 1;
    else if (c === " " && text6[i - 1] === ")" && /^\s+[\p{Lu}]/u.test(text6.slice(i, i + 3))) cut = 1;
    else if (/^\s(?:and|&|\+)\s/i.test(text6.slice(i, i + 5))) cut = text6.slice(i).match(/^\s(?:and|&|\+)\s/i)[0].length;
    if (cut === 0) continue;
    out.push([start, i]);
    start = i + cut;
    i = start - 1;
  }
  out.push([start, to]);
  return out;
}
function clean(raw, at3) {
  let s = raw;
  let start = at3;
  const lead = /^[\s*_>]*(?:[-*+]\s+)?[\s*_]*(?:[:：]\s*)?/.exec(s)[0].length;
  s = s.slice(lead);
  start += lead;
  s = s.replace(/[\s*_]*$/, "").replace(/\.$/, "").replace(/\s+$/, "");
  return { text: s, start, end: start + s.length };
}
var sharedTitle = /* @__PURE__ */ new WeakMap();
function addEntry(group, e) {
  const text6 = e.text;
  if (text6 === "" || NOBODY.test(text6)) return;
  if (/^all$/i.test(text6)) {
    group.all = true;
    return;
  }
  const except = /^all\s+(?:except|but|apart from)\s+/i.exec(text6);
  if (except) {
    group.all = true;
    (group.except ??= []).push(nameOnly({ text: text6.slice(except[0].length), start: e.start + except[0].length, end: e.end }));
    return;
  }
  if (group.except) {
    group.except.push(nameOnly(e));
    return;
  }
  if (text6.replace(/\([^)]*\)/g, " ").trim().split(/\s+/).length > 6 || !(/^[\p{L}@(]/u.test(text6) || COUNTED.test(text6)) || /:/.test(text6.replace(/\([^)]*\)/g, ""))) return;
  if (/^[A-Z]+(?: [A-Z]+){2,}$/.test(text6)) return;
  const shared = SHARED_TITLE.exec(text6);
  if (shared) {
    const title = SHARED_TITLES[shared[1].toLowerCase()];
    group.entries.push({ text: `${title} ${text6.slice(shared[0].length)}`, start: e.start, end: e.end });
    sharedTitle.set(group, title);
    return;
  }
  const carried = sharedTitle.get(group);
  if (carried && /^[\p{Lu}][\p{L}'’-]+$/u.test(text6)) {
    group.entries.push({ text: `${carried} ${text6}`, start: e.start, end: e.end });
    return;
  }
  sharedTitle.delete(group);
  group.entries.push(e);
}
function nameOnly(e) {
  const m = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/u.exec(e.text);
  const text6 = m ? m[0] : e.text;
  return { text: text6, start: e.start, end: e.start + text6.length };
}
function keptGroups(head) {
  const out = [];
  for (const g of head.groups) {
    out.push(g);
    if (g.except?.length) out.push({ list: "absent", label: "except", labelStart: g.labelStart, labelEnd: g.labelEnd, entries: g.except });
  }
  return out;
}
function readRoles(lines) {
  const out = {};
  const NAME3 = String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:\s*(?:\+|&|\band\b)\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})*)`;
  const leadingName = new RegExp(`^${NAME3}`, "u");
  const labelled = new RegExp(String.raw`(?:^|[\s,;(*_])(${ROLE_WORDS})\s*(?:\*\*|__)?\s*[:\-–—]\s*(?:\*\*|__)?\s*`, "giu");
  const chairAfter = new RegExp(String.raw`(?:^|[\s,;(])${NAME3}\s+(?:${alternatives2(CHAIR_AFTER)})\b`, "gu");
  const notesAfter = new RegExp(String.raw`(?:^|[\s,;(])${NAME3}\s+(?:${alternatives2(NOTE_TAKER_AFTER)})\b`, "gu");
  const set = (key, text6, start) => {
    if (out[key] || NOBODY.test(text6) || /^(?:the|this|we|all|it|a|an)$/i.test(text6)) return;
    out[key] = { text: text6, start, end: start + text6.length };
  };
  for (const l of lines.slice(0, 400)) {
    if (l.blank || l.heading) continue;
    labelled.lastIndex = 0;
    for (let m = labelled.exec(l.text); m; m = labelled.exec(l.text)) {
      const after = m.index + m[0].length;
      const rest = l.text.slice(after).replace(/^(?:\*\*|__)?\s*\|\s*/, "");
      const name = leadingName.exec(rest)?.[1]?.replace(/\.$/, "");
      if (name) set(roleOf(m[1]) === "chair" ? "chair" : "noteTaker", name, l.start + after + (l.text.length - after - rest.length));
    }
    for (const [re, key] of [[chairAfter, "chair"], [notesAfter, "noteTaker"]]) {
      re.lastIndex = 0;
      const m = re.exec(l.text);
      if (m) set(key, m[1], l.start + m.index + m[0].indexOf(m[1]));
    }
  }
  return out;
}
function yearOf(path2, siteDate) {
  const parts = path2.split(/[\\/]/);
  const name = parts.at(-1) ?? "";
  const inName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  if (inName) return inName[1];
  for (let i = parts.length - 2; i >= 0 && i >= parts.length - 4; i--) if (/^(?:19|20)\d{2}$/.test(parts[i])) return parts[i];
  return siteDate?.slice(0, 4);
}
var pad2 = (n) => String(n).padStart(2, "0");
var monthOf = (word2) => MONTHS.findIndex((m) => m.startsWith(word2.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;
function findDate(text6, yearHint) {
  const found2 = [];
  const add2 = (y, mo, d, index2, length) => {
    if (!y || mo < 1) return;
    const iso = `${y}-${pad2(mo)}-${pad2(d)}`;
    if (realDate(iso)) found2.push({ iso, index: index2, length });
  };
  for (const m of text6.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) add2(m[1], Number(m[2]), Number(m[3]), m.index, m[0].length);
  for (const m of text6.matchAll(/\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\b/g)) add2(m[1], Number(m[2]), Number(m[3]), m.index, m[0].length);
  for (const m of text6.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g)) add2(m[3], Number(m[2]), Number(m[1]), m.index, m[0].length);
  for (const m of text6.matchAll(new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})${ORD}(?:\s+of)?(?:\s+|-)${MONTH2}(?:(?:,\s*|\s+|-)((?:19|20)\d{2}))?\b`, "gi"))) add2(m[3] ?? yearHint, monthOf(m[2]), Number(m[1]), m.index, m[0].length);
  for (const m of text6.matchAll(new RegExp(String.raw`\b${WEEKDAY}${MONTH2}\s+(\d{1,2})${ORD}(?:(?:,\s*|\s+)((?:19|20)\d{2}))?\b`, "gi"))) add2(m[3] ?? yearHint, monthOf(m[1]), Number(m[2]), m.index, m[0].length);
  found2.sort((a, b) => a.index - b.index);
  return found2[0];
}
var OTHER_MEETING = /\b(?:previous|next|last|future|upcoming)\b|\bfollowing\b(?!\s+the\b)/i;
function titleDate(text6, at3, yearHint) {
  if (!at3) return void 0;
  const d = findDate(text6.slice(at3.start, at3.end), yearHint);
  return d && { iso: d.iso, source: "title", start: at3.start + d.index, end: at3.start + d.index + d.length };
}
var MINUTES_APPROVED = new RegExp(String.raw`\bminutes\b.*\b(?:were|was|are|is)\s+(?:\w+\s+)?${wordsOf2("approved")}\b|\b${wordsOf2("approved")}\s+the\s+minutes\b`, "i");
function bodyDate(lines, yearHint) {
  let seen = 0;
  let headings = 0;
  let titleOnly = true;
  for (const l of lines) {
    if (l.blank) continue;
    if (++seen > 12) break;
    if (l.heading) {
      headings++;
      if (l.heading.level > 1) titleOnly = false;
    }
    if (!l.heading && (headings >= 2 || headings === 1 && !titleOnly)) continue;
    if (headings > 3) break;
    const text6 = (l.heading ? l.heading.title : l.text).replace(/\]\([^)]*\)|\bhttps?:\/\/\S+/g, (m) => " ".repeat(m.length));
    if (!l.heading && (isListLine(l) || /^\s*>/.test(l.text))) continue;
    if (OTHER_MEETING.test(text6) || MINUTES_APPROVED.test(text6) || labelAt(l)) continue;
    const d = findDate(text6, yearHint);
    if (!d || !l.heading && isDateline(text6, d)) continue;
    const base = l.heading ? l.heading.titleStart : l.start;
    return { iso: d.iso, source: "body", start: base + d.index, end: base + d.index + d.length };
  }
  return void 0;
}
function isDateline(text6, d) {
  return d.index > 0 && /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2},\s*$/u.test(text6.slice(0, d.index)) && /^[\s.]*$/.test(text6.slice(d.index + d.length));
}
var OTHER_DATE_LABEL = new RegExp(String.raw`\b(?:${alternatives2(OTHER_DATE_LABELS)})\s*$`, "i");
var DATE_LABEL = new RegExp(String.raw`(?:^|[|*_\s])(?:${alternatives2(HEAD_LABELS.date)})\s*(?:\*\*|__)?\s*[:|]\s*(?:\*\*|__|\|)?`, "i");
function labelledDate(lines, yearHint) {
  for (const l of lines.slice(0, 60)) {
    if (l.blank || l.heading) continue;
    const m = DATE_LABEL.exec(l.text);
    if (!m || OTHER_MEETING.test(l.text.slice(0, m.index + m[0].length)) || OTHER_DATE_LABEL.test(l.text.slice(0, m.index + 1).replace(/[|*_\s]+$/, ""))) continue;
    const from = m.index + m[0].length;
    const d = findDate(l.text.slice(from, from + 80), yearHint);
    if (d) return { iso: d.iso, source: "body", start: l.start + from + d.index, end: l.start + from + d.index + d.length };
  }
  return void 0;
}
function pathDate(path2) {
  const parts = path2.split(/[\\/]/);
  const name = (parts.at(-1) ?? "").replace(/\.[^.]*$/, "");
  const full = findDate(name.replace(/_/g, "-"));
  if (full) return { iso: full.iso, source: "file-name" };
  const dmy = /(?:^|\D)(\d{2})-(\d{2})-((?:19|20)\d{2})(?:\D|$)/.exec(name);
  if (dmy && realDate(`${dmy[3]}-${dmy[2]}-${dmy[1]}`)) return { iso: `${dmy[3]}-${dmy[2]}-${dmy[1]}`, source: "file-name" };
  const folderYear = parts.slice(Math.max(0, parts.length - 4), -1).reverse().find((p) => /^(?:19|20)\d{2}$/.test(p));
  const md = /(?:^|\D)(\d{2})-(\d{2})(?:\D|$)/.exec(name);
  if (folderYear && md && realDate(`${folderYear}-${md[1]}-${md[2]}`)) return { iso: `${folderYear}-${md[1]}-${md[2]}`, source: "folder" };
  return void 0;
}
function sectionsOf(lines) {
  let agenda = false;
  let notes = "none";
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i].heading;
    const title = h ? plainTitle(h.title) : plainTitle(lines[i].text);
    if (!h && !/^(?:\*\*|__)?[A-Za-z ]+(?:\*\*|__)?:?$/.test(lines[i].text.trim())) continue;
    if (AGENDA_TITLES.test(title)) agenda = true;
    if (h && NOTES_TITLES.test(title)) {
      let content3 = 0;
      for (let k = i + 1; k < lines.length; k++) {
        const l = lines[k];
        if (l.heading && l.heading.level <= h.level) break;
        if (l.blank || l.heading) continue;
        if (NOTHING_YET.test(plainTitle(l.text))) continue;
        content3++;
      }
      notes = content3 > 0 ? "content" : notes === "content" ? "content" : "empty";
    }
  }
  return { agenda, notes };
}

// src/model/kept-compare.ts
var SIDE = { attendees: "present", participants: "present", observers: "present", apologies: "apologies", absent: "absent" };
var SAID = { present: "present", apologies: "sending apologies", absent: "absent" };
function certainPeople(lists, titles) {
  return [...lists.attendees, ...lists.apologies, ...lists.absent].filter((g) => g.people.length > 0 && g.people.every((p) => !p.parts.public && looksLikePersonalName(p.parts.name, titles))).flatMap((g) => g.people);
}
var lineOf = (s) => s ? ` (line ${s.start.line})` : "";
function comparePeople(front, body, titles) {
  const named2 = front.filter((p) => !p.parts.public && p.parts.name !== "");
  const inText = certainPeople(body, titles);
  if (named2.length === 0 || inText.length === 0) return [];
  const index2 = personIndex(named2, { words: titles });
  const out = [];
  for (const p of inText) {
    const at3 = p.nameSpan ?? p.span;
    if (!at3) continue;
    const found2 = index2.resolve(p.name);
    if (found2.kind === "ambiguous") continue;
    if (found2.kind === "none") {
      const near = nearMatch(p.name, named2, titles);
      if (!near) out.push({ at: at3, message: `"${p.name}" is listed as ${SAID[SIDE[p.list]]} in the text, but the front matter's lists${lineOf(named2[0].nameSpan ?? named2[0].span)} do not name them: the front matter's lists are used; add them there or correct the text` });
      continue;
    }
    const was = SIDE[found2.person.list];
    if (was === "present" !== (SIDE[p.list] === "present")) out.push({ at: at3, message: `"${p.name}" is listed as ${SAID[SIDE[p.list]]} in the text, but as ${SAID[was]} in the front matter${lineOf(found2.person.nameSpan ?? found2.person.span)}: the front matter's lists are used; correct the one that is wrong` });
  }
  return out;
}

// src/model/readers/people-section.ts
var LISTS = ["attendees", "participants", "observers", "apologies", "absent"];
var unescape = (s) => s.replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
function keptPerson(e, list3, group, loc, titles) {
  let written = unescape(e.text);
  written = written.replace(/^(?:(?:were|was|have been|had been)\s+)?(?:received\s+)?from\s+/i, "");
  let role;
  const dash = /\s+[-–—]\s+([A-Z][\w ]{1,40})$/.exec(written);
  if (dash) {
    role = dash[1].trim();
    written = written.slice(0, dash.index);
  }
  const office = OFFICE_THEN_PERSON.exec(written);
  if (office) {
    role = office[1].trim();
    written = office[2].trim();
  }
  const parts = parsePerson(written, titles);
  const span = loc.span(e.start, e.end);
  const person = { name: parts.full || written, group, list: list3, span, nameSpan: span, fields: {}, parts, written: unescape(e.text) };
  const bracket = /\(([^()\s]+)\)/.exec(written);
  if (bracket && parts.role === bracket[1] && parts.given !== void 0) {
    delete parts.role;
    person.nick = bracket[1].replace(/^@/, "");
  } else if (parts.role !== void 0) person.role = parts.role;
  if (role !== void 0) person.role = role;
  if (parts.initials !== void 0) person.initials = parts.initials;
  if (parts.organisation !== void 0) person.organisation = parts.organisation;
  if (parts.representing !== void 0) person.representing = parts.representing;
  if (parts.alternateFor !== void 0) person.alternateFor = parts.alternateFor;
  if (parts.part) person.part = true;
  if (parts.remote) person.remote = true;
  if (person.role !== void 0 && /\b(?:half|part|late|left|joined|minutes into)\b/i.test(person.role)) {
    person.part = true;
    person.partText = person.role;
    delete person.role;
  }
  return person;
}
function keptLists(head, loc, titles) {
  const out = Object.fromEntries(LISTS.map((l) => [l, []]));
  for (const g of keptGroups(head)) {
    if (g.entries.length === 0) continue;
    const people = g.entries.map((e) => keptPerson(e, g.list, "", loc, titles));
    out[g.list].push({ name: "", span: loc.span(g.labelStart, g.labelEnd), people });
  }
  return out;
}
function applyKept(m, kept, loc, titles) {
  const { head } = kept;
  const disagreements = [];
  const bodyDate2 = head.date?.source === "body" || head.date?.source === "title" ? head.date : void 0;
  const bodyDateSpan = bodyDate2?.start !== void 0 ? loc.span(bodyDate2.start, bodyDate2.end) : void 0;
  const line = (s) => `line ${s.start.line}`;
  const siteDate = kept.site?.date;
  const fmDateSpan = m.fields.date?.value;
  if (kept.minutesMatter) {
    if (bodyDate2 && m.date !== void 0 && m.date !== bodyDate2.iso && bodyDateSpan) {
      disagreements.push({ at: bodyDateSpan, message: `The minutes state the date ${bodyDate2.iso}, but the front matter says ${m.date}${fmDateSpan ? ` (${line(fmDateSpan)})` : ""}: the front matter's date is used; correct the one that is wrong` });
    }
  } else {
    const written2 = fmDateSpan ? m.date : siteDate?.value.slice(0, 10);
    const writtenSpan = fmDateSpan ?? (siteDate ? loc.span(siteDate.start, siteDate.end) : void 0);
    if (bodyDate2) {
      if (written2 !== void 0 && written2 !== bodyDate2.iso && bodyDateSpan) {
        disagreements.push({ at: bodyDateSpan, message: `The site's front matter dates the page ${written2}${writtenSpan ? ` (${line(writtenSpan)})` : ""}, but ${bodyDate2.source === "title" ? "its title states" : "the minutes state"} ${bodyDate2.iso} (${line(bodyDateSpan)}): the meeting is dated ${bodyDate2.iso}` });
      }
      m.date = bodyDate2.iso;
      if (bodyDateSpan) m.fields.date = { value: bodyDateSpan };
    } else if (m.date === void 0 && siteDate && /^\d{4}-\d{2}-\d{2}/.test(siteDate.value)) {
      m.date = siteDate.value.slice(0, 10);
      m.fields.date = { value: loc.span(siteDate.start, siteDate.end) };
    } else if (m.date === void 0 && head.date) {
      m.date = head.date.iso;
    }
    if (m.titleWritten !== void 0) delete m.titleWritten;
    if (kept.site?.title) m.title = kept.site.title.value;
  }
  const lists = keptLists(head, loc, titles);
  const hasFrontMatterPeople = LISTS.some((l) => m[l].length > 0);
  if (hasFrontMatterPeople && kept.minutesMatter) disagreements.push(...comparePeople(LISTS.flatMap((l) => m[l]).flatMap((g) => g.people), lists, titles));
  if (!hasFrontMatterPeople) {
    for (const l of LISTS) m[l] = lists[l];
    m.people = LISTS.flatMap((l) => m[l]).flatMap((g) => g.people);
    m.headSource = "body";
    const first = head.groups.find((g) => g.list === "attendees") ?? head.groups[0];
    if (first) m.fields.attendees = { key: loc.span(first.labelStart, first.labelEnd), value: loc.span(first.labelStart, first.labelEnd) };
    if (head.groups.some((g) => g.all)) m.attendanceAll = true;
  }
  const written = (t) => ({ written: t.text, span: loc.span(t.start, t.end) });
  if (head.chair) m.chair = written(head.chair);
  if (head.noteTaker) m.noteTaker = written(head.noteTaker);
  if (disagreements.length > 0) m.keptDisagreements = disagreements;
}

// src/model/build-meeting.ts
function buildMeeting(input) {
  const { config } = input;
  const titles = wordsOf(config);
  const m = meetingHead(input, titles);
  const idPattern = idPatternOf(config);
  const body = readBody(input.tree, {
    source: input.source,
    loc: input.loc,
    idPattern,
    decisionVerbs: new Set(config.decisionVerbs),
    words: titles
  });
  placeBody(m, body, input);
  const byNumber = /* @__PURE__ */ new Map();
  const index2 = (list3) => list3.forEach((i) => {
    byNumber.set(i.number, i);
    index2(i.children);
  });
  index2(m.agenda);
  addV1Actions(m, body.actionLines, input, idPattern, titles);
  addNaturalActions(m, input, body.actionLines.map((l) => l.node));
  for (const a of m.actions) if (a.item) byNumber.get(a.item)?.actions.push(a);
  judgeFacts(m, peopleOf(m, config));
  if (!input.seriesOnly) m.mentions = readMentions(m, peopleOf(m, config), input);
  return m;
}
function meetingHead(input, titles) {
  const { frontMatter: fm, config } = input;
  const s = (k) => scalar(fm, k);
  const committee = s("committee") ?? config.committee;
  const code3 = s("code") ?? config.code;
  const meetingText = s("meeting");
  const m = {
    path: input.path,
    title: s("title") ?? (committee ? `${committee} Meeting` : "Meeting"),
    status: s("status") ?? "none",
    attendees: readPeople(field(fm, "attendees"), "attendees", titles),
    participants: [...readPeople(field(fm, "participants"), "participants", titles), ...readPeople(field(fm, "in_attendance"), "participants", titles)],
    observers: readPeople(field(fm, "observers"), "observers", titles),
    apologies: readPeople(field(fm, "apologies"), "apologies", titles),
    absent: readPeople(field(fm, "absent"), "absent", titles),
    people: [],
    attendanceChanges: [],
    motions: [],
    mentions: [],
    outstanding: items(field(fm, "outstanding")).map(readReview),
    reviews: [],
    nextMeetings: items(field(fm, "next_meetings")).map(readNextMeeting),
    preamble: [],
    agenda: [],
    actions: [],
    decisions: [],
    outstandingPlacement: { kind: "before-agenda" },
    headingJumps: [],
    closing: { sections: [], blocks: [] },
    numberedParagraphs: [],
    fields: fm ? fieldSpans(fm) : {},
    approvals: [],
    headSource: "front-matter"
  };
  if (committee !== void 0) m.committee = committee;
  if (code3 !== void 0) m.code = code3;
  if (meetingText !== void 0) {
    m.meeting = meetingText;
    const parsed = parseMeetingNumber(meetingText);
    if (parsed) {
      m.meetingNumber = parsed.number;
      if (parsed.suffix) m.meetingSuffix = parsed.suffix;
    }
  }
  for (const key of ["reference", "date", "start", "end", "venue"]) {
    const v = s(key);
    if (v !== void 0) m[key] = v;
  }
  if (m.date === void 0) {
    const fromName = dateFromPath(input.path);
    if (fromName !== void 0) m.date = fromName;
  }
  const classification2 = s("classification") ?? config.classification;
  if (classification2 !== void 0) m.classification = classification2;
  const secretariat = s("secretariat") ?? config.secretariat;
  if (secretariat !== void 0) m.secretariat = secretariat;
  if (s("title") !== void 0) m.titleWritten = s("title");
  if (input.frontMatterSpan) m.frontMatterSpan = input.frontMatterSpan;
  const approved = readApprovedBlock(field(fm, "approved"));
  if (approved) m.approved = approved;
  if (input.kept) applyKept(m, input.kept, input.loc, titles);
  m.reviews = m.outstanding.map((o) => ({
    id: o.id,
    ...o.id ? { ref: normaliseId(o.id) } : {},
    ...o.status ? { status: o.status } : {},
    source: "front-matter",
    span: o.span,
    outstanding: o
  }));
  m.people = [...m.attendees, ...m.participants, ...m.observers, ...m.apologies, ...m.absent].flatMap((g) => g.people);
  return m;
}
function placeBody(m, body, input) {
  m.preamble = body.preamble;
  if (body.titleHeading) {
    m.titleHeading = body.titleHeading;
    const written = lineText(body.titleHeading);
    if (m.titleWritten === void 0 && written !== "") m.title = written;
  }
  m.agenda = body.agenda;
  readNatural(m, body.decisions, input);
  m.outstandingPlacement = body.outstandingPlacement;
  m.headingJumps = body.headingJumps;
  m.numberedParagraphs = body.numberedParagraphs;
  m.closing = findClosing(m.agenda, m.preamble);
  if (body.summariesMarker) m.summariesMarker = body.summariesMarker;
}
function addV1Actions(m, lines, input, idPattern, titles) {
  const firstNext = m.nextMeetings[0]?.date;
  for (const { attrSpans, ...line } of lines) {
    const parts = idPattern.parse(line.id);
    const parsed = line.owner !== void 0 ? parseOwners(line.owner, titles) : { owners: [] };
    const action = {
      ...line,
      identity: "",
      notation: "v1",
      certain: true,
      owners: parsed.owners,
      idWellFormed: idPattern.wellFormed(line.id)
    };
    if (parsed.placeholder !== void 0) action.ownerPlaceholder = parsed.placeholder;
    if (line.id === "") {
      const at3 = afterLabel(input.source, line.span.start.offset);
      if (at3 !== void 0) action.idInsert = { at: at3, form: "after-label" };
    }
    if (parts) action.idParts = parts;
    const due = line.attributes.due;
    if (due !== void 0 && realDate(due)) {
      action.due = due;
      action.dueSource = "attribute";
      if (attrSpans.due) action.dueSpan = attrSpans.due;
    } else if (due === void 0 && firstNext) {
      action.due = firstNext;
      action.dueSource = "next-meeting";
    }
    if (due !== void 0 && attrSpans.due) action.dueSpan = attrSpans.due;
    m.actions.push(action);
  }
}
function addNaturalActions(m, input, v1Nodes) {
  const firstNext = m.nextMeetings[0]?.date;
  const words3 = wordsOf(input.config);
  const owners = ownerIndex(m, input.config, peopleOf(m, input.config));
  const options = { source: input.source, loc: input.loc, owners, taken: new Set(v1Nodes), prose: false, words: words3 };
  let natural = readNaturalActions(input.tree, options);
  const reviewed = natural.reviewedLines;
  if (!m.actions.some((a) => a.id !== "" && !a.nearMiss && !(a.node.type === "paragraph" && reviewed.has(a.node)))) natural = readNaturalActions(input.tree, { ...options, prose: true });
  m.actions = m.actions.filter((a) => !(a.node.type === "paragraph" && natural.reviewedLines.has(a.node)));
  const items2 = flatItems(m.agenda);
  const section = items2.find((i) => {
    const t = sectionTitle(i.title);
    return words3.section.matters_arising.test(t) || words3.section.action_review.test(t) || words3.section.actions.test(t);
  });
  if (section) m.reviewSection = section.span;
  const itemAt = (offset) => items2.filter((i) => i.span.start.offset <= offset).at(-1)?.number;
  const listed = natural.actions.filter((a) => a.notation !== "prose");
  for (const n of natural.actions) {
    if (n.notation === "prose" && listed.some((l) => sameAction(l, n))) continue;
    const parsed = n.ownerText !== void 0 ? parseOwners(n.ownerText, words3) : { owners: [] };
    const a = {
      id: n.id,
      identity: "",
      notation: n.notation,
      certain: false,
      owners: parsed.owners,
      idWellFormed: false,
      text: n.text,
      content: n.content,
      attributes: {},
      node: n.node,
      span: n.span,
      idSpan: n.span
    };
    if (n.idInsert) a.idInsert = n.idInsert;
    if (parsed.placeholder !== void 0) a.ownerPlaceholder = parsed.placeholder;
    else if (n.ownerText !== void 0 && parsed.owners.length > 0) {
      a.owner = n.ownerText;
      a.ownerSource = "text";
    }
    const item = itemAt(n.span.start.offset);
    if (item !== void 0) a.item = item;
    const due = n.dueText !== void 0 ? readDue(n.dueText) : void 0;
    if (due !== void 0) {
      a.due = due;
      a.dueSource = "attribute";
    } else if (firstNext) {
      a.due = firstNext;
      a.dueSource = "next-meeting";
    }
    m.actions.push(a);
  }
  m.actions.sort((x, y) => x.span.start.offset - y.span.start.offset);
  for (const a of m.actions) {
    resolveOwners(a, owners, input);
    const judged = judgeAction(a);
    a.certain = judged.certain;
    if (judged.doubt !== void 0) a.doubt = judged.doubt;
  }
  m.actions.forEach((a, i) => {
    a.identity = a.id ? normaliseId(a.id) : actionIdentity(m, i + 1);
  });
  for (const r of natural.reviews) {
    const review = { id: r.id, source: r.source, span: r.span, text: r.text };
    if (r.id) review.ref = normaliseId(r.id);
    if (r.ownerText !== void 0) review.ownerText = r.ownerText;
    if (r.status !== void 0) review.status = r.status;
    if (r.statusWord !== void 0) review.statusWord = r.statusWord;
    m.reviews.push(review);
  }
  addProseReviews(m, input, natural.reviews);
}
function resolveOwners(a, owners, input) {
  const within2 = a.ownerSpan ?? a.span;
  let from = within2.start.offset;
  for (const t of a.owners) {
    t.resolved = t.kind === "everyone" ? { kind: "everyone" } : owners.resolution(t.text);
    if (t.span) continue;
    const at3 = input.source.indexOf(t.text, from);
    if (at3 !== -1 && at3 + t.text.length <= within2.end.offset) {
      t.span = input.loc.span(at3, at3 + t.text.length);
      from = at3 + t.text.length;
    }
  }
}
function addProseReviews(m, input, read) {
  const raised = new Set(m.actions.filter((a) => a.id !== "").map((a) => normaliseId(a.id)));
  const taken = /* @__PURE__ */ new Set([...m.actions.map((a) => a.span.start.offset), ...read.map((r) => r.span.start.offset)]);
  const byId = /* @__PURE__ */ new Map();
  for (const p of readProseMentions(input.tree, input.loc, (n) => n.position !== void 0 && taken.has(n.position.start.offset))) {
    const ref = normaliseId(p.id);
    if (raised.has(ref)) continue;
    const seen = byId.get(ref);
    if (seen && (seen.status !== void 0 || p.status === void 0)) continue;
    const review = { id: p.id, ref, source: "prose", span: p.span, text: p.text };
    if (p.status !== void 0) review.status = p.status;
    if (p.statusWord !== void 0) review.statusWord = p.statusWord;
    byId.set(ref, review);
  }
  m.reviews.push(...[...byId.values()].sort((a, b) => a.span.start.offset - b.span.start.offset));
}
function readDue(text6) {
  const t = text6.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})\b/.exec(t);
  if (iso && realDate(iso[1])) return iso[1];
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (dmy) {
    const d = `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
    if (realDate(d)) return d;
  }
  return void 0;
}
function flatItems(items2) {
  return items2.flatMap((i) => [i, ...flatItems(i.children)]);
}
var sameAction = (a, b) => sameSubject(a.text, b.text);
function readNatural(m, marked, input) {
  const { config, loc, source: source2 } = input;
  const itemOf = /* @__PURE__ */ new Map();
  const index2 = (items2) => items2.forEach((i) => {
    itemOf.set(i.heading, i.number);
    i.content.forEach((c) => itemOf.set(c, i.number));
    index2(i.children);
  });
  index2(m.agenda);
  const units = proseUnits(input.tree, source2, itemOf);
  const words3 = wordsOf(config);
  const people = personIndex(m.people, { aliases: config.aliases, words: words3 });
  keepPeopleIndex(m, people);
  for (const role of [m.chair, m.noteTaker]) {
    const match2 = role ? people.resolve(role.written) : void 0;
    if (role && match2?.kind === "one") role.person = match2.person;
  }
  if (!input.seriesOnly) m.attendanceChanges = readAttendanceChanges(units, people, loc);
  m.motions = readMotions({ units, index: people, loc, source: source2, words: words3 });
  if (!input.seriesOnly) readDecisions(m, marked, units, input);
  const byNumber = /* @__PURE__ */ new Map();
  const all2 = (items2) => items2.forEach((i) => {
    byNumber.set(i.number, i);
    all2(i.children);
  });
  all2(m.agenda);
  const fromFront = readFrontMatterApproval(input.frontMatter);
  m.approvals = [...fromFront ? [fromFront] : [], ...readBodyApprovals({ units, motions: m.motions, sections: byNumber, ...m.date !== void 0 ? { date: m.date } : {}, loc, source: source2 })];
}
function readDecisions(m, marked, units, input) {
  const { loc, source: source2 } = input;
  const words3 = wordsOf(input.config);
  for (const d of marked) {
    d.kind = "marked";
    const unit = units.find((u) => u.node === d.node || d.node.type === "listItem" && d.node.children.includes(u.node));
    const sentence = sentences(d.text).find((x) => x.text.includes(d.verb));
    if (sentence && sentence.text.length < d.text.length) d.text = sentence.text;
    if (/:$/.test(d.text) && unit?.introduces) d.text = `${d.text} ${joinItems(listItemsText(unit.introduces, source2))}`;
  }
  const taken = [...marked, ...m.motions].map((x) => [x.span.start.offset, x.span.end.offset]);
  const prose = readProseDecisions({
    units,
    loc,
    source: source2,
    taken,
    patterns: decisionPatterns({ committee: m.committee, code: m.code, words: words3 })
  });
  const fromMotions = m.motions.filter((x) => x.outcome === "carried" || x.outcome === "implied").map((x) => {
    const d = { verb: x.outcomeText ?? (x.outcome === "implied" ? "moved" : "carried"), text: x.text ?? "", kind: "motion", motion: x, node: units.find((u) => u.start >= x.span.start.offset).node, span: x.span, verbSpan: x.span };
    if (x.item !== void 0) d.item = x.item;
    return d;
  });
  m.decisions = [...marked, ...prose, ...fromMotions].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const byNumber = /* @__PURE__ */ new Map();
  const all2 = (items2) => items2.forEach((i) => {
    byNumber.set(i.number, i);
    all2(i.children);
  });
  all2(m.agenda);
  for (const d of [...prose, ...fromMotions]) if (d.item) byNumber.get(d.item)?.decisions.push(d);
}
function readApprovedBlock(b) {
  if (b?.kind !== "map") return void 0;
  const out = { amendments: readAmendments(field(b, "amendments")), span: b.keySpan ? { start: b.keySpan.start, end: b.span.end } : b.span, fields: fieldSpans(b) };
  for (const key of ["by", "date", "digest"]) {
    const v = scalar(b, key);
    if (v !== void 0) out[key] = String(v);
  }
  return out;
}
function readReview(r) {
  const review = { id: (scalar(r, "id") ?? "").trim(), span: r.span, fields: fieldSpans(r) };
  for (const key of ["action", "owner", "raised", "target", "revised", "update"]) {
    const v = scalar(r, key);
    if (v !== void 0) review[key] = v;
  }
  const status = scalar(r, "status");
  if (status === "open" || status === "closed") review.status = status;
  return review;
}
function readWhen(text6) {
  const t = text6.trim();
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T,]+(.+))?$/.exec(t);
  if (day && realDate(day[1])) return { date: day[1], when: "date", ...day[2] ? { time: day[2].trim() } : {} };
  const month = /^(\d{4}-\d{2})(?:[ ,]+(.+))?$/.exec(t);
  if (month) return { date: "", when: "month", month: month[1], ...month[2] ? { time: month[2].trim() } : {} };
  return { date: "", when: "text" };
}
function readNextMeeting(n) {
  const written = scalar(n, "date") ?? "";
  const next = { ...readWhen(written), written, span: n.span, fields: fieldSpans(n) };
  const label = scalar(n, "label");
  if (label !== void 0) next.label = label;
  const venue = scalar(n, "venue");
  if (venue !== void 0) next.venue = venue;
  return next;
}

// src/parse/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function sniff(b) {
  const at3 = (i) => b[i];
  if (at3(0) === 255 && at3(1) === 254 && at3(2) === 0 && at3(3) === 0) return { encoding: "utf-32le", bomLength: 4 };
  if (at3(0) === 0 && at3(1) === 0 && at3(2) === 254 && at3(3) === 255) return { encoding: "utf-32be", bomLength: 4 };
  if (at3(0) === 255 && at3(1) === 254) return { encoding: "utf-16le", bomLength: 2 };
  if (at3(0) === 254 && at3(1) === 255) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}
function decodeSource(bytes) {
  const { encoding: encoding2, bomLength } = sniff(bytes);
  if (encoding2 !== "utf-8") return decodeWide(bytes, encoding2, bomLength);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineColumnOfByte(bytes, nul);
    const hint = looksLikeUtf16(bytes) ? ": it looks like UTF-16 without a byte-order mark; save it as UTF-8" : ": not a text file";
    return { ok: false, reason: `binary data (a NUL byte)${hint}`, offset: nul, line, column };
  }
  let text6;
  try {
    text6 = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, bad);
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return { ok: false, reason: `invalid UTF-8 (byte 0x${hex} at byte offset ${bad}); save the file as UTF-8`, offset: bad, line, column };
  }
  const bom = text6.charCodeAt(0) === 65279;
  return { ok: true, text: bom ? text6.slice(1) : text6, bom, encoding: encoding2 };
}
function decodeWide(bytes, encoding2, bomLength) {
  const width = encoding2.startsWith("utf-32") ? 4 : 2;
  const little = encoding2.endsWith("le");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = encoding2.toUpperCase().replace(/(LE|BE)$/, " $1");
  let text6 = "";
  let line = 1;
  let column = 1;
  const fail = (offset, what) => ({ ok: false, reason: `invalid ${name} (${what} at byte offset ${offset}); save the file as UTF-8`, offset, line, column });
  for (let i = bomLength; i < bytes.length; ) {
    if (i + width > bytes.length) return fail(i, "the file ends half-way through a character");
    let cp;
    if (width === 4) {
      cp = view.getUint32(i, little);
      if (cp > 1114111 || cp >= 55296 && cp <= 57343) return fail(i, `U+${cp.toString(16).toUpperCase()} is not a character`);
      i += 4;
    } else {
      cp = view.getUint16(i, little);
      if (cp >= 56320 && cp <= 57343) return fail(i, "a lone low surrogate");
      if (cp >= 55296 && cp <= 56319) {
        const low = i + 4 <= bytes.length ? view.getUint16(i + 2, little) : -1;
        if (low < 56320 || low > 57343) return fail(i, "a lone high surrogate");
        cp = 65536 + (cp - 55296 << 10) + (low - 56320);
        i += 2;
      }
      i += 2;
    }
    if (cp === 0) return { ok: false, reason: "binary data (a NUL character): not a text file", offset: i - width, line, column };
    const c = String.fromCodePoint(cp);
    text6 += c;
    if (c === "\n" || c === "\r" && !nextIsLf(view, i, width, little)) {
      line++;
      column = 1;
    } else if (c !== "\r") column += c.length;
  }
  return { ok: true, text: text6, bom: true, encoding: encoding2 };
}
function nextIsLf(view, i, width, little) {
  if (i + width > view.byteLength) return false;
  return (width === 4 ? view.getUint32(i, little) : view.getUint16(i, little)) === 10;
}
function looksLikeUtf16(b) {
  const n = Math.min(b.length, 64) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) >= n / 2 - 1 && Math.min(even, odd) === 0;
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 128) {
      i++;
      continue;
    } else if (c >= 194 && c <= 223) {
      need = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    if (i + need >= b.length) return i;
    let cp = c & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}
function lineColumnOfByte(b, offset) {
  const before = new TextDecoder("utf-8").decode(b.subarray(0, offset));
  const { line, column } = createLocator(before).point(before.length);
  return { line, column };
}

// src/parse/limits.ts
var MAX_SOURCE_BYTES = 1024 * 1024;
var MAX_NESTING = 100;
function tooDeep(root2, limit = MAX_NESTING) {
  const stack = [[root2, 0]];
  while (stack.length > 0) {
    const [node2, depth] = stack.pop();
    if (!node2.children) continue;
    const level = node2.type === "listItem" || node2.type === "root" ? depth : depth + 1;
    if (level > limit) return node2;
    for (let i = node2.children.length - 1; i >= 0; i--) stack.push([node2.children[i], level]);
  }
  return void 0;
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}
function deepLine(text6, from = 0, limit = MAX_NESTING) {
  const indents = [];
  for (let pos = from; pos < text6.length; ) {
    const nl = text6.indexOf("\n", pos);
    const end = nl === -1 ? text6.length : nl;
    let i = pos;
    let quotes = 0;
    let markers2 = 0;
    let firstMarker = -1;
    for (; ; ) {
      while (i < end && (text6[i] === " " || text6[i] === "	")) i++;
      const c = text6[i];
      if (c === ">") {
        quotes++;
        i++;
        continue;
      }
      let m = i;
      if (c === "-" || c === "+" || c === "*") m = i + 1;
      else while (m < end && m - i < 9 && text6.charCodeAt(m) >= 48 && text6.charCodeAt(m) <= 57) m++;
      if (m > i && m - i <= 9 && (c === "-" || c === "+" || c === "*" || text6[m] === "." || text6[m] === ")")) {
        const after = c === "-" || c === "+" || c === "*" ? m : m + 1;
        if (after < end && (text6[after] === " " || text6[after] === "	")) {
          if (firstMarker === -1) firstMarker = i - pos;
          markers2++;
          i = after;
          continue;
        }
      }
      break;
    }
    if (firstMarker !== -1) {
      while (indents.length > 0 && indents[indents.length - 1] >= firstMarker) indents.pop();
      if (quotes + indents.length + markers2 > limit) return pos + firstMarker;
      indents.push(firstMarker);
    } else if (quotes > limit) return pos;
    else if (i < end && i === pos) indents.length = 0;
    pos = end + 1;
  }
  return void 0;
}
var MAX_INLINE_MARKS = 2e3;
function crowdedBlock(text6, from = 0, limit = MAX_INLINE_MARKS) {
  let marks = 0;
  let blockStart = from;
  let lineStart = true;
  let blank = true;
  const word2 = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 127;
  for (let i = from; i < text6.length; i++) {
    const c = text6.charCodeAt(i);
    if (c === 10) {
      if (blank) marks = 0;
      lineStart = true;
      blank = true;
      continue;
    }
    if (lineStart) {
      if (blank && marks === 0) blockStart = i;
      lineStart = false;
    }
    if (c !== 32 && c !== 9 && c !== 13) blank = false;
    if (c === 42 || c === 126 || c === 91 || c === 95 && !(word2(text6.charCodeAt(i - 1)) && word2(text6.charCodeAt(i + 1)))) {
      if (++marks > limit) return blockStart;
    }
  }
  return void 0;
}

// src/parse/yaml-errors.ts
var import_yaml3 = __toESM(require_dist(), 1);
function describeYamlErrors(doc, yaml, where) {
  const errors = doc.errors;
  const multiline = errors.filter((e) => e.code === "MULTILINE_IMPLICIT_KEY");
  const out = [];
  let duplicates;
  for (const e of errors) {
    if (e.code === "BLOCK_AS_IMPLICIT_KEY" && multiline.some((m) => m.pos[0] <= e.pos[0] && e.pos[0] < m.pos[1])) continue;
    out.push({ ...describe2(e, doc, yaml, where, () => duplicates ??= duplicateKeys(doc)), code: e.code });
  }
  out.sort((a, b) => a.start - b.start);
  const byLine = /* @__PURE__ */ new Map();
  for (const f of out) {
    const { line } = where(f.start);
    const seen = byLine.get(line);
    if (!seen || f.code === "TAB_AS_INDENT" && seen.code !== "TAB_AS_INDENT") byLine.set(line, f);
  }
  return [...byLine.values()].sort((a, b) => a.start - b.start);
}
function describe2(e, doc, yaml, where, duplicates) {
  const [p0, p1] = e.pos;
  const raw = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
  switch (e.code) {
    case "DUPLICATE_KEY": {
      const dup = duplicates().get(p0);
      if (dup) {
        const first = dup.first !== void 0 ? `: it is already given on line ${where(dup.first).line}` : "";
        return { start: dup.range[0], end: dup.range[1], message: `Duplicate key "${dup.key}"${first}; give each key once` };
      }
      return at2(yaml, p0, p1, `Duplicate key ${quoteLine(yaml, p0)}; give each key once`);
    }
    case "TAB_AS_INDENT": {
      const text6 = lineText3(yaml, p0).trim();
      return { start: p0, end: Math.max(p1, p0 + 1), message: `Tab used for indentation before "${text6}": YAML indentation must be spaces` };
    }
    case "MULTILINE_IMPLICIT_KEY": {
      const lastLineStart = yaml.lastIndexOf("\n", Math.max(p0, p1 - 1)) + 1;
      const start = Math.max(p0, lastLineStart);
      return at2(yaml, start, p1, `Bad indentation at ${quoteLine(yaml, start)}: the line is read as part of the value above it; line it up with its sibling keys`);
    }
    case "BLOCK_AS_IMPLICIT_KEY": {
      const rest = yaml.slice(p0, lineEnd(yaml, p0)).trim();
      return at2(yaml, p0, p1, `The value "${rest}" contains ": ", which YAML reads as a key: put the value in quotes`);
    }
    case "MISSING_CHAR": {
      const quote3 = /closing (["'])/.exec(raw)?.[1];
      if (quote3) {
        const open = openingQuote(doc, quote3, p0);
        if (open !== void 0) {
          const { line, column } = where(open);
          const shown = yaml.slice(open, lineEnd(yaml, open)).trim();
          return { start: p0, end: Math.max(p1, p0), message: `The quoted text ${shown} (line ${line}, column ${column}) is never closed: add the closing ${quote3}` };
        }
      }
      if (/without - indicator/.test(raw)) {
        const s = skipIndent(yaml, p0);
        return at2(yaml, s, p1, `Bad indentation at ${quoteLine(yaml, s)}: it is neither a list item (\`- \`) nor lined up with the keys above it`);
      }
      return at2(yaml, p0, p1, `${raw} at ${quoteLine(yaml, p0)}`);
    }
    case "BAD_INDENT": {
      const s = skipIndent(yaml, p0);
      return at2(yaml, s, p1, `Bad indentation at ${quoteLine(yaml, s)}: ${raw}`);
    }
    default:
      return at2(yaml, p0, p1, `${raw} at ${quoteLine(yaml, p0)}`);
  }
}
function at2(yaml, start, end, message) {
  const s = skipIndent(yaml, start);
  return { start: s, end: Math.max(s + 1, end), message };
}
function skipIndent(yaml, offset) {
  const ls = yaml.lastIndexOf("\n", offset - 1) + 1;
  if (!/^[ ]*$/.test(yaml.slice(ls, offset))) return offset;
  let i = offset;
  while (yaml[i] === " ") i++;
  return i < yaml.length && yaml[i] !== "\n" && yaml[i] !== "\r" ? i : offset;
}
function duplicateKeys(doc) {
  const found2 = /* @__PURE__ */ new Map();
  (0, import_yaml3.visit)(doc, {
    Map(_, map3) {
      if (!(0, import_yaml3.isMap)(map3)) return;
      const firstAt = /* @__PURE__ */ new Map();
      for (const p of map3.items) {
        const k = p.key;
        if (!k?.range) continue;
        const name = (0, import_yaml3.isScalar)(k) ? String(k.value) : String(k);
        if (firstAt.has(name)) {
          const d = { key: name, range: [k.range[0], k.range[1]] };
          const first = firstAt.get(name);
          if (first !== void 0) d.first = first;
          found2.set(k.range[0], d);
        } else firstAt.set(name, k.range[0]);
      }
    }
  });
  return found2;
}
function openingQuote(doc, quote3, stop) {
  const type = quote3 === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
  let best;
  (0, import_yaml3.visit)(doc, {
    Scalar(_, s) {
      const r = s.range;
      if (s.type === type && r && r[0] <= stop && r[1] >= stop - 1 && (best === void 0 || r[0] > best)) best = r[0];
    }
  });
  return best;
}
function lineEnd(yaml, offset) {
  const n = yaml.indexOf("\n", offset);
  const e = n < 0 ? yaml.length : n;
  return yaml[e - 1] === "\r" ? e - 1 : e;
}
function lineText3(yaml, offset) {
  return yaml.slice(yaml.lastIndexOf("\n", offset - 1) + 1, lineEnd(yaml, offset));
}
function quoteLine(yaml, offset) {
  const t = lineText3(yaml, offset).trim();
  return t ? `"${t.length > 60 ? `${t.slice(0, 57)}\u2026` : t}"` : "the end of the front matter";
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string3, ptr) {
  let lines = string3.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string3, line, column) {
  let lines = string3.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value2 = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value2 = value2 << 4 | digit;
        }
        if (value2 < 0 || value2 > 1114111 || value2 >= 55296 && value2 <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value2);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match2 = date.match(DATE_TIME_RE);
        if (match2) {
          if (!match2[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match2[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match2[2] && +match2[2] > 23) {
            date = "";
          } else {
            offset = match2[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value2 = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value2;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value2 = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value2) === "object")
      seen.add(value2);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek3, ptr) {
  if (peek3 === null || ctx.uk === 2)
    TomlError.x(peek3 === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse3(toml2, options = {}) {
  let ctx = {
    s: toml2,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml2.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml2.length) {
    if (toml2.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml2.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml2.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml2.length && (tmp = toml2.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml2.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/parse/site-matter.ts
var TOML_OPEN = /^\+\+\+[ \t]*\r?\n/;
var TOML_CLOSE = /^\+\+\+[ \t]*(?:\r?\n|$)/gm;
var PELICAN_KEY = /^(title|date|modified|tags|category|slug|authors?|summary|lang|status|template|save_as|url)[ \t]*:[ \t]*(.*)$/i;
var NIKOLA_OPEN = /^<!--[ \t]*\r?\n/;
function splitSiteMatter(text6) {
  return toml(text6) ?? nikola(text6) ?? pelican(text6);
}
function toml(text6) {
  const open = TOML_OPEN.exec(text6);
  if (!open) return void 0;
  TOML_CLOSE.lastIndex = open[0].length;
  const close3 = TOML_CLOSE.exec(text6);
  if (!close3) return { kind: "toml", start: 0, end: open[0].length, error: { message: "The TOML block opened with `+++` on line 1 is never closed: add a line `+++` after it", offset: 0 } };
  const inner = text6.slice(open[0].length, close3.index);
  const out = { kind: "toml", start: 0, end: close3.index + close3[0].length };
  let data;
  try {
    data = parse3(inner);
  } catch (e) {
    const message = e instanceof TomlError ? e.message.split("\n")[0] : String(e);
    const at3 = e instanceof TomlError ? offsetOf(inner, e.line, e.column) : 0;
    out.error = { message: `TOML syntax error: ${message}`, offset: open[0].length + at3 };
    return out;
  }
  for (const key of ["title", "date"]) {
    const v = data[key];
    const written = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v : void 0;
    if (written === void 0) continue;
    const line = new RegExp(`^${key}[ \\t]*=[ \\t]*`, "m").exec(inner);
    const at3 = line ? open[0].length + line.index + line[0].length : 0;
    const raw = line ? inner.slice(line.index + line[0].length).split(/\r?\n/)[0].trimEnd() : written;
    out[key] = { value: written.trim(), start: at3, end: at3 + raw.length };
  }
  return out;
}
function offsetOf(text6, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const n = text6.indexOf("\n", offset);
    if (n < 0) break;
    offset = n + 1;
  }
  return offset + Math.max(0, column - 1);
}
function metadataLines(text6, from, key, stop) {
  const values = /* @__PURE__ */ new Map();
  let i = from;
  while (i < text6.length) {
    let j = text6.indexOf("\n", i);
    if (j < 0) j = text6.length;
    const line = text6.slice(i, j).replace(/\r$/, "");
    if (stop(line)) return values.size > 0 ? { values, end: Math.min(text6.length, j + 1) } : void 0;
    const m = key.exec(line);
    if (!m) return void 0;
    const at3 = i + line.length - m[2].length;
    values.set(m[1].toLowerCase(), { value: m[2].trim(), start: at3, end: at3 + m[2].trimEnd().length });
    i = j + 1;
  }
  return values.size > 0 ? { values, end: text6.length } : void 0;
}
function linesMatter(kind, read) {
  if (!read || !read.values.has("title") && !read.values.has("date")) return void 0;
  const out = { kind, start: 0, end: read.end };
  const title = read.values.get("title");
  const date = read.values.get("date");
  if (title) out.title = title;
  if (date) out.date = date;
  return out;
}
function pelican(text6) {
  if (!/^(?:title|date)[ \t]*:/i.test(text6)) return void 0;
  const read = metadataLines(text6, 0, PELICAN_KEY, (l) => l.trim() === "");
  return linesMatter("pelican", read);
}
function nikola(text6) {
  const open = NIKOLA_OPEN.exec(text6);
  if (!open) return void 0;
  const read = metadataLines(text6, open[0].length, /^\.\.[ \t]+([a-z_]+)[ \t]*:[ \t]*(.*)$/i, (l) => /^[ \t]*-->/.test(l));
  return linesMatter("nikola", read);
}
function siteDay(value2) {
  const m = value2 === void 0 ? null : /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value2.trim());
  return m ? m[1] : void 0;
}
function siteTitleSpan(text6, yaml, site) {
  if (site?.title) return { start: site.title.start, end: site.title.end };
  if (!yaml) return void 0;
  const m = /^title[ \t]*:[ \t]*(\S.*)$/m.exec(yaml.yaml);
  if (!m) return void 0;
  const start = yaml.offset + m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].trimEnd().length };
}

// src/schema/minutes-spec.ts
var str = (description, required = false) => ({ spec: { kind: "string" }, description, required });
var bool = (description) => ({ spec: { kind: "boolean" }, description });
var MEETING_NUMBER2 = new RegExp(`^${MEETING_NUMBER_SOURCE}$`);
var personFields = {
  name: str("Full name", true),
  role: str('`chair`, `secretary`, or any other text such as "Presenter"'),
  alternate_for: str("The member this person stands in for"),
  items: {
    spec: { kind: "list", of: { kind: "text", pattern: /^\d+(\.\d+)*$/, patternHint: 'an agenda item number such as "2" or "3.1"' } },
    description: "Agenda item numbers this person attended (part attendance)"
  },
  part: {
    spec: { kind: "either", of: [{ kind: "boolean" }, { kind: "string" }] },
    description: 'Attended part of the meeting: `true`, or the minutes\' own words ("2nd part of the meeting")'
  },
  remote: bool("Joined remotely"),
  initials: str("How the body refers to the person, e.g. `JM`"),
  representing: str("The body or person this person speaks for"),
  organisation: str("The organisation the person comes from")
};
function personSpec(withProxy) {
  const fields = withProxy ? { ...personFields, proxy_to: str("The attendee who holds this member's vote") } : personFields;
  return { kind: "object", name: withProxy ? "apology" : "person", fields, shorthand: "name" };
}
var peopleBy = (keyName, withProxy = false) => ({
  kind: "either",
  of: [
    { kind: "record", keyName, of: { kind: "list", of: personSpec(withProxy) } },
    { kind: "list", of: personSpec(withProxy) }
  ]
});
var REVIEW_STATUSES = ["open", "closed"];
var MEETING_STATUSES = ["draft", "final", "approved"];
var reviewSpec = {
  kind: "object",
  name: "action review",
  fields: {
    id: str("The action ID, e.g. `OPSG 37x/01`", true),
    action: str("The action's text as raised"),
    owner: str("Who must do it: a party, a category or a person"),
    raised: { spec: { kind: "date" }, description: "Date raised" },
    target: { spec: { kind: "date" }, description: "Last target date" },
    revised: { spec: { kind: "date" }, description: "New target date set at this meeting" },
    status: { spec: { kind: "enum", values: REVIEW_STATUSES }, description: "`open` or `closed`", required: true, missingReportedBy: "review-status" },
    update: { spec: { kind: "markdown" }, description: "Markdown: what was reported at this meeting" }
  }
};
var nextMeetingSpec = {
  kind: "object",
  name: "next meeting",
  fields: {
    date: { spec: { kind: "when" }, description: 'When: a date YYYY-MM-DD, a month YYYY-MM or text such as "TBC", with an optional time ("2026-04-14 15:00 GMT")', required: true },
    label: str('e.g. "Next main meeting"'),
    venue: str("Where it will be held")
  }
};
var amendmentSpec = {
  kind: "either",
  of: [
    { kind: "string" },
    {
      kind: "object",
      name: "amendment",
      fields: {
        was: str("The text as it stood in the minutes presented"),
        now: str("The text as amended"),
        text: str("What the amendment says, as the outputs list it (default: for \u201Cwas\u201D read \u201Cnow\u201D)")
      }
    }
  ]
};
var approvedSpec = {
  kind: "object",
  name: "approval",
  fields: {
    by: { spec: { kind: "text", pattern: /^(?:\d{4}-\d{2}-\d{2}|[0-9]+[a-z]?)$/, patternHint: "the approving meeting's number or date" }, description: "The meeting that approved these minutes: its number, else its date", required: true },
    date: { spec: { kind: "date" }, description: "The date of the approving meeting", required: true },
    digest: { spec: { kind: "string", pattern: /^sha256:[0-9a-f]{64}$/, patternHint: "sha256: and 64 hexadecimal digits" }, description: "Digest of the approved text (`sha256:\u2026`); `approved-changed` compares the file with it", required: true },
    amendments: { spec: { kind: "list", of: amendmentSpec }, description: "The amendments the approval made, and corrections a later meeting recorded" }
  }
};
var CONFIGURABLE_KEYS = ["committee", "code", "secretariat", "classification"];
var minutesSpec = {
  kind: "object",
  name: "front matter",
  fields: {
    committee: str("Full name of the committee, e.g. `Operations Group`", true),
    code: { spec: { kind: "string", pattern: /^\S(.*\S)?$/, patternHint: 'a short code such as "OPSG"' }, description: "Short code: the action-ID prefix, e.g. `OPSG`" },
    meeting: {
      spec: { kind: "text", pattern: MEETING_NUMBER2, patternHint: 'a number with an optional letter suffix, such as 41 or "38x"' },
      description: "Number in the series, with an optional letter suffix for extraordinary meetings; without it the date places the meeting in its series"
    },
    reference: str("Document reference, e.g. `OPSG_41_2501`"),
    title: str("Default: `<committee> Meeting`"),
    date: { spec: { kind: "date" }, description: "Meeting date, YYYY-MM-DD (default: a date at the start of the file name)", required: true },
    start: { spec: { kind: "time" }, description: 'Start time, "HH:MM", optionally with a time zone ("15:00 GMT")' },
    end: { spec: { kind: "time" }, description: 'End time, "HH:MM", optionally with a time zone ("17:30 CET")' },
    venue: str("Where the meeting was held"),
    status: { spec: { kind: "enum", values: MEETING_STATUSES }, description: "`draft`, `final` or `approved`; without it the documents carry no status label" },
    classification: str("TLP level (`clear`, `white`, `green`, `amber`, `amber+strict`, `red`) or any other marking"),
    secretariat: str('Who takes the minutes: "Managed by \u2026"'),
    attendees: { spec: peopleBy("category"), description: "Members present, by category", required: true },
    participants: { spec: peopleBy("organisation"), description: "Others present, by organisation" },
    in_attendance: { spec: peopleBy("organisation"), description: "Others present (another name for `participants`)" },
    observers: { spec: peopleBy("organisation"), description: "Observers and the public: present, not entitled to vote" },
    apologies: { spec: peopleBy("category", true), description: "Members who sent apologies, by category" },
    absent: { spec: peopleBy("category"), description: "Members absent without apologies" },
    outstanding: { spec: { kind: "list", of: reviewSpec }, description: "Actions from earlier meetings reviewed at this one" },
    next_meetings: { spec: { kind: "list", of: nextMeetingSpec }, description: "The next meetings" },
    approves: {
      spec: { kind: "text", pattern: /^(?:\d{4}-\d{2}(?:-\d{2})?|[0-9]+[a-z]?|previous)$/, patternHint: 'a date YYYY-MM-DD, a meeting number, or "previous"' },
      description: "The earlier meeting whose minutes this meeting approved: its date, its number, or `previous`"
    },
    amendments: { spec: { kind: "list", of: amendmentSpec }, description: "Amendments made when approving the minutes named by `approves`" },
    approved: { spec: approvedSpec, description: "Written by `minutebook approve`: the approving meeting, its date and the digest of the approved text" }
  }
};

// src/core/analyse.ts
function readText(input, config) {
  const size = sizeOf(input.contents);
  if (size > MAX_SOURCE_BYTES) {
    const file = newFile(input.path);
    const at3 = { line: 1, column: 1, offset: 0 };
    addFinding(file, inputLimit, config, at3, `The file is ${formatBytes(size)}, more than the ${formatBytes(MAX_SOURCE_BYTES)} minutebook reads: minutes are rarely over 100 kB, so look for a pasted log, image or document`);
    return { stopped: file };
  }
  if (typeof input.contents === "string") {
    const text6 = input.contents.charCodeAt(0) === 65279 ? input.contents.slice(1) : input.contents;
    return { text: text6, bom: text6 !== input.contents, encoding: "utf-8" };
  }
  const decoded = decodeSource(input.contents);
  if (!decoded.ok) {
    const file = newFile(input.path);
    const point3 = { line: decoded.line, column: decoded.column, offset: decoded.offset };
    addFinding(file, encoding, config, point3, `Cannot read the file: ${decoded.reason}`);
    return { stopped: file };
  }
  return { text: decoded.text, bom: decoded.bom, encoding: decoded.encoding };
}
function analyse(input, config, options = {}) {
  const read = readText(input, config);
  if ("stopped" in read) return { file: read.stopped };
  const { text: text6, bom, encoding: sourceEncoding } = read;
  const file = newFile(input.path, text6);
  const loc = createLocator(text6);
  const result = { file, source: text6, bom, encoding: sourceEncoding, loc };
  const split = splitFrontMatter(text6);
  if (split.kind === "unclosed") {
    addFinding(file, frontmatterMissing, config, loc.span(0, 3), "The front matter block opened with `---` on line 1 is never closed: add a line `---` after the YAML");
    return result;
  }
  const site = split.kind === "missing" ? splitSiteMatter(text6) : void 0;
  if (site?.error) {
    addFinding(file, yamlSyntax, config, loc.point(site.error.offset), site.error.message);
    return result;
  }
  let doc;
  if (split.kind === "ok") {
    doc = parseYaml(split.block);
    if (doc.errors.length > 0) {
      const block2 = split.block;
      const where = (o) => loc.point(block2.offset + o);
      for (const e of describeYamlErrors(doc, block2.yaml, where)) {
        addFinding(file, yamlSyntax, config, loc.span(block2.offset + e.start, block2.offset + e.end), `YAML syntax error: ${e.message}`);
      }
      return result;
    }
  }
  const block = split.kind === "ok" ? split.block : void 0;
  const bodyStart = block?.end ?? site?.end ?? 0;
  const minutesMatter = block !== void 0 && looksLikeMinutes(text6, { datedName: true });
  const siteDate = siteDay(site?.date?.value ?? (block && !minutesMatter ? dateKey(doc) : void 0));
  const siteTitle = minutesMatter ? void 0 : siteTitleSpan(text6, block, site);
  const kept = readKeptHead(text6, bodyStart, input.path, { ...siteDate ? { siteDate } : {}, ...siteTitle ? { siteTitle } : {}, dateOnly: minutesMatter });
  if (!minutesMatter && kept.kind !== "minutes" && !(block && kept.kind !== "agenda-only")) return notMinutes(result, kept, text6, loc.point(bodyStart), config);
  const checked = checkMatter(doc, block, { config, path: input.path, kept, minutesMatter, loc });
  const tree = parseWithinLimits(text6, bodyStart, loc, { autolinkLiterals: options.autolinkLiterals !== false, ...block ? { bodyStart: block.end } : {} });
  if ("limit" in tree) {
    addFinding(file, inputLimit, config, tree.at, tree.limit);
    return result;
  }
  if (site) tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= site.end);
  result.tree = tree;
  const matterStart = block?.start ?? site?.start;
  const frontMatterSpan = matterStart !== void 0 ? loc.span(matterStart, bodyStart) : void 0;
  const meeting = buildMeeting({
    path: input.path,
    source: text6,
    loc,
    tree,
    config,
    ...frontMatterSpan ? { frontMatterSpan } : {},
    ...checked.root ? { frontMatter: checked.root } : {},
    kept: { head: kept, minutesMatter, ...site ? { site } : {} },
    ...options.seriesOnly ? { seriesOnly: true } : {}
  });
  result.meeting = meeting;
  if (options.seriesOnly) return result;
  result.directives = directivesOf(text6, tree, { start: matterStart ?? 0, end: bodyStart });
  if (options.fileRules !== false) runFileRules({ path: input.path, source: text6, tree, meeting, config, loc, schemaProblems: checked.problems, ruleIds, ...options.exists ? { exists: options.exists } : {}, ...options.history ? { history: options.history } : {} }, file);
  if (options.fileRules !== false) for (const d of meeting.keptDisagreements ?? []) addFinding(file, frontmatterBodyMismatch, config, d.at, d.message);
  return result;
}
function notMinutes(result, kept, text6, at3, config) {
  if (kept.kind === "minutes") return result;
  result.notMinutes = kept.kind;
  if (kept.kind === "agenda-only") return result;
  const why = text6.trim() === "" ? "The file is empty" : kept.kind === "no-date" ? "The file has no front matter, and neither its first lines nor its name give the meeting's date" : 'The file has no front matter, and no attendance section or line ("Present:", "## Attendees") says who was there';
  addFinding(result.file, frontmatterMissing, config, at3, `${why}: give both in the body or in a front matter block (\`---\`, YAML, \`---\`)`);
  return result;
}
function checkMatter(doc, block, o) {
  const satisfied = new Set(CONFIGURABLE_KEYS.filter((k) => o.config[k] !== void 0));
  if (dateFromPath(o.path) !== void 0) satisfied.add("date");
  if (o.kept.kind === "minutes") {
    if (o.kept.date) satisfied.add("date");
    satisfied.add("attendees");
  }
  if (!o.minutesMatter) satisfied.add("committee");
  const checked = doc && block ? checkYaml(doc, minutesSpec, block.offset, o.loc, { satisfied }) : { problems: [] };
  if (!o.minutesMatter) checked.problems = checked.problems.filter((p) => !(p.kind === "unknown-key" && SITE_KEYS.has(p.path.split(".")[0])));
  return checked;
}
function dateKey(doc) {
  const v = doc.get("date");
  return v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v : void 0;
}
function sizeOf(contents) {
  if (typeof contents !== "string") return contents.length;
  return contents.length * 3 <= MAX_SOURCE_BYTES ? contents.length : new TextEncoder().encode(contents).length;
}
function parseWithinLimits(text6, bodyOffset, loc, markdown) {
  const deep = `lists, block quotes or emphasis are nested more than ${MAX_NESTING} levels deep; minutebook stops reading here`;
  const early = deepLine(text6, bodyOffset);
  if (early !== void 0) return { limit: `The Markdown is too deeply nested: ${deep}`, at: loc.point(early) };
  const crowdedAt = crowdedBlock(text6, bodyOffset);
  const crowded = crowdedAt === void 0 ? void 0 : loc.point(crowdedAt);
  if (crowded) return { limit: `This paragraph holds more than ${MAX_INLINE_MARKS} emphasis or link marks (\`*\`, \`_\`, \`~\`, \`[\`); minutebook stops reading here`, at: crowded };
  let tree;
  try {
    tree = parseMarkdown(text6, markdown);
  } catch (e) {
    if (e instanceof RangeError) return { limit: `The Markdown cannot be read: ${deep}`, at: { line: 1, column: 1, offset: 0 } };
    throw e;
  }
  const node2 = tooDeep(tree);
  if (!node2) return tree;
  const s = node2.position?.start;
  return { limit: `The Markdown is too deeply nested: ${deep}`, at: s ? { line: s.line, column: s.column, offset: s.offset ?? 0 } : { line: 1, column: 1, offset: 0 } };
}
function runFileRules(base, file) {
  for (const rule of fileRules) {
    const ctx = { ...base, report: (place, message, options) => void addFinding(file, rule, base.config, place, message, options?.fix) };
    rule.check(ctx);
  }
}

// src/core/release-syntax.ts
function releaseSyntax(a) {
  delete a.tree;
  const m = a.meeting;
  if (!m) return;
  m.preamble = [];
  for (const action of m.actions) action.content = [];
  m.agenda = [];
  m.decisions = [];
  m.motions = [];
  m.attendanceChanges = [];
  m.headingJumps = [];
  m.numberedParagraphs = [];
  m.nextMeetings = [];
  m.attendees = [];
  m.participants = [];
  m.observers = [];
  m.apologies = [];
  m.absent = [];
  for (const p of m.people) p.fields = {};
  m.mentions = [];
  for (const action of m.actions) action.node = bare(action.node);
  const placed = m.outstandingPlacement;
  if (placed.kind !== "before-agenda") m.outstandingPlacement = { kind: placed.kind, node: bare(placed.node) };
}
function bare(node2) {
  return { type: node2.type, ...node2.position ? { position: node2.position } : {}, ..."children" in node2 ? { children: [] } : {} };
}

// src/core/check.ts
function analyseForCheck(input, config, options) {
  const reads = { exists: {}, history: false };
  const { exists, history } = options;
  const a = analyse(input, config, {
    ...exists ? { exists: (p) => reads.exists[p] = exists(p) } : {},
    ...history ? { history: (p) => (reads.history = true, history(p)) } : {},
    // Trees that are released after the rules feed no output: they can skip GFM's link literals.
    autolinkLiterals: options.release !== true
  });
  if (options.release) releaseSyntax(a);
  a.reads = reads;
  return a;
}

// src/series/facts.ts
function factsOf(m) {
  const f = {
    title: m.title,
    status: m.status,
    headSource: m.headSource,
    fields: m.fields,
    people: m.people.map(personFacts),
    reviews: m.reviews,
    actions: m.actions.map(actionFacts),
    approvals: m.approvals
  };
  for (const k of ["committee", "code", "meeting", "meetingNumber", "meetingSuffix", "date"]) if (m[k] !== void 0) f[k] = m[k];
  if (m.frontMatterSpan) f.frontMatterSpan = m.frontMatterSpan;
  const heading2 = m.titleHeading?.position;
  if (heading2) f.titleAt = { start: pointOf(heading2.start), end: pointOf(heading2.end) };
  if (m.reviewSection) f.reviewSection = m.reviewSection;
  if (m.approved) f.approved = m.approved;
  return f;
}
var pointOf = (p) => ({ line: p.line, column: p.column, offset: p.offset ?? 0 });
var personFacts = (p) => ({ name: p.name, parts: p.parts, nameSpan: p.nameSpan });
function actionFacts(a) {
  const f = { id: a.id, identity: a.identity, notation: a.notation, certain: a.certain, text: a.text, span: a.span, idSpan: a.idSpan, idWellFormed: a.idWellFormed, owners: a.owners.map((o) => ({ text: o.text, kind: o.kind })) };
  if (a.owner !== void 0) f.owner = a.owner;
  if (a.due !== void 0) f.due = a.due;
  if (a.item !== void 0) f.item = a.item;
  return f;
}

// src/core/file-result.ts
function fileResultOf(a) {
  const r = { findings: a.file.messages.map(storedFinding) };
  if (a.meeting) r.facts = factsOf(a.meeting);
  if (a.directives?.length && (a.loc || a.directiveLines)) {
    const lines = a.loc ? {} : { ...a.directiveLines };
    if (a.loc) for (const d of a.directives) for (const o of [d.start, d.end]) lines[o] = a.loc.point(o).line;
    r.directives = { list: a.directives, lines };
  }
  if (a.notMinutes !== void 0) r.notMinutes = a.notMinutes;
  if (a.reads) r.reads = a.reads;
  return r;
}
function storedFinding(m) {
  const f = { reason: m.reason };
  if (m.place) f.place = m.place;
  if (m.ruleId) f.ruleId = m.ruleId;
  if (m.fatal !== void 0 && m.fatal !== null) f.fatal = m.fatal;
  if (m.url !== void 0) f.url = m.url;
  if (m.fix) f.fix = m.fix;
  return f;
}

// src/cli/git-history.ts
var import_node_child_process = require("node:child_process");
var import_node_path3 = require("node:path");
var MAX_VERSIONS = 100;
function* gitHistory(path2) {
  const abs = (0, import_node_path3.resolve)(path2);
  const cwd = (0, import_node_path3.dirname)(abs);
  const git = (...args) => (0, import_node_child_process.spawnSync)("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const log = git("log", "--format=%H", "-n", String(MAX_VERSIONS), "--", (0, import_node_path3.basename)(abs));
  if (log.status !== 0 || log.error) return;
  for (const commit of log.stdout.split("\n").filter(Boolean)) {
    const shown = git("show", `${commit}:./${(0, import_node_path3.basename)(abs)}`);
    if (shown.status === 0) yield shown.stdout;
  }
}

// src/cli/analyse-worker.ts
var known = /* @__PURE__ */ new Map();
function sameConfig(c) {
  const key = JSON.stringify(c);
  let kept = known.get(key);
  if (!kept) known.set(key, kept = c);
  return kept;
}
function analyseBatch(task) {
  const configs = task.configs.map(sameConfig);
  return task.inputs.map((input, i) => {
    const a = analyseForCheck(input, configs[task.configOf[i]], { exists: import_node_fs.existsSync, release: task.release, ...task.history ? { history: gitHistory } : {} });
    return task.slim ? { result: fileResultOf(a) } : { sent: sendAnalysis(a) };
  });
}
