#!/usr/bin/env python3
"""Lists main-code methods longer than LIMIT lines (default 60; signature line to closing brace, annotations
and comments before the signature not counted) and main classes over 300 lines, in every module:
    python3 .ci/long-methods.py [ROOT] [LIMIT]
Prints nothing when all is within the limits (issue 13). Reads the code as text: strings and comments
are blanked first, so braces inside them do not count."""
import re, sys, pathlib
LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 60
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')

def strip(src):
    out = []; i = 0; n = len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i); j = n if j < 0 else j
            out.append(' ' * (j - i)); i = j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2); j = n if j < 0 else j + 2
            out.append(''.join(ch if ch == '\n' else ' ' for ch in src[i:j])); i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3); j = n if j < 0 else j + 3
            out.append(''.join(ch if ch == '\n' else ' ' for ch in src[i:j])); i = j
        elif c in '"\'':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            out.append(c + ' ' * (j - i - 1) + c); i = j + 1
        else:
            out.append(c); i += 1
    return ''.join(out)

TYPE = re.compile(r'\b(class|interface|enum|record)\b')
for f in sorted(root.glob('*/src/main/java/**/*.java')):
    src = strip(f.read_text())
    lines = src.count('\n') + 1
    if lines > 300:
        print(f'CLASS {lines:4d} {f}')
    # stack of ('type'|'method'|'other', start_line, name)
    stack = []; last = 0
    for m in re.finditer(r'[{};]', src):
        ch = m.group(); pos = m.start()
        if ch == ';':
            last = pos + 1; continue
        if ch == '{':
            head = src[last:pos]
            kind = 'other'; name = ''
            in_type = not stack or stack[-1][0] == 'type'
            if TYPE.search(head) and in_type:
                kind = 'type'
            elif in_type and '(' in head and '=' not in head.split('(')[0] and '->' not in head:
                kind = 'method'
                sig = head.strip()
                nm = re.search(r'(\w+)\s*\(', sig)
                name = nm.group(1) if nm else '?'
                # start line: first non-blank, non-annotation line of the head
                off = last + (len(head) - len(head.lstrip()))
                # skip annotations
                hs = head.lstrip()
                am = re.match(r'(\s*@\w+(\([^)]*\))?\s*)*', hs)
                off += am.end() if am else 0
                start = src.count('\n', 0, off) + 1
                stack.append((kind, start, name)); last = pos + 1; continue
            elif in_type and head.strip() in ('', 'static'):
                kind = 'other'
            stack.append((kind, src.count('\n', 0, pos) + 1, name)); last = pos + 1
        else:
            if stack:
                kind, start, name = stack.pop()
                if kind == 'method':
                    end = src.count('\n', 0, pos) + 1
                    if end - start + 1 > LIMIT:
                        print(f'METHOD {end - start + 1:4d} {f}:{start} {name}')
            last = pos + 1
