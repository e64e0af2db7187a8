// Methods taking `self`, `&self` and `&mut self` on a fixed-capacity stack,
// associated consts and `Self` in signatures, paths and literals.

#[derive(Debug, Clone, Copy)]
pub struct Stack {
    items: [i32; 8],
    len: usize,
}

impl Stack {
    pub const CAPACITY: usize = 8;
    pub const EMPTY: Self = Self { items: [0; Self::CAPACITY], len: 0 };

    pub const fn new() -> Self {
        Self::EMPTY
    }

    pub const fn push(&mut self, v: i32) -> bool {
        if self.len == Self::CAPACITY {
            return false;
        }
        self.items[self.len] = v;
        self.len += 1;
        true
    }

    pub const fn pop(&mut self) -> Option<i32> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(self.items[self.len])
        }
    }

    pub const fn peek(&self) -> Option<i32> {
        if self.len == 0 { None } else { Some(self.items[self.len - 1]) }
    }

    pub const fn len(&self) -> usize {
        self.len
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // Consumes the stack and returns its sum.
    pub const fn sum(self) -> i32 {
        let mut s = 0;
        let mut i = 0;
        while i < self.len {
            s += self.items[i];
            i += 1;
        }
        s
    }

    pub const fn with(mut self, v: i32) -> Self {
        self.push(v);
        self
    }
}

// Reverse Polish evaluation on the stack: positive codes are operands,
// -1 add, -2 sub, -3 mul.
const fn rpn(code: &[i32]) -> Option<i32> {
    let mut st = Stack::new();
    let mut i = 0;
    while i < code.len() {
        let op = code[i];
        i += 1;
        if op >= 0 {
            if !st.push(op) {
                return None;
            }
            continue;
        }
        let b = match st.pop() {
            Some(b) => b,
            None => return None,
        };
        let a = match st.pop() {
            Some(a) => a,
            None => return None,
        };
        let r = match op {
            -1 => a + b,
            -2 => a - b,
            -3 => a * b,
            _ => return None,
        };
        st.push(r);
    }
    if st.len() == 1 { st.pop() } else { None }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meters(pub u32);

impl Meters {
    pub const ZERO: Meters = Meters(0);
    pub const KM: Self = Self(1000);
    pub const fn add(self, o: Self) -> Self {
        Meters(self.0 + o.0)
    }
    pub const fn scale(&mut self, k: u32) -> &mut Self {
        self.0 *= k;
        self
    }
    pub const fn km(&self) -> u32 {
        self.0 / Self::KM.0
    }
}

const fn scaled_twice() -> Meters {
    let mut m = Meters(7);
    m.scale(10).scale(100);
    m
}

pub const BUILT: Stack = Stack::new().with(4).with(5).with(-6);
pub const BUILT_SUM: i32 = BUILT.sum();
pub const BUILT_PEEK: Option<i32> = BUILT.peek();
pub const EMPTY_FLAGS: (bool, usize) = (Stack::EMPTY.is_empty(), Stack::CAPACITY);
pub const RPN_1: Option<i32> = rpn(&[3, 4, -1, 5, -3]);
pub const RPN_2: Option<i32> = rpn(&[10, 2, 3, -3, -2]);
pub const RPN_BAD: Option<i32> = rpn(&[1, -1]);
pub const RPN_LEFTOVER: Option<i32> = rpn(&[1, 2]);
pub const TRIP: Meters = Meters::KM.add(Meters(250)).add(Meters::ZERO);
pub const TRIP_KM: u32 = TRIP.km();
pub const SCALED: Meters = scaled_twice();
pub const POPPED: (Option<i32>, Option<i32>, usize) = {
    let mut s = BUILT;
    let a = s.pop();
    let b = s.pop();
    (a, b, s.len())
};
