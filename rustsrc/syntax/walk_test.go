// walk_test.go checks that Inspect reaches every node of the tree.

package syntax

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// allNodes collects by reflection every pointer node reachable from root.
func allNodes(root any) map[Node]bool {
	nodes := map[Node]bool{}
	nodeType := reflect.TypeOf((*Node)(nil)).Elem()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Type().Implements(nodeType) {
				n := v.Interface().(Node)
				if nodes[n] {
					return
				}
				nodes[n] = true
			}
			walk(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeOf(TokenTree{}) || v.Type() == reflect.TypeOf(Lines{}) {
				return
			}
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(root))
	return nodes
}

func TestInspectComplete(t *testing.T) {
	for _, name := range rustFiles(t, "../../testdata", "testdata") {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := Parse(name, src)
		want := allNodes(f)
		got := map[Node]bool{}
		Inspect(f, func(n Node) bool {
			got[n] = true
			return true
		})
		for n := range want {
			if !got[n] {
				t.Errorf("%s: Inspect missed a %T at %v", name, n, n.NodeSpan())
				break
			}
		}
	}
}

// TestSpans checks that expression spans cover exactly their text, as
// rustc's primary spans do.
func TestSpans(t *testing.T) {
	src := `const X: usize = 4096 - (5000 + N) * 2;
const Y: u8 = fact(3).pow(2) as u8;
const Z: [u8; 2] = [ARR[7], -x.0.1];
fn f() { let v = S { a: 1, ..D }; if let Some(q) = o { q? } else { 'l: loop { break 'l } } }
`
	f, err := Parse("s.rs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	Inspect(f, func(n Node) bool {
		switch n.(type) {
		case Expr:
			sp := n.NodeSpan()
			got = append(got, src[sp.Start:sp.End])
		}
		return true
	})
	want := []string{
		"4096 - (5000 + N) * 2", "4096", "(5000 + N) * 2", "(5000 + N)", "5000 + N", "5000", "N", "2",
		"fact(3).pow(2) as u8", "fact(3).pow(2)", "fact(3)", "fact", "3", "2",
		"2", "[ARR[7], -x.0.1]", "ARR[7]", "ARR", "7", "-x.0.1", "x.0.1", "x.0", "x",
		"S { a: 1, ..D }", "1", "D",
		"if let Some(q) = o { q? } else { 'l: loop { break 'l } }", "let Some(q) = o", "o", "q?", "q",
		"{ 'l: loop { break 'l } }", "'l: loop { break 'l }", "break 'l",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d expressions %q", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("expression %d: got %q, want %q", i, got[i], want[i])
		}
	}
	pos := f.Lines.Position(strings.Index(src, "(5000"))
	if pos.Line != 1 || pos.Column != 25 {
		t.Errorf("position %v", pos)
	}
}
