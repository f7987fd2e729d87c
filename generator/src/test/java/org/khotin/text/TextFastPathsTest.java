package org.khotin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khotin.testing.VariedText;

/** Loops that replaced the normalizer's check and a regex on the import's hot path give the same answers. */
class TextFastPathsTest {
    @Test
    void everyNfcInertCharacterIsNfcAloneAndNextToAnyOther() {
        StringBuilder inert = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Unicode.isNfcInert(c)) inert.append(c);
        }
        for (int i = 0; i < inert.length(); i++) {
            String one = String.valueOf(inert.charAt(i));
            assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", (int) one.charAt(0)).isTrue();
            for (int j = 0; j < inert.length(); j++) {
                String two = one + inert.charAt(j);
                if (!Normalizer.isNormalized(two, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format(Locale.ROOT, "U+%04X U+%04X is not NFC", (int) two.charAt(0), (int) two.charAt(1)));
                }
            }
        }
    }

    @Test
    void letterOrMarkIsWhatTheRegexClassMatches() {
        Pattern letterOrMark = Pattern.compile("[\\p{L}\\p{M}]");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean expected = letterOrMark.matcher(Character.toString(c)).matches();
            if (Unicode.isLetterOrMark(c) != expected) throw new AssertionError(String.format(Locale.ROOT, "U+%04X", c));
        }
    }

    @Test
    void nfcAndPlainSpacesAgreeWithTheNormalizer() {
        for (String s : VariedText.lines()) {
            String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
            assertThat(Unicode.nfc(s)).as(s).isEqualTo(nfc);
            assertThat(Unicode.nfcPlainSpaces(s)).as(s)
                    .isEqualTo(nfc.replaceAll("[\u00A0\u2007\u202F\u2002\u2003\u2009]", " ").replaceAll("[\u200B\u200C\u200D\uFEFF]", ""));
        }
    }

    /** What {@link Tones#canonical} was before its loop. */
    private static final Pattern OPEN_DIPHTHONG = Pattern.compile("(?<![qQ])([oOuU][\\p{L}&&[^\\p{ASCII}]])(?![\\p{L}\\p{M}])");

    private static String canonicalByRegex(String nfc) {
        Matcher m = OPEN_DIPHTHONG.matcher(nfc);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String pair = m.group(1);
            out.append(nfc, last, m.start(1)).append(Tones.moveTone(pair));
            last = m.end(1);
        }
        return out.append(nfc, last, nfc.length()).toString();
    }

    @Test
    void tonePlacementLoopAgreesWithTheRegex() {
        List<String> inputs = new ArrayList<>();
        for (String s : VariedText.lines()) inputs.add(Normalizer.normalize(s, Normalizer.Form.NFC));
        List<String> seconds = new ArrayList<>();
        for (char c = 0x41; c < 0x250; c++) seconds.add(String.valueOf(c));
        for (char c = 0x1EA0; c <= 0x1EF9; c++) seconds.add(String.valueOf(c));
        seconds.add("\uD835\uDC00");
        for (String before : List.of("", "q", "Q", "h", "t ")) {
            for (String first : List.of("o", "O", "u", "U", "a")) {
                for (String second : seconds) {
                    for (String after : List.of("", " ", "n", "\u0301", "\uD835\uDC00", "-", "\u20DD")) {
                        inputs.add(before + first + second + after);
                    }
                }
            }
        }
        for (String s : inputs) {
            if (!canonicalByRegex(s).equals(Tones.canonical(s))) {
                throw new AssertionError("differs for '" + s + "': " + canonicalByRegex(s) + " / " + Tones.canonical(s));
            }
        }
        assertThat(Tones.canonical("hoà hợp, khoẻ, uỷ, quý")).isEqualTo("hòa hợp, khỏe, ủy, quý");
    }
}
