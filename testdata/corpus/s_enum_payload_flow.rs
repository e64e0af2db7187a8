// Payload enums driving control flow: `if let`, `while let`, `let else`
// shaped early returns, and `match` on nested variants — a tiny
// expression tree stored in an array and evaluated by index.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    Lit(i64),
    Neg(usize),
    Add(usize, usize),
    Mul(usize, usize),
    Var { slot: u8 },
    Nothing,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Value(i64),
    Unbound(u8),
    Bad { at: usize },
}

const VARS: [Option<i64>; 4] = [Some(10), None, Some(-3), Some(7)];

// (2 + x0) * -(x2) ; node 6 is the root
const TREE: [Node; 7] = [
    Node::Lit(2),
    Node::Var { slot: 0 },
    Node::Add(0, 1),
    Node::Var { slot: 2 },
    Node::Neg(3),
    Node::Nothing,
    Node::Mul(2, 4),
];

// Post-order evaluation with an explicit work list.
const fn eval(tree: &[Node], root: usize) -> Outcome {
    let mut vals: [Option<i64>; 16] = [None; 16];
    let mut work = [0usize; 32];
    let mut top = 1;
    work[0] = root;
    while top > 0 {
        let at = work[top - 1];
        if let Some(_) = vals[at] {
            top -= 1;
            continue;
        }
        let node = tree[at];
        let v = match node {
            Node::Lit(n) => n,
            Node::Var { slot } => {
                if let Some(v) = VARS[slot as usize] {
                    v
                } else {
                    return Outcome::Unbound(slot);
                }
            }
            Node::Neg(a) => match vals[a] {
                Some(x) => -x,
                None => {
                    work[top] = a;
                    top += 1;
                    continue;
                }
            },
            Node::Add(a, b) | Node::Mul(a, b) => {
                let (Some(x), Some(y)) = (vals[a], vals[b]) else {
                    if vals[a].is_none() {
                        work[top] = a;
                        top += 1;
                    }
                    if vals[b].is_none() {
                        work[top] = b;
                        top += 1;
                    }
                    continue;
                };
                if let Node::Add(..) = node { x + y } else { x * y }
            }
            Node::Nothing => return Outcome::Bad { at },
        };
        vals[at] = Some(v);
        top -= 1;
    }
    match vals[root] {
        Some(v) => Outcome::Value(v),
        None => Outcome::Bad { at: root },
    }
}

// Count the leaves reachable from a root with `while let` over a stack.
const fn leaves(tree: &[Node], root: usize) -> u32 {
    let mut stack = [usize::MAX; 16];
    let mut sp = 0;
    stack[sp] = root;
    sp += 1;
    let mut count = 0;
    while let Some(i) = if sp > 0 { sp -= 1; Some(stack[sp]) } else { None } {
        match tree[i] {
            Node::Add(a, b) | Node::Mul(a, b) => {
                stack[sp] = a;
                stack[sp + 1] = b;
                sp += 2;
            }
            Node::Neg(a) => {
                stack[sp] = a;
                sp += 1;
            }
            _ => count += 1,
        }
    }
    count
}

const fn value_or(o: Outcome, default: i64) -> i64 {
    if let Outcome::Value(v) = o { v } else { default }
}

pub const RESULT: Outcome = eval(&TREE, 6);
pub const SUB_SUM: Outcome = eval(&TREE, 2);
pub const UNBOUND: Outcome = eval(&[Node::Var { slot: 1 }], 0);
pub const BAD: Outcome = eval(&TREE, 5);
pub const LEAVES: u32 = leaves(&TREE, 6);
pub const OR_DEFAULT: [i64; 2] = [value_or(RESULT, 0), value_or(BAD, -1)];
pub const ROOT_NODE: Node = TREE[6];
pub const IS_MUL: bool = matches!(TREE[6], Node::Mul(2, _));
