#[derive(Clone, Copy)]
#[repr(C)]
pub union Word { bytes: [u8; 4], halves: [u16; 2], word: u32 }
pub const fn bswap(x: u32) -> u32 {
    let w = Word { word: x };
    let b = unsafe { w.bytes };
    unsafe { Word { bytes: [b[3], b[2], b[1], b[0]] }.word }
}
pub const X: u32 = bswap(0x1122_3344);
pub const H: [u16; 2] = unsafe { Word { word: 0xAAAA_5555 }.halves };
pub const SAME: bool = bswap(bswap(7)) == 7;
