// alloc.go parses allocation dumps (`alloc3 (size: 3, align: 1) { 61 62 63 │ abc }`),
// which are line-oriented rather than token-oriented.

package mirparse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"mirlsp/mir"
)

// parseAllocDump parses one allocation dump at the current token.
func (p *parser) parseAllocDump() {
	src := p.src()
	start := p.tok.start
	id, _ := strconv.Atoi(p.tok.text[5:])
	a := &mir.Alloc{ID: id}
	lineEnd := lineEnd(src, start)
	header := string(src[p.tok.end:lineEnd])
	header = strings.TrimSpace(header)
	errAt := func(msg string) {
		p.errorAt(mir.Span{Start: start, End: lineEnd}, "%s", msg)
		panic(bailout{})
	}
	if !strings.HasPrefix(header, "(") {
		errAt("expected `(` after allocation name")
	}
	// The header's parenthesized part ends at the last ')' before an
	// optional body opener.
	body := ""
	switch {
	case strings.HasSuffix(header, "{}"):
		body = "{}"
	case strings.HasSuffix(header, "{ .. }"):
		body = "{ .. }"
	case strings.HasSuffix(header, "{"):
		body = "{"
	}
	inner := strings.TrimSpace(strings.TrimSuffix(header, body))
	if !strings.HasSuffix(inner, ")") {
		errAt("expected `)` closing the allocation header")
	}
	inner = inner[1 : len(inner)-1]
	if !p.parseAllocHeader(a, inner) {
		errAt("malformed allocation header `(" + inner + ")`")
	}
	end := lineEnd
	switch body {
	case "{}":
	case "{ .. }":
		a.Elided = true
	case "{":
		if a.Kind != mir.AllocMemory && a.Kind != mir.AllocStatic {
			errAt("unexpected bytes for this allocation kind")
		}
		// Every byte is printed with at least two characters, so a size
		// the rest of the text cannot hold is wrong (and is not
		// allocated).
		if a.Size > uint64(len(src)-lineEnd)/2 {
			errAt("allocation size " + strconv.FormatUint(a.Size, 10) + " is larger than its dump")
		}
		a.Bytes = make([]byte, a.Size)
		a.Init = make([]bool, a.Size)
		var ok bool
		end, ok = p.parseAllocBytes(a, lineEnd)
		if !ok {
			return
		}
	default:
		if a.Kind == mir.AllocMemory || a.Kind == mir.AllocStatic {
			errAt("expected `{` with the allocation's bytes")
		}
	}
	a.Span = mir.Span{Start: start, End: end}
	// rustc may print an allocation twice: once as `(static: S)` and
	// once with its bytes. Keep the one with bytes.
	if old, dup := p.file.Allocs[id]; !dup || old.Bytes == nil && a.Bytes != nil {
		p.file.Allocs[id] = a
	} else if old.Bytes != nil && a.Bytes != nil && !sameAlloc(old, a) {
		p.errorAt(a.Span, "alloc%d dumped twice with different contents", id)
	}
	if p.last != nil {
		p.last.Allocs = append(p.last.Allocs, a)
	}
	p.lx.pos = end
	p.advance()
}

func sameAlloc(a, b *mir.Alloc) bool {
	return a.Kind == b.Kind && a.Size == b.Size && string(a.Bytes) == string(b.Bytes) && len(a.Ptrs) == len(b.Ptrs)
}

// parseAllocHeader reads the inside of the header parentheses.
func (p *parser) parseAllocHeader(a *mir.Alloc, s string) bool {
	sizeAlign := func(s string) bool {
		// "size: S, align: A"
		if !strings.HasPrefix(s, "size: ") {
			return false
		}
		parts := strings.SplitN(s[len("size: "):], ", align: ", 2)
		if len(parts) != 2 {
			return false
		}
		var err1, err2 error
		a.Size, err1 = strconv.ParseUint(parts[0], 10, 64)
		a.Align, err2 = strconv.ParseUint(parts[1], 10, 64)
		return err1 == nil && err2 == nil && a.Size <= 1<<28
	}
	switch {
	case strings.HasPrefix(s, "size: "):
		a.Kind = mir.AllocMemory
		return sizeAlign(s)
	case strings.HasPrefix(s, "static: "):
		rest := s[len("static: "):]
		if i := strings.LastIndex(rest, ", size: "); i >= 0 {
			a.Kind, a.Name = mir.AllocStatic, rest[:i]
			return sizeAlign(rest[i+2:])
		}
		if n, ok := strings.CutSuffix(rest, ", error during initializer evaluation"); ok {
			a.Kind, a.Name = mir.AllocStaticError, n
			return true
		}
		a.Kind, a.Name = mir.AllocStaticUneval, rest
		return true
	case strings.HasPrefix(s, "extern static: "):
		a.Kind, a.Name = mir.AllocExternStatic, s[len("extern static: "):]
		return true
	case strings.HasPrefix(s, "fn: "):
		a.Kind, a.Name = mir.AllocFn, s[len("fn: "):]
		return true
	case strings.HasPrefix(s, "vtable: "):
		a.Kind, a.Name = mir.AllocVTable, s[len("vtable: "):]
		return true
	case s == "deallocated":
		a.Kind = mir.AllocDeallocated
		return true
	}
	return false
}

