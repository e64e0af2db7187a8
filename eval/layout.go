// layout.go computes type layouts exactly as rustc does on
// x86_64-unknown-linux-gnu (rustc_abi's LayoutCalculator: univariant
// field reordering with niche bias, scalar/scalar-pair ABIs, tagged and
// niche-filling enum layouts).

package eval

import (
	"math/bits"
	"sort"

	"mirlsp/mir"
)

// PrimKind is the kind of a primitive scalar.
type PrimKind uint8

const (
	PrimInt PrimKind = iota
	PrimFloat
	PrimPointer
)

// Primitive is the machine type of a scalar: an integer, a float of
// FloatBits bits, or a pointer.
type Primitive struct {
	Kind      PrimKind
	Int       IntTy
	FloatBits uint8
}

// Size of the primitive in bytes; its alignment equals its size on x86_64
// (i128/u128 are 16-aligned since Rust 1.77).
func (p Primitive) Size() uint64 {
	switch p.Kind {
	case PrimFloat:
		return uint64(p.FloatBits) / 8
	case PrimPointer:
		return PtrSize
	}
	return p.Int.Size()
}

// WrappingRange is a valid range start..=end that may wrap around
// (rustc's WrappingRange), in the scalar's unsigned representation.
type WrappingRange struct{ Start, End mir.U128 }

// Contains reports whether v (truncated to the scalar) is in the range.
func (r WrappingRange) Contains(v mir.U128) bool {
	if cmp128(r.Start, r.End) <= 0 {
		return cmp128(r.Start, v) <= 0 && cmp128(v, r.End) <= 0
	}
	return cmp128(r.Start, v) <= 0 || cmp128(v, r.End) <= 0
}

// ScalarAbi is a scalar as the layout sees it: its primitive and valid
// range; Union marks a scalar that may be uninitialized (Scalar::Union).
type ScalarAbi struct {
	Prim  Primitive
	Valid WrappingRange
	Union bool
}

func (s ScalarAbi) Size() uint64  { return s.Prim.Size() }
func (s ScalarAbi) Align() uint64 { return s.Prim.Size() }

func (s ScalarAbi) maxValue() mir.U128 { return maskBits(uint(s.Size() * 8)) }

func fullScalar(p Primitive) ScalarAbi {
	return ScalarAbi{Prim: p, Valid: WrappingRange{End: maskBits(uint(p.Size() * 8))}}
}

// Niche is a scalar at Offset with values outside its valid range that
// an enum can use to encode other variants.
type Niche struct {
	Offset uint64
	Scalar ScalarAbi
}

func nicheFromScalar(off uint64, s ScalarAbi) *Niche {
	if s.Union {
		return nil
	}
	n := &Niche{Offset: off, Scalar: s}
	if n.Available().IsZero() {
		return nil
	}
	return n
}

// Available is the number of invalid values.
func (n *Niche) Available() mir.U128 {
	v := n.Scalar.Valid
	d, _ := sub128(v.Start, add1(v.End))
	return mir.U128{Lo: d.Lo & n.Scalar.maxValue().Lo, Hi: d.Hi & n.Scalar.maxValue().Hi}
}

func availableOf(n *Niche) mir.U128 {
	if n == nil {
		return mir.U128{}
	}
	return n.Available()
}

