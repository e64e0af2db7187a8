// duration.go implements core::time::Duration: its const methods and
// associated consts, and its Debug formatting (1.5s, 250ms, 10µs, 0ns).

package eval

import (
	"math"
	"math/bits"
	"strconv"

	"mirlsp/mir"
)

const nanosPerSec = 1_000_000_000

// duration is a Duration value.
type duration struct {
	secs  uint64
	nanos uint32
}

// readDuration reads a Duration operand (or one behind a reference).
func (sc *shimCall) duration(i int) duration {
	v, t := sc.val(i)
	in := sc.in
	p := in.asPlace(v)
	if t == nil || t.Kind != mir.TyAdt || p.l.Adt == nil || p.l.Adt.Name != "Duration" {
		fail(ErrUnsupported("`%s` on a value that is not a Duration", sc.path.Text))
	}
	return in.readDurationAt(p.mp.Ptr, p.l)
}

func (in *interp) readDurationAt(ptr Pointer, l *Layout) duration {
	q := ptr
	q.Offset += l.FieldOffset(0)
	s, err := in.mem.ReadScalar(q, 8, 1)
	if err != nil {
		fail(err)
	}
	q = ptr
	q.Offset += l.FieldOffset(1)
	n, err := in.mem.ReadScalar(q, 4, 1)
	if err != nil {
		fail(err)
	}
	sv, err := s.ToBits()
	if err != nil {
		fail(err)
	}
	nv, err := n.ToBits()
	if err != nil {
		fail(err)
	}
	return duration{sv.Lo, uint32(nv.Lo)}
}

// durationValue builds a Duration of layout l.
func (in *interp) durationValue(d duration, l *Layout) Operand {
	u64 := in.layout(tyU64)
	u32 := in.layout(tyU32)
	return in.buildStruct(l.Ty, l, []Operand{
		{Imm: ImmFromScalar(ScalarUint(d.secs, 8)), Layout: u64},
		{Imm: ImmFromScalar(ScalarUint(uint64(d.nanos), 4)), Layout: u32},
	})
}

// durationMethod implements Duration's const methods.
func (sc *shimCall) durationMethod(name string) Operand {
	in := sc.in
	ret := func(d duration) Operand { return in.durationValue(d, sc.dest.l) }
	some := func(d duration) Operand {
		ft := sc.fieldTy0()
		o := in.durationValue(d, in.layout(ft))
		return sc.option(&o)
	}
	u128 := func(hi, lo uint64) Operand {
		return Operand{Imm: ImmFromScalar(ScalarInt(mir.U128{Lo: lo, Hi: hi}, 16)), Layout: sc.dest.l}
	}
	switch name {
	case "new":
		secs, nanos := sc.u64(0), uint32(sc.u64(1))
		if nanos >= nanosPerSec {
			extra := uint64(nanos / nanosPerSec)
			s, carry := bits.Add64(secs, extra, 0)
			if carry != 0 {
				sc.panic("overflow in Duration::new")
			}
			secs, nanos = s, nanos%nanosPerSec
		}
		return ret(duration{secs, nanos})
	case "from_secs":
		return ret(duration{sc.u64(0), 0})
	case "from_millis":
		v := sc.u64(0)
		return ret(duration{v / 1000, uint32(v%1000) * 1_000_000})
	case "from_micros":
		v := sc.u64(0)
		return ret(duration{v / 1_000_000, uint32(v%1_000_000) * 1000})
	case "from_nanos":
		v := sc.u64(0)
		return ret(duration{v / nanosPerSec, uint32(v % nanosPerSec)})
	case "from_mins", "from_hours":
		v, mul := sc.u64(0), uint64(60)
		if name == "from_hours" {
			mul = 3600
		}
		hi, lo := bits.Mul64(v, mul)
		if hi != 0 {
			sc.panic("overflow in Duration::from_" + name[len("from_"):])
		}
		return ret(duration{lo, 0})
	}
	d := sc.duration(0)
	switch name {
	case "as_secs":
		return sc.uint(d.secs)
	case "subsec_millis":
		return sc.uint(uint64(d.nanos / 1_000_000))
	case "subsec_micros":
		return sc.uint(uint64(d.nanos / 1000))
	case "subsec_nanos":
		return sc.uint(uint64(d.nanos))
	case "as_millis", "as_micros", "as_nanos":
		div := map[string]uint64{"as_millis": 1_000_000, "as_micros": 1000, "as_nanos": 1}[name]
		mul := nanosPerSec / div
		hi, lo := bits.Mul64(d.secs, mul)
		lo, c := bits.Add64(lo, uint64(d.nanos)/div, 0)
		return u128(hi+c, lo)
	case "is_zero":
		return sc.bool(d.secs == 0 && d.nanos == 0)
	case "as_secs_f64":
		f := float64(d.secs) + float64(d.nanos)/nanosPerSec
		return Operand{Imm: ImmFromScalar(ScalarUint(math.Float64bits(f), 8)), Layout: sc.dest.l}
	case "as_secs_f32":
		f := float32(d.secs) + float32(d.nanos)/nanosPerSec
		return Operand{Imm: ImmFromScalar(ScalarUint(uint64(math.Float32bits(f)), 4)), Layout: sc.dest.l}
	case "checked_add", "saturating_add", "checked_sub", "saturating_sub", "abs_diff":
		e := sc.duration(1)
		var r duration
		var ok bool
		if name == "abs_diff" {
			if d.secs < e.secs || d.secs == e.secs && d.nanos < e.nanos {
				d, e = e, d
			}
			r, _ = durSub(d, e)
			return ret(r)
		}
		if name == "checked_add" || name == "saturating_add" {
			r, ok = durAdd(d, e)
		} else {
			r, ok = durSub(d, e)
		}
		switch {
		case name[:3] == "che" && !ok:
			return sc.option(nil)
		case name[:3] == "che":
			return some(r)
		case !ok && name == "saturating_add":
			return ret(duration{math.MaxUint64, nanosPerSec - 1})
		case !ok:
			return ret(duration{})
		}
		return ret(r)
	case "checked_mul", "saturating_mul":
		k := sc.u64(1) & math.MaxUint32
		totalNanos := uint64(d.nanos) * k
		extra := totalNanos / nanosPerSec
		hi, secs := bits.Mul64(d.secs, k)
		secs, c := bits.Add64(secs, extra, 0)
		ok := hi == 0 && c == 0
		r := duration{secs, uint32(totalNanos % nanosPerSec)}
		switch {
		case name == "checked_mul" && !ok:
			return sc.option(nil)
		case name == "checked_mul":
			return some(r)
		case !ok:
			return ret(duration{math.MaxUint64, nanosPerSec - 1})
		}
		return ret(r)
	case "checked_div":
		k := uint32(sc.u64(1))
		if k == 0 {
			return sc.option(nil)
		}
		secs := d.secs / uint64(k)
		carry := d.secs - secs*uint64(k)
		extra := uint32(carry * nanosPerSec / uint64(k))
		nanos := d.nanos/k + extra
		return some(duration{secs, nanos})
	}
	sc.notEvaluated()
	return Operand{}
}

