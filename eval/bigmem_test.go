package eval

import (
	"context"
	"math/rand"
	"strconv"
	"testing"

	"mirlsp/mirparse"
)

// TestInitBitsModel checks the word-wise init mask operations and Copy's
// init and byte transfer (overlapping too) against a byte-per-flag model.
func TestInitBitsModel(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for iter := 0; iter < 2000; iter++ {
		size := uint64(1 + rng.Intn(300))
		m := NewMemory(NewGlobals(), 1)
		p, _ := m.Allocate(size, 1, AllocStack, true)
		a, _ := m.Get(p.Alloc)
		bytes := make([]byte, size)
		init := make([]bool, size)
		for k := 0; k < 6; k++ {
			s := uint64(rng.Intn(int(size)))
			e := s + uint64(rng.Intn(int(size-s)+1))
			v := rng.Intn(3) > 0
			a.SetInit(s, e, v)
			for i := s; i < e; i++ {
				init[i] = v
				if v {
					a.Bytes[i] = byte(rng.Intn(256))
				}
			}
		}
		copy(bytes, a.Bytes)
		s := uint64(rng.Intn(int(size)))
		e := s + uint64(rng.Intn(int(size-s)+1))
		gs, ge, bad := a.firstUninit(s, e)
		ws, we, wbad := uint64(0), uint64(0), false
		for i := s; i < e; i++ {
			if !init[i] {
				j := i
				for j < e && !init[j] {
					j++
				}
				ws, we, wbad = i, j, true
				break
			}
		}
		if gs != ws || ge != we || bad != wbad || a.allInit(s, e) != !wbad {
			t.Fatalf("firstUninit(%d, %d) = %d %d %v, want %d %d %v", s, e, gs, ge, bad, ws, we, wbad)
		}
		// An overlapping or disjoint copy within the allocation.
		n := uint64(rng.Intn(int(size) + 1))
		so, do := uint64(rng.Intn(int(size-n)+1)), uint64(rng.Intn(int(size-n)+1))
		if err := m.Copy(Pointer{Alloc: p.Alloc, Offset: so}, Pointer{Alloc: p.Alloc, Offset: do}, n, 1, 1, false); err != nil {
			t.Fatal(err)
		}
		wantB := append([]byte(nil), bytes...)
		wantI := append([]bool(nil), init...)
		copy(wantB[do:do+n], bytes[so:so+n])
		copy(wantI[do:do+n], init[so:so+n])
		for i := uint64(0); i < size; i++ {
			if a.isInit(i) != wantI[i] || wantI[i] && a.Bytes[i] != wantB[i] {
				t.Fatalf("copy %d bytes %d -> %d: byte %d init %v %d, want %v %d", n, so, do, i, a.isInit(i), a.Bytes[i], wantI[i], wantB[i])
			}
		}
	}
}

// TestRenderIntElems renders integer arrays read straight from their
// bytes and on the general per-element path, whole and truncated.
func TestRenderIntElems(t *testing.T) {
	r := NewRegistry()
	rng := rand.New(rand.NewSource(2))
	for _, ty := range []string{"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "usize", "isize", "u128", "bool"} {
		l, err := r.LayoutOf(parseTy(t, ty))
		if err != nil {
			t.Fatal(err)
		}
		n := 1 + rng.Intn(40)
		b := make([]byte, uint64(n)*l.Size)
		for i := range b {
			b[i] = byte(rng.Intn(256))
			if ty == "bool" {
				b[i] &= 1
			}
		}
		m := NewMemory(NewGlobals(), 1)
		p := m.Add(AllocationFromBytes(b, l.Align, AllocStack, true))
		arr := parseTy(t, "["+ty+"; "+strconv.Itoa(n)+"]")
		for _, opts := range []RenderOpts{{}, {MaxElems: 3}, {MaxBytes: 20}, {MaxBytes: 7, MaxElems: 5}} {
			rd := &Renderer{Mem: m, Reg: r, Opts: opts}
			fast, ferr := rd.Render(arr, p)
			general := *rd
			general.generalOnly = true
			slow, serr := general.Render(arr, p)
			if fast != slow || (ferr == nil) != (serr == nil) {
				t.Errorf("%s %+v: %q (%v), general path %q (%v)", arr.Text, opts, fast, ferr, slow, serr)
			}
		}
	}
}

// bigRepeatMIR is a 64 MiB repeat-filled array constant.
const bigRepeatMIR = `const A: [u8; 67108864] = {
    let mut _0: [u8; 67108864];

    bb0: {
        _0 = [const 7_u8; 67108864];
        return;
    }
}
`

