package vn.chibo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.documents.DocumentNumbering.IssuedDocument;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

@ChiboIntegrationTest
class DocumentNumberingIntegrationTests {

    @Autowired
    DocumentNumbering numbering;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    JdbcClient jdbc;

    final CurrentUser system = CurrentUser.system();
    OrganizationId branch;

    /** A fresh branch with two terms, so that every test starts from an empty numbering. */
    @BeforeEach
    void createBranch() {
        long sector = vn.chibo.DemoFixtures.organizationId(jdbc, vn.chibo.DemoFixtures.SECTOR_COMMITTEE);
        branch = organizations.create(
                system,
                OrganizationId.of(sector),
                new OrganizationDraft(
                        "Chi bộ thử đánh số " + System.nanoTime(),
                        "CB",
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        null,
                        null));
        organizationTerms.addTerm(system, branch, "2022–2025", LocalDate.of(2022, 7, 1), LocalDate.of(2025, 5, 1));
        organizationTerms.addTerm(system, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
    }

    @Test
    void numbersRunFromOnePerTypeAndTerm() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThat(issue(DocumentType.RESOLUTION, day, null).number().symbol()).isEqualTo("01-NQ/CB");
        assertThat(issue(DocumentType.RESOLUTION, day, null).number().symbol()).isEqualTo("02-NQ/CB");
        assertThat(issue(DocumentType.MINUTES, day, null).number().symbol()).isEqualTo("01-BB/CB");
        // A new calendar year does not restart the count; a new term does.
        assertThat(issue(DocumentType.RESOLUTION, LocalDate.of(2027, 1, 8), null)
                        .number()
                        .number())
                .isEqualTo(3);
        IssuedDocument earlier = issue(DocumentType.RESOLUTION, LocalDate.of(2024, 12, 2), null);
        assertThat(earlier.number().number()).isEqualTo(1);
        assertThat(earlier.termName()).isEqualTo("2022–2025");
    }

    @Test
    void theSameSourceKeepsItsNumber() {
        LocalDate day = LocalDate.of(2026, 4, 9);
        IssuedDocument first = issue(DocumentType.MINUTES, day, "meeting:77");
        IssuedDocument again = issue(DocumentType.MINUTES, day, "meeting:77");
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(issue(DocumentType.MINUTES, day, "meeting:78").number().number())
                .isEqualTo(2);
    }

    @Test
    void concurrentIssuingNeverGivesTheSameNumberTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                jobs.add(() -> issue(DocumentType.NOTICE, LocalDate.of(2026, 5, 20), null)
                        .number()
                        .number());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(24).doesNotHaveDuplicates();
            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 24)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDateOutsideEveryTermIsRefusedClearly() {
        assertThatThrownBy(() -> issue(DocumentType.RESOLUTION, LocalDate.of(2019, 1, 1), null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("document.term.missing");
    }

    @Test
    void onlyThoseWhoRecordMeetingsOfTheIssuerIssueNumbers() {
        long other = vn.chibo.DemoFixtures.organizationId(jdbc, vn.chibo.DemoFixtures.BITHU_BRANCH);
        CurrentUser clerkElsewhere = new CurrentUser(77, "vt", "Văn thư", List.of(new Grant(other, Role.CLERK)));
        assertThatThrownBy(() -> numbering.issue(
                        clerkElsewhere, branch, DocumentType.RESOLUTION, LocalDate.of(2026, 3, 5), "x", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTermsDatesCannotBeCorrectedAwayFromTheDocumentsNumberedInIt() {
        issue(DocumentType.RESOLUTION, LocalDate.of(2026, 3, 10), null);
        long term = organizationTerms
                .termOn(system, branch, LocalDate.of(2026, 3, 10))
                .orElseThrow()
                .id();

        // The resolution of 10/3/2026 would no longer be in the term that numbered it.
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        system, branch, term, "2025–2027", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 11, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("startsOn");
                    assertThat(e.messageKey()).isEqualTo("document.term.correctionOutside");
                    assertThat(e.arguments()).containsExactly(1, "01-NQ/CB", "10/03/2026");
                });
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        system, branch, term, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2026, 3, 10)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        // Nothing was written: the term keeps its dates.
        assertThat(organizationTerms
                        .termOn(system, branch, LocalDate.of(2025, 5, 1))
                        .orElseThrow()
                        .id())
                .isEqualTo(term);

        // A correction that keeps the document inside is made.
        organizationTerms.updateTerm(
                system, branch, term, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 10, 15));
        assertThat(organizationTerms
                        .termOn(system, branch, LocalDate.of(2027, 10, 20))
                        .isEmpty())
                .isTrue();
    }

    private IssuedDocument issue(DocumentType type, LocalDate date, String source) {
        return numbering.issue(system, branch, type, date, "Văn bản thử", source);
    }
}
