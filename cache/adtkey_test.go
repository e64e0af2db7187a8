package cache_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/cache"
	"mirlsp/internal/rustcenv"
)

// adtDocs splits rustc's MIR of testdata/adt/adt.rs (scripts/gen-adtkeys.sh)
// into two documents: impl.mir, E's derived Debug impl (the only item
// showing E's variants), and x.mir, the const X of type E.
func adtDocs(t *testing.T) (impl, x string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "adt", "adt.mir"))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), "\nconst X: E = ")
	if i < 0 {
		t.Fatal("adt.mir has no const X")
	}
	return string(b[:i+1]), string(b[i+1:])
}

// TestADTLayoutInKeys: what one MIR document shows of an ADT's layout is
// in the keys of the other documents' items. X's value (known only with
// impl.mir's Debug impl) follows every edit of impl.mir in one store as
// it does in a fresh store, and X's key changes with it.
func TestADTLayoutInKeys(t *testing.T) {
	impl, x := adtDocs(t)
	ctx := context.Background()
	s := newStore(t, "")
	var lastKey cache.Key
	for step, implText := range []string{impl, "// no items\n", impl, strings.Replace(impl, `const "C"`, `const "D"`, 1)} {
		ds := []cache.Document{{URI: "impl.mir", Text: []byte(implText)}, {URI: "x.mir", Text: []byte(x)}}
		an := s.Analyze(ctx, ds, nil)
		got := values(t, an)["X"]
		want := values(t, newStore(t, "").Analyze(ctx, ds, nil))["X"]
		if got != want {
			t.Errorf("step %d: X = %q, a fresh store gives %q", step, got, want)
		}
		k := keys(an)["x.mir X"]
		if step > 0 && k == lastKey {
			t.Errorf("step %d: X's key did not change with what impl.mir shows of E", step)
		}
		lastKey = k
		if step == 0 && strings.HasPrefix(got, "unsupported") {
			t.Fatalf("X = %q with the Debug impl", got)
		}
	}
}

// TestADTFixtureRegenerate re-derives testdata/adt/adt.mir with rustc.
func TestADTFixtureRegenerate(t *testing.T) {
	rustcenv.Need(t, "testdata/adt/adt.mir")
	tmp := t.TempDir()
	if out, err := exec.Command("sh", "../scripts/gen-adtkeys.sh", tmp).CombinedOutput(); err != nil {
		t.Fatalf("gen-adtkeys.sh: %v\n%s", err, out)
	}
	want, _ := os.ReadFile(filepath.Join("testdata", "adt", "adt.mir"))
	got, _ := os.ReadFile(filepath.Join(tmp, "adt.mir"))
	if !bytes.Equal(got, want) {
		t.Error("testdata/adt/adt.mir is stale; run scripts/gen-adtkeys.sh")
	}
}
