package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void lineBreakingControlsBreakTheLineAndTheRestGo() {
        ControlCharacters.Cleaned c = ControlCharacters.inText("Dòng một\u000Bdòng hai\u000Cba\u0085bốn\u2028năm\u0001\u001F\u007F\u0080\u009F\uFFFE\tsáu\n");
        assertEquals("Dòng một\ndòng hai\nba\nbốn\nnăm\tsáu\n", c.text());
        assertEquals(Map.of(0x0B, 1, 0x0C, 1, 0x85, 1, 0x2028, 1, 0x01, 1, 0x1F, 1, 0x7F, 1, 0x80, 1, 0x9F, 1, 0xFFFE, 1),
                c.found().counts());
        // within one line they are a space, and spaces do not pile up
        assertEquals("a b c", ControlCharacters.inLine("a \u000B b\u0001\u000Cc").text());
    }

    @Test
    void surrogatePairsStayAndLoneHalvesGo() {
        String emoji = "tin 📰 mới";
        assertSame(emoji, ControlCharacters.inText(emoji).text());
        assertEquals("ab", ControlCharacters.inText("a\uD83Db").text());
        assertEquals("ab", ControlCharacters.inText("a\uDCF0b").text());
    }

    @Test
    void cleanTextAndPagesAreTakenAsTheyAre() {
        String text = "Chiều 4-1, Ban Tổ chức Tỉnh ủy.\n";
        assertSame(text, ControlCharacters.inText(text).text());
        PageText page = new PageText(List.of(new PageText.Line("Tiêu đề", PageText.Kind.TEXT, true)), PageText.Hints.none());
        assertSame(page, ControlCharacters.inPage(page).page());
        assertTrue(ControlCharacters.inPage(page).found().isEmpty());
    }

    @Test
    void aPageLosesLinesOfOnlyControlsAndKeepsTheParagraphBreak() {
        PageText page = new PageText(List.of(new PageText.Line("Một", PageText.Kind.TEXT, true),
                new PageText.Line("\u0001", PageText.Kind.TEXT, true), new PageText.Line("Hai", PageText.Kind.TEXT, false)),
                new PageText.Hints(Optional.of("Tin\u0002 mới"), Optional.empty(), Optional.of("\u0003"), List.of("a\u0004", "\u0005"),
                        Optional.empty(), Optional.empty(), Optional.of("Tóm\u0006 tắt")));
        PageText cleaned = ControlCharacters.inPage(page).page();
        assertEquals(Optional.of("Tóm tắt"), cleaned.hints().summary());
        assertEquals(List.of(new PageText.Line("Một", PageText.Kind.TEXT, true), new PageText.Line("Hai", PageText.Kind.TEXT, true)),
                cleaned.lines());
        assertEquals(Optional.of("Tin mới"), cleaned.hints().title());
        assertEquals(Optional.empty(), cleaned.hints().author());
        assertEquals(List.of("a"), cleaned.hints().keywords());
    }

    @Test
    void aPageDeclaredLatin1IsReadAsWindows1252AsBrowsersDo() {
        byte[] bytes = {(byte) 0x93, 'a', (byte) 0x94, ' ', (byte) 0x96, ' ', (byte) 0xE9};
        Result<Decoder.Decoded> r = new Decoder().decodeAs(bytes, StandardCharsets.ISO_8859_1);
        Decoder.Decoded d = ((Result.Ok<Decoder.Decoded>) r).value();
        assertEquals("“a” – é", d.text());
        assertEquals("windows-1252", d.encoding());
    }
}
