pub union Cfg { raw: u16, pair: [u8; 2] }
pub static CFG: Cfg = Cfg { raw: 0x0102 };
pub static LOW: u8 = unsafe { CFG.pair[0] };
pub static mut SCRATCH: Cfg = Cfg { pair: [0, 0] };
