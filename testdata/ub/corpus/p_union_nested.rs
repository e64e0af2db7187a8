#[derive(Clone, Copy)]
#[repr(C)]
pub struct Pair { pub lo: u16, pub hi: u16 }
#[derive(Clone, Copy)]
pub union W { pair: Pair, word: u32 }
pub const fn swap_halves(x: u32) -> u32 {
    unsafe {
        let w = W { word: x };
        W { pair: Pair { lo: w.pair.hi, hi: w.pair.lo } }.word
    }
}
pub const S: u32 = swap_halves(0x1234_5678);
pub const HI: u16 = unsafe { W { word: 0xAABB_CCDD }.pair.hi };
