// resolve.go links the names of a parsed file: promoteds to their parent,
// callees and named constants to items, allocation constants to dumps,
// and checks that every local and block referenced exists.

package mirparse

import (
	"strconv"
	"strings"

	"mirlsp/mir"
)

// resolver holds the lookup tables of one file.
type resolver struct {
	p      *parser
	byName map[string][]*mir.Item // exact header path (generic args stripped)
	byLast map[string][]*mir.Item // last segment
	dump   bool                   // the file is a -Zdump-mir dump
	impls  map[string]*implInfo   // by `<impl at ...>` segment
	idx    *candIndex             // built on first use (resolve_index.go)
	cur    *mir.Item              // the item whose body is being resolved
}

func resolve(p *parser) {
	r := &resolver{p: p, byName: map[string][]*mir.Item{}, byLast: map[string][]*mir.Item{}, impls: map[string]*implInfo{}}
	f := p.file
	r.learnImpls(f.Items)
	for _, it := range f.Items {
		if it.Dump != "" {
			// -Zdump-mir writes one body per file: promoteds and anon
			// consts live in files of their own.
			r.dump = true
		}
		if it.Path == nil {
			continue
		}
		r.byName[stripArgs(it.Path)] = append(r.byName[stripArgs(it.Path)], it)
		r.byLast[it.Path.Last()] = append(r.byLast[it.Path.Last()], it)
	}
	for _, it := range f.Items {
		if it.Kind == mir.ItemPromoted {
			parentPath := strings.TrimSuffix(stripArgs(it.Path), "::"+it.Path.Last())
			for _, cand := range r.byName[parentPath] {
				if cand.Kind != mir.ItemPromoted && cand != it {
					if it.Parent == nil || cand.CTFE == it.CTFE {
						it.Parent = cand
					}
				}
			}
			if it.Parent != nil {
				it.Parent.Promoteds = append(it.Parent.Promoteds, it)
			}
		}
	}
	for _, it := range f.Items {
		if it.Trivial != nil {
			r.constant(it.Trivial)
		}
		if it.Body != nil {
			r.cur = it
			r.body(it.Body)
			r.cur = nil
		}
	}
}

// external reports whether a path names an item of core/std: a path
// into a standard crate, or a method of a standard type (trimmed paths
// such as Option::<T>::take).
func external(p *mir.Path) bool {
	if len(p.Segs) < 2 {
		return false
	}
	switch first := p.Segs[0]; first.Name {
	case "core", "std", "alloc", "Option", "Result", "Ordering", "NonZero", "Vec", "String", "Box",
		"Arguments", "Formatter", "char", "str", "mem", "ptr", "slice", "intrinsics", "hint", "panicking", "rt":
		return true
	default:
		// <T as Trait>::m with a standard trait.
		if first.QTrait != nil && len(first.QTrait.Segs) > 0 {
			switch first.QTrait.Segs[0].Name {
			case "core", "std", "alloc", "Fn", "FnMut", "FnOnce", "Clone", "Debug", "Display", "PartialEq",
				"PartialOrd", "Ord", "Eq", "Hash", "Default", "Iterator", "IntoIterator", "From", "Into", "Add", "Sub",
				"Mul", "Div", "Rem", "Neg", "Not", "Deref", "Drop", "AsRef", "SizedTypeProperties":
				return true
			}
		}
	}
	return false
}

// stripArgs returns a path's text without generic arguments.
func stripArgs(p *mir.Path) string {
	var b strings.Builder
	for i, s := range p.Segs {
		if i > 0 {
			b.WriteString("::")
		}
		b.WriteString(s.Name)
	}
	return b.String()
}

