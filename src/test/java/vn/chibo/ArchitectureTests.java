package vn.chibo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
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
}
