package org.khotin.config;

/**
 * Per-language settings.
 *
 * @param fallback on the English side: also list Vietnamese articles that have no English version
 */
public record LanguageConfig(Language language, String title, String description, boolean fallback) {}
