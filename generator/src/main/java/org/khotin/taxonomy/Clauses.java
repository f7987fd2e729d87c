package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khotin.text.Syllable;
import org.khotin.text.Unicode;

/**
 * A segment of text (title, lead or paragraph) cut into clauses of tokens: punctuation, a dash between spaces
 * and document references end a clause, and no keyword spans two clauses. A token is a syllable or a number.
 */
final class Clauses {
    private Clauses() {}

    // the text between two tokens ends a clause (or a sentence) when it holds one of these; tested for every token
    static final String CLAUSE_BREAK_CHARS = ".!?;:…,()[]\"“”‘’'|–—/•+=*&%#";
    static final String SENTENCE_BREAK_CHARS = ".!?…";

    /**
     * One token: a syllable (or number) with where it is. {@code capital}: written with a capital (an ALL-CAPS
     * word of a byline or subhead is not); {@code quoted}: inside quotation marks.
     */
    record Token(String surface, String lower, int start, int end, boolean capital, boolean number,
                 boolean sentenceStart, boolean quoted) {
        Token lowercased() {
            return new Token(lower, lower, start, end, false, number, sentenceStart, quoted);
        }
    }

    /**
     * The clauses of {@code seg}, skipping the characters {@code taken} (document references). ALL-CAPS words
     * lose their capitals unless they are acronyms: a run of three or more (a subhead, a kicker), a run of two
     * that read as Vietnamese syllables (a byline), or one with marks other than Đ ("HẢI").
     *
     * @param acronyms lowercase acronyms that stay capitalised (those the article defines)
     */
    static List<List<Token>> of(String seg, boolean[] taken, Set<String> acronyms) {
        List<List<Token>> out = new ArrayList<>();
        int last = 0;
        boolean sentenceStart = true;
        boolean quoted = false;
        List<Token> all = new ArrayList<>();
        List<Integer> breaksBefore = new ArrayList<>();
        for (int start = nextTokenStart(seg, 0); start >= 0; start = nextTokenStart(seg, last)) {
            int end = tokenEnd(seg, start);
            boolean brk = last == 0 || anyOnOneLine(seg, last, start, CLAUSE_BREAK_CHARS) || hasSpacedDash(seg, last, start);
            boolean docBreak = false;
            for (int i = last; i < start; i++) docBreak |= taken[i];
            quoted = quotedAfter(seg, last, start, quoted);
            if (taken[start]) {
                last = end;
                breaksBefore.add(-1);
                all.add(null);
                continue;
            }
            if (anyOnOneLine(seg, last, start, SENTENCE_BREAK_CHARS)) sentenceStart = true;
            String s = seg.substring(start, end);
            boolean number = Character.isDigit(s.charAt(0));
            boolean capital = !number && Character.isUpperCase(s.codePointAt(0));
            all.add(new Token(s, s.toLowerCase(Locale.ROOT), start, end, capital, number, sentenceStart, quoted));
            breaksBefore.add(brk || docBreak ? 1 : 0);
            sentenceStart = false;
            last = end;
        }
        lowercaseAllCaps(all, acronyms);
        unquoteShortQuotes(all);
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t == null || breaksBefore.get(i) != 0) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
            }
            if (t != null) current.add(t);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** Quotation marks around at most this many words set off a term ("thủy triều đỏ"), not a quotation or slogan. */
    static final int TERM_WORDS = 4;

    private static void unquoteShortQuotes(List<Token> all) {
        for (int i = 0; i < all.size(); ) {
            if (all.get(i) == null || !all.get(i).quoted()) {
                i++;
                continue;
            }
            int j = i;
            while (j < all.size() && all.get(j) != null && all.get(j).quoted()) j++;
            if (j - i <= TERM_WORDS) {
                for (int k = i; k < j; k++) {
                    Token t = all.get(k);
                    all.set(k, new Token(t.surface(), t.lower(), t.start(), t.end(), t.capital(), t.number(),
                            t.sentenceStart(), false));
                }
            }
            i = j;
        }
    }

    /** Whether the next token is inside quotation marks, given the marks between it and the last one. */
    private static boolean quotedAfter(String seg, int from, int to, boolean quoted) {
        boolean q = quoted;
        for (int i = from; i < to; i++) {
            char c = seg.charAt(i);
            if (c == '“') q = true;
            else if (c == '”') q = false;
            else if (c == '"') q = !q;
        }
        return q;
    }

    private static void lowercaseAllCaps(List<Token> all, Set<String> acronyms) {
        for (int i = 0; i < all.size(); ) {
            int j = i;
            while (j < all.size() && all.get(j) != null && allCaps(all.get(j).surface())) j++;
            int run = j - i;
            for (int k = i; k < j; k++) {
                Token t = all.get(k);
                boolean acronym = acronyms.contains(t.lower()) || KeywordKeys.isAbbreviation(t.lower())
                        || (isAsciiOrD(t.surface()) && !(run >= 2 && Syllable.isVietnamese(t.lower())));
                if (run >= 3 || !acronym) all.set(k, t.lowercased());
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isAsciiOrD(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && c != 'Đ' && c != 'đ') return false;
        }
        return true;
    }

    /**
     * Where the next token starts at or after {@code from}, or -1: a token is what {@code TOKEN} in the tests
     * matches, a run of letters and marks joined by single hyphens, or of digits joined by . , / or -. A loop
     * rather than a regex, as every paragraph of every import is tokenised.
     */
    static int nextTokenStart(String s, int from) {
        for (int i = from; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (Unicode.isLetterOrMark(c) || Character.isDigit(c)) return i;
        }
        return -1;
    }

    /** The end of the token that starts at {@code start} (see {@link #nextTokenStart}). */
    static int tokenEnd(String s, int start) {
        boolean word = Unicode.isLetterOrMark(s.codePointAt(start));
        int end = runEnd(s, start, word);
        // a joiner continues the token only when the next character starts another run
        while (end + 1 < s.length() && (word ? s.charAt(end) == '-' : ".,/-".indexOf(s.charAt(end)) >= 0)) {
            int next = runEnd(s, end + 1, word);
            if (next == end + 1) break;
            end = next;
        }
        return end;
    }

    /** The end of the run of letters and marks ({@code word}) or of digits from {@code i}. */
    private static int runEnd(String s, int i, boolean word) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (word ? !Unicode.isLetterOrMark(c) : !Character.isDigit(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean hasSpacedDash(String s, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (s.charAt(i) == ' ' && s.charAt(i + 1) == '-' && s.charAt(i + 2) == ' ') return true;
        }
        return false;
    }

    /**
     * Whether {@code s} holds one of {@code chars} and no line end: what {@code s.matches(".*[chars].*")} says
     * (a regex '.' stops at line ends), without a regex per token.
     */
    static boolean anyOnOneLine(String s, String chars) {
        return anyOnOneLine(s, 0, s.length(), chars);
    }

    /** {@link #anyOnOneLine(String, String)} for {@code s.substring(from, to)}, without making the substring. */
    private static boolean anyOnOneLine(String s, int from, int to, String chars) {
        boolean found = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
            found |= chars.indexOf(c) >= 0;
        }
        return found;
    }

    static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letters >= 2;
    }
}
