// program.go is the entry point of lowering: Lower turns a loaded crate
// into MIR files (one per source file) and the list of evaluable items.

package rustsrc

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// Program is a lowered crate.
type Program struct {
	Files []*mir.File // parallel to Crate.Files; every span is a byte offset into that file's text
	Items []*Item     // evaluable items in Crate.Files order, then source order
	Uses  []Use       // every expression or path that names a const or static item
	// inc is the lowering state Relower continues from (nil when the
	// program cannot be edited incrementally).
	inc *incremental
	// shift holds the items lowered before an edit moved them (Relower):
	// their spans plus the shift are positions in the current text.
	shift map[*mir.Item]int
}

// Shift returns what to add to every span of a MIR item of the program
// (its own, its body's, and those of evaluation errors in it) for a
// position in the file's current text: Relower keeps the MIR of items an
// edit moved as it was lowered. Zero for items of Lower.
func (p *Program) Shift(it *mir.Item) int { return p.shift[it] }

// Shifted reports whether some item of the program has a shift.
func (p *Program) Shifted() bool { return len(p.shift) > 0 }

// Item is an evaluable item: a const, static, `const _` or the anon const
// of a non-literal array length.
type Item struct {
	File           int
	Name           string // rustc's path as in errors: FOO, inner::BASE, Point::ORIGIN, _, Buf::{constant#0}
	Kind           mir.ItemKind
	Ty             string // the type as rustc prints it
	Span, NameSpan mir.Span
	Hint           int       // byte offset just after the initializer or length expression
	MIR            *mir.Item // what eval evaluates; nil when Unsupported
	Unsupported    string    // why the item is not evaluated
}

// Use is a mention of a const or static item.
type Use struct {
	File int
	Span mir.Span
	Item *Item
}

// constDef is a const or static (or an anon const).
type constDef struct {
	def      *def
	ast      *syntax.Const
	static   bool
	mut      bool
	ty       syntax.Type
	value    syntax.Expr
	generics *syntax.Generics
	selfTy   *Type   // for an associated const
	fixedTy  *Type   // for an anon const: usize
	owner    *module // where names resolve
	item     *Item
	mir      *mir.Item
	typ      *Type
	bad      string
	deps     []*mir.Item
	span     mir.Span
	foldBusy bool
	dflt     bool // evaluated through its uses only: a trait's default for one impl, a generic impl's const
	// impl: a const of a generic impl (instances by self type); gen binds
	// an instance's parameters.
	impl      *implGen
	instances map[string]*constDef
	gen       *genBind
	// noPrint: the value is evaluated (for its uses) but not shown.
	noPrint string
	// An anon const evaluated for a type's length (evalLen).
	evaluating bool
	lenKnown   bool
	lenVal     int64
	readsMut   bool // the body reaches a `static mut`
	// selfRead: a static whose body uses itself only to copy its whole
	// value (`static D: u32 = D;`), which rustc reports as an error.
	selfRead bool
	// typeUse: the value was read for a type (a folded or evaluated
	// array length, a discriminant), so an edit of it is a change of
	// signatures (Relower does not take it).
	typeUse bool
	// valSpan is the span of value in the current text (Relower keeps
	// it; the syntax tree keeps the positions it was parsed at).
	valSpan mir.Span
}

// fnDef is a fn (free or in an inherent impl).
type fnDef struct {
	def      *def
	ast      *syntax.Fn
	selfTy   *Type
	params   []*Type
	ret      *Type
	sigDone  int
	bad      string
	mir      *mir.Item
	path     *mir.Path
	deps     []*mir.Item
	lowered  bool
	lowering bool
	// gen binds the generic parameters of an instance; instances holds
	// the instances of a generic fn by their arguments.
	gen       *genBind
	instances map[string]*fnDef
	impl      *implGen // a fn of a generic impl
	readsMut  bool     // the body reaches a `static mut`
	typeUse   bool     // evaluated for a type (see constDef)
	// runtime: a non-const fn a formatting impl reaches (fmtrun.go);
	// fmtTrait: the formatting trait whose impl the fn is.
	runtime  bool
	fmtTrait string
}

