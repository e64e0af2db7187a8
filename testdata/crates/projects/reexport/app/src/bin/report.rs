const TOTAL: u32 = rx_app::WEIGHT + rx_app::METERS;

fn main() {
    println!("{}", TOTAL);
}
