// Option<T> for many T, including niche-optimized ones.
#[derive(Debug, Clone, Copy)]
pub struct Meters(pub u32);

pub const SOME_U8: Option<u8> = Some(255);
pub const NONE_U8: Option<u8> = None;
pub const SOME_BOOL: Option<bool> = Some(false);
pub const NONE_BOOL: Option<bool> = None;
pub const SOME_CHAR: Option<char> = Some('z');
pub const NONE_CHAR: Option<char> = None;
pub const SOME_REF: Option<&u8> = Some(&7);
pub const NONE_REF: Option<&u8> = None;
pub const SOME_STR: Option<&str> = Some("str");
pub const SOME_SLICE: Option<&[u16]> = Some(&[1, 2]);
pub const SOME_I128: Option<i128> = Some(i128::MIN);
pub const SOME_F64: Option<f64> = Some(-0.0);
pub const SOME_UNIT: Option<()> = Some(());
pub const SOME_TUPLE: Option<(u8, bool)> = Some((1, true));
pub const SOME_ARRAY: Option<[u8; 2]> = Some([3, 4]);
pub const SOME_STRUCT: Option<Meters> = Some(Meters(100));
pub const NONE_STRUCT: Option<Meters> = None;
pub const ARRAY_OF: [Option<u16>; 3] = [Some(1), None, Some(u16::MAX)];
pub const SOME_NZ: Option<std::num::NonZeroU32> = std::num::NonZeroU32::new(5);
pub const NONE_NZ: Option<std::num::NonZeroU32> = std::num::NonZeroU32::new(0);

const fn find(xs: &[i32], target: i32) -> Option<usize> {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] == target {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub const FOUND: Option<usize> = find(&[4, 8, 15, 16, 23, 42], 16);
pub const NOT_FOUND: Option<usize> = find(&[4, 8, 15], 99);

const fn first_even(xs: &[u32]) -> Option<&u32> {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] % 2 == 0 {
            return Some(&xs[i]);
        }
        i += 1;
    }
    None
}

pub const FIRST_EVEN: Option<&u32> = first_even(&[1, 3, 6, 8]);
pub static STATIC_OPT: Option<&str> = None;
