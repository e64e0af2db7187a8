// walk_test.go checks that Inspect reaches every node of the tree.

package syntax

import (
	"os"
	"reflect"
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
