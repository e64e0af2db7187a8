// fmtimpl.go finds the hand-written formatting impls (Debug, Display,
// LowerHex, …) of the crate's ADTs and has them lowered to MIR fns
// (fmtrun.go), which the evaluator runs when it prints a value. An impl
// that cannot be lowered leaves the type unprintable, with the reason
// naming what is outside what mirlsp runs.

package rustsrc

import (
	"strconv"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// fmtTraits are the formatting traits whose impls are compiled.
var fmtTraits = map[string]bool{"Debug": true, "Display": true, "LowerHex": true, "UpperHex": true, "Binary": true, "Octal": true,
	"LowerExp": true, "UpperExp": true}

// fmtTraitOrder is the order in which an ADT's formatting impls are
// compiled.
var fmtTraitOrder = []string{"Debug", "Display", "LowerHex", "UpperHex", "Binary", "Octal", "LowerExp", "UpperExp"}

// fmtSrc is one formatting impl of an ADT, compiled on first use.
type fmtSrc struct {
	ib     *implBlock
	done   bool
	busy   bool
	reason string
	// insts are the instances of a generic impl (impl<T: Debug> Debug
	// for W<T>), by the instance's type text.
	insts map[string]*fmtSrc
}

// markFmtImpl records a formatting impl written by hand.
func (p *prog) markFmtImpl(ib *implBlock, trait string) {
	pt, ok := ib.ast.SelfType.(*syntax.PathType)
	if !ok {
		return
	}
	d := p.resolvePathIn(ib.mod, segNames(pt.Path), nsType, 0, false)
	if d == nil || d.kind != defAdt || d.adt.builtin {
		return
	}
	if trait == "Debug" {
		d.adt.customDebug = true
	}
	if d.adt.fmt == nil {
		d.adt.fmt = map[string]*fmtSrc{}
	}
	if _, dup := d.adt.fmt[trait]; dup {
		d.adt.fmt[trait] = &fmtSrc{done: true, reason: "it has two `" + trait + "` impls"}
		return
	}
	if hasTypeParams(ib.ast.Generics) && !d.adt.generic() {
		d.adt.fmt[trait] = &fmtSrc{done: true, reason: "its `" + trait + "` impl is generic"}
		return
	}
	d.adt.fmt[trait] = &fmtSrc{ib: ib}
}

// fmtImpl compiles a's impl of trait, returning why it cannot be run
// ("" when it can).
func (p *prog) fmtImpl(a *adt, trait string) string {
	fs := a.fmt[trait]
	if fs == nil {
		return "`" + a.name + "` has no `" + trait + "` impl that mirlsp reads"
	}
	if fs.done || fs.busy {
		return fs.reason
	}
	if a.generic() {
		return "its `" + trait + "` impl is run per instance"
	}
	fs.busy = true
	defer p.setFile(fs.ib.file)()
	fn, why := p.fmtFn(a, trait, fs.ib, nil)
	if fn != nil {
		fs.busy, fs.done = false, true
		if a.decl.FmtFns == nil {
			a.decl.FmtFns = map[string]*mir.Item{}
		}
		a.decl.FmtFns[trait] = fn
		return ""
	}
	fs.reason = "the `" + trait + "` impl of `" + a.name + "` cannot be run: " + why
	fs.busy, fs.done = false, true
	if a.decl != nil {
		if a.decl.FmtWhy == nil {
			a.decl.FmtWhy = map[string]string{}
		}
		a.decl.FmtWhy[trait] = fs.reason
	}
	return fs.reason
}

// compileFmtImpls compiles every formatting impl of the crate's ADTs, so
// their declarations carry them when the evaluator reads them.
func (p *prog) compileFmtImpls() {
	for _, a := range p.adts {
		for _, tr := range fmtTraitOrder {
			if a.fmt[tr] != nil {
				p.fmtImpl(a, tr)
			}
		}
	}
}

// fmtInstance compiles the impl of trait for t, an instance of a generic
// ADT (impl<T: fmt::Debug> fmt::Debug for W<T>, run for W<u8>), returning
// why it cannot be run ("" when it can).
func (p *prog) fmtInstance(t *Type, trait string) string {
	a := t.adt
	if !a.generic() {
		return p.fmtImpl(a, trait)
	}
	fs := a.fmt[trait]
	if fs == nil {
		return "`" + a.name + "` has no `" + trait + "` impl that mirlsp reads"
	}
	if fs.done {
		return fs.reason
	}
	key := t.String()
	st := fs.insts[key]
	if st != nil {
		return st.reason
	}
	if fs.insts == nil {
		fs.insts = map[string]*fmtSrc{}
	}
	st = &fmtSrc{busy: true}
	fs.insts[key] = st
	if len(fs.insts) > maxInstances {
		st.reason = "the `" + trait + "` impl of `" + a.name + "` has more than " + strconv.Itoa(maxInstances) + " instances"
		return st.reason
	}
	p.tys.mir(t) // declared
	decl := a.instDecls[key]
	defer p.setFile(fs.ib.file)()
	var fn *mir.Item
	why := guard(func() {
		g := p.fmtBind(fs.ib, t)
		var w string
		fn, w = p.fmtFn(a, trait, fs.ib, &fmtInst{self: t, gen: g})
		if w != "" {
			fail("%s", w)
		}
	})
	st.busy = false
	if decl == nil {
		return "the `" + trait + "` impl of `" + key + "` cannot be run: its type is not declared"
	}
	if why == "" && fn != nil {
		if decl.FmtFns == nil {
			decl.FmtFns = map[string]*mir.Item{}
		}
		decl.FmtFns[trait] = fn
		delete(decl.FmtWhy, trait)
		return ""
	}
	st.reason = "the `" + trait + "` impl of `" + key + "` cannot be run: " + why
	if decl.FmtWhy == nil {
		decl.FmtWhy = map[string]string{}
	}
	decl.FmtWhy[trait] = st.reason
	return st.reason
}

// fmtInst is the instance a generic formatting impl is compiled for.
type fmtInst struct {
	self *Type
	gen  *genBind
}

// fmtBind binds the type parameters of a generic impl to the arguments
// of t, the instance of its self type: impl<A, B> … for Pair<A, B>.
func (p *prog) fmtBind(ib *implBlock, t *Type) *genBind {
	pt, ok := ib.ast.SelfType.(*syntax.PathType)
	if !ok || len(pt.Path.Segments) == 0 {
		fail("its self type is not a path")
	}
	seg := pt.Path.Segments[len(pt.Path.Segments)-1]
	params := map[string]bool{}
	g := &genBind{types: map[string]*Type{}, consts: map[string]*cparam{}}
	for _, gp := range typeParams(ib.ast.Generics) {
		if gp.Kind != syntax.TypeParam {
			fail("its impl has a const parameter `%s`", gp.Name.Name)
		}
		params[gp.Name.Name] = true
		g.order = append(g.order, gp.Name.Name)
	}
	var args []syntax.GenericArg
	if seg.Args != nil {
		for _, ga := range seg.Args.Args {
			if _, lt := ga.(*syntax.LifetimeArg); !lt {
				args = append(args, ga)
			}
		}
	}
	if len(args) != len(t.args) {
		fail("its self type `%s` is not `%s`", p.text(ib.ast.SelfType), t)
	}
	for i, ga := range args {
		ta, ok := ga.(*syntax.TypeArg)
		var name string
		if ok {
			if ap, ok := ta.Type.(*syntax.PathType); ok && ap.Path.QSelf == nil && len(ap.Path.Segments) == 1 && ap.Path.Segments[0].Args == nil {
				name = ap.Path.Segments[0].Name.Name
			}
		}
		if !params[name] {
			fail("its self type `%s` is not over its parameters", p.text(ib.ast.SelfType))
		}
		if prev, dup := g.types[name]; dup && prev.String() != t.args[i].String() {
			fail("its self type `%s` does not match `%s`", p.text(ib.ast.SelfType), t)
		}
		g.types[name] = t.args[i]
	}
	for _, n := range g.order {
		if g.types[n] == nil {
			fail("its parameter `%s` is not in its self type", n)
		}
	}
	return g
}

// drainFmtQueue compiles the formatting impls of the generic ADTs'
// instances declared so far (the evaluator finds them on the
// instances' declarations).
func (p *prog) drainFmtQueue() {
	for len(p.fmtQueue) > 0 {
		t := p.fmtQueue[0]
		p.fmtQueue = p.fmtQueue[1:]
		for _, tr := range fmtTraitOrder {
			if t.adt.fmt[tr] != nil {
				p.fmtInstance(t, tr)
			}
		}
	}
}
