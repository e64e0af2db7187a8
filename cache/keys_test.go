package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"testing"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// genDoc writes a document of n consts named P0..Pn-1; const i adds one
// to the const named by refs[i] ("" for a literal).
func genDoc(prefix string, vals []int, refs []string) string {
	var b strings.Builder
	for i, v := range vals {
		if refs[i] == "" {
			fmt.Fprintf(&b, "const %s%d: u64 = {\n    let mut _0: u64;\n\n    bb0: {\n        _0 = const %d_u64;\n        return;\n    }\n}\n\n", prefix, i, v)
			continue
		}
		fmt.Fprintf(&b, "const %s%d: u64 = {\n    let mut _0: u64;\n\n    bb0: {\n        _0 = Add(const %s, const %d_u64);\n        return;\n    }\n}\n\n", prefix, i, refs[i], v)
	}
	return b.String()
}

// TestIncrementalKeys: after every random edit of a workspace (a value
// changed, a reference redirected, an item added or removed, a document
// swapped), the keys computed from the previous state equal the keys
// computed from scratch.
func TestIncrementalKeys(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const nfiles = 8
	type doc struct {
		vals []int
		refs []string
	}
	ds := make([]doc, nfiles)
	name := func(f, i int) string { return fmt.Sprintf("F%dC%d", f, i) }
	randRef := func() string {
		if rng.Intn(3) == 0 {
			return ""
		}
		f := rng.Intn(nfiles)
		if len(ds[f].vals) == 0 {
			return ""
		}
		return name(f, rng.Intn(len(ds[f].vals)))
	}
	for f := range ds {
		n := 3 + rng.Intn(4)
		ds[f] = doc{vals: make([]int, n), refs: make([]string, n)}
	}
	for f := range ds {
		for i := range ds[f].vals {
			ds[f].vals[i] = rng.Intn(100)
			ds[f].refs[i] = randRef()
		}
	}
	parsed := map[string]*mir.File{}
	infos := map[*mir.File]*fileInfo{}
	build := func() ([]*mir.File, []*fileInfo) {
		var files []*mir.File
		var is []*fileInfo
		for f, d := range ds {
			text := genDoc(fmt.Sprintf("F%dC", f), d.vals, d.refs)
			mf, ok := parsed[text]
			if !ok {
				var errs mirparse.ErrorList
				mf, errs = mirparse.Parse(fmt.Sprintf("f%d.mir", f), []byte(text))
				if len(errs) > 0 {
					t.Fatal(errs)
				}
				parsed[text] = mf
				infos[mf] = newFileInfo(mf, []byte(text))
			}
			files = append(files, mf)
			is = append(is, infos[mf])
		}
		return files, is
	}
	keyNames := func(st *keyState) map[string]Key {
		m := map[string]Key{}
		st.eachKey(func(it *mir.Item, k Key) { m[it.Name] = k })
		return m
	}
	files, is := build()
	st := computeKeys(nil, files, is, Options{Version: "test"})
	incremental := 0
	for step := 0; step < 400; step++ {
		f := rng.Intn(nfiles)
		d := &ds[f]
		switch r := rng.Intn(10); {
		case r < 5:
			d.vals[rng.Intn(len(d.vals))]++
		case r < 8:
			d.refs[rng.Intn(len(d.refs))] = randRef()
		case r < 9:
			d.vals = append(d.vals, rng.Intn(100))
			d.refs = append(d.refs, randRef())
		default:
			if len(d.vals) > 1 {
				d.vals, d.refs = d.vals[:len(d.vals)-1], d.refs[:len(d.refs)-1]
			}
		}
		files, is = build()
		before := keyNames(st)
		next := computeKeys(st, files, is, Options{Version: "test"})
		fresh := computeKeys(nil, files, is, Options{Version: "test"})
		// The state an edit derives from is not changed (an earlier
		// plan may still be evaluated with it).
		if !reflect.DeepEqual(keyNames(st), before) {
			t.Fatalf("step %d: deriving the next keys changed the last ones", step)
		}
		got, want := keyNames(next), keyNames(fresh)
		if next.nkeys != len(want) || next.items.len() != fresh.items.len() {
			t.Fatalf("step %d: %d keys of %d items, want %d of %d", step, next.nkeys, next.items.len(), len(want), fresh.items.len())
		}
		for _, f := range files {
			for _, it := range f.Items {
				if next.fileOf(it) != f {
					t.Fatalf("step %d: file of %s not kept", step, it.Name)
				}
			}
			if nb, fb := next.bundles[f], fresh.bundles[f]; nb.key != fb.key || !slices.Equal(nb.items, fb.items) {
				t.Fatalf("step %d: bundle of %s differs from a fresh computation", step, f.Name)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("step %d: %d keys, want %d", step, len(got), len(want))
		}
		for n, k := range want {
			if got[n] != k {
				t.Fatalf("step %d: key of %s differs from a fresh computation", step, n)
			}
		}
		edges := func(st *keyState) map[string]string {
			m := map[string]string{}
			for it, ik := range st.items.all() {
				g := ik.graph
				if len(g) == 0 {
					continue
				}
				var ns []string
				for _, x := range g {
					ns = append(ns, x.Name)
				}
				sort.Strings(ns)
				m[it.Name] = strings.Join(ns, " ")
			}
			return m
		}
		if got, want := edges(next), edges(fresh); !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: reference graph\n%v\nwant\n%v", step, got, want)
		}
		if next.rehashed < nfiles {
			incremental++
		}
		st = next
	}
	t.Logf("%d of 400 edits keyed incrementally", incremental)
	if incremental < 100 {
		t.Errorf("only %d of 400 edits were keyed incrementally", incremental)
	}
}

