//@ mir-from: 4101 => 41
//@ mir-replace: alloc6 (size: 13, align: 1) => alloc4 (size: 13, align: 1)
// A static built by pushing onto a fixed stack until it panics in a
// `&mut self` method.
pub struct Stack {
    items: [u16; 8],
    len: usize,
}

impl Stack {
    const fn push(&mut self, v: u16) {
        if self.len == self.items.len() {
            panic!("stack is full");
        }
        self.items[self.len] = v;
        self.len += 1;
    }
}

const fn filled(n: u16) -> Stack {
    let mut s = Stack { items: [0; 8], len: 0 };
    let mut i = 0;
    while i < n {
        s.push(i * 3);
        i += 1;
    }
    s
}

pub static STACK: Stack = filled(4101 / 100);
