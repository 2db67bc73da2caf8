package java.util.regex;

import java.util.Objects;
import java.util.function.Function;

public final class Matcher implements MatchResult {
    private Pattern parentPattern;
    private CharSequence input;
    char[] text;
    int from;
    int to;
    int[] groups;
    int lastAppendEnd;
    private int first = -1;
    private int last = 0;
    private boolean matched;
    private int appendPos = 0;

    Matcher(Pattern parent, CharSequence input) {
        this.parentPattern = parent;
        reset(input);
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        groups = new int[(newPattern.groupCount + 1) * 2];
        clearGroups();
        matched = false;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        matched = false;
        appendPos = 0;
        lastAppendEnd = 0;
        from = 0;
        to = text.length;
        groups = new int[(parentPattern.groupCount + 1) * 2];
        clearGroups();
        return this;
    }

    public Matcher reset(CharSequence input) {
        this.input = Objects.requireNonNull(input, "input");
        this.text = input.toString().toCharArray();
        return reset();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > end || end > text.length) {
            throw new IndexOutOfBoundsException("start");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    private void clearGroups() {
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
    }

    private boolean run(int start, final boolean anchorEnd) {
        clearGroups();
        final int[] end = {-1};
        boolean ok = parentPattern.root.match(this, start, new Pattern.Cont() {
            boolean run(int j) {
                if (anchorEnd && j != to) {
                    return false;
                }
                end[0] = j;
                return true;
            }
        });
        if (ok) {
            groups[0] = start;
            groups[1] = end[0];
            first = start;
            last = end[0];
            matched = true;
        } else {
            matched = false;
            first = -1;
        }
        return ok;
    }

    public boolean matches() {
        return run(from, true);
    }

    public boolean lookingAt() {
        return run(from, false);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first) {
            nextSearchIndex++;
        }
        if (nextSearchIndex < from) {
            nextSearchIndex = from;
        }
        if (nextSearchIndex > to) {
            clearGroups();
            matched = false;
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        if (start < 0 || start > text.length) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    private boolean search(int start) {
        for (int i = start; i <= to; i++) {
            if (run(i, false)) {
                return true;
            }
        }
        clearGroups();
        matched = false;
        first = -1;
        return false;
    }

    private void ensureMatch() {
        if (!matched) {
            throw new IllegalStateException("No match found");
        }
    }

    public int start() {
        ensureMatch();
        return groups[0];
    }

    public int start(int group) {
        ensureMatch();
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return groups[group * 2];
    }

    public int start(String name) {
        return start(groupIndex(name));
    }

    public int end() {
        ensureMatch();
        return groups[1];
    }

    public int end(int group) {
        ensureMatch();
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return end(groupIndex(name));
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        ensureMatch();
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        int s = groups[group * 2];
        int e = groups[group * 2 + 1];
        if (s == -1 || e == -1) {
            return null;
        }
        return String.valueOf(text, s, e - s);
    }

    private int groupIndex(String name) {
        Integer i = parentPattern.namedGroups.get(Objects.requireNonNull(name, "Group name"));
        if (i == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return i.intValue();
    }

    public String group(String name) {
        return group(groupIndex(name));
    }

    public int groupCount() {
        return parentPattern.groupCount;
    }

    public boolean hitEnd() {
        return matched && last == to;
    }

    public MatchResult toMatchResult() {
        final String[] gs = new String[groupCount() + 1];
        final int[] pos = groups.clone();
        final boolean m = matched;
        if (m) {
            for (int i = 0; i < gs.length; i++) {
                gs[i] = group(i);
            }
        }
        return new MatchResult() {
            private void check() {
                if (!m) {
                    throw new IllegalStateException("No match found");
                }
            }

            public int start() {
                check();
                return pos[0];
            }

            public int start(int group) {
                check();
                return pos[2 * group];
            }

            public int end() {
                check();
                return pos[1];
            }

            public int end(int group) {
                check();
                return pos[2 * group + 1];
            }

            public String group() {
                check();
                return gs[0];
            }

            public String group(int group) {
                check();
                return gs[group];
            }

            public int groupCount() {
                return gs.length - 1;
            }
        };
    }

    public static String quoteReplacement(String s) {
        if ((s.indexOf('\\') == -1) && (s.indexOf('$') == -1)) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        while (cursor < replacement.length()) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                nextChar = replacement.charAt(cursor);
                result.append(nextChar);
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < replacement.length()) {
                        nextChar = replacement.charAt(cursor);
                        if (Character.isLetterOrDigit(nextChar)) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (nextChar != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String gname = gsb.toString();
                    Integer idx = parentPattern.namedGroups.get(gname);
                    if (idx == null) {
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    }
                    refNum = idx.intValue();
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if ((refNum < 0) || (refNum > 9)) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    boolean done = false;
                    while (!done) {
                        if (cursor >= replacement.length()) {
                            break;
                        }
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if ((nextDigit < 0) || (nextDigit > 9)) {
                            break;
                        }
                        int newRefNum = (refNum * 10) + nextDigit;
                        if (groupCount() < newRefNum) {
                            done = true;
                        } else {
                            refNum = newRefNum;
                            cursor++;
                        }
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1) {
                    result.append(text, start(refNum), end(refNum) - start(refNum));
                }
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        ensureMatch();
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, appendPos, first - appendPos);
        sb.append(result);
        appendPos = last;
        lastAppendEnd = last;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        StringBuilder tmp = new StringBuilder();
        appendReplacement(tmp, replacement);
        sb.append(tmp);
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPos, text.length - appendPos);
        return sb;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, appendPos, text.length - appendPos);
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return input.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                String replacement = replacer.apply(this);
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return input.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return input.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + from + "," + to + " lastmatch="
                + (matched ? group() : "") + "]";
    }
}
