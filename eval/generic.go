// generic.go instantiates generic function bodies. MIR prints a generic
// fn once, with its parameters by name (`fn sum(_1: [u32; N]) -> u32`);
// a call binds them by unifying the callee's parameter and return types
// with the caller's concrete argument and destination types, and the
// frame then reads every type of the body through that substitution.

package eval

import (
	"strconv"
	"strings"

	"mirlsp/mir"
)

// subst maps generic parameters to types and const values.
type subst struct {
	tys    map[string]*mir.Ty
	consts map[string]uint64
	memo   map[*mir.Ty]*mir.Ty
	reg    *Registry
}

// apply returns t with the parameters replaced (t itself for a nil subst).
func (s *subst) apply(t *mir.Ty) *mir.Ty {
	if s == nil || t == nil {
		return t
	}
	if r, ok := s.memo[t]; ok {
		return r
	}
	r := s.applyNew(t)
	s.memo[t] = r
	return r
}

func (s *subst) applyNew(t *mir.Ty) *mir.Ty {
	switch t.Kind {
	case mir.TyAdt:
		if name, ok := paramName(t); ok {
			if b, ok := s.tys[name]; ok {
				return b
			}
			if v, ok := s.consts[name]; ok {
				// A const parameter printed as a generic argument.
				return &mir.Ty{Kind: mir.TyOther, Text: strconv.FormatUint(v, 10) + "_usize"}
			}
			return t
		}
		segs := make([]mir.PathSeg, len(t.Path.Segs))
		changed := false
		for i, sg := range t.Path.Segs {
			segs[i] = sg
			if len(sg.Args) == 0 {
				continue
			}
			segs[i].Args = make([]*mir.Ty, len(sg.Args))
			for j, a := range sg.Args {
				segs[i].Args[j] = s.applyArg(a)
				changed = changed || segs[i].Args[j] != a
			}
		}
		if !changed {
			return t
		}
		p := &mir.Path{Segs: segs, Text: pathText(segs)}
		return &mir.Ty{Kind: mir.TyAdt, Path: p, Text: p.Text}
	case mir.TyRef, mir.TyRawPtr, mir.TySlice, mir.TyArray:
		e := s.apply(t.Elem)
		n := *t
		n.Elem = e
		if t.Kind == mir.TyArray && !t.LenSet {
			v, ok := s.consts[t.LenText]
			if !ok {
				if e == t.Elem {
					return t
				}
			} else {
				n.Len, n.LenSet, n.LenText = int64(v), true, ""
			}
		} else if e == t.Elem {
			return t
		}
		n.Text = tyText(&n)
		return &n
	case mir.TyTuple:
		n := *t
		n.Elems = make([]*mir.Ty, len(t.Elems))
		changed := false
		for i, e := range t.Elems {
			n.Elems[i] = s.apply(e)
			changed = changed || n.Elems[i] != e
		}
		if !changed {
			return t
		}
		n.Text = tyText(&n)
		return &n
	}
	return t
}

// applyArg substitutes a generic argument (a type, or a const param
// printed as TyOther text such as `N`).
func (s *subst) applyArg(a *mir.Ty) *mir.Ty {
	if a.Kind == mir.TyOther {
		if v, ok := s.consts[a.Text]; ok {
			return &mir.Ty{Kind: mir.TyOther, Text: strconv.FormatUint(v, 10) + "_usize"}
		}
		return a
	}
	return s.apply(a)
}

