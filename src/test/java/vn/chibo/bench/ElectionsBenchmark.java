package vn.chibo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.ChiboApplication;
import vn.chibo.elections.BallotForm;
import vn.chibo.elections.CongressDocuments;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.ConveneCongress;
import vn.chibo.elections.CreateElection;
import vn.chibo.elections.ElectionCounting;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.EnterBallot;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.counting.BallotContent;
import vn.chibo.elections.counting.BallotValidator;
import vn.chibo.elections.counting.Reconciliation;
import vn.chibo.elections.counting.Reconciliation.Entered;
import vn.chibo.elections.counting.RoundOutcome;
import vn.chibo.elections.counting.Tally;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;

/**
 * Measures what issue 19 names: tallying 10,000 crossing-out ballots of 15 names (and deciding who is elected) and
 * reconciling a triple independent entry of 1,600 ballots, as pure computations; then, in ChiBo started in-process on
 * a fresh embedded PostgreSQL, the counting minutes of a round with 40 names as PDF and the ballot with 40 names as
 * PDF, through CongressDocuments (reading the round, numbering, rendering). Prints the first (cold) run and the median
 * and worst of the warm runs. Run with bench/elections.sh.
 */
public final class ElectionsBenchmark {

    private static final int WARM_RUNS = 30;

    public static void main(String[] args) throws Exception {
        System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " processors");
        Random random = new Random(190);
        List<BallotContent> ballots = crossingOut(random, 10_000, 15, 12);
        BallotValidator validator = new BallotValidator(BallotForm.CROSSING_OUT, 15, 12);
        time("tally 10,000 ballots x 15 names (12 seats) and decide", 100, () -> {
            Tally tally = Tally.count(validator, 15, ballots);
            return RoundOutcome.decide(tally.votes(), 12, 10_400).elected().size();
        });

