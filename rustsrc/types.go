// types.go holds the front end's types: primitive, compound and ADT
// types plus inference variables for integer and float literals, their
// unification, and their MIR form (mir.Ty with rustc's printed text).

package rustsrc

import (
	"strconv"
	"strings"

	"mirlsp/mir"
)

type tkind uint8

const (
	kBool tkind = iota
	kChar
	kInt   // i8..i128, isize (bits 0)
	kUint  // u8..u128, usize (bits 0)
	kFloat // f32, f64
	kStr
	kNever
	kTuple
	kArray
	kSlice
	kRef
	kPtr
	kAdt
	kParam    // a generic parameter of a builtin ADT (Option's T)
	kVar      // an inference variable
	kConstArg // a const generic argument of an ADT (Buf<8>): n, or lv to infer
	kFn       // a fn pointer: elems are the parameters, elem the result
	kDyn      // a trait object type: dyn is its text after `dyn ` (dyn.go)
)

// Type is a type of the checked subset.
type Type struct {
	kind  tkind
	bits  int // integer or float width; 0 for isize/usize
	mut   bool
	elem  *Type   // array, slice, ref, ptr
	elems []*Type // tuple
	n     int64   // array length
	adt   *adt
	args  []*Type // Option<T>
	v     *tvar
	lv    *lenVar // an array length still to infer (a const generic parameter)
	dyn   string  // kDyn: the bounds as rustc prints them (`Trait + Send`)
}

// lenVar is an array length to infer: the value of a const generic
// parameter at a call.
type lenVar struct {
	n    int64
	set  bool
	link *lenVar
}

func (l *lenVar) root() *lenVar {
	for l.link != nil {
		l = l.link
	}
	return l
}

// length is an array type's length, if known.
func (t *Type) length() (int64, bool) {
	if t.lv != nil {
		r := t.lv.root()
		return r.n, r.set
	}
	return t.n, true
}

// arrLen is an array type's length; an unknown one makes the item
// unsupported.
func arrLen(t *Type) int64 {
	n, ok := res(t).length()
	if !ok {
		fail("the length of `%s` is not known", res(t))
	}
	return n
}

// unifyLen makes two array lengths equal.
func unifyLen(a, b *Type) bool {
	switch {
	case a.lv == nil && b.lv == nil:
		return a.n == b.n
	case a.lv != nil && b.lv != nil:
		ra, rb := a.lv.root(), b.lv.root()
		if ra == rb {
			return true
		}
		if ra.set && rb.set {
			return ra.n == rb.n
		}
		if ra.set {
			ra, rb = rb, ra
		}
		ra.link = rb
		return true
	}
	if b.lv != nil {
		a, b = b, a
	}
	r := a.lv.root()
	if r.set {
		return r.n == b.n
	}
	r.n, r.set = b.n, true
	return true
}

// tvar is an inference variable; lit restricts it to integer ('i') or
// float ('f') types (the type of a literal without suffix).
type tvar struct {
	t   *Type
	lit byte
}

var (
	tyBool   = &Type{kind: kBool}
	tyChar   = &Type{kind: kChar}
	tyStr    = &Type{kind: kStr}
	tyNever  = &Type{kind: kNever}
	tyUnit   = &Type{kind: kTuple}
	tyUsize  = &Type{kind: kUint}
	tyIsize  = &Type{kind: kInt}
	tyU8     = &Type{kind: kUint, bits: 8}
	tyU32    = &Type{kind: kUint, bits: 32}
	tyI32    = &Type{kind: kInt, bits: 32}
	tyF64    = &Type{kind: kFloat, bits: 64}
	tyStrRef = &Type{kind: kRef, elem: tyStr}
)

// primTypes are the primitive type names.
var primTypes = map[string]*Type{
	"bool": tyBool, "char": tyChar, "str": tyStr,
	"i8": {kind: kInt, bits: 8}, "i16": {kind: kInt, bits: 16}, "i32": tyI32, "i64": {kind: kInt, bits: 64},
	"i128": {kind: kInt, bits: 128}, "isize": tyIsize,
	"u8": tyU8, "u16": {kind: kUint, bits: 16}, "u32": tyU32, "u64": {kind: kUint, bits: 64},
	"u128": {kind: kUint, bits: 128}, "usize": tyUsize,
	"f32": {kind: kFloat, bits: 32}, "f64": tyF64,
}

