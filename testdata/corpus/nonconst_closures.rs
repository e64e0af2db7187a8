// Closures capturing by reference, by move and by mutable reference, next to consts.
pub const FACTOR: i32 = 3;
pub const OFFSETS: [i32; 3] = [1, -1, 10];

pub fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

pub fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

pub fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

pub fn run() -> (i32, i32, u32, Vec<i32>) {
    let scale = |x: i32| x * FACTOR;
    let add5 = make_adder(5);
    let mut counter = make_counter();
    counter();
    let total = OFFSETS.iter().map(|o| scale(*o)).sum::<i32>();
    let mut log = Vec::new();
    let mut push = |v: i32| log.push(v);
    push(apply(&scale, 2));
    push(apply(add5, 2));
    (total, apply(|x| x - 1, 0), counter(), log)
}

pub fn boxed() -> Vec<Box<dyn Fn(u8) -> u8>> {
    vec![Box::new(|x| x.wrapping_add(1)), Box::new(|x| x.rotate_left(1))]
}

pub const fn plain(x: i32) -> i32 {
    x * FACTOR
}

pub const PLAIN: i32 = plain(14);
pub static LABEL: &str = "closures";
