#[repr(C)]
pub union Bits { f: f64, u: u64, i: i64 }
pub const ONE: u64 = unsafe { Bits { f: 1.0 }.u };
pub const NEG: i64 = unsafe { Bits { f: -2.5 }.i };
pub const BACK: f64 = unsafe { Bits { u: 0x4009_21FB_5444_2D18 }.f };
pub const fn bits(x: f32) -> u32 { union F { f: f32, u: u32 } unsafe { F { f: x }.u } }
pub const HALF: u32 = bits(0.5);