func newVar(lit byte) *Type { return &Type{kind: kVar, v: &tvar{lit: lit}} }

func refTo(t *Type, mut bool) *Type { return &Type{kind: kRef, elem: t, mut: mut} }

// res follows bound inference variables.
func res(t *Type) *Type {
	r := t
	for r != nil && r.kind == kVar && r.v.t != nil {
		r = r.v.t
	}
	// Bound variables are never unbound: point the chain at its end, so
	// a chain of n unified variables (1 + 1 + ... + 1) is not walked n
	// times.
	for t != r && t.v.t != r {
		next := t.v.t
		t.v.t = r
		t = next
	}
	return r
}

func (t *Type) isInt() bool {
	t = res(t)
	return t.kind == kInt || t.kind == kUint || t.kind == kVar && t.v.lit == 'i'
}

func (t *Type) isFloat() bool {
	t = res(t)
	return t.kind == kFloat || t.kind == kVar && t.v.lit == 'f'
}

func (t *Type) isNum() bool { return t.isInt() || t.isFloat() }

func (t *Type) signed() bool { return res(t).kind == kInt }

// size is the width in bytes of an integer or float (8 for isize/usize).
func (t *Type) size() int {
	t = res(t)
	if t.bits == 0 {
		return 8
	}
	return t.bits / 8
}

// occurs reports whether v occurs in t.
func occurs(v *tvar, t *Type) bool {
	t = res(t)
	if t == nil {
		return false
	}
	if t.kind == kVar {
		return t.v == v
	}
	if t.elem != nil && occurs(v, t.elem) {
		return true
	}
	for _, e := range t.elems {
		if occurs(v, e) {
			return true
		}
	}
	for _, e := range t.args {
		if occurs(v, e) {
			return true
		}
	}
	return false
}

// unify makes a and b equal, reporting whether they can be.
func unify(a, b *Type) bool {
	a, b = res(a), res(b)
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	if a.kind == kNever || b.kind == kNever {
		return true
	}
	if b.kind == kVar && a.kind != kVar {
		a, b = b, a
	}
	if a.kind == kVar {
		if b.kind == kVar {
			switch {
			case a.v.lit == 0:
			case b.v.lit == 0:
				b.v.lit = a.v.lit
			case a.v.lit != b.v.lit:
				return false
			}
			a.v.t = b
			return true
		}
		switch a.v.lit {
		case 'i':
			if b.kind != kInt && b.kind != kUint {
				return false
			}
		case 'f':
			if b.kind != kFloat {
				return false
			}
		}
		if occurs(a.v, b) {
			return false
		}
		a.v.t = b
		return true
	}
	if a.kind != b.kind || a.bits != b.bits || a.mut != b.mut || a.adt != b.adt || a.dyn != b.dyn {
		return false
	}
	switch a.kind {
	case kArray, kConstArg:
		if !unifyLen(a, b) {
			return false
		}
	case kFn:
		if len(a.elems) != len(b.elems) {
			return false
		}
		for i := range a.elems {
			if !unify(a.elems[i], b.elems[i]) {
				return false
			}
		}
	case kTuple:
		if len(a.elems) != len(b.elems) {
			return false
		}
		for i := range a.elems {
			if !unify(a.elems[i], b.elems[i]) {
				return false
			}
		}
	}
	if len(a.args) != len(b.args) {
		return false
	}
	for i := range a.args {
		if !unify(a.args[i], b.args[i]) {
			return false
		}
	}
	if a.elem != nil {
		return unify(a.elem, b.elem)
	}
	return true
}

