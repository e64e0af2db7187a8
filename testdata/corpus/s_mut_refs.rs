// `&mut` in const fns: helpers that update arrays and structs in place,
// reborrows, `&mut` to elements and fields, and methods on `&mut [T]`.

#[derive(Debug, Clone, Copy)]
pub struct Account {
    pub balance: i64,
    pub ops: u32,
}

const fn deposit(acc: &mut Account, amount: i64) {
    acc.balance += amount;
    acc.ops += 1;
}

const fn transfer(from: &mut Account, to: &mut Account, amount: i64) -> bool {
    if from.balance < amount {
        return false;
    }
    deposit(from, -amount);
    deposit(to, amount);
    true
}

const fn swap<T: Copy>(a: &mut T, b: &mut T) {
    let t = *a;
    *a = *b;
    *b = t;
}

const fn reverse(xs: &mut [u8]) {
    let mut i = 0;
    let mut j = xs.len();
    while i + 1 < j {
        j -= 1;
        let t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
        i += 1;
    }
}

const fn bump_all(xs: &mut [u8; 4], by: u8) {
    let mut i = 0;
    while i < xs.len() {
        let slot = &mut xs[i];
        *slot += by;
        i += 1;
    }
}

const fn max_slot(xs: &mut [i32]) -> &mut i32 {
    let mut best = 0;
    let mut i = 1;
    while i < xs.len() {
        if xs[i] > xs[best] {
            best = i;
        }
        i += 1;
    }
    &mut xs[best]
}

const fn accounts() -> (Account, Account, bool, bool) {
    let mut a = Account { balance: 100, ops: 0 };
    let mut b = Account { balance: 5, ops: 0 };
    let ok = transfer(&mut a, &mut b, 60);
    let too_much = transfer(&mut a, &mut b, 60);
    (a, b, ok, too_much)
}

const fn swapped() -> ([u8; 2], (char, char)) {
    let mut arr = [1u8, 2];
    let (x, y) = arr.split_at_mut(1);
    swap(&mut x[0], &mut y[0]);
    let mut c = ('a', 'z');
    swap(&mut c.0, &mut c.1);
    (arr, c)
}

const fn reversed() -> [u8; 5] {
    let mut b = *b"hello";
    reverse(&mut b);
    b
}

const fn bumped() -> [u8; 4] {
    let mut xs = [1, 2, 3, 4];
    bump_all(&mut xs, 10);
    let r = &mut xs;
    r[0] = 0;
    xs
}

const fn zero_max() -> [i32; 5] {
    let mut xs = [3, -1, 9, 4, 9];
    *max_slot(&mut xs) = 0;
    let m = max_slot(&mut xs);
    *m *= 2;
    xs
}

const fn counter() -> u32 {
    let mut n = 0;
    let r1 = &mut n;
    *r1 += 5;
    let r2 = &mut *r1;
    *r2 *= 3;
    n
}

pub const ACCOUNTS: (Account, Account, bool, bool) = accounts();
pub const SWAPPED: ([u8; 2], (char, char)) = swapped();
pub const REVERSED: [u8; 5] = reversed();
pub const BUMPED: [u8; 4] = bumped();
pub const ZERO_MAX: [i32; 5] = zero_max();
pub const COUNTER: u32 = counter();
