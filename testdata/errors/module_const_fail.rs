//@ mir-from: 30000 => 300
// A failing const inside a module.
const fn twice(x: i16) -> i16 {
    x * 2
}

pub mod inner {
    pub const X: i16 = super::twice(30000);
}

pub const Y: i16 = inner::X;