// generic reports whether a fn is lowered per instance.
func (f *fnDef) generic() bool { return hasTypeParams(f.ast.Generics) || f.impl != nil }

type implBlock struct {
	ast  *syntax.Impl
	mod  *module
	file int
}

// prog is the state of one Lower call.
type prog struct {
	// fmtQueue: instances of generic ADTs with formatting impls, whose
	// impls are compiled at the next drainFmtQueue.
	fmtQueue []*Type
	// freeCheckers: checkers whose maps are reused (reuseChecker).
	freeCheckers []*checker
	crate        *Crate
	out          *Program
	root         *module
	consts       []*constDef
	fns          []*fnDef
	adts         []*adt
	aliases      []*def
	impls        []*implBlock
	// traitFns: fns of trait impls reached by method calls (fmtrun.go).
	traitFns map[*adt]map[string]*def
	implsOK  bool
	tys      *tyCache
	names    map[string]int
	// items by mir item, for dependency propagation
	byMIR      map[*mir.Item]any
	allocs     []map[int]*mir.Alloc
	uses       []Use
	inline     map[*syntax.BlockExpr]*inlineConst
	traitImpls []*traitImpl
	anonOf     map[syntax.Expr]*constDef // anon consts by their expression
	file       int                       // the file being processed (for source texts in messages)
	// blockMods are the scopes of blocks that declare items.
	blockMods map[*syntax.Block]*module
	// shift is the shift of moved items (Program.Shift).
	shift map[*mir.Item]int
	// reasonOf, readsMutOf and cyclicOf are what propagate found of
	// each item, for the next propagate after an edit.
	reasonOf             map[*mir.Item]string
	readsMutOf, cyclicOf map[*mir.Item]bool
	// cycle records that items depend on each other in a cycle (where an
	// evaluation error may lie in another item than the one it names,
	// so Relower, which moves items apart, does not take the crate).
	cycle bool
	// crateRoots are the root modules of Crate.Roots (graph.go).
	crateRoots []*module
	// lookupNest counts the lookups in progress; globSearched are the
	// modules the current query's globs searched (resolve.go).
	lookupNest   int
	globSearched map[globKey]bool
}

// Lower lowers a crate. It never panics: a failure inside one item makes
// that item unsupported.
func Lower(c *Crate) (out *Program) {
	out = &Program{}
	p := &prog{crate: c, out: out, tys: &tyCache{m: map[string]*mir.Ty{}}, names: map[string]int{}, byMIR: map[*mir.Item]any{},
		inline: map[*syntax.BlockExpr]*inlineConst{}, blockMods: map[*syntax.Block]*module{},
		anonOf: map[syntax.Expr]*constDef{}}
	for _, f := range c.Files {
		out.Files = append(out.Files, &mir.File{Name: f.Path, Allocs: map[int]*mir.Alloc{}})
	}
	p.tys.onAdt = p.declareInstance
	defer func() {
		if r := recover(); r != nil {
			// An internal error outside any item: nothing is evaluated.
			reason := fmt.Sprintf("internal error: %v", r)
			if debugPanics {
				reason += "\n" + string(debug.Stack())
			}
			for _, it := range out.Items {
				it.MIR, it.Unsupported = nil, reason
			}
		}
	}()
	if len(c.Files) == 0 {
		return out
	}
	p.collect()
	p.distinctAdtNames()
	p.resolveImpls()
	p.makeItems()
	for _, a := range p.adts {
		p.resolveAdt(a)
	}
	p.declareAdts()
	p.compileFmtImpls()
	for _, f := range p.fns {
		if !f.lowered && f.bad == "" {
			p.lowerFn(f)
		}
	}
	for _, cd := range p.consts {
		if cd.impl == nil && cd.mir.Body == nil && cd.bad == "" {
			p.lowerConst(cd)
		}
	}
	p.drainFmtQueue()
	p.markUnsupportedCrates()
	p.propagate(nil, nil, nil)
	sortOut(out.Items)
	out.Uses = p.uses
	p.attachAllocs()
	out.inc = &incremental{p: p}
	return out
}

