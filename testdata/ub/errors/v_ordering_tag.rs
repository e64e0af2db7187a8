pub const O: std::cmp::Ordering = unsafe { std::mem::transmute(2i8) };
