// program.go holds what a Program shares across evaluations: common
// types, the allocation dumps of its files, and rendering of results.

package eval

import (
	"fmt"
	"strings"

	"mirlsp/mir"
)

// commonTypes are types the evaluator needs without a file naming them.
type commonTypes struct {
	boolTy, unitTy, u8Ty, usizeTy, strRefTy *mir.Ty
}

// primTy returns a primitive type by name.
func (c commonTypes) primTy(name string) *mir.Ty {
	t := &mir.Ty{Text: name}
	switch {
	case name == "bool":
		t.Kind = mir.TyBool
	case name == "char":
		t.Kind = mir.TyChar
	case name == "f32" || name == "f64":
		t.Kind, t.Bits = mir.TyFloat, intBits(name)
	case isIntName(name):
		t.Kind, t.Bits = intKind(name), intBits(name)
		if strings.HasSuffix(name, "size") {
			t.Bits = 0
		}
	}
	return t
}

func newCommonTypes() commonTypes {
	u8 := &mir.Ty{Kind: mir.TyUint, Bits: 8, Text: "u8"}
	str := &mir.Ty{Kind: mir.TyStr, Text: "str"}
	return commonTypes{
		boolTy:   &mir.Ty{Kind: mir.TyBool, Text: "bool"},
		unitTy:   &mir.Ty{Kind: mir.TyTuple, Text: "()"},
		u8Ty:     u8,
		usizeTy:  &mir.Ty{Kind: mir.TyUint, Text: "usize"},
		strRefTy: &mir.Ty{Kind: mir.TyRef, Elem: str, Text: "&str"},
	}
}

// fileAlloc converts an allocation dump of a file into an Allocation;
// id maps the file's allocation numbers to AllocIDs.
func fileAlloc(a *mir.Alloc, id func(int) AllocID) *Allocation {
	switch a.Kind {
	case mir.AllocMemory, mir.AllocStatic:
	default:
		return nil
	}
	if a.Elided || a.Bytes == nil && a.Size > 0 {
		return nil
	}
	kind := AllocGlobal
	if a.Kind == mir.AllocStatic {
		kind = AllocStatic
	}
	al := NewAllocation(a.Size, max(a.Align, 1), kind, false)
	copy(al.Bytes, a.Bytes)
	for i, ok := range a.Init {
		if ok {
			al.SetInit(uint64(i), uint64(i)+1, true)
		}
	}
	al.Name = a.Name
	for _, p := range a.Ptrs {
		if p.Target < 0 || p.Size != PtrSize {
			continue
		}
		al.insertProv(provEntry{Offset: p.Offset, Target: Pointer{Alloc: id(p.Target), Imm: p.Imm}, Frag: -1})
	}
	return al
}

// otherFileBase is the first AllocID of the allocation dumps of files
// other than the evaluated item's own: file k's allocN is
// otherFileBase + k<<20 + N. The item's own file's allocN is N, so
// messages name it as rustc does.
const otherFileBase AllocID = 1 << 32

// fileAllocID is the AllocID of allocation n of file k, seen from an
// evaluation of an item of file home.
func fileAllocID(k, home, n int) AllocID {
	if k == home {
		return AllocID(n)
	}
	return otherFileBase + AllocID(k)<<20 + AllocID(n)
}

// loadFileAllocs makes the allocation dumps of the program's files
// visible to in's memory (see fileAllocID). A static dumped without its
// bytes is evaluated when first accessed.
func (p *Program) loadFileAllocs(in *interp) {
	in.mem.File = func(id AllocID) *Allocation {
		k, n := in.home, int(id)
		if id >= otherFileBase {
			k, n = int((id-otherFileBase)>>20), int((id-otherFileBase)&(1<<20-1))
		} else if id >= firstLocalID {
			return nil
		}
		if k < 0 || k >= len(p.Files) {
			return nil
		}
		{
			f := p.Files[k]
			a, ok := f.Allocs[n]
			if !ok {
				return nil
			}
			switch a.Kind {
			case mir.AllocFn:
				return &Allocation{Kind: AllocFn, Name: a.Name, Item: p.Item(a.Name), Align: 1}
			case mir.AllocStaticUneval, mir.AllocStatic:
				if it := p.Item(a.Name); it != nil && it.Kind == mir.ItemStaticMut {
					// Reading a `static mut` from a constant is an error;
					// its allocation is reached only through this check.
					return &Allocation{Kind: AllocStatic, Name: a.Name, Item: it, Align: 1, MutableGlobal: true}
				}
				if a.Kind == mir.AllocStatic {
					return fileAlloc(a, func(t int) AllocID { return fileAllocID(k, in.home, t) })
				}
				if it := p.Item(a.Name); it != nil {
					ptr := in.staticPtr(it)
					if ptr.Offset == 0 {
						if al, ok := in.mem.Get(ptr.Alloc); ok {
							return al
						}
					}
				}
				return nil
			}
			return fileAlloc(a, func(t int) AllocID { return fileAllocID(k, in.home, t) })
		}
	}
}