// zonk replaces inference variables by their types, defaulting integer
// literals to i32 and float literals to f64. It reports false when a
// variable is left unconstrained.
func zonk(t *Type) (*Type, bool) {
	t = res(t)
	if t == nil {
		return nil, false
	}
	switch t.kind {
	case kVar:
		switch t.v.lit {
		case 'i':
			t.v.t = tyI32
			return tyI32, true
		case 'f':
			t.v.t = tyF64
			return tyF64, true
		}
		return t, false
	case kConstArg:
		n, known := t.length()
		if !known {
			return t, false
		}
		if t.lv == nil {
			return t, true
		}
		return &Type{kind: kConstArg, n: n}, true
	case kArray, kSlice, kRef, kPtr:
		e, ok := zonk(t.elem)
		n, known := t.length()
		if !known {
			return t, false
		}
		if e == t.elem && t.lv == nil {
			return t, ok
		}
		return &Type{kind: t.kind, mut: t.mut, elem: e, n: n}, ok
	case kFn:
		ok := true
		c := *t
		c.elems = nil
		for _, e := range t.elems {
			z, k := zonk(e)
			ok = ok && k
			c.elems = append(c.elems, z)
		}
		r, k := zonk(t.elem)
		c.elem = r
		return &c, ok && k
	case kTuple, kAdt:
		ok := true
		var out []*Type
		list := t.elems
		if t.kind == kAdt {
			list = t.args
		}
		changed := false
		for _, e := range list {
			z, k := zonk(e)
			ok = ok && k
			changed = changed || z != e
			out = append(out, z)
		}
		if !changed {
			return t, ok
		}
		c := *t
		if t.kind == kAdt {
			c.args = out
		} else {
			c.elems = out
		}
		return &c, ok
	}
	return t, true
}

// String is the type as rustc prints it.
func (t *Type) String() string {
	if s := primName(res(t)); s != "" {
		return s
	}
	var b strings.Builder
	t.write(&b)
	return b.String()
}

// primName is the name of a primitive type, without building it: most
// types a body names are primitive. "" for the others.
func primName(t *Type) string {
	if t == nil {
		return ""
	}
	switch t.kind {
	case kBool:
		return "bool"
	case kChar:
		return "char"
	case kStr:
		return "str"
	case kNever:
		return "!"
	case kInt:
		switch t.bits {
		case 0:
			return "isize"
		case 8:
			return "i8"
		case 16:
			return "i16"
		case 32:
			return "i32"
		case 64:
			return "i64"
		case 128:
			return "i128"
		}
	case kUint:
		switch t.bits {
		case 0:
			return "usize"
		case 8:
			return "u8"
		case 16:
			return "u16"
		case 32:
			return "u32"
		case 64:
			return "u64"
		case 128:
			return "u128"
		}
	case kFloat:
		switch t.bits {
		case 16:
			return "f16"
		case 32:
			return "f32"
		case 64:
			return "f64"
		case 128:
			return "f128"
		}
	}
	return ""
}

func (t *Type) write(b *strings.Builder) {
	t = res(t)
	if t == nil {
		b.WriteString("?")
		return
	}
	switch t.kind {
	case kBool:
		b.WriteString("bool")
	case kChar:
		b.WriteString("char")
	case kStr:
		b.WriteString("str")
	case kNever:
		b.WriteString("!")
	case kInt, kUint:
		if t.kind == kInt {
			b.WriteByte('i')
		} else {
			b.WriteByte('u')
		}
		if t.bits == 0 {
			b.WriteString("size")
		} else {
			b.WriteString(strconv.Itoa(t.bits))
		}
	case kFloat:
		b.WriteByte('f')
		b.WriteString(strconv.Itoa(t.bits))
	case kTuple:
		b.WriteByte('(')
		for i, e := range t.elems {
			if i > 0 {
				b.WriteString(", ")
			}
			e.write(b)
		}
		if len(t.elems) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case kArray:
		b.WriteByte('[')
		t.elem.write(b)
		b.WriteString("; ")
		if n, ok := t.length(); ok {
			b.WriteString(strconv.FormatInt(n, 10))
		} else {
			b.WriteString("_")
		}
		b.WriteByte(']')
	case kSlice:
		b.WriteByte('[')
		t.elem.write(b)
		b.WriteByte(']')
	case kRef:
		b.WriteByte('&')
		if t.mut {
			b.WriteString("mut ")
		}
		t.elem.write(b)
	case kPtr:
		if t.mut {
			b.WriteString("*mut ")
		} else {
			b.WriteString("*const ")
		}
		t.elem.write(b)
	case kAdt:
		b.WriteString(t.adt.name)
		if len(t.args) > 0 {
			b.WriteByte('<')
			for i, a := range t.args {
				if i > 0 {
					b.WriteString(", ")
				}
				a.write(b)
			}
			b.WriteByte('>')
		}
	case kParam:
		b.WriteString("T")
	case kDyn:
		b.WriteString("dyn ")
		b.WriteString(t.dyn)
	case kFn:
		b.WriteString("fn(")
		for i, e := range t.elems {
			if i > 0 {
				b.WriteString(", ")
			}
			e.write(b)
		}
		b.WriteByte(')')
		if r := res(t.elem); r != nil && !(r.kind == kTuple && len(r.elems) == 0) {
			b.WriteString(" -> ")
			r.write(b)
		}
	case kConstArg:
		if n, ok := t.length(); ok {
			b.WriteString(strconv.FormatInt(n, 10))
		} else {
			b.WriteString("_")
		}
	case kVar:
		if t.v.lit == 'f' {
			b.WriteString("{float}")
		} else if t.v.lit == 'i' {
			b.WriteString("{integer}")
		} else {
			b.WriteString("_")
		}
	}
}

