// MaybeUninit in constants: zeroed memory, writes through the pointer,
// and assume_init of a fully written value.
use std::mem::MaybeUninit;

pub const ZERO_U32: u32 = unsafe { MaybeUninit::<u32>::zeroed().assume_init() };
pub const ZERO_PAIR: (u8, u64) = unsafe { MaybeUninit::<(u8, u64)>::zeroed().assume_init() };
pub const ZERO_ARR: [u16; 4] = unsafe { MaybeUninit::<[u16; 4]>::zeroed().assume_init() };

pub const WRITTEN: u64 = {
    let mut m = MaybeUninit::<u64>::uninit();
    m.write(0xdead_beef);
    unsafe { m.assume_init() }
};

pub const NEW_THEN_READ: i32 = unsafe { MaybeUninit::new(-7i32).assume_init() };
