// memory.go holds Miri's memory model: allocations of bytes with an init
// mask and pointer provenance, checked reads and writes with rustc's
// errors, and the interned global memory shared across evaluations.

package eval

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"weak"

	"mirlsp/mir"
)

// AllocID names an allocation. 0 means "no allocation": a Pointer with
// Alloc 0 is an integer address without provenance.
//
// Numbering policy (the one place it is decided): rustc prints allocation
// ids from a crate-wide counter, so its numbers cannot be reproduced in
// general. mirlsp keeps
//   - ids 1..firstLocal-1 for the allocation dumps of the MIR file (allocN
//     of the file is AllocID N, so messages about them match rustc);
//   - ids from firstLocal (see NewMemory) up for allocations an evaluation
//     creates (locals, promoteds, heap), in creation order, so they are
//     deterministic per evaluation but not rustc's numbers;
//   - ids from GlobalBase up for interned global memory shared by all
//     evaluations, printed in rustc's form from globalNameBase up
//     (alloc2097152, ...), numbers no MIR file of a crate reaches.
type AllocID uint64

// GlobalBase is the first AllocID of interned global allocations.
const GlobalBase AllocID = 1 << 40

// globalNameBase is the number printed for the first global id.
const globalNameBase = 2 << 20

// String prints the id as rustc does: alloc7.
func (id AllocID) String() string {
	if id >= GlobalBase {
		return "alloc" + strconv.FormatUint(uint64(id-GlobalBase)+globalNameBase, 10)
	}
	return "alloc" + strconv.FormatUint(uint64(id), 10)
}

// Pointer is an address: an allocation and an offset into it, with its
// provenance's mutability (Imm for shared/const pointers, printed <imm>).
// Alloc 0 is an integer address (Offset is then the address).
type Pointer struct {
	Alloc  AllocID
	Offset uint64
	Imm    bool
}

// String prints the pointer like rustc's Pointer Debug: alloc2, alloc2+0xc,
// or 0x10[noalloc] without provenance.
func (p Pointer) String() string {
	if p.Alloc == 0 {
		return fmt.Sprintf("%#x[noalloc]", p.Offset)
	}
	if p.Offset == 0 {
		return p.Alloc.String()
	}
	return fmt.Sprintf("%s+%#x", p.Alloc, p.Offset)
}

// AllocKind is what an allocation holds.
type AllocKind uint8

const (
	AllocStack  AllocKind = iota // a local whose address is taken
	AllocHeap                    // const_allocate / Box
	AllocGlobal                  // interned const memory, promoteds, file dumps
	AllocStatic                  // the memory of a static
	AllocFn                      // a function (no bytes)
	AllocVTable                  // a vtable (no bytes)
)

// provEntry records that the pointer Target is stored at Offset. A whole
// pointer has Frag -1; a single byte of a pointer (copied bytewise) has
// Frag = the index of that byte within the pointer.
type provEntry struct {
	Offset uint64
	Target Pointer
	Frag   int8
}

// Allocation is one allocation's contents. Bytes holds Size bytes; the
// init mask says which are initialized; prov lists stored pointers sorted
// by offset.
//
// The init mask costs nothing while the initialized bytes are a prefix
// [0, initLen) of the allocation, as they are in a fresh allocation, in
// memory made whole (interned values, bytes written in one piece) and in
// an array filled from its start: init is nil then. Otherwise it is a
// bitmask, bit i set when byte i is initialized (initLen unused).
type Allocation struct {
	Bytes   []byte
	init    []uint64
	initLen uint64
	prov    []provEntry
	Size    uint64
	Align   uint64
	Mutable bool
	Kind    AllocKind
	Freed   bool
	// Name is the static's path, the fn instance or the vtable text.
	Name string
	// Item is the fn or static item behind an AllocFn/AllocStatic.
	Item *mir.Item
	// MutableGlobal marks the memory of a `static mut`, which a constant
	// may not access.
	MutableGlobal bool
	// VTable is the trait and concrete type of an AllocVTable.
	VTable *VTable
}

// NewAllocation returns a zero-filled, uninitialized allocation.
func NewAllocation(size, align uint64, kind AllocKind, mutable bool) *Allocation {
	return &Allocation{Bytes: make([]byte, size), Size: size, Align: align, Kind: kind, Mutable: mutable}
}

// AllocationFromBytes returns an initialized allocation holding b.
func AllocationFromBytes(b []byte, align uint64, kind AllocKind, mutable bool) *Allocation {
	a := NewAllocation(uint64(len(b)), align, kind, mutable)
	copy(a.Bytes, b)
	a.SetInit(0, a.Size, true)
	return a
}

