package cache

import (
	"maps"
	"math/rand"
	"testing"
)

// TestLmap: random sets, deletes and derivations of a layered map agree
// with a plain map, and a map's entries never change once another is
// derived from it (overlays and rebuilt bases alike).
func TestLmap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	m := newLmap[int, int](0)
	model := map[int]int{}
	type snap struct {
		m     *lmap[int, int]
		model map[int]int
	}
	var snaps []snap
	check := func(step int, m *lmap[int, int], model map[int]int) {
		if m.len() != len(model) {
			t.Fatalf("step %d: len %d, want %d", step, m.len(), len(model))
		}
		got := maps.Collect(m.all())
		if !maps.Equal(got, model) {
			t.Fatalf("step %d: entries differ", step)
		}
		for k := range 600 {
			v, ok := m.get(k)
			w, wok := model[k]
			if ok != wok || v != w {
				t.Fatalf("step %d: get(%d) = %d %v, want %d %v", step, k, v, ok, w, wok)
			}
		}
	}
	rebuilt := 0
	for step := range 3000 {
		// Keys from a window that moves, so overlays grow past their
		// bound and bases are rebuilt.
		k := step/10 + rng.Intn(100)
		switch r := rng.Intn(10); {
		case r < 6:
			m.set(k, step)
			model[k] = step
		case r < 9:
			m.delete(k)
			delete(model, k)
		default:
			m.building = false // built: from here on shared
			snaps = append(snaps, snap{m, maps.Clone(model)})
			m = m.derive()
			if m.over == nil { // the overlay was folded into a new base
				rebuilt++
			}
		}
		check(step, m, model)
	}
	for i, s := range snaps {
		check(-i, s.m, s.model)
	}
	if rebuilt == 0 {
		t.Error("no base was rebuilt")
	}
}
