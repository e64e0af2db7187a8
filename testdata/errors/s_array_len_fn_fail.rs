//@ mir-from: 4101 => 41
// An array length computed by a const fn that panics (an anon const).
pub const fn frame_len(payload: usize) -> usize {
    if payload > 1500 {
        panic!("payload exceeds the MTU");
    }
    payload + 18
}

pub type Frame = [u8; frame_len(4101)];

pub struct Packet {
    pub frame: Frame,
    pub seq: u32,
}
