// render_fast.go prints arrays and slices of primitives (integers, bool,
// char, floats) straight from their allocation's bytes: the allocation
// is resolved and checked once for the whole range instead of once per
// element, and the text is written into a buffer grown once.

package eval

import (
	"encoding/binary"
	"math/bits"
	"strconv"

	"mirlsp/mir"
)

// primSize returns the size of a primitive element type the fast path
// prints (0: not one).
func primSize(elem *mir.Ty) uint64 {
	switch elem.Kind {
	case mir.TyInt, mir.TyUint:
		if it, ok := IntTyOf(elem); ok {
			return uint64(it.Bits / 8)
		}
	case mir.TyBool:
		return 1
	case mir.TyChar:
		return 4
	case mir.TyFloat:
		if elem.Bits == 32 || elem.Bits == 64 {
			return uint64(elem.Bits / 8)
		}
	}
	return 0
}

// intElems prints elements [0, shown) of an array of n primitives of
// type elem at p (stride apart) with their separators, as elems would,
// when the range lies in one allocation, is initialized, holds no pointer
// bytes and every element is a valid value of its type. It reports
// false, having written nothing, when the general per-element path must
// do it (other types, or any range that path would report an error for).
// Its output and errors are the general path's: the same text, cut by
// MaxBytes where that path cuts it, and the same "too large" error.
func (s *renderState) intElems(elem *mir.Ty, p Pointer, n, shown, stride uint64) (bool, error) {
	if s.generalOnly || s.leaf != nil || shown == 0 || p.Alloc == 0 {
		return false, nil
	}
	size := primSize(elem)
	if size == 0 || stride != size {
		return false, nil
	}
	if s.Opts.MaxBytes == 0 && shown == n && 3*n > maxRenderBytes && n <= 1<<62 {
		// Every element prints at least one character and ", ": the
		// text cannot fit, whatever the values, and the general path
		// would fail on its size after printing 64 MiB of it (or on an
		// element it cannot read on the way: check the range first).
		if a, ok := s.rangeOK(p, n, size); ok && s.validElems(elem, a.Bytes[p.Offset:p.Offset+n*size]) {
			return true, ErrRenderTooLarge(maxRenderBytes)
		}
		return false, nil
	}
	a, ok := s.rangeOK(p, shown, size)
	if !ok {
		return false, nil
	}
	b := a.Bytes[p.Offset : p.Offset+shown*size]
	if !s.validElems(elem, b) {
		return false, nil
	}
	if elem.Kind == mir.TyInt || elem.Kind == mir.TyUint {
		it, _ := IntTyOf(elem)
		if it.Bits <= 64 {
			return true, s.smallInts(it, b, shown)
		}
	}
	if s.Opts.MaxBytes == 0 {
		// Built in a local buffer (see smallInts); the only error left
		// is the size of the text.
		buf := make([]byte, 0, min(shown, 1<<20)*(size+4))
		for i := uint64(0); i < shown; i++ {
			if i > 0 {
				buf = append(buf, ", "...)
			}
			buf = append(buf, primText(elem, b[i*size:(i+1)*size])...)
			if s.b.Len()+len(buf) > maxRenderBytes {
				return true, ErrRenderTooLarge(maxRenderBytes)
			}
		}
		s.b.Write(buf)
		return true, nil
	}
	// With MaxBytes, each separator and element is checked on its own,
	// so the text is cut where the general path cuts it.
	for i := uint64(0); i < shown; i++ {
		if i > 0 {
			if err := s.write(", "); err != nil {
				return true, err
			}
		}
		if err := s.write(primText(elem, b[i*size:(i+1)*size])); err != nil {
			return true, err
		}
	}
	return true, nil
}

// rangeOK returns the allocation of the n elements of the given size at
// p when they are in bounds, initialized and hold no pointer bytes.
func (s *renderState) rangeOK(p Pointer, n, size uint64) (*Allocation, bool) {
	if n > (1<<63)/size {
		return nil, false
	}
	a, err := s.Mem.Check(p, n*size, 1, OpMemoryAccess, false)
	if err != nil || a == nil {
		return nil, false
	}
	start, end := p.Offset, p.Offset+n*size
	if !a.allInit(start, end) {
		return nil, false
	}
	if i, j := a.provRange(start, end); i != j {
		return nil, false
	}
	return a, true
}

