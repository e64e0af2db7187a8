// fmtimpl.go finds the hand-written formatting impls (Debug, Display,
// LowerHex, …) of the crate's ADTs and has them lowered to MIR fns
// (fmtrun.go), which the evaluator runs when it prints a value. An impl
// that cannot be lowered leaves the type unprintable, with the reason
// naming what is outside what mirlsp runs.

package rustsrc

import (
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// fmtTraits are the formatting traits whose impls are compiled.
var fmtTraits = map[string]bool{"Debug": true, "Display": true, "LowerHex": true, "UpperHex": true, "Binary": true, "Octal": true,
	"LowerExp": true, "UpperExp": true}

// fmtSrc is one formatting impl of an ADT, compiled on first use.
type fmtSrc struct {
	ib     *implBlock
	done   bool
	busy   bool
	reason string
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
	if _, dup := d.adt.fmt[trait]; dup || hasTypeParams(ib.ast.Generics) {
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
	fs.busy = true
	defer p.setFile(fs.ib.file)()
	fn, why := p.fmtFn(a, trait, fs.ib)
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
		for _, tr := range []string{"Debug", "Display", "LowerHex", "UpperHex", "Binary", "Octal", "LowerExp", "UpperExp"} {
			if a.fmt[tr] != nil {
				p.fmtImpl(a, tr)
			}
		}
	}
}
