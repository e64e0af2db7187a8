// fmt.go formats values with a spec as core::fmt does (pad,
// pad_integral, float precision, the impls of the formatting traits for
// primitives, str and references), for the formatting impls that
// fmtrun.go runs, so `{:?}` of a type with its own Debug impl prints what
// rustc's program would.

package eval

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"mirlsp/mir"
)

// defaultFmtSpec is `{}`: no fill, width or precision.
var defaultFmtSpec = mir.FmtSpec{Fill: ' ', Width: -1, Precision: -1}

// variantAt returns the variant of the ADT value at p and its layout.
func (s *renderState) variantAt(ty *mir.Ty, l *Layout, p Pointer) (int, *Layout, error) {
	if !l.Multiple {
		return l.Variant, l, nil
	}
	sc, e := s.Mem.ReadScalar(at(p, l.TagOffset()), l.Tag.Size(), 1)
	if e != nil {
		return 0, nil, e
	}
	v, e := l.VariantOfScalar(sc)
	if e != nil {
		return 0, nil, e
	}
	return v, l.VariantLayouts[v], nil
}

// fmtValue formats the value of type ty at p with trait and spec (nil:
// `{}`).
func (s *renderState) fmtValue(trait string, spec *mir.FmtSpec, ty *mir.Ty, p Pointer) error {
	if spec == nil {
		spec = &defaultFmtSpec
	}
	// &T formats as T.
	for ty.Kind == mir.TyRef {
		l, err := s.Reg.LayoutOf(ty)
		if err != nil {
			return err
		}
		imm, _, e := s.Mem.ReadImmediateAt(p, l, 1)
		if e != nil {
			return e
		}
		if l.Abi == AbiScalarPair {
			if ty.Elem.Kind != mir.TyStr || trait != "Display" && trait != "Debug" {
				break
			}
			n, e := imm.B.ToUint64()
			if e != nil {
				return e
			}
			b, e := s.Mem.ReadBytes(imm.A.Pointer(), n)
			if e != nil {
				return e
			}
			if trait == "Debug" {
				// core's Debug of str writes the quoted text, without
				// padding.
				return s.write(mir.QuoteStr(b))
			}
			return s.write(padStr(string(b), spec, '<'))
		}
		ty, p = ty.Elem, imm.A.Pointer()
	}
	if ty.Kind == mir.TyAdt && adtName(ty) == "Arguments" && s.in != nil && (trait == "Display" || trait == "Debug") {
		// format_args!(..) formatted: what it writes, the spec ignored.
		l, err := s.Reg.LayoutOf(ty)
		if err != nil {
			return err
		}
		imm, _, e := s.Mem.ReadImmediateAt(p, l, 1)
		if e != nil {
			return e
		}
		return s.write(s.in.argumentsText(imm))
	}
	if ty.Kind == mir.TyAdt {
		if fn := s.Reg.fmtFn(ty, trait); fn != nil {
			return s.runFmtFn(fn, trait, ty, p, spec)
		}
		if why := s.Reg.fmtWhyNot(ty, trait); why != "" {
			return ErrUnsupported("%s", why)
		}
	}
	switch ty.Kind {
	case mir.TyInt, mir.TyUint, mir.TyBool, mir.TyChar, mir.TyFloat:
		sc, err := s.scalarAt(ty, p)
		if err != nil {
			return err
		}
		str, err := fmtScalar(trait, spec, sc, ty)
		if err != nil {
			return err
		}
		return s.write(str)
	}
	if trait == "Debug" && *spec == defaultFmtSpec {
		return s.value(ty, p)
	}
	if alt := defaultFmtSpec; trait == "Debug" && spec.Alternate {
		// {:#?}: the pretty form.
		if alt.Alternate = true; *spec == alt {
			c := &renderState{Renderer: s.Renderer, depth: s.depth, inShim: s.inShim, pretty: true}
			if err := c.value(ty, p); err != nil {
				return err
			}
			return s.write(c.b.String())
		}
	}
	if trait == "Debug" {
		// Options core's Formatter hands down to each primitive inside.
		leaf := *spec
		c := &renderState{Renderer: s.Renderer, depth: s.depth, inShim: s.inShim, pretty: spec.Alternate, leaf: &leaf}
		if err := c.value(ty, p); err != nil {
			return err
		}
		return s.write(c.b.String())
	}
	return ErrUnsupported("formatting a `%s` with `%s` and these options", ty, trait)
}