// reprVisible reports whether the layout of ty is fully determined by
// what MIR shows. A user-defined ADT may carry #[repr(C)], packed or
// align attributes that MIR does not print, so its size, alignment and
// field offsets are not observable.
func (r *Registry) reprVisible(ty *mir.Ty) bool {
	if ty == nil {
		return false
	}
	switch ty.Kind {
	case mir.TyArray, mir.TySlice:
		return r.reprVisible(ty.Elem)
	case mir.TyTuple:
		for _, e := range ty.Elems {
			if !r.reprVisible(e) {
				return false
			}
		}
	case mir.TyAdt:
		if r.isDeclared(ty) {
			return true
		}
		if !r.IsBuiltin(ty) {
			return false
		}
		for _, s := range ty.Path.Segs {
			for _, a := range s.Args {
				if a.Kind != mir.TyOther && !r.reprVisible(a) {
					return false
				}
			}
		}
	}
	return true
}

// Render prints a result's value as Rust's `{:?}` would; opts limit the
// length (for hints and hover).
func (ev *Evaluator) Render(r *Result, opts RenderOpts) (string, error) {
	if r.Err != nil || r.Layout == nil {
		return "", r.Err
	}
	defer ev.Prog.Globals.Pin()()
	in := newInterp(nil, ev, r.Item, nil)
	rd := &Renderer{Mem: in.mem, Reg: ev.Prog.Reg, Opts: opts}
	return rd.RenderConst(r.Value, r.Item.Ty)
}

// ErrReferencedConst is the error of an item whose evaluation needed a
// constant that failed: rustc reports the failure once, at the failing
// constant; the user of the constant fails with the same message.
func ErrReferencedConst(it *mir.Item, inner *EvalError) *EvalError {
	e := *inner
	e.Notes = append(append([]string(nil), inner.Notes...), "erroneous constant encountered: `"+it.Name+"`")
	if e.Referenced == nil {
		e.Referenced = it
	}
	return &e
}

// validate checks the final value of an item as rustc's validity check
// does for the cases const code can reach: uninitialized scalars, bools,
// chars, enum tags and references.
func (in *interp) validate(op Operand, l *Layout) *EvalError {
	mp := in.toMem(op)
	return in.validatePlace(mp.Ptr, l, "", 0)
}