// subst replaces the parameters of a builtin ADT's field type by args.
func subst(t *Type, args []*Type) *Type {
	t = res(t)
	switch t.kind {
	case kParam:
		if t.n < int64(len(args)) {
			return args[t.n]
		}
	case kRef, kPtr, kArray, kSlice:
		return &Type{kind: t.kind, mut: t.mut, n: t.n, lv: t.lv, elem: subst(t.elem, args)}
	case kTuple:
		c := &Type{kind: kTuple}
		for _, e := range t.elems {
			c.elems = append(c.elems, subst(e, args))
		}
		return c
	}
	return t
}

// tyCache interns MIR types by their text, so equal types share one
// *mir.Ty (the evaluator caches layouts by pointer). onAdt is told of
// every instance of a generic ADT converted (to declare it).
type tyCache struct {
	m     map[string]*mir.Ty
	onAdt func(t *Type)
}

// mir returns the MIR form of a zonked type.
func (tc *tyCache) mir(t *Type) *mir.Ty {
	t = res(t)
	text := t.String()
	if m, ok := tc.m[text]; ok {
		return m
	}
	if t.kind == kAdt && t.adt.generic() && tc.onAdt != nil {
		defer tc.onAdt(t)
	}
	m := &mir.Ty{Text: text}
	switch t.kind {
	case kBool:
		m.Kind = mir.TyBool
	case kChar:
		m.Kind = mir.TyChar
	case kStr:
		m.Kind = mir.TyStr
	case kNever:
		m.Kind = mir.TyNever
	case kInt:
		m.Kind, m.Bits = mir.TyInt, t.bits
	case kUint:
		m.Kind, m.Bits = mir.TyUint, t.bits
	case kFloat:
		m.Kind, m.Bits = mir.TyFloat, t.bits
	case kTuple:
		m.Kind = mir.TyTuple
		for _, e := range t.elems {
			m.Elems = append(m.Elems, tc.mir(e))
		}
	case kArray:
		n, _ := t.length()
		m.Kind, m.Elem, m.Len, m.LenSet = mir.TyArray, tc.mir(t.elem), n, true
	case kSlice:
		m.Kind, m.Elem = mir.TySlice, tc.mir(t.elem)
	case kRef:
		m.Kind, m.Elem, m.Mut = mir.TyRef, tc.mir(t.elem), t.mut
	case kPtr:
		m.Kind, m.Elem, m.Mut = mir.TyRawPtr, tc.mir(t.elem), t.mut
	case kAdt:
		m.Kind = mir.TyAdt
		seg := mir.PathSeg{Name: t.adt.name}
		for _, a := range t.args {
			seg.Args = append(seg.Args, tc.mir(a))
		}
		m.Path = &mir.Path{Segs: []mir.PathSeg{seg}, Text: text}
	case kFn:
		m.Kind = mir.TyFnPtr
		for _, e := range t.elems {
			m.Elems = append(m.Elems, tc.mir(e))
		}
		m.Ret = tc.mir(t.elem)
	case kDyn:
		m.Kind = mir.TyDyn
	default:
		m.Kind = mir.TyOther
	}
	tc.m[text] = m
	return m
}
