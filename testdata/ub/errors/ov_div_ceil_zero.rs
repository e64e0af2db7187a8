pub const D: u32 = 7u32.div_ceil(0);
