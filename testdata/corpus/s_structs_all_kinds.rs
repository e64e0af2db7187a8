// Named, tuple and unit structs; literals with shorthand and nested
// structs; field and tuple-index access chains.

#[derive(Debug, Clone, Copy)]
pub struct Vec2 {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, Clone, Copy)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, Clone, Copy)]
pub struct Marker;

#[derive(Debug, Clone, Copy)]
pub struct Sprite {
    pub pos: Vec2,
    pub size: (u16, u16),
    pub tint: Rgb,
    pub tag: Marker,
    pub layer: u8,
}

#[derive(Debug, Clone, Copy)]
pub struct Wrapper(pub Sprite);

const fn vec2(x: i32, y: i32) -> Vec2 {
    Vec2 { x, y }
}

const fn sprite(x: i32, y: i32, layer: u8) -> Sprite {
    let pos = vec2(x, y);
    let size = (16, 32);
    let tint = Rgb(255, 128, 0);
    Sprite { pos, size, tint, tag: Marker, layer }
}

const fn moved(s: Sprite, dx: i32, dy: i32) -> Sprite {
    Sprite {
        pos: Vec2 { x: s.pos.x + dx, y: s.pos.y + dy },
        ..s
    }
}

const fn bottom_right(s: &Sprite) -> Vec2 {
    Vec2 { x: s.pos.x + s.size.0 as i32, y: s.pos.y + s.size.1 as i32 }
}

const fn brightness(c: Rgb) -> u16 {
    (c.0 as u16 * 3 + c.1 as u16 * 6 + c.2 as u16) / 10
}

const fn swap_xy(mut v: Vec2) -> Vec2 {
    let t = v.x;
    v.x = v.y;
    v.y = t;
    v
}

pub const ORIGIN: Vec2 = Vec2 { x: 0, y: 0 };
pub const HERO: Sprite = sprite(10, -4, 2);
pub const HERO_MOVED: Sprite = moved(HERO, 5, 6);
pub const HERO_CORNER: Vec2 = bottom_right(&HERO_MOVED);
pub const HERO_TINT_G: u8 = HERO.tint.1;
pub const HERO_H: u16 = HERO.size.1;
pub const WRAPPED: Wrapper = Wrapper(HERO);
pub const WRAPPED_X: i32 = WRAPPED.0.pos.x;
pub const LIGHT: u16 = brightness(Rgb(200, 100, 50));
pub const SWAPPED: Vec2 = swap_xy(vec2(1, 2));
pub const MARK: Marker = Marker;
pub const MARKS: [Marker; 3] = [Marker; 3];
pub const PAIR: (Vec2, Rgb) = (vec2(-1, -2), Rgb(1, 2, 3));
pub const PAIR_SUM: i32 = PAIR.0.x + PAIR.0.y + PAIR.1 .2 as i32;
pub static LAYERS: [Sprite; 2] = [sprite(0, 0, 0), sprite(1, 1, 1)];
