const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);

// src/core/predicates/json-error-offset.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
function findJsonErrorOffset(text) {
  const stack = [];
  let i = 0;
  let expect = "value";
  for (; ; ) {
    while (i < text.length && WS.has(text[i])) i++;
    const c = text[i];
    if (expect === "after") {
      const top = stack.at(-1);
      if (top === void 0) return i < text.length ? i : void 0;
      if (c === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
        continue;
      }
      if (c === (top === "{" ? "}" : "]")) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
    if (expect === "key" || expect === "keyOrClose") {
      if (expect === "keyOrClose" && c === "}") {
        stack.pop();
        i++;
        expect = "after";
        continue;
      }
      if (c !== '"') return i;
      const end2 = scanString(text, i);
      if (end2 < 0) return ~end2;
      i = end2;
      while (i < text.length && WS.has(text[i])) i++;
      if (text[i] !== ":") return i;
      i++;
      expect = "value";
      continue;
    }
    if (expect === "valueOrClose" && c === "]") {
      stack.pop();
      i++;
      expect = "after";
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      expect = c === "{" ? "keyOrClose" : "valueOrClose";
      continue;
    }
    const end = scanScalar(text, i);
    if (end < 0) return ~end;
    i = end;
    expect = "after";
  }
}
function scanScalar(text, i) {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : void 0;
  if (word !== void 0) {
    for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return ~(i + k);
    return i + word.length;
  }
  if (c === "-" || isDigit(c)) return scanNumber(text, i);
  return ~i;
}
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function scanNumber(text, i) {
  let j = text[i] === "-" ? i + 1 : i;
  if (text[j] === "0") j++;
  else if (isDigit(text[j])) while (isDigit(text[j])) j++;
  else return ~j;
  if (text[j] === ".") {
    j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  if (text[j] === "e" || text[j] === "E") {
    j++;
    if (text[j] === "+" || text[j] === "-") j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  return j;
}
function scanString(text, i) {
  STRING_BODY.lastIndex = i + 1;
  const m = STRING_BODY.exec(text);
  if (m !== null) return i + 1 + m[0].length;
  let j = i + 1;
  for (; ; ) {
    const ch = text[j];
    if (ch === void 0 || ch < " ") return ~j;
    if (ch === '"') return j + 1;
    if (ch !== "\\") {
      j++;
      continue;
    }
    const esc = text[j + 1];
    if (esc !== void 0 && '"\\/bfnrt'.includes(esc)) {
      j += 2;
      continue;
    }
    if (esc !== "u") return ~(j + 1);
    for (let k = j + 2; k < j + 6; k++) if (!/[0-9a-fA-F]/.test(text[k] ?? "")) return ~k;
    j += 6;
  }
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    const ch = text[k];
    if (ch === "\n" || ch === "\r" && text[k + 1] !== "\n") {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export {
  findJsonErrorOffset,
  lineAndColumn
};
