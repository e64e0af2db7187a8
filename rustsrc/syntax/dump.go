// dump.go prints syntax trees as S-expressions, for golden tests and
// debugging: expressions, patterns and types compactly, items generically.

package syntax

import (
	"fmt"
	"reflect"
	"strings"
)

// Dump returns an S-expression for a node (Expr, Pat, Type, Item, Stmt,
// Block, Path or File). Operators print as in Rust, so the grouping of
// (- (- a b) c) shows precedence and associativity.
func Dump(n any) string {
	var d dumper
	d.node(n)
	return d.String()
}

type dumper struct{ strings.Builder }

func (d *dumper) f(format string, args ...any) { fmt.Fprintf(d, format, args...) }

func (d *dumper) list(head string, parts ...any) {
	d.WriteString("(" + head)
	for _, p := range parts {
		d.WriteByte(' ')
		d.node(p)
	}
	d.WriteByte(')')
}

func labelStr(l *Label) string {
	if l == nil {
		return ""
	}
	return l.Name + ": "
}

func (d *dumper) node(n any) {
	switch n := n.(type) {
	case nil:
		d.WriteString("_")
	case string:
		d.WriteString(n)
	case Expr:
		if reflect.ValueOf(n).IsNil() {
			d.WriteString("_")
			return
		}
		d.expr(n)
	case Pat:
		if reflect.ValueOf(n).IsNil() {
			d.WriteString("_")
			return
		}
		d.pat(n)
	case Type:
		if reflect.ValueOf(n).IsNil() {
			d.WriteString("_")
			return
		}
		d.typ(n)
	case *Path:
		d.path(n)
	case *Block:
		d.block(n)
	case Stmt:
		d.stmt(n)
	case *File:
		d.WriteString("(file")
		for _, a := range n.Attrs {
			d.WriteString("\n  ")
			d.attr(a)
		}
		for _, it := range n.Items {
			d.WriteString("\n  ")
			d.generic(reflect.ValueOf(it))
		}
		d.WriteString(")")
	default:
		d.generic(reflect.ValueOf(n))
	}
}

func (d *dumper) exprs(head string, xs []Expr) {
	d.WriteString("(" + head)
	for _, x := range xs {
		d.WriteByte(' ')
		d.node(x)
	}
	d.WriteByte(')')
}

