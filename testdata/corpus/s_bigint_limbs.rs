// Multi-limb unsigned arithmetic with u32 limbs and u64 intermediates:
// addition with carries, multiplication by a small factor, comparison, and
// 30! and 2^100 computed in limbs, then checked against u128.

pub const LIMBS: usize = 4;
pub type Big = [u32; LIMBS];

pub const ZERO: Big = [0; LIMBS];
pub const ONE: Big = [1, 0, 0, 0];

pub const fn add(a: &Big, b: &Big) -> (Big, bool) {
    let mut out = ZERO;
    let mut carry = 0u64;
    let mut i = 0;
    while i < LIMBS {
        let s = a[i] as u64 + b[i] as u64 + carry;
        out[i] = s as u32;
        carry = s >> 32;
        i += 1;
    }
    (out, carry != 0)
}

pub const fn mul_small(a: &Big, k: u32) -> (Big, u32) {
    let mut out = ZERO;
    let mut carry = 0u64;
    let mut i = 0;
    while i < LIMBS {
        let p = a[i] as u64 * k as u64 + carry;
        out[i] = p as u32;
        carry = p >> 32;
        i += 1;
    }
    (out, carry as u32)
}

pub const fn cmp(a: &Big, b: &Big) -> i8 {
    let mut i = LIMBS;
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
    }
    0
}

pub const fn to_u128(a: &Big) -> u128 {
    (a[3] as u128) << 96 | (a[2] as u128) << 64 | (a[1] as u128) << 32 | a[0] as u128
}

pub const fn factorial(n: u32) -> (Big, bool) {
    let mut acc = ONE;
    let mut k = 2;
    while k <= n {
        let (next, over) = mul_small(&acc, k);
        if over != 0 {
            return (acc, true);
        }
        acc = next;
        k += 1;
    }
    (acc, false)
}

pub const fn pow2(e: u32) -> Big {
    let mut b = ZERO;
    b[(e / 32) as usize] = 1 << (e % 32);
    b
}

pub const FACT_30: (Big, bool) = factorial(30);
pub const FACT_30_U128: u128 = to_u128(&FACT_30.0);
pub const FACT_30_CHECK: bool = {
    let mut f: u128 = 1;
    let mut k = 2;
    while k <= 30 {
        f *= k;
        k += 1;
    }
    f == FACT_30_U128
};
pub const FACT_40: (Big, bool) = factorial(40);
pub const TWO_100: Big = pow2(100);
pub const SUM: (Big, bool) = add(&pow2(127), &pow2(127));
pub const ALMOST: (Big, bool) = add(&[u32::MAX, u32::MAX, 0, 0], &ONE);
pub const ORDER: [i8; 3] = [cmp(&TWO_100, &FACT_30.0), cmp(&ONE, &ONE), cmp(&ZERO, &ONE)];
