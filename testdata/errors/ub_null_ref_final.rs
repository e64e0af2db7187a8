// A null reference in the final value.
pub const R: &u32 = unsafe { std::mem::transmute::<usize, &u32>(0) };
