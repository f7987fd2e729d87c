package org.khotin.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is a publication date, in the forms Vietnamese news sites print: weekday as a digit
 * or a word, {@code . / -} with or without spaces, labels ({@code Cập nhật lúc :}, {@code Ngày đăng:}),
 * the time before or after the date, {@code (GMT+7)}, {@code SA}/{@code CH}, {@code ngày 27 tháng 10 năm 2022}
 * and ISO. Day first, always. A line is a date line only when nothing but those parts is left.
 */
public final class DateParser {
    /** The sites print local time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private static final String FLAGS = "(?iuU)";
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            FLAGS + "(?<![\\d./-])(\\d{1,2})\\s*([./-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d./-])");
    private static final Pattern TEXTUAL_DATE = Pattern.compile(
            FLAGS + "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            FLAGS + "(?:(\\d{1,2})\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})|([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))");
    /** {@code 14:30}, {@code 14h30}, {@code 14h}, {@code 9 giờ 30}, {@code 8 giờ}, with seconds and SA/CH. */
    private static final Pattern TIME = Pattern.compile(
            FLAGS + "(?<![\\d:])(\\d{1,2})\\s*(?::\\s*(\\d{2})|(?:h|g|giờ)(?:\\s*(\\d{2}))?(?!\\p{L}))"
            + "(?:\\s*:\\s*(\\d{2}))?(?:\\s*(SA|CH|AM|PM)(?![\\p{L}]))?(?![\\d:])");
    private static final Pattern LABEL = Pattern.compile(FLAGS + "^(?:cập\\s*nhật(?:\\s*lúc)?|ngày\\s*(?:đăng|cập\\s*nhật|xuất\\s*bản)"
            + "|đăng\\s*(?:ngày|lúc)|xuất\\s*bản(?:\\s*lúc)?|thời\\s*gian(?:\\s*đăng)?|published|updated|posted|date)(?:\\s*(?:on|at))?\\s*:?");
    private static final Pattern WEEKDAY = Pattern.compile(FLAGS
            + "(?:thứ\\s*(?:[2-7]|hai|ba|tư|bốn|năm|sáu|bảy)|chủ\\s*nhật|\\bCN\\b"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b)");
    /** What may be left of a date line once date, time, weekday and label are taken out. */
    private static final Pattern LEFTOVER = Pattern.compile(FLAGS
            + "(?:\\(?\\s*GMT\\s*[+]\\s*0?7(?::?00)?\\s*\\)?|\\bICT\\b|\\blúc\\b|\\bngày\\b|\\bat\\b|\\bon\\b|[\\s,|\\-–—:.()])*");
    private static final Pattern PLACE_BEFORE_TEXTUAL = Pattern.compile(FLAGS + "^[\\p{L} .]{2,40},\\s*(?=ngày\\s)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * A recognised publication date and the text it was read from.
     *
     * @param hasTime whether the text gave a time of day; without one {@code date} is the day's start and the
     *                article is dated by the day alone
     */
    public record ParsedDate(OffsetDateTime date, String raw, boolean hasTime) {
        /** The date as front matter holds it: date and time with offset, or the day alone. */
        public String iso() {
            return hasTime ? date.format(ISO) : date.atZoneSameInstant(ZONE).toLocalDate().toString();
        }

        /** A day without a time, read from {@code raw}. */
        public static ParsedDate day(LocalDate day, String raw) {
            return new ParsedDate(day.atStartOfDay(ZONE).toOffsetDateTime(), raw, false);
        }
    }

    /** Reads a whole line as a date; empty when the line is anything else or the date is impossible. */
    public Optional<ParsedDate> parseLine(String line) {
        String raw = line.strip();
        if (raw.isEmpty() || raw.length() > 80) return Optional.empty();
        String rest = LABEL.matcher(raw).replaceFirst("");
        rest = PLACE_BEFORE_TEXTUAL.matcher(rest).replaceFirst("");

        Matcher iso = ISO_DATE.matcher(rest);
        if (iso.find() && onlyNoiseLeft(rest, iso.start(), iso.end())) return iso(iso, raw);

        Optional<LocalDate> day = Optional.empty();
        int start = -1;
        int end = -1;
        Matcher m = NUMERIC_DATE.matcher(rest);
        Matcher t = TEXTUAL_DATE.matcher(rest);
        Matcher e = ENGLISH_DATE.matcher(rest);
        if (m.find()) {
            day = date(m.group(4), m.group(3), m.group(1));
            start = m.start();
            end = m.end();
        } else if (t.find()) {
            day = date(t.group(3), t.group(2), t.group(1));
            start = t.start();
            end = t.end();
        } else if (e.find()) {
            day = e.group(1) != null ? englishDate(e.group(3), e.group(2), e.group(1))
                    : englishDate(e.group(6), e.group(4), e.group(5));
            start = e.start();
            end = e.end();
        }
        if (day.isEmpty()) return Optional.empty();
        String withoutDate = rest.substring(0, start) + " " + rest.substring(end);
        LocalTime time = LocalTime.MIDNIGHT;
        Matcher tm = TIME.matcher(withoutDate);
        String leftover = withoutDate;
        boolean hasTime = tm.find();
        if (hasTime) {
            Optional<LocalTime> parsed = time(tm);
            if (parsed.isEmpty()) return Optional.empty();
            time = parsed.get();
            leftover = withoutDate.substring(0, tm.start()) + " " + withoutDate.substring(tm.end());
        }
        leftover = WEEKDAY.matcher(leftover).replaceAll(" ");
        if (!LEFTOVER.matcher(leftover).matches()) return Optional.empty();
        return Optional.of(new ParsedDate(LocalDateTime.of(day.get(), time).atZone(ZONE).toOffsetDateTime(), raw, hasTime));
    }

    private boolean onlyNoiseLeft(String s, int start, int end) {
        String left = WEEKDAY.matcher(s.substring(0, start) + " " + s.substring(end)).replaceAll(" ");
        return LEFTOVER.matcher(left).matches();
    }

    private static Optional<ParsedDate> iso(Matcher m, String raw) {
        Optional<LocalDate> parsedDay = date(m.group(1), m.group(2), m.group(3));
        if (parsedDay.isEmpty()) return Optional.empty();
        LocalDate day = parsedDay.get();
        try {
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            LocalDateTime local = LocalDateTime.of(day, time);
            OffsetDateTime date;
            if (m.group(7) == null) {
                date = local.atZone(ZONE).toOffsetDateTime();
            } else {
                ZoneOffset offset = ZoneOffset.of(m.group(7).equals("Z") ? "Z"
                        : m.group(7).replaceFirst("^([+-]\\d{2})(\\d{2})$", "$1:$2"));
                Instant instant = local.atOffset(offset).toInstant();
                date = instant.atZone(ZONE).toOffsetDateTime();
            }
            return Optional.of(new ParsedDate(date, raw, m.group(4) != null));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900) return Optional.empty();
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> englishDate(String year, String monthName, String day) {
        return Optional.ofNullable(MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT)))
                .flatMap(month -> date(year, String.valueOf(month), day));
    }

    /** {@code CH} (chiều, afternoon) and PM add twelve hours; {@code SA} and AM make 12 mean midnight. */
    private static Optional<LocalTime> time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(2) != null ? m.group(2) : m.group(3);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String half = m.group(5) == null ? "" : m.group(5).toUpperCase(Locale.ROOT);
        if ((half.equals("CH") || half.equals("PM")) && hour < 12) hour += 12;
        if ((half.equals("SA") || half.equals("AM")) && hour == 12) hour = 0;
        try {
            return Optional.of(LocalTime.of(hour, minute, second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
