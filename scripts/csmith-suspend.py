#!/usr/bin/env python3
"""Turn a csmith program into an asyncc program with the same checksum.

    csmith-suspend.py [--seed N] input.c [-o output.c]

Every csmith function (`func_N`) becomes a suspend function (csmith, by
default, makes no function pointers, so each one can), so every call between
them is a suspension point.  `ac_yield()` is inserted, at random but
deterministically (the random generator is seeded with --seed, by default a
hash of the input's text):

  - as a statement after a statement or declaration (never before an `else`),
  - at the start of a block (so in every loop body csmith writes with braces),
  - in expressions, as `(ac_yield(), E)` around a call (csmith's `func_N` and
    `safe_*` calls) or around the read of a variable (`l_N`, `g_N`, `p_N`) in
    a place where an rvalue may stand: not an assignment's or `++`/`--`'s
    operand, not under `&`, not before `.` (a struct rvalue has no
    assignable members).
main()'s `func_1();` becomes `ac_run_blocking(ac__csmith_main(), &out)`
(a suspend function that calls func_1, whose result may be a struct with a
const member, which no variable can receive), and the
translated program prints the same "checksum = X" line as the reference.

Why Python working on text and not libclang: the machine has no python3-clang
(and the point is to test the libclang-based translator with an independent
tool), and csmith's output has a stable, simple shape: each function definition
starts at column 0 with `static T func_N(...)` and ends with `}` at column 0,
every statement is on its own line, every block's `{` and `}` on their own
lines, no preprocessor lines inside functions, no string literals or sizeof
inside csmith's functions.  A converted program that is not valid C, or that
computes another checksum when built sequentially (-DASYNCC_SEQUENTIAL, where
SUSPEND and ac_yield are no-ops) is a bug of this script, and
scripts/csmith-diff.sh reports it as such ("convert error"), apart from the
translator's bugs.
"""
import argparse
import hashlib
import random
import re
import sys

FUNC_RE = re.compile(r'^(static\s+)?(?P<ret>.*?)\bfunc_(?P<n>\d+)\s*\(.*\)\s*(?P<semi>;?)\s*$')
TOKEN_RE = re.compile(r'\s+|/\*.*?\*/|//.*$|[A-Za-z_]\w*|0[xX][0-9A-Fa-f]+[uUlL]*|\d+[uUlL]*'
                      r'|->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|.')