// validatePlace checks the value at p; path is where it lies in the
// final value, as rustc prints it (.b, .0, [3], .<enum-variant(Some)>.0).
func (in *interp) validatePlace(p Pointer, l *Layout, path string, depth int) *EvalError {
	if depth > 64 || l.Size == 0 || !l.Sized {
		return nil
	}
	ty := l.Ty
	if ty == nil {
		return nil
	}
	if what := scalarExpectation(ty); what != "" {
		if a, ok := in.mem.Get(p.Alloc); ok && p.Offset+l.Size <= a.Size && !a.allInit(p.Offset, p.Offset+l.Size) {
			return ErrValidationUninit(path, what)
		}
	}
	switch ty.Kind {
	case mir.TyInt, mir.TyUint:
		// An integer holding a pointer (a transmuted reference).
		if s, err := in.mem.ReadScalar(p, l.Size, 1); err == nil && s.IsPtr() {
			return ErrPtrToInt()
		}
	case mir.TyBool:
		s, err := in.mem.ReadScalar(p, 1, 1)
		if err != nil {
			return nil
		}
		if !s.IsPtr() && s.Bits.Lo > 1 {
			return ErrValidationBool(path, uint8(s.Bits.Lo))
		}
	case mir.TyChar:
		s, err := in.mem.ReadScalar(p, 4, 1)
		if err != nil {
			return nil
		}
		if c := uint32(s.Bits.Lo); !s.IsPtr() && (c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF) {
			return ErrValidationChar(path, c)
		}
	case mir.TyRef:
		s, err := in.mem.ReadScalar(p, PtrSize, 1)
		if err != nil {
			return nil
		}
		if !s.IsPtr() {
			if s.Bits.IsZero() {
				return ErrValidationNullRef(path)
			}
			return nil
		}
		if a, ok := in.mem.Get(s.Prov); ok && a.Freed {
			return ErrValidationDanglingRef(path)
		}
	case mir.TyArray:
		el, err := in.reg.LayoutOf(ty.Elem)
		if err != nil || el.Size == 0 {
			return nil
		}
		for i := uint64(0); i < l.Count && i < 1<<16; i++ {
			q := p
			q.Offset += i * el.Size
			if e := in.validatePlace(q, el, fmt.Sprintf("%s[%d]", path, i), depth+1); e != nil {
				return e
			}
		}
	case mir.TyTuple:
		for i, et := range ty.Elems {
			el, err := in.reg.LayoutOf(et)
			if err != nil {
				return nil
			}
			q := p
			q.Offset += l.FieldOffset(i)
			if e := in.validatePlace(q, el, fmt.Sprintf("%s.%d", path, i), depth+1); e != nil {
				return e
			}
		}
	case mir.TyAdt:
		if l.Adt == nil || isMaybeUninit(ty) {
			return nil
		}
		v := 0
		if l.Multiple {
			tp := p
			tp.Offset += l.TagOffset()
			s, err := in.mem.ReadScalar(tp, l.Tag.Size(), 1)
			if err != nil {
				return nil
			}
			if v, err = l.VariantOfScalar(s); err != nil {
				return ErrValidationTag(path, s.Bits, l.Tag.Size())
			}
		}
		vl := l.ForVariant(v)
		vd := l.Adt.Variants[v]
		vpath := path
		if l.Adt.Kind == AdtEnum {
			vpath += ".<enum-variant(" + vd.Name + ")>"
		}
		for i, fd := range vd.Fields {
			ft, ok := in.reg.FieldTy(ty, v, i)
			if !ok {
				return nil
			}
			fl, err := in.reg.LayoutOf(ft)
			if err != nil {
				return nil
			}
			q := p
			q.Offset += vl.FieldOffset(i)
			fpath := ""
			switch {
			case fd.Name != "":
				fpath = vpath + "." + fd.Name
			case vd.Ctor == CtorTuple:
				fpath = fmt.Sprintf("%s.%d", vpath, i)
			}
			if e := in.validatePlace(q, fl, fpath, depth+1); e != nil {
				if fpath == "" && strings.HasPrefix(e.Msg, "constructing invalid value at") {
					// The field's name would be part of rustc's message.
					return ErrUnsupported("the final value is invalid in field %d of `%s`, whose name the file does not show", i, ty.Text)
				}
				return e
			}
		}
	}
	return nil
}

// scalarExpectation is what rustc's validity check expects of a value of
// a primitive type ("an integer"), or "" for other types.
func scalarExpectation(t *mir.Ty) string {
	switch t.Kind {
	case mir.TyInt, mir.TyUint:
		return "an integer"
	case mir.TyFloat:
		return "a floating point number"
	case mir.TyBool:
		return "a boolean"
	case mir.TyChar:
		return "a unicode scalar value"
	case mir.TyRef:
		return "a reference"
	case mir.TyRawPtr:
		return "a raw pointer"
	case mir.TyFnPtr:
		return "a function pointer"
	}
	return ""
}

// isMaybeUninit reports core's MaybeUninit<T>, whose bytes may be
// anything.
func isMaybeUninit(t *mir.Ty) bool {
	return t.Path != nil && t.Path.Last() == "MaybeUninit"
}
