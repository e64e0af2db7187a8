// call.go builds the constant that calls a fn with argument literals:
// what the server's Evaluate lens and `mirlsp dap`'s `function` launch
// evaluate.

package cli

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// CallConstName is the name of the constant CallConst writes.
const CallConstName = "MIRLSP_EVALUATE"

// CallConst writes a MIR const whose body calls fn with the given
// argument literals (parsed by fn's parameter types, see argOperand); it
// returns the file holding it and the const, to be evaluated with fn's
// files.
func CallConst(fn *mir.Item, args []string) (*mir.File, *mir.Item, error) {
	b := fn.Body
	if b == nil {
		return nil, nil, fmt.Errorf("`%s` has no body", fn.Name)
	}
	if len(args) != b.ArgCount {
		var ps []string
		for i := 1; i <= b.ArgCount; i++ {
			ps = append(ps, fmt.Sprintf("_%d: %s", i, mir.FormatTy(b.Locals[i].Ty)))
		}
		return nil, nil, fmt.Errorf("`%s` takes %d arguments (%s), got %d", fn.Name, b.ArgCount, strings.Join(ps, ", "), len(args))
	}
	ops := make([]string, len(args))
	for i, a := range args {
		op, err := argOperand(a, b.Locals[i+1].Ty)
		if err != nil {
			return nil, nil, fmt.Errorf("argument %d: %v", i+1, err)
		}
		ops[i] = op
	}
	ret := b.Locals[0].Ty
	if fn.Ret != nil {
		ret = fn.Ret
	}
	const name = CallConstName
	src := fmt.Sprintf("const %s: %s = {\n    let mut _0: %s;\n\n    bb0: {\n        _0 = %s(%s) -> [return: bb1, unwind continue];\n    }\n\n    bb1: {\n        return;\n    }\n}\n",
		name, mir.FormatTy(ret), mir.FormatTy(ret), fn.Name, strings.Join(ops, ", "))
	f, errs := mirparse.Parse("evaluate.mir", []byte(src))
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("cannot call `%s`: %v", fn.Name, errs[0].Msg)
	}
	for _, x := range f.Items {
		if x.Name == name {
			return f, x, nil
		}
	}
	return nil, nil, fmt.Errorf("cannot call `%s`", fn.Name)
}

// argOperand turns an argument literal into a MIR constant operand of
// type t: integers (decimal, 0x/0o/0b, `_` separators, a type suffix),
// bool, char, floats and string slices; other types take MIR constant
// syntax as written (`const ...`).
func argOperand(a string, t *mir.Ty) (string, error) {
	a = strings.TrimSpace(a)
	ty := mir.FormatTy(t)
	switch {
	case t.IsInteger():
		it, _ := eval.IntTyOf(t)
		lit := strings.TrimSuffix(strings.ReplaceAll(a, "_", ""), ty)
		v, ok := new(big.Int).SetString(lit, 0)
		if !ok {
			return "", fmt.Errorf("%q is not a %s", a, ty)
		}
		min, max := new(big.Int), new(big.Int)
		bits := uint(it.Size() * 8)
		if it.Signed {
			max.Lsh(big.NewInt(1), bits-1).Sub(max, big.NewInt(1))
			min.Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		} else {
			max.Lsh(big.NewInt(1), bits).Sub(max, big.NewInt(1))
		}
		if v.Cmp(min) < 0 || v.Cmp(max) > 0 {
			return "", fmt.Errorf("%s does not fit in %s", a, ty)
		}
		return "const " + v.String() + "_" + ty, nil
	case ty == "bool":
		if a != "true" && a != "false" {
			return "", fmt.Errorf("%q is not a bool", a)
		}
		return "const " + a, nil
	case ty == "char":
		r := []rune(a)
		if len(r) >= 2 && r[0] == '\'' && r[len(r)-1] == '\'' {
			s, err := strconv.Unquote(a)
			if err != nil {
				return "", fmt.Errorf("%q is not a char", a)
			}
			r = []rune(s)
		}
		if len(r) != 1 {
			return "", fmt.Errorf("%q is not a char", a)
		}
		return "const " + mir.QuoteChar(r[0]), nil
	case ty == "f32" || ty == "f64":
		lit := strings.TrimSuffix(strings.ReplaceAll(a, "_", ""), ty)
		if _, err := strconv.ParseFloat(lit, 64); err != nil {
			return "", fmt.Errorf("%q is not a %s", a, ty)
		}
		return "const " + lit + ty, nil
	case ty == "&str" || ty == "&'static str":
		s := a
		if len(a) >= 2 && a[0] == '"' && a[len(a)-1] == '"' {
			u, err := strconv.Unquote(a)
			if err != nil {
				return "", fmt.Errorf("%q is not a string literal", a)
			}
			s = u
		}
		return "const " + mir.QuoteStr([]byte(s)), nil
	}
	if strings.HasPrefix(a, "const ") {
		return a, nil
	}
	return "const " + a, nil
}
