// Package nesting generates deeply nested Rust and MIR programs: the inputs
// with which the parsers' and walkers' depth limits are tested, and with
// which cmd/rustcnesting measures how deep rustc itself accepts each
// construct (testdata/nesting/rustc-limits.json, docs/nesting.md).
//
// Each construct is a function of the depth d that returns a whole file.
// Depth counts the nesting of the construct itself (d pairs of parentheses,
// d nested blocks, d binary operators in a chain, ...).
package nesting

import "strings"

// Construct is one kind of nesting in a Rust source file.
type Construct struct {
	Name string
	// Rust returns a library crate nesting the construct d deep.
	Rust func(d int) string
}

func rep(s string, d int) string { return strings.Repeat(s, d) }

// Rust lists the constructs: expressions, types, patterns, blocks, items,
// macro token trees, attributes and generic arguments.
var Rust = []Construct{
	{"paren-expr", func(d int) string { return "pub const X: i32 = " + rep("(", d) + "1" + rep(")", d) + ";\n" }},
	{"tuple", func(d int) string {
		return "pub const X: " + rep("(", d) + "i32" + rep(",)", d) + " = " + rep("(", d) + "1" + rep(",)", d) + ";\n"
	}},
	{"array", func(d int) string {
		return "pub const X: " + rep("[", d) + "i32" + rep("; 1]", d) + " = " + rep("[", d) + "1" + rep("]", d) + ";\n"
	}},
	{"block", func(d int) string { return "pub const X: i32 = " + rep("{ ", d) + "1" + rep(" }", d) + ";\n" }},
	{"if-else", func(d int) string {
		return "pub const X: i32 = " + rep("if true { ", d) + "1" + rep(" } else { 0 }", d) + ";\n"
	}},
	{"ref", func(d int) string { return "pub const X: " + rep("&", d) + "i32 = " + rep("&", d) + "1;\n" }},
	{"neg", func(d int) string { return "pub const X: i32 = " + rep("-", d) + "1;\n" }},
	{"not", func(d int) string { return "pub const X: bool = " + rep("!", d) + "true;\n" }},
	{"add-chain", func(d int) string { return "pub const X: i32 = 1" + rep(" + 1", d) + ";\n" }},
	{"method-chain", func(d int) string {
		return "pub const X: i32 = 1i32" + rep(".wrapping_add(1)", d) + ";\n"
	}},
	{"generic-args", func(d int) string {
		return "pub const X: " + rep("Option<", d) + "i32" + rep(">", d) + " = " + rep("Some(", d) + "1" + rep(")", d) + ";\n"
	}},
	{"paren-pattern", func(d int) string {
		return "pub const fn f(x: i32) -> i32 { let " + rep("(", d) + "a" + rep(")", d) + " = x; a }\npub const X: i32 = f(1);\n"
	}},
	{"tuple-pattern", func(d int) string {
		return "pub const fn f(x: " + rep("(", d) + "i32" + rep(",)", d) + ") -> i32 { let " + rep("(", d) + "a" + rep(",)", d) + " = x; a }\n"
	}},
	{"closure", func(d int) string { return "pub fn f() { let _c = " + rep("|| ", d) + "1; }\n" }},
	{"mod", func(d int) string { return rep("pub mod a { ", d) + "pub const X: i32 = 1;" + rep(" }", d) + "\n" }},
	{"macro-tokens", func(d int) string {
		return "macro_rules! m { ($($t:tt)*) => { 1 } }\npub const X: i32 = m!(" + rep("(", d) + rep(")", d) + ");\n"
	}},
	{"attribute", func(d int) string {
		return "#[cfg(" + rep("all(", d) + rep(")", d) + ")]\npub const X: i32 = 1;\n"
	}},
}

// MIR lists the constructs of a MIR file that nest: types (tuples, arrays,
// references, generic arguments, fn pointers, qualified paths), constants,
// places and scopes.
var MIR = []Construct{
	{"tuple-type", func(d int) string { return mirConst(rep("(", d)+"u8"+rep(",)", d), "const 1_u8") }},
	{"array-type", func(d int) string { return mirConst(rep("[", d)+"u8"+rep("; 1]", d), "const 1_u8") }},
	{"ref-type", func(d int) string { return mirConst(rep("&", d)+"u8", "const 1_u8") }},
	{"generic-args", func(d int) string { return mirConst(rep("Option<", d)+"u8"+rep(">", d), "const 1_u8") }},
	{"fn-ptr-type", func(d int) string { return mirConst(rep("fn(", d)+rep(")", d), "const 1_u8") }},
	{"qualified-path", func(d int) string { return mirConst(rep("<", d)+"u8"+rep(" as A>::B", d), "const 1_u8") }},
	{"tuple-const", func(d int) string { return mirConst("u8", "const "+rep("(", d)+"1_u8"+rep(",)", d)) }},
	{"adt-const", func(d int) string { return mirConst("u8", "const "+rep("W(", d)+"1_u8"+rep(")", d)) }},
	{"deref-place", func(d int) string { return mirConst("u8", "copy "+rep("(*", d)+"_1"+rep(")", d)) }},
	{"field-place", func(d int) string { return mirConst("u8", "copy "+rep("(", d)+"_1"+rep(".0: u8)", d)) }},
	{"scope", func(d int) string {
		return "const X: u8 = {\n    let mut _0: u8;\n" + rep("    scope 1 {\n", d) + rep("    }\n", d) +
			"\n    bb0: {\n        _0 = const 1_u8;\n        return;\n    }\n}\n"
	}},
}

// mirConst is a MIR const item of type ty whose body assigns rv to its
// return place.
func mirConst(ty, rv string) string {
	return "const X: " + ty + " = {\n    let mut _0: " + ty + ";\n    let _1: u8;\n\n    bb0: {\n        _0 = " + rv + ";\n        return;\n    }\n}\n"
}
