package org.khotin.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guess at the publication day when neither the page nor the text gave one, kept only as a hint for the
 * editor ({@code date_estimate}), never as the article's date. The article was written no earlier than the
 * latest thing it reports, so the estimate is the latest of:
 * <ul>
 * <li>a full date in the text ({@code 28/02/2023}) — that day;</li>
 * <li>a year mentioned on its own ({@code năm 2020}) — 1 January of that year;</li>
 * <li>the end of a completed period ({@code giai đoạn 2015-2020}) — 1 January of the year after, because a
 * period is reviewed once it is over. A period ending later than a year after the latest plain year is a
 * plan still running ({@code nhiệm kỳ 2020-2025}) and is ignored.</li>
 * </ul>
 * Dates after today are ignored; no date or year at all gives no estimate. Never the file's modification
 * time: that is when it was saved, not written.
 */
public record DateEstimate(LocalDate day, String reason) {
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d.,/-])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?![\\d.,/-]*\\d)");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})\\s?[-–]\\s?((?:19|20)\\d{2})(?!\\d|[.,]\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})(?![\\d.,/-]*\\d)");

    static Optional<DateEstimate> from(String text, LocalDate today) {
        LocalDate best = LocalDate.MIN;
        String reason = "";
        Matcher full = FULL_DATE.matcher(text);
        while (full.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(full.group(3)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(1)));
                if (!d.isAfter(today) && d.isAfter(best)) {
                    best = d;
                    reason = "latest date in the text, " + full.group();
                }
            } catch (DateTimeException e) {
                // not a date (a ratio or a document number): ignore
            }
        }
        String withoutRanges = RANGE.matcher(FULL_DATE.matcher(text).replaceAll(" ")).replaceAll(" ");
        int latestYear = 0;
        Matcher year = YEAR.matcher(withoutRanges);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (y <= today.getYear()) latestYear = Math.max(latestYear, y);
        }
        if (latestYear > 0) {
            LocalDate d = LocalDate.of(latestYear, 1, 1);
            if (d.isAfter(best)) {
                best = d;
                reason = "latest year in the text, " + latestYear;
            }
        }
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (to <= from || (latestYear > 0 && to > latestYear + 1)) continue;
            LocalDate d = LocalDate.of(to + 1, 1, 1);
            if (d.isAfter(today)) continue;
            if (d.isAfter(best)) {
                best = d;
                reason = "the year after the period " + range.group();
            }
        }
        return best.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(new DateEstimate(best, reason));
    }
}
