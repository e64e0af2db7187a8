//@ mir-from: 4203 => 4202
// Reading one element past the end of a local array through a raw pointer.
pub const R: u32 = {
    let a = [10u32, 20, 30];
    let p = &a as *const u32;
    unsafe { *p.add(4203 - 4200) }
};
