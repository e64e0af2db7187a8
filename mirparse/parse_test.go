package mirparse_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/internal/nesting"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// corpusFiles returns every committed .mir file of the repository's testdata.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".mir") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no .mir files under ../testdata")
	}
	return files
}

func TestCorpusParses(t *testing.T) {
	items := 0
	for _, path := range corpusFiles(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, errs := mirparse.Parse(filepath.Base(path), src)
		for _, e := range errs {
			t.Errorf("%s: %v", path, e)
		}
		if len(f.Items) == 0 {
			t.Errorf("%s: no items", path)
		}
		items += len(f.Items)
	}
	t.Logf("%d items parsed", items)
}

func parseOK(t *testing.T, name, src string) *mir.File {
	t.Helper()
	f, errs := mirparse.Parse(name, []byte(src))
	for _, e := range errs {
		t.Errorf("%v", e)
	}
	return f
}

func findItem(f *mir.File, name string) *mir.Item {
	for _, it := range f.Items {
		if it.Name == name {
			return it
		}
	}
	return nil
}

// The listing of the seed document (rustc-dev-guide, 2018), verbatim.
func TestSeed2018(t *testing.T) {
	src, err := os.ReadFile("../testdata/seed/seed-2018.mir")
	if err != nil {
		t.Fatal(err)
	}
	f := parseOK(t, "seed-2018.mir", string(src))
	it := findItem(f, "Foo::{{initializer}}")
	if it == nil || it.Kind != mir.ItemAnonConst || it.Body == nil {
		t.Fatalf("anon const not parsed: %+v", f.Items)
	}
	b := it.Body
	if len(b.Locals) != 2 || b.Locals[1].Ty.Text != "(usize, bool)" {
		t.Fatalf("locals: %+v", b.Locals)
	}
	st := b.Blocks[0].Stmts[0]
	rv := st.Rvalue
	if rv.Kind != mir.RvBinary || rv.Op != mir.BinCheckedSub || rv.A.Const.Kind != mir.ConstItem ||
		rv.A.Const.Path.Text != "FOO" || rv.B.Const.Int.Lo != 42 || !rv.B.Const.Old {
		t.Fatalf("CheckedSub not parsed: %+v", rv)
	}
	term := b.Blocks[0].Term
	if term.Kind != mir.TermAssert || term.Expected || !term.Msg.Old || term.Msg.Op != mir.BinSub ||
		term.Target != 1 || !term.Old || len(term.Msg.Resolved) != 2 {
		t.Fatalf("assert not parsed: %+v %+v", term, term.Msg)
	}
	if op := b.Blocks[1].Stmts[0].Rvalue.A; op.Kind != mir.OpCopy || !op.Bare || op.Place.Proj[0].Field != 0 {
		t.Fatalf("bare operand not parsed: %+v", op)
	}
}

func TestSeedAllForms(t *testing.T) {
	for _, name := range []string{"seed-devguide.mir", "seed-1.95.mir"} {
		src, err := os.ReadFile("../testdata/seed/" + name)
		if err != nil {
			t.Fatal(err)
		}
		f := parseOK(t, name, string(src))
		var anon *mir.Item
		for _, it := range f.Items {
			if it.Kind == mir.ItemAnonConst {
				anon = it
			}
		}
		if anon == nil {
			t.Fatalf("%s: no anon const", name)
		}
		var foo *mir.Const
		for _, blk := range anon.Body.Blocks {
			for _, st := range blk.Stmts {
				if st.Kind == mir.StmtAssign && st.Rvalue.Kind == mir.RvBinary {
					foo = st.Rvalue.A.Const
				}
			}
		}
		if foo == nil || foo.Item == nil || foo.Item.Name != "FOO" {
			t.Errorf("%s: FOO is not resolved: %+v", name, foo)
		}
	}
}

