static mut BASE: u32 = 40;
static mut PAIR: (u8, u16) = (1, 2);
pub static TOTAL: u32 = unsafe { BASE + 2 };
pub static P: u16 = unsafe { PAIR.1 * 3 };
pub static Q: u8 = unsafe { let p = &raw const PAIR; (*p).0 };
