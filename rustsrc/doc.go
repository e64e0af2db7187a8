// Package rustsrc is mirlsp's Rust front end: it reads a crate of Rust
// source (a const subset of the language), resolves its names, infers and
// checks its types and lowers it to the same MIR that rustc builds, which
// package eval then evaluates exactly as it evaluates rustc's own MIR.
//
// The stages:
//
//   - load.go: FindRoot finds a file's crate root (src/lib.rs or
//     src/main.rs under the nearest Cargo.toml, else the file itself);
//     Load parses it with package syntax and follows `mod x;` by Rust 2018's
//     rules (x.rs or x/mod.rs; dir/x.rs below a non-mod.rs file; #[path]).
//   - resolve.go, scope.go, traits.go, generics.go: the module tree
//     (inline modules, module files, scopes of blocks that declare items),
//     `use` (simple, renamed, grouped, glob), crate::/self::/super::, Self,
//     inherent and generic impls, trait impls' associated consts, the
//     prelude (Option, Some, None, Result, Ok, Err), core::/std:: paths to
//     the items the evaluator implements; types, with array lengths folded
//     when they are integer constants and evaluated through EvalLength
//     when a const fn computes them.
//   - check.go, check_call.go: type inference per body, with inference
//     variables for integer and float literals (`let mut i = 0; while i <
//     ARR.len()` makes i a usize) and array lengths of const generic
//     parameters; method resolution for the crate's methods and the core
//     methods the evaluator implements; coercions (&[T; N] to &[T], &T to
//     *const T, &&T to &T); patterns with Rust's default binding modes.
//   - lower*.go, body.go: MIR with rustc's shapes: *WithOverflow plus an
//     assert for checked arithmetic, the division, remainder, shift,
//     negation and bounds asserts with rustc's messages, ConstEvalCounter
//     before calls and loop back-edges, promoted constants for references
//     to constant expressions, generic fns and impls lowered per instance.
//     Spans are byte offsets of the Rust source, so an error lands where
//     rustc puts it.
//   - incr.go: Relower lowers a crate again after an edit inside one
//     const initializer or fn body, parsing, checking and lowering that
//     item alone; the items after it keep their MIR and record their
//     shift (Program.Shift), those that reference it are copied.
//   - program.go: Lower ties them together and lists the evaluable items
//     (consts, statics, `const _`, anon consts of non-literal lengths) with
//     rustc's names (inner::BASE, Point::ORIGIN, <u8 as Bits>::WIDTH,
//     Buf::{constant#0}) and every use of a const or static.
//
// Anything outside the subset, and any type error, makes the item
// unsupported with a reason, never an error: a false error in someone's
// Rust code is the worst thing mirlsp can do. A value whose {:?} rustc
// prints by code mirlsp does not run (a hand-written Debug impl, a fn
// pointer's address) is evaluated for its uses but not shown. Lower never
// panics: an internal error makes the items unsupported.
//
// ADTs are declared to the evaluator exactly (mir.File.Adts), with their
// repr; instances of generic ADTs are declared as they are used.
package rustsrc