// Forms from the reference that the corpus may not contain.
func TestForms(t *testing.T) {
	src := `fn f(_1: &mut [u8], _2: usize) -> u8 {
    debug a => _1;
    debug ((a: (u32, u32)).0: u32) => _1;
    debug k => const 10_u32;
    let mut _0: u8;
    let mut _3: *const [u8];
    let mut _4: usize;
    let _5: &u8;
    let mut _6: std::cmp::Ordering;
    let mut _7: bool;
    scope 1 (inlined #[track_caller] core::num::<impl u32>::unchecked_add) {
        let _8: u32;
        scope 2 {
            debug z => _8;
        }
    }

    bb0: {
        _3 = &raw const (fake) (*_1);
        _4 = PtrMetadata(move _3);
        _7 = Lt(copy _2, copy _4);
        assert(move _7, "index out of bounds: the length is {} but the index is {}", move _4, copy _2) -> [success: bb1, unwind continue];
    }

    bb1: {
        _5 = &(*_1)[0 of 1];
        _5 = &(*_1)[-1 of 2];
        _6 = Cmp(copy _2, const 3_usize);
        _8 = AddUnchecked(const 1_u32, const u32::MAX);
        _3 = *const [u8] from (copy _3, copy _2);
        copy_nonoverlapping(dst = copy _3, src = copy _3, count = const 1_usize);
        assume(copy _7);
        discriminant(_6) = 1;
        Retag([fn entry] _1);
        ConstEvalCounter;
        nop;
        _0 = const b"hi\x00\xff" as u8 (Transmute);
        switchInt(move _2) -> [0: bb2, 340282366920938463463374607431768211455: bb3, otherwise: bb4];
    }

    bb2: {
        _0 = core::num::<impl u8>::pow(const 2_u8, const 3_u32) -> [return: bb4, unwind: bb5];
    }

    bb3: {
        _0 = <u8 as Tr>::m(move _2) -> [return: bb4, unwind unreachable];
    }

    bb4: {
        _7 = OverflowChecks;
        return;
    }

    bb5 (cleanup): {
        resume;
    }
}

const P: Pt = {
    let mut _0: Pt;
    let mut _1: {closure@t8.rs:3:48: 3:56};

    bb0: {
        _1 = {closure@t8.rs:3:48: 3:56} { x: const 1_i32 };
        _0 = Pt { x: const 1_i32, y: const -2_i32 };
        return;
    }
}

const C: &str = const "tab\tquote\"nl\né";
const D: f32 = const 1.00000001E-10f32;
const E: f64 = const NaN_f64;
const G: f64 = const -Inf_f64;
const H: Option<u8> = const Option::<u8>::Some(5_u8);
const J: Pt = const Pt {{ x: 1_i32, y: 2_i32 }};
const K: &u32 = const {alloc1: &u32};
const L: char = const '\u{301}';

alloc1 (size: 4, align: 4) {
    2a 00 00 __                                     │ *..░
}
`
	f := parseOK(t, "forms.mir", src)
	if len(f.Items) != 10 {
		t.Fatalf("got %d items", len(f.Items))
	}
	fn := f.Items[0]
	if fn.Body.ArgCount != 2 || len(fn.Body.Scopes) != 2 || fn.Body.Scopes[1].Parent != 1 {
		t.Errorf("fn decls: %+v", fn.Body.Scopes)
	}
	sw := fn.Body.Blocks[1].Term
	if sw.Kind != mir.TermSwitchInt || len(sw.Arms) != 2 || sw.Arms[1].Value != (mir.U128{Lo: ^uint64(0), Hi: ^uint64(0)}) || sw.Otherwise != 4 {
		t.Errorf("switch: %+v", sw)
	}
	call := fn.Body.Blocks[2].Term
	if call.Kind != mir.TermCall || call.Func.Const.Path.Text != "core::num::<impl u8>::pow" || call.Unwind.Kind != mir.UnwindCleanup || call.Unwind.Block != 5 {
		t.Errorf("call: %+v", call)
	}
	k := findItem(f, "K")
	if k.Trivial.Kind != mir.ConstAlloc || k.Trivial.AllocRef == nil || k.Trivial.AllocRef.Bytes[0] != 0x2a || k.Trivial.AllocRef.Init[3] {
		t.Errorf("alloc const: %+v", k.Trivial)
	}
	if c := findItem(f, "C").Trivial; string(c.Bytes) != "tab\tquote\"nl\né" {
		t.Errorf("string: %q", c.Bytes)
	}
	if c := findItem(f, "J").Trivial; c.Kind != mir.ConstAdt || c.Braces != 2 || len(c.Names) != 2 {
		t.Errorf("struct const: %+v", c)
	}
	if c := findItem(f, "D").Trivial; c.Kind != mir.ConstFloat || c.Int.Lo != 0x2edbe6ff {
		t.Errorf("float const: %+v", c)
	}
	if c := findItem(f, "L").Trivial; c.Int.Lo != 0x301 {
		t.Errorf("char const: %+v", c)
	}
}

