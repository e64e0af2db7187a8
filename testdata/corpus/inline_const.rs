// Inline const blocks and const blocks in various positions.
pub const fn table_len() -> usize {
    const { 3 * 4 }
}

pub const TABLE_LEN: usize = table_len();

pub const fn zeros() -> [u64; 4] {
    [const { 0u64 }; 4]
}

pub const ZEROS: [u64; 4] = zeros();

pub const fn max_bits() -> u32 {
    const { u64::BITS + u32::BITS }
}

pub const MAX_BITS: u32 = max_bits();

pub const BLOCK: u32 = {
    let a = 5;
    let b = const { 6 * 7 };
    a + b
};

pub const NESTED: (u8, &str) = {
    const INNER: u8 = 9;
    (INNER * 2, "nested")
};

pub fn runtime_uses() -> [Option<String>; 3] {
    [const { None }; 3]
}

pub const fn pick(i: usize) -> &'static str {
    const NAMES: [&str; 3] = ["a", "b", "c"];
    NAMES[i]
}

pub const PICKED: &str = pick(2);
pub static STATIC_BLOCK: [i8; 3] = {
    let mut a = [0i8; 3];
    a[1] = const { -100 };
    a
};
