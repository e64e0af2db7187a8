pub static A: u32 = 7;
pub static B: &u32 = &A;
pub static C: &&u32 = &B;
pub const READ: u32 = **C + *B + A;
pub static TABLE: [&str; 3] = ["x", "yy", "zzz"];
pub static TABLE_REF: &[&str] = &TABLE;
pub const LENS: [usize; 3] = [TABLE[0].len(), TABLE_REF[1].len(), TABLE_REF.len()];
pub const NESTED: &[&[u8]] = &[b"ab", &[1, 2, 3], &[]];
pub const NL: (usize, u8) = (NESTED.len(), NESTED[1][2]);
#[derive(Debug)]
pub struct Node { pub v: u8, pub next: Option<&'static Node> }
pub const LIST: Node = Node { v: 1, next: Some(&Node { v: 2, next: Some(&Node { v: 3, next: None }) }) };
pub const fn sum(n: &Node) -> u32 {
    let mut s = n.v as u32;
    let mut cur = n.next;
    while let Some(x) = cur {
        s += x.v as u32;
        cur = x.next;
    }
    s
}
pub const SUM: u32 = sum(&LIST);
pub const PAIR: (&str, &[i16]) = ("p", &[-1, 2]);
pub const fn pick<'a>(a: &'a [u8], b: &'a [u8], first: bool) -> &'a [u8] { if first { a } else { b } }
pub const PICKED: &[u8] = pick(b"one", b"two", false);
pub static mut COUNTER: u32 = 0;
pub const OPT: Option<&str> = Some("hi");
pub const DEREF: char = *&'q';
