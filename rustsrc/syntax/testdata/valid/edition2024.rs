// check: --edition 2024
// Let chains (Rust 2024) in if and while conditions.
#![allow(unused)]

pub fn chains(a: Option<u32>, b: Result<u32, ()>, v: &[u32]) -> u32 {
    if let Some(x) = a && x > 3 && let Ok(y) = b {
        return x + y;
    }
    if let Some(x) = a && let Some(&first) = v.first() && first == x {
        return 1;
    }
    let mut i = 0;
    while let Some(&e) = v.get(i) && e != 0 {
        i += 1;
    }
    let r = match a {
        Some(n) if n > 1 && let Ok(m) = b => n + m,
        _ => 0,
    };
    r + i as u32
}

unsafe extern "C" {
    pub safe fn abs(x: i32) -> i32;
}

#[unsafe(no_mangle)]
pub extern "C" fn exported2() {}
