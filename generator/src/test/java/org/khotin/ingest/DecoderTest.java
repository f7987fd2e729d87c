package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private static final String SAMPLE = "Tổng kết công tác Tổ chức xây dựng Đảng năm 2018\n\n"
            + "Chiều 4-1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2018, "
            + "triển khai phương hướng nhiệm vụ năm 2019. Tới dự có đồng chí Bí thư Tỉnh ủy, lãnh đạo các sở ngành.\n";

    private final Decoder decoder = new Decoder();

    private Decoder.Decoded ok(byte[] bytes) {
        Result<Decoder.Decoded> r = decoder.decode(bytes);
        if (r instanceof Result.Failed<Decoder.Decoded> f) throw new AssertionError(f.reason());
        return ((Result.Ok<Decoder.Decoded>) r).value();
    }

    private String failed(byte[] bytes) {
        Result<Decoder.Decoded> r = decoder.decode(bytes);
        if (r instanceof Result.Failed<Decoder.Decoded> f) return f.reason();
        throw new AssertionError("decoded: " + ((Result.Ok<Decoder.Decoded>) r).value());
    }

    @Test
    void utf8IsTakenAsIs() {
        Decoder.Decoded d = ok(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SAMPLE, d.text());
        assertEquals("utf-8", d.encoding());
        assertFalse(d.converted());
    }

    @Test
    void nfdBecomesNfc() {
        String nfd = Normalizer.normalize(SAMPLE, Normalizer.Form.NFD);
        assertEquals(SAMPLE, ok(nfd.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void crlfAndCrBecomeLf() {
        assertEquals(SAMPLE, ok(SAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(SAMPLE, ok(SAMPLE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void utf8BomIsDropped() {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Decoder.Decoded d = ok(bytes);
        assertEquals(SAMPLE, d.text());
        assertEquals("utf-8", d.encoding());
    }

    @Test
    void utf16WithBomEitherOrder() {
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(0xFF);
        le.write(0xFE);
        le.writeBytes(SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(SAMPLE, ok(le.toByteArray()).text());
        assertEquals("utf-16le", ok(le.toByteArray()).encoding());
        assertEquals(SAMPLE, ok(SAMPLE.getBytes(StandardCharsets.UTF_16)).text()); // Java writes a big-endian BOM
    }

    @Test
    void windows1258IsDetectedAndComposed() {
        // Windows-1258 writes most tones as separate combining bytes; Java decodes to NFD, the decoder composes
        byte[] bytes = ImportFixtures.windows1258(SAMPLE);
        Decoder.Decoded d = ok(bytes);
        assertEquals(SAMPLE, d.text());
        assertEquals("windows-1258", d.encoding());
        assertTrue(d.converted());
    }

    @Test
    void tcvn3IsDetected() {
        // "tổng kết công tác tổ chức xây dựng đảng" in TCVN3 bytes (lowercase only, as TCVN3 text was)
        String text = "t\u00e6ng k\u00d5t c\u00abng t\u00b8c t\u00e6 ch\u00f8c x\u00a9y d\u00f9ng \u00ae\u00b6ng n\u00a8m 2018, "
                + "tri\u00d3n khai ph\u00ad\u00acng h\u00ad\u00edng nhi\u00d6m v\u00f4 n\u00a8m 2019.";
        Decoder.Decoded d = ok(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("tcvn3", d.encoding());
        assertEquals("tổng kết công tác tổ chức xây dựng đảng năm 2018, triển khai phương hướng nhiệm vụ năm 2019.",
                d.text());
    }

    @Test
    void vniIsDetected() {
        String text = "Toång keát coâng taùc Toå chöùc xaây döïng Ñaûng naêm 2018 taïi Vieät Nam.";
        Decoder.Decoded d = ok(text.getBytes(Charset.forName("windows-1252")));
        assertEquals("vni", d.encoding());
        assertEquals("Tổng kết công tác Tổ chức xây dựng Đảng năm 2018 tại Việt Nam.", d.text());
    }

    @Test
    void windows1252MojibakeIsRepaired() {
        // as browsers and editors do it: cp1252, with its five undefined bytes kept as C1 control characters
        StringBuilder mojibake = new StringBuilder();
        for (byte b : SAMPLE.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            boolean undefined = u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D;
            mojibake.append(undefined ? String.valueOf((char) u) : new String(new byte[] {b}, Charset.forName("windows-1252")));
        }
        Decoder.Decoded d = ok(mojibake.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(SAMPLE, d.text());
        assertTrue(d.converted());
    }

    @Test
    void emptyAndBlankFilesFail() {
        assertEquals("empty file", failed(new byte[0]));
        assertEquals("empty file", failed(" \n\r\n ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryFilesFail() {
        assertTrue(failed(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}).startsWith("binary file"));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 'a' : 3);
        assertTrue(failed(controls).startsWith("binary file"));
    }

    @Test
    void undecodableTextFails() {
        byte[] noise = new byte[300];
        for (int i = 0; i < noise.length; i++) noise[i] = (byte) (0x80 + (i * 37) % 0x7F);
        assertTrue(failed(noise).startsWith("cannot decode the text"), failed(noise));
    }
}
