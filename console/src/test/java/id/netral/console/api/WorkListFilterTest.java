package id.netral.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkListFilterTest {

    @Test
    void theListsAddressKeepsEveryFilterSetAndNothingElse() {
        assertThat(new WorkListResource.Filter(null, "", null, null, null, false, null).address()).isEqualTo("/cases");
        assertThat(new WorkListResource.Filter("UNDER_REVIEW", "SOCIAL_MEDIA_LIKE", "34.04", null, "PILKADA_2024", true, "due").address())
                .isEqualTo("/cases?status=UNDER_REVIEW&act=SOCIAL_MEDIA_LIKE&region=34.04&election=PILKADA_2024&overdue=true&sort=due");
    }

    @Test
    void whatAnOfficerTypedIsEncodedNotPasted() {
        assertThat(new WorkListResource.Filter(null, null, null, "PEMKAB SLEMAN&x=1", null, false, null).address())
                .isEqualTo("/cases?agency=PEMKAB+SLEMAN%26x%3D1");
    }
}
