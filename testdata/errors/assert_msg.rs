// assert!(cond, "msg").
const fn must_be_three(x: i32) -> i32 {
    assert!(x == 3, "x must be three");
    x
}

pub const A: i32 = must_be_three(5);
