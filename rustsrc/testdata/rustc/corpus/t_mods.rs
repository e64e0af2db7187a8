pub mod shapes {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Kind { Circle, Square, Tri }
    pub use self::Kind::*;
    pub mod consts {
        use super::Kind;
        pub const DEFAULT: Kind = Kind::Square;
        pub const SIDES: [u8; 3] = [0, 4, 3];
    }
    pub const fn sides(k: Kind) -> u8 {
        use consts::SIDES as S;
        S[k as usize]
    }
}
pub mod util {
    pub(crate) const fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
        if v < lo { lo } else if v > hi { hi } else { v }
    }
    pub mod deep {
        pub const fn twice(x: i32) -> i32 { super::clamp(x * 2, -10, 10) }
    }
}
use shapes::{consts::DEFAULT, sides, Tri};
use util::deep::*;
pub const K: (shapes::Kind, u8, u8) = (DEFAULT, sides(DEFAULT), sides(Tri));
pub const T: [i32; 3] = [twice(3), twice(100), twice(-7)];
pub const GLOB: shapes::Kind = shapes::Circle;
pub const fn inner_use() -> u8 {
    use shapes::Kind::Square;
    const LOCAL: u8 = 7;
    match shapes::consts::DEFAULT { Square => LOCAL, _ => 0 }
}
pub const IU: u8 = inner_use();
pub const CRATE_PATH: i32 = crate::util::clamp(50, 0, 20) + ::core::primitive::i32::MAX / i32::MAX;
