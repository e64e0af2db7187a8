//@ mir-from: 4101 => 41
// A countdown by two from an odd start steps below zero.
const fn countdown(mut n: usize) -> usize {
    let mut steps = 0;
    while n != 0 {
        n -= 2;
        steps += 1;
    }
    steps
}

pub const STEPS: usize = countdown(4101 / 100);
