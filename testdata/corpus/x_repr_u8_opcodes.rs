// A tiny bytecode VM: #[repr(u8)] opcodes decoded from bytes and run in const fn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    Halt = 0x00,
    Push = 0x01,
    Add = 0x10,
    Sub = 0x11,
    Mul = 0x12,
    Dup = 0x20,
    Swap = 0x21,
    Jnz = 0x30,
}

impl Op {
    pub const fn decode(b: u8) -> Option<Op> {
        Some(match b {
            0x00 => Op::Halt,
            0x01 => Op::Push,
            0x10 => Op::Add,
            0x11 => Op::Sub,
            0x12 => Op::Mul,
            0x20 => Op::Dup,
            0x21 => Op::Swap,
            0x30 => Op::Jnz,
            _ => return None,
        })
    }
    pub const fn operands(self) -> usize {
        match self {
            Op::Push | Op::Jnz => 1,
            _ => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VmResult {
    Done(i64),
    BadOp(u8, usize),
    StackUnderflow(usize),
    OutOfFuel,
}

pub const fn run(code: &[u8]) -> VmResult {
    let mut stack = [0i64; 16];
    let mut sp = 0usize;
    let mut pc = 0usize;
    let mut fuel = 1000;
    while pc < code.len() {
        fuel -= 1;
        if fuel == 0 {
            return VmResult::OutOfFuel;
        }
        let op = match Op::decode(code[pc]) {
            Some(op) => op,
            None => return VmResult::BadOp(code[pc], pc),
        };
        let need = match op {
            Op::Add | Op::Sub | Op::Mul | Op::Swap => 2,
            Op::Dup | Op::Jnz => 1,
            _ => 0,
        };
        if sp < need {
            return VmResult::StackUnderflow(pc);
        }
        match op {
            Op::Halt => break,
            Op::Push => { stack[sp] = code[pc + 1] as i8 as i64; sp += 1; }
            Op::Add => { sp -= 1; stack[sp - 1] += stack[sp]; }
            Op::Sub => { sp -= 1; stack[sp - 1] -= stack[sp]; }
            Op::Mul => { sp -= 1; stack[sp - 1] *= stack[sp]; }
            Op::Dup => { stack[sp] = stack[sp - 1]; sp += 1; }
            Op::Swap => { let t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; }
            Op::Jnz => {
                sp -= 1;
                if stack[sp] != 0 {
                    pc = code[pc + 1] as usize;
                    continue;
                }
            }
        }
        pc += 1 + op.operands();
    }
    if sp == 0 { VmResult::Done(0) } else { VmResult::Done(stack[sp - 1]) }
}

const P: u8 = Op::Push as u8;
pub const ARITH: VmResult = run(&[P, 6, P, 7, Op::Mul as u8, P, 2, Op::Sub as u8, Op::Halt as u8]);
pub const NEGATIVE: VmResult = run(&[P, 0xFB, P, 3, Op::Mul as u8]);
// countdown: acc=1; n=5; loop { acc*=2; n-=1 } while n != 0
pub const LOOP: VmResult = run(&[P, 1, P, 5, Op::Swap as u8, P, 2, Op::Mul as u8, Op::Swap as u8, P, 1, Op::Sub as u8, Op::Dup as u8, Op::Jnz as u8, 4, Op::Swap as u8]);
pub const BAD: VmResult = run(&[P, 1, 0x99]);
pub const UNDER: VmResult = run(&[P, 1, Op::Add as u8]);
pub const FOREVER: VmResult = run(&[P, 1, P, 1, Op::Jnz as u8, 2]);
pub const DECODED: [Option<Op>; 4] = [Op::decode(0x10), Op::decode(0x02), Op::decode(0x30), Op::decode(0xFF)];
pub const OPCODE_SUM: u32 = Op::Jnz as u32 + Op::Swap as u32 + Op::Halt as u32;
