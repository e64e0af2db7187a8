// resolve.go builds the crate's module tree (inline modules and module
// files), the definitions of each module (consts, statics, fns, ADTs,
// variants, type aliases, impl items) and resolves paths by Rust 2018's
// rules: crate::, self::, super::, Self, `use` declarations (simple,
// renamed, grouped, glob), the prelude (Option, Some, None) and core/std
// paths to the items the evaluator implements.

package rustsrc

import (
	"fmt"
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

type defKind uint8

const (
	defMod defKind = iota
	defConst
	defStatic
	defFn
	defAdt
	defVariant
	defAlias
	defPrim   // a primitive type name used as a path (u32::MAX)
	defCore   // a path into core/std (core::mem, std::mem::size_of)
	defLocalC // a const param or other unsupported value
	defTrait
)

// def is a named definition.
type def struct {
	kind defKind
	name string
	path string // rustc's path: inner::BASE, Point::ORIGIN
	mod  *module
	file int

	module  *module
	cnst    *constDef // const, static
	fn      *fnDef
	adt     *adt
	variant *variant
	alias   *syntax.TypeAlias
	trait   *traitDef
	aliasTy *Type
	aliasOK int // 0 unresolved, 1 resolving, 2 done
	prim    *Type
	owner   *adt // defCore: the builtin type of an associated item (Duration::ZERO)
	// fixedArg is the type argument an alias of a builtin fixes
	// (NonZeroU32 is NonZero<u32>).
	fixedArg *Type
	core     string // defCore: the path after core:: / std::
	span     mir.Span
}

// module is a Rust module: its definitions by namespace and its uses.
type module struct {
	name   string
	path   string // "" for the crate root, "inner::deeper"
	parent *module
	file   int
	types  map[string]*def // modules, ADTs, aliases
	values map[string]*def // consts, statics, fns, ctors
	uses   []*useItem
	globs  []*useItem
	// blockParent is the scope around a block's items (a block that
	// declares items is a scope of its own, which sees the names around it).
	blockParent *module
	crateIdx    int // a crate root: its index in Crate.Roots
}

// useItem is one leaf of a use tree: path, the name it binds (or a glob).
type useItem struct {
	path []string
	name string
	glob bool
	busy bool
}

func newModule(name string, parent *module, file int) *module {
	m := &module{name: name, parent: parent, file: file, types: map[string]*def{}, values: map[string]*def{}}
	if parent != nil {
		m.path = join(parent.path, name)
	}
	return m
}

// realMod is the module a block scope lies in.
func realMod(m *module) *module {
	for m.blockParent != nil {
		m = m.blockParent
	}
	return m
}

// collectBlocks makes a scope of every block under node that declares
// items, and collects them; owner is the path of the item holding the
// blocks (rustc names NESTED::INNER).
func (p *prog) collectBlocks(node syntax.Node, parent *module, owner string, file int) {
	if node == nil {
		return
	}
	syntax.Inspect(node, func(n syntax.Node) bool {
		b, ok := n.(*syntax.Block)
		if !ok || b == nil {
			return true
		}
		var items []syntax.Item
		for _, st := range b.Stmts {
			if is, ok := st.(*syntax.ItemStmt); ok {
				items = append(items, is.Item)
			}
		}
		if len(items) == 0 {
			return true
		}
		m := &module{name: "", path: owner, parent: realMod(parent).parent, file: file, types: map[string]*def{}, values: map[string]*def{}, blockParent: parent}
		p.blockMods[b] = m
		p.collectItems(m, items, file)
		for _, st := range b.Stmts {
			if _, ok := st.(*syntax.ItemStmt); !ok {
				p.collectBlocks(st, m, owner, file)
			}
		}
		if b.Expr != nil {
			p.collectBlocks(b.Expr, m, owner, file)
		}
		return false
	})
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "::" + b
}

// adt is a struct or enum, or the builtin Option.
type adt struct {
	name     string // as MIR prints it: the type's name
	path     string // rustc path: shapes::Size
	kind     mir.AdtKind
	variants []*variant
	repr     mir.ReprDecl
	discrTy  *Type // the type of discriminants (isize unless repr(int))
	builtin  bool
	generics int
	ast      syntax.Item
	mod      *module
	file     int
	assoc    map[string]*def // inherent impl items
	bad      string          // why the ADT is outside the subset
	resolved bool
	decl     *mir.AdtDecl
	// gparams are the type and const parameters of a generic ADT; its
	// instances are declared as they are used (Buf<8>).
	gparams  []*syntax.GenericParam
	declared map[string]bool
	// instDecls are the declarations of its instances, by type text.
	instDecls map[string]*mir.AdtDecl
	// customDebug: the type has a Debug impl of its own.
	customDebug bool
	// fmt holds the hand-written formatting impls, by trait (fmtimpl.go).
	fmt map[string]*fmtSrc
}

// generic reports whether a is a generic ADT of the crate.
func (a *adt) generic() bool { return len(a.gparams) > 0 }

type variant struct {
	adt    *adt
	idx    int
	name   string
	ctor   mir.CtorKind
	fields []*field
	discr  mir.U128
	ast    *syntax.Variant
}

type field struct {
	name  string
	ty    *Type
	tyAST syntax.Type
}

func (v *variant) fieldIndex(name string) int {
	for i, f := range v.fields {
		if f.name == name {
			return i
		}
	}
	return -1
}

// optionAdt is core's Option<T>.
var optionAdt = func() *adt {
	a := &adt{name: "Option", path: "Option", kind: mir.AdtEnum, builtin: true, generics: 1, resolved: true, discrTy: tyIsize}
	a.variants = []*variant{
		{adt: a, idx: 0, name: "None", ctor: mir.CtorUnit},
		{adt: a, idx: 1, name: "Some", ctor: mir.CtorTuple, discr: mir.U128From(1), fields: []*field{{name: "0", ty: &Type{kind: kParam}}}},
	}
	return a
}()

// resultAdt is core's Result<T, E>.
var resultAdt = func() *adt {
	a := &adt{name: "Result", path: "Result", kind: mir.AdtEnum, builtin: true, generics: 2, resolved: true, discrTy: tyIsize}
	a.variants = []*variant{
		{adt: a, idx: 0, name: "Ok", ctor: mir.CtorTuple, fields: []*field{{name: "0", ty: &Type{kind: kParam}}}},
		{adt: a, idx: 1, name: "Err", ctor: mir.CtorTuple, discr: mir.U128From(1), fields: []*field{{name: "0", ty: &Type{kind: kParam, n: 1}}}},
	}
	return a
}()

// nonZeroAdt is core::num::NonZero<T> and maybeUninitAdt
// core::mem::MaybeUninit<T>: their fields are private; only their
// associated fns and methods are used.
var (
	nonZeroAdt     = &adt{name: "NonZero", path: "NonZero", kind: mir.AdtStruct, builtin: true, generics: 1, resolved: true}
	maybeUninitAdt = &adt{name: "MaybeUninit", path: "MaybeUninit", kind: mir.AdtUnion, builtin: true, generics: 1, resolved: true}
	// nonNullAdt is core::ptr::NonNull<T> (its field is private; no
	// associated fn is evaluated yet: values come from transmutes).
	nonNullAdt = &adt{name: "NonNull", path: "NonNull", kind: mir.AdtStruct, builtin: true, generics: 1, resolved: true}
	// infallibleAdt is core::convert::Infallible, an enum without
	// variants.
	infallibleAdt = &adt{name: "Infallible", path: "Infallible", kind: mir.AdtEnum, builtin: true, resolved: true, discrTy: tyIsize}
)

// utf8ErrorAdt is core::str::Utf8Error; parseIntErrorAdt is
// core::num::ParseIntError (fields private: built by from_str_radix).
var (
	utf8ErrorAdt     = &adt{name: "Utf8Error", path: "Utf8Error", kind: mir.AdtStruct, builtin: true, resolved: true}
	parseIntErrorAdt = &adt{name: "ParseIntError", path: "ParseIntError", kind: mir.AdtStruct, builtin: true, resolved: true}
)

// intErrorKindAdt is core::num::IntErrorKind.
var intErrorKindAdt = func() *adt {
	a := &adt{name: "IntErrorKind", path: "IntErrorKind", kind: mir.AdtEnum, builtin: true, resolved: true, discrTy: tyIsize}
	for i, n := range []string{"Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"} {
		a.variants = append(a.variants, &variant{adt: a, idx: i, name: n, ctor: mir.CtorUnit, discr: mir.U128From(uint64(i))})
	}
	return a
}()

// phantomAdt is core::marker::PhantomData<T>.
var phantomAdt = func() *adt {
	a := &adt{name: "PhantomData", path: "PhantomData", kind: mir.AdtStruct, builtin: true, generics: 1, resolved: true}
	a.variants = []*variant{{adt: a, name: "PhantomData", ctor: mir.CtorUnit}}
	return a
}()

// orderingAdt is core::cmp::Ordering.
var orderingAdt = func() *adt {
	a := &adt{name: "Ordering", path: "Ordering", kind: mir.AdtEnum, builtin: true, resolved: true, discrTy: primTypes["i8"]}
	for i, n := range []string{"Less", "Equal", "Greater"} {
		a.variants = append(a.variants, &variant{adt: a, idx: i, name: n, ctor: mir.CtorUnit, discr: mir.I128From(int64(i - 1))})
	}
	return a
}()

// durationAdt is core::time::Duration, whose fields are private: only
// its associated items are used.
var durationAdt = &adt{name: "Duration", path: "Duration", kind: mir.AdtStruct, builtin: true, resolved: true}

func optionOf(t *Type) *Type { return &Type{kind: kAdt, adt: optionAdt, args: []*Type{t}} }

// unsupported is a panic value that makes the item being lowered
// unsupported with a reason.
type unsupported struct{ reason string }

func fail(format string, args ...any) {
	panic(unsupported{fmt.Sprintf(format, args...)})
}

// collect builds the module tree of a crate.
func (p *prog) collect() {
	p.root = newModule("", nil, 0)
	if len(p.crate.Files) > 0 {
		p.collectItems(p.root, p.crate.Files[0].AST.Items, 0)
	}
	p.collectDeps()
}

func (p *prog) collectItems(m *module, items []syntax.Item, file int) {
	for _, it := range items {
		p.collectItem(m, it, file)
	}
}

func (p *prog) collectItem(m *module, it syntax.Item, file int) {
	if !p.crate.cfgDone && cfgTest(it.Base().Attrs) {
		return
	}
	switch it := it.(type) {
	case *syntax.Mod:
		sub := newModule(it.Name.Name, m, file)
		p.addType(m, &def{kind: defMod, name: it.Name.Name, module: sub, mod: m, file: file, span: it.Name.Span})
		if it.Inline {
			p.collectItems(sub, it.Items, file)
		} else if k, ok := p.crate.modOf[it]; ok {
			sub.file = k
			p.collectItems(sub, p.crate.Files[k].AST.Items, k)
		}
	case *syntax.Const:
		d := &def{kind: defConst, name: it.Name.Name, path: join(m.path, it.Name.Name), mod: m, file: file, span: it.Name.Span}
		d.cnst = &constDef{def: d, ast: it, ty: it.Type, value: it.Value, generics: it.Generics, span: p.itemSpan(&it.ItemBase, file)}
		p.consts = append(p.consts, d.cnst)
		if it.Name.Name != "_" {
			p.addValue(m, d)
		}
		p.numberAnon(d.path, m, file, nil, it.Type, it.Value)
		if it.Value != nil {
			p.collectBlocks(it.Value, m, d.path, file)
		}
	case *syntax.Static:
		d := &def{kind: defStatic, name: it.Name.Name, path: join(m.path, it.Name.Name), mod: m, file: file, span: it.Name.Span}
		d.cnst = &constDef{def: d, static: true, mut: it.Mut, ty: it.Type, value: it.Value, span: p.itemSpan(&it.ItemBase, file)}
		p.consts = append(p.consts, d.cnst)
		p.addValue(m, d)
		p.numberAnon(d.path, m, file, nil, it.Type, it.Value)
		if it.Value != nil {
			p.collectBlocks(it.Value, m, d.path, file)
		}
	case *syntax.Fn:
		d := &def{kind: defFn, name: it.Name.Name, path: join(m.path, it.Name.Name), mod: m, file: file, span: it.Name.Span}
		d.fn = &fnDef{def: d, ast: it}
		p.fns = append(p.fns, d.fn)
		p.addValue(m, d)
		p.numberFnAnon(d.path, m, file, nil, it)
		if it.Body != nil {
			p.collectBlocks(it.Body, m, d.path, file)
		}
	case *syntax.Struct:
		a := &adt{name: it.Name.Name, path: join(m.path, it.Name.Name), kind: mir.AdtStruct, ast: it, mod: m, file: file, assoc: map[string]*def{}}
		v := &variant{adt: a, name: it.Name.Name, ctor: ctorOf(it.Kind)}
		for i, f := range it.Fields {
			v.fields = append(v.fields, fieldOf(i, f))
		}
		a.variants = []*variant{v}
		a.gparams = typeParams(it.Generics)
		p.adts = append(p.adts, a)
		for i, f := range it.Fields {
			// Each field is an item of its own in rustc's numbering (a
			// tuple struct's fields are named 0, 1, ...).
			name := f.Name.Name
			if name == "" {
				name = itoa(i)
			}
			if !a.generic() {
				p.numberAnon(a.path+"::"+name, m, file, &Type{kind: kAdt, adt: a}, f.Type) // Self is the struct
			}
		}
		d := &def{kind: defAdt, name: a.name, adt: a, mod: m, file: file, span: it.Name.Span}
		p.addType(m, d)
		if v.ctor != mir.CtorNamed {
			p.addValue(m, &def{kind: defVariant, name: a.name, adt: a, variant: v, mod: m, file: file, span: it.Name.Span})
		}
	case *syntax.Enum:
		a := &adt{name: it.Name.Name, path: join(m.path, it.Name.Name), kind: mir.AdtEnum, ast: it, mod: m, file: file, assoc: map[string]*def{}}
		for i, vs := range it.Variants {
			v := &variant{adt: a, idx: i, name: vs.Name.Name, ctor: ctorOf(vs.Kind), ast: vs}
			for j, f := range vs.Fields {
				v.fields = append(v.fields, fieldOf(j, f))
			}
			a.variants = append(a.variants, v)
		}
		a.gparams = typeParams(it.Generics)
		p.adts = append(p.adts, a)
		p.addType(m, &def{kind: defAdt, name: a.name, adt: a, mod: m, file: file, span: it.Name.Span})
		p.anonDiscriminants(a, it)
		if !a.generic() {
			// The array lengths in variant fields: E::A::0::{constant#0}.
			for _, vs := range it.Variants {
				for j, f := range vs.Fields {
					name := f.Name.Name
					if name == "" {
						name = itoa(j)
					}
					p.numberAnon(a.path+"::"+vs.Name.Name+"::"+name, m, file, &Type{kind: kAdt, adt: a}, f.Type)
				}
			}
		}
	case *syntax.Union:
		a := &adt{name: it.Name.Name, path: join(m.path, it.Name.Name), kind: mir.AdtUnion, ast: it, mod: m, file: file, assoc: map[string]*def{}}
		v := &variant{adt: a, name: it.Name.Name, ctor: mir.CtorNamed}
		for i, f := range it.Fields {
			v.fields = append(v.fields, fieldOf(i, f))
		}
		a.variants = []*variant{v}
		a.gparams = typeParams(it.Generics)
		p.adts = append(p.adts, a)
		p.addType(m, &def{kind: defAdt, name: a.name, adt: a, mod: m, file: file, span: it.Name.Span})
	case *syntax.TypeAlias:
		d := &def{kind: defAlias, name: it.Name.Name, path: join(m.path, it.Name.Name), alias: it, mod: m, file: file, span: it.Name.Span}
		p.addType(m, d)
		p.aliases = append(p.aliases, d)
		p.numberAnon(d.path, m, file, nil, it.Type)
	case *syntax.Impl:
		p.impls = append(p.impls, &implBlock{ast: it, mod: m, file: file})
	case *syntax.Trait:
		p.collectTrait(m, it, file)
	case *syntax.Use:
		flattenUse(m, it.Tree, nil)
	case *syntax.ExternCrate:
		// extern crate dep [as name]; binds the crate in this module.
		name := it.Name.Name
		if it.Rename != nil {
			name = it.Rename.Name
		}
		if name != "_" && name != it.Name.Name {
			m.uses = append(m.uses, &useItem{path: []string{"::" + it.Name.Name}, name: name})
		}
	}
}

// numberFnAnon numbers the anon consts of a fn's signature and body.
func (p *prog) numberFnAnon(owner string, m *module, file int, self *Type, it *syntax.Fn) {
	var nodes []syntax.Node
	for _, prm := range it.Params {
		nodes = append(nodes, prm.Type)
	}
	nodes = append(nodes, it.Ret)
	if it.Body != nil {
		nodes = append(nodes, it.Body)
	}
	perInstance := false
	if it.Generics != nil {
		for _, gp := range it.Generics.Params {
			if gp.Kind != syntax.LifetimeParam {
				// rustc evaluates the anon consts of generic fns only
				// per instance.
				owner, perInstance = "", true
			}
		}
	}
	p.numberAnonOf(owner, perInstance, m, file, self, nodes...)
}

// typeParams returns the type and const parameters of generics.
func typeParams(g *syntax.Generics) []*syntax.GenericParam {
	if g == nil {
		return nil
	}
	var out []*syntax.GenericParam
	for _, gp := range g.Params {
		if gp.Kind != syntax.LifetimeParam {
			out = append(out, gp)
		}
	}
	return out
}

// hasTypeParams reports whether generics declare type or const
// parameters (lifetimes change nothing here).
func hasTypeParams(g *syntax.Generics) bool {
	if g == nil {
		return false
	}
	for _, gp := range g.Params {
		if gp.Kind != syntax.LifetimeParam {
			return true
		}
	}
	return false
}

// itemSpan is an item's span without its outer attributes and doc
// comments (rustc's span of the item).
func (p *prog) itemSpan(b *syntax.ItemBase, file int) mir.Span {
	sp := b.Span
	for _, a := range b.Attrs {
		if a.Span.End > sp.Start && a.Span.End <= sp.End {
			sp.Start = a.Span.End
		}
	}
	text := p.crate.Files[file].Text
	for sp.Start < sp.End && sp.Start < len(text) && (text[sp.Start] == ' ' || text[sp.Start] == '\n' || text[sp.Start] == '\t' || text[sp.Start] == '\r') {
		sp.Start++
	}
	return sp
}

// cfgTest reports whether an item is #[cfg(test)] (never compiled here).
func cfgTest(attrs []*syntax.Attr) bool {
	for _, a := range attrs {
		if a.Path != nil && len(a.Path.Segments) == 1 && a.Path.Segments[0].Name.Name == "cfg" {
			// Only #[cfg(not(test))] is known to be compiled; any other
			// configuration (test, features, targets) is left out, so a
			// name it defines is never guessed.
			if syntax.TokenTreesString(a.Args) != "(not (test))" {
				return true
			}
		}
	}
	return false
}

func ctorOf(k syntax.VariantKind) mir.CtorKind {
	switch k {
	case syntax.TupleVariant:
		return mir.CtorTuple
	case syntax.StructVariant:
		return mir.CtorNamed
	}
	return mir.CtorUnit
}

func fieldOf(i int, f *syntax.FieldDef) *field {
	name := f.Name.Name
	if name == "" {
		name = fmt.Sprint(i)
	}
	return &field{name: name, tyAST: f.Type}
}

func (p *prog) addValue(m *module, d *def) {
	if _, dup := m.values[d.name]; dup {
		m.values[d.name] = &def{kind: defLocalC, name: d.name, core: "the name `" + d.name + "` is defined twice"}
		return
	}
	m.values[d.name] = d
}

func (p *prog) addType(m *module, d *def) {
	if _, dup := m.types[d.name]; dup {
		m.types[d.name] = &def{kind: defLocalC, name: d.name, core: "the name `" + d.name + "` is defined twice"}
		return
	}
	m.types[d.name] = d
}

// flattenUse records the leaves of a use tree.
func flattenUse(m *module, t *syntax.UseTree, prefix []string) {
	if t == nil {
		return
	}
	path := append([]string(nil), prefix...)
	if t.Prefix != nil {
		for _, s := range t.Prefix.Segments {
			path = append(path, s.Name.Name)
		}
	}
	switch t.Kind {
	case syntax.UseGlob:
		m.globs = append(m.globs, &useItem{path: path, glob: true})
	case syntax.UseGroup:
		for _, sub := range t.Trees {
			flattenUse(m, sub, path)
		}
	default:
		if len(path) == 0 {
			return
		}
		name := path[len(path)-1]
		if name == "self" {
			path = path[:len(path)-1]
			if len(path) == 0 {
				return
			}
			name = path[len(path)-1]
		}
		if t.Rename != nil {
			name = t.Rename.Name
		}
		if name == "_" {
			return
		}
		m.uses = append(m.uses, &useItem{path: path, name: name})
	}
}

// globKey is a module searched for a name by a glob.
type globKey struct {
	m    *module
	name string
	n    ns
}

// ns is a namespace: types (and modules) or values.
type ns uint8

const (
	nsType ns = iota
	nsValue
)

// lookupIn finds name in module m (its items, then its uses and globs).
func (p *prog) lookupIn(m *module, name string, n ns, depth int) *def {
	if depth > 32 {
		return nil
	}
	if p.lookupNest == 0 {
		// A new query: the modules its globs searched are forgotten.
		clear(p.globSearched)
	}
	p.lookupNest++
	defer func() { p.lookupNest-- }()
	tbl := m.types
	if n == nsValue {
		tbl = m.values
	}
	if r := p.taintedName(m, name); r != "" && (tbl[name] == nil || tbl[name].kind != defMod) {
		// Defined, or removed, by a cfg a build script may set.
		return &def{kind: defLocalC, name: name, core: r}
	}
	if d := tbl[name]; d != nil {
		return d
	}
	if r := p.fileUnsupported(m); r != "" {
		// The file's imports may change with cfgs mirlsp cannot know.
		if d := p.lookupImports(m, name, n, depth); d != nil {
			return &def{kind: defLocalC, name: name, core: r}
		}
		return nil
	}
	return p.lookupImports(m, name, n, depth)
}

// lookupImports finds name among m's uses and globs (then the scopes
// around a block).
func (p *prog) lookupImports(m *module, name string, n ns, depth int) *def {
	for _, u := range m.uses {
		if u.name != name || u.busy {
			continue
		}
		u.busy = true
		d := p.resolvePathIn(m, u.path, n, depth+1, true)
		u.busy = false
		if d != nil {
			return d
		}
	}
	for _, u := range m.globs {
		if u.busy {
			continue
		}
		u.busy = true
		base := p.resolvePathIn(m, u.path, nsType, depth+1, true)
		u.busy = false
		if base == nil {
			continue
		}
		switch base.kind {
		case defMod:
			// A module one query's globs already searched is not searched
			// again (globs importing each other, `use super::*` both
			// ways, would take every path between them), and the glob
			// stays busy meanwhile.
			k := globKey{base.module, name, n}
			if p.globSearched[k] {
				continue
			}
			if p.globSearched == nil {
				p.globSearched = map[globKey]bool{}
			}
			p.globSearched[k] = true
			u.busy = true
			d := p.lookupIn(base.module, name, n, depth+1)
			u.busy = false
			if d != nil {
				return d
			}
		case defAdt:
			if d := variantDef(base.adt, name); d != nil && n == nsValue {
				return d
			}
		}
	}
	if m.blockParent != nil {
		return p.lookupIn(m.blockParent, name, n, depth+1)
	}
	return nil
}

func variantDef(a *adt, name string) *def {
	if a.kind != mir.AdtEnum {
		return nil
	}
	for _, v := range a.variants {
		if v.name == name {
			return &def{kind: defVariant, name: name, adt: a, variant: v, mod: a.mod, file: a.file}
		}
	}
	return nil
}

// resolvePathIn resolves a path of plain segments from module m. The
// last segment is looked up in namespace n; the others are modules or
// types. useDecl: the path is from a `use` (2018: the first segment is
// a crate or a name in scope).
func (p *prog) resolvePathIn(m *module, segs []string, n ns, depth int, useDecl bool) *def {
	if len(segs) == 0 || depth > 32 {
		return nil
	}
	var cur *def
	i := 0
	switch segs[0] {
	case "crate", "$crate":
		cur, i = &def{kind: defMod, module: p.crateRootOf(m)}, 1
	case "self":
		cur, i = &def{kind: defMod, module: realMod(m)}, 1
	case "super":
		cur = &def{kind: defMod, module: realMod(m)}
		for i < len(segs) && segs[i] == "super" {
			if cur.module.parent == nil {
				return nil
			}
			cur = &def{kind: defMod, module: cur.module.parent}
			i++
		}
	case "core", "std":
		if len(segs) == 1 {
			return &def{kind: defCore, core: ""}
		}
		return p.corePath(segs[1:], n)
	}
	if cur == nil {
		ns0 := nsType
		if len(segs) == 1 {
			ns0 = n
		}
		if useDecl && p.edition2015(m) && !strings.HasPrefix(segs[0], "::") {
			// Rust 2015: a use path starts at the crate root.
			segs = append([]string{"::" + segs[0]}, segs[1:]...)
		}
		if name, ok := strings.CutPrefix(segs[0], "::"); ok {
			// ::dep (or an extern crate's rename): the extern prelude only.
			if name == "core" || name == "std" {
				return p.resolvePathIn(m, append([]string{name}, segs[1:]...), n, depth+1, useDecl)
			}
			cur = p.globalRoot(m, name, ns0, depth)
		} else {
			cur = p.lookupIn(m, segs[0], ns0, depth+1)
		}
		if cur == nil && !strings.HasPrefix(segs[0], "::") {
			cur = p.externOf(m, segs[0])
		}
		if cur == nil {
			cur = p.prelude(segs[0], ns0)
		}
		if cur == nil {
			return nil
		}
		i = 1
	}
	for ; i < len(segs); i++ {
		last := i == len(segs)-1
		want := nsType
		if last {
			want = n
		}
		switch cur.kind {
		case defMod:
			next := p.lookupIn(cur.module, segs[i], want, depth+1)
			if next == nil {
				return nil
			}
			cur = next
		case defAdt:
			if !last {
				return nil
			}
			if d := variantDef(cur.adt, segs[i]); d != nil {
				cur = d
				continue
			}
			if cur.adt.builtin {
				return &def{kind: defCore, core: cur.adt.name + "::" + segs[i], owner: cur.adt, fixedArg: cur.fixedArg}
			}
			p.resolveImpls()
			if d := cur.adt.assoc[segs[i]]; d != nil {
				cur = d
				continue
			}
			if cur.adt.bad == "" {
				return p.traitConst(&Type{kind: kAdt, adt: cur.adt}, nil, segs[i])
			}
			return nil
		case defAlias:
			t := p.aliasType(cur)
			if t == nil || !last {
				return nil
			}
			if res(t).kind != kAdt {
				return p.typeRelative(t, segs[i])
			}
			// Alias::ITEM is the aliased type's item.
			a := res(t).adt
			if d := variantDef(a, segs[i]); d != nil {
				return d
			}
			if a.builtin {
				return nil
			}
			p.resolveImpls()
			return a.assoc[segs[i]]
		case defPrim:
			if !last {
				return nil
			}
			if d := p.traitConst(cur.prim, nil, segs[i]); d != nil {
				return d
			}
			return &def{kind: defCore, core: "<" + cur.prim.String() + ">::" + segs[i], prim: cur.prim}
		case defCore:
			if cur.core == "" {
				return p.corePath(segs[i:], n)
			}
			return p.corePath(append(strings.Split(cur.core, "::"), segs[i:]...), n)
		default:
			return nil
		}
	}
	return cur
}

// prelude resolves names of the standard prelude.
func (p *prog) prelude(name string, n ns) *def {
	if n == nsType {
		if t, ok := primTypes[name]; ok {
			return &def{kind: defPrim, name: name, prim: t}
		}
		if name == "Option" {
			return &def{kind: defAdt, name: name, adt: optionAdt}
		}
		if name == "Result" {
			return &def{kind: defAdt, name: name, adt: resultAdt}
		}
		if name == "core" || name == "std" {
			return &def{kind: defCore}
		}
		return preludeType(name)
	}
	switch name {
	case "Some", "None":
		return variantDef(optionAdt, name)
	case "Ok", "Err":
		return variantDef(resultAdt, name)
	case "size_of", "align_of":
		// In the 2024 prelude; rustc 1.80+ exports them from core::mem.
		return nil
	}
	return nil
}

// corePath resolves a path into core or std: the modules and functions
// the evaluator implements.
func (p *prog) corePath(segs []string, n ns) *def {
	if d := fmtCoreDef(segs, n); d != nil {
		return d
	}
	path := strings.Join(segs, "::")
	if d := coreTypePath(path, n); d != nil {
		return d
	}
	switch path {
	case "marker", "cmp", "convert", "f32::consts", "f64::consts", "mem", "option", "primitive", "ptr", "hint", "char", "i8", "i16", "i32", "i64", "i128", "isize",
		"u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "slice", "str":
		return &def{kind: defCore, core: path}
	case "option::Option":
		return &def{kind: defAdt, name: "Option", adt: optionAdt}
	case "option::Option::Some", "option::Option::None":
		return variantDef(optionAdt, segs[len(segs)-1])
	case "result::Result":
		return &def{kind: defAdt, name: "Result", adt: resultAdt}
	case "marker::PhantomData":
		if n == nsValue {
			return &def{kind: defVariant, name: "PhantomData", adt: phantomAdt, variant: phantomAdt.variants[0]}
		}
		return &def{kind: defAdt, name: "PhantomData", adt: phantomAdt}
	case "cmp::Ordering":
		return &def{kind: defAdt, name: "Ordering", adt: orderingAdt}
	case "cmp::Ordering::Less", "cmp::Ordering::Equal", "cmp::Ordering::Greater":
		return variantDef(orderingAdt, segs[len(segs)-1])
	case "time::Duration":
		return &def{kind: defAdt, name: "Duration", adt: durationAdt}
	case "str::from_utf8":
		return &def{kind: defCore, core: path}
	case "str::Utf8Error":
		return &def{kind: defAdt, name: "Utf8Error", adt: utf8ErrorAdt}
	case "num::ParseIntError":
		return &def{kind: defAdt, name: "ParseIntError", adt: parseIntErrorAdt}
	case "num::IntErrorKind":
		return &def{kind: defAdt, name: "IntErrorKind", adt: intErrorKindAdt}
	case "num::IntErrorKind::Empty", "num::IntErrorKind::InvalidDigit", "num::IntErrorKind::PosOverflow", "num::IntErrorKind::NegOverflow", "num::IntErrorKind::Zero":
		return variantDef(intErrorKindAdt, segs[len(segs)-1])
	case "num::NonZero":
		return &def{kind: defAdt, name: "NonZero", adt: nonZeroAdt}
	case "mem::MaybeUninit":
		return &def{kind: defAdt, name: "MaybeUninit", adt: maybeUninitAdt}
	case "ptr::NonNull":
		return &def{kind: defAdt, name: "NonNull", adt: nonNullAdt}
	case "convert::Infallible":
		return &def{kind: defAdt, name: "Infallible", adt: infallibleAdt}
	case "result::Result::Ok", "result::Result::Err":
		return variantDef(resultAdt, segs[len(segs)-1])
	}
	if len(segs) == 3 && segs[1] == "consts" && (segs[0] == "f32" || segs[0] == "f64") && n == nsValue {
		return &def{kind: defCore, core: path}
	}
	if len(segs) == 2 && segs[0] == "num" && strings.HasPrefix(segs[1], "NonZero") {
		// NonZeroU32 is NonZero<u32>.
		if t, ok := primTypes[strings.ToLower(strings.TrimPrefix(segs[1], "NonZero"))]; ok && t.isInt() {
			return &def{kind: defAdt, name: segs[1], adt: nonZeroAdt, fixedArg: t}
		}
	}
	if len(segs) == 2 && segs[0] == "primitive" {
		if t, ok := primTypes[segs[1]]; ok {
			return &def{kind: defPrim, prim: t}
		}
	}
	if len(segs) == 2 {
		if t, ok := primTypes[segs[0]]; ok && n == nsValue {
			// core::u32::MAX (deprecated module constants).
			return &def{kind: defCore, core: "<" + t.String() + ">::" + segs[1], prim: t}
		}
		if _, ok := primTypes[segs[0]]; ok && n == nsType {
			return nil
		}
	}
	if len(segs) >= 3 && n == nsValue {
		// std::num::NonZeroU32::new: an associated item of a core type.
		if d := p.corePath(segs[:len(segs)-1], nsType); d != nil && d.kind == defAdt && d.adt.builtin {
			return &def{kind: defCore, core: d.adt.name + "::" + segs[len(segs)-1], owner: d.adt, fixedArg: d.fixedArg}
		} else if d != nil && d.kind == defPrim {
			// core::primitive::i32::MAX
			return &def{kind: defCore, core: "<" + d.prim.String() + ">::" + segs[len(segs)-1], prim: d.prim}
		}
	}
	if n == nsValue {
		return &def{kind: defCore, core: path}
	}
	return nil
}
