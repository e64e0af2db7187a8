extern crate legacy_tool;

const GREETING: &'static str = legacy_tool::TAG;
const TWICE: u32 = legacy_tool::DOUBLED * 2;

fn main() {
    println!("{} {}", GREETING, TWICE);
}
