pub const SPIN: u64 = {
    let mut i = 0u64;
    while i < 1 << 40 { i += 1; }
    i
};
