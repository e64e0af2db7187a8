// intops.rs prints rustc's results of sized integer operations, one per
// line: `TYPE OP A B RESULT OVERFLOW`. eval/int_test.go recomputes them.
// Regenerate with gen-intops.sh.

macro_rules! ops {
    ($t:ident, $vals:expr) => {{
        let vals: &[$t] = $vals;
        let name = stringify!($t);
        for &a in vals {
            for &b in vals {
                let (r, o) = a.overflowing_add(b);
                println!("{name} add {a} {b} {r} {o}");
                let (r, o) = a.overflowing_sub(b);
                println!("{name} sub {a} {b} {r} {o}");
                let (r, o) = a.overflowing_mul(b);
                println!("{name} mul {a} {b} {r} {o}");
                if b != 0 {
                    let (r, o) = a.overflowing_div(b);
                    println!("{name} div {a} {b} {r} {o}");
                    let (r, o) = a.overflowing_rem(b);
                    println!("{name} rem {a} {b} {r} {o}");
                }
                println!("{name} cmp {a} {b} {} false", a.cmp(&b) as i8);
                println!("{name} and {a} {b} {} false", a & b);
                println!("{name} or {a} {b} {} false", a | b);
                println!("{name} xor {a} {b} {} false", a ^ b);
            }
            for s in [0u32, 1, 7, 8, 31, 63, 64, 127, 128, 200] {
                let (r, o) = a.overflowing_shl(s);
                println!("{name} shl {a} {s} {r} {o}");
                let (r, o) = a.overflowing_shr(s);
                println!("{name} shr {a} {s} {r} {o}");
                println!("{name} rotl {a} {s} {} false", a.rotate_left(s));
                println!("{name} rotr {a} {s} {} false", a.rotate_right(s));
            }
            let (r, o) = a.overflowing_neg();
            println!("{name} neg {a} 0 {r} {o}");
            println!("{name} not {a} 0 {} false", !a);
            println!("{name} ones {a} 0 {} false", a.count_ones());
            println!("{name} lz {a} 0 {} false", a.leading_zeros());
            println!("{name} tz {a} 0 {} false", a.trailing_zeros());
            println!("{name} swap {a} 0 {} false", a.swap_bytes());
            println!("{name} rev {a} 0 {} false", a.reverse_bits());
            println!("{name} as_i8 {a} 0 {} false", a as i8);
            println!("{name} as_u8 {a} 0 {} false", a as u8);
            println!("{name} as_i16 {a} 0 {} false", a as i16);
            println!("{name} as_u32 {a} 0 {} false", a as u32);
            println!("{name} as_i64 {a} 0 {} false", a as i64);
            println!("{name} as_u64 {a} 0 {} false", a as u64);
            println!("{name} as_i128 {a} 0 {} false", a as i128);
            println!("{name} as_u128 {a} 0 {} false", a as u128);
            println!("{name} as_isize {a} 0 {} false", a as isize);
            println!("{name} as_usize {a} 0 {} false", a as usize);
        }
    }};
}

fn main() {
    ops!(u8, &[0, 1, 2, 3, 7, 100, 127, 128, 200, 254, 255]);
    ops!(i8, &[0, 1, 2, -1, -2, 7, -7, 100, -100, 127, -128, -127]);
    ops!(u16, &[0, 1, 3, 255, 256, 4096, 32768, 65535]);
    ops!(i16, &[0, 1, -1, 255, -256, 4096, i16::MIN, i16::MAX]);
    ops!(u32, &[0, 1, 3, 65535, 65536, 1 << 31, u32::MAX, 123456789]);
    ops!(i32, &[0, 1, -1, 2, -2, 65536, i32::MIN, i32::MAX, -123456789]);
    ops!(u64, &[0, 1, 21, 2432902008176640000, 1 << 63, u64::MAX, 4096, 5000]);
    ops!(i64, &[0, 1, -1, 3, i64::MIN, i64::MAX, -4294967296, 4294967297]);
    ops!(usize, &[0, 1, 4096, 5000, usize::MAX, 1 << 40]);
    ops!(isize, &[0, 1, -1, isize::MIN, isize::MAX, -1 << 40]);
    ops!(u128, &[0, 1, 3, u64::MAX as u128, (u64::MAX as u128) + 1, 1 << 127, u128::MAX, 170141183460469231731687303715884105727, 12345678901234567890123456789, 98765432109876543210]);
    ops!(i128, &[0, 1, -1, 3, -3, i128::MIN, i128::MAX, u64::MAX as i128, -(u64::MAX as i128), 12345678901234567890123456789, -98765432109876543210]);
}
