pub const A: u8 = unsafe {
    let x: u32 = 0x0A0B0C0D;
    *(&x as *const u32).cast::<u8>()
};
pub const B: u16 = unsafe {
    let mut a = [1u16, 2, 3];
    let p = a.as_mut_ptr().cast::<u8>();
    *p.add(2) = 9;
    a[1]
};
pub const C: i32 = unsafe {
    let x: u32 = 0xFFFF_FFFF;
    let p: *const i32 = (&x as *const u32).cast();
    *p
};
pub const D: u64 = unsafe {
    let t: (u32, u32) = (1, 2);
    (&t as *const (u32, u32)).cast::<u32>().add(1).read() as u64
};
