package cache

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// rustEditCrate is a crate of two files whose consts reference each
// other across files and call const fns; consts of type u32 are edited.
var rustEditCrate = [2]string{`mod a;
pub const A: u32 = 5;
pub const B: u32 = A * 3;
pub const fn twice(n: u32) -> u32 {
    n * 2
}
pub const C: u32 = twice(B) + a::X;
pub static S: u32 = C + 1;
pub const D: [u32; 3] = [A, B, C];
pub const E: u32 = D[2] - 4;
pub const OPT: Option<u32> = if C > 10 { Some(C) } else { None };
`, `pub const X: u32 = 7;
pub const Z: u32 = crate::A + X;
pub const fn sum(n: u32) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < n {
        s += i;
        i += 1;
    }
    s
}
pub const W: u32 = sum(Z % 10);
pub const Y: u32 = W + crate::E;
`}

// rustEditOrder orders the consts: an edit references only earlier ones
// (a cycle's error depends on which of its consts is evaluated first).
var rustEditOrder = []string{"X", "A", "B", "C", "S", "D", "E", "Z", "W", "Y"}

// rustEditFile is the file each const is in (0 lib.rs, 1 a.rs).
var rustEditFile = map[string]int{"X": 1, "A": 0, "B": 0, "C": 0, "S": 0, "D": 0, "E": 0, "Z": 1, "W": 1, "Y": 1}

var rustEditExprs = []string{"0", "7", "$P + 1", "$P * 2", "$P - 100", "$T($P)", "$U(5)", "[1, 2, 3][$P as usize]",
	"u32::MAX + $P", "$P / ($P - 15)", "if $P > 3 { $P } else { 7 }", "undefined", "1 +", "$P + $P", "$D[1]"}

// rustEditExpr returns an initializer for const name in file k.
func rustEditExpr(rng *rand.Rand, name string, k int) string {
	at := slices.Index(rustEditOrder, name)
	path := func(c string) string {
		if rustEditFile[c] == k {
			return c
		}
		return [2]string{"crate::", "a::"}[rustEditFile[c]] + c
	}
	earlier := func(ok func(string) bool) string {
		var l []string
		for _, c := range rustEditOrder[:at] {
			if ok(c) {
				l = append(l, c)
			}
		}
		if len(l) == 0 {
			return ""
		}
		return path(l[rng.Intn(len(l))])
	}
	for {
		e := rustEditExprs[rng.Intn(len(rustEditExprs))]
		p, d := earlier(func(c string) bool { return c != "D" }), earlier(func(c string) bool { return c == "D" })
		if strings.Contains(e, "$P") && p == "" || strings.Contains(e, "$D") && d == "" {
			continue
		}
		e = strings.ReplaceAll(e, "$D", d)
		e = strings.ReplaceAll(e, "$T", [2]string{"twice", "crate::twice"}[k])
		e = strings.ReplaceAll(e, "$U", [2]string{"a::sum", "sum"}[k])
		for strings.Contains(e, "$P") {
			e = strings.Replace(e, "$P", earlier(func(c string) bool { return c != "D" }), 1)
		}
		return e
	}
}

var rustEditFn = regexp.MustCompile(`const fn twice\(n: u32\) -> u32 \{\n    ([^\n]*)\n`)

var rustEditFnBodies = []string{"n * 2", "n + 1", "n - 100", "n / (n - 15)", "[1, 2, 3][n as usize]", "n * n * n * n * n",
	"undefined(n)", "n +", "{ let mut k = 0; while k < n { k += 3; } k }"}

var rustEditConst = regexp.MustCompile(`(?m)(const|static) (\w+): u32 = ([^;\n]*);`)

// TestRustEditsEqualFresh edits a two-file crate at random through one
// store (which lowers edits incrementally where it can and keeps
// results by key) and checks after every edit that each item's result
// equals that of a fresh store.
func TestRustEditsEqualFresh(t *testing.T) {
	dir := t.TempDir()
	paths := [2]string{filepath.Join(dir, "lib.rs"), filepath.Join(dir, "a.rs")}
	texts := rustEditCrate
	docs := func() []Document {
		var ds []Document
		for i, p := range paths {
			ds = append(ds, Document{URI: "file://" + p, Path: p, Text: []byte(texts[i])})
		}
		return ds
	}
	s, err := NewStore(Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	results := func(s *Store) string {
		p := s.Plan(docs())
		var out string
		for _, da := range p.Docs {
			for _, it := range da.Rust.Items {
				if it.MIR == nil {
					out += fmt.Sprintf("%s: unsupported %s\n", it.Name, it.Unsupported)
					continue
				}
				r := p.Eval(context.Background(), it.MIR)
				out += fmt.Sprintf("%s %v %v: %q %q", it.Name, it.Span, it.Hint, r.Value, r.Unsupported)
				if r.Err != nil {
					out += fmt.Sprintf(" error %q at %v", r.Err.Msg, r.Err.Span)
					for _, f := range r.Err.Frames {
						out += fmt.Sprintf(" [%s %v]", f.Func, f.Span)
					}
				}
				out += "\n"
			}
		}
		return out
	}
	results(s)
	rng := rand.New(rand.NewSource(3))
	incremental := 0
	const edits = 300
	for i := 0; i < edits; i++ {
		if rng.Intn(6) == 0 {
			// The body of twice.
			m := rustEditFn.FindStringSubmatchIndex(texts[0])
			texts[0] = texts[0][:m[2]] + rustEditFnBodies[rng.Intn(len(rustEditFnBodies))] + texts[0][m[3]:]
		} else {
			k := rng.Intn(2)
			ms := rustEditConst.FindAllStringSubmatchIndex(texts[k], -1)
			m := ms[rng.Intn(len(ms))]
			texts[k] = texts[k][:m[6]] + rustEditExpr(rng, texts[k][m[4]:m[5]], k) + texts[k][m[7]:]
		}
		before := s.crates[paths[0]]
		got := results(s)
		if after := s.crates[paths[0]]; before != nil && after.crate.Files[0].AST == before.crate.Files[0].AST {
			incremental++
		}
		fresh, err := NewStore(Options{Version: "test"})
		if err != nil {
			t.Fatal(err)
		}
		if want := results(fresh); got != want {
			t.Fatalf("edit %d:\n%s\nwant\n%s\n%s\n%s", i, got, want, texts[0], texts[1])
		}
	}
	t.Logf("%d of %d edits lowered incrementally", incremental, edits)
	if incremental < edits/3 {
		t.Errorf("only %d of %d edits lowered incrementally", incremental, edits)
	}
	// Closing the documents drops the crate.
	s.Plan(nil)
	if len(s.crates) != 0 {
		t.Errorf("%d crates kept after closing their documents", len(s.crates))
	}
}