func (d *dumper) expr(x Expr) {
	switch x := x.(type) {
	case *Lit:
		d.WriteString(x.Text)
	case *PathExpr:
		d.path(x.Path)
	case *Unary:
		d.list(x.Op.String(), x.X)
	case *Ref:
		op := "&"
		switch {
		case x.Raw && x.Mut:
			op = "&raw mut"
		case x.Raw:
			op = "&raw const"
		case x.Mut:
			op = "&mut"
		}
		d.list(op, x.X)
	case *Binary:
		d.list(x.Op.String(), x.X, x.Y)
	case *Assign:
		op := "="
		if x.Op != 0 {
			op = x.Op.String() + "="
		}
		d.list(op, x.X, x.Y)
	case *Cast:
		d.list("as", x.X, x.Type)
	case *Call:
		d.exprs("call", append([]Expr{x.Fun}, x.Args...))
	case *MethodCall:
		name := "." + x.Name.Name
		if x.Generics != nil {
			name += "::" + d.sub(x.Generics)
		}
		d.exprs(name, append([]Expr{x.Recv}, x.Args...))
	case *Field:
		d.list("."+x.Name.Name, x.X)
	case *Index:
		d.list("index", x.X, x.Index)
	case *Try:
		d.list("?", x.X)
	case *Await:
		d.list("await", x.X)
	case *Range:
		op := ".."
		if x.Closed {
			op = "..="
		}
		d.list(op, x.Lo, x.Hi)
	case *Paren:
		d.list("paren", x.X)
	case *Tuple:
		d.exprs("tuple", x.Elems)
	case *Array:
		d.exprs("array", x.Elems)
	case *Repeat:
		d.list("repeat", x.Elem, x.Len)
	case *StructLit:
		d.WriteString("(struct ")
		d.path(x.Path)
		for _, f := range x.Fields {
			d.WriteString(" (" + f.Name.Name + " ")
			d.node(f.Value)
			d.WriteString(")")
		}
		if x.Base != nil {
			d.WriteString(" (.. ")
			d.node(x.Base)
			d.WriteString(")")
		} else if x.Rest {
			d.WriteString(" ..")
		}
		d.WriteString(")")
	case *BlockExpr:
		kind := [...]string{"", "unsafe ", "async ", "const ", "try "}[x.Kind]
		if x.Move {
			kind += "move "
		}
		d.WriteString(labelStr(x.Label) + kind)
		d.block(x.Block)
	case *Let:
		d.list("let", x.Pat, x.X)
	case *If:
		if x.Else != nil {
			d.list("if", x.Cond, x.Then, x.Else)
		} else {
			d.list("if", x.Cond, x.Then)
		}
	case *While:
		d.list(labelStr(x.Label)+"while", x.Cond, x.Body)
	case *Loop:
		d.list(labelStr(x.Label)+"loop", x.Body)
	case *For:
		d.list(labelStr(x.Label)+"for", x.Pat, x.Iter, x.Body)
	case *Match:
		d.WriteString("(match ")
		d.node(x.X)
		for _, a := range x.Arms {
			d.WriteString(" (")
			d.node(a.Pat)
			if a.Guard != nil {
				d.WriteString(" if ")
				d.node(a.Guard)
			}
			d.WriteString(" => ")
			d.node(a.Body)
			d.WriteString(")")
		}
		d.WriteString(")")
	case *Closure:
		head := "closure"
		if x.Static {
			head += " static"
		}
		if x.Async {
			head += " async"
		}
		if x.Move {
			head += " move"
		}
		d.WriteString("(" + head + " (")
		for i, p := range x.Params {
			if i > 0 {
				d.WriteString(" ")
			}
			d.node(p.Pat)
			if p.Type != nil {
				d.WriteString(": ")
				d.node(p.Type)
			}
		}
		d.WriteString(")")
		if x.Ret != nil {
			d.WriteString(" -> ")
			d.node(x.Ret)
		}
		d.WriteString(" ")
		d.node(x.Body)
		d.WriteString(")")
	case *Break:
		head := "break"
		if x.Label != nil {
			head += " " + x.Label.Name
		}
		if x.Value != nil {
			d.list(head, x.Value)
		} else {
			d.WriteString("(" + head + ")")
		}
	case *Continue:
		if x.Label != nil {
			d.WriteString("(continue " + x.Label.Name + ")")
		} else {
			d.WriteString("(continue)")
		}
	case *Return:
		if x.Value != nil {
			d.list("return", x.Value)
		} else {
			d.WriteString("(return)")
		}
	case *Yield:
		head := "yield"
		if x.Become {
			head = "become"
		}
		d.list(head, x.Value)
	case *MacExpr:
		d.mac(x.Mac)
	case *Underscore:
		d.WriteString("_")
	case *AttrExpr:
		d.WriteString("(")
		for _, a := range x.Attrs {
			d.attr(a)
			d.WriteString(" ")
		}
		d.node(x.X)
		d.WriteString(")")
	default:
		d.f("<%T>", x)
	}
}

func (d *dumper) sub(n any) string {
	var e dumper
	e.node(n)
	return e.String()
}

func (d *dumper) mac(m *MacCall) {
	d.path(m.Path)
	open, close := [...]string{"", "(", "[", "{"}[m.Delim], [...]string{"", ")", "]", "}"}[m.Delim]
	d.WriteString("!" + open + TokenTreesString(m.Args) + close)
}

// TokenTreesString renders token trees as source-like text, tokens
// separated by single spaces.
func TokenTreesString(trees []TokenTree) string {
	var b strings.Builder
	var walk func([]TokenTree)
	walk = func(ts []TokenTree) {
		for i, t := range ts {
			if i > 0 {
				b.WriteByte(' ')
			}
			if t.Delim == NoDelim {
				if t.Tok.Kind == DocComment {
					b.WriteString("/*doc*/")
					continue
				}
				if t.Tok.Kind == IdentTok && t.Tok.Raw() {
					b.WriteString("r#")
				}
				b.WriteString(t.Tok.Text)
				continue
			}
			b.WriteString(t.Tok.Text)
			walk(t.Trees)
			b.WriteString(closer(t.Tok.Kind).String())
		}
	}
	walk(trees)
	return b.String()
}

