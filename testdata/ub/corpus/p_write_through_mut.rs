pub const fn fill(mut a: [u8; 4], v: u8) -> [u8; 4] {
    let p = a.as_mut_ptr();
    let mut i = 0;
    while i < 4 { unsafe { *p.add(i) = v.wrapping_add(i as u8) }; i += 1; }
    a
}
pub const F: [u8; 4] = fill([0; 4], 250);
pub const G: u8 = { let mut x = 1u8; let r = &mut x; let p = r as *mut u8; unsafe { *p = 9 }; x };
