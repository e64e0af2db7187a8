#[derive(Clone, Copy, Debug)]
pub enum Level { Low, Mid, High }
union L { n: u8, l: Level }
pub const LV: Level = unsafe { L { n: 7 }.l };
