// Modules: nested modules, super:: and crate:: paths, private items.
pub const ROOT: u32 = 100;

pub mod inner {
    pub const BASE: u8 = 7;
    pub const FROM_ROOT: u32 = super::ROOT + 1;
    const PRIVATE: u8 = BASE * 2;
    pub const USES_PRIVATE: u8 = PRIVATE + 1;

    pub mod deeper {
        pub const DEEP: u32 = super::super::ROOT * 3;
        pub const FROM_PARENT: u8 = super::BASE + 1;
        pub const FROM_CRATE: u32 = crate::inner::FROM_ROOT + crate::ROOT;

        pub const fn triple(x: u32) -> u32 {
            x * 3
        }

        pub static DEEP_STATIC: &str = "deep";
    }

    pub const TRIPLED: u32 = deeper::triple(deeper::DEEP);
}

mod private_mod {
    pub const HIDDEN: i8 = -1;
    pub(crate) const CRATE_VISIBLE: i8 = HIDDEN * 5;
}

pub mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct Size {
        pub w: u16,
        pub h: u16,
    }

    impl Size {
        pub const UNIT: Size = Size { w: 1, h: 1 };
        pub const fn area(&self) -> u32 {
            self.w as u32 * self.h as u32
        }
    }

    pub const HD: Size = Size { w: 1280, h: 720 };
    pub const HD_AREA: u32 = HD.area();
}

pub const FROM_INNER: u8 = inner::BASE + inner::deeper::FROM_PARENT;
pub const FROM_PRIVATE: i8 = private_mod::CRATE_VISIBLE;
pub const UNIT_AREA: u32 = shapes::Size::UNIT.area();
pub const SIZES: [shapes::Size; 2] = [shapes::Size::UNIT, shapes::HD];
pub static TOTAL: u32 = inner::TRIPLED + inner::deeper::FROM_CRATE;

use inner::deeper::triple;
pub const USED: u32 = triple(5);
