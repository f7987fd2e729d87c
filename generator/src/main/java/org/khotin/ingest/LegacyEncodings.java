package org.khotin.ingest;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Decoders for the two pre-Unicode Vietnamese encodings Java does not ship: TCVN3 (one byte per letter,
 * lowercase only) and VNI-Windows (an ASCII letter followed by a mark byte). Both are decoded through
 * windows-1252 first, so the bytes they leave alone keep their usual meaning.
 */
final class LegacyEncodings {
    private LegacyEncodings() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** TCVN3 (TCVN 5712:1993 VN3) byte → letter, as glibc's TCVN5712-1 table has it. */
    private static final Map<Integer, Character> TCVN3 = tcvn3();

    /** VNI-Windows: one- and two-character sequences (as seen through windows-1252) → NFC letter. */
    private static final Map<String, String> VNI = vni();

    static String decodeTcvn3(byte[] bytes) {
        String fallback = new String(bytes, WINDOWS_1252);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            Character c = TCVN3.get(bytes[i] & 0xFF);
            out.append(c != null ? c.charValue() : fallback.charAt(i));
        }
        return out.toString();
    }

    static String decodeVni(byte[] bytes) {
        String in = new String(bytes, WINDOWS_1252);
        StringBuilder out = new StringBuilder(in.length());
        int i = 0;
        while (i < in.length()) {
            if (i + 1 < in.length()) {
                String two = VNI.get(in.substring(i, i + 2));
                if (two != null) {
                    out.append(two);
                    i += 2;
                    continue;
                }
            }
            String one = VNI.get(in.substring(i, i + 1));
            out.append(one != null ? one : in.substring(i, i + 1));
            i++;
        }
        return out.toString();
    }

    private static Map<Integer, Character> tcvn3() {
        String table = "A8ă A9â AAê ABô ACơ ADư AEđ A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ "
                + "B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ "
                + "CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị "
                + "DFò E1ỏ E2õ E3ó E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ "
                + "EFù F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ FDý FEỵ";
        Map<Integer, Character> map = new HashMap<>();
        for (String entry : table.split(" ")) {
            map.put(Integer.parseInt(entry.substring(0, 2), 16), entry.charAt(2));
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> vni() {
        Map<String, String> map = new HashMap<>();
        // tone mark bytes after a, e, o, u, y, ơ, ư: sắc, huyền, hỏi, ngã, nặng (lower- and uppercase glyphs)
        String[] plainMarks = {"ù", "ø", "û", "õ", "ï"};
        String[] plainMarksUpper = {"Ù", "Ø", "Û", "Õ", "Ï"};
        // the same tones combined with a circumflex (â ê ô) and with a breve (ă)
        String[] circumflexMarks = {"á", "à", "å", "ã", "ä"};
        String[] circumflexMarksUpper = {"Á", "À", "Å", "Ã", "Ä"};
        String[] breveMarks = {"é", "è", "ú", "ü", "ë"};
        String[] breveMarksUpper = {"É", "È", "Ú", "Ü", "Ë"};
        String[] tones = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
        for (String base : new String[] {"a", "e", "o", "u", "y", "A", "E", "O", "U", "Y"}) {
            for (int t = 0; t < tones.length; t++) {
                put(map, base + plainMarks[t], base + tones[t]);
                put(map, base + plainMarksUpper[t], base + tones[t]);
            }
        }
        put(map, "yî", "y\u0323");
        put(map, "YÎ", "Y\u0323");
        for (String base : new String[] {"a", "e", "o", "A", "E", "O"}) {
            put(map, base + "â", base + "\u0302");
            put(map, base + "Â", base + "\u0302");
            for (int t = 0; t < tones.length; t++) {
                put(map, base + circumflexMarks[t], base + "\u0302" + tones[t]);
                put(map, base + circumflexMarksUpper[t], base + "\u0302" + tones[t]);
            }
        }
        for (String base : new String[] {"a", "A"}) {
            put(map, base + "ê", base + "\u0306");
            put(map, base + "Ê", base + "\u0306");
            for (int t = 0; t < tones.length; t++) {
                put(map, base + breveMarks[t], base + "\u0306" + tones[t]);
                put(map, base + breveMarksUpper[t], base + "\u0306" + tones[t]);
            }
        }
        // ơ and ư are single bytes, and take the plain tone marks after them
        String[][] hornBases = {{"ô", "ơ"}, {"ö", "ư"}, {"Ô", "Ơ"}, {"Ö", "Ư"}};
        for (String[] horn : hornBases) {
            map.put(horn[0], horn[1]);
            for (int t = 0; t < tones.length; t++) {
                put(map, horn[0] + plainMarks[t], horn[1] + tones[t]);
                put(map, horn[0] + plainMarksUpper[t], horn[1] + tones[t]);
            }
        }
        // i with a tone is a single byte
        String[][] toneI = {{"í", "í"}, {"ì", "ì"}, {"æ", "ỉ"}, {"ó", "ĩ"}, {"ò", "ị"},
                {"Í", "Í"}, {"Ì", "Ì"}, {"Æ", "Ỉ"}, {"Ó", "Ĩ"}, {"Ò", "Ị"}};
        for (String[] pair : toneI) map.put(pair[0], pair[1]);
        map.put("ñ", "đ");
        map.put("Ñ", "Đ");
        return Map.copyOf(map);
    }

    private static void put(Map<String, String> map, String key, String decomposed) {
        map.put(key, Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    }
}
