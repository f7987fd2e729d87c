package org.khotin.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese dictionary order (a ă â b c d đ e ê …, tones huyền hỏi ngã sắc nặng), word by word so that
 * {@code Hà Nội} comes before {@code Hải Phòng} (the JDK collator alone ignores spaces). Ties fall back to
 * the raw strings, so the order is total and deterministic.
 */
public final class VietnameseOrder implements Comparator<String> {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Collator collator;

    public VietnameseOrder() {
        this.collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        this.collator.setStrength(Collator.TERTIARY);
    }

    @Override
    public synchronized int compare(String a, String b) {
        String[] wa = SPACES.split(Unicode.nfc(a).strip());
        String[] wb = SPACES.split(Unicode.nfc(b).strip());
        int n = Math.min(wa.length, wb.length);
        for (int i = 0; i < n; i++) {
            int c = collator.compare(wa[i], wb[i]);
            if (c != 0) return c;
        }
        if (wa.length != wb.length) return Integer.compare(wa.length, wb.length);
        return a.compareTo(b);
    }
}
