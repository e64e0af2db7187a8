package mir

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
	// DebugHex is 'x' or 'X' for `{:x?}` / `{:X?}` (integers inside the
	// Debug output print in hex), or 0.
	DebugHex byte
}
