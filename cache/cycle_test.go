package cache

import (
	"os"
	"path/filepath"
	"testing"
)

// NeedsCycle: constants that call a recursive fn need a cycle; those
// that call nothing do not (rustc's MIR of testdata/corpus/recursion.rs).
func TestNeedsCycle(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "recursion.mir"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewStore(Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := s.Plan([]Document{{URI: "recursion.mir", Text: text}})
	want := map[string]bool{"FACT_10": true, "FIB_20": true, "FIBS::{constant#0}": false}
	for _, it := range p.Doc("recursion.mir").File.Items {
		if w, ok := want[it.Name]; ok {
			if got := p.NeedsCycle(it); got != w {
				t.Errorf("NeedsCycle(%s) = %v, want %v", it.Name, got, w)
			}
			delete(want, it.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("items not found: %v", want)
	}
}
