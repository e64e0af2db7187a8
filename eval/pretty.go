// pretty.go is `{:#?}`: the renderer's alternate form, where a struct,
// tuple, array or variant with fields puts each field on a line of its
// own, indented by four spaces and followed by a comma (core's
// PadAdapter), and hand-written impls run with `alternate()` set.

package eval

import "errors"

// prettyList writes open, each item on its own indented line, and close;
// label prefixes an item (`name: `). Without items: open and close.
func (s *renderState) prettyList(open, close string, n int, label func(int) string, item func(c *renderState, i int) error) error {
	if n == 0 {
		return s.write(open + close)
	}
	if err := s.write(open + "\n"); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		c := &renderState{Renderer: s.Renderer, depth: s.depth, inShim: s.inShim, pretty: true, leaf: s.leaf}
		err := item(c, i)
		str := c.b.String()
		if label != nil {
			str = label(i) + str
		}
		if errors.As(err, new(errTruncated)) {
			s.b.WriteString(indent(str))
			return err
		}
		if err != nil {
			return err
		}
		if err := s.write(indent(str) + ",\n"); err != nil {
			return err
		}
	}
	return s.write(close)
}

// prettyMode reports whether s renders `{:#?}` (never with elided
// elements, which only inlay hints ask for).
func (s *renderState) prettyMode() bool { return s.pretty && s.Opts.MaxElems == 0 }
