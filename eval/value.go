// value.go holds the values the interpreter computes with: Scalar,
// Immediate, Operand and the ConstValue handed to the rest of mirlsp.

package eval

import (
	"mirlsp/mir"
	"strings"
)

// Scalar is an integer of Size bytes (1..16) or, when Prov is set, a
// pointer into allocation Prov at offset Bits.Lo (Size 8). Pointers are
// never plain integers: ToBits on a pointer fails like rustc ("unable to
// turn pointer into integer").
type Scalar struct {
	Bits mir.U128
	Prov AllocID
	Size uint8
	Imm  bool // pointer provenance is immutable (<imm>)
}

// ScalarInt returns an integer scalar (v is truncated to size bytes).
func ScalarInt(v mir.U128, size uint8) Scalar {
	return Scalar{Bits: IntTy{Bits: size * 8}.Truncate(v), Size: size}
}

// ScalarUint returns an integer scalar from a uint64.
func ScalarUint(v uint64, size uint8) Scalar { return ScalarInt(mir.U128{Lo: v}, size) }

// ScalarBool returns the u8 scalar 0 or 1.
func ScalarBool(b bool) Scalar {
	if b {
		return Scalar{Bits: mir.U128{Lo: 1}, Size: 1}
	}
	return Scalar{Size: 1}
}

// ScalarPtr returns a pointer scalar; a pointer without provenance is the
// integer address.
func ScalarPtr(p Pointer) Scalar {
	return Scalar{Bits: mir.U128{Lo: p.Offset}, Size: PtrSize, Prov: p.Alloc, Imm: p.Imm && p.Alloc != 0}
}

// IsPtr reports whether the scalar carries provenance.
func (s Scalar) IsPtr() bool { return s.Prov != 0 }

// Pointer returns the scalar as a pointer (an integer is an address
// without provenance).
func (s Scalar) Pointer() Pointer { return Pointer{Alloc: s.Prov, Offset: s.Bits.Lo, Imm: s.Imm} }

// ToBits returns the integer value, failing on a pointer.
func (s Scalar) ToBits() (mir.U128, *EvalError) {
	if s.Prov != 0 {
		return mir.U128{}, ErrPtrToInt()
	}
	return s.Bits, nil
}

// ToBool checks and returns a bool scalar (interpreting an invalid 8-bit
// value as a bool: 0x03).
func (s Scalar) ToBool() (bool, *EvalError) {
	v, err := s.ToBits()
	if err != nil {
		return false, err
	}
	if v.Hi != 0 || v.Lo > 1 {
		return false, ErrInvalidBool(uint8(v.Lo))
	}
	return v.Lo == 1, nil
}

// ToChar checks and returns a char scalar.
func (s Scalar) ToChar() (rune, *EvalError) {
	v, err := s.ToBits()
	if err != nil {
		return 0, err
	}
	if c := uint32(v.Lo); c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) {
		return 0, ErrInvalidChar(c)
	}
	return rune(v.Lo), nil
}

// ToUint64 returns an integer scalar's value when it fits in 64 bits
// (usize values, lengths, indices).
func (s Scalar) ToUint64() (uint64, *EvalError) {
	v, err := s.ToBits()
	if err != nil {
		return 0, err
	}
	return v.Lo, nil
}

// ImmKind is the shape of an Immediate.
type ImmKind uint8

const (
	ImmUninit ImmKind = iota // not yet written
	ImmScalar
	ImmPair // wide pointers, (T, bool) results, small tuples and structs
)

// Immediate is a value held outside memory: a scalar, a pair of scalars
// (matching a ScalarPair layout) or uninit.
type Immediate struct {
	A, B Scalar
	Kind ImmKind
}

// ImmFromScalar and ImmFromPair build immediates.
func ImmFromScalar(s Scalar) Immediate  { return Immediate{Kind: ImmScalar, A: s} }
func ImmFromPair(a, b Scalar) Immediate { return Immediate{Kind: ImmPair, A: a, B: b} }

// MemPlace is a place in memory: a pointer, the metadata of an unsized
// place (slice length or vtable pointer) and the alignment it is known to
// have.
type MemPlace struct {
	Ptr     Pointer
	Meta    Scalar
	HasMeta bool
	Align   uint64
}

// Operand is a value the interpreter reads: an Immediate or a place in
// memory (Indirect), with its layout.
type Operand struct {
	Imm      Immediate
	Indirect bool
	Place    MemPlace
	Layout   *Layout
}

// ReadImmediate reads a value of Scalar or ScalarPair layout from memory;
// ok is false for other layouts (the value stays in memory).
func (m *Memory) ReadImmediate(p Pointer, l *Layout) (imm Immediate, ok bool, err *EvalError) {
	return m.ReadImmediateAt(p, l, l.Align)
}

