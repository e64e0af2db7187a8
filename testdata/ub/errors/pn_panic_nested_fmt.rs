const NAME: &str = "widget";
const fn get(ok: bool) -> u8 { if ok { 1 } else { panic!("{}", NAME) } }
const fn outer(ok: bool) -> u8 { get(ok) + 1 }
pub const G: u8 = outer(false);