// reserve takes count invalid values for other variants (Niche::reserve).
func (n *Niche) reserve(count mir.U128) (start mir.U128, s ScalarAbi, ok bool) {
	max := n.Scalar.maxValue()
	and := func(a mir.U128) mir.U128 { return mir.U128{Lo: a.Lo & max.Lo, Hi: a.Hi & max.Hi} }
	if cmp128(count, n.Available()) > 0 {
		return start, s, false
	}
	v := n.Scalar.Valid
	moveStart := func() (mir.U128, ScalarAbi, bool) {
		st, _ := sub128(v.Start, count)
		st = and(st)
		s := n.Scalar
		s.Valid.Start = st
		return st, s, true
	}
	moveEnd := func() (mir.U128, ScalarAbi, bool) {
		st := and(add1(v.End))
		e, _ := add128(v.End, count)
		s := n.Scalar
		s.Valid.End = and(e)
		return st, s, true
	}
	distEndZero, _ := sub128(max, v.End)
	switch {
	case cmp128(v.Start, v.End) > 0:
		return moveEnd()
	case cmp128(v.Start, distEndZero) <= 0:
		if cmp128(count, v.Start) <= 0 {
			return moveStart()
		}
		return moveEnd()
	default:
		e, _ := add128(v.End, count)
		e = and(e)
		if !e.IsZero() && cmp128(e, v.End) <= 0 {
			return moveStart()
		}
		return moveEnd()
	}
}

// AbiKind is how a value of the layout is passed around (BackendRepr).
type AbiKind uint8

const (
	AbiAggregate  AbiKind = iota // in memory
	AbiScalar                    // one scalar (A)
	AbiScalarPair                // two scalars (A at 0, B at PairOffset)
)

// FieldsKind is the shape of the fields.
type FieldsKind uint8

const (
	FieldsPrimitive FieldsKind = iota // no fields
	FieldsArray                       // Count elements of Stride bytes
	FieldsArbitrary                   // Offsets per field (source order)
	FieldsUnion                       // all fields at offset 0
)

// TagEncoding is how a multi-variant enum stores its discriminant.
type TagEncoding uint8

const (
	TagDirect TagEncoding = iota // the tag is the discriminant
	TagNiche                     // niche values encode NicheVariants
)

// Layout is the layout of a type (rustc's LayoutData).
type Layout struct {
	Ty          *mir.Ty
	Size, Align uint64
	Sized       bool
	Uninhabited bool
	Abi         AbiKind
	A, B        ScalarAbi // the scalar(s) of AbiScalar / AbiScalarPair

	Fields  FieldsKind
	Offsets []uint64 // FieldsArbitrary: offset of field i (source order)
	// MemoryIndex[i] is the rank of field i by increasing offset.
	MemoryIndex []int
	Stride      uint64 // FieldsArray
	Count       uint64 // FieldsArray (0 for unsized slices)
	NumFields   int    // FieldsUnion

	// Variants: Multiple is set for enums with a tag; then Tag is the tag
	// scalar stored at Offsets[0] and VariantLayouts hold each variant's
	// fields. Otherwise Variant is the single variant's index.
	Multiple        bool
	Variant         int
	Tag             ScalarAbi
	Encoding        TagEncoding
	UntaggedVariant int
	NicheVariants   [2]int // first and last variant index encoded in the niche
	NicheStart      mir.U128
	VariantLayouts  []*Layout

	LargestNiche *Niche
	// FieldTys are the types of the fields (source order) of a struct,
	// tuple or single-variant layout; Elem the element type of arrays.
	FieldTys []*mir.Ty
	Elem     *mir.Ty
	// Adt is the ADT definition of an ADT type.
	Adt *AdtDef
}

// PairOffset is the offset of the second scalar of a ScalarPair.
func (l *Layout) PairOffset() uint64 { return alignTo(l.A.Size(), l.B.Align()) }

// IsZST reports whether the type is zero-sized.
func (l *Layout) IsZST() bool { return l.Sized && l.Size == 0 }

func (l *Layout) is1ZST() bool { return l.IsZST() && l.Align == 1 }

// TagOffset is the offset of the tag of a Multiple layout.
func (l *Layout) TagOffset() uint64 { return l.Offsets[0] }

// FieldOffset returns the offset of field i (of the layout's single
// variant, or of an array element).
func (l *Layout) FieldOffset(i int) uint64 {
	switch l.Fields {
	case FieldsArray:
		return uint64(i) * l.Stride
	case FieldsArbitrary:
		return l.Offsets[i]
	}
	return 0
}

