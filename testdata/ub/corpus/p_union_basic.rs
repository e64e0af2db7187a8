#[derive(Clone, Copy)]
#[repr(C)]
pub union U { a: u32, b: [u8; 4], c: f32 }
pub const A: U = U { a: 0x01020304 };
pub const B: u8 = unsafe { A.b[0] };
pub const C: [u8; 4] = unsafe { A.b };
pub const D: u32 = unsafe { U { b: [1, 2, 3, 4] }.a };
pub const F: u32 = unsafe { U { c: 1.5 }.a };
pub static S: U = U { c: 1.5 };
pub const E: [U; 2] = [U { a: 1 }, U { b: [0; 4] }];
pub const G: f32 = unsafe { E[0].c };
