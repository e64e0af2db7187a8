package mirparse

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mirlsp/internal/nesting"
	"mirlsp/mir"
)

// TestNestingLimit: every nesting construct parses at the limit and is a
// positioned syntax error, not a stack overflow, a million levels deep.
func TestNestingLimit(t *testing.T) {
	tooDeep := regexp.MustCompile(fmt.Sprintf(`^x\.mir:\d+:\d+: nesting too deep: more than %d levels`, MaxNesting))
	for _, c := range nesting.MIR {
		t.Run(c.Name, func(t *testing.T) {
			// Places nest one level below the statement's operand, constants one
			// below the operand: the limit counts every level.
			ok := MaxNesting - 2
			if _, errs := Parse("x.mir", []byte(c.Rust(ok))); len(errs) != 0 {
				t.Errorf("depth %d: %v", ok, errs)
			}
			for _, d := range []int{MaxNesting + 1, 1_000_000} {
				src := c.Rust(d)
				f, errs := Parse("x.mir", []byte(src))
				if len(errs) == 0 || !tooDeep.MatchString(errs[0].Error()) {
					t.Fatalf("depth %d: errors %v, want nesting too deep", d, errs)
				}
				if len(f.Items) != 0 {
					t.Errorf("depth %d: %d items, want none", d, len(f.Items))
				}
				// The error points at the token one past the limit.
				e := errs[0]
				if e.Line < 1 || e.Span.Start <= 0 || e.Span.Start >= len(src) {
					t.Errorf("depth %d: error at %d:%d (offset %d)", d, e.Line, e.Col, e.Span.Start)
				}
			}
		})
	}
}

// TestNestingRecovers: an item nested too deep does not hide the next one.
func TestNestingRecovers(t *testing.T) {
	src := nesting.MIR[0].Rust(5000) + "\nconst Y: u8 = const 7_u8;\n"
	f, errs := Parse("x.mir", []byte(src))
	if len(errs) != 1 || len(f.Items) != 1 || f.Items[0].Name != "Y" {
		t.Fatalf("errors %v, items %d", errs, len(f.Items))
	}
	if errs[0].Line != 1 || errs[0].Col != len("const X: ")+MaxNesting+1 {
		t.Errorf("error at %d:%d", errs[0].Line, errs[0].Col)
	}
}

// TestInternUnique: a file has one *Ty per type text, as when every type
// was interned by its text.
func TestInternUnique(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.mir")
	more, _ := filepath.Glob("../testdata/seed/*.mir")
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no MIR corpus")
	}
	src := []byte(nesting.MIR[0].Rust(50) + nesting.MIR[3].Rust(50) + nesting.MIR[5].Rust(50) +
		"fn f(_1: (Option<(u8, [&u8; 2])>, (u8,))) -> (Option<(u8, [&u8; 2])>, (u8,)) {\n    bb0: {\n        return;\n    }\n}\n")
	check := func(name string, src []byte) {
		p := newParser(name, src, MaxNesting)
		p.advance()
		p.parseFile()
		byText := map[string]*mir.Ty{}
		for _, m := range []map[string]*mir.Ty{p.types, p.shapes} {
			for _, ty := range m {
				if old, ok := byText[ty.Text]; ok && old != ty {
					t.Errorf("%s: two types %q", name, ty.Text)
				}
				byText[ty.Text] = ty
			}
		}
	}
	check("nested.mir", src)
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		check(path, data)
	}
}

// BenchmarkNestedTuple parses a tuple type nested 1k, 10k and 100k deep
// (the limit raised for the benchmark): time and allocations grow
// linearly with the depth.
func BenchmarkNestedTuple(b *testing.B) {
	for _, d := range []int{1_000, 10_000, 100_000} {
		src := []byte(nesting.MIR[0].Rust(d))
		b.Run(fmt.Sprintf("depth=%d", d), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, errs := parse("x.mir", src, 1<<30); len(errs) != 0 {
					b.Fatal(errs)
				}
			}
		})
	}
}

// BenchmarkNestedPlace is BenchmarkNestedTuple for places and constants.
func BenchmarkNestedPlace(b *testing.B) {
	for _, c := range []string{"field-place", "tuple-const"} {
		for _, d := range []int{1_000, 10_000, 100_000} {
			var src []byte
			for _, n := range nesting.MIR {
				if n.Name == c {
					src = []byte(n.Rust(d))
				}
			}
			b.Run(fmt.Sprintf("%s/depth=%d", c, d), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, errs := parse("x.mir", src, 1<<30); len(errs) != 0 {
						b.Fatal(strings.Split(errs.Error(), "\n")[0])
					}
				}
			})
		}
	}
}