// ForVariant returns the layout of variant v's fields (the layout itself
// for single-variant layouts).
func (l *Layout) ForVariant(v int) *Layout {
	if l.Multiple {
		return l.VariantLayouts[v]
	}
	return l
}

// inverse returns field indices by increasing offset.
func (l *Layout) byOffset() []int {
	idx := make([]int, len(l.MemoryIndex))
	for i, m := range l.MemoryIndex {
		idx[m] = i
	}
	return idx
}

func alignTo(n, a uint64) uint64 { return (n + a - 1) &^ (a - 1) }

// scalarLayout is the layout of a primitive.
func scalarLayout(s ScalarAbi) *Layout {
	return &Layout{Size: s.Size(), Align: s.Align(), Sized: true, Abi: AbiScalar, A: s, Fields: FieldsPrimitive, LargestNiche: nicheFromScalar(0, s)}
}

// scalarPairLayout is LayoutData::scalar_pair.
func scalarPairLayout(a, b ScalarAbi) *Layout {
	bOff := alignTo(a.Size(), b.Align())
	align := max(a.Align(), b.Align())
	size := alignTo(bOff+b.Size(), align)
	// Prefer b's niche only if strictly larger (max_by_key returns the last max).
	var niche *Niche
	nb, na := nicheFromScalar(bOff, b), nicheFromScalar(0, a)
	switch {
	case na == nil:
		niche = nb
	case nb == nil:
		niche = na
	case cmp128(na.Available(), nb.Available()) >= 0:
		niche = na
	default:
		niche = nb
	}
	return &Layout{Size: size, Align: align, Sized: true, Abi: AbiScalarPair, A: a, B: b, Fields: FieldsArbitrary,
		Offsets: []uint64{0, bOff}, MemoryIndex: []int{0, 1}, LargestNiche: niche}
}

// neverLayout is the layout of `!` and of enums without variants.
func neverLayout() *Layout {
	return &Layout{Size: 0, Align: 1, Sized: true, Uninhabited: true, Fields: FieldsPrimitive}
}

// arrayLayout is LayoutCalculator::array_like.
func arrayLayout(elem *Layout, count uint64, sized bool) *Layout {
	l := &Layout{Size: elem.Size * count, Align: elem.Align, Sized: sized, Fields: FieldsArray, Stride: elem.Size, Count: count,
		Uninhabited: elem.Uninhabited && count != 0}
	if count != 0 {
		l.LargestNiche = elem.LargestNiche
	}
	return l
}

// Repr holds the repr attributes that affect layout.
type Repr struct {
	C           bool
	Int         *IntTy // repr(u8), repr(i32), ...
	Transparent bool
	Packed      uint64 // repr(packed(N)); 0 = not packed
	Align       uint64 // repr(align(N)); 0 = none
	// NoNiche hides niches (UnsafeCell).
	NoNiche bool
}

func (r Repr) inhibitReordering() bool { return r.C || r.Int != nil }
func (r Repr) inhibitEnumOpt() bool    { return r.C || r.Int != nil }

type structKind uint8

const (
	alwaysSized structKind = iota
	maybeUnsized
	prefixed
)

type nicheBias uint8

const (
	biasStart nicheBias = iota
	biasEnd
)

// univariant lays out one variant's fields (LayoutCalculator::univariant).
func univariant(fields []*Layout, repr Repr, kind structKind, prefixSize, prefixAlign uint64) *Layout {
	l := univariantBiased(fields, repr, kind, prefixSize, prefixAlign, biasStart)
	if kind != maybeUnsized && l.LargestNiche != nil && len(fields) > 1 {
		head := l.LargestNiche.Offset
		nlen := l.LargestNiche.Scalar.Size()
		tail := l.Size - head - nlen
		if head != 0 && tail > 0 {
			alt := univariantBiased(fields, repr, kind, prefixSize, prefixAlign, biasEnd)
			altHead := alt.LargestNiche.Offset
			if altHead > head && altHead > tail {
				return alt
			}
		}
	}
	return l
}

