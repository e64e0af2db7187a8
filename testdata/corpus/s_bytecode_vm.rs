// A small stack machine run at compile time: byte-coded instructions,
// a fixed stack, jumps, a call stack, and a result or a fault.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    StackOverflow,
    StackUnderflow,
    DivByZero,
    BadOpcode(u8),
    StepLimit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Halted { top: i64, steps: u32 },
    Faulted { fault: Fault, pc: usize },
}

pub mod op {
    pub const PUSH: u8 = 1; // PUSH imm8 (signed)
    pub const ADD: u8 = 2;
    pub const SUB: u8 = 3;
    pub const MUL: u8 = 4;
    pub const DIV: u8 = 5;
    pub const DUP: u8 = 6;
    pub const SWAP: u8 = 7;
    pub const JNZ: u8 = 8; // JNZ target: pops, jumps if non-zero
    pub const CALL: u8 = 9; // CALL target
    pub const RET: u8 = 10;
    pub const OVER: u8 = 11;
    pub const DROP: u8 = 12;
    pub const HALT: u8 = 0;
}

struct Machine {
    stack: [i64; 16],
    sp: usize,
    calls: [usize; 8],
    csp: usize,
    fault: Option<Fault>,
}

impl Machine {
    const fn new() -> Self {
        Machine { stack: [0; 16], sp: 0, calls: [0; 8], csp: 0, fault: None }
    }

    const fn push(&mut self, v: i64) {
        if self.sp == self.stack.len() {
            self.fault = Some(Fault::StackOverflow);
            return;
        }
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    // Pops a value; on underflow records the fault and returns 0.
    const fn pop(&mut self) -> i64 {
        if self.sp == 0 {
            self.fault = Some(Fault::StackUnderflow);
            return 0;
        }
        self.sp -= 1;
        self.stack[self.sp]
    }
}

pub const fn run(code: &[u8], max_steps: u32) -> Exit {
    let mut m = Machine::new();
    let mut pc = 0;
    let mut steps = 0;
    loop {
        if steps == max_steps {
            return Exit::Faulted { fault: Fault::StepLimit, pc };
        }
        steps += 1;
        let at = pc;
        let opcode = code[pc];
        pc += 1;
        match opcode {
            op::HALT => {
                let top = m.pop();
                if m.fault.is_none() {
                    return Exit::Halted { top, steps };
                }
            }
            op::PUSH => {
                m.push(code[pc] as i8 as i64);
                pc += 1;
            }
            op::ADD | op::SUB | op::MUL | op::DIV => {
                let b = m.pop();
                let a = m.pop();
                let r = match opcode {
                    op::ADD => a + b,
                    op::SUB => a - b,
                    op::MUL => a * b,
                    _ if m.fault.is_some() => 0,
                    _ => {
                        if b == 0 {
                            return Exit::Faulted { fault: Fault::DivByZero, pc: at };
                        }
                        a / b
                    }
                };
                m.push(r);
            }
            op::DUP => {
                let a = m.pop();
                m.push(a);
                m.push(a);
            }
            op::OVER => {
                let b = m.pop();
                let a = m.pop();
                m.push(a);
                m.push(b);
                m.push(a);
            }
            op::SWAP => {
                let b = m.pop();
                let a = m.pop();
                m.push(b);
                m.push(a);
            }
            op::DROP => {
                m.pop();
            }
            op::JNZ => {
                let c = m.pop();
                if c != 0 {
                    pc = code[pc] as usize;
                } else {
                    pc += 1;
                }
            }
            op::CALL => {
                if m.csp == m.calls.len() {
                    return Exit::Faulted { fault: Fault::StackOverflow, pc: at };
                }
                m.calls[m.csp] = pc + 1;
                m.csp += 1;
                pc = code[pc] as usize;
            }
            op::RET => {
                if m.csp == 0 {
                    return Exit::Faulted { fault: Fault::StackUnderflow, pc: at };
                }
                m.csp -= 1;
                pc = m.calls[m.csp];
            }
            other => return Exit::Faulted { fault: Fault::BadOpcode(other), pc: at },
        }
        if let Some(fault) = m.fault {
            return Exit::Faulted { fault, pc: at };
        }
    }
}

use op::*;

// 5! by a countdown loop: acc n -> acc*n n-1 while n != 0.
pub const FACTORIAL: [u8; 19] = [
    PUSH, 1, PUSH, 5, // acc n
    SWAP, OVER, MUL, SWAP, // acc*n n
    PUSH, 1, SUB, // acc*n n-1
    DUP, JNZ, 4, // loop while n != 0
    DROP, HALT, 0, 0, 0,
];
// CALL a subroutine that squares the top of the stack.
pub const SQUARE_CALL: [u8; 8] = [PUSH, 12, CALL, 5, HALT, DUP, MUL, RET];

pub const FACT: Exit = run(&FACTORIAL, 1000);
pub const SQUARED: Exit = run(&SQUARE_CALL, 100);
pub const ARITH: Exit = run(&[PUSH, 100, PUSH, -7i8 as u8, DIV, PUSH, 3, SUB, HALT], 100);
pub const DIV0: Exit = run(&[PUSH, 1, PUSH, 0, DIV, HALT], 100);
pub const UNDERFLOW: Exit = run(&[PUSH, 1, ADD, HALT], 100);
pub const BAD: Exit = run(&[PUSH, 1, 0x77, HALT], 100);
pub const SPIN: Exit = run(&[PUSH, 1, DUP, JNZ, 2, HALT], 50);
pub const RETURN_EMPTY: Exit = run(&[RET], 10);
