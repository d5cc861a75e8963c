package vn.chibo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "vn.chibo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("..web..")
            .because("a module's base package is its API; pages and endpoints are internal");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("no other code calls a controller");

    @ArchTest
    static final ArchRule noFieldInjection = fields().should()
            .notBeAnnotatedWith(Autowired.class)
            .because("constructor injection makes dependencies explicit and testable");

    @ArchTest
    static final ArchRule noLayerPackagesAtTheTop = noClasses()
            .should()
            .resideInAnyPackage(
                    "vn.chibo.controller..",
                    "vn.chibo.service..",
                    "vn.chibo.repository..",
                    "vn.chibo.dto..",
                    "vn.chibo.util..")
            .because("the code is organized by feature, not by layer");

    @ArchTest
    static final ArchRule noJavaUtilLogging = noClasses()
            .should()
            .accessClassesThat()
            .resideInAPackage("java.util.logging..")
            .because("ChiBo logs through SLF4J");

    @ArchTest
    static final ArchRule modulesDoNotReadTheSecurityContextDirectly = noClasses()
            .that()
            .resideOutsideOfPackage("vn.chibo.platform..")
            .should()
            .accessClassesThat()
            .haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
            .because("modules take the acting user from CurrentUsers so that checks stay in one place");

    /** Calls that read the system's time instead of the application's {@code Clock} bean. */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>(
                    "read the system clock (now() without a Clock, currentTimeMillis, Clock.system*)") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
                    }
                    if (owner.equals(System.class.getName()) && name.equals("currentTimeMillis")) {
                        return true;
                    }
                    return owner.equals(Clock.class.getName())
                            && name.startsWith("system")
                            && !call.getOriginOwner().getName().equals("vn.chibo.platform.PlatformConfiguration");
                }
            };

    @ArchTest
    static final ArchRule timeComesFromTheClockBean = noClasses()
            .should(ArchConditions.callMethodWhere(READS_THE_SYSTEM_CLOCK))
            .orShould()
            .callConstructor(Date.class)
            .because("every today and now comes from the Clock bean, so that ChiBo can run as of another day"
                    + " (chibo.clock.fixed) and tests do not depend on the day they run; System.nanoTime() for"
                    + " durations stays allowed");
}