func (d *dumper) attr(a *Attr) {
	if a.Doc {
		d.f("(doc %q)", a.DocText)
		return
	}
	bang := ""
	if a.Inner {
		bang = "!"
	}
	d.WriteString("#" + bang + "[")
	d.path(a.Path)
	if len(a.Args) > 0 {
		d.WriteString(" " + TokenTreesString(a.Args))
	}
	d.WriteString("]")
}

func (d *dumper) path(p *Path) {
	if p == nil {
		d.WriteString("_")
		return
	}
	if p.QSelf != nil {
		d.WriteString("<")
		d.node(p.QSelf.Type)
		if p.QSelf.Trait != nil {
			d.WriteString(" as ")
			d.path(p.QSelf.Trait)
		}
		d.WriteString(">::")
	} else if p.Global {
		d.WriteString("::")
	}
	for i, s := range p.Segments {
		if i > 0 {
			d.WriteString("::")
		}
		if s.Name.Raw {
			d.WriteString("r#")
		}
		d.WriteString(s.Name.Name)
		if s.Args != nil {
			d.genericArgs(s.Args)
		}
	}
}

func (d *dumper) genericArgs(g *GenericArgs) {
	if g.Paren {
		d.WriteString("(")
		for i, t := range g.Inputs {
			if i > 0 {
				d.WriteString(", ")
			}
			d.node(t)
		}
		d.WriteString(")")
		if g.Output != nil {
			d.WriteString(" -> ")
			d.node(g.Output)
		}
		return
	}
	d.WriteString("<")
	for i, a := range g.Args {
		if i > 0 {
			d.WriteString(", ")
		}
		switch a := a.(type) {
		case *LifetimeArg:
			d.WriteString(a.Lifetime.Name)
		case *TypeArg:
			d.node(a.Type)
		case *ConstArg:
			d.node(a.Expr)
		case *AssocArg:
			d.WriteString(a.Name.Name)
			if a.Args != nil {
				d.genericArgs(a.Args)
			}
			switch {
			case a.Type != nil:
				d.WriteString(" = ")
				d.node(a.Type)
			case a.Const != nil:
				d.WriteString(" = ")
				d.node(a.Const)
			default:
				d.WriteString(": ")
				d.bounds(a.Bounds)
			}
		}
	}
	d.WriteString(">")
}

func (d *dumper) bounds(bs []Bound) {
	for i, b := range bs {
		if i > 0 {
			d.WriteString(" + ")
		}
		switch b := b.(type) {
		case *LifetimeBound:
			d.WriteString(b.Lifetime.Name)
		case *UseBound:
			d.WriteString("use<")
			for j, a := range b.Args {
				if j > 0 {
					d.WriteString(", ")
				}
				d.WriteString(a.Name)
			}
			d.WriteString(">")
		case *TraitBound:
			if b.Paren {
				d.WriteString("(")
			}
			d.WriteString([...]string{"", "?", "!", "const ", "~const ", "async "}[b.Modifier])
			if len(b.ForLifetimes) > 0 {
				d.WriteString("for<")
				for j, l := range b.ForLifetimes {
					if j > 0 {
						d.WriteString(", ")
					}
					d.WriteString(l.Name.Name)
				}
				d.WriteString("> ")
			}
			d.path(b.Path)
			if b.Paren {
				d.WriteString(")")
			}
		}
	}
}

