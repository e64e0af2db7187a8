package mir

// FmtImpl is a hand-written formatting impl (Debug, Display, LowerHex, …)
// of an ADT, compiled by the Rust front end to the text it writes: for
// each variant, literal pieces and arguments formatted with a spec. Only
// impls whose body is a sequence of write!/write_str/Trait::fmt calls
// (possibly under a match on self) compile to one.
type FmtImpl struct {
	Trait string
	// Arms holds the pieces written for each variant (index = variant).
	Arms [][]FmtPiece
}

// FmtPiece is literal text (Arg nil) or one formatted argument.
type FmtPiece struct {
	Lit string
	Arg *FmtArg
}

// FmtArg is a value reached from self by field indexes (the first in the
// matched variant, the rest in nested structs and tuples), formatted by
// Trait with Spec; Spec nil: with the caller's formatter options
// (delegation such as `fmt::Display::fmt(&self.0, f)` or `f.pad(s)`).
type FmtArg struct {
	Fields []int
	Trait  string // Debug, Display, LowerHex, UpperHex, Binary, Octal, LowerExp, UpperExp
	Spec   *FmtSpec
	// Str is the text that `f.pad("...")` pads (Fields unused).
	Str *string
}

// FmtSpec is a format spec `{:[[fill]align][sign][#][0][width][.precision]type}`.
type FmtSpec struct {
	Fill      rune // ' ' unless given
	Align     byte // '<', '>', '^' or 0 (the type's default)
	Plus      bool
	Minus     bool
	Alternate bool
	Zero      bool
	Width     int // -1: none
	Precision int // -1: none
}
