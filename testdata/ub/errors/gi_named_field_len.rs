pub struct Grid { pub w: u8, pub cells: [u16; 3 - 4] }
