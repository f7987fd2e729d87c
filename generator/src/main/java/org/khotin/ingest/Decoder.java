package org.khotin.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.khotin.content.SourceText;
import org.khotin.text.Unicode;

/**
 * Turns the bytes of a scraped page into NFC text with LF line ends. A BOM or valid UTF-8 decides at once;
 * otherwise every legacy Vietnamese decoding is tried and the one that yields the largest share of valid
 * syllables wins (detector libraries cannot tell Windows-1258, TCVN3 or VNI apart).
 */
public final class Decoder {
    /** The winning decoding's name as written to {@code source_encoding}. */
    public static final String UTF_8 = "utf-8";

    static final String WINDOWS_1258 = "windows-1258";
    static final String TCVN3 = "tcvn3";
    static final String VNI = "vni";

    /** Below this share of valid syllables no decoding is trusted. */
    private static final double MINIMUM_SCORE = 0.5;

    /** Decoded text and the name of the encoding it was in. */
    public record Decoded(String text, String encoding) {
        public boolean converted() {
            return !encoding.equals(UTF_8);
        }
    }

    private record Candidate(String encoding, String text, double score, int order) {}

    public Result<Decoded> decode(byte[] bytes) {
        if (bytes.length == 0) return Result.failed("empty file");
        Optional<Decoded> unicode = withBom(bytes);
        if (unicode.isEmpty()) unicode = utf16WithoutBom(bytes);
        if (unicode.isEmpty() && looksBinary(bytes)) return Result.failed("binary file (not text)");
        if (unicode.isEmpty()) unicode = strict(bytes, StandardCharsets.UTF_8).map(t -> repairMojibake(new Decoded(t, UTF_8)));
        if (unicode.isPresent()) return finish(unicode.get());
        return bestLegacy(bytes);
    }