func univariantBiased(fields []*Layout, repr Repr, kind structKind, prefixSize, prefixAlign uint64, bias nicheBias) *Layout {
	align := uint64(1)
	n := len(fields)
	order := make([]int, n) // field indices by increasing offset
	for i := range order {
		order[i] = i
	}
	end := n
	if kind == maybeUnsized {
		end = n - 1
	}
	optimize := !repr.inhibitReordering()
	if optimize && n > 1 {
		maxAlign := uint64(1)
		var largestNiche mir.U128
		for _, f := range fields[:end] {
			maxAlign = max(maxAlign, f.Align)
			if a := availableOf(f.LargestNiche); cmp128(a, largestNiche) > 0 {
				largestNiche = a
			}
		}
		groupKey := func(f *Layout) uint64 {
			if repr.Packed != 0 {
				return min(f.Align, repr.Packed)
			}
			sizeAsAlign := uint64(bits.TrailingZeros64(max(f.Align, f.Size)))
			if !largestNiche.IsZero() {
				switch {
				case bias == biasStart:
					return min(uint64(bits.TrailingZeros64(maxAlign)), sizeAsAlign)
				case availableOf(f.LargestNiche) == largestNiche:
					return uint64(bits.TrailingZeros64(f.Align))
				}
			}
			return sizeAsAlign
		}
		opt := order[:end]
		if kind == prefixed {
			sort.SliceStable(opt, func(i, j int) bool {
				a, b := fields[opt[i]], fields[opt[j]]
				if ka, kb := groupKey(a), groupKey(b); ka != kb {
					return ka < kb
				}
				return cmp128(availableOf(a.LargestNiche), availableOf(b.LargestNiche)) < 0
			})
		} else {
			type key struct {
				group  uint64
				niche  mir.U128
				offset uint64
			}
			keyOf := func(f *Layout) key {
				k := key{group: ^groupKey(f)} // Reverse: larger groups first
				av := availableOf(f.LargestNiche)
				if bias == biasStart {
					k.niche = not128(av) // large niches first
					if f.LargestNiche != nil {
						k.offset = f.LargestNiche.Offset
					}
				} else {
					k.niche = av // large niches last
					if f.LargestNiche != nil {
						k.offset = ^(f.Size - f.LargestNiche.Scalar.Size() - f.LargestNiche.Offset)
					}
				}
				return k
			}
			sort.SliceStable(opt, func(i, j int) bool {
				a, b := keyOf(fields[opt[i]]), keyOf(fields[opt[j]])
				if a.group != b.group {
					return a.group < b.group
				}
				if c := cmp128(a.niche, b.niche); c != 0 {
					return c < 0
				}
				return a.offset < b.offset
			})
		}
	}
	offsets := make([]uint64, n)
	var off uint64
	var niche *Niche
	var nicheAvail mir.U128
	if kind == prefixed {
		pa := prefixAlign
		if repr.Packed != 0 {
			pa = min(pa, repr.Packed)
		}
		align = max(align, pa)
		off = alignTo(prefixSize, pa)
	}
	sized := true
	uninhabited := false
	for _, i := range order {
		f := fields[i]
		if !f.Sized {
			sized = false
		}
		fa := f.Align
		if repr.Packed != 0 {
			fa = min(fa, repr.Packed)
		}
		off = alignTo(off, fa)
		align = max(align, fa)
		offsets[i] = off
		if f.LargestNiche != nil {
			av := f.LargestNiche.Available()
			c := cmp128(av, nicheAvail)
			if (bias == biasStart && c > 0) || (bias == biasEnd && c >= 0) {
				nicheAvail = av
				nn := *f.LargestNiche
				nn.Offset += off
				niche = &nn
			}
		}
		off += f.Size
		uninhabited = uninhabited || f.Uninhabited
	}
	if repr.Align != 0 {
		align = max(align, repr.Align)
	}
	size := alignTo(off, align)
	memIndex := make([]int, n)
	for rank, i := range order {
		memIndex[i] = rank
	}
	l := &Layout{Size: size, Align: align, Sized: sized, Uninhabited: uninhabited, Fields: FieldsArbitrary,
		Offsets: offsets, MemoryIndex: memIndex, LargestNiche: niche}
	if !sized || size == 0 {
		return l
	}
	// Try to make this a Scalar/ScalarPair.
	var nz []int
	for i, f := range fields {
		if !f.IsZST() {
			nz = append(nz, i)
		}
	}
	switch len(nz) {
	case 1:
		f := fields[nz[0]]
		if offsets[nz[0]] == 0 && align == f.Align && size == f.Size {
			switch {
			case f.Abi == AbiScalar && !repr.C:
				l.Abi, l.A = AbiScalar, f.A
			case f.Abi == AbiScalarPair:
				l.Abi, l.A, l.B = AbiScalarPair, f.A, f.B
			}
		}
	case 2:
		i, j := nz[0], nz[1]
		if fields[i].Abi == AbiScalar && fields[j].Abi == AbiScalar {
			if offsets[j] < offsets[i] {
				i, j = j, i
			}
			p := scalarPairLayout(fields[i].A, fields[j].A)
			if offsets[i] == 0 && offsets[j] == p.Offsets[1] && align == p.Align && size == p.Size {
				l.Abi, l.A, l.B = AbiScalarPair, p.A, p.B
			}
		}
	}
	return l
}

