pub const MAX_RETRIES: u8 = 200;
pub const SLOTS: [u16; 3] = [10, 20, 30];

pub const fn scaled(n: u32) -> u32 {
    n * 1_000_000
}
