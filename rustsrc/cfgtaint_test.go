package rustsrc

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestBuildScriptCfgItems: in a crate with a build script, the items
// whose cfgs test a cfg the build script may set (on them or inside
// them), the names such a cfg defines or removes, and what uses them are
// not evaluated; the other items of the file are. A cfg_if! arm chosen
// by such a cfg makes the whole file unknown.
func TestBuildScriptCfgItems(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) string {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dep := &CrateSpec{Name: "dep", BuildScript: true, Root: write("dep/lib.rs", `mod whole;
#[cfg(has_u128)] pub type Wide = u128;
#[cfg(not(has_u128))] pub type Wide = u64;
pub const WIDE_BYTES: usize = core::mem::size_of::<Wide>();
pub const PLAIN: u8 = 7;
#[cfg(all(test, has_u128))] pub const TEST_ONLY: u8 = 1;
pub const fn pick() -> u8 { if cfg!(fast_path) { 1 } else { 2 } }
pub const PICKED: u8 = pick();
#[cfg(fast_path)] use core::u8::MAX as LIMIT;
#[cfg(not(fast_path))] const LIMIT: u8 = 100;
pub const LIMITED: u8 = LIMIT;
pub const ALSO_PLAIN: u8 = PLAIN + 1;
#[cfg(not(old_rustc))]
pub static S: u8 = 3;
`)}
	write("dep/whole.rs", `cfg_if::cfg_if! {
    if #[cfg(has_u128)] { pub const W: u8 = 1; } else { pub const W: u8 = 2; }
}
pub const OTHER: u8 = 9;
`)
	top := &CrateSpec{Name: "top", Root: write("top/lib.rs", "pub const T: u8 = dep::PLAIN;\npub const U: usize = dep::WIDE_BYTES;\n"),
		Deps: map[string]*CrateSpec{"dep": dep}}
	prog := Lower(LoadGraph(top, DiskFile))
	var ok, not []string
	for _, it := range prog.Items {
		if it.MIR != nil {
			ok = append(ok, it.Name)
		} else {
			not = append(not, it.Name)
			if !strings.Contains(it.Unsupported, "build script") {
				t.Errorf("%s: %s", it.Name, it.Unsupported)
			}
		}
	}
	sort.Strings(ok)
	sort.Strings(not)
	if got := strings.Join(ok, " "); got != "T dep::ALSO_PLAIN dep::PLAIN" {
		t.Errorf("evaluated: %s", got)
	}
	if got := strings.Join(not, " "); got != "U dep::LIMIT dep::LIMITED dep::PICKED dep::S dep::WIDE_BYTES dep::whole::OTHER dep::whole::W" {
		t.Errorf("not evaluated: %s", got)
	}
}