// BenchmarkRepeat64M evaluates a 64 MiB repeat-filled array; B/op shows
// what it allocates beyond its bytes and init mask.
func BenchmarkRepeat64M(b *testing.B) {
	f, errs := mirparse.Parse("a.mir", []byte(bigRepeatMIR))
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	b.ReportAllocs()
	for b.Loop() {
		ev := NewEvaluator(NewProgram(f), DefaultConfig)
		res := ev.Eval(context.Background(), ev.Prog.Item("A"))
		if res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}

// TestInitPrefixModel runs init mask operations that mostly keep the
// initialized bytes a prefix (the mask's free form) and some that do not,
// and checks every query against a byte-per-flag model after each step,
// in both forms.
func TestInitPrefixModel(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	prefixSeen, bitmaskSeen := 0, 0
	for iter := 0; iter < 3000; iter++ {
		size := uint64(1 + rng.Intn(200))
		a := NewAllocation(size, 1, AllocStack, true)
		init := make([]bool, size)
		end := uint64(0) // a write position that keeps the prefix
		for k := 0; k < 10; k++ {
			var s, e uint64
			v := true
			switch op := rng.Intn(10); {
			case op < 5: // extend the prefix
				s = min(end, size)
				e = min(s+uint64(1+rng.Intn(20)), size)
				end = e
			case op < 7: // rewrite inside it
				s = uint64(rng.Intn(int(size)))
				e = s + uint64(rng.Intn(int(size-s)+1))
				v = rng.Intn(4) > 0
			case op < 8: // cut it
				s = uint64(rng.Intn(int(size)))
				e = size
				v = false
			default:
				s = uint64(rng.Intn(int(size)))
				e = s + uint64(rng.Intn(int(size-s)+1))
			}
			switch rng.Intn(3) {
			case 0:
				a.SetInit(s, e, v)
			case 1:
				if e-s > 64 {
					e = s + 64
				}
				var bitsV uint64
				if v {
					bitsV = ^uint64(0)
				}
				a.setInitBits(s, e-s, bitsV)
			default:
				if n := e - s; v && (n == 1 || n == 2 || n == 4 || n == 8) {
					a.writeScalar(s, ScalarUint(7, uint8(n)), n)
				} else {
					a.SetInit(s, e, v)
				}
			}
			for i := s; i < e; i++ {
				init[i] = v
			}
			if a.init == nil {
				prefixSeen++
			} else {
				bitmaskSeen++
			}
			checkInitModel(t, a, init, rng)
		}
		c := *a
		c.compactInit()
		checkInitModel(t, &c, init, rng)
		if w := a.initWords(); uint64(len(w)) != (size+63)/64 {
			t.Fatalf("initWords: %d words for %d bytes", len(w), size)
		}
	}
	if prefixSeen == 0 || bitmaskSeen == 0 {
		t.Fatalf("forms seen: prefix %d, bitmask %d", prefixSeen, bitmaskSeen)
	}
}

func checkInitModel(t *testing.T, a *Allocation, init []bool, rng *rand.Rand) {
	t.Helper()
	size := uint64(len(init))
	for i := range init {
		if a.isInit(uint64(i)) != init[i] {
			t.Fatalf("byte %d: init %v, want %v (prefix form %v)", i, a.isInit(uint64(i)), init[i], a.init == nil)
		}
	}
	for range 4 {
		s := uint64(rng.Intn(int(size)))
		e := s + uint64(rng.Intn(int(size-s)+1))
		for _, want := range []bool{true, false} {
			w := e
			for i := s; i < e; i++ {
				if init[i] != want {
					w = i
					break
				}
			}
			if g := a.scanInit(s, e, want); g != w {
				t.Fatalf("scanInit(%d, %d, %v) = %d, want %d", s, e, want, g, w)
			}
		}
		all := true
		for i := s; i < e; i++ {
			all = all && init[i]
		}
		if a.allInit(s, e) != all {
			t.Fatalf("allInit(%d, %d) = %v", s, e, !all)
		}
		n := min(e-s, 64)
		var want uint64
		for i := uint64(0); i < n; i++ {
			if init[s+i] {
				want |= 1 << i
			}
		}
		if g := a.initBits(s, n); g != want {
			t.Fatalf("initBits(%d, %d) = %b, want %b", s, n, g, want)
		}
	}
}

// TestInternInitForms: equal memory whose init mask is held in either
// form interns to one allocation.
func TestInternInitForms(t *testing.T) {
	g := NewGlobals()
	var ids []AllocID
	for _, bitmask := range []bool{false, true} {
		m := NewMemory(g, 1)
		p, _ := m.Allocate(100, 1, AllocStack, true)
		a, _ := m.Get(p.Alloc)
		a.SetInit(0, 70, true)
		if bitmask {
			a.SetInit(10, 20, false) // a hole, then filled again
			a.SetInit(10, 20, true)
		}
		if (a.init != nil) != bitmask {
			t.Fatalf("bitmask form %v, want %v", a.init != nil, bitmask)
		}
		ids = append(ids, m.InternPointer(p).Alloc)
	}
	if ids[0] != ids[1] {
		t.Errorf("equal memory interned as %s and %s", ids[0], ids[1])
	}
}
