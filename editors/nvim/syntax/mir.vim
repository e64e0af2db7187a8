" Vim syntax file
" Language:    MIR, rustc's mid-level IR as `rustc --emit=mir` prints it
" Maintainer:  mirlsp (editors/nvim)

if exists("b:current_syntax")
  finish
endif

syn case match

" Comments
syn keyword mirTodo contained TODO FIXME XXX NOTE WARNING HINT
syn match   mirComment "//.*$" contains=mirTodo,@Spell
syn region  mirBlockComment start="/\*" end="\*/" contains=mirTodo,@Spell

" Strings and characters
syn match   mirEscape contained /\\\([nrt0'"\\]\|x\x\{2}\|u{\x\{1,6}}\)/
syn match   mirPlaceholder contained "{}"
syn region  mirString start=/b\="/ skip=/\\\\\|\\"/ end=/"/ contains=mirEscape,mirPlaceholder,@Spell
syn match   mirChar /'\([^'\\]\|\\\([nrt0'"\\]\|x\x\{2}\|u{\x\{1,6}}\)\)'/

" Item headers: fn NAME(...), const NAME: T, static NAME: T, NAME::{constant#N}: T, NAME::promoted[N]
syn match   mirItemName contained /\S\+/
syn match   mirFnHeader /^\s*fn\s\+[^(]\+/ contains=mirItemKeyword,mirFnName
syn match   mirFnName contained /\(fn\s\+\)\@<=[^(]\+/
syn match   mirConstHeader /^\s*\(const\|static\)\(\s\+mut\)\=\s\+[^:= ]\+\ze\s*:/ contains=mirItemKeyword,mirConstName
syn match   mirConstName contained /\(\(const\|static\|mut\)\s\+\)\@<=[^:= ]\+/
syn match   mirAnonConst /^\S\+::\({constant#\d\+}\|promoted\[\d\+\]\)\ze\s*:/
syn keyword mirItemKeyword contained fn const static mut

" Allocation dumps: alloc7 (size: 4, align: 4) { 01 00 00 00 │ .... }
syn region  mirAlloc matchgroup=mirAllocHeader start=/^alloc\d\+\s*(.*)\s*{\s*$/ end=/^\s*}/ contains=mirAllocOffset,mirAllocByte,mirAllocAscii,mirAllocPointer,mirAllocUninit
syn match   mirAllocOffset contained /^\s*0x\x\+\ze\s*│/
syn match   mirAllocByte contained /\<\x\x\>/
syn match   mirAllocAscii contained /│.*$/
syn match   mirAllocPointer contained /╾[^╼]*╼/
syn match   mirAllocUninit contained /░░\|__/
syn match   mirAllocRef /\<alloc\d\+\>/

" Locals and basic blocks
syn match   mirLocal /\<_\d\+\>/
syn match   mirBlock /\<bb\d\+\>/
syn match   mirCleanup /(cleanup)/

" Keywords
syn keyword mirKeyword let mut debug scope move copy const static fn as in for where impl dyn ref raw promoted deref discriminant unsafe extern
syn keyword mirTerminator return goto switchInt otherwise assert drop call unreachable resume terminate abort yield falseEdge falseUnwind tailcall success unwind continue cleanup
syn keyword mirStatement StorageLive StorageDead Deinit Nop Retag FakeRead PlaceMention AscribeUserType SetDiscriminant Coverage Intrinsic ConstEvalCounter
syn match   mirOperator /\<\(Add\|Sub\|Mul\|Div\|Rem\|BitXor\|BitAnd\|BitOr\|Shl\|Shr\|Eq\|Lt\|Le\|Ne\|Ge\|Gt\|Cmp\|Offset\|AddWithOverflow\|SubWithOverflow\|MulWithOverflow\|AddUnchecked\|SubUnchecked\|MulUnchecked\|ShlUnchecked\|ShrUnchecked\|Not\|Neg\|PtrMetadata\|Len\|Discriminant\|SizeOf\|AlignOf\|OffsetOf\|UbChecks\)\ze(/
syn keyword mirCast IntToInt IntToFloat FloatToInt FloatToFloat PtrToPtr FnPtrToPtr PointerCoercion PointerExposeProvenance PointerWithExposedProvenance PointerExposeAddress PointerFromExposedAddress Transmute DynStar Misc

" Types and constants
syn keyword mirType u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f16 f32 f64 f128 bool char str
syn keyword mirBoolean true false
syn match   mirNumber /-\=\<\d[0-9_]*\(\.\d\+\)\=\([eE][+-]\=\d\+\)\=\(_\=\([ui]\(8\|16\|32\|64\|128\|size\)\|f\(16\|32\|64\|128\)\)\)\=\>/
syn match   mirNumber /-\=\<0x[0-9a-fA-F_]\+\(_\=[ui]\(8\|16\|32\|64\|128\|size\)\)\=\>/
syn match   mirArrow /->\|=>/

hi def link mirComment      Comment
hi def link mirBlockComment Comment
hi def link mirTodo         Todo
hi def link mirString       String
hi def link mirChar         Character
hi def link mirEscape       SpecialChar
hi def link mirPlaceholder  SpecialChar
hi def link mirItemKeyword  StorageClass
hi def link mirFnName       Function
hi def link mirConstName    Constant
hi def link mirAnonConst    Constant
hi def link mirAllocHeader  Structure
hi def link mirAllocRef     Structure
hi def link mirAllocOffset  Comment
hi def link mirAllocByte    Number
hi def link mirAllocAscii   String
hi def link mirAllocPointer Special
hi def link mirAllocUninit  Comment
hi def link mirLocal        Identifier
hi def link mirBlock        Label
hi def link mirCleanup      PreProc
hi def link mirKeyword      Keyword
hi def link mirTerminator   Statement
hi def link mirStatement    PreProc
hi def link mirOperator     Operator
hi def link mirCast         Type
hi def link mirType         Type
hi def link mirBoolean      Boolean
hi def link mirNumber       Number
hi def link mirArrow        Operator

let b:current_syntax = "mir"