// SetInit marks bytes [start, end) initialized or not.
func (a *Allocation) SetInit(start, end uint64, v bool) {
	if start >= end {
		return
	}
	if a.init == nil {
		switch {
		case v && start <= a.initLen:
			a.initLen = max(a.initLen, end)
			return
		case !v && start >= a.initLen:
			return
		case !v && end >= a.initLen:
			a.initLen = start
			return
		}
		a.materialize()
	}
	for i := start; i < end; {
		w, b := i/64, i%64
		n := min(64-b, end-i)
		m := (^uint64(0) >> (64 - n)) << b
		if v {
			a.init[w] |= m
		} else {
			a.init[w] &^= m
		}
		i += n
	}
}

// materialize turns a prefix init mask into a bitmask.
func (a *Allocation) materialize() {
	a.init = make([]uint64, (a.Size+63)/64)
	n := a.initLen
	for w := uint64(0); w < n/64; w++ {
		a.init[w] = ^uint64(0)
	}
	if n%64 != 0 {
		a.init[n/64] = ^uint64(0) >> (64 - n%64)
	}
	a.initLen = 0
}

// compactInit turns a bitmask that marks a prefix initialized back into
// the prefix form: equal memory then has one form (interning compares
// it).
func (a *Allocation) compactInit() {
	if a.init == nil {
		return
	}
	k := a.scanInit(0, a.Size, true)
	if a.scanInit(k, a.Size, false) == a.Size {
		a.init, a.initLen = nil, k
	}
}

// initWords returns the init mask as a bitmask (shared with the
// allocation when it is one).
func (a *Allocation) initWords() []uint64 {
	if a.init != nil {
		return a.init
	}
	c := *a
	c.materialize()
	return c.init
}

// firstUninit returns the first uninitialized range within [start, end).
func (a *Allocation) firstUninit(start, end uint64) (s, e uint64, ok bool) {
	i := a.scanInit(start, end, true)
	if i == end {
		return 0, 0, false
	}
	return i, a.scanInit(i, end, false), true
}

// scanInit returns the first byte in [start, end) whose init bit differs
// from init (end if none), a word at a time.
func (a *Allocation) scanInit(start, end uint64, init bool) uint64 {
	if start >= end {
		return end
	}
	if a.init == nil {
		if init {
			return min(max(start, a.initLen), end)
		}
		if start < a.initLen {
			return start
		}
		return end
	}
	for i := start; i < end; {
		w := a.init[i/64]
		if init {
			w = ^w
		}
		w >>= i % 64
		if w != 0 {
			return min(i+uint64(bits.TrailingZeros64(w)), end)
		}
		i += 64 - i%64
	}
	return end
}

func (a *Allocation) isInit(i uint64) bool {
	if a.init == nil {
		return i < a.initLen
	}
	return a.init[i/64]>>(i%64)&1 != 0
}

// allInit reports whether [start, end) is initialized (fast path by words).
func (a *Allocation) allInit(start, end uint64) bool {
	if a.init == nil || start >= end {
		return start >= end || end <= a.initLen
	}
	if end-start <= 64 && start/64 == (end-1)/64 {
		n := end - start
		m := (^uint64(0) >> (64 - n)) << (start % 64)
		return a.init[start/64]&m == m
	}
	return a.scanInit(start, end, true) == end
}

// initBits returns the n <= 64 init bits of bytes [off, off+n), byte off
// in bit 0.
func (a *Allocation) initBits(off, n uint64) uint64 {
	if a.init == nil {
		if off >= a.initLen {
			return 0
		}
		if k := a.initLen - off; k < n {
			return 1<<k - 1
		}
		if n < 64 {
			return 1<<n - 1
		}
		return ^uint64(0)
	}
	w, b := off/64, off%64
	v := a.init[w] >> b
	if b+n > 64 {
		v |= a.init[w+1] << (64 - b)
	}
	if n < 64 {
		v &= 1<<n - 1
	}
	return v
}

// setInitBits sets the init bits of bytes [off, off+n), n <= 64, to v.
func (a *Allocation) setInitBits(off, n, v uint64) {
	w, b := off/64, off%64
	m := ^uint64(0)
	if n < 64 {
		m = 1<<n - 1
	}
	if a.init == nil {
		switch v & m {
		case m:
			a.SetInit(off, off+n, true)
			return
		case 0:
			a.SetInit(off, off+n, false)
			return
		}
		a.materialize()
	}
	a.init[w] = a.init[w]&^(m<<b) | (v&m)<<b
	if b+n > 64 {
		a.init[w+1] = a.init[w+1]&^(m>>(64-b)) | (v&m)>>(64-b)
	}
}

