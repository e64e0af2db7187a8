use std::mem;
pub struct Flags { pub count: u16, pub bits: [bool] }
pub const BAD: &Flags = unsafe { mem::transmute::<(&[u16; 3], usize), &Flags>((&[1, 0x0100, 0x0002], 4)) };
