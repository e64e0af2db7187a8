// Arrays of structs, presets derived with struct update syntax (`..BASE`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Uart {
    pub baud: u32,
    pub data_bits: u8,
    pub parity: Parity,
    pub stop_bits: u8,
    pub flow_control: bool,
    pub name: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parity {
    None,
    Even,
    Odd,
}

pub const BASE: Uart = Uart {
    baud: 9600,
    data_bits: 8,
    parity: Parity::None,
    stop_bits: 1,
    flow_control: false,
    name: "default",
};

pub const FAST: Uart = Uart { baud: 115_200, name: "fast", ..BASE };
pub const MODBUS: Uart = Uart { parity: Parity::Even, name: "modbus", ..BASE };
pub const LEGACY: Uart = Uart { data_bits: 7, parity: Parity::Odd, stop_bits: 2, ..MODBUS };
pub const FLOW: Uart = Uart { flow_control: true, ..FAST };

pub const PRESETS: [Uart; 5] = [BASE, FAST, MODBUS, LEGACY, FLOW];

impl Uart {
    pub const fn frame_bits(&self) -> u32 {
        let p = match self.parity {
            Parity::None => 0,
            _ => 1,
        };
        1 + self.data_bits as u32 + p + self.stop_bits as u32
    }
    pub const fn bytes_per_sec(&self) -> u32 {
        self.baud / self.frame_bits()
    }
    pub const fn with_baud(self, baud: u32) -> Uart {
        Uart { baud, ..self }
    }
}

pub const fn find(name: &str) -> Option<Uart> {
    let mut i = 0;
    while i < PRESETS.len() {
        let n = PRESETS[i].name.as_bytes();
        let q = name.as_bytes();
        if n.len() == q.len() {
            let mut j = 0;
            let mut eq = true;
            while j < n.len() {
                if n[j] != q[j] {
                    eq = false;
                    break;
                }
                j += 1;
            }
            if eq {
                return Some(PRESETS[i]);
            }
        }
        i += 1;
    }
    None
}

pub const RATES: [u32; 5] = {
    let mut r = [0; 5];
    let mut i = 0;
    while i < 5 {
        r[i] = PRESETS[i].bytes_per_sec();
        i += 1;
    }
    r
};
pub const LEGACY_FRAME: u32 = LEGACY.frame_bits();
pub const SLOW_FLOW: Uart = FLOW.with_baud(300);
pub const FOUND: Option<Uart> = find("modbus");
pub const NOT_FOUND: Option<Uart> = find("spi");
pub const SAME_AS_BASE: bool = Uart { ..BASE }.baud == BASE.baud;