// fmtScalar formats a primitive as core's impl of trait does.
func fmtScalar(trait string, spec *mir.FmtSpec, sc Scalar, ty *mir.Ty) (string, error) {
	switch ty.Kind {
	case mir.TyInt, mir.TyUint:
		it, _ := IntTyOf(ty)
		v, err := sc.ToBits()
		if err != nil {
			return "", err
		}
		v = it.Truncate(v)
		switch trait {
		case "Display", "Debug":
			str := it.Format(v)
			neg := strings.HasPrefix(str, "-")
			return padIntegral(!neg, "", strings.TrimPrefix(str, "-"), spec), nil
		case "LowerHex", "UpperHex", "Binary", "Octal":
			base, prefix := 16, "0x"
			switch trait {
			case "Binary":
				base, prefix = 2, "0b"
			case "Octal":
				base, prefix = 8, "0o"
			}
			n := new(big.Int).SetUint64(v.Hi)
			n.Lsh(n, 64).Or(n, new(big.Int).SetUint64(v.Lo))
			digits := n.Text(base)
			if trait == "UpperHex" {
				digits = strings.ToUpper(digits)
			}
			return padIntegral(true, prefix, digits, spec), nil
		}
	case mir.TyFloat:
		if trait == "LowerExp" || trait == "UpperExp" {
			return fmtFloatExp(trait, spec, sc, ty)
		}
		if trait != "Display" && trait != "Debug" {
			break
		}
		b, err := sc.ToBits()
		if err != nil {
			return "", err
		}
		var f float64
		var str string
		if ty.Bits == 32 {
			f = float64(math.Float32frombits(uint32(b.Lo)))
			str = FormatF32(uint32(b.Lo), trait == "Debug")
		} else {
			f = math.Float64frombits(b.Lo)
			str = FormatF64(b.Lo, trait == "Debug")
		}
		if spec.Precision >= 0 && !math.IsNaN(f) && !math.IsInf(f, 0) {
			str = strconv.FormatFloat(f, 'f', spec.Precision, 64)
		}
		if math.IsNaN(f) {
			return padStr(str, &mir.FmtSpec{Fill: spec.Fill, Align: spec.Align, Width: spec.Width, Precision: -1}, '>'), nil
		}
		neg := strings.HasPrefix(str, "-")
		return padIntegral(!neg, "", strings.TrimPrefix(str, "-"), &mir.FmtSpec{
			Fill: spec.Fill, Align: spec.Align, Plus: spec.Plus, Zero: spec.Zero, Width: spec.Width, Precision: -1,
		}), nil
	case mir.TyBool:
		v, err := sc.ToBool()
		if err != nil {
			return "", err
		}
		if trait == "Display" || trait == "Debug" {
			return padStr(strconv.FormatBool(v), spec, '<'), nil
		}
	case mir.TyChar:
		c, err := sc.ToChar()
		if err != nil {
			return "", err
		}
		switch trait {
		case "Display":
			return padStr(string(c), spec, '<'), nil
		case "Debug":
			// core's Debug of char writes the quoted char, without
			// padding.
			return mir.QuoteChar(c), nil
		}
	}
	return "", ErrUnsupported("formatting a `%s` with `%s` and these options", ty, trait)
}

// padStr is Formatter::pad: precision truncates to that many chars, then
// the text is padded to width (dflt is the default alignment).
func padStr(s string, spec *mir.FmtSpec, dflt byte) string {
	if spec == nil {
		return s
	}
	if spec.Precision >= 0 && utf8.RuneCountInString(s) > spec.Precision {
		n := 0
		for i := range s {
			if n == spec.Precision {
				s = s[:i]
				break
			}
			n++
		}
	}
	return padAligned(s, spec, dflt)
}

// padAligned pads s to the spec's width with its fill.
func padAligned(s string, spec *mir.FmtSpec, dflt byte) string {
	n := utf8.RuneCountInString(s)
	if spec.Width < 0 || n >= spec.Width {
		return s
	}
	pad := spec.Width - n
	align := spec.Align
	if align == 0 {
		align = dflt
	}
	var pre, post int
	switch align {
	case '<':
		post = pad
	case '>':
		pre = pad
	default:
		pre, post = pad/2, (pad+1)/2
	}
	fill := string(spec.Fill)
	return strings.Repeat(fill, pre) + s + strings.Repeat(fill, post)
}

// padIntegral is Formatter::pad_integral: the sign (`-`, or `+` with the
// `+` flag), the prefix with `#`, the digits, padded to width; the `0`
// flag pads with zeros after sign and prefix.
func padIntegral(nonNeg bool, prefix, digits string, spec *mir.FmtSpec) string {
	sign := ""
	if !nonNeg {
		sign = "-"
	} else if spec.Plus {
		sign = "+"
	}
	if !spec.Alternate {
		prefix = ""
	}
	head := sign + prefix
	if spec.Zero {
		w := spec.Width - utf8.RuneCountInString(head)
		if n := utf8.RuneCountInString(digits); w > n {
			digits = strings.Repeat("0", w-n) + digits
		}
		return head + digits
	}
	return padAligned(head+digits, spec, '>')
}

// fmtFloatExp is core's LowerExp/UpperExp of a float: the shortest
// digits (or precision many) and the exponent without sign or padding
// (`1.5e3`, `1e-7`).
func fmtFloatExp(trait string, spec *mir.FmtSpec, sc Scalar, ty *mir.Ty) (string, error) {
	b, err := sc.ToBits()
	if err != nil {
		return "", err
	}
	f, bits := math.Float64frombits(b.Lo), 64
	if ty.Bits == 32 {
		f, bits = float64(math.Float32frombits(uint32(b.Lo))), 32
	}
	var str string
	switch {
	case math.IsNaN(f):
		str = "NaN"
	case math.IsInf(f, 1):
		str = "inf"
	case math.IsInf(f, -1):
		str = "-inf"
	default:
		str = strconv.FormatFloat(f, 'e', spec.Precision, bits)
		mant, exp, _ := strings.Cut(str, "e")
		n, _ := strconv.Atoi(exp)
		str = mant + "e" + strconv.Itoa(n)
		if trait == "UpperExp" {
			str = strings.ToUpper(str)
		}
	}
	neg := strings.HasPrefix(str, "-")
	return padIntegral(!neg, "", strings.TrimPrefix(str, "-"), &mir.FmtSpec{
		Fill: spec.Fill, Align: spec.Align, Plus: spec.Plus, Zero: spec.Zero, Width: spec.Width, Precision: -1,
	}), nil
}