// lookup finds the item a path names: by exact path, then by the trimmed
// last segment (`fp::q` calls `fn q`, `Buf::push` calls
// `<impl at ..>::push`). Ambiguous names stay unresolved; the evaluator
// then reports them.
func (r *resolver) lookup(path *mir.Path, wantFn bool) *mir.Item {
	pick := func(cands []*mir.Item) *mir.Item {
		var found *mir.Item
		for _, c := range cands {
			if (c.Kind == mir.ItemFn) != wantFn || c.Kind == mir.ItemPromoted && !strings.Contains(path.Text, "promoted[") {
				continue
			}
			if found != nil && found.Name != c.Name {
				return nil
			}
			// Prefer the CTFE body of a const fn.
			if found == nil || c.CTFE {
				found = c
			}
		}
		return found
	}
	if it := pick(r.byName[stripArgs(path)]); it != nil {
		return it
	}
	if external(path) || len(path.Segs) < 2 {
		return nil
	}
	last := path.Last()
	first := path.Segs[0]
	// <T as Tr>::name: an item of a trait impl for T, or the trait's
	// default item Tr::name.
	if first.QSelf != nil && len(path.Segs) == 2 {
		// Only an impl known to be for this self type qualifies: by its
		// methods' self parameter, and, when its header is on one line,
		// by the header's width (`impl Bits for u8`). An item of the
		// trait's default (`Bits::MASK`) depends on Self and is left
		// unresolved: the evaluator reports it as not evaluated.
		self := typeName(first.QSelf)
		var cands []*mir.Item
		for _, c := range r.byLast[last] {
			imp, ok := r.implOf(c)
			if !ok || imp == nil {
				continue
			}
			widthOK := first.QTrait != nil && imp.width == len("impl "+first.QTrait.Last()+" for "+self)
			switch {
			case imp.self == self && (imp.width < 0 || widthOK || first.QTrait == nil):
			case imp.self == "" && widthOK && r.uniqueWidth(imp.width):
			default:
				continue
			}
			cands = append(cands, c)
		}
		return pick(cands)
	}
	// A trimmed path: the item's own path is a suffix of the use
	// (fp::q calls `fn q`, shapes::X::promoted[0] is X::promoted[0]).
	if it := pick(r.suffixCands(path)); it != nil {
		return it
	}
	// Type::name: an item of an impl of Type, inherent ones first.
	cands, inherent := r.implCands(path.Segs[len(path.Segs)-2].Name, last)
	if it := pick(inherent); it != nil {
		return it
	}
	return pick(cands)
}

// knownImplItem reports whether an impl block known to be for owner (by
// its methods' self type or its one-line header) has an item named last.
func (r *resolver) knownImplItem(owner, last string) bool {
	for _, c := range r.implPool(owner, last) {
		if imp, ok := r.implOf(c); ok && imp != nil && (imp.self == owner || imp.self == "" && imp.width == len("impl "+owner)) {
			return true
		}
	}
	return false
}

// implCands lists the items named last of impl blocks that may be for
// the type owner, and among them those of blocks known to be inherent.
func (r *resolver) implCands(owner, last string) (cands, inherent []*mir.Item) {
	for _, c := range r.implPool(owner, last) {
		imp, ok := r.implOf(c)
		if !ok || imp == nil || imp.self != "" && imp.self != owner {
			continue
		}
		if imp.self == "" && imp.width >= 0 && imp.width != len("impl "+owner) {
			// Not `impl Owner`, and nothing says it is for Owner.
			continue
		}
		cands = append(cands, c)
		if imp.width == len("impl "+owner) {
			inherent = append(inherent, c)
		}
	}
	return cands, inherent
}

// uniqueWidth reports whether exactly one impl block of the file has a
// header of the given width (so the width identifies it).
func (r *resolver) uniqueWidth(width int) bool {
	n := 0
	for _, imp := range r.impls {
		if imp.width == width {
			n++
		}
	}
	return n == 1
}

