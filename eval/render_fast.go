// render_fast.go prints arrays and slices of integers straight from their
// allocation's bytes: the allocation is resolved and checked once for the
// whole range instead of once per element.

package eval

import (
	"encoding/binary"
	"strconv"

	"mirlsp/mir"
)

// intElems prints elements [0, shown) of an array of n integers of type
// elem at p (stride apart) with their separators, as elems would, when
// the range lies in one allocation, is initialized and holds no pointer
// bytes. It reports false, having written nothing, when the general
// per-element path must do it (other types, 128-bit integers, or any
// range that path would report an error for).
func (s *renderState) intElems(elem *mir.Ty, p Pointer, n, shown, stride uint64) (bool, error) {
	if s.generalOnly || s.leaf != nil || elem.Kind != mir.TyInt && elem.Kind != mir.TyUint || shown == 0 {
		return false, nil
	}
	it, ok := IntTyOf(elem)
	if !ok || it.Bits > 64 {
		return false, nil
	}
	size := uint64(it.Bits / 8)
	if stride != size || p.Alloc == 0 {
		return false, nil
	}
	a, err := s.Mem.Check(p, n*size, 1, OpMemoryAccess, false)
	if err != nil || a == nil || n*size/size != n {
		return false, nil
	}
	start, end := p.Offset, p.Offset+n*size
	if !a.allInit(start, end) {
		return false, nil
	}
	if i, j := a.provRange(start, end); i != j {
		return false, nil
	}
	if s.Opts.MaxBytes == 0 && shown == n && 3*n > maxRenderBytes {
		// Every element prints at least one digit and ", ": the text
		// cannot fit, whatever the values.
		return true, ErrRenderTooLarge(maxRenderBytes)
	}
	// With MaxBytes, each separator and element is written on its own,
	// so the text is cut where the general path cuts it.
	each := s.Opts.MaxBytes > 0
	var buf []byte
	b := a.Bytes[start:end]
	for i := uint64(0); i < shown; i++ {
		if i > 0 {
			buf = append(buf, ", "...)
			if each {
				if err := s.write(string(buf)); err != nil {
					return true, err
				}
				buf = buf[:0]
			}
		}
		var v uint64
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
			sh := 64 - uint(it.Bits)
			buf = strconv.AppendInt(buf, int64(v<<sh)>>sh, 10)
		} else {
			buf = strconv.AppendUint(buf, v, 10)
		}
		if each || len(buf) >= 4096 || i+1 == shown {
			if err := s.write(string(buf)); err != nil {
				return true, err
			}
			buf = buf[:0]
		}
	}
	return true, nil
}
