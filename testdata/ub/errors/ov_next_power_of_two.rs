pub const N: u8 = 200u8.next_power_of_two();
