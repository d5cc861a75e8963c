package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPreloaderTests {

    @TempDir
    Path dir;

    @Test
    void loadsTheListedClassesWithoutInitializingThemAndSkipsNamesThatNoLongerExist() throws Exception {
        RecordingLoader loader = loaderWithList(
                "vn.chibo.platform.ClassPreloaderTests$NotInitialized",
                "",
                "vn.chibo.platform.NoSuchClassAnyMore",
                "vn.chibo.platform.ClassPreloaderTests$Generated__BeanDefinitions");

        ClassPreloader preloader = finished(ClassPreloader.start(loader, true));

        assertThat(preloader.listed()).isEqualTo(3);
        assertThat(preloader.loaded()).isEqualTo(2);
        assertThat(loader.requested)
                .containsExactly(
                        "vn.chibo.platform.ClassPreloaderTests$NotInitialized",
                        "vn.chibo.platform.NoSuchClassAnyMore",
                        "vn.chibo.platform.ClassPreloaderTests$Generated__BeanDefinitions");
        assertThat(Initializations.notInitialized).as("static initializer run").isFalse();
    }

    @Test
    void withoutAheadOfTimeProcessingItLeavesOutTheClassesThatProcessingGenerated() throws Exception {
        RecordingLoader loader = loaderWithList(
                "vn.chibo.platform.ClassPreloaderTests$NotInitialized",
                "vn.chibo.platform.ClassPreloaderTests$Generated__BeanDefinitions");

        ClassPreloader preloader = finished(ClassPreloader.start(loader, false));

        assertThat(preloader.listed()).isEqualTo(1);
        assertThat(loader.requested).containsExactly("vn.chibo.platform.ClassPreloaderTests$NotInitialized");
    }

    @Test
    void withoutAListItDoesNothing() throws Exception {
        RecordingLoader loader = new RecordingLoader(new URL[] {dir.toUri().toURL()});

        ClassPreloader preloader = finished(ClassPreloader.start(loader, true));

        assertThat(preloader.listed()).isZero();
        assertThat(loader.requested).isEmpty();
    }

    private ClassPreloader finished(ClassPreloader preloader) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!preloader.finished() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(preloader.finished()).isTrue();
        return preloader;
    }

    private RecordingLoader loaderWithList(String... names) throws IOException {
        Path list = dir.resolve(ClassPreloader.LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        return new RecordingLoader(new URL[] {dir.toUri().toURL()});
    }

    /** Finds the list in its own directory and classes through the test's class loader, noting each name asked. */
    static final class RecordingLoader extends URLClassLoader {

        final List<String> requested = new ArrayList<>();

        RecordingLoader(URL[] urls) {
            super(urls, ClassPreloaderTests.class.getClassLoader());
        }

        @Override
        public URL getResource(String name) {
            return findResource(name); // its own list, not the application's
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("vn.chibo.platform.")) {
                synchronized (requested) {
                    requested.add(name);
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    static final class Initializations {
        static volatile boolean notInitialized;
    }

    static final class NotInitialized {
        static {
            Initializations.notInitialized = true;
        }
    }

    static final class Generated__BeanDefinitions {}
}
