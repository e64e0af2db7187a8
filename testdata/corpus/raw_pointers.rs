// Raw pointers inside const fns: offsets, dereference, null checks.
const fn third(xs: &[u32; 5]) -> u32 {
    let p = xs as *const u32;
    unsafe { *p.add(2) }
}

pub const THIRD: u32 = third(&[10, 20, 30, 40, 50]);

const fn sum_by_ptr(xs: &[u16]) -> u32 {
    let mut p = xs.as_ptr();
    let end = xs.len();
    let mut i = 0;
    let mut s = 0u32;
    while i < end {
        unsafe {
            s += *p as u32;
            p = p.add(1);
        }
        i += 1;
    }
    s
}

pub const SUM: u32 = sum_by_ptr(&[1, 2, 3, 4, 5, 6]);

const fn is_null_demo() -> (bool, bool) {
    let x = 5u8;
    let p: *const u8 = &x;
    let q: *const u8 = std::ptr::null();
    (p.is_null(), q.is_null())
}

pub const NULLS: (bool, bool) = is_null_demo();

const fn write_through() -> [i32; 3] {
    let mut a = [1, 2, 3];
    let p = &mut a as *mut [i32; 3] as *mut i32;
    unsafe {
        *p = 100;
        *p.add(2) = -7;
    }
    a
}

pub const WRITTEN: [i32; 3] = write_through();

const fn read_field() -> u8 {
    let pair = (1u8, 2u8);
    let p = &pair.1 as *const u8;
    unsafe { p.read() }
}

pub const FIELD: u8 = read_field();

const fn offset_back(xs: &[u64; 4]) -> u64 {
    let end = unsafe { (xs as *const u64).add(3) };
    unsafe { *end.sub(1) + *end.offset(-3) }
}

pub const BACK: u64 = offset_back(&[1000, 2000, 3000, 4000]);

const fn byte_view(x: u32) -> [u8; 4] {
    let p = &x as *const u32 as *const u8;
    unsafe { [*p, *p.add(1), *p.add(2), *p.add(3)] }
}

pub const LE_BYTES: [u8; 4] = byte_view(0x1122_3344);