func (d *dumper) typ(t Type) {
	switch t := t.(type) {
	case *PathType:
		d.path(t.Path)
	case *RefType:
		d.WriteString("&")
		if t.Lifetime != nil {
			d.WriteString(t.Lifetime.Name + " ")
		}
		if t.Mut {
			d.WriteString("mut ")
		}
		d.node(t.Elem)
	case *PtrType:
		if t.Mut {
			d.WriteString("*mut ")
		} else {
			d.WriteString("*const ")
		}
		d.node(t.Elem)
	case *ArrayType:
		d.WriteString("[")
		d.node(t.Elem)
		d.WriteString("; ")
		d.node(t.Len)
		d.WriteString("]")
	case *SliceType:
		d.WriteString("[")
		d.node(t.Elem)
		d.WriteString("]")
	case *TupleType:
		d.WriteString("(")
		for i, e := range t.Elems {
			if i > 0 {
				d.WriteString(", ")
			}
			d.node(e)
		}
		if len(t.Elems) == 1 {
			d.WriteString(",")
		}
		d.WriteString(")")
	case *ParenType:
		d.WriteString("(")
		d.node(t.Elem)
		d.WriteString(")")
	case *FnPtrType:
		if len(t.ForLifetimes) > 0 {
			d.WriteString("for<..> ")
		}
		if t.Unsafe {
			d.WriteString("unsafe ")
		}
		if t.Extern {
			d.WriteString("extern ")
			if t.Abi != nil {
				d.WriteString(t.Abi.Text + " ")
			}
		}
		d.WriteString("fn(")
		for i, p := range t.Params {
			if i > 0 {
				d.WriteString(", ")
			}
			if p.Pat != nil {
				d.node(p.Pat)
				d.WriteString(": ")
			}
			d.node(p.Type)
		}
		if t.Variadic {
			d.WriteString(", ...")
		}
		d.WriteString(")")
		if t.Ret != nil {
			d.WriteString(" -> ")
			d.node(t.Ret)
		}
	case *ImplTraitType:
		d.WriteString("impl ")
		d.bounds(t.Bounds)
	case *TraitObjectType:
		if t.Dyn {
			d.WriteString("dyn ")
		}
		d.bounds(t.Bounds)
	case *NeverType:
		d.WriteString("!")
	case *InferType:
		d.WriteString("_")
	case *MacType:
		d.mac(t.Mac)
	default:
		d.f("<%T>", t)
	}
}

func (d *dumper) pats(head string, ps []Pat) {
	d.WriteString("(" + head)
	for _, p := range ps {
		d.WriteByte(' ')
		d.node(p)
	}
	d.WriteByte(')')
}

func (d *dumper) pat(p Pat) {
	switch p := p.(type) {
	case *WildPat:
		d.WriteString("_")
	case *RestPat:
		d.WriteString("..")
	case *IdentPat:
		if !p.ByRef && !p.Mut && p.Sub == nil {
			d.WriteString(p.Name.Name)
			return
		}
		d.WriteString("(bind ")
		if p.ByRef {
			d.WriteString("ref ")
		}
		if p.Mut {
			d.WriteString("mut ")
		}
		d.WriteString(p.Name.Name)
		if p.Sub != nil {
			d.WriteString(" @ ")
			d.node(p.Sub)
		}
		d.WriteString(")")
	case *LitPat:
		d.node(p.Expr)
	case *RangePat:
		op := "..="
		if !p.Closed {
			op = ".."
		}
		d.list(op, p.Lo, p.Hi)
	case *PathPat:
		d.path(p.Path)
	case *TuplePat:
		d.pats("tuple", p.Elems)
	case *TupleStructPat:
		d.pats(d.sub(p.Path), p.Elems)
	case *StructPat:
		d.WriteString("(" + d.sub(p.Path) + " {")
		for i, f := range p.Fields {
			if i > 0 {
				d.WriteString(",")
			}
			d.WriteString(" " + f.Name.Name + ": ")
			d.node(f.Pat)
		}
		if p.Rest {
			d.WriteString(" ..")
		}
		d.WriteString(" })")
	case *SlicePat:
		d.pats("slice", p.Elems)
	case *OrPat:
		d.pats("|", p.Alts)
	case *RefPat:
		if p.Mut {
			d.list("&mut", p.Pat)
		} else {
			d.list("&", p.Pat)
		}
	case *BoxPat:
		d.list("box", p.Pat)
	case *ParenPat:
		d.list("paren", p.Pat)
	case *MacPat:
		d.mac(p.Mac)
	default:
		d.f("<%T>", p)
	}
}

func (d *dumper) block(b *Block) {
	d.WriteString("{")
	for i, s := range b.Stmts {
		if i > 0 {
			d.WriteString(" ")
		}
		d.stmt(s)
	}
	if b.Expr != nil {
		if len(b.Stmts) > 0 {
			d.WriteString(" ")
		}
		d.node(b.Expr)
	}
	d.WriteString("}")
}

