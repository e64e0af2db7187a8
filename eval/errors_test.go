package eval

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"mirlsp/mir"
)

// TestErrorMessagesAgainstRustc builds the error of every `//@` spec in
// testdata/errs.rs with the constructors and compares it with the message
// rustc printed for that line (testdata/errs.out). Allocation numbers are
// rustc's crate-wide ids, so they are compared as allocN.
func TestErrorMessagesAgainstRustc(t *testing.T) {
	src, err := os.ReadFile("testdata/errs.rs")
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile("testdata/errs.out")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		n, msg, _ := strings.Cut(l, "\t")
		i, _ := strconv.Atoi(n)
		want[i] = msg
	}
	allocRe := regexp.MustCompile(`alloc[0-9]+`)
	num := func(s string) uint64 { v, _ := strconv.ParseUint(s, 10, 64); return v }
	checked := 0
	for i, line := range strings.Split(string(src), "\n") {
		_, spec, ok := strings.Cut(line, "; //@ ")
		if !ok {
			continue
		}
		w := strings.Fields(spec)
		var e *EvalError
		switch w[0] {
		case "overflow":
			op := mir.BinOpByName[w[1]]
			it := intTyByName[w[2]]
			if op == mir.BinShl || op == mir.BinShr {
				e = ErrShiftOverflow(op, it, parseIntValue(t, it, w[3]))
			} else {
				e = ErrOverflow(op, it, parseIntValue(t, it, w[3]), parseIntValue(t, it, w[4]))
			}
		case "div_zero":
			e = ErrDivByZero(intTyByName[w[1]], parseIntValue(t, intTyByName[w[1]], w[2]))
		case "rem_zero":
			e = ErrRemByZero(intTyByName[w[1]], parseIntValue(t, intTyByName[w[1]], w[2]))
		case "neg":
			e = ErrNegOverflow(intTyByName[w[1]], parseIntValue(t, intTyByName[w[1]], w[2]))
		case "bounds":
			e = ErrBounds(num(w[1]), num(w[2]))
		case "panic":
			e = ErrPanic(strings.TrimSpace(spec[len("panic "):]))
		case "oob":
			e = ErrPointerOutOfBounds(OpMemoryAccess, int64(num(w[2])), "alloc1+0xc", int64(num(w[3])), num(w[4]))
		case "noalloc":
			e = ErrDanglingIntPointer(OpMemoryAccess, int64(num(w[1])), num(w[2]))
		case "null":
			e = ErrNullPointer(OpMemoryAccess, int64(num(w[1])))
		case "ptr_to_int":
			e = ErrPtrToInt()
		case "uninit_final":
			e = ErrUninit("alloc1", 0, 4, 0, 4)
		case "offset":
			e = ErrPointerOutOfBounds(OpInboundsArith, int64(num(w[1])), "alloc1", 0, num(w[2]))
		case "invalid_bool_final":
			e = ErrValidationBool("", uint8(num(w[1])))
		case "invalid_char_final":
			e = ErrValidationChar("", uint32(num(w[1])))
		case "invalid_bool":
			e = ErrInvalidBool(uint8(num(w[1])))
		case "invalid_char":
			e = ErrInvalidChar(uint32(num(w[1])))
		case "unreachable":
			e = ErrUnreachable()
		case "unchecked":
			e = ErrUncheckedOverflow(w[1])
		case "unchecked_shift":
			e = ErrUncheckedShift(w[1], U32, U32.FromUint64(num(w[2])))
		case "misaligned":
			e = ErrMisaligned(num(w[1]), num(w[2]))
		default:
			t.Fatalf("line %d: unknown spec %q", i+1, spec)
		}
		got := allocRe.ReplaceAllString(e.Msg, "allocN")
		if exp := allocRe.ReplaceAllString(want[i+1], "allocN"); got != exp {
			t.Errorf("line %d: got  %q\nwant %q", i+1, got, exp)
		}
		checked++
	}
	if checked != len(want) {
		t.Errorf("checked %d messages, rustc printed %d", checked, len(want))
	}
}

func TestErrorKinds(t *testing.T) {
	var err error = ErrOverflow(mir.BinAdd, U8, U8.Max(), U8.FromUint64(1))
	if !errors.Is(err, KindOverflow) || errors.Is(err, KindPanic) {
		t.Errorf("errors.Is on %v", err)
	}
	var ee *EvalError
	if !errors.As(err, &ee) || ee.Kind.String() != "overflow" {
		t.Errorf("errors.As on %v", err)
	}
	msgs := map[string]*EvalError{
		"memory access failed: alloc2 has been freed, so this pointer is dangling": ErrUseAfterFree(OpMemoryAccess, "alloc2"),
		"writing to alloc3 which is read-only":                                     ErrReadOnly("alloc3"),
		"enum value has invalid tag: 0x07":                                         ErrInvalidTag(mir.U128{Lo: 7}, 1),
		"memory access failed: attempting to access 1 byte, but got alloc2+0x2 which is only 1 byte from the end of the allocation":                 ErrPointerOutOfBounds(OpMemoryAccess, 1, "alloc2+0x2", 2, 3),
		"in-bounds pointer arithmetic failed: attempting to offset pointer by -4 bytes, but got alloc2 which is at the beginning of the allocation": ErrPointerOutOfBounds(OpInboundsArith, -4, "alloc2", 0, 3),
	}
	for want, e := range msgs {
		if e.Msg != want {
			t.Errorf("got %q, want %q", e.Msg, want)
		}
	}
}