// validElems reports whether the bytes hold valid values of elem (every
// integer and float is; a bool is 0 or 1, a char a Unicode scalar value).
func (s *renderState) validElems(elem *mir.Ty, b []byte) bool {
	switch elem.Kind {
	case mir.TyBool:
		for _, c := range b {
			if c > 1 {
				return false
			}
		}
	case mir.TyChar:
		for i := 0; i+4 <= len(b); i += 4 {
			if c := binary.LittleEndian.Uint32(b[i:]); c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF {
				return false
			}
		}
	}
	return true
}

// primText prints one valid element (its bytes b) as RenderScalar does.
func primText(elem *mir.Ty, b []byte) string {
	switch elem.Kind {
	case mir.TyBool:
		return strconv.FormatBool(b[0] == 1)
	case mir.TyChar:
		return mir.QuoteChar(rune(binary.LittleEndian.Uint32(b)))
	case mir.TyFloat:
		if len(b) == 4 {
			return FormatF32(binary.LittleEndian.Uint32(b), true)
		}
		return FormatF64(binary.LittleEndian.Uint64(b), true)
	}
	it, _ := IntTyOf(elem)
	var buf [16]byte
	copy(buf[:], b)
	v := mir.U128{Lo: binary.LittleEndian.Uint64(buf[:8]), Hi: binary.LittleEndian.Uint64(buf[8:])}
	return it.Format(it.Truncate(v))
}

// smallInts prints shown integers of at most 64 bits from b. Without
// MaxBytes the length of the text is counted first: the buffer is made
// once, and a text over the limit fails before any of it is printed
// (the general path fails on the same text once it passes the limit).
func (s *renderState) smallInts(it IntTy, b []byte, shown uint64) error {
	size := uint64(it.Bits / 8)
	sh := 64 - uint(it.Bits)
	elem := func(i uint64) (v uint64, neg bool) {
		switch size {
		case 1:
			v = uint64(b[i])
		case 2:
			v = uint64(binary.LittleEndian.Uint16(b[2*i:]))
		case 4:
			v = uint64(binary.LittleEndian.Uint32(b[4*i:]))
		default:
			v = binary.LittleEndian.Uint64(b[8*i:])
		}
		if it.Signed {
			if x := int64(v<<sh) >> sh; x < 0 {
				return uint64(-x), true
			}
		}
		return v, false
	}
	var tmp [24]byte
	if s.Opts.MaxBytes > 0 {
		for i := uint64(0); i < shown; i++ {
			if i > 0 {
				if err := s.write(", "); err != nil {
					return err
				}
			}
			v, neg := elem(i)
			t := tmp[:0]
			if neg {
				t = append(t, '-')
			}
			if err := s.write(string(strconv.AppendUint(t, v, 10))); err != nil {
				return err
			}
		}
		return nil
	}
	total := 2 * (shown - 1)
	if size == 1 && !it.Signed {
		for _, c := range b {
			total += 1 + uint64(boolByte(c >= 10)) + uint64(boolByte(c >= 100))
		}
	} else {
		for i := uint64(0); i < shown; i++ {
			v, neg := elem(i)
			total += decLen(v) + uint64(boolByte(neg))
		}
	}
	if uint64(s.b.Len())+total > maxRenderBytes {
		return ErrRenderTooLarge(maxRenderBytes)
	}
	// The text is built in a local buffer and copied once: appending to
	// the builder, a field of a heap object, would cost a GC write
	// barrier per element while a collection runs.
	buf := make([]byte, 0, total)
	if size == 1 && !it.Signed {
		for i, c := range b {
			if i > 0 {
				buf = append(buf, ", "...)
			}
			buf = append(buf, u8Text[c]...)
		}
	} else {
		for i := uint64(0); i < shown; i++ {
			if i > 0 {
				buf = append(buf, ", "...)
			}
			v, neg := elem(i)
			if neg {
				buf = append(buf, '-')
			}
			buf = strconv.AppendUint(buf, v, 10)
		}
	}
	s.b.Grow(len(buf) + 1) // and the closing bracket
	s.b.Write(buf)
	return nil
}

// u8Text holds the decimal text of every u8.
var u8Text = func() (t [256]string) {
	for i := range t {
		t[i] = strconv.Itoa(i)
	}
	return t
}()

// decLen returns the number of decimal digits of v.
func decLen(v uint64) uint64 {
	// Digits of the largest value with v's bit length, less one if v is
	// below the power of ten it may fall short of.
	n := uint64(bits.Len64(v)*1233) >> 12
	if n < uint64(len(pow10)) && v >= pow10[n] {
		n++
	}
	return max(n, 1)
}

var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()