// attachAllocs lists each allocation of a file after the item that names
// it, where rustc prints its dump (and mir.Print finds it). Every
// reference to a static makes an allocation of its own, named by one
// item; items not evaluated get theirs too, as an edit elsewhere can make
// them evaluated (Relower).
func (p *prog) attachAllocs() {
	done := make([]map[int]bool, len(p.out.Files))
	for i := range done {
		done[i] = map[int]bool{}
	}
	attach := func(m *mir.Item, file int) {
		if m == nil || file < 0 || file >= len(done) {
			return
		}
		for _, x := range append([]*mir.Item{m}, m.Promoteds...) {
			attachItemAllocs(p.out.Files[file], x, done[file])
		}
	}
	for _, f := range p.fns {
		attach(f.mir, f.def.file)
	}
	for _, cd := range p.consts {
		attach(cd.mir, cd.def.file)
	}
}

// attachItemAllocs lists after it the allocations of f it names that are
// not done yet.
func attachItemAllocs(f *mir.File, it *mir.Item, done map[int]bool) {
	mir.EachConst(it, func(k *mir.Const) {
		if k.Kind != mir.ConstAlloc || done[k.Alloc] || f.Allocs[k.Alloc] == nil {
			return
		}
		done[k.Alloc] = true
		it.Allocs = append(it.Allocs, f.Allocs[k.Alloc])
	})
}

// debugPanics adds stacks to internal errors (tests).
var debugPanics = false

// guard runs f, turning an unsupported panic (or an internal error) into
// a reason.
func guard(f func()) (reason string) {
	defer func() {
		if r := recover(); r != nil {
			if u, ok := r.(unsupported); ok {
				reason = u.reason
				return
			}
			reason = fmt.Sprintf("internal error: %v", r)
			if debugPanics {
				reason += "\n" + string(debug.Stack())
			}
		}
	}()
	f()
	return ""
}

// setFile makes k the file being processed and returns a func that
// restores the previous one.
func (p *prog) setFile(k int) func() {
	old := p.file
	p.file = k
	return func() { p.file = old }
}

// uniqueName makes a MIR item name unique in the crate.
func (p *prog) uniqueName(name string) string {
	n := p.names[name]
	p.names[name] = n + 1
	if n == 0 || name == "_" || strings.HasSuffix(name, "::_") {
		// `const _` items keep rustc's name: nothing names them.
		return name
	}
	return fmt.Sprintf("%s#%d", name, n)
}

func mirPath(text string) *mir.Path {
	var segs []mir.PathSeg
	for _, s := range splitPath(text) {
		segs = append(segs, mir.PathSeg{Name: s})
	}
	return &mir.Path{Segs: segs, Text: text}
}

// splitPath splits at "::" outside <...>.
func splitPath(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			depth++
		case '>':
			if i > 0 && s[i-1] == '-' {
				continue // the arrow of a fn type
			}
			depth--
		case ':':
			if depth == 0 && i+1 < len(s) && s[i+1] == ':' {
				out = append(out, s[start:i])
				start = i + 2
				i++
			}
		}
	}
	return append(out, s[start:])
}

