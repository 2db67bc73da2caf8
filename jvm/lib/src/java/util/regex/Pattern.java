package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A backtracking regular-expression engine covering the commonly used part
 * of java.util.regex: literals, escapes (\t \n \r \f \a \e \0oo \xhh \\uhhhh
 * \Q..\E), classes ([...] with ranges, negation, nesting, &&, \d \D \s \S \w
 * \W, \p{Alpha|Digit|Alnum|Upper|Lower|Punct|Space|Blank|XDigit|Cntrl|L|Lu|Ll|N|IsAlphabetic|...}),
 * '.', anchors ^ $ \A \z \Z \b \B, groups (capturing, (?:), named (?<n>)),
 * lookahead (?=) (?!), alternation, greedy/lazy/possessive quantifiers
 * * + ? {n} {n,} {n,m}, back references \1 and \k<n>, inline flags (?i) (?s) (?m) (?x),
 * and the flags CASE_INSENSITIVE, MULTILINE, DOTALL, LITERAL, COMMENTS.
 * Not supported: lookbehind, Unicode scripts/blocks, CANON_EQ.
 */
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private final String pattern;
    private final int flags;
    Node root;
    int groupCount;
    Map<String, Integer> namedGroups;

    // parser state
    private transient int pos;
    private transient int curFlags;

    private Pattern(String p, int f) {
        pattern = p;
        flags = f;
        curFlags = f;
        namedGroups = new HashMap<>();
        if ((f & LITERAL) != 0) {
            ArrayList<Node> items = new ArrayList<>();
            for (int i = 0; i < p.length(); i++) {
                items.add(charNode(p.charAt(i)));
            }
            root = new Seq(items.toArray(new Node[0]));
        } else {
            pos = 0;
            root = parseAlt();
            if (pos < p.length()) {
                if (p.charAt(pos) == ')') {
                    throw error("Unmatched closing ')'", pos - 1 < 0 ? 0 : pos - 1);
                }
                throw error("Unexpected character", pos);
            }
        }
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).find();
            }
        };
    }

    public Predicate<String> asMatchPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).matches();
            }
        };
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> matchList = new ArrayList<>();
        Matcher m = matcher(input);
        String s = input.toString();
        while (m.find()) {
            if (!matchLimited || matchList.size() < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) {
                    continue;
                }
                matchList.add(s.substring(index, m.start()));
                index = m.end();
            } else if (matchList.size() == limit - 1) {
                matchList.add(s.substring(index));
                index = m.end();
                break;
            }
        }
        if (index == 0) {
            return new String[] {s};
        }
        if (!matchLimited || matchList.size() < limit) {
            matchList.add(s.substring(index));
        }
        int resultSize = matchList.size();
        if (limit == 0) {
            while (resultSize > 0 && matchList.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) {
            result[i] = matchList.get(i);
        }
        return result;
    }

    public static String quote(String s) {
        int slashEIndex = s.indexOf("\\E");
        if (slashEIndex == -1) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashEIndex);
            current = slashEIndex + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    // =====================================================================
    // Parser
    // =====================================================================

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private boolean more() {
        skipComments();
        return pos < pattern.length();
    }

    private char peek() {
        return pattern.charAt(pos);
    }

    private void skipComments() {
        if ((curFlags & COMMENTS) == 0) {
            return;
        }
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                pos++;
            } else if (c == '#') {
                while (pos < pattern.length() && pattern.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
    }

    private Node parseAlt() {
        ArrayList<Node> alts = new ArrayList<>();
        alts.add(parseSeq());
        while (more() && peek() == '|') {
            pos++;
            alts.add(parseSeq());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        return new Alt(alts.toArray(new Node[0]));
    }

    private Node parseSeq() {
        ArrayList<Node> items = new ArrayList<>();
        while (more()) {
            char c = peek();
            if (c == '|' || c == ')') {
                break;
            }
            Node atom = parseAtom();
            if (atom == null) {
                continue;
            }
            atom = parseQuantifier(atom);
            items.add(atom);
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new Seq(items.toArray(new Node[0]));
    }

    private Node parseQuantifier(Node atom) {
        if (!more()) {
            return atom;
        }
        char c = peek();
        int min;
        int max;
        int start = pos;
        if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            pos++;
            min = parseInt();
            if (min < 0) {
                throw error("Illegal repetition", start);
            }
            max = min;
            if (pos < pattern.length() && pattern.charAt(pos) == ',') {
                pos++;
                int m = parseInt();
                max = m < 0 ? Integer.MAX_VALUE : m;
            }
            if (pos >= pattern.length() || pattern.charAt(pos) != '}') {
                throw error("Unclosed counted closure", pos);
            }
            pos++;
            if (max < min) {
                throw error("Illegal repetition range", start);
            }
        } else {
            return atom;
        }
        if (atom instanceof Anchor) {
            return atom;
        }
        int kind = 0; // 0 greedy, 1 lazy, 2 possessive
        if (pos < pattern.length()) {
            char q = pattern.charAt(pos);
            if (q == '?') {
                kind = 1;
                pos++;
            } else if (q == '+') {
                kind = 2;
                pos++;
            }
        }
        Node r = new Repeat(atom, min, max, kind);
        if (more()) {
            char n = peek();
            if (n == '*' || n == '+' || n == '?' || (n == '{' && looksLikeCount())) {
                throw error("Dangling meta character '" + n + "'", pos);
            }
        }
        return r;
    }

    private boolean looksLikeCount() {
        int p = pos + 1;
        return p < pattern.length() && pattern.charAt(p) >= '0' && pattern.charAt(p) <= '9';
    }

    private int parseInt() {
        int start = pos;
        int v = 0;
        while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
            v = v * 10 + (pattern.charAt(pos) - '0');
            pos++;
        }
        return pos == start ? -1 : v;
    }

    private Node charNode(int c) {
        CharClass cc = new CharClass();
        cc.addRange(c, c);
        cc.caseInsensitive = (curFlags & CASE_INSENSITIVE) != 0;
        return cc;
    }

    private Node parseAtom() {
        int start = pos;
        char c = pattern.charAt(pos++);
        if (c == '(') {
            return parseGroup(start);
        }
        if (c == '[') {
            CharClass cc = parseClass();
            cc.caseInsensitive = (curFlags & CASE_INSENSITIVE) != 0;
            return cc;
        }
        if (c == '.') {
            return new AnyChar((curFlags & DOTALL) != 0, (curFlags & UNIX_LINES) != 0);
        }
        if (c == '^') {
            return new Anchor(Anchor.BOL, (curFlags & MULTILINE) != 0);
        }
        if (c == '$') {
            return new Anchor(Anchor.EOL, (curFlags & MULTILINE) != 0);
        }
        if (c == '\\') {
            return parseEscape(false, null);
        }
        if (c == '*' || c == '+' || c == '?') {
            throw error("Dangling meta character '" + c + "'", start);
        }
        if (c == '{' && pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
            throw error("Illegal repetition", start);
        }
        if (Character.isHighSurrogate(c) && pos < pattern.length() && Character.isLowSurrogate(pattern.charAt(pos))) {
            char lo = pattern.charAt(pos++);
            CharClass hi = new CharClass();
            hi.addRange(c, c);
            CharClass low = new CharClass();
            low.addRange(lo, lo);
            return new Seq(new Node[] {hi, low});
        }
        return charNode(c);
    }

    private Node parseGroup(int start) {
        int saved = curFlags;
        int index = -1;
        int look = 0; // 1 positive lookahead, 2 negative lookahead
        if (pos < pattern.length() && pattern.charAt(pos) == '?') {
            pos++;
            if (pos >= pattern.length()) {
                throw error("Unknown inline modifier", pos);
            }
            char k = pattern.charAt(pos++);
            if (k == ':') {
                index = -1;
            } else if (k == '=') {
                look = 1;
            } else if (k == '!') {
                look = 2;
            } else if (k == '<') {
                if (pos < pattern.length() && (pattern.charAt(pos) == '=' || pattern.charAt(pos) == '!')) {
                    throw error("Lookbehind is not supported by twain", pos);
                }
                int nameStart = pos;
                while (pos < pattern.length() && Character.isLetterOrDigit(pattern.charAt(pos))) {
                    pos++;
                }
                if (pos >= pattern.length() || pattern.charAt(pos) != '>') {
                    throw error("named capturing group is missing trailing '>'", pos);
                }
                String name = pattern.substring(nameStart, pos);
                pos++;
                index = ++groupCount;
                if (namedGroups.containsKey(name)) {
                    throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                }
                namedGroups.put(name, index);
            } else if (k == '>') {
                index = -2; // atomic group: treated like a possessive single match
            } else {
                // inline flags (?imsx-imsx) or (?imsx-imsx:X)
                pos--;
                boolean on = true;
                int f = curFlags;
                while (pos < pattern.length()) {
                    char ch = pattern.charAt(pos);
                    if (ch == '-') {
                        on = false;
                    } else if (ch == 'i' || ch == 'm' || ch == 's' || ch == 'x' || ch == 'd' || ch == 'u'
                            || ch == 'U') {
                        int bit = ch == 'i' ? CASE_INSENSITIVE : ch == 'm' ? MULTILINE : ch == 's' ? DOTALL
                                : ch == 'x' ? COMMENTS : ch == 'd' ? UNIX_LINES : ch == 'u' ? UNICODE_CASE
                                : UNICODE_CHARACTER_CLASS;
                        f = on ? (f | bit) : (f & ~bit);
                    } else {
                        break;
                    }
                    pos++;
                }
                if (pos >= pattern.length()) {
                    throw error("Unknown inline modifier", pos);
                }
                char end = pattern.charAt(pos++);
                if (end == ')') {
                    curFlags = f;
                    return null;
                }
                if (end != ':') {
                    throw error("Unknown inline modifier", pos - 1);
                }
                curFlags = f;
                index = -1;
            }
        } else {
            index = ++groupCount;
        }
        Node body = parseAlt();
        if (pos >= pattern.length() || pattern.charAt(pos) != ')') {
            throw error("Unclosed group", pattern.length());
        }
        pos++;
        curFlags = saved;
        if (look != 0) {
            return new Look(body, look == 2);
        }
        if (index == -2) {
            return new Repeat(body, 1, 1, 2);
        }
        return new Group(body, index);
    }

    private int parseHex(int digits) {
        int v = 0;
        for (int i = 0; i < digits; i++) {
            if (pos >= pattern.length()) {
                throw error("Illegal hexadecimal escape sequence", pos);
            }
            int d = Character.digit(pattern.charAt(pos++), 16);
            if (d < 0) {
                throw error("Illegal hexadecimal escape sequence", pos - 1);
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Parses after a backslash. In a class, returns null after adding to cc. */
    private Node parseEscape(boolean inClass, CharClass cc) {
        if (pos >= pattern.length()) {
            throw error("Unexpected internal error", pos);
        }
        char c = pattern.charAt(pos++);
        int cat = 0;
        switch (c) {
            case 'd':
                cat = CharClass.DIGIT;
                break;
            case 'D':
                cat = CharClass.NDIGIT;
                break;
            case 's':
                cat = CharClass.SPACE;
                break;
            case 'S':
                cat = CharClass.NSPACE;
                break;
            case 'w':
                cat = CharClass.WORD;
                break;
            case 'W':
                cat = CharClass.NWORD;
                break;
            case 'h':
                cat = CharClass.HSPACE;
                break;
            case 'v':
                cat = CharClass.VSPACE;
                break;
            default:
                break;
        }
        if (cat != 0) {
            CharClass r = cc != null ? cc : new CharClass();
            r.cats |= cat;
            return inClass ? null : r;
        }
        if (c == 'p' || c == 'P') {
            String name;
            if (pos < pattern.length() && pattern.charAt(pos) == '{') {
                int close = pattern.indexOf('}', pos);
                if (close < 0) {
                    throw error("Unclosed character family", pattern.length());
                }
                name = pattern.substring(pos + 1, close);
                pos = close + 1;
            } else {
                name = String.valueOf(pattern.charAt(pos++));
            }
            int prop = CharClass.property(name);
            if (prop < 0) {
                throw error("Unknown character property name {" + name + "}", pos);
            }
            CharClass p = new CharClass();
            p.props = prop;
            p.negated = c == 'P';
            if (cc != null) {
                cc.addUnion(p);
                return null;
            }
            return p;
        }
        if (!inClass) {
            if (c == 'b') {
                return new Anchor(Anchor.WORDB, false);
            }
            if (c == 'B') {
                return new Anchor(Anchor.NWORDB, false);
            }
            if (c == 'A') {
                return new Anchor(Anchor.BEGIN, false);
            }
            if (c == 'z') {
                return new Anchor(Anchor.END, false);
            }
            if (c == 'Z') {
                return new Anchor(Anchor.EOL, false);
            }
            if (c == 'G') {
                return new Anchor(Anchor.LASTEND, false);
            }
            if (c >= '1' && c <= '9') {
                int n = c - '0';
                while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
                    int nn = n * 10 + (pattern.charAt(pos) - '0');
                    if (nn > groupCount) {
                        break;
                    }
                    n = nn;
                    pos++;
                }
                return new BackRef(n, (curFlags & CASE_INSENSITIVE) != 0);
            }
            if (c == 'k') {
                if (pos >= pattern.length() || pattern.charAt(pos) != '<') {
                    throw error("\\k is not followed by '<' for named capturing group", pos);
                }
                int close = pattern.indexOf('>', pos);
                String name = pattern.substring(pos + 1, close);
                pos = close + 1;
                Integer g = namedGroups.get(name);
                if (g == null) {
                    throw error("named capturing group <" + name + "> does not exist", pos - 1);
                }
                return new BackRef(g.intValue(), (curFlags & CASE_INSENSITIVE) != 0);
            }
            if (c == 'Q') {
                int end = pattern.indexOf("\\E", pos);
                String lit = end < 0 ? pattern.substring(pos) : pattern.substring(pos, end);
                pos = end < 0 ? pattern.length() : end + 2;
                Node[] items = new Node[lit.length()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = charNode(lit.charAt(i));
                }
                return new Seq(items);
            }
            if (c == 'R') {
                Node crlf = new Seq(new Node[] {charNode('\r'), charNode('\n')});
                CharClass any = new CharClass();
                any.cats = CharClass.VSPACE;
                return new Alt(new Node[] {crlf, any});
            }
        }
        int lit;
        switch (c) {
            case 't':
                lit = '\t';
                break;
            case 'n':
                lit = '\n';
                break;
            case 'r':
                lit = '\r';
                break;
            case 'f':
                lit = '\f';
                break;
            case 'a':
                lit = 7;
                break;
            case 'e':
                lit = 27;
                break;
            case '0': {
                lit = 0;
                int n = 0;
                while (n < 3 && pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '7') {
                    lit = lit * 8 + (pattern.charAt(pos++) - '0');
                    n++;
                }
                if (n == 0) {
                    throw error("Illegal octal escape sequence", pos);
                }
                break;
            }
            case 'x':
                if (pos < pattern.length() && pattern.charAt(pos) == '{') {
                    int close = pattern.indexOf('}', pos);
                    lit = Integer.parseInt(pattern.substring(pos + 1, close), 16);
                    pos = close + 1;
                } else {
                    lit = parseHex(2);
                }
                break;
            case 'u':
                lit = parseHex(4);
                break;
            case 'c':
                lit = pattern.charAt(pos++) ^ 64;
                break;
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    throw error("Illegal/unsupported escape sequence", pos - 1);
                }
                lit = c;
                break;
        }
        if (inClass) {
            cc.addRange(lit, lit);
            return null;
        }
        return charNode(lit);
    }

    /** Parses a class body; pos is just after '['. */
    private CharClass parseClass() {
        CharClass cc = new CharClass();
        int start = pos - 1;
        if (pos < pattern.length() && pattern.charAt(pos) == '^') {
            cc.negated = true;
            pos++;
        }
        boolean first = true;
        for (;;) {
            if (pos >= pattern.length()) {
                throw error("Unclosed character class", pattern.length() - 1);
            }
            char c = pattern.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                return cc;
            }
            first = false;
            if (c == '[') {
                pos++;
                cc.addUnion(parseClass());
                continue;
            }
            if (c == '&' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '&') {
                pos += 2;
                CharClass rest = new CharClass();
                // parse the remainder of this class as the right operand
                for (;;) {
                    if (pos >= pattern.length()) {
                        throw error("Unclosed character class", pattern.length() - 1);
                    }
                    char d = pattern.charAt(pos);
                    if (d == ']') {
                        break;
                    }
                    if (d == '[') {
                        pos++;
                        rest.addUnion(parseClass());
                        continue;
                    }
                    parseClassItem(rest);
                }
                CharClass left = cc.copyPositive();
                CharClass both = new CharClass();
                both.negated = cc.negated;
                both.intersectA = left;
                both.intersectB = rest;
                pos++;
                return both;
            }
            parseClassItem(cc);
        }
    }

    private void parseClassItem(CharClass cc) {
        char c = pattern.charAt(pos++);
        int lo;
        if (c == '\\') {
            int before = cc.rangeCount;
            Node n = parseEscape(true, cc);
            if (cc.rangeCount == before || n != null) {
                return; // category or property
            }
            lo = cc.ranges[2 * (cc.rangeCount - 1)];
            cc.rangeCount--;
        } else {
            lo = c;
        }
        if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
            pos++;
            char d = pattern.charAt(pos++);
            int hi;
            if (d == '\\') {
                CharClass tmp = new CharClass();
                parseEscape(true, tmp);
                if (tmp.rangeCount != 1) {
                    throw error("Illegal character range", pos - 1);
                }
                hi = tmp.ranges[0];
            } else if (d == '[') {
                throw error("Illegal character range", pos - 1);
            } else {
                hi = d;
            }
            if (hi < lo) {
                throw error("Illegal character range", pos - 1);
            }
            cc.addRange(lo, hi);
        } else {
            cc.addRange(lo, lo);
        }
    }

    // =====================================================================
    // Matching machinery
    // =====================================================================

    abstract static class Cont {
        abstract boolean run(int i);
    }

    abstract static class Node {
        abstract boolean match(Matcher m, int i, Cont k);
    }

    /** Single-character matcher (literal, class, property, '.'). */
    abstract static class CharNode extends Node {
        abstract boolean accepts(char c);

        boolean match(Matcher m, int i, Cont k) {
            return i < m.to && accepts(m.text[i]) && k.run(i + 1);
        }
    }

    static final class CharClass extends CharNode {
        static final int DIGIT = 1;
        static final int NDIGIT = 2;
        static final int SPACE = 4;
        static final int NSPACE = 8;
        static final int WORD = 16;
        static final int NWORD = 32;
        static final int HSPACE = 64;
        static final int VSPACE = 128;

        boolean negated;
        boolean caseInsensitive;
        int[] ranges = new int[8];
        int rangeCount;
        int cats;
        int props;
        CharClass[] unions;
        CharClass intersectA;
        CharClass intersectB;

        void addRange(int lo, int hi) {
            if (2 * rangeCount + 2 > ranges.length) {
                int[] r = new int[ranges.length * 2];
                System.arraycopy(ranges, 0, r, 0, ranges.length);
                ranges = r;
            }
            ranges[2 * rangeCount] = lo;
            ranges[2 * rangeCount + 1] = hi;
            rangeCount++;
        }

        void addUnion(CharClass c) {
            if (unions == null) {
                unions = new CharClass[] {c};
            } else {
                CharClass[] u = new CharClass[unions.length + 1];
                System.arraycopy(unions, 0, u, 0, unions.length);
                u[unions.length] = c;
                unions = u;
            }
        }

        CharClass copyPositive() {
            CharClass c = new CharClass();
            c.ranges = ranges;
            c.rangeCount = rangeCount;
            c.cats = cats;
            c.props = props;
            c.unions = unions;
            c.intersectA = intersectA;
            c.intersectB = intersectB;
            return c;
        }

        static int property(String name) {
            String n = name;
            if (n.startsWith("Is") && n.length() > 2) {
                n = n.substring(2);
            }
            String[] names = {"Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print",
                "Blank", "Cntrl", "XDigit", "Space", "L", "Lu", "Ll", "N", "Nd", "Alphabetic", "Letter",
                "javaLowerCase", "javaUpperCase", "javaWhitespace", "Z", "Zs", "P", "Uppercase", "Lowercase",
                "White_Space", "LD", "javaLetterOrDigit", "javaDigit", "javaLetter", "S", "Punctuation"};
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(n) || names[i].equalsIgnoreCase(n) && n.length() > 2) {
                    return i + 1;
                }
            }
            return -1;
        }

        private static boolean isPunct(int c) {
            return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
                    || (c >= 0x7B && c <= 0x7E);
        }

        private static boolean hasProp(int p, char c) {
            switch (p) {
                case 1:
                    return c >= 'a' && c <= 'z';
                case 2:
                    return c >= 'A' && c <= 'Z';
                case 3:
                    return c < 128;
                case 4:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                case 5:
                    return c >= '0' && c <= '9';
                case 6:
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                case 7:
                    return isPunct(c);
                case 8:
                    return c >= 0x21 && c <= 0x7E;
                case 9:
                    return c >= 0x20 && c <= 0x7E;
                case 10:
                    return c == ' ' || c == '\t';
                case 11:
                    return c < 0x20 || c == 0x7F;
                case 12:
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                case 13:
                    return c == ' ' || (c >= 0x09 && c <= 0x0D);
                case 14:
                case 20:
                case 33:
                    return Character.isLetter(c);
                case 15:
                case 22:
                case 27:
                    return Character.isUpperCase(c);
                case 16:
                case 21:
                case 28:
                    return Character.isLowerCase(c);
                case 17:
                case 18:
                case 32:
                    return Character.isDigit(c);
                case 19:
                    return Character.isAlphabetic(c);
                case 23:
                case 29:
                    return Character.isWhitespace(c);
                case 24:
                case 25:
                    return Character.isSpaceChar(c);
                case 26:
                case 35:
                    return c < 128 ? isPunct(c) && "$+<=>^`|~".indexOf(c) < 0 : false;
                case 30:
                case 31:
                    return Character.isLetterOrDigit(c);
                case 34:
                    return "$+<=>^`|~".indexOf(c) >= 0;
                default:
                    return false;
            }
        }

        private boolean base(char c) {
            for (int i = 0; i < rangeCount; i++) {
                if (c >= ranges[2 * i] && c <= ranges[2 * i + 1]) {
                    return true;
                }
            }
            if (cats != 0) {
                boolean digit = c >= '0' && c <= '9';
                boolean space = c == ' ' || (c >= 0x09 && c <= 0x0D);
                boolean word = digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
                if (((cats & DIGIT) != 0 && digit) || ((cats & NDIGIT) != 0 && !digit)
                        || ((cats & SPACE) != 0 && space) || ((cats & NSPACE) != 0 && !space)
                        || ((cats & WORD) != 0 && word) || ((cats & NWORD) != 0 && !word)) {
                    return true;
                }
                if ((cats & HSPACE) != 0 && (c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180e
                        || (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000)) {
                    return true;
                }
                if ((cats & VSPACE) != 0 && ((c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                    return true;
                }
            }
            if (props != 0 && hasProp(props, c)) {
                return true;
            }
            if (unions != null) {
                for (CharClass u : unions) {
                    if (u.accepts(c)) {
                        return true;
                    }
                }
            }
            if (intersectA != null) {
                return intersectA.accepts(c) && intersectB.accepts(c);
            }
            return false;
        }

        boolean accepts(char c) {
            boolean r = base(c);
            if (!r && caseInsensitive) {
                char u = Character.toUpperCase(c);
                char l = Character.toLowerCase(c);
                r = (u != c && base(u)) || (l != c && base(l));
            }
            return negated ? !r : r;
        }
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static final class AnyChar extends CharNode {
        final boolean dotAll;
        final boolean unixLines;

        AnyChar(boolean dotAll, boolean unixLines) {
            this.dotAll = dotAll;
            this.unixLines = unixLines;
        }

        boolean accepts(char c) {
            if (dotAll) {
                return true;
            }
            return unixLines ? c != '\n' : !isLineTerminator(c);
        }
    }

    static final class Seq extends Node {
        final Node[] items;

        Seq(Node[] items) {
            this.items = items;
        }

        boolean match(Matcher m, int i, Cont k) {
            return matchFrom(m, 0, i, k);
        }

        boolean matchFrom(final Matcher m, int idx, int i, final Cont k) {
            Node[] its = items;
            while (idx < its.length && its[idx] instanceof CharNode) {
                if (i < m.to && ((CharNode) its[idx]).accepts(m.text[i])) {
                    i++;
                    idx++;
                } else {
                    return false;
                }
            }
            if (idx == its.length) {
                return k.run(i);
            }
            final int next = idx + 1;
            if (next == its.length) {
                return its[idx].match(m, i, k);
            }
            return its[idx].match(m, i, new Cont() {
                boolean run(int j) {
                    return matchFrom(m, next, j, k);
                }
            });
        }
    }

    static final class Alt extends Node {
        final Node[] alts;

        Alt(Node[] alts) {
            this.alts = alts;
        }

        boolean match(Matcher m, int i, Cont k) {
            for (Node a : alts) {
                if (a.match(m, i, k)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Group extends Node {
        final Node body;
        final int index;

        Group(Node body, int index) {
            this.body = body;
            this.index = index;
        }

        boolean match(final Matcher m, final int i, final Cont k) {
            if (index < 0) {
                return body.match(m, i, k);
            }
            return body.match(m, i, new Cont() {
                boolean run(int j) {
                    int[] g = m.groups;
                    int os = g[2 * index];
                    int oe = g[2 * index + 1];
                    g[2 * index] = i;
                    g[2 * index + 1] = j;
                    if (k.run(j)) {
                        return true;
                    }
                    g[2 * index] = os;
                    g[2 * index + 1] = oe;
                    return false;
                }
            });
        }
    }

    static final class Look extends Node {
        final Node body;
        final boolean negative;

        Look(Node body, boolean negative) {
            this.body = body;
            this.negative = negative;
        }

        boolean match(Matcher m, int i, Cont k) {
            int[] saved = m.groups.clone();
            boolean found = body.match(m, i, new Cont() {
                boolean run(int j) {
                    return true;
                }
            });
            if (negative) {
                m.groups = saved;
                return !found && k.run(i);
            }
            if (!found) {
                m.groups = saved;
                return false;
            }
            if (k.run(i)) {
                return true;
            }
            m.groups = saved;
            return false;
        }
    }

    static final class BackRef extends Node {
        final int group;
        final boolean ci;

        BackRef(int group, boolean ci) {
            this.group = group;
            this.ci = ci;
        }

        boolean match(Matcher m, int i, Cont k) {
            int s = m.groups[2 * group];
            int e = m.groups[2 * group + 1];
            if (s < 0) {
                return false;
            }
            int len = e - s;
            if (i + len > m.to) {
                return false;
            }
            for (int x = 0; x < len; x++) {
                char a = m.text[s + x];
                char b = m.text[i + x];
                if (a != b && !(ci && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                    return false;
                }
            }
            return k.run(i + len);
        }
    }

    static final class Anchor extends Node {
        static final int BOL = 0;
        static final int EOL = 1;
        static final int WORDB = 2;
        static final int NWORDB = 3;
        static final int BEGIN = 4;
        static final int END = 5;
        static final int LASTEND = 6;

        final int kind;
        final boolean multiline;

        Anchor(int kind, boolean multiline) {
            this.kind = kind;
            this.multiline = multiline;
        }

        private static boolean isWord(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        boolean match(Matcher m, int i, Cont k) {
            boolean ok;
            char[] t = m.text;
            int from = m.from;
            int to = m.to;
            switch (kind) {
                case BOL:
                    if (!multiline) {
                        ok = i == from;
                    } else {
                        ok = i == from || (i < to && isLineTerminator(t[i - 1])
                                && !(t[i - 1] == '\r' && t[i] == '\n'));
                        if (!ok && i == to && i > from) {
                            ok = false;
                        }
                    }
                    break;
                case EOL:
                    if (i == to) {
                        ok = true;
                    } else if (multiline) {
                        ok = isLineTerminator(t[i]) && !(t[i] == '\n' && i > from && t[i - 1] == '\r');
                    } else {
                        ok = (i == to - 1 && isLineTerminator(t[i]))
                                || (i == to - 2 && t[i] == '\r' && t[i + 1] == '\n');
                    }
                    break;
                case WORDB:
                case NWORDB: {
                    boolean before = i > from && isWord(t[i - 1]);
                    boolean after = i < to && isWord(t[i]);
                    ok = (before != after) == (kind == WORDB);
                    break;
                }
                case BEGIN:
                    ok = i == from;
                    break;
                case END:
                    ok = i == to;
                    break;
                default:
                    ok = i == m.lastAppendEnd;
                    break;
            }
            return ok && k.run(i);
        }
    }

    static final class Repeat extends Node {
        final Node body;
        final int min;
        final int max;
        final int kind; // 0 greedy, 1 lazy, 2 possessive

        Repeat(Node body, int min, int max, int kind) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        boolean match(final Matcher m, int i, final Cont k) {
            if (body instanceof CharNode) {
                CharNode cn = (CharNode) body;
                int n = 0;
                int limit = m.to;
                if (kind == 1) {
                    for (;;) {
                        if (n >= min && k.run(i + n)) {
                            return true;
                        }
                        if (n >= max || i + n >= limit || !cn.accepts(m.text[i + n])) {
                            return false;
                        }
                        n++;
                    }
                }
                while (n < max && i + n < limit && cn.accepts(m.text[i + n])) {
                    n++;
                }
                if (n < min) {
                    return false;
                }
                if (kind == 2) {
                    return k.run(i + n);
                }
                for (; n >= min; n--) {
                    if (k.run(i + n)) {
                        return true;
                    }
                }
                return false;
            }
            if (kind == 2) {
                final int[] end = {-1};
                int j = i;
                int count = 0;
                while (count < max) {
                    end[0] = -1;
                    boolean ok = body.match(m, j, new Cont() {
                        boolean run(int x) {
                            end[0] = x;
                            return true;
                        }
                    });
                    if (!ok || end[0] == j) {
                        if (ok) {
                            count++;
                        }
                        break;
                    }
                    j = end[0];
                    count++;
                }
                return count >= min && k.run(j);
            }
            return rep(m, 0, i, k);
        }

        boolean rep(final Matcher m, final int count, final int i, final Cont k) {
            if (kind == 1) {
                if (count >= min && k.run(i)) {
                    return true;
                }
                if (count < max) {
                    return body.match(m, i, new Cont() {
                        boolean run(int j) {
                            if (j == i && count >= min) {
                                return false;
                            }
                            return rep(m, count + 1, j, k);
                        }
                    });
                }
                return false;
            }
            if (count < max) {
                boolean r = body.match(m, i, new Cont() {
                    boolean run(int j) {
                        if (j == i && count >= min) {
                            return false;
                        }
                        return rep(m, count + 1, j, k);
                    }
                });
                if (r) {
                    return true;
                }
            }
            return count >= min && k.run(i);
        }
    }
}
