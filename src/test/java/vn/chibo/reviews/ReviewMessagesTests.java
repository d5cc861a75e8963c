package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.reviews.ReviewFixtures.REVIEW_2024;
import static vn.chibo.reviews.ReviewFixtures.REVIEW_2025;
import static vn.chibo.reviews.ReviewFixtures.lan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.reviews.MemberReviewFacts.Suspension;
import vn.chibo.reviews.MemberReviewFacts.TaskResults;

/** Every key the reviews module names is in both bundles, with as many placeholders as the code gives arguments. */
class ReviewMessagesTests {

    static final Map<String, List<? extends Enum<?>>> PREFIXES = Map.of(
            "rating.level.", List.of(RatingLevel.values()),
            "rating.level.short.", List.of(RatingLevel.values()),
            "review.knockOut.", List.of(KnockOut.values()),
            "review.limit.knockOut.", List.of(KnockOut.values()),
            "review.rules.capBase.", List.of(ReviewRules.CapBase.values()),
            "review.rules.parameter.", List.of(ReviewRules.Parameter.values()),
            "review.org.parameter.", List.of(OrganizationRatingRules.Parameter.values()));

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReviewMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys the module's sources name, with each prefix expanded over the enum it is completed with. */
    static Set<String> keysInTheSources() throws IOException {
        Pattern literal = Pattern.compile("\"((?:review|rating)\\.[A-Za-z_.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/chibo/reviews"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (key.endsWith(".")) {
                        assertThat(PREFIXES).as("the enum completing " + key).containsKey(key);
                        PREFIXES.get(key).forEach(value -> keys.add(key + value.name()));
                    } else {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /** Every message an assessment or a cap can give, one scenario per message. */
    static List<ReviewMessage> everyMessage() {
        List<RatingAssessment> assessments = new ArrayList<>();
        assessments.add(lan().exempt()
                .suspended(Suspension.FROM_PARTY_ACTIVITIES)
                .admitted(LocalDate.of(2025, 10, 1))
                .maternityLeave()
                .assessedOn(REVIEW_2025));
        assessments.add(lan().suspended(Suspension.FROM_COMMITTEE_ONLY).assessedOn(REVIEW_2025));
        for (KnockOut knockOut : KnockOut.values()) {
            assessments.add(lan().with(knockOut).assessedOn(REVIEW_2025));
        }
        for (String score : List.of("40", "60", "80")) {
            assessments.add(lan().score(score).assessedOn(REVIEW_2025));
        }
        assessments.add(lan().score(null).sickLeave(3).tasks(null).assessedOn(REVIEW_2025));
        assessments.add(lan().tasks(new TaskResults(false, 10, false)).assessedOn(REVIEW_2025));
        assessments.add(lan().year(2024).assessedOn(REVIEW_2024));
        List<ReviewMessage> messages = new ArrayList<>();
        for (RatingAssessment assessment : assessments) {
            messages.addAll(assessment.notRatedReasons());
            assessment.limits().forEach(limit -> messages.add(limit.reason()));
            messages.addAll(assessment.notes());
        }
        ExcellenceCap.of(List.of(RatingLevel.EXCELLENT), ReviewRules.QD_366)
                .problem()
                .ifPresent(messages::add);
        return messages;
    }

    @Test
    void everyRatingLevelHasItsVietnameseLabelAndShortForm() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(vi.getProperty("rating.level.EXCELLENT")).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(vi.getProperty("rating.level.GOOD")).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(vi.getProperty("rating.level.COMPLETED")).isEqualTo("Hoàn thành nhiệm vụ");
        assertThat(vi.getProperty("rating.level.NOT_COMPLETED")).isEqualTo("Không hoàn thành nhiệm vụ");
        for (RatingLevel level : RatingLevel.values()) {
            assertThat(vi.getProperty(level.shortMessageKey())).isEqualTo(level.abbreviation());
            assertThat(en.getProperty(level.messageKey())).isNotBlank();
            assertThat(en.getProperty(level.shortMessageKey())).isNotBlank();
        }
        assertThat(Arrays.stream(RatingLevel.values()).map(RatingLevel::abbreviation))
                .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    }

    @Test
    void everyKeyTheModuleNamesIsInBothBundles() throws IOException {
        Set<String> keys = keysInTheSources();
        assertThat(keys).contains("rating.level.EXCELLENT", "review.limit.knockOut.DISCIPLINED", "review.cap.exceeded");
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Set<String> defined = bundle(name).stringPropertyNames();
            assertThat(keys).as(name).allMatch(defined::contains);
        }
    }

    @Test
    void everyMessageTheRulesGiveIsReachedAndHasAsManyPlaceholdersAsArguments() throws IOException {
        List<ReviewMessage> messages = everyMessage();
        Set<String> given = new TreeSet<>();
        messages.forEach(message -> given.add(message.messageKey()));
        Set<String> expected = new TreeSet<>(keysInTheSources());
        expected.removeIf(key -> !key.startsWith("review.notRated.")
                && !key.startsWith("review.limit.")
                && !key.startsWith("review.note.")
                && !key.startsWith("review.cap."));
        assertThat(given).isEqualTo(expected);
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            for (ReviewMessage message : messages) {
                String pattern = bundle.getProperty(message.messageKey());
                int placeholders = message.arguments().isEmpty()
                        ? (pattern.contains("{0}") ? 1 : 0)
                        : new MessageFormat(pattern).getFormatsByArgumentIndex().length;
                assertThat(placeholders)
                        .as(name + ": " + message.messageKey())
                        .isEqualTo(message.arguments().size());
            }
        }
    }