// makeItems creates the Program items and the MIR items of consts,
// statics and fns (bodies are filled in later), so references between
// them link directly.
func (p *prog) makeItems() {
	// fns first: their MIR items exist before any body is lowered.
	for _, f := range p.fns {
		name := f.def.path
		if f.selfTy != nil {
			name = join(f.def.mod.path, f.selfTy.String()+"::"+f.def.name)
		}
		f.path = mirPath(displayPath(f))
		f.mir = &mir.Item{Kind: mir.ItemFn, Name: p.uniqueName(name), CTFE: true, Span: f.ast.Span, NameSpan: f.ast.Name.Span}
		f.mir.Path = mirPath(f.mir.Name)
		p.byMIR[f.mir] = f
	}
	// Data items in file order, then source order.
	byFile := make([][]*constDef, len(p.crate.Files))
	for _, cd := range p.consts {
		byFile[cd.def.file] = append(byFile[cd.def.file], cd)
	}
	for k := range byFile {
		list := byFile[k]
		sortBySpan(list)
		for _, cd := range list {
			if cd.impl == nil {
				p.makeItem(cd)
			}
		}
	}
}

// displayPath is how rustc names a fn in MIR calls and "inside" notes.
func displayPath(f *fnDef) string {
	if f.selfTy != nil {
		return selfPath(f.selfTy) + "::" + f.def.name
	}
	return f.def.path
}

// selfPath is an impl's self type as rustc names it in a path before a
// method: `Buf::<4>`, and `'_` for each lifetime parameter of the type
// (`Samples::<'_>`, `Pair::<'_, u8>`).
func selfPath(t *Type) string {
	s := t.String()
	lts := 0
	if t.kind == kAdt && t.adt != nil {
		lts = t.adt.lifetimes()
	}
	i := strings.IndexByte(s, '<')
	if lts == 0 {
		if i >= 0 {
			s = s[:i] + "::" + s[i:]
		}
		return s
	}
	lt := strings.TrimSuffix(strings.Repeat("'_, ", lts), ", ")
	if i < 0 {
		return s + "::<" + lt + ">"
	}
	return s[:i] + "::<" + lt + ", " + s[i+1:]
}

// lifetimes counts the lifetime parameters of an ADT.
func (a *adt) lifetimes() int {
	var g *syntax.Generics
	switch x := a.ast.(type) {
	case *syntax.Struct:
		g = x.Generics
	case *syntax.Enum:
		g = x.Generics
	case *syntax.Union:
		g = x.Generics
	}
	n := 0
	if g != nil {
		for _, p := range g.Params {
			if p.Kind == syntax.LifetimeParam {
				n++
			}
		}
	}
	return n
}

func sortBySpan(list []*constDef) {
	slices.SortStableFunc(list, func(a, b *constDef) int { return cmp.Compare(a.span.Start, b.span.Start) })
}

func (p *prog) makeItem(cd *constDef) {
	kind := mir.ItemConst
	switch {
	case cd.fixedTy != nil:
		kind = mir.ItemAnonConst
	case cd.static && cd.mut:
		kind = mir.ItemStaticMut
	case cd.static:
		kind = mir.ItemStatic
	}
	it := &Item{File: cd.def.file, Name: cd.def.path, Kind: kind, Span: cd.span, NameSpan: cd.def.span}
	if cd.value != nil {
		it.Hint = cd.value.NodeSpan().End
	}
	cd.item = it
	cd.mir = &mir.Item{Kind: kind, Name: p.uniqueName(it.Name), ConstKeyword: kind == mir.ItemAnonConst, Span: cd.span, NameSpan: cd.def.span}
	if cd.ty != nil && kind != mir.ItemAnonConst {
		cd.mir.HeadSpan = mir.Span{Start: cd.span.Start, End: cd.ty.NodeSpan().End}
	}
	cd.mir.Path = mirPath(cd.mir.Name)
	p.byMIR[cd.mir] = cd
	if !cd.dflt {
		// A trait's default is evaluated through its uses only (rustc
		// has no item for it per impl).
		p.out.Items = append(p.out.Items, it)
	}
}

