package mir

// EachConst calls f for every constant an item's body or trivial value
// holds, nested ones (the fields of aggregates) after their parent, in
// the order they appear.
func EachConst(it *Item, f func(*Const)) {
	var c func(k *Const)
	c = func(k *Const) {
		if k == nil {
			return
		}
		f(k)
		for _, x := range k.Fields {
			c(x)
		}
	}
	op := func(o *Operand) {
		if o.Kind == OpConst {
			c(o.Const)
		}
	}
	if it.Trivial != nil {
		c(it.Trivial)
	}
	b := it.Body
	if b == nil {
		return
	}
	for _, blk := range b.Blocks {
		for _, st := range blk.Stmts {
			for i := range st.Ops {
				op(&st.Ops[i])
			}
			if rv := st.Rvalue; rv != nil {
				op(&rv.A)
				op(&rv.B)
				if rv.Agg != nil {
					for i := range rv.Agg.Ops {
						op(&rv.Agg.Ops[i])
					}
				}
			}
		}
		if t := blk.Term; t != nil {
			op(&t.Func)
			op(&t.Discr)
			op(&t.Cond)
			for i := range t.Args {
				op(&t.Args[i])
			}
			if t.Msg != nil {
				for i := range t.Msg.Args {
					op(&t.Msg.Args[i])
				}
			}
		}
	}
}
