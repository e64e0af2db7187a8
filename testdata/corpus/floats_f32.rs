// f32 arithmetic and Debug output.
pub const SUM: f32 = 0.1 + 0.2;
pub const THIRD: f32 = 1.0 / 3.0;
pub const SMALL: f32 = 1e-7;
pub const BIG: f32 = 1e16;
pub const MAX: f32 = f32::MAX;
pub const MIN: f32 = f32::MIN;
pub const MIN_POSITIVE: f32 = f32::MIN_POSITIVE;
pub const EPSILON: f32 = f32::EPSILON;
pub const PI: f32 = std::f32::consts::PI;
pub const WHOLE: f32 = 16777216.0;
pub const NEXT: f32 = 16777216.0 + 1.0;
pub const MUL: f32 = 1.1 * 1.1;
pub const DIV: f32 = 10.0 / 4.0;
pub const REM: f32 = 10.5 % 3.0;
pub const NEG_ZERO: f32 = -0.0;
pub const ARR: [f32; 4] = [0.25, -1.5, 100.0, 1e-3];
pub const PAIR: (f32, f64) = (0.1, 0.1);

#[derive(Debug, Clone, Copy)]
pub struct Vec2 {
    pub x: f32,
    pub y: f32,
}

impl Vec2 {
    pub const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };
    pub const fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
    pub const fn dot(self, o: Vec2) -> f32 {
        self.x * o.x + self.y * o.y
    }
    pub const fn scale(self, k: f32) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

pub const A: Vec2 = Vec2 { x: 1.5, y: -2.25 };
pub const B: Vec2 = A.add(Vec2 { x: 0.1, y: 0.2 });
pub const DOT: f32 = A.dot(B);
pub const SCALED: Vec2 = B.scale(3.0);
pub static ORIGIN: Vec2 = Vec2::ZERO;
