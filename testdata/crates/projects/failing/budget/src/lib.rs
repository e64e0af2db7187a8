pub const TOTAL_RETRIES: u8 = limits::MAX_RETRIES + 100;
pub const FOURTH: u16 = limits::SLOTS[3];
pub const BIG: u32 = limits::scaled(5000);
