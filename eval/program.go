// program.go holds what a Program shares across evaluations: common
// types, the allocation dumps of its files, and rendering of results.

package eval

import (
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
				if it := p.Item(a.Name); it != nil && it.Kind == mir.ItemStaticMut && !in.staticRoot() {
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
							if it.Kind == mir.ItemStaticMut {
								in.mem.InitialValues[id] = true
							}
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
	rd := &Renderer{Mem: in.mem, Reg: ev.Prog.Reg, Opts: opts, in: in, generalOnly: ev.Cfg.generalOnly}
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
