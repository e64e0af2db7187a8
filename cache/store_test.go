package cache_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"mirlsp/cache"
)

// docA defines FOO and OTHER; docB uses FOO (testdata/workspace).
var docA, docB = workspaceDoc("a.mir"), workspaceDoc("b.mir")

func workspaceDoc(name string) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "workspace", name))
	if err != nil {
		panic(err)
	}
	return string(b)
}

func docs(a, b string) []cache.Document {
	return []cache.Document{{URI: "a.mir", Text: []byte(a)}, {URI: "b.mir", Text: []byte(b)}}
}

func values(t *testing.T, an *cache.Analysis) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, d := range an.Docs {
		if len(d.SyntaxErrors) > 0 {
			t.Fatalf("%s: %v", d.URI, d.SyntaxErrors)
		}
		for _, r := range d.Items {
			switch {
			case r.Err != nil:
				m[r.Item.Name] = "error: " + r.Err.Msg
			case r.Unsupported != "":
				m[r.Item.Name] = "unsupported: " + r.Unsupported
			default:
				m[r.Item.Name] = r.Value
			}
		}
	}
	return m
}

func keys(an *cache.Analysis) map[string]cache.Key {
	m := map[string]cache.Key{}
	for _, d := range an.Docs {
		for _, r := range d.Items {
			m[d.URI+" "+r.Item.Name] = r.Key
		}
	}
	return m
}

func newStore(t *testing.T, dir string) *cache.Store {
	t.Helper()
	s, err := cache.NewStore(cache.Options{Dir: dir, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Editing a.mir re-evaluates exactly the items whose key changed: FOO and
// BAR (which uses FOO), not OTHER or ALONE.
func TestCrossDocumentEdit(t *testing.T) {
	s := newStore(t, "")
	ctx := context.Background()
	an1 := s.Analyze(ctx, docs(docA, docB), nil)
	v := values(t, an1)
	if v["BAR"] != "4054" || v["FOO"] != "4096" {
		t.Fatalf("values %v", v)
	}
	if n := s.Evaluations(); n != 4 {
		t.Fatalf("%d evaluations, want 4", n)
	}
	// The same workspace again: nothing is evaluated.
	s.Analyze(ctx, docs(docA, docB), nil)
	if n := s.Evaluations(); n != 4 {
		t.Fatalf("%d evaluations after a no-op, want 4", n)
	}
	edited := bytes.Replace([]byte(docA), []byte("4096_usize"), []byte("10_usize"), 1)
	an2 := s.Analyze(ctx, docs(string(edited), docB), nil)
	changed := 0
	k1, k2 := keys(an1), keys(an2)
	for name, k := range k2 {
		if k1[name] != k {
			changed++
		}
	}
	if changed != 2 {
		t.Errorf("%d keys changed, want 2 (FOO, BAR)", changed)
	}
	if got := s.Evaluations() - 4; got != int64(changed) {
		t.Errorf("%d evaluations for %d changed keys", got, changed)
	}
	v = values(t, an2)
	if v["BAR"] != "error: attempt to compute `10_usize - 42_usize`, which would overflow" {
		t.Errorf("BAR after the edit: %q", v["BAR"])
	}
}

// A restart with a warm disk tier evaluates nothing; a corrupted entry is
// a miss, never a wrong value.
func TestPersistence(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s1 := newStore(t, dir)
	want := values(t, s1.Analyze(ctx, docs(docA, docB), nil))
	if s1.Evaluations() != 4 {
		t.Fatalf("%d evaluations", s1.Evaluations())
	}
	s2 := newStore(t, dir)
	got := values(t, s2.Analyze(ctx, docs(docA, docB), nil))
	if n := s2.Evaluations(); n != 0 {
		t.Errorf("warm restart performed %d evaluations", n)
	}
	s2.Close()
	if n := s2.DiskWrites(); n != 0 {
		t.Errorf("warm restart wrote %d cache entries", n)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q after restart, want %q", k, got[k], v)
		}
	}
	// Corrupt every pack (each way of corrupting one is tested in
	// TestDiskCorruption).
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "trimmed" {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Fatalf("no cache files")
	}
	for _, p := range files {
		data, _ := os.ReadFile(p)
		os.WriteFile(p, data[:len(data)/2], 0o644) // torn
	}
	s3 := newStore(t, dir)
	got = values(t, s3.Analyze(ctx, docs(docA, docB), nil))
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q after corruption, want %q", k, got[k], v)
		}
	}
	if n := s3.Evaluations(); n != 4 {
		t.Errorf("%d evaluations after corrupting every entry, want 4", n)
	}
}

// Concurrent analyses of one workspace evaluate each key once.
func TestConcurrentAnalyses(t *testing.T) {
	s := newStore(t, t.TempDir())
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := values(t, s.Analyze(context.Background(), docs(docA, docB), nil))
			if v["BAR"] != "4054" {
				t.Errorf("BAR = %q", v["BAR"])
			}
		}()
	}
	wg.Wait()
	if n := s.Evaluations(); n != 4 {
		t.Errorf("%d evaluations by 8 concurrent analyses, want 4", n)
	}
}
