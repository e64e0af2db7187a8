package eval

import (
	"sync"
	"testing"

	"mirlsp/mir"
)

func wantErr(t *testing.T, err *EvalError, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %q", msg)
	}
	if err.Msg != msg {
		t.Errorf("got  %q\nwant %q", err.Msg, msg)
	}
}

func TestMemoryChecks(t *testing.T) {
	m := NewMemory(NewGlobals(), 2)
	p, err := m.Allocate(12, 4, AllocStack, true)
	if err != nil || p.Alloc != 2 {
		t.Fatalf("Allocate: %v %v", p, err)
	}
	// Uninitialized read.
	_, err = m.ReadScalar(p, 4, 4)
	wantErr(t, err, "reading memory at alloc2[0x0..0x4], but memory is uninitialized at [0x0..0x4], and this operation requires initialized memory")
	for i := uint64(0); i < 3; i++ {
		if err := m.WriteScalar(Pointer{Alloc: p.Alloc, Offset: 4 * i}, ScalarUint(i+1, 4), 4, 4); err != nil {
			t.Fatal(err)
		}
	}
	s, err := m.ReadScalar(Pointer{Alloc: 2, Offset: 8}, 4, 4)
	if err != nil || s.Bits.Lo != 3 {
		t.Fatalf("read back %v %v", s, err)
	}
	_, err = m.ReadScalar(Pointer{Alloc: 2, Offset: 12}, 4, 4)
	wantErr(t, err, "memory access failed: attempting to access 4 bytes, but got alloc2+0xc which is at or beyond the end of the allocation of size 12 bytes")
	_, err = m.ReadScalar(Pointer{Alloc: 2, Offset: 1}, 2, 2)
	wantErr(t, err, "accessing memory based on pointer with alignment 1, but alignment 2 is required")
	_, err = m.ReadScalar(Pointer{Offset: 16}, 4, 4)
	wantErr(t, err, "memory access failed: attempting to access 4 bytes, but got 0x10[noalloc] which is a dangling pointer (it has no provenance)")
	_, err = m.ReadScalar(Pointer{}, 4, 4)
	wantErr(t, err, "memory access failed: attempting to access 4 bytes, but got null pointer")
	if _, err := m.ReadScalar(Pointer{Offset: 4}, 0, 4); err != nil {
		t.Errorf("zero-sized access: %v", err)
	}
	_, err = m.Offset(p, 16)
	wantErr(t, err, "in-bounds pointer arithmetic failed: attempting to offset pointer by 16 bytes, but got alloc2 which is only 12 bytes from the end of the allocation")
	if q, err := m.Offset(p, 12); err != nil || q.Offset != 12 {
		t.Errorf("one-past-the-end offset: %v %v", q, err)
	}
	// Pointers stored in memory keep their provenance.
	q, _ := m.Allocate(16, 8, AllocStack, true)
	if err := m.WriteScalar(q, ScalarPtr(Pointer{Alloc: 2, Offset: 4, Imm: true}), 8, 8); err != nil {
		t.Fatal(err)
	}
	s, err = m.ReadScalar(q, 8, 8)
	if err != nil || !s.IsPtr() || s.Pointer() != (Pointer{Alloc: 2, Offset: 4, Imm: true}) {
		t.Fatalf("pointer round trip: %v %v", s, err)
	}
	if _, err := s.ToBits(); err == nil || err.Msg != "unable to turn pointer into integer" {
		t.Errorf("ToBits on pointer: %v", err)
	}
	_, err = m.ReadScalar(Pointer{Alloc: q.Alloc, Offset: 4}, 4, 4)
	wantErr(t, err, "unable to read parts of a pointer from memory at alloc3+0x4")
	// Bytewise copy of a pointer reassembles it.
	r, _ := m.Allocate(8, 8, AllocStack, true)
	for i := uint64(0); i < 8; i++ {
		if err := m.Copy(Pointer{Alloc: q.Alloc, Offset: i}, Pointer{Alloc: r.Alloc, Offset: i}, 1, 1, 1, true); err != nil {
			t.Fatal(err)
		}
	}
	if s, err := m.ReadScalar(r, 8, 8); err != nil || s.Pointer() != (Pointer{Alloc: 2, Offset: 4, Imm: true}) {
		t.Errorf("bytewise copy: %v %v", s, err)
	}
	wantErr(t, m.Copy(q, Pointer{Alloc: q.Alloc, Offset: 4}, 8, 1, 1, true), "`copy_nonoverlapping` called on overlapping ranges")
	// Read-only memory and use after free.
	ro := m.Add(AllocationFromBytes([]byte("abc"), 1, AllocGlobal, false))
	wantErr(t, m.WriteScalar(ro, ScalarUint(1, 1), 1, 1), "writing to alloc5 which is read-only")
	if err := m.Deallocate(p); err != nil {
		t.Fatal(err)
	}
	_, err = m.ReadScalar(p, 4, 4)
	wantErr(t, err, "memory access failed: alloc2 has been freed, so this pointer is dangling")
}

