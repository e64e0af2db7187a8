#[derive(Clone, Copy)]
union V { small: u16, big: u64 }
const fn widen(x: u16) -> u64 {
    let v = V { small: x };
    unsafe { v.big }
}
pub const W: u64 = widen(3);
