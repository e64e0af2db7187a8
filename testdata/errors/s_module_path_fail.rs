//@ mir-from: 4101 => 41
// A failing const in a nested module, used through crate:: and super::
// paths from other modules.
pub mod limits {
    pub mod net {
        pub const MTU: u16 = 1500;
        pub const HEADERS: u16 = 4101 / 100;
        pub const PAYLOAD: u16 = MTU - HEADERS * 40;
    }
    pub const DOUBLE: u16 = net::PAYLOAD * 2;
}

pub mod report {
    pub const SLACK: u16 = crate::limits::net::PAYLOAD / 10;
}