// provRange returns the index range of prov entries overlapping [start, end).
func (a *Allocation) provRange(start, end uint64) (int, int) {
	// A whole pointer at offset o covers [o, o+8).
	i := sort.Search(len(a.prov), func(i int) bool { return a.prov[i].Offset+a.provLen(i) > start })
	j := i
	for j < len(a.prov) && a.prov[j].Offset < end {
		j++
	}
	return i, j
}

func (a *Allocation) provLen(i int) uint64 {
	if a.prov[i].Frag < 0 {
		return PtrSize
	}
	return 1
}

// clearProv removes provenance overlapping [start, end); whole pointers
// cut at the edges keep their remaining bytes as fragments, like rustc's
// bytewise provenance.
func (a *Allocation) clearProv(start, end uint64) {
	i, j := a.provRange(start, end)
	if i == j {
		return
	}
	var keep []provEntry
	for _, e := range a.prov[i:j] {
		if e.Frag >= 0 {
			continue
		}
		for k := uint64(0); k < PtrSize; k++ {
			if o := e.Offset + k; o < start || o >= end {
				keep = append(keep, provEntry{Offset: o, Target: e.Target, Frag: int8(k)})
			}
		}
	}
	a.prov = append(a.prov[:i], append(keep, a.prov[j:]...)...)
}

func (a *Allocation) insertProv(e provEntry) {
	i := sort.Search(len(a.prov), func(i int) bool { return a.prov[i].Offset >= e.Offset })
	a.prov = append(a.prov, provEntry{})
	copy(a.prov[i+1:], a.prov[i:])
	a.prov[i] = e
}

// Pointers returns the offsets and targets of the whole pointers stored
// in the allocation, in order.
func (a *Allocation) Pointers() (offsets []uint64, targets []Pointer) {
	for _, e := range a.prov {
		if e.Frag < 0 {
			offsets = append(offsets, e.Offset)
			targets = append(targets, e.Target)
		}
	}
	return offsets, targets
}

// ---- global memory ----

// GlobalKind is the kind of a global allocation (rustc's GlobalAlloc).
type GlobalKind uint8

const (
	GlobalMemory GlobalKind = iota // interned bytes
	GlobalFn                       // a function, for fn pointers
	GlobalStatic                   // a static, resolved lazily (circular statics)
	GlobalVTable                   // a vtable
)

// Globals is the interned memory shared by all evaluations (and
// documents): immutable allocations deduplicated by content, functions
// and vtables deduplicated by key, and statics. It is safe for concurrent
// use.
type Globals struct {
	mu     sync.RWMutex
	allocs map[AllocID]*Allocation
	kinds  map[AllocID]GlobalKind
	byKey  map[string]AllocID // dedup of fns, vtables and statics by key
	// byContent deduplicates immutable memory: content hashes to ids.
	byContent map[uint64][]AllocID
	next      AllocID
	seed      maphash.Seed

	// Collection (collect.go): users pin the memory; roots lists the
	// owner's results (nil: never collect); evaluators are weak
	// references to evaluators whose memos are roots; young holds ids
	// interned or found since the last collection, which survive it.
	users       sync.RWMutex
	roots       func(yield func(*Result))
	evaluators  []weak.Pointer[Evaluator]
	young       map[AllocID]bool
	interned    uint64 // bytes interned since the last collection
	kept        uint64 // bytes kept by the last collection
	due         atomic.Bool
	collecting  atomic.Bool
	collections int
}

// NewGlobals returns an empty global memory.
func NewGlobals() *Globals {
	return &Globals{allocs: map[AllocID]*Allocation{}, kinds: map[AllocID]GlobalKind{}, byKey: map[string]AllocID{},
		byContent: map[uint64][]AllocID{}, young: map[AllocID]bool{}, next: GlobalBase, seed: maphash.MakeSeed()}
}

// Get returns a global allocation.
func (g *Globals) Get(id AllocID) (*Allocation, GlobalKind, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	a, ok := g.allocs[id]
	return a, g.kinds[id], ok
}

func (g *Globals) addLocked(a *Allocation, k GlobalKind, key string) AllocID {
	id := g.next
	g.next++
	g.allocs[id] = a
	g.kinds[id] = k
	if key != "" {
		g.byKey[key] = id
	}
	return id
}

// Fn returns the allocation standing for function key (an instance path),
// creating it once.
func (g *Globals) Fn(key string, item *mir.Item) AllocID {
	return g.keyed("fn:"+key, GlobalFn, &Allocation{Kind: AllocFn, Name: key, Item: item, Align: 1})
}

// VTable returns the allocation standing for a vtable (key such as
// "impl Tr for u8"), creating it once.
func (g *Globals) VTable(key string) AllocID {
	return g.keyed("vtable:"+key, GlobalVTable, &Allocation{Kind: AllocVTable, Name: key, Align: 1})
}

