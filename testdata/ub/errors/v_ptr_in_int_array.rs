pub const PARTS: [usize; 2] = unsafe { std::mem::transmute("hello") };
