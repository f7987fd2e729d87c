package org.khotin.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {
    @Test
    void theBarShowsFirstLastAndTwoEitherSideOfTheCurrentPage() {
        assertThat(PageFrame.pageWindow(1, 1)).containsExactly(1);
        assertThat(PageFrame.pageWindow(2, 3)).containsExactly(1, 2, 3);
        assertThat(PageFrame.pageWindow(15, 30)).containsExactly(1, 13, 14, 15, 16, 17, 30);
        assertThat(PageFrame.pageWindow(1, 553)).containsExactly(1, 2, 3, 553);
        assertThat(PageFrame.pageWindow(553, 553)).containsExactly(1, 551, 552, 553);
    }
}
