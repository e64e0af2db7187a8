package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"mirlsp/mir"
)

// crcText is rustc's MIR of testdata/corpus/crc_tables.rs with the CRC
// polynomial replaced by poly (a distinct edit per value).
func crcText(t *testing.T, poly uint32) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "crc_tables.mir"))
	if err != nil {
		t.Fatal(err)
	}
	const rustc = "const 3988292384_u32"
	if !strings.Contains(string(b), rustc) {
		t.Fatalf("crc_tables.mir has no %s", rustc)
	}
	return []byte(strings.ReplaceAll(string(b), rustc, fmt.Sprintf("const %d_u32", poly)))
}

// itemValues renders the results of an analysis by item name.
func itemValues(an *Analysis) map[string]string {
	m := map[string]string{}
	for _, d := range an.Docs {
		for _, r := range d.Items {
			m[r.Item.Name] = r.Value + "|" + r.Unsupported
			if r.Err != nil {
				m[r.Item.Name] += "|error: " + r.Err.Msg
			}
		}
	}
	return m
}

// fresh analyzes text with a new store.
func fresh(t *testing.T, text []byte) (*Store, map[string]string) {
	t.Helper()
	s, err := NewStore(Options{})
	if err != nil {
		t.Fatal(err)
	}
	an := s.Analyze(context.Background(), []Document{{URI: "crc.mir", Text: text}}, nil)
	return s, itemValues(an)
}

func sameValues(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d items, want %d", what, len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s = %q, want %q", what, k, got[k], v)
		}
	}
}

// collect runs two collections (what was interned since the last one
// survives the first), after Go's collector has dropped unused
// evaluators.
func collect(t *testing.T, s *Store) {
	t.Helper()
	runtime.GC()
	for range 2 {
		if !s.globals.Collect() {
			t.Fatal("collection did not run with nothing pinned")
		}
	}
}

// TestCollectInterned: after distinct edits, the interned memory of
// results no longer kept is freed — what remains is what a fresh store
// holds for the last text — and earlier texts evaluate again to the
// values a fresh store gives.
func TestCollectInterned(t *testing.T) {
	ctx := context.Background()
	s, err := NewStore(Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.maxStale = 0
	const edits = 30
	for i := range edits {
		text := crcText(t, 1000+uint32(i))
		got := itemValues(s.Analyze(ctx, []Document{{URI: "crc.mir", Text: text}}, nil))
		if i%10 == 0 || i == edits-1 {
			_, want := fresh(t, text)
			sameValues(t, fmt.Sprintf("edit %d", i), got, want)
		}
	}
	grown := s.globals.Stats()
	// The memo drops results of other texts at the next plan: planning
	// the last text again leaves only its own.
	s.Plan([]Document{{URI: "crc.mir", Text: crcText(t, 1000+edits-1)}})
	collect(t, s)
	last, _ := fresh(t, crcText(t, 1000+edits-1))
	kept, want := s.globals.Stats(), last.globals.Stats()
	t.Logf("interned before collection %+v, after %+v, fresh %+v", grown, kept, want)
	if kept.Bytes != want.Bytes || kept.Allocs != want.Allocs {
		t.Errorf("after collection %+v, want what a fresh store holds: %+v", kept, want)
	}
	if grown.Bytes < 10*want.Bytes {
		t.Errorf("edits interned %d bytes before collection: the test does not exercise collection", grown.Bytes)
	}
	// Free and evaluate again: the first text's values.
	text := crcText(t, 1000)
	got := itemValues(s.Analyze(ctx, []Document{{URI: "crc.mir", Text: text}}, nil))
	_, wantVals := fresh(t, text)
	sameValues(t, "first text again", got, wantVals)
}

// TestCollectKeepsHeldPlan: a plan still in use keeps the memory of the
// results its evaluator holds, though the memo dropped them: its items
// evaluated after a collection read the values they would have read
// before.
func TestCollectKeepsHeldPlan(t *testing.T) {
	ctx := context.Background()
	s, err := NewStore(Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.maxStale = 0
	text := crcText(t, 77)
	p := s.Plan([]Document{{URI: "crc.mir", Text: text}})
	item := func(name string) *mir.Item {
		for _, it := range p.Doc("crc.mir").File.Items {
			if it.Name == name {
				return it
			}
		}
		t.Fatalf("no item %s", name)
		return nil
	}
	if r := p.Eval(ctx, item("CRC_TABLE")); r.Value == "" {
		t.Fatalf("CRC_TABLE: %+v", r)
	}
	for i := range 5 {
		s.Analyze(ctx, []Document{{URI: "crc.mir", Text: crcText(t, 5000+uint32(i))}}, nil)
	}
	collect(t, s)
	_, want := fresh(t, text)
	for _, name := range []string{"CRC_ENTRY_1", "CRC_ENTRY_255", "CRC_CHECK"} {
		r := p.Eval(ctx, item(name))
		got := r.Value + "|" + r.Unsupported
		if r.Err != nil {
			got += "|error: " + r.Err.Msg
		}
		if got != want[name] {
			t.Errorf("%s after collection = %q, want %q", name, got, want[name])
		}
	}
	runtime.KeepAlive(p)
}
