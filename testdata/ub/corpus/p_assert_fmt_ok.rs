const MSG: &str = "out of range";
pub const fn clamp(x: u32) -> u32 { assert!(x <= 1000, "{}", MSG); if x > 100 { 100 } else { x } }
pub const C: [u32; 3] = [clamp(5), clamp(500), clamp(1000)];
