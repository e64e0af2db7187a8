// Splitting a UTF-8 string at byte offsets: at char boundaries, checked
// splits that refuse the inside of a char, and out-of-range offsets.
pub const TEXT: &str = "héllo, world";
pub const A: (&str, &str) = TEXT.split_at(3);
pub const B: Option<(&str, &str)> = TEXT.split_at_checked(2);
pub const C: Option<(&str, &str)> = TEXT.split_at_checked(3);
pub const D: Option<(&str, &str)> = TEXT.split_at_checked(99);
pub const E: usize = { let (a, b) = TEXT.split_at(7); a.len() * 100 + b.len() };
