// fuzz_test.go holds the parser's fuzz target and robustness tests.

package syntax

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"mirlsp/internal/nesting"
)

// checkSpans walks a tree by reflection and reports spans outside [0, n]
// or reversed.
func checkSpans(t *testing.T, root any, n int) {
	t.Helper()
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == spanType {
				sp := v.Interface().(Span)
				if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
					t.Fatalf("bad span %v in a %d-byte input", sp, n)
				}
				return
			}
			if v.Type() == reflect.TypeOf(Lines{}) {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(root))
}

func checkParse(t *testing.T, src []byte) {
	f, err := Parse("fuzz.rs", src)
	if f == nil {
		t.Fatal("nil file")
	}
	if list, ok := err.(ErrorList); ok {
		for _, e := range list {
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("%v", e)
			}
			if e.Span.Start < 0 || e.Span.End > len(src) || e.Pos.Line < 1 || e.Pos.Column < 1 {
				t.Fatalf("bad error position %v %v", e.Span, e.Pos)
			}
		}
	} else if err != nil {
		t.Fatalf("error of type %T", err)
	}
	checkSpans(t, f, len(src))
	_ = Dump(f)
	x, err := ParseExpr(string(src))
	if err != nil && strings.Contains(err.Error(), "internal error") {
		t.Fatal(err)
	}
	if x != nil {
		checkSpans(t, x, len(src))
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range rustFiles(f, "../../testdata", "testdata") {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	data, err := os.ReadFile("testdata/exprs.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f.Add([]byte(line))
	}
	// Nested expressions, types, patterns, items and token trees.
	for _, c := range nesting.Rust {
		f.Add([]byte(c.Rust(40)))
	}
	f.Fuzz(checkParse)
}

// TestDeepNesting checks that hostile nesting gives an error, not a crash:
// "nesting too deep" for everything that nests the tree.
func TestDeepNesting(t *testing.T) {
	const n = 50000
	// Flat in the tree: repeated tokens that are not nesting.
	flat := []string{
		strings.Repeat("(", n),
		strings.Repeat("fn ", n),
		strings.Repeat("mod m {", n), // unclosed: the errors are the missing `}`s
		"fn f() { " + strings.Repeat("..", n) + "; }",
		"fn f() { " + strings.Repeat("#[a] ", n) + "1; }",
		"fn f() { let " + strings.Repeat("a | ", n) + "b = 1; }",
		"impl X { " + strings.Repeat("fn f() {} ", n/10) + "}",
		strings.Repeat("trait A { fn f() { ", n/10),
		"fn f() { " + strings.Repeat("x.0", n) + "; }",
	}
	nested := []string{
		"const X: u8 = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + ";",
		"const X: u8 = " + strings.Repeat("-", n) + "1;",
		"const X: u8 = " + strings.Repeat("&", n) + "1;",
		"fn f() " + strings.Repeat("{", n) + strings.Repeat("}", n),
		"type T = " + strings.Repeat("&", n) + "u8;",
		"type T = " + strings.Repeat("Vec<", n) + "u8" + strings.Repeat(">", n) + ";",
		"type T = " + strings.Repeat("fn() -> ", n) + "u8;",
		"type T = " + strings.Repeat("<", n) + "u8" + strings.Repeat(" as A>::B", n) + ";",
		"type T = " + strings.Repeat("dyn A<", n) + "u8" + strings.Repeat(">", n) + ";",
		"fn f() { let " + strings.Repeat("(", n) + "x" + strings.Repeat(")", n) + " = 1; }",
		"fn f() { let " + strings.Repeat("&", n) + "x = 1; }",
		"fn f() { let " + strings.Repeat("S { a: ", n) + "x" + strings.Repeat(" }", n) + " = 1; }",
		"fn f() { let " + strings.Repeat("[", n) + "x" + strings.Repeat("]", n) + " = 1; }",
		"fn f() { let " + strings.Repeat("box ", n) + "x = 1; }",
		"m!" + strings.Repeat("(", n) + strings.Repeat(")", n) + ";",
		"#[a" + strings.Repeat("(", n) + strings.Repeat(")", n) + "] fn f() {}",
		"fn f() { x" + strings.Repeat(".f()", n) + "; }",
		"fn f() { 1" + strings.Repeat(" + 1", n) + "; }",
		"fn f() { a" + strings.Repeat(" = a", n) + "; }",
		"fn f() { if a {}" + strings.Repeat(" else if a {}", n) + " }",
		"fn f() { x" + strings.Repeat("?", n) + "; }",
		"fn f() { " + strings.Repeat("|x| ", n) + "x; }",
		"fn f() { " + strings.Repeat("return ", n) + "; }",
		"fn f() { 1" + strings.Repeat(" as u8", n) + "; }",
		"fn f() { x" + strings.Repeat(".0", n) + "; }",
		"fn f() { let _ = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "; }",
		"fn f() { " + strings.Repeat("loop { ", n) + strings.Repeat("}", n) + " }",
		"fn f() { " + strings.Repeat("match x { _ => ", n) + "1" + strings.Repeat("}", n) + " }",
		"fn f() { " + strings.Repeat("S { a: ", n) + "1" + strings.Repeat(" }", n) + "; }",
		"fn f() { " + strings.Repeat("f(", n) + strings.Repeat(")", n) + "; }",
		"fn f() { " + strings.Repeat("x[", n) + "0" + strings.Repeat("]", n) + "; }",
		"fn f() { let x = " + strings.Repeat("async { ", n) + strings.Repeat("}", n) + "; }",
		"use " + strings.Repeat("a::{", n) + "b" + strings.Repeat("}", n) + ";",
		"impl " + strings.Repeat("A<", n) + "u8" + strings.Repeat(">", n) + " {}",
		"fn f<T: " + strings.Repeat("A<", n) + "u8" + strings.Repeat(">", n) + ">() {}",
		"const X: [u8; " + strings.Repeat("{", n) + "1" + strings.Repeat("}", n) + "] = [];",
	}
	for i, src := range append(flat, nested...) {
		_, err := Parse("deep.rs", []byte(src))
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Errorf("input %d (%.20q...): %v", i, src, err)
		}
		if i >= len(flat) && (err == nil || !strings.Contains(err.Error(), ": nesting too deep: more than ")) {
			t.Errorf("input %d (%.20q...): %.200v, want nesting too deep", i, src, err)
		}
	}
}
