// lit.go decodes literal texts: string and char escapes, integer digits.

package syntax

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unquote returns the value of a char, byte, string, byte string or C
// string literal: its characters with escapes decoded (bytes for byte
// literals, without the terminating NUL for C strings).
func (l *Lit) Unquote() (string, error) {
	text := l.Text[:len(l.Text)-len(l.Suffix)]
	var k Kind
	switch l.Kind {
	case LitChar:
		k = Char
	case LitByte:
		k = Byte
		text = text[1:]
	case LitStr:
		k = Str
	case LitByteStr:
		k = ByteStr
		text = text[1:]
	case LitCStr:
		k = CStr
		text = text[1:]
	default:
		return "", errors.New("not a string or char literal")
	}
	if l.Raw {
		text = strings.Trim(text[1:], "#")
		if len(text) < 2 {
			return "", errors.New("malformed raw string")
		}
		return text[1 : len(text)-1], nil
	}
	if len(text) < 2 {
		return "", errors.New("unterminated literal")
	}
	return unescape(text[1:len(text)-1], k)
}

// unescape decodes the escapes of a quoted literal's body.
func unescape(s string, k Kind) (string, error) {
	if !strings.ContainsRune(s, '\\') {
		if (k == Byte || k == ByteStr) && !isASCII(s) {
			return "", errors.New("non-ASCII character in byte literal")
		}
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if (k == Byte || k == ByteStr) && c >= utf8.RuneSelf {
				return "", errors.New("non-ASCII character in byte literal")
			}
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return "", errors.New("unterminated escape")
		}
		e := s[i+1]
		i += 2
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '\\', '\'', '"':
			b.WriteByte(e)
		case '0':
			if k == CStr {
				return "", errors.New("null characters in C string literals are not supported")
			}
			b.WriteByte(0)
		case 'x':
			if i+2 > len(s) {
				return "", errors.New("numeric character escape is too short")
			}
			v, err := strconv.ParseUint(s[i:i+2], 16, 8)
			if err != nil {
				return "", errors.New("invalid character in numeric character escape")
			}
			if v > 0x7f && (k == Char || k == Str) {
				return "", errors.New("out of range hex escape")
			}
			if v == 0 && k == CStr {
				return "", errors.New("null characters in C string literals are not supported")
			}
			b.WriteByte(byte(v))
			i += 2
		case 'u':
			if k == Byte || k == ByteStr {
				return "", errors.New("unicode escape in byte string")
			}
			end := strings.IndexByte(s[i:], '}')
			if i >= len(s) || s[i] != '{' || end < 0 {
				return "", errors.New("incorrect unicode escape sequence")
			}
			digits := strings.ReplaceAll(s[i+1:i+end], "_", "")
			v, err := strconv.ParseUint(digits, 16, 32)
			if err != nil || len(digits) == 0 || len(digits) > 6 {
				return "", errors.New("invalid unicode character escape")
			}
			if v > utf8.MaxRune || v >= 0xd800 && v < 0xe000 {
				return "", errors.New("invalid unicode character escape")
			}
			b.WriteRune(rune(v))
			i += end + 1
		case '\n', '\r':
			if k == Char || k == Byte {
				return "", errors.New("unknown character escape")
			}
			// A line continuation skips the newline and leading whitespace.
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
				i++
			}
		default:
			return "", errors.New("unknown character escape: `" + string(e) + "`")
		}
	}
	return b.String(), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Digits returns an integer or float literal's digits without prefix,
// underscores and suffix, and its base (2, 8, 10 or 16).
func (l *Lit) Digits() (digits string, base int) {
	text := l.Text[:len(l.Text)-len(l.Suffix)]
	if base = numberBase(text); base != 10 {
		text = text[2:]
	}
	return strings.ReplaceAll(text, "_", ""), base
}
