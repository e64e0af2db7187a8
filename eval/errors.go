// errors.go holds the evaluator's error type and one constructor per
// rustc 1.95 CTFE message, so no other code formats an error text.

package eval

import (
	"fmt"
	"strconv"
	"strings"

	"mirlsp/mir"
)

// ErrKind classifies an evaluation error. Each kind is also an error
// value usable as an errors.Is sentinel: errors.Is(err, eval.KindOverflow).
type ErrKind uint8

const (
	KindOverflow    ErrKind = iota + 1 // arithmetic overflow, shift overflow, negation
	KindDivByZero                      // division or remainder by zero
	KindBounds                         // index out of bounds
	KindPanic                          // a panic reached the evaluator
	KindUB                             // undefined behaviour (memory, invalid values, unreachable)
	KindUnsupported                    // a construct mirlsp does not evaluate (never shown as an error in .rs)
	KindLimit                          // step, stack or memory limit
)

var kindNames = [...]string{"", "overflow", "div-by-zero", "bounds", "panic", "ub", "unsupported", "limit"}

// String is the kind's name in the CLI's JSON (`"kind": "overflow"`).
func (k ErrKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

func (k ErrKind) Error() string { return "eval: " + k.String() }

// Frame is one call on the stack when an error happened: the function as
// rustc names it in `inside `fact“ notes and the span of the failing
// operation or call in that function.
type Frame struct {
	Func string
	Span mir.Span
	// Item is the function the span lies in.
	Item *mir.Item
}

// InCore reports a frame of a core function the evaluator implements
// itself (`core::num::<impl u64>::pow`): it has no span in the program.
func (f Frame) InCore() bool { return f.Item == nil && f.Span == (mir.Span{}) }

// FrameNote is one "inside `f`" note as rustc prints it: consecutive
// identical frames (same function and span) are collapsed, and a run of
// more than three prints as "[... N additional calls inside `f` ...]".
type FrameNote struct {
	Note string
	Frame
}

// Notes returns the frames of e as rustc's notes, outermost first
// (rustc's get_span_and_frames).
func (e *EvalError) FrameNotes() []FrameNote {
	var out []FrameNote // innermost first, reversed at the end
	add := func(f Frame, times int) {
		out = append(out, FrameNote{Note: "inside `" + f.Func + "`", Frame: f})
		if times < 3 {
			for i := 0; i < times; i++ {
				out = append(out, FrameNote{Note: "inside `" + f.Func + "`", Frame: f})
			}
			return
		}
		out = append(out, FrameNote{Note: fmt.Sprintf("[... %d additional calls inside `%s` ...]", times, f.Func), Frame: f})
	}
	var last Frame
	times, have := 0, false
	for i := len(e.Frames) - 1; i >= 0; i-- {
		f := e.Frames[i]
		switch {
		case have && f == last:
			times++
		case have:
			add(last, times)
			last, times = f, 0
		default:
			last, have = f, true
		}
	}
	if have {
		add(last, times)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// EvalError is an evaluation failure: its kind, rustc's message verbatim,
// the span of the failing statement or terminator (set by the
// interpreter), the call stack (outermost first) and extra notes
// (`= help: ...` lines).
type EvalError struct {
	Kind   ErrKind
	Msg    string
	Span   mir.Span
	Frames []Frame
	Notes  []string
	// Referenced is the constant whose failure this error repeats (an
	// item that needed it fails with its error; rustc reports it once,
	// at the constant itself). Span and Frames then lie in Referenced's
	// evaluation.
	Referenced *mir.Item
	// Use is where the item's evaluation met the failing constant, in
	// UseItem (rustc's "erroneous constant encountered" note).
	Use     mir.Span
	UseItem *mir.Item
}

func (e *EvalError) Error() string { return e.Msg }

// Is matches the error's kind sentinel.
func (e *EvalError) Is(target error) bool {
	k, ok := target.(ErrKind)
	return ok && k == e.Kind
}

// At sets the span if none is set yet and returns e (for chaining).
func (e *EvalError) At(sp mir.Span) *EvalError {
	if e.Span == (mir.Span{}) {
		e.Span = sp
	}
	return e
}

func newErr(k ErrKind, format string, args ...any) *EvalError {
	return &EvalError{Kind: k, Msg: fmt.Sprintf(format, args...)}
}

// ---- arithmetic (AssertKind messages, middle_assert_*) ----

var binOpSymbols = map[mir.BinOp]string{mir.BinAdd: "+", mir.BinSub: "-", mir.BinMul: "*", mir.BinDiv: "/", mir.BinRem: "%"}

// ErrOverflow: attempt to compute `4096_usize - 5000_usize`, which would
// overflow (op is Add, Sub, Mul, Div or Rem or a checked form of them;
// Div and Rem overflow only for MIN / -1). For shifts use ErrShiftOverflow.
func ErrOverflow(op mir.BinOp, t IntTy, l, r mir.U128) *EvalError {
	op = op.Base()
	if op == mir.BinShl || op == mir.BinShr {
		return ErrShiftOverflow(op, t, r)
	}
	return newErr(KindOverflow, "attempt to compute `%s %s %s`, which would overflow",
		t.FormatConst(l), binOpSymbols[op], t.FormatConst(r))
}

// ErrShiftOverflow: attempt to shift left by `40_u32`, which would
// overflow; at is the type of the shift amount.
func ErrShiftOverflow(op mir.BinOp, at IntTy, amt mir.U128) *EvalError {
	dir := "left"
	if op.Base() == mir.BinShr {
		dir = "right"
	}
	return newErr(KindOverflow, "attempt to shift %s by `%s`, which would overflow", dir, at.FormatConst(amt))
}

// ErrNegOverflow: attempt to negate `i8::MIN`, which would overflow.
func ErrNegOverflow(t IntTy, v mir.U128) *EvalError {
	return newErr(KindOverflow, "attempt to negate `%s`, which would overflow", t.FormatConst(v))
}

// ErrDivByZero: attempt to divide `1_i32` by zero.
func ErrDivByZero(t IntTy, l mir.U128) *EvalError {
	return newErr(KindDivByZero, "attempt to divide `%s` by zero", t.FormatConst(l))
}

// ErrRemByZero: attempt to calculate the remainder of `1_i32` with a
// divisor of zero.
func ErrRemByZero(t IntTy, l mir.U128) *EvalError {
	return newErr(KindDivByZero, "attempt to calculate the remainder of `%s` with a divisor of zero", t.FormatConst(l))
}

// ErrBounds: index out of bounds: the length is 3 but the index is 5.
// rustc prints both as ConstInt's plain Debug: no suffix, but usize::MAX
// by name (an index of -1 cast to usize).
func ErrBounds(length, index uint64) *EvalError {
	usize := func(v uint64) string {
		if v == Usize.Max().Lo {
			return "usize::MAX"
		}
		return strconv.FormatUint(v, 10)
	}
	return newErr(KindBounds, "index out of bounds: the length is %s but the index is %s", usize(length), usize(index))
}

// ErrMisalignedDeref: misaligned pointer dereference: address must be a
// multiple of 4 but is 0x1 (the MisalignedPointerDereference assert).
func ErrMisalignedDeref(required, found uint64) *EvalError {
	return newErr(KindUB, "misaligned pointer dereference: address must be a multiple of %#x but is %#x", required, found)
}

// ErrNullDeref: null pointer dereference occurred.
func ErrNullDeref() *EvalError { return newErr(KindUB, "null pointer dereference occurred") }

// ---- panics and intrinsics ----

// ErrPanic: evaluation panicked: MSG (MSG is the panic's message, e.g.
// "explicit panic", "assertion failed: x < 3").
func ErrPanic(msg string) *EvalError { return newErr(KindPanic, "evaluation panicked: %s", msg) }

// The messages of the standard panics, for ErrPanic.
const (
	PanicExplicit    = "explicit panic"
	PanicUnreachable = "internal error: entered unreachable code"
	PanicTodo        = "not yet implemented"
	PanicUnwrapNone  = "called `Option::unwrap()` on a `None` value"
)

// ErrUnreachable: entering unreachable code (unreachable_unchecked, an
// `unreachable` terminator).
func ErrUnreachable() *EvalError { return newErr(KindUB, "entering unreachable code") }

// ErrUncheckedOverflow: arithmetic overflow in `unchecked_add`.
func ErrUncheckedOverflow(intrinsic string) *EvalError {
	return newErr(KindUB, "arithmetic overflow in `%s`", intrinsic)
}

// ErrUncheckedShift: overflowing shift by 40 in `unchecked_shl`.
func ErrUncheckedShift(intrinsic string, at IntTy, amt mir.U128) *EvalError {
	return newErr(KindUB, "overflowing shift by %s in `%s`", at.Format(amt), intrinsic)
}

// ErrAssumeFalse: `assume` called with `false`.
func ErrAssumeFalse() *EvalError { return newErr(KindUB, "`assume` called with `false`") }

// ErrExactDiv: exact_div: 7_u32 cannot be divided by 2_u32 without remainder.
func ErrExactDiv(t IntTy, a, b mir.U128) *EvalError {
	return newErr(KindUB, "exact_div: %s cannot be divided by %s without remainder", t.FormatConst(a), t.FormatConst(b))
}

// ErrNonzeroIntrinsic: `ctlz_nonzero` called on 0.
func ErrNonzeroIntrinsic(name string) *EvalError { return newErr(KindUB, "`%s` called on 0", name) }

// ---- memory (const_eval_* in rustc_const_eval/messages.ftl) ----

// PointerOp is the operation a pointer check was made for.
type PointerOp uint8

const (
	OpMemoryAccess PointerOp = iota
	OpInboundsArith
	OpDereferenceable
)

func (op PointerOp) prefix() string {
	switch op {
	case OpMemoryAccess:
		return "memory access failed"
	case OpInboundsArith:
		return "in-bounds pointer arithmetic failed"
	}
	return "pointer not dereferenceable"
}

func bytesText(n int64) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d byte", n)
	}
	return fmt.Sprintf("%d bytes", n)
}

// attempting renders const_eval_bad_pointer_op_attempting.
func (op PointerOp) attempting(size int64) string {
	switch op {
	case OpMemoryAccess:
		return op.prefix() + ": attempting to access " + bytesText(size)
	case OpInboundsArith:
		return op.prefix() + ": attempting to offset pointer by " + bytesText(size)
	}
	if size == 0 {
		return op.prefix() + ": pointer must point to some allocation"
	}
	return op.prefix() + ": pointer must be dereferenceable for " + bytesText(size)
}

// ErrPointerOutOfBounds: memory access failed: attempting to access 4
// bytes, but got alloc2+0xc which is at or beyond the end of the
// allocation of size 12 bytes (and the in-bounds arithmetic variants).
// ptr is the pointer as rustc prints it; offset its offset in the
// allocation (negative when it points before it).
func ErrPointerOutOfBounds(op PointerOp, size int64, ptr string, offset int64, allocSize uint64) *EvalError {
	var b strings.Builder
	b.WriteString(op.attempting(size))
	b.WriteString(", but got " + ptr + " which ")
	switch {
	case offset < 0:
		b.WriteString("points to before the beginning of the allocation")
	case size < 0:
		if offset == 0 {
			b.WriteString("is at the beginning of the allocation")
		} else {
			fmt.Fprintf(&b, "is only %d bytes from the beginning of the allocation", offset)
		}
	default:
		switch rest := int64(allocSize) - offset; {
		case rest <= 0:
			fmt.Fprintf(&b, "is at or beyond the end of the allocation of size %s", bytesText(int64(allocSize)))
		case rest == 1:
			b.WriteString("is only 1 byte from the end of the allocation")
		default:
			fmt.Fprintf(&b, "is only %d bytes from the end of the allocation", rest)
		}
	}
	return &EvalError{Kind: KindUB, Msg: b.String()}
}

// ErrDanglingIntPointer: memory access failed: attempting to access 4
// bytes, but got 0x10[noalloc] which is a dangling pointer (it has no
// provenance).
func ErrDanglingIntPointer(op PointerOp, size int64, addr uint64) *EvalError {
	return newErr(KindUB, "%s, but got %#x[noalloc] which is a dangling pointer (it has no provenance)", op.attempting(size), addr)
}

// ErrNullPointer: memory access failed: attempting to access 4 bytes, but
// got null pointer.
func ErrNullPointer(op PointerOp, size int64) *EvalError {
	return newErr(KindUB, "%s, but got null pointer", op.attempting(size))
}

// ErrUseAfterFree: memory access failed: alloc2 has been freed, so this
// pointer is dangling.
func ErrUseAfterFree(op PointerOp, alloc string) *EvalError {
	return newErr(KindUB, "%s: %s has been freed, so this pointer is dangling", op.prefix(), alloc)
}

// ErrMisaligned: accessing memory based on pointer with alignment 1, but
// alignment 4 is required.
func ErrMisaligned(has, required uint64) *EvalError {
	return newErr(KindUB, "accessing memory based on pointer with alignment %d, but alignment %d is required", has, required)
}

// ErrUninit: reading memory at alloc4[0x0..0x4], but memory is
// uninitialized at [0x0..0x4], and this operation requires initialized
// memory.
func ErrUninit(alloc string, start, end, uStart, uEnd uint64) *EvalError {
	return newErr(KindUB, "reading memory at %s[%#x..%#x], but memory is uninitialized at [%#x..%#x], and this operation requires initialized memory",
		alloc, start, end, uStart, uEnd)
}

// ErrUninitUnknown: using uninitialized data, but this operation requires
// initialized memory (an uninitialized immediate).
func ErrUninitUnknown() *EvalError {
	return newErr(KindUB, "using uninitialized data, but this operation requires initialized memory")
}

// ErrReadOnly: writing to alloc3 which is read-only.
func ErrReadOnly(alloc string) *EvalError {
	return newErr(KindUB, "writing to %s which is read-only", alloc)
}

// ErrWriteThroughImmutable: a write through a pointer derived from a
// shared reference to memory without interior mutability.
func ErrWriteThroughImmutable() *EvalError {
	return newErr(KindUB, "writing through a pointer that was derived from a shared (immutable) reference")
}

// ErrPtrToInt: unable to turn pointer into integer, with rustc's two help notes.
func ErrPtrToInt() *EvalError {
	e := newErr(KindUB, "unable to turn pointer into integer")
	e.Notes = []string{
		"help: this code performed an operation that depends on the underlying bytes representing a pointer",
		"help: the absolute address of a pointer is not known at compile-time, so such operations are not supported",
	}
	return e
}

// ErrPartialPointerRead: unable to read parts of a pointer from memory at alloc2+0x1.
func ErrPartialPointerRead(ptr string) *EvalError {
	return newErr(KindUB, partialPointerRead+" %s", ptr)
}

const partialPointerRead = "unable to read parts of a pointer from memory at"

// ErrDerefFunction: accessing alloc5 which contains a function.
func ErrDerefFunction(alloc string) *EvalError {
	return newErr(KindUB, "accessing %s which contains a function", alloc)
}

// ErrDerefVTable: accessing alloc5 which contains a vtable.
func ErrDerefVTable(alloc string) *EvalError {
	return newErr(KindUB, "accessing %s which contains a vtable", alloc)
}

// ErrModifiedStatic: a write to a `static mut` from another static's
// initializer.
func ErrModifiedStatic() *EvalError {
	return newErr(KindUB, "modifying a static's initial value from another static's initializer")
}

// ErrMutableGlobal: constant accesses mutable global memory.
func ErrMutableGlobal() *EvalError { return newErr(KindUB, "constant accesses mutable global memory") }

// ErrCopyOverlapping: `copy_nonoverlapping` called on overlapping ranges.
func ErrCopyOverlapping() *EvalError {
	return newErr(KindUB, "`copy_nonoverlapping` called on overlapping ranges")
}

// ErrPointerArithOverflow: overflowing pointer arithmetic: the total
// offset in bytes does not fit in an `isize`.
func ErrPointerArithOverflow() *EvalError {
	return newErr(KindUB, "overflowing pointer arithmetic: the total offset in bytes does not fit in an `isize`")
}

// ErrOffsetFromDifferentAllocs: `ptr_offset_from` called on two different
// pointers that are not both derived from the same allocation.
func ErrOffsetFromDifferentAllocs(name string) *EvalError {
	return newErr(KindUB, "`%s` called on two different pointers that are not both derived from the same allocation", name)
}

// ErrRawPtrComparison: pointers cannot be reliably compared during const eval.
func ErrRawPtrComparison() *EvalError {
	e := newErr(KindUB, "pointers cannot be reliably compared during const eval")
	e.Notes = []string{"note: see issue #53020 <https://github.com/rust-lang/rust/issues/53020> for more information"}
	return e
}

// ErrRecursiveStatic: encountered static that tried to access itself
// during initialization.
func ErrRecursiveStatic() *EvalError {
	return newErr(KindUB, "encountered static that tried to access itself during initialization")
}

// ErrDeadLocal: accessing a dead local variable.
func ErrDeadLocal() *EvalError { return newErr(KindUB, "accessing a dead local variable") }

// ErrInvalidTransmute: transmuting from 4-byte type to 8-byte type: `u32` -> `u64`.
func ErrInvalidTransmute(srcSize, dstSize uint64, src, dst string) *EvalError {
	return newErr(KindUB, "transmuting from %d-byte type to %d-byte type: `%s` -> `%s`", srcSize, dstSize, src, dst)
}

// ---- invalid values ----

// ErrInvalidBool: interpreting an invalid 8-bit value as a bool: 0x03.
func ErrInvalidBool(v uint8) *EvalError {
	return newErr(KindUB, "interpreting an invalid 8-bit value as a bool: 0x%02x", v)
}

// ErrInvalidChar: interpreting an invalid 32-bit value as a char: 0x00110000.
func ErrInvalidChar(v uint32) *EvalError {
	return newErr(KindUB, "interpreting an invalid 32-bit value as a char: 0x%08x", v)
}

// ErrInvalidTag: enum value has invalid tag: 0x07 (the tag printed with
// its size in hex digits).
func ErrInvalidTag(tag mir.U128, size uint64) *EvalError {
	return newErr(KindUB, "enum value has invalid tag: %s", hexScalar(tag, size))
}

// hexScalar prints a scalar like rustc's ScalarInt Display: 0x + two hex
// digits per byte.
func hexScalar(v mir.U128, size uint64) string {
	s := fmt.Sprintf("%016x%016x", v.Hi, v.Lo)
	return "0x" + s[32-2*size:]
}

// Validation of a const's final value (the "constructing invalid value"
// family); the caller adds rustc's UB notes and raw bytes.

// ErrValidationBool: constructing invalid value: encountered 0x03, but expected a boolean.
func ErrValidationBool(path string, v uint8) *EvalError {
	return newErr(KindUB, "constructing invalid value%s: encountered 0x%02x, but expected a boolean", atPath(path), v)
}

// ErrValidationChar: constructing invalid value: encountered 0x0000d800,
// but expected a valid unicode scalar value (in `0..=0x10FFFF` but not in
// `0xD800..=0xDFFF`).
func ErrValidationChar(path string, v uint32) *EvalError {
	return newErr(KindUB, "constructing invalid value%s: encountered 0x%08x, but expected a valid unicode scalar value (in `0..=0x10FFFF` but not in `0xD800..=0xDFFF`)", atPath(path), v)
}

// ErrValidationTag: constructing invalid value at .<enum-tag>: encountered
// 0x07, but expected a valid enum tag.
func ErrValidationTag(path string, tag mir.U128, size uint64) *EvalError {
	return newErr(KindUB, "constructing invalid value at %s.<enum-tag>: encountered %s, but expected a valid enum tag", path, hexScalar(tag, size))
}

// ErrValidationNullRef: constructing invalid value: encountered a null reference.
func ErrValidationNullRef(path string) *EvalError {
	return newErr(KindUB, "constructing invalid value%s: encountered a null reference", atPath(path))
}

// ErrValidationDanglingRef: constructing invalid value: encountered a
// dangling reference (use-after-free).
func ErrValidationDanglingRef(path string) *EvalError {
	return newErr(KindUB, "constructing invalid value%s: encountered a dangling reference (use-after-free)", atPath(path))
}

// ErrValidationUninit: constructing invalid value: encountered
// uninitialized memory, but expected an integer (what is "an integer",
// "a boolean", ...).
func ErrValidationUninit(path, what string) *EvalError {
	return newErr(KindUB, "constructing invalid value%s: encountered uninitialized memory, but expected %s", atPath(path), what)
}

// atPath is " at PATH" for a value inside the final value (.b, [3]), or
// "" for the value itself.
func atPath(path string) string {
	if path == "" {
		return ""
	}
	return " at " + path
}

// ValidationNotes are the two notes rustc adds to every validation error.
var ValidationNotes = []string{
	"note: the rules on what exactly is undefined behavior aren't clear, so this check might be overzealous. Please open an issue on the rustc repository if you believe it should not be considered undefined behavior.",
}

// ---- limits and unsupported ----

// ErrStackLimit: reached the configured maximum number of stack frames.
func ErrStackLimit() *EvalError {
	return newErr(KindLimit, "reached the configured maximum number of stack frames")
}

// ErrStepLimit: constant evaluation is taking a long time (rustc's
// long_running_const_eval lint, an error by default).
func ErrStepLimit() *EvalError { return newErr(KindLimit, "constant evaluation is taking a long time") }

// ErrMemoryLimit: tried to allocate more memory than available to compiler.
func ErrMemoryLimit() *EvalError {
	return newErr(KindLimit, "tried to allocate more memory than available to compiler")
}

// ErrRenderTooLarge is the error of a value whose `{:?}` text would be
// longer than the renderer's bound.
func ErrRenderTooLarge(max int) *EvalError {
	return newErr(KindLimit, "its `{:?}` text would be longer than %d MiB", max>>20)
}

// ErrCanceled is returned when the evaluation's context is canceled.
func ErrCanceled() *EvalError { return newErr(KindLimit, "compilation was interrupted") }

// ErrUnsupported reports a construct mirlsp does not evaluate; the reason
// is shown on hover, never as a diagnostic on a .rs file.
func ErrUnsupported(format string, args ...any) *EvalError {
	return newErr(KindUnsupported, format, args...)
}

// ErrValidation is rustc's "constructing invalid value[ at PATH]:
// encountered ..." with the text after "encountered ".
func ErrValidation(path, format string, args ...any) *EvalError {
	return newErr(KindUB, "constructing invalid value%s: encountered %s", atPath(path), fmt.Sprintf(format, args...))
}