        List<BallotContent> pile = crossingOut(random, 1_600, 15, 12);
        List<List<Entered>> entries = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            List<Entered> entry = new ArrayList<>(pile.size());
            for (int i = 0; i < pile.size(); i++) {
                BallotContent content = pile.get(i);
                // Each entry misreads about one ballot in two hundred.
                if (random.nextInt(200) == 0) {
                    content = new BallotContent.Declared(InvalidBallotCode.NOT_ISSUED);
                }
                entry.add(new Entered(i + 1, content));
            }
            entries.add(entry);
        }
        time("reconcile a triple entry of 1,600 ballots and tally the agreed", 1_000, () -> {
            Reconciliation.Report report = Reconciliation.reconcile(entries);
            Tally tally = Tally.count(
                    validator,
                    15,
                    report.agreed().stream().map(Entered::content).toList());
            return report.differences().size() + tally.valid();
        });
        documents();
    }

    /** The counting minutes and the ballot of a delegate election with 40 names, rendered by the application. */
    static void documents() throws Exception {
        Path dir = Files.createTempDirectory("chibo-bench-elections");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChiboApplication.class)
                .run(
                        "--chibo.data-dir=" + dir,
                        "--server.port=0",
                        "--chibo.portal.base-url=http://localhost",
                        "--CHIBO_ADMIN_PASSWORD=bench-admin-password",
                        "--logging.level.root=WARN");
        try {
            CurrentUser system = CurrentUser.system();
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            OrganizationManagement organizations = app.getBean(OrganizationManagement.class);
            OrganizationTerms organizationTerms = app.getBean(OrganizationTerms.class);
            MemberManagement members = app.getBean(MemberManagement.class);
            CongressManagement congresses = app.getBean(CongressManagement.class);
            ElectionManagement elections = app.getBean(ElectionManagement.class);
            ElectionCounting counting = app.getBean(ElectionCounting.class);
            CongressDocuments documents = app.getBean(CongressDocuments.class);
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            ElectionId election = tx.execute(s -> {
                OrganizationId committee = organizations.create(
                        system,
                        null,
                        new OrganizationDraft(
                                "Đảng bộ Trường thử tải bầu cử",
                                "ĐU",
                                OrganizationType.GRASSROOTS_COMMITTEE,
                                "Bình Sơn",
                                null,
                                null,
                                null,
                                null,
                                null));
                OrganizationId branch = organizations.create(
                        system,
                        committee,
                        new OrganizationDraft(
                                "Chi bộ Tổ Khoa học thử tải",
                                "CB",
                                OrganizationType.BRANCH,
                                "Bình Sơn",
                                null,
                                null,
                                null,
                                null,
                                null));
                organizationTerms.addTerm(system, branch, "Nhiệm kỳ trước", today.minusYears(3), today);
                String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"};
                String[] middle = {"Thị Thanh", "Văn", "Đức", "Ngọc", "Minh", "Thu", "Quốc"};
                String[] given = {"Ánh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hằng", "Khôi", "Lộc"};
                List<MemberId> ids = new ArrayList<>();
                for (int i = 0; i < 45; i++) {
                    LocalDate admitted = today.minusYears(6).minusDays(i);
                    ids.add(members.create(
                            system,
                            MemberDraft.minimal(
                                    branch,
                                    family[i % 7] + " " + middle[(i / 7) % 7] + " " + given[i % 9],
                                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                                    LocalDate.of(1975, 1, 1).plusDays(37L * i),
                                    admitted,
                                    admitted.plusDays(14),
                                    admitted.plusDays(14).plusYears(1))));
                }
                CongressId congress = congresses.convene(
                        system,
                        ConveneCongress.of(
                                branch,
                                CongressKind.MEMBERS,
                                3,
                                today,
                                today.plusDays(1),
                                today.plusDays(1).plusMonths(30)));
                ElectionId id = elections.create(
                        system, congress, new CreateElection(ElectionKind.DELEGATE, 30, ids.subList(0, 40)));
                elections.setCountingCommittee(system, id, ids.subList(40, 43), ids.get(40));
                congresses.open(system, congress);
                elections.issueBallots(system, id, 45, 1);
                Random r = new Random(18);
                for (int b = 0; b < 45; b++) {
                    List<MemberId> kept = new ArrayList<>(ids.subList(0, 40));
                    java.util.Collections.shuffle(kept, r);
                    counting.enter(system, id, new EnterBallot(1, null, kept.subList(0, 30), null, null));
                }
                counting.count(system, id, 45);
                return id;
            });
            time("counting minutes PDF, 40 names (read, number, render)", 600, () -> tx.execute(
                            s -> documents.countingMinutes(system, election, null, CongressDocuments.Format.PDF))
                    .length);
            time("  of which: the round's result (its ballots read and counted again)", 600, () -> tx.execute(
                            s -> counting.result(system, election, null))
                    .candidates()
                    .size());
            time("ballot PDF, 40 names (read, lay out, render)", 600, () -> tx.execute(
                            s -> documents.ballots(system, election))
                    .length);
        } finally {
            app.close();
        }
    }

    /** Ballots keeping 1 to {@code seats + 1} names (so that some keep too many) and a few with every name crossed. */
    static List<BallotContent> crossingOut(Random random, int count, int names, int seats) {
        List<BallotContent> ballots = new ArrayList<>(count);
        int[] order = new int[names];
        for (int i = 0; i < names; i++) {
            order[i] = i;
        }
        for (int b = 0; b < count; b++) {
            for (int i = names - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int kept = random.nextInt(100) == 0 ? 0 : 1 + random.nextInt(seats + 1);
            ballots.add(new BallotContent.Kept(Arrays.copyOf(order, kept)));
        }
        return ballots;
    }

    /**
     * Runs the work once cold and {@link #WARM_RUNS} times warm, and prints the elapsed times and the CPU time of this
     * thread (which other processes' load on a shared machine changes far less than the elapsed time).
     */
    static void time(String what, long targetMillis, Supplier<Integer> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        int sink = work.get();
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[WARM_RUNS];
        double[] cpu = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            sink += work.get();
            warm[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(warm);
        Arrays.sort(cpu);
        System.out.printf(
                "%s: first %.1f ms, warm median %.2f ms, worst %.2f ms, CPU median %.2f ms (target < %d ms)%s%n",
                what,
                cold,
                warm[WARM_RUNS / 2],
                warm[WARM_RUNS - 1],
                cpu[WARM_RUNS / 2],
                targetMillis,
                sink == Integer.MIN_VALUE ? "" : "");
    }
}
