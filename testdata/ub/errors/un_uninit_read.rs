#[derive(Clone, Copy)]
union V { small: u8, big: u32 }
pub const BIG: u32 = unsafe { V { small: 1 }.big };
