// `while let` over const-fn "iterators": a fixed stack, a digit iterator, a cursor.
#[derive(Debug, Clone, Copy)]
pub struct Stack {
    items: [i32; 8],
    top: usize,
}

impl Stack {
    pub const fn new() -> Stack {
        Stack { items: [0; 8], top: 0 }
    }
    pub const fn push(&mut self, v: i32) -> bool {
        if self.top == self.items.len() {
            return false;
        }
        self.items[self.top] = v;
        self.top += 1;
        true
    }
    pub const fn pop(&mut self) -> Option<i32> {
        if self.top == 0 {
            None
        } else {
            self.top -= 1;
            Some(self.items[self.top])
        }
    }
}

pub struct Digits {
    n: u64,
    base: u64,
}

impl Digits {
    pub const fn next(&mut self) -> Option<u8> {
        if self.n == 0 {
            return None;
        }
        let d = (self.n % self.base) as u8;
        self.n /= self.base;
        Some(d)
    }
}

// Evaluates a postfix expression: positive numbers are operands, -1 is +, -2 is *, -3 is -.
pub const fn rpn(prog: &[i32]) -> Option<i32> {
    let mut st = Stack::new();
    let mut i = 0;
    while i < prog.len() {
        let t = prog[i];
        if t >= 0 {
            st.push(t);
        } else {
            let b = if let Some(b) = st.pop() { b } else { return None };
            let a = if let Some(a) = st.pop() { a } else { return None };
            st.push(match t {
                -1 => a + b,
                -2 => a * b,
                -3 => a - b,
                _ => return None,
            });
        }
        i += 1;
    }
    st.pop()
}

pub const fn digit_sum(n: u64, base: u64) -> u32 {
    let mut it = Digits { n, base };
    let mut s = 0;
    while let Some(d) = it.next() {
        s += d as u32;
    }
    s
}

pub const fn drain_sum(mut st: Stack) -> (i32, usize) {
    let mut s = 0;
    let mut n = 0;
    while let Some(v) = st.pop() {
        s += v;
        n += 1;
    }
    (s, n)
}

pub const RPN: Option<i32> = rpn(&[3, 4, -1, 5, -2, 2, -3]);
pub const RPN_UNDERFLOW: Option<i32> = rpn(&[1, -1]);
pub const RPN_BAD_OP: Option<i32> = rpn(&[1, 2, -9]);
pub const DIGIT_SUM_10: u32 = digit_sum(987_654_321, 10);
pub const DIGIT_SUM_2: u32 = digit_sum(u64::MAX, 2);
pub const DIGIT_SUM_16: u32 = digit_sum(0xABCD, 16);
pub const FULL: Stack = {
    let mut s = Stack::new();
    let mut i = 0;
    while s.push(i * i) {
        i += 1;
    }
    s
};
pub const DRAINED: (i32, usize) = drain_sum(FULL);
