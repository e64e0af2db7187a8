pub const A: [&u8; 2] = [&1, unsafe { std::mem::transmute(0usize) }];
