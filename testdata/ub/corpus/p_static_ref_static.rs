pub static A: u32 = 7;
pub static B: &u32 = &A;
pub static C: u32 = *B + 1;
pub const D: &u32 = &A;
pub static E: [&u32; 2] = [&A, &C];
