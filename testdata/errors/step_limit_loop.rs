// An infinite loop: the long_running_const_eval lint (deny by default).
const fn spin() -> u32 {
    let mut i = 0u32;
    loop {
        i = i.wrapping_add(1);
    }
}

pub const L: u32 = spin();
