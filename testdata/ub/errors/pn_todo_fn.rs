const fn later() -> u32 { todo!() }
pub const L: u32 = later();
