package org.khotin.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's day when the page prints no date but its lead names one, as news leads do: {@code sáng 6/2},
 * {@code Chiều nay (7/2)}, {@code ngày 26.2}, {@code chiều 4-1}, {@code hôm thứ Sáu (3/2)}, {@code Ngày
 * 06.02.2017}. Only the summary, the title and the lead are read, never the rest of the body, which recalls
 * other days. {@code hôm qua (6/2)} means the article is of the day after.
 *
 * <p>The year is the one the phrase gives; else the latest year before the batch date ({@code --date}, the
 * crawl day) that does not put the day after it — a day up to two months after the batch date is an event
 * announced ahead, and more than two months before it an event the article recalls. Without a batch date
 * a year taken from the rest of the text (named in the summary, title or lead, not before a full date they
 * report; else the latest full date in the text) is a guess: the day is only the editor's hint. A day a year
 * or more before a full date the text reports is an event it recalls. A weekday in the phrase that does not
 * fall on that day makes the date unusable. Either way the article then waits for an editor.
 */
final class TextDates {
    private static final String WEEKDAY = "thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s*nhật";
    private static final String WHEN = "rạng\\s+sáng|sáng|trưa|chiều\\s+tối|chiều|tối|đêm|ngày|hôm";
    /** Group 1 the time of day, 2 nay/qua, 3 a weekday, 4 day, 6 month, 7 year. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?iuU)(?<![\\p{L}\\d])(" + WHEN + ")(?:\\s+(nay|qua))?"
            + "\\s*[,(]?\\s*(?:(" + WEEKDAY + ")\\s*[,(]?\\s*(?:ngày\\s+)?)?"
            + "(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\5\\s*(\\d{4}))?(?![\\d/.-]*\\d)");
    /** What before the phrase makes it a deadline or a span, not the day of the news. */
    private static final Pattern NOT_THE_DAY = Pattern.compile(
            "(?iuU)(?:đến|từ|trước|sau|tới|hạn|kể từ|cho đến|lúc \\d{1,2}h\\d{0,2}|\\d+[/-][\\p{L}\\d/-]*\\p{Lu}[\\p{L}\\d/-]*)\\s*(?:,\\s*)?$");
    /** What after the phrase makes it an earlier day the article looks back on: {@code ngày 24.1 vừa qua}. */
    private static final Pattern PAST_DAY = Pattern.compile("(?iuU)^\\s*\\)?\\s*(?:vừa qua|trước đó)(?![\\p{L}])");
    private static final int JUST_PAST_DAYS = 3;
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d./-])\\d{1,2}[./-]\\d{1,2}[./-]((?:19|20)\\d{2})(?!\\d)");
    private static final int ANNOUNCED_AHEAD_DAYS = 60;
    /** With a batch date, a day longer ago than this is an earlier event the article recalls. */
    private static final int RECALLED_DAYS = 60;
    /** Without one, a day more than a year before a full date the article reports is recalled. */
    private static final int RECALLED_YEAR_DAYS = 366;
    private static final Pattern NAMED_YEAR = Pattern.compile("(?iuU)(?:năm|tháng\\s*\\d{1,2}\\s*/)\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("hai", DayOfWeek.MONDAY), Map.entry("2", DayOfWeek.MONDAY), Map.entry("ba", DayOfWeek.TUESDAY),
            Map.entry("3", DayOfWeek.TUESDAY), Map.entry("tư", DayOfWeek.WEDNESDAY), Map.entry("4", DayOfWeek.WEDNESDAY),
            Map.entry("năm", DayOfWeek.THURSDAY), Map.entry("5", DayOfWeek.THURSDAY), Map.entry("sáu", DayOfWeek.FRIDAY),
            Map.entry("6", DayOfWeek.FRIDAY), Map.entry("bảy", DayOfWeek.SATURDAY), Map.entry("7", DayOfWeek.SATURDAY));
    private static final List<String> WEEKDAY_NAMES = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu",
            "Thứ Bảy", "Chủ Nhật");

    private TextDates() {}

    /**
     * A day read from the text; or why the day the text names could not be used, with the day and a year
     * guessed from the rest of the text as a hint when no year was given.
     */
    record Found(Optional<DateParser.ParsedDate> date, String note, Optional<LocalDate> estimate) {}

    /**
     * @param places   where a lead's date may be: summary, title, lead, in that order
     * @param fullText the whole article, for the year of a full date when nothing nearer gives one
     */
    static Optional<Found> find(List<String> places, String fullText, Optional<LocalDate> batchDate, LocalDate today) {
        for (String text : places) {
            Matcher m = DAY_MONTH.matcher(text);
            while (m.find()) {
                if (NOT_THE_DAY.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) continue;
                if (m.group(1).equalsIgnoreCase("hôm") && m.group(2) == null && m.group(3) == null) continue;
                int day = Integer.parseInt(m.group(4));
                int month = Integer.parseInt(m.group(6));
                if (month < 1 || month > 12 || day < 1 || day > 31) continue;
                Optional<Integer> year = m.group(7) != null ? Optional.of(Integer.parseInt(m.group(7)))
                        : yearFor(day, month, batchDate, places, fullText, today);
                if (year.isEmpty()) continue;
                LocalDate named;
                try {
                    named = LocalDate.of(year.get(), month, day);
                } catch (DateTimeException e) {
                    continue;
                }
                boolean closes = m.group().contains("(") && m.end() < text.length() && text.charAt(m.end()) == ')';
                String phrase = (m.group() + (closes ? ")" : "")).strip();
                if (m.group(3) != null) {
                    DayOfWeek said = weekday(m.group(3));
                    if (said != null && said != named.getDayOfWeek()) {
                        return Optional.of(new Found(Optional.empty(), "the text says '" + phrase + "' but " + named
                                + " is a " + WEEKDAY_NAMES.get(named.getDayOfWeek().getValue() - 1) + "; date not used",
                                Optional.empty()));
                    }
                }
                LocalDate articleDay = "qua".equalsIgnoreCase(m.group(2)) ? named.plusDays(1) : named;
                if (articleDay.isAfter(today) || batchDate.map(articleDay::isAfter).orElse(false)) continue;
                if (batchDate.map(b -> ChronoUnit.DAYS.between(articleDay, b) > RECALLED_DAYS).orElse(false)) continue;
                // "vừa qua" (just past) is the news of the day only within a few days of the crawl
                boolean past = PAST_DAY.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
                if (past && batchDate.map(b -> ChronoUnit.DAYS.between(articleDay, b) > JUST_PAST_DAYS).orElse(true)) continue;
                // an article reporting something dated a year or more later is not of this day: it recalls it
                if (latestFullDate(fullText, today).map(d -> ChronoUnit.DAYS.between(articleDay, d) > RECALLED_YEAR_DAYS)
                        .orElse(false)) {
                    continue;
                }
                if (m.group(7) == null && batchDate.isEmpty()) {
                    // a year taken from elsewhere in the text is a guess: a hint for the editor, not the date
                    return Optional.of(new Found(Optional.empty(), "the text names '" + phrase + "' without a year; "
                            + "give the batch's date with --date", Optional.of(articleDay)));
                }
                String yearFrom = m.group(7) != null ? "" : ", year from --date";
                return Optional.of(new Found(Optional.of(DateParser.ParsedDate.day(articleDay, phrase)),
                        "date read from the text ('" + phrase + "'" + yearFrom + ")", Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static DayOfWeek weekday(String phrase) {
        String w = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return w.startsWith("chủ") ? DayOfWeek.SUNDAY : WEEKDAYS.get(w.replaceFirst("^thứ\\s*", ""));
    }

    private static Optional<Integer> yearFor(int day, int month, Optional<LocalDate> batchDate, List<String> places,
            String fullText, LocalDate today) {
        if (batchDate.isPresent()) {
            LocalDate batch = batchDate.get();
            try {
                LocalDate sameYear = LocalDate.of(batch.getYear(), month, day);
                if (!sameYear.isAfter(batch)) return Optional.of(batch.getYear());
                if (ChronoUnit.DAYS.between(batch, sameYear) <= ANNOUNCED_AHEAD_DAYS) return Optional.empty();
                return Optional.of(batch.getYear() - 1);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        // a year the summary, title or lead name; the article is not older than a full date they report
        int named = 0;
        Optional<LocalDate> reported = Optional.empty();
        for (String text : places) {
            named = Math.max(named, latestYear(NAMED_YEAR.matcher(text), 1, today));
            Optional<LocalDate> d = latestFullDate(text, today);
            if (d.isPresent() && reported.map(r -> d.get().isAfter(r)).orElse(true)) reported = d;
        }
        int year = Math.max(named, reported.map(LocalDate::getYear).orElse(0));
        if (year == 0) year = latestFullDate(fullText, today).map(LocalDate::getYear).orElse(0);
        if (year == 0) return Optional.empty();
        try {
            LocalDate candidate = LocalDate.of(year, month, day);
            return Optional.of(reported.filter(candidate::isBefore).isPresent() ? year + 1 : year);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> latestFullDate(String text, LocalDate today) {
        Optional<LocalDate> latest = Optional.empty();
        Matcher m = FULL_DATE.matcher(text);
        while (m.find()) {
            String[] parts = m.group().split("[./-]");
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
                if (!d.isAfter(today) && latest.map(d::isAfter).orElse(true)) latest = Optional.of(d);
            } catch (DateTimeException e) {
                // a ratio or a document number, not a date
            }
        }
        return latest;
    }

    private static int latestYear(Matcher m, int group, LocalDate today) {
        int latest = 0;
        while (m.find()) {
            int y = Integer.parseInt(m.group(group));
            if (y <= today.getYear()) latest = Math.max(latest, y);
        }
        return latest;
    }
}