    /** Every message the organizations' rules and cap can give, one scenario per message. */
    static List<ReviewMessage> everyOrganizationMessage() {
        List<OrganizationRatingFacts> years = List.of(
                OrganizationRatingFacts.NONE,
                new OrganizationRatingFacts(
                        79, 10, 40, 90, true, true, 25, true, true, true, java.math.BigDecimal.valueOf(40)),
                new OrganizationRatingFacts(90, null, 100, null, false, false, null, false, false, false, null),
                new OrganizationRatingFacts(
                        100, 40, 100, 100, false, false, null, false, false, false, java.math.BigDecimal.valueOf(60)),
                new OrganizationRatingFacts(
                        100, 40, 100, 100, false, false, null, false, false, false, java.math.BigDecimal.valueOf(80)));
        List<ReviewMessage> messages = new ArrayList<>();
        for (OrganizationRatingFacts year : years) {
            OrganizationRatingRules.QD_366.assess(year).limits().forEach(limit -> messages.add(limit.reason()));
        }
        OrganizationRatingRules.QD_366
                .cap(List.of(RatingLevel.EXCELLENT), null)
                .organizationsProblem()
                .ifPresent(messages::add);
        return messages;
    }

    @Test
    void everyMessageTheOrganizationRulesGiveIsReachedAndHasAsManyPlaceholdersAsArguments() throws IOException {
        List<ReviewMessage> messages = everyOrganizationMessage();
        Set<String> given = new TreeSet<>();
        messages.forEach(message -> given.add(message.messageKey()));
        Set<String> expected = new TreeSet<>(keysInTheSources());
        expected.removeIf(key -> !key.startsWith("review.org.limit.") && !key.startsWith("review.org.cap."));
        assertThat(given).containsAll(expected);
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            for (ReviewMessage message : messages) {
                String pattern = bundle.getProperty(message.messageKey());
                assertThat(pattern).as(name + ": " + message.messageKey()).isNotNull();
                int placeholders = message.arguments().isEmpty()
                        ? (pattern.contains("{0}") ? 1 : 0)
                        : new MessageFormat(pattern).getFormatsByArgumentIndex().length;
                assertThat(placeholders)
                        .as(name + ": " + message.messageKey())
                        .isEqualTo(message.arguments().size());
            }
        }
    }
}
