// The MIR grammar (syntaxes/mir.tmLanguage.json) tokenized by VS Code's own
// TextMate engine (vscode-textmate with the oniguruma it uses), on rustc's
// MIR from testdata/: each check names a token and a scope it must have.
// Run with `npm test` (node's test runner).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const onig = require("vscode-oniguruma");
const vsctm = require("vscode-textmate");

const here = path.dirname(fileURLToPath(import.meta.url));
const ext = path.join(here, "..");
// The repository's testdata/ (MIRLSP_TESTDATA for a copy of the extension elsewhere).
const testdata = process.env.MIRLSP_TESTDATA || path.join(ext, "..", "..", "testdata");

await onig.loadWASM(readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer);
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
    createOnigString: (s) => new onig.OnigString(s),
  }),
  loadGrammar: async (scopeName) => {
    if (scopeName !== "source.mir") {
      return null;
    }
    const file = path.join(ext, "syntaxes", "mir.tmLanguage.json");
    return vsctm.parseRawGrammar(readFileSync(file, "utf8"), file);
  },
});
const grammar = await registry.loadGrammar("source.mir");

/** Every token of text: { line, text, scopes }. */
function tokenize(text) {
  const out = [];
  let state = vsctm.INITIAL;
  text.split("\n").forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = r.ruleStack;
  });
  return out;
}

/** Asserts that the first token whose text is `text` (on a line matching `onLine`) has `scope`. */
function expectScope(tokens, lines, text, scope, onLine) {
  const t = tokens.find((t) => t.text.trim() === text && (!onLine || onLine.test(lines[t.line])));
  assert.ok(t, `no token ${JSON.stringify(text)}${onLine ? " on a line matching " + onLine : ""}`);
  assert.ok(t.scopes.includes(scope), `${JSON.stringify(text)} on line ${t.line + 1} has ${t.scopes.join(" ")}, not ${scope}`);
}

const seedText = readFileSync(path.join(testdata, "seed", "seed-1.95.mir"), "utf8");
const seed = { tokens: tokenize(seedText), lines: seedText.split("\n") };
const arraysText = readFileSync(path.join(testdata, "corpus", "arrays.mir"), "utf8");
const arrays = { tokens: tokenize(arraysText), lines: arraysText.split("\n") };

test("every token is in source.mir", () => {
  for (const t of seed.tokens) {
    assert.equal(t.scopes[0], "source.mir");
  }
});

test("comments", () => {
  expectScope(seed.tokens, seed.lines, "// WARNING: This output format is intended for human consumers only", "comment.line.double-slash.mir");
});

test("item headers: const, fn and anon-const names", () => {
  expectScope(seed.tokens, seed.lines, "const", "storage.type.mir", /^const FOO/);
  expectScope(seed.tokens, seed.lines, "FOO", "entity.name.constant.mir", /^const FOO/);
  expectScope(seed.tokens, seed.lines, "use_foo", "entity.name.function.mir", /^fn use_foo/);
  expectScope(seed.tokens, seed.lines, "Foo::{constant#0}", "entity.name.constant.anon.mir");
});

test("keywords, locals and blocks", () => {
  expectScope(seed.tokens, seed.lines, "let", "keyword.control.mir");
  expectScope(seed.tokens, seed.lines, "mut", "keyword.control.mir");
  expectScope(seed.tokens, seed.lines, "move", "keyword.control.mir");
  expectScope(seed.tokens, seed.lines, "assert", "keyword.control.mir");
  expectScope(seed.tokens, seed.lines, "return", "keyword.control.mir");
  expectScope(seed.tokens, seed.lines, "_1", "variable.other.local.mir");
  expectScope(seed.tokens, seed.lines, "_0", "variable.other.local.mir");
  expectScope(seed.tokens, seed.lines, "bb0", "entity.name.label.block.mir", /bb0: \{/);
  expectScope(seed.tokens, seed.lines, "bb1", "entity.name.label.block.mir", /success: bb1/);
});

test("constants, operators and types", () => {
  expectScope(seed.tokens, seed.lines, "const", "keyword.other.const.mir", /_1 = const 12_i32/);
  expectScope(seed.tokens, seed.lines, "12_i32", "constant.numeric.mir");
  expectScope(seed.tokens, seed.lines, "42_usize", "constant.numeric.mir");
  expectScope(seed.tokens, seed.lines, "SubWithOverflow", "support.function.operator.mir");
  expectScope(seed.tokens, seed.lines, "IntToInt", "support.type.cast.mir");
  expectScope(seed.tokens, seed.lines, "usize", "storage.type.primitive.mir");
  expectScope(seed.tokens, seed.lines, "bool", "storage.type.primitive.mir");
});

test("strings with {} placeholders", () => {
  const t = seed.tokens.find((t) => t.text.includes("attempt to compute"));
  assert.ok(t && t.scopes.includes("string.quoted.double.mir"), JSON.stringify(t));
  expectScope(seed.tokens, seed.lines, "{}", "constant.other.placeholder.mir", /attempt to compute/);
});

test("allocation dumps: header, bytes, pointers, ASCII", () => {
  const header = arrays.lines.findIndex((l) => /^alloc\d+ \(/.test(l));
  assert.ok(header >= 0, "arrays.mir has an allocation dump");
  const name = arrays.lines[header].split(" ")[0];
  expectScope(arrays.tokens, arrays.lines, name, "entity.name.type.alloc.mir", /^alloc\d+ \(/);
  expectScope(arrays.tokens, arrays.lines, "size", "variable.parameter.mir", /^alloc\d+ \(/);
  const body = arrays.tokens.filter((t) => t.line > header && t.scopes.includes("constant.numeric.byte.mir"));
  assert.ok(body.length > 0, "no byte of the dump is constant.numeric.byte.mir");
  const ascii = arrays.tokens.filter((t) => t.line > header && t.scopes.includes("string.unquoted.ascii.mir"));
  assert.ok(ascii.length > 0, "the ASCII column is not string.unquoted.ascii.mir");
  // A reference to an allocation in a body.
  const ref = arrays.tokens.find((t) => /^alloc\d+$/.test(t.text) && !/^alloc\d+ \(/.test(arrays.lines[t.line]));
  if (ref) {
    assert.ok(ref.scopes.includes("entity.name.type.alloc.mir") || ref.scopes.includes("variable.other.pointer.mir"), ref.scopes.join(" "));
  }
});

test("pointers inside a dump", () => {
  const text = readFileSync(path.join(testdata, "corpus", "s_local_items.mir"), "utf8");
  const tokens = tokenize(text);
  const lines = text.split("\n");
  const ptr = tokens.find((t) => /^╾─+alloc\d+/.test(t.text));
  assert.ok(ptr, "s_local_items.mir has a pointer in a dump");
  assert.ok(ptr.scopes.includes("variable.other.pointer.mir"), ptr.scopes.join(" "));
  expectScope(tokens, lines, "0x00", "constant.numeric.offset.mir");
});

test("language configuration: brackets and comments", () => {
  const conf = JSON.parse(readFileSync(path.join(ext, "language-configuration.json"), "utf8"));
  assert.deepEqual(conf.comments, { lineComment: "//", blockComment: ["/*", "*/"] });
  assert.deepEqual(conf.brackets, [["{", "}"], ["[", "]"], ["(", ")"]]);
});