// TestSweep: a long session of edits keeps a bounded number of results
// in memory, and an edit back to an old text still gets its value.
func TestSweep(t *testing.T) {
	s, err := NewStore(Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	eval := func(v int) string {
		p := s.Plan([]Document{{URI: "a.mir", Text: []byte(genDoc("A", []int{v}, []string{""}))}})
		it := p.Docs[0].File.Items[0]
		return p.Eval(t.Context(), it).Value
	}
	for v := 0; v < 6000; v++ {
		if got, want := eval(v), fmt.Sprint(v); got != want {
			t.Fatalf("value %s, want %s", got, want)
		}
	}
	s.mu.Lock()
	n := len(s.entries)
	s.mu.Unlock()
	if n > 4096+2+1 {
		t.Errorf("%d results in memory after 6000 edits of one item", n)
	}
	if got := eval(3); got != "3" {
		t.Errorf("value %s after the edit back, want 3", got)
	}
}

// TestBuildID: a clean VCS build is known by its revision; a modified
// tree or a build without VCS information by the executable's hash; and
// when even that cannot be read, by an identity of the process alone.
func TestBuildID(t *testing.T) {
	exe := filepath.Join(t.TempDir(), "mirlsp")
	if err := os.WriteFile(exe, []byte("binary one"), 0o755); err != nil {
		t.Fatal(err)
	}
	found := func() (string, error) { return exe, nil }
	info := func(settings ...debug.BuildSetting) *debug.BuildInfo { return &debug.BuildInfo{Settings: settings} }
	rev := debug.BuildSetting{Key: "vcs.revision", Value: "5b115f8e"}
	if got := buildID(info(rev, debug.BuildSetting{Key: "vcs.modified", Value: "false"}), true, found); got != "vcs:5b115f8e" {
		t.Errorf("clean build: %q", got)
	}
	sum := sha256.Sum256([]byte("binary one"))
	want := "exe:" + hex.EncodeToString(sum[:])
	if got := buildID(info(rev, debug.BuildSetting{Key: "vcs.modified", Value: "true"}), true, found); got != want {
		t.Errorf("modified tree: %q, want %q", got, want)
	}
	if got := buildID(nil, false, found); got != want {
		t.Errorf("no build information: %q, want %q", got, want)
	}
	missing := func() (string, error) { return "", errors.New("no executable") }
	a, b := buildID(nil, false, missing), buildID(nil, false, missing)
	if !strings.HasPrefix(a, "process:") || a == b {
		t.Errorf("no executable: %q, %q", a, b)
	}
	if BuildID() == "" || BuildID() != BuildID() {
		t.Errorf("BuildID() = %q", BuildID())
	}
	// The build is part of every key.
	if !strings.Contains(keyPrefix(Options{Version: "v"}), BuildID()) {
		t.Errorf("key prefix %q lacks the build", keyPrefix(Options{Version: "v"}))
	}
}