// parseAllocBytes reads hex lines after the header line (which ends at
// pos) up to the closing `}` line. It returns the end of that line.
func (p *parser) parseAllocBytes(a *mir.Alloc, pos int) (int, bool) {
	src := p.src()
	var off uint64
	var pend *mir.AllocPtr // a pointer continuing on the next line
	pendText := ""
	for pos < len(src) {
		ls := pos + 1
		le := lineEnd(src, ls)
		if ls > len(src) {
			break
		}
		line := string(src[ls:le])
		if ls < le && src[ls] != ' ' && src[ls] != '}' {
			// A line at column 0 that is not `}`: the dump was cut off.
			p.errorAt(mir.Span{Start: pos, End: pos}, "unterminated allocation dump")
			p.lx.pos = ls
			p.advance()
			return ls, false
		}
		pos = le
		trim := strings.TrimSpace(line)
		if trim == "}" {
			if off != a.Size {
				p.errorAt(mir.Span{Start: ls, End: le}, "allocation has %d bytes of %d", off, a.Size)
			}
			return le, true
		}
		if trim == "" {
			continue
		}
		parts := strings.Split(trim, "│")
		hex := parts[0]
		if len(parts) == 3 {
			o, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(parts[0]), "0x"), 16, 64)
			if err != nil || o != off {
				p.errorAt(mir.Span{Start: ls, End: le}, "bad offset in allocation dump")
				panic(bailout{})
			}
			hex = parts[1]
		} else if len(parts) != 2 {
			p.errorAt(mir.Span{Start: ls, End: le}, "malformed allocation line")
			panic(bailout{})
		}
		for _, f := range strings.Fields(hex) {
			if pend != nil || strings.HasPrefix(f, "╾") {
				// Pointer: ╾─────alloc5<imm>─────╼, possibly split.
				if pend == nil {
					pend = &mir.AllocPtr{Offset: off}
					pendText = ""
				}
				pendText += f
				n := (utf8.RuneCountInString(f) + 1) / 3
				if !strings.HasSuffix(f, "╼") {
					n = (utf8.RuneCountInString(f) + 1) / 3
				}
				for i := 0; i < n && off < a.Size; i++ {
					a.Init[off] = true
					off++
				}
				if strings.HasSuffix(f, "╼") {
					pend.Size = off - pend.Offset
					if !decodePtr(pend, pendText) {
						p.errorAt(mir.Span{Start: ls, End: le}, "malformed pointer `%s` in allocation dump", pendText)
					}
					writeLE(a.Bytes[pend.Offset:off], pend.TargetOffset)
					a.Ptrs = append(a.Ptrs, *pend)
					pend = nil
				}
				continue
			}
			if off >= a.Size {
				p.errorAt(mir.Span{Start: ls, End: le}, "more bytes than the allocation's size")
				panic(bailout{})
			}
			if f == "__" {
				off++
				continue
			}
			if len(f) != 2 || !isHex(f[0]) || !isHex(f[1]) {
				p.errorAt(mir.Span{Start: ls, End: le}, "bad byte `%s` in allocation dump", f)
				panic(bailout{})
			}
			a.Bytes[off] = unhex(f[0])<<4 | unhex(f[1])
			a.Init[off] = true
			off++
		}
	}
	p.errorAt(mir.Span{Start: pos, End: pos}, "unterminated allocation dump")
	p.lx.pos = len(src)
	p.advance()
	return len(src), false
}

// decodePtr reads the target of a pointer's text: alloc5, alloc5+0x4,
// with an optional <imm>; " (8 ptr bytes)" when no target is shown.
func decodePtr(pt *mir.AllocPtr, text string) bool {
	t := strings.Trim(text, "╾╼─")
	if i := strings.Index(t, "alloc"); i >= 0 {
		t = t[i:]
	}
	if strings.HasSuffix(t, "<imm>") {
		pt.Imm = true
		t = strings.TrimSuffix(t, "<imm>")
	}
	if !strings.HasPrefix(t, "alloc") {
		pt.Text = text
		pt.Target = -1
		return true
	}
	t = t[5:]
	if i := strings.Index(t, "+0x"); i >= 0 {
		o, err := strconv.ParseUint(t[i+3:], 16, 64)
		if err != nil {
			return false
		}
		pt.TargetOffset = o
		t = t[:i]
	}
	if i := strings.IndexByte(t, ' '); i >= 0 { // "alloc5 (1 ptr byte)"
		pt.Text = text
		t = t[:i]
	}
	id, err := strconv.Atoi(t)
	if err != nil {
		return false
	}
	pt.Target = id
	return true
}

func writeLE(b []byte, v uint64) {
	for i := range b {
		b[i] = byte(v)
		v >>= 8
	}
}
