static BYTES: [u8; 16] = [0; 16];
pub const R: &u64 = unsafe { &*(BYTES.as_ptr().add(3) as *const u64) };
