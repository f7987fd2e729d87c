package org.khotin.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.khotin.text.Unicode;

/** Decodes an editor's file: strict UTF-8 (BOM allowed), CRLF and CR made LF, NFC. */
public final class SourceText {
    private SourceText() {}

    public static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        // The JDK's own decoding is several times faster than a decoder's; it puts U+FFFD where a byte is
        // wrong, so only a file with that character in it is decoded again, strictly, to find the byte.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return Optional.of(Unicode.nfc(normalizeLineEnds(lenient)));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            SourcePos at = positionOfByte(bytes, start, in.position(), path);
            problems.error(at, String.format(Locale.ROOT, "file is not valid UTF-8 (byte 0x%02X)", bytes[in.position()] & 0xFF),
                    "save the file as UTF-8; 'khotin import' converts Windows-1258, TCVN3 and VNI text");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(Unicode.nfc(normalizeLineEnds(out.toString())));
    }

    public static String normalizeLineEnds(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Line and column (in characters) of a byte offset, counting the valid UTF-8 before it. */
    private static SourcePos positionOfByte(byte[] bytes, int start, int offset, String path) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        try {
            String before = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
            return SourcePos.at(path, line, before.codePointCount(0, before.length()) + 1);
        } catch (CharacterCodingException e) {
            return SourcePos.at(path, line, offset - lineStart + 1);
        }
    }
}
