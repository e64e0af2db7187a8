//@ mir-from: 170141183460469231731687303715884105727 => 5
// i128 overflow: the argument is i128::MAX.
const fn inc(x: i128) -> i128 {
    x + 1
}

pub const X: i128 = inc(170141183460469231731687303715884105727);