func durAdd(a, b duration) (duration, bool) {
	secs, c := bits.Add64(a.secs, b.secs, 0)
	if c != 0 {
		return duration{}, false
	}
	nanos := a.nanos + b.nanos
	if nanos >= nanosPerSec {
		nanos -= nanosPerSec
		secs, c = bits.Add64(secs, 1, 0)
		if c != 0 {
			return duration{}, false
		}
	}
	return duration{secs, nanos}, true
}

func durSub(a, b duration) (duration, bool) {
	if a.secs < b.secs {
		return duration{}, false
	}
	secs := a.secs - b.secs
	var nanos uint32
	if a.nanos >= b.nanos {
		nanos = a.nanos - b.nanos
	} else if secs > 0 {
		secs--
		nanos = a.nanos + nanosPerSec - b.nanos
	} else {
		return duration{}, false
	}
	return duration{secs, nanos}, true
}

// durationConst evaluates Duration::ZERO, MAX, SECOND, MILLISECOND, ...
func (in *interp) durationConst(name string, ty *mir.Ty) (Operand, bool) {
	d, ok := map[string]duration{
		"ZERO": {}, "MAX": {math.MaxUint64, nanosPerSec - 1}, "SECOND": {1, 0},
		"MILLISECOND": {0, 1_000_000}, "MICROSECOND": {0, 1000}, "NANOSECOND": {0, 1},
	}[name]
	if !ok {
		return Operand{}, false
	}
	if ty == nil {
		ty = tyDuration
	}
	return in.durationValue(d, in.layout(ty)), true
}

// formatDuration is Duration's Debug: the largest unit with a non-zero
// integer part, and the fraction without trailing zeros.
func formatDuration(d duration) string {
	var integer uint64
	var frac, divisor uint32
	unit := "s"
	switch {
	case d.secs > 0:
		integer, frac, divisor = d.secs, d.nanos, nanosPerSec/10
	case d.nanos >= 1_000_000:
		integer, frac, divisor, unit = uint64(d.nanos/1_000_000), d.nanos%1_000_000, 100_000, "ms"
	case d.nanos >= 1000:
		integer, frac, divisor, unit = uint64(d.nanos/1000), d.nanos%1000, 100, "µs"
	default:
		integer, frac, divisor, unit = uint64(d.nanos), 0, 1, "ns"
	}
	s := strconv.FormatUint(integer, 10)
	var digits []byte
	for frac > 0 && len(digits) < 9 && divisor > 0 {
		digits = append(digits, byte('0'+frac/divisor))
		frac %= divisor
		divisor /= 10
	}
	if len(digits) > 0 {
		s += "." + string(digits)
	}
	return s + unit
}
