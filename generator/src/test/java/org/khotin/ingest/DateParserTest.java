package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "Thứ 7, 05.01.2019 | 15:52:32 ¦ 2019-01-05T15:52:32+07:00",
            "20/01/2022 - 18:20 ¦ 2022-01-20T18:20:00+07:00",
            "Cập nhật lúc : 04/04/2023 10:48 ¦ 2023-04-04T10:48:00+07:00",
            "Thứ 5, Ngày 27 / 10 / 2022 ¦ 2022-10-27",
            "Chủ nhật, 12/3/2023, 08:00 (GMT+7) ¦ 2023-03-12T08:00:00+07:00",
            "Thứ Hai, 06/02/2017 - 14:30 ¦ 2017-02-06T14:30:00+07:00",
            "Thứ năm, 26-02-2026, 19:33 ¦ 2026-02-26T19:33:00+07:00",
            "26/02/2026 19:33 (GMT+7) ¦ 2026-02-26T19:33:00+07:00",
            "06/02/2017 14:30 GMT+7 ¦ 2017-02-06T14:30:00+07:00",
            "Thứ năm, 15:39, 26/02/2026 ¦ 2026-02-26T15:39:00+07:00",
            "Đăng lúc: 14:30 06/02/2017 ¦ 2017-02-06T14:30:00+07:00",
            "Ngày đăng: 06/02/2017 ¦ 2017-02-06",
            "Ngày cập nhật: 06/02/2017 09:05 ¦ 2017-02-06T09:05:00+07:00",
            "Xuất bản: 06/02/2017 09:05 ¦ 2017-02-06T09:05:00+07:00",
            "Thời gian đăng: 06/02/2017 09:05 ¦ 2017-02-06T09:05:00+07:00",
            "06/02/2017 14h30 ¦ 2017-02-06T14:30:00+07:00",
            "06/02/2017 14h ¦ 2017-02-06T14:00:00+07:00",
            "Cập nhật: 8 giờ 06/02/2017 ¦ 2017-02-06T08:00:00+07:00",
            "06/02/2017 9 giờ 30 ¦ 2017-02-06T09:30:00+07:00",
            "06/02/2017 3:52 CH ¦ 2017-02-06T15:52:00+07:00",
            "06/02/2017 9:15 SA ¦ 2017-02-06T09:15:00+07:00",
            "06/02/2017 12:10 SA ¦ 2017-02-06T00:10:00+07:00",
            "2026-02-26T12:33:53+00:00 ¦ 2026-02-26T19:33:53+07:00",
            "2019-01-05 ¦ 2019-01-05",
            "ngày 27 tháng 10 năm 2022 ¦ 2022-10-27",
            "Hà Nội, ngày 27 tháng 10 năm 2022 ¦ 2022-10-27",
            "Thứ Sáu, 5/1/2019 ¦ 2019-01-05",
            "05 . 01 . 2019 ¦ 2019-01-05",
            "CN, 06/01/2019 - 07:00 ¦ 2019-01-06T07:00:00+07:00",
            "January 5, 2019 ¦ 2019-01-05",
            "Published: 5 January 2019 10:00 ¦ 2019-01-05T10:00:00+07:00",
    })
    void parsesDateLines(String line, String iso) {
        DateParser.ParsedDate d = parser.parseLine(line).orElseThrow(() -> new AssertionError("no date in " + line));
        assertEquals(iso, d.iso());
        assertEquals(line.strip(), d.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kết luận số 50-KL/TW, ngày 28/02/2023 của Bộ Chính trị",
            "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị", "Chiều 4-1", "31/02/2020", "72 lượt xem",
            "2015-2020", "25/10/2017 là ngày ban hành nghị quyết", "06/02/2017 25:10"})
    void otherLinesAreNotDates(String line) {
        assertTrue(parser.parseLine(line).isEmpty(), line);
    }
}