// structLayout is layout_of_struct for structs, tuples and univariant
// enums. validStart, when set, narrows the scalar's valid range start
// (rustc_layout_scalar_valid_range_start, NonZero).
func structLayout(fields []*Layout, repr Repr, kind structKind, variant int, validStart, validEnd *mir.U128) *Layout {
	l := univariant(fields, repr, kind, 0, 1)
	l.Variant = variant
	if repr.NoNiche {
		if l.Abi == AbiScalar || l.Abi == AbiScalarPair {
			l.A.Valid = WrappingRange{End: l.A.maxValue()}
			l.B.Valid = WrappingRange{End: l.B.maxValue()}
		}
		l.LargestNiche = nil
		return l
	}
	if (validStart != nil || validEnd != nil) && (l.Abi == AbiScalar || l.Abi == AbiScalarPair) {
		if validStart != nil {
			l.A.Valid.Start = *validStart
		}
		if validEnd != nil {
			l.A.Valid.End = *validEnd
		}
		if n := nicheFromScalar(0, l.A); n != nil {
			if l.LargestNiche == nil || cmp128(l.LargestNiche.Available(), n.Available()) <= 0 {
				l.LargestNiche = n
			}
		}
	}
	return l
}

// absent: an uninhabited variant whose fields are all 1-ZSTs needs no
// encoding.
func absent(fields []*Layout) bool {
	un, all1zst := false, true
	for _, f := range fields {
		un = un || f.Uninhabited
		all1zst = all1zst && f.is1ZST()
	}
	return un && all1zst
}

// fitSigned and fitUnsigned return the smallest integer width holding v
// (v is an i128 for fitSigned).
func fitSigned(v mir.U128) uint8 {
	for _, b := range []uint8{8, 16, 32, 64} {
		t := IntTy{Bits: b, Signed: true}
		if I128.Cmp(v, t.SignExtend(t.Min())) >= 0 && I128.Cmp(v, t.Max()) <= 0 {
			return b
		}
	}
	return 128
}

func fitUnsigned(v mir.U128) uint8 {
	for _, b := range []uint8{8, 16, 32} {
		if v.Hi == 0 && v.Lo < 1<<b {
			return b
		}
	}
	if v.Hi == 0 {
		return 64
	}
	return 128
}

