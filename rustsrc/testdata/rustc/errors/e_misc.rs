pub struct S { v: [u8; 3] }
impl S {
    pub const fn at(&self, i: usize) -> u8 { self.v[i] }
}
pub const fn div(a: i32, b: i32) -> i32 { a / b }
pub const fn shl(a: u8, b: u32) -> u8 { a << b }
pub const E1: u8 = S { v: [1, 2, 3] }.at(5);
pub const E2: i32 = div(7, 0);
pub const E3: i32 = div(i32::MIN, -1);
pub const E4: u8 = shl(1, 9);
pub const E5: i8 = -(i8::MIN + 0);
pub const E6: u8 = {
    let a = [1u8; 4];
    let mut i = 0;
    while i < 10 { i += 1; }
    a[i]
};
pub const E7: u32 = {
    let x: u32 = 3;
    x - 4
};
pub const E8: () = assert!(1 + 1 == 3);
pub const E9: u8 = match E5 { _ => panic!("boom") };
pub const fn rec(n: u32) -> u32 { if n == 0 { unreachable!() } else { rec(n - 1) } }
pub const E10: u32 = rec(3);
pub const E11: Option<u8> = None;
pub const E12: u8 = E11.unwrap();
pub const E13: u8 = (E11).expect("no value");
pub const fn rem(a: u64, b: u64) -> u64 { a % b }
pub const E14: u64 = rem(5, 0);
pub const E15: u128 = u128::MAX * 2;
pub const E16: u8 = [1u8, 2][2];
pub const fn deep(n: u32) -> u32 { deep(n + 1) }
pub const E17: u32 = deep(0);
