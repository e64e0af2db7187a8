// errs.rs: consts that fail to evaluate, one per line, each with a spec
// comment `//@ KIND ARGS` that eval/errors_test.go turns into a call of the
// matching constructor in errors.go; errs.out holds rustc's message for
// each line. Regenerate with gen-errs.sh.
#![allow(arithmetic_overflow, unconditional_panic)]
const A1: u8 = 255u8 + 1; //@ overflow Add u8 255 1
const A2: usize = 4096usize - 5000; //@ overflow Sub usize 4096 5000
const A3: i32 = i32::MAX * 2; //@ overflow Mul i32 2147483647 2
const A4: u64 = 21u64 * 2432902008176640000; //@ overflow Mul u64 21 2432902008176640000
const A5: i8 = -100i8 - 100; //@ overflow Sub i8 -100 100
const A6: i128 = i128::MIN + -1; //@ overflow Add i128 -170141183460469231731687303715884105728 -1
const A7: u128 = 0u128 - 1; //@ overflow Sub u128 0 1
const A8: isize = isize::MAX + 1; //@ overflow Add isize 9223372036854775807 1
const A9: u16 = 0u16 - 65535; //@ overflow Sub u16 0 65535
const A10: i64 = i64::MIN * -1; //@ overflow Mul i64 -9223372036854775808 -1
const B1: i32 = 1i32 / 0; //@ div_zero i32 1
const B2: i32 = 1i32 % 0; //@ rem_zero i32 1
const B3: i32 = i32::MIN / -1; //@ overflow Div i32 -2147483648 -1
const B4: i32 = i32::MIN % -1; //@ overflow Rem i32 -2147483648 -1
const B5: u8 = 0u8 / 0; //@ div_zero u8 0
const B6: usize = usize::MAX % 0; //@ rem_zero usize 18446744073709551615
const C1: u64 = 1u64 << 64u32; //@ overflow Shl u32 64 0
const C2: u64 = 1u64 >> 64u32; //@ overflow Shr u32 64 0
const C3: i32 = 1i32 << 40u32; //@ overflow Shl u32 40 0
const C4: u8 = 1u8 << -1i32; //@ overflow Shl i32 -1 0
const C5: i16 = 1i16 >> 16u8; //@ overflow Shr u8 16 0
const C6: u32 = 1u32 << 32u64; //@ overflow Shl u64 32 0
const D1: i8 = -i8::MIN; //@ neg i8 -128
const D2: i64 = -i64::MIN; //@ neg i64 -9223372036854775808
const D3: isize = -isize::MIN; //@ neg isize -9223372036854775808
const E1: u8 = [1u8, 2, 3][5]; //@ bounds 3 5
const E2: u8 = { let a: [u8; 0] = []; a[0] }; //@ bounds 0 0
const F1: u8 = panic!("too big"); //@ panic too big
const F2: u8 = panic!(); //@ panic explicit panic
const F3: u8 = { assert!(1 > 2); 0 }; //@ panic assertion failed: 1 > 2
const F4: u8 = unreachable!(); //@ panic internal error: entered unreachable code
const F5: u8 = todo!(); //@ panic not yet implemented
const F6: u8 = { let x: Option<u8> = None; x.unwrap() }; //@ panic called `Option::unwrap()` on a `None` value
const G1: u32 = unsafe { *(&[1u32, 2, 3] as *const u32).add(3) }; //@ oob alloc 4 12 12
const G2: u32 = unsafe { *(16usize as *const u32) }; //@ noalloc 4 16
const G3: u32 = unsafe { *(0usize as *const u32) }; //@ null 4
const G4: u32 = unsafe { std::mem::transmute::<&u32, usize>(&1) as u32 }; //@ ptr_to_int
const G5: u32 = unsafe { std::mem::MaybeUninit::<u32>::uninit().assume_init() }; //@ uninit_final
const G6: u32 = unsafe { *(&[1u32, 2, 3] as *const u32).add(4) }; //@ offset 16 12
const G7: bool = unsafe { std::mem::transmute::<u8, bool>(3) }; //@ invalid_bool_final 3
const G8: char = unsafe { std::mem::transmute::<u32, char>(0xD800) }; //@ invalid_char_final 55296
const G9: bool = unsafe { std::mem::transmute::<u8, bool>(3) } && true; //@ invalid_bool 3
const G10: u32 = unsafe { std::mem::transmute::<u32, char>(0x110000) } as u32; //@ invalid_char 1114112
const H1: u32 = unsafe { std::hint::unreachable_unchecked() }; //@ unreachable
const H2: u8 = unsafe { 200u8.unchecked_add(100) }; //@ unchecked unchecked_add
const H3: u8 = unsafe { 1u8.unchecked_shl(40) }; //@ unchecked_shift unchecked_shl 40
const H4: u16 = { let a = [0u16; 2]; unsafe { *((&raw const a) as *const u8).add(1).cast::<u16>() } }; //@ misaligned 1 2
