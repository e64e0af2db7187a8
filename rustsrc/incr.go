// incr.go lowers a crate again after an edit inside one item, without
// parsing, resolving or lowering the rest: a const or static whose
// initializer holds the edit has its initializer parsed again alone; a
// non-generic fn whose body holds it is parsed again alone. The item is
// checked and lowered against the crate's names and types as Lower left
// them (the edit changes no signature), and every other item is kept.
// Items after the edit keep the MIR they were lowered to and record how
// far they moved (Program.Shift); the items that reference the
// re-lowered one, directly or through others, are copied to reference the
// new lowering, so the new program's items reference each other only.
// Anything else (an edit outside such an item, one that adds items, anon
// consts or instances of generic items, a const whose value a type reads,
// a crate with a dependency cycle) is left to Load and Lower.

package rustsrc

import (
	"bytes"
	"slices"
	"sync"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// incremental is the lowering state a program keeps for Relower. Only
// one later program continues from it.
type incremental struct {
	mu   sync.Mutex
	p    *prog
	used bool
	// spans records that the constDefs' valSpans are set.
	spans bool
	// refs caches the items each item's bodies (its promoteds' too)
	// reference; items never change, so entries stay valid.
	refs map[*mir.Item]refs
	// referrers maps each item to the program's items whose bodies
	// reference it (a static also through allocations naming it), and
	// byName holds the program's items by name; both are made by the
	// first Relower and then follow the copies each one makes.
	referrers map[*mir.Item][]*mir.Item
	byName    map[string]*mir.Item
}

// Relower returns the crate and the program of c after file k's text
// became text, lowering only what the edit reaches; nils when the edit is
// not one it takes (the caller then loads and lowers the crate). The
// result equals Lower's on the edited crate but for the numbering of
// allocations and for the positions of moved items, which are those of
// Lower once moved by Program.Shift. prog must be c's program (from Lower
// or Relower); only one Relower continues from a program. The third
// result relates the items of the two programs.
//
// The new crate's file k has the new text and no syntax tree of its own:
// its AST is the old file's, whose positions after the edit are those of
// the text it was parsed from.
func Relower(c *Crate, prog *Program, k int, text []byte) (*Crate, *Program, *Edit) {
	st := prog.inc
	if st == nil || k < 0 || k >= len(c.Files) || len(prog.Files) != len(c.Files) {
		return nil, nil, nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	p := st.p
	f := c.Files[k]
	if st.used || p.out != prog || f.Text == nil || p.cycle || f.Unsupported != "" {
		return nil, nil, nil
	}
	old := f.Text
	a, oe, ne := editRange(old, text)
	if a == oe && a == ne {
		return nil, nil, nil
	}
	if !st.spans {
		for _, cd := range p.consts {
			if cd.value != nil {
				cd.valSpan = cd.value.NodeSpan()
			}
		}
		st.spans = true
	}
	delta := ne - oe
	// The edited item: a const or static whose initializer holds the
	// edit (vs, parsed again as x), or a fn whose body does (vs, the fn
	// parsed again as fn).
	var x syntax.Expr
	var fn *syntax.Fn
	var vs mir.Span
	cd := p.editedConst(k, a, oe)
	fd := (*fnDef)(nil)
	if cd != nil {
		vs = cd.valSpan
		var err error
		x, err = syntax.ParseExprAt(text, vs.Start, vs.End+delta)
		if err != nil || x == nil || x.NodeSpan() != (mir.Span{Start: vs.Start, End: vs.End + delta}) || !relowerable(x) {
			return nil, nil, nil
		}
	} else if fd = p.editedFn(k, a, oe, prog.shift); fd != nil {
		sh := prog.shift[fd.mir]
		is := mir.Span{Start: fd.ast.Span.Start + sh, End: fd.ast.Span.End + sh}
		vs = mir.Span{Start: fd.ast.Body.Span.Start + sh, End: fd.ast.Body.Span.End + sh}
		it, err := syntax.ParseItemAt(text, is.Start, is.End+delta)
		fn, _ = it.(*syntax.Fn)
		if err != nil || fn == nil || fn.Span != (mir.Span{Start: is.Start, End: is.End + delta}) || fn.Body == nil ||
			fn.Name.Name != fd.ast.Name.Name || !relowerable(&syntax.BlockExpr{Block: fn.Body}) {
			return nil, nil, nil
		}
	} else {
		return nil, nil, nil
	}
	// cfg is applied when a file is loaded (cfg.go): an edited item that
	// names cfg, before or after the edit, is loaded again.
	if bytes.Contains(text[vs.Start:vs.End+delta], []byte("cfg")) || bytes.Contains(old[vs.Start:vs.End], []byte("cfg")) {
		return nil, nil, nil
	}
	// So are macro_rules! calls, expanded when the crate is loaded
	// (macros.go).
	if c.macros.defined() && (bytes.IndexByte(text[vs.Start:vs.End+delta], '!') >= 0 || bytes.IndexByte(old[vs.Start:vs.End], '!') >= 0) {
		return nil, nil, nil
	}
	// The file's syntax errors must all lie in what the edit replaces.
	for _, e := range f.Errors {
		if e.Span.Start < vs.Start || e.Span.End > vs.End || e.Span == (mir.Span{}) {
			return nil, nil, nil
		}
	}

	if st.refs == nil {
		st.refs = map[*mir.Item]refs{}
	}
	if st.referrers == nil {
		st.byName = make(map[string]*mir.Item, len(p.byMIR))
		for m := range p.byMIR {
			st.byName[m.Name] = m
		}
		st.referrers = map[*mir.Item][]*mir.Item{}
		for m := range p.byMIR {
			st.addReferrer(m)
		}
	}

	// From here on p changes: prog's state passes to the new program.
	st.used = true
	movePos := func(pos int) int {
		if pos >= oe {
			return pos + delta
		}
		return pos
	}
	moveSpan := func(s mir.Span) mir.Span { return mir.Span{Start: movePos(s.Start), End: movePos(s.End)} }
	for _, d := range p.consts {
		if d.def.file == k {
			d.span, d.valSpan, d.def.span = moveSpan(d.span), moveSpan(d.valSpan), moveSpan(d.def.span)
		}
	}

	nc := &Crate{Root: c.Root, Files: slices.Clone(c.Files), modOf: c.modOf, Roots: c.Roots, cfgDone: c.cfgDone, macros: c.macros}
	nc.Files[k] = &File{Path: f.Path, Text: text, AST: f.AST, unknownCfg: f.unknownCfg, cfgTaint: f.cfgTaint, cfgTaintReason: f.cfgTaintReason}
	p.crate = nc
	out := &Program{Items: make([]*Item, 0, len(prog.Items))}
	for _, f := range prog.Files {
		out.Files = append(out.Files, &mir.File{Name: f.Name, Allocs: f.Allocs, Adts: slices.Clip(f.Adts)})
	}
	// The rustsrc items are copied (into one slab): propagate sets their
	// results.
	items := make(map[*Item]*Item, len(prog.Items))
	slab := make([]Item, 0, len(prog.Items))
	copyItem := func(it *Item) *Item {
		if n := items[it]; n != nil {
			return n
		}
		var n *Item
		if len(slab) < cap(slab) {
			slab = append(slab, *it)
			n = &slab[len(slab)-1]
		} else {
			c := *it
			n = &c
		}
		if n.File == k {
			n.Span, n.NameSpan, n.Hint = moveSpan(n.Span), moveSpan(n.NameSpan), movePos(n.Hint)
		}
		items[it] = n
		return n
	}
	for _, it := range prog.Items {
		out.Items = append(out.Items, copyItem(it))
	}
	for _, d := range p.consts {
		if d.item != nil {
			d.item = copyItem(d.item)
		}
	}
	out.Uses = make([]Use, 0, len(prog.Uses))
	for _, u := range prog.Uses {
		if u.File == k {
			if vs.Start <= u.Span.Start && u.Span.End <= vs.End {
				continue // in the old initializer
			}
			u.Span = moveSpan(u.Span)
		}
		u.Item = copyItem(u.Item)
		out.Uses = append(out.Uses, u)
	}
	oldM := fd.mirOf(cd)
	// The allocations the old initializer made are dropped.
	allocs := map[int]bool{}
	for _, m := range append([]*mir.Item{oldM}, oldM.Promoteds...) {
		mir.EachConst(m, func(k *mir.Const) {
			if k.Kind == mir.ConstAlloc {
				allocs[k.Alloc] = true
			}
		})
	}
	fa := make(map[int]*mir.Alloc, len(out.Files[k].Allocs))
	for id, al := range out.Files[k].Allocs {
		if !allocs[id] {
			fa[id] = al
		}
	}
	out.Files[k].Allocs = fa

	nFns, nConsts, nAdts := len(p.fns), len(p.consts), countAdts(out.Files)
	p.out, p.uses = out, out.Uses
	// The edited item, lowered again, in the positions of the new text.
	sh := prog.shift[oldM]
	at := func(s mir.Span) mir.Span { return mir.Span{Start: s.Start + sh, End: s.End + sh} }
	nm := &mir.Item{Kind: oldM.Kind, Name: oldM.Name, Path: oldM.Path, ConstKeyword: oldM.ConstKeyword, CTFE: oldM.CTFE,
		Span: mir.Span{Start: oldM.Span.Start + sh, End: oldM.Span.End + sh + delta}, NameSpan: at(oldM.NameSpan)}
	if oldM.HeadSpan != (mir.Span{}) {
		nm.HeadSpan = at(oldM.HeadSpan)
	}
	delete(p.byMIR, oldM)
	if cd != nil {
		p.byMIR[nm] = cd
		cd.mir, cd.value, cd.valSpan = nm, x, x.NodeSpan()
		cd.bad, cd.deps, cd.readsMut, cd.noPrint, cd.selfRead = "", nil, false, "", false
		cd.item.Hint = x.NodeSpan().End
		p.lowerConst(cd)
	} else {
		p.byMIR[nm] = fd
		fd.mir, fd.ast = nm, fn
		fd.bad, fd.deps, fd.readsMut, fd.lowered = "", nil, false, false
		p.lowerFn(fd)
		if fd.bad != "" {
			// Callers check a fn's signature, which fails with the fn's
			// reason: their lowering changes.
			return nil, nil, nil
		}
	}
	out.Uses = p.uses
	if len(p.fns) != nFns || len(p.consts) != nConsts || countAdts(out.Files) != nAdts {
		// It made items of its own (instances of generic fns or ADTs):
		// the state no longer matches a lowering of the crate.
		return nil, nil, nil
	}

	// The items after the edit move: their MIR stays as it is, at the
	// positions it was lowered at, and their shift grows.
	shift := make(map[*mir.Item]int, len(prog.shift)+8)
	for m, d := range prog.shift {
		shift[m] = d
	}
	delete(shift, oldM)
	for m, d := range p.byMIR {
		if m == nm || defFile(d) != k {
			continue
		}
		sh := prog.shift[m]
		if m.Span.Start+sh < oe && m.Span.End+sh > a {
			// Another item holds the edit (a fn declaring the const in a
			// block): its parts would move apart.
			return nil, nil, nil
		}
		if m.Span.End+sh >= oe {
			shift[m] = sh + delta
			for _, x := range m.Promoteds {
				shift[x] = sh + delta
			}
		}
	}
	// Copy what was lowered again and what references a copy. (The
	// referrers are those of prog, where the old lowering stands for the
	// new one.)
	copied := map[*mir.Item]bool{nm: true}
	closure(copied, st.referrers, nm, oldM)
	delete(copied, oldM)
	cl := &cloner{remap: make(map[*mir.Item]*mir.Item, 2*len(copied))}
	same := func(s mir.Span) mir.Span { return s }
	for m := range copied {
		cl.shell(m, same)
	}
	cl.remap[oldM] = cl.remap[nm]
	for m := range copied {
		cl.fill(m, same)
	}
	moved := make(map[*mir.Item]*mir.Item, 2*len(copied))
	for m := range copied {
		n := cl.remap[m]
		d := p.byMIR[m]
		delete(p.byMIR, m)
		p.byMIR[n] = d
		switch d := d.(type) {
		case *fnDef:
			d.mir = n
		case *constDef:
			d.mir = n
		}
		olds, news := append([]*mir.Item{m}, m.Promoteds...), append([]*mir.Item{n}, n.Promoteds...)
		for i, x := range olds {
			if sx, ok := shift[x]; ok {
				delete(shift, x)
				if sx != 0 {
					shift[news[i]] = sx
				}
			}
			if m != nm {
				moved[news[i]] = x
			}
		}
	}
	for m, d := range shift {
		if d == 0 {
			delete(shift, m)
		}
	}
	out.shift, p.shift = shift, shift
	remapDeps := func(deps []*mir.Item) []*mir.Item {
		var out []*mir.Item
		for i, dep := range deps {
			if n, ok := cl.remap[dep]; ok {
				if out == nil {
					out = slices.Clone(deps)
				}
				out[i] = n
			}
		}
		if out == nil {
			return deps
		}
		return out
	}
	for _, d := range p.fns {
		d.deps = remapDeps(d.deps)
	}
	for _, d := range p.consts {
		d.deps = remapDeps(d.deps)
	}
	// The referrers and names follow the copies: the edges of the old
	// items go (while the names still name them), then those of the
	// copies come.
	olds := []*mir.Item{oldM}
	for m := range copied {
		if m != nm {
			olds = append(olds, m)
		}
	}
	for _, m := range olds {
		st.dropReferrer(m)
	}
	for _, m := range olds {
		delete(st.referrers, m)
		if st.byName[m.Name] == m {
			st.byName[m.Name] = cl.remap[m]
		}
		delete(st.refs, m)
	}
	delete(st.refs, nm)
	for m := range copied {
		st.addReferrer(cl.remap[m])
	}
	// What depends on a copy is looked at again (propagate).
	gone := map[*mir.Item]bool{oldM: true}
	affected := map[*mir.Item]bool{}
	rdeps := make(map[*mir.Item][]*mir.Item, len(p.byMIR))
	for m, d := range p.byMIR {
		var deps []*mir.Item
		switch d := d.(type) {
		case *fnDef:
			deps = d.deps
		case *constDef:
			deps = d.deps
		}
		for _, dep := range deps {
			rdeps[dep] = append(rdeps[dep], m)
		}
	}
	var seeds []*mir.Item
	for m := range copied {
		gone[m] = true
		affected[cl.remap[m]] = true
		seeds = append(seeds, cl.remap[m])
	}
	closure(affected, rdeps, seeds...)
	p.propagate(affected, gone, prog.Files)
	if p.cycle {
		return nil, nil, nil
	}
	for _, m := range append([]*mir.Item{fd.mirOf(cd)}, fd.mirOf(cd).Promoteds...) {
		attachItemAllocs(out.Files[k], m, map[int]bool{})
	}
	// A file whose items are those it had is kept.
	for i, f := range out.Files {
		if old := prog.Files[i]; i != k && slices.Equal(f.Items, old.Items) && len(f.Adts) == len(old.Adts) {
			out.Files[i] = old
		}
	}
	out.inc = &incremental{p: p, spans: true, refs: st.refs, referrers: st.referrers, byName: st.byName}
	return nc, out, &Edit{Moved: moved, Copies: cl.remap}
}

// Edit relates the MIR items of a program made by Relower to those of the
// program it came from.
type Edit struct {
	// Moved maps each item that is a copy of an old item at another
	// position (the same MIR, referencing the copies of what the old one
	// referenced) to that item.
	Moved map[*mir.Item]*mir.Item
	// Copies maps each old item that has a copy to the copy, the edited
	// item to its new lowering.
	Copies map[*mir.Item]*mir.Item
}

// refs are what an item's bodies (its promoteds' too) reference: items,
// and statics through allocations naming them.
type refs struct {
	items   []*mir.Item
	statics []string
}

// closure adds to in every item edges reach from seeds.
func closure(in map[*mir.Item]bool, edges map[*mir.Item][]*mir.Item, seeds ...*mir.Item) {
	for len(seeds) > 0 {
		m := seeds[len(seeds)-1]
		seeds = seeds[:len(seeds)-1]
		for _, r := range edges[m] {
			if !in[r] {
				in[r] = true
				seeds = append(seeds, r)
			}
		}
	}
}

// addReferrer records m as a referrer of what it references.
func (st *incremental) addReferrer(m *mir.Item) {
	r := st.refsOf(m)
	for _, x := range r.items {
		st.referrers[x] = append(st.referrers[x], m)
	}
	// A static is referenced through an allocation naming it.
	for _, name := range r.statics {
		if x := st.byName[name]; x != nil {
			st.referrers[x] = append(st.referrers[x], m)
		}
	}
}

// dropReferrer undoes addReferrer(m) (with the names as they were).
func (st *incremental) dropReferrer(m *mir.Item) {
	drop := func(x *mir.Item) {
		rs := st.referrers[x]
		if i := slices.Index(rs, m); i >= 0 {
			rs[i] = rs[len(rs)-1]
			st.referrers[x] = rs[:len(rs)-1]
		}
	}
	r := st.refsOf(m)
	for _, x := range r.items {
		drop(x)
	}
	for _, name := range r.statics {
		if x := st.byName[name]; x != nil {
			drop(x)
		}
	}
}

// refsOf returns what m's bodies reference.
func (st *incremental) refsOf(m *mir.Item) refs {
	if r, ok := st.refs[m]; ok {
		return r
	}
	var r refs
	for _, x := range append([]*mir.Item{m}, m.Promoteds...) {
		mir.EachConst(x, func(k *mir.Const) {
			if k.Item != nil && k.Item.Parent != m && k.Item != m {
				r.items = append(r.items, k.Item)
			}
			if k.Kind == mir.ConstAlloc && k.AllocRef != nil && k.AllocRef.Name != "" {
				r.statics = append(r.statics, k.AllocRef.Name)
			}
		})
	}
	st.refs[m] = r
	return r
}

// defFile is the file of a fnDef or constDef.
func defFile(d any) int {
	switch d := d.(type) {
	case *fnDef:
		return d.def.file
	case *constDef:
		return d.def.file
	}
	return -1
}

func countAdts(files []*mir.File) int {
	n := 0
	for _, f := range files {
		n += len(f.Adts)
	}
	return n
}

// editRange returns the range [a, oe) of old replaced by [a, ne) of new.
func editRange(old, new []byte) (a, oe, ne int) {
	for a < len(old) && a < len(new) && old[a] == new[a] {
		a++
	}
	s := 0
	for s < len(old)-a && s < len(new)-a && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	return a, len(old) - s, len(new) - s
}

// editedConst returns the const or static of file k whose initializer
// holds [a, oe), when Relower can lower it alone.
func (p *prog) editedConst(k, a, oe int) *constDef {
	for _, cd := range p.consts {
		vs := cd.valSpan
		if cd.def.file != k || cd.value == nil || vs.Start > a || oe > vs.End {
			continue
		}
		if cd.item == nil || cd.mir == nil || cd.typ == nil || cd.impl != nil || cd.dflt || cd.gen != nil ||
			cd.fixedTy != nil || cd.instances != nil || cd.typeUse || !relowerable(cd.value) {
			return nil
		}
		return cd
	}
	return nil
}

// mirOf returns the MIR item of the fn, or else of the const.
func (f *fnDef) mirOf(cd *constDef) *mir.Item {
	if f != nil {
		return f.mir
	}
	return cd.mir
}

// editedFn returns the fn of file k whose body holds [a, oe) strictly
// inside its braces, when Relower can lower it alone: not generic, its
// signature resolved, lowered, not evaluated for a type, in a crate
// without formatting impls run as MIR.
func (p *prog) editedFn(k, a, oe int, shift map[*mir.Item]int) *fnDef {
	for _, f := range p.fns {
		if f.runtime {
			// The ADT declarations hold the lowering of the formatting
			// impls, which a copy would not follow: lower it all again.
			return nil
		}
	}
	for _, f := range p.fns {
		if f.def.file != k || f.ast == nil || f.ast.Body == nil || f.mir == nil {
			continue
		}
		sh := shift[f.mir]
		if bs := f.ast.Body.Span; a <= bs.Start+sh || oe >= bs.End+sh {
			continue
		}
		if f.generic() || f.gen != nil || f.instances != nil || f.typeUse || !f.lowered || f.bad != "" || f.sigDone != 2 ||
			!relowerable(&syntax.BlockExpr{Block: f.ast.Body}) {
			return nil
		}
		return f
	}
	return nil
}

// relowerable reports whether an initializer declares nothing the crate
// collects before lowering: items in blocks, anon consts (non-literal
// array lengths, inline const blocks), closures.
func relowerable(x syntax.Expr) bool {
	ok := true
	syntax.Inspect(x, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.ItemStmt, *syntax.Closure:
			ok = false
		case *syntax.ArrayType:
			ok = ok && isLiteral(n.Len)
		case *syntax.Repeat:
			ok = ok && isLiteral(n.Len)
		case *syntax.BlockExpr:
			ok = ok && n.Kind != syntax.ConstBlock
		}
		return ok
	})
	return ok
}
