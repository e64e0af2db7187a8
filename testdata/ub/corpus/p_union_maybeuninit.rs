use std::mem::MaybeUninit;
#[derive(Clone, Copy)]
pub union Slot { empty: (), full: u16 }
pub const EMPTY: Slot = Slot { empty: () };
pub const FULL: u16 = unsafe { Slot { full: 513 }.full };
pub const M: MaybeUninit<u64> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<u8>; 3] = [MaybeUninit::uninit(); 3];
