// macros_pos.go expands macro_rules! calls in type and pattern position
// (`const T: word!() = 7;`, `match x { small!() => … }`): the call's node
// is replaced in the syntax tree by the type or pattern it expands to.

package rustsrc

import (
	"fmt"
	"reflect"

	"mirlsp/rustsrc/syntax"
)

// typeOrPatCall expands a macro call in type or pattern position (n is
// the *syntax.MacType or *syntax.MacPat) and records the replacement in
// repl; a call that is not expanded stays (not supported, with a reason).
func (e *expander) typeOrPatCall(n syntax.Node, m *syntax.MacCall, sc *mscope, depth int, repl map[syntax.Node]syntax.Node) {
	d := e.lookup(m, sc)
	if d == nil {
		return
	}
	trees, err := e.expand(m, d, depth)
	if err != nil {
		e.t.errs[m] = err.Error()
		return
	}
	var x syntax.Node
	what := "type"
	if _, ok := n.(*syntax.MacType); ok {
		x, err = syntax.ParseTreesType(trees, m.Span.End)
	} else {
		what = "pattern"
		x, err = syntax.ParseTreesPat(trees, m.Span.End)
	}
	if err != nil || x == nil || reflect.ValueOf(x).IsNil() {
		e.t.errs[m] = fmt.Sprintf("the expansion of `%s!` does not parse as a %s: %v", d.mac.Name, what, err)
		return
	}
	e.strip.walk(x)
	e.inner(x, sc, depth+1)
	repl[n] = x
}

// replaceNodes replaces, in the tree below root, every interface-typed
// field or slice element holding a key of repl by its value.
func replaceNodes(root syntax.Node, repl map[syntax.Node]syntax.Node) {
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if v.IsNil() {
				return
			}
			if n, ok := v.Interface().(syntax.Node); ok {
				if r, ok := repl[n]; ok && v.CanSet() && reflect.TypeOf(r).AssignableTo(v.Type()) {
					v.Set(reflect.ValueOf(r))
					return
				}
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Field(i); f.CanSet() {
					walk(f)
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(root))
}
