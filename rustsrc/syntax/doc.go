// Package syntax is the first stage of mirlsp's Rust front end: a lexer and a
// parser for the whole Rust 2021 grammar, producing a typed syntax tree with
// the byte span of every node.
//
// The lexer (scan.go) turns the source into a slice of tokens with maximal
// munch (`>>=`, `..=`, `::`), skipping comments except doc comments, which it
// keeps as tokens so they become attributes. Delimiters are balanced before
// parsing: an unexpected closer is dropped and a missing one is inserted, each
// with an error, so the parser can always skip a group by counting depth.
//
// The parser is recursive descent over that slice, with precedence climbing
// (Pratt) for binary operators in expressions. Like rustc it splits a glued
// token when the grammar needs only its first part (`>>` closing two generic
// lists, `&&` as two borrows, `0.1` as two tuple fields). Restrictions
// travel as flags: no struct literal in the scrutinee of `if`, `while`,
// `match` and `for`, and "statement expression", where a block-like
// expression ends the statement. Macro invocations and attributes are kept
// as token trees, to be interpreted by later stages.
//
// Errors are positioned (Error{Pos, Msg}). A syntax error abandons the
// current statement or item: the parser skips to the next `;`, closing
// brace or item keyword at the start of a line and resumes there, recording
// a BadItem (or BadStmt) with the skipped span, so later stages ignore it and
// an editor still sees every error. A panic that escapes is recovered at the
// API boundary and reported as "internal error". Nesting is bounded
// (MaxNesting, MaxTypeNesting; docs/nesting.md): deeper input is a syntax
// error at the token that goes too deep, so neither the parser nor a later
// stage walking the tree can exhaust its stack.
//
// The tree (ast*.go): a File holds inner Attrs and Items; every item
// embeds ItemBase (outer attributes, Visibility, Span) and is one of Fn,
// Const, Static, Struct, Enum, Union, TypeAlias, Trait, Impl, Mod, Use,
// ExternCrate, ExternBlock, MacroRules, MacroDef, MacroItem or BadItem.
// Expressions (Expr), statements (Stmt), patterns (Pat) and types (Type)
// are interfaces over one struct per form; a Block holds Stmts and its
// trailing Expr. Paths are segments with GenericArgs and an optional QSelf;
// literals keep their text and suffix (Lit.Unquote and Lit.Digits decode
// them); operators are the enums UnOp and BinOp. Macro invocations are
// MacCall nodes with token trees; ParseMacroArgs parses the arguments of
// assert!- and panic!-like macros as expressions. Inspect visits every
// node, Dump prints any node as an S-expression, and Lines turns byte
// offsets into 1-based lines and columns (characters, like rustc).
//
// Spans are mir.Span byte ranges, so later stages hand them on unchanged.
package syntax