func TestMemoryLimit(t *testing.T) {
	m := NewMemory(NewGlobals(), 1)
	m.Limit = 100 + allocOverhead
	if _, err := m.Allocate(60, 1, AllocHeap, true); err != nil {
		t.Fatal(err)
	}
	_, err := m.Allocate(60, 1, AllocHeap, true)
	wantErr(t, err, "tried to allocate more memory than available to compiler")
	// Zero-sized allocations are counted too: endless ones reach the limit.
	m = NewMemory(NewGlobals(), 1)
	m.Limit = 1 << 20
	n := 0
	for ; n < 1<<20; n++ {
		if _, err = m.Allocate(0, 1, AllocStack, true); err != nil {
			break
		}
	}
	wantErr(t, err, "tried to allocate more memory than available to compiler")
	if n != 1<<20/allocOverhead {
		t.Errorf("%d zero-sized allocations before the limit, want %d", n, 1<<20/allocOverhead)
	}
}

func TestIntern(t *testing.T) {
	g := NewGlobals()
	var ids [2]AllocID
	var wg sync.WaitGroup
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := NewMemory(g, 1)
			data := m.Add(AllocationFromBytes([]byte("hello"), 1, AllocGlobal, true))
			ref, _ := m.Allocate(16, 8, AllocStack, true)
			m.WriteScalar(ref, ScalarPtr(data), 8, 8)
			m.WriteScalar(Pointer{Alloc: ref.Alloc, Offset: 8}, ScalarUint(5, 8), 8, 8)
			p := m.InternPointer(ref)
			a, ok := m.Get(p.Alloc)
			if !ok || a.Mutable || p.Alloc < GlobalBase {
				t.Errorf("interned %v: %v %v", p, ok, a)
			}
			s, err := m.ReadScalar(p, 8, 8)
			if err != nil || s.Prov < GlobalBase {
				t.Errorf("interned pointer %v %v", s, err)
			}
			ids[i] = p.Alloc
		}()
	}
	wg.Wait()
	if ids[0] != ids[1] {
		t.Errorf("equal contents interned as %v and %v", ids[0], ids[1])
	}
}

func BenchmarkMemoryWriteRead(b *testing.B) {
	m := NewMemory(NewGlobals(), 1)
	p, _ := m.Allocate(1024, 8, AllocStack, true)
	var sum uint64
	for i := 0; i < b.N; i++ {
		q := Pointer{Alloc: p.Alloc, Offset: uint64(i%128) * 8}
		m.WriteScalar(q, ScalarUint(uint64(i), 8), 8, 8)
		s, _ := m.ReadScalar(q, 8, 8)
		sum += s.Bits.Lo
	}
	sinkU128 = mir.U128{Lo: sum}
}

func BenchmarkMemoryCopy(b *testing.B) {
	m := NewMemory(NewGlobals(), 1)
	p, _ := m.Allocate(256, 8, AllocStack, true)
	q, _ := m.Allocate(256, 8, AllocStack, true)
	m.WriteBytes(p, make([]byte, 256))
	for i := 0; i < b.N; i++ {
		m.Copy(p, q, 256, 8, 8, true)
	}
}
