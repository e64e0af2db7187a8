package rustsrc_test

import (
	"strings"
	"testing"

	"mirlsp/rustsrc"
)

// Macros that cannot expand leave their items not evaluated, with the
// reason, and never take the crate down; the values of expansions are
// checked against rustc by testdata/crates/projects/macros.
func TestMacroRulesNotExpanded(t *testing.T) {
	src := `macro_rules! rec { ($x:expr) => { rec!($x) } }
macro_rules! one { (a) => { 1 } }
macro_rules! bad_rep { ($($x:expr),*) => { $x } }
macro_rules! grow { ($($t:tt)*) => { grow!($($t)* $($t)*) } }
macro_rules! broken { ($x) => { 1 } }
pub const R: i32 = rec!(1);
pub const NO: i32 = one!(b);
pub const REP: i32 = bad_rep!(1, 2);
pub const G: i32 = grow!(x);
pub const B: i32 = broken!(1);
pub const OK: i32 = one!(a) + 1;
`
	c := rustsrc.Load("a.rs", memFS(map[string]string{"a.rs": src}))
	p := rustsrc.Lower(c)
	want := map[string]string{
		"R":   "recursion limit reached while expanding `rec!`",
		"NO":  "no rules of `one!` expected these tokens",
		"REP": "variable `x` is still repeating at this depth",
		"G":   "expansion too large",
		"B":   "the macro `broken!` is not supported",
		"OK":  "",
	}
	for _, it := range p.Items {
		w, ok := want[it.Name]
		if !ok {
			continue
		}
		delete(want, it.Name)
		if w == "" {
			if it.Unsupported != "" {
				t.Errorf("%s: not evaluated: %s", it.Name, it.Unsupported)
			}
			continue
		}
		if !strings.Contains(it.Unsupported, w) {
			t.Errorf("%s: reason %q, want %q", it.Name, it.Unsupported, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("items missing: %v", want)
	}
}
