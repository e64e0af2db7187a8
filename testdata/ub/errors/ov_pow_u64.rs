pub const P: u64 = 10u64.pow(20);
