package org.khotin.config;

import java.util.Locale;
import java.util.Optional;

/** The archive's two languages. Folder names, URL prefixes and {@code lang} attributes use {@link #code()}. */
public enum Language {
    VI("vi", "vi-VN"), EN("en", "en-GB");

    private final String code;
    private final Locale locale;

    Language(String code, String localeTag) {
        this.code = code;
        this.locale = Locale.forLanguageTag(localeTag);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == VI ? EN : VI;
    }

    public static Optional<Language> find(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) return Optional.of(l);
        }
        return Optional.empty();
    }
}
