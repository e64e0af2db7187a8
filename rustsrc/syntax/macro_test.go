package syntax

import (
	"os"
	"testing"
)

// Every macro_rules! of the repository's Rust files, called with the
// arguments of every macro call of the same file: expansion and parsing
// the result never panic, and stay bounded.
func TestMacroExpandNoPanic(t *testing.T) {
	files := rustFiles(t, "../../testdata", "testdata")
	ran := 0
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := ParseEdition(name, src, fileEdition(name))
		var macs []*Macro
		var calls []*MacCall
		Inspect(f, func(n Node) bool {
			switch n := n.(type) {
			case *MacroRules:
				if m, err := CompileMacro(n); err == nil {
					macs = append(macs, m)
				}
			case *MacCall:
				calls = append(calls, n)
			}
			return true
		})
		if len(calls) > 50 {
			calls = calls[:50]
		}
		for _, m := range macs {
			for _, c := range calls {
				ran++
				out, err := m.Expand(c.Args, []Token{{Kind: IdentTok, Text: "crate"}}, c.Span)
				if err != nil {
					continue
				}
				_, _ = ParseTreesExpr(out, c.Span.End)
				_, _ = ParseTreesItems(out, c.Span.End)
			}
		}
	}
	if ran == 0 {
		t.Fatal("no macro expanded")
	}
}