// Broken inputs: each must give a positioned error, never a panic, and
// the good item after it must still parse.
func TestBrokenInputs(t *testing.T) {
	const good = "\nconst GOOD: u8 = const 1_u8;\n\nconst AFTER: u8 = {\n    let mut _0: u8;\n\n    bb0: {\n        _0 = const 2_u8;\n        return;\n    }\n}\n"
	cases := map[string]string{
		"truncated body":         "const A: u8 = {\n    let mut _0: u8;\n\n    bb0: {\n        _0 = const 1",
		"truncated header":       "const A: u8",
		"truncated fn":           "fn f(_1: u8",
		"parameter out of order": "fn f(_0: u8) -> u8 {\n    debug self => _1;\n    bb0: {\n        return;\n    }\n}",
		"bad token":              "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = @@@;\n        return;\n    }\n}",
		"unknown statement":      "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        Frobnicate(_0);\n        return;\n    }\n}",
		"unknown rvalue op":      "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = Frob(const 1_u8, const 2_u8, const 3_u8) + 1;\n        return;\n    }\n}",
		"unbalanced braces":      "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = const 1_u8;\n        return;\n    \n}",
		"unbalanced parens":      "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = Add(const 1_u8, const 2_u8;\n        return;\n    }\n}",
		"garbage":                "\x00\x01\x02 garbage !!! ###",
		"garbage line":           "%%%% not mir at all",
		"missing terminator":     "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = const 1_u8;\n    }\n}",
		"statement after term":   "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        return;\n        _0 = const 1_u8;\n    }\n}",
		"undeclared local":       "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = copy _7;\n        return;\n    }\n}",
		"missing block":          "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        goto -> bb9;\n    }\n}",
		"blocks out of order":    "const A: u8 = {\n    let mut _0: u8;\n    bb1: {\n        return;\n    }\n}",
		"bad local":              "const A: u8 = {\n    let mut _x: u8;\n    bb0: {\n        return;\n    }\n}",
		"bad type":               "const A: = {\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n}",
		"unterminated string":    "const S: &str = const \"abc;\n",
		"bad escape":             "const S: &str = const \"a\\q\";\n",
		"bad char":               "const C: char = const '\\u{110000}';\n",
		"bad integer":            "const A: u8 = const 99999999999999999999999999999999999999999_u128;\n",
		"bad float":              "const A: f64 = const 1.5.5f64;\n",
		"switch no otherwise":    "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        switchInt(const 1_u8) -> [0: bb0];\n    }\n}",
		"bad successor label":    "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        drop(_0) -> [sideways: bb0, unwind continue];\n    }\n}",
		"bad unwind":             "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        drop(_0) -> [return: bb0, unwind sometimes];\n    }\n}",
		"missing alloc":          "const K: &u32 = const {alloc99: &u32};\n",
		"alloc bad byte":         "alloc1 (size: 2, align: 1) {\n    zz 00                                           │ ..\n}\n",
		"alloc too many bytes":   "alloc1 (size: 1, align: 1) {\n    00 01                                           │ ..\n}\n",
		"alloc unterminated":     "alloc1 (size: 2, align: 1) {\n    00 01                                           │ ..\n",
		"alloc size beyond dump": "alloc1 (size: 268435455, align: 1) {\n    00 01                                           │ ..\n}\n",
		"alloc bad header":       "alloc1 (bogus: 3) {\n}\n",
		"missing promoted":       "const A: &u8 = {\n    let mut _0: &u8;\n    bb0: {\n        _0 = const A::promoted[4];\n        return;\n    }\n}",
		"assert without msg":     "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        assert(const true) -> [success: bb0, unwind continue];\n    }\n}",
		"indented item":          "   const A: u8 = const 1_u8;",
		"bad place projection":   "const A: u8 = {\n    let mut _0: u8;\n    bb0: {\n        _0 = copy (_0 frob u8);\n        return;\n    }\n}",
		"bad const index":        "const A: u8 = {\n    let mut _0: [u8; 2];\n    bb0: {\n        _0 = copy _0[1 to 2];\n        return;\n    }\n}",
		"fn without arrow":       "fn f(_1: u8) u8 {\n    bb0: {\n        return;\n    }\n}",
		"stray close brace":      "}\n}",
		"dump header truncated":  "// MIR for `x` after built\n\nfn x() -> () {\n    let mut _0: ();\n    bb0: {\n",
	}
	if len(cases) < 30 {
		t.Fatalf("only %d broken cases", len(cases))
	}
	for name, bad := range cases {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			src := bad + "\n" + good
			f, errs := mirparse.Parse("bad.mir", []byte(src))
			if len(errs) == 0 {
				t.Fatalf("no error for %q", bad)
			}
			for _, e := range errs {
				if e.Line < 1 || e.Col < 1 || e.Span.Start < 0 || e.Span.End > len(src) || e.Span.Start > e.Span.End {
					t.Errorf("bad position %+v", e)
				}
				if e.Span.Start > len(bad)+1 {
					t.Errorf("error %v lies in the good items", e)
				}
			}
			if findItem(f, "GOOD") == nil || findItem(f, "AFTER") == nil || findItem(f, "AFTER").Body == nil {
				t.Errorf("items after the error were lost: %d items; errors %v", len(f.Items), errs)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, path := range corpusFiles(f) {
		if strings.Contains(path, ".built.") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		// Seed with single items to keep inputs small.
		for _, chunk := range bytes.Split(src, []byte("\n\n")) {
			if len(chunk) < 4000 {
				f.Add(chunk)
			}
		}
	}
	// Nested types, constants, places and scopes, for mutations to deepen.
	for _, c := range nesting.MIR {
		f.Add([]byte(c.Rust(40)))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, errs := mirparse.Parse("fuzz.mir", src)
		if file == nil {
			t.Fatal("nil file")
		}
		for _, e := range errs {
			if e.Span.Start < 0 || e.Span.End > len(src) || e.Span.Start > e.Span.End || e.Line < 1 {
				t.Fatalf("bad error position %+v", e)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	var all []byte
	files := corpusFiles(b)
	for len(all) < 5<<20 {
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			all = append(all, src...)
			all = append(all, '\n')
		}
	}
	b.SetBytes(int64(len(all)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mirparse.Parse("all.mir", all)
	}
	b.ReportMetric(float64(len(all))/1e6, "MB/file")
}

// A module item printed as `EMPTY` and an associated const EMPTY of an
// inherent impl for Header: `proto::Header::EMPTY` is the impl's const
// (rustc 1.95's listing of testdata/corpus/s_assoc_consts_impls.rs).
func TestResolveImplItemOverTrimmedModuleItem(t *testing.T) {
	src := `const proto::<impl at s.rs:14:5: 14:16>::EMPTY: Header = {
    let mut _0: proto::Header;

    bb0: {
        _0 = Header { magic: const 0_u32 };
        return;
    }
}

const EMPTY: Header = {
    let mut _0: proto::Header;

    bb0: {
        _0 = const proto::Header::EMPTY;
        return;
    }
}
`
	f := parseOK(t, "s.mir", src)
	var use *mir.Const
	for _, it := range f.Items {
		if it.Name == "EMPTY" {
			use = it.Body.Blocks[0].Stmts[0].Rvalue.A.Const
		}
	}
	if use == nil || use.Item == nil || use.Item == f.Items[1] || use.Item != f.Items[0] {
		t.Fatalf("proto::Header::EMPTY resolves to %+v, want the impl's const", use)
	}
}

// A trait impl segment `<impl Trait<..> for Type>` in a callee's path, as
// rustc 1.95 prints it in -O MIR (testdata/corpus/x_nc_iter_pipeline.O.mir).
func TestTraitImplPathSegment(t *testing.T) {
	src := `fn f(_1: std::vec::IntoIter<&str>) -> Vec<String> {
    let mut _0: std::vec::Vec<std::string::String>;

    bb0: {
        _0 = const std::vec::in_place_collect::<impl std::vec::spec_from_iter::SpecFromIter<std::string::String, std::iter::Map<std::iter::Take<std::vec::IntoIter<&str>>, for<'a> fn(&'a str) -> std::string::String {std::str::<impl str>::to_uppercase}>> for std::vec::Vec<std::string::String>>::from_iter::{constant#0}(move _1) -> [return: bb1, unwind continue];
    }

    bb1: {
        return;
    }
}
`
	f := parseOK(t, "impl_for.mir", src)
	term := f.Items[0].Body.Blocks[0].Term
	if term.Kind != mir.TermCall || term.Func.Const == nil || term.Func.Const.Path == nil {
		t.Fatalf("call not parsed: %+v", term)
	}
	if last := term.Func.Const.Path.Last(); last != "{constant#0}" {
		t.Errorf("callee path ends in %q", last)
	}
}
