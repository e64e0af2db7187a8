// std::hint::unreachable_unchecked reached: UB.
const fn pick(x: u8) -> u8 {
    match x {
        0 | 1 => x * 10,
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}

pub const P: u8 = pick(3);
