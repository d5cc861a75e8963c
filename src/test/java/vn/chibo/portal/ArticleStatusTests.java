package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.chibo.platform.Permission;
import vn.chibo.portal.ArticleStatus.Action;

class ArticleStatusTests {

    @Test
    void onlyPublishedArticlesArePublic() {
        assertThat(Arrays.stream(ArticleStatus.values()).filter(ArticleStatus::isPublic))
                .containsExactly(ArticleStatus.PUBLISHED);
    }

    @Test
    void editorsSubmitAndTheEditorInChiefDecides() {
        assertThat(Action.SUBMIT.permission()).isEqualTo(Permission.PORTAL_EDIT);
        assertThat(Action.APPROVE.permission()).isEqualTo(Permission.PORTAL_PUBLISH);
        assertThat(Action.RETURN.permission()).isEqualTo(Permission.PORTAL_PUBLISH);
        assertThat(Action.UNPUBLISH.permission()).isEqualTo(Permission.PORTAL_PUBLISH);
    }

    @Test
    void theWorkflowFollowsItsSteps() {
        assertThat(Action.SUBMIT.allowedFrom(ArticleStatus.DRAFT)).isTrue();
        assertThat(Action.SUBMIT.allowedFrom(ArticleStatus.RETURNED)).isTrue();
        assertThat(Action.SUBMIT.allowedFrom(ArticleStatus.PUBLISHED)).isFalse();
        assertThat(Action.APPROVE.allowedFrom(ArticleStatus.DRAFT))
                .as("a draft must be submitted first")
                .isFalse();
        assertThat(Action.APPROVE.allowedFrom(ArticleStatus.SUBMITTED)).isTrue();
        assertThat(Action.UNPUBLISH.allowedFrom(ArticleStatus.SCHEDULED)).isTrue();
        assertThat(Action.UNPUBLISH.allowedFrom(ArticleStatus.DRAFT)).isFalse();
        assertThat(Action.ARCHIVE.allowedFrom(ArticleStatus.ARCHIVED)).isFalse();
    }

    @Test
    void onceSubmittedOnlyTheEditorInChiefChangesTheText() {
        assertThat(ArticleStatus.DRAFT.editPermission()).isEqualTo(Permission.PORTAL_EDIT);
        assertThat(ArticleStatus.SUBMITTED.editPermission()).isEqualTo(Permission.PORTAL_PUBLISH);
        assertThat(ArticleStatus.PUBLISHED.editPermission()).isEqualTo(Permission.PORTAL_PUBLISH);
        assertThat(ArticleStatus.ARCHIVED.editPermission()).isNull();
    }
}