// suffixCands returns the items whose path is a proper suffix of p.
func (r *resolver) suffixCands(p *mir.Path) []*mir.Item {
	var cands []*mir.Item
	for _, c := range r.suffixPool(p) {
		n, m := len(c.Path.Segs), len(p.Segs)
		if n > m {
			continue
		}
		ok := true
		for i := 1; i <= n; i++ {
			name := c.Path.Segs[n-i].Name
			if imp := r.impls[name]; imp != nil && imp.self != "" {
				// An impl item is reached through its self type.
				name = imp.self
			}
			if name != p.Segs[m-i].Name {
				ok = false
				break
			}
		}
		if ok && n < m && r.impls[c.Path.Segs[0].Name] == nil {
			// `Header::EMPTY` where the file has both a module item
			// printed as `EMPTY` and an impl item EMPTY of a block for
			// Header: the segment before the suffix is the impl's type,
			// not a module the item was trimmed from.
			if r.knownImplItem(p.Segs[m-n-1].Name, p.Last()) {
				continue
			}
		}
		if ok && (n < m || r.impls[c.Path.Segs[0].Name] != nil) {
			cands = append(cands, c)
		}
	}
	return cands
}

// implInfo is what the file shows of an impl block `<impl at F:L:C: L:C>`:
// its self type (from methods taking self) and the width of its header
// (`impl Rect` is 9 columns: inherent; `impl Shape for Rect` is 19).
type implInfo struct {
	self  string
	width int
}

// implOf returns the impl block an item belongs to.
func (r *resolver) implOf(it *mir.Item) (*implInfo, bool) {
	for _, s := range it.Path.Segs {
		if strings.HasPrefix(s.Name, "<impl at ") {
			return r.impls[s.Name], true
		}
	}
	return nil, false
}

// learnImpls records the self types and header widths of impl blocks.
func (r *resolver) learnImpls(items []*mir.Item) {
	for _, it := range items {
		for _, s := range it.Path.Segs {
			if !strings.HasPrefix(s.Name, "<impl at ") {
				continue
			}
			imp := r.impls[s.Name]
			if imp == nil {
				imp = &implInfo{width: implWidth(s.Name)}
				r.impls[s.Name] = imp
			}
			if imp.self == "" && it.Body != nil && it.Body.ArgCount >= 1 {
				for _, d := range it.Body.Debug {
					if d.Name == "self" && d.Place != nil && d.Place.Local == 1 && len(d.Place.Proj) == 0 {
						imp.self = typeName(it.Body.Locals[1].Ty)
					}
				}
			}
		}
	}
}

// implWidth is the column width of a one-line impl header span
// `<impl at a.rs:29:1: 29:10>` (9), or -1.
func implWidth(seg string) int {
	s := strings.TrimSuffix(strings.TrimPrefix(seg, "<impl at "), ">")
	parts := strings.Split(s, ":")
	if len(parts) < 5 {
		return -1
	}
	n := len(parts)
	l1, c1, l2, c2 := strings.TrimSpace(parts[n-4]), parts[n-3], strings.TrimSpace(parts[n-2]), parts[n-1]
	if l1 != l2 {
		return -1
	}
	a, err1 := strconv.Atoi(c1)
	b, err2 := strconv.Atoi(c2)
	if err1 != nil || err2 != nil {
		return -1
	}
	return b - a
}

// typeName is the name a type is written with in a path: the last
// segment of an ADT (with references stripped), or a primitive's name.
func typeName(t *mir.Ty) string {
	for t != nil && (t.Kind == mir.TyRef || t.Kind == mir.TyRawPtr) {
		t = t.Elem
	}
	if t == nil {
		return ""
	}
	if t.Kind == mir.TyAdt && t.Path != nil {
		return t.Path.Last()
	}
	return t.Text
}

