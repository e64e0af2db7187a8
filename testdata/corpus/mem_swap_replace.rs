// std::mem::swap and std::mem::replace in const fns.
use std::mem;

const fn swapped(mut a: u32, mut b: u32) -> (u32, u32) {
    mem::swap(&mut a, &mut b);
    (a, b)
}

pub const SWAPPED: (u32, u32) = swapped(1, 2);

const fn replaced() -> (Option<u8>, Option<u8>) {
    let mut slot = Some(5);
    let old = mem::replace(&mut slot, None);
    (old, slot)
}

pub const REPLACED: (Option<u8>, Option<u8>) = replaced();

const fn rotate3(mut t: [char; 3]) -> [char; 3] {
    let (a, rest) = t.split_at_mut(1);
    mem::swap(&mut a[0], &mut rest[1]);
    let (b, c) = rest.split_at_mut(1);
    mem::swap(&mut b[0], &mut c[0]);
    t
}

pub const ROTATED: [char; 3] = rotate3(['a', 'b', 'c']);

const fn bubble_sort<const N: usize>(mut a: [i32; N]) -> [i32; N] {
    let mut i = 0;
    while i < N {
        let mut j = 0;
        while j + 1 < N - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
            j += 1;
        }
        i += 1;
    }
    a
}

pub const SORTED: [i32; 7] = bubble_sort([5, -1, 3, 3, 0, 12, -8]);

const fn take_str(s: &mut &'static str) -> &'static str {
    mem::replace(s, "")
}

const fn take_demo() -> (&'static str, &'static str) {
    let mut s = "taken";
    let t = take_str(&mut s);
    (t, s)
}

pub const TAKEN: (&str, &str) = take_demo();

const fn fib_pair(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    while i < n {
        let s = a + b;
        a = mem::replace(&mut b, s);
        i += 1;
    }
    a
}

pub const FIB_50: u64 = fib_pair(50);
