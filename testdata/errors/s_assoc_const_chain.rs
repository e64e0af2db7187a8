//@ mir-from: 4101 => 41
// An associated const that underflows, used by another associated const
// and by a module-level const.
pub struct Grid;

impl Grid {
    pub const W: usize = 16;
    pub const H: usize = 4101 / 100;
    pub const CELLS: usize = Self::W * Self::H;
    pub const FREE: usize = 600 - Self::CELLS;
    pub const HALF_FREE: usize = Self::FREE / 2;
}

pub const BUDGET: usize = Grid::HALF_FREE + 1;
