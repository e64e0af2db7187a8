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
}
