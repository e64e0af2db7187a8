// Raw pointers in const fns: `&x as *const T`, `addr_of!`, pointer
// arithmetic with `add`/`offset`/`sub`, reads through `*const`, writes
// through `*mut`, `null` checks, casts between pointee types.

const TABLE: [u32; 6] = [11, 22, 33, 44, 55, 66];

const fn sum_by_ptr(p: *const u32, n: usize) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < n {
        s += unsafe { *p.add(i) };
        i += 1;
    }
    s
}

const fn last_by_offset(xs: &[u32]) -> u32 {
    let end = unsafe { xs.as_ptr().offset(xs.len() as isize) };
    unsafe { *end.sub(1) }
}

const fn fill(p: *mut u8, n: usize, v: u8) {
    let mut i = 0;
    while i < n {
        unsafe { *p.add(i) = v + i as u8 };
        i += 1;
    }
}

const fn filled() -> [u8; 5] {
    let mut buf = [0u8; 5];
    fill(buf.as_mut_ptr(), 3, 40);
    let p = &mut buf[4] as *mut u8;
    unsafe { *p = 99 };
    buf
}

#[derive(Debug, Clone, Copy)]
pub struct Pair {
    pub a: u16,
    pub b: u16,
}

const fn second_field(p: &Pair) -> u16 {
    let ptr = core::ptr::addr_of!(p.b);
    unsafe { *ptr }
}

const fn first_or(p: *const i64, default: i64) -> i64 {
    if p.is_null() { default } else { unsafe { *p } }
}

const fn bytes_of(x: &u32) -> [u8; 4] {
    let p = x as *const u32 as *const u8;
    unsafe { [*p, *p.add(1), *p.add(2), *p.add(3)] }
}

const fn swap_via_ptrs(mut pair: (i32, i32)) -> (i32, i32) {
    let a = &mut pair.0 as *mut i32;
    let b = &mut pair.1 as *mut i32;
    unsafe {
        let t = *a;
        *a = *b;
        *b = t;
    }
    pair
}

const NUM: i64 = -77;

pub const SUM_ALL: u32 = sum_by_ptr(TABLE.as_ptr(), TABLE.len());
pub const SUM_MID: u32 = unsafe { sum_by_ptr(TABLE.as_ptr().add(2), 2) };
pub const LAST: u32 = last_by_offset(&TABLE);
pub const FILLED: [u8; 5] = filled();
pub const SECOND: u16 = second_field(&Pair { a: 1, b: 2 });
pub const NULL_DEFAULT: i64 = first_or(core::ptr::null(), 5);
pub const NON_NULL: i64 = first_or(&NUM as *const i64, 5);
pub const LE_BYTES: [u8; 4] = bytes_of(&0x0A0B0C0D);
pub const SWAPPED: (i32, i32) = swap_via_ptrs((1, -1));
pub const IS_NULL: bool = core::ptr::null::<u8>().is_null();
