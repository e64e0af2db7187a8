// walk.go visits syntax trees: Inspect calls a function on every node.

package syntax

// Inspect traverses the tree rooted at n in depth-first order, calling f
// on each node (items, expressions, statements, patterns, types, paths,
// blocks, arms, fields, params, generics, attributes and macro calls). If
// f returns false, the node's children are skipped.
func Inspect(n Node, f func(Node) bool) {
	w := walker(f)
	w.node(n)
}

type walker func(Node) bool

func (w walker) node(n Node) {
	if n == nil || isNilNode(n) || !w(n) {
		return
	}
	switch n := n.(type) {
	case *File:
		w.attrs(n.Attrs)
		w.items(n.Items)
	case *Attr:
		w.path(n.Path)
	case *MacCall:
		w.path(n.Path)
	case *Path:
		if n.QSelf != nil {
			w.node(n.QSelf)
		}
		for _, s := range n.Segments {
			w.node(s)
		}
	case *QSelf:
		w.node(n.Type)
		w.path(n.Trait)
	case *PathSegment:
		if n.Args != nil {
			w.node(n.Args)
		}
	case *GenericArgs:
		for _, a := range n.Args {
			w.node(a)
		}
		w.types(n.Inputs)
		w.node(n.Output)
	case *TypeArg:
		w.node(n.Type)
	case *ConstArg:
		w.node(n.Expr)
	case *AssocArg:
		if n.Args != nil {
			w.node(n.Args)
		}
		w.node(n.Type)
		w.node(n.Const)
		w.bounds(n.Bounds)
	case *Generics:
		for _, p := range n.Params {
			w.node(p)
		}
		for _, p := range n.Where {
			w.node(p)
		}
	case *GenericParam:
		w.attrs(n.Attrs)
		w.bounds(n.Bounds)
		w.node(n.Type)
		w.node(n.Default)
		w.node(n.DefaultConst)
	case *WherePredicate:
		w.params(n.ForLifetimes)
		w.node(n.Type)
		w.bounds(n.Bounds)
	case *TraitBound:
		w.params(n.ForLifetimes)
		w.path(n.Path)

	// Items.
	case *Fn:
		w.base(&n.ItemBase)
		w.lit(n.Header.Abi)
		w.generics(n.Generics)
		if n.Self != nil {
			w.node(n.Self)
		}
		for _, p := range n.Params {
			w.node(p)
		}
		if n.Variadic != nil {
			w.node(n.Variadic)
		}
		w.node(n.Ret)
		w.block(n.Body)
	case *SelfParam:
		w.attrs(n.Attrs)
		w.node(n.Type)
	case *Param:
		w.attrs(n.Attrs)
		w.node(n.Pat)
		w.node(n.Type)
	case *Const:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		w.node(n.Type)
		w.node(n.Value)
	case *Static:
		w.base(&n.ItemBase)
		w.node(n.Type)
		w.node(n.Value)
	case *Struct:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		w.fields(n.Fields)
	case *Union:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		w.fields(n.Fields)
	case *Enum:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		for _, v := range n.Variants {
			w.node(v)
		}
	case *Variant:
		w.attrs(n.Attrs)
		w.fields(n.Fields)
		w.node(n.Discriminant)
	case *FieldDef:
		w.attrs(n.Attrs)
		w.node(n.Type)
		w.node(n.Default)
	case *TypeAlias:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		w.bounds(n.Bounds)
		w.node(n.Type)
	case *Trait:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		w.bounds(n.Supertraits)
		w.attrs(n.InnerAttrs)
		w.items(n.Items)
	case *Impl:
		w.base(&n.ItemBase)
		w.generics(n.Generics)
		w.path(n.Trait)
		w.node(n.SelfType)
		w.attrs(n.InnerAttrs)
		w.items(n.Items)
	case *Mod:
		w.base(&n.ItemBase)
		w.attrs(n.InnerAttrs)
		w.items(n.Items)
	case *Use:
		w.base(&n.ItemBase)
		w.node(n.Tree)
	case *UseTree:
		w.path(n.Prefix)
		for _, t := range n.Trees {
			w.node(t)
		}
	case *ExternCrate:
		w.base(&n.ItemBase)
	case *ExternBlock:
		w.base(&n.ItemBase)
		w.lit(n.Abi)
		w.attrs(n.InnerAttrs)
		w.items(n.Items)
	case *MacroRules:
		w.base(&n.ItemBase)
	case *MacroDef:
		w.base(&n.ItemBase)
	case *MacroItem:
		w.base(&n.ItemBase)
		w.node(n.Mac)
	case *BadItem:
		w.base(&n.ItemBase)

	// Statements and blocks.
	case *Block:
		w.attrs(n.InnerAttrs)
		for _, s := range n.Stmts {
			w.node(s)
		}
		w.node(n.Expr)
	case *LetStmt:
		w.attrs(n.Attrs)
		w.node(n.Pat)
		w.node(n.Type)
		w.node(n.Init)
		w.block(n.Else)
	case *ExprStmt:
		w.attrs(n.Attrs)
		w.node(n.X)
	case *ItemStmt:
		w.node(n.Item)

	// Expressions.
	case *PathExpr:
		w.path(n.Path)
	case *Unary:
		w.node(n.X)
	case *Ref:
		w.node(n.X)
	case *Binary:
		w.node(n.X)
		w.node(n.Y)
	case *Assign:
		w.node(n.X)
		w.node(n.Y)
	case *Cast:
		w.node(n.X)
		w.node(n.Type)
	case *Call:
		w.node(n.Fun)
		w.exprs(n.Args)
	case *MethodCall:
		w.node(n.Recv)
		if n.Generics != nil {
			w.node(n.Generics)
		}
		w.exprs(n.Args)
	case *Field:
		w.node(n.X)
	case *Index:
		w.node(n.X)
		w.node(n.Index)
	case *Try:
		w.node(n.X)
	case *Await:
		w.node(n.X)
	case *Range:
		w.node(n.Lo)
		w.node(n.Hi)
	case *Paren:
		w.node(n.X)
	case *Tuple:
		w.exprs(n.Elems)
	case *Array:
		w.exprs(n.Elems)
	case *Repeat:
		w.node(n.Elem)
		w.node(n.Len)
	case *StructLit:
		w.path(n.Path)
		for _, f := range n.Fields {
			w.node(f)
		}
		w.node(n.Base)
	case *FieldInit:
		w.attrs(n.Attrs)
		w.node(n.Value)
	case *BlockExpr:
		w.block(n.Block)
	case *Let:
		w.node(n.Pat)
		w.node(n.X)
	case *If:
		w.node(n.Cond)
		w.block(n.Then)
		w.node(n.Else)
	case *While:
		w.node(n.Cond)
		w.block(n.Body)
	case *Loop:
		w.block(n.Body)
	case *For:
		w.node(n.Pat)
		w.node(n.Iter)
		w.block(n.Body)
	case *Match:
		w.node(n.X)
		for _, a := range n.Arms {
			w.node(a)
		}
	case *Arm:
		w.attrs(n.Attrs)
		w.node(n.Pat)
		w.node(n.Guard)
		w.node(n.Body)
	case *Closure:
		w.params(n.ForLifetimes)
		for _, p := range n.Params {
			w.node(p)
		}
		w.node(n.Ret)
		w.node(n.Body)
	case *ClosureParam:
		w.attrs(n.Attrs)
		w.node(n.Pat)
		w.node(n.Type)
	case *Break:
		w.node(n.Value)
	case *Return:
		w.node(n.Value)
	case *Yield:
		w.node(n.Value)
	case *MacExpr:
		w.node(n.Mac)
	case *AttrExpr:
		w.attrs(n.Attrs)
		w.node(n.X)

	// Patterns.
	case *IdentPat:
		w.node(n.Sub)
	case *LitPat:
		w.node(n.Expr)
	case *RangePat:
		w.node(n.Lo)
		w.node(n.Hi)
	case *PathPat:
		w.path(n.Path)
	case *TuplePat:
		w.pats(n.Elems)
	case *TupleStructPat:
		w.path(n.Path)
		w.pats(n.Elems)
	case *StructPat:
		w.path(n.Path)
		for _, f := range n.Fields {
			w.node(f)
		}
	case *FieldPat:
		w.attrs(n.Attrs)
		w.node(n.Pat)
	case *SlicePat:
		w.pats(n.Elems)
	case *OrPat:
		w.pats(n.Alts)
	case *RefPat:
		w.node(n.Pat)
	case *BoxPat:
		w.node(n.Pat)
	case *ParenPat:
		w.node(n.Pat)
	case *MacPat:
		w.node(n.Mac)

	// Types.
	case *PathType:
		w.path(n.Path)
	case *RefType:
		w.node(n.Elem)
	case *PtrType:
		w.node(n.Elem)
	case *ArrayType:
		w.node(n.Elem)
		w.node(n.Len)
	case *SliceType:
		w.node(n.Elem)
	case *TupleType:
		w.types(n.Elems)
	case *ParenType:
		w.node(n.Elem)
	case *FnPtrType:
		w.params(n.ForLifetimes)
		w.lit(n.Abi)
		for _, p := range n.Params {
			w.node(p)
		}
		w.node(n.Ret)
	case *ImplTraitType:
		w.bounds(n.Bounds)
	case *TraitObjectType:
		w.bounds(n.Bounds)
	case *MacType:
		w.node(n.Mac)
	}
}

