#[repr(C)]
union Halves { p: *const u8, h: [u32; 2] }
pub const LO: u32 = unsafe { Halves { p: &7u8 }.h[0] };
