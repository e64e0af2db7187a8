//@ mir-from: 5555 => 55
// Option::unwrap on None (track_caller: the span is the call in the const).
const fn find(x: u32) -> Option<u32> {
    if x > 5000 { None } else { Some(x) }
}

pub const U: u32 = find(5555).unwrap();
