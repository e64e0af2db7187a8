const fn double(x: u8) -> u8 { x * 2 }
const fn inc(x: u8) -> u8 { x + 1 }
pub const OPS: [fn(u8) -> u8; 2] = [double, inc];
pub const N: usize = OPS.len();
pub const SZ: (usize, usize) = (core::mem::size_of::<fn(u8) -> u8>(), core::mem::size_of::<Option<fn()>>());
