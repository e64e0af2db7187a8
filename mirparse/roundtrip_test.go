package mirparse_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"mirlsp/mir"
	"mirlsp/mirparse"

	"mirlsp/internal/textdiff"
)

// irOpts compares two parses of a file, ignoring where things were written
// and the links the resolver adds.
var irOpts = cmp.Options{
	cmpopts.IgnoreTypes(mir.Span{}),
	cmpopts.IgnoreFields(mir.Item{}, "Parent", "Promoteds"),
	cmpopts.IgnoreFields(mir.Const{}, "Item", "AllocRef"),
	cmpopts.EquateEmpty(),
	// Types are interned by their text, and the same text parses to the
	// same type; comparing the text keeps the test fast.
	cmp.Comparer(func(a, b *mir.Ty) bool { return (a == nil) == (b == nil) && a.String() == b.String() }),
}

// TestRoundTrip checks that printing a parsed file and parsing the result
// gives the same IR: parse(print(parse(f))) == parse(f).
func TestRoundTrip(t *testing.T) {
	for _, fn := range corpusFiles(t) {
		src, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		f1, errs := mirparse.Parse(fn, src)
		if len(errs) > 0 {
			t.Logf("%s: %d parse errors, first: %v", fn, len(errs), errs[0])
		}
		out := f1.String()
		f2, errs2 := mirparse.Parse(fn, []byte(out))
		if len(errs2) > len(errs) {
			t.Errorf("%s: printed text has %d parse errors (source %d), first: %v", fn, len(errs2), len(errs), errs2[0])
			continue
		}
		// cmp is slow on large files; compare normalized copies first and
		// only ask cmp for a diff when they differ.
		normalize(reflect.ValueOf(f1), map[uintptr]bool{})
		normalize(reflect.ValueOf(f2), map[uintptr]bool{})
		if reflect.DeepEqual(f1, f2) {
			continue
		}
		if d := cmp.Diff(f1, f2, irOpts); d != "" {
			t.Errorf("%s: parse(print(parse(f))) != parse(f) (-source +reprinted):\n%s", fn, d)
		}
	}
}

// TestPrintIdentical checks that files rustc printed come back byte for
// byte: print(parse(f)) == f. The hand-written seeds in older syntax keep
// comments and spacing the IR does not record, so they are only counted.
func TestPrintIdentical(t *testing.T) {
	same, total := 0, 0
	for _, fn := range corpusFiles(t) {
		src, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := mirparse.Parse(fn, src)
		if gap := parserGap(f, src); gap != "" {
			t.Logf("%s: not compared: the parser does not record %s yet", fn, gap)
			continue
		}
		out := f.String()
		total++
		if out == string(src) {
			same++
			continue
		}
		if !strings.HasPrefix(fn, filepath.Join("..", "testdata", "corpus")) {
			t.Logf("%s: not byte-identical (older hand-written syntax)", fn)
			continue
		}
		t.Errorf("%s: print(parse(f)) differs from f: %s", fn, textdiff.First(out, string(src)))
	}
	t.Logf("byte-identical: %d of %d files", same, total)
}

var (
	spanType  = reflect.TypeOf(mir.Span{})
	itemType  = reflect.TypeOf(mir.Item{})
	constType = reflect.TypeOf(mir.Const{})
)

// normalize clears, in place, what TestRoundTrip ignores: spans, the
// resolver's links, and the difference between nil and empty slices.
func normalize(v reflect.Value, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		normalize(v.Elem(), seen)
	case reflect.Struct:
		if v.Type() == spanType {
			v.Set(reflect.Zero(spanType))
			return
		}
		switch v.Type() {
		case itemType:
			v.FieldByName("Parent").Set(reflect.Zero(v.FieldByName("Parent").Type()))
			v.FieldByName("Promoteds").Set(reflect.Zero(v.FieldByName("Promoteds").Type()))
		case constType:
			v.FieldByName("Item").Set(reflect.Zero(v.FieldByName("Item").Type()))
			v.FieldByName("AllocRef").Set(reflect.Zero(v.FieldByName("AllocRef").Type()))
		}
		for i := 0; i < v.NumField(); i++ {
			normalize(v.Field(i), seen)
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		for i := 0; i < v.Len(); i++ {
			normalize(v.Index(i), seen)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			normalize(v.Index(i), seen)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			normalize(v.MapIndex(k), seen) // map values are pointers here
		}
	}
}

// parserGap names printed text the parsed IR does not hold, so that
// byte identity cannot be expected, or returns "".
func parserGap(f *mir.File, src []byte) string {
	for _, it := range f.Items {
		if it.Kind == mir.ItemFn && it.Body != nil && it.Ret == nil {
			return "a fn signature's return type (Item.Ret)"
		}
	}
	if bytes.Contains(src, []byte("// DBG: ")) {
		for _, it := range f.Items {
			if it.Body == nil {
				continue
			}
			for _, b := range it.Body.Blocks {
				if len(b.Dbg) > 0 {
					return ""
				}
				for _, s := range b.Stmts {
					if len(s.Extra().Dbg) > 0 {
						return ""
					}
				}
			}
		}
		return "`// DBG:` lines (Stmt.Dbg, Block.Dbg)"
	}
	return ""
}
