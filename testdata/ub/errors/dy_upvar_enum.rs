use std::mem;
#[derive(Clone, Copy)]
pub enum Level { Low = 1, High = 2 }
pub const BAD: &dyn Fn() = &{
    let lvl: Level = unsafe { mem::transmute(0u8) };
    move || {
        let _l = lvl;
    }
};