// ReadImmediateAt is ReadImmediate from a place whose alignment is align
// (a field of a packed struct is less aligned than its type).
func (m *Memory) ReadImmediateAt(p Pointer, l *Layout, align uint64) (imm Immediate, ok bool, err *EvalError) {
	if (l.Abi == AbiScalar || l.Abi == AbiScalarPair) && l.A.Union {
		// A union (MaybeUninit<u64>) may hold uninitialized bytes: they
		// read as an uninitialized immediate, not as an error.
		a, err := m.Check(p, l.Size, align, OpMemoryAccess, false)
		if err != nil {
			return Immediate{}, true, err
		}
		if a != nil && !a.allInit(p.Offset, p.Offset+l.Size) {
			return Immediate{Kind: ImmUninit}, true, nil
		}
	}
	switch l.Abi {
	case AbiScalar:
		s, err := m.readTyped(p, l.A, align)
		if err != nil {
			return Immediate{}, true, err
		}
		return ImmFromScalar(s), true, nil
	case AbiScalarPair:
		a, err := m.readTyped(p, l.A, align)
		if err != nil {
			return Immediate{}, true, err
		}
		b, err := m.readTyped(Pointer{Alloc: p.Alloc, Offset: p.Offset + l.PairOffset(), Imm: p.Imm}, l.B, alignOf(align, l.PairOffset()))
		if err != nil {
			return Immediate{}, true, err
		}
		return ImmFromPair(a, b), true, nil
	}
	return Immediate{}, false, nil
}

// readTyped reads a scalar of the primitive of s: an integer or float
// read from bytes that hold (part of) a pointer is rustc's "unable to
// turn pointer into integer".
func (m *Memory) readTyped(p Pointer, s ScalarAbi, align uint64) (Scalar, *EvalError) {
	v, err := m.ReadScalar(p, s.Size(), align)
	if s.Prim.Kind != PrimPointer && !s.Union && (err == nil && v.IsPtr() || err != nil && strings.HasPrefix(err.Msg, partialPointerRead)) {
		return Scalar{}, ErrPtrToInt()
	}
	return v, err
}

// WriteImmediate stores an immediate of layout l at p.
func (m *Memory) WriteImmediate(p Pointer, imm Immediate, l *Layout) *EvalError {
	return m.WriteImmediateAt(p, imm, l, l.Align)
}

// WriteImmediateAt is WriteImmediate to a place whose alignment is align.
func (m *Memory) WriteImmediateAt(p Pointer, imm Immediate, l *Layout, align uint64) *EvalError {
	switch imm.Kind {
	case ImmUninit:
		return m.WriteUninit(p, l.Size, align)
	case ImmScalar:
		return m.WriteScalar(p, imm.A, uint64(imm.A.Size), align)
	}
	if err := m.WriteScalar(p, imm.A, uint64(imm.A.Size), align); err != nil {
		return err
	}
	q := Pointer{Alloc: p.Alloc, Offset: p.Offset + l.PairOffset(), Imm: p.Imm}
	return m.WriteScalar(q, imm.B, uint64(imm.B.Size), alignOf(align, l.PairOffset()))
}

// ConstKind is the shape of a ConstValue.
type ConstKind uint8

const (
	ConstScalar    ConstKind = iota // a scalar (integers, bool, char, floats, thin pointers)
	ConstZeroSized                  // a value of a zero-sized type
	ConstSlice                      // &str / &[T]: data allocation and length
	ConstByRef                      // anything else: an allocation and offset
)

// ConstValue is the result of evaluating a const, as rustc's op_to_const
// shapes it for the rest of the compiler: scalars inline, slices by their
// data, everything else by reference into (interned) global memory.
type ConstValue struct {
	Kind   ConstKind
	Scalar Scalar
	// Slice: the data pointer and the length in elements. ByRef: Ptr.
	Ptr Pointer
	Len uint64
	Ty  *mir.Ty
}

// OpToConst converts the final value of an evaluation (op of layout l)
// into a ConstValue, interning the memory it reaches.
func (m *Memory) OpToConst(op Operand, l *Layout) (ConstValue, *EvalError) {
	cv := ConstValue{Ty: l.Ty}
	if l.Size == 0 && l.Abi != AbiScalar {
		cv.Kind = ConstZeroSized
		return cv, nil
	}
	imm, ok := op.Imm, !op.Indirect
	if l.Abi == AbiScalarPair && !isSliceRef(l.Ty) {
		// Only wide pointers are kept as immediates: an ADT pair (an
		// Option<u32> None) may hold uninitialized bytes.
		ok = false
	} else if op.Indirect {
		var err *EvalError
		imm, ok, err = m.ReadImmediate(op.Place.Ptr, l)
		if err != nil {
			return cv, err
		}
	}
	switch {
	case ok && l.Abi == AbiScalar:
		s := imm.A
		if s.IsPtr() {
			s = ScalarPtr(m.InternPointer(s.Pointer()))
		}
		cv.Kind, cv.Scalar = ConstScalar, s
		return cv, nil
	case ok && l.Abi == AbiScalarPair && isSliceRef(l.Ty):
		n, err := imm.B.ToUint64()
		if err != nil {
			return cv, err
		}
		cv.Kind, cv.Ptr, cv.Len = ConstSlice, m.InternPointer(imm.A.Pointer()), n
		return cv, nil
	}
	// By reference: make sure the value is in memory, then intern it.
	p := op.Place.Ptr
	if !op.Indirect {
		q, err := m.Allocate(l.Size, l.Align, AllocGlobal, true)
		if err != nil {
			return cv, err
		}
		if err := m.WriteImmediate(q, imm, l); err != nil {
			return cv, err
		}
		p = q
	}
	cv.Kind, cv.Ptr = ConstByRef, m.InternPointer(p)
	return cv, nil
}

// isSliceRef reports whether t is &str, &[T] or &mut [T] (ConstValue::Slice).
func isSliceRef(t *mir.Ty) bool {
	return t != nil && t.Kind == mir.TyRef && t.Elem != nil && (t.Elem.Kind == mir.TyStr || t.Elem.Kind == mir.TySlice)
}
