# gen.py KIND OUT [N] -- writes a generated input for the robustness tests
# of test/translator/fuzz/ (inputs too big or too odd to keep in the tree).
#   huge N      N MB of ordinary functions and one suspend function
#   suspends N  one suspend function with N suspension points (prints a sum)
#   parens N    N nested parentheses in a suspend function
#   blocks N    N nested blocks { { ... } } in a suspend function
#   ifs N       N nested `if (x)` statements without braces
#   elseifs N   an if / else if chain of N branches, each suspending
#   negs N      N nested unary minus operators
#   ord-negs N, ord-adds N   the same in an ordinary function: N unary
#               minus operators, a sum of N terms (N-1 nested additions)
#   utf8        invalid UTF-8 bytes in strings, character literals, comments
#   utf8-ident  invalid UTF-8 bytes in an identifier
import sys

kind, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 0
head = "#include <asyncc.h>\n#include <stdio.h>\n\nSUSPEND static int g(int x) {\n    ac_yield();\n    return x;\n}\n\n"
main = ("int main(void) {\n    int r = 0;\n    ac_error *e = ac_run_blocking(f(1), &r);\n"
        "    if (e) return 2;\n    printf(\"result %d\\n\", r);\n    return 0;\n}\n")
if kind == "huge":
    parts = [head]
    size, i = 0, 0
    while size < n << 20:
        fn = ("static int ord%d(int a, int b) {\n    int s = a;\n    for (int i = 0; i < b; i++)\n"
              "        s += (i ^ %d) * 3 - (a >> 1);\n    return s + ord%d(a, 0) * 0;\n}\n" % (i, i, max(i - 1, 0)))
        if i == 0:
            fn = fn.replace("ord0(a, 0) * 0", "0")
        parts.append(fn)
        size += len(fn)
        i += 1
    parts.append("SUSPEND static int f(int x) {\n    int s = ord%d(x, 3);\n    s += g(x);\n    return s;\n}\n\n" % (i - 1))
    parts.append(main)
    text = "".join(parts)
elif kind == "suspends":
    body = "".join("    s += g(%d);\n" % (k % 7) for k in range(n))
    text = head + "SUSPEND static int f(int x) {\n    int s = x;\n" + body + "    return s;\n}\n\n" + main
elif kind in ("ord-negs", "ord-adds"):
    expr = "- " * n + "x" if kind == "ord-negs" else " + ".join(["x"] * n)
    text = (head + "static int h(int x) {\n    return " + expr + ";\n}\n\n"
            "SUSPEND static int f(int x) {\n    return h(g(x));\n}\n\n" + main)
elif kind in ("parens", "blocks", "ifs", "elseifs", "negs"):
    if kind == "parens":
        body = "    return " + "(" * n + "g(x)" + ")" * n + ";\n"
    elif kind == "blocks":
        body = "    " + "{" * n + "x = g(x);" + "}" * n + "\n    return x;\n"
    elif kind == "ifs":
        body = "    " + "if (x) " * n + "x = g(x);\n    return x;\n"
    elif kind == "elseifs":
        body = "    " + "".join("if (x == %d) x = g(x) + %d;\n    else " % (k, k) for k in range(n)) + "x = -1;\n    return x;\n"
    else:
        body = "    return g(" + "- " * n + "x);\n"
    text = head + "SUSPEND static int f(int x) {\n" + body + "}\n\n" + main
elif kind == "utf8":
    bad = "\udcff\udcfe\udcc3(\udce2\udc82"   # surrogateescape: raw bytes ff fe c3 28 e2 82
    text = (head + "/* a comment with bad bytes: " + bad + " */\n"
            "static const char ord_s[] = \"" + bad + "\";\n"
            "SUSPEND static int f(int x) {\n"
            "    // bad bytes in a line comment: " + bad + "\n"
            "    const char *s = \"before " + bad + " after\";\n"
            "    char c = '\udcff';\n"
            "    x = g(x); /* " + bad + " */\n"
            "    return x + (int)sizeof ord_s + ord_s[1] % 2 + (s[7] == (char)0xff) + (c == (char)0xff);\n}\n\n" + main)
elif kind == "utf8-ident":
    text = head + "SUSPEND static int f(int x) {\n    int ab\udcffcd = g(x);\n    return ab\udcffcd;\n}\n\n" + main
else:
    sys.exit("gen.py: unknown kind " + kind)
with open(out, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(text)