// propagate marks unsupported every item that depends on one that is
// not evaluated, and adds the evaluable MIR items to their files.
//
// After an edit (Relower), affected holds the items to look at again
// (the re-lowered item and every item that depends on it): the others
// keep what the last propagate found, and each file keeps the list old
// gave it but for affected items and gone ones (replaced by copies).
func (p *prog) propagate(affected, gone map[*mir.Item]bool, old []*mir.File) {
	p.cycle = false
	if p.reasonOf == nil || affected == nil {
		p.reasonOf, p.readsMutOf, p.cyclicOf = map[*mir.Item]string{}, map[*mir.Item]bool{}, map[*mir.Item]bool{}
	}
	for m := range gone {
		delete(p.reasonOf, m)
		delete(p.readsMutOf, m)
		delete(p.cyclicOf, m)
	}
	// kept reports whether the last propagate's finding on m holds.
	kept := func(m *mir.Item) bool { return affected != nil && !affected[m] }
	reason := map[*mir.Item]string{}
	var visit func(m *mir.Item, path map[*mir.Item]bool) string
	visit = func(m *mir.Item, path map[*mir.Item]bool) string {
		if r, ok := reason[m]; ok {
			return r
		}
		if r, ok := p.reasonOf[m]; ok && kept(m) {
			return r
		}
		if path[m] {
			p.cycle = true
			return ""
		}
		path[m] = true
		defer delete(path, m)
		var r string
		var deps []*mir.Item
		switch d := p.byMIR[m].(type) {
		case *fnDef:
			r, deps = d.bad, d.deps
			if r == "" && !d.lowered {
				r = "not lowered"
			}
		case *constDef:
			r, deps = d.bad, d.deps
		}
		if r == "" {
			for _, dep := range deps {
				if dr := visit(dep, path); dr != "" {
					if strings.HasPrefix(dr, "uses `") {
						r = fmt.Sprintf("uses `%s`: %s", dep.Name, dr)
					} else {
						r = fmt.Sprintf("uses `%s`, which is not evaluated: %s", dep.Name, dr)
					}
					break
				}
			}
		}
		reason[m] = r
		return r
	}
	// The items of the files: those kept, then the evaluable ones of
	// what is looked at again.
	touched := make([]bool, len(p.out.Files))
	front := make([]int, len(p.out.Files)) // items kept at the front of each file
	if affected != nil {
		for i, f := range p.out.Files {
			for _, m := range old[i].Items {
				top := m
				if m.Parent != nil {
					top = m.Parent
				}
				if gone[top] || affected[top] {
					touched[i] = true
					continue
				}
				f.Items = append(f.Items, m)
			}
			front[i] = len(f.Items)
		}
	}
	add := func(m *mir.Item, file int) {
		p.out.Files[file].Items = append(p.out.Files[file].Items, m)
		p.out.Files[file].Items = append(p.out.Files[file].Items, m.Promoteds...)
		touched[file] = true
	}
	for _, f := range p.fns {
		if !kept(f.mir) && visit(f.mir, map[*mir.Item]bool{}) == "" {
			add(f.mir, f.def.file)
		}
	}
	// A static's initializer may read a `static mut` (its initial value);
	// the evaluator allows that only from consts, where it is rustc's error.
	readsMut := map[*mir.Item]bool{}
	var reaches func(m *mir.Item, seen map[*mir.Item]bool) bool
	reaches = func(m *mir.Item, seen map[*mir.Item]bool) bool {
		if v, ok := readsMut[m]; ok {
			return v
		}
		if v, ok := p.readsMutOf[m]; ok && kept(m) {
			return v
		}
		if seen[m] {
			return false
		}
		seen[m] = true
		var r bool
		var deps []*mir.Item
		switch d := p.byMIR[m].(type) {
		case *fnDef:
			r, deps = d.readsMut, d.deps
		case *constDef:
			r, deps = d.readsMut, d.deps
		}
		for _, dep := range deps {
			if r {
				break
			}
			r = reaches(dep, seen)
		}
		readsMut[m] = r
		return r
	}
	// A static whose initializer refers to itself (a linked structure
	// through &SELF) is fine for rustc, which takes its address without
	// reading it; the evaluator evaluates the static to reach it.
	depsOf := func(m *mir.Item) []*mir.Item {
		switch d := p.byMIR[m].(type) {
		case *fnDef:
			return d.deps
		case *constDef:
			return d.deps
		}
		return nil
	}
	cyclic := map[*mir.Item]bool{}
	isCyclic := func(m *mir.Item) bool {
		if v, ok := cyclic[m]; ok {
			return v
		}
		return p.cyclicOf[m]
	}
	for _, cd := range p.consts {
		if !cd.static || kept(cd.mir) {
			continue
		}
		seen := map[*mir.Item]bool{}
		var walk func(m *mir.Item) bool
		walk = func(m *mir.Item) bool {
			for _, dep := range depsOf(m) {
				if dep == cd.mir && m == cd.mir && cd.selfRead {
					// Reading its own value: the evaluator reports
					// rustc's error.
					continue
				}
				if dep == cd.mir {
					return true
				}
				if !seen[dep] {
					seen[dep] = true
					if walk(dep) {
						return true
					}
				}
			}
			return false
		}
		cyclic[cd.mir] = walk(cd.mir)
	}
	// staticMut reports whether the item is, or uses, a static whose
	// initializer reaches a `static mut` or refers to itself.
	var staticMut func(m *mir.Item, seen map[*mir.Item]bool) bool
	staticMut = func(m *mir.Item, seen map[*mir.Item]bool) bool {
		if seen[m] {
			return false
		}
		seen[m] = true
		var deps []*mir.Item
		switch d := p.byMIR[m].(type) {
		case *fnDef:
			deps = d.deps
		case *constDef:
			if d.static && isCyclic(m) {
				return true
			}
			deps = d.deps
		}
		for _, dep := range deps {
			if staticMut(dep, seen) {
				return true
			}
		}
		return false
	}
	for _, cd := range p.consts {
		if kept(cd.mir) {
			continue
		}
		cd.item.MIR, cd.item.Unsupported = nil, ""
		r := visit(cd.mir, map[*mir.Item]bool{})
		if r == "" && staticMut(cd.mir, map[*mir.Item]bool{}) {
			r = "a static whose initializer refers to the static itself is not evaluated (rustc allows it, the evaluator does not)"
		}
		if r != "" {
			cd.item.Unsupported = r
			cd.item.MIR = nil
			continue
		}
		cd.item.MIR = cd.mir
		cd.mir.Hidden = cd.noPrint
		add(cd.mir, cd.def.file)
	}
	for m, r := range reason {
		p.reasonOf[m] = r
	}
	for m, v := range readsMut {
		p.readsMutOf[m] = v
	}
	for m, v := range cyclic {
		p.cyclicOf[m] = v
	}
	for i, f := range p.out.Files {
		if touched[i] || affected == nil {
			p.sortItems(f.Items, front[i])
		}
	}
}

// sortItems orders items by position (stably). Its first n items are
// usually in order already (those an edit kept): then only the others
// are sorted, and merged with them.
func (p *prog) sortItems(items []*mir.Item, n int) {
	at := func(m *mir.Item) int { return m.Span.Start + p.shift[m] }
	by := func(a, b *mir.Item) int { return cmp.Compare(at(a), at(b)) }
	if n == 0 || n > len(items) || !slices.IsSortedFunc(items[:n], by) {
		slices.SortStableFunc(items, by)
		return
	}
	rest := slices.Clone(items[n:])
	slices.SortStableFunc(rest, by)
	// Merged from the back, into the space of items; an item kept goes
	// first among equals, as a stable sort leaves it.
	i, j := n-1, len(rest)-1
	for w := len(items) - 1; j >= 0; w-- {
		if i >= 0 && at(items[i]) > at(rest[j]) {
			items[w] = items[i]
			i--
		} else {
			items[w] = rest[j]
			j--
		}
	}
}

// sortOut orders items by file, then source position.
func sortOut(list []*Item) {
	slices.SortStableFunc(list, func(a, b *Item) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Span.Start, b.Span.Start))
	})
}