// isNilNode reports whether n is an interface holding a nil pointer, as
// optional fields (a nil Expr, a nil *Path) are.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Path:
		return n == nil
	case *Block:
		return n == nil
	case *GenericArgs:
		return n == nil
	case *Generics:
		return n == nil
	case *MacCall:
		return n == nil
	case *UseTree:
		return n == nil
	case *SelfParam:
		return n == nil
	case *Param:
		return n == nil
	}
	return false
}

func (w walker) base(b *ItemBase) {
	w.attrs(b.Attrs)
	if b.Vis.Path != nil {
		w.node(b.Vis.Path)
	}
}

func (w walker) path(p *Path) {
	if p != nil {
		w.node(p)
	}
}

func (w walker) lit(l *Lit) {
	if l != nil {
		w.node(l)
	}
}

func (w walker) block(b *Block) {
	if b != nil {
		w.node(b)
	}
}

func (w walker) generics(g *Generics) {
	if g != nil {
		w.node(g)
	}
}

func (w walker) attrs(as []*Attr) {
	for _, a := range as {
		w.node(a)
	}
}

func (w walker) items(its []Item) {
	for _, it := range its {
		w.node(it)
	}
}

func (w walker) exprs(xs []Expr) {
	for _, x := range xs {
		w.node(x)
	}
}

func (w walker) pats(ps []Pat) {
	for _, p := range ps {
		w.node(p)
	}
}

func (w walker) types(ts []Type) {
	for _, t := range ts {
		w.node(t)
	}
}

func (w walker) fields(fs []*FieldDef) {
	for _, f := range fs {
		w.node(f)
	}
}

func (w walker) params(ps []*GenericParam) {
	for _, p := range ps {
		w.node(p)
	}
}

func (w walker) bounds(bs []Bound) {
	for _, b := range bs {
		w.node(b)
	}
}
