pub const ARR: [u16; 5] = [3, 1, 4, 1, 5];
pub const SUM: u32 = {
    let mut i = 0;
    let mut s = 0;
    while i < ARR.len() {
        s += ARR[i] as u32;
        i += 1;
    }
    s
};
pub const SHIFT: u64 = 1 << 40;
pub const SHIFT2: i8 = -128 >> 3;
pub const MIXED: u8 = 200u8.wrapping_add(100);
pub const NEG: i32 = -(5 - 7) * 3;
pub const F: f32 = 1.0 / 3.0;
pub const F64: f64 = 0.1 + 0.2;
pub const CAST1: u8 = 300i32 as u8;
pub const CAST2: i8 = 200u8 as i8;
pub const CAST3: u32 = -1i32 as u32;
pub const CAST4: u8 = 3.99f64 as u8;
pub const CAST5: u8 = -5.0f32 as u8;
pub const CAST6: i32 = f64::NAN as i32;
pub const CAST7: f32 = 16777217u32 as f32;
pub const CAST8: char = 97u8 as char;
pub const CAST9: u32 = 'Z' as u32;
pub const CAST10: i64 = true as i64;
pub const CAST11: u64 = 1e20 as u64;
pub const SHADOW: u32 = {
    let x = 5;
    let x = x * 2;
    let x = x + 1;
    x
};
pub const LABELED: (u32, u32) = {
    let mut found = (0, 0);
    for_each(&mut found);
    found
};
const fn for_each(out: &mut (u32, u32)) {
    let mut i = 0;
    'outer: while i < 10 {
        let mut j = 0;
        while j < 10 {
            if i * j == 42 {
                *out = (i, j);
                break 'outer;
            }
            j += 1;
        }
        i += 1;
    }
}
pub const LOOPVAL: u32 = {
    let mut n = 27u32;
    let mut steps = 0;
    let r = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    r * 2
};
pub const CONT: u32 = {
    let mut i = 0;
    let mut s = 0;
    while i < 20 {
        i += 1;
        if i % 3 == 0 {
            continue;
        }
        s += i;
    }
    s
};
pub const BLOCKVAL: i64 = 'b: {
    if SUM > 10 {
        break 'b -1;
    }
    1
};
pub const MINS: (i8, i16, i32, i64, i128, isize) = (i8::MIN, i16::MIN, i32::MIN, i64::MIN, i128::MIN, isize::MIN);
pub const MAXS: (u8, u16, u32, u64, u128, usize) = (u8::MAX, u16::MAX, u32::MAX, u64::MAX, u128::MAX, usize::MAX);
pub const BITS: u32 = u64::BITS + i8::BITS;
pub const UNIT: () = ();
pub const TUP: (u8, (bool, char), [i16; 2]) = (1, (true, 'x'), [-1, 2]);
pub const TUPIDX: char = TUP.1 .1;
pub const NESTED: [[[u8; 2]; 2]; 2] = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
pub const NIDX: u8 = NESTED[1][0][1];
pub const BYTES: &[u8; 5] = b"hello";
pub const BYTE: u8 = BYTES[1];
pub const STR: &str = "héllo\n\"q\"";
pub const STRLEN: usize = STR.len();
pub const CHARS: [char; 4] = ['a', '\n', '\u{1F600}', '\''];
pub const BOOLOPS: (bool, bool, bool) = (true && !false, false || true, true ^ true);
pub const CMP: (bool, bool, bool, bool) = (1 < 2, 2.5 >= 2.5, 'a' != 'b', -1 <= -2);
pub const COMPOUND: u32 = {
    let mut x = 100u32;
    x -= 1;
    x *= 3;
    x /= 2;
    x %= 50;
    x <<= 2;
    x >>= 1;
    x |= 0x100;
    x &= 0x1F0;
    x ^= 0xFF;
    x
};
pub const FLOATOPS: (f64, f64, f64, bool) = (7.5 % 2.0, -0.0, 1.0 / 0.0, f64::NAN == f64::NAN);
pub static ST: [u8; 3] = [9, 8, 7];
pub static REF: &u8 = &ST[1];
pub const FROMST: u8 = *REF + ST[2];