// Static returns the id of static key, reserving it (without memory) the
// first time; DefineStatic later gives it its bytes. Pointers to a static
// can therefore exist before it is evaluated.
func (g *Globals) Static(key string, item *mir.Item) AllocID {
	return g.keyed("static:"+key, GlobalStatic, &Allocation{Kind: AllocStatic, Name: key, Item: item, Freed: false, Align: 1})
}

// DefineStatic stores the evaluated memory of a static reserved by Static.
func (g *Globals) DefineStatic(id AllocID, a *Allocation) {
	g.mu.Lock()
	defer g.mu.Unlock()
	a.Kind = AllocStatic
	if old := g.allocs[id]; old != nil {
		a.Name, a.Item = old.Name, old.Item
	}
	g.allocs[id] = a
}

func (g *Globals) keyed(key string, k GlobalKind, a *Allocation) AllocID {
	g.mu.Lock()
	defer g.mu.Unlock()
	if id, ok := g.byKey[key]; ok {
		return id
	}
	return g.addLocked(a, k, key)
}

// contentHash hashes an immutable allocation whose pointers already
// point into global memory, for deduplication.
func (g *Globals) contentHash(a *Allocation) uint64 {
	var h maphash.Hash
	h.SetSeed(g.seed)
	var b []byte
	b = binary.LittleEndian.AppendUint64(b, a.Size)
	b = binary.LittleEndian.AppendUint64(b, a.Align)
	h.Write(b)
	h.Write(a.Bytes)
	b = b[:0]
	if a.init == nil {
		// The prefix form (compactInit makes equal masks one form).
		b = binary.LittleEndian.AppendUint64(b, a.initLen)
	}
	for _, w := range a.init {
		if len(b) >= 512 {
			h.Write(b)
			b = b[:0]
		}
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	for _, e := range a.prov {
		if len(b) >= 512 {
			h.Write(b)
			b = b[:0]
		}
		b = binary.LittleEndian.AppendUint64(b, e.Offset)
		b = binary.LittleEndian.AppendUint64(b, uint64(e.Target.Alloc))
		b = binary.LittleEndian.AppendUint64(b, e.Target.Offset)
		b = append(b, byte(e.Frag), boolByte(e.Target.Imm))
	}
	h.Write(b)
	return h.Sum64()
}

// sameContent reports whether two immutable allocations are equal.
func sameContent(a, b *Allocation) bool {
	return a.Size == b.Size && a.Align == b.Align && bytes.Equal(a.Bytes, b.Bytes) &&
		(a.init == nil) == (b.init == nil) && a.initLen == b.initLen &&
		slices.Equal(a.init, b.init) && slices.Equal(a.prov, b.prov)
}

// internContent returns the id of memory equal to c, adding c when there
// is none; g.mu is held.
func (g *Globals) internContent(c *Allocation) AllocID {
	c.compactInit()
	h := g.contentHash(c)
	for _, id := range g.byContent[h] {
		if sameContent(g.allocs[id], c) {
			g.noteInterned(id, c.Size)
			return id
		}
	}
	id := g.addLocked(c, GlobalMemory, "")
	g.byContent[h] = append(g.byContent[h], id)
	g.noteInterned(id, c.Size)
	return id
}

// forgetContent removes a freed allocation from the dedup index.
func (g *Globals) forgetContent(id AllocID, a *Allocation) {
	h := g.contentHash(a)
	ids := slices.DeleteFunc(g.byContent[h], func(x AllocID) bool { return x == id })
	if len(ids) == 0 {
		delete(g.byContent, h)
	} else {
		g.byContent[h] = ids
	}
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// ---- per-evaluation memory ----

// Memory is the memory of one evaluation: its own allocations plus the
// shared Globals. It is not safe for concurrent use.
type Memory struct {
	allocs  map[AllocID]*Allocation
	Globals *Globals
	// File resolves allocation dumps of the MIR file (allocN) lazily;
	// nil when there is no file.
	File func(id AllocID) *Allocation
	next AllocID
	// Used counts the bytes allocated; Limit (0 = none) bounds it.
	Used, Limit uint64
	// InitialValues holds the allocations of the `static mut` values a
	// static's initializer reached: it may read them, not write them.
	InitialValues map[AllocID]bool
	// lastGlobal caches the interned allocation read last: interned
	// memory is immutable and is not collected while an evaluation runs
	// (Globals.Pin), so a loop reading a constant's bytes takes no lock.
	lastGlobal      AllocID
	lastGlobalAlloc *Allocation
	// lastLocal caches the own allocation found last (a loop writing an
	// array finds it once instead of a map lookup per element); it is
	// dropped when its id is replaced or interned.
	lastLocal      AllocID
	lastLocalAlloc *Allocation
}

// NewMemory returns an empty memory whose own allocations are numbered
// from firstLocal (one more than the highest allocN of the file).
func NewMemory(g *Globals, firstLocal AllocID) *Memory {
	if firstLocal == 0 {
		firstLocal = 1
	}
	return &Memory{allocs: map[AllocID]*Allocation{}, Globals: g, next: firstLocal}
}

// Allocate creates a new uninitialized allocation and returns a mutable
// pointer to its start.
func (m *Memory) Allocate(size, align uint64, kind AllocKind, mutable bool) (Pointer, *EvalError) {
	a := NewAllocation(0, align, kind, mutable)
	if err := m.charge(size + allocOverhead); err != nil {
		return Pointer{}, err
	}
	a.Bytes = make([]byte, size)
	a.Size = size
	return m.Add(a), nil
}

// Add registers an allocation built by the caller (promoteds, file
// dumps) and returns a pointer to its start.
func (m *Memory) Add(a *Allocation) Pointer {
	id := m.next
	m.next++
	m.allocs[id] = a
	return Pointer{Alloc: id, Imm: !a.Mutable}
}

// AddWithID registers an allocation under a fixed id (a file's allocN).
func (m *Memory) AddWithID(id AllocID, a *Allocation) {
	m.allocs[id] = a
	if id == m.lastLocal {
		m.lastLocal, m.lastLocalAlloc = 0, nil
	}
	if id >= m.next && id < GlobalBase {
		m.next = id + 1
	}
}

// allocOverhead is what an allocation costs beyond its bytes (its
// bookkeeping): zero-sized allocations are not free, so a loop that makes
// them without end reaches the memory limit.
const allocOverhead = 128

func (m *Memory) charge(size uint64) *EvalError {
	if m.Limit != 0 && (size > m.Limit || m.Used+size > m.Limit) {
		return ErrMemoryLimit()
	}
	m.Used += size
	return nil
}

// Deallocate frees the allocation p points to (p must be at its start).
func (m *Memory) Deallocate(p Pointer) *EvalError {
	a := m.allocs[p.Alloc]
	if a == nil {
		if _, _, ok := m.Globals.get(p.Alloc); ok {
			return newErr(KindUB, "deallocating %s, which is static memory", p.Alloc)
		}
		return ErrUseAfterFree(OpMemoryAccess, p.Alloc.String())
	}
	if a.Freed {
		return ErrUseAfterFree(OpMemoryAccess, p.Alloc.String())
	}
	if !a.Mutable {
		return newErr(KindUB, "deallocating immutable allocation %s", p.Alloc)
	}
	if p.Offset != 0 {
		return newErr(KindUB, "deallocating %s which does not point to the beginning of an object", p)
	}
	a.Freed = true
	m.Used -= a.Size + allocOverhead
	a.Bytes, a.init, a.initLen, a.prov = nil, nil, 0, nil
	return nil
}

func (g *Globals) get(id AllocID) (*Allocation, GlobalKind, bool) {
	if g == nil {
		return nil, 0, false
	}
	return g.Get(id)
}

// Get returns the allocation with the given id (local, file or global).
func (m *Memory) Get(id AllocID) (*Allocation, bool) {
	if id == m.lastLocal && id != 0 {
		return m.lastLocalAlloc, true
	}
	if a, ok := m.allocs[id]; ok {
		m.lastLocal, m.lastLocalAlloc = id, a
		return a, true
	}
	if id >= GlobalBase {
		if id == m.lastGlobal {
			return m.lastGlobalAlloc, true
		}
		a, k, ok := m.Globals.get(id)
		if ok && k == GlobalMemory {
			m.lastGlobal, m.lastGlobalAlloc = id, a
		}
		return a, ok
	}
	if m.File != nil {
		if a := m.File(id); a != nil {
			m.allocs[id] = a
			return a, true
		}
	}
	return nil, false
}

// alignOf returns the alignment a pointer is known to have: the largest
// power of two dividing both the allocation's alignment and the offset.
func alignOf(allocAlign, offset uint64) uint64 {
	if offset == 0 {
		return allocAlign
	}
	return min(allocAlign, uint64(1)<<bits.TrailingZeros64(offset))
}

// Check validates an access of size bytes at p with the required
// alignment, for reading or writing, and returns the allocation. Zero-sized
// accesses need no allocation (rustc allows them on any aligned pointer).
func (m *Memory) Check(p Pointer, size, align uint64, op PointerOp, write bool) (*Allocation, *EvalError) {
	if p.Alloc == 0 {
		if size == 0 {
			if align > 1 && p.Offset%align != 0 {
				return nil, ErrMisaligned(alignOf(1<<63, p.Offset), align)
			}
			return nil, nil
		}
		if p.Offset == 0 {
			return nil, ErrNullPointer(op, int64(size))
		}
		return nil, ErrDanglingIntPointer(op, int64(size), p.Offset)
	}
	a, ok := m.Get(p.Alloc)
	if !ok || a.Freed {
		return nil, ErrUseAfterFree(op, p.Alloc.String())
	}
	if a.MutableGlobal {
		return nil, ErrMutableGlobal()
	}
	switch a.Kind {
	case AllocFn:
		return nil, ErrDerefFunction(p.Alloc.String())
	case AllocVTable:
		return nil, ErrDerefVTable(p.Alloc.String())
	}
	if a.Kind == AllocStatic && a.Bytes == nil && a.Size == 0 && a.Item != nil {
		return nil, ErrRecursiveStatic()
	}
	if p.Offset > a.Size || size > a.Size-p.Offset {
		return nil, ErrPointerOutOfBounds(op, int64(size), p.String(), int64(p.Offset), a.Size)
	}
	if has := alignOf(a.Align, p.Offset); has < align {
		return nil, ErrMisaligned(has, align)
	}
	if write && len(m.InitialValues) != 0 && m.InitialValues[p.Alloc] {
		return nil, ErrModifiedStatic()
	}
	if write && !a.Mutable {
		return nil, ErrReadOnly(p.Alloc.String())
	}
	if write && p.Imm {
		return nil, ErrWriteThroughImmutable()
	}
	return a, nil
}

// ReadScalar reads a scalar of size bytes (1..16) at p. Eight bytes that
// hold a whole pointer read as that pointer.
func (m *Memory) ReadScalar(p Pointer, size, align uint64) (Scalar, *EvalError) {
	a, err := m.Check(p, size, align, OpMemoryAccess, false)
	if err != nil || size == 0 {
		return Scalar{}, err
	}
	return a.readScalar(p, size)
}

func (a *Allocation) readScalar(p Pointer, size uint64) (Scalar, *EvalError) {
	off := p.Offset
	if !a.allInit(off, off+size) {
		s, e, _ := a.firstUninit(off, off+size)
		return Scalar{}, ErrUninit(p.Alloc.String(), off, off+size, s, e)
	}
	if len(a.prov) != 0 {
		if i, j := a.provRange(off, off+size); i != j {
			e := a.prov[i]
			if j == i+1 && e.Frag < 0 && e.Offset == off && size == PtrSize {
				t := e.Target
				t.Offset = binary.LittleEndian.Uint64(a.Bytes[off:])
				return ScalarPtr(t), nil
			}
			// A fragment of a pointer, or a pointer read at the wrong size.
			if size == PtrSize && j == i+PtrSize && a.fragmentsFormPointer(i, off) {
				t := e.Target
				t.Offset = binary.LittleEndian.Uint64(a.Bytes[off:])
				return ScalarPtr(t), nil
			}
			return Scalar{}, ErrPartialPointerRead(Pointer{Alloc: p.Alloc, Offset: off}.String())
		}
	}
	var v mir.U128
	b := a.Bytes[off : off+size]
	switch size {
	case 1:
		return Scalar{Bits: mir.U128{Lo: uint64(b[0])}, Size: 1}, nil
	case 2:
		return Scalar{Bits: mir.U128{Lo: uint64(binary.LittleEndian.Uint16(b))}, Size: 2}, nil
	case 4:
		return Scalar{Bits: mir.U128{Lo: uint64(binary.LittleEndian.Uint32(b))}, Size: 4}, nil
	case 8:
		return Scalar{Bits: mir.U128{Lo: binary.LittleEndian.Uint64(b)}, Size: 8}, nil
	}
	if size <= 8 {
		var buf [8]byte
		copy(buf[:], b)
		v.Lo = binary.LittleEndian.Uint64(buf[:])
	} else {
		var buf [16]byte
		copy(buf[:], b)
		v.Lo = binary.LittleEndian.Uint64(buf[:8])
		v.Hi = binary.LittleEndian.Uint64(buf[8:])
	}
	return ScalarInt(v, uint8(size)), nil
}

// fragmentsFormPointer reports whether prov[i:i+8] are the bytes 0..7 of
// one pointer, in order, starting at off.
func (a *Allocation) fragmentsFormPointer(i int, off uint64) bool {
	t := a.prov[i].Target
	for k := 0; k < PtrSize; k++ {
		e := a.prov[i+k]
		if e.Frag != int8(k) || e.Offset != off+uint64(k) || e.Target.Alloc != t.Alloc || e.Target.Imm != t.Imm {
			return false
		}
	}
	return true
}

// WriteScalar writes s (of size bytes) at p.
func (m *Memory) WriteScalar(p Pointer, s Scalar, size, align uint64) *EvalError {
	a, err := m.Check(p, size, align, OpMemoryAccess, true)
	if err != nil || size == 0 {
		return err
	}
	a.writeScalar(p.Offset, s, size)
	return nil
}

func (a *Allocation) writeScalar(off uint64, s Scalar, size uint64) {
	if len(a.prov) != 0 {
		a.clearProv(off, off+size)
	}
	v := s.Bits
	if s.Prov != 0 {
		v = mir.U128{Lo: s.Bits.Lo}
		a.insertProv(provEntry{Offset: off, Target: Pointer{Alloc: s.Prov, Imm: s.Imm}, Frag: -1})
	}
	if b := off % 64; b+size <= 64 && size <= 8 {
		// One word of the init mask; the bytes stored directly.
		switch size {
		case 1:
			a.Bytes[off] = byte(v.Lo)
		case 2:
			binary.LittleEndian.PutUint16(a.Bytes[off:], uint16(v.Lo))
		case 4:
			binary.LittleEndian.PutUint32(a.Bytes[off:], uint32(v.Lo))
		case 8:
			binary.LittleEndian.PutUint64(a.Bytes[off:], v.Lo)
		default:
			var buf [8]byte
			binary.LittleEndian.PutUint64(buf[:], v.Lo)
			copy(a.Bytes[off:off+size], buf[:size])
		}
		switch {
		case a.init != nil:
			a.init[off/64] |= (^uint64(0) >> (64 - size)) << b
		case off <= a.initLen:
			a.initLen = max(a.initLen, off+size)
		default:
			a.SetInit(off, off+size, true)
		}
		return
	}
	var buf [16]byte
	binary.LittleEndian.PutUint64(buf[:8], v.Lo)
	binary.LittleEndian.PutUint64(buf[8:], v.Hi)
	copy(a.Bytes[off:off+size], buf[:size])
	a.SetInit(off, off+size, true)
}

// WriteUninit marks size bytes at p uninitialized.
func (m *Memory) WriteUninit(p Pointer, size, align uint64) *EvalError {
	a, err := m.Check(p, size, align, OpMemoryAccess, true)
	if err != nil || size == 0 {
		return err
	}
	a.clearProv(p.Offset, p.Offset+size)
	a.SetInit(p.Offset, p.Offset+size, false)
	return nil
}

// ReadBytes returns a copy of n initialized bytes at p without provenance
// (string contents).
func (m *Memory) ReadBytes(p Pointer, n uint64) ([]byte, *EvalError) {
	a, err := m.Check(p, n, 1, OpMemoryAccess, false)
	if err != nil || n == 0 {
		return nil, err
	}
	off := p.Offset
	if s, e, bad := a.firstUninit(off, off+n); bad {
		return nil, ErrUninit(p.Alloc.String(), off, off+n, s, e)
	}
	if i, j := a.provRange(off, off+n); i != j {
		return nil, ErrPtrToInt()
	}
	return append([]byte(nil), a.Bytes[off:off+n]...), nil
}

// WriteBytes writes initialized bytes at p.
func (m *Memory) WriteBytes(p Pointer, b []byte) *EvalError {
	n := uint64(len(b))
	a, err := m.Check(p, n, 1, OpMemoryAccess, true)
	if err != nil || n == 0 {
		return err
	}
	a.clearProv(p.Offset, p.Offset+n)
	copy(a.Bytes[p.Offset:], b)
	a.SetInit(p.Offset, p.Offset+n, true)
	return nil
}

// Copy copies size bytes with their init state and provenance from src to
// dst (count elements already multiplied in), like copy/copy_nonoverlapping;
// nonoverlapping reports overlapping ranges in one allocation as UB.
func (m *Memory) Copy(src, dst Pointer, size, srcAlign, dstAlign uint64, nonoverlapping bool) *EvalError {
	sa, err := m.Check(src, size, srcAlign, OpMemoryAccess, false)
	if err != nil {
		return err
	}
	da, err := m.Check(dst, size, dstAlign, OpMemoryAccess, true)
	if err != nil || size == 0 {
		return err
	}
	so, do := src.Offset, dst.Offset
	if nonoverlapping && src.Alloc == dst.Alloc && so < do+size && do < so+size {
		return ErrCopyOverlapping()
	}
	// The init bits and provenance of the source are read before any
	// write, so overlapping copies behave like memmove (copy does for the
	// bytes).
	allInit := sa.allInit(so, so+size)
	var initWords []uint64
	if !allInit {
		initWords = make([]uint64, (size+63)/64)
		for k := range initWords {
			o := uint64(k) * 64
			initWords[k] = sa.initBits(so+o, min(64, size-o))
		}
	}
	var prov []provEntry
	if i, j := sa.provRange(so, so+size); i != j && len(sa.prov) != 0 {
		for _, e := range sa.prov[i:j] {
			if e.Frag < 0 && e.Offset >= so && e.Offset+PtrSize <= so+size {
				prov = append(prov, provEntry{Offset: e.Offset - so + do, Target: e.Target, Frag: -1})
				continue
			}
			// Pointer bytes cut by the range are copied as fragments.
			n := uint64(1)
			if e.Frag < 0 {
				n = PtrSize
			}
			for k := uint64(0); k < n; k++ {
				o := e.Offset + k
				if o < so || o >= so+size {
					continue
				}
				frag := e.Frag
				if frag < 0 {
					frag = int8(k)
				}
				prov = append(prov, provEntry{Offset: o - so + do, Target: e.Target, Frag: frag})
			}
		}
	}
	if len(da.prov) != 0 {
		da.clearProv(do, do+size)
	}
	copy(da.Bytes[do:do+size], sa.Bytes[so:so+size])
	if allInit {
		da.SetInit(do, do+size, true)
	}
	for k, v := range initWords {
		o := uint64(k) * 64
		da.setInitBits(do+o, min(64, size-o), v)
	}
	for _, e := range prov {
		da.insertProv(e)
	}
	return nil
}

// Offset computes p + delta with rustc's in-bounds check (ptr.add,
// ptr.offset, the Offset binop): the result must stay within
// [0, size] of p's allocation.
func (m *Memory) Offset(p Pointer, delta int64) (Pointer, *EvalError) {
	if delta == 0 {
		return p, nil
	}
	if p.Alloc == 0 {
		if p.Offset == 0 {
			return p, ErrNullPointer(OpInboundsArith, delta)
		}
		return p, ErrDanglingIntPointer(OpInboundsArith, delta, p.Offset)
	}
	a, ok := m.Get(p.Alloc)
	if !ok || a.Freed {
		return p, ErrUseAfterFree(OpInboundsArith, p.Alloc.String())
	}
	n := int64(p.Offset) + delta
	if n < 0 || uint64(n) > a.Size || (delta > 0 && n < int64(p.Offset)) {
		return p, ErrPointerOutOfBounds(OpInboundsArith, delta, p.String(), int64(p.Offset), a.Size)
	}
	p.Offset = uint64(n)
	return p, nil
}

// ---- interning ----

// Intern moves every local allocation reachable from roots into global
// memory: each becomes immutable and is deduplicated by content with
// what is already there. It returns the new ids of the roots' targets
// (pointers into local memory must be rewritten by the caller with the
// returned map).
func (m *Memory) Intern(roots []AllocID) map[AllocID]AllocID {
	g := m.Globals
	g.mu.Lock()
	defer g.mu.Unlock()
	done := map[AllocID]AllocID{}
	state := map[AllocID]uint8{} // 1 in progress, 2 done
	reserved := map[AllocID]bool{}
	var visit func(id AllocID) AllocID
	visit = func(id AllocID) AllocID {
		if id >= GlobalBase || id == 0 {
			return id
		}
		a, ok := m.allocs[id]
		if !ok || a.Kind == AllocFn || a.Kind == AllocVTable {
			return id // a file allocation resolved elsewhere, or dangling
		}
		switch state[id] {
		case 2:
			return done[id]
		case 1: // a cycle: give it an id now, without deduplication
			if !reserved[id] {
				done[id] = g.next
				g.next++
				reserved[id] = true
			}
			return done[id]
		}
		state[id] = 1
		c := &Allocation{Bytes: a.Bytes, init: a.init, initLen: a.initLen, Size: a.Size, Align: a.Align, Kind: AllocGlobal, Name: a.Name, Item: a.Item}
		if a.Kind == AllocStatic {
			c.Kind = AllocStatic
		}
		c.prov = make([]provEntry, len(a.prov))
		for i, e := range a.prov {
			e.Target.Alloc = visit(e.Target.Alloc)
			c.prov[i] = e
		}
		state[id] = 2
		if reserved[id] {
			g.allocs[done[id]] = c
			g.kinds[done[id]] = GlobalMemory
			g.noteInterned(done[id], c.Size)
		} else {
			done[id] = g.internContent(c)
		}
		return done[id]
	}
	for _, r := range roots {
		visit(r)
	}
	for id := range done {
		delete(m.allocs, id)
	}
	m.lastLocal, m.lastLocalAlloc = 0, nil
	return done
}

// InternPointer interns what p points to and returns p rewritten.
func (m *Memory) InternPointer(p Pointer) Pointer {
	if p.Alloc == 0 {
		return p
	}
	if id, ok := m.Intern([]AllocID{p.Alloc})[p.Alloc]; ok {
		p.Alloc = id
	}
	p.Imm = true
	return p
}
