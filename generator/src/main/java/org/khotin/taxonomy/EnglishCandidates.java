package org.khotin.taxonomy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khotin.taxonomy.CandidateFinder.Where;
import org.khotin.taxonomy.KeywordExtractor.Kind;

/**
 * Keyword candidates in English text, for {@link KeywordExtractor}'s ranking (the same as for Vietnamese):
 * names, as runs of capitalised words ({@code Central Organisation Commission}, {@code Ho Chi Minh City}, joined by
 * "of", "and", "for" or "the" between capitals) and acronyms; and noun phrases, as runs of two or three content
 * words between function words and punctuation ({@code personnel planning}).
 */
final class EnglishCandidates {
    private EnglishCandidates() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’-]*|\\d[\\d.,]*|[^\\s\\p{L}\\p{M}\\d]");
    /** What ends a clause: no candidate runs across it. */
    private static final String BREAKS = ".,;:!?()[]\"“”‘’–—…/|";
    /** Small words that join the capitalised words of one name. */
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the", "on", "de");
    /** Heads of organisations' names. */
    private static final Set<String> ORGANISATIONS = Set.of("committee", "commission", "party", "ministry", "department",
            "council", "union", "front", "assembly", "government", "bank", "company", "corporation", "association",
            "university", "agency", "office", "board", "bureau", "federation", "group", "academy", "institute", "court",
            "army", "police", "secretariat", "politburo", "people's", "organisation", "organization");
    /** Words that name a place as such. */
    private static final Set<String> PLACES = Set.of("city", "province", "district", "commune", "ward", "town",
            "county", "village", "region", "delta", "island", "islands");
    /**
     * Function words (the list related news uses, stopwords-en.txt), and words of news too common to name a topic,
     * among them the calendar's names, which are capitalised.
     */
    private static final Set<String> STOPWORDS = stopwords();

    private static Set<String> stopwords() {
        Set<String> words = new HashSet<>(WordLists.englishStopwords());
        words.addAll(List.of(("said says say told according added noted stressed asked one two three four five six seven "
                + "eight nine ten first second third new many much several year years month months day days week weeks "
                + "time times today yesterday recently now mr ms mrs dr percent per cent including include includes well "
                + "even still already make made makes get got take took give given go went come came see seen use used need "
                + "needs needed want wants way ways part parts number numbers people person lot lots "
                + "january february march april may june july august september october november december "
                + "monday tuesday wednesday thursday friday saturday sunday").split(" ")));
        return Set.copyOf(words);
    }
    private static final int MAX_PHRASE_WORDS = 3;
    /** A Party or state document by its number: "Resolution No. 18-NQ/TW", "Directive 05-CT/TW". */
    private static final Pattern DOCUMENT = Pattern.compile("\\b(Resolution|Directive|Conclusion|Decision|Regulation|Decree"
            + "|Circular|Plan|Instruction|Notice|Law)\\s+(?:No\\.?\\s*)?(\\d+(?:/\\d{4})?[-/][A-ZĐ]{1,5}(?:-[A-ZĐa-z]+)?(?:/[A-ZĐƯa-z0-9]+)?)");
    /** A headline in title case capitalises every word: its names are told by the text, not by its capitals. */
    private static final double TITLE_CASE_SHARE = 0.6;
    private static final int MIN_CONTENT_LETTERS = 3;

    /** Finds the candidates of one segment (title, lead or paragraph) into {@code out}. */
    static void find(String segment, Where where, CandidateCollector out) {
        Matcher doc = DOCUMENT.matcher(segment);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (doc.find()) {
            out.add(doc.group(1) + " " + doc.group(2), Kind.DOCUMENT, 2, where, false, false);
            rest.append(segment, last, doc.start()).append(" . ");
            last = doc.end();
        }
        String text = rest.append(segment.substring(last)).toString();
        if (where.title() && titleCase(text)) text = text.toLowerCase(Locale.ROOT);
        List<String> clause = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        boolean sentenceStart = true;
        boolean clauseAtSentenceStart = true;
        while (m.find()) {
            String token = m.group();
            if (token.length() == 1 && BREAKS.indexOf(token.charAt(0)) >= 0) {
                clause(clause, clauseAtSentenceStart, where, out);
                clause.clear();
                sentenceStart = ".!?…".indexOf(token.charAt(0)) >= 0;
                clauseAtSentenceStart = sentenceStart;
                continue;
            }
            if (!Character.isLetterOrDigit(token.codePointAt(0))) continue;
            clause.add(token);
        }
        clause(clause, clauseAtSentenceStart, where, out);
    }

    private static boolean titleCase(String text) {
        long words = 0;
        long capitalised = 0;
        for (Matcher m = WORD.matcher(text); m.find(); ) {
            String w = m.group();
            if (!Character.isLetter(w.codePointAt(0)) || JOINERS.contains(w)) continue;
            words++;
            if (capitalised(w)) capitalised++;
        }
        return words >= 3 && capitalised >= TITLE_CASE_SHARE * words;
    }

    private static void clause(List<String> words, boolean atSentenceStart, Where where, CandidateCollector out) {
        boolean[] inName = new boolean[words.size()];
        boolean opener = names(words, atSentenceStart, where, out, inName);
        // a sentence's first word is capitalised as such: "Personnel planning must …" opens with a phrase
        List<String> plain = words;
        if (opener) {
            plain = new ArrayList<>(words);
            plain.set(0, lower(words.get(0)));
        }
        phrases(plain, inName, where, out);
    }

    /**
     * Runs of capitalised words (and acronyms), joined by small words between capitals; whether the clause opens a
     * sentence with a capitalised word that is no name.
     */
    private static boolean names(List<String> words, boolean atSentenceStart, Where where, CandidateCollector out,
                                 boolean[] inName) {
        boolean opener = false;
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(words.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size()) {
                if (capitalised(words.get(end))) {
                    end++;
                } else if (JOINERS.contains(words.get(end)) && end + 1 < words.size() && capitalised(words.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            int start = i;
            // "The Central Committee": the article is no part of the name; nor is a sentence's first word alone
            while (start < end && STOPWORDS.contains(lower(words.get(start)))) start++;
            // "Review of Party work …": a sentence's first word before "of" is capitalised as the first, unless it
            // heads a name itself ("Ministry of Home Affairs")
            if (start == 0 && atSentenceStart && end - start > 2 && JOINERS.contains(words.get(1))
                    && !ORGANISATIONS.contains(lower(words.get(0))) && !PLACES.contains(lower(words.get(0)))) {
                start = 2;
                opener = true;
            }
            boolean single = end - start == 1;
            boolean sentenceOpener = single && start == 0 && atSentenceStart && !acronym(words.get(start));
            opener |= sentenceOpener;
            // "the Board said": a single head word refers back to a name, and is none itself
            boolean backReference = single && (ORGANISATIONS.contains(lower(words.get(start))) || PLACES.contains(lower(words.get(start))));
            if (start < end && !sentenceOpener && !backReference && !(single && STOPWORDS.contains(lower(words.get(start))))) {
                List<String> name = new ArrayList<>(words.subList(start, end));
                // "Hồ Chí Minh's thought": the possessive is no part of the name
                String lastWord = name.get(name.size() - 1);
                if (lastWord.endsWith("'s") || lastWord.endsWith("’s")) name.set(name.size() - 1, lastWord.substring(0, lastWord.length() - 2));
                out.add(String.join(" ", name), kind(name), name.size(), where, false, false);
                for (int k = start; k < end; k++) inName[k] = true;
            }
            i = end;
        }
        return opener;
    }

    private static Kind kind(List<String> name) {
        for (String w : name) {
            if (ORGANISATIONS.contains(lower(w))) return Kind.ORGANISATION;
        }
        if (PLACES.contains(lower(name.get(name.size() - 1)))) return Kind.PLACE;
        return Kind.NAMED;
    }

    /**
     * Runs of lowercase content words outside names, and every phrase of two or three words within them: "review
     * personnel planning" counts for "personnel planning", which the article says again, while its verb does not.
     */
    private static void phrases(List<String> words, boolean[] inName, Where where, CandidateCollector out) {
        int i = 0;
        while (i < words.size()) {
            if (!content(words.get(i)) || inName[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < words.size() && content(words.get(end)) && !inName[end]) end++;
            for (int from = i; from < end; from++) {
                for (int to = from + 2; to <= Math.min(end, from + MAX_PHRASE_WORDS); to++) addPhrase(words.subList(from, to), where, out);
            }
            i = end;
        }
    }

    private static void addPhrase(List<String> phrase, Where where, CandidateCollector out) {
        out.add(String.join(" ", phrase).toLowerCase(Locale.ROOT), Kind.PHRASE, phrase.size(), where, true, false);
    }

    private static boolean content(String word) {
        String lower = lower(word);
        return Character.isLowerCase(word.codePointAt(0)) && !STOPWORDS.contains(lower)
                && word.codePoints().filter(Character::isLetter).count() >= MIN_CONTENT_LETTERS;
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean acronym(String word) {
        return word.length() >= 2 && word.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