    /** Decodes bytes in an encoding named by the page itself (an HTML meta charset). */
    public Result<Decoded> decodeAs(byte[] bytes, Charset charset) {
        Optional<Decoded> bom = withBom(bytes);
        if (bom.isPresent()) return finish(bom.get());
        if (charset.equals(StandardCharsets.UTF_8)) return decode(bytes);
        String name = charset.name().toLowerCase(java.util.Locale.ROOT);
        // US-ASCII and ISO-8859-1 declarations are often wrong about UTF-8 pages; valid UTF-8 beyond ASCII wins
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent() && !isAscii(bytes) && (name.equals("us-ascii") || name.equals("iso-8859-1"))) {
            return finish(new Decoded(utf8.get(), UTF_8));
        }
        // as browsers do: these labels mean windows-1252, whose bytes 0x80-0x9F are quotes and dashes, not C1 controls
        if (name.equals("us-ascii") || name.equals("iso-8859-1")) {
            return finish(new Decoded(new String(bytes, LegacyEncodings.WINDOWS_1252), "windows-1252"));
        }
        return finish(new Decoded(new String(bytes, charset), name.equals("utf-8") ? UTF_8 : name));
    }

    private static Result<Decoded> finish(Decoded decoded) {
        String text = Unicode.nfc(SourceText.normalizeLineEnds(decoded.text()));
        if (text.indexOf('\u0000') >= 0) return Result.failed("binary file (not text)");
        if (text.isBlank()) return Result.failed("empty file");
        return Result.ok(new Decoded(text, decoded.encoding()));
    }

    /** Signatures of UTF-8 Vietnamese that was once read as windows-1252 and saved again as UTF-8. */
    static final java.util.regex.Pattern MOJIBAKE = java.util.regex.Pattern.compile("á»|áº|Ä‘|Æ°|Ã´|Ã¡|Ã¢|Ãª");

    /** The same test as {@link #MOJIBAKE}, as a loop: it runs over every input's whole text. */
    static boolean hasMojibakeSignature(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            boolean found = switch (text.charAt(i)) {
                case 'á' -> next == '»' || next == 'º';
                case 'Ä' -> next == '‘';
                case 'Æ' -> next == '°';
                case 'Ã' -> next == '´' || next == '¡' || next == '¢' || next == 'ª';
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    /** Undoes a windows-1252 round trip when that gives more valid syllables; keeps the text otherwise. */
    static Decoded repairMojibake(Decoded decoded) {
        String text = decoded.text();
        if (!hasMojibakeSignature(text)) return decoded;
        byte[] original = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Optional<Byte> b = windows1252Byte(c);
            if (b.isEmpty()) return decoded;
            original[i] = b.get();
        }
        Optional<String> repaired = strict(original, StandardCharsets.UTF_8);
        if (repaired.isEmpty()) return decoded;
        String nfc = Unicode.nfc(repaired.get());
        return Syllables.validShare(nfc) > Syllables.validShare(text) ? new Decoded(nfc, "utf-8 (repaired from windows-1252 mojibake)")
                : decoded;
    }

    /** The windows-1252 byte for a character; the five bytes cp1252 leaves undefined pass through as C1 controls. */
    private static Optional<Byte> windows1252Byte(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
            return Optional.of((byte) c);
        }
        byte[] encoded = String.valueOf(c).getBytes(LegacyEncodings.WINDOWS_1252);
        return encoded.length == 1 && encoded[0] != '?' ? Optional.of(encoded[0]) : Optional.empty();
    }

    private Result<Decoded> bestLegacy(byte[] bytes) {
        List<Candidate> candidates = new ArrayList<>();
        Charset cp1258 = Charset.forName(WINDOWS_1258);
        strict(bytes, cp1258).ifPresent(t -> candidates.add(candidate(WINDOWS_1258, t, 0)));
        candidates.add(candidate(TCVN3, LegacyEncodings.decodeTcvn3(bytes), 1));
        candidates.add(candidate(VNI, LegacyEncodings.decodeVni(bytes), 2));
        Candidate best = candidates.stream()
                .max(Comparator.comparingDouble(Candidate::score).thenComparing(c -> -c.order()))
                .orElseThrow();
        if (best.score() < MINIMUM_SCORE) {
            return Result.failed(String.format(java.util.Locale.ROOT,
                    "cannot decode the text: not UTF-8, and no Vietnamese encoding (Windows-1258, TCVN3, VNI) "
                            + "gives readable syllables (best %.0f%%)", best.score() * 100));
        }
        return finish(new Decoded(best.text(), best.encoding()));
    }

    private static Candidate candidate(String encoding, String text, int order) {
        String nfc = Unicode.nfc(text);
        return new Candidate(encoding, nfc, Syllables.validShare(nfc), order);
    }

    private static Optional<Decoded> withBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(slice(b, 3), StandardCharsets.UTF_8).map(t -> new Decoded(t, UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(slice(b, 2), StandardCharsets.UTF_16BE).map(t -> new Decoded(t, "utf-16be"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(slice(b, 2), StandardCharsets.UTF_16LE).map(t -> new Decoded(t, "utf-16le"));
        }
        return Optional.empty();
    }

    /** UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text. */
    private static Optional<Decoded> utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return Optional.empty();
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) evenNuls++;
                else oddNuls++;
            }
        }
        int half = b.length / 2;
        if (evenNuls > half * 0.4 && oddNuls == 0) {
            return strict(b, StandardCharsets.UTF_16BE).map(t -> new Decoded(t, "utf-16be"));
        }
        if (oddNuls > half * 0.4 && evenNuls == 0) {
            return strict(b, StandardCharsets.UTF_16LE).map(t -> new Decoded(t, "utf-16le"));
        }
        return Optional.empty();
    }

    /** NUL bytes, or many control characters other than tab, line feed, form feed and carriage return. */
    static boolean looksBinary(byte[] b) {
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
        }
        return controls > Math.max(2, b.length / 100);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] slice(byte[] b, int from) {
        return java.util.Arrays.copyOfRange(b, from, b.length);
    }
}
