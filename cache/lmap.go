// lmap.go is the map the key states of successive workspaces share: an
// edit derives the next state's map from the last one's without copying
// the whole workspace.

package cache

import "iter"

// lmap is a map made of a base, never modified once shared, and an
// overlay of the changes made since. Deriving a map copies only the
// overlay; when the overlay grows past a fraction of the base, the
// derived map gets a new base with the changes applied. Repeated edits
// of the same document keep the overlay at about twice the document's
// size: entries an edit set and the next edit deletes leave the overlay.
type lmap[K comparable, V any] struct {
	base map[K]V
	over map[K]lentry[V]
	n    int
	// building marks a map no other map shares the base of yet (being
	// filled by the computation that made it): changes go to the base.
	building bool
}

// lentry is an overlay entry: a value, or the deletion of a base entry.
type lentry[V any] struct {
	v   V
	del bool
}

// newLmap returns an empty map being built: it must be done (built
// false) before another map is derived from it.
func newLmap[K comparable, V any](size int) *lmap[K, V] {
	return &lmap[K, V]{base: make(map[K]V, size), building: true}
}

func (m *lmap[K, V]) get(k K) (V, bool) {
	if e, ok := m.over[k]; ok {
		if e.del {
			var zero V
			return zero, false
		}
		return e.v, true
	}
	v, ok := m.base[k]
	return v, ok
}

// len returns the number of entries.
func (m *lmap[K, V]) len() int { return m.n }

func (m *lmap[K, V]) set(k K, v V) { m.swap(k, v) }

// swap sets k to v and returns k's value before (had tells there was
// one).
func (m *lmap[K, V]) swap(k K, v V) (old V, had bool) {
	old, had = m.get(k)
	if !had {
		m.n++
	}
	if m.building {
		m.base[k] = v
		return old, had
	}
	if m.over == nil {
		m.over = map[K]lentry[V]{}
	}
	m.over[k] = lentry[V]{v: v}
	return old, had
}

func (m *lmap[K, V]) delete(k K) {
	if _, ok := m.get(k); !ok {
		return
	}
	m.n--
	if m.building {
		delete(m.base, k)
		return
	}
	if _, inBase := m.base[k]; inBase {
		if m.over == nil {
			m.over = map[K]lentry[V]{}
		}
		m.over[k] = lentry[V]{del: true}
	} else {
		delete(m.over, k)
	}
}

// derive returns a map with m's entries that can be changed without
// changing m.
func (m *lmap[K, V]) derive() *lmap[K, V] {
	if m.building {
		panic("cache: lmap derived while being built")
	}
	if len(m.over) <= len(m.base)/4+64 {
		over := make(map[K]lentry[V], len(m.over)+64)
		for k, e := range m.over {
			over[k] = e
		}
		return &lmap[K, V]{base: m.base, over: over, n: m.n}
	}
	base := make(map[K]V, m.n)
	for k, v := range m.all() {
		base[k] = v
	}
	return &lmap[K, V]{base: base, n: m.n}
}

// all yields every entry, in no particular order.
func (m *lmap[K, V]) all() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m.base {
			if _, ok := m.over[k]; ok {
				continue
			}
			if !yield(k, v) {
				return
			}
		}
		for k, e := range m.over {
			if !e.del && !yield(k, e.v) {
				return
			}
		}
	}
}
