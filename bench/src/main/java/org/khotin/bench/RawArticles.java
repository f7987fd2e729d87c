package org.khotin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.khotin.config.Language;

/**
 * Generated articles as a scraper saves them (page text, {@code .txt}): widgets and a view counter around the
 * headline, the date in one of the forms news sites print, subheads in capitals, list items and quotes as
 * plain lines, a byline and share widgets at the end, no keyword line (so the importer suggests keywords).
 * Input for timing {@code khotin import}.
 */
public final class RawArticles {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi");
    private static final List<String> GIVEN = List.of("Minh Anh", "Thu Hà", "Quốc Hùng", "Ngọc Lan", "Văn Thành",
            "Hải Yến", "Đức Long", "Bích Ngọc");

    private RawArticles() {}

    /** Writes one {@code .txt} per generated article into {@code dir}; returns how many. */
    public static int write(ArchiveGenerator generator, Path dir) throws IOException {
        Files.createDirectories(dir);
        int[] count = new int[1];
        try {
            generator.generate(article -> {
                Random random = new Random(count[0]);
                Path file = dir.resolve(String.format(Locale.ROOT, "%06d-%s.txt", count[0]++, article.lang().code()));
                try {
                    Files.write(file, text(article, random).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    static String text(SyntheticArticle a, Random random) {
        boolean vietnamese = a.lang() == Language.VI;
        StringBuilder out = new StringBuilder(6000);
        if (vietnamese && random.nextBoolean()) out.append("Tin tức hoạt động\n\n");
        out.append(a.title()).append("\n\n");
        out.append(vietnamese ? vietnameseDate(a.date(), random) : englishDate(a.date())).append('\n');
        if (vietnamese) out.append(20 + random.nextInt(900)).append(" lượt xem\n");
        out.append('\n');
        Set<String> seen = new HashSet<>();
        for (String block : a.blocks()) {
            String plain = block.replace("**", "");
            if (plain.startsWith("## ")) {
                // scraped subheads are in capitals; a repeated one would read as page furniture
                String heading = plain.substring(3).toUpperCase(Locale.ROOT);
                if (seen.add(heading)) out.append(heading).append("\n\n");
            } else if (plain.startsWith("- ")) {
                for (String item : plain.split("\n")) out.append(item.substring(2)).append("\n\n");
            } else if (plain.startsWith("> ")) {
                out.append(plain.substring(2)).append("\n\n");
            } else {
                out.append(plain).append("\n\n");
            }
        }
        out.append(FAMILY.get(random.nextInt(FAMILY.size()))).append(' ').append(GIVEN.get(random.nextInt(GIVEN.size())))
                .append("\n\n");
        out.append(vietnamese ? "Chia sẻ bài viết\n" : "Share this article\n");
        return out.toString();
    }

    /** The date lines of the seed pages: weekday and dots, slashes and a dash, or an "updated at" label. */
    private static String vietnameseDate(OffsetDateTime d, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%s, %02d.%02d.%04d | %02d:%02d:%02d", weekday(d.getDayOfWeek()),
                    d.getDayOfMonth(), d.getMonthValue(), d.getYear(), d.getHour(), d.getMinute(), d.getSecond());
            case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d - %02d:%02d", d.getDayOfMonth(), d.getMonthValue(),
                    d.getYear(), d.getHour(), d.getMinute());
            default -> String.format(Locale.ROOT, "Cập nhật lúc : %02d/%02d/%04d %02d:%02d", d.getDayOfMonth(),
                    d.getMonthValue(), d.getYear(), d.getHour(), d.getMinute());
        };
    }

    private static String englishDate(OffsetDateTime d) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d - %02d:%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear(),
                d.getHour(), d.getMinute());
    }

    private static String weekday(DayOfWeek day) {
        return day == DayOfWeek.SUNDAY ? "Chủ nhật" : "Thứ " + (day.getValue() + 1);
    }
}
