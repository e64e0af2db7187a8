pub enum Packet { Empty, Data([u8; 10 / 0]) }
