// token.go defines tokens, their kinds and spans.

package syntax

import (
	"fmt"

	"mirlsp/mir"
)

// Span is a half-open byte range [Start, End) of the source.
type Span = mir.Span

// Kind is the kind of a token.
type Kind uint8

const (
	EOF         Kind = iota
	IdentTok         // foo, r#foo (Text holds the name without r#), keywords
	LifetimeTok      // 'a, 'static (Text includes the quote)
	Int              // 1, 0x1f_u8
	Float            // 1.5, 1e10, 2.5f32, 1.
	Char             // 'a'
	Byte             // b'a'
	Str              // "a", r#"a"#
	ByteStr          // b"a", br"a"
	CStr             // c"a", cr"a"
	DocComment       // /// x, //! x, /** x */, /*! x */ (Text is the comment)

	// Punctuation, glued with maximal munch.
	Semi       // ;
	Comma      // ,
	Dot        // .
	DotDot     // ..
	DotDotDot  // ...
	DotDotEq   // ..=
	At         // @
	Pound      // #
	Tilde      // ~
	Question   // ?
	Colon      // :
	PathSep    // ::
	Dollar     // $
	Eq         // =
	EqEq       // ==
	FatArrow   // =>
	Not        // !
	Ne         // !=
	Lt         // <
	Le         // <=
	Shl        // <<
	ShlEq      // <<=
	Gt         // >
	Ge         // >=
	Shr        // >>
	ShrEq      // >>=
	Minus      // -
	MinusEq    // -=
	RArrow     // ->
	And        // &
	AndAnd     // &&
	AndEq      // &=
	Or         // |
	OrOr       // ||
	OrEq       // |=
	Plus       // +
	PlusEq     // +=
	Star       // *
	StarEq     // *=
	Slash      // /
	SlashEq    // /=
	Caret      // ^
	CaretEq    // ^=
	Percent    // %
	PercentEq  // %=
	OpenParen  // (
	CloseParen // )
	OpenBrack  // [
	CloseBrack // ]
	OpenBrace  // {
	CloseBrace // }

	numKinds
)

var kindNames = [numKinds]string{
	EOF: "end of file", IdentTok: "identifier", LifetimeTok: "lifetime", Int: "integer literal",
	Float: "float literal", Char: "char literal", Byte: "byte literal", Str: "string literal",
	ByteStr: "byte string literal", CStr: "C string literal", DocComment: "doc comment",
	Semi: ";", Comma: ",", Dot: ".", DotDot: "..", DotDotDot: "...", DotDotEq: "..=",
	At: "@", Pound: "#", Tilde: "~", Question: "?", Colon: ":", PathSep: "::", Dollar: "$",
	Eq: "=", EqEq: "==", FatArrow: "=>", Not: "!", Ne: "!=", Lt: "<", Le: "<=", Shl: "<<",
	ShlEq: "<<=", Gt: ">", Ge: ">=", Shr: ">>", ShrEq: ">>=", Minus: "-", MinusEq: "-=",
	RArrow: "->", And: "&", AndAnd: "&&", AndEq: "&=", Or: "|", OrOr: "||", OrEq: "|=",
	Plus: "+", PlusEq: "+=", Star: "*", StarEq: "*=", Slash: "/", SlashEq: "/=", Caret: "^",
	CaretEq: "^=", Percent: "%", PercentEq: "%=", OpenParen: "(", CloseParen: ")",
	OpenBrack: "[", CloseBrack: "]", OpenBrace: "{", CloseBrace: "}",
}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// IsLiteral reports whether k is a literal kind.
func (k Kind) IsLiteral() bool { return k >= Int && k <= CStr }

// IsPunct reports whether k is punctuation or a delimiter.
func (k Kind) IsPunct() bool { return k >= Semi }

// Token flags.
const (
	FlagRaw         uint8 = 1 << iota // r#ident, r"raw string", 'r#raw lifetime
	FlagInner                         // //! and /*! doc comments
	FlagSynth                         // inserted by the lexer to balance delimiters
	FlagFirstOnLine                   // only blanks precede the token on its line
)

// Token is one lexical token.
type Token struct {
	Kind  Kind
	Flags uint8
	// Suffix is the byte length of a literal's suffix (u8 in 1u8), at
	// the end of Text.
	Suffix uint16
	Span   Span
	// Text is the token's source text, except for identifiers (the name,
	// without r#) and doc comments (the comment without its markers).
	Text string
}

// Raw reports whether the token is a raw identifier or raw string.
func (t Token) Raw() bool { return t.Flags&FlagRaw != 0 }

func (t Token) String() string {
	switch {
	case t.Kind == EOF:
		return "end of file"
	case t.Kind == DocComment:
		return "doc comment"
	case t.Kind == IdentTok && t.Raw():
		return "`r#" + t.Text + "`"
	case t.Kind == IdentTok && IsKeyword(t.Text):
		return "keyword `" + t.Text + "`"
	}
	return "`" + t.Text + "`"
}

// closer returns the closing delimiter of an opening one.
func closer(k Kind) Kind {
	switch k {
	case OpenParen:
		return CloseParen
	case OpenBrack:
		return CloseBrack
	case OpenBrace:
		return CloseBrace
	}
	return EOF
}

func isOpen(k Kind) bool  { return k == OpenParen || k == OpenBrack || k == OpenBrace }
func isClose(k Kind) bool { return k == CloseParen || k == CloseBrack || k == CloseBrace }

// keywords are Rust's strict and reserved keywords (2021 edition). They lex
// as identifiers; the parser tells them apart. Raw identifiers never are.
var keywords = map[string]bool{
	"as": true, "break": true, "const": true, "continue": true, "crate": true, "else": true,
	"enum": true, "extern": true, "false": true, "fn": true, "for": true, "if": true,
	"impl": true, "in": true, "let": true, "loop": true, "match": true, "mod": true,
	"move": true, "mut": true, "pub": true, "ref": true, "return": true, "self": true,
	"Self": true, "static": true, "struct": true, "super": true, "trait": true, "true": true,
	"type": true, "unsafe": true, "use": true, "where": true, "while": true, "async": true,
	"await": true, "dyn": true, "abstract": true, "become": true, "box": true, "do": true,
	"final": true, "macro": true, "override": true, "priv": true, "typeof": true,
	"unsized": true, "virtual": true, "yield": true, "try": true,
}

// IsKeyword reports whether name is a reserved word in Rust 2021.
func IsKeyword(name string) bool { return keywords[name] }
