#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op { Push(i32), Add, Mul, Neg, Dup, Jz(usize), Jmp(usize), Halt }
pub const fn run(code: &[Op]) -> (i32, usize) {
    let mut stack = [0i32; 8];
    let mut sp = 0usize;
    let mut pc = 0usize;
    let mut steps = 0;
    'exec: loop {
        steps += 1;
        if steps > 1000 { break 'exec; }
        let op = code[pc];
        pc += 1;
        match op {
            Op::Push(v) => { stack[sp] = v; sp += 1; }
            Op::Add | Op::Mul => {
                let b = stack[sp - 1];
                let a = stack[sp - 2];
                sp -= 1;
                stack[sp - 1] = if let Op::Add = op { a.wrapping_add(b) } else { a.wrapping_mul(b) };
            }
            Op::Neg => stack[sp - 1] = -stack[sp - 1],
            Op::Dup => { stack[sp] = stack[sp - 1]; sp += 1; }
            Op::Jz(t) => {
                sp -= 1;
                if stack[sp] == 0 { pc = t; continue 'exec; }
            }
            Op::Jmp(t) => pc = t,
            Op::Halt => break,
        }
    }
    (if sp > 0 { stack[sp - 1] } else { -1 }, steps)
}
pub const PROG: [Op; 8] = [Op::Push(3), Op::Push(4), Op::Add, Op::Dup, Op::Mul, Op::Neg, Op::Halt, Op::Halt];
pub const RUN: (i32, usize) = run(&PROG);
pub const LOOPY: (i32, usize) = run(&[Op::Push(0), Op::Jz(3), Op::Push(9), Op::Push(5), Op::Halt]);
pub struct Acc { pub v: [u16; 3], pub n: u8 }
impl Acc {
    pub const fn bump(&mut self, i: usize) -> &mut Self { self.v[i] += 1; self.n += 1; self }
}
pub const ACC: ([u16; 3], u8) = {
    let mut a = Acc { v: [0; 3], n: 0 };
    a.bump(0).bump(2).bump(2);
    (a.v, a.n)
};
pub const fn classify(p: &(i32, i32)) -> &'static str {
    match p {
        (0, 0) => "origin",
        (x, 0) | (0, x) if *x > 0 => "positive axis",
        (_, 0) | (0, _) => "negative axis",
        &(x, y) if x == y => "diagonal",
        _ => "other",
    }
}
pub const CLS: [&str; 5] = [classify(&(0, 0)), classify(&(5, 0)), classify(&(0, -2)), classify(&(3, 3)), classify(&(1, 2))];
pub const SHADOW_MATCH: i32 = {
    let x = 5;
    let y = match x { x if x > 3 => x * 10, x => x };
    y + x
};
pub const NESTED_REF: u8 = {
    let t = ((1u8, 2u8), [3u8, 4]);
    let r = &t;
    let ((a, _), [_, d]) = r;
    *a + *d
};
pub const fn collatz_max(mut n: u64) -> u64 {
    let mut m = n;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        if n > m { m = n; }
    }
    m
}
pub const CMAX: u64 = collatz_max(27);
pub const BITS: u32 = {
    let mut v = 0xF0F0u16;
    let mut c = 0;
    while v != 0 { v &= v - 1; c += 1; }
    c
};
pub const CHARS: (u32, char, bool) = {
    let c = 'Ω';
    (c as u32, (b'a' + 2) as char, c.is_ascii())
};
pub const STR_BYTES: [u8; 3] = {
    let s = "héllo";
    let b = s.as_bytes();
    [b[0], b[1], b[2]]
};
pub const OPT_CHAIN: Option<u8> = {
    let a: Option<u8> = Some(200);
    match a { Some(x) => x.checked_add(100), None => None }
};
pub const UNIT_LOOP: () = {
    let mut i = 0;
    while i < 3 { i += 1; }
};
pub const NEG_ZERO: (f32, bool) = (-0.0f32 * 1.0, -0.0f64 == 0.0);
pub const IDX: usize = { let a = [1u8, 2, 3]; let i: u8 = 2; a[i as usize] as usize };