func (d *dumper) stmt(s Stmt) {
	switch s := s.(type) {
	case *LetStmt:
		for _, a := range s.Attrs {
			d.attr(a)
			d.WriteString(" ")
		}
		d.WriteString("(let ")
		d.node(s.Pat)
		if s.Type != nil {
			d.WriteString(": ")
			d.node(s.Type)
		}
		if s.Init != nil {
			d.WriteString(" = ")
			d.node(s.Init)
		}
		if s.Else != nil {
			d.WriteString(" else ")
			d.block(s.Else)
		}
		d.WriteString(");")
	case *ExprStmt:
		for _, a := range s.Attrs {
			d.attr(a)
			d.WriteString(" ")
		}
		d.node(s.X)
		if s.Semi {
			d.WriteString(";")
		}
	case *ItemStmt:
		d.generic(reflect.ValueOf(s.Item))
	case *EmptyStmt:
		d.WriteString(";")
	case *BadStmt:
		d.WriteString("(bad-stmt)")
	}
}

var (
	spanType  = reflect.TypeOf(Span{})
	identType = reflect.TypeOf(Ident{})
	attrType  = reflect.TypeOf(&Attr{})
	visType   = reflect.TypeOf(Visibility{})
	exprType  = reflect.TypeOf((*Expr)(nil)).Elem()
	patType   = reflect.TypeOf((*Pat)(nil)).Elem()
	typeType  = reflect.TypeOf((*Type)(nil)).Elem()
	stmtType  = reflect.TypeOf((*Stmt)(nil)).Elem()
)

// generic prints any other node as (TypeName Field:value ...), leaving out
// spans and zero fields.
func (d *dumper) generic(v reflect.Value) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			d.WriteString("_")
			return
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			d.WriteString("_")
			return
		}
		if v.Type().Implements(exprType) || v.Type().Implements(patType) ||
			v.Type().Implements(typeType) || v.Type().Implements(stmtType) ||
			v.Type() == reflect.TypeOf(&Path{}) || v.Type() == reflect.TypeOf(&Block{}) {
			d.node(v.Interface())
			return
		}
		if v.Type() == attrType {
			d.attr(v.Interface().(*Attr))
			return
		}
		if v.Type() == reflect.TypeOf(&MacCall{}) {
			d.mac(v.Interface().(*MacCall))
			return
		}
		if v.Type() == reflect.TypeOf(&GenericArgs{}) {
			d.genericArgs(v.Interface().(*GenericArgs))
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		switch v.Type() {
		case identType:
			d.WriteString(v.Interface().(Ident).Name)
			return
		case visType:
			vis := v.Interface().(Visibility)
			d.WriteString([...]string{"inherited", "pub", "pub(crate)", "pub(self)", "pub(super)", "pub(in"}[vis.Kind])
			if vis.Path != nil {
				d.WriteString(" ")
				d.path(vis.Path)
				d.WriteString(")")
			}
			return
		case reflect.TypeOf(TokenTree{}):
			d.WriteString(TokenTreesString([]TokenTree{v.Interface().(TokenTree)}))
			return
		}
		d.WriteString("(" + v.Type().Name())
		d.fields(v)
		d.WriteString(")")
	case reflect.Slice:
		d.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.WriteString(" ")
			}
			d.generic(v.Index(i))
		}
		d.WriteString("]")
	case reflect.Bool:
		d.f("%v", v.Bool())
	case reflect.String:
		d.f("%q", v.String())
	default:
		if s, ok := v.Interface().(fmt.Stringer); ok {
			d.WriteString(s.String())
		} else {
			d.f("%v", v.Interface())
		}
	}
}

func (d *dumper) fields(v reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if f.Type == spanType || f.Name == "Spanned" || f.Name == "Lines" || fv.IsZero() {
			continue
		}
		if f.Anonymous {
			d.fields(fv)
			continue
		}
		if fv.Kind() == reflect.Slice && fv.Len() == 0 {
			continue
		}
		if f.Type == visType && fv.Interface().(Visibility).Kind == VisInherited {
			continue
		}
		if g, ok := fv.Interface().(*Generics); ok && len(g.Params) == 0 && len(g.Where) == 0 {
			continue
		}
		d.WriteString(" " + f.Name + ":")
		d.generic(fv)
	}
}