// tyText prints a composite type as rustc does.
func tyText(t *mir.Ty) string {
	switch t.Kind {
	case mir.TyRef:
		if t.Mut {
			return "&mut " + t.Elem.Text
		}
		return "&" + t.Elem.Text
	case mir.TyRawPtr:
		if t.Mut {
			return "*mut " + t.Elem.Text
		}
		return "*const " + t.Elem.Text
	case mir.TySlice:
		return "[" + t.Elem.Text + "]"
	case mir.TyArray:
		if t.LenSet {
			return "[" + t.Elem.Text + "; " + strconv.FormatInt(t.Len, 10) + "]"
		}
		return "[" + t.Elem.Text + "; " + t.LenText + "]"
	case mir.TyTuple:
		parts := make([]string, len(t.Elems))
		for i, e := range t.Elems {
			parts[i] = e.Text
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return t.Text
}

func pathText(segs []mir.PathSeg) string {
	var b strings.Builder
	for i, s := range segs {
		if i > 0 {
			b.WriteString("::")
		}
		b.WriteString(s.Name)
		if len(s.Args) > 0 {
			b.WriteByte('<')
			for j, a := range s.Args {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(a.Text)
			}
			b.WriteByte('>')
		}
	}
	return b.String()
}

// paramName reports whether t can be a generic type parameter: a single
// path segment without arguments (T, U, Item).
func paramName(t *mir.Ty) (string, bool) {
	if t.Kind != mir.TyAdt || t.Path == nil || len(t.Path.Segs) != 1 || len(t.Path.Segs[0].Args) != 0 || t.Path.Segs[0].QSelf != nil {
		return "", false
	}
	return t.Path.Segs[0].Name, true
}

// unify binds the parameters of pattern p from the concrete type a.
func (s *subst) unify(p, a *mir.Ty) {
	if p == nil || a == nil {
		return
	}
	switch p.Kind {
	case mir.TyAdt:
		if name, ok := paramName(p); ok {
			if a.Kind == mir.TyOther {
				// A const argument for a parameter printed like a type.
				if n, err := strconv.ParseUint(strings.TrimSuffix(a.Text, "_usize"), 10, 64); err == nil {
					s.consts[name] = n
				}
				return
			}
			if _, _, known := s.reg.Lookup(p); !known || a.Kind != mir.TyAdt || name != adtName(a) {
				if _, bound := s.tys[name]; !bound && name != a.Text {
					s.tys[name] = a
				}
			}
			return
		}
		if a.Kind == mir.TyAdt && a.Path != nil && len(p.Path.Segs) > 0 && len(a.Path.Segs) > 0 {
			ps, as := p.Path.Segs[len(p.Path.Segs)-1].Args, a.Path.Segs[len(a.Path.Segs)-1].Args
			for i := 0; i < len(ps) && i < len(as); i++ {
				if ps[i].Kind == mir.TyOther {
					if n, err := strconv.ParseUint(strings.TrimSuffix(as[i].Text, "_usize"), 10, 64); err == nil && isIdent(ps[i].Text) {
						s.consts[ps[i].Text] = n
					}
					continue
				}
				s.unify(ps[i], as[i])
			}
		}
	case mir.TyRef, mir.TyRawPtr, mir.TySlice:
		if a.Kind == p.Kind {
			s.unify(p.Elem, a.Elem)
		}
	case mir.TyArray:
		if a.Kind == mir.TyArray {
			s.unify(p.Elem, a.Elem)
			if !p.LenSet && a.LenSet && isIdent(p.LenText) {
				s.consts[p.LenText] = uint64(a.Len)
			}
		}
	case mir.TyTuple:
		if a.Kind == mir.TyTuple && len(a.Elems) == len(p.Elems) {
			for i := range p.Elems {
				s.unify(p.Elems[i], a.Elems[i])
			}
		}
	}
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// instantiate computes the substitution for a call of callee with
// arguments of types args and a destination of type dest; nil when the
// body needs none.
func (in *interp) instantiate(callee *mir.Item, args []*mir.Ty, dest *mir.Ty) *subst {
	b := callee.Body
	if !in.prog.generic(b) {
		return nil
	}
	s := &subst{tys: map[string]*mir.Ty{}, consts: map[string]uint64{}, memo: map[*mir.Ty]*mir.Ty{}, reg: in.reg}
	for i, a := range args {
		if i+1 < len(b.Locals) {
			s.unify(b.Locals[i+1].Ty, a)
		}
	}
	s.unify(b.Locals[0].Ty, dest)
	if len(s.tys) == 0 && len(s.consts) == 0 {
		return nil
	}
	return s
}

// generic reports whether a body's signature mentions a generic
// parameter (a bare name that is no known type, or an array length that
// is not a literal), so calls of it need a substitution.
func (p *Program) generic(b *mir.Body) bool {
	if v, ok := b.Memo.Load(genericKey{}); ok {
		return v.(bool)
	}
	var has func(t *mir.Ty) bool
	has = func(t *mir.Ty) bool {
		if t == nil {
			return false
		}
		switch t.Kind {
		case mir.TyAdt:
			if _, ok := paramName(t); ok {
				if _, _, known := p.Reg.Lookup(t); !known {
					return true
				}
			}
			for _, s := range t.Path.Segs {
				for _, a := range s.Args {
					if a.Kind == mir.TyOther && isIdent(a.Text) || has(a) {
						return true
					}
				}
			}
		case mir.TyArray:
			return !t.LenSet || has(t.Elem)
		case mir.TyRef, mir.TyRawPtr, mir.TySlice:
			return has(t.Elem)
		case mir.TyTuple:
			for _, e := range t.Elems {
				if has(e) {
					return true
				}
			}
		}
		return false
	}
	g := false
	for i := 0; i <= b.ArgCount && i < len(b.Locals) && !g; i++ {
		g = has(b.Locals[i].Ty)
	}
	b.Memo.Store(genericKey{}, g)
	return g
}

// genericKey is the key of generic's answer in mir.Body.Memo.
type genericKey struct{}

// constParam returns the value of a const generic parameter of f.
func (f *frame) constParam(name string) (uint64, bool) {
	if f.sub == nil {
		return 0, false
	}
	v, ok := f.sub.consts[name]
	return v, ok
}
