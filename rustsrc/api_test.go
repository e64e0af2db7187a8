package rustsrc_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// memFS is a ReadFile over a map.
func memFS(files map[string]string) rustsrc.ReadFile {
	return func(path string) ([]byte, error) {
		if s, ok := files[path]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
}

func TestFindRoot(t *testing.T) {
	files := map[string]bool{
		"/ws/Cargo.toml": true, "/ws/src/lib.rs": true, "/ws/src/a/b.rs": true,
		"/ws/examples/x.rs": true, "/bin/Cargo.toml": true, "/bin/src/main.rs": true, "/bin/src/m.rs": true,
	}
	exists := func(p string) bool { return files[p] }
	for _, c := range []struct{ file, root string }{
		{"/ws/src/a/b.rs", "/ws/src/lib.rs"},
		{"/ws/src/lib.rs", "/ws/src/lib.rs"},
		{"/ws/examples/x.rs", "/ws/examples/x.rs"}, // outside src: a crate of its own
		{"/bin/src/m.rs", "/bin/src/main.rs"},
		{"/tmp/alone.rs", "/tmp/alone.rs"},
	} {
		if got := rustsrc.FindRoot(c.file, exists); got != c.root {
			t.Errorf("FindRoot(%s) = %s, want %s", c.file, got, c.root)
		}
	}
}

// TestLoadModules follows `mod x;` by Rust 2018's rules: x.rs or
// x/mod.rs beside the root, dir/y.rs below a non-mod.rs file, #[path].
func TestLoadModules(t *testing.T) {
	files := map[string]string{
		"/c/src/lib.rs":       "pub mod a;\npub mod b;\n#[path = \"other.rs\"]\npub mod p;\nmod missing;\npub const R: u32 = a::A + b::B + a::deep::D + p::P;\n",
		"/c/src/a.rs":         "pub const A: u32 = 1;\npub mod deep;\n",
		"/c/src/a/deep.rs":    "pub const D: u32 = crate::b::B * 10;\n",
		"/c/src/b/mod.rs":     "pub const B: u32 = 2;\n",
		"/c/src/other.rs":     "pub const P: u32 = super::a::A + 100;\n",
		"/c/src/missing/x.rs": "",
	}
	c := rustsrc.Load("/c/src/lib.rs", memFS(files))
	var paths []string
	for _, f := range c.Files {
		paths = append(paths, f.Path)
	}
	want := "/c/src/lib.rs /c/src/a.rs /c/src/a/deep.rs /c/src/b/mod.rs /c/src/other.rs"
	if got := strings.Join(paths, " "); got != want {
		t.Fatalf("files %s, want %s", got, want)
	}
	if errs := c.Files[0].Errors; len(errs) != 1 || !strings.Contains(errs[0].Msg, "file not found for module `missing`") {
		t.Errorf("errors %v", errs)
	}
	p := rustsrc.Lower(c)
	var names []string
	for _, it := range p.Items {
		names = append(names, it.Name)
		if it.MIR == nil {
			t.Errorf("%s: %s", it.Name, it.Unsupported)
		}
	}
	if got := strings.Join(names, " "); got != "R a::A a::deep::D b::B p::P" {
		t.Errorf("items %s", got)
	}
	for i, f := range p.Files {
		if f.Name != c.Files[i].Path {
			t.Errorf("file %d named %s", i, f.Name)
		}
	}
}

// TestItems checks the fields of items and uses: names as rustc prints
// them, kinds, types, spans, hints, and unsupported items with reasons.
func TestItems(t *testing.T) {
	src := `pub mod inner {
    pub const BASE: u8 = 7;
}
pub struct P { x: i32 }
impl P {
    pub const ORIGIN: P = P { x: 0 };
}
const N: usize = 3;
type Buf = [u8; N + 1];
pub static S: [u8; 2] = [inner::BASE, 1];
pub static mut M: u32 = 0;
const _: () = assert!(N == 3);
pub const USE: u8 = inner::BASE + S[1];
pub const BAD: u32 = undefined_fn();
`
	c := rustsrc.Load("a.rs", memFS(map[string]string{"a.rs": src}))
	p := rustsrc.Lower(c)
	type row struct {
		name string
		kind mir.ItemKind
		ty   string
	}
	want := []row{
		{"inner::BASE", mir.ItemConst, "u8"},
		{"P::ORIGIN", mir.ItemConst, "P"},
		{"N", mir.ItemConst, "usize"},
		{"Buf::{constant#0}", mir.ItemAnonConst, "usize"},
		{"S", mir.ItemStatic, "[u8; 2]"},
		{"M", mir.ItemStaticMut, "u32"},
		{"_", mir.ItemConst, "()"},
		{"USE", mir.ItemConst, "u8"},
		{"BAD", mir.ItemConst, "u32"},
	}
	if len(p.Items) != len(want) {
		for _, it := range p.Items {
			t.Logf("%s", it.Name)
		}
		t.Fatalf("%d items, want %d", len(p.Items), len(want))
	}
	for i, w := range want {
		it := p.Items[i]
		if it.Name != w.name || it.Kind != w.kind || it.Ty != w.ty {
			t.Errorf("item %d: %s %v %s, want %s %v %s", i, it.Name, it.Kind, it.Ty, w.name, w.kind, w.ty)
		}
		if it.Name != "BAD" && it.MIR == nil {
			t.Errorf("%s: unsupported: %s", it.Name, it.Unsupported)
		}
	}
	text := func(sp mir.Span) string { return src[sp.Start:sp.End] }
	if it := p.Items[3]; text(it.NameSpan) != "N + 1" || src[:it.Hint] != src[:strings.Index(src, "N + 1")+5] {
		t.Errorf("anon const: name span %q, hint %d", text(it.NameSpan), it.Hint)
	}
	if it := p.Items[7]; !strings.HasPrefix(text(it.Span), "pub const USE") || text(it.NameSpan) != "USE" || src[it.Hint-1] != 'S' && src[it.Hint-1] != ']' {
		t.Errorf("USE: span %q, name %q, hint at %q", text(it.Span), text(it.NameSpan), src[it.Hint-1:])
	}
	if bad := p.Items[8]; bad.MIR != nil || !strings.Contains(bad.Unsupported, "undefined_fn") {
		t.Errorf("BAD: %q", bad.Unsupported)
	}
	// Uses: inner::BASE twice (S, USE), S once, N in the alias and the assert.
	count := map[string]int{}
	for _, u := range p.Uses {
		count[u.Item.Name]++
		if got := text(u.Span); !strings.HasSuffix(got, strings.TrimPrefix(u.Item.Name, "inner::")) {
			t.Errorf("use of %s spans %q", u.Item.Name, got)
		}
	}
	if count["inner::BASE"] != 2 || count["S"] != 1 || count["N"] < 2 {
		t.Errorf("uses %v", count)
	}
}

// TestLowerConcurrently lowers and evaluates programs on several
// goroutines at once (the server lowers documents concurrently): the
// race detector checks that lowering shares no mutable state.
func TestLowerConcurrently(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.rs")
	if len(files) > 24 {
		files = files[:24]
	}
	done := make(chan string)
	for _, path := range files {
		go func(path string) {
			c := rustsrc.Load(path, os.ReadFile)
			p := rustsrc.Lower(c)
			ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
			for _, it := range p.Items {
				if it.MIR != nil {
					ev.Eval(context.Background(), it.MIR)
				}
			}
			done <- path
		}(path)
	}
	for range files {
		<-done
	}
}
