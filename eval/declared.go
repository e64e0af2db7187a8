// declared.go enters the ADTs a file declares (mir.File.Adts, from the
// Rust front end) into the registry: their definitions are exact, so
// nothing learned from bodies changes them, and their layout (repr
// included) is known.

package eval

import "mirlsp/mir"

// declare defines the ADTs f declares.
func (r *Registry) declare(f *mir.File) {
	if len(f.Adts) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.declared == nil {
		r.declared = map[string]bool{}
	}
	for _, a := range f.Adts {
		if a == nil || a.Ty == nil {
			continue
		}
		d := &AdtDef{Name: adtName(a.Ty), Kind: a.Kind, VariantsKnown: true, Repr: declaredRepr(a.Repr)}
		for _, v := range a.Variants {
			vd := &VariantDef{Name: v.Name, Discr: v.Discr, Ctor: v.Ctor, FieldsKnown: true, discrKnown: true}
			for _, fd := range v.Fields {
				vd.Fields = append(vd.Fields, FieldDef{Name: fd.Name, Ty: fd.Ty, Param: -1})
			}
			d.Variants = append(d.Variants, vd)
		}
		key := NormTy(a.Ty)
		r.defs[key] = d
		r.declared[key] = true
		if len(a.FmtWhy) > 0 {
			if r.fmtWhy == nil {
				r.fmtWhy = map[string]map[string]string{}
			}
			r.fmtWhy[key] = a.FmtWhy
		}
		if len(a.FmtFns) > 0 {
			if r.fmtFns == nil {
				r.fmtFns = map[string]map[string]*mir.Item{}
			}
			r.fmtFns[key] = a.FmtFns
		}
	}
	r.invalidateLocked()
}

// isDeclared reports whether ty is an ADT a file declares.
func (r *Registry) isDeclared(ty *mir.Ty) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.declared[NormTy(ty)]
}

func declaredRepr(d mir.ReprDecl) Repr {
	r := Repr{C: d.C, Transparent: d.Transparent, Packed: d.Packed, Align: d.Align}
	if d.Int != nil {
		if it, ok := intTyOf(d.Int); ok {
			r.Int = &it
		}
	}
	return r
}

// fmtWhyNot says why the hand-written impl of trait (Debug, Display, …)
// a file declares for ty cannot be run, or "".
func (r *Registry) fmtWhyNot(ty *mir.Ty, trait string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fmtWhy == nil {
		_, why := r.mirFmtFn(ty, trait)
		return why
	}
	return r.fmtWhy[NormTy(ty)][trait]
}