VAR_RE = re.compile(r'^[lgp]_\d+$')
CALL_RE = re.compile(r'^(func_\d+|safe_\w+)$')
ASSIGN_AFTER = {'=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '++', '--', '.'}
NO_WRAP_BEFORE = {'&', '++', '--', '.', '->', 'sizeof'}
DECL_RE = re.compile(r'^(const|volatile|struct|union|static|unsigned|signed|char|short|int|long|'
                     r'u?int\d+_t)\b')


class Converter:
    def __init__(self, rng, p_stmt, p_block, p_call, p_var):
        self.rng = rng
        self.p_stmt, self.p_block, self.p_call, self.p_var = p_stmt, p_block, p_call, p_var

    def tokens(self, text):
        return [t for t in TOKEN_RE.findall(text)]

    def expr(self, toks):
        """Rewrite a list of tokens (whitespace kept), wrapping calls and
        variable reads in (ac_yield(), ...) at random."""
        out = []
        sig = [i for i, t in enumerate(toks) if not t.isspace()]
        pos = {i: k for k, i in enumerate(sig)}

        def prev_tok(i):
            k = pos[i]
            return toks[sig[k - 1]] if k > 0 else ''

        def next_idx(i):
            k = pos[i]
            return sig[k + 1] if k + 1 < len(sig) else None

        i = 0
        while i < len(toks):
            t = toks[i]
            if CALL_RE.match(t):
                j = next_idx(i)
                if j is not None and toks[j] == '(':
                    depth, e = 0, j
                    while e < len(toks):
                        if toks[e] == '(':
                            depth += 1
                        elif toks[e] == ')':
                            depth -= 1
                            if depth == 0:
                                break
                        e += 1
                    call = t + ''.join(toks[i + 1:j]) + '(' + self.expr(toks[j + 1:e]) + ')'
                    if self.rng.random() < self.p_call:
                        call = '(ac_yield(), ' + call + ')'
                    out.append(call)
                    i = e + 1
                    continue
            if VAR_RE.match(t):
                j = next_idx(i)
                nxt = toks[j] if j is not None else ''
                if (prev_tok(i) not in NO_WRAP_BEFORE and nxt not in ASSIGN_AFTER
                        and self.rng.random() < self.p_var):
                    out.append('(ac_yield(), ' + t + ')')
                    i += 1
                    continue
            out.append(t)
            i += 1
        return ''.join(out)

    def statement(self, line):
        """A statement line of a function body, its expressions rewritten."""
        m = re.match(r'^(\s*)(.*?)(\s*/\*.*\*/\s*)?$', line)
        indent, code, comment = m.group(1), m.group(2), m.group(3) or ''
        if not code or code in ('{', '}', 'else') or code.endswith(':') or 'sizeof' in code:
            return line
        if DECL_RE.match(code):
            # a declaration: only a scalar initializer (an aggregate's may
            # be a constant expression csmith relies on; keep it simple)
            if '{' in code or '=' not in code:
                return line
            name, init = code.split('=', 1)
            return indent + name + '=' + self.expr(self.tokens(init)) + comment
        if code.startswith('goto ') or code.startswith('break') or code.startswith('continue'):
            return line
        return indent + self.expr(self.tokens(code)) + comment


def convert(src, seed):
    rng = random.Random(seed)
    # per-program densities, so that some programs yield a lot and some little
    conv = Converter(rng, p_stmt=rng.choice([0.1, 0.3, 0.6]), p_block=rng.choice([0.3, 0.7, 1.0]),
                     p_call=rng.choice([0.1, 0.3, 0.5]), p_var=rng.choice([0.0, 0.03, 0.1]))
    lines = src.split('\n')
    out = []
    in_func = False
    in_main = False
    inserted_include = False
    for idx, line in enumerate(lines):
        if not inserted_include and line.startswith('#include "csmith.h"'):
            out.append('#include <asyncc.h>')
            inserted_include = True
        m = FUNC_RE.match(line)
        if m and not line.startswith(' '):
            out.append('SUSPEND ' + line)
            in_func = not m.group('semi')
            continue
        if line.startswith('int main'):
            in_main = True
            # func_1 may return a struct with a const member, which no
            # variable can receive: run it from a suspend function of ours
            out.append('SUSPEND static int ac__csmith_main(void) { func_1(); return 0; }')
            out.append('')
        if in_main and line.strip() == 'func_1();':
            indent = line[:len(line) - len(line.lstrip())]
            out.append(indent + '{ int ac__out = 0; ac_error *ac__err = ac_run_blocking(ac__csmith_main(), &ac__out);')
            out.append(indent + '  if (ac__err) { ac_error_print(ac__err, stderr); ac_error_free(ac__err); return 1; } }')
            continue
        if not in_func:
            out.append(line)
            continue
        if line == '}':
            in_func = False
            out.append(line)
            continue
        stripped = line.strip()
        out.append(conv.statement(line))
        indent = line[:len(line) - len(line.lstrip())]
        code = re.sub(r'/\*.*\*/', '', stripped).strip()
        nxt = ''
        for later in lines[idx + 1:]:
            if later.strip():
                nxt = later.strip()
                break
        if code == '{' and rng.random() < conv.p_block:
            out.append(indent + '    ac_yield();')
        elif code.endswith(';') and not nxt.startswith('else') and rng.random() < conv.p_stmt:
            out.append(indent + 'ac_yield();')
    if not inserted_include:
        out.insert(0, '#include <asyncc.h>')
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('input')
    ap.add_argument('-o', '--output', default='-')
    ap.add_argument('--seed', type=int, default=None)
    a = ap.parse_args()
    src = open(a.input, encoding='utf-8').read()
    seed = a.seed if a.seed is not None else int(hashlib.sha256(src.encode()).hexdigest()[:16], 16)
    res = convert(src, seed)
    if a.output == '-':
        sys.stdout.write(res)
    else:
        with open(a.output, 'w', encoding='utf-8') as f:
            f.write(res)


if __name__ == '__main__':
    main()
