//! Enums with custom Debug and Display text, flag sets printed as `A | B`,
//! and derived types nesting hand-written ones.

use std::fmt;

#[derive(Clone, Copy)]
pub enum Level {
    Low,
    Mid,
    High,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Level::Low => f.write_str("low"),
            Level::Mid => write!(f, "medium"),
            Self::High => f.pad("HIGH"),
        }
    }
}

impl fmt::Debug for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{:>8}>", self)
    }
}

pub const LOW: Level = Level::Low;
pub const LEVELS: [Level; 3] = [Level::Low, Level::Mid, Level::High];

pub enum Shape {
    Circle { r: u32 },
    Rect(u32, u32),
    Dot,
}

impl fmt::Debug for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Shape::Circle { r } => write!(f, "circle(r={})", r),
            Shape::Rect(w, h) => write!(f, "{}x{}", w, h),
            _ => f.write_str("."),
        }
    }
}

pub const SHAPES: (Shape, Shape, Shape) = (Shape::Circle { r: 3 }, Shape::Rect(4, 5), Shape::Dot);

#[derive(Clone, Copy)]
pub struct Flags(u8);

impl Flags {
    pub const READ: Flags = Flags(1);
    pub const WRITE: Flags = Flags(2);
    pub const EXEC: Flags = Flags(4);
    pub const fn union(self, o: Flags) -> Flags {
        Flags(self.0 | o.0)
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut first = true;
        for (bit, name) in [(1u8, "READ"), (2, "WRITE"), (4, "EXEC")] {
            if self.0 & bit != 0 {
                if !first {
                    f.write_str(" | ")?;
                }
                first = false;
                f.write_str(name)?;
            }
        }
        if first {
            f.write_str("(empty)")?;
        }
        Ok(())
    }
}

pub const RW: Flags = Flags::READ.union(Flags::WRITE);

#[derive(Debug)]
pub struct Config {
    pub level: Level,
    pub shape: Shape,
    pub scale: Option<Level>,
    pub pair: (Level, u8),
}

pub const CONFIG: Config = Config { level: Level::High, shape: Shape::Rect(1, 2), scale: Some(Level::Mid), pair: (Level::Low, 9) };

#[derive(Debug)]
pub enum Wrapper {
    One(Level),
    Many([Level; 2]),
}

pub const W1: Wrapper = Wrapper::One(Level::Mid);
pub const W2: Wrapper = Wrapper::Many([Level::High, Level::Low]);

pub struct Id(pub u16);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:<5}|{:>5}|{:^5}|{:05}", self, self, self, self)?;
        write!(f, "{{{}}}", self.0)
    }
}

pub const ID: Id = Id(77);

pub struct Named {
    pub id: Id,
    pub name: &'static str,
    pub tag: char,
    pub on: bool,
}

impl fmt::Debug for Named {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{1}:{0:?} {2:?} {3} {tag} [{name:.3}] {on:>6}", self.id, self.name, self.name, self.tag, tag = self.tag, name = self.name, on = self.on)
    }
}

pub const NAMED: Named = Named { id: Id(5), name: "alpha", tag: 'x', on: true };

pub struct Pretty(pub u8);

impl fmt::Debug for Pretty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Pretty").field(&self.0).finish()
    }
}

pub const PRETTY: Pretty = Pretty(7);

pub struct Point3 {
    pub x: i16,
    pub y: i16,
    pub z: Level,
}

impl fmt::Debug for Point3 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).field("why", &self.y).field("z", &self.z).finish()
    }
}

pub const P3: Point3 = Point3 { x: -1, y: 2, z: Level::Mid };

pub struct Secret(pub u32, pub u32);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("a", &self.0).finish_non_exhaustive()
    }
}

pub const SECRET: Secret = Secret(1, 2);

pub struct Hidden;

impl fmt::Debug for Hidden {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Hidden").finish_non_exhaustive()
    }
}

pub const HIDDEN: Hidden = Hidden;

pub struct Triple(pub u8, pub (u8, char), pub Level);

impl fmt::Debug for Triple {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entry(&self.0).entry(&self.1).entry(&self.2).finish()?;
        f.debug_set().entry(&self.1 .0).finish()?;
        f.debug_map().entry(&self.0, &self.2).entry(&"k", &self.1 .1).finish()?;
        f.debug_tuple("Unit").finish()?;
        f.debug_list().finish()
    }
}

pub const TRIPLE: Triple = Triple(1, (2, 'c'), Level::High);

pub struct Padded(pub u8, pub f32);

impl fmt::Debug for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:>4?}|{:<8.2?}|{:08.3}", self.0, self.1, self.1)
    }
}

pub const PADDED: Padded = Padded(9, 2.5);
pub const PADDED_NEG: Padded = Padded(0, -0.125);
