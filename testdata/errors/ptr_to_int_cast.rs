// Casting a pointer to an integer: rejected before evaluation.
pub const A: usize = {
    let x = 5;
    &x as *const i32 as usize
};
