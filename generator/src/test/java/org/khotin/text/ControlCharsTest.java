package org.khotin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ControlCharsTest {
    @Test
    void wordsLineBreaksBecomeTheGivenBreakAndOtherControlsGo() {
        String pasted = "Dòng một\u000Bdòng hai\u000Cba\u0085bốn\u0001\u007F\u009F\u0000.";
        assertThat(ControlChars.clean(pasted, "\n")).isEqualTo("Dòng một\ndòng hai\nba\nbốn.");
        assertThat(ControlChars.clean(pasted, " ")).isEqualTo("Dòng một dòng hai ba bốn.");
    }

    @Test
    void tabsLineEndsAndEveryOtherCharacterStay() {
        String text = "a\tb\nc\r\nd \u00A0e\u2028f\u200Bg đ \uD83D\uDE00 \uFFFD \uFDCF \uFDF0";
        assertThat(ControlChars.indexOfStray(text, 0)).isEqualTo(-1);
        assertThat(ControlChars.clean(text, "\n")).isSameAs(text);
    }

    @Test
    void noncharactersGoWholeInEveryPlane() {
        String text = "a\uFFFEb\uFFFFc\uFDD0d\uFDEFe" + new String(Character.toChars(0x1FFFE)) + "f"
                + new String(Character.toChars(0x10FFFF)) + "g";
        assertThat(ControlChars.clean(text, " ")).isEqualTo("abcdefg");
        assertThat(ControlChars.indexOfStray(text, 0)).isEqualTo(1);
        assertThat(ControlChars.indexOfStray("x" + new String(Character.toChars(0x2FFFF)), 0))
                .as("a noncharacter above U+FFFF starts at its high surrogate").isEqualTo(1);
    }

    @Test
    void whatIsLeftIsValidXml() throws Exception {
        StringBuilder every = new StringBuilder();
        for (int cp = 0; cp < 0x110000; cp++) {
            if (cp < 0xD800 || cp > 0xDFFF) every.appendCodePoint(cp);
        }
        String clean = ControlChars.clean(every.toString(), "\n");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<t>" + clean.replace("&", "&amp;").replace("<", "&lt;") + "</t>")));
    }

    @Test
    void describesWhatItFound() {
        assertThat(ControlChars.describe(0x0B)).isEqualTo("U+000B (vertical tab)");
        assertThat(ControlChars.describe(0x1FFFF)).isEqualTo("U+1FFFF (a noncharacter)");
    }
}
