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
// API boundary and reported as "internal error".
//
// Spans are mir.Span byte ranges, so later stages hand them on unchanged.
package syntax
