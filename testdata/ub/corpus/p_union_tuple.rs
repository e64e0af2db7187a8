#[derive(Clone, Copy)]
#[repr(C)]
pub union T { pair: (u32, u32), wide: u64 }
pub const P: (u32, u32) = unsafe { T { wide: 0x0000_0002_0000_0001 }.pair };
pub const W: u64 = unsafe { T { pair: (7, 0) }.wide };