func (r *resolver) body(b *mir.Body) {
	for i, l := range b.Locals {
		if l == nil {
			r.p.errorAt(mir.Span{Start: b.Span.Start, End: b.Span.Start}, "local _%d is used but not declared", i)
			b.Locals[i] = &mir.LocalDecl{Ty: r.p.intern(&mir.Ty{Kind: mir.TyOther, Text: "{unknown}"})}
		}
	}
	for _, d := range b.Debug {
		if d.Place != nil {
			r.place(b, d.Place, d.Span)
		}
		if d.Const != nil {
			r.constant(d.Const)
		}
	}
	for _, blk := range b.Blocks {
		for _, st := range blk.Stmts {
			r.stmt(b, st)
		}
		if blk.Term != nil {
			r.term(b, blk)
		}
	}
}

func (r *resolver) checkLocal(b *mir.Body, l mir.Local, s mir.Span) {
	if int(l) >= len(b.Locals) || b.Locals[l] == nil {
		r.p.errorAt(s, "local %s is not declared", l)
		// Every local gets a declaration (of an unknown type), so later
		// stages never meet a missing one.
		for int(l) >= len(b.Locals) {
			b.Locals = append(b.Locals, &mir.LocalDecl{Ty: r.p.intern(&mir.Ty{Kind: mir.TyOther, Text: "{unknown}"})})
		}
		b.Locals[l] = &mir.LocalDecl{Ty: r.p.intern(&mir.Ty{Kind: mir.TyOther, Text: "{unknown}"})}
	}
}

func (r *resolver) place(b *mir.Body, pl *mir.Place, s mir.Span) {
	r.checkLocal(b, pl.Local, s)
	for _, pr := range pl.Proj {
		if pr.Kind == mir.ProjIndex {
			r.checkLocal(b, pr.Index, s)
		}
	}
}

func (r *resolver) operand(b *mir.Body, op *mir.Operand) {
	switch op.Kind {
	case mir.OpCopy, mir.OpMove:
		r.place(b, &op.Place, op.Span)
	case mir.OpConst:
		r.constant(op.Const)
	}
}

func (r *resolver) constant(c *mir.Const) {
	switch c.Kind {
	case mir.ConstItem:
		c.Item = r.lookup(c.Path, false)
		if c.Item == nil && r.cur != nil && len(c.Path.Segs) > 0 && c.Path.Segs[0].QSelf != nil && strings.HasPrefix(c.Path.Last(), "promoted[") {
			// A trait impl's body names its promoteds through the
			// trait (`<Hex as Debug>::fmt::promoted[0]`), their headers
			// through the impl (`<impl at a.rs:3:1: 3:24>::fmt::promoted[0]`).
			for _, pr := range r.cur.Promoteds {
				if pr.Path != nil && pr.Path.Last() == c.Path.Last() {
					c.Item = pr
				}
			}
		}
		if c.Item == nil && r.localParent(c.Path) {
			r.p.errorAt(c.Span, "`%s` is not defined in this file", c.Path.Text)
		}
	case mir.ConstFn:
		c.Item = r.lookup(c.Path, true)
	case mir.ConstAlloc:
		a, ok := r.p.file.Allocs[c.Alloc]
		if !ok {
			r.p.errorAt(c.Span, "alloc%d is not dumped in this file", c.Alloc)
		}
		c.AllocRef = a
	}
	for _, f := range c.Fields {
		r.constant(f)
	}
}

// localParent reports whether a path is a promoted or anon const of an
// item of this file (so its absence is an error, not an external item).
func (r *resolver) localParent(p *mir.Path) bool {
	last := p.Last()
	if r.dump {
		return false
	}
	if !strings.HasPrefix(last, "promoted[") && !strings.HasPrefix(last, "{constant#") {
		return false
	}
	parent := strings.TrimSuffix(stripArgs(p), "::"+last)
	return len(r.byName[parent]) > 0
}

