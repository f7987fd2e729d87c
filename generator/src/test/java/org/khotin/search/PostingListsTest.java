package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khotin.search.PostingCodec.Posting;

class PostingListsTest {
    @Test
    void manyListsComeBackAsAddedWithLargeGapsAndEveryWeight() {
        Random random = new Random(7);
        int lists = 300;
        List<List<Posting>> expected = new ArrayList<>();
        for (int l = 0; l < lists; l++) expected.add(new ArrayList<>());
        PostingLists postings = new PostingLists();
        int[] lastDoc = new int[lists];
        Arrays.fill(lastDoc, -1);
        // documents in increasing order per list, interleaved across lists as a build adds them
        for (int step = 0; step < 20_000; step++) {
            int list = random.nextInt(lists);
            int gap = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(200);
                case 2 -> random.nextInt(100_000);
                default -> random.nextInt(1 << 20);
            };
            if (lastDoc[list] + 1L + gap > Integer.MAX_VALUE / 2) continue;
            int doc = lastDoc[list] + 1 + gap;
            int weight = random.nextInt(3) == 0 ? 0 : random.nextInt(PostingCodec.MAX_WEIGHT + 1);
            postings.add(list, doc, weight);
            expected.get(list).add(new Posting(doc, weight));
            lastDoc[list] = doc;
        }
        for (int l = 0; l < lists; l++) assertThat(postings.postings(l)).as("list " + l).isEqualTo(expected.get(l));
    }

    @Test
    void aCopyReplacesListsWithoutChangingTheOriginal() {
        PostingLists original = new PostingLists();
        for (int doc = 0; doc < 50; doc++) original.add(1, doc * 3, doc % 4);
        original.add(2, 7, 2);
        List<Posting> before = original.postings(1);

        PostingLists copy = original.copy();
        List<Posting> replaced = List.of(new Posting(4, 0), new Posting(9, 5));
        copy.replace(1, replaced);
        copy.replace(9, List.of(new Posting(0, 1)));

        assertThat(copy.postings(1)).isEqualTo(replaced);
        assertThat(copy.postings(2)).isEqualTo(original.postings(2));
        assertThat(copy.postings(9)).containsExactly(new Posting(0, 1));
        assertThat(original.postings(1)).isEqualTo(before);
        assertThat(original.isEmpty(9)).isTrue();
    }

    @Test
    void extremesSurvive() {
        PostingLists postings = new PostingLists();
        postings.add(5, 0, PostingCodec.MAX_WEIGHT);
        postings.add(5, 1, 0);
        postings.add(5, Integer.MAX_VALUE - 1, PostingCodec.MAX_WEIGHT);
        postings.add(5, Integer.MAX_VALUE, 0);
        assertThat(postings.postings(5)).containsExactly(new Posting(0, PostingCodec.MAX_WEIGHT), new Posting(1, 0),
                new Posting(Integer.MAX_VALUE - 1, PostingCodec.MAX_WEIGHT), new Posting(Integer.MAX_VALUE, 0));
    }

    @Test
    void listsNeverAddedToAreEmpty() {
        PostingLists postings = new PostingLists();
        postings.add(3, 10, 0);
        assertThat(postings.isEmpty(0)).isTrue();
        assertThat(postings.isEmpty(1_000)).isTrue();
        assertThat(postings.postings(2)).isEmpty();
        assertThat(postings.postings(3)).containsExactly(new Posting(10, 0));
    }

    @Test
    void documentsMustIncreaseAndWeightsBeInRange() {
        PostingLists postings = new PostingLists();
        postings.add(0, 10, 1);
        assertThatThrownBy(() -> postings.add(0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postings.add(0, 11, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postings.add(0, 11, PostingCodec.MAX_WEIGHT + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
