// corpus_test.go checks that the committed corpus is complete and consistent; it
// needs no rustc.

package corpusgen

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testdata = "../../testdata"

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func TestCorpusConsistent(t *testing.T) {
	dir := filepath.Join(testdata, "corpus")
	progs, err := listRS(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 70 {
		t.Errorf("%d corpus programs, want at least 70", len(progs))
	}
	kinds := map[string]int{}
	items, skipped := 0, 0
	for i, p := range progs {
		base := strings.TrimSuffix(p, ".rs")
		mirText, err := os.ReadFile(filepath.Join(dir, base+".mir"))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		var vf ValuesFile
		readJSON(t, filepath.Join(dir, base+".values.json"), &vf)
		if vf.Program != p {
			t.Errorf("%s.values.json: program %q", base, vf.Program)
		}
		headers := parseMIRItems(string(mirText))
		if got := len(vf.Items) + len(vf.Skipped); got != len(headers) {
			t.Errorf("%s: %d items+skipped, but the MIR has %d const-like headers", p, got, len(headers))
		}
		// items and skipped together follow the MIR header order
		k, j := 0, 0
		for _, h := range headers {
			switch {
			case k < len(vf.Items) && vf.Items[k].Name == h.name:
				if vf.Items[k].Type != h.ty {
					t.Errorf("%s: %s has type %q in values, %q in MIR", p, h.name, vf.Items[k].Type, h.ty)
				}
				k++
			case j < len(vf.Skipped) && vf.Skipped[j].Name == h.name:
				j++
			default:
				t.Errorf("%s: MIR header %q not found in order in values.json", p, h.name)
			}
		}
		for _, it := range vf.Items {
			kinds[it.Kind]++
			if it.Value == "" {
				t.Errorf("%s: %s has an empty value", p, it.Name)
			}
		}
		items += len(vf.Items)
		skipped += len(vf.Skipped)
		if i%3 == 0 {
			for _, suffix := range []string{".O.mir", ".built.mir"} {
				if _, err := os.Stat(filepath.Join(dir, base+suffix)); err != nil {
					t.Errorf("%s: %v", p, err)
				}
			}
		}
	}
	t.Logf("%d programs, %d items (%v), %d skipped", len(progs), items, kinds, skipped)
	if skipped*100 >= (items+skipped)*3 {
		t.Errorf("%d of %d items skipped (want < 3%%)", skipped, items+skipped)
	}

	var man Manifest
	readJSON(t, filepath.Join(dir, "MANIFEST.json"), &man)
	if strings.Join(man.Corpus, ",") != strings.Join(progs, ",") {
		t.Errorf("MANIFEST.json lists other corpus programs than the directory")
	}
	if len(man.Rustc) == 0 || !strings.HasPrefix(man.Rustc[0], "rustc 1.95") {
		t.Errorf("MANIFEST.json rustc = %v", man.Rustc)
	}
	for _, f := range []string{"seed.rs", "seed-2018.mir", "seed-devguide.mir", "seed-1.95.mir"} {
		if _, err := os.Stat(filepath.Join(testdata, "seed", f)); err != nil {
			t.Error(err)
		}
	}
}

func TestErrorsConsistent(t *testing.T) {
	dir := filepath.Join(testdata, "errors")
	progs, err := listRS(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 45 {
		t.Errorf("%d error programs, want at least 45", len(progs))
	}
	derived, e0080, other := 0, 0, 0
	for _, p := range progs {
		base := strings.TrimSuffix(p, ".rs")
		var ef ExpectFile
		readJSON(t, filepath.Join(dir, base+".expect.json"), &ef)
		if ef.Program != p || len(ef.Errors) == 0 {
			t.Errorf("%s.expect.json: program %q, %d errors", base, ef.Program, len(ef.Errors))
		}
		for _, e := range ef.Errors {
			if e.Code != nil && *e.Code == "E0080" {
				e0080++
				// validation errors label the item header "it is undefined behavior to use this value"
				if e.Item == nil && (e.Label == nil || !strings.Contains(*e.Label, "undefined behavior")) {
					t.Errorf("%s: E0080 %q without an item label", p, e.Message)
				}
			} else {
				other++
			}
			if e.Line == 0 || e.Column == 0 || e.Rendered == "" {
				t.Errorf("%s: error %q lacks a position or rendering", p, e.Message)
			}
		}
		src, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		dirs, err := parseDirectives(string(src))
		if err != nil {
			t.Errorf("%s: %v", p, err)
		}
		_, statErr := os.Stat(filepath.Join(dir, base+".mir"))
		if dirs.derives() {
			derived++
			if statErr != nil {
				t.Errorf("%s has mir-from directives but no .mir: %v", p, statErr)
			}
		} else if statErr == nil {
			t.Errorf("%s.mir exists but %s has no mir-from directive", base, p)
		}
	}
	t.Logf("%d error programs, %d E0080 errors, %d other errors, %d derived MIR files", len(progs), e0080, other, derived)
	if derived < 20 {
		t.Errorf("%d derived MIR files, want at least 20", derived)
	}
}

func TestParseHeader(t *testing.T) {
	for _, tc := range []struct{ line, name, kind, ty, trivial string }{
		{"const FOO: usize = {", "FOO", "const", "usize", ""},
		{"const BA::{constant#0}: usize = const 3_usize;", "BA::{constant#0}", "anon-const", "usize", "3_usize"},
		{"Foo::{constant#0}: usize = {", "Foo::{constant#0}", "anon-const", "usize", ""},
		{"const <impl at a.rs:12:1: 12:7>::ORIGIN: P = {", "<impl at a.rs:12:1: 12:7>::ORIGIN", "const", "P", ""},
		{"const SUM::promoted[0]: &[u32; 3] = {", "SUM::promoted[0]", "promoted", "&[u32; 3]", ""},
		{"static mut SM: u32 = {", "SM", "static mut", "u32", ""},
		{`const S: &str = const "a: b";`, "S", "const", "&str", `"a: b"`},
	} {
		it, ok := parseHeader(tc.line)
		if !ok || it.name != tc.name || it.kind != tc.kind || it.ty != tc.ty || it.trivial != tc.trivial {
			t.Errorf("parseHeader(%q) = %+v, %v", tc.line, it, ok)
		}
	}
	for _, l := range []string{"fn f() -> u32 {", "alloc1 (size: 4, align: 4) {"} {
		if _, ok := parseHeader(l); ok && !strings.HasPrefix(l, "alloc") {
			t.Errorf("parseHeader(%q) accepted a fn header", l)
		}
	}
}

func TestSpellInt(t *testing.T) {
	for _, tc := range []struct{ val, ty, want string }{
		{"5000", "usize", "5000_usize"},
		{"255", "u8", "u8::MAX"},
		{"-128", "i8", "i8::MIN"},
		{"127", "i8", "i8::MAX"},
		{"0", "u32", "0_u32"},
		{"-1", "i64", "-1_i64"},
		{"18446744073709551615", "usize", "usize::MAX"},
	} {
		if got := spellInt(tc.val, tc.ty); got != tc.want {
			t.Errorf("spellInt(%s, %s) = %s, want %s", tc.val, tc.ty, got, tc.want)
		}
	}
}

func TestScanRust(t *testing.T) {
	src := "mod a {\n    pub const X: u8 = b'}';\n    impl P { const Y: &str = \"{\"; }\n}\nconst fn f<const N: usize>() {}\nstatic mut Z: u8 = 0;\n"
	info := scanRust(src)
	var got []string
	for _, d := range info.items {
		if d.kw == "const" || d.kw == "static mut" {
			got = append(got, strings.Join(append(qualPath(d.scope), d.name), "::"))
		}
	}
	if strings.Join(got, " ") != "a::X a::Y Z" {
		t.Errorf("items = %v", got)
	}
	if imp := info.implAt(3, 5); imp == nil || imp.implHdr.selfTy != "P" {
		t.Errorf("impl at 3:5 not found: %+v", imp)
	}
}