func (r *resolver) rvalue(b *mir.Body, rv *mir.Rvalue, s mir.Span) {
	r.operand(b, &rv.A)
	r.operand(b, &rv.B)
	switch rv.Kind {
	case mir.RvRef, mir.RvRawPtr, mir.RvDiscriminant, mir.RvCopyForDeref, mir.RvLen:
		r.place(b, &rv.Place, s)
	case mir.RvAggregate:
		for i := range rv.Agg.Ops {
			r.operand(b, &rv.Agg.Ops[i])
		}
	case mir.RvRepeat:
		if rv.Count != nil {
			r.constant(rv.Count)
		}
	}
}

func (r *resolver) stmt(b *mir.Body, st *mir.Stmt) {
	switch st.Kind {
	case mir.StmtAssign:
		r.place(b, &st.Place, st.Span)
		r.rvalue(b, st.Rvalue, st.Span)
	case mir.StmtStorageLive, mir.StmtStorageDead:
		r.checkLocal(b, st.Local, st.Span)
	case mir.StmtSetDiscriminant, mir.StmtRetag, mir.StmtPlaceMention, mir.StmtFakeRead,
		mir.StmtAscribeUserType, mir.StmtBackwardIncompatibleDropHint, mir.StmtDeinit:
		r.place(b, &st.Place, st.Span)
	}
	for i := range st.Ops {
		r.operand(b, &st.Ops[i])
	}
}

func (r *resolver) block(b *mir.Body, id mir.BlockID, s mir.Span) {
	if id != mir.NoBlock && (id < 0 || int(id) >= len(b.Blocks)) {
		r.p.errorAt(s, "basic block %s does not exist", id)
	}
}

func (r *resolver) term(b *mir.Body, blk *mir.Block) {
	t := blk.Term
	s := t.Span
	for _, id := range []mir.BlockID{t.Target, t.Otherwise, t.Extra().Imaginary, t.Extra().DropEdge} {
		r.block(b, id, s)
	}
	if t.Unwind.Kind == mir.UnwindCleanup {
		r.block(b, t.Unwind.Block, s)
	}
	for _, a := range t.Arms {
		r.block(b, a.Target, s)
	}
	switch t.Kind {
	case mir.TermSwitchInt:
		r.operand(b, &t.Discr)
	case mir.TermDrop, mir.TermAsyncDrop:
		r.place(b, &t.Place, s)
	case mir.TermCall, mir.TermTailCall:
		if t.Kind == mir.TermCall {
			r.place(b, &t.Place, s)
		}
		r.operand(b, &t.Func)
		for i := range t.Args {
			r.operand(b, &t.Args[i])
		}
	case mir.TermAssert:
		r.operand(b, &t.Cond)
		for i := range t.Msg.Args {
			r.operand(b, &t.Msg.Args[i])
		}
		if t.Msg.Old && len(t.Msg.Args) == 0 {
			fillOldAssertArgs(blk, t)
		}
	case mir.TermYield:
		r.place(b, &t.Place, s)
		r.operand(b, &t.SetExtra().Value)
	}
}

// fillOldAssertArgs gives an old-style overflow assert ("attempt to
// subtract with overflow") the operands of the checked operation whose
// flag it tests, so the evaluator can report rustc's current message
// ("attempt to compute `4096_usize - 5000_usize`, which would overflow").
// The fill is recorded in the IR only as Msg.Args (Msg.Old stays set, so
// the printer still writes the old text).
func fillOldAssertArgs(blk *mir.Block, t *mir.Terminator) {
	cond := t.Cond.Place
	if len(cond.Proj) != 1 || cond.Proj[0].Kind != mir.ProjField || cond.Proj[0].Field != 1 {
		return
	}
	for i := len(blk.Stmts) - 1; i >= 0; i-- {
		st := blk.Stmts[i]
		if st.Kind != mir.StmtAssign || len(st.Place.Proj) != 0 || st.Place.Local != cond.Local {
			continue
		}
		if st.Rvalue.Kind == mir.RvBinary && st.Rvalue.Op.WithOverflow() {
			t.Msg.Resolved = []mir.Operand{st.Rvalue.A, st.Rvalue.B}
		}
		return
	}
}