// enumLayout is layout_of_enum for enums with two or more present
// variants (or any repr(C)/repr(int) enum). discrs are the discriminant
// values of the variants as i128 (two's complement).
func enumLayout(variants [][]*Layout, repr Repr, discrs []mir.U128) *Layout {
	nicheL := nicheFillingLayout(variants, repr)

	// The discriminant range of the inhabited variants.
	discrTy := Isize
	if repr.Int != nil {
		discrTy = *repr.Int
	}
	var minV, maxV mir.U128
	first := true
	for i, d := range discrs {
		if !repr.C {
			un := false
			for _, f := range variants[i] {
				un = un || f.Uninhabited
			}
			if un {
				continue
			}
		}
		v := discrTy.SignExtend(d)
		if first || I128.Cmp(v, minV) < 0 {
			minV = v
		}
		if first || I128.Cmp(v, maxV) > 0 {
			maxV = v
		}
		first = false
	}
	minBits, signed := reprDiscr(repr, minV, maxV)
	minIty := IntTy{Bits: minBits, Signed: signed}

	align := uint64(1)
	var size uint64
	startAlign := uint64(256)
	prefixAlign := minIty.Size()
	if repr.C {
		for _, v := range variants {
			for _, f := range v {
				prefixAlign = max(prefixAlign, f.Align)
			}
		}
	}
	vls := make([]*Layout, len(variants))
	for i, fs := range variants {
		st := univariant(fs, repr, prefixed, minIty.Size(), prefixAlign)
		st.Variant = i
		for _, fi := range st.byOffset() {
			if !fs[fi].is1ZST() {
				startAlign = min(startAlign, fs[fi].Align)
				break
			}
		}
		size = max(size, st.Size)
		align = max(align, st.Align)
		vls[i] = st
	}
	size = alignTo(size, align)

	ity := minIty
	if !repr.C && repr.Int == nil {
		switch startAlign {
		case 1, 2, 4, 8, 16:
			ity = IntTy{Bits: uint8(startAlign * 8), Signed: signed}
		}
	}
	if ity.Bits <= minIty.Bits {
		ity = minIty
	} else {
		oldSize, newSize := minIty.Size(), ity.Size()
		for _, v := range vls {
			for i, o := range v.Offsets {
				if o <= oldSize {
					v.Offsets[i] = newSize
				}
			}
			if v.Size <= oldSize {
				v.Size = newSize
			}
		}
	}
	mask := ity.Mask()
	tag := ScalarAbi{Prim: Primitive{Kind: PrimInt, Int: ity}, Valid: WrappingRange{
		Start: mir.U128{Lo: minV.Lo & mask.Lo, Hi: minV.Hi & mask.Hi},
		End:   mir.U128{Lo: maxV.Lo & mask.Lo, Hi: maxV.Hi & mask.Hi}}}
	tl := &Layout{Size: size, Align: align, Sized: true, Fields: FieldsArbitrary, Offsets: []uint64{0}, MemoryIndex: []int{0},
		Multiple: true, Tag: tag, Encoding: TagDirect, VariantLayouts: vls, LargestNiche: nicheFromScalar(0, tag)}
	tl.Uninhabited = true
	for _, v := range vls {
		tl.Uninhabited = tl.Uninhabited && v.Uninhabited
	}
	if tag.Size() == size {
		tl.Abi, tl.A = AbiScalar, tag
	} else {
		// A ScalarPair when every variant has at most one non-ZST scalar
		// field at a common offset with a common primitive.
		var prim *Primitive
		var primOff uint64
		initAll := true
		ok := true
		for vi, fs := range variants {
			var nz []int
			for i, f := range fs {
				if !f.IsZST() {
					nz = append(nz, i)
				}
			}
			if len(nz) == 0 {
				initAll = false
				continue
			}
			if len(nz) > 1 || fs[nz[0]].Abi != AbiScalar {
				ok = false
				break
			}
			f := fs[nz[0]]
			off := vls[vi].Offsets[nz[0]]
			initAll = initAll && !f.A.Union
			p := f.A.Prim
			if prim == nil {
				prim, primOff = &p, off
				continue
			}
			if off != primOff {
				ok = false
				break
			}
			switch {
			case *prim == p:
			case prim.Kind == PrimInt && p.Kind == PrimInt && prim.Int.Bits == p.Int.Bits:
			case prim.Kind == PrimPointer && p.Kind == PrimInt && p.Size() == PtrSize:
			case prim.Kind == PrimInt && p.Kind == PrimPointer && prim.Size() == PtrSize:
				prim = &p
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && prim != nil {
			ps := fullScalar(*prim)
			ps.Union = !initAll
			pair := scalarPairLayout(tag, ps)
			if pair.Offsets[1] == primOff && align == pair.Align && size == pair.Size {
				tl.Abi, tl.A, tl.B = AbiScalarPair, tag, ps
			}
		}
	}
	if tl.Abi != AbiAggregate {
		for i, v := range vls {
			if len(variants[i]) > 0 && v.Abi == AbiAggregate {
				v.Abi, v.A, v.B = tl.Abi, tl.A, tl.B
				v.Size = max(v.Size, size)
				v.Align = max(v.Align, align)
			}
		}
	}
	if nicheL == nil {
		return tl
	}
	ts, ns := availableOf(tl.LargestNiche), availableOf(nicheL.LargestNiche)
	switch {
	case tl.Size > nicheL.Size, tl.Size == nicheL.Size && cmp128(ts, ns) < 0:
		return nicheL
	}
	return tl
}

// reprDiscr is Integer::repr_discr: the smallest integer type (at least
// i8, or c_int for repr(C)) that holds min..=max.
func reprDiscr(repr Repr, minV, maxV mir.U128) (uint8, bool) {
	if repr.Int != nil {
		return repr.Int.Bits, repr.Int.Signed
	}
	atLeast := uint8(8)
	if repr.C {
		atLeast = 32
	}
	if !I128.IsNeg(minV) {
		u := maxV
		if cmp128(minV, maxV) > 0 {
			u = minV
		}
		return max(fitUnsigned(u), atLeast), false
	}
	return max(fitSigned(minV), fitSigned(maxV), atLeast), true
}

// nicheFillingLayout is calculate_niche_filling_layout.
func nicheFillingLayout(variants [][]*Layout, repr Repr) *Layout {
	if len(variants) < 2 || repr.inhibitEnumOpt() {
		return nil
	}
	align := uint64(1)
	vls := make([]*Layout, len(variants))
	for i, fs := range variants {
		st := univariant(fs, repr, alwaysSized, 0, 1)
		st.Variant = i
		align = max(align, st.Align)
		vls[i] = st
	}
	largest := 0
	for i, v := range vls {
		if v.Size >= vls[largest].Size { // max_by_key returns the last maximum
			largest = i
		}
	}
	needsDiscr := func(i int) bool { return i != largest && !absent(variants[i]) }
	lo, hi := -1, -1
	for i := range variants {
		if needsDiscr(i) {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	if lo < 0 {
		// Every other variant is absent: rustc's unwrap() would not be
		// reached here because such enums take the struct path.
		return nil
	}
	count := mir.U128{Lo: uint64(hi - lo + 1)}
	niche := vls[largest].LargestNiche
	if niche == nil {
		return nil
	}
	nicheStart, nicheScalar, ok := niche.reserve(count)
	if !ok {
		return nil
	}
	nicheOff := niche.Offset
	nicheSize := niche.Scalar.Size()
	size := alignTo(vls[largest].Size, align)
	for i, v := range vls {
		if i == largest {
			continue
		}
		v.LargestNiche = nil
		if v.Size <= nicheOff {
			continue
		}
		thisOff := alignTo(nicheOff+nicheSize, v.Align)
		if thisOff+v.Size > size {
			return nil
		}
		for j := range v.Offsets {
			v.Offsets[j] += thisOff
		}
		if !v.Uninhabited {
			v.Abi = AbiAggregate
		}
		v.Size += thisOff
	}
	l := &Layout{Size: size, Align: align, Sized: true, Fields: FieldsArbitrary, Offsets: []uint64{nicheOff}, MemoryIndex: []int{0},
		Multiple: true, Tag: nicheScalar, Encoding: TagNiche, UntaggedVariant: largest, NicheVariants: [2]int{lo, hi},
		NicheStart: nicheStart, VariantLayouts: vls, LargestNiche: nicheFromScalar(nicheOff, nicheScalar)}
	l.Uninhabited = true
	othersZST := true
	for i, v := range vls {
		l.Uninhabited = l.Uninhabited && v.Uninhabited
		if i != largest && v.Size != 0 {
			othersZST = false
		}
	}
	lv := vls[largest]
	if size == lv.Size && align == lv.Align && othersZST {
		switch lv.Abi {
		case AbiScalar:
			l.Abi, l.A = AbiScalar, nicheScalar
		case AbiScalarPair:
			l.Abi = AbiScalarPair
			if nicheOff == 0 {
				l.A, l.B = nicheScalar, lv.B
				l.B.Union = true
			} else {
				l.A, l.B = lv.A, nicheScalar
				l.A.Union = true
			}
		}
	}
	return l
}

// TagFor returns the tag to store for variant v of a Multiple layout
// (SetDiscriminant): the discriminant itself for a direct tag, or the
// niche value for a niche variant. write is false for the untagged
// variant of a niche layout (nothing is stored) and for single-variant
// layouts.
func (l *Layout) TagFor(v int) (tag mir.U128, write bool) {
	if !l.Multiple {
		return mir.U128{}, false
	}
	ti := l.Tag.Prim.Int
	if l.Encoding == TagDirect {
		return ti.Truncate(l.Adt.Variants[v].Discr), true
	}
	if v == l.UntaggedVariant {
		return mir.U128{}, false
	}
	rel := mir.U128{Lo: uint64(v - l.NicheVariants[0])}
	t, _ := add128(rel, l.NicheStart)
	return ti.Truncate(t), true
}

// VariantOfScalar decodes the tag scalar read from a Multiple layout: a
// pointer (with provenance) can only be the untagged variant of a niche
// layout (Some(&x) of Option<&T>).
func (l *Layout) VariantOfScalar(tag Scalar) (int, *EvalError) {
	if tag.IsPtr() {
		if l.Encoding != TagNiche {
			return 0, ErrPtrToInt()
		}
		return l.UntaggedVariant, nil
	}
	v, ok := l.VariantOfTag(tag.Bits)
	if !ok {
		return 0, ErrInvalidTag(tag.Bits, l.Tag.Size())
	}
	return v, nil
}

// VariantOfTag decodes a tag read from memory (canonical, of the tag's
// size) into a variant index; ok is false for an invalid tag ("enum value
// has invalid tag").
func (l *Layout) VariantOfTag(tag mir.U128) (v int, ok bool) {
	if !l.Multiple {
		return l.Variant, true
	}
	ti := l.Tag.Prim.Int
	if l.Encoding == TagDirect {
		for i, vd := range l.Adt.Variants {
			if ti.Truncate(vd.Discr) == tag {
				return i, true
			}
		}
		return 0, false
	}
	rel, _ := sub128(tag, l.NicheStart)
	rel = ti.Truncate(rel)
	if span := uint64(l.NicheVariants[1] - l.NicheVariants[0]); rel.Hi == 0 && rel.Lo <= span {
		v := l.NicheVariants[0] + int(rel.Lo)
		// The untagged variant may lie in the niche range, but a niche
		// value never encodes it.
		return v, v != l.UntaggedVariant
	}
	// Any other value belongs to the untagged variant (whose field's
	// validity is checked when it is read or validated).
	return l.UntaggedVariant, true
}
