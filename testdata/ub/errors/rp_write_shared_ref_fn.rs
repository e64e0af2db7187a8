const fn poke(r: &u8) -> u8 {
    unsafe { *(r as *const u8 as *mut u8) = 9 };
    *r
}
pub const P: u8 = poke(&1);
