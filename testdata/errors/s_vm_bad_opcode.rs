//@ mir-from: 4101 => 41
// A bytecode loop that panics on an opcode it does not know, two calls
// below the constant.
const fn step(acc: i32, op: u8, arg: i32) -> i32 {
    match op {
        0 => acc + arg,
        1 => acc - arg,
        2 => acc * arg,
        _ => panic!("unknown opcode"),
    }
}

const fn run(code: &[(u8, i32)]) -> i32 {
    let mut acc = 0;
    let mut i = 0;
    while i < code.len() {
        acc = step(acc, code[i].0, code[i].1);
        i += 1;
    }
    acc
}

pub const RESULT: i32 = run(&[(0, 5), (2, 3), ((4101 / 1000) as u8, 1)]);
